//! Mappings (crosswalks) between controls of different frameworks, in the
//! NIST IR 8477 / OSCAL 1.2 relationship vocabulary.

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use styrdok_core::ControlRef;

use crate::ControlsError;

/// How a source relates to a target (NIST IR 8477 set-theory relationships
/// as OSCAL 1.2's mapping model names them). Serialized with OSCAL's own
/// hyphenated tokens (`equal-to`) rather than snake_case, so that the values
/// are the vocabulary's own.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Relationship {
    /// The same requirements.
    EqualTo,
    /// The same meaning in different words.
    EquivalentTo,
    /// The source's requirements are a part of the target's (partial coverage).
    SubsetOf,
    /// The source contains all of the target's requirements and more.
    SupersetOf,
    /// Overlap; each has content the other lacks (partial coverage).
    IntersectsWith,
    /// No overlap.
    NoRelationship,
}

impl Relationship {
    /// Every value.
    pub const ALL: [Relationship; 6] = [
        Relationship::EqualTo,
        Relationship::EquivalentTo,
        Relationship::SubsetOf,
        Relationship::SupersetOf,
        Relationship::IntersectsWith,
        Relationship::NoRelationship,
    ];

    /// The vocabulary token.
    pub fn as_str(self) -> &'static str {
        match self {
            Relationship::EqualTo => "equal-to",
            Relationship::EquivalentTo => "equivalent-to",
            Relationship::SubsetOf => "subset-of",
            Relationship::SupersetOf => "superset-of",
            Relationship::IntersectsWith => "intersects-with",
            Relationship::NoRelationship => "no-relationship",
        }
    }

    /// The relationship read from the target's side.
    pub fn inverse(self) -> Relationship {
        match self {
            Relationship::SubsetOf => Relationship::SupersetOf,
            Relationship::SupersetOf => Relationship::SubsetOf,
            r => r,
        }
    }

    /// Whether a source with this relationship fully covers its target
    /// (equal-to, equivalent-to, superset-of).
    pub fn covers_target(self) -> bool {
        matches!(
            self,
            Relationship::EqualTo | Relationship::EquivalentTo | Relationship::SupersetOf
        )
    }
}

impl fmt::Display for Relationship {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Relationship {
    type Err = ControlsError;
    /// Accepts the OSCAL tokens, with `_` or spaces for `-`, and the short
    /// IR 8477 forms (`equal`, `subset of`, `not related to`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let n = s.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        let r = match n.as_str() {
            "equal-to" | "equal" => Relationship::EqualTo,
            "equivalent-to" | "equivalent" => Relationship::EquivalentTo,
            "subset-of" | "subset" => Relationship::SubsetOf,
            "superset-of" | "superset" => Relationship::SupersetOf,
            "intersects-with" | "intersect" | "intersects" => Relationship::IntersectsWith,
            "no-relationship" | "not-related" | "not-related-to" => Relationship::NoRelationship,
            _ => {
                return Err(ControlsError::Unknown {
                    what: "relationship",
                    value: s.to_owned(),
                });
            }
        };
        Ok(r)
    }
}

/// One mapping: source control, target control, relationship, rationale.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub struct Mapping {
    /// The source control.
    pub source: ControlRef,
    /// The target control.
    pub target: ControlRef,
    /// How the source relates to the target.
    pub relationship: Relationship,
    /// Why (free text).
    pub rationale: String,
}

impl Mapping {
    /// The same mapping read from the target's side.
    pub fn inverted(&self) -> Mapping {
        Mapping {
            source: self.target.clone(),
            target: self.source.clone(),
            relationship: self.relationship.inverse(),
            rationale: self.rationale.clone(),
        }
    }
}

/// A set of mappings, queryable in both directions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Crosswalk {
    /// The mappings as stated (source → target).
    pub mappings: Vec<Mapping>,
}

impl Crosswalk {
    /// The mappings from `control` into framework `to`, inverting stated
    /// mappings where the data runs the other way.
    pub fn map(&self, control: &ControlRef, to: &str) -> Vec<Mapping> {
        let mut out: Vec<Mapping> = Vec::new();
        for m in &self.mappings {
            if &m.source == control && m.target.framework() == to {
                out.push(m.clone());
            } else if &m.target == control && m.source.framework() == to {
                out.push(m.inverted());
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// Every mapping between two frameworks, read from `from` to `to`.
    pub fn between(&self, from: &str, to: &str) -> Vec<Mapping> {
        let mut out: Vec<Mapping> = Vec::new();
        for m in &self.mappings {
            if m.source.framework() == from && m.target.framework() == to {
                out.push(m.clone());
            } else if m.target.framework() == from && m.source.framework() == to {
                out.push(m.inverted());
            }
        }
        out.sort();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relationship_tokens_round_trip() {
        for r in Relationship::ALL {
            assert_eq!(r.as_str().parse::<Relationship>().ok(), Some(r));
            let json = serde_json::to_string(&r).unwrap_or_default();
            assert_eq!(json, format!("\"{}\"", r.as_str()));
        }
        assert_eq!(
            "subset of".parse::<Relationship>().ok(),
            Some(Relationship::SubsetOf)
        );
        assert!("kind-of".parse::<Relationship>().is_err());
        assert_eq!(Relationship::SubsetOf.inverse(), Relationship::SupersetOf);
    }
}
