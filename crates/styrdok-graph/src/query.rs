//! Queries: in force at a date, current successor, lineage, changes.

use schemars::JsonSchema;
use std::collections::{HashSet, VecDeque};

use chrono::NaiveDate;
use petgraph::graph::NodeIndex;
use serde::{Deserialize, Serialize};
use styrdok_core::{DateValue, DocumentId, OrgId, Tri};

use crate::edge::EdgeKind;
use crate::error::GraphError;
use crate::graph::DocumentGraph;
use crate::status::{Status, StatusKind};

/// A document with its status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct DocStatus {
    /// The document.
    pub id: DocumentId,
    /// Its title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Its status.
    pub status: Status,
}

/// What is in force for an organisation at a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct InForce {
    /// The date asked about.
    pub at: NaiveDate,
    /// Documents certainly in force (wholly or in part).
    pub in_force: Vec<DocStatus>,
    /// Documents whose status is unknown but could be in force.
    pub possibly_in_force: Vec<DocStatus>,
}

/// One document in a lineage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct LineageEntry {
    /// The document.
    pub id: DocumentId,
    /// Its title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// How it relates to `via`.
    pub relation: EdgeKind,
    /// The neighbour through which it was reached (closer to the document asked about).
    pub via: DocumentId,
    /// Steps from the document asked about.
    pub depth: usize,
    /// For a partial replacement: the sections.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<String>,
    /// Its decision date.
    pub decision_date: DateValue,
    /// Its entry into force.
    pub entry_into_force: DateValue,
}

/// All predecessors and successors of a document over replaces, replaces
/// in part, repeals and amends edges (stated, resolved edges only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Lineage {
    /// The document asked about.
    pub id: DocumentId,
    /// Its title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Its decision date.
    pub decision_date: DateValue,
    /// Its entry into force.
    pub entry_into_force: DateValue,
    /// Documents it (transitively) replaces, repeals or amends.
    pub predecessors: Vec<LineageEntry>,
    /// Documents that (transitively) replace, repeal or amend it.
    pub successors: Vec<LineageEntry>,
}

/// One document whose status differs between two dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Change {
    /// The document.
    pub id: DocumentId,
    /// Its status at the first date.
    pub before: Status,
    /// Its status at the second date.
    pub after: Status,
}

/// What changed between two dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Changes {
    /// The first date.
    pub from: NaiveDate,
    /// The second date.
    pub to: NaiveDate,
    /// Not in force at `from`, in force at `to`.
    pub came_into_force: Vec<Change>,
    /// In force at `from`, not in force at `to`.
    pub went_out_of_force: Vec<Change>,
    /// In force at both, with a different status (e.g. newly partly superseded).
    pub changed: Vec<Change>,
    /// Differs, but whether it came into or went out of force is unknown.
    pub undetermined: Vec<Change>,
}

impl DocumentGraph {
    /// Everything in force at `at`, for one organisation or all.
    pub fn in_force_at(&self, at: NaiveDate, org: Option<&OrgId>) -> InForce {
        let mut r = InForce {
            at,
            in_force: Vec::new(),
            possibly_in_force: Vec::new(),
        };
        // One organisation: only its nodes (indexed), not the whole graph.
        let nodes: Box<dyn Iterator<Item = NodeIndex>> = match org {
            Some(o) => Box::new(self.indices_of(o)),
            None => Box::new(self.indices()),
        };
        for ix in nodes {
            let n = self.at(ix);
            if n.missing || org.is_some_and(|o| &n.organisation != o) {
                continue;
            }
            let status = self.status_ix(ix, at);
            let tri = status.in_force();
            let entry = DocStatus {
                id: n.id.clone(),
                title: n.title.clone(),
                status,
            };
            match tri {
                Tri::Yes => r.in_force.push(entry),
                Tri::Unknown => r.possibly_in_force.push(entry),
                Tri::No => {}
            }
        }
        r.in_force.sort_by(|a, b| a.id.cmp(&b.id));
        r.possibly_in_force.sort_by(|a, b| a.id.cmp(&b.id));
        r
    }

    /// The current successors of a document, following chains of whole
    /// replacements: the documents at the ends of the chains. With a date,
    /// only replacements in force at that date are followed (and
    /// replacements whose date is unknown stop the walk there); without one,
    /// every stated replacement is. A document not replaced is its own
    /// successor.
    ///
    /// # Errors
    /// [`GraphError::UnknownDocument`] when `id` is not in the graph.
    pub fn current_successor(
        &self,
        id: &DocumentId,
        at: Option<NaiveDate>,
    ) -> Result<Vec<DocumentId>, GraphError> {
        let start = self.ix(id)?;
        let mut out: Vec<DocumentId> = Vec::new();
        let mut seen: HashSet<NodeIndex> = HashSet::new();
        let mut stack = vec![start];
        while let Some(ix) = stack.pop() {
            if !seen.insert(ix) {
                continue;
            }
            let mut next = Vec::new();
            for (src, e, _) in self.incoming_ix(ix) {
                if e.kind != EdgeKind::Replaces || !e.is_effective() {
                    continue;
                }
                let ok = match at {
                    None => true,
                    Some(d) => self.at(src).entry_into_force.on_or_before(d) == Tri::Yes,
                };
                if ok {
                    next.push(src);
                }
            }
            if next.is_empty() {
                out.push(self.at(ix).id.clone());
            } else {
                stack.extend(next);
            }
        }
        out.sort();
        out.dedup();
        Ok(out)
    }

    /// All predecessors and successors of a document, with dates.
    ///
    /// # Errors
    /// [`GraphError::UnknownDocument`] when `id` is not in the graph.
    pub fn lineage(&self, id: &DocumentId) -> Result<Lineage, GraphError> {
        let start = self.ix(id)?;
        let n = self.at(start);
        let walk = |outgoing: bool| -> Vec<LineageEntry> {
            let mut seen: HashSet<NodeIndex> = HashSet::from([start]);
            let mut out = Vec::new();
            let mut queue = VecDeque::from([(start, 0usize)]);
            while let Some((ix, depth)) = queue.pop_front() {
                let neighbours: Vec<_> = if outgoing {
                    self.outgoing_ix(ix).collect()
                } else {
                    self.incoming_ix(ix).collect()
                };
                for (m, e, _) in neighbours {
                    if !e.kind.is_supersession() || !e.is_effective() || !seen.insert(m) {
                        continue;
                    }
                    let node = self.at(m);
                    out.push(LineageEntry {
                        id: node.id.clone(),
                        title: node.title.clone(),
                        relation: e.kind,
                        via: self.at(ix).id.clone(),
                        depth: depth + 1,
                        sections: e.sections.clone(),
                        decision_date: node.decision_date,
                        entry_into_force: node.entry_into_force,
                    });
                    queue.push_back((m, depth + 1));
                }
            }
            out.sort_by(|a, b| (a.depth, &a.id).cmp(&(b.depth, &b.id)));
            out
        };
        Ok(Lineage {
            id: n.id.clone(),
            title: n.title.clone(),
            decision_date: n.decision_date,
            entry_into_force: n.entry_into_force,
            predecessors: walk(true),
            successors: walk(false),
        })
    }

    /// What changed between two dates, for one organisation or all.
    pub fn changes_between(&self, from: NaiveDate, to: NaiveDate, org: Option<&OrgId>) -> Changes {
        let mut c = Changes {
            from,
            to,
            came_into_force: Vec::new(),
            went_out_of_force: Vec::new(),
            changed: Vec::new(),
            undetermined: Vec::new(),
        };
        for ix in self.indices() {
            let n = self.at(ix);
            if n.missing || org.is_some_and(|o| &n.organisation != o) {
                continue;
            }
            let before = self.status_ix(ix, from);
            let after = self.status_ix(ix, to);
            if before == after {
                continue;
            }
            let (b, a) = (before.in_force(), after.in_force());
            let change = Change {
                id: n.id.clone(),
                before,
                after,
            };
            match (b, a) {
                (Tri::No, Tri::Yes) => c.came_into_force.push(change),
                (Tri::Yes, Tri::No) => c.went_out_of_force.push(change),
                (Tri::Yes, Tri::Yes) => c.changed.push(change),
                (Tri::No, Tri::No)
                    if change.before.kind() != StatusKind::Unknown
                        && change.after.kind() != StatusKind::Unknown =>
                {
                    c.changed.push(change)
                }
                _ => c.undetermined.push(change),
            }
        }
        c
    }
}
