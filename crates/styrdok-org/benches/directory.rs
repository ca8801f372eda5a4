//! Directory benchmarks (docs/directory.md): parsing the bundled data (done
//! once per process by `directory()`), one lookup, and recognition on the
//! front matter of the 71 real corpus texts.
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use styrdok_org::directory::{Directory, directory};

fn front_matters() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../styrdok-import/tests/corpus/real");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("the corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("a text");
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .take(25)
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    c.bench_function("directory/parse bundled", |b| {
        b.iter(|| Directory::bundled().expect("parses"))
    });
    let dir = directory();
    c.bench_function("directory/lookup 'upplands väsby kommun'", |b| {
        b.iter(|| dir.lookup(std::hint::black_box("upplands väsby kommun")))
    });
    let fronts = front_matters();
    c.bench_function("directory/recognise 71 corpus front matters", |b| {
        b.iter(|| {
            fronts
                .iter()
                .map(|f| dir.recognise(std::hint::black_box(f)).len())
                .sum::<usize>()
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
