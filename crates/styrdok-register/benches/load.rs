//! Scale benchmarks (docs/performance.md): load + check of generated
//! registers beside the floor (the `serde_json::Value` parse of the same
//! bytes, measured in the same run), status at a date for one organisation
//! and the whole register, duties of a body, coverage of one organisation,
//! lineage, and the validate-as-you-type update.
//!
//! Sizes: 1k and 10k documents by default; `STYRDOK_BENCH_SIZES=1000,10000,100000`
//! chooses others (100k takes minutes per sample on a 2-core machine; the
//! 311k national register has its own command in docs/performance.md).
#![allow(
    missing_docs,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing
)]

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use styrdok_core::OrgId;
use styrdok_register::checks::Session;
use styrdok_register::generate::{GenOptions, generate};
use styrdok_register::query::{GraphStatus, duties_of, resolve_party};

fn register_text(docs: usize) -> (styrdok_register::Register, String) {
    let per_org = 1000.min(docs);
    let reg = generate(&GenOptions {
        orgs: docs / per_org,
        docs_per_org: per_org,
        seed: 7,
        errors: Default::default(),
    })
    .expect("generated");
    let text = serde_json::to_string_pretty(&reg).expect("serialized");
    (reg, text)
}

fn sizes() -> Vec<usize> {
    std::env::var("STYRDOK_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000])
}

fn load_check(c: &mut Criterion) {
    let at = NaiveDate::from_ymd_opt(2026, 1, 1);
    let mut g = c.benchmark_group("load_check");
    g.sample_size(10);
    for n in sizes() {
        let (_, text) = register_text(n);
        g.throughput(criterion::Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("floor: serde_json::Value", n),
            &text,
            |b, t| b.iter(|| serde_json::from_str::<serde_json::Value>(t).expect("json")),
        );
        g.bench_with_input(BenchmarkId::new("load + check", n), &text, |b, t| {
            b.iter(|| {
                let mut l = styrdok_register::load_str(t, Some("generated.json"));
                styrdok_register::check_loaded(&mut l, at);
                assert!(!l.has_errors());
                l
            })
        });
    }
    g.finish();
}

fn queries(c: &mut Criterion) {
    let day = NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    let n = sizes().into_iter().max().unwrap_or(10_000);
    let (reg, _) = register_text(n);
    let status = GraphStatus::new(&reg);
    let org: OrgId = reg.organisations[0].id.clone();
    let mut g = c.benchmark_group("queries");
    g.sample_size(20);
    g.bench_function(
        BenchmarkId::new("status at a date: one organisation", n),
        |b| b.iter(|| status.graph().in_force_at(day, Some(&org))),
    );
    g.bench_function(
        BenchmarkId::new("status at a date: whole register", n),
        |b| b.iter(|| status.graph().in_force_at(day, None)),
    );
    let ks = format!("{org}/ks");
    let parties = resolve_party(&reg, &ks, Some(&org));
    g.bench_function(BenchmarkId::new("duties of a body", n), |b| {
        b.iter(|| duties_of(&reg, &parties, Some(day), &status))
    });
    let one_org = {
        let mut r = reg.clone();
        r.documents.retain(|d| d.org() == org);
        r.control_links.retain(|l| {
            l.statement
                .document()
                .as_str()
                .starts_with(&format!("{org}/"))
        });
        r
    };
    let lib = styrdok_controls::Library::builtin().expect("library");
    let catalog = lib.catalog("iso27001:2022").expect("catalog");
    g.bench_function(BenchmarkId::new("coverage of one organisation", n), |b| {
        b.iter(|| styrdok_register::coverage_at(&one_org, catalog, day))
    });
    let last = reg.documents.last().expect("documents").id.clone();
    g.bench_function(BenchmarkId::new("lineage", n), |b| {
        b.iter(|| status.graph().lineage(&last).expect("lineage"))
    });
    g.finish();

    let mut g = c.benchmark_group("validate_as_you_type");
    g.sample_size(20);
    let mut session = Session::new(reg.clone(), Some(day));
    let mid = reg.documents.len() / 2;
    let doc = reg.documents[mid].clone();
    let mut other = doc.clone();
    if let Some(d) = other.duties.first_mut() {
        d.holder = format!("{org}/nobody").parse().expect("a party id");
    }
    let mut flip = false;
    g.bench_function(BenchmarkId::new("replace one document", n), |b| {
        b.iter(|| {
            flip = !flip;
            let d = if flip { other.clone() } else { doc.clone() };
            session.replace(mid, d).expect("position")
        })
    });
    g.finish();
}

criterion_group!(benches, load_check, queries);
criterion_main!(benches);
