//! Normalized edges.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use styrdok_core::{DocumentId, StatementId};
use styrdok_model::RelationKind;

/// The kind of a normalized edge. Every edge points from the document that
/// acts (the successor, the complementing or concretizing document, the one
/// that refers) to the document acted upon.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EdgeKind {
    /// The source replaces the whole target.
    Replaces,
    /// The source replaces the edge's sections of the target.
    ReplacesInPart,
    /// The source repeals the target without a successor.
    Repeals,
    /// The source amends the target (the target stays in force).
    Amends,
    /// The source complements the target.
    Complements,
    /// The source makes the target concrete (a riktlinje implementing a policy).
    Concretizes,
    /// The source refers to the target.
    References,
}

impl EdgeKind {
    /// The normalized kind of a relation and whether its direction flips
    /// (`complemented_by` stated on A about B is `B complements A`).
    pub fn from_relation(kind: RelationKind) -> Option<(EdgeKind, bool)> {
        Some(match kind {
            RelationKind::Replaces => (EdgeKind::Replaces, false),
            RelationKind::ReplacesInPart => (EdgeKind::ReplacesInPart, false),
            RelationKind::Repeals => (EdgeKind::Repeals, false),
            RelationKind::Amends => (EdgeKind::Amends, false),
            RelationKind::Complements => (EdgeKind::Complements, false),
            RelationKind::ComplementedBy => (EdgeKind::Complements, true),
            RelationKind::Concretizes => (EdgeKind::Concretizes, false),
            RelationKind::ConcretizedBy => (EdgeKind::Concretizes, true),
            RelationKind::References => (EdgeKind::References, false),
            _ => return None,
        })
    }

    /// Whether the edge belongs to the acyclic supersession graph
    /// (replaces, replaces in part, repeals, amends).
    pub fn is_supersession(self) -> bool {
        matches!(
            self,
            EdgeKind::Replaces | EdgeKind::ReplacesInPart | EdgeKind::Repeals | EdgeKind::Amends
        )
    }

    /// Whether the edge ends the whole target's force.
    pub fn ends_whole(self) -> bool {
        matches!(self, EdgeKind::Replaces | EdgeKind::Repeals)
    }

    /// The machine id.
    pub fn id(self) -> &'static str {
        match self {
            EdgeKind::Replaces => "replaces",
            EdgeKind::ReplacesInPart => "replaces_in_part",
            EdgeKind::Repeals => "repeals",
            EdgeKind::Amends => "amends",
            EdgeKind::Complements => "complements",
            EdgeKind::Concretizes => "concretizes",
            EdgeKind::References => "references",
        }
    }
}

/// A normalized edge, with where its relation was stated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Edge {
    /// What the edge is.
    pub kind: EdgeKind,
    /// For a partial replacement: the target's sections it replaces.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<String>,
    /// The document that states the relation.
    pub stated_by: DocumentId,
    /// The section of the stating document where it is said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_in: Option<String>,
    /// The statement that says it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<StatementId>,
    /// An intent not yet carried out ("kommer att ersättas").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub announced: bool,
    /// One of a set of candidates ("några av dessa"): not resolved to this
    /// target.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unresolved: bool,
}

impl Edge {
    /// A resolved, stated edge.
    pub fn new(kind: EdgeKind, stated_by: DocumentId) -> Self {
        Edge {
            kind,
            sections: Vec::new(),
            stated_by,
            stated_in: None,
            statement: None,
            announced: false,
            unresolved: false,
        }
    }

    /// Whether the edge can change a status: neither announced nor one of a
    /// candidate set.
    pub fn is_effective(&self) -> bool {
        !self.announced && !self.unresolved
    }
}
