//! The five seeds against the hand-written ground truth.

use std::path::PathBuf;

use serde_json::Value;
use styrdok_import::{ImportDraft, import};

use crate::score::{Report, compare};

fn seeds_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/seeds"))
}

fn truth() -> Value {
    let t = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/seeds-truth.json"
    ))
    .unwrap();
    serde_json::from_str(&t).unwrap()
}

fn seed(name: &str) -> (String, ImportDraft) {
    let text = std::fs::read_to_string(seeds_dir().join(format!("{name}.txt"))).unwrap();
    let d = import(&text);
    (text, d)
}

fn all_reports() -> (Report, Vec<(String, Report)>) {
    let truth = truth();
    let mut total = Report::default();
    let mut per = Vec::new();
    for (name, t) in truth.as_object().unwrap() {
        if name.starts_with('_') {
            continue;
        }
        let (_, d) = seed(name);
        let r = compare(name, &d, t);
        total.merge(&r);
        per.push((name.clone(), r));
    }
    (total, per)
}

#[test]
fn seed_scores() {
    let (total, _) = all_reports();
    total.print();
    // Never invent: precision 1.0 on these fields.
    for f in ["decision_date", "adopted_by", "dnr", "decision_paragraph"] {
        let c = total.fields[f];
        assert_eq!(c.fp, 0, "{f} invented a value: {:?}", total.mismatches);
    }
    // The ground truth is reproduced.
    assert!(total.mismatches.is_empty(), "{:#?}", total.mismatches);
}

#[test]
fn dump() {
    if std::env::var("STYRDOK_DUMP").is_err() {
        return;
    }
    for n in [
        "000_9c5db103755c6d10",
        "001_b90bddabf8e63766",
        "002_81470e80bb465a5a",
        "003_7b5c5afe83316d9b",
        "004_4c60dbe115476b24",
    ] {
        let (_, d) = seed(n);
        println!("===== {n}\n{}", d.summary());
    }
}

#[test]
fn must_show_seed_004_metadata_table() {
    let (_, d) = seed("004_4c60dbe115476b24");
    assert_eq!(d.kind.as_ref().map(|k| k.id()), Some("policy"));
    assert_eq!(d.kind_as_written.as_deref(), Some("Policy"));
    let v = d.validity.as_ref().unwrap();
    assert_eq!(
        (v.as_written.as_str(), v.until_further_notice),
        ("Tills vidare", true)
    );
    let a = d.adopted_by.as_ref().unwrap();
    assert_eq!(a.name, "Kommunfullmäktige");
    assert_eq!(a.kind, Some(styrdok_core::BodyKind::Fullmaktige));
    assert_eq!(
        d.decision_date.map(|x| x.to_string()).as_deref(),
        Some("2018-05-28")
    );
    assert_eq!(d.required_by_law, Some(false));
    assert_eq!(
        d.owner.as_ref().map(|o| o.name.as_str()),
        Some("Stadsledningsförvaltningen")
    );
    assert_eq!(d.metadata_as_written["Revisionsdatum"], "---");
    assert!(d.review.as_ref().unwrap().stated_blank);
    let p = &d.provenance["/decision_date"];
    assert_eq!((p.lines.start, p.lines.end), (31, 33));
    assert!(p.confidence >= 0.9);
}

#[test]
fn must_show_stockholm_relations_and_duties() {
    use styrdok_import::RelationKind as K;
    let (_, d) = seed("001_b90bddabf8e63766");
    let part = d
        .relations
        .iter()
        .find(|r| r.kind == K::ReplacesInPart)
        .unwrap();
    assert_eq!(part.target.sections, ["3"]);
    assert_eq!(
        part.target.date.map(|x| x.to_string()).as_deref(),
        Some("2005-06-13")
    );
    assert_eq!(part.section.as_deref(), Some("1"));
    assert_eq!(
        d.relations
            .iter()
            .filter(|r| r.kind == K::Replaces && !r.announced)
            .count(),
        1
    );
    let complemented: Vec<&str> = d
        .relations
        .iter()
        .filter(|r| r.kind == K::ComplementedBy)
        .filter_map(|r| r.target.dnr.as_deref())
        .collect();
    assert_eq!(
        complemented,
        [
            "dnr 1995:159",
            "dnr 055-1611/2001",
            "dnr 034-418/2005",
            "dnr 663-3732/2005",
            "dnr 031-2487/2007",
            "dnr 051-3582/2006"
        ]
    );
    let count = |section: &str, body: &str| {
        d.duties
            .iter()
            .filter(|x| x.section.as_deref() == Some(section) && x.body.name == body)
            .count()
    };
    assert_eq!(count("3.1", "Kommunfullmäktige"), 3);
    assert_eq!(count("3.2", "Kommunstyrelsen"), 2);
    assert_eq!(count("3.3", "IT-rådet"), 5);
    assert_eq!(count("3.4", "Stadsledningskontoret"), 12);
    assert_eq!(count("3.5", "Nämnder och styrelser"), 11);
    assert_eq!(count("8", "Förvaltningschefer och bolagschefer"), 1);
    assert_eq!(count("8", "Stadsledningskontoret"), 2);
    // Wrapped bullets are one duty ("… mål från\n\nKF").
    assert!(
        d.duties
            .iter()
            .any(|x| x.text.ends_with("i relation till mål från KF"))
    );
}
