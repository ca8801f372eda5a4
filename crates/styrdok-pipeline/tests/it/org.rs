//! The organisation: recognised from the front matter, given with --org,
//! or the document waits for --org. Never a guess.

use styrdok_pipeline::Outcome;

use crate::{import_dir, mjolby, write};

const NO_ORG: &str =
    "Riktlinje för arkiv\n\nAntagen av kommunstyrelsen 2019-04-08\n\nArkivet ska vårdas.\n";

#[test]
fn without_a_recognised_organisation_the_document_needs_org() {
    let mut reg = mjolby();
    let before = reg.clone();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), &[("arkiv.txt", NO_ORG)]);
    let report = import_dir(&mut reg, dir.path(), None);
    assert_eq!(report.needs_org, 1, "{report:#?}");
    assert_eq!(report.added, 0);
    assert_eq!(reg, before, "nothing added");
    let o = report.with(Outcome::NeedsOrg).next().unwrap();
    assert!(o.notes.iter().any(|n| n.contains("--org")), "{o:?}");
    // --org by name adds it, to that organisation.
    let report = import_dir(&mut reg, dir.path(), Some("Mjölby kommun"));
    assert_eq!(report.added, 1, "{report:#?}");
    assert_eq!(
        reg.documents[0].id.as_str(),
        "mjolby/riktlinje-for-arkiv-2019"
    );
    assert_eq!(reg.documents[0].adopted_by.as_deref(), Some("mjolby/ks"));
}

/// Mjölby's register with a second organisation, Boxholm, that has no
/// bodies yet.
fn with_empty_boxholm() -> styrdok_register::Register {
    let mut reg = mjolby();
    let mut other = reg.organisations[0].clone();
    other.id = "boxholm".parse().unwrap();
    other.name = "Boxholms kommun".into();
    other.bodies.clear();
    reg.organisations.push(other);
    reg
}

#[test]
fn org_overrides_what_the_front_matter_names() {
    let mut reg = with_empty_boxholm();
    let dir = tempfile::tempdir().unwrap();
    let text = format!("{NO_ORG}\nMjölby kommun\n");
    write(dir.path(), &[("arkiv.txt", &text)]);
    let report = import_dir(&mut reg, dir.path(), Some("boxholm"));
    assert_eq!(report.added, 1, "{report:#?}");
    let d = reg.documents.iter().find(|d| !d.is_stub()).unwrap();
    assert_eq!(d.org().as_str(), "boxholm");
    // Boxholm has no styrelse: import created it, marked derived.
    assert_eq!(
        report.parties_created,
        vec!["boxholm/kommunstyrelsen".to_owned()]
    );
    let b = &reg.organisations[1].bodies[0];
    assert_eq!(
        b.provenance,
        styrdok_core::Provenance::derived("import-created-body")
    );
}

#[test]
fn unknown_org_is_an_error_and_changes_nothing() {
    let mut reg = mjolby();
    let before = reg.clone();
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), &[("arkiv.txt", NO_ORG)]);
    let e = styrdok_pipeline::import_into(
        &mut reg,
        &[styrdok_pipeline::Input::Path(dir.path().to_owned())],
        &styrdok_pipeline::ImportOptions::new().with_org("Ingenstans kommun"),
    )
    .unwrap_err();
    assert!(e.to_string().contains("Ingenstans"), "{e}");
    assert_eq!(reg, before);
}

/// A body written with the organisation's own name after it is the body
/// the name before it names: created once, under that name (invented text).
#[test]
fn a_body_written_with_its_organisations_name_is_created_under_its_own() {
    let mut reg = with_empty_boxholm();
    let dir = tempfile::tempdir().unwrap();
    let text = "Riktlinje för bad\n\nBeslutade av Miljönämnden i Boxholms kommun den 3 november 2009.\n\nBadet ska vara öppet.\n";
    write(dir.path(), &[("bad.txt", text)]);
    let report = import_dir(&mut reg, dir.path(), Some("boxholm"));
    assert_eq!(report.added, 1, "{report:#?}");
    assert_eq!(
        report.parties_created,
        vec!["boxholm/miljonamnden".to_owned()]
    );
    let d = reg.documents.iter().find(|d| !d.is_stub()).unwrap();
    assert_eq!(d.adopted_by.as_deref(), Some("boxholm/miljonamnden"));
    assert_eq!(reg.organisations[1].bodies[0].name, "Miljönämnden");
}
