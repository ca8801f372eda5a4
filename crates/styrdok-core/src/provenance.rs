//! Where a fact comes from.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The basis of a fact: stated by the text, derived by a documented rule,
/// taken from outside the text, or read from the text by the importer and
/// not yet confirmed by a person.
///
/// Serialized with a `basis` tag: `{"basis": "stated"}`,
/// `{"basis": "derived", "rule": "entry-into-force-defaults-to-decision-date"}`,
/// `{"basis": "external", "source": "…"}`,
/// `{"basis": "imported", "rule": "metadata-label", "confidence": 0.9}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "basis", rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Provenance {
    /// The document's own text says it.
    #[default]
    Stated,
    /// Derived by a documented rule.
    Derived {
        /// The rule's id, documented in `docs/`.
        rule: String,
    },
    /// From outside the text.
    External {
        /// Where it comes from (a decision, a web page, another document).
        source: String,
    },
    /// Read from the document's text by `styrdok import`: the recognizer
    /// rule and how sure it is. A person confirms the fact by changing the
    /// basis to `stated` (see `docs/pipeline.md`).
    Imported {
        /// The recognizer rule's id (`docs/import.md`).
        rule: String,
        /// How sure the importer is, 0–1.
        confidence: Confidence,
        /// On a document's import record only: the input it was read from.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        input: Option<ImportedFrom>,
    },
}

/// The input an imported document was read from, and what import wrote, so
/// a later import can tell an unchanged file, a changed file and a copy a
/// person has edited apart.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ImportedFrom {
    /// The input's file name as given (`-` for standard input).
    pub file: String,
    /// SHA-256 of the input's bytes, lowercase hex.
    pub content_sha256: String,
    /// SHA-256 of the document as import wrote it (with this field empty),
    /// lowercase hex: when the register's document no longer hashes to it,
    /// a person has edited it since.
    pub written_sha256: String,
}

impl ImportedFrom {
    /// An input record.
    pub fn new(file: impl Into<String>, content_sha256: impl Into<String>) -> Self {
        ImportedFrom {
            file: file.into(),
            content_sha256: content_sha256.into(),
            written_sha256: String::new(),
        }
    }
}

/// A confidence 0–1, kept in thousandths so facts stay comparable and
/// hashable; serialized as a number (`0.85`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Confidence(u16);

impl Confidence {
    /// Certain.
    pub const CERTAIN: Confidence = Confidence(1000);
    /// Below this an imported fact is reported as low-confidence (the
    /// import summary, `styrdok check` SD702): 0.7.
    pub const LOW: Confidence = Confidence(700);
    /// The confidence nearest `value`, clamped to 0–1 (NaN is 0).
    pub fn new(value: f64) -> Self {
        let v = if value.is_nan() {
            0.0
        } else {
            value.clamp(0.0, 1.0)
        };
        // In 0..=1000 after the clamp, so the cast cannot truncate.
        Confidence((v * 1000.0).round() as u16)
    }
    /// The value, 0–1.
    pub fn value(self) -> f64 {
        f64::from(self.0) / 1000.0
    }
    /// Whether it is below [`Confidence::LOW`].
    pub fn is_low(self) -> bool {
        self < Self::LOW
    }
}

impl Serialize for Confidence {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.value())
    }
}

impl<'de> Deserialize<'de> for Confidence {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = f64::deserialize(d)?;
        if !(0.0..=1.0).contains(&v) {
            return Err(serde::de::Error::custom(format!(
                "a confidence is between 0 and 1, not {v}"
            )));
        }
        Ok(Confidence::new(v))
    }
}

impl JsonSchema for Confidence {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Confidence".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "number",
            "description": "How sure the importer is, 0–1 (kept to thousandths).",
            "minimum": 0,
            "maximum": 1
        })
    }
}

impl Provenance {
    /// Whether the text states the fact.
    pub fn is_stated(&self) -> bool {
        matches!(self, Provenance::Stated)
    }
    /// A derived provenance.
    pub fn derived(rule: impl Into<String>) -> Self {
        Provenance::Derived { rule: rule.into() }
    }
    /// An imported provenance: a recognizer rule and its confidence.
    pub fn imported(rule: impl Into<String>, confidence: f64) -> Self {
        Provenance::Imported {
            rule: rule.into(),
            confidence: Confidence::new(confidence),
            input: None,
        }
    }
    /// Whether the importer read the fact and no person has confirmed it.
    pub fn is_imported(&self) -> bool {
        matches!(self, Provenance::Imported { .. })
    }
    /// The importer's confidence, for an imported fact.
    pub fn confidence(&self) -> Option<Confidence> {
        match self {
            Provenance::Imported { confidence, .. } => Some(*confidence),
            _ => None,
        }
    }
    /// An external provenance.
    pub fn external(source: impl Into<String>) -> Self {
        Provenance::External {
            source: source.into(),
        }
    }
}

/// A value with its provenance; `provenance` is omitted when stated.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fact<T> {
    /// The value.
    pub value: T,
    /// Where it comes from.
    #[serde(default, skip_serializing_if = "Provenance::is_stated")]
    pub provenance: Provenance,
}

impl<T> Fact<T> {
    /// A fact the text states.
    pub fn stated(value: T) -> Self {
        Fact {
            value,
            provenance: Provenance::Stated,
        }
    }
    /// A fact derived by a rule.
    pub fn derived(value: T, rule: impl Into<String>) -> Self {
        Fact {
            value,
            provenance: Provenance::derived(rule),
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn imported_basis_round_trips_with_its_confidence() {
        let p = Provenance::imported("metadata-label", 0.85);
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(
            json,
            r#"{"basis":"imported","rule":"metadata-label","confidence":0.85}"#
        );
        let back: Provenance = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);
        assert_eq!(back.confidence().map(Confidence::value), Some(0.85));
        assert!(back.is_imported() && !back.is_stated());
        assert!(
            serde_json::from_str::<Provenance>(
                r#"{"basis":"imported","rule":"x","confidence":1.5}"#
            )
            .is_err()
        );
        assert_eq!(Confidence::new(f64::NAN), Confidence::default());
        assert_eq!(Confidence::new(7.0), Confidence::CERTAIN);
    }
}
