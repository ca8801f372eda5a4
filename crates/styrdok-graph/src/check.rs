//! Structural integrity checks.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use styrdok_core::{BodyKind, DateValue, Diagnostic, DiagnosticCode, DocumentId, Tri};

use crate::codes;
use crate::edge::EdgeKind;
use crate::graph::{DocumentGraph, Node};
use crate::status::covers;

/// Who may replace or repeal whose documents. Kommunallagen: only the body
/// that adopted a document, or one above it, may replace or repeal it. The
/// graph knows no bodies, so the register supplies this.
pub trait Authority {
    /// Whether `successor`'s adopter may replace or repeal `target`:
    /// [`Tri::Unknown`] when it cannot tell (no check is reported).
    fn may_supersede(&self, successor: &Node, target: &Node) -> Tri;
}

/// No authority information: the check is skipped.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoAuthority;

impl Authority for NoAuthority {
    fn may_supersede(&self, _: &Node, _: &Node) -> Tri {
        Tri::Unknown
    }
}

/// Authority by rank: the same adopter ([`same_body`]) may; otherwise
/// only a strictly higher rank may (so two nämnder of equal rank may not
/// replace each other's documents, and kommunstyrelsen — not above the
/// nämnder — should get the same rank as they). Unknown when a rank is.
#[derive(Debug, Clone, Copy)]
pub struct RankAuthority<F>(pub F);

impl<F: Fn(&Node) -> Option<u8>> Authority for RankAuthority<F> {
    fn may_supersede(&self, successor: &Node, target: &Node) -> Tri {
        if same_body(successor, target) {
            return Tri::Yes;
        }
        match ((self.0)(successor), (self.0)(target)) {
            (Some(s), Some(t)) => Tri::from_bool(s > t),
            _ => Tri::Unknown,
        }
    }
}

/// Whether two documents were adopted by the same body: the same
/// `adopted_by`, or — when one side names no body — the same organisation
/// and the same adopter kind, for the kinds an organisation has only one
/// of (fullmäktige, styrelse).
pub fn same_body(a: &Node, b: &Node) -> bool {
    if a.organisation != b.organisation {
        return false;
    }
    if let (Some(x), Some(y)) = (&a.adopted_by, &b.adopted_by) {
        return x == y;
    }
    matches!(
        (a.adopter_kind, b.adopter_kind),
        (Some(BodyKind::Fullmaktige), Some(BodyKind::Fullmaktige))
            | (Some(BodyKind::Styrelse), Some(BodyKind::Styrelse))
    )
}

/// The far-future day used when checks are run without a date.
fn far_future() -> NaiveDate {
    NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX)
}

/// Runs every structural check and returns the diagnostics, including the
/// ones found while building (cycles, dangling targets, duplicate ids).
///
/// `at` is the date for the checks that depend on one (a concretizing
/// document in force while its parent is not); without it they look at the
/// far future, i.e. at the end of every chain. `authority` supplies the
/// kommunallagen ranking of adopters ([`NoAuthority`] skips that check).
/// Diagnostics are sorted by code, then subjects.
pub fn check_integrity(
    graph: &DocumentGraph,
    at: Option<NaiveDate>,
    authority: &dyn Authority,
) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = graph.build_diagnostics().to_vec();
    let day = at.unwrap_or_else(far_future);
    for ix in graph.indices() {
        let t = graph.at(ix);
        let mut whole: Vec<&Node> = Vec::new();
        let mut touched = false;
        for (src, e, _) in graph.incoming_ix(ix) {
            touched = true;
            if !e.is_effective() {
                continue;
            }
            let s = graph.at(src);
            if e.kind.ends_whole() || e.kind == EdgeKind::ReplacesInPart {
                if e.kind == EdgeKind::Replaces {
                    whole.push(s);
                }
                if s.decision_date.before(&t.decision_date) == Tri::Yes {
                    out.push(
                        Diagnostic::error(
                            codes::REPLACES_LATER,
                            format!(
                                "{} (decided {}) {} {}, which was decided later ({})",
                                s.id,
                                s.decision_date,
                                verb(e.kind),
                                t.id,
                                t.decision_date
                            ),
                        )
                        .about(&s.id)
                        .about(&t.id),
                    );
                }
                if !t.missing && authority.may_supersede(s, t) == Tri::No {
                    out.push(
                        Diagnostic::error(
                            codes::AUTHORITY,
                            format!(
                                "{} (adopted by {}) {} {} (adopted by {}): only the adopting body or one above it may do that",
                                s.id,
                                adopter(s),
                                verb(e.kind),
                                t.id,
                                adopter(t)
                            ),
                        )
                        .about(&s.id)
                        .about(&t.id),
                    );
                }
                if e.kind.ends_whole()
                    && matches!(t.valid_until, DateValue::Known(_))
                    && s.entry_into_force.before(&t.valid_until) == Tri::Yes
                {
                    out.push(
                        Diagnostic::warning(
                            codes::STILL_DECLARED_IN_FORCE,
                            format!(
                                "{} is declared valid until {} but {} {} it from {}",
                                t.id,
                                t.valid_until,
                                s.id,
                                verb(e.kind),
                                s.entry_into_force
                            ),
                        )
                        .about(&t.id)
                        .about(&s.id),
                    );
                }
            }
            if e.kind == EdgeKind::ReplacesInPart && !t.sections.is_empty() {
                for sec in &e.sections {
                    if !t.sections.iter().any(|x| covers(sec, x) || x == sec) {
                        out.push(
                            Diagnostic::error(
                                codes::MISSING_SECTION,
                                format!(
                                    "{} replaces section {sec} of {}, which has no such section (it has {})",
                                    s.id,
                                    t.id,
                                    t.sections.join(", ")
                                ),
                            )
                            .about(&s.id)
                            .about(&t.id),
                        );
                    }
                }
            }
            if e.kind == EdgeKind::Complements || e.kind == EdgeKind::Concretizes {
                // The stating document relies on the other end being in
                // force; it should not have been replaced before the
                // stating document was decided.
                let (stater, other) = if s.id == e.stated_by {
                    (src, ix)
                } else if t.id == e.stated_by {
                    (ix, src)
                } else {
                    (src, ix)
                };
                let (st, ot) = (graph.at(stater), graph.at(other));
                if let Some(end) = whole_end(graph, other)
                    && end.before(&st.decision_date) == Tri::Yes
                {
                    out.push(
                            Diagnostic::warning(
                                codes::STILL_DECLARED_IN_FORCE,
                                format!(
                                    "{} (decided {}) relies on {} ({} edge), which was replaced or repealed from {end}",
                                    st.id,
                                    st.decision_date,
                                    ot.id,
                                    e.kind.id()
                                ),
                            )
                            .about(&ot.id)
                            .about(&st.id),
                        );
                }
            }
            if e.kind == EdgeKind::Concretizes {
                let child = graph.status_ix(src, day);
                let parent = graph.status_ix(ix, day);
                if child.in_force() == Tri::Yes && parent.in_force() == Tri::No {
                    out.push(
                        Diagnostic::warning(
                            codes::PARENT_NOT_IN_FORCE,
                            format!(
                                "{} concretizes {}, which is {} at {}",
                                s.id,
                                t.id,
                                parent.summary(),
                                at.map(|d| d.to_string())
                                    .unwrap_or_else(|| "the end of its chain".into())
                            ),
                        )
                        .about(&s.id)
                        .about(&t.id),
                    );
                }
            }
        }
        if whole.len() > 1 {
            let mut ids: Vec<&DocumentId> = whole.iter().map(|n| &n.id).collect();
            ids.sort();
            ids.dedup();
            if ids.len() > 1 {
                let mut d = Diagnostic::error(
                    codes::TWO_SUCCESSORS,
                    format!(
                        "{} is wholly replaced by more than one document: {}",
                        t.id,
                        ids.iter()
                            .map(|i| i.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
                .about(&t.id);
                for i in ids {
                    d = d.about(i);
                }
                out.push(d);
            }
        }
        if t.stub && !touched && graph.outgoing_ix(ix).next().is_none() {
            out.push(
                Diagnostic::info(
                    codes::ORPHAN_STUB,
                    format!("the stub {} is not related to any document", t.id),
                )
                .about(&t.id),
            );
        }
    }
    // Deterministic order; identical findings once.
    let mut keyed: BTreeMap<(DiagnosticCode, Vec<String>, String), Diagnostic> = BTreeMap::new();
    for d in out {
        keyed
            .entry((d.code, d.subjects.clone(), d.message.clone()))
            .or_insert(d);
    }
    keyed.into_values().collect()
}

/// The earliest known date from which a document is wholly replaced or
/// repealed by an effective edge.
fn whole_end(
    graph: &DocumentGraph,
    ix: petgraph::graph::NodeIndex,
) -> Option<styrdok_core::DateValue> {
    graph
        .incoming_ix(ix)
        .filter(|(_, e, _)| e.kind.ends_whole() && e.is_effective())
        .map(|(s, _, _)| graph.at(s).entry_into_force)
        .filter(|d| d.latest().is_some())
        .min_by_key(|d| d.latest())
}

fn verb(kind: EdgeKind) -> &'static str {
    match kind {
        EdgeKind::Replaces => "replaces",
        EdgeKind::ReplacesInPart => "replaces part of",
        EdgeKind::Repeals => "repeals",
        EdgeKind::Amends => "amends",
        EdgeKind::Complements => "complements",
        EdgeKind::Concretizes => "concretizes",
        EdgeKind::References => "refers to",
    }
}

fn adopter(n: &Node) -> String {
    match (&n.adopted_by, n.adopter_kind) {
        (Some(b), _) => b.to_string(),
        (None, Some(k)) => k.id().to_string(),
        (None, None) => "an unknown body".into(),
    }
}
