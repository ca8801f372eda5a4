//! Precision and recall of the suggestions on the ground-truth statement sets.
//!
//! Method: for each statement, the predicted set is the top `TOP_K`
//! suggestions (each already at or above `MIN_SCORE`); the expected set is
//! the `expected` column. Micro precision = true positives / predicted,
//! micro recall = true positives / expected, summed over all statements
//! (statements with an empty expected set count only towards precision).

use std::collections::BTreeSet;

use styrdok_controls::suggest;

const TOP_K: usize = 3;
/// A suggestion is kept only when its score is at least this share of the best one.
const RELATIVE: f64 = 0.0;

// Floors, each a little under the measured value (docs/suggestions.md), so
// that a regression fails the test. Since the gate (issue 14) governance
// sentences with no information-security content get no suggestion; these
// sets label some of them with ISMS clauses, so their recall fell (seed
// 0.830 -> 0.688): docs/suggestions.md, "Gate".
const SEED_MIN_PRECISION: f64 = 0.74;
const SEED_MIN_RECALL: f64 = 0.66;
const HELDOUT_MIN_PRECISION: f64 = 0.76;
const HELDOUT_MIN_RECALL: f64 = 0.92;
const HELDOUT2_MIN_PRECISION: f64 = 0.70;
const HELDOUT2_MIN_RECALL: f64 = 0.87;
// The blind set was written before its author read the engine or lexicon;
// its first-run figures (precision 0.541, recall 0.811) are the estimate for
// unseen text. The floors below follow the tuned figures (0.591 / 0.899),
// which are no longer unseen (docs/suggestions.md).
const BLIND_MIN_PRECISION: f64 = 0.56;
const BLIND_MIN_RECALL: f64 = 0.85;

struct Scores {
    tp: usize,
    predicted: usize,
    expected: usize,
    statements: usize,
}

impl Scores {
    fn precision(&self) -> f64 {
        self.tp as f64 / self.predicted.max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.tp as f64 / self.expected.max(1) as f64
    }
}

/// The predicted set for one statement: the top `TOP_K` suggestions (each
/// at or above `MIN_SCORE`) whose score is at least `RELATIVE` (or
/// `STYRDOK_EVAL_RATIO`) times the best one, as control ids
/// (`iso27001:2022/5.15`).
pub(crate) fn predict(text: &str) -> BTreeSet<String> {
    let all = suggest(text);
    let best = all.first().map_or(0.0, |s| s.score);
    let ratio: f64 = std::env::var("STYRDOK_EVAL_RATIO")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(RELATIVE);
    all.into_iter()
        .take(TOP_K)
        .filter(|s| s.score >= ratio * best)
        .map(|s| s.control.to_string())
        .collect()
}

fn evaluate(path: &str, text_col: &str) -> Scores {
    let mut r = csv::Reader::from_path(path).unwrap();
    let headers = r.headers().unwrap().clone();
    let ti = headers.iter().position(|h| h == text_col).unwrap();
    let ei = headers.iter().position(|h| h == "expected").unwrap();
    let mut s = Scores {
        tp: 0,
        predicted: 0,
        expected: 0,
        statements: 0,
    };
    let verbose = std::env::var_os("STYRDOK_EVAL_VERBOSE").is_some();
    for rec in r.records() {
        let rec = rec.unwrap();
        let text = rec.get(ti).unwrap();
        let expected: BTreeSet<String> = rec
            .get(ei)
            .unwrap()
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let predicted = predict(text);
        let tp = predicted.intersection(&expected).count();
        if verbose && (tp < expected.len() || tp < predicted.len()) {
            eprintln!("{text}\n   expected {expected:?}\n   got      {predicted:?}");
        }
        s.tp += tp;
        s.predicted += predicted.len();
        s.expected += expected.len();
        s.statements += 1;
    }
    eprintln!(
        "{path}: {} statements, tp {} predicted {} expected {}: precision {:.3} recall {:.3}",
        s.statements,
        s.tp,
        s.predicted,
        s.expected,
        s.precision(),
        s.recall()
    );
    s
}

#[test]
fn seed_statements_precision_recall() {
    let s = evaluate(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/seed-statements.csv"
        ),
        "text",
    );
    assert!(s.statements >= 60);
    assert!(
        s.precision() >= SEED_MIN_PRECISION,
        "precision {:.3}",
        s.precision()
    );
    assert!(s.recall() >= SEED_MIN_RECALL, "recall {:.3}", s.recall());
}

#[test]
fn heldout_statements_precision_recall() {
    let s = evaluate(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/heldout-statements.csv"
        ),
        "text",
    );
    assert!(s.statements >= 40);
    assert!(
        s.precision() >= HELDOUT_MIN_PRECISION,
        "precision {:.3}",
        s.precision()
    );
    assert!(s.recall() >= HELDOUT_MIN_RECALL, "recall {:.3}", s.recall());
}

#[test]
fn heldout2_statements_precision_recall() {
    let s = evaluate(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/heldout2-statements.csv"
        ),
        "text",
    );
    assert!(s.statements >= 80);
    assert!(
        s.precision() >= HELDOUT2_MIN_PRECISION,
        "precision {:.3}",
        s.precision()
    );
    assert!(
        s.recall() >= HELDOUT2_MIN_RECALL,
        "recall {:.3}",
        s.recall()
    );
}

#[test]
fn blind_statements_precision_recall() {
    let s = evaluate(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/blind-statements.csv"
        ),
        "text",
    );
    assert!(s.statements >= 80);
    assert!(
        s.precision() >= BLIND_MIN_PRECISION,
        "precision {:.3}",
        s.precision()
    );
    assert!(s.recall() >= BLIND_MIN_RECALL, "recall {:.3}", s.recall());
}

/// `STYRDOK_EXPLAIN="text" cargo test -p styrdok-controls --test it explain -- --nocapture`
/// prints every suggestion for a text with its triggers (a tuning aid).
#[test]
fn explain() {
    let Ok(text) = std::env::var("STYRDOK_EXPLAIN") else {
        return;
    };
    for s in suggest(&text) {
        let t: Vec<String> = s
            .triggers
            .iter()
            .map(|t| format!("{:?}<-{}", t.text, t.pattern))
            .collect();
        eprintln!("{} {:.2} {}", s.control, s.score, t.join(", "));
    }
}
