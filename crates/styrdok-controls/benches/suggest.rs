//! Suggester benchmarks (`docs/suggestions.md`, "Cost"): training the two
//! learned parts from the built-in labelled statements (done once per
//! process, the first time a statement needs them) and suggestions once
//! they are trained.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use styrdok_controls::{LearnedGate, NearestStatements, Suggester, training_statements};

/// Statements of the kinds a user asks about: one the lexicon names
/// controls for, one where the learned ranker may fill, one with no
/// information-security content (the gate stops it).
const STATEMENTS: [&str; 3] = [
    "Lösenord ska vara personliga och får inte lämnas ut till någon annan.",
    "Leverantörer som hanterar kommunens information ska följa kommunens krav.",
    "Nämnden ska årligen följa upp verksamhetens budget.",
];

fn bench(c: &mut Criterion) {
    let data = training_statements();
    c.bench_function("suggest/train ranker (built-in statements)", |b| {
        b.iter(|| NearestStatements::train(std::hint::black_box(data)))
    });
    c.bench_function("suggest/train gate-opener (built-in statements)", |b| {
        b.iter(|| {
            LearnedGate::train(
                data.iter()
                    .map(|s| (s.text.as_str(), !s.controls.is_empty())),
            )
        })
    });
    let suggester = Suggester::builtin().expect("the built-in lexicon parses");
    for text in STATEMENTS {
        // The first calls train the learned parts; the bench measures the rest.
        let _ = suggester.suggest(text);
    }
    c.bench_function("suggest/three statements, trained", |b| {
        b.iter(|| {
            STATEMENTS
                .iter()
                .map(|t| suggester.suggest(std::hint::black_box(t)).len())
                .sum::<usize>()
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = bench
}
criterion_main!(benches);
