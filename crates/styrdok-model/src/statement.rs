use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use styrdok_core::StatementId;

/// A sentence of a document that says something normative or descriptive.
///
/// Bullets inherit modality and subject from their lead-in ("ställer krav
/// på att: • …"); coordinated clauses that need different controls are split
/// into two statements.
///
/// `deny_unknown_fields`: hand-written registers must not lose data to typos.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Statement {
    /// `<document>#<section>:<n>`.
    pub id: StatementId,
    /// The text as written (a clause of it when split).
    pub text: String,
    /// What kind of statement.
    #[serde(rename = "type")]
    pub statement_type: StatementType,
    /// The normalized modality.
    #[serde(default = "Modality::none", skip_serializing_if = "Modality::is_none")]
    pub modality: Modality,
    /// Whether the modality is negated ("ska inte", "får inte").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub negated: bool,
    /// The modality as written: skall, måste, krävs, behöver, "det är viktigt
    /// att", or a bare present tense ("samordnar").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality_as_written: Option<String>,
    /// Who it is about: a party id, when the text names one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The subject as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_as_written: Option<String>,
    /// The lead-in a bullet belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_in: Option<String>,
    /// Free-text label (a principle's name: "Effektivitet").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Whom the statement is for, when that is not its subject: those a
    /// permission permits ("våra anställda, våra förtroendevalda … elever";
    /// "Besökare"), as party ids or as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub applies_to: Vec<String>,
}

impl Statement {
    /// A statement with no modality.
    pub fn new(id: StatementId, text: impl Into<String>, statement_type: StatementType) -> Self {
        Statement {
            id,
            text: text.into(),
            statement_type,
            modality: Modality::None,
            negated: false,
            modality_as_written: None,
            subject: None,
            subject_as_written: None,
            lead_in: None,
            label: None,
            applies_to: Vec::new(),
        }
    }
}

/// What a statement does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StatementType {
    /// Something must be done ("Alla incidenter ska rapporteras").
    Requirement,
    /// Something may be done ("IT-avdelningen får ge Internetuppkoppling").
    Permission,
    /// A goal ("Effektivitet – genom smartare utnyttjande …").
    Goal,
    /// A principle.
    Principle,
    /// Who answers for something.
    Responsibility,
    /// Who or what the document applies to.
    Scope,
    /// What a term means.
    Definition,
    /// Description or background.
    Description,
}

/// The modality of a statement, normalized.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Modality {
    /// ska, skall: an obligation in a rule.
    Ska,
    /// bör.
    Bor,
    /// får (permission).
    Far,
    /// måste.
    Maste,
    /// An intention or plan, not yet a rule ("avses", "inriktningen är
    /// att", "planeras").
    Avsikt,
    /// No modal verb.
    None,
}

impl Modality {
    fn none() -> Self {
        Modality::None
    }
    fn is_none(&self) -> bool {
        *self == Modality::None
    }
    /// Classifies a modal verb as written: ska/skall → Ska, bör → Bor, får →
    /// Far, måste/krävs/behöver → Maste, avses/planeras → Avsikt. `None` for
    /// other words.
    pub fn from_written(word: &str) -> Option<Modality> {
        match styrdok_core::text::fold(word).as_str() {
            "ska" | "skall" | "skola" => Some(Modality::Ska),
            "bor" => Some(Modality::Bor),
            "far" => Some(Modality::Far),
            "maste" | "kravs" | "behover" => Some(Modality::Maste),
            "avses" | "avser" | "planeras" | "inriktningen" => Some(Modality::Avsikt),
            _ => None,
        }
    }
}
