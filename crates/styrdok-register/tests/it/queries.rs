//! Queries (duties, RACI, review, diff, in force) on the invented register
//! `tests/fixtures/queries/exby.register.json` and on the bundled seed
//! register.

use std::collections::BTreeSet;

use styrdok_core::Tri;
use styrdok_register::query::{
    self, GraphStatus, HeldAs, RaciMatrix, ReviewBasis, duties_of, raci_matrix, resolve_party,
    review_due,
};

use crate::cross_checks::{day, exby};

fn held(h: &HeldAs) -> String {
    match h {
        HeldAs::Holder => "holder".into(),
        HeldAs::Group { group } => format!("group {group}"),
        HeldAs::Role { role } => format!("role {role}"),
        HeldAs::Counterpart => "counterpart".into(),
        HeldAs::Via => "via".into(),
        _ => "other".into(),
    }
}

fn keys(v: &[query::DutyEntry]) -> Vec<String> {
    v.iter()
        .map(|e| format!("{}#{} {}", e.document, e.duty, held(&e.held_as)))
        .collect()
}

#[test]
fn written_names_resolve_across_organisations() {
    let reg = exby();
    let ids = |name: &str, org: Option<&str>| -> Vec<String> {
        // An organisation as people write it is found first, as the CLI does.
        let org = match org.map(|o| styrdok_org::find_organisation(&reg.organisations, o)) {
            Some(Ok(o)) => Some(o.id.clone()),
            Some(Err(_)) => return Vec::new(),
            None => None,
        };
        resolve_party(&reg, name, org.as_ref())
            .into_iter()
            .map(|p| p.id.to_string())
            .collect()
    };
    assert_eq!(ids("Kommunstyrelsen", None), ["exby/ks", "ovre/ks"]);
    assert_eq!(ids("KS", None), ["exby/ks", "ovre/ks"]);
    assert_eq!(ids("kommunstyrelsen", Some("ovre")), ["ovre/ks"]);
    assert_eq!(ids("KS", Some("Övre kommun")), ["ovre/ks"]);
    assert_eq!(ids("BUN", None), ["exby/bun"]);
    assert_eq!(ids("exby/klk", None), ["exby/klk"]);
    assert!(ids("socialnämnden", None).is_empty());
    assert!(ids("KS", Some("nowhere")).is_empty());
}

#[test]
fn duties_of_ks_without_a_date() {
    let reg = exby();
    let ks = resolve_party(&reg, "KS", Some(&"exby".parse().unwrap()));
    let r = duties_of(&reg, &ks, None, &GraphStatus::new(&reg));
    assert_eq!(
        keys(&r.duties),
        [
            "exby/it-policy-2010#1 holder",
            "exby/it-policy-2019#2 holder",
            "exby/it-policy-2019#3 holder",
            "exby/it-policy-2019#4 group exby/namnder-och-styrelser",
            "exby/it-policy-2019#6 counterpart",
            "exby/riktlinje-e-post#1 holder",
        ]
    );
    assert!(r.may_apply.is_empty());
    let counterpart = &r.duties[4];
    assert_eq!(counterpart.letter, styrdok_org::Raci::Informed);
    assert_eq!(counterpart.holder, "exby/klk");
    assert_eq!(r.duties[2].letter, styrdok_org::Raci::Accountable);
}

#[test]
fn duties_at_a_date_only_from_documents_in_force() {
    let reg = exby();
    let status = GraphStatus::new(&reg);
    let ks = resolve_party(&reg, "Kommunstyrelsen", Some(&"exby".parse().unwrap()));
    // 2015: only the 2010 policy; the 2019 policy is not yet decided.
    let r = duties_of(&reg, &ks, Some(day("2015-01-01")), &status);
    assert_eq!(keys(&r.duties), ["exby/it-policy-2010#1 holder"]);
    // The e-post riktlinje has no decision date: it may apply, at any date.
    assert_eq!(keys(&r.may_apply), ["exby/riktlinje-e-post#1 holder"]);
    assert_eq!(r.may_apply[0].in_force, Some(Tri::Unknown));
    // 2020: the 2010 policy is replaced.
    let r = duties_of(&reg, &ks, Some(day("2020-06-01")), &status);
    assert_eq!(
        keys(&r.duties),
        [
            "exby/it-policy-2019#2 holder",
            "exby/it-policy-2019#3 holder",
            "exby/it-policy-2019#4 group exby/namnder-och-styrelser",
            "exby/it-policy-2019#6 counterpart",
        ]
    );
    assert!(r.duties.iter().all(|e| e.in_force == Some(Tri::Yes)));
}

#[test]
fn roles_held_in_a_body_and_expired_strategies() {
    let reg = exby();
    let status = GraphStatus::new(&reg);
    let klk = resolve_party(&reg, "Kommunledningskontoret", None);
    let r = duties_of(&reg, &klk, Some(day("2021-01-01")), &status);
    assert_eq!(
        keys(&r.duties),
        [
            "exby/it-policy-2019#6 holder",
            "exby/it-policy-2019#7 role exby/forvaltningschef",
            "exby/it-strategi#1 holder",
        ]
    );
    // The strategy's mandate period ended 2022-12-31.
    let r = duties_of(&reg, &klk, Some(day("2023-06-01")), &status);
    assert!(
        !keys(&r.duties)
            .iter()
            .any(|k| k.starts_with("exby/it-strategi"))
    );
}

#[test]
fn a_company_board_inherits_the_group_duties_of_its_owner() {
    let reg = exby();
    let board = resolve_party(&reg, "Styrelsen för Exby Energi AB", None);
    assert_eq!(board.len(), 1);
    let r = duties_of(&reg, &board, None, &GraphStatus::new(&reg));
    assert_eq!(
        keys(&r.duties),
        ["exby/it-policy-2019#4 group exby/namnder-och-styrelser"]
    );
    // Revisorerna are named only as the "via" of KF's duty.
    let rev = resolve_party(&reg, "Revisorerna", None);
    let r = duties_of(&reg, &rev, None, &GraphStatus::new(&reg));
    assert_eq!(keys(&r.duties), ["exby/it-policy-2019#8 via"]);
}

fn cell(m: &RaciMatrix, activity: &str, party: &str) -> String {
    m.rows
        .iter()
        .find(|r| r.activity == activity)
        .and_then(|r| r.cells.get(party))
        .map(|c| c.text())
        .unwrap_or_default()
}

#[test]
fn raci_of_one_document() {
    let reg = exby();
    let m = raci_matrix(&reg, Some(&"exby/it-policy-2019".parse().unwrap()));
    let cols: Vec<&str> = m.columns.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        cols,
        [
            "Kommunfullmäktige",
            "Kommunstyrelsen",
            "Nämnder och styrelser",
            "IT-rådet",
            "Kommunledningskontoret",
            "förvaltningschef",
            "Revisorerna"
        ]
    );
    // "samma aktivitet" stated twice is one row.
    assert_eq!(m.rows.len(), 7);
    assert_eq!(cell(&m, "besluta-it-policy", "exby/kf"), "A");
    assert_eq!(cell(&m, "aga-gemensamma-system", "exby/ks"), "A");
    assert_eq!(cell(&m, "prioritera-projekt", "exby/it-radet"), "C");
    // R without A: the body accountable under kommunallagen is a derived
    // A (docs/raci.md): KLK serves KS, so KS answers for KLK's reporting —
    // and is told (the counterpart, I); the adopting KF is not A.
    assert_eq!(cell(&m, "rapportera-incidenter", "exby/klk"), "R");
    assert_eq!(cell(&m, "rapportera-incidenter", "exby/ks"), "A*/I");
    assert_eq!(cell(&m, "rapportera-incidenter", "exby/kf"), "");
    // Nämnder och styrelser answer for their own activity (KL 6 kap 6 §).
    assert_eq!(
        cell(&m, "folja-policyn", "exby/namnder-och-styrelser"),
        "R/A*"
    );
    assert_eq!(cell(&m, "folja-policyn", "exby/forvaltningschef"), "R");
    assert_eq!(cell(&m, "folja-policyn", "exby/kf"), "");
    // "genom revisorerna kontrollera": revisorerna R, KF A.
    assert_eq!(cell(&m, "granska", "exby/revision"), "R");
    assert_eq!(cell(&m, "granska", "exby/kf"), "A");
    // A row without R gets no derived A.
    assert_eq!(cell(&m, "prioritera-projekt", "exby/kf"), "");
    assert!(m.diagnostics.is_empty());
}

#[test]
fn raci_as_csv_markdown_and_table() {
    let reg = exby();
    let m = raci_matrix(&reg, Some(&"exby/it-policy-2019".parse().unwrap()));
    let csv_text = m.to_csv().unwrap();
    let mut rdr = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = rdr.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(header[0], "activity");
    assert_eq!(header.len(), 1 + m.columns.len());
    let kf = header
        .iter()
        .position(|h| h == "Kommunfullmäktige")
        .unwrap();
    let ks = header.iter().position(|h| h == "Kommunstyrelsen").unwrap();
    let rec = rdr
        .records()
        .map(Result::unwrap)
        .find(|r| &r[0] == "rapportera-incidenter")
        .unwrap();
    assert_eq!((&rec[kf], &rec[ks]), ("", "A*/I"));

    let md = m.to_markdown();
    let line = md
        .lines()
        .find(|l| l.starts_with("| rapportera-incidenter |"))
        .unwrap();
    assert_eq!(line.matches('|').count(), header.len() + 1, "{line}");
    assert!(line.contains("| A*/I |"), "{line}");
    assert!(md.contains("derived"));
    assert!(md.lines().nth(1).unwrap().starts_with("|---|"));

    let table = m.to_table();
    assert_eq!(table.lines().count(), 1 + m.rows.len() + 1);
    assert!(table.starts_with("activity"));
}

#[test]
fn raci_of_the_whole_register() {
    let reg = exby();
    let m = raci_matrix(&reg, None);
    let orgs: BTreeSet<&str> = m.rows.iter().map(|r| r.organisation.as_str()).collect();
    assert_eq!(orgs, BTreeSet::from(["exby", "ovre"]));
    // The same activity in two documents of one organisation is one row.
    let row = m
        .rows
        .iter()
        .find(|r| r.activity == "samordna-informationssakerhet")
        .unwrap();
    assert_eq!(row.documents.len(), 2);
    // KS coordinates and answers for it (KL 6 kap 1 och 6 §§).
    assert_eq!(cell(&m, "samordna", "ovre/ks"), "R/A*");
    assert_eq!(cell(&m, "samordna", "ovre/kf"), "");
    // The IT-chef approves operating routines while the unit runs them: A
    // is stated, so nothing is derived.
    assert_eq!(cell(&m, "drift", "exby/it-chef"), "A");
    assert_eq!(cell(&m, "drift", "exby/it"), "R");
    assert!(
        m.to_csv()
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .starts_with("activity,documents,")
    );
}

#[test]
fn review_due_by_owner() {
    let reg = exby();
    let status = GraphStatus::new(&reg);
    let r = review_due(&reg, day("2023-06-01"), &status);
    let due: Vec<(&str, &str)> = r
        .due
        .iter()
        .flat_map(|(o, v)| v.iter().map(move |e| (o.as_str(), e.document.as_str())))
        .collect();
    assert_eq!(due, [("exby/klk", "exby/it-policy-2019")]);
    let maybe: Vec<&str> = r.maybe_due["exby/bun"]
        .iter()
        .map(|e| e.document.as_str())
        .collect();
    assert_eq!(maybe, ["exby/skolplan"]);
    assert_eq!(r.maybe_due["exby/bun"][0].overdue, Tri::Unknown);
    assert!(matches!(
        r.maybe_due["exby/bun"][0].review,
        ReviewBasis::Interval { years: 2, .. }
    ));
    let r = review_due(&reg, day("2024-01-01"), &status);
    assert!(r.maybe_due.is_empty());
    assert_eq!(r.due.len(), 2);
    let r = review_due(&reg, day("2022-01-01"), &status);
    assert!(r.due.is_empty() && r.maybe_due.is_empty());
}

#[test]
fn diff_by_id_and_field() {
    let old = exby();
    assert!(query::diff(&old, &old).is_empty());
    let mut new = old.clone();
    new.documents.remove(5); // exby/anvisning-losenord
    new.documents[1].title = Some("IT-policy (reviderad)".into());
    new.documents[1].duties.pop();
    let mut body = new.organisations[0].bodies[4].clone();
    body.id = "exby/kfn".parse().unwrap();
    body.name = "Kultur- och fritidsnämnden".into();
    new.organisations[0].bodies.push(body);
    new.organisations[0].bodies[1]
        .aliases
        .push("Styrelsen".into());
    new.organisations.remove(2); // Övre kommun
    let d = query::diff(&old, &new);
    assert!(!d.is_empty());
    assert_eq!(d.documents_removed, ["exby/anvisning-losenord"]);
    assert!(d.documents_added.is_empty());
    assert_eq!(d.documents_changed.len(), 1);
    let fields: Vec<&str> = d.documents_changed[0]
        .fields
        .iter()
        .map(|f| f.field.as_str())
        .collect();
    assert_eq!(fields, ["duties", "title"]);
    assert_eq!(d.organisations_removed, ["ovre"]);
    assert!(d.parties_added.contains(&"exby/kfn".to_owned()));
    assert!(d.parties_removed.contains(&"ovre/ks".to_owned()));
    assert_eq!(d.parties_changed.len(), 1);
    assert_eq!(d.parties_changed[0].id, "exby/ks");
    // Bodies are reported as parties, not as an organisation field change.
    assert!(
        d.organisations_changed.is_empty(),
        "{:?}",
        d.organisations_changed
    );
    let back = query::diff(&new, &old);
    assert_eq!(back.documents_added, ["exby/anvisning-losenord"]);
}

#[test]
fn in_force_at_a_date() {
    let reg = exby();
    let ids = |r: &[styrdok_graph::DocStatus]| -> Vec<String> {
        r.iter().map(|d| d.id.to_string()).collect()
    };
    let r = query::in_force_at(&reg, day("2015-01-01"), Some(&"exby".parse().unwrap()));
    assert_eq!(ids(&r.in_force), ["exby/it-policy-2010"]);
    assert!(ids(&r.possibly_in_force).contains(&"exby/riktlinje-e-post".to_owned()));
    let r = query::in_force_at(&reg, day("2021-06-01"), None);
    let now = ids(&r.in_force);
    assert!(now.contains(&"exby/it-policy-2019".to_owned()));
    assert!(!now.contains(&"exby/it-policy-2010".to_owned()));
    assert!(now.contains(&"ovre/it-policy".to_owned()));
}

// --- The bundled seed register (the "must show"). ---

fn bundled() -> styrdok_register::Register {
    styrdok_register::bundled().register.unwrap()
}

#[test]
fn bundled_duties_of_kommunstyrelsen_list_stockholm_3_2() {
    let reg = bundled();
    let ks = resolve_party(&reg, "Kommunstyrelsen", None);
    assert!(ks.iter().any(|p| p.id == "stockholm/ks"), "{ks:?}");
    let r = duties_of(&reg, &ks, None, &GraphStatus::new(&reg));
    let program = reg.document("stockholm/it-program").unwrap();
    let expected: BTreeSet<&str> = program
        .duties
        .iter()
        .filter(|d| d.section.as_deref() == Some("3.2"))
        .map(|d| d.id.as_str())
        .collect();
    assert!(expected.len() >= 2, "§3.2 states several duties");
    let listed: BTreeSet<&str> = r
        .duties
        .iter()
        .filter(|e| e.party == "stockholm/ks" && e.document.as_str() == "stockholm/it-program")
        .filter(|e| e.section.as_deref() == Some("3.2"))
        .map(|e| e.duty.as_str())
        .collect();
    assert_eq!(listed, expected);
    // "KS ... är ägare av de gemensamma systemen" is an A.
    assert!(r.duties.iter().any(|e| e.party == "stockholm/ks"
        && e.text.contains("ägare")
        && e.letter == styrdok_org::Raci::Accountable));
    // "KS" written short resolves to the same body in Stockholm.
    let short = resolve_party(&reg, "KS", Some(&"stockholm".parse().unwrap()));
    assert_eq!(short.len(), 1);
    assert_eq!(short[0].id, "stockholm/ks");
}

#[test]
fn bundled_raci_of_the_it_program_has_the_five_parties() {
    let reg = bundled();
    let m = raci_matrix(&reg, Some(&"stockholm/it-program".parse().unwrap()));
    let names: BTreeSet<&str> = m.columns.iter().map(|c| c.name.as_str()).collect();
    for n in [
        "Kommunfullmäktige",
        "Kommunstyrelsen",
        "IT-rådet",
        "Stadsledningskontoret",
        "Nämnder och styrelser",
    ] {
        assert!(names.contains(n), "{n} missing from {names:?}");
    }
    // Every row with an R has an A (stated or derived from KF, the adopter).
    for row in &m.rows {
        let letters: BTreeSet<_> = row.cells.values().flat_map(|c| c.letters.iter()).collect();
        if letters.contains(&styrdok_org::Raci::Responsible) {
            assert!(
                letters.contains(&styrdok_org::Raci::Accountable),
                "{}",
                row.activity
            );
        }
    }
    assert_eq!(cell(&m, "besluta-om-it-programmet", "stockholm/kf"), "A");
}
