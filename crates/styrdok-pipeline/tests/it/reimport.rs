//! Importing again: unchanged → nothing; changed and not edited → replaced
//! under the same id; edited by a person → a conflict, nothing changed.

use styrdok_pipeline::Outcome;

use crate::{import_dir, mjolby, write};

const V1: &str = "Policy för informationssäkerhet\n\nMjölby kommun\n\n\
Antagen av kommunfullmäktige 2018-05-28\n\n\
Policyn ersätter ”IT-policy” (2010-01-01).\n\n\
Kommunstyrelsen ansvarar för att:\n• samordna arbetet\n";

#[test]
fn unchanged_updated_and_conflict() {
    let mut reg = mjolby();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), &[("policy.txt", V1), ("ignored.md", "x")]);
    let first = import_dir(&mut reg, dir.path(), None);
    assert_eq!(
        (first.added, first.skipped, first.stubs_created),
        (1, 1, 1),
        "{first:#?}"
    );
    let id = first
        .with(Outcome::Added)
        .next()
        .unwrap()
        .document
        .clone()
        .unwrap();
    assert_eq!(id, "mjolby/policy-for-informationssakerhet-2018");
    let after_first = serde_json::to_string(&reg).unwrap();

    let again = import_dir(&mut reg, dir.path(), None);
    assert_eq!((again.added, again.unchanged), (0, 1), "{again:#?}");
    assert_eq!(
        serde_json::to_string(&reg).unwrap(),
        after_first,
        "byte-identical"
    );

    // The text changes (a new decision date): replaced under the same id,
    // its stub replaced too (not duplicated).
    write(
        dir.path(),
        &[("policy.txt", &V1.replace("2018-05-28", "2018-06-11"))],
    );
    let changed = import_dir(&mut reg, dir.path(), None);
    assert_eq!(changed.updated, 1, "{changed:#?}");
    let d = reg.documents.iter().find(|d| d.id.as_str() == id).unwrap();
    assert_eq!(d.decision_date.to_string(), "2018-06-11");
    assert_eq!(reg.documents.iter().filter(|d| d.is_stub()).count(), 1);

    // A person confirms the title: the copy is edited; a changed input is
    // now a conflict and nothing changes.
    let i = reg
        .documents
        .iter()
        .position(|d| d.id.as_str() == id)
        .unwrap();
    reg.documents[i].title_provenance = styrdok_core::Provenance::Stated;
    let edited = serde_json::to_string(&reg).unwrap();
    write(
        dir.path(),
        &[("policy.txt", &V1.replace("2018-05-28", "2018-07-02"))],
    );
    let conflict = import_dir(&mut reg, dir.path(), None);
    assert_eq!(conflict.conflicts, 1, "{conflict:#?}");
    let o = conflict.with(Outcome::Conflict).next().unwrap();
    assert!(o.notes[1].contains("edited"), "{o:?}");
    assert_eq!(serde_json::to_string(&reg).unwrap(), edited);
}

#[test]
fn ids_collide_by_the_rule_and_the_same_file_keeps_its_id() {
    let mut reg = mjolby();
    let dir = tempfile::tempdir().unwrap();
    let a = V1.replace("Antagen av", "Dnr KS 2018/12\n\nAntagen av");
    let b = V1.replace("samordna arbetet", "leda arbetet");
    write(dir.path(), &[("a.txt", &a), ("b.txt", &b)]);
    let r = import_dir(&mut reg, dir.path(), None);
    assert_eq!(r.added, 2, "{r:#?}");
    let ids: Vec<_> = r.inputs.iter().filter_map(|o| o.document.clone()).collect();
    assert_eq!(
        ids,
        [
            "mjolby/policy-for-informationssakerhet-2018",
            "mjolby/policy-for-informationssakerhet-2018-2"
        ]
    );
    // Changed, b.txt keeps its id.
    write(dir.path(), &[("b.txt", &b.replace("leda", "styra"))]);
    let r = import_dir(&mut reg, dir.path(), None);
    assert_eq!((r.updated, r.unchanged), (1, 1), "{r:#?}");
    assert!(
        reg.document("mjolby/policy-for-informationssakerhet-2018-2")
            .is_some()
    );
}
