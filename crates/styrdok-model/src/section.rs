use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A section of a document: a numbered chapter (`3.2`) or an unnumbered
/// heading (id = its slug).
///
/// `deny_unknown_fields`: hand-written registers must not lose data to typos.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Section {
    /// Id within the document: the number (`3.2`) or the heading's slug.
    pub id: String,
    /// The heading as written, if the text gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// The enclosing section's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
    /// True when the section is known only because another document cites it
    /// ("endast kapitel 3").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub known_from_citation: bool,
}

impl Section {
    /// A section with an id and an optional heading.
    pub fn new(id: impl Into<String>, heading: Option<String>) -> Self {
        Section {
            id: id.into(),
            heading,
            parent: None,
            known_from_citation: false,
        }
    }
}
