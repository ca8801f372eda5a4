//! The bundled seed register (written in `styrdok-register`; read here as
//! plain JSON so this crate does not depend on that one).

use styrdok_core::DateValue;
use styrdok_graph::{DocumentGraph, Status, StatusKind};
use styrdok_model::Document;

use crate::fixtures::{assert_statuses, day, id, superseded_by_program};

const PROGRAM: &str = "stockholm/it-program";
const POLICY: &str = "stockholm/policy-och-riktlinjer-for-informationssakerhet-2005";
const TELEFON: &str = "stockholm/telefonpolicy-1996";

fn seed_documents() -> Vec<Document> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../styrdok-register/data/seeds.register.json"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    serde_json::from_value(v["documents"].clone()).unwrap()
}

#[test]
fn seed_register_answers_unknown_where_the_program_date_is_unknown() {
    let docs = seed_documents();
    let g = DocumentGraph::build(&docs);
    let at = day("2009-01-01");
    let st = g.status_at(&id(POLICY), at).unwrap();
    let Status::Unknown { reason, candidates } = &st else {
        panic!("{st:?}")
    };
    assert!(reason.contains(PROGRAM), "{reason}");
    assert_eq!(
        candidates,
        &[StatusKind::InForce, StatusKind::PartlySuperseded]
    );
    let st = g.status_at(&id(TELEFON), at).unwrap();
    let Status::Unknown { candidates, .. } = &st else {
        panic!("{st:?}")
    };
    assert_eq!(candidates, &[StatusKind::InForce, StatusKind::Superseded]);
    // Before 2007 the bound decides: both in force.
    assert_statuses(
        &g,
        "2006-06-01",
        &[(POLICY, Status::InForce), (TELEFON, Status::InForce)],
    );
}

#[test]
fn seed_register_with_a_known_program_date() {
    let mut docs = seed_documents();
    let program = docs.iter_mut().find(|d| d.id.as_str() == PROGRAM).unwrap();
    program.decision_date = DateValue::day(day("2008-06-16")).unwrap();
    program.entry_into_force = None;
    let g = DocumentGraph::build(&docs);
    let st = g.status_at(&id(POLICY), day("2009-01-01")).unwrap();
    let Status::PartlySuperseded { parts, .. } = &st else {
        panic!("{st:?}")
    };
    assert_eq!(parts.len(), 1);
    assert_eq!(parts[0].sections, ["3"]);
    assert_eq!(parts[0].by, id(PROGRAM));
    assert_statuses(&g, "2009-01-01", &[(TELEFON, superseded_by_program())]);
    assert_statuses(&g, "2006-01-01", &[(PROGRAM, Status::NotYetDecided)]);
}
