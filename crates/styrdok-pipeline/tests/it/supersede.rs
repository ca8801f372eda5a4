//! An imported document that says it replaces a document of the register
//! makes that document superseded; a citation that fits two documents
//! keeps both as candidates and supersedes neither.

use chrono::NaiveDate;
use styrdok_core::DocumentId;
use styrdok_graph::StatusKind;
use styrdok_register::query::GraphStatus;

use crate::{errors, import_dir, mjolby, write};

const OLD: &str = r#"{"id": "mjolby/it-policy", "kind": "policy", "title": "IT-policy",
  "stage": "adopted", "adopted_by": "mjolby/kf", "decision_date": "2010-01-01"}"#;

const NEW: &str = "IT-policy för Mjölby kommun\n\n\
Antagen av kommunfullmäktige 2019-05-28\n\n\
Policyn ersätter ”IT-policy” (2010-01-01).\n";

fn status(reg: &styrdok_register::Register, id: &str, at: &str) -> StatusKind {
    let at = NaiveDate::parse_from_str(at, "%Y-%m-%d").unwrap();
    let id: DocumentId = id.parse().unwrap();
    GraphStatus::new(reg)
        .graph()
        .status_at(&id, at)
        .unwrap()
        .kind()
}

#[test]
fn replaced_document_becomes_superseded() {
    let mut reg = mjolby();
    reg.documents.push(serde_json::from_str(OLD).unwrap());
    assert_eq!(
        status(&reg, "mjolby/it-policy", "2020-01-01"),
        StatusKind::InForce
    );
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), &[("it-policy-2019.txt", NEW)]);
    let report = import_dir(&mut reg, dir.path(), None);
    assert_eq!(report.added, 1, "{report:#?}");
    assert_eq!(report.references_resolved, 1, "{report:#?}");
    let new = reg
        .documents
        .iter()
        .find(|d| d.title.as_deref() == Some("IT-policy för Mjölby kommun"))
        .unwrap();
    let rel = &new.relations[0];
    assert_eq!(
        rel.target.as_ref().map(|t| t.as_str()),
        Some("mjolby/it-policy")
    );
    let rule = match &rel.provenance {
        styrdok_core::Provenance::Imported { rule, .. } => rule.clone(),
        other => panic!("{other:?}"),
    };
    assert!(rule.ends_with("+target-same-title-kind-date"), "{rule}");
    assert_eq!(new.adopted_by.as_deref(), Some("mjolby/kf"));
    assert_eq!(
        status(&reg, "mjolby/it-policy", "2020-01-01"),
        StatusKind::Superseded
    );
    assert_eq!(
        status(&reg, new.id.as_str(), "2020-01-01"),
        StatusKind::InForce
    );
    assert!(errors(&reg).is_empty(), "{:?}", errors(&reg));
}

#[test]
fn citation_fitting_two_documents_keeps_both_as_candidates() {
    let mut reg = mjolby();
    reg.documents.push(serde_json::from_str(OLD).unwrap());
    let mut twin: styrdok_model::Document = serde_json::from_str(OLD).unwrap();
    twin.id = "mjolby/it-policy-kopia".parse().unwrap();
    reg.documents.push(twin);
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), &[("it-policy-2019.txt", NEW)]);
    let report = import_dir(&mut reg, dir.path(), None);
    assert_eq!(report.references_unresolved, 1, "{report:#?}");
    let new = reg.documents.last().unwrap();
    let rel = &new.relations[0];
    assert_eq!(rel.target, None);
    assert_eq!(rel.candidates.len(), 2);
    assert_eq!(
        status(&reg, "mjolby/it-policy", "2020-01-01"),
        StatusKind::InForce
    );
    let diags = styrdok_register::check(&reg, None);
    assert!(
        diags
            .iter()
            .any(|d| d.code.id() == "SD704" && !d.is_error()),
        "{diags:?}"
    );
}

#[test]
fn a_similar_title_or_another_date_makes_a_stub_not_a_match() {
    let mut reg = mjolby();
    reg.documents.push(serde_json::from_str(OLD).unwrap());
    let dir = tempfile::tempdir().unwrap();
    let other_date = NEW.replace("(2010-01-01)", "(2011-01-01)");
    write(dir.path(), &[("a.txt", &other_date)]);
    let report = import_dir(&mut reg, dir.path(), None);
    assert_eq!(report.stubs_created, 1, "{report:#?}");
    let stub = reg.documents.iter().find(|d| d.is_stub()).unwrap();
    assert_eq!(stub.title.as_deref(), Some("IT-policy"));
    assert_eq!(stub.decision_date.to_string(), "2011-01-01");
    assert!(
        stub.id
            .as_str()
            .starts_with("mjolby/cited-policy-it-policy-2011"),
        "{}",
        stub.id
    );
    assert_eq!(
        status(&reg, "mjolby/it-policy", "2020-01-01"),
        StatusKind::InForce
    );
}
