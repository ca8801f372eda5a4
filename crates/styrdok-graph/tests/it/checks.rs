use styrdok_core::{BodyKind, DateValue, Diagnostic, DocumentKind, Severity};
use styrdok_graph::{
    DocumentGraph, Edge, EdgeKind, GraphError, NoAuthority, Node, RankAuthority, check_integrity,
    codes,
};
use styrdok_model::{Relation, RelationKind, Section, Validity, ValidityKind};

use crate::fixtures::*;

fn codes_of(d: &[Diagnostic]) -> Vec<styrdok_core::DiagnosticCode> {
    d.iter().map(|d| d.code).collect()
}

fn rank(n: &Node) -> Option<u8> {
    match n.adopter_kind? {
        BodyKind::Fullmaktige => Some(3),
        BodyKind::Styrelse | BodyKind::Namnd => Some(2),
        _ => Some(1),
    }
}

#[test]
fn stockholm_fixture_is_clean() {
    let docs = known();
    let g = DocumentGraph::build(&docs);
    let d = check_integrity(&g, None, &RankAuthority(rank));
    assert!(d.iter().all(|d| !d.is_error()), "{d:#?}");
}

#[test]
fn cycle_is_refused_naming_it() {
    let mut a = doc("c/a", DocumentKind::Policy, "2001-01-01");
    let mut b = doc("c/b", DocumentKind::Policy, "2002-01-01");
    let mut c = doc("c/c", DocumentKind::Policy, "2003-01-01");
    a.relations
        .push(Relation::to(RelationKind::Replaces, c.id.clone()));
    b.relations
        .push(Relation::to(RelationKind::Replaces, a.id.clone()));
    c.relations
        .push(Relation::to(RelationKind::Amends, b.id.clone()));
    let g = DocumentGraph::build([&c, &a, &b]);
    let d = check_integrity(&g, None, &NoAuthority);
    let cyc: Vec<_> = d.iter().filter(|d| d.code == codes::CYCLE).collect();
    assert_eq!(cyc.len(), 1, "{d:#?}");
    // Insertion in id order: a->c, b->a accepted; c->b closes c->b->a->c.
    assert!(
        cyc[0].message.contains("c/c -> c/b -> c/a -> c/c"),
        "{}",
        cyc[0].message
    );
    assert_eq!(g.edge_count(), 2);
    // incremental API refuses too, and leaves the graph unchanged
    let mut g2 = g.clone();
    let err = g2
        .try_add_edge(
            &a.id,
            &b.id,
            Edge::new(EdgeKind::ReplacesInPart, a.id.clone()),
        )
        .unwrap_err();
    let GraphError::Cycle { cycle, .. } = &err else {
        panic!("{err:?}")
    };
    assert_eq!(cycle.first(), cycle.last());
    assert_eq!(g2.edge_count(), 2);
    // references may go round
    g2.try_add_edge(&a.id, &b.id, Edge::new(EdgeKind::References, a.id.clone()))
        .unwrap();
    // a self-replacement is a cycle of length one
    assert!(
        g2.try_add_edge(&a.id, &a.id, Edge::new(EdgeKind::Replaces, a.id.clone()))
            .is_err()
    );
}

#[test]
fn forks_time_order_authority_sections_dangling() {
    let mut old = doc("m/old", DocumentKind::Policy, "2010-01-01");
    old.adopter_kind = Some(BodyKind::Fullmaktige);
    old.sections = vec![Section::new("1", None), Section::new("2", None)];
    let mut n1 = doc("m/n1", DocumentKind::Policy, "2012-01-01");
    n1.adopter_kind = Some(BodyKind::Fullmaktige);
    n1.relations
        .push(Relation::to(RelationKind::Replaces, old.id.clone()));
    let mut n2 = doc("m/n2", DocumentKind::Riktlinje, "2009-01-01");
    n2.adopter_kind = Some(BodyKind::Styrelse);
    n2.relations
        .push(Relation::to(RelationKind::Replaces, old.id.clone()));
    let mut part = Relation::to(RelationKind::ReplacesInPart, old.id.clone());
    part.sections = vec!["7".into()];
    n2.relations.push(part);
    n2.relations
        .push(Relation::to(RelationKind::Replaces, id("m/ghost")));
    let g = DocumentGraph::build([&old, &n1, &n2]);
    let d = check_integrity(&g, None, &RankAuthority(rank));
    let c = codes_of(&d);
    for want in [
        codes::TWO_SUCCESSORS,
        codes::REPLACES_LATER,
        codes::AUTHORITY,
        codes::MISSING_SECTION,
        codes::DANGLING_TARGET,
    ] {
        assert!(c.contains(&want), "{want} missing in {d:#?}");
    }
    let fork = d.iter().find(|d| d.code == codes::TWO_SUCCESSORS).unwrap();
    assert_eq!(fork.subjects, ["m/old", "m/n1", "m/n2"]);
    let auth = d.iter().find(|d| d.code == codes::AUTHORITY).unwrap();
    assert!(auth.subjects.contains(&"m/n2".to_string()));
    assert!(
        !d.iter()
            .any(|d| d.code == codes::AUTHORITY && d.subjects[0] == "m/n1")
    );
    let sec = d.iter().find(|d| d.code == codes::MISSING_SECTION).unwrap();
    assert!(sec.message.contains("section 7"), "{}", sec.message);
    // Without authority information that check is silent.
    let d = check_integrity(&g, None, &NoAuthority);
    assert!(!codes_of(&d).contains(&codes::AUTHORITY));
    // The dangling target is a node with unknown status.
    assert_eq!(
        g.status_at(&id("m/ghost"), day("2020-01-01"))
            .unwrap()
            .kind(),
        styrdok_graph::StatusKind::Unknown
    );
}

#[test]
fn same_body_may_replace_its_own() {
    let mut old = doc("s/old", DocumentKind::Riktlinje, "2010-01-01");
    old.adopted_by = Some(party("s/ks"));
    old.adopter_kind = Some(BodyKind::Styrelse);
    let mut new = doc("s/new", DocumentKind::Riktlinje, "2012-01-01");
    new.adopted_by = Some(party("s/ks"));
    new.adopter_kind = Some(BodyKind::Styrelse);
    new.relations
        .push(Relation::to(RelationKind::Replaces, old.id.clone()));
    let mut other = doc("s/other", DocumentKind::Riktlinje, "2013-01-01");
    other.adopted_by = Some(party("s/bun"));
    other.adopter_kind = Some(BodyKind::Namnd);
    other
        .relations
        .push(Relation::to(RelationKind::Repeals, new.id.clone()));
    let g = DocumentGraph::build([&old, &new, &other]);
    let d = check_integrity(&g, None, &RankAuthority(rank));
    let auth: Vec<_> = d.iter().filter(|d| d.code == codes::AUTHORITY).collect();
    assert_eq!(auth.len(), 1, "{d:#?}");
    assert_eq!(auth[0].subjects, ["s/other", "s/new"]);
}

#[test]
fn parent_not_in_force_and_still_declared() {
    let policy = doc("p/policy", DocumentKind::Policy, "2010-01-01");
    let mut repeal = doc("p/repeal", DocumentKind::Policy, "2015-01-01");
    repeal
        .relations
        .push(Relation::to(RelationKind::Repeals, policy.id.clone()));
    let mut rikt = doc("p/rikt", DocumentKind::Riktlinje, "2011-01-01");
    rikt.relations
        .push(Relation::to(RelationKind::Concretizes, policy.id.clone()));
    let mut late = doc("p/late", DocumentKind::Riktlinje, "2016-01-01");
    late.relations
        .push(Relation::to(RelationKind::Complements, policy.id.clone()));
    let mut declared = doc("p/declared", DocumentKind::Policy, "2008-01-01");
    let mut v = Validity::new(ValidityKind::UntilDate);
    v.until = DateValue::day(day("2020-12-31")).unwrap();
    declared.validity = Some(v);
    repeal
        .relations
        .push(Relation::to(RelationKind::Replaces, declared.id.clone()));
    let g = DocumentGraph::build([&policy, &repeal, &rikt, &late, &declared]);
    let d = check_integrity(&g, Some(day("2016-06-01")), &NoAuthority);
    let parent: Vec<_> = d
        .iter()
        .filter(|d| d.code == codes::PARENT_NOT_IN_FORCE)
        .collect();
    assert_eq!(parent.len(), 1, "{d:#?}");
    assert_eq!(parent[0].severity, Severity::Warning);
    assert_eq!(parent[0].subjects, ["p/rikt", "p/policy"]);
    // At a date before the repeal nothing is wrong with the parent.
    let d2 = check_integrity(&g, Some(day("2012-01-01")), &NoAuthority);
    assert!(!codes_of(&d2).contains(&codes::PARENT_NOT_IN_FORCE));
    let still: Vec<_> = d
        .iter()
        .filter(|d| d.code == codes::STILL_DECLARED_IN_FORCE)
        .collect();
    assert_eq!(still.len(), 2, "{still:#?}");
    assert!(
        still
            .iter()
            .any(|d| d.subjects == ["p/declared", "p/repeal"])
    );
    assert!(still.iter().any(|d| d.subjects == ["p/policy", "p/late"]));
}

#[test]
fn duplicate_ids_and_orphan_stubs() {
    let a = doc("d/a", DocumentKind::Policy, "2010-01-01");
    let a2 = doc("d/a", DocumentKind::Riktlinje, "2011-01-01");
    let mut s = doc("d/stub", DocumentKind::Policy, "2001-01-01");
    s.citation = Some(styrdok_model::Citation {
        cited_in: a.id.clone(),
        section: None,
        as_written: "en policy".into(),
        also_mentioned_as: vec![],
    });
    let g = DocumentGraph::build([&a, &a2, &s]);
    let d = check_integrity(&g, None, &NoAuthority);
    assert_eq!(codes_of(&d), [codes::DUPLICATE_ID, codes::ORPHAN_STUB]);
    assert_eq!(g.node_count(), 2);
}
