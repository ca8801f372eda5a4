//! Loading and checking registers: the bundled seed register and synthetic
//! registers of 1 000 and 10 000 documents.
#![allow(missing_docs, clippy::unwrap_used)]

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use serde_json::{Value, json};

/// A synthetic register: `orgs` municipalities with KF, KS, two nämnder and a
/// förvaltning; documents in chains of five replacements (policy by KF,
/// riktlinjer by KS), each with three statements, two duties and a control
/// link per statement. Each document replaces the one two before it (same
/// kind), except every fifth, which starts a new chain.
fn synthetic(orgs: usize, docs_per_org: usize) -> String {
    let mut organisations = Vec::new();
    let mut documents = Vec::new();
    let mut links = Vec::new();
    for o in 0..orgs {
        let org = format!("kommun-{o}");
        organisations.push(json!({
            "id": org, "name": format!("Kommun {o}"), "kind": "kommun", "profile": "builtin:generic",
            "bodies": [
                {"id": format!("{org}/kf"), "name": "Kommunfullmäktige", "kind": "fullmaktige"},
                {"id": format!("{org}/ks"), "name": "Kommunstyrelsen", "kind": "styrelse",
                 "links": [{"kind": "appointed_by", "target": format!("{org}/kf")}]},
                {"id": format!("{org}/son"), "name": "Socialnämnden", "kind": "namnd"},
                {"id": format!("{org}/bun"), "name": "Barn- och utbildningsnämnden", "kind": "namnd"},
                {"id": format!("{org}/klk"), "name": "Kommunledningskontoret", "kind": "forvaltning",
                 "links": [{"kind": "serves", "target": format!("{org}/ks")}]}
            ]
        }));
        for d in 0..docs_per_org {
            let id = format!("{org}/dokument-{d}");
            let chain_pos = d % 5;
            let policy = d % 2 == 0;
            let year = 1950 + (d as i32) / 2;
            let mut doc = json!({
                "id": id,
                "title": format!("Dokument {d}"),
                "kind": if policy { "policy" } else { "riktlinje" },
                "stage": "adopted",
                "adopted_by": if policy { format!("{org}/kf") } else { format!("{org}/ks") },
                "decision_date": format!("{year}-0{}-1{}", 1 + d % 9, d % 10),
                "sections": [{"id": "1", "heading": "Syfte"}, {"id": "2", "heading": "Ansvar"}],
                "statements": (1..=3).map(|n| json!({
                    "id": format!("{id}#2:{n}"),
                    "text": "Alla incidenter ska rapporteras.",
                    "type": "requirement", "modality": "ska"
                })).collect::<Vec<Value>>(),
                "duties": [
                    {"id": "2-1", "holder": format!("{org}/ks"), "activity": "samordna", "text": "samordna arbetet", "section": "2",
                     "statements": [{"statement": format!("{id}#2:1"), "basis": "same sentence"}]},
                    {"id": "2-2", "holder": format!("{org}/son"), "activity": "folja", "text": "ansvarar för att följa upp", "section": "2"}
                ]
            });
            if chain_pos > 0 && d >= 2 {
                doc["relations"] = json!([{"kind": "replaces", "target": format!("{org}/dokument-{}", d - 2), "stated_in": "1"}]);
            }
            documents.push(doc);
            for n in 1..=3 {
                links.push(json!({
                    "statement": format!("{id}#2:{n}"), "control": "iso27001:2022/5.24",
                    "relationship": "intersects-with", "basis": "incident", "status": "confirmed"
                }));
            }
        }
    }
    serde_json::to_string_pretty(&json!({
        "format_version": "1",
        "organisations": organisations,
        "documents": documents,
        "control_links": links
    }))
    .unwrap()
}

fn bench(c: &mut Criterion) {
    let at = NaiveDate::from_ymd_opt(2020, 1, 1);
    let mut g = c.benchmark_group("register");
    g.sample_size(10);
    g.bench_function("bundled: load", |b| b.iter(styrdok_register::bundled));
    g.bench_function("bundled: load + cross-checks", |b| {
        b.iter(|| {
            let mut l = styrdok_register::bundled();
            styrdok_register::check_loaded(&mut l, at);
            l
        })
    });
    for n in [1_000usize, 10_000] {
        let text = synthetic(n / 100, 100);
        g.bench_with_input(BenchmarkId::new("load", n), &text, |b, t| {
            b.iter(|| styrdok_register::load_str(t, Some("synthetic.json")))
        });
        g.bench_with_input(BenchmarkId::new("load + cross-checks", n), &text, |b, t| {
            b.iter(|| {
                let mut l = styrdok_register::load_str(t, Some("synthetic.json"));
                styrdok_register::check_loaded(&mut l, at);
                assert!(
                    !l.has_errors(),
                    "{:?}",
                    &l.diagnostics[..l.diagnostics.len().min(3)]
                );
                l
            })
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
