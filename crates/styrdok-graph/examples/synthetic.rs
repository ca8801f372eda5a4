//! Builds a synthetic graph of N documents (default 1 000 000), computes every
//! status at a date once and prints timings — for measuring memory with
//! `/usr/bin/time -v cargo run --release -p styrdok-graph --example synthetic`.
#![allow(missing_docs, clippy::expect_used)]

use std::time::Instant;

use chrono::NaiveDate;

#[path = "../benches/support/synth.rs"]
mod synth;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let t = Instant::now();
    let g = synth::graph(n);
    let built = t.elapsed();
    let at = NaiveDate::from_ymd_opt(2000, 6, 1).unwrap_or_default();
    let t = Instant::now();
    let in_force = g
        .statuses_at(at)
        .iter()
        .filter(|(_, s)| s.in_force() == styrdok_core::Tri::Yes)
        .count();
    let statuses = t.elapsed();
    println!(
        "nodes {} edges {} built in {built:?}; all statuses at {at} in {statuses:?}; {in_force} in force; build diagnostics {}",
        g.node_count(),
        g.edge_count(),
        g.build_diagnostics().len()
    );
}
