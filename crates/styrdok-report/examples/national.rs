//! Generates a national-scale register (default 311 organisations × 1,000
//! documents), renders the split report and writes it; prints the time and
//! the page sizes. The figures in `docs/report.md` come from:
//!
//! ```sh
//! cargo run --release -p styrdok-report --example national -- 311 1000 target/national
//! ```
//!
//! The register is synthetic (ids, titles and dates made up by a fixed
//! rule, no randomness): 5 bodies and one group per organisation; per
//! document 3 sections, 2 statements and a duty; every 5th document of a
//! kind replaces the previous one, every 20th replaces its section 2 in
//! part, every 50th announces a replacement; dates known to the day, some
//! only to the year, some only as "not before"; a control link for every
//! 4th document, every third of them suggested.
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

use std::fmt::Write as _;
use std::time::Instant;

use serde_json::{Value, json};

const KINDS: [&str; 6] = [
    "policy",
    "riktlinje",
    "rutin",
    "plan",
    "program",
    "strategi",
];
const CONTROLS: [&str; 8] = ["5.1", "5.2", "5.15", "5.24", "6.3", "8.7", "8.13", "8.15"];

fn organisation(i: usize) -> Value {
    let o = format!("kommun-{i:03}");
    json!({
        "id": o, "name": format!("Kommun {i:03}"), "kind": "kommun",
        "bodies": [
            {"id": format!("{o}/kf"), "name": "Kommunfullmäktige", "kind": "fullmaktige"},
            {"id": format!("{o}/ks"), "name": "Kommunstyrelsen", "kind": "styrelse"},
            {"id": format!("{o}/bun"), "name": "Barn- och utbildningsnämnden", "kind": "namnd"},
            {"id": format!("{o}/son"), "name": "Socialnämnden", "kind": "namnd"},
            {"id": format!("{o}/tekn"), "name": "Tekniska nämnden", "kind": "namnd"}
        ],
        "groups": [{"id": format!("{o}/namnderna"), "name": "Nämnderna", "member_kinds": ["namnd", "styrelse"]}]
    })
}

fn document(i: usize, j: usize, links: &mut Vec<Value>) -> Value {
    let o = format!("kommun-{i:03}");
    let kind = KINDS[j % KINDS.len()];
    let id = format!("{o}/{kind}-{j:04}");
    let year = 1995 + (j / KINDS.len()) % 31;
    let date = match j % 7 {
        0 => json!(format!("{year}")),
        1 => json!({"not_before": format!("{year}")}),
        _ => json!(format!("{year}-{:02}-{:02}", 1 + j % 12, 1 + j % 28)),
    };
    let adopter = if kind == "policy" || kind == "program" {
        "kf"
    } else {
        "ks"
    };
    let holder = ["ks", "bun", "son", "tekn", "namnderna"][j % 5];
    let st = |s: &str, n: u32| format!("{id}#{s}:{n}");
    let mut relations = Vec::new();
    if j >= KINDS.len() {
        let prev = format!("{o}/{kind}-{:04}", j - KINDS.len());
        if j.is_multiple_of(5) {
            relations.push(json!({"kind": "replaces", "target": prev}));
        } else if j % 20 == 3 {
            relations.push(json!({"kind": "replaces_in_part", "target": prev, "sections": ["2"]}));
        } else if j % 50 == 7 {
            relations.push(json!({"kind": "replaces", "target": prev, "announced": true}));
        }
    }
    if j.is_multiple_of(4) {
        links.push(json!({
            "statement": st("1", 1),
            "control": format!("iso27001:2022/{}", CONTROLS[j % CONTROLS.len()]),
            "relationship": "intersects-with",
            "basis": "generated",
            "status": if j.is_multiple_of(3) { "suggested" } else { "confirmed" }
        }));
    }
    json!({
        "id": id, "title": format!("{} {j} för kommun {i:03}", kind_title(kind)),
        "kind": kind, "stage": "adopted", "adopted_by": format!("{o}/{adopter}"),
        "decision_date": date,
        "sections": [{"id": "1", "heading": "Syfte"}, {"id": "2", "heading": "Ansvar"}, {"id": "3", "heading": "Uppföljning"}],
        "statements": [
            {"id": st("1", 1), "text": "Informationssäkerheten ska bedrivas systematiskt.", "type": "requirement", "modality": "ska"},
            {"id": st("2", 1), "text": format!("Nämnden ansvarar för att dokument {j} följs."), "type": "responsibility", "modality": "none"}
        ],
        "duties": [{"id": "2-1", "holder": format!("{o}/{holder}"), "activity": format!("folja-{kind}"),
                    "text": "ansvarar för att dokumentet följs", "section": "2",
                    "statements": [{"statement": st("2", 1), "basis": "generated"}]}],
        "relations": relations
    })
}

fn kind_title(k: &str) -> &'static str {
    match k {
        "policy" => "Policy",
        "riktlinje" => "Riktlinje",
        "rutin" => "Rutin",
        "plan" => "Plan",
        "program" => "Program",
        _ => "Strategi",
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let orgs: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(311);
    let docs: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(1000);
    let out = std::path::PathBuf::from(
        args.get(3)
            .cloned()
            .unwrap_or_else(|| "target/national".into()),
    );

    let t = Instant::now();
    let mut links = Vec::new();
    let organisations: Vec<Value> = (0..orgs).map(organisation).collect();
    let documents: Vec<Value> = (0..orgs)
        .flat_map(|i| (0..docs).map(move |j| (i, j)))
        .map(|(i, j)| document(i, j, &mut links))
        .collect();
    // pretty-printed, as registers are written: the loader locates
    // diagnostics by line, and one 400 MB line would make that the cost
    let text = serde_json::to_string_pretty(&json!({
        "format_version": "1", "title": "Genererat nationellt register",
        "organisations": organisations, "documents": documents, "control_links": links
    }))
    .unwrap();
    eprintln!(
        "generated {} documents ({:.0} MB of JSON) in {:.1?}",
        orgs * docs,
        text.len() as f64 / 1e6,
        t.elapsed()
    );

    let t = Instant::now();
    let loaded = styrdok_register::load_str(&text, Some("national.json"));
    let reg = loaded
        .register
        .as_ref()
        .expect("the generated register loads");
    eprintln!(
        "loaded in {:.1?} ({} diagnostics)",
        t.elapsed(),
        loaded.diagnostics.len()
    );

    let at = chrono::NaiveDate::from_ymd_opt(2026, 1, 1);
    let t = Instant::now();
    let pages =
        styrdok_report::render_split(reg, &loaded.diagnostics, &styrdok_report::Options::new(at));
    let render = t.elapsed();
    let t = Instant::now();
    styrdok_report::write_split(&out, &pages).expect("writes the pages");
    let write = t.elapsed();
    let mut sizes: Vec<(usize, &str)> = pages
        .iter()
        .map(|p| (p.html.len(), p.file.as_str()))
        .collect();
    sizes.sort();
    let total: usize = sizes.iter().map(|s| s.0).sum();
    let mut report = String::new();
    let _ = writeln!(
        report,
        "pages: {}, total {:.1} MB, rendered in {render:.1?}, written in {write:.1?}",
        pages.len(),
        total as f64 / 1e6
    );
    let index = pages
        .iter()
        .find(|p| p.file == "index.html")
        .map_or(0, |p| p.html.len());
    let _ = writeln!(report, "index.html: {:.2} MB", index as f64 / 1e6);
    let median = sizes[sizes.len() / 2];
    let max = sizes[sizes.len() - 1];
    let _ = writeln!(
        report,
        "organisation page: median {:.2} MB, largest {:.2} MB ({})",
        median.0 as f64 / 1e6,
        max.0 as f64 / 1e6,
        max.1
    );
    let over = sizes.iter().filter(|s| s.0 >= 5 * 1024 * 1024).count();
    let _ = writeln!(report, "pages of 5 MiB or more: {over}");
    print!("{report}");
}
