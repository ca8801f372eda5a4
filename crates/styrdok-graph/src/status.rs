//! The status of a document at a date, three-valued.

use schemars::JsonSchema;
use std::collections::HashSet;
use std::fmt;

use chrono::NaiveDate;
use petgraph::graph::NodeIndex;
use serde::{Deserialize, Serialize};
use styrdok_core::{DateValue, DocumentId, Tri};
use styrdok_model::Stage;

use crate::edge::EdgeKind;
use crate::error::GraphError;
use crate::graph::{DocumentGraph, Node};

/// The status of a document at a date.
///
/// Serialized with a `status` tag: `{"status": "in_force"}`,
/// `{"status": "superseded", "by": "…", "since": "2008-06-16"}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "status", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Status {
    /// Not yet decided (or only a draft or proposal).
    NotYetDecided,
    /// Decided, but its entry into force is later.
    DecidedNotInForce,
    /// In force, wholly.
    InForce,
    /// In force, except for parts replaced by other documents.
    PartlySuperseded {
        /// Which parts, by which document, since when.
        parts: Vec<SupersededPart>,
        /// The document's known sections that stay in force (empty when its
        /// sections are not known).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        still_in_force: Vec<String>,
    },
    /// Wholly replaced.
    Superseded {
        /// The successor.
        by: DocumentId,
        /// The successor's entry into force.
        since: DateValue,
    },
    /// Repealed without a successor.
    Repealed {
        /// The repealing document.
        by: DocumentId,
        /// Its entry into force.
        since: DateValue,
    },
    /// Its validity ended (a strategy's mandate period).
    Expired {
        /// The last day of validity.
        valid_until: DateValue,
    },
    /// The dates needed to decide are not known; never a guess.
    Unknown {
        /// Which dates are missing.
        reason: String,
        /// What the status could be.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        candidates: Vec<StatusKind>,
    },
}

/// Part of a document replaced by another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct SupersededPart {
    /// The sections replaced.
    pub sections: Vec<String>,
    /// The replacing document.
    pub by: DocumentId,
    /// Its entry into force.
    pub since: DateValue,
}

/// The kinds of [`Status`], without their data.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StatusKind {
    /// See [`Status::NotYetDecided`].
    NotYetDecided,
    /// See [`Status::DecidedNotInForce`].
    DecidedNotInForce,
    /// See [`Status::InForce`].
    InForce,
    /// See [`Status::PartlySuperseded`].
    PartlySuperseded,
    /// See [`Status::Superseded`].
    Superseded,
    /// See [`Status::Repealed`].
    Repealed,
    /// See [`Status::Expired`].
    Expired,
    /// See [`Status::Unknown`].
    Unknown,
}

impl StatusKind {
    /// The status in plain words, as tables and legends show it ("in
    /// force", "partly superseded"); [`StatusKind::id`] is the machine id.
    pub fn word(self) -> &'static str {
        match self {
            StatusKind::NotYetDecided => "not yet decided",
            StatusKind::DecidedNotInForce => "decided, not yet in force",
            StatusKind::InForce => "in force",
            StatusKind::PartlySuperseded => "partly superseded",
            StatusKind::Superseded => "superseded",
            StatusKind::Repealed => "repealed",
            StatusKind::Expired => "expired",
            StatusKind::Unknown => "unknown",
        }
    }

    /// The machine id.
    pub fn id(self) -> &'static str {
        match self {
            StatusKind::NotYetDecided => "not_yet_decided",
            StatusKind::DecidedNotInForce => "decided_not_in_force",
            StatusKind::InForce => "in_force",
            StatusKind::PartlySuperseded => "partly_superseded",
            StatusKind::Superseded => "superseded",
            StatusKind::Repealed => "repealed",
            StatusKind::Expired => "expired",
            StatusKind::Unknown => "unknown",
        }
    }
}

impl Status {
    /// The kind of status.
    pub fn kind(&self) -> StatusKind {
        match self {
            Status::NotYetDecided => StatusKind::NotYetDecided,
            Status::DecidedNotInForce => StatusKind::DecidedNotInForce,
            Status::InForce => StatusKind::InForce,
            Status::PartlySuperseded { .. } => StatusKind::PartlySuperseded,
            Status::Superseded { .. } => StatusKind::Superseded,
            Status::Repealed { .. } => StatusKind::Repealed,
            Status::Expired { .. } => StatusKind::Expired,
            Status::Unknown { .. } => StatusKind::Unknown,
        }
    }

    /// Whether (at least part of) the document is in force:
    /// [`Tri::Unknown`] for an unknown status that could be either.
    pub fn in_force(&self) -> Tri {
        match self {
            Status::InForce | Status::PartlySuperseded { .. } => Tri::Yes,
            Status::Unknown { candidates, .. } => {
                let yes = candidates
                    .iter()
                    .any(|k| matches!(k, StatusKind::InForce | StatusKind::PartlySuperseded));
                if yes { Tri::Unknown } else { Tri::No }
            }
            _ => Tri::No,
        }
    }

    /// A short human summary ("partly superseded: 3 by x since 2008-06-16").
    pub fn summary(&self) -> String {
        match self {
            Status::PartlySuperseded { parts, .. } => {
                let p: Vec<String> = parts
                    .iter()
                    .map(|p| format!("{} by {} since {}", p.sections.join(", "), p.by, p.since))
                    .collect();
                format!("partly superseded: {}", p.join("; "))
            }
            Status::Superseded { by, since } => format!("superseded by {by} since {since}"),
            Status::Repealed { by, since } => format!("repealed by {by} since {since}"),
            Status::Expired { valid_until } => format!("expired (valid until {valid_until})"),
            Status::Unknown { reason, candidates } => {
                let c: Vec<&str> = candidates.iter().map(|k| k.id()).collect();
                if c.is_empty() {
                    format!("unknown: {reason}")
                } else {
                    format!("unknown ({}): {reason}", c.join(" or "))
                }
            }
            other => other.kind().to_string(),
        }
    }
}

/// The status in plain words, as tables show it: "in force", "superseded".
impl fmt::Display for StatusKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.word())
    }
}

/// The kind of status in plain words ("in force", "superseded"); see
/// [`Status::summary`] for the details.
impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind().fmt(f)
    }
}

fn describe(what: &str, node: &Node, date: &DateValue) -> String {
    if date.is_unknown() {
        format!("the {what} of {} is not known", node.label())
    } else {
        format!("the {what} of {} is known only as {date}", node.label())
    }
}

fn push_unique(v: &mut Vec<StatusKind>, k: StatusKind) {
    if !v.contains(&k) {
        v.push(k);
    }
}

impl DocumentGraph {
    /// The status of a document at a date.
    ///
    /// # Errors
    /// [`GraphError::UnknownDocument`] when `id` is not in the graph.
    pub fn status_at(&self, id: &DocumentId, at: NaiveDate) -> Result<Status, GraphError> {
        Ok(self.status_ix(self.ix(id)?, at))
    }

    /// The status of every document (dangling targets included) at a date,
    /// in node order.
    ///
    /// Replacement chains are walked once: the whole supersession of each
    /// document is derived from that of the document replacing it
    /// (memoised), so a chain of n versions costs O(n), not O(n²).
    pub fn statuses_at(&self, at: NaiveDate) -> Vec<(&Node, Status)> {
        let mut whole = self.whole_supersessions(at);
        self.indices()
            .map(|ix| {
                let w = whole
                    .get_mut(ix.index())
                    .and_then(Option::take)
                    .unwrap_or_else(|| self.whole_supersession(ix, at));
                (self.at(ix), self.status_with(ix, at, w))
            })
            .collect()
    }

    /// The status of one node: O(in-degree) plus the walk up its
    /// replacement chain.
    pub(crate) fn status_ix(&self, ix: NodeIndex, at: NaiveDate) -> Status {
        self.status_with(ix, at, self.whole_supersession(ix, at))
    }

    /// The status of one node given its whole supersession.
    fn status_with(&self, ix: NodeIndex, at: NaiveDate, whole: Whole) -> Status {
        let n = self.at(ix);
        if n.missing {
            return Status::Unknown {
                reason: format!("{} is not in the register", n.id),
                candidates: Vec::new(),
            };
        }
        let mut reasons: Vec<String> = Vec::new();
        // Whole supersession: by a direct successor in force, or — when the
        // direct successor is not (yet) — by a later document replacing
        // that successor (so along a chain at most one is in force).
        let (whole_yes, whole_unknown) = whole;
        for &(_, u) in &whole_unknown {
            let s = self.at(u);
            reasons.push(describe("entry into force", s, &s.entry_into_force));
        }
        let whole_unknown: Vec<EdgeKind> = whole_unknown.into_iter().map(|(k, _)| k).collect();
        // Partial supersession by effective incoming edges.
        let mut parts: Vec<SupersededPart> = Vec::new();
        let mut parts_unknown = false;
        for (src, edge, _) in self.incoming_ix(ix) {
            if !edge.is_effective() || edge.kind != EdgeKind::ReplacesInPart {
                continue;
            }
            let s = self.at(src);
            match s.entry_into_force.on_or_before(at) {
                Tri::Yes => parts.push(SupersededPart {
                    sections: edge.sections.clone(),
                    by: s.id.clone(),
                    since: s.entry_into_force,
                }),
                Tri::Unknown => {
                    reasons.push(describe("entry into force", s, &s.entry_into_force));
                    parts_unknown = true;
                }
                Tri::No => {}
            }
        }
        if let Some((kind, s)) = whole_yes {
            let s = self.at(s);
            let (by, since) = (s.id.clone(), s.entry_into_force);
            return if kind == EdgeKind::Repeals {
                Status::Repealed { by, since }
            } else {
                Status::Superseded { by, since }
            };
        }
        let expired = ended_before(&n.valid_until, at);
        if expired == Tri::Yes {
            return Status::Expired {
                valid_until: n.valid_until,
            };
        }
        if matches!(n.stage, Some(Stage::Draft | Stage::Proposed)) {
            return Status::NotYetDecided;
        }
        let not_decided = n.decision_date.after(at);
        let not_in_force = n.entry_into_force.after(at);
        if not_decided == Tri::Yes {
            return Status::NotYetDecided;
        }
        if not_in_force == Tri::Yes {
            if not_decided == Tri::No {
                return Status::DecidedNotInForce;
            }
            return Status::Unknown {
                reason: describe("decision date", n, &n.decision_date),
                candidates: vec![StatusKind::NotYetDecided, StatusKind::DecidedNotInForce],
            };
        }
        let mut candidates = Vec::new();
        if not_in_force == Tri::Unknown {
            reasons.insert(0, describe("entry into force", n, &n.entry_into_force));
            if not_decided != Tri::No {
                push_unique(&mut candidates, StatusKind::NotYetDecided);
            }
            push_unique(&mut candidates, StatusKind::DecidedNotInForce);
        }
        if expired == Tri::Unknown {
            reasons.push(describe("end of validity", n, &n.valid_until));
        }
        let certain = not_in_force == Tri::No
            && whole_unknown.is_empty()
            && expired == Tri::No
            && !parts_unknown;
        parts.sort_by(|a, b| (&a.by, &a.sections).cmp(&(&b.by, &b.sections)));
        let in_force_status = |parts: Vec<SupersededPart>| {
            if parts.is_empty() {
                Status::InForce
            } else {
                let replaced: Vec<&String> = parts.iter().flat_map(|p| &p.sections).collect();
                let still_in_force = n
                    .sections
                    .iter()
                    .filter(|s| !replaced.iter().any(|r| covers(r, s)))
                    .cloned()
                    .collect();
                Status::PartlySuperseded {
                    parts,
                    still_in_force,
                }
            }
        };
        if certain {
            return in_force_status(parts);
        }
        push_unique(
            &mut candidates,
            if parts.is_empty() {
                StatusKind::InForce
            } else {
                StatusKind::PartlySuperseded
            },
        );
        if parts_unknown {
            push_unique(&mut candidates, StatusKind::PartlySuperseded);
        }
        for k in whole_unknown {
            push_unique(
                &mut candidates,
                if k == EdgeKind::Repeals {
                    StatusKind::Repealed
                } else {
                    StatusKind::Superseded
                },
            );
        }
        if expired == Tri::Unknown {
            push_unique(&mut candidates, StatusKind::Expired);
        }
        candidates.sort();
        reasons.dedup();
        Status::Unknown {
            reason: reasons.join("; "),
            candidates,
        }
    }
}

/// Whether a validity that ends (inclusively) on `until` has ended before
/// `at`. A partial date ends on its last day ("2022" runs to 2022-12-31);
/// unknown ends never expire anything.
pub(crate) fn ended_before(until: &DateValue, at: NaiveDate) -> Tri {
    match until {
        DateValue::Unknown => Tri::No,
        DateValue::Known(p) => Tri::from_bool(p.latest() < at),
        DateValue::Bounded { .. } if until.is_unknown() => Tri::No,
        DateValue::Bounded { .. } => match (until.earliest(), until.latest()) {
            (_, Some(l)) if l < at => Tri::Yes,
            (Some(e), _) if e >= at => Tri::No,
            _ => Tri::Unknown,
        },
    }
}

/// Whole supersession of a node at a date: the in-force replacing or
/// repealing document (the direct edge's kind, the document), or else the
/// documents whose unknown dates leave it open.
type Whole = (Option<(EdgeKind, NodeIndex)>, Vec<(EdgeKind, NodeIndex)>);

impl DocumentGraph {
    /// The one effective incoming edge that ends `ix` as a whole, if there
    /// is exactly one (a link of a plain replacement chain).
    fn single_whole_replacer(&self, ix: NodeIndex) -> Option<(EdgeKind, NodeIndex)> {
        let mut it = self
            .incoming_ix(ix)
            .filter(|(_, e, _)| e.is_effective() && e.kind.ends_whole())
            .map(|(s, e, _)| (e.kind, s));
        let first = it.next()?;
        it.next().is_none().then_some(first)
    }

    /// [`Self::whole_supersession`] of every node, in node order, computed
    /// in one memoised pass: for a node replaced by exactly one document
    /// `s` that is not in force, the answer is `s`'s own answer with the
    /// direct edge's kind (plus `s` itself among the open ones when its
    /// entry into force is unknown). Other nodes take the full walk.
    fn whole_supersessions(&self, at: NaiveDate) -> Vec<Option<Whole>> {
        let count = self.indices().count();
        let mut memo: Vec<Option<Whole>> = vec![None; count];
        let mut on_stack = vec![false; count];
        let known = |memo: &Vec<Option<Whole>>, ix: NodeIndex| {
            memo.get(ix.index()).is_some_and(Option::is_some)
        };
        for start in self.indices() {
            let mut stack = vec![start];
            if let Some(o) = on_stack.get_mut(start.index()) {
                *o = true;
            }
            while let Some(&ix) = stack.last() {
                if known(&memo, ix) {
                    stack.pop();
                    if let Some(o) = on_stack.get_mut(ix.index()) {
                        *o = false;
                    }
                    continue;
                }
                let answer = match self.single_whole_replacer(ix) {
                    None => Some(self.whole_supersession(ix, at)),
                    Some((kind, s)) => {
                        let in_force = self.at(s).entry_into_force.on_or_before(at);
                        if in_force == Tri::Yes {
                            Some((Some((kind, s)), Vec::new()))
                        } else if let Some(Some((best, open))) = memo.get(s.index()) {
                            Some(match best {
                                Some((_, b)) => (Some((kind, *b)), Vec::new()),
                                None => {
                                    let mut open: Vec<(EdgeKind, NodeIndex)> =
                                        open.iter().map(|&(_, u)| (kind, u)).collect();
                                    if in_force == Tri::Unknown {
                                        open.push((kind, s));
                                    }
                                    open.sort_by(|a, b| self.at(a.1).id.cmp(&self.at(b.1).id));
                                    (None, open)
                                }
                            })
                        } else if on_stack.get(s.index()).copied().unwrap_or(true) {
                            // Not reachable in an acyclic graph; take the full walk.
                            Some(self.whole_supersession(ix, at))
                        } else {
                            stack.push(s);
                            if let Some(o) = on_stack.get_mut(s.index()) {
                                *o = true;
                            }
                            None
                        }
                    }
                };
                if let Some(answer) = answer {
                    if let Some(slot) = memo.get_mut(ix.index()) {
                        *slot = Some(answer);
                    }
                    stack.pop();
                    if let Some(o) = on_stack.get_mut(ix.index()) {
                        *o = false;
                    }
                }
            }
        }
        memo
    }

    /// Whole supersession of a node at a date: the in-force replacing or
    /// repealing document (the direct edge's kind, the document), or the
    /// documents whose unknown dates leave it open.
    fn whole_supersession(&self, ix: NodeIndex, at: NaiveDate) -> Whole {
        let mut queue: Vec<(EdgeKind, NodeIndex)> = self
            .incoming_ix(ix)
            .filter(|(_, e, _)| e.is_effective() && e.kind.ends_whole())
            .map(|(s, e, _)| (e.kind, s))
            .collect();
        if queue.is_empty() {
            return (None, Vec::new());
        }
        let mut seen: HashSet<NodeIndex> = HashSet::from([ix]);
        let mut best: Option<(EdgeKind, NodeIndex)> = None;
        let mut unknown: Vec<(EdgeKind, NodeIndex)> = Vec::new();
        while let Some((kind, s)) = queue.pop() {
            if !seen.insert(s) {
                continue;
            }
            let sn = self.at(s);
            match sn.entry_into_force.on_or_before(at) {
                Tri::Yes => {
                    let better = match best {
                        None => true,
                        Some((_, cur)) => {
                            let c = self.at(cur);
                            (sn.entry_into_force.earliest(), &sn.id)
                                < (c.entry_into_force.earliest(), &c.id)
                        }
                    };
                    if better {
                        best = Some((kind, s));
                    }
                    continue;
                }
                Tri::Unknown => unknown.push((kind, s)),
                Tri::No => {}
            }
            queue.extend(
                self.incoming_ix(s)
                    .filter(|(_, e, _)| e.is_effective() && e.kind.ends_whole())
                    .map(|(p, _, _)| (kind, p)),
            );
        }
        if best.is_some() {
            return (best, Vec::new());
        }
        unknown.sort_by(|a, b| self.at(a.1).id.cmp(&self.at(b.1).id));
        (None, unknown)
    }
}

/// Whether replacing section `replaced` replaces section `s` (itself or a
/// subsection: replacing "3" replaces "3.2").
pub(crate) fn covers(replaced: &str, s: &str) -> bool {
    s == replaced || (s.starts_with(replaced) && s.as_bytes().get(replaced.len()) == Some(&b'.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_in_plain_words() {
        assert_eq!(Status::InForce.to_string(), "in force");
        let by = DocumentId::new("solna/isp-2020").unwrap();
        let replaced = Status::Superseded {
            by,
            since: DateValue::Unknown,
        };
        assert_eq!(replaced.to_string(), "superseded");
        assert_eq!(
            replaced.summary(),
            "superseded by solna/isp-2020 since unknown"
        );
        assert_eq!(
            StatusKind::DecidedNotInForce.to_string(),
            "decided, not yet in force"
        );
        assert_eq!(Status::NotYetDecided.summary(), "not yet decided");
    }
}
