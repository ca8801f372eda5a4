//! Would a learned model generalise better than the lexicon? (issue 14,
//! part 6, step 3.) A character n-gram linear classifier — one logistic
//! regression per control over hashed 3–5-grams of the folded words, the
//! kind of model that could be trained at build time and explained by its
//! top-weighted n-grams — is scored by **5-fold cross-validation on the
//! tuned part only**, folds grouped by organisation (no organisation's
//! sentences in both training and test, as for a new municipality's
//! documents). That experiment never reads the old blind part.
//!
//! A second experiment, after the old blind part's one blind run (it is a
//! development set since), scores the classifier as a fallback where the
//! lexicon is silent, on all 411 statements, folds again grouped by
//! organisation. Neither reads `blind2-statements.*`.
//!
//! `cargo test -p styrdok-controls --test it learned_cv -- --ignored --nocapture`
//! prints the figures (docs/suggestions.md, "A learned model?" and "A
//! learned fallback?").

use std::collections::{BTreeMap, BTreeSet};
use std::hash::{DefaultHasher, Hash, Hasher};

use serde_json::Value;
use styrdok_core::text::fold;

const JSON: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/real-statements.json"
);
const BUCKETS: usize = 1 << 16;
const FOLDS: usize = 5;
const EPOCHS: usize = 40;
const RATE: f32 = 0.5;
const L2: f32 = 1e-4;
const TOP_K: usize = 3;

struct Item {
    organisation: String,
    text: String,
    labels: BTreeSet<String>,
}

/// The tuned part (never the old blind one).
fn tuned() -> Vec<Item> {
    statements(false)
}

/// The statements of the tuned part, and with `old_blind` those of the old
/// blind part too (a development set since its one blind run).
fn statements(old_blind: bool) -> Vec<Item> {
    let v: Value = serde_json::from_str(&std::fs::read_to_string(JSON).unwrap()).unwrap();
    v["statements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| old_blind || !s["blind"].as_bool().unwrap())
        .map(|s| {
            let text = s["text"].as_str().unwrap();
            Item {
                organisation: s["organisation"].as_str().unwrap().to_owned(),
                text: match s["lead_in"].as_str() {
                    Some(l) => format!("{l} {text}"),
                    None => text.to_owned(),
                },
                labels: s["controls"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c.as_str().unwrap().to_owned())
                    .collect(),
            }
        })
        .collect()
}

/// Hashed character 3–5-grams of each folded word (padded with spaces),
/// binary, L2-normalised.
fn features(text: &str) -> Vec<(usize, f32)> {
    let mut set = BTreeSet::new();
    for w in fold(text).split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        let chars: Vec<char> = format!(" {w} ").chars().collect();
        for n in 3..=5 {
            for g in chars.windows(n) {
                let mut h = DefaultHasher::new();
                g.hash(&mut h);
                set.insert(h.finish() as usize % BUCKETS);
            }
        }
    }
    let norm = (set.len().max(1) as f32).sqrt();
    set.into_iter().map(|i| (i, 1.0 / norm)).collect()
}

/// One-vs-rest logistic regressions.
struct Model {
    labels: Vec<String>,
    weights: Vec<Vec<f32>>,
    bias: Vec<f32>,
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

impl Model {
    fn train(items: &[&Item]) -> Model {
        let labels: Vec<String> = items
            .iter()
            .flat_map(|i| i.labels.iter().cloned())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let xs: Vec<Vec<(usize, f32)>> = items.iter().map(|i| features(&i.text)).collect();
        let mut weights = vec![vec![0.0f32; BUCKETS]; labels.len()];
        let mut bias = vec![0.0f32; labels.len()];
        for (l, label) in labels.iter().enumerate() {
            let w = &mut weights[l];
            for _ in 0..EPOCHS {
                for (x, item) in xs.iter().zip(items) {
                    let y = f32::from(u8::from(item.labels.contains(label)));
                    let z: f32 = bias[l] + x.iter().map(|(i, v)| w[*i] * v).sum::<f32>();
                    let g = sigmoid(z) - y;
                    bias[l] -= RATE * g;
                    for (i, v) in x {
                        w[*i] -= RATE * (g * v + L2 * w[*i]);
                    }
                }
            }
        }
        Model {
            labels,
            weights,
            bias,
        }
    }

    /// Controls with their probability, best first.
    fn predict(&self, text: &str) -> Vec<(String, f32)> {
        let x = features(text);
        let mut out: Vec<(String, f32)> = self
            .labels
            .iter()
            .enumerate()
            .map(|(l, label)| {
                let z = self.bias[l] + x.iter().map(|(i, v)| self.weights[l][*i] * v).sum::<f32>();
                (label.clone(), sigmoid(z))
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1));
        out
    }
}

/// Top-3 hit rate, precision and the share of `[]` statements suggested
/// for, summed over folds.
#[derive(Default)]
struct Score {
    labelled: usize,
    hit: usize,
    tp: usize,
    predicted: usize,
    expected: usize,
    empty: usize,
    empty_suggested: usize,
}

impl Score {
    fn add(&mut self, expected: &BTreeSet<String>, got: &BTreeSet<String>) {
        let tp = got.intersection(expected).count();
        self.tp += tp;
        self.predicted += got.len();
        self.expected += expected.len();
        if expected.is_empty() {
            self.empty += 1;
            self.empty_suggested += usize::from(!got.is_empty());
        } else {
            self.labelled += 1;
            self.hit += usize::from(tp > 0);
        }
    }

    fn top3(&self) -> f64 {
        self.hit as f64 / self.labelled.max(1) as f64
    }

    fn line(&self, name: &str) -> String {
        let pc = |n: usize, d: usize| 100.0 * n as f64 / d.max(1) as f64;
        format!(
            "| {name} | {}/{} ({:.1} %) | {}/{} ({:.1} %) | {}/{} ({:.1} %) | {}/{} ({:.1} %) |",
            self.hit,
            self.labelled,
            pc(self.hit, self.labelled),
            self.tp,
            self.predicted,
            pc(self.tp, self.predicted),
            self.tp,
            self.expected,
            pc(self.tp, self.expected),
            self.empty_suggested,
            self.empty,
            pc(self.empty_suggested, self.empty)
        )
    }
}

/// Organisations dealt into folds round-robin, largest first.
fn folds(items: &[Item]) -> Vec<usize> {
    let mut sizes: BTreeMap<&str, usize> = BTreeMap::new();
    for i in items {
        *sizes.entry(i.organisation.as_str()).or_default() += 1;
    }
    let mut orgs: Vec<(&str, usize)> = sizes.into_iter().collect();
    orgs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let fold_of: BTreeMap<&str, usize> = orgs
        .iter()
        .enumerate()
        .map(|(n, (o, _))| (*o, n % FOLDS))
        .collect();
    items
        .iter()
        .map(|i| fold_of[i.organisation.as_str()])
        .collect()
}

/// The lexicon's top 3, Annex A controls only.
fn lexicon_top3(text: &str) -> BTreeSet<String> {
    styrdok_controls::suggest(text)
        .into_iter()
        .take(TOP_K)
        .map(|s| s.control.control().to_owned())
        .filter(|c| !c.starts_with("clause-"))
        .collect()
}

/// Trains on every fold but one and calls `score` for each item of the
/// fold left out, for each of the [`FOLDS`] folds.
fn cross_validate(items: &[Item], fold: &[usize], mut score: impl FnMut(&Model, &Item)) {
    for f in 0..FOLDS {
        let train: Vec<&Item> = items
            .iter()
            .zip(fold)
            .filter(|(_, g)| **g != f)
            .map(|(i, _)| i)
            .collect();
        let model = Model::train(&train);
        for (item, _) in items.iter().zip(fold).filter(|(_, g)| **g == f) {
            score(&model, item);
        }
    }
}

/// The top [`TOP_K`] of a ranking whose probability is at least `t`.
fn top_k_above(ranked: &[(String, f32)], t: f32) -> BTreeSet<String> {
    ranked
        .iter()
        .take(TOP_K)
        .filter(|(_, p)| *p >= t)
        .map(|(c, _)| c.clone())
        .collect()
}

/// The first run's top-3 on the tuned part, before any tuning on it
/// (REAL_FIRST_RUN.md): the lexicon's held-out figure on this kind of text.
const LEXICON_FIRST_RUN_TOP3: f64 = 95.0 / 156.0;

#[test]
#[ignore = "an experiment (about a minute): docs/suggestions.md, \"A learned model?\""]
fn learned_model_cross_validated_on_the_tuned_part() {
    let items = tuned();
    let fold = folds(&items);
    let thresholds = [0.0f32, 0.1, 0.2, 0.5];
    let mut learned: Vec<Score> = thresholds.iter().map(|_| Score::default()).collect();
    let mut lexicon = Score::default();
    cross_validate(&items, &fold, |model, item| {
        let ranked = model.predict(&item.text);
        for (t, score) in thresholds.iter().zip(learned.iter_mut()) {
            let got = top_k_above(&ranked, *t);
            score.add(&item.labels, &got);
        }
        lexicon.add(&item.labels, &lexicon_top3(&item.text));
    });
    println!("| model | top 3 | precision | recall | [] suggested for |");
    println!("|---|---:|---:|---:|---:|");
    for (t, s) in thresholds.iter().zip(&learned) {
        println!("{}", s.line(&format!("n-gram classifier, p ≥ {t}")));
    }
    println!(
        "{}",
        lexicon.line("lexicon + gate (tuned on these statements: optimistic)")
    );
    let best = learned.iter().map(Score::top3).fold(0.0, f64::max);
    println!(
        "best learned top 3 {best:.3}; lexicon first run (untuned) {LEXICON_FIRST_RUN_TOP3:.3}"
    );
    // The decision in docs/suggestions.md rests on this: revisit it if the
    // learned model ever beats the untuned lexicon on unseen organisations.
    assert!(
        best < LEXICON_FIRST_RUN_TOP3,
        "learned model top 3 {best:.3}"
    );
}

/// The classifier as a fallback only where the lexicon is silent, scored by
/// 5-fold cross-validation on all 411 statements, folds grouped by
/// organisation. The lexicon was tuned on every one of these statements, so
/// its own figure is optimistic; what this measures fairly is the
/// *increment* the fallback adds, since the classifier never sees the test
/// organisation. Two variants: the fallback where the gate passes but the
/// lexicon names nothing, and the fallback wherever the lexicon is silent
/// (gate closed too).
#[test]
#[ignore = "an experiment (about two minutes): docs/suggestions.md, \"A learned fallback?\""]
fn learned_fallback_cross_validated_by_organisation() {
    let items = statements(true);
    let fold = folds(&items);
    let gate = styrdok_controls::Suggester::builtin().unwrap();
    let thresholds = [0.0f32, 0.1, 0.2, 0.3];
    let mut lexicon = Score::default();
    let mut gated: Vec<Score> = thresholds.iter().map(|_| Score::default()).collect();
    let mut always: Vec<Score> = thresholds.iter().map(|_| Score::default()).collect();
    cross_validate(&items, &fold, |model, item| {
        let lex = lexicon_top3(&item.text);
        lexicon.add(&item.labels, &lex);
        let open = !gate.security_cues(&item.text).is_empty();
        let ranked = model.predict(&item.text);
        for (i, t) in thresholds.iter().enumerate() {
            let fallback = top_k_above(&ranked, *t);
            let pick = |use_it: bool| {
                if use_it {
                    fallback.clone()
                } else {
                    lex.clone()
                }
            };
            gated[i].add(&item.labels, &pick(lex.is_empty() && open));
            always[i].add(&item.labels, &pick(lex.is_empty()));
        }
    });
    println!(
        "| model (5-fold by organisation, 411 statements) | top 3 | precision | recall | [] suggested for |"
    );
    println!("|---|---:|---:|---:|---:|");
    println!(
        "{}",
        lexicon.line("lexicon + gate alone (tuned on these: optimistic)")
    );
    for (t, s) in thresholds.iter().zip(&gated) {
        println!(
            "{}",
            s.line(&format!("+ fallback where the gate passes, p ≥ {t}"))
        );
    }
    for (t, s) in thresholds.iter().zip(&always) {
        println!(
            "{}",
            s.line(&format!(
                "+ fallback wherever the lexicon is silent, p ≥ {t}"
            ))
        );
    }
    // The fallback can only add where the lexicon named nothing.
    for s in gated.iter().chain(&always) {
        assert!(s.hit >= lexicon.hit);
    }
}
