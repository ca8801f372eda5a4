//! The suggester on 411 real labelled statements (`tests/data/real-statements.json`,
//! issue 14): sentences taken word for word from public documents of 67
//! organisations, labelled with ISO/IEC 27001:2022 Annex A controls (or `[]`
//! for no information-security content) before any suggester ran on them.
//!
//! The set is scored in two parts that are never pooled: the *tuned* part
//! and the *old blind* part (statement number divisible by 3). The old
//! blind part was run once as a blind set (docs/suggestions.md); that run is
//! spent and it has been a development set since (its misses are printed
//! and were tuned on). So is `blind2-statements.*`, scored by
//! [`real_statements_blind2`] (its one blind run is recorded there). So are
//! `blind3-statements.*` ([`real_statements_blind3`]) and the fourth blind
//! set's two parts, `blind4-statements.*` and `blind4b-statements.*`
//! ([`real_statements_blind4`]), each run once by the lead and spent since.
//! So are the fifth and sixth blind sets, `blind5-statements.*`
//! ([`real_statements_blind5`]) and `blind6-statements.*`
//! ([`real_statements_blind6`]), neither in the training set, and the
//! seventh, `blind7-statements.*` ([`real_statements_blind7`]), run once
//! at b76e67c and spent since, and the eighth, `blind8-statements.*`
//! ([`real_statements_blind8`]), run once at 2665f5b and spent since,
//! and the ninth, `blind9-statements.*` ([`real_statements_blind9`]), run
//! once at 11ff077 and spent since.
//! `tune3-statements.*` (a tuning set of further
//! organisations) is scored by [`real_statements_tune3`]. The suggester
//! measured is the built-in one, learned gate-opener included (trained on
//! the 411 and blind2: their figures are training-set figures);
//! `STYRDOK_EVAL_NO_LEARNED=1` measures the lexicon and gate list alone. The prediction is the
//! top 3 suggestions of the built-in lexicon and gate ([`predict`]). The
//! first run's figures are in `tests/data/REAL_FIRST_RUN.md`; the later
//! ones in `docs/suggestions.md`. The floors below sit just under the
//! current figures, so a regression fails and an improvement passes (since
//! the learned ranker, about two points under: its training set grows as
//! tuning statements land). Since the sixth pass the learned parts are
//! trained on every set scored here (blind3 included), so every figure is
//! a training-set figure; the estimates are `learned_cv`'s.
//!
//! `STYRDOK_EVAL_VERBOSE=1 cargo test -p styrdok-controls --test it real_eval -- --nocapture --test-threads 1`
//! prints every figure and every miss of both parts with its gate cues and
//! suggestions.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde_json::Value;
use styrdok_controls::{CONTEXT_WEIGHTS, Gate, Lexicon, StatementContext, Suggester};

const JSON: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/real-statements.json"
);
const CSV: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/real-statements.csv"
);
const FRAMEWORK: &str = "iso27001:2022";
const LEXICON_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/lexicon/");
const TOP_K: usize = 3;

/// The built-in lexicon and gate, read from disk when the test runs (so a
/// lexicon edit is measured without a rebuild); the same files the library
/// builds in (`builtin_is_what_is_measured`).
pub(crate) fn suggester() -> &'static Suggester {
    static S: OnceLock<Suggester> = OnceLock::new();
    S.get_or_init(|| {
        let read = |f: &str| std::fs::read_to_string(format!("{LEXICON_DIR}{f}")).unwrap();
        let mut s = Suggester::new(
            Lexicon::parse("sv.csv", &read("sv.csv")).unwrap(),
            Gate::parse("sv-gate.csv", &read("sv-gate.csv")).unwrap(),
        );
        // With `STYRDOK_EVAL_NO_LEARNED` set, without the learned gate-opener
        // (a tuning aid: the lexicon and gate list alone).
        if std::env::var_os("STYRDOK_EVAL_NO_LEARNED").is_none() {
            s.learned = true;
            s.context = CONTEXT_WEIGHTS;
        }
        s
    })
}

/// The context a statement is suggested in: its document's title and its
/// section heading as the set gives them (`document`, `section`), as the
/// importer's drafts give them; with `STYRDOK_EVAL_NO_CONTEXT` set, none
/// (the figures without context, for comparison).
fn context_of(s: &Labelled) -> StatementContext {
    if std::env::var_os("STYRDOK_EVAL_NO_CONTEXT").is_some() {
        return StatementContext::default();
    }
    s.context.clone()
}

/// The predicted controls for a statement in its context
/// ([`Suggester::suggest_in`]): the top 3 suggestions, as
/// `iso27001:2022/<id>` (with `STYRDOK_EVAL_RATIO=r`, only those scoring
/// at least r × the best: a tuning aid, off by default).
fn predict(s: &Labelled) -> BTreeSet<String> {
    let all = suggester().suggest_in(&s.text, &context_of(s));
    let best = all.first().map_or(0.0, |s| s.score);
    let ratio: f64 = std::env::var("STYRDOK_EVAL_RATIO")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(0.0);
    all.into_iter()
        .take(TOP_K)
        .filter(|s| s.score >= ratio * best)
        .map(|s| s.control.to_string())
        .collect()
}

#[test]
fn builtin_is_what_is_measured() {
    if std::env::var_os("STYRDOK_EVAL_NO_LEARNED").is_some() {
        return;
    }
    assert_eq!(&Suggester::builtin().unwrap(), suggester());
}

/// One labelled statement.
#[derive(Clone)]
struct Labelled {
    id: String,
    blind: bool,
    /// The organisation whose document states it.
    organisation: String,
    /// `lead_in` + space + `text`, as `real-statements.csv` has it.
    text: String,
    /// Expected controls as `iso27001:2022/<id>`.
    expected: BTreeSet<String>,
    /// Its document's title and section heading (`document`, `section`).
    context: StatementContext,
}

fn is_blind(id: &str) -> bool {
    id.trim_start_matches("rs").parse::<u32>().unwrap() % 3 == 0
}

fn statements() -> Vec<Labelled> {
    statements_from(JSON)
}

/// The statements of `tests/data/<file>`.
fn data_set(file: &str) -> Vec<Labelled> {
    statements_from(&format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR")))
}

/// The statements of a labelled JSON file of `real-statements.json`'s shape.
fn statements_from(path: &str) -> Vec<Labelled> {
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    if let Some(c) = v.get("catalogue") {
        assert_eq!(c, FRAMEWORK, "{path}");
    }
    v["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let text = s["text"].as_str().unwrap();
            let text = match s["lead_in"].as_str() {
                Some(l) => format!("{l} {text}"),
                None => text.to_owned(),
            };
            let mut context = StatementContext::default();
            if let Some(t) = s["document"].as_str() {
                context = context.with_document_title(t);
            }
            if let Some(h) = s["section"].as_str() {
                context = context.with_section(h);
            }
            Labelled {
                context,
                id: s["id"].as_str().unwrap().to_owned(),
                blind: s["blind"].as_bool().unwrap(),
                organisation: s["organisation"].as_str().unwrap_or_default().to_owned(),
                text,
                expected: s["controls"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| format!("{FRAMEWORK}/{}", c.as_str().unwrap()))
                    .collect(),
            }
        })
        .collect()
}

/// An ISO/IEC 27001:2022 Annex A control, not a management-system clause.
fn is_annex_a(control: &str) -> bool {
    control
        .strip_prefix(FRAMEWORK)
        .and_then(|c| c.strip_prefix('/'))
        .is_some_and(|c| !c.starts_with("clause-"))
}

/// Counts on one part.
#[derive(Debug, Default)]
struct Part {
    statements: usize,
    labelled: usize,
    /// Correct suggestions (summed over statements).
    tp: usize,
    /// Every suggestion in the top 3, clause-* included.
    predicted_all: usize,
    /// Annex A suggestions only.
    predicted_annex: usize,
    /// Annex A suggestions on labelled statements only.
    predicted_annex_labelled: usize,
    expected: usize,
    /// Labelled statements with at least one expected control in the top 3.
    hit: usize,
    /// Labelled statements that get no suggestion at all.
    labelled_silent: usize,
    /// `[]` statements that get any suggestion / an Annex A suggestion.
    empty_any: usize,
    empty_annex: usize,
    misses: Vec<String>,
}

fn ratio(n: usize, d: usize) -> f64 {
    if d == 0 { 0.0 } else { n as f64 / d as f64 }
}

fn pct(n: usize, d: usize) -> String {
    if d == 0 {
        format!("{n}/{d} (n/a)")
    } else {
        format!("{n}/{d} ({:.1} %)", 100.0 * ratio(n, d))
    }
}

impl Part {
    fn precision_annex(&self) -> f64 {
        ratio(self.tp, self.predicted_annex)
    }
    fn recall(&self) -> f64 {
        ratio(self.tp, self.expected)
    }
    fn top3(&self) -> f64 {
        ratio(self.hit, self.labelled)
    }
    fn empty_suggested(&self) -> f64 {
        ratio(self.empty_annex, self.statements - self.labelled)
    }
}

/// With `STYRDOK_EVAL_VERBOSE` set: the statement, its gate cues and its
/// suggestions with their triggers (a tuning aid; only the tuned part's
/// misses are printed).
fn explain(s: &Labelled) -> String {
    if std::env::var_os("STYRDOK_EVAL_VERBOSE").is_none() {
        return String::new();
    }
    let (text, context) = (&s.text, context_of(s));
    let cues: Vec<String> = suggester()
        .security_cues_in(text, &context)
        .into_iter()
        .map(|t| t.text)
        .collect();
    let mut out = format!(
        "\n    {text}\n    section: {:?}; document: {:?}\n    gate cues: {}",
        context.section.as_deref().unwrap_or(""),
        context.document_title.as_deref().unwrap_or(""),
        cues.join(", ")
    );
    for s in suggester().suggest_in(text, &context).iter().take(5) {
        out.push_str(&format!("\n    {s}"));
    }
    out
}

/// Scores the labelled set `tests/data/<file>` the way every
/// `real_statements_*` test of a whole set does (each statement suggested
/// in its context, [`predict`]), after printing its kommuner and regioner
/// and its other organisations apart: the one path a new blind set's test
/// calls (`score_set("Eighth blind set …", "blind8-statements.json")`,
/// then [`check`]).
fn score_set(label: &str, file: &str) -> Part {
    let all = data_set(file);
    print_parts(label, &all);
    run_on(all.into_iter())
}

/// Scores a whole labelled set ([`score_set`]) and [`check`]s it.
fn check_set(label: &str, file: &str, f: &Floors, statements: usize, labelled: usize) {
    check(label, &score_set(label, file), f, statements, labelled);
}

fn run(blind: bool) -> Part {
    run_on(statements().into_iter().filter(|s| s.blind == blind))
}

fn run_on(items: impl Iterator<Item = Labelled>) -> Part {
    let mut p = Part::default();
    for s in items {
        let got = predict(&s);
        let annex: BTreeSet<&String> = got.iter().filter(|c| is_annex_a(c)).collect();
        let tp = got.intersection(&s.expected).count();
        p.statements += 1;
        p.tp += tp;
        p.predicted_all += got.len();
        p.predicted_annex += annex.len();
        p.expected += s.expected.len();
        let short = |set: &BTreeSet<String>| -> Vec<String> {
            set.iter()
                .map(|c| c.trim_start_matches("iso27001:2022/").to_owned())
                .collect()
        };
        if s.expected.is_empty() {
            p.empty_any += usize::from(!got.is_empty());
            p.empty_annex += usize::from(!annex.is_empty());
            if !annex.is_empty() {
                p.misses
                    .push(format!("{} [] got {:?}{}", s.id, short(&got), explain(&s)));
            }
        } else {
            p.labelled += 1;
            p.predicted_annex_labelled += annex.len();
            p.hit += usize::from(tp > 0);
            p.labelled_silent += usize::from(got.is_empty());
            if tp == 0 {
                p.misses.push(format!(
                    "{} expected {:?} got {:?}{}",
                    s.id,
                    short(&s.expected),
                    short(&got),
                    explain(&s)
                ));
            }
        }
    }
    p
}

fn print(label: &str, p: &Part) {
    println!(
        "## {label}: {} statements, {} labelled with controls, {} []\n",
        p.statements,
        p.labelled,
        p.statements - p.labelled
    );
    let empty = p.statements - p.labelled;
    let rows = [
        (
            "**labelled statements with a correct control in the top 3**",
            pct(p.hit, p.labelled),
        ),
        (
            "precision, Annex A suggestions only (clause-* filtered out), all statements",
            pct(p.tp, p.predicted_annex),
        ),
        (
            "precision, every suggestion (clause-* counted as wrong), all statements",
            pct(p.tp, p.predicted_all),
        ),
        (
            "precision, Annex A suggestions on labelled statements only",
            pct(p.tp, p.predicted_annex_labelled),
        ),
        (
            "recall (expected controls found in the top 3)",
            pct(p.tp, p.expected),
        ),
        (
            "labelled statements with no suggestion at all",
            pct(p.labelled_silent, p.labelled),
        ),
        (
            "**[] statements wrongly given an Annex A suggestion**",
            pct(p.empty_annex, empty),
        ),
        (
            "[] statements given any suggestion (clause-* included)",
            pct(p.empty_any, empty),
        ),
    ];
    println!("| figure | value |\n|---|---:|");
    for (name, value) in rows {
        println!("| {name} | {value} |");
    }
    println!("\nMisses (labelled: no correct control in the top 3; []: an Annex A suggestion):\n");
    for m in &p.misses {
        println!("- {m}");
    }
    println!();
}

/// Floors a little under the first run's figures (REAL_FIRST_RUN.md), and
/// a ceiling a little over its share of `[]` statements given a suggestion.
struct Floors {
    top3: f64,
    precision_annex: f64,
    recall: f64,
    empty_suggested_max: f64,
}

/// Prints a set's figures for its kommuner and regioner and for its other
/// organisations apart (never pooled into the floors).
fn print_parts(label: &str, all: &[Labelled]) {
    for (part, municipal) in [
        ("kommuner and regioner", true),
        ("other organisations", false),
    ] {
        let items = all
            .iter()
            .filter(|s| is_municipal(&s.organisation) == municipal)
            .cloned();
        print(&format!("{label}, {part}"), &run_on(items));
    }
}

fn check(label: &str, p: &Part, f: &Floors, statements: usize, labelled: usize) {
    print(label, p);
    assert_eq!(
        (p.statements, p.labelled),
        (statements, labelled),
        "{label}"
    );
    let v = p.top3();
    assert!(v >= f.top3, "{label}: top-3 {v:.3}");
    let v = p.precision_annex();
    assert!(v >= f.precision_annex, "{label}: precision {v:.3}");
    let v = p.recall();
    assert!(v >= f.recall, "{label}: recall {v:.3}");
    let v = p.empty_suggested();
    assert!(
        v <= f.empty_suggested_max,
        "{label}: [] statements with a suggestion {v:.3}"
    );
}

// Generalisation pass (issue 14, after the old blind part's one run):
// tuned 139/156 top 3, precision 163/262 (Annex A), recall 163/198, 7/118
// [] statements given an Annex A suggestion. Before it (commit 43ff8ec):
// 136/156, 158/263, 158/198, 8/118. First run (REAL_FIRST_RUN.md): 95/156,
// 109/286, 109/198, 65/118.
// Sixth pass (the learned ranker, trained on these statements among
// others: training-set figures): 144/156, 176/341, 176/198, 8/118.
// Seventh pass (control profiles, the learned gate's closing and opening
// rule, tune5 in the training set): 147/156, 180/442, 180/198, 3/118.
const TUNED_FLOORS: Floors = Floors {
    top3: 0.91,
    precision_annex: 0.39,
    recall: 0.87,
    empty_suggested_max: 0.08,
};

// Old blind part. Its one blind run (commit 43ff8ec): 46/77 top 3,
// precision 53/125, recall 53/106, 7/60 [] statements given a suggestion
// (first run: 44/77, 49/145, 49/106, 28/60). Tuned on since (a development
// set): 69/77, 82/147, 82/106, 5/60 — training-set figures.
// Sixth pass (learned ranker, trained on them too): 73/77, 93/178,
// 93/106, 5/60.
// With blind4 and blind4b in the training set (training-set figures):
// 71/77, 91/172, 91/106, 5/60.
// Seventh pass: 74/77, 95/218, 95/106, 1/60.
const BLIND_FLOORS: Floors = Floors {
    top3: 0.91,
    precision_annex: 0.41,
    recall: 0.84,
    empty_suggested_max: 0.10,
};

#[test]
fn real_statements_tuned() {
    check("Tuned part", &run(false), &TUNED_FLOORS, 274, 156);
}

#[test]
fn real_statements_blind() {
    check("Old blind part", &run(true), &BLIND_FLOORS, 137, 77);
}

/// The CSV is the JSON's other shape: same ids, blind flags, texts and
/// labels, and the blind flag is the documented rule (number divisible by 3).
#[test]
fn real_statements_csv_matches_json() {
    let json = statements();
    let mut r = csv::Reader::from_path(CSV).unwrap();
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), json.len());
    assert_eq!(json.len(), 411);
    for (row, s) in rows.iter().zip(&json) {
        assert_eq!(row.get(0), Some(s.id.as_str()));
        assert_eq!(s.blind, is_blind(&s.id), "{}", s.id);
        assert_eq!(row.get(2), Some(if s.blind { "true" } else { "false" }));
        assert_eq!(row.get(3), Some(s.text.as_str()), "{}", s.id);
        let expected: BTreeSet<String> = row
            .get(4)
            .unwrap()
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        assert_eq!(expected, s.expected, "{}", s.id);
    }
}

/// The second blind set, `tests/data/blind2-statements.json` (188
/// statements of 64 organisations not in `real-statements.json`, labelled
/// by another session and committed before any suggester ran on them). Its
/// one blind run was the lead's, at commit 2ffbe05 (2026-12-01, about 12:35 UTC),
/// after the generalisation pass: 69/118 top 3, precision 78/173 (Annex A),
/// recall 78/157, 7/70 `[]` statements given an Annex A suggestion
/// (`docs/suggestions.md`). That run is spent: since the third pass it is a
/// development set (its misses are printed and were read for the concepts
/// they name), and the floors sit just under the tuned figures (108/118,
/// 122/235, 122/157, 8/70). New organisations are measured on
/// `blind3-statements.*`, which this file never reads.
#[test]
fn real_statements_blind2() {
    let p = run_on(data_set("blind2-statements.json").into_iter());
    check("Second blind set (blind2)", &p, &BLIND2_FLOORS, 188, 118);
}

// Sixth pass (learned ranker, trained on blind2 too): 113/118, 139/295,
// 139/157, 9/70.
// With blind4 and blind4b in the training set: 110/118, 134/282,
// 134/157, 9/70.
// Seventh pass: 112/118, 137/337, 137/157, 2/70.
const BLIND2_FLOORS: Floors = Floors {
    top3: 0.92,
    precision_annex: 0.39,
    recall: 0.84,
    empty_suggested_max: 0.15,
};

/// Whether an organisation's name is a kommun's or a region's (the users
/// the suggester is for), judged from the name as the sets write it.
fn is_municipal(organisation: &str) -> bool {
    let o = organisation.to_lowercase();
    !o.contains("förbund")
        && !o.contains(" ab")
        && !o.starts_with("ab ")
        && ["kommun", "stad", "region", "landsting"]
            .iter()
            .any(|w| o.contains(w))
}

/// The third blind set, `tests/data/blind3-statements.json` (208
/// statements of 58 organisations in none of the other sets, 91 % kommuner
/// and regioner, labelled by another session and committed before any
/// suggester ran on them). Its one blind run is the lead's, after every
/// tuning pass of the stop had landed, at commit f6a0191 (2026-12-01,
/// 15:25 UTC): 83/125 top 3 (kommuner and regioner 72/114, others 11/11),
/// precision 89/209 (Annex A), recall 89/144, 18/83 `[]` statements given
/// an Annex A suggestion (`docs/suggestions.md`). The floors sit just under
/// that first run; the set is spent for any later claim.
#[test]
fn real_statements_blind3() {
    let all = data_set("blind3-statements.json");
    print_parts("Third blind set (blind3)", &all);
    let p = run_on(all.into_iter());
    check("Third blind set (blind3)", &p, &BLIND3_FLOORS, 208, 125);
}

// Sixth pass (blind3 spent: a development set, and the learned parts are
// trained on it): 115/125, 130/298, 130/144, 18/83 — training-set figures;
// the fair figure is learned_cv's blind3 split (docs/suggestions.md).
// With blind4 and blind4b in the training set: 109/125, 122/283,
// 122/144, 18/83 (more neighbours of other sets compete).
// Seventh pass: 111/125, 125/360, 125/144, 5/83.
const BLIND3_FLOORS: Floors = Floors {
    top3: 0.86,
    precision_annex: 0.33,
    recall: 0.83,
    empty_suggested_max: 0.24,
};

/// The fourth blind set, in two parts, both labelled by other sessions and
/// committed before any suggester ran on them: `blind4-statements.json`
/// (139 statements of 59 organisations in no earlier set; the unused
/// organisations are mostly small kommuner, companies and kommunalförbund,
/// and 60 of its 76 labelled statements carry 5.34) and
/// `blind4b-statements.json` (176 statements from 32 documents no earlier
/// set used, of 26 organisations mostly already in earlier sets: new text,
/// not new organisations). Their one blind run is the lead's, after every
/// tuning pass of the stop had landed, at edba23f: blind4 68/76 top 3
/// (60 of its 76 labelled statements carry 5.34), blind4b 84/114
/// (`docs/suggestions.md`, "The fourth blind set"). Both are spent since.
#[test]
fn real_statements_blind4() {
    for (file, label, statements, labelled, floors) in [
        (
            "blind4-statements.json",
            "Fourth blind set, new organisations (blind4)",
            139,
            76,
            &BLIND4_FLOORS,
        ),
        (
            "blind4b-statements.json",
            "Fourth blind set, new documents (blind4b)",
            176,
            114,
            &BLIND4B_FLOORS,
        ),
    ] {
        let all = data_set(file);
        print_parts(label, &all);
        check(
            label,
            &run_on(all.into_iter()),
            floors,
            statements,
            labelled,
        );
    }
}

// The one blind run (edba23f, after the sixth pass): 68/76 top 3,
// precision 88/178, recall 88/103, 10/63 `[]` given a suggestion.
// Spent since; the floors sit just under that run. Seventh pass (blind4
// in the training set: training-set figures): 73/76, 98/221, 98/103, 2/63;
// blind4b 106/114, 124/329, 124/141, 4/62.
const BLIND4_FLOORS: Floors = Floors {
    top3: 0.88,
    precision_annex: 0.43,
    recall: 0.84,
    empty_suggested_max: 0.17,
};

// The one blind run (edba23f): 84/114, 92/297, 92/141, 18/62.
const BLIND4B_FLOORS: Floors = Floors {
    top3: 0.72,
    precision_annex: 0.30,
    recall: 0.64,
    empty_suggested_max: 0.30,
};

/// The fifth blind set, `blind5-statements.json` (186 statements from 48
/// documents no earlier set used, of 23 organisations whose names start
/// with S–Ö, 21 of them in earlier sets: new text, mostly not new
/// organisations), labelled by another session and committed before any
/// suggester ran on it. Its one blind run is the lead's, after every
/// tuning pass of the stop had landed, at 586a417: 97/122 top 3
/// (`docs/suggestions.md`, "The fifth blind set"). Spent since.
#[test]
fn real_statements_blind5() {
    check_set(
        "Fifth blind set, new documents (blind5)",
        "blind5-statements.json",
        &BLIND5_FLOORS,
        186,
        122,
    );
}

// The one blind run (586a417, after the seventh pass): 97/122 top 3,
// precision 110/348, recall 110/147, 16/64 `[]` given a suggestion.
// Spent since. After the eighth pass (a development figure, nothing was
// written from blind5's sentences; the gate opens at 1.5 instead of 1.6,
// which its left-out estimate predicted): 99/122, 112/337, 112/147, 18/64.
// After the tenth pass (its rows were written from misses pooled over
// every spent set, blind5's Sala statements among them: a development
// figure): 102/122, 115/342, 115/147, 18/64. The floors sit just under.
// Twelfth pass (in context, a development figure): 104/122, 116/334,
// 116/147, 15/64.
const BLIND5_FLOORS: Floors = Floors {
    top3: 0.85,
    precision_annex: 0.34,
    recall: 0.78,
    empty_suggested_max: 0.24,
};

/// The sixth blind set, `blind6-statements.json` (166 statements from 30
/// documents no earlier set used, of 23 organisations whose names start
/// with A–H), labelled by another session and committed before any
/// suggester ran on it. Its one blind run is the lead's, after every
/// tuning pass of the stop (the eighth) had landed, at 58673ce: 81/102
/// top 3 (`docs/suggestions.md`, "The sixth blind set"). Spent since and
/// tuned on (ninth pass): a development set.
#[test]
fn real_statements_blind6() {
    check_set(
        "Sixth blind set, new documents (blind6)",
        "blind6-statements.json",
        &BLIND6_FLOORS,
        166,
        102,
    );
}

// The one blind run (58673ce, after the eighth pass): 81/102 top 3,
// precision 90/297, recall 90/120, 16/64 `[]` given a suggestion. Spent
// since, and **tuned on** in the ninth pass (its misses read; the
// records rows `diariefor*`/`registrator*` → 5.33 came from reading them,
// with four other organisations' labels behind them), so the figures
// below are development figures, not a measurement of unseen text: after
// the ninth pass 82/102, 91/299, 91/120, 16/64 (not in the training set).
// The floors sit just under that.
// Twelfth pass (each statement suggested in its context, a development
// figure: the context's weights were chosen on estimates that leave
// blind6 out among others): 86/102, 95/317, 95/120, 19/64 (three more
// `[]` sentences given a suggestion than without context; fewer over all
// the estimates, `docs/suggestions.md`, "Twelfth pass"). The floors
// follow.
const BLIND6_FLOORS: Floors = Floors {
    top3: 0.84,
    precision_annex: 0.29,
    recall: 0.79,
    empty_suggested_max: 0.30,
};

/// The seventh blind set, `blind7-statements.json` (150 statements from 35
/// documents no earlier set used, of 28 organisations whose names start
/// with L–Ö), labelled by another session and committed before any
/// suggester ran on it. Its one blind run is the lead's, after every
/// tuning pass of the stop (the tenth) had landed, at b76e67c: 81/104
/// top 3 (`docs/suggestions.md`, "The seventh blind set"). Spent since.
#[test]
fn real_statements_blind7() {
    check_set(
        "Seventh blind set, new documents (blind7)",
        "blind7-statements.json",
        &BLIND7_FLOORS,
        150,
        104,
    );
}

// The one blind run (b76e67c, after the tenth pass): 81/104 top 3,
// precision 91/287, recall 91/123, 10/46 `[]` given a suggestion (the
// first-run figures). TUNED since: the eleventh pass's rows (identity
// document; an access card collected in person; de-registration) were
// written from its misses, with other organisations' labels behind each,
// so the figures now are development figures: 85/104, 95/294, 95/123,
// 10/46. The floors sit just under them. Twelfth pass (in context,
// TUNED): 86/104, 96/298, 96/123, 10/46.
const BLIND7_FLOORS: Floors = Floors {
    top3: 0.82,
    precision_annex: 0.31,
    recall: 0.77,
    empty_suggested_max: 0.22,
};

/// The eighth blind set, `blind8-statements.json` (120 statements from 27
/// documents no earlier set used, of 16 organisations whose names start
/// with A–K; 73 with controls, 47 `[]`), labelled by another session and
/// committed before any suggester ran on it. Its one blind run is the
/// lead's, after every tuning pass of the stop (the twelfth, context) had
/// landed, at 2665f5b: 56/73 top 3 (`docs/suggestions.md`, "The eighth
/// blind set"). Spent since.
#[test]
fn real_statements_blind8() {
    check_set(
        "Eighth blind set, new documents (blind8)",
        "blind8-statements.json",
        &BLIND8_FLOORS,
        120,
        73,
    );
}

// The one blind run (2665f5b, after the twelfth pass, in context): 56/73
// top 3, precision 60/211, recall 60/82, 7/47 `[]` given a suggestion
// (the first-run figures; without context 53/73, 57/210, 57/82, 9/47).
// TUNED since: the thirteenth pass's rows (a care routine's
// *åtkomstkontroll* as log follow-up; a handling instruction and records
// registered; a case with a protected-identity marker; a body responsible
// for the processing) were written from its misses with other
// organisations' labels behind each, so the figures now are development
// figures: 63/73, 67/226, 67/82, 8/47. The floors sit just under them.
const BLIND8_FLOORS: Floors = Floors {
    top3: 0.86,
    precision_annex: 0.29,
    recall: 0.81,
    empty_suggested_max: 0.18,
};

/// The ninth blind set, `blind9-statements.json` (211 statements from 37
/// documents no earlier set used, of 27 kommuner and regioner whose names
/// start with L–Ö; 144 with controls, 67 `[]`), labelled by another
/// session and committed before any suggester ran on it. Its one blind run
/// is the lead's, after every tuning pass of the stop (the fourteenth) had
/// landed, at 11ff077: 89/144 top 3 (`docs/suggestions.md`, "The ninth
/// blind set"). Spent since.
#[test]
fn real_statements_blind9() {
    check_set(
        "Ninth blind set, new documents (blind9)",
        "blind9-statements.json",
        &BLIND9_FLOORS,
        211,
        144,
    );
}

// The one blind run (11ff077, after the fourteenth pass, in context):
// 89/144 top 3, precision 93/347, recall 93/153, 7/67 `[]` given a
// suggestion (the first-run figures; without context 89/144, 93/361,
// 93/153, 11/67). TUNED since: the fifteenth pass's rows (a SITHS card,
// e-tjänstekort or reservkort ordered or issued, the certificates on a
// card; a patient's record blocked) were written from its misses with
// other organisations' labels behind each, so the figures now are
// development figures: 99/144, 103/361, 103/153, 7/67. The floors sit
// just under them. The thirty-first pass (an e-tjänstekort handled as
// 5.16 beside 5.17 and 8.5) moved them to 104/144, 108/367, 108/153,
// 7/67.
const BLIND9_FLOORS: Floors = Floors {
    top3: 0.72,
    precision_annex: 0.29,
    recall: 0.70,
    empty_suggested_max: 0.11,
};

/// The tenth blind set, `blind10-statements.json` (159 statements from 30
/// documents no earlier set used, of 23 kommuner and regioner whose names
/// start with A–K; 95 with controls, 64 `[]`), labelled by another session
/// and committed before any suggester ran on it. Its one blind run is the
/// lead's, after every tuning pass of the stop (the sixteenth) had landed,
/// at a1bd6a2: 69/95 top 3 (`docs/suggestions.md`, "The tenth blind
/// set"). Spent since.
#[test]
fn real_statements_blind10() {
    check_set(
        "Tenth blind set, new documents (blind10)",
        "blind10-statements.json",
        &BLIND10_FLOORS,
        159,
        95,
    );
}

// The one blind run (a1bd6a2, after the sixteenth pass, in context):
// 69/95 top 3, precision 74/239, recall 74/102, 8/64 `[]` given a
// suggestion (the first-run figures; without context at the same moment
// 64/95, 69/233, 69/102, 10/64). TUNED since: the seventeenth pass's rows
// (physical entry at a library's self-service hours: the door locked
// after you, nobody let in, those who come in with you, the service with
// a library card or a right to use it; a veto for consideration shown to
// other visitors) were written from its misses with other organisations'
// labels behind each, so the figures now are development figures: 79/95,
// 84/256, 84/102, 6/64. The floors sit just under them.
const BLIND10_FLOORS: Floors = Floors {
    top3: 0.83,
    precision_annex: 0.32,
    recall: 0.82,
    empty_suggested_max: 0.10,
};

/// The eleventh blind set, `blind11-statements.json` (170 statements from
/// 32 documents no earlier set used, of 29 kommuner, regioner,
/// kommunalförbund and housing companies; 102 with controls, 68 `[]`),
/// labelled by another session and committed before any suggester ran on
/// it. Its one blind run is the lead's, after every tuning pass of the stop
/// (the eighteenth) had landed, at 05a7640: 66/102 top 3
/// (`docs/suggestions.md`, "The eleventh blind set"). Spent since.
#[test]
fn real_statements_blind11() {
    check_set(
        "Eleventh blind set, new documents (blind11)",
        "blind11-statements.json",
        &BLIND11_FLOORS,
        170,
        102,
    );
}

// The one blind run (05a7640, after the eighteenth pass, in context):
// 66/102 top 3, precision 70/276, recall 70/109, 17/68 `[]` given a
// suggestion (without context at the same moment 65/102, 69/273, 69/109,
// 19/68). TUNED since: the nineteenth pass's rows (a guardian's access to
// a child's data or record, an access right decided, approved or assessed
// by the head of the unit, reading a record; vetoes for smoking rules,
// posts removed from a social-media page and a computer's battery
// charged) were written from its misses with other organisations' labels
// behind each, so the figures now are development figures: 74/102,
// 78/279, 78/109, 11/68. The floors sit just under them. The
// thirty-second pass's rows (`docs/suggestions.md`, "Thirty-second pass";
// a child's age that ends a parent's access) moved them to 75/102,
// 79/279, 79/109, 11/68.
const BLIND11_FLOORS: Floors = Floors {
    top3: 0.73,
    precision_annex: 0.28,
    recall: 0.72,
    empty_suggested_max: 0.17,
};

/// The twelfth blind set, `blind12-statements.json` (153 statements from
/// 31 documents no earlier set used, of 26 kommuner, regioner and
/// companies; 90 with controls, 63 `[]`), labelled by another session and
/// committed before any suggester ran on it. Its one blind run is the
/// lead's, after every tuning pass of the stop (the nineteenth) had
/// landed, at c63f80c: 67/90 top 3 (`docs/suggestions.md`, "The twelfth
/// blind set"). Spent since.
#[test]
fn real_statements_blind12() {
    check_set(
        "Twelfth blind set, new documents (blind12)",
        "blind12-statements.json",
        &BLIND12_FLOORS,
        153,
        90,
    );
}

// The one blind run (c63f80c, after the nineteenth pass, in context):
// 67/90 top 3, precision 71/248, recall 71/97, 13/63 `[]` given a
// suggestion (without context at the same moment 66/90, 71/245, 71/97,
// 13/63). TUNED since: the twentieth pass's rows (a planned or unplanned
// outage, a card kept as a valuable, a device not repaired or taken apart
// by its user; a veto for a pupil's computer carried) were written from
// its misses with other organisations' labels behind each, so the figures
// now are development figures: 72/90, 76/247, 76/97, 11/63. The floors
// sit just under them.
const BLIND12_FLOORS: Floors = Floors {
    top3: 0.79,
    precision_annex: 0.30,
    recall: 0.78,
    empty_suggested_max: 0.18,
};

/// The third real set, `tests/data/tune3-statements.json`: a **tuning** set
/// of organisations in neither `real-statements.json` nor blind2, labelled
/// by another session before any code ran on it, committed in batches.
/// First runs, each on statements no tuning had read (`docs/suggestions.md`):
/// the first 164 (commit 7fa3070), after the third pass: 76/106 top 3,
/// precision 90/149, recall 90/155, 10/58 `[]` given a suggestion; the
/// last batch's 138 (t3s165–t3s310, commit 474fca8), after the fourth
/// pass and the learned gate: 59/90, 68/138, 68/130, 19/48. Tuned on since
/// (fourth and fifth passes); the floors sit just under the tuned figures
/// on the 281 statements left after the owner removed those of blind3's
/// organisations (165/193, 191/317, 191/280, 17/88).
#[test]
fn real_statements_tune3() {
    let p = run_on(data_set("tune3-statements.json").into_iter());
    print("Third set (tune3)", &p);
    assert!(p.statements >= 281, "{}", p.statements);
    // Sixth pass (learned ranker, trained on tune3 too): 186/193, 261/437,
    // 261/280, 17/88. Seventh pass: 188/193, 265/591, 265/280, 13/88.
    assert!(p.top3() >= 0.94, "top-3 {:.3}", p.top3());
    assert!(
        p.precision_annex() >= 0.43,
        "precision {:.3}",
        p.precision_annex()
    );
    assert!(p.recall() >= 0.92, "recall {:.3}", p.recall());
    assert!(
        p.empty_suggested() <= 0.21,
        "[] statements with a suggestion {:.3}",
        p.empty_suggested()
    );
}

/// The fifth tuning set, `tests/data/tune5-statements.json` (325
/// statements from 60 new documents of 45 organisations whose names begin
/// with I–R, labelled by another session before any code ran on them). Its
/// first run is `learned_cv::leave_one_set_out`'s tune5 table (the learned
/// parts trained on every other set: the seventh pass as it was before
/// tune5 joined the training set; `docs/suggestions.md`, "Seventh
/// pass"). Here the built-in suggester, trained on tune5 too: training-set
/// figures; the floors sit just under them.
#[test]
fn real_statements_tune5() {
    // Seventh pass, trained on tune5 too: 193/212, 239/611, 239/270, 10/113.
    let floors = Floors {
        top3: 0.89,
        precision_annex: 0.37,
        recall: 0.86,
        empty_suggested_max: 0.11,
    };
    let set = run_on(data_set("tune5-statements.json").into_iter());
    check("Fifth set (tune5)", &set, &floors, 325, 212);
}

/// The thirteenth blind set, `blind13-statements.json` (125 statements from
/// 25 documents no earlier set used, of 22 regioner, kommuner and housing
/// companies; 74 with controls, 51 `[]`), labelled by another session and
/// committed before any suggester ran on it. Its one blind run is the
/// lead's, after every tuning pass of the stop before (the twentieth) had
/// landed, at af6c992: 53/74 top 3 (`docs/suggestions.md`, "The
/// thirteenth blind set"). Spent since.
#[test]
fn real_statements_blind13() {
    check_set(
        "Thirteenth blind set, new documents (blind13)",
        "blind13-statements.json",
        &BLIND13_FLOORS,
        125,
        74,
    );
}

// The one blind run (af6c992, after the twentieth pass, in context):
// 53/74 top 3, precision 56/197, recall 56/80, 7/51 `[]` given a
// suggestion (without context at the same moment 50/74, 53/192, 53/80,
// 9/51). TUNED since: the twenty-first pass's rows (messages over open
// networks kept from the unauthorised, visits registered by a lock,
// publishing with consent, keys handed back; vetoes for an income check,
// leave reported and premises staffed) were written from its misses with
// other organisations' labels behind each, so the figures now are
// development figures: 55/74, 58/191, 58/80, 4/51. The floors sit just
// under them. The thirty-first pass's rows (`docs/suggestions.md`,
// "Thirty-first pass") moved them to 57/74, 60/194, 60/80, 4/51, the
// thirty-second pass's narrowed veto (keys signed out) to 58/74, 61/196,
// 61/80, 4/51.
const BLIND13_FLOORS: Floors = Floors {
    top3: 0.78,
    precision_annex: 0.31,
    recall: 0.76,
    empty_suggested_max: 0.08,
};

/// The fourteenth blind set, `blind14-statements.json` (120 statements from
/// 37 documents no earlier set used, of 30 kommuner, regioner,
/// kommunalförbund and municipal companies; 70 with controls, 50 `[]`),
/// labelled by another session and committed before any suggester ran on
/// it. Its one blind run is the lead's, after every tuning pass of the
/// stop (the twenty-first) had landed, at f972024: 61/70 top 3
/// (`docs/suggestions.md`, "The fourteenth blind set"). Spent since.
#[test]
fn real_statements_blind14() {
    check_set(
        "Fourteenth blind set, new documents (blind14)",
        "blind14-statements.json",
        &BLIND14_FLOORS,
        120,
        70,
    );
}

// The one blind run (f972024, after the twenty-first pass, in context):
// 61/70 top 3, precision 68/210, recall 68/82, 11/50 `[]` given a
// suggestion (without context at the same moment 60/70, 67/210, 67/82,
// 13/50). TUNED since: the twenty-second pass (`docs/suggestions.md`,
// "Twenty-second pass"; a system's downtime, vetoes for a request for a
// public document, a fee charged, a duty to keep patient records and a
// policy's scope) was written from its misses with other organisations'
// labels behind each, so the figures now are development figures: 62/70,
// 69/203, 69/82, 8/50. The floors sit just under them.
const BLIND14_FLOORS: Floors = Floors {
    top3: 0.88,
    precision_annex: 0.33,
    recall: 0.84,
    empty_suggested_max: 0.16,
};

/// The fifteenth blind set, `blind15-statements.json` (99 statements from
/// 22 documents no earlier set used, of 22 kommuner, regioner and
/// municipal companies; 60 with controls, 39 `[]`), labelled by another
/// session and committed before any suggester ran on it. Its one blind
/// run is the lead's, after every tuning pass of the stop (the
/// twenty-second) had landed, at 3d129ef: 40/60 top 3
/// (`docs/suggestions.md`, "The fifteenth blind set"). Spent since.
#[test]
fn real_statements_blind15() {
    check_set(
        "Fifteenth blind set, new documents (blind15)",
        "blind15-statements.json",
        &BLIND15_FLOORS,
        99,
        60,
    );
}

// The one blind run (3d129ef, after the twenty-second pass, in context):
// 40/60 top 3, precision 43/160, recall 43/65, 9/39 `[]` given a
// suggestion (without context at the same moment 41/60, 44/169, 44/65,
// 8/39). TUNED since: the twenty-third pass (`docs/suggestions.md`,
// "Twenty-third pass"; public records kept ordered, inactive accounts, a
// processor agreement, vetoes for a manager's leave to photograph or film
// and a camera confiscated) was written from its misses with other
// organisations' labels behind each, so the figures now are development
// figures: 43/60, 46/154, 46/65, 6/39. The floors sit just under them.
// Since the thirty-second pass (`docs/suggestions.md`, "Thirty-second
// pass"; `distans*` no longer gives 6.7): 44/60, 47/151, 47/65, 5/39.
// Since the sixty-sixth pass (the veto on `fordon` removed): precision
// 0.310 — a parking permit kept in a vehicle is given a suggestion.
const BLIND15_FLOORS: Floors = Floors {
    top3: 0.73,
    precision_annex: 0.30,
    recall: 0.72,
    empty_suggested_max: 0.16,
};

/// The sixteenth blind set, `blind16-statements.json` (71 statements from
/// 19 documents no earlier set used, of 16 kommuner, regioner and housing
/// companies; 42 with controls, 29 `[]`; at most 15 % of the labelled ones
/// 5.34 by the collector's brief), labelled by another session and
/// committed before any suggester ran on it. Its one blind run is the
/// lead's, after every tuning pass of the stop (the twenty-third) had
/// landed, at 5a7dcd8: 33/42 top 3 (`docs/suggestions.md`, "The
/// sixteenth blind set"). Spent since.
#[test]
fn real_statements_blind16() {
    check_set(
        "Sixteenth blind set, new documents (blind16)",
        "blind16-statements.json",
        &BLIND16_FLOORS,
        71,
        42,
    );
}

// The one blind run (5a7dcd8, after the twenty-third pass, in context):
// 33/42 top 3, precision 39/126, recall 39/56, 6/29 `[]` given a
// suggestion (without context at the same moment 33/42, 36/135, 36/56,
// 8/29). TUNED since: the twenty-fourth pass (`docs/suggestions.md`,
// "Twenty-fourth pass"; a board meeting kept from those not entitled, an
// entry tag, patient data sent by fax, vetoes for accessibility for all
// and consideration for visitors) was written from its misses with other
// organisations' labels behind each, so the figures now are development
// figures: 37/42, 44/123, 44/56, 4/29. The floors sit just under them.
const BLIND16_FLOORS: Floors = Floors {
    top3: 0.88,
    precision_annex: 0.35,
    recall: 0.78,
    empty_suggested_max: 0.14,
};

/// The seventeenth blind set, `blind17-statements.json` (67 statements from
/// 23 documents no earlier set used, of 21 kommuner, regioner and
/// municipal companies; 41 with controls, 26 `[]`; 5.34 on 6 of the 41 by
/// the collector's brief), labelled by another session and committed
/// before any suggester ran on it. Its one blind run is the lead's, after
/// every tuning pass of the stop (the twenty-fourth) had landed, at
/// 00e81de: 26/41 top 3 (`docs/suggestions.md`, "The seventeenth blind
/// set"). Spent since.
#[test]
fn real_statements_blind17() {
    check_set(
        "Seventeenth blind set, new documents (blind17)",
        "blind17-statements.json",
        &BLIND17_FLOORS,
        67,
        41,
    );
}

// The one blind run (00e81de, after the twenty-fourth pass, in context):
// 26/41 top 3, precision 26/128, recall 26/44, 7/26 `[]` given a
// suggestion (without context at the same moment 27/41, 27/130, 27/44,
// 7/26). TUNED since: the twenty-fifth pass (`docs/suggestions.md`,
// "Twenty-fifth pass"; pictures of children, data anonymised spelt
// avpersonifiera, employment ending as 5.18, vetoes for liquids and a
// connection to a meeting) was written from its misses with other
// organisations' labels behind each, so the figures now are development
// figures: 28/41, 28/122, 28/44, 5/26. The floors sit just under them.
// The thirty-first pass (the one-word eTjänstekort as 5.16) moved them
// to 30/41, 30/119, 30/44, 4/26.
const BLIND17_FLOORS: Floors = Floors {
    top3: 0.73,
    precision_annex: 0.25,
    recall: 0.68,
    empty_suggested_max: 0.20,
};

/// The eighteenth blind set, `blind18-statements.json` (51 statements from
/// 15 documents no earlier set used, of 12 kommuner and regioner; 32 with
/// controls, 19 `[]`; at most 15 % of the labelled ones 5.34 by the
/// collector's brief), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after every
/// tuning pass of the previous stop (the twenty-fifth) had landed, at
/// fd8c0bc: 19/32 top 3 (`docs/suggestions.md`, "The eighteenth blind
/// set"). Spent since.
#[test]
fn real_statements_blind18() {
    check_set(
        "Eighteenth blind set, new documents (blind18)",
        "blind18-statements.json",
        &BLIND18_FLOORS,
        51,
        32,
    );
}

// The one blind run (fd8c0bc, after the twenty-fifth pass, in context):
// 19/32 top 3, precision 22/86, recall 22/37, 6/19 `[]` given a
// suggestion (without context at the same moment 18/32, 21/83, 21/37,
// 6/19). TUNED since: the twenty-sixth pass (`docs/suggestions.md`,
// "Twenty-sixth pass"; a personal card not lent, recordings kept N days,
// visits announced, vetoes for vehicles and consulting the archive) was
// written from its misses with other organisations' labels behind each,
// so the figures now are development figures: 22/32, 25/89, 25/37, 3/19.
// The floors sit just under them.
const BLIND18_FLOORS: Floors = Floors {
    top3: 0.68,
    precision_annex: 0.28,
    recall: 0.67,
    empty_suggested_max: 0.16,
};

/// The nineteenth blind set, `blind19-statements.json` (49 statements from
/// 18 documents no earlier set used, of 17 kommuner, regioner and
/// companies; 29 with controls, 20 `[]`; at most 15 % of the labelled ones
/// 5.34 by the collector's brief), labelled by another session and
/// committed before any suggester ran on it. Its one blind run is the
/// lead's, after every tuning pass of the stop (the twenty-sixth) had
/// landed, at 0ee2521: 23/29 top 3 (`docs/suggestions.md`, "The
/// nineteenth blind set"). Spent since.
#[test]
fn real_statements_blind19() {
    check_set(
        "Nineteenth blind set, new documents (blind19)",
        "blind19-statements.json",
        &BLIND19_FLOORS,
        49,
        29,
    );
}

// The one blind run (0ee2521, after the twenty-sixth pass, in context):
// 23/29 top 3, precision 28/92, recall 28/35, 5/20 `[]` given a
// suggestion (without context at the same moment 23/29, 28/92, 28/35,
// 6/20). TUNED since: the twenty-seventh pass (`docs/suggestions.md`,
// "Twenty-seventh pass"; a home-care service's code and a lock only
// authorised staff can use, mobile devices managed centrally, an account
// closed after a pupil leaves) was written from its misses with other
// organisations' labels behind each, so the figures now are development
// figures: 27/29, 32/95, 32/35, 5/20. The floors sit just under them.
const BLIND19_FLOORS: Floors = Floors {
    top3: 0.93,
    precision_annex: 0.33,
    recall: 0.91,
    empty_suggested_max: 0.26,
};

/// The twentieth blind set, `blind20-statements.json` (41 statements from
/// 18 documents no earlier set used, of 12 kommuner and 5 regioner; 25
/// with controls, 16 `[]`; at most 15 % of the labelled ones 5.34 by the
/// collector's brief), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after every
/// tuning pass of the stop (the twenty-seventh) had landed, at dc8a6f4:
/// 19/25 top 3 (`docs/suggestions.md`, "The twentieth blind set").
/// Spent since, and TUNED by the twenty-eighth pass.
#[test]
fn real_statements_blind20() {
    check_set(
        "Twentieth blind set, new documents (blind20)",
        "blind20-statements.json",
        &BLIND20_FLOORS,
        41,
        25,
    );
}

// The one blind run (dc8a6f4, after the twenty-seventh pass, in
// context): 19/25 top 3, precision 19/72, recall 19/28, 6/16 `[]` given a
// suggestion (without context at the same moment 19/25, 20/73, 20/28,
// 6/16). TUNED since: the twenty-eighth pass (`docs/suggestions.md`,
// "Twenty-eighth pass"; access checked systematically and recurrently,
// unauthorised reading named as dataintrång; vetoes for medicines stored
// locked, a secrecy assessment before release, records registered with an
// authority) was written from its misses with other organisations' labels
// behind each, so the figures now are development figures: 21/25, 22/63,
// 22/28, 2/16. The floors sit just under them.
const BLIND20_FLOORS: Floors = Floors {
    top3: 0.83,
    precision_annex: 0.34,
    recall: 0.78,
    empty_suggested_max: 0.13,
};

/// The twenty-first blind set, `blind21-statements.json` (43 statements
/// from 15 documents no earlier set used, of 8 kommuner, 4 regioner and 2
/// municipal energy companies; 25 with controls, 18 `[]`; at most 15 % of
/// the labelled ones 5.34 by the collector's brief), labelled by another
/// session and committed before any suggester ran on it. Its one blind
/// run is the lead's, after every tuning pass of the stop (the
/// twenty-eighth) had landed, at fcebd56: 16/25 top 3
/// (`docs/suggestions.md`, "The twenty-first and twenty-second blind
/// sets"). Spent since, and TUNED by the twenty-ninth pass.
#[test]
fn real_statements_blind21() {
    check_set(
        "Twenty-first blind set, new documents (blind21)",
        "blind21-statements.json",
        &BLIND21_FLOORS,
        43,
        25,
    );
}

// The one blind run (fcebd56, after the twenty-eighth pass, in context):
// 16/25 top 3, precision 17/69, recall 17/26, 2/18 `[]` given a
// suggestion (without context at the same moment 17/25, 18/75, 18/26,
// 3/18). TUNED since: the twenty-ninth pass (`docs/suggestions.md`,
// "Twenty-ninth pass"; keys kept in a security cabinet or usable only by
// staff) was written from its misses with other organisations' labels
// behind each, so the figures now are development figures: 18/25, 19/75,
// 19/26, 2/18. The floors sit just under them.
const BLIND21_FLOORS: Floors = Floors {
    top3: 0.71,
    precision_annex: 0.25,
    recall: 0.73,
    empty_suggested_max: 0.12,
};

/// The twenty-second blind set, `blind22-statements.json` (42 statements
/// from 18 documents no earlier set used, of 9 kommuner and 9 regioner; 25
/// with controls, 17 `[]`; at most 15 % of the labelled ones 5.34 by the
/// collector's brief), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after every
/// tuning pass of the stop (the twenty-eighth) had landed, at the same
/// commit as blind21's, fcebd56: 12/25 top 3 (`docs/suggestions.md`,
/// "The twenty-first and twenty-second blind sets"). Spent since, and
/// TUNED by the twenty-ninth pass.
#[test]
fn real_statements_blind22() {
    check_set(
        "Twenty-second blind set, new documents (blind22)",
        "blind22-statements.json",
        &BLIND22_FLOORS,
        42,
        25,
    );
}

// The one blind run (fcebd56, after the twenty-eighth pass, in context):
// 12/25 top 3, precision 16/74, recall 16/31, 5/17 `[]` given a
// suggestion (without context at the same moment 12/25, 16/77, 16/31,
// 6/17). TUNED since: the twenty-ninth pass (`docs/suggestions.md`,
// "Twenty-ninth pass"; a supplier bound to information security, what
// only the patient or resident can read or edit; a veto for costs borne by
// someone) was written from its misses with other organisations' labels
// behind each, so the figures now are development figures: 15/25, 19/74,
// 19/31, 4/17. The floors sit just under them.
const BLIND22_FLOORS: Floors = Floors {
    top3: 0.59,
    precision_annex: 0.25,
    recall: 0.61,
    empty_suggested_max: 0.24,
};

/// The twenty-third blind set, `blind23-statements.json` (52 statements
/// from 25 documents no earlier set used, of 10 kommuner, 9 regioner and
/// 6 companies owned by kommuner or a region; 30 with controls, 22 `[]`;
/// at most 15 % of the labelled ones 5.34 by the collector's brief),
/// labelled by another session and committed before any suggester ran on
/// it. Its one blind run is the lead's, after every tuning pass of the
/// stop (the twenty-ninth) had landed, at f114f77: 19/30 top 3
/// (`docs/suggestions.md`, "The twenty-third blind set"). Spent since, and
/// TUNED by the thirtieth pass.
#[test]
fn real_statements_blind23() {
    check_set(
        "Twenty-third blind set, new documents (blind23)",
        "blind23-statements.json",
        &BLIND23_FLOORS,
        52,
        30,
    );
}

// The one blind run (f114f77, after the twenty-ninth pass, in context):
// 19/30 top 3, precision 19/90, recall 19/32, 9/22 `[]` given a
// suggestion (without context at the same moment 19/30, 19/96, 19/32,
// 11/22). TUNED since: the thirtieth pass (`docs/suggestions.md`,
// "Thirtieth pass"; the gate cue `*server*` no longer matching
// `observera`, a loss reported by contacting someone, an approval by a
// manager, a card that is personal, an agreement signed for a device; a
// veto for a whistleblowing function) was written from its misses with
// other organisations' labels behind each, so the figures now are
// development figures: 23/30, 23/94, 23/32, 7/22. The floors sit just
// under them.
const BLIND23_FLOORS: Floors = Floors {
    top3: 0.76,
    precision_annex: 0.24,
    recall: 0.71,
    empty_suggested_max: 0.32,
};

/// The twenty-fourth blind set, `blind24-statements.json` (53 statements
/// from 17 documents no earlier set used, of 8 kommuner, 5 regioner and
/// 3 companies owned by kommuner; 34 with controls, 19 `[]`; 2 of the 34
/// labelled 5.34), labelled by another session and committed before any
/// suggester ran on it. Its one blind run is the lead's, after every
/// tuning pass of the stop had landed (the thirtieth), at a57a1cb: 25/34
/// top 3 (`docs/suggestions.md`, "The twenty-fourth blind set"). Spent
/// since, and TUNED by the thirty-first pass.
#[test]
fn real_statements_blind24() {
    check_set(
        "Twenty-fourth blind set, new documents (blind24)",
        "blind24-statements.json",
        &BLIND24_FLOORS,
        53,
        34,
    );
}

// The one blind run (a57a1cb, after the thirtieth pass, in context):
// 25/34 top 3, precision 27/118, recall 27/37, 10/19 `[]` given a
// suggestion (without context at the same moment 25/34, 27/116, 27/37,
// 11/19). TUNED since: the thirty-first pass (`docs/suggestions.md`,
// "Thirty-first pass"; an e-tjänstekort or eTjänstekort handled as 5.16,
// a card left unattended, keys signed for; gate stops for lärlogg and
// blogg; a veto for vaccination) was written from its misses with other
// organisations' labels behind each, so the figures now are development
// figures: 28/34, 30/113, 30/37, 9/19. The floors sit just under them.
// The thirty-second pass's narrowed veto (`docs/suggestions.md`,
// "Thirty-second pass"; keys signed out at the inspection) moved them to
// 29/34, 31/116, 31/37, 9/19.
const BLIND24_FLOORS: Floors = Floors {
    top3: 0.85,
    precision_annex: 0.26,
    recall: 0.83,
    empty_suggested_max: 0.48,
};

/// The twenty-fifth blind set, `blind25-statements.json` (50 statements
/// from 14 documents no earlier set used, of 8 kommuner, 2 regioner, 3
/// companies owned by kommuner and a kommunalförbund; 32 with controls,
/// 18 `[]`; 3 of the 32 labelled 5.34), labelled by another session and
/// committed before any suggester ran on it. Its one blind run is the
/// lead's, after every tuning pass of the stop had landed (the
/// thirty-first), at b9d0534: 26/32 top 3 (`docs/suggestions.md`, "The
/// twenty-fifth blind set"). Spent since.
#[test]
fn real_statements_blind25() {
    check_set(
        "Twenty-fifth blind set, new documents (blind25)",
        "blind25-statements.json",
        &BLIND25_FLOORS,
        50,
        32,
    );
}

// The one blind run (b9d0534, after the thirty-first pass, in context):
// 26/32 top 3, precision 26/93, recall 26/32, 7/18 `[]` given a
// suggestion (without context at the same moment the same four figures).
// TUNED since: the thirty-second pass (`docs/suggestions.md`,
// "Thirty-second pass"; a child's age that ends a parent's access, a
// locked bin for confidential waste, a policy kept alive, the row
// `tillsyn*` gone) was written from its misses with other organisations'
// labels behind each, so the figures now are development figures: 30/32,
// 30/103, 30/32, 7/18. The floors sit just under them.
const BLIND25_FLOORS: Floors = Floors {
    top3: 0.93,
    precision_annex: 0.29,
    recall: 0.93,
    empty_suggested_max: 0.39,
};

/// The twenty-sixth blind set, `blind26-statements.json` (47 statements
/// from 13 documents no earlier set used, of 7 kommuner, 2 regioner, 3
/// companies owned by kommuner or a region and a kommunalförbund; 29 with
/// controls, 18 `[]`; 4 of the 29 labelled 5.34), labelled by another
/// session and committed before any suggester ran on it. Its one blind run
/// is the lead's, after every tuning pass of the stop had landed (the
/// thirty-second), at da1235d: 20/29 top 3 (`docs/suggestions.md`, "The
/// twenty-sixth blind set"). Spent since.
#[test]
fn real_statements_blind26() {
    check_set(
        "Twenty-sixth blind set, new documents (blind26)",
        "blind26-statements.json",
        &BLIND26_FLOORS,
        47,
        29,
    );
}

// The one blind run (da1235d, after the thirty-second pass, in context):
// 20/29 top 3, precision 21/88, recall 21/31, 7/18 `[]` given a
// suggestion (without context at the same moment 19/29, 20/85, 20/31,
// 7/18). TUNED since: the thirty-third pass (`docs/suggestions.md`,
// "Thirty-third pass"; who may read or open a record, who has opened it,
// an extract from a register, not passing on, registered post, access
// given automatically, the row `makuler*` gone) was written from its
// misses with other organisations' labels behind each, so the figures now
// are development figures: 24/29, 25/93, 25/31, 7/18. The floors sit just
// under them.
const BLIND26_FLOORS: Floors = Floors {
    top3: 0.82,
    precision_annex: 0.26,
    recall: 0.80,
    empty_suggested_max: 0.39,
};

/// The twenty-seventh blind set, `blind27-statements.json` (45 statements
/// from 11 documents no earlier set used, of 8 kommuner, 2 regioner and a
/// housing company of a kommun; 29 with controls, 16 `[]`; 1 of the 29
/// labelled 5.34, 11 labelled 8.5), labelled by another session and
/// committed before any suggester ran on it. Its one blind run is the
/// lead's, after every tuning pass of the stop had landed (the
/// thirty-third), at eaabe74: 19/29 top 3 (`docs/suggestions.md`, "The
/// twenty-seventh blind set"). Spent since.
#[test]
fn real_statements_blind27() {
    check_set(
        "Twenty-seventh blind set, new documents (blind27)",
        "blind27-statements.json",
        &BLIND27_FLOORS,
        45,
        29,
    );
}

// The one blind run (eaabe74, after the thirty-third pass, in context):
// 19/29 top 3, precision 20/104, recall 20/30, 9/16 `[]` given a
// suggestion (without context at the same moment 17/29, 18/93, 18/30,
// 8/16). TUNED since: the thirty-fourth pass (`docs/suggestions.md`,
// "Thirty-fourth pass"; a PUK code, published on social media, a card
// activated, blocker* as web blocking only) was written with its misses
// read, so the figures now are development figures: 20/29, 21/104,
// 21/30, 9/16; after the thirty-fifth pass 21/29, 22/104, 22/30, 9/16.
// The floors sit just under them.
const BLIND27_FLOORS: Floors = Floors {
    top3: 0.72,
    precision_annex: 0.21,
    recall: 0.73,
    empty_suggested_max: 0.57,
};

/// The twenty-eighth blind set, `blind28-statements.json` (48 statements
/// from 14 documents no earlier set used, of 14 organisations; 30 with
/// controls, 18 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after every
/// tuning pass before it had landed (the thirty-third), at ab2de68: 13/30
/// top 3 (`docs/suggestions.md`, "The twenty-eighth blind set"). Spent
/// since.
#[test]
fn real_statements_blind28() {
    check_set(
        "Twenty-eighth blind set, new documents (blind28)",
        "blind28-statements.json",
        &BLIND28_FLOORS,
        48,
        30,
    );
}

// The one blind run (ab2de68, after the thirty-third pass, in context):
// 13/30 top 3, precision 13/72, recall 13/30, 5/18 `[]` given a
// suggestion (without context at the same moment 13/30, 13/69, 13/30,
// 6/18). TUNED since: the thirty-fourth pass (`docs/suggestions.md`,
// "Thirty-fourth pass") was written with its misses read: 15/30, 15/72,
// 15/30, 5/18 after it, 18/30, 18/72, 18/30, 5/18 after the thirty-fifth
// (development figures). The floors sit just under them.
const BLIND28_FLOORS: Floors = Floors {
    top3: 0.59,
    precision_annex: 0.24,
    recall: 0.59,
    empty_suggested_max: 0.28,
};

/// The twenty-ninth blind set, `blind29-statements.json` (49 statements
/// from 12 documents no earlier set used, of 12 organisations; 33 with
/// controls, 16 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after every
/// tuning pass before it had landed (the thirty-fourth), at 7cd3ade:
/// 24/33 top 3 (`docs/suggestions.md`, "The twenty-ninth blind set").
/// Spent since.
#[test]
fn real_statements_blind29() {
    check_set(
        "Twenty-ninth blind set, new documents (blind29)",
        "blind29-statements.json",
        &BLIND29_FLOORS,
        49,
        33,
    );
}

// The one blind run (7cd3ade, after the thirty-fourth pass, in context):
// 24/33 top 3, precision 25/84, recall 25/35, 5/16 `[]` given a
// suggestion (without context at the same moment 25/33, 26/83, 26/35,
// 4/16). TUNED since: the thirty-fifth pass (`docs/suggestions.md`,
// "Thirty-fifth pass") was written with its misses read: 26/33, 27/89,
// 27/35, 5/16 now (development figures). The floors sit just under them.
const BLIND29_FLOORS: Floors = Floors {
    top3: 0.78,
    precision_annex: 0.30,
    recall: 0.77,
    empty_suggested_max: 0.32,
};

/// The sixty-sixth blind set, `blind66-statements.json` (45 statements
/// from 19 documents no earlier set used, of 13 organisations; 31 with
/// controls, 14 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at e3619a7
/// (`docs/suggestions.md`, "The sixty-fifth and sixty-sixth blind sets:
/// first runs"). Spent since.
#[test]
fn real_statements_blind66() {
    check_set(
        "Sixty-sixth blind set, new documents (blind66)",
        "blind66-statements.json",
        &BLIND66_FLOORS,
        45,
        31,
    );
}

// The one blind run (e3619a7, the suggester after the fifty-fifth pass, in
// context): 23/31 top 3, precision 26/100, recall 26/37, 10/14 `[]` given a
// suggestion (without context at the same moment 25/31, 29/102, 29/37,
// 10/14). The floors sit just under it.
const BLIND66_FLOORS: Floors = Floors {
    top3: 0.74,
    precision_annex: 0.26,
    recall: 0.70,
    empty_suggested_max: 0.72,
};

/// The sixty-fifth blind set, `blind65-statements.json` (53 statements
/// from 18 documents no earlier set used, of 9 organisations; 34 with
/// controls, 19 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at a5280a7
/// (`docs/suggestions.md`, "The sixty-fifth and sixty-sixth blind sets:
/// first runs"). Spent since.
#[test]
fn real_statements_blind65() {
    check_set(
        "Sixty-fifth blind set, new documents (blind65)",
        "blind65-statements.json",
        &BLIND65_FLOORS,
        53,
        34,
    );
}

// The one blind run (a5280a7, the suggester after the fifty-fifth pass, in
// context): 20/34 top 3, precision 24/99, recall 24/49, 7/19 `[]` given a
// suggestion (without context at the same moment 21/34, 24/96, 24/49,
// 7/19). The floors sit just under it.
const BLIND65_FLOORS: Floors = Floors {
    top3: 0.58,
    precision_annex: 0.24,
    recall: 0.48,
    empty_suggested_max: 0.37,
};

/// The sixty-third blind set, `blind63-statements.json` (46 statements
/// from 15 documents no earlier set used, of 12 organisations; 30 with
/// controls, 16 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at 48acf53
/// (`docs/suggestions.md`, "The sixty-third and sixty-fourth blind sets:
/// first runs"). Spent since.
#[test]
fn real_statements_blind63() {
    check_set(
        "Sixty-third blind set, new documents (blind63)",
        "blind63-statements.json",
        &BLIND63_FLOORS,
        46,
        30,
    );
}

// The one blind run (48acf53, the suggester after the fifty-fourth pass, in
// context): 24/30 top 3, precision 25/114, recall 25/34, 9/16 `[]` given a
// suggestion (without context at the same moment 24/30, 25/116, 25/34,
// 10/16). The floors sit just under it.
const BLIND63_FLOORS: Floors = Floors {
    top3: 0.79,
    precision_annex: 0.21,
    recall: 0.73,
    empty_suggested_max: 0.57,
};

/// The sixty-fourth blind set, `blind64-statements.json` (46 statements
/// from 16 documents no earlier set used, of 16 organisations; 30 with
/// controls, 16 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at 48acf53
/// (`docs/suggestions.md`, "The sixty-third and sixty-fourth blind sets:
/// first runs"). Spent since.
#[test]
fn real_statements_blind64() {
    check_set(
        "Sixty-fourth blind set, new documents (blind64)",
        "blind64-statements.json",
        &BLIND64_FLOORS,
        46,
        30,
    );
}

// The one blind run (48acf53, the suggester after the fifty-fourth pass, in
// context): 20/30 top 3, precision 23/99, recall 23/38, 10/16 `[]` given a
// suggestion (without context at the same moment 19/30, 22/92, 22/38,
// 9/16). The floors sit just under it.
const BLIND64_FLOORS: Floors = Floors {
    top3: 0.66,
    precision_annex: 0.23,
    recall: 0.6,
    empty_suggested_max: 0.63,
};

/// The sixty-first blind set, `blind61-statements.json` (48 statements
/// from 12 documents no earlier set used, of 11 organisations; 31 with
/// controls, 17 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at 032b183
/// (`docs/suggestions.md`, "The sixty-first and sixty-second blind sets:
/// first runs"). Spent since.
#[test]
fn real_statements_blind61() {
    check_set(
        "Sixty-first blind set, new documents (blind61)",
        "blind61-statements.json",
        &BLIND61_FLOORS,
        48,
        31,
    );
}

// The one blind run (032b183, the suggester after the fifty-third pass, in
// context): 20/31 top 3, precision 24/95, recall 24/39, 8/17 `[]` given a
// suggestion (without context at the same moment the same: 20/31, 24/95,
// 24/39, 8/17). The floors sit just under it.
const BLIND61_FLOORS: Floors = Floors {
    top3: 0.64,
    precision_annex: 0.25,
    recall: 0.61,
    empty_suggested_max: 0.48,
};

/// The sixty-second blind set, `blind62-statements.json` (46 statements
/// from 19 documents no earlier set used, of 17 organisations; 29 with
/// controls, 17 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at 032b183
/// (`docs/suggestions.md`, "The sixty-first and sixty-second blind sets:
/// first runs"). Spent since.
#[test]
fn real_statements_blind62() {
    check_set(
        "Sixty-second blind set, new documents (blind62)",
        "blind62-statements.json",
        &BLIND62_FLOORS,
        46,
        29,
    );
}

// The one blind run (032b183, the suggester after the fifty-third pass, in
// context): 17/29 top 3, precision 22/77, recall 22/36, 3/17 `[]` given a
// suggestion (without context at the same moment 17/29, 22/82, 22/36,
// 6/17). The floors sit just under it.
const BLIND62_FLOORS: Floors = Floors {
    top3: 0.58,
    precision_annex: 0.28,
    recall: 0.61,
    empty_suggested_max: 0.18,
};

/// The sixtieth blind set, `blind60-statements.json` (48 statements
/// from 16 documents no earlier set used, of 13 organisations; 30 with
/// controls, 18 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at 5cb7b48
/// (`docs/suggestions.md`, "The sixtieth blind set: first run"). Spent
/// since.
#[test]
fn real_statements_blind60() {
    check_set(
        "Sixtieth blind set, new documents (blind60)",
        "blind60-statements.json",
        &BLIND60_FLOORS,
        48,
        30,
    );
}

// The one blind run (5cb7b48, the suggester after the fifty-second pass, in
// context): 18/30 top 3, precision 19/97, recall 19/32, 13/18 `[]` given a
// suggestion (without context at the same moment 15/30, 16/87, 16/32,
// 12/18). The floors sit just under it.
const BLIND60_FLOORS: Floors = Floors {
    top3: 0.59,
    precision_annex: 0.19,
    recall: 0.59,
    empty_suggested_max: 0.73,
};

/// The fifty-ninth blind set, `blind59-statements.json` (55 statements
/// from 22 documents no earlier set used, of 20 organisations; 37 with
/// controls, 18 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at 6e02b20
/// (`docs/suggestions.md`, "The fifty-ninth blind set: first run"). Spent
/// since.
#[test]
fn real_statements_blind59() {
    check_set(
        "Fifty-ninth blind set, new documents (blind59)",
        "blind59-statements.json",
        &BLIND59_FLOORS,
        55,
        37,
    );
}

// The one blind run (6e02b20, the suggester after the fifty-second pass, in
// context): 23/37 top 3, precision 24/128, recall 24/38, 12/18 `[]` given a
// suggestion (without context at the same moment 23/37, 24/131, 24/38,
// 12/18). The floors sit just under it.
const BLIND59_FLOORS: Floors = Floors {
    top3: 0.62,
    precision_annex: 0.18,
    recall: 0.63,
    empty_suggested_max: 0.67,
};

/// The fifty-eighth blind set, `blind58-statements.json` (52 statements
/// from 13 documents no earlier set used, of 12 organisations; 34 with
/// controls, 18 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at b596ff7
/// (`docs/suggestions.md`, "The fifty-eighth blind set: first run"). Spent
/// since.
#[test]
fn real_statements_blind58() {
    check_set(
        "Fifty-eighth blind set, new documents (blind58)",
        "blind58-statements.json",
        &BLIND58_FLOORS,
        52,
        34,
    );
}

// The one blind run (b596ff7, the suggester after the fifty-first pass, in
// context): 26/34 top 3, precision 27/107, recall 27/39, 7/18 `[]` given a
// suggestion (without context at the same moment 25/34, 26/106, 26/39,
// 8/18). The floors sit just under it.
const BLIND58_FLOORS: Floors = Floors {
    top3: 0.76,
    precision_annex: 0.25,
    recall: 0.69,
    empty_suggested_max: 0.39,
};

/// The fifty-fifth blind set, `blind55-statements.json` (49 statements
/// from 14 documents no earlier set used, of 13 organisations; 34 with
/// controls, 15 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at 2c5668c
/// (`docs/suggestions.md`, "The fifty-fifth blind set: first run"). Spent
/// since.
#[test]
fn real_statements_blind55() {
    check_set(
        "Fifty-fifth blind set, new documents (blind55)",
        "blind55-statements.json",
        &BLIND55_FLOORS,
        49,
        34,
    );
}

// The one blind run (2c5668c, the suggester after the fifty-first pass, in
// context): 16/34 top 3, precision 18/76, recall 18/38, 5/15 `[]` given a
// suggestion (without context at the same moment 17/34, 19/79, 19/38,
// 7/15). The floors sit just under it.
const BLIND55_FLOORS: Floors = Floors {
    top3: 0.47,
    precision_annex: 0.23,
    recall: 0.47,
    empty_suggested_max: 0.34,
};

/// The fifty-sixth blind set, `blind56-statements.json` (45 statements
/// from 13 documents no earlier set used, of 13 organisations; 14 with
/// controls, 31 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after the
/// fifty-first pass, at 8a5fdba (`docs/suggestions.md`, "The fifty-sixth
/// blind set: first run"). Spent since.
#[test]
fn real_statements_blind56() {
    check_set(
        "Fifty-sixth blind set, new documents (blind56)",
        "blind56-statements.json",
        &BLIND56_FLOORS,
        45,
        14,
    );
}

// The one blind run (8a5fdba, after the fifty-first pass, in context):
// 12/14 top 3, precision 14/73, recall 14/18, 12/31 `[]` given a
// suggestion (without context at the same moment 12/14, 15/72, 15/18,
// 12/31). The floors sit just under it.
const BLIND56_FLOORS: Floors = Floors {
    top3: 0.85,
    precision_annex: 0.19,
    recall: 0.77,
    empty_suggested_max: 0.39,
};

/// The fifty-fourth blind set, `blind54-statements.json` (55 statements
/// from 13 documents no earlier set used, of 10 organisations; 36 with
/// controls, 19 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after the
/// fifty-first pass, at 61444bb (`docs/suggestions.md`, "The fifty-third
/// and fifty-fourth blind sets: first runs"). Spent since.
#[test]
fn real_statements_blind54() {
    check_set(
        "Fifty-fourth blind set, new documents (blind54)",
        "blind54-statements.json",
        &BLIND54_FLOORS,
        55,
        36,
    );
}

// The one blind run (61444bb, after the fifty-first pass, in context):
// 14/36 top 3, precision 15/99, recall 15/38, 8/19 `[]` given a
// suggestion (without context at the same moment 12/36, 13/90, 13/38,
// 8/19). The floors sit just under it.
// Since the sixty-sixth pass (the veto on `fordon` removed): precision
// 0.150, 9/19 `[]` given a suggestion — a vehicle's registration number
// at a parking meter.
const BLIND54_FLOORS: Floors = Floors {
    top3: 0.38,
    precision_annex: 0.14,
    recall: 0.39,
    empty_suggested_max: 0.48,
};

/// The fifty-third blind set, `blind53-statements.json` (50 statements
/// from 13 documents no earlier set used, of 11 organisations; 31 with
/// controls, 19 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after the
/// fifty-first pass, at 61444bb (`docs/suggestions.md`, "The fifty-third
/// and fifty-fourth blind sets: first runs"). Spent since.
#[test]
fn real_statements_blind53() {
    check_set(
        "Fifty-third blind set, new documents (blind53)",
        "blind53-statements.json",
        &BLIND53_FLOORS,
        50,
        31,
    );
}

// The one blind run (61444bb, after the fifty-first pass, in context):
// 23/31 top 3, precision 24/79, recall 24/32, 2/19 `[]` given a
// suggestion (without context at the same moment the same). The floors sit just under it.
const BLIND53_FLOORS: Floors = Floors {
    top3: 0.74,
    precision_annex: 0.3,
    recall: 0.74,
    empty_suggested_max: 0.11,
};

/// The fifty-second blind set, `blind52-statements.json` (51 statements
/// from 13 documents no earlier set used, of 12 organisations; 33 with
/// controls, 18 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after the
/// fifty-first pass, at 184df25 (`docs/suggestions.md`, "The fifty-first
/// and fifty-second blind sets: first runs"). Spent since.
#[test]
fn real_statements_blind52() {
    check_set(
        "Fifty-second blind set, new documents (blind52)",
        "blind52-statements.json",
        &BLIND52_FLOORS,
        51,
        33,
    );
}

// The one blind run (184df25, after the fifty-first pass, in context):
// 17/33 top 3, precision 17/85, recall 17/35, 8/18 `[]` given a
// suggestion (without context at the same moment 16/33, 17/82, 17/35,
// 8/18). The floors sit just under it.
const BLIND52_FLOORS: Floors = Floors {
    top3: 0.51,
    precision_annex: 0.19,
    recall: 0.48,
    empty_suggested_max: 0.45,
};

/// The fifty-first blind set, `blind51-statements.json` (55 statements
/// from 12 documents no earlier set used, of 11 organisations; 31 with
/// controls, 24 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after the
/// fifty-first pass, at 184df25 (`docs/suggestions.md`, "The fifty-first
/// and fifty-second blind sets: first runs"). Spent since.
#[test]
fn real_statements_blind51() {
    check_set(
        "Fifty-first blind set, new documents (blind51)",
        "blind51-statements.json",
        &BLIND51_FLOORS,
        55,
        31,
    );
}

// The one blind run (184df25, after the fifty-first pass, in context):
// 14/31 top 3, precision 15/98, recall 15/32, 12/24 `[]` given a
// suggestion (without context at the same moment 17/31, 18/108, 18/32,
// 14/24). The floors sit just under it.
const BLIND51_FLOORS: Floors = Floors {
    top3: 0.45,
    precision_annex: 0.15,
    recall: 0.46,
    empty_suggested_max: 0.5,
};

/// The fiftieth blind set, `blind50-statements.json` (53 statements
/// from 12 documents no earlier set used, of 10 organisations; 38 with
/// controls, 15 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after the
/// fiftieth pass, at ac353e3 (`docs/suggestions.md`, "The forty-ninth and
/// fiftieth blind sets: first runs"). Spent since.
#[test]
fn real_statements_blind50() {
    check_set(
        "Fiftieth blind set, new documents (blind50)",
        "blind50-statements.json",
        &BLIND50_FLOORS,
        53,
        38,
    );
}

// The one blind run (ac353e3, after the fiftieth pass, in context):
// 29/38 top 3, precision 31/118, recall 31/40, 5/15 `[]` given a
// suggestion (without context at the same moment 28/38, 30/115, 30/40,
// 5/15). The floors sit just under it.
const BLIND50_FLOORS: Floors = Floors {
    top3: 0.76,
    precision_annex: 0.26,
    recall: 0.76,
    empty_suggested_max: 0.34,
};

/// The forty-ninth blind set, `blind49-statements.json` (49 statements
/// from 12 documents no earlier set used, of 10 organisations; 33 with
/// controls, 16 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after the
/// fiftieth pass, at ac353e3 (`docs/suggestions.md`, "The forty-ninth and
/// fiftieth blind sets: first runs"). Spent since.
#[test]
fn real_statements_blind49() {
    check_set(
        "Forty-ninth blind set, new documents (blind49)",
        "blind49-statements.json",
        &BLIND49_FLOORS,
        49,
        33,
    );
}

// The one blind run (ac353e3, after the fiftieth pass, in context):
// 24/33 top 3, precision 25/110, recall 25/34, 9/16 `[]` given a
// suggestion (without context at the same moment 24/33, 25/112, 25/34,
// 9/16). The floors sit just under it.
const BLIND49_FLOORS: Floors = Floors {
    top3: 0.72,
    precision_annex: 0.22,
    recall: 0.72,
    empty_suggested_max: 0.57,
};

/// The forty-eighth blind set, `blind48-statements.json` (54 statements
/// from 20 documents no earlier set used, of 16 organisations; 38 with
/// controls, 16 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after the
/// forty-ninth pass, at 94b6685 (`docs/suggestions.md`, "The forty-eighth
/// blind set: first run"). Spent since.
#[test]
fn real_statements_blind48() {
    check_set(
        "Forty-eighth blind set, new documents (blind48)",
        "blind48-statements.json",
        &BLIND48_FLOORS,
        54,
        38,
    );
}

// The one blind run (94b6685, after the forty-ninth pass, in context):
// 32/38 top 3, precision 32/114, recall 32/38, 4/16 `[]` given a
// suggestion (without context at the same moment 31/38, 31/111, 31/38,
// 4/16). The floors sit just under it.
const BLIND48_FLOORS: Floors = Floors {
    top3: 0.84,
    precision_annex: 0.28,
    recall: 0.84,
    empty_suggested_max: 0.26,
};

/// The forty-seventh blind set, `blind47-statements.json` (22 statements
/// from 5 documents no earlier set used, of 3 organisations; 21 with
/// controls, 1 `[]`), labelled by another session and committed before
/// any suggester ran on it; partial (the brief asked for 45 or more, of
/// kommuner: the three organisations are högskolor). Its one blind run is
/// the lead's, after the forty-ninth pass, at 37bd6ba (`docs/suggestions.md`,
/// "The forty-seventh blind set: first run"). Spent since.
#[test]
fn real_statements_blind47() {
    check_set(
        "Forty-seventh blind set, new documents (blind47)",
        "blind47-statements.json",
        &BLIND47_FLOORS,
        22,
        21,
    );
}

// The one blind run (37bd6ba, after the forty-ninth pass, in context):
// 19/21 top 3, precision 21/57, recall 21/26, 0/1 `[]` given a suggestion
// (without context at the same moment 18/21, 22/56, 22/26, 0/1). The
// floors sit just under it.
const BLIND47_FLOORS: Floors = Floors {
    top3: 0.9,
    precision_annex: 0.36,
    recall: 0.8,
    empty_suggested_max: 0.0,
};

/// The forty-sixth blind set, `blind46-statements.json` (55 statements
/// from 16 documents no earlier set used, of 15 organisations; 36 with
/// controls, 19 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after the
/// forty-seventh pass, at 33e2a9e (`docs/suggestions.md`, "The
/// forty-sixth blind set: first run"). Spent since.
#[test]
fn real_statements_blind46() {
    check_set(
        "Forty-sixth blind set, new documents (blind46)",
        "blind46-statements.json",
        &BLIND46_FLOORS,
        55,
        36,
    );
}

// The one blind run (33e2a9e, after the forty-seventh pass, in context):
// 20/36 top 3, precision 20/83, recall 20/37, 5/19 `[]` given a
// suggestion (without context at the same moment 18/36, 18/77, 18/37,
// 4/19). The floors sit just under it.
const BLIND46_FLOORS: Floors = Floors {
    top3: 0.55,
    precision_annex: 0.24,
    recall: 0.54,
    empty_suggested_max: 0.27,
};

/// The forty-fifth blind set, `blind45-statements.json` (47 statements
/// from 14 documents no earlier set used, of 10 organisations; 30 with
/// controls, 17 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after the
/// forty-sixth pass, at 409c528 (`docs/suggestions.md`, "The forty-fifth
/// blind set: first run"). Spent since.
#[test]
fn real_statements_blind45() {
    check_set(
        "Forty-fifth blind set, new documents (blind45)",
        "blind45-statements.json",
        &BLIND45_FLOORS,
        47,
        30,
    );
}

// The one blind run (409c528, after the forty-sixth pass, in context):
// 15/30 top 3, precision 15/88, recall 15/30, 7/17 `[]` given a
// suggestion (without context at the same moment 14/30, 14/90, 14/30,
// 8/17). The floors sit just under it.
const BLIND45_FLOORS: Floors = Floors {
    top3: 0.49,
    precision_annex: 0.17,
    recall: 0.49,
    empty_suggested_max: 0.42,
};

/// The forty-fourth blind set, `blind44-statements.json` (50 statements
/// from 16 documents no earlier set used, of 15 organisations; 32 with controls, 18 `[]`), labelled by another
/// session and committed before any suggester ran on it. Its one blind run
/// is the lead's, after the forty-fifth pass, at 12c97eb
/// (`docs/suggestions.md`, "The forty-third and forty-fourth blind sets:
/// first runs"). Spent since.
#[test]
fn real_statements_blind44() {
    check_set(
        "Forty-fourth blind set, new documents (blind44)",
        "blind44-statements.json",
        &BLIND44_FLOORS,
        50,
        32,
    );
}

// The one blind run (12c97eb, after the forty-fifth pass, in context):
// 17/32 top 3, precision 17/76, recall 17/32, 3/18 `[]` given a
// suggestion (without context at the same moment 20/32, 20/79, 20/32,
// 3/18). The floors sit just under it.
const BLIND44_FLOORS: Floors = Floors {
    top3: 0.53,
    precision_annex: 0.22,
    recall: 0.53,
    empty_suggested_max: 0.17,
};

/// The forty-third blind set, `blind43-statements.json` (55 statements
/// from 16 documents no earlier set used, of 16 organisations; 35 with controls, 20 `[]`), labelled by another
/// session and committed before any suggester ran on it. Its one blind run
/// is the lead's, after the forty-fifth pass, at 12c97eb
/// (`docs/suggestions.md`, "The forty-third and forty-fourth blind sets:
/// first runs"). Spent since.
#[test]
fn real_statements_blind43() {
    check_set(
        "Forty-third blind set, new documents (blind43)",
        "blind43-statements.json",
        &BLIND43_FLOORS,
        55,
        35,
    );
}

// The one blind run (12c97eb, after the forty-fifth pass, in context):
// 20/35 top 3, precision 22/104, recall 22/37, 8/20 `[]` given a
// suggestion (without context at the same moment 19/35, 21/105, 21/37,
// 9/20). The floors sit just under it.
const BLIND43_FLOORS: Floors = Floors {
    top3: 0.57,
    precision_annex: 0.21,
    recall: 0.59,
    empty_suggested_max: 0.41,
};

/// The forty-second blind set, `blind42-statements.json` (55 statements
/// from 14 documents no earlier set used, of 13 organisations; 32 with
/// controls, 23 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after the
/// forty-fourth pass, at da78a9c (`docs/suggestions.md`, "The forty-first
/// and forty-second blind sets: first runs"). Spent since.
#[test]
fn real_statements_blind42() {
    check_set(
        "Forty-second blind set, new documents (blind42)",
        "blind42-statements.json",
        &BLIND42_FLOORS,
        55,
        32,
    );
}

// The one blind run (da78a9c, after the forty-fourth pass, in context):
// 15/32 top 3, precision 16/64, recall 16/33, 5/23 `[]` given a
// suggestion (without context at the same moment 14/32, 15/66, 15/33,
// 7/23). The floors sit just under it.
const BLIND42_FLOORS: Floors = Floors {
    top3: 0.46,
    precision_annex: 0.24,
    recall: 0.48,
    empty_suggested_max: 0.22,
};

/// The forty-first blind set, `blind41-statements.json` (45 statements
/// from 12 documents no earlier set used, of 10 organisations; 36 with
/// controls, 9 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after the
/// forty-fourth pass, at da78a9c (`docs/suggestions.md`, "The forty-first
/// and forty-second blind sets: first runs"). Spent since.
#[test]
fn real_statements_blind41() {
    check_set(
        "Forty-first blind set, new documents (blind41)",
        "blind41-statements.json",
        &BLIND41_FLOORS,
        45,
        36,
    );
}

// The one blind run (da78a9c, after the forty-fourth pass, in context):
// 25/36 top 3, precision 25/94, recall 25/38, 2/9 `[]` given a
// suggestion (without context at the same moment 26/36, 26/94, 26/38,
// 2/9). The floors sit just under it.
const BLIND41_FLOORS: Floors = Floors {
    top3: 0.69,
    precision_annex: 0.26,
    recall: 0.65,
    empty_suggested_max: 0.23,
};

/// The fortieth blind set, `blind40-statements.json` (52 statements from
/// 13 documents no earlier set used, of 13 organisations; 31 with
/// controls, 21 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, with the
/// suggester as at blind38's run, at 31cc137: 18/31 top 3
/// (`docs/suggestions.md`, "The fortieth blind set"). Spent since.
#[test]
fn real_statements_blind40() {
    check_set(
        "Fortieth blind set, new documents (blind40)",
        "blind40-statements.json",
        &BLIND40_FLOORS,
        52,
        31,
    );
}

// The one blind run (31cc137, the suggester as at blind38's run, in
// context): 18/31 top 3, precision 20/67, recall 20/33, 3/21 `[]` given a
// suggestion (without context at the same moment 16/31, 18/64, 4/21).
// The floors sit just under it.
const BLIND40_FLOORS: Floors = Floors {
    top3: 0.58,
    precision_annex: 0.29,
    recall: 0.60,
    empty_suggested_max: 0.15,
};

/// The thirty-ninth blind set, `blind39-statements.json` (51 statements
/// from 15 documents no earlier set used, of 15 organisations; 32 with
/// controls, 19 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, with the
/// suggester as at blind38's run (no pass kept between), at f68d9ac:
/// 26/32 top 3 (`docs/suggestions.md`, "The thirty-ninth blind set").
/// Spent since.
#[test]
fn real_statements_blind39() {
    check_set(
        "Thirty-ninth blind set, new documents (blind39)",
        "blind39-statements.json",
        &BLIND39_FLOORS,
        51,
        32,
    );
}

// The one blind run (f68d9ac, the suggester as at blind38's run, in
// context): 26/32 top 3, precision 27/100, recall 27/34, 6/19 `[]` given
// a suggestion (without context at the same moment 26/32, 27/96, 5/19).
// The floors sit just under it.
const BLIND39_FLOORS: Floors = Floors {
    top3: 0.81,
    precision_annex: 0.26,
    recall: 0.79,
    empty_suggested_max: 0.32,
};

/// The thirty-eighth blind set, `blind38-statements.json` (55 statements
/// from 13 documents no earlier set used, of 12 organisations; 45 with
/// controls, 10 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after every
/// tuning pass before it had landed (the forty-second), at 5035198: 35/45
/// top 3 (`docs/suggestions.md`, "The thirty-eighth blind set"). Spent
/// since.
#[test]
fn real_statements_blind38() {
    check_set(
        "Thirty-eighth blind set, new documents (blind38)",
        "blind38-statements.json",
        &BLIND38_FLOORS,
        55,
        45,
    );
}

// The one blind run (5035198, after the forty-second pass, in context):
// 35/45 top 3, precision 36/127, recall 36/47, 4/10 `[]` given a
// suggestion (without context at the same moment 35/45, 37/125, 4/10).
// The floors sit just under it.
const BLIND38_FLOORS: Floors = Floors {
    top3: 0.77,
    precision_annex: 0.28,
    recall: 0.76,
    empty_suggested_max: 0.41,
};

/// The thirty-seventh blind set, `blind37-statements.json` (55 statements
/// from 15 documents no earlier set used, of 15 organisations; 37 with
/// controls, 18 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after every
/// tuning pass before it had landed (the forty-first), at 26d2d8a: 27/37
/// top 3 (`docs/suggestions.md`, "The thirty-seventh blind set"). Spent
/// since.
#[test]
fn real_statements_blind37() {
    check_set(
        "Thirty-seventh blind set, new documents (blind37)",
        "blind37-statements.json",
        &BLIND37_FLOORS,
        55,
        37,
    );
}

// The one blind run (26d2d8a, after the forty-first pass, in context):
// 27/37 top 3, precision 27/115, recall 27/37, 9/18 `[]` given a
// suggestion (without context at the same moment 27/37, 27/114, 10/18).
// The floors sit just under it.
const BLIND37_FLOORS: Floors = Floors {
    top3: 0.72,
    precision_annex: 0.23,
    recall: 0.72,
    empty_suggested_max: 0.51,
};

/// The thirty-sixth blind set, `blind36-statements.json` (55 statements
/// from 16 documents no earlier set used, of 16 organisations; 33 with
/// controls, 22 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after every
/// tuning pass before it had landed (the fortieth), at b0b43d6: 11/33
/// top 3 (`docs/suggestions.md`, "The thirty-sixth blind set"). Spent
/// since.
#[test]
fn real_statements_blind36() {
    check_set(
        "Thirty-sixth blind set, new documents (blind36)",
        "blind36-statements.json",
        &BLIND36_FLOORS,
        55,
        33,
    );
}

// The one blind run (b0b43d6, after the fortieth pass, in context):
// 11/33 top 3, precision 11/58, recall 11/33, 4/22 `[]` given a
// suggestion (without context at the same moment the same figures). The
// floors sit just under it.
const BLIND36_FLOORS: Floors = Floors {
    top3: 0.33,
    precision_annex: 0.18,
    recall: 0.33,
    empty_suggested_max: 0.19,
};

/// The thirty-fifth blind set, `blind35-statements.json` (53 statements
/// from 20 documents no earlier set used, of 18 organisations; 32 with
/// controls, 21 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, with the
/// suggester as at blind34's run (no pass between), at 51ac52b: 21/32 top
/// 3 (`docs/suggestions.md`, "The thirty-fifth blind set"). Spent since.
#[test]
fn real_statements_blind35() {
    check_set(
        "Thirty-fifth blind set, new documents (blind35)",
        "blind35-statements.json",
        &BLIND35_FLOORS,
        53,
        32,
    );
}

// The one blind run (51ac52b, after the thirty-ninth pass, in context):
// 21/32 top 3, precision 22/94, recall 22/35, 8/21 `[]` given a
// suggestion (without context at the same moment 21/32, 22/97, 22/35,
// 9/21). The floors sit just under it.
const BLIND35_FLOORS: Floors = Floors {
    top3: 0.65,
    precision_annex: 0.23,
    recall: 0.62,
    empty_suggested_max: 0.39,
};

/// The thirty-fourth blind set, `blind34-statements.json` (53 statements
/// from 20 documents no earlier set used, of 19 organisations; 33 with
/// controls, 20 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after every
/// tuning pass before it had landed (the thirty-ninth), at 417ae00: 23/33
/// top 3 (`docs/suggestions.md`, "The thirty-fourth blind set"). Spent
/// since.
#[test]
fn real_statements_blind34() {
    check_set(
        "Thirty-fourth blind set, new documents (blind34)",
        "blind34-statements.json",
        &BLIND34_FLOORS,
        53,
        33,
    );
}

// The one blind run (417ae00, after the thirty-ninth pass, in context):
// 23/33 top 3, precision 23/93, recall 23/35, 8/20 `[]` given a
// suggestion (without context at the same moment 23/33, 23/95, 23/35,
// 8/20). The floors sit just under it.
const BLIND34_FLOORS: Floors = Floors {
    top3: 0.69,
    precision_annex: 0.24,
    recall: 0.65,
    empty_suggested_max: 0.41,
};

/// The thirty-third blind set, `blind33-statements.json` (54 statements
/// from 16 documents no earlier set used, of 15 organisations; 34 with
/// controls, 20 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after every
/// tuning pass before it had landed (the thirty-eighth), at 8f3c167:
/// 16/34 top 3 (`docs/suggestions.md`, "The thirty-third blind set").
/// Spent since.
#[test]
fn real_statements_blind33() {
    check_set(
        "Thirty-third blind set, new documents (blind33)",
        "blind33-statements.json",
        &BLIND33_FLOORS,
        54,
        34,
    );
}

// The one blind run (8f3c167, after the thirty-eighth pass, in context):
// 16/34 top 3, precision 17/74, recall 17/35, 4/20 `[]` given a
// suggestion (without context at the same moment 15/34, 16/71, 16/35,
// 4/20). The floors sit just under it.
const BLIND33_FLOORS: Floors = Floors {
    top3: 0.47,
    precision_annex: 0.22,
    recall: 0.48,
    empty_suggested_max: 0.21,
};

/// The thirty-second blind set, `blind32-statements.json` (54 statements
/// from 17 documents no earlier set used, of 15 organisations; 37 with
/// controls, 17 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after every
/// tuning pass before it had landed (the thirty-seventh), at 7278a28:
/// 20/37 top 3 (`docs/suggestions.md`, "The thirty-second blind set").
/// Spent since.
#[test]
fn real_statements_blind32() {
    check_set(
        "Thirty-second blind set, new documents (blind32)",
        "blind32-statements.json",
        &BLIND32_FLOORS,
        54,
        37,
    );
}

// The one blind run (7278a28, after the thirty-seventh pass, in context):
// 20/37 top 3, precision 21/110, recall 21/38, 8/17 `[]` given a
// suggestion (without context at the same moment 20/37, 21/110, 21/38,
// 9/17). The floors sit just under it.
const BLIND32_FLOORS: Floors = Floors {
    top3: 0.54,
    precision_annex: 0.19,
    recall: 0.55,
    empty_suggested_max: 0.48,
};

/// The thirtieth blind set, `blind30-statements.json` (54 statements
/// from 14 documents no earlier set used, of 12 organisations; 33 with
/// controls, 21 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, after every
/// tuning pass before it had landed (the thirty-fifth), at 17ff12e: 19/33
/// top 3 (`docs/suggestions.md`, "The thirtieth blind set"). Spent since.
#[test]
fn real_statements_blind30() {
    check_set(
        "Thirtieth blind set, new documents (blind30)",
        "blind30-statements.json",
        &BLIND30_FLOORS,
        54,
        33,
    );
}

// The one blind run (17ff12e, after the thirty-fifth pass, in context):
// 19/33 top 3, precision 19/83, recall 19/33, 5/21 `[]` given a
// suggestion (without context at the same moment 19/33, 19/84, 19/33,
// 5/21). TUNED since: the thirty-sixth pass (`docs/suggestions.md`,
// "Thirty-sixth pass") was written with its misses read: 22/33, 22/90,
// 22/33, 5/21 now (development figures). The floors sit just under them.
const BLIND30_FLOORS: Floors = Floors {
    top3: 0.66,
    precision_annex: 0.24,
    recall: 0.66,
    empty_suggested_max: 0.24,
};

/// The sixty-seventh blind set, `blind67-statements.json` (47 statements
/// from 14 documents no earlier set used, of 14 organisations; 30 with
/// controls, 17 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at c47b016
/// (`docs/suggestions.md`, "The sixty-seventh and sixty-eighth blind sets:
/// first runs"). Spent since.
#[test]
fn real_statements_blind67() {
    check_set(
        "Sixty-seventh blind set, new documents (blind67)",
        "blind67-statements.json",
        &BLIND67_FLOORS,
        47,
        30,
    );
}

// The one blind run (c47b016, the suggester after the fifty-fifth pass, in
// context): 19/30 top 3, precision 20/86, recall 20/34, 5/17 `[]` given a
// suggestion (without context at the same moment 21/30, 22/92, 22/34,
// 6/17). The floors sit just under it.
const BLIND67_FLOORS: Floors = Floors {
    top3: 0.63,
    precision_annex: 0.23,
    recall: 0.58,
    empty_suggested_max: 0.30,
};

/// The sixty-eighth blind set, `blind68-statements.json` (47 statements
/// from 16 documents no earlier set used, of 13 organisations; 30 with
/// controls, 17 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at c47b016
/// (`docs/suggestions.md`, "The sixty-seventh and sixty-eighth blind sets:
/// first runs"). Spent since.
#[test]
fn real_statements_blind68() {
    check_set(
        "Sixty-eighth blind set, new documents (blind68)",
        "blind68-statements.json",
        &BLIND68_FLOORS,
        47,
        30,
    );
}

// The one blind run (c47b016, the suggester after the fifty-fifth pass, in
// context): 11/30 top 3, precision 12/63, recall 12/35, 6/17 `[]` given a
// suggestion (without context at the same moment 11/30, 12/62, 12/35,
// 6/17). The floors sit just under it.
const BLIND68_FLOORS: Floors = Floors {
    top3: 0.36,
    precision_annex: 0.19,
    recall: 0.34,
    empty_suggested_max: 0.36,
};

/// The sixty-ninth blind set, `blind69-statements.json` (52 statements
/// from 15 documents no earlier set used, of 15 organisations; 35 with
/// controls, 17 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at b5596ea
/// (`docs/suggestions.md`, "The sixty-ninth and seventieth blind sets:
/// first runs"). Spent since.
#[test]
fn real_statements_blind69() {
    check_set(
        "Sixty-ninth blind set, new documents (blind69)",
        "blind69-statements.json",
        &BLIND69_FLOORS,
        52,
        35,
    );
}

// The one blind run (b5596ea, the suggester after the fifty-fifth pass, in
// context): 26/35 top 3, precision 27/122, recall 27/42, 10/17 `[]` given a
// suggestion (without context at the same moment 25/35, 26/119, 26/42,
// 11/17). The floors sit just under it.
const BLIND69_FLOORS: Floors = Floors {
    top3: 0.74,
    precision_annex: 0.22,
    recall: 0.64,
    empty_suggested_max: 0.59,
};

/// The seventieth blind set, `blind70-statements.json` (50 statements
/// from 13 documents no earlier set used, of 10 organisations; 34 with
/// controls, 16 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at b5596ea
/// (`docs/suggestions.md`, "The sixty-ninth and seventieth blind sets:
/// first runs"). Spent since.
#[test]
fn real_statements_blind70() {
    check_set(
        "Seventieth blind set, new documents (blind70)",
        "blind70-statements.json",
        &BLIND70_FLOORS,
        50,
        34,
    );
}

// The one blind run (b5596ea, the suggester after the fifty-fifth pass, in
// context): 16/34 top 3, precision 17/96, recall 17/38, 6/16 `[]` given a
// suggestion (without context at the same moment 16/34, 17/100, 17/38,
// 6/16). The floors sit just under it.
const BLIND70_FLOORS: Floors = Floors {
    top3: 0.47,
    precision_annex: 0.17,
    recall: 0.44,
    empty_suggested_max: 0.38,
};

/// The seventy-first blind set, `blind71-statements.json` (46 statements
/// from 14 documents no earlier set used, of 13 organisations; 29 with
/// controls, 17 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at 6481e5f
/// (`docs/suggestions.md`, "The seventy-first and seventy-second blind sets: first runs"). Spent since.
#[test]
fn real_statements_blind71() {
    check_set(
        "Seventy-first blind set, new documents (blind71)",
        "blind71-statements.json",
        &BLIND71_FLOORS,
        46,
        29,
    );
}

// The one blind run (6481e5f, the suggester after the fifty-fifth pass, in
// context): 17/29 top 3, precision 19/72, recall 19/38, 5/17 `[]` given a
// suggestion (without context at the same moment 17/29, 19/79, 19/38,
// 6/17). The floors sit just under it.
const BLIND71_FLOORS: Floors = Floors {
    top3: 0.58,
    precision_annex: 0.26,
    recall: 0.49,
    empty_suggested_max: 0.30,
};

/// The seventy-second blind set, `blind72-statements.json` (45 statements
/// from 12 documents no earlier set used, of 12 organisations; 20 with
/// controls, 25 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at 6481e5f
/// (`docs/suggestions.md`, "The seventy-first and seventy-second blind sets: first runs"). Spent since.
#[test]
fn real_statements_blind72() {
    check_set(
        "Seventy-second blind set, new documents (blind72)",
        "blind72-statements.json",
        &BLIND72_FLOORS,
        45,
        20,
    );
}

// The one blind run (6481e5f, the suggester after the fifty-fifth pass, in
// context): 13/20 top 3, precision 15/63, recall 15/31, 7/25 `[]` given a
// suggestion (without context at the same moment 12/20, 14/66, 14/31,
// 9/25). The floors sit just under it.
const BLIND72_FLOORS: Floors = Floors {
    top3: 0.64,
    precision_annex: 0.23,
    recall: 0.48,
    empty_suggested_max: 0.29,
};

/// The seventy-third blind set, `blind73-statements.json` (40 statements
/// from 14 documents no earlier set used, of 13 organisations; 22 with
/// controls, 18 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at d383f97
/// (`docs/suggestions.md`, "The seventy-third and seventy-fourth blind sets: first runs"). Spent since.
#[test]
fn real_statements_blind73() {
    check_set(
        "Seventy-third blind set, new documents (blind73)",
        "blind73-statements.json",
        &BLIND73_FLOORS,
        40,
        22,
    );
}

// The one blind run (d383f97, the suggester after the fifty-fifth pass, in
// context): 10/22 top 3, precision 11/64, recall 11/24, 9/18 `[]` given a
// suggestion (without context at the same moment 9/22, 10/67, 10/24,
// 10/18). The floors sit just under it. The sixty-first pass (TUNED) gives
// the port's "styrka sin identitet" 5.16 and 5.34 where its label is 7.2:
// precision 11/66, its floor moved from 0.17 to 0.16.
const BLIND73_FLOORS: Floors = Floors {
    top3: 0.45,
    precision_annex: 0.16,
    recall: 0.45,
    empty_suggested_max: 0.51,
};

/// The seventy-fourth blind set, `blind74-statements.json` (41 statements
/// from 11 documents no earlier set used, of 10 organisations; 14 with
/// controls, 27 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at d383f97
/// (`docs/suggestions.md`, "The seventy-third and seventy-fourth blind sets: first runs"). Spent since.
#[test]
fn real_statements_blind74() {
    check_set(
        "Seventy-fourth blind set, new documents (blind74)",
        "blind74-statements.json",
        &BLIND74_FLOORS,
        41,
        14,
    );
}

// The one blind run (d383f97, the suggester after the fifty-fifth pass, in
// context): 9/14 top 3, precision 10/52, recall 10/15, 7/27 `[]` given a
// suggestion (without context at the same moment 9/14, 10/52, 10/15,
// 8/27). The floors sit just under it.
const BLIND74_FLOORS: Floors = Floors {
    top3: 0.64,
    precision_annex: 0.19,
    recall: 0.66,
    empty_suggested_max: 0.26,
};

/// The seventy-fifth blind set, `blind75-statements.json` (32 statements
/// from 12 documents no earlier set used, of 14 organisations; 21 with
/// controls, 11 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at ce84884
/// (`docs/suggestions.md`, "The seventy-fifth blind set: first run"). Spent since.
#[test]
fn real_statements_blind75() {
    check_set(
        "Seventy-fifth blind set, new documents (blind75)",
        "blind75-statements.json",
        &BLIND75_FLOORS,
        32,
        21,
    );
}

// The one blind run (ce84884, the suggester of stop 48, in context): 15/21
// top 3, precision 16/66, recall 16/22, 5/11 `[]` given a suggestion. The
// floors sit just under it.
const BLIND75_FLOORS: Floors = Floors {
    top3: 0.71,
    precision_annex: 0.24,
    recall: 0.72,
    empty_suggested_max: 0.46,
};

/// The seventy-sixth blind set, `blind76-statements.json` (34 statements
/// from 14 documents no earlier set used, of 13 organisations; 22 with
/// controls, 12 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at 1e127c3
/// (`docs/suggestions.md`, "The seventy-sixth blind set: first run"). Spent since.
#[test]
fn real_statements_blind76() {
    check_set(
        "Seventy-sixth blind set, new documents (blind76)",
        "blind76-statements.json",
        &BLIND76_FLOORS,
        34,
        22,
    );
}

// The one blind run (1e127c3, the suggester of stop 48, in context): 14/22
// top 3, precision 14/75, recall 14/24, 6/12 `[]` given a suggestion
// (without context at the same moment 14/22, 14/72, 14/24, 6/12). The
// floors sit just under it.
const BLIND76_FLOORS: Floors = Floors {
    top3: 0.63,
    precision_annex: 0.18,
    recall: 0.58,
    empty_suggested_max: 0.51,
};

/// The seventy-seventh blind set, `blind77-statements.json` (33 statements
/// from 14 documents no earlier set used, of 11 organisations; 22 with
/// controls, 11 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at 24afe01
/// (`docs/suggestions.md`, "The seventy-seventh blind set: first run"). Spent since.
#[test]
fn real_statements_blind77() {
    check_set(
        "Seventy-seventh blind set, new documents (blind77)",
        "blind77-statements.json",
        &BLIND77_FLOORS,
        33,
        22,
    );
}

// The one blind run (24afe01, the suggester after the fifty-sixth pass, in
// context): 15/22 top 3, precision 16/74, recall 16/26, 6/11 `[]` given a
// suggestion (without context at the same moment 14/22, 15/74, 15/26,
// 6/11). The floors sit just under it.
const BLIND77_FLOORS: Floors = Floors {
    top3: 0.68,
    precision_annex: 0.21,
    recall: 0.61,
    empty_suggested_max: 0.55,
};

/// The seventy-eighth blind set, `blind78-statements.json` (31 statements
/// from 15 documents no earlier set used, of 15 organisations; 20 with
/// controls, 11 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at 508aa32
/// (`docs/suggestions.md`, "The seventy-eighth blind set: first run"). Spent since.
#[test]
fn real_statements_blind78() {
    check_set(
        "Seventy-eighth blind set, new documents (blind78)",
        "blind78-statements.json",
        &BLIND78_FLOORS,
        31,
        20,
    );
}

// The one blind run (508aa32, the suggester after the fifty-sixth pass, in
// context): 18/20 top 3, precision 19/61, recall 19/21, 5/11 `[]` given a
// suggestion (without context at the same moment 18/20, 19/65, 19/21,
// 6/11). The floors sit just under it.
// Since the sixty-sixth pass (the veto on `fordon` removed): precision
// 0.309, 6/11 `[]` given a suggestion — washing façades and vehicles.
const BLIND78_FLOORS: Floors = Floors {
    top3: 0.89,
    precision_annex: 0.30,
    recall: 0.90,
    empty_suggested_max: 0.55,
};

/// The seventy-ninth blind set, `blind79-statements.json` (31 statements
/// from 14 documents no earlier set used, of 13 organisations; 20 with
/// controls, 11 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at c720e32
/// (`docs/suggestions.md`, "The seventy-ninth blind set: first run"). Spent since.
#[test]
fn real_statements_blind79() {
    check_set(
        "Seventy-ninth blind set, new documents (blind79)",
        "blind79-statements.json",
        &BLIND79_FLOORS,
        31,
        20,
    );
}

// The one blind run (c720e32, the suggester after the fifty-seventh pass,
// in context): 12/20 top 3, precision 14/55, recall 14/24, 2/11 `[]` given
// a suggestion (without context at the same moment 11/20, 13/59, 13/24,
// 4/11). The floors sit just under it.
const BLIND79_FLOORS: Floors = Floors {
    top3: 0.59,
    precision_annex: 0.25,
    recall: 0.58,
    empty_suggested_max: 0.19,
};

/// The eightieth blind set, `blind80-statements.json` (48 statements
/// from 19 documents no earlier set used, of 18 organisations; 31 with
/// controls, 17 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at 9a13e71
/// (`docs/suggestions.md`, "The eightieth blind set: first run"). Spent since.
#[test]
fn real_statements_blind80() {
    check_set(
        "Eightieth blind set, new documents (blind80)",
        "blind80-statements.json",
        &BLIND80_FLOORS,
        48,
        31,
    );
}

// The one blind run (9a13e71, the suggester after the fifty-seventh pass,
// in context): 23/31 top 3, precision 25/94, recall 25/38, 6/17 `[]` given
// a suggestion (without context at the same moment 23/31, 25/94, 25/38,
// 5/17). The floors sit just under it.
const BLIND80_FLOORS: Floors = Floors {
    top3: 0.74,
    precision_annex: 0.26,
    recall: 0.65,
    empty_suggested_max: 0.36,
};

/// The eighty-first blind set, `blind81-statements.json` (30 statements
/// from 14 documents no earlier set used, of 13 organisations; 18 with
/// controls, 12 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at a9f0054
/// (`docs/suggestions.md`, "The eighty-first blind set: first run"). Spent since.
#[test]
fn real_statements_blind81() {
    check_set(
        "Eighty-first blind set, new documents (blind81)",
        "blind81-statements.json",
        &BLIND81_FLOORS,
        30,
        18,
    );
}

// The one blind run (a9f0054, the suggester after the fifty-seventh pass,
// in context): 11/18 top 3, precision 13/54, recall 13/22, 2/12 `[]` given
// a suggestion (without context at the same moment 11/18, 13/55, 13/22,
// 3/12). The floors sit just under it.
const BLIND81_FLOORS: Floors = Floors {
    top3: 0.61,
    precision_annex: 0.24,
    recall: 0.59,
    empty_suggested_max: 0.17,
};

/// The eighty-second blind set, `blind82-statements.json` (36 statements
/// from 11 documents no earlier set used, of 10 organisations; 23 with
/// controls, 13 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at fe2f5fa
/// (`docs/suggestions.md`, "The eighty-second blind set: first run"). Spent since.
#[test]
fn real_statements_blind82() {
    check_set(
        "Eighty-second blind set, new documents (blind82)",
        "blind82-statements.json",
        &BLIND82_FLOORS,
        36,
        23,
    );
}

// The one blind run (fe2f5fa, the suggester after the fifty-eighth pass,
// in context): 14/23 top 3, precision 14/59, recall 14/25, 5/13 `[]` given
// a suggestion (without context at the same moment 14/23, 14/62, 14/25,
// 5/13). The floors sit just under it.
const BLIND82_FLOORS: Floors = Floors {
    top3: 0.6,
    precision_annex: 0.23,
    recall: 0.55,
    empty_suggested_max: 0.39,
};

/// The eighty-third blind set, `blind83-statements.json` (30 statements
/// from 14 documents no earlier set used, of 11 organisations; 19 with
/// controls, 11 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at ef58a40
/// (`docs/suggestions.md`, "The eighty-third blind set: first run"). Spent since.
#[test]
fn real_statements_blind83() {
    check_set(
        "Eighty-third blind set, new documents (blind83)",
        "blind83-statements.json",
        &BLIND83_FLOORS,
        30,
        19,
    );
}

// The one blind run (ef58a40, the suggester after the fifty-eighth pass,
// in context): 12/19 top 3, precision 13/60, recall 13/21, 4/11 `[]` given
// a suggestion (without context at the same moment 12/19, 13/60, 13/21,
// 4/11). The floors sit just under it.
const BLIND83_FLOORS: Floors = Floors {
    top3: 0.63,
    precision_annex: 0.21,
    recall: 0.61,
    empty_suggested_max: 0.37,
};

/// The eighty-fourth blind set, `blind84-statements.json` (34 statements
/// from 14 documents no earlier set used, of 10 organisations; 22 with
/// controls, 12 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at ef58a40
/// (`docs/suggestions.md`, "The eighty-fourth blind set: first run"). Spent since.
#[test]
fn real_statements_blind84() {
    check_set(
        "Eighty-fourth blind set, new documents (blind84)",
        "blind84-statements.json",
        &BLIND84_FLOORS,
        34,
        22,
    );
}

// The one blind run (ef58a40, the suggester after the fifty-eighth pass,
// in context): 14/22 top 3, precision 17/59, recall 17/27, 4/12 `[]` given
// a suggestion (without context at the same moment 13/22, 16/62, 16/27,
// 5/12). The floors sit just under it.
const BLIND84_FLOORS: Floors = Floors {
    top3: 0.63,
    precision_annex: 0.28,
    recall: 0.62,
    empty_suggested_max: 0.34,
};

/// The eighty-fifth blind set, `blind85-statements.json` (31 statements
/// from 9 documents no earlier set used, of 7 organisations; 19 with
/// controls, 12 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at 73b6257
/// (`docs/suggestions.md`, "The eighty-fifth blind set: first run"). Spent since.
#[test]
fn real_statements_blind85() {
    check_set(
        "Eighty-fifth blind set, new documents (blind85)",
        "blind85-statements.json",
        &BLIND85_FLOORS,
        31,
        19,
    );
}

// The one blind run (73b6257, the suggester after the fifty-ninth pass,
// in context): 17/19 top 3, precision 19/55, recall 19/22, 3/12 `[]` given
// a suggestion (without context at the same moment 16/19, 18/56, 18/22,
// 5/12). The floors sit just under it.
const BLIND85_FLOORS: Floors = Floors {
    top3: 0.89,
    precision_annex: 0.34,
    recall: 0.86,
    empty_suggested_max: 0.26,
};

/// The eighty-sixth blind set, `blind86-statements.json` (46 statements
/// from 17 documents no earlier set used, of 16 organisations; 30 with
/// controls, 16 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at 1cfe8cd
/// (`docs/suggestions.md`, "The eighty-sixth and eighty-seventh blind
/// sets: first runs"). Spent since.
#[test]
fn real_statements_blind86() {
    check_set(
        "Eighty-sixth blind set, new documents (blind86)",
        "blind86-statements.json",
        &BLIND86_FLOORS,
        46,
        30,
    );
}

// The one blind run (1cfe8cd, the suggester after the fifty-ninth pass,
// in context): 21/30 top 3, precision 22/76, recall 22/34, 6/16 `[]` given
// a suggestion (without context at the same moment 22/30, 24/81, 24/34,
// 7/16).
// The floors sit just under it.
const BLIND86_FLOORS: Floors = Floors {
    top3: 0.69,
    precision_annex: 0.28,
    recall: 0.64,
    empty_suggested_max: 0.38,
};

/// The eighty-seventh blind set, `blind87-statements.json` (20 statements
/// from 14 documents no earlier set used, of 14 organisations; 11 with
/// controls, 9 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at 5c0a6d2f
/// (`docs/suggestions.md`, "The eighty-sixth and eighty-seventh blind
/// sets: first runs"). Spent since.
#[test]
fn real_statements_blind87() {
    check_set(
        "Eighty-seventh blind set, new documents (blind87)",
        "blind87-statements.json",
        &BLIND87_FLOORS,
        20,
        11,
    );
}

// The one blind run (5c0a6d2f, the suggester after the fifty-ninth pass,
// in context): 6/11 top 3, precision 6/20, recall 6/11, 1/9 `[]` given a
// suggestion (without context at the same moment 5/11, 5/22, 5/11, 2/9).
// The floors sit just under it.
const BLIND87_FLOORS: Floors = Floors {
    top3: 0.54,
    precision_annex: 0.29,
    recall: 0.54,
    empty_suggested_max: 0.12,
};

/// The eighty-eighth blind set, `blind88-statements.json` (36 statements
/// from 10 documents no earlier set used, of 9 organisations; 24 with
/// controls, 12 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at cd019045
/// (`docs/suggestions.md`, "The eighty-eighth blind set: first run").
/// Spent since.
#[test]
fn real_statements_blind88() {
    check_set(
        "Eighty-eighth blind set, new documents (blind88)",
        "blind88-statements.json",
        &BLIND88_FLOORS,
        36,
        24,
    );
}

// The one blind run (cd019045, the suggester after the sixtieth pass, in
// context): 15/24 top 3, precision 16/74, recall 16/25, 5/12 `[]` given a
// suggestion (without context at the same moment 13/24, 14/67, 14/25,
// 4/12). The floors sit just under it.
const BLIND88_FLOORS: Floors = Floors {
    top3: 0.62,
    precision_annex: 0.21,
    recall: 0.63,
    empty_suggested_max: 0.42,
};

/// The eighty-ninth blind set, `blind89-statements.json` (33 statements
/// from 12 documents no earlier set used, of 12 organisations; 21 with
/// controls, 12 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at 4e2e1fc3
/// (`docs/suggestions.md`, "The eighty-ninth blind set: first run").
/// Spent since.
#[test]
fn real_statements_blind89() {
    check_set(
        "Eighty-ninth blind set, new documents (blind89)",
        "blind89-statements.json",
        &BLIND89_FLOORS,
        33,
        21,
    );
}

// The one blind run (4e2e1fc3, the suggester after the sixtieth pass, in
// context): 15/21 top 3, precision 16/79, recall 16/23, 7/12 `[]` given a
// suggestion (without context at the same moment the same four figures;
// two `[]` statements trade places). The floors sit just under it.
const BLIND89_FLOORS: Floors = Floors {
    top3: 0.71,
    precision_annex: 0.20,
    recall: 0.69,
    empty_suggested_max: 0.59,
};

/// The ninetieth blind set, `blind90-statements.json` (46 statements from
/// 15 documents no earlier set used, of 14 organisations; 31 with controls,
/// 15 `[]`), labelled by another session and committed before any
/// suggester ran on it. Its one blind run is the lead's, at 43a4ede5
/// (`docs/suggestions.md`, "The ninetieth blind set: first run"). Spent
/// since.
#[test]
fn real_statements_blind90() {
    check_set(
        "Ninetieth blind set, new documents (blind90)",
        "blind90-statements.json",
        &BLIND90_FLOORS,
        46,
        31,
    );
}

// The one blind run (43a4ede5, the suggester as stop 56 left it, in
// context): 18/31 top 3, precision 18/87, recall 18/31, 7/15 `[]` given a
// suggestion (without context the same, precision 18/89). The floors sit
// just under it.
const BLIND90_FLOORS: Floors = Floors {
    top3: 0.58,
    precision_annex: 0.20,
    recall: 0.58,
    empty_suggested_max: 0.47,
};

/// The ninety-first blind set, `blind91-statements.json` (39 statements
/// from 14 documents no earlier set used, of 11 organisations; 26 with
/// controls, 13 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at e04ae4ea
/// (`docs/suggestions.md`, "The ninety-first blind set: first run"). Spent
/// since.
#[test]
fn real_statements_blind91() {
    check_set(
        "Ninety-first blind set, new documents (blind91)",
        "blind91-statements.json",
        &BLIND91_FLOORS,
        39,
        26,
    );
}

// The one blind run (e04ae4ea, the suggester as stop 56 left it, in
// context): 10/26 top 3, precision 10/57, recall 10/27, 3/13 `[]` given a
// suggestion (without context 12/26, precision 12/62, recall 12/27, 4/13
// `[]`). The floors sit just under it.
const BLIND91_FLOORS: Floors = Floors {
    top3: 0.38,
    precision_annex: 0.17,
    recall: 0.37,
    empty_suggested_max: 0.24,
};

/// The ninety-second blind set, `blind92-statements.json` (32 statements
/// from 11 documents no earlier set used, of 11 organisations; 21 with
/// controls, 11 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at ff48b905
/// (`docs/suggestions.md`, "The ninety-second blind set: first run").
/// Spent since.
#[test]
fn real_statements_blind92() {
    check_set(
        "Ninety-second blind set, new documents (blind92)",
        "blind92-statements.json",
        &BLIND92_FLOORS,
        32,
        21,
    );
}

// The one blind run (ff48b905, the suggester as stop 56 left it, in
// context): 10/21 top 3, precision 10/51, recall 10/21, 4/11 `[]` given a
// suggestion (without context 8/21, precision 8/44, recall 8/21, 4/11
// `[]`). The floors sit just under it.
const BLIND92_FLOORS: Floors = Floors {
    top3: 0.47,
    precision_annex: 0.19,
    recall: 0.47,
    empty_suggested_max: 0.37,
};

/// The ninety-third blind set, `blind93-statements.json` (40 statements
/// from 23 documents no earlier set used, of 19 organisations; 26 with
/// controls, 14 `[]`), labelled by another session and committed before
/// any suggester ran on it. Its one blind run is the lead's, at fb3b83e9
/// (after the sixty-first pass); spent since.
#[test]
fn real_statements_blind93() {
    check_set(
        "Ninety-third blind set, new documents (blind93)",
        "blind93-statements.json",
        &BLIND93_FLOORS,
        40,
        26,
    );
}

// The one blind run (fb3b83e9, in context): 12/26 top 3, precision 12/53,
// recall 12/26, 3/14 `[]` given a suggestion (without context at the same
// moment 13/26, 13/58, 13/26, 3/14). The floors sit just under it.
const BLIND93_FLOORS: Floors = Floors {
    top3: 0.46,
    precision_annex: 0.22,
    recall: 0.46,
    empty_suggested_max: 0.22,
};

/// The ninety-fourth blind set (`blind94-statements.json`: 32 real statements
/// from 15 new documents of 15 organisations, 21 labelled), committed before
/// any suggester code ran on it. Its one blind run is the lead's, at
/// b8d5487d (after the sixty-first pass, no pass since); spent since.
#[test]
fn real_statements_blind94() {
    check_set(
        "Ninety-fourth blind set, new documents (blind94)",
        "blind94-statements.json",
        &BLIND94_FLOORS,
        32,
        21,
    );
}

// The one blind run (b8d5487d, in context): 10/21 top 3, precision 10/47,
// recall 10/21, 2/11 `[]` given a suggestion (without context at the same
// moment the same). The floors sit just under it.
const BLIND94_FLOORS: Floors = Floors {
    top3: 0.47,
    precision_annex: 0.21,
    recall: 0.47,
    empty_suggested_max: 0.19,
};

/// The ninety-fifth blind set (`blind95-statements.json`: 30 real statements
/// from 16 new documents of 16 organisations, 17 labelled), committed before
/// any suggester code ran on it. Its one blind run is the lead's, at
/// df2ee92e (after the sixty-second pass, no pass since); spent since.
#[test]
fn real_statements_blind95() {
    check_set(
        "Ninety-fifth blind set, new documents (blind95)",
        "blind95-statements.json",
        &BLIND95_FLOORS,
        30,
        17,
    );
}

// The one blind run (df2ee92e, in context): 10/17 top 3, precision 10/36,
// recall 10/17, 2/13 `[]` given a suggestion (without context at the same
// moment 12/17, 12/42, 12/17, 2/13). The floors sit just under it.
const BLIND95_FLOORS: Floors = Floors {
    top3: 0.58,
    precision_annex: 0.27,
    recall: 0.58,
    empty_suggested_max: 0.16,
};

/// The ninety-sixth blind set (`blind96-statements.json`: 43 real statements
/// from 21 new documents of 21 organisations, 29 labelled), committed before
/// any suggester code ran on it. Its one blind run is the lead's, at
/// 92c553d5 (after the sixty-second pass, no pass since); spent since.
#[test]
fn real_statements_blind96() {
    check_set(
        "Ninety-sixth blind set, new documents (blind96)",
        "blind96-statements.json",
        &BLIND96_FLOORS,
        43,
        29,
    );
}

// The one blind run (92c553d5, in context): 15/29 top 3, precision 15/53,
// recall 15/29, 1/14 `[]` given a suggestion (without context at the same
// moment the same). The floors sit just under it.
const BLIND96_FLOORS: Floors = Floors {
    top3: 0.51,
    precision_annex: 0.28,
    recall: 0.51,
    empty_suggested_max: 0.08,
};

/// The ninety-seventh blind set (`blind97-statements.json`: 33 real
/// statements from 18 new documents of 16 organisations, 22 labelled),
/// committed before any suggester code ran on it. Its one blind run is the
/// lead's, at fc89ecfa (after the sixty-third pass); spent since.
#[test]
fn real_statements_blind97() {
    check_set(
        "Ninety-seventh blind set, new documents (blind97)",
        "blind97-statements.json",
        &BLIND97_FLOORS,
        33,
        22,
    );
}

// The one blind run (fc89ecfa, in context): 11/22 top 3, precision 11/48,
// recall 11/22, 3/11 `[]` given a suggestion (without context at the same
// moment 11/22, 11/46, 11/22, 4/11). The floors sit just under it.
const BLIND97_FLOORS: Floors = Floors {
    top3: 0.49,
    precision_annex: 0.22,
    recall: 0.49,
    empty_suggested_max: 0.28,
};

/// The ninety-eighth blind set (`blind98-statements.json`: 30 real
/// statements from 15 new documents of 15 organisations, all audit texts,
/// 19 labelled), committed before any suggester code ran on it. Its one
/// blind run is the lead's, at a1849e7f (after the sixty-fourth pass);
/// spent since.
#[test]
fn real_statements_blind98() {
    check_set(
        "Ninety-eighth blind set, new documents (blind98)",
        "blind98-statements.json",
        &BLIND98_FLOORS,
        30,
        19,
    );
}

// The one blind run (a1849e7f, in context): 14/19 top 3, precision 14/56,
// recall 14/19, 3/11 `[]` given a suggestion (without context at the same
// moment 12/19, 12/53, 12/19, 3/11). The floors sit just under it.
const BLIND98_FLOORS: Floors = Floors {
    top3: 0.73,
    precision_annex: 0.24,
    recall: 0.73,
    empty_suggested_max: 0.28,
};

/// The ninety-ninth blind set (`blind99-statements.json`: 21 real
/// statements from 7 new documents of 5 organisations, 14 labelled; short
/// of its brief's 30), committed before any suggester code ran on it. Its
/// one blind run is the lead's, at 43302b62 (after the sixty-fifth pass);
/// spent since.
#[test]
fn real_statements_blind99() {
    check_set(
        "Ninety-ninth blind set, new documents (blind99)",
        "blind99-statements.json",
        &BLIND99_FLOORS,
        21,
        14,
    );
}

// The one blind run (43302b62, in context): 9/14 top 3, precision 9/35,
// recall 9/14, 0/7 `[]` given a suggestion (without context at the same
// moment 9/14, 9/32, 9/14, 0/7). The floors sit just under it.
const BLIND99_FLOORS: Floors = Floors {
    top3: 0.64,
    precision_annex: 0.25,
    recall: 0.64,
    empty_suggested_max: 0.01,
};

/// The hundredth blind set (`blind100-statements.json`: 12 real statements
/// from 5 new documents of 5 organisations — privacy notices of two
/// samordningsförbund, a regional transport authority and two municipal
/// waste companies —, 7 labelled; short of its brief's 30), committed
/// before any suggester code ran on it. Its one blind run is the lead's,
/// at 5401bcfd (no suggestion pass since the sixty-fifth); spent since.
#[test]
fn real_statements_blind100() {
    check_set(
        "Hundredth blind set, new documents (blind100)",
        "blind100-statements.json",
        &BLIND100_FLOORS,
        12,
        7,
    );
}

// The one blind run (5401bcfd, in context): 4/7 top 3, precision 4/21,
// recall 4/7, 3/5 `[]` given a suggestion (without context at the same
// moment 4/7, 4/18, 4/7, 2/5). The floors sit just under it.
const BLIND100_FLOORS: Floors = Floors {
    top3: 0.57,
    precision_annex: 0.19,
    recall: 0.57,
    empty_suggested_max: 0.61,
};

/// The hundred-and-first blind set (`blind101-statements.json`: 14 real
/// statements from 5 new documents of 5 organisations — a shared IT
/// agreement, a school learning platform, a region's care-record outage,
/// an energy company's power cut, a housing company's tenant data —, 6
/// labelled; short of its brief's 30), committed before any suggester code
/// ran on it. Its one blind run is the lead's, at e267d1fa (the suggester of
/// the sixty-fifth pass, as blind100's); spent since.
#[test]
fn real_statements_blind101() {
    check_set(
        "Hundred-and-first blind set, new documents (blind101)",
        "blind101-statements.json",
        &BLIND101_FLOORS,
        14,
        6,
    );
}

// The one blind run (e267d1fa, in context): 4/6 top 3, precision 4/14,
// recall 4/6, 1/8 `[]` given a suggestion (without context at the same
// moment 4/6, 4/16, 4/6, 2/8). The floors sit just under it.
// Sixty-seventh pass (stop 67): `[]` given a suggestion 1/8 -> 2/8
// (`reservkraftaggregat` for grid customers, which this labeller reads as
// no control; eight labelled statements of five organisations read
// backup power as 7.11).
const BLIND101_FLOORS: Floors = Floors {
    top3: 0.66,
    precision_annex: 0.28,
    recall: 0.66,
    empty_suggested_max: 0.26,
};

/// The hundred-and-second blind set (`blind102-statements.json`: 12 real
/// statements from 6 new documents of 5 organisations — a municipal
/// company's board agenda, Sydarkivera's FAQ and archive report, two
/// auditors' reports on internal control, a digitalisation report —, 3
/// labelled; short of its brief's 30), committed before any suggester code
/// ran on it. Its one blind run is the lead's, at 93dc5258 (after the
/// sixty-sixth pass); spent since.
#[test]
fn real_statements_blind102() {
    check_set(
        "Hundred-and-second blind set, new documents (blind102)",
        "blind102-statements.json",
        &BLIND102_FLOORS,
        12,
        3,
    );
}

// The one blind run (93dc5258, in context): 2/3 top 3, precision 2/11,
// recall 2/3, 1/9 `[]` given a suggestion (without context at the same
// moment 2/3, 2/8, 2/3, 1/9). The floors sit just under it.
const BLIND102_FLOORS: Floors = Floors {
    top3: 0.66,
    precision_annex: 0.18,
    recall: 0.66,
    empty_suggested_max: 0.12,
};

/// The hundred-and-third blind set (`blind103-statements.json`: 32 real
/// statements from 15 new documents of 15 organisations — regions,
/// kommuner, a municipal company and a kommunalförbund —, 21 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at ef812360 (the sixty-sixth pass's suggester); spent
/// since.
#[test]
fn real_statements_blind103() {
    check_set(
        "Hundred-and-third blind set, new documents (blind103)",
        "blind103-statements.json",
        &BLIND103_FLOORS,
        32,
        21,
    );
}

// The one blind run (ef812360, in context): 8/21 top 3, precision 8/41,
// recall 8/22, 5/11 `[]` given a suggestion (without context at the same
// moment 7/21, 7/39, 7/22, 5/11). The floors sit just under it.
const BLIND103_FLOORS: Floors = Floors {
    top3: 0.38,
    precision_annex: 0.19,
    recall: 0.36,
    empty_suggested_max: 0.46,
};

/// The hundred-and-fourth blind set (`blind104-statements.json`: 35 real
/// statements from 12 new documents of 12 organisations — eight kommuner,
/// a region and three municipal companies —, 22 labelled), committed
/// before any suggester code ran on it. Its one blind run is the lead's,
/// at d1709c97 (the sixty-sixth pass's suggester); spent since.
#[test]
fn real_statements_blind104() {
    check_set(
        "Hundred-and-fourth blind set, new documents (blind104)",
        "blind104-statements.json",
        &BLIND104_FLOORS,
        35,
        22,
    );
}

// The one blind run (d1709c97, in context): 11/22 top 3, precision
// 11/65, recall 11/22, 7/13 `[]` given a suggestion (without context at
// the same moment the same four figures). The floors sit just under it.
const BLIND104_FLOORS: Floors = Floors {
    top3: 0.49,
    precision_annex: 0.16,
    recall: 0.49,
    empty_suggested_max: 0.54,
};

/// The hundred-and-fifth blind set (`blind105-statements.json`: 35 real
/// statements from 13 new documents of 12 organisations — five kommuner
/// and seven regions —, 23 labelled), committed before any suggester code
/// ran on it. Its one blind run is the lead's, at a6d35f4e (the
/// sixty-sixth pass's suggester); spent since.
#[test]
fn real_statements_blind105() {
    check_set(
        "Hundred-and-fifth blind set, new documents (blind105)",
        "blind105-statements.json",
        &BLIND105_FLOORS,
        35,
        23,
    );
}

// The one blind run (a6d35f4e, in context): 13/23 top 3, precision
// 13/69, recall 13/23, 2/12 `[]` given a suggestion (without context at
// the same moment 12/23, 12/66, 12/23, 2/12). The floors sit just under
// it.
const BLIND105_FLOORS: Floors = Floors {
    top3: 0.56,
    precision_annex: 0.18,
    recall: 0.56,
    empty_suggested_max: 0.17,
};

/// The hundred-and-sixth blind set (`blind106-statements.json`: 30 real
/// statements from 12 new documents of 10 organisations — two kommuner,
/// four regions, two companies and two kommunalförbund —, 20 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at 4b050773 (the sixty-sixth pass's suggester); spent
/// since.
#[test]
fn real_statements_blind106() {
    check_set(
        "Hundred-and-sixth blind set, new documents (blind106)",
        "blind106-statements.json",
        &BLIND106_FLOORS,
        30,
        20,
    );
}

// The one blind run (4b050773, in context): 7/20 top 3, precision 7/41,
// recall 7/20, 1/10 `[]` given a suggestion (without context at the same
// moment 6/20, 6/41, 6/20, 1/10). The floors sit just under it.
const BLIND106_FLOORS: Floors = Floors {
    top3: 0.34,
    precision_annex: 0.17,
    recall: 0.34,
    empty_suggested_max: 0.11,
};

/// The hundred-and-seventh blind set (`blind107-statements.json`: 30 real statements from 12 new documents of 12 organisations — five kommuner, four regions, two companies and a kommunförbund —, 18 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at 157a7372 (the sixty-sixth pass's suggester); spent
/// since.
#[test]
fn real_statements_blind107() {
    check_set(
        "Hundred-and-seventh blind set, new documents (blind107)",
        "blind107-statements.json",
        &BLIND107_FLOORS,
        30,
        18,
    );
}

// The one blind run (157a7372, in context): 7/18 top 3, precision 7/50,
// recall 7/18, 4/12 `[]` given a suggestion (without context at the same
// moment 7/18, 7/46, 7/18, 3/12). The floors sit just under it.
const BLIND107_FLOORS: Floors = Floors {
    top3: 0.38,
    precision_annex: 0.13,
    recall: 0.38,
    empty_suggested_max: 0.34,
};

/// The hundred-and-eighth blind set (`blind108-statements.json`: 30 real statements from 12 new documents of 11 organisations — four kommuner, three regions and four municipal companies —, 16 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at 143c77b5 (the sixty-sixth pass's suggester); spent
/// since.
#[test]
fn real_statements_blind108() {
    check_set(
        "Hundred-and-eighth blind set, new documents (blind108)",
        "blind108-statements.json",
        &BLIND108_FLOORS,
        30,
        16,
    );
}

// The one blind run (143c77b5, in context): 8/16 top 3, precision 8/40,
// recall 8/16, 4/14 `[]` given a suggestion (without context at the same
// moment 9/16, 9/42, 9/16, 4/14). The floors sit just under it.
const BLIND108_FLOORS: Floors = Floors {
    top3: 0.49,
    precision_annex: 0.19,
    recall: 0.49,
    empty_suggested_max: 0.29,
};

/// The hundred-and-ninth blind set (`blind109-statements.json`: 30 real statements from 15 new documents of 13 organisations — five kommuner, three regions or landsting, four municipal companies and a kommunalförbund —, 14 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at 3e8cbadb (the sixty-sixth pass's suggester); spent
/// since.
#[test]
fn real_statements_blind109() {
    check_set(
        "Hundred-and-ninth blind set, new documents (blind109)",
        "blind109-statements.json",
        &BLIND109_FLOORS,
        30,
        14,
    );
}

// The one blind run (3e8cbadb, in context): 8/14 top 3, precision 8/34,
// recall 8/15, 2/16 `[]` given a suggestion (without context at the same
// moment the same). The floors sit just under it.
const BLIND109_FLOORS: Floors = Floors {
    top3: 0.57,
    precision_annex: 0.23,
    recall: 0.53,
    empty_suggested_max: 0.13,
};

/// The hundred-and-tenth blind set (`blind110-statements.json`: 27 real statements from 9 new documents of 9 organisations — six kommuner, two regions or landsting and a municipal company —, 12 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at 5126705f (the sixty-sixth pass's suggester); spent
/// since.
#[test]
fn real_statements_blind110() {
    check_set(
        "Hundred-and-tenth blind set, new documents (blind110)",
        "blind110-statements.json",
        &BLIND110_FLOORS,
        27,
        12,
    );
}

// The one blind run (5126705f, in context): 7/12 top 3, precision 7/43,
// recall 7/12, 5/15 `[]` given a suggestion (without context at the same
// moment the same). The floors sit just under it.
const BLIND110_FLOORS: Floors = Floors {
    top3: 0.58,
    precision_annex: 0.16,
    recall: 0.58,
    empty_suggested_max: 0.34,
};

/// The hundred-and-eleventh blind set (`blind111-statements.json`: 26 real statements from 9 new documents of 7 organisations — two kommuner, a kommunalförbund and four companies of the municipal sector —, 14 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at 3602978c (the sixty-sixth pass's suggester); spent
/// since.
#[test]
fn real_statements_blind111() {
    check_set(
        "Hundred-and-eleventh blind set, new documents (blind111)",
        "blind111-statements.json",
        &BLIND111_FLOORS,
        26,
        14,
    );
}

// The one blind run (3602978c, in context): 7/14 top 3, precision 7/31,
// recall 7/14, 4/12 `[]` given a suggestion (without context at the same
// moment 7/14, 7/35, 7/14, 4/12). The floors sit just under it.
const BLIND111_FLOORS: Floors = Floors {
    top3: 0.49,
    precision_annex: 0.22,
    recall: 0.49,
    empty_suggested_max: 0.34,
};

/// The hundred-and-twelfth blind set (`blind112-statements.json`: 25 real statements from 9 new documents of 8 organisations — three kommuner, two regions and three municipal companies —, 15 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at aa57aab7 (the sixty-sixth pass's suggester); spent
/// since.
#[test]
fn real_statements_blind112() {
    check_set(
        "Hundred-and-twelfth blind set, new documents (blind112)",
        "blind112-statements.json",
        &BLIND112_FLOORS,
        25,
        15,
    );
}

// The one blind run (aa57aab7, in context): 8/15 top 3, precision 8/51,
// recall 8/15, 6/10 `[]` given a suggestion (without context at the same
// moment the same). The floors sit just under it.
const BLIND112_FLOORS: Floors = Floors {
    top3: 0.53,
    precision_annex: 0.15,
    recall: 0.53,
    empty_suggested_max: 0.61,
};

/// The hundred-and-thirteenth blind set (`blind113-statements.json`: 24 real statements from 10 documents of 8 organisations, 14 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at 80a0488e (the sixty-sixth pass's suggester); spent
/// since.
#[test]
fn real_statements_blind113() {
    check_set(
        "Hundred-and-thirteenth blind set, new documents (blind113)",
        "blind113-statements.json",
        &BLIND113_FLOORS,
        24,
        14,
    );
}

// The one blind run (80a0488e, in context): 9/14 top 3, precision 9/48,
// recall 9/14, 5/10 `[]` given a suggestion (without context at the same
// moment the same top 3, precision 9/50, 6/10 `[]` given one). The floors sit just under it.
const BLIND113_FLOORS: Floors = Floors {
    top3: 0.64,
    precision_annex: 0.18,
    recall: 0.64,
    empty_suggested_max: 0.51,
};

/// The hundred-and-fourteenth blind set (`blind114-statements.json`: 23 real statements from 12 documents of 10 organisations, 14 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at a30db01d (the sixty-sixth pass's suggester); spent
/// since.
#[test]
fn real_statements_blind114() {
    check_set(
        "Hundred-and-fourteenth blind set, new documents (blind114)",
        "blind114-statements.json",
        &BLIND114_FLOORS,
        23,
        14,
    );
}

// The one blind run (a30db01d, in context): 8/14 top 3, precision 8/46,
// recall 8/14, 4/9 `[]` given a suggestion (without context at the same
// moment 9/14 top 3, precision 9/46, 4/9 `[]` given one). The floors sit
// just under it.
const BLIND114_FLOORS: Floors = Floors {
    top3: 0.57,
    precision_annex: 0.17,
    recall: 0.57,
    empty_suggested_max: 0.45,
};

/// The hundred-and-fifteenth blind set (`blind115-statements.json`: 17 real statements from 7 documents of 6 organisations, 10 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at abce8055 (the sixty-sixth pass's suggester); spent
/// since.
#[test]
fn real_statements_blind115() {
    check_set(
        "Hundred-and-fifteenth blind set, new documents (blind115)",
        "blind115-statements.json",
        &BLIND115_FLOORS,
        17,
        10,
    );
}

// The one blind run (abce8055, in context): 6/10 top 3, precision 6/40,
// recall 6/10, 6/7 `[]` given a suggestion (without context at the same
// moment the same). The floors sit just under it.
const BLIND115_FLOORS: Floors = Floors {
    top3: 0.59,
    precision_annex: 0.14,
    recall: 0.59,
    empty_suggested_max: 0.86,
};

/// The hundred-and-sixteenth blind set (`blind116-statements.json`: 33 real statements from 16 documents of 16 organisations, 22 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at c39acfe9 (the sixty-sixth pass's suggester); spent
/// since.
#[test]
fn real_statements_blind116() {
    check_set(
        "Hundred-and-sixteenth blind set, new documents (blind116)",
        "blind116-statements.json",
        &BLIND116_FLOORS,
        33,
        22,
    );
}

// The one blind run (c39acfe9, in context): 13/22 top 3, precision
// 13/62, recall 13/22, 5/11 `[]` given a suggestion (without context at
// the same moment 12/22 top 3, precision 12/63, 7/11 `[]` given one). The
// floors sit just under it.
const BLIND116_FLOORS: Floors = Floors {
    top3: 0.59,
    precision_annex: 0.2,
    recall: 0.59,
    empty_suggested_max: 0.46,
};

/// The hundred-and-seventeenth blind set (`blind117-statements.json`: 19 real statements from 10 documents of 9 organisations, 10 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at 33948b01 (the sixty-seventh pass's suggester); spent
/// since.
#[test]
fn real_statements_blind117() {
    check_set(
        "Hundred-and-seventeenth blind set, new documents (blind117)",
        "blind117-statements.json",
        &BLIND117_FLOORS,
        19,
        10,
    );
}

// The one blind run (33948b01, in context): 6/10 top 3, precision 7/26,
// recall 7/12, 3/9 `[]` given a suggestion (without context at the same
// moment 5/10 top 3, precision 6/23, 3/9 `[]` given one). The floors sit
// just under it.
const BLIND117_FLOORS: Floors = Floors {
    top3: 0.59,
    precision_annex: 0.26,
    recall: 0.58,
    empty_suggested_max: 0.34,
};

/// The hundred-and-eighteenth blind set (`blind118-statements.json`: 32 real statements from 13 documents of 10 organisations, 21 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at 0bad9791 (the sixty-seventh pass's suggester); spent
/// since.
#[test]
fn real_statements_blind118() {
    check_set(
        "Hundred-and-eighteenth blind set, new documents (blind118)",
        "blind118-statements.json",
        &BLIND118_FLOORS,
        32,
        21,
    );
}

// The one blind run (0bad9791, in context): 7/21 top 3, precision 8/41,
// recall 8/22, 4/11 `[]` given a suggestion (without context at the same
// moment 7/21 top 3, precision 8/37, 3/11 `[]` given one). The floors
// sit just under it.
const BLIND118_FLOORS: Floors = Floors {
    top3: 0.33,
    precision_annex: 0.19,
    recall: 0.36,
    empty_suggested_max: 0.37,
};

/// The hundred-and-nineteenth blind set (`blind119-statements.json`: 35 real statements from 15 documents of 14 organisations, 24 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at c4e90363 (the sixty-seventh pass's suggester); spent
/// since.
#[test]
fn real_statements_blind119() {
    check_set(
        "Hundred-and-nineteenth blind set, new documents (blind119)",
        "blind119-statements.json",
        &BLIND119_FLOORS,
        35,
        24,
    );
}

// The one blind run (c4e90363, in context): 12/24 top 3, precision 13/48,
// recall 13/28, 1/11 `[]` given a suggestion (without context at the same
// moment 12/24 top 3, precision 13/47, 2/11 `[]` given one). The floors
// sit just under it.
const BLIND119_FLOORS: Floors = Floors {
    top3: 0.49,
    precision_annex: 0.26,
    recall: 0.45,
    empty_suggested_max: 0.10,
};

/// The hundred-and-twentieth blind set (`blind120-statements.json`: 31 real statements from 16 documents of 16 organisations, 20 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at 182d5276 (the sixty-seventh pass's suggester); spent
/// since.
#[test]
fn real_statements_blind120() {
    check_set(
        "Hundred-and-twentieth blind set, new documents (blind120)",
        "blind120-statements.json",
        &BLIND120_FLOORS,
        31,
        20,
    );
}

// The one blind run (182d5276, in context): 10/20 top 3, precision 10/47,
// recall 10/21, 2/11 `[]` given a suggestion (without context at the same
// moment the same four figures). The floors sit just under it.
const BLIND120_FLOORS: Floors = Floors {
    top3: 0.49,
    precision_annex: 0.21,
    recall: 0.47,
    empty_suggested_max: 0.19,
};

/// The hundred-and-twenty-first blind set (`blind121-statements.json`: 29 real statements from 12 new documents of kommuner, a region, kommunalförbund and a municipal school, 19 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at 2d191bef (the sixty-seventh pass's suggester); spent
/// since.
#[test]
fn real_statements_blind121() {
    check_set(
        "Hundred-and-twenty-first blind set, new documents (blind121)",
        "blind121-statements.json",
        &BLIND121_FLOORS,
        29,
        19,
    );
}

// The one blind run (2d191bef, in context): 11/19 top 3, precision 11/44,
// recall 11/20, 4/10 `[]` given a suggestion (without context at the same
// moment: 12/19, 12/46, 12/20, 3/10). The floors sit just under it.
const BLIND121_FLOORS: Floors = Floors {
    top3: 0.57,
    precision_annex: 0.24,
    recall: 0.54,
    empty_suggested_max: 0.41,
};

/// The hundred-and-twenty-second blind set (`blind122-statements.json`: 21 real statements from 9 new documents of kommuner, regions' care services, a kommunalförbund and unnamed kommuner, 14 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at 6b402057 (the sixty-seventh pass's suggester); spent
/// since.
#[test]
fn real_statements_blind122() {
    check_set(
        "Hundred-and-twenty-second blind set, new documents (blind122)",
        "blind122-statements.json",
        &BLIND122_FLOORS,
        21,
        14,
    );
}

// The one blind run (6b402057, in context): 5/14 top 3, precision 7/42,
// recall 7/20, 5/7 `[]` given a suggestion (without context at the same
// moment: 6/14, 8/40, 8/20, 4/7). The floors sit just under it.
const BLIND122_FLOORS: Floors = Floors {
    top3: 0.35,
    precision_annex: 0.16,
    recall: 0.34,
    empty_suggested_max: 0.72,
};

/// The hundred-and-twenty-third blind set (`blind123-statements.json`: 19 real statements from 9 new documents of regions' folk high schools, a culture school, a housing company and an unnamed kommun, 12 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at 875b5db8 (the sixty-seventh pass's suggester); spent
/// since.
#[test]
fn real_statements_blind123() {
    check_set(
        "Hundred-and-twenty-third blind set, new documents (blind123)",
        "blind123-statements.json",
        &BLIND123_FLOORS,
        19,
        12,
    );
}

// The one blind run (875b5db8, in context): 10/12 top 3, precision 10/40,
// recall 10/12, 2/7 `[]` given a suggestion (without context at the same
// moment: 8/12, 8/38, 8/12, 2/7). The floors sit just under it.
const BLIND123_FLOORS: Floors = Floors {
    top3: 0.82,
    precision_annex: 0.24,
    recall: 0.82,
    empty_suggested_max: 0.29,
};

/// The hundred-and-twenty-fourth blind set (`blind124-statements.json`: 32 real statements from 12 new documents of regions, their hospitals, a kommun and a media centre, 24 labelled),
/// committed before any suggester code ran on it. Its one blind run is
/// the lead's, at c95f87fd (the sixty-seventh pass's suggester); spent
/// since.
#[test]
fn real_statements_blind124() {
    check_set(
        "Hundred-and-twenty-fourth blind set, new documents (blind124)",
        "blind124-statements.json",
        &BLIND124_FLOORS,
        32,
        24,
    );
}

// The one blind run (c95f87fd, in context): 15/24 top 3, precision 16/66,
// recall 16/26, 2/8 `[]` given a suggestion (without context at the same
// moment: 16/24, 17/70, 17/26, 2/8). The floors sit just under it.
const BLIND124_FLOORS: Floors = Floors {
    top3: 0.62,
    precision_annex: 0.24,
    recall: 0.61,
    empty_suggested_max: 0.26,
};
