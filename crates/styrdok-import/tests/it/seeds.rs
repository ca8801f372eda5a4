//! The five seeds against the hand-written ground truth.

use std::path::PathBuf;

use serde_json::Value;
use styrdok_import::{ImportDraft, import};

use crate::score::{Report, compare};

fn seeds_dir() -> PathBuf {
    PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/seeds"
    ))
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

fn pct(x: Option<f64>) -> String {
    x.map(|v| format!("{:.3}", v))
        .unwrap_or_else(|| "n/a".into())
}

#[test]
fn seed_scores() {
    let (total, _) = all_reports();
    println!("| field | tp | fp | fn | precision | recall |");
    println!("|---|---:|---:|---:|---:|---:|");
    for (f, c) in &total.fields {
        println!(
            "| {f} | {} | {} | {} | {} | {} |",
            c.tp,
            c.fp,
            c.fn_,
            pct(c.precision()),
            pct(c.recall())
        );
    }
    let t = total.total();
    println!(
        "| **all** | {} | {} | {} | {} | {} |",
        t.tp,
        t.fp,
        t.fn_,
        pct(t.precision()),
        pct(t.recall())
    );
    for m in &total.mismatches {
        println!("MISMATCH {m}");
    }
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
