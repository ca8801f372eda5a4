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
    /// The normalized modality; left out (`None`) when the statement has no
    /// modal verb. The older form `"modality": "none"` still reads as no
    /// modal verb.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "modality_or_none::deserialize"
    )]
    #[schemars(schema_with = "modality_or_none::schema")]
    pub modality: Option<Modality>,
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
            modality: None,
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
}

impl Modality {
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

/// Serde for an `Option<Modality>` written as a word even when there is
/// none: `"none"` for a statement with no modal verb. An import draft
/// writes its reading this way (`none` is a reading there, not an
/// omission); a register statement leaves the field out instead and reads
/// `"none"` as `None` through [`deserialize`](crate::modality_or_none::deserialize).
pub mod modality_or_none {
    use schemars::{JsonSchema, Schema, SchemaGenerator};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::Modality;

    /// The modality of a statement as JSON writes it: ska, bor, far, maste,
    /// avsikt, or `none` for no modal verb.
    #[derive(Serialize, Deserialize, JsonSchema)]
    #[serde(rename_all = "snake_case")]
    #[schemars(rename = "Modality")]
    enum Written {
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

    impl From<Written> for Option<Modality> {
        fn from(w: Written) -> Self {
            match w {
                Written::Ska => Some(Modality::Ska),
                Written::Bor => Some(Modality::Bor),
                Written::Far => Some(Modality::Far),
                Written::Maste => Some(Modality::Maste),
                Written::Avsikt => Some(Modality::Avsikt),
                Written::None => None,
            }
        }
    }

    impl From<Option<Modality>> for Written {
        fn from(m: Option<Modality>) -> Self {
            match m {
                Some(Modality::Ska) => Written::Ska,
                Some(Modality::Bor) => Written::Bor,
                Some(Modality::Far) => Written::Far,
                Some(Modality::Maste) => Written::Maste,
                Some(Modality::Avsikt) => Written::Avsikt,
                None => Written::None,
            }
        }
    }

    /// Writes `None` as `"none"`.
    ///
    /// # Errors
    ///
    /// Those of the serializer.
    pub fn serialize<S: Serializer>(m: &Option<Modality>, s: S) -> Result<S::Ok, S::Error> {
        Written::from(*m).serialize(s)
    }

    /// Reads a modality word, `"none"` and `null` as `None`.
    ///
    /// # Errors
    ///
    /// A word that is not a modality (the error lists the words).
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Modality>, D::Error> {
        Ok(Option::<Written>::deserialize(d)?.and_then(Option::from))
    }

    /// The schema: the modality words and `none`.
    pub fn schema(generator: &mut SchemaGenerator) -> Schema {
        generator.subschema_for::<Written>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_modality_is_none_left_out_and_the_older_none_still_reads() {
        let text = r#"{"id": "ort/policy#1:1", "text": "Så är det.", "type": "description", "modality": "none"}"#;
        let s: Statement = serde_json::from_str(text).unwrap();
        assert_eq!(s.modality, None);
        let written = serde_json::to_value(&s).unwrap();
        assert!(written.get("modality").is_none(), "{written}");
        let text = r#"{"id": "ort/policy#1:1", "text": "X ska Y.", "type": "requirement", "modality": "ska"}"#;
        let s: Statement = serde_json::from_str(text).unwrap();
        assert_eq!(s.modality, Some(Modality::Ska));
        assert_eq!(serde_json::to_value(&s).unwrap()["modality"], "ska");
        let text = r#"{"id": "ort/policy#1:1", "text": "X.", "type": "requirement", "modality": "kanske"}"#;
        let err = serde_json::from_str::<Statement>(text)
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown variant `kanske`"), "{err}");
    }
}
