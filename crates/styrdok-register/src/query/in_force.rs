//! "In force at D": the document graph's three-valued status, behind a
//! small trait so the other queries do not depend on how it is computed.

use chrono::NaiveDate;
use styrdok_core::{OrgId, Tri};
use styrdok_graph::{DocumentGraph, InForce};
use styrdok_model::Document;

use crate::Register;

/// Whether a document is in force (wholly or in part) at a day: yes, no,
/// or can't tell (a date the answer needs is unknown).
pub trait StatusAt {
    /// The answer for one document.
    fn in_force(&self, doc: &Document, at: NaiveDate) -> Tri;
}

impl<F: Fn(&Document, NaiveDate) -> Tri> StatusAt for F {
    fn in_force(&self, doc: &Document, at: NaiveDate) -> Tri {
        self(doc, at)
    }
}

/// The status from the document graph of a register (`styrdok-graph`):
/// relations, decision dates, entry into force and validity.
#[derive(Debug, Clone)]
pub struct GraphStatus {
    graph: DocumentGraph,
}

impl GraphStatus {
    /// Builds the graph of every document of the register.
    pub fn new(reg: &Register) -> Self {
        GraphStatus {
            graph: DocumentGraph::build(reg.documents.iter()),
        }
    }

    /// The graph.
    pub fn graph(&self) -> &DocumentGraph {
        &self.graph
    }
}

impl StatusAt for GraphStatus {
    fn in_force(&self, doc: &Document, at: NaiveDate) -> Tri {
        self.graph
            .status_at(&doc.id, at)
            .map(|s| s.in_force())
            .unwrap_or(Tri::Unknown)
    }
}

/// Every document in force at `at` (for one organisation or all): the ones
/// certainly in force, and apart from them the ones whose status is unknown
/// but could be in force.
pub fn in_force_at(reg: &Register, at: NaiveDate, org: Option<&OrgId>) -> InForce {
    GraphStatus::new(reg).graph.in_force_at(at, org)
}
