//! The register index: one indexed view of a [`Register`], built once in
//! linear time and used by the checks and the queries instead of each
//! building its own map or scanning the lists.
//!
//! It holds documents by id and by organisation, organisations by id,
//! relations both ways (by the document that is their subject and by the
//! document they point at), duties by holder, control links by statement
//! and by control, and the ranking of bodies ([`Hierarchy`]). Everything is
//! borrowed from the register: the index copies no id.

use std::collections::HashMap;

use styrdok_model::{Document, Relation};
use styrdok_org::Organisation;

use crate::Hierarchy;
use crate::Register;

/// The organisation of a document as a borrowed id: the explicit one or the
/// first segment of the document's id (what [`Document::org`] returns,
/// without allocating).
pub fn org_str(d: &Document) -> &str {
    match &d.organisation {
        Some(o) => o.as_str(),
        None => d.id.as_str().split('/').next().unwrap_or_default(),
    }
}

/// Where a relation is stated: the index of the stating document and of the
/// relation in its `relations`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RelationAt {
    /// Index of the document that states the relation.
    pub document: usize,
    /// Index of the relation in that document's `relations`.
    pub relation: usize,
}

/// Where a duty is: document index and duty index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DutyAt {
    /// Index of the document.
    pub document: usize,
    /// Index of the duty in its `duties`.
    pub duty: usize,
}

/// The indexed view of a register.
#[derive(Debug, Clone)]
pub struct RegisterIndex<'r> {
    reg: &'r Register,
    documents: HashMap<&'r str, usize>,
    organisations: HashMap<&'r str, usize>,
    by_org: HashMap<&'r str, Vec<usize>>,
    outgoing: HashMap<&'r str, Vec<RelationAt>>,
    incoming: HashMap<&'r str, Vec<RelationAt>>,
    duties: HashMap<&'r str, Vec<DutyAt>>,
    links_by_statement: HashMap<String, Vec<usize>>,
    links_by_control: HashMap<String, Vec<usize>>,
    hierarchy: Hierarchy<'r>,
}

impl<'r> RegisterIndex<'r> {
    /// Indexes a register (linear in its size). With duplicate ids the first
    /// element wins (duplicates are SD201).
    pub fn new(reg: &'r Register) -> Self {
        let mut documents = HashMap::with_capacity(reg.documents.len());
        let mut by_org: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut outgoing: HashMap<&str, Vec<RelationAt>> = HashMap::new();
        let mut incoming: HashMap<&str, Vec<RelationAt>> = HashMap::new();
        let mut duties: HashMap<&str, Vec<DutyAt>> = HashMap::new();
        for (i, d) in reg.documents.iter().enumerate() {
            documents.entry(d.id.as_str()).or_insert(i);
            by_org.entry(org_str(d)).or_default().push(i);
            for (j, r) in d.relations.iter().enumerate() {
                let at = RelationAt {
                    document: i,
                    relation: j,
                };
                outgoing
                    .entry(r.subject_or(&d.id).as_str())
                    .or_default()
                    .push(at);
                for t in r.targets() {
                    incoming.entry(t.as_str()).or_default().push(at);
                }
            }
            for (j, duty) in d.duties.iter().enumerate() {
                duties
                    .entry(duty.holder.as_str())
                    .or_default()
                    .push(DutyAt {
                        document: i,
                        duty: j,
                    });
            }
        }
        let mut organisations = HashMap::with_capacity(reg.organisations.len());
        for (i, o) in reg.organisations.iter().enumerate() {
            organisations.entry(o.id.as_str()).or_insert(i);
        }
        let mut links_by_statement: HashMap<String, Vec<usize>> = HashMap::new();
        let mut links_by_control: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, l) in reg.control_links.iter().enumerate() {
            links_by_statement
                .entry(l.statement.to_string())
                .or_default()
                .push(i);
            links_by_control
                .entry(l.control.to_string())
                .or_default()
                .push(i);
        }
        RegisterIndex {
            reg,
            documents,
            organisations,
            by_org,
            outgoing,
            incoming,
            duties,
            links_by_statement,
            links_by_control,
            hierarchy: Hierarchy::new(reg),
        }
    }

    /// The register.
    pub fn register(&self) -> &'r Register {
        self.reg
    }

    /// The ranking of bodies.
    pub fn hierarchy(&self) -> &Hierarchy<'r> {
        &self.hierarchy
    }

    /// The position of the document with this id.
    pub fn document_ix(&self, id: &str) -> Option<usize> {
        self.documents.get(id).copied()
    }

    /// The document with this id.
    pub fn document(&self, id: &str) -> Option<&'r Document> {
        self.document_ix(id).and_then(|i| self.reg.documents.get(i))
    }

    /// The organisation with this id.
    pub fn organisation(&self, id: &str) -> Option<&'r Organisation> {
        self.organisations
            .get(id)
            .and_then(|&i| self.reg.organisations.get(i))
    }

    /// The documents of an organisation (by the organisation part of their
    /// id), in register order.
    pub fn documents_of(&self, org: &str) -> impl Iterator<Item = (usize, &'r Document)> + '_ {
        self.by_org
            .get(org)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.reg.documents.get(i).map(|d| (i, d)))
    }

    fn relation(&self, at: RelationAt) -> Option<(&'r Document, &'r Relation)> {
        let d = self.reg.documents.get(at.document)?;
        Some((d, d.relations.get(at.relation)?))
    }

    /// Relations whose subject is this document (stated by it or about it).
    pub fn relations_from(
        &self,
        id: &str,
    ) -> impl Iterator<Item = (RelationAt, &'r Relation)> + '_ {
        self.outgoing
            .get(id)
            .into_iter()
            .flatten()
            .filter_map(|&at| self.relation(at).map(|(_, r)| (at, r)))
    }

    /// Relations that point at this document (as target or candidate).
    pub fn relations_to(&self, id: &str) -> impl Iterator<Item = (RelationAt, &'r Relation)> + '_ {
        self.incoming
            .get(id)
            .into_iter()
            .flatten()
            .filter_map(|&at| self.relation(at).map(|(_, r)| (at, r)))
    }

    /// The first relation between two documents, in either direction: where
    /// a diagnostic about the pair is best located.
    pub fn relation_between(&self, a: &str, b: &str) -> Option<RelationAt> {
        let hits = |r: &Relation, x: &str| r.targets().any(|t| t.as_str() == x);
        let ab = self.relations_from(a).find(|(_, r)| hits(r, b));
        let ba = self.relations_from(b).find(|(_, r)| hits(r, a));
        match (ab, ba) {
            (Some((x, _)), Some((y, _))) => {
                Some(if (x.document, x.relation) <= (y.document, y.relation) {
                    x
                } else {
                    y
                })
            }
            (Some((x, _)), None) | (None, Some((x, _))) => Some(x),
            (None, None) => None,
        }
    }

    /// Duties held by a party (by its id as written in `holder`).
    pub fn duties_of(&self, holder: &str) -> &[DutyAt] {
        self.duties.get(holder).map_or(&[], Vec::as_slice)
    }

    /// Control links (positions in `control_links`) of a statement.
    pub fn links_of_statement(&self, statement: &str) -> &[usize] {
        self.links_by_statement
            .get(statement)
            .map_or(&[], Vec::as_slice)
    }

    /// Control links (positions in `control_links`) to a control
    /// (`iso27001:2022/5.24`).
    pub fn links_to_control(&self, control: &str) -> &[usize] {
        self.links_by_control
            .get(control)
            .map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relations_both_ways_and_pairs() {
        let loaded = crate::bundled();
        let Some(reg) = loaded.register.as_ref() else {
            panic!("bundled register unreadable");
        };
        let ix = RegisterIndex::new(reg);
        let mut found = 0;
        for (i, d) in reg.documents.iter().enumerate() {
            assert_eq!(
                ix.document_ix(d.id.as_str())
                    .map(|j| reg.documents[j].id == d.id),
                Some(true)
            );
            for (j, r) in d.relations.iter().enumerate() {
                let s = r.subject_or(&d.id);
                for t in r.targets() {
                    let at = ix.relation_between(s.as_str(), t.as_str());
                    assert!(at.is_some(), "{s} -> {t}");
                    assert!(ix.relations_to(t.as_str()).any(|(a, _)| a
                        == RelationAt {
                            document: i,
                            relation: j
                        }));
                    found += 1;
                }
            }
        }
        assert!(found > 0);
        for o in &reg.organisations {
            let n = ix.documents_of(o.id.as_str()).count();
            assert_eq!(n, reg.documents.iter().filter(|d| d.org() == o.id).count());
        }
    }
}
