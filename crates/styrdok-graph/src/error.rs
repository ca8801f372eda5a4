//! The error type of this crate.

use styrdok_core::DocumentId;

/// What can go wrong when changing or querying a [`crate::DocumentGraph`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum GraphError {
    /// The id is not a node of the graph.
    #[error("no document {id} in the graph")]
    UnknownDocument {
        /// The id asked for.
        id: DocumentId,
    },
    /// The edge would close a cycle of supersession edges.
    #[error("refused: the edge {from} -> {to} would close the cycle {}", render_cycle(.cycle))]
    Cycle {
        /// The source of the refused edge.
        from: DocumentId,
        /// The target of the refused edge.
        to: DocumentId,
        /// The cycle the edge would close, starting and ending at `from`.
        cycle: Vec<DocumentId>,
    },
}

/// Renders a cycle as `a -> b -> a`.
pub(crate) fn render_cycle(cycle: &[DocumentId]) -> String {
    cycle
        .iter()
        .map(DocumentId::as_str)
        .collect::<Vec<_>>()
        .join(" -> ")
}
