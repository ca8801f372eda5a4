//! Links from statements of documents to controls.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use styrdok_core::ControlRef;

use crate::mapping::Relationship;

/// Whether a link was proposed by a tool or confirmed by a person.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum LinkStatus {
    /// Proposed (e.g. by [`crate::suggest()`]); not counted as coverage.
    Suggested,
    /// Confirmed by a person; counts as coverage.
    Confirmed,
}

/// A statement's link to a control, held on the statement in a document.
///
/// `deny_unknown_fields`: the link is written by hand in register files,
/// so a misspelt field must be an error rather than silently dropped.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub struct ControlLink {
    /// The control, e.g. `iso27001:2022/5.15`.
    pub control: ControlRef,
    /// How the statement relates to the control (`subset-of` when it
    /// addresses part of it, `equal-to` when all of it …).
    pub relationship: Relationship,
    /// Why: free text.
    pub basis: String,
    /// Suggested or confirmed.
    pub status: LinkStatus,
}

impl ControlLink {
    /// A confirmed link.
    pub fn confirmed(control: ControlRef, relationship: Relationship, basis: &str) -> Self {
        ControlLink {
            control,
            relationship,
            basis: basis.to_owned(),
            status: LinkStatus::Confirmed,
        }
    }

    /// A suggested link.
    pub fn suggested(control: ControlRef, relationship: Relationship, basis: &str) -> Self {
        ControlLink {
            control,
            relationship,
            basis: basis.to_owned(),
            status: LinkStatus::Suggested,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_shape_and_unknown_fields() {
        let json = r#"{"control":"iso27001:2022/5.12","relationship":"subset-of","basis":"klassning","status":"confirmed"}"#;
        let link: ControlLink = serde_json::from_str(json).unwrap();
        assert_eq!(link.status, LinkStatus::Confirmed);
        assert_eq!(serde_json::to_string(&link).unwrap(), json);
        let bad = r#"{"control":"iso27001:2022/5.12","relationship":"subset-of","basis":"","status":"confirmed","x":1}"#;
        assert!(serde_json::from_str::<ControlLink>(bad).is_err());
        let bad =
            r#"{"control":"5.12","relationship":"subset-of","basis":"","status":"confirmed"}"#;
        assert!(serde_json::from_str::<ControlLink>(bad).is_err());
    }
}
