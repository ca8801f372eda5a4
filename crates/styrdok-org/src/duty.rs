use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use styrdok_core::{PartyId, Provenance, StatementId};

use crate::raci::{self, Raci};

/// Who answers for what: a duty stated in a document.
///
/// A duty lives in the document that states it. `holder` is a body, group or
/// role id of the document's organisation. Duties that state the same
/// activity (Stockholm's §3.5 and §8 both say the program shall be followed)
/// share an `activity` id, so a RACI matrix shows them as one row.
///
/// `deny_unknown_fields`: hand-written registers must not lose data to typos.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Duty {
    /// Id, unique within its document (`3.2-1`).
    pub id: String,
    /// Who: a body, group or role id.
    #[schemars(with = "String", extend("pattern" = styrdok_core::PARTY_ID_PATTERN))]
    pub holder: PartyId,
    /// The holder's name as the text writes it ("Nämnder och styrelser").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub holder_as_written: Option<String>,
    /// The activity id (a slug); duties with the same activity are one RACI row.
    pub activity: String,
    /// The duty as written (a bullet, or the sentence).
    pub text: String,
    /// The lead-in the bullet belongs to ("Kommunstyrelsen ansvarar för att:").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_in: Option<String>,
    /// The section that states it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// A RACI letter set by hand; otherwise derived from the phrase table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raci: Option<Raci>,
    /// Someone the duty is towards ("inkomma till stadsledningskontoret"):
    /// that party is Informed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>", extend("pattern" = styrdok_core::PARTY_ID_PATTERN))]
    pub counterpart: Option<PartyId>,
    /// Through whom it is done ("genom revisorerna").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>", extend("pattern" = styrdok_core::PARTY_ID_PATTERN))]
    pub via: Option<PartyId>,
    /// The statements this duty discharges, each with its basis.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<StatementLink>,
    /// Where the duty comes from.
    #[serde(default, skip_serializing_if = "Provenance::is_stated")]
    pub provenance: Provenance,
}

impl Duty {
    /// A duty with only the essentials.
    pub fn new(
        id: impl Into<String>,
        holder: impl Into<PartyId>,
        activity: impl Into<String>,
        text: impl Into<String>,
    ) -> Self {
        Duty {
            id: id.into(),
            holder: holder.into(),
            holder_as_written: None,
            activity: activity.into(),
            text: text.into(),
            lead_in: None,
            section: None,
            raci: None,
            counterpart: None,
            via: None,
            statements: Vec::new(),
            provenance: Provenance::Stated,
        }
    }

    /// The holder's RACI letter: the one set by hand, else the phrase table's
    /// answer for the text (a bullet's own verb beats its lead-in), else R.
    pub fn letter(&self) -> (Raci, LetterBasis) {
        if let Some(r) = self.raci {
            return (r, LetterBasis::Set);
        }
        if let Some((r, phrase)) = raci::classify(&self.text) {
            return (r, LetterBasis::Phrase(phrase.to_owned()));
        }
        if let Some(lead) = &self.lead_in
            && let Some((r, phrase)) = raci::classify(lead)
        {
            return (r, LetterBasis::LeadIn(phrase.to_owned()));
        }
        (Raci::Responsible, LetterBasis::Default)
    }
}

/// Why a duty has its RACI letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", tag = "basis", content = "phrase")]
#[non_exhaustive]
pub enum LetterBasis {
    /// Set in the register.
    Set,
    /// The duty's own text matched this phrase.
    Phrase(String),
    /// The lead-in matched this phrase.
    LeadIn(String),
    /// Nothing matched; a duty is a responsibility by default.
    Default,
}

/// A statement a duty discharges, with why we say so (the text rarely says
/// it outright).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatementLink {
    /// The statement.
    pub statement: StatementId,
    /// Why: "same section, same subject", "stated together", …
    pub basis: String,
}
