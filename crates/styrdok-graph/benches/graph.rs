//! Benchmarks: status at a date and lineage on 10k- and 1M-document graphs.
#![allow(missing_docs, clippy::expect_used)]

use std::hint::black_box;

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

#[path = "support/synth.rs"]
mod synth;

fn benches(c: &mut Criterion) {
    let at = NaiveDate::from_ymd_opt(2000, 6, 1).expect("a date");
    let mut build = c.benchmark_group("build");
    build.sample_size(10);
    build.bench_function(BenchmarkId::from_parameter(10_000), |b| {
        b.iter(|| synth::graph(black_box(10_000)))
    });
    build.finish();
    for n in [10_000usize, 1_000_000] {
        let g = synth::graph(n);
        let mid = synth::doc_id(7, 5);
        let long_mid = synth::doc_id(0, synth::LONG / 2);
        let mut group = c.benchmark_group(format!("graph_{n}"));
        group.sample_size(10);
        group.bench_function("status_one", |b| {
            b.iter(|| g.status_at(black_box(&mid), black_box(at)).expect("known"))
        });
        group.bench_function("status_all", |b| {
            b.iter(|| g.statuses_at(black_box(at)).len())
        });
        group.bench_function("in_force_one_org", |b| {
            let org = "org7".parse().expect("an org id");
            b.iter(|| g.in_force_at(black_box(at), Some(&org)).in_force.len())
        });
        group.bench_function("lineage_long_chain", |b| {
            b.iter(|| {
                g.lineage(black_box(&long_mid))
                    .expect("known")
                    .successors
                    .len()
            })
        });
        group.bench_function("current_successor_long_chain", |b| {
            b.iter(|| {
                g.current_successor(black_box(&long_mid), None)
                    .expect("known")
            })
        });
        group.finish();
    }
}

criterion_group!(graph_benches, benches);
criterion_main!(graph_benches);
