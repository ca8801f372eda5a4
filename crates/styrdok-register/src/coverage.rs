//! Coverage of a control catalogue by a register at a date.
//!
//! Joins the register's control links with the status of each statement's
//! document at the date (from the graph) and the duties that discharge the
//! statement (their holders are the accountable bodies), then hands the
//! result to [`styrdok_controls::coverage`].

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use styrdok_controls::{Catalog, CoverageInput, CoverageReport};
use styrdok_core::Tri;
use styrdok_graph::DocumentGraph;

use crate::Register;

/// The coverage inputs of a register at a date: one per control link, with
/// the in-force status of the statement's document (three-valued) and the
/// holders of duties that discharge the statement.
pub fn coverage_inputs(reg: &Register, graph: &DocumentGraph, at: NaiveDate) -> Vec<CoverageInput> {
    let mut accountable: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for d in &reg.documents {
        for duty in &d.duties {
            for l in &duty.statements {
                accountable
                    .entry(l.statement.to_string())
                    .or_default()
                    .insert(duty.holder.clone());
            }
        }
    }
    reg.control_links
        .iter()
        .map(|l| {
            let doc = l.statement.document();
            let in_force = graph
                .status_at(doc, at)
                .map(|s| s.in_force())
                .unwrap_or(Tri::Unknown);
            CoverageInput {
                statement: l.statement.clone(),
                organisation: reg
                    .document(doc.as_str())
                    .map(|d| d.org())
                    .unwrap_or_else(|| doc.organisation()),
                link: l.link(),
                in_force,
                accountable: accountable
                    .get(&l.statement.to_string())
                    .map(|s| s.iter().cloned().collect())
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// Coverage of `catalog` by the register's confirmed links at `at`.
pub fn coverage_at(reg: &Register, catalog: &Catalog, at: NaiveDate) -> CoverageReport {
    let graph = DocumentGraph::build(&reg.documents);
    styrdok_controls::coverage(catalog, coverage_inputs(reg, &graph, at))
}
