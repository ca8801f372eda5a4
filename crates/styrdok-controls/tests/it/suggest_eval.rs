//! Precision and recall of the suggestions on the ground-truth statement sets.
//!
//! Method: for each statement, the predicted set is the top `TOP_K`
//! suggestions (each already at or above `MIN_SCORE`); the expected set is
//! the `expected` column. Micro precision = true positives / predicted,
//! micro recall = true positives / expected, summed over all statements
//! (statements with an empty expected set count only towards precision).

use std::collections::BTreeSet;

use crate::real_eval::suggester;

const TOP_K: usize = 3;
/// A suggestion is kept only when its score is at least this share of the best one.
const RELATIVE: f64 = 0.0;

// Floors, each a little under the measured value (docs/suggestions.md), so
// that a regression fails the test. Since the gate (issue 14) governance
// sentences with no information-security content get no suggestion; these
// sets label some of them with ISMS clauses, so their recall fell (seed
// 0.830 -> 0.688): docs/suggestions.md, "Gate".
//
// Since the learned ranker (sixth pass) fills the top 3 where the lexicon
// names fewer than three controls, precision fell on every set and recall
// rose or held (precision / recall before → after: seed 0.748 / 0.688 →
// 0.595 / 0.696, held-out 0.773 / 0.944 → 0.587 / 0.978, held-out 2
// 0.699 / 0.889 → 0.560 / 0.895, blind 0.583 / 0.878 → 0.455 / 0.885,
// probes 0.667 / 0.951 → 0.542 / 0.951, probes 2 0.671 / 0.925 → 0.472 /
// 0.943): docs/suggestions.md, "Sixth pass". The learned ranker's training
// set grows as tuning statements land, so these floors leave about two
// points. Seventh pass (control profiles fill the top 3 more often; the
// learned gate closes cue sentences both learned parts read as `[]` and
// opens no-cue sentences both read as security), precision / recall:
// seed 0.507 / 0.679, held-out 0.512 / 0.922, held-out 2 0.514 / 0.889,
// blind 0.408 / 0.851, probes 0.451 / 0.951, probes 2 0.417 / 0.943
// (docs/suggestions.md, "Seventh pass").
const SEED_MIN_PRECISION: f64 = 0.49;
const SEED_MIN_RECALL: f64 = 0.66;
const HELDOUT_MIN_PRECISION: f64 = 0.49;
const HELDOUT_MIN_RECALL: f64 = 0.91;
// Held-out 2 precision 0.709 -> 0.699 with the third pass's concept rows
// (one more wrong third suggestion; recall unchanged).
const HELDOUT2_MIN_PRECISION: f64 = 0.48;
const HELDOUT2_MIN_RECALL: f64 = 0.88;
// The blind set was written before its author read the engine or lexicon;
// its first-run figures (precision 0.541, recall 0.811) are the estimate for
// unseen text. The floors below follow the tuned figures (0.591 / 0.899),
// which are no longer unseen (docs/suggestions.md).
const BLIND_MIN_PRECISION: f64 = 0.39;
const BLIND_MIN_RECALL: f64 = 0.83;

// Concept probes (docs/suggestions.md): first run top 3 52/60, precision
// 0.644, recall 0.817, 0/10 empty-expected statements given a suggestion;
// after the vocabulary rows written for them 59/60, 0.672, 0.951, 0/10.
const PROBES_MIN_TOP3: f64 = 0.95;
const PROBES_MIN_PRECISION: f64 = 0.43;
/// Share of the empty-expected probes that may get a suggestion.
const PROBES_MAX_EMPTY_SHARE: f64 = 0.0;

struct Scores {
    tp: usize,
    predicted: usize,
    expected: usize,
    statements: usize,
    /// Statements with an expected control / with one of them in the top 3.
    labelled: usize,
    hit: usize,
    /// Statements with no expected control that get a suggestion.
    empty_suggested: usize,
}

impl Scores {
    fn precision(&self) -> f64 {
        self.tp as f64 / self.predicted.max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.tp as f64 / self.expected.max(1) as f64
    }
    fn top3(&self) -> f64 {
        self.hit as f64 / self.labelled.max(1) as f64
    }
}

/// The predicted set for one statement: the top `TOP_K` suggestions (each
/// at or above `MIN_SCORE`) whose score is at least `RELATIVE` (or
/// `STYRDOK_EVAL_RATIO`) times the best one, as control ids
/// (`iso27001:2022/5.15`). The lexicon and gate are read from disk, as in
/// `real_eval.rs` (the same files the library builds in).
pub(crate) fn predict(text: &str) -> BTreeSet<String> {
    let all = suggester().suggest(text);
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
        labelled: 0,
        hit: 0,
        empty_suggested: 0,
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
        if expected.is_empty() {
            s.empty_suggested += usize::from(!predicted.is_empty());
        } else {
            s.labelled += 1;
            s.hit += usize::from(tp > 0);
        }
    }
    eprintln!(
        "{path}: {} statements, tp {} predicted {} expected {}: precision {:.3} recall {:.3}; \
         top 3 {}/{}; empty-expected statements given a suggestion {}/{}",
        s.statements,
        s.tp,
        s.predicted,
        s.expected,
        s.precision(),
        s.recall(),
        s.hit,
        s.labelled,
        s.empty_suggested,
        s.statements - s.labelled
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
    for s in suggester().suggest(&text) {
        let t: Vec<String> = s
            .triggers
            .iter()
            .map(|t| format!("{:?}<-{}", t.text, t.pattern))
            .collect();
        eprintln!("{} {:.2} {}", s.control, s.score, t.join(", "));
    }
}

/// Concept probes (`tests/data/concept-probes.csv`): 60 statements written
/// from ISO/IEC 27002:2022 control purposes in municipal wording and 10
/// with no security content, committed before the suggester ran on them,
/// by the session that then tuned the lexicon (a coverage check of the
/// concept families, not a blind set: docs/suggestions.md).
#[test]
fn concept_probes_top3() {
    check_probes(
        "concept-probes.csv",
        (70, 60),
        PROBES_MIN_TOP3,
        PROBES_MIN_PRECISION,
        PROBES_MAX_EMPTY_SHARE,
    );
}

/// Scores a concept-probe file of `tests/data/` and checks its counts
/// (statements, labelled) and floors: top 3 and precision at least, the
/// share of statements without security content given a suggestion at
/// most.
fn check_probes(
    file: &str,
    counts: (usize, usize),
    min_top3: f64,
    min_precision: f64,
    max_empty_share: f64,
) {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    let s = evaluate(&path, "text");
    assert_eq!((s.statements, s.labelled), counts, "{file}");
    assert!(s.top3() >= min_top3, "{file}: top 3 {:.3}", s.top3());
    assert!(
        s.precision() >= min_precision,
        "{file}: precision {:.3}",
        s.precision()
    );
    assert!(
        s.empty_suggested as f64 / (s.statements - s.labelled) as f64 <= max_empty_share,
        "{file}: {} statements without security content got a suggestion",
        s.empty_suggested
    );
}

/// Second concept probes (`tests/data/concept-probes2.csv`): 40 statements
/// written from control purposes in municipal wording and 5 with no
/// security content, committed before the suggester ran on them, by the
/// session of the third to fifth passes (docs/suggestions.md). A coverage
/// check, not an estimate for new text. First run 37/40 top 3, precision
/// 0.662, 0/5 empty statements given a suggestion; after the rows written
/// for its misses 39/40, 0.671, 0/5; with the learned ranker (sixth pass)
/// 39/40, 0.472, 0/5; with blind4 and blind4b in the training set the
/// precision is 0.442; seventh pass 39/40, 0.417, 0/5.
#[test]
fn concept_probes2_top3() {
    check_probes("concept-probes2.csv", (45, 40), 0.95, 0.40, 0.0);
}

/// Third concept probes (`tests/data/concept-probes3.csv`): 80 statements
/// written from ISO/IEC 27002:2022 control purposes for the catalogue's
/// thin controls (eighteenth pass: 8.4, 7.6, 8.18, 8.34, 5.21, 5.11, 7.12,
/// 7.13, 5.3, 8.28, 8.6, 8.11, 8.33, 5.13, 5.28, 5.32, 6.6, 7.8, 8.12,
/// 8.30, 6.2, 6.4, 8.17 and premises 7.1–7.14) in the registers of staff,
/// pupils', library, tenant, care and supplier texts, and 26 with no
/// security content that share their words, committed before the
/// suggester ran on them (docs/suggestions.md, "Eighteenth pass"). A
/// coverage check of invented wording, not an estimate for real text.
/// First run 21/80 top 3, precision 0.128, 3/26 empty statements given a
/// suggestion; after the eighteenth pass's rows and gate cues 74/80, 0.384,
/// 0/26 (the six left are closed by the learned gate although a cue
/// passes them).
#[test]
fn concept_probes3_top3() {
    check_probes("concept-probes3.csv", (106, 80), 0.92, 0.37, 0.0);
}
