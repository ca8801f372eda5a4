use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use styrdok_core::{
    BodyKind, DateValue, Dnr, DocumentId, DocumentKind, Fact, OrgId, PartyId, Provenance, SourceId,
};
use styrdok_org::Duty;

use crate::{Relation, Section, Statement};

/// A styrdokument: metadata, sections, statements, duties and relations as
/// the text states them.
///
/// Unknown stays unknown: every optional field is `None`/empty when the text
/// does not say it, and `metadata_as_written` keeps a metadata block
/// verbatim so "Revisionsdatum ---" (stated as blank) stays distinct from a
/// field the document never had.
///
/// `deny_unknown_fields`: hand-written registers must not lose data to typos.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Document {
    /// Id, e.g. `stockholm/it-program`.
    pub id: DocumentId,
    /// The organisation it belongs to (defaults to the id's first segment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<OrgId>,
    /// Title as written; `None` when the citing text gives none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Where the title comes from (a stub's title may be derived from the
    /// citing sentence).
    #[serde(default, skip_serializing_if = "Provenance::is_stated")]
    pub title_provenance: Provenance,
    /// Kind.
    pub kind: DocumentKind,
    /// The kind as the text writes it ("POLICY", "Dokumenttyp Policy").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind_as_written: Option<String>,
    /// For a stub: the citation it is known from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<Citation>,
    /// Stage of the decision; left out (`None`) when not known. The older
    /// form `"stage": "unknown"` still reads, as not known.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "stage_as_written"
    )]
    #[schemars(with = "Option<StageAsWritten>")]
    pub stage: Option<Stage>,
    /// Where the stage comes from (Stockholm's program is known to be
    /// adopted from outside its proposal print).
    #[serde(default, skip_serializing_if = "Provenance::is_stated")]
    pub stage_provenance: Provenance,
    /// Stage of the print we have (Stockholm's text is a "FÖRSLAG TILL" print
    /// of an adopted program). `"unknown"` reads as not known, like `stage`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "stage_as_written"
    )]
    #[schemars(with = "Option<StageAsWritten>")]
    pub print_stage: Option<Stage>,
    /// The adopting body or role (a party id of the organisation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>", extend("pattern" = styrdok_core::PARTY_ID_PATTERN))]
    pub adopted_by: Option<PartyId>,
    /// The adopter as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopted_by_as_written: Option<String>,
    /// The adopter's body kind when no body is modelled (stubs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub adopter_kind: Option<BodyKind>,
    /// Where the adopter comes from.
    #[serde(default, skip_serializing_if = "Provenance::is_stated")]
    pub adopted_by_provenance: Provenance,
    /// Beslutsdatum.
    #[serde(default, skip_serializing_if = "DateValue::is_unknown")]
    pub decision_date: DateValue,
    /// Where the decision date comes from.
    #[serde(default, skip_serializing_if = "Provenance::is_stated")]
    pub decision_date_provenance: Provenance,
    /// The paragraph of the minutes ("§ 129").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision_paragraph: Option<String>,
    /// Diarienummer.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dnr: Vec<Dnr>,
    /// Entry into force; when absent, the decision date applies (derived).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry_into_force: Option<Fact<DateValue>>,
    /// Validity (giltighetstid).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity: Option<Validity>,
    /// Review (revidering).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
    /// Owner (dokumentansvarig / dokumentägare): a party id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<String>", extend("pattern" = styrdok_core::PARTY_ID_PATTERN))]
    pub owner: Option<PartyId>,
    /// The owner as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_as_written: Option<String>,
    /// Follow-up (uppföljning) as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<String>,
    /// "Antagen till följd av lag".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_by_law: Option<LawBasis>,
    /// When the page or print was last updated ("Senast uppdaterad") — not a
    /// decision date.
    #[serde(default, skip_serializing_if = "DateValue::is_unknown")]
    pub last_updated: DateValue,
    /// Who the document applies to, as written, with conditions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scope: Vec<ScopeEntry>,
    /// Documents, bodies or functions it says must be created.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<Requirement>,
    /// Laws, EU acts and standards it cites (register `sources`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cites: Vec<SourceRef>,
    /// Sections.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<Section>,
    /// Statements.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<Statement>,
    /// Duties it states.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub duties: Vec<Duty>,
    /// Relations it states.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<Relation>,
    /// A metadata block verbatim: label → value as written ("---" kept).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub metadata_as_written: BTreeMap<String, String>,
    /// The text file it was modelled from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_text: Option<String>,
    /// Remarks of the person who modelled it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

impl Document {
    /// A document with only an id and a kind; everything else unknown.
    pub fn new(id: DocumentId, kind: DocumentKind) -> Self {
        Document {
            id,
            organisation: None,
            title: None,
            title_provenance: Provenance::Stated,
            kind,
            kind_as_written: None,
            citation: None,
            stage: None,
            stage_provenance: Provenance::Stated,
            print_stage: None,
            adopted_by: None,
            adopted_by_as_written: None,
            adopter_kind: None,
            adopted_by_provenance: Provenance::Stated,
            decision_date: DateValue::Unknown,
            decision_date_provenance: Provenance::Stated,
            decision_paragraph: None,
            dnr: Vec::new(),
            entry_into_force: None,
            validity: None,
            review: None,
            owner: None,
            owner_as_written: None,
            follow_up: None,
            required_by_law: None,
            last_updated: DateValue::Unknown,
            scope: Vec::new(),
            requires: Vec::new(),
            cites: Vec::new(),
            sections: Vec::new(),
            statements: Vec::new(),
            duties: Vec::new(),
            relations: Vec::new(),
            metadata_as_written: BTreeMap::new(),
            source_text: None,
            notes: Vec::new(),
        }
    }

    /// The organisation: the explicit one or the id's first segment.
    pub fn org(&self) -> OrgId {
        self.organisation
            .clone()
            .unwrap_or_else(|| self.id.organisation())
    }

    /// Whether the document is known only from a citation.
    pub fn is_stub(&self) -> bool {
        self.citation.is_some()
    }

    /// Entry into force: the stated one, else the decision date (derived by
    /// rule `entry-into-force-defaults-to-decision-date`).
    pub fn effective_entry_into_force(&self) -> Fact<DateValue> {
        match &self.entry_into_force {
            Some(f) => f.clone(),
            None => Fact::derived(
                self.decision_date,
                "entry-into-force-defaults-to-decision-date",
            ),
        }
    }

    /// The end of validity, if the validity has one.
    pub fn valid_until(&self) -> DateValue {
        self.validity.as_ref().map(|v| v.until).unwrap_or_default()
    }

    /// The section with this id.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }
}

/// How a stub is known: the citing document and the words it uses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// The document that cites it.
    pub cited_in: DocumentId,
    /// The section of the citing document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// The citation as written.
    pub as_written: String,
    /// Other mentions in the same citing document resolved to this stub,
    /// as written, with why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_mentioned_as: Vec<String>,
}

/// The stage of a decision or a print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Stage {
    /// Being written.
    Draft,
    /// Proposed for decision ("Förslag till").
    Proposed,
    /// Adopted.
    Adopted,
}

/// The stage of a decision or a print as a register writes it: draft,
/// proposed or adopted. `unknown` is the older way of saying it is not
/// known and reads as no stage; leave the field out instead.
#[derive(Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[schemars(rename = "Stage")]
enum StageAsWritten {
    /// Being written.
    Draft,
    /// Proposed for decision ("Förslag till").
    Proposed,
    /// Adopted.
    Adopted,
    /// Not known (the older form of leaving the field out).
    Unknown,
}

/// Reads a stage, `unknown` and `null` as `None`.
fn stage_as_written<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Stage>, D::Error> {
    Ok(match Option::<StageAsWritten>::deserialize(d)? {
        Some(StageAsWritten::Draft) => Some(Stage::Draft),
        Some(StageAsWritten::Proposed) => Some(Stage::Proposed),
        Some(StageAsWritten::Adopted) => Some(Stage::Adopted),
        Some(StageAsWritten::Unknown) | None => None,
    })
}

/// Validity (giltighetstid).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Validity {
    /// Until further notice, until a date, a mandate period, or unknown.
    pub kind: ValidityKind,
    /// The last day of validity (inclusive), when it has one.
    #[serde(default, skip_serializing_if = "DateValue::is_unknown")]
    pub until: DateValue,
    /// The first day of validity, when the text gives a period.
    #[serde(default, skip_serializing_if = "DateValue::is_unknown")]
    pub from: DateValue,
    /// As written ("Tills vidare", "2023–2026").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_written: Option<String>,
    /// Where it comes from.
    #[serde(default, skip_serializing_if = "Provenance::is_stated")]
    pub provenance: Provenance,
}

impl Validity {
    /// A validity of a kind, with no dates.
    pub fn new(kind: ValidityKind) -> Self {
        Validity {
            kind,
            until: DateValue::Unknown,
            from: DateValue::Unknown,
            as_written: None,
            provenance: Provenance::Stated,
        }
    }
}

/// Kinds of validity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ValidityKind {
    /// Tills vidare.
    UntilFurtherNotice,
    /// Until a date ("gäller till och med 31 december 2020").
    UntilDate,
    /// A mandate period ("mandatperioden 2023–2026": calendar years).
    MandatePeriod,
    /// Another limited period.
    Period,
}

/// Review (revidering).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Review {
    /// The date by which it is to be reviewed.
    #[serde(default, skip_serializing_if = "DateValue::is_unknown")]
    pub due: DateValue,
    /// Every so many years ("revideras vart fjärde år").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every_years: Option<u32>,
    /// Once per mandate period.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub every_mandate_period: bool,
    /// As written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_written: Option<String>,
}

impl Review {
    /// A review with nothing known yet.
    pub fn new() -> Self {
        Review {
            due: DateValue::Unknown,
            every_years: None,
            every_mandate_period: false,
            as_written: None,
        }
    }
}

impl Default for Review {
    fn default() -> Self {
        Self::new()
    }
}

/// "Antagen till följd av lag": whether a law requires the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LawBasis {
    /// Whether it is adopted because a law requires it.
    pub required: bool,
    /// The law (SFS number), if named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<String>,
    /// As written ("Nej").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_written: Option<String>,
}

/// One entry of a document's scope: who it applies to, as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ScopeEntry {
    /// As written ("helägda företag").
    pub as_written: String,
    /// The party or organisation it resolves to, if modelled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub party: Option<String>,
    /// A condition as written ("om uppdragens karaktär är relevanta").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<String>,
    /// Whether the entry excludes rather than includes.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub excluded: bool,
    /// The section the entry applies to, when it is narrower than the whole
    /// document (Stockholm §6 names whom information security covers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
}

impl ScopeEntry {
    /// An inclusion as written.
    pub fn new(as_written: impl Into<String>) -> Self {
        ScopeEntry {
            as_written: as_written.into(),
            party: None,
            condition: None,
            excluded: false,
            section: None,
        }
    }
}

/// Something a document says must be created: "Kommunstyrelsen ska fastställa
/// riktlinjer", "lokala riktlinjer och handlingsplaner" per nämnd, "en
/// gemensam funktion för kontaktcenter".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Requirement {
    /// What, as written.
    pub what: String,
    /// The document kind, when it is a document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<DocumentKind>,
    /// Whether it is a document, a body or a function.
    pub target: RequirementTarget,
    /// Who is to create it (a party id).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// One per … ("per nämnd", "varje förvaltning").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
    /// How often it is to be revised ("revideras årligen").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revised: Option<String>,
    /// The document that fulfils it, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fulfilled_by: Option<DocumentId>,
    /// The section that says it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Other sections that say it too.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_in: Vec<String>,
}

/// What a requirement asks to be created.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RequirementTarget {
    /// A document.
    Document,
    /// A body.
    Body,
    /// A function or service (kontaktcenter, kundstöd).
    Function,
}

/// A citation of a law, EU act or standard (a register `source`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    /// The source id in the register (`sfs-2009-400`).
    pub source: SourceId,
    /// As written ("sekretesslagen").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_written: Option<String>,
    /// The section that cites it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(stage: &str) -> Document {
        let text = format!(
            r#"{{"id": "ort/policy", "kind": "policy", "stage": {stage}, "print_stage": {stage}}}"#
        );
        serde_json::from_str(&text).unwrap()
    }

    #[test]
    fn a_stage_not_known_is_none_and_is_not_written() {
        let d = read("\"unknown\"");
        assert_eq!((d.stage, d.print_stage), (None, None));
        assert_eq!(read("null").stage, None);
        let written = serde_json::to_value(&d).unwrap();
        assert!(written.get("stage").is_none(), "{written}");
        let d = read("\"adopted\"");
        assert_eq!(
            (d.stage, d.print_stage),
            (Some(Stage::Adopted), Some(Stage::Adopted))
        );
        assert_eq!(serde_json::to_value(&d).unwrap()["stage"], "adopted");
    }

    #[test]
    fn an_unknown_stage_word_is_refused() {
        let text = r#"{"id": "ort/policy", "kind": "policy", "stage": "antagen?"}"#;
        let err = serde_json::from_str::<Document>(text)
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown variant `antagen?`"), "{err}");
    }
}
