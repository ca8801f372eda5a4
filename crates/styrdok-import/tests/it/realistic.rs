//! Fourteen invented documents in other municipalities' styles
//! (`tests/data/realistic/*.txt`) against a truth written by hand before the
//! importer was changed for them (`tests/data/realistic-truth.json`, see its
//! git history). Unlike the seeds, the importer is not expected to reproduce
//! this truth exactly: the misses that remain are listed in
//! [`KNOWN_MISSES`] and in docs/import.md "Known limits", so a fix or a
//! regression both make this test fail until the list is updated.

use std::path::PathBuf;

use serde_json::Value;
use styrdok_import::import;

use crate::score::{Report, compare};

fn dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data"))
}

fn reports() -> Report {
    reports_of("realistic-truth.json", "realistic")
}

fn reports_of(truth_file: &str, texts: &str) -> Report {
    let t = std::fs::read_to_string(dir().join(truth_file)).unwrap();
    let truth: Value = serde_json::from_str(&t).unwrap();
    let mut total = Report::default();
    for (name, t) in truth.as_object().unwrap() {
        if name.starts_with('_') {
            continue;
        }
        let text = std::fs::read_to_string(dir().join(texts).join(format!("{name}.txt"))).unwrap();
        total.merge(&compare(name, &import(&text), t));
    }
    total
}

/// Mismatches between the importer and the hand-written truth that remain,
/// each a limit documented in docs/import.md.
const KNOWN_MISSES: &[&str] = &[];

#[test]
fn realistic_scores() {
    check(&reports(), KNOWN_MISSES);
}

/// Misses on the held-out texts (`tests/data/heldout/`), whose truth was
/// committed before the importer was first run on them. The first run
/// missed six facts (docs/import.md); all were later fixed by general rules,
/// so these texts are no longer unseen.
const HELDOUT_MISSES: &[&str] = &[];

#[test]
fn heldout_scores() {
    check(&reports_of("heldout-truth.json", "heldout"), HELDOUT_MISSES);
}

/// Misses on the blind texts (`tests/data/blind/`): eight documents written
/// by a session that had not read the importer's source or its other test
/// data, with their truth committed before the importer was first run on
/// them. The first-run figures are in docs/import.md.
const BLIND_MISSES: &[&str] = &[
    "b01_region_policy_resor relations missing: {\"kind\":\"concretized_by\",\"announced\":false,\"target.title\":\"riktlinjer for tjansteresor och moten\",\"target.dnr\":\"dnr rs 2022/1544\"}",
    "b02_kommun_riktlinje_representation duties missing: [\"den som beslutar om representation\",\"deltagarna och syftet dokumenteras\"]",
    "b02_kommun_riktlinje_representation relations extra: {\"kind\":\"complements\",\"announced\":false}",
    "b02_kommun_riktlinje_representation relations missing: {\"kind\":\"complements\",\"announced\":false,\"target.title\":\"policy mot mutor och jav\",\"target.date\":\"2019-10-21\"}",
    "b03_program_lokaler duties missing: [\"lokalstyrgruppen\",\"prioritera mellan namndernas behov\"]",
    "b04_handlingsplan_vald duties extra: [\"individ- och familjeomsorgschefen\",\"aktiviteterna genomfors och ska rapportera resultatet till namnden varje host\"]",
    "b04_handlingsplan_vald duties missing: [\"individ- och familjeomsorgschefen\",\"aktiviteterna genomfors\"]",
    "b04_handlingsplan_vald duties missing: [\"individ- och familjeomsorgschefen\",\"rapportera resultatet till namnden varje host\"]",
    "b04_handlingsplan_vald relations extra: {\"kind\":\"references\",\"announced\":false,\"target.dnr\":\"sosfs 2014:4\"}",
    "b04_handlingsplan_vald relations missing: {\"kind\":\"replaces\",\"announced\":false,\"target.title\":\"handlingsplan mot vald i nara relationer 2019-2022\"}",
    "b04_handlingsplan_vald title: predicted \"socialforvaltningen handlingsplan\", truth \"handlingsplan mot vald i nara relationer 2023-2025\"",
    "b06_reglemente_kultur relations missing: {\"kind\":\"complemented_by\",\"announced\":false}",
    "b08_rutin_synpunkter duties missing: [\"den medarbetare som tar emot en synpunkt\",\"den registreras samma dag\"]",
];

#[test]
fn blind_scores() {
    check(&reports_of("blind-truth.json", "blind"), BLIND_MISSES);
}

fn check(total: &Report, known_misses: &[&str]) {
    total.print();
    // Never invent an adoption fact or an own diarienummer.
    for f in ["decision_date", "adopted_by", "dnr", "decision_paragraph"] {
        assert_eq!(total.fields[f].fp, 0, "{f}: {:#?}", total.mismatches);
    }
    let mut got: Vec<&str> = total.mismatches.iter().map(String::as_str).collect();
    got.sort_unstable();
    let mut known = known_misses.to_vec();
    known.sort_unstable();
    assert_eq!(got, known);
}

/// `STYRDOK_DUMP_FILE=path cargo test -p styrdok-import --test it dump_file
/// -- --nocapture` prints the draft of one file (a debugging aid).
#[test]
fn dump_file() {
    let Ok(path) = std::env::var("STYRDOK_DUMP_FILE") else {
        return;
    };
    let d = import(&std::fs::read_to_string(path).unwrap());
    println!("{}", serde_json::to_string_pretty(&d).unwrap());
}

/// Misses on the second blind set (`tests/data/blind2/`): eight documents
/// (region and nämnd, municipal company, kommunalförbund, delegationsordning,
/// an official's rutin, a colophon at the end, a flattened two-column front
/// page, lost digits) written by a session that had not read the importer's
/// source or its other test texts, truth committed before the first run.
/// The first-run figures are in docs/import.md.
const BLIND2_MISSES: &[&str] = &[
    "c01_region_hsn_riktlinjer_lakemedel title: predicted \"riktlinjer for lakemedelshantering\", truth \"riktlinjer for lakemedelshantering i halso- och sjukvarden\"",
    "c01_region_hsn_riktlinjer_lakemedel owner: predicted {\"name\":\"cheflakare\",\"kind\":null}, truth {\"name\":\"cheflakare\",\"kind\":\"tjansteperson\"}",
    "c02_region_rf_policy_kolofon duties missing: [\"alla medarbetare\",\"rapportera informationssakerhetsincidenter\"]",
    "c04_forbund_handlingsprogram_tvaspalt title: predicted \"handlingsprogram\", truth \"handlingsprogram for forebyggande verksamhet och raddningstjanst 2024-2027\"",
    "c05_delegationsordning_utdrag kind: predicted null, truth \"other\"",
    "c05_delegationsordning_utdrag owner: predicted {\"name\":\"namndsekreterare\",\"kind\":null}, truth {\"name\":\"namndsekreterare\",\"kind\":\"tjansteperson\"}",
    "c06_rutin_faststalld_forvaltningschef owner: predicted {\"name\":\"dataskyddssamordnare\",\"kind\":null}, truth {\"name\":\"dataskyddssamordnare\",\"kind\":\"tjansteperson\"}",
    "c07_kf_strategi_trasig kind: predicted null, truth \"strategi\"",
    "c07_kf_strategi_trasig title: predicted null, truth \"strategi for digital utveckling 2019-2022\"",
    "c07_kf_strategi_trasig owner: predicted {\"name\":\"digitaliserings chef\",\"kind\":\"tjansteperson\"}, truth {\"name\":\"digitaliseringschef\",\"kind\":\"tjansteperson\"}",
    "c07_kf_strategi_trasig duties missing: [\"kommunstyrelsen\",\"strategin genomfors och foljs upp\"]",
    "c08_regionstyrelsen_regler_attest kind: predicted null, truth \"regler\"",
    "c08_regionstyrelsen_regler_attest title: predicted null, truth \"regler for attest och utanordning\"",
];

#[test]
fn blind2_scores() {
    check(&reports_of("blind2-truth.json", "blind2"), BLIND2_MISSES);
}
