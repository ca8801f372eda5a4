//! Where a fact comes from.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The basis of a fact: stated by the text, derived by a documented rule, or
/// taken from outside the text.
///
/// Serialized with a `basis` tag: `{"basis": "stated"}`,
/// `{"basis": "derived", "rule": "entry-into-force-defaults-to-decision-date"}`,
/// `{"basis": "external", "source": "…"}`.
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
