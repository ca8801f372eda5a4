//! Cross-checks (SD5xx, SD404 and the graph's checks) on an invented
//! register, `tests/fixtures/queries/exby.register.json`, and on variants
//! of it made wrong one fact at a time.

use chrono::NaiveDate;
use styrdok_core::{Diagnostic, DocumentKind, PartyId, Severity, Tri};
use styrdok_register::Hierarchy;
use styrdok_register::checks::{check, check_loaded};
use styrdok_register::{Register, codes};

pub(crate) fn fixture_path() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/queries/exby.register.json")
}

pub(crate) fn exby() -> Register {
    let loaded = styrdok_register::load_path(&fixture_path()).unwrap();
    assert!(!loaded.has_errors(), "{:#?}", loaded.diagnostics);
    loaded.register.unwrap()
}

pub(crate) fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn party(id: &str) -> PartyId {
    id.parse().unwrap()
}

fn with_code(diags: &[Diagnostic], code: styrdok_core::DiagnosticCode) -> Vec<&Diagnostic> {
    diags.iter().filter(|d| d.code == code).collect()
}

fn show(diags: &[Diagnostic]) -> String {
    diags.iter().map(|d| format!("  {d}\n")).collect()
}

#[test]
fn the_fixture_passes_every_cross_check() {
    let reg = exby();
    let diags = check(&reg, None);
    assert!(
        diags.iter().all(|d| !d.is_error()),
        "unexpected errors:\n{}",
        show(&diags)
    );
}

#[test]
fn ranks_follow_kommunallagen() {
    let reg = exby();
    let h = Hierarchy::new(&reg);
    let yes = [
        ("exby/kf", "exby/ks"),
        ("exby/kf", "exby/bun"),
        ("exby/kf", "exby/it-chef"),
        ("exby/kf", "exby/it-radet"),
        ("exby/kf", "exby-energi/styrelse"),
        ("exby/ks", "exby/ksau"),
        ("exby/ks", "exby/klk"),
        ("exby/ks", "exby/it"),
        ("exby/ks", "exby/kommundirektor"),
        ("exby/ks", "exby/it-chef"),
        ("exby/klk", "exby/it-chef"),
        ("exby/bun", "exby/bun"),
    ];
    for (a, b) in yes {
        assert_eq!(h.is_same_or_above(a, b), Tri::Yes, "{a} above {b}");
    }
    let no = [
        // KS leads and supervises but is not above the nämnder (KL 6 kap 1 §).
        ("exby/ks", "exby/bun"),
        ("exby/bun", "exby/ks"),
        ("exby/bun", "exby/sbn"),
        ("exby/ks", "exby/kf"),
        ("exby/klk", "exby/ks"),
        ("exby/it-chef", "exby/it"),
        ("exby/ks", "exby-energi/styrelse"),
        ("ovre/kf", "exby/bun"),
        ("exby/bun", "exby/klk"),
    ];
    for (a, b) in no {
        assert_eq!(h.is_same_or_above(a, b), Tri::No, "{a} not above {b}");
    }
    // An advisory council and a förvaltning serving no body: the register
    // does not say where they stand.
    assert_eq!(h.is_same_or_above("exby/ks", "exby/it-radet"), Tri::Unknown);
    assert_eq!(
        h.is_same_or_above("exby/ks", "exby/projektkontoret"),
        Tri::Unknown
    );
    assert_eq!(h.is_same_or_above("exby/ks", "nowhere/x"), Tri::Unknown);
}

#[test]
fn delegation_paths_and_vidaredelegation() {
    let mut reg = exby();
    assert!(with_code(&check(&reg, None), codes::NO_DELEGATION).is_empty());
    // Without the right to pass it on, the kommundirektör cannot delegate
    // to the IT-chef: no path, and the delegation itself is not allowed.
    reg.organisations[0].delegations[0].further_delegation = false;
    let diags = check(&reg, None);
    let missing = with_code(&diags, codes::NO_DELEGATION);
    assert_eq!(missing.len(), 1, "{}", show(&diags));
    assert_eq!(
        missing[0].location.as_ref().unwrap().pointer,
        "/documents/4/adopted_by"
    );
    assert!(missing[0].message.contains("exby/ks"), "{}", missing[0]);
    let bad = with_code(&diags, codes::DELEGATION_NOT_ALLOWED);
    assert_eq!(bad.len(), 1, "{}", show(&diags));
    assert_eq!(
        bad[0].location.as_ref().unwrap().pointer,
        "/organisations/0/delegations/1/from"
    );
}

#[test]
fn an_official_without_delegation_and_verkstallighet() {
    let mut reg = exby();
    // A förvaltningschef adopting a riktlinje (delegated basis) has no
    // delegation; adopting an anvisning (verkställighet) needs none.
    reg.documents[4].adopted_by = Some(party("exby/forvaltningschef"));
    let diags = check(&reg, None);
    assert_eq!(
        with_code(&diags, codes::NO_DELEGATION).len(),
        1,
        "{}",
        show(&diags)
    );
    assert!(
        !diags
            .iter()
            .any(|d| d.subjects.iter().any(|s| s == "exby/anvisning-losenord")),
        "{}",
        show(&diags)
    );
}

#[test]
fn delegation_that_does_not_name_the_kind_is_info() {
    let mut reg = exby();
    reg.organisations[0].delegations[1].document_kinds.clear();
    let diags = check(&reg, None);
    assert!(with_code(&diags, codes::NO_DELEGATION).is_empty());
    let info = with_code(&diags, codes::DELEGATION_KINDS_UNSTATED);
    assert_eq!(info.len(), 1, "{}", show(&diags));
    assert_eq!(info[0].severity, Severity::Info);
    // A delegation naming another kind does not lead to a riktlinje.
    reg.organisations[0].delegations[1].document_kinds = vec![DocumentKind::Plan];
    assert_eq!(with_code(&check(&reg, None), codes::NO_DELEGATION).len(), 1);
}

#[test]
fn delegations_kommunallagen_forbids() {
    let mut reg = exby();
    let mut to_group = reg.organisations[0].delegations[0].clone();
    to_group.to = party("exby/namnder-och-styrelser");
    let mut principle = reg.organisations[0].delegations[0].clone();
    principle.document_kinds = vec![DocumentKind::Policy];
    reg.organisations[0].delegations.push(to_group);
    reg.organisations[0].delegations.push(principle);
    let diags = check(&reg, None);
    let ptrs: Vec<&str> = with_code(&diags, codes::DELEGATION_NOT_ALLOWED)
        .iter()
        .map(|d| d.location.as_ref().unwrap().pointer.as_str())
        .collect();
    assert_eq!(
        ptrs,
        [
            "/organisations/0/delegations/2/to",
            "/organisations/0/delegations/3/document_kinds/0"
        ],
        "{}",
        show(&diags)
    );
}

#[test]
fn a_matter_of_principle_by_ks_is_an_error() {
    let mut reg = exby();
    // A (badly written) model letting KS decide policy on a principiell basis.
    let text = serde_json::to_string(&reg).unwrap().replace(
        r#"{"body_kind":"fullmaktige","basis":"principiell"}],"validity":"until_further_notice""#,
        r#"{"body_kind":"fullmaktige","basis":"principiell"},{"body_kind":"styrelse","basis":"principiell"}],"validity":"until_further_notice""#,
    );
    reg = serde_json::from_str(&text).unwrap();
    assert!(with_code(&check(&reg, None), codes::PRINCIPLE_NOT_BY_FULLMAKTIGE).is_empty());
    reg.documents[1].adopted_by = Some(party("exby/ks"));
    let diags = check(&reg, None);
    let p = with_code(&diags, codes::PRINCIPLE_NOT_BY_FULLMAKTIGE);
    assert_eq!(p.len(), 1, "{}", show(&diags));
    assert!(p[0].message.contains("KL 5 kap 1 §"));
}

fn replacing(id: &str, adopter: &str, target: &str) -> styrdok_model::Document {
    let mut d = styrdok_model::Document::new(id.parse().unwrap(), styrdok_core::DocumentKind::Plan);
    d.adopted_by = Some(party(adopter));
    d.decision_date = styrdok_core::DateValue::day(day("2023-03-01")).unwrap();
    d.relations.push(styrdok_model::Relation::to(
        styrdok_model::RelationKind::Replaces,
        target.parse().unwrap(),
    ));
    d
}

#[test]
fn only_the_adopter_or_one_above_may_replace() {
    let mut reg = exby();
    // KS may not replace a nämnd's plan; KF and the nämnd itself may.
    reg.documents
        .push(replacing("exby/ks-plan", "exby/ks", "exby/skolplan"));
    let diags = check(&reg, None);
    let a = with_code(&diags, styrdok_graph::codes::AUTHORITY);
    assert_eq!(a.len(), 1, "{}", show(&diags));
    assert_eq!(
        a[0].location.as_ref().unwrap().pointer,
        "/documents/9/relations/0"
    );
    assert!(a[0].is_error());
    for ok in ["exby/kf", "exby/bun"] {
        reg.documents[9].adopted_by = Some(party(ok));
        let diags = check(&reg, None);
        assert!(
            with_code(&diags, styrdok_graph::codes::AUTHORITY).is_empty(),
            "{ok}"
        );
    }
    // An adopter the register cannot rank: info, not an error.
    reg.documents[6].adopted_by = Some(party("exby/projektkontoret"));
    reg.documents[9].adopted_by = Some(party("exby/ks"));
    let diags = check(&reg, None);
    assert!(with_code(&diags, styrdok_graph::codes::AUTHORITY).is_empty());
    let u = with_code(&diags, codes::AUTHORITY_UNDECIDED);
    assert_eq!(u.len(), 1, "{}", show(&diags));
    assert_eq!(u[0].severity, Severity::Info);
}

#[test]
fn duty_holders_of_another_organisation() {
    let mut reg = exby();
    let mut duty = reg.documents[1].duties[0].clone();
    duty.id = "9".into();
    duty.holder = party("ovre/ks");
    reg.documents[1].duties.push(duty.clone());
    // A company the kommun owns is part of its organisation.
    duty.id = "10".into();
    duty.holder = party("exby-energi/styrelse");
    duty.activity = "bolagets-it".into();
    reg.documents[1].duties.push(duty);
    let diags = check(&reg, None);
    let out = with_code(&diags, codes::DUTY_PARTY_OUTSIDE_ORGANISATION);
    assert_eq!(out.len(), 1, "{}", show(&diags));
    assert_eq!(
        out[0].location.as_ref().unwrap().pointer,
        "/documents/1/duties/8/holder"
    );
}

#[test]
fn review_overdue_is_three_valued() {
    let reg = exby();
    let codes_at = |d: &str| -> Vec<(styrdok_core::DiagnosticCode, String)> {
        check(&reg, Some(day(d)))
            .into_iter()
            .filter(|x| x.code == codes::REVIEW_OVERDUE || x.code == codes::REVIEW_INTERVAL_PASSED)
            .map(|x| (x.code, x.subjects[0].clone()))
            .collect()
    };
    assert!(codes_at("2022-12-31").is_empty());
    // The plan was decided "2021" and is reviewed every 2 years: by some
    // day of 2023, so on 2023-06-01 that cannot be told.
    assert_eq!(
        codes_at("2023-06-01"),
        [(codes::REVIEW_OVERDUE, "exby/it-policy-2019".to_owned())]
    );
    let mut at_2024 = codes_at("2024-01-01");
    at_2024.sort();
    assert_eq!(
        at_2024,
        [
            (codes::REVIEW_OVERDUE, "exby/it-policy-2019".to_owned()),
            (codes::REVIEW_INTERVAL_PASSED, "exby/skolplan".to_owned()),
        ]
    );
    // Without a date, no review check.
    assert!(
        check(&reg, None)
            .iter()
            .all(|x| x.code != codes::REVIEW_OVERDUE)
    );
}

#[test]
fn severity_is_configurable_per_register() {
    let mut reg = exby();
    let warned = check(&reg, Some(day("2024-01-01")));
    let r = with_code(&warned, codes::REVIEW_OVERDUE);
    assert_eq!(r[0].severity, Severity::Warning);
    reg.settings
        .severity
        .insert(codes::REVIEW_OVERDUE, Severity::Error);
    let errs = check(&reg, Some(day("2024-01-01")));
    assert_eq!(
        with_code(&errs, codes::REVIEW_OVERDUE)[0].severity,
        Severity::Error
    );
}

#[test]
fn two_accountable_parties_in_one_row() {
    let mut reg = exby();
    assert!(with_code(&check(&reg, None), codes::TWO_ACCOUNTABLE).is_empty());
    let mut duty = reg.documents[1].duties[0].clone();
    duty.id = "9".into();
    duty.holder = party("exby/ks");
    duty.text = "fastställa IT-policyn".into();
    reg.documents[1].duties.push(duty);
    let diags = check(&reg, None);
    let two = with_code(&diags, codes::TWO_ACCOUNTABLE);
    assert_eq!(two.len(), 1, "{}", show(&diags));
    assert_eq!(
        two[0].location.as_ref().unwrap().pointer,
        "/documents/1/duties/8"
    );
    assert_eq!(two[0].severity, Severity::Warning);
}

#[test]
fn graph_integrity_is_located() {
    let mut reg = exby();
    // The 2019 policy now says it was decided before the one it replaces.
    reg.documents[0].decision_date = styrdok_core::DateValue::day(day("2020-01-01")).unwrap();
    let diags = check(&reg, None);
    let later = with_code(&diags, styrdok_graph::codes::REPLACES_LATER);
    assert_eq!(later.len(), 1, "{}", show(&diags));
    assert_eq!(
        later[0].location.as_ref().unwrap().pointer,
        "/documents/1/relations/0"
    );
}

#[test]
fn check_loaded_locates_in_the_file() {
    let mut loaded = styrdok_register::load_path(&fixture_path()).unwrap();
    check_loaded(&mut loaded, Some(day("2024-01-01")));
    let d = loaded
        .diagnostics
        .iter()
        .find(|d| d.code == codes::REVIEW_OVERDUE)
        .unwrap();
    let loc = d.location.as_ref().unwrap();
    let text = std::fs::read_to_string(fixture_path()).unwrap();
    let line = text
        .lines()
        .position(|l| l.contains(r#""review": {"due": "2023-02-11"}"#))
        .unwrap()
        + 1;
    assert_eq!(loc.line, Some(line as u32));
    assert!(loc.file.as_deref().unwrap().ends_with("exby.register.json"));
}
