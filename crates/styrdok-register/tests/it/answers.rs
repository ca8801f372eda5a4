//! Issue 14: the answers researchers ask of the bundled seed register —
//! RACI letters as the text means them, statuses the texts support, the
//! questions answered in docs/seed-register.md, and requirements.

use std::collections::BTreeSet;

use styrdok_core::{OrgId, Tri};
use styrdok_graph::StatusKind;
use styrdok_register::query::requires::{Fulfilment, requirements};
use styrdok_register::query::{
    GraphStatus, RaciMatrix, duties_of, in_force_at, raci_matrix, resolve_party,
};
use styrdok_register::{CoverageDate, CoverageQuery, Register, coverage_of};

use crate::cross_checks::day;

fn seeds() -> Register {
    let loaded = styrdok_register::bundled();
    assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
    loaded.register.expect("the bundled register loads")
}

fn cell(m: &RaciMatrix, activity: &str, party: &str) -> String {
    m.rows
        .iter()
        .find(|r| r.activity == activity)
        .unwrap_or_else(|| panic!("no row {activity}"))
        .cells
        .get(party)
        .map(|c| c.text())
        .unwrap_or_default()
}

fn status_of(reg: &Register, id: &str, at: &str) -> StatusKind {
    GraphStatus::new(reg)
        .graph()
        .status_at(&id.parse().unwrap(), day(at))
        .unwrap()
        .kind()
}

/// The status of one document on each of several days.
fn statuses_of(reg: &Register, id: &str, days: &[&str]) -> Vec<StatusKind> {
    days.iter().map(|at| status_of(reg, id, at)).collect()
}

#[test]
fn raci_letters_as_the_text_means_them() {
    let reg = seeds();
    let m = raci_matrix(&reg, Some(&"stockholm/it-program".parse().unwrap()));
    // "IT-rådet svarar för att: hålla sig informerade om utvecklingstrender": IT-rådet does it.
    assert_eq!(
        cell(&m, "bevaka-utvecklingstrender", "stockholm/it-radet"),
        "R"
    );
    // "stödja kommunstyrelsen i samordningen": KS coordinates (R), the supporter is C.
    assert_eq!(
        cell(
            &m,
            "stodja-ks-i-samordning-av-strategiska-it-projekt",
            "stockholm/stadsledningskontoret"
        ),
        "C"
    );
    assert!(
        cell(
            &m,
            "stodja-ks-i-samordning-av-strategiska-it-projekt",
            "stockholm/ks"
        )
        .starts_with('R'),
        "{}",
        cell(
            &m,
            "stodja-ks-i-samordning-av-strategiska-it-projekt",
            "stockholm/ks"
        )
    );
    // "genom revisorerna kontrollera": revisorerna R, KF A.
    assert_eq!(
        cell(
            &m,
            "kontrollera-att-it-programmet-efterfoljs",
            "stockholm/revisorerna"
        ),
        "R"
    );
    assert_eq!(
        cell(
            &m,
            "kontrollera-att-it-programmet-efterfoljs",
            "stockholm/kf"
        ),
        "A"
    );
    // Stadsledningskontoret serves KS: KS answers for its coordination (KL), not KF.
    assert_eq!(
        cell(&m, "samordna-informationssakerhetsarbetet", "stockholm/ks"),
        "A*"
    );
    assert_eq!(
        cell(&m, "samordna-informationssakerhetsarbetet", "stockholm/kf"),
        ""
    );
    // Nämnder och styrelser answer for their own activity (KL 6 kap 6 §).
    assert_eq!(
        cell(
            &m,
            "personuppgifter-enligt-lag",
            "stockholm/namnder-och-styrelser"
        ),
        "R/A*"
    );
    // With no KL answer, the adopting body: the employees' telephone duty.
    assert_eq!(
        cell(&m, "telefonen-personligt-ansvar", "stockholm/kf"),
        "A*"
    );
    assert!(m.diagnostics.is_empty(), "{:?}", m.diagnostics);

    // duties agrees with raci.
    let status = GraphStatus::new(&reg);
    let rev = resolve_party(&reg, "revisorerna", Some(&"stockholm".parse().unwrap()));
    let r = duties_of(&reg, &rev, None, &status);
    assert_eq!(r.duties.len(), 1);
    assert_eq!(r.duties[0].letter, styrdok_org::Raci::Responsible);
    let kf = resolve_party(&reg, "KF", Some(&"stockholm".parse().unwrap()));
    let r = duties_of(&reg, &kf, None, &status);
    let via = r.duties.iter().find(|e| e.duty == "3.1-3").unwrap();
    assert_eq!(via.letter, styrdok_org::Raci::Accountable);
    let ks = resolve_party(&reg, "KS", Some(&"stockholm".parse().unwrap()));
    let r = duties_of(&reg, &ks, None, &status);
    let supported = r.duties.iter().find(|e| e.duty == "3.4-4").unwrap();
    assert_eq!(supported.letter, styrdok_org::Raci::Responsible);
}

#[test]
fn who_is_accountable_for_information_security_in_solna() {
    let reg = seeds();
    let m = raci_matrix(
        &reg,
        Some(&"solna/informationssakerhetspolicy-2018".parse().unwrap()),
    );
    // Each nämnd for its own activity, KS for leading and coordinating;
    // fullmäktige (the adopter) is A nowhere.
    assert_eq!(
        cell(&m, "operativ-informationssakerhet", "solna/verksamheterna"),
        "R"
    );
    assert_eq!(
        cell(&m, "operativ-informationssakerhet", "solna/namnderna"),
        "A*"
    );
    assert_eq!(
        cell(
            &m,
            "samordna-och-utova-tillsyn-over-informationssakerhetsarbetet",
            "solna/ks"
        ),
        "R/A*"
    );
    assert_eq!(
        cell(
            &m,
            "informationssakerhetspolicyn-efterlevs",
            "solna/namnderna"
        ),
        "R/A*"
    );
    let accountable: BTreeSet<&str> = m
        .rows
        .iter()
        .flat_map(|r| r.cells.iter())
        .filter(|(_, c)| c.letters.contains(&styrdok_org::Raci::Accountable))
        .map(|(p, _)| p.as_str())
        .collect();
    assert_eq!(accountable, BTreeSet::from(["solna/ks", "solna/namnderna"]));
}

#[test]
fn statuses_the_texts_support() {
    let reg = seeds();
    // The e-strategi's replacement is announced ("kommer att ersättas"):
    // on 2006-01-01 it is simply in force.
    assert_eq!(
        statuses_of(
            &reg,
            "stockholm/e-strategi-2001",
            &["2006-01-01", "2012-01-01"]
        ),
        [StatusKind::InForce, StatusKind::InForce]
    );
    // "Senast uppdaterad: 16 december 2016": decided by then.
    assert_eq!(
        statuses_of(&reg, "haninge/it-policy", &["2020-01-01", "2016-01-01"]),
        [StatusKind::InForce, StatusKind::Unknown]
    );
    // The IT-program: not before 2007; the text gives no upper bound.
    assert_eq!(
        statuses_of(&reg, "stockholm/it-program", &["2006-01-01", "2012-01-01"]),
        [StatusKind::NotYetDecided, StatusKind::Unknown]
    );
}

#[test]
fn in_force_in_stockholm_on_2006_and_2012() {
    let reg = seeds();
    let sthlm = OrgId::new("stockholm").unwrap();
    let ids = |v: &[styrdok_graph::DocStatus]| -> Vec<String> {
        v.iter().map(|d| d.id.to_string()).collect()
    };
    let r = in_force_at(&reg, day("2006-01-01"), Some(&sthlm));
    assert_eq!(
        ids(&r.in_force),
        [
            "stockholm/e-strategi-2001",
            "stockholm/policy-och-riktlinjer-for-informationssakerhet-2005",
            "stockholm/telefonpolicy-1996",
        ]
    );
    let r = in_force_at(&reg, day("2012-01-01"), Some(&sthlm));
    // Only the e-strategi is certainly in force: its replacement is only
    // announced. Whatever the undated IT-program touches may be.
    assert_eq!(ids(&r.in_force), ["stockholm/e-strategi-2001"]);
    let maybe = ids(&r.possibly_in_force);
    for d in [
        "stockholm/it-program",
        "stockholm/telefonpolicy-1996",
        "stockholm/ny-e-strategi-2006",
    ] {
        assert!(maybe.contains(&d.to_owned()), "{d}: {maybe:?}");
    }
    assert_eq!(
        status_of(&reg, "stockholm/telefonpolicy-1996", "2012-01-01"),
        StatusKind::Unknown
    );
}

#[test]
fn what_ks_answers_for_in_stockholm() {
    let reg = seeds();
    let ks = resolve_party(&reg, "KS", Some(&"stockholm".parse().unwrap()));
    // As written: the program's adoption date is unknown, so at a date its
    // duties only "may apply".
    let r = duties_of(&reg, &ks, None, &GraphStatus::new(&reg));
    let keys: BTreeSet<String> = r.duties.iter().map(|e| e.duty.clone()).collect();
    // Owner of the program, §3.2, the groups' §3.5/§8 duties, and the
    // coordination Stadsledningskontoret supports.
    for k in ["1-2", "3.2-1", "3.4-4"] {
        assert!(keys.contains(k), "{k}: {keys:?}");
    }
    let at = duties_of(&reg, &ks, Some(day("2012-01-01")), &GraphStatus::new(&reg));
    let sthlm =
        |e: &&styrdok_register::query::DutyEntry| e.document.as_str().starts_with("stockholm/");
    assert_eq!(at.duties.iter().filter(sthlm).count(), 0);
    assert_eq!(
        at.may_apply.iter().filter(sthlm).count(),
        r.duties.iter().filter(sthlm).count()
    );
}

#[test]
fn solna_controls_on_2020_01_01() {
    let reg = seeds();
    let lib = styrdok_controls::Library::builtin().unwrap();
    let cat = lib.catalog("iso27001:2022").unwrap();
    let q = CoverageQuery {
        date: CoverageDate::At(day("2020-01-01")),
        organisation: Some(OrgId::new("solna").unwrap()),
        document: None,
    };
    let r = coverage_of(&reg, cat, Some(&lib.crosswalk), &q);
    assert_eq!(r.by_organisation.len(), 1);
    let solna = &r.by_organisation[&OrgId::new("solna").unwrap()];
    for c in ["5.1", "5.12", "5.36", "clause-9.1"] {
        assert!(solna.covered.contains(&c.to_owned()), "{c}");
    }
    for c in ["5.15", "8.7", "7.1"] {
        assert!(solna.not_addressed.contains(&c.to_owned()), "{c}");
    }
    // The IT-policy's status on 2020-01-01 is unknown: its links are apart.
    assert!(!solna.in_force_unknown.is_empty());
    assert_eq!(
        solna.covered.len()
            + solna.suggested.len()
            + solna.in_force_unknown.len()
            + solna.not_addressed.len(),
        cat.len()
    );
    // Accountable: KS and Nämnderna, never the adopting KF.
    let acc: Vec<&str> = solna.accountable.keys().map(String::as_str).collect();
    assert!(
        acc.contains(&"solna/namnderna") && acc.contains(&"solna/ks"),
        "{acc:?}"
    );
    assert!(!acc.contains(&"solna/kf"));
    // As written counts the IT-policy too.
    let all = coverage_of(
        &reg,
        cat,
        Some(&lib.crosswalk),
        &CoverageQuery {
            date: CoverageDate::AsWritten,
            ..q
        },
    );
    let solna_all = &all.by_organisation[&OrgId::new("solna").unwrap()];
    assert!(solna_all.covered.len() > solna.covered.len());
    assert!(solna_all.in_force_unknown.is_empty());
}

#[test]
fn what_seed_003_requires_and_whether_it_exists() {
    let reg = seeds();
    let r = requirements(
        &reg,
        Some(&OrgId::new("kommun-003").unwrap()),
        None,
        Some(day("2020-01-01")),
    );
    assert_eq!(r.rows.len(), 2);
    let ks = &r.rows[0];
    assert_eq!(ks.by.as_deref(), Some("kommun-003/ks"));
    assert_eq!(
        ks.kind.as_ref().map(|k| k.to_string()).as_deref(),
        Some("riktlinje")
    );
    assert!(
        ks.sentence
            .as_deref()
            .unwrap()
            .contains("Kommunstyrelsen ska fastställa riktlinjer"),
        "{:?}",
        ks.sentence
    );
    assert_eq!(ks.fulfilment, Fulfilment::Missing);
    let it = &r.rows[1];
    assert_eq!(it.by.as_deref(), Some("kommun-003/it-avdelningen"));
    assert_eq!(it.fulfilment, Fulfilment::Missing);
    assert_eq!(ks.requiring_in_force, Some(Tri::Unknown));
}

#[test]
fn requirements_per_member_and_matches() {
    let reg = seeds();
    // Solna's IT-policy is concretized by riktlinjer; Haninge requires one
    // IT-plan per förvaltning: one row per förvaltning the register knows.
    let r = requirements(&reg, Some(&OrgId::new("haninge").unwrap()), None, None);
    let per: Vec<_> = r.rows.iter().filter(|x| x.for_member.is_some()).collect();
    assert!(!per.is_empty());
    assert!(
        per.iter()
            .all(|x| x.by.as_deref() == Some("haninge/forvaltningarna"))
    );
    // Stockholm §6.
    let r = requirements(
        &reg,
        Some(&OrgId::new("stockholm").unwrap()),
        None,
        Some(day("2012-01-01")),
    );
    let six: Vec<&str> = r
        .rows
        .iter()
        .filter(|x| x.section.as_deref() == Some("6"))
        .map(|x| x.what.as_str())
        .collect();
    assert!(
        six.iter().any(|w| w.contains("informationsklassificering")),
        "{six:?}"
    );
    assert!(six.iter().any(|w| w.contains("riskanalys")));
    assert!(six.iter().any(|w| w.contains("säkerhetsorganisation")));
    // "lokala riktlinjer" by each of Nämnder och styrelser.
    let local: Vec<_> = r
        .rows
        .iter()
        .filter(|x| x.what == "lokala riktlinjer")
        .collect();
    assert!(local.len() >= 2, "{}", local.len());
    assert!(local.iter().all(|x| x.for_member.is_some()));
}
