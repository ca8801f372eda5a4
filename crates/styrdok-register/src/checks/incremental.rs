//! Validate as you type: a loaded register kept checked while an app edits
//! it one document at a time.
//!
//! [`Session`] holds a register and the diagnostics of [`check_all`] on it.
//! Replacing, inserting or removing one document returns the diagnostics
//! that appeared and those that disappeared, with pointers valid for the
//! updated register, without re-checking the whole register: only the
//! documents the edit can affect are checked again. Those are the
//! *neighbourhood* of the edited document — every document connected to it,
//! directly or through others, by a relation, a `requires`, a citation, a
//! duty's statement link or a statement id, together with documents that
//! share its id — and the control links of their statements. Every check is
//! local to such a neighbourhood (references resolve inside it, the graph
//! checks look only along relations), so checking the neighbourhood as a
//! register of its own, with every organisation, source and profile, gives
//! exactly the diagnostics a full re-check gives for it (a property test
//! compares the two after random edits).
//!
//! Organisation-level checks do not depend on documents except for a
//! delegation naming a document; an edit of a document some delegation
//! names falls back to a full re-check.

use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

use chrono::NaiveDate;
use styrdok_core::Diagnostic;
use styrdok_model::Document;

use super::check_all;
use crate::Register;

/// What an edit changed in the diagnostics.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Delta {
    /// Diagnostics that the updated register has and the old one did not.
    pub appeared: Vec<Diagnostic>,
    /// Diagnostics that the old register had and the updated one has not
    /// (with their pointers into the old register).
    pub disappeared: Vec<Diagnostic>,
    /// How many documents were checked again.
    pub rechecked: usize,
}

/// A register kept checked under edits; see the module documentation.
#[derive(Debug, Clone)]
pub struct Session {
    reg: Register,
    at: Option<NaiveDate>,
    /// Diagnostics about one document, by its position.
    by_document: Vec<Vec<Diagnostic>>,
    /// Diagnostics about one control link, by its position.
    by_link: Vec<Vec<Diagnostic>>,
    /// Every other diagnostic (organisations, sources, settings).
    other: Vec<Diagnostic>,
    /// Positions of documents by id.
    positions: HashMap<String, Vec<usize>>,
    /// Ids of the documents that refer to an id (the reverse of [`refs`]).
    referrers: HashMap<String, HashSet<String>>,
    /// Control links by the document their statement names.
    links: HashMap<String, Vec<usize>>,
    /// Document ids that delegations name.
    delegated: HashSet<String>,
}

/// Ids of the documents a document refers to: relation subjects, targets
/// and candidates, `requires` fulfilled by, the citation, the documents its
/// duties' statement links and its statement ids name.
fn refs(d: &Document) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    for r in &d.relations {
        if let Some(s) = &r.subject {
            out.insert(s.as_str());
        }
        for t in r.targets() {
            out.insert(t.as_str());
        }
    }
    for r in &d.requires {
        if let Some(f) = &r.fulfilled_by {
            out.insert(f.as_str());
        }
    }
    if let Some(c) = &d.citation {
        out.insert(c.cited_in.as_str());
    }
    for s in &d.statements {
        out.insert(s.id.document().as_str());
    }
    for duty in &d.duties {
        for l in &duty.statements {
            out.insert(l.statement.document().as_str());
        }
    }
    out.remove(d.id.as_str());
    out
}

/// Which list a register pointer is into, and the position there.
enum Scope {
    Document(usize),
    Link(usize),
    Other,
}

fn scope(d: &Diagnostic) -> Scope {
    let Some(p) = d.location.as_ref().map(|l| l.pointer.as_str()) else {
        return Scope::Other;
    };
    let mut parts = p.split('/').skip(1);
    let part = parts.next();
    let ix = parts.next().and_then(|i| i.parse::<usize>().ok());
    match (part, ix) {
        (Some("documents"), Some(i)) => Scope::Document(i),
        (Some("control_links"), Some(i)) => Scope::Link(i),
        _ => Scope::Other,
    }
}

/// Replaces the list index of a pointer (`/documents/3/...` with `to` 7 →
/// `/documents/7/...`).
fn repoint(d: &mut Diagnostic, part: &str, to: usize) {
    if let Some(loc) = &mut d.location {
        let prefix = format!("/{part}/");
        if let Some(rest) = loc.pointer.strip_prefix(&prefix) {
            let tail = rest.find('/').map_or("", |i| rest.get(i..).unwrap_or(""));
            loc.pointer = format!("{prefix}{to}{tail}");
        }
    }
}

impl Session {
    /// Checks a register fully ([`check_all`] at `at`) and keeps it.
    pub fn new(reg: Register, at: Option<NaiveDate>) -> Self {
        let mut s = Session {
            reg,
            at,
            by_document: Vec::new(),
            by_link: Vec::new(),
            other: Vec::new(),
            positions: HashMap::new(),
            referrers: HashMap::new(),
            links: HashMap::new(),
            delegated: HashSet::new(),
        };
        s.reindex();
        let all = check_all(&s.reg, at, &BTreeSet::new());
        s.file(all);
        s
    }

    /// The register as edited so far.
    pub fn register(&self) -> &Register {
        &self.reg
    }

    /// Every diagnostic of the register as edited so far (documents in
    /// register order, then control links, then the rest).
    pub fn diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        self.by_document
            .iter()
            .flatten()
            .chain(self.by_link.iter().flatten())
            .chain(self.other.iter())
    }

    fn reindex(&mut self) {
        self.positions.clear();
        self.referrers.clear();
        self.links.clear();
        for (i, d) in self.reg.documents.iter().enumerate() {
            self.positions.entry(d.id.to_string()).or_default().push(i);
            for r in refs(d) {
                self.referrers
                    .entry(r.to_owned())
                    .or_default()
                    .insert(d.id.to_string());
            }
        }
        for (k, l) in self.reg.control_links.iter().enumerate() {
            self.links
                .entry(l.statement.document().to_string())
                .or_default()
                .push(k);
        }
        self.delegated = self
            .reg
            .organisations
            .iter()
            .flat_map(|o| &o.delegations)
            .filter_map(|d| d.document.as_ref().map(|x| x.to_string()))
            .collect();
        self.by_document
            .resize_with(self.reg.documents.len(), Vec::new);
        self.by_link
            .resize_with(self.reg.control_links.len(), Vec::new);
    }

    /// Files diagnostics of a full check.
    fn file(&mut self, all: Vec<Diagnostic>) {
        self.by_document = vec![Vec::new(); self.reg.documents.len()];
        self.by_link = vec![Vec::new(); self.reg.control_links.len()];
        self.other.clear();
        for d in all {
            match scope(&d) {
                Scope::Document(i) if i < self.by_document.len() => {
                    if let Some(v) = self.by_document.get_mut(i) {
                        v.push(d);
                    }
                }
                Scope::Link(k) if k < self.by_link.len() => {
                    if let Some(v) = self.by_link.get_mut(k) {
                        v.push(d);
                    }
                }
                _ => self.other.push(d),
            }
        }
    }

    fn add_refs(&mut self, d_ix: usize) {
        let Some(d) = self.reg.documents.get(d_ix) else {
            return;
        };
        let id = d.id.to_string();
        for r in refs(d) {
            self.referrers
                .entry(r.to_owned())
                .or_default()
                .insert(id.clone());
        }
    }

    fn drop_refs(&mut self, d: &Document) {
        let id = d.id.as_str();
        // Another document with the same id may still refer to the same.
        let others: Vec<BTreeSet<&str>> = self
            .positions
            .get(id)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.reg.documents.get(i))
            .map(refs)
            .collect();
        for r in refs(d) {
            if others.iter().any(|o| o.contains(r)) {
                continue;
            }
            if let Some(set) = self.referrers.get_mut(r) {
                set.remove(id);
            }
        }
    }

    /// Replaces the document at `position` (its id may change). `None` when
    /// there is no such position.
    pub fn replace(&mut self, position: usize, doc: Document) -> Option<Delta> {
        let old = self.reg.documents.get(position)?.clone();
        let touches_delegation =
            self.delegated.contains(old.id.as_str()) || self.delegated.contains(doc.id.as_str());
        let mut seeds: BTreeSet<String> = refs(&old).into_iter().map(str::to_owned).collect();
        seeds.extend(refs(&doc).into_iter().map(str::to_owned));
        seeds.insert(old.id.to_string());
        seeds.insert(doc.id.to_string());
        let id_changed = old.id != doc.id;
        if let Some(slot) = self.reg.documents.get_mut(position) {
            *slot = doc;
        }
        if id_changed {
            if let Some(v) = self.positions.get_mut(old.id.as_str()) {
                v.retain(|&i| i != position);
            }
            if let Some(d) = self.reg.documents.get(position) {
                let v = self.positions.entry(d.id.to_string()).or_default();
                v.push(position);
                v.sort_unstable();
            }
        }
        self.drop_refs(&old);
        self.add_refs(position);
        if touches_delegation {
            return Some(self.full());
        }
        Some(self.recheck(&seeds))
    }

    /// Inserts a document at the end of the register.
    pub fn insert(&mut self, doc: Document) -> Delta {
        let position = self.reg.documents.len();
        let touches_delegation = self.delegated.contains(doc.id.as_str());
        let mut seeds: BTreeSet<String> = refs(&doc).into_iter().map(str::to_owned).collect();
        seeds.insert(doc.id.to_string());
        self.positions
            .entry(doc.id.to_string())
            .or_default()
            .push(position);
        self.reg.documents.push(doc);
        self.by_document.push(Vec::new());
        self.add_refs(position);
        if touches_delegation {
            return self.full();
        }
        self.recheck(&seeds)
    }

    /// Removes the document at `position`; later documents move up one
    /// place (their diagnostics' pointers with them). `None` when there is
    /// no such position.
    pub fn remove(&mut self, position: usize) -> Option<Delta> {
        let old = self.reg.documents.get(position)?.clone();
        let mut seeds: BTreeSet<String> = refs(&old).into_iter().map(str::to_owned).collect();
        seeds.insert(old.id.to_string());
        // Its diagnostics disappear; every later document moves up.
        let gone = if position < self.by_document.len() {
            self.by_document.remove(position)
        } else {
            Vec::new()
        };
        self.reg.documents.remove(position);
        for (i, diags) in self.by_document.iter_mut().enumerate().skip(position) {
            for d in diags {
                repoint(d, "documents", i);
            }
        }
        self.positions.clear();
        for (i, d) in self.reg.documents.iter().enumerate() {
            self.positions.entry(d.id.to_string()).or_default().push(i);
        }
        self.drop_refs(&old);
        if self.delegated.contains(old.id.as_str()) {
            let mut delta = self.full();
            delta.disappeared.extend(gone);
            return Some(delta);
        }
        let mut delta = self.recheck(&seeds);
        delta.disappeared.extend(gone);
        Some(delta)
    }

    /// A full re-check (the fallback), as a delta.
    fn full(&mut self) -> Delta {
        let before: Vec<Diagnostic> = self.diagnostics().cloned().collect();
        self.reindex();
        let all = check_all(&self.reg, self.at, &BTreeSet::new());
        self.file(all);
        let after: Vec<Diagnostic> = self.diagnostics().cloned().collect();
        let mut delta = diff(before, after);
        delta.rechecked = self.reg.documents.len();
        delta
    }

    /// Checks the neighbourhood of `seeds` again.
    fn recheck(&mut self, seeds: &BTreeSet<String>) -> Delta {
        // The neighbourhood: ids reachable along references both ways.
        let mut ids: HashSet<&str> = HashSet::new();
        let mut queue: VecDeque<&str> = seeds.iter().map(String::as_str).collect();
        while let Some(id) = queue.pop_front() {
            if !ids.insert(id) {
                continue;
            }
            for &i in self.positions.get(id).into_iter().flatten() {
                if let Some(d) = self.reg.documents.get(i) {
                    queue.extend(refs(d));
                }
            }
            for r in self.referrers.get(id).into_iter().flatten() {
                queue.push_back(r.as_str());
            }
        }
        let mut docs: Vec<usize> = ids
            .iter()
            .flat_map(|id| self.positions.get(*id).into_iter().flatten().copied())
            .collect();
        docs.sort_unstable();
        docs.dedup();
        let mut links: Vec<usize> = ids
            .iter()
            .flat_map(|id| self.links.get(*id).into_iter().flatten().copied())
            .collect();
        links.sort_unstable();
        links.dedup();
        // The neighbourhood as a register of its own.
        let mut sub = Register::new();
        sub.profiles.clone_from(&self.reg.profiles);
        sub.sources.clone_from(&self.reg.sources);
        sub.organisations.clone_from(&self.reg.organisations);
        sub.settings.clone_from(&self.reg.settings);
        sub.documents = docs
            .iter()
            .filter_map(|&i| self.reg.documents.get(i).cloned())
            .collect();
        sub.control_links = links
            .iter()
            .filter_map(|&k| self.reg.control_links.get(k).cloned())
            .collect();
        let fresh = check_all(&sub, self.at, &BTreeSet::new());
        let mut new_docs: HashMap<usize, Vec<Diagnostic>> = HashMap::new();
        let mut new_links: HashMap<usize, Vec<Diagnostic>> = HashMap::new();
        for mut d in fresh {
            match scope(&d) {
                Scope::Document(k) => {
                    if let Some(&i) = docs.get(k) {
                        repoint(&mut d, "documents", i);
                        new_docs.entry(i).or_default().push(d);
                    }
                }
                Scope::Link(k) => {
                    if let Some(&i) = links.get(k) {
                        repoint(&mut d, "control_links", i);
                        new_links.entry(i).or_default().push(d);
                    }
                }
                // Organisation-level diagnostics do not depend on the
                // documents (see the module documentation).
                Scope::Other => {}
            }
        }
        let mut delta = Delta {
            rechecked: docs.len(),
            ..Delta::default()
        };
        for i in docs {
            let new = new_docs.remove(&i).unwrap_or_default();
            if let Some(slot) = self.by_document.get_mut(i) {
                let old = std::mem::replace(slot, new.clone());
                let d = diff(old, new);
                delta.appeared.extend(d.appeared);
                delta.disappeared.extend(d.disappeared);
            }
        }
        for k in links {
            let new = new_links.remove(&k).unwrap_or_default();
            if let Some(slot) = self.by_link.get_mut(k) {
                let old = std::mem::replace(slot, new.clone());
                let d = diff(old, new);
                delta.appeared.extend(d.appeared);
                delta.disappeared.extend(d.disappeared);
            }
        }
        delta
    }
}

/// What is in `after` and not in `before`, and the other way round
/// (as multisets).
fn diff(before: Vec<Diagnostic>, after: Vec<Diagnostic>) -> Delta {
    let mut left: Vec<Option<Diagnostic>> = before.into_iter().map(Some).collect();
    let mut appeared = Vec::new();
    for a in after {
        match left.iter_mut().find(|b| b.as_ref() == Some(&a)) {
            Some(slot) => *slot = None,
            None => appeared.push(a),
        }
    }
    Delta {
        appeared,
        disappeared: left.into_iter().flatten().collect(),
        rechecked: 0,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use styrdok_model::Relation;

    use super::*;
    use crate::generate::{GenOptions, generate};

    fn base() -> Register {
        match generate(&GenOptions {
            orgs: 3,
            docs_per_org: 40,
            seed: 3,
            errors: Default::default(),
        }) {
            Ok(r) => r,
            Err(e) => panic!("{e}"),
        }
    }

    fn key(d: &Diagnostic) -> String {
        serde_json::to_string(d).unwrap_or_default()
    }

    fn sorted<'a>(it: impl Iterator<Item = &'a Diagnostic>) -> Vec<String> {
        let mut v: Vec<String> = it.map(key).collect();
        v.sort();
        v
    }

    /// An edit: which document, what to do, and a second document to point
    /// at.
    #[derive(Debug, Clone)]
    enum Edit {
        DanglingHolder(usize),
        Retarget(usize, usize),
        Rename(usize),
        RenameTo(usize, usize),
        ChangeDate(usize, u16),
        DropRelations(usize),
        Duplicate(usize),
        Remove(usize),
    }

    fn edit() -> impl Strategy<Value = Edit> {
        prop_oneof![
            any::<usize>().prop_map(Edit::DanglingHolder),
            (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Retarget(a, b)),
            any::<usize>().prop_map(Edit::Rename),
            (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::RenameTo(a, b)),
            (any::<usize>(), 1950u16..2030).prop_map(|(a, y)| Edit::ChangeDate(a, y)),
            any::<usize>().prop_map(Edit::DropRelations),
            any::<usize>().prop_map(Edit::Duplicate),
            any::<usize>().prop_map(Edit::Remove),
        ]
    }

    fn apply(s: &mut Session, e: &Edit) -> Option<Delta> {
        let n = s.register().documents.len();
        if n == 0 {
            return None;
        }
        let doc = |i: usize| s.register().documents.get(i % n).cloned();
        match e {
            Edit::DanglingHolder(i) => {
                let mut d = doc(*i)?;
                if let Some(duty) = d.duties.first_mut() {
                    duty.holder = format!("{}/nobody", d.id.organisation()).parse().ok()?;
                }
                s.replace(i % n, d)
            }
            Edit::Retarget(i, j) => {
                let mut d = doc(*i)?;
                let t = doc(*j)?.id;
                d.relations
                    .push(Relation::to(styrdok_model::RelationKind::Replaces, t));
                s.replace(i % n, d)
            }
            Edit::Rename(i) => {
                let mut d = doc(*i)?;
                d.id = format!("{}-x", d.id).parse().ok()?;
                s.replace(i % n, d)
            }
            Edit::RenameTo(i, j) => {
                let mut d = doc(*i)?;
                d.id = doc(*j)?.id;
                s.replace(i % n, d)
            }
            Edit::ChangeDate(i, y) => {
                let mut d = doc(*i)?;
                d.decision_date = serde_json::from_str(&format!("\"{y}-06-01\"")).ok()?;
                s.replace(i % n, d)
            }
            Edit::DropRelations(i) => {
                let mut d = doc(*i)?;
                d.relations.clear();
                s.replace(i % n, d)
            }
            Edit::Duplicate(i) => {
                let d = doc(*i)?;
                Some(s.insert(d))
            }
            Edit::Remove(i) => s.remove(i % n),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]
        /// After random edits, the session's diagnostics equal those of a
        /// full re-check, and each delta is the difference.
        #[test]
        fn incremental_equals_full_recheck(edits in proptest::collection::vec(edit(), 1..6)) {
            let at = NaiveDate::from_ymd_opt(2024, 1, 1);
            let mut s = Session::new(base(), at);
            for e in &edits {
                let before = sorted(s.diagnostics());
                let Some(delta) = apply(&mut s, e) else { continue };
                let full = check_all(s.register(), at, &BTreeSet::new());
                prop_assert_eq!(sorted(s.diagnostics()), sorted(full.iter()), "after {:?}", e);
                // Nothing appears that was there before unchanged and
                // removed + appeared explains the change in count.
                let after = sorted(s.diagnostics());
                prop_assert_eq!(
                    before.len() + delta.appeared.len() - delta.disappeared.len(),
                    after.len()
                );
                prop_assert!(delta.rechecked < s.register().documents.len() || delta.rechecked == s.register().documents.len());
            }
        }
    }

    #[test]
    fn a_dangling_holder_appears_and_disappears() {
        let mut s = Session::new(base(), None);
        let Some(orig) = s.register().documents.first().cloned() else {
            panic!("empty");
        };
        let mut d = orig.clone();
        if let Some(duty) = d.duties.first_mut() {
            duty.holder = format!("{}/nobody", d.id.organisation()).parse().unwrap();
        }
        let Some(delta) = s.replace(0, d) else {
            panic!("no position 0")
        };
        assert_eq!(delta.appeared.len(), 1, "{delta:#?}");
        assert_eq!(
            delta.appeared.first().map(|d| d.code.to_string()),
            Some("SD203".into())
        );
        assert!(delta.rechecked < s.register().documents.len());
        let Some(back) = s.replace(0, orig) else {
            panic!("no position 0")
        };
        assert_eq!(back.disappeared.len(), 1);
        assert!(back.appeared.is_empty());
    }
}
