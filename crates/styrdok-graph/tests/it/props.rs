//! Property tests of the invariants the issue lists.

use chrono::{Days, NaiveDate};
use petgraph::algo::is_cyclic_directed;
use petgraph::graph::DiGraph;
use proptest::prelude::*;
use styrdok_core::{DateValue, DocumentKind, PartialDate, Tri};
use styrdok_graph::{DocumentGraph, Edge, EdgeKind, Node, Status, StatusKind};
use styrdok_model::{Document, Relation, RelationKind, Section};

use crate::fixtures::id;

fn base() -> NaiveDate {
    NaiveDate::from_ymd_opt(2000, 1, 1).unwrap()
}

fn date_value() -> impl Strategy<Value = DateValue> {
    prop_oneof![
        1 => Just(DateValue::Unknown),
        5 => (0u64..4000).prop_map(|d| DateValue::day(base() + Days::new(d)).unwrap()),
        1 => (2000i32..2011).prop_map(|y| DateValue::Known(PartialDate::from_year(y).unwrap())),
        1 => (2000i32..2011).prop_map(|y| DateValue::Bounded { not_before: PartialDate::from_year(y).ok(), not_after: None }),
    ]
}

fn kind() -> impl Strategy<Value = RelationKind> {
    prop_oneof![
        Just(RelationKind::Replaces),
        Just(RelationKind::ReplacesInPart),
        Just(RelationKind::Repeals),
        Just(RelationKind::Amends),
        Just(RelationKind::ComplementedBy),
        Just(RelationKind::Concretizes),
        Just(RelationKind::References),
    ]
}

/// Random registers: up to 12 documents with random dates and random
/// relations between them (cycles included).
fn register() -> impl Strategy<Value = Vec<Document>> {
    (1usize..12).prop_flat_map(|n| {
        (
            prop::collection::vec(date_value(), n),
            prop::collection::vec((0..n, 0..n, kind(), any::<bool>()), 0..(n * 2)),
        )
            .prop_map(move |(dates, rels)| {
                let mut docs: Vec<Document> = (0..n)
                    .map(|i| {
                        let mut d = Document::new(id(&format!("p/d{i}")), DocumentKind::Policy);
                        d.stage = Some(styrdok_model::Stage::Adopted);
                        d.decision_date = dates[i];
                        d.sections = vec![Section::new("1", None), Section::new("2", None)];
                        d
                    })
                    .collect();
                for (a, b, k, announced) in rels {
                    let mut r = Relation::to(k, id(&format!("p/d{b}")));
                    if k == RelationKind::ReplacesInPart {
                        r.sections = vec!["1".into()];
                    }
                    r.announced = announced && a % 3 == 0;
                    docs[a].relations.push(r);
                }
                docs
            })
    })
}

fn supersession_is_acyclic(g: &DocumentGraph) -> bool {
    let ids: Vec<_> = g.nodes().map(|n| n.id.clone()).collect();
    let mut p: DiGraph<(), ()> = DiGraph::new();
    let ix: Vec<_> = ids.iter().map(|_| p.add_node(())).collect();
    let pos = |id: &styrdok_core::DocumentId| ids.iter().position(|x| x == id).unwrap();
    for (a, b, e) in g.edges() {
        if e.kind.is_supersession() && e.is_effective() {
            p.add_edge(ix[pos(&a.id)], ix[pos(&b.id)], ());
        }
    }
    !is_cyclic_directed(&p)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_in_force_and_wholly_superseded(docs in register(), day in 0u64..5000) {
        let g = DocumentGraph::build(&docs);
        let at = base() + Days::new(day);
        for (n, st) in g.statuses_at(at) {
            // wholly superseded at `at` per the edges, independently of the status code
            let replaced = g.incoming(&n.id).into_iter().any(|(s, e)| {
                e.kind.ends_whole() && e.is_effective()
                    && s.entry_into_force.on_or_before(at) == Tri::Yes
            });
            if replaced {
                prop_assert!(st.in_force() == Tri::No, "{} {:?}", n.id, st);
                let whole = matches!(st, Status::Superseded { .. } | Status::Repealed { .. });
                prop_assert!(whole, "{:?}", st);
            }
            if st.in_force() == Tri::Yes {
                prop_assert!(!replaced);
            }
        }
    }

    #[test]
    fn no_insertion_sequence_accepts_a_cycle(
        n in 2usize..10,
        ops in prop::collection::vec((0usize..10, 0usize..10, 0u8..4), 0..60),
    ) {
        let mut g = DocumentGraph::new();
        for i in 0..n {
            let mut d = Document::new(id(&format!("c/d{i}")), DocumentKind::Policy);
            d.decision_date = DateValue::Unknown;
            g.add_node(Node::from_document(&d)).unwrap();
        }
        let kinds = [EdgeKind::Replaces, EdgeKind::ReplacesInPart, EdgeKind::Repeals, EdgeKind::Amends];
        for (a, b, k) in ops {
            let (a, b) = (id(&format!("c/d{}", a % n)), id(&format!("c/d{}", b % n)));
            let before = g.edge_count();
            match g.try_add_edge(&a, &b, Edge::new(kinds[k as usize], a.clone())) {
                Ok(()) => prop_assert_eq!(g.edge_count(), before + 1),
                Err(styrdok_graph::GraphError::Cycle { cycle, .. }) => {
                    prop_assert_eq!(g.edge_count(), before);
                    prop_assert_eq!(cycle.first(), Some(&a));
                    prop_assert_eq!(cycle.last(), Some(&a));
                }
                Err(e) => prop_assert!(false, "{e}"),
            }
            prop_assert!(supersession_is_acyclic(&g));
        }
    }

    #[test]
    fn built_graphs_are_acyclic(docs in register()) {
        let g = DocumentGraph::build(&docs);
        prop_assert!(supersession_is_acyclic(&g));
    }

    #[test]
    fn one_in_force_along_a_chain(
        dates in prop::collection::vec(date_value(), 1..10),
        day in 0u64..5000,
    ) {
        // d0 <- d1 <- d2 ... each replacing the previous one wholly.
        let docs: Vec<Document> = dates.iter().enumerate().map(|(i, dv)| {
            let mut d = Document::new(id(&format!("k/d{i}")), DocumentKind::Policy);
            d.stage = Some(styrdok_model::Stage::Adopted);
            d.decision_date = *dv;
            if i > 0 {
                d.relations.push(Relation::to(RelationKind::Replaces, id(&format!("k/d{}", i - 1))));
            }
            d
        }).collect();
        let g = DocumentGraph::build(&docs);
        let at = base() + Days::new(day);
        let in_force = g.statuses_at(at).into_iter().filter(|(_, s)| s.in_force() == Tri::Yes).count();
        prop_assert!(in_force <= 1);
    }

    #[test]
    fn status_is_stable_under_reordering(docs in register(), day in 0u64..5000, seed in any::<u64>()) {
        let g1 = DocumentGraph::build(&docs);
        let mut shuffled = docs.clone();
        // a deterministic shuffle from the seed
        let mut s = seed | 1;
        for i in (1..shuffled.len()).rev() {
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            shuffled.swap(i, (s % (i as u64 + 1)) as usize);
        }
        let g2 = DocumentGraph::build(&shuffled);
        let at = base() + Days::new(day);
        let mut a: Vec<_> = g1.statuses_at(at).into_iter().map(|(n, s)| (n.id.clone(), s)).collect();
        let mut b: Vec<_> = g2.statuses_at(at).into_iter().map(|(n, s)| (n.id.clone(), s)).collect();
        a.sort_by(|x, y| x.0.cmp(&y.0));
        b.sort_by(|x, y| x.0.cmp(&y.0));
        prop_assert_eq!(a, b);
        prop_assert_eq!(
            styrdok_graph::check_integrity(&g1, None, &styrdok_graph::NoAuthority),
            styrdok_graph::check_integrity(&g2, None, &styrdok_graph::NoAuthority)
        );
    }

    #[test]
    fn unknown_only_when_a_date_is_missing(docs in register(), day in 0u64..5000) {
        // With every date exact, no status is unknown.
        let exact: Vec<Document> = docs.into_iter().enumerate().map(|(i, mut d)| {
            d.decision_date = DateValue::day(base() + Days::new(i as u64 * 97)).unwrap();
            d
        }).collect();
        let g = DocumentGraph::build(&exact);
        for (_, st) in g.statuses_at(base() + Days::new(day)) {
            prop_assert!(st.kind() != StatusKind::Unknown, "{:?}", st);
        }
    }
}

/// Replacement chains (each document replaces or repeals the one before)
/// with random dates — out of order, partial and unknown — plus random
/// extra relations, so chains also branch and join.
fn chains() -> impl Strategy<Value = Vec<Document>> {
    (register(), 2usize..30).prop_flat_map(|(extra, n)| {
        (
            prop::collection::vec(date_value(), n),
            prop::collection::vec(any::<bool>(), n),
        )
            .prop_map(move |(dates, repeals)| {
                let mut docs = extra.clone();
                for i in 0..n {
                    let mut d = Document::new(id(&format!("c/d{i}")), DocumentKind::Policy);
                    d.stage = Some(styrdok_model::Stage::Adopted);
                    d.decision_date = dates[i];
                    if i > 0 {
                        let k = if repeals[i] {
                            RelationKind::Repeals
                        } else {
                            RelationKind::Replaces
                        };
                        d.relations
                            .push(Relation::to(k, id(&format!("c/d{}", i - 1))));
                    }
                    if i % 7 == 3 && !extra.is_empty() {
                        // A second replacer of an unrelated document: a join.
                        d.relations.push(Relation::to(
                            RelationKind::Replaces,
                            extra[i % extra.len()].id.clone(),
                        ));
                    }
                    docs.push(d);
                }
                docs
            })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The memoised statuses of a whole register (one walk per chain)
    /// equal each document's status computed on its own.
    #[test]
    fn statuses_at_equals_status_at(docs in prop_oneof![register(), chains()], day in 0u64..5000) {
        let g = DocumentGraph::build(&docs);
        let at = base() + Days::new(day);
        for (n, memoised) in g.statuses_at(at) {
            let alone = g.status_at(&n.id, at).unwrap();
            prop_assert_eq!(&memoised, &alone, "{}", n.id);
        }
    }
}
