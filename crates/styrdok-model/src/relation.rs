use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use styrdok_core::{DocumentId, Provenance, StatementId};

/// A claim a document makes about how documents relate, kept on the document
/// that states it, in the direction the text gives. The graph normalizes
/// directions.
///
/// The subject defaults to the stating document; a claim about two others
/// ("KF … fattar nya beslut som ersätter tidigare") names its `subject`. The
/// target is one document (`target`), a set of candidates with a quantifier
/// ("några [of these five] kommer att ersättas": `candidates` + `some`), or
/// absent with a `description` ("ytterligare ärenden"). Only resolved,
/// non-announced relations change a status.
///
/// `deny_unknown_fields`: hand-written registers must not lose data to typos.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Relation {
    /// What the relation is.
    pub kind: RelationKind,
    /// The subject when it is not the stating document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<DocumentId>,
    /// The one target document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<DocumentId>,
    /// Candidate targets, when the text names a set.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<DocumentId>,
    /// How many of the candidates are meant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantifier: Option<Quantifier>,
    /// A target the text describes without naming ("ytterligare ärenden").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// For `replaces_in_part`: the target's sections that are replaced.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<String>,
    /// True for an intent not yet carried out ("kommer att ersättas").
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub announced: bool,
    /// The section of the stating document where it is said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated_in: Option<String>,
    /// The statement that says it, if modelled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<StatementId>,
    /// The words as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_written: Option<String>,
    /// Where the relation comes from.
    #[serde(default, skip_serializing_if = "Provenance::is_stated")]
    pub provenance: Provenance,
}

impl Relation {
    /// A relation to one target.
    pub fn to(kind: RelationKind, target: DocumentId) -> Self {
        Relation {
            kind,
            subject: None,
            target: Some(target),
            candidates: Vec::new(),
            quantifier: None,
            description: None,
            sections: Vec::new(),
            announced: false,
            stated_in: None,
            statement: None,
            as_written: None,
            provenance: Provenance::Stated,
        }
    }

    /// The subject, given the id of the stating document.
    pub fn subject_or<'a>(&'a self, stating: &'a DocumentId) -> &'a DocumentId {
        self.subject.as_ref().unwrap_or(stating)
    }

    /// Whether the relation can change a status: resolved to one target
    /// and not merely announced.
    pub fn is_effective(&self) -> bool {
        self.target.is_some() && !self.announced
    }

    /// Every document id the relation mentions as a target.
    pub fn targets(&self) -> impl Iterator<Item = &DocumentId> {
        self.target.iter().chain(self.candidates.iter())
    }
}

/// The kinds of relations between documents.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RelationKind {
    /// The subject replaces the whole target (ersätter).
    Replaces,
    /// The subject replaces the named sections of the target.
    ReplacesInPart,
    /// The subject repeals the target without a successor (upphäver).
    Repeals,
    /// The subject amends the target (ändrar).
    Amends,
    /// The subject complements the target (kompletterar).
    Complements,
    /// The subject is complemented by the target (kompletteras av).
    ComplementedBy,
    /// The subject makes the target concrete (a riktlinje implementing a policy).
    Concretizes,
    /// The subject is made concrete by the target ("konkretiseras i").
    ConcretizedBy,
    /// The subject refers to the target.
    References,
}

impl RelationKind {
    /// The same relation read from the other end, for kinds that have one.
    pub fn inverse(self) -> Option<RelationKind> {
        match self {
            RelationKind::Complements => Some(RelationKind::ComplementedBy),
            RelationKind::ComplementedBy => Some(RelationKind::Complements),
            RelationKind::Concretizes => Some(RelationKind::ConcretizedBy),
            RelationKind::ConcretizedBy => Some(RelationKind::Concretizes),
            _ => None,
        }
    }
    /// Whether the relation ends (part of) the target's force.
    pub fn supersedes(self) -> bool {
        matches!(
            self,
            RelationKind::Replaces | RelationKind::ReplacesInPart | RelationKind::Repeals
        )
    }
    /// The machine id.
    pub fn id(self) -> &'static str {
        match self {
            RelationKind::Replaces => "replaces",
            RelationKind::ReplacesInPart => "replaces_in_part",
            RelationKind::Repeals => "repeals",
            RelationKind::Amends => "amends",
            RelationKind::Complements => "complements",
            RelationKind::ComplementedBy => "complemented_by",
            RelationKind::Concretizes => "concretizes",
            RelationKind::ConcretizedBy => "concretized_by",
            RelationKind::References => "references",
        }
    }
}

/// How many of a relation's candidates are meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Quantifier {
    /// All of them.
    All,
    /// Some of them ("några").
    Some,
    /// Exactly one of them.
    One,
}
