use styrdok_core::{DocumentKind, OrgId};
use styrdok_graph::{DocumentGraph, EdgeKind, GraphError};
use styrdok_model::{Relation, RelationKind};

use crate::fixtures::*;

fn chain() -> Vec<styrdok_model::Document> {
    // a (2000) <- b (2005) <- c (2010), d (2012) amends c, p (2001) partly replaced by c.
    let a = doc("k/a", DocumentKind::Policy, "2000-01-01");
    let mut b = doc("k/b", DocumentKind::Policy, "2005-01-01");
    b.relations
        .push(Relation::to(RelationKind::Replaces, a.id.clone()));
    let mut c = doc("k/c", DocumentKind::Policy, "2010-01-01");
    c.relations
        .push(Relation::to(RelationKind::Replaces, b.id.clone()));
    let mut part = Relation::to(RelationKind::ReplacesInPart, id("k/p"));
    part.sections = vec!["2".into()];
    c.relations.push(part);
    let mut d = doc("k/d", DocumentKind::Policy, "2012-01-01");
    d.relations
        .push(Relation::to(RelationKind::Amends, c.id.clone()));
    let p = doc("k/p", DocumentKind::Riktlinje, "2001-01-01");
    let other = doc("other/x", DocumentKind::Policy, "2001-01-01");
    vec![a, b, c, d, p, other]
}

#[test]
fn current_successor_follows_chains() {
    let docs = chain();
    let g = DocumentGraph::build(&docs);
    assert_eq!(g.current_successor(&id("k/a"), None).unwrap(), [id("k/c")]);
    assert_eq!(
        g.current_successor(&id("k/a"), Some(day("2006-01-01")))
            .unwrap(),
        [id("k/b")]
    );
    assert_eq!(
        g.current_successor(&id("k/a"), Some(day("2001-01-01")))
            .unwrap(),
        [id("k/a")]
    );
    assert_eq!(g.current_successor(&id("k/c"), None).unwrap(), [id("k/c")]);
    assert!(matches!(
        g.current_successor(&id("k/zz"), None),
        Err(GraphError::UnknownDocument { .. })
    ));
}

#[test]
fn lineage_lists_predecessors_and_successors() {
    let docs = chain();
    let g = DocumentGraph::build(&docs);
    let l = g.lineage(&id("k/b")).unwrap();
    let preds: Vec<_> = l
        .predecessors
        .iter()
        .map(|e| (e.id.as_str(), e.depth))
        .collect();
    assert_eq!(preds, [("k/a", 1)]);
    let succs: Vec<_> = l
        .successors
        .iter()
        .map(|e| (e.id.as_str(), e.relation, e.via.as_str(), e.depth))
        .collect();
    assert_eq!(
        succs,
        [
            ("k/c", EdgeKind::Replaces, "k/b", 1),
            ("k/d", EdgeKind::Amends, "k/c", 2)
        ]
    );
    let l = g.lineage(&id("k/p")).unwrap();
    assert_eq!(l.successors[0].sections, ["2"]);
    assert_eq!(l.successors[0].id, id("k/c"));
    // the chain continues past the partial replacement
    assert!(l.successors.iter().any(|e| e.id == id("k/d")));
}

#[test]
fn in_force_for_an_organisation() {
    let docs = chain();
    let g = DocumentGraph::build(&docs);
    let k: OrgId = "k".parse().unwrap();
    let r = g.in_force_at(day("2011-01-01"), Some(&k));
    let ids: Vec<_> = r.in_force.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["k/c", "k/p"]);
    assert!(r.possibly_in_force.is_empty());
    let all = g.in_force_at(day("2011-01-01"), None);
    assert_eq!(all.in_force.len(), 3);
    // Stockholm with an unknown program date: the program and what it
    // replaces are "possibly".
    let docs = bounded();
    let g = DocumentGraph::build(&docs);
    let r = g.in_force_at(day("2009-01-01"), None);
    assert!(r.possibly_in_force.iter().any(|d| d.id == id(PROGRAM)));
    assert!(r.possibly_in_force.iter().any(|d| d.id == id(TELEFON)));
    assert!(!r.in_force.iter().any(|d| d.id == id(TELEFON)));
}

#[test]
fn changes_between_dates() {
    let docs = chain();
    let g = DocumentGraph::build(&docs);
    let c = g.changes_between(day("2004-01-01"), day("2011-01-01"), None);
    let came: Vec<_> = c.came_into_force.iter().map(|x| x.id.as_str()).collect();
    let went: Vec<_> = c.went_out_of_force.iter().map(|x| x.id.as_str()).collect();
    let changed: Vec<_> = c.changed.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(came, ["k/c"]);
    assert_eq!(went, ["k/a"]);
    // b was decided and replaced within the period: not yet decided ->
    // superseded; p: in force -> partly superseded.
    assert_eq!(changed, ["k/b", "k/p"]);
    assert!(c.undetermined.is_empty());
}
