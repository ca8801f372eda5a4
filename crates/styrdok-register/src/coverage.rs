//! Coverage of a control catalogue by a register at a date, or as written.
//!
//! Joins the register's control links with the status of each statement's
//! document at the date (from the graph) and the duties that discharge the
//! statement (their holders are the accountable bodies), translates links
//! to another edition through the crosswalk (marked), then hands the result
//! to [`styrdok_controls::coverage`].

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::NaiveDate;
use styrdok_controls::{Catalog, CoverageInput, CoverageReport, Crosswalk};
use styrdok_core::{DocumentId, OrgId, Tri};
use styrdok_graph::DocumentGraph;

use crate::Register;

/// Which links count: at a date (three-valued in-force status) or as
/// written (every link, whatever the dates).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoverageDate {
    /// Only statements of documents in force at this day (unknown ones apart).
    At(NaiveDate),
    /// Every statement, ignoring dates and statuses.
    AsWritten,
}

/// What to count: the date, and optionally one organisation or one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageQuery {
    /// At a date, or as written.
    pub date: CoverageDate,
    /// Only this organisation's documents.
    pub organisation: Option<OrgId>,
    /// Only this document's statements.
    pub document: Option<DocumentId>,
}

impl CoverageQuery {
    /// Every organisation and document at `at`.
    pub fn at(at: NaiveDate) -> Self {
        CoverageQuery {
            date: CoverageDate::At(at),
            organisation: None,
            document: None,
        }
    }
}

/// The coverage inputs of a register at a date: one per control link, with
/// the in-force status of the statement's document (three-valued) and the
/// holders of duties that discharge the statement.
pub fn coverage_inputs(reg: &Register, graph: &DocumentGraph, at: NaiveDate) -> Vec<CoverageInput> {
    inputs(reg, graph, &CoverageQuery::at(at))
}

fn inputs(reg: &Register, graph: &DocumentGraph, q: &CoverageQuery) -> Vec<CoverageInput> {
    let mut accountable: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    // Looked up once per register instead of scanned per duty and per link
    // (both were quadratic at national scale).
    let orgs: HashMap<&str, &styrdok_org::Organisation> = reg
        .organisations
        .iter()
        .map(|o| (o.id.as_str(), o))
        .collect();
    let docs: HashMap<&str, &styrdok_model::Document> =
        reg.documents.iter().map(|d| (d.id.as_str(), d)).collect();
    for d in &reg.documents {
        let own = orgs.get(d.org().as_str()).copied();
        for duty in &d.duties {
            // The accountable body: the holder when it answers for its own
            // activity, else the body kommunallagen makes accountable for
            // the holder's (docs/raci.md, "The derived A"). The holder is
            // almost always of the document's own organisation.
            let holder = own
                .filter(|o| o.has_party(&duty.holder))
                .or_else(|| reg.organisations.iter().find(|o| o.has_party(&duty.holder)))
                .and_then(|o| styrdok_org::raci::kl_accountable(o, &duty.holder))
                .map_or_else(|| duty.holder.to_string(), |(a, _)| a);
            for l in &duty.statements {
                accountable
                    .entry(l.statement.to_string())
                    .or_default()
                    .insert(holder.clone());
            }
        }
    }
    reg.control_links
        .iter()
        .filter_map(|l| {
            let doc = l.statement.document();
            let organisation = docs
                .get(doc.as_str())
                .map(|d| d.org())
                .unwrap_or_else(|| doc.organisation());
            if q.document.as_ref().is_some_and(|d| d != doc)
                || q.organisation.as_ref().is_some_and(|o| o != &organisation)
            {
                return None;
            }
            let in_force = match q.date {
                CoverageDate::AsWritten => Tri::Yes,
                CoverageDate::At(at) => graph
                    .status_at(doc, at)
                    .map(|s| s.in_force())
                    .unwrap_or(Tri::Unknown),
            };
            Some(CoverageInput {
                statement: l.statement.clone(),
                organisation,
                link: l.link(),
                in_force,
                accountable: accountable
                    .get(&l.statement.to_string())
                    .map(|s| s.iter().cloned().collect())
                    .unwrap_or_default(),
                via: None,
            })
        })
        .collect()
}

/// Coverage of `catalog` by the register's links at `at`.
pub fn coverage_at(reg: &Register, catalog: &Catalog, at: NaiveDate) -> CoverageReport {
    coverage_of(reg, catalog, None, &CoverageQuery::at(at))
}

/// Coverage of `catalog` by the register's links as `q` asks (a date or as
/// written; one organisation or document). With a `crosswalk`, links to
/// another edition (ISO/IEC 27001:2013) count through it, marked
/// (`via_crosswalk`).
pub fn coverage_of(
    reg: &Register,
    catalog: &Catalog,
    crosswalk: Option<&Crosswalk>,
    q: &CoverageQuery,
) -> CoverageReport {
    let graph = DocumentGraph::build(&reg.documents);
    let inputs = inputs(reg, &graph, q);
    match crosswalk {
        Some(cw) => styrdok_controls::coverage(
            catalog,
            styrdok_controls::through_crosswalk(catalog, cw, inputs),
        ),
        None => styrdok_controls::coverage(catalog, inputs),
    }
}
