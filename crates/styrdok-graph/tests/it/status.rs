use styrdok_core::{DateValue, DocumentKind, PartialDate};
use styrdok_graph::{DocumentGraph, Status, StatusKind};
use styrdok_model::{Relation, RelationKind, Validity, ValidityKind};

use crate::fixtures::*;

#[test]
fn program_with_known_date_partly_supersedes_the_policy() {
    let docs = known();
    let g = DocumentGraph::build(&docs);
    let st = g.status_at(&id(POLICY), day("2009-01-01")).unwrap();
    let Status::PartlySuperseded {
        parts,
        still_in_force,
    } = st
    else {
        panic!("{st:?}")
    };
    assert_eq!(parts.len(), 1);
    assert_eq!(parts[0].sections, ["3"]);
    assert_eq!(parts[0].by, id(PROGRAM));
    assert_eq!(parts[0].since, DateValue::day(day("2008-06-16")).unwrap());
    assert_eq!(still_in_force, ["1", "2", "4", "5"]);
    assert_statuses(
        &g,
        "2009-01-01",
        &[
            (TELEFON, superseded_by_program()),
            (PROGRAM, Status::InForce),
        ],
    );
    // The day the program takes effect is included.
    assert!(matches!(
        g.status_at(&id(POLICY), day("2008-06-16")).unwrap(),
        Status::PartlySuperseded { .. }
    ));
    assert_eq!(
        g.status_at(&id(POLICY), day("2008-06-15")).unwrap(),
        Status::InForce
    );
}

#[test]
fn before_the_program_both_are_in_force() {
    let docs = known();
    let g = DocumentGraph::build(&docs);
    let d = day("2006-01-01");
    assert_eq!(g.status_at(&id(POLICY), d).unwrap(), Status::InForce);
    assert_eq!(g.status_at(&id(TELEFON), d).unwrap(), Status::InForce);
    assert_eq!(g.status_at(&id(PROGRAM), d).unwrap(), Status::NotYetDecided);
    // Before the policy itself.
    assert_eq!(
        g.status_at(&id(POLICY), day("2005-06-12")).unwrap(),
        Status::NotYetDecided
    );
}

#[test]
fn unknown_program_date_makes_dependent_statuses_unknown() {
    let docs = bounded();
    let g = DocumentGraph::build(&docs);
    let st = g.status_at(&id(POLICY), day("2009-01-01")).unwrap();
    let Status::Unknown { reason, candidates } = &st else {
        panic!("{st:?}")
    };
    assert!(
        reason.contains("IT-program för Stockholms stad"),
        "{reason}"
    );
    assert!(reason.contains("not before 2007"), "{reason}");
    assert_eq!(
        candidates,
        &[StatusKind::InForce, StatusKind::PartlySuperseded]
    );
    let st = g.status_at(&id(TELEFON), day("2009-01-01")).unwrap();
    let Status::Unknown { candidates, .. } = &st else {
        panic!("{st:?}")
    };
    assert_eq!(candidates, &[StatusKind::InForce, StatusKind::Superseded]);
    let st = g.status_at(&id(PROGRAM), day("2009-01-01")).unwrap();
    assert_eq!(st.kind(), StatusKind::Unknown);
    // The bound still decides earlier dates: before 2007 nothing changed.
    assert_statuses(
        &g,
        "2006-12-31",
        &[
            (POLICY, Status::InForce),
            (TELEFON, Status::InForce),
            (PROGRAM, Status::NotYetDecided),
        ],
    );
}

#[test]
fn stub_without_date_is_superseded_when_successor_in_force() {
    let mut old = doc("x/old", DocumentKind::Policy, "2000-01-01");
    old.decision_date = DateValue::Unknown;
    let mut new = doc("x/new", DocumentKind::Policy, "2010-01-01");
    new.relations
        .push(Relation::to(RelationKind::Replaces, old.id.clone()));
    let g = DocumentGraph::build([&old, &new]);
    assert_eq!(
        g.status_at(&old.id, day("2011-01-01")).unwrap().kind(),
        StatusKind::Superseded
    );
    // Before the successor, the stub's own unknown date decides: unknown.
    let st = g.status_at(&old.id, day("2009-01-01")).unwrap();
    let Status::Unknown { reason, .. } = &st else {
        panic!("{st:?}")
    };
    assert!(reason.contains("x/old"), "{reason}");
}

#[test]
fn repealed_expired_and_not_in_force() {
    let mut a = doc("x/a", DocumentKind::Strategi, "2019-01-01");
    let mut v = Validity::new(ValidityKind::MandatePeriod);
    v.until = DateValue::Known(PartialDate::from_year(2022).unwrap());
    a.validity = Some(v);
    let mut b = doc("x/b", DocumentKind::Policy, "2010-01-01");
    b.entry_into_force = Some(styrdok_core::Fact::stated(
        DateValue::day(day("2010-07-01")).unwrap(),
    ));
    let c = doc("x/c", DocumentKind::Policy, "2005-01-01");
    let mut r = doc("x/r", DocumentKind::Policy, "2015-01-01");
    r.relations
        .push(Relation::to(RelationKind::Repeals, c.id.clone()));
    let g = DocumentGraph::build([&a, &b, &c, &r]);
    assert_eq!(
        g.status_at(&a.id, day("2022-12-31")).unwrap(),
        Status::InForce
    );
    assert_eq!(
        g.status_at(&a.id, day("2023-01-01")).unwrap(),
        Status::Expired {
            valid_until: DateValue::Known(PartialDate::from_year(2022).unwrap())
        }
    );
    assert_eq!(
        g.status_at(&b.id, day("2010-03-01")).unwrap(),
        Status::DecidedNotInForce
    );
    assert_eq!(
        g.status_at(&b.id, day("2010-07-01")).unwrap(),
        Status::InForce
    );
    assert_eq!(
        g.status_at(&c.id, day("2016-01-01")).unwrap(),
        Status::Repealed {
            by: r.id.clone(),
            since: DateValue::day(day("2015-01-01")).unwrap()
        }
    );
    // A year-only date is unknown inside its year.
    let mut y = doc("x/y", DocumentKind::Policy, "2000-01-01");
    y.decision_date = DateValue::Known(PartialDate::from_year(2012).unwrap());
    let g = DocumentGraph::build([&y]);
    assert_eq!(
        g.status_at(&y.id, day("2012-06-01")).unwrap().kind(),
        StatusKind::Unknown
    );
    assert_eq!(
        g.status_at(&y.id, day("2013-01-01")).unwrap(),
        Status::InForce
    );
}

#[test]
fn announced_and_candidate_relations_change_nothing() {
    let docs = known();
    let g = DocumentGraph::build(&docs);
    // The five "some of which will be replaced": the dated e-strategi stays
    // in force by the program's announcement, and is unknown only because
    // the Ny e-strategi that replaces it has no known date.
    let st = g.status_at(&id(ESTRATEGI), day("2009-01-01")).unwrap();
    let Status::Unknown { reason, candidates } = &st else {
        panic!("{st:?}")
    };
    assert!(reason.contains("Ny e-strategi"), "{reason}");
    assert!(!reason.contains("IT-program"), "{reason}");
    assert_eq!(candidates, &[StatusKind::InForce, StatusKind::Superseded]);
    // Dateless stubs: unknown, naming their own date.
    let st = g.status_at(&id(HANDBOK), day("2009-01-01")).unwrap();
    let Status::Unknown { reason, .. } = &st else {
        panic!("{st:?}")
    };
    assert!(reason.contains("IT-handbok"), "{reason}");
}

#[test]
fn serializes_tagged_snake_case() {
    let docs = known();
    let g = DocumentGraph::build(&docs);
    let st = g.status_at(&id(POLICY), day("2009-01-01")).unwrap();
    let v = serde_json::to_value(&st).unwrap();
    assert_eq!(v["status"], "partly_superseded");
    assert_eq!(v["parts"][0]["since"], "2008-06-16");
    let st = g.status_at(&id(TELEFON), day("2009-01-01")).unwrap();
    assert_eq!(
        serde_json::to_string(&st).unwrap(),
        format!(r#"{{"status":"superseded","by":"{PROGRAM}","since":"2008-06-16"}}"#)
    );
    let back: Status = serde_json::from_value(serde_json::to_value(&st).unwrap()).unwrap();
    assert_eq!(back, st);
}
