//! What a body is responsible for at a date.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;
use styrdok_core::{DocumentId, OrgId, PartyId, Tri};
use styrdok_org::{LetterBasis, PartyKind, Raci};

use super::StatusAt;
use crate::Hierarchy;
use crate::Register;

/// A party a written name resolved to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct PartyRef {
    /// The party id.
    #[schemars(with = "String")]
    pub id: PartyId,
    /// Its name in the register.
    pub name: String,
    /// Its organisation.
    pub organisation: String,
    /// Body, role or group.
    pub kind: PartyKind,
    /// How the written name matched.
    pub matched_by: styrdok_org::MatchedBy,
}

/// Resolves a name as people write it ("KS", "Kommunstyrelsen",
/// "stockholm/ks") in every organisation, or only in `org` (like
/// [`crate::query::in_force_at`]; an organisation's name as written is found
/// with [`styrdok_org::find_organisation`]). Empty when nothing matches.
pub fn resolve_party(reg: &Register, name: &str, org: Option<&OrgId>) -> Vec<PartyRef> {
    let h = Hierarchy::new(reg);
    reg.organisations
        .iter()
        .filter(|o| org.is_none_or(|q| o.id == *q))
        .filter_map(|o| {
            let r = o.resolve(name)?;
            Some(PartyRef {
                name: h.name_of(&r.id).unwrap_or(&r.id).to_owned(),
                id: r.id,
                organisation: o.id.to_string(),
                kind: r.kind,
                matched_by: r.matched_by,
            })
        })
        .collect()
}

/// Why a duty concerns the party asked about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case", tag = "as")]
#[non_exhaustive]
pub enum HeldAs {
    /// The party holds the duty itself.
    Holder,
    /// Through a group the party belongs to ("Nämnder och styrelser").
    Group {
        /// The group id.
        #[schemars(with = "String")]
        group: PartyId,
    },
    /// Through a role held in the body (förvaltningschef in a förvaltning).
    Role {
        /// The role id.
        #[schemars(with = "String")]
        role: PartyId,
    },
    /// The duty is towards the party ("inkomma till X"): it is informed.
    Counterpart,
    /// The duty is carried out through the party ("genom revisorerna").
    Via,
}

/// One duty of the party asked about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct DutyEntry {
    /// The party asked about (one of the resolved parties).
    #[schemars(with = "String")]
    pub party: PartyId,
    /// Why the duty concerns it.
    #[serde(flatten)]
    pub held_as: HeldAs,
    /// The duty's holder.
    #[schemars(with = "String")]
    pub holder: PartyId,
    /// The document stating it.
    pub document: DocumentId,
    /// Its title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document_title: Option<String>,
    /// The section stating it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// The duty id within the document.
    pub duty: String,
    /// The activity (RACI row).
    pub activity: String,
    /// The duty as written.
    pub text: String,
    /// Its lead-in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lead_in: Option<String>,
    /// The party's RACI letter (`docs/raci.md`: a counterpart told is `I`,
    /// a supported one `R`; "genom X" makes X `R` and the holder `A`).
    pub letter: Raci,
    /// Why that letter.
    pub letter_basis: LetterBasis,
    /// Whether the document is in force at the date (`None` without a date).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_force: Option<Tri>,
}

/// The duties of one party (or of several parties a name resolved to).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct DutiesReport {
    /// The date asked about; without one, every document's duties count.
    pub at: Option<NaiveDate>,
    /// The parties asked about.
    pub parties: Vec<PartyRef>,
    /// Duties from documents in force at the date.
    pub duties: Vec<DutyEntry>,
    /// Duties from documents whose status at the date is unknown: they may
    /// apply.
    pub may_apply: Vec<DutyEntry>,
}

/// The duties of `parties` at `at`: duties they hold, duties of the groups
/// they belong to and of the roles held in them (each marked), and duties
/// naming them as counterpart or via. With a date only documents in force
/// at it count; documents whose status is unknown are listed apart in
/// `may_apply`. Without a date every document counts.
pub fn duties_of(
    reg: &Register,
    parties: &[PartyRef],
    at: Option<NaiveDate>,
    status: &dyn StatusAt,
) -> DutiesReport {
    let h = Hierarchy::new(reg);
    let mut report = DutiesReport {
        at,
        parties: parties.to_vec(),
        duties: Vec::new(),
        may_apply: Vec::new(),
    };
    for p in parties {
        let groups = h.groups_of(&p.id);
        let roles = if p.kind == PartyKind::Body {
            h.roles_in(&p.id)
        } else {
            Vec::new()
        };
        for d in &reg.documents {
            let mut concerns = Vec::new();
            for duty in &d.duties {
                let (_, basis) = duty.letter();
                // Every party's letter by the rules of docs/raci.md ("genom
                // X": X R and the holder A; a supported counterpart R).
                let letters = styrdok_org::raci::duty_letters(duty);
                let letter_of = |id: &str, or: Raci| {
                    letters
                        .iter()
                        .find(|(q, _, _)| q.as_str() == id)
                        .map_or(or, |(_, l, _)| *l)
                };
                let letter = letter_of(&duty.holder, Raci::Responsible);
                let held = if duty.holder == p.id {
                    Some(HeldAs::Holder)
                } else if groups.contains(&duty.holder.as_str()) {
                    Some(HeldAs::Group {
                        group: duty.holder.clone(),
                    })
                } else if roles.contains(&duty.holder.as_str()) {
                    Some(HeldAs::Role {
                        role: duty.holder.clone(),
                    })
                } else {
                    None
                };
                if let Some(held) = held {
                    concerns.push((duty, held, letter, basis));
                    continue;
                }
                if duty.counterpart.as_deref() == Some(p.id.as_str()) {
                    let l = letter_of(&p.id, Raci::Informed);
                    concerns.push((duty, HeldAs::Counterpart, l, LetterBasis::Set));
                } else if duty.via.as_deref() == Some(p.id.as_str()) {
                    let l = letter_of(&p.id, letter);
                    concerns.push((duty, HeldAs::Via, l, basis));
                }
            }
            if concerns.is_empty() {
                continue;
            }
            let in_force = at.map(|day| status.in_force(d, day));
            if in_force == Some(Tri::No) {
                continue;
            }
            for (duty, held_as, letter, letter_basis) in concerns {
                let e = DutyEntry {
                    party: p.id.clone(),
                    held_as,
                    holder: duty.holder.clone(),
                    document: d.id.clone(),
                    document_title: d.title.clone(),
                    section: duty.section.clone(),
                    duty: duty.id.clone(),
                    activity: duty.activity.clone(),
                    text: duty.text.clone(),
                    lead_in: duty.lead_in.clone(),
                    letter,
                    letter_basis,
                    in_force,
                };
                if in_force == Some(Tri::Unknown) {
                    report.may_apply.push(e);
                } else {
                    report.duties.push(e);
                }
            }
        }
    }
    report
}
