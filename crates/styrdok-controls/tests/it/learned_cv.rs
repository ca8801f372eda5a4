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
//! lexicon is silent, folds again grouped by organisation: first on the
//! 411 statements, since the third pass on those and `blind2-statements.*`
//! (599, both development sets). Neither reads `blind3-statements.*`.
//!
//! `cargo test -p styrdok-controls --test it learned_cv -- --ignored --nocapture`
//! prints the figures (docs/suggestions.md, "A learned model?" and "A
//! learned fallback?").

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use serde_json::Value;
use styrdok_controls::NgramModel as Model;
use styrdok_controls::{Gate, Lexicon, Suggester};

const JSON: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/real-statements.json"
);
const BLIND2_JSON: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/blind2-statements.json"
);
const FOLDS: usize = 5;
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
    statements_of(JSON, old_blind)
}

/// The statements of a labelled JSON file of `real-statements.json`'s
/// shape (with `old_blind` false, those not marked blind).
fn statements_of(path: &str, old_blind: bool) -> Vec<Item> {
    let v: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
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

/// The built-in lexicon and gate list **without** the learned gate-opener
/// (which was trained on every statement these experiments hold out).
fn lexicon_and_gate() -> &'static Suggester {
    static S: OnceLock<Suggester> = OnceLock::new();
    S.get_or_init(|| Suggester::new(Lexicon::builtin().unwrap(), Gate::builtin().unwrap()))
}

/// The lexicon's top 3 (gate list, no learned gate), Annex A controls only.
fn lexicon_top3(text: &str) -> BTreeSet<String> {
    annex_top3(lexicon_and_gate().suggest(text))
}

/// The library's n-gram model trained on `items`.
fn train_on(items: &[&Item]) -> Model {
    let ex: Vec<(&str, &BTreeSet<String>)> =
        items.iter().map(|i| (i.text.as_str(), &i.labels)).collect();
    Model::train(&ex)
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
        let model = train_on(&train);
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
/// 5-fold cross-validation on the 599 statements of `real-statements.json`
/// and `blind2-statements.json` (both development sets now), folds grouped
/// by organisation. The lexicon was tuned on every one of these statements, so
/// its own figure is optimistic; what this measures fairly is the
/// *increment* the fallback adds, since the classifier never sees the test
/// organisation. Two variants: the fallback where the gate passes but the
/// lexicon names nothing, and the fallback wherever the lexicon is silent
/// (gate closed too).
#[test]
#[ignore = "an experiment (about three minutes): docs/suggestions.md, \"A learned fallback?\""]
fn learned_fallback_cross_validated_by_organisation() {
    let items = all_599();
    let fold = folds(&items);
    let gate = lexicon_and_gate();
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
        "| model (5-fold by organisation, 599 statements) | top 3 | precision | recall | [] suggested for |"
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

/// The 599 statements of `real-statements.json` and
/// `blind2-statements.json` (both development sets).
fn all_599() -> Vec<Item> {
    let mut items = statements(true);
    items.extend(statements_of(BLIND2_JSON, true));
    assert_eq!(items.len(), 599);
    items
}

/// The 599 and the 281 statements of `tune3-statements.json` (a tuning
/// set of further organisations): what the built-in learned gate is
/// trained on.
fn all_880() -> Vec<Item> {
    let mut items = all_599();
    items.extend(statements_of(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/tune3-statements.json"
        ),
        true,
    ));
    assert_eq!(items.len(), 880);
    items
}

/// The same statements labelled only `security` (a control label) or not.
fn security_labels(items: &[Item]) -> Vec<Item> {
    items
        .iter()
        .map(|i| Item {
            organisation: i.organisation.clone(),
            text: i.text.clone(),
            labels: if i.labels.is_empty() {
                BTreeSet::new()
            } else {
                BTreeSet::from(["security".to_owned()])
            },
        })
        .collect()
}

/// The top 3 of `suggestions`, Annex A controls only.
fn annex_top3(suggestions: Vec<styrdok_controls::Suggestion>) -> BTreeSet<String> {
    suggestions
        .into_iter()
        .take(TOP_K)
        .map(|s| s.control.control().to_owned())
        .filter(|c| !c.starts_with("clause-"))
        .collect()
}

const GATE_THRESHOLDS: [f32; 6] = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

/// Scores one statement with the lexicon's top 3 `lex` and, where that is
/// empty and the learned gate's probability `p` reaches each threshold,
/// with the ungated lexicon's top 3 `open`.
fn score_gate(
    expected: &BTreeSet<String>,
    lex: &BTreeSet<String>,
    open: impl Fn() -> BTreeSet<String>,
    p: f32,
    alone: &mut Score,
    fused: &mut [Score],
) {
    alone.add(expected, lex);
    let open = if lex.is_empty() {
        open()
    } else {
        BTreeSet::new()
    };
    for (t, s) in GATE_THRESHOLDS.iter().zip(fused.iter_mut()) {
        s.add(
            expected,
            if lex.is_empty() && p >= *t {
                &open
            } else {
                lex
            },
        );
    }
}

/// Prints the table of a gate experiment; opening the gate can only add
/// suggestions where there were none, so no row has fewer hits.
fn report_gate(title: &str, base: &str, alone: &Score, fused: &[Score]) {
    println!("| model ({title}) | top 3 | precision | recall | [] suggested for |");
    println!("|---|---:|---:|---:|---:|");
    println!("{}", alone.line(base));
    for (t, s) in GATE_THRESHOLDS.iter().zip(fused) {
        println!("{}", s.line(&format!("+ learned gate-opener, p ≥ {t}")));
        assert!(s.hit >= alone.hit);
    }
}

/// The probability the learned gate model gives `text`.
fn security_probability(model: &Model, text: &str) -> f32 {
    model.predict(text).first().map_or(0.0, |(_, p)| *p)
}

/// A learned *gate-opener*: the largest group of misses on unseen text is
/// silence behind the gate (no cue). A binary classifier of the same kind
/// (information-security content or `[]`) is trained per fold, and where
/// the lexicon names nothing and the classifier's probability is at least
/// `t`, the lexicon's suggestions without the gate are used (so every
/// suggestion still has lexicon triggers). 5-fold cross-validation grouped
/// by organisation over the 599 statements of `real-statements.json` and
/// `blind2-statements.json`, then over those and `tune3-statements.json`
/// (880, what the built-in gate is trained on).
#[test]
#[ignore = "an experiment (about three minutes): docs/suggestions.md, \"A learned gate\""]
fn learned_gate_cross_validated_by_organisation() {
    for (name, items) in [("599", all_599()), ("880", all_880())] {
        let fold = folds(&items);
        let truth: BTreeMap<&str, &BTreeSet<String>> =
            items.iter().map(|i| (i.text.as_str(), &i.labels)).collect();
        let binary = security_labels(&items);
        let lexicon = Lexicon::builtin().unwrap();
        let mut alone = Score::default();
        let mut fused: Vec<Score> = GATE_THRESHOLDS.iter().map(|_| Score::default()).collect();
        cross_validate(&binary, &fold, |model, item| {
            score_gate(
                truth[item.text.as_str()],
                &lexicon_top3(&item.text),
                || annex_top3(styrdok_controls::suggest_with(&lexicon, &item.text)),
                security_probability(model, &item.text),
                &mut alone,
                &mut fused,
            );
        });
        report_gate(
            &format!("5-fold by organisation, {name} statements"),
            "lexicon + gate alone (tuned on these: optimistic)",
            &alone,
            &fused,
        );
    }
}

/// The learned gate-opener trained on all 599 statements of
/// `real-statements.json` and `blind2-statements.json` and scored on
/// `tune3-statements.json` (organisations in neither), with the lexicon
/// read from disk as `real_eval` reads it (so an earlier lexicon can be
/// measured by checking its files out).
#[test]
#[ignore = "an experiment (about half a minute): docs/suggestions.md, \"A learned gate\""]
fn learned_gate_trained_on_599_scored_on_tune3() {
    let train = security_labels(&all_599());
    let model = train_on(&train.iter().collect::<Vec<_>>());
    let test = statements_of(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/tune3-statements.json"
        ),
        true,
    );
    let mut s = crate::real_eval::suggester().clone();
    s.learned = false;
    let mut alone = Score::default();
    let mut fused: Vec<Score> = GATE_THRESHOLDS.iter().map(|_| Score::default()).collect();
    for item in &test {
        score_gate(
            &item.labels,
            &annex_top3(s.suggest(&item.text)),
            || annex_top3(styrdok_controls::suggest_with(&s.lexicon, &item.text)),
            security_probability(&model, &item.text),
            &mut alone,
            &mut fused,
        );
    }
    report_gate(
        "trained on 599, scored on tune3",
        "lexicon + gate alone",
        &alone,
        &fused,
    );
}

// ---------------------------------------------------------------------------
// Grouped cross-validation over every spent set (issue 14, part 6, sixth
// pass): the development estimate, and the blind3 split.

use styrdok_controls::{
    CONTEXT_WEIGHTS, ContextEvidence, ContextWeights, LEARNED_GATE_THRESHOLD, LabelledStatement,
    LearnedGate, NO_CONTEXT, NearestStatements, RANKER_FILLS_TO, RANKER_MIN_SHARE,
    RANKER_MIN_SIMILARITY, RANKER_SILENT_SECURITY, Ranking, Suggestion, TRAINING_SETS,
    fill_from_ranker, learned_gate_passes, learned_gate_passes_in, parse_labelled, suggest_with,
};

/// The spent sets and the tuning sets of the seventh pass, by file name
/// (indices fixed: 3 blind3, 4 tune4, 6 blind4b, 7 tune5), then every
/// spent blind set from the fifth on (index 8 onwards, in the order of
/// their runs). Never a blind set that has not been run.
const SPENT: [&str; 126] = [
    "real-statements.json",
    "blind2-statements.json",
    "tune3-statements.json",
    "blind3-statements.json",
    "tune4-statements.json",
    "blind4-statements.json",
    "blind4b-statements.json",
    "tune5-statements.json",
    "blind5-statements.json",
    "blind6-statements.json",
    "blind7-statements.json",
    "blind8-statements.json",
    "blind9-statements.json",
    "blind10-statements.json",
    "blind11-statements.json",
    "blind12-statements.json",
    "blind13-statements.json",
    "blind14-statements.json",
    "blind15-statements.json",
    "blind16-statements.json",
    "blind17-statements.json",
    // Spent by its one run at fd8c0bc (switch `STYRDOK_CV_BLIND18`).
    "blind18-statements.json",
    // Spent by its one run at 0ee2521 (switch `STYRDOK_CV_BLIND19`).
    "blind19-statements.json",
    // Spent by its one run at dc8a6f4 (switch `STYRDOK_CV_BLIND20`).
    "blind20-statements.json",
    // Spent by its one run at fcebd56 (switch `STYRDOK_CV_BLIND21`).
    "blind21-statements.json",
    // Spent by its one run at fcebd56 (switch `STYRDOK_CV_BLIND22`).
    "blind22-statements.json",
    // Spent by its one run at f114f77 (switch `STYRDOK_CV_BLIND23`).
    "blind23-statements.json",
    // Spent by its one run at a57a1cb (switch `STYRDOK_CV_BLIND24`).
    "blind24-statements.json",
    // Spent by its one run at b9d0534 (switch `STYRDOK_CV_BLIND25`).
    "blind25-statements.json",
    // Spent by its one run at da1235d (switch `STYRDOK_CV_BLIND26`).
    "blind26-statements.json",
    // Spent by its one run at eaabe74 (switch `STYRDOK_CV_BLIND27`).
    "blind27-statements.json",
    // Spent by its one run at ab2de68 (switch `STYRDOK_CV_BLIND28`).
    "blind28-statements.json",
    // Spent by its one run at 7cd3ade (switch `STYRDOK_CV_BLIND29`).
    "blind29-statements.json",
    // Spent by its one run at 17ff12e (switch `STYRDOK_CV_BLIND30`).
    "blind30-statements.json",
    // Spent by its one run at 7278a28 (switch `STYRDOK_CV_BLIND32`).
    "blind32-statements.json",
    // Spent by its one run at 8f3c167 (switch `STYRDOK_CV_BLIND33`).
    "blind33-statements.json",
    // Spent by its one run at 417ae00 (switch `STYRDOK_CV_BLIND34`).
    "blind34-statements.json",
    // Spent by its one run at 51ac52b (switch `STYRDOK_CV_BLIND35`).
    "blind35-statements.json",
    // Spent by its one run at b0b43d6 (switch `STYRDOK_CV_BLIND36`).
    "blind36-statements.json",
    // Spent by its one run at 26d2d8a (switch `STYRDOK_CV_BLIND37`).
    "blind37-statements.json",
    // Spent by its one run at 5035198 (switch `STYRDOK_CV_BLIND38`).
    "blind38-statements.json",
    // Spent by its one run at f68d9ac (switch `STYRDOK_CV_BLIND39`).
    "blind39-statements.json",
    // Spent by its one run at 31cc137 (switch `STYRDOK_CV_BLIND40`).
    "blind40-statements.json",
    // Spent by their one runs at da78a9c (switches `STYRDOK_CV_BLIND41`,
    // `STYRDOK_CV_BLIND42`).
    "blind41-statements.json",
    "blind42-statements.json",
    // Spent by their one runs at 12c97eb (switches `STYRDOK_CV_BLIND43`,
    // `STYRDOK_CV_BLIND44`).
    "blind43-statements.json",
    "blind44-statements.json",
    // Spent by its one run at 409c528 (switch `STYRDOK_CV_BLIND45`).
    "blind45-statements.json",
    // Spent by its one run at 33e2a9e (switch `STYRDOK_CV_BLIND46`).
    "blind46-statements.json",
    // Spent by its one run at 94b6685 (switch `STYRDOK_CV_BLIND48`).
    "blind48-statements.json",
    // Spent by its one run at 37bd6ba (switch `STYRDOK_CV_BLIND47`).
    "blind47-statements.json",
    // Spent by their one runs at ac353e3 (switches `STYRDOK_CV_BLIND49`,
    // `STYRDOK_CV_BLIND50`).
    "blind49-statements.json",
    "blind50-statements.json",
    // Spent by their one runs at 184df25 (switches `STYRDOK_CV_BLIND51`,
    // `STYRDOK_CV_BLIND52`).
    "blind51-statements.json",
    "blind52-statements.json",
    // Spent by their one runs at 61444bb (switches `STYRDOK_CV_BLIND53`,
    // `STYRDOK_CV_BLIND54`).
    "blind53-statements.json",
    "blind54-statements.json",
    // Spent by its one run at 8a5fdba (switch `STYRDOK_CV_BLIND56`).
    "blind56-statements.json",
    // Spent by its one run at 2c5668c (switch `STYRDOK_CV_BLIND55`).
    "blind55-statements.json",
    // Spent by its one run at b596ff7 (switch `STYRDOK_CV_BLIND58`).
    "blind58-statements.json",
    // Spent by its one run at 6e02b20 (switch `STYRDOK_CV_BLIND59`).
    "blind59-statements.json",
    // Spent by its one run at 5cb7b48 (switch `STYRDOK_CV_BLIND60`).
    "blind60-statements.json",
    // Spent by their one runs at 032b183 (switches `STYRDOK_CV_BLIND61`,
    // `STYRDOK_CV_BLIND62`).
    "blind61-statements.json",
    "blind62-statements.json",
    // Spent by their one runs at 48acf53 (switches `STYRDOK_CV_BLIND63`,
    // `STYRDOK_CV_BLIND64`).
    "blind63-statements.json",
    "blind64-statements.json",
    // Spent by its one run at a5280a7 (switch `STYRDOK_CV_BLIND65`).
    "blind65-statements.json",
    // Spent by its one run at e3619a7 (switch `STYRDOK_CV_BLIND66`).
    "blind66-statements.json",
    // Spent by their one runs at c47b016 (switches `STYRDOK_CV_BLIND67`,
    // `STYRDOK_CV_BLIND68`).
    "blind67-statements.json",
    "blind68-statements.json",
    // Spent by their one runs at b5596ea (switches `STYRDOK_CV_BLIND69`,
    // `STYRDOK_CV_BLIND70`).
    "blind69-statements.json",
    "blind70-statements.json",
    // Spent by their one runs at 6481e5f (switches `STYRDOK_CV_BLIND71`,
    // `STYRDOK_CV_BLIND72`).
    "blind71-statements.json",
    "blind72-statements.json",
    // Spent by their one runs at d383f97 (switches `STYRDOK_CV_BLIND73`,
    // `STYRDOK_CV_BLIND74`).
    "blind73-statements.json",
    "blind74-statements.json",
    // Spent by its one run at ce84884 (switch `STYRDOK_CV_BLIND75`).
    "blind75-statements.json",
    // Spent by its one run at 1e127c3 (switch `STYRDOK_CV_BLIND76`).
    "blind76-statements.json",
    // Spent by its one run at 24afe01 (switch `STYRDOK_CV_BLIND77`).
    "blind77-statements.json",
    // Spent by its one run at 508aa32 (switch `STYRDOK_CV_BLIND78`).
    "blind78-statements.json",
    // Spent by its one run at c720e32 (switch `STYRDOK_CV_BLIND79`).
    "blind79-statements.json",
    // Spent by its one run at 9a13e71 (switch `STYRDOK_CV_BLIND80`).
    "blind80-statements.json",
    // Spent by its one run at a9f0054 (switch `STYRDOK_CV_BLIND81`).
    "blind81-statements.json",
    "blind82-statements.json",
    "blind83-statements.json",
    "blind84-statements.json",
    "blind85-statements.json",
    "blind86-statements.json",
    "blind87-statements.json",
    "blind88-statements.json",
    "blind89-statements.json",
    "blind90-statements.json",
    "blind91-statements.json",
    "blind92-statements.json",
    "blind93-statements.json",
    "blind94-statements.json",
    "blind95-statements.json",
    "blind96-statements.json",
    "blind97-statements.json",
    "blind98-statements.json",
    "blind99-statements.json",
    "blind100-statements.json",
    "blind101-statements.json",
    "blind102-statements.json",
    // Spent by its one run at ef812360.
    "blind103-statements.json",
    // Spent by its one run at d1709c97.
    "blind104-statements.json",
    // Spent by its one run at a6d35f4e.
    "blind105-statements.json",
    // Spent by its one run at 4b050773.
    "blind106-statements.json",
    // Spent by its one run at 157a7372.
    "blind107-statements.json",
    // Spent by its one run at 143c77b5.
    "blind108-statements.json",
    // Spent by its one run at 3e8cbadb.
    "blind109-statements.json",
    // Spent by its one run at 5126705f.
    "blind110-statements.json",
    // Spent by its one run at 3602978c.
    "blind111-statements.json",
    // Spent by its one run at aa57aab7.
    "blind112-statements.json",
    // Spent by its one run at 80a0488e.
    "blind113-statements.json",
    // Spent by its one run at a30db01d.
    "blind114-statements.json",
    // Spent by its one run at abce8055.
    "blind115-statements.json",
    // Spent by its one run at c39acfe9.
    "blind116-statements.json",
    // Spent by its one run at 33948b01.
    "blind117-statements.json",
    // Spent by its one run at 0bad9791.
    "blind118-statements.json",
    // Spent by its one run at c4e90363.
    "blind119-statements.json",
    // Spent by its one run at 182d5276.
    "blind120-statements.json",
    // Spent by its one run at 2d191bef.
    "blind121-statements.json",
    // Spent by its one run at 6b402057.
    "blind122-statements.json",
    // Spent by its one run at 875b5db8.
    "blind123-statements.json",
    // Spent by its one run at c95f87fd.
    "blind124-statements.json",
];

/// Index of `blind5-statements.json` in [`SPENT`]: the first of the
/// blind sets spent by their one runs (each after it was spent later in
/// [`SPENT`], in the order of their runs), which train only as the
/// library does or as [`trains_with`]'s switch says.
const BLIND5: usize = 8;

/// The short name of [`SPENT`]'s set `i` (`blind12`).
fn set_name(i: usize) -> &'static str {
    SPENT[i].trim_end_matches("-statements.json")
}

/// The rows of one set each left out: blind5 to the last spent set, in
/// [`SPENT`]'s order.
fn blind_rows() -> Vec<(&'static str, Vec<usize>)> {
    (BLIND5..SPENT.len())
        .map(|i| (set_name(i), vec![i]))
        .collect()
}

/// The rows of [`leave_one_set_out`] and [`gate_rechosen_on_training_folds`]:
/// blind4b, blind3 with tune4, tune5, then [`blind_rows`].
fn left_out_rows() -> Vec<(&'static str, Vec<usize>)> {
    [
        ("blind4b", vec![6]),
        ("blind3 + tune4", vec![3, 4]),
        ("tune5", vec![7]),
    ]
    .into_iter()
    .chain(blind_rows())
    .collect()
}

/// Whether each of blind5 to the last spent set trains the estimates
/// (`blind5 false, blind6 false, …`).
fn training_line() -> String {
    (BLIND5..SPENT.len())
        .map(|i| format!("{} {}", set_name(i), trains_with(i)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether [`SPENT`]'s set `i` is one of the library's training sets
/// (the first eight always are: checked).
fn in_library(i: usize) -> bool {
    let shipped: BTreeSet<&str> = TRAINING_SETS.iter().copied().collect();
    assert!(SPENT[..BLIND5].iter().all(|f| shipped.contains(f)));
    shipped.contains(SPENT[i])
}

/// Whether the estimates train with [`SPENT`]'s set `i`: the first eight
/// always; blind5 and every later set as the library does, unless
/// `STYRDOK_CV_<SET>` (`STYRDOK_CV_BLIND5` … `STYRDOK_CV_BLIND32`, the
/// set's short name in capitals) is `1` (with) or `0` (without).
fn trains_with(i: usize) -> bool {
    if i < BLIND5 {
        return true;
    }
    let var = format!("STYRDOK_CV_{}", set_name(i).to_uppercase());
    match std::env::var(var).as_deref() {
        Ok("1") => true,
        Ok("0") => false,
        _ => in_library(i),
    }
}

/// The sets [`SPENT`] names, blind5 and later empty unless
/// [`trains_with`] them.
fn spent_sets() -> Vec<Vec<LabelledStatement>> {
    SPENT
        .iter()
        .enumerate()
        .map(|(i, f)| {
            if trains_with(i) {
                spent_set(f)
            } else {
                Vec::new()
            }
        })
        .collect()
}

fn spent_set(file: &str) -> Vec<LabelledStatement> {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    parse_labelled(file, &std::fs::read_to_string(path).unwrap()).unwrap()
}

/// What every part of the suggester says about one held-out statement,
/// with models trained without its organisation.
struct Obs {
    expected: BTreeSet<String>,
    /// The organisation whose document states it.
    organisation: String,
    /// The statement.
    text: String,
    /// Which of [`SPENT`] the statement comes from.
    set: usize,
    /// Whether the gate passes it as shipped ([`learned_gate_passes`] with
    /// the fold's learned gate-opener and ranker; no veto).
    passes: bool,
    /// Whether the gate list has no cue and no veto for it.
    no_cue: bool,
    /// Whether the gate list has a cue and no veto for it.
    has_cue: bool,
    /// What its section heading and document title say (twelfth pass).
    context: ContextEvidence,
    /// The fold's learned gate-opener's probability.
    p_gate: f32,
    /// The lexicon without the gate, best first.
    lex: Vec<Suggestion>,
    /// The shipped top 3 ([`fill_from_ranker`] with the fold's ranker),
    /// empty where the gate is closed.
    shipped: BTreeSet<String>,
    /// The same, in order, with scores (a ranker fill scores under 1).
    shipped_list: Vec<(String, f64)>,
    /// The fold's nearest-statement ranking.
    rank: Ranking,
    /// The top 3 as the sixth pass shipped it: the gate list, then the
    /// gate-opener at ≥ 0.95; the lexicon, then the ranker without
    /// profiles.
    sixth: BTreeSet<String>,
}

fn top3(s: &[Suggestion]) -> BTreeSet<String> {
    s.iter()
        .take(TOP_K)
        .map(|s| s.control.control().to_owned())
        .collect()
}

/// Every statement of `sets` (with its set's index) observed once by
/// organisation-grouped cross-validation: [`FOLDS`] folds ([`folds`]), the
/// learned parts trained on the other folds each time.
fn grouped_observations(sets: &[Vec<LabelledStatement>]) -> Vec<Obs> {
    let all: Vec<(usize, &LabelledStatement)> = sets
        .iter()
        .enumerate()
        .flat_map(|(i, s)| s.iter().map(move |x| (i, x)))
        .collect();
    let items: Vec<Item> = all
        .iter()
        .map(|(_, s)| Item {
            organisation: s.organisation.clone(),
            text: s.text.clone(),
            labels: s.controls.clone(),
        })
        .collect();
    let fold = folds(&items);
    let mut obs = Vec::new();
    for f in 0..FOLDS {
        let part = |held: bool| {
            all.iter()
                .zip(&fold)
                .filter(move |(_, g)| (**g == f) == held)
        };
        let train: Vec<&LabelledStatement> = part(false).map(|(s, _)| s.1).collect();
        let test: Vec<(usize, &LabelledStatement)> = part(true).map(|(s, _)| *s).collect();
        obs.extend(observe(&train, &test));
    }
    obs
}

/// The text the learned parts read for `s`: the sentence, or with
/// `STYRDOK_CV_LEARN_SECTION=1` its section heading and the sentence.
fn learned_text(s: &LabelledStatement) -> String {
    match &s.context.section {
        Some(h) if std::env::var("STYRDOK_CV_LEARN_SECTION").as_deref() == Ok("1") => {
            format!("{h}. {}", s.text)
        }
        _ => s.text.clone(),
    }
}

fn observe(train: &[&LabelledStatement], test: &[(usize, &LabelledStatement)]) -> Vec<Obs> {
    let lexicon = Lexicon::builtin().unwrap();
    let gate = Gate::builtin().unwrap();
    // With `STYRDOK_CV_LEARN_SECTION=1` the learned parts read the
    // section heading before the sentence (twelfth pass, an experiment).
    let as_learned: Vec<LabelledStatement> = train
        .iter()
        .map(|s| LabelledStatement {
            text: learned_text(s),
            ..(*s).clone()
        })
        .collect();
    let gate_model = LearnedGate::train(
        as_learned
            .iter()
            .map(|s| (s.text.as_str(), !s.controls.is_empty())),
    );
    let ranker = NearestStatements::train(as_learned.iter());
    let mut sixth_ranker = ranker.clone();
    sixth_ranker.profile_weight = 0.0;
    test.iter()
        .map(|(set, s)| {
            let checked = gate.check(&s.text);
            let rank = ranker.rank(&learned_text(s));
            let p_gate = gate_model.probability(&learned_text(s));
            let passes = match &checked {
                None => false,
                Some(cues) => learned_gate_passes(!cues.is_empty(), p_gate, &rank),
            };
            let no_cue = checked.as_ref().is_some_and(|c| c.is_empty());
            let lex = suggest_with(&lexicon, &s.text);
            let mut shipped = lex.clone();
            fill_from_ranker(&ranker, &s.text, &mut shipped);
            let sixth_passes = match &checked {
                None => false,
                Some(cues) => !cues.is_empty() || p_gate >= LEARNED_GATE_THRESHOLD,
            };
            let mut sixth = lex.clone();
            if sixth_passes {
                fill_from_ranker(&sixth_ranker, &s.text, &mut sixth);
            }
            Obs {
                expected: s.controls.clone(),
                organisation: s.organisation.clone(),
                text: s.text.clone(),
                set: *set,
                passes,
                no_cue,
                has_cue: checked.as_ref().is_some_and(|c| !c.is_empty()),
                context: ContextEvidence::read(&lexicon, &gate, &s.context),
                p_gate,
                shipped: if passes {
                    top3(&shipped)
                } else {
                    BTreeSet::new()
                },
                shipped_list: if passes {
                    shipped
                        .iter()
                        .take(TOP_K)
                        .map(|s| (s.control.control().to_owned(), s.score))
                        .collect()
                } else {
                    Vec::new()
                },
                lex,
                rank,
                sixth: if sixth_passes {
                    top3(&sixth)
                } else {
                    BTreeSet::new()
                },
            }
        })
        .collect()
}

type Pick = fn(&Obs) -> BTreeSet<String>;

/// The lexicon's top 3, then the ranker's controls of share ≥ `t`, up to
/// three (where the lexicon is silent only if the neighbours' security
/// share reaches `silent`).
fn fill(o: &Obs, t: f32, silent: f32) -> BTreeSet<String> {
    if !o.passes {
        return BTreeSet::new();
    }
    let mut v: Vec<String> = top3(&o.lex).into_iter().collect();
    if !v.is_empty() || o.rank.security >= silent {
        for (c, s) in &o.rank.controls {
            if v.len() < TOP_K && *s >= t && !v.contains(c) {
                v.push(c.clone());
            }
        }
    }
    v.into_iter().collect()
}

/// Like [`fill`], but first the ranker's controls of share ≥ `strong` take
/// the places of lexicon suggestions scoring under `weak` (from the last).
fn displace(o: &Obs, strong: f32, weak: f64) -> BTreeSet<String> {
    if !o.passes {
        return BTreeSet::new();
    }
    let mut lex: Vec<(String, f64)> = o
        .lex
        .iter()
        .take(TOP_K)
        .map(|s| (s.control.control().to_owned(), s.score))
        .collect();
    for (c, s) in &o.rank.controls {
        if *s < strong || lex.iter().any(|(x, _)| x == c) {
            continue;
        }
        if lex.len() < TOP_K {
            lex.push((c.clone(), 0.0));
        } else if let Some(i) = lex.iter().rposition(|(_, sc)| *sc < weak && *sc > 0.0) {
            lex[i] = (c.clone(), 0.0);
        }
    }
    let mut v: Vec<String> = lex.into_iter().map(|(c, _)| c).collect();
    if !top3(&o.lex).is_empty() || o.rank.security >= 0.7 {
        for (c, s) in &o.rank.controls {
            if v.len() < TOP_K && *s >= 0.15 && !v.contains(c) {
                v.push(c.clone());
            }
        }
    } else {
        v.clear();
    }
    v.into_iter().collect()
}

/// The ungated lexicon's top 3, filled from the ranker's controls of share
/// ≥ 0.15 (as shipped, for a statement the gate is opened for).
fn lexicon_then_ranker(o: &Obs) -> BTreeSet<String> {
    let mut v: Vec<String> = top3(&o.lex).into_iter().collect();
    for (c, s) in &o.rank.controls {
        if v.len() < TOP_K && *s >= 0.15 && !v.contains(c) {
            v.push(c.clone());
        }
    }
    v.into_iter().collect()
}

/// The shipped policy, the gate also opened (no cue, no veto) where the
/// gate-opener's probability and the neighbours' security share sum to at
/// least `z`; the lexicon then the ranker as shipped.
fn open_at(o: &Obs, z: f32) -> BTreeSet<String> {
    if o.passes {
        return o.shipped.clone();
    }
    if !(o.no_cue && o.p_gate + o.rank.security >= z) {
        return BTreeSet::new();
    }
    lexicon_then_ranker(o)
}

/// The shipped policy, the gate also opened (no cue, no veto) where the
/// ungated lexicon's best control is among the ranker's controls of share
/// ≥ `share` and the neighbours' security share is ≥ `sec`: two signals
/// agreeing.
fn agree(o: &Obs, share: f32, sec: f32) -> BTreeSet<String> {
    if o.passes {
        return o.shipped.clone();
    }
    let Some(best) = o.lex.first().map(|s| s.control.control()) else {
        return BTreeSet::new();
    };
    let agreed = o.rank.score(best) >= share && o.rank.security >= sec;
    if !(o.no_cue && agreed) {
        return BTreeSet::new();
    }
    lexicon_then_ranker(o)
}

/// Which labelled statements the shipped policy misses, by cause.
fn diagnose(obs: &[Obs]) {
    let (mut closed, mut lex3, mut filled) = (0, 0, 0);
    for o in obs.iter().filter(|o| !o.expected.is_empty()) {
        if !o.shipped.is_disjoint(&o.expected) {
            continue;
        }
        if !o.passes {
            closed += 1;
        } else if o.lex.len() >= TOP_K {
            lex3 += 1;
        } else {
            filled += 1;
        }
    }
    println!(
        "shipped misses: gate closed {closed}, lexicon's three all wrong {lex3}, lexicon under three and the fill wrong or empty {filled}"
    );
}

/// The shipped fill behind a two-sided gate that closes cue sentences
/// where p + security < `close` and opens no-cue ones where it reaches
/// `open` (nearest statement cosine ≥ 0.15 as shipped).
fn two_sided(o: &Obs, close: f32, open: f32) -> BTreeSet<String> {
    two_sided_fill(o, close, open, 0.15)
}

/// [`two_sided`], the ranker filling with controls of share ≥ `share`
/// (score ≥ `share` / 2).
fn two_sided_fill(o: &Obs, close: f32, open: f32, share: f32) -> BTreeSet<String> {
    let sum = o.p_gate + o.rank.security;
    let passes = if o.has_cue {
        sum >= close
    } else {
        o.no_cue && (o.p_gate >= LEARNED_GATE_THRESHOLD || (sum >= open && o.rank.nearest >= 0.15))
    };
    if !passes {
        return BTreeSet::new();
    }
    let mut v: Vec<String> = top3(&o.lex).into_iter().collect();
    if !v.is_empty() || (o.rank.security >= 0.7 && o.rank.nearest >= 0.15) {
        for (c, s) in &o.rank.controls {
            if v.len() < TOP_K && *s >= share && !v.contains(c) {
                v.push(c.clone());
            }
        }
    }
    v.into_iter().collect()
}

/// The shipped top 3 with a precision cut-off: a lexicon suggestion after
/// the first kept at score ≥ `lex` × the first's, a ranker fill at score
/// ≥ `fill_abs` and ≥ `fill_rel` × the first ranker fill's.
fn cut(o: &Obs, lex: f64, fill_abs: f64, fill_rel: f64) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let first = o.shipped_list.first().map_or(0.0, |(_, s)| *s);
    let first_fill = o
        .shipped_list
        .iter()
        .find(|(_, s)| *s < 1.0)
        .map_or(0.0, |(_, s)| *s);
    for (i, (c, s)) in o.shipped_list.iter().enumerate() {
        let keep = if *s >= 1.0 {
            i == 0 || *s >= lex * first
        } else {
            *s >= fill_abs && *s >= fill_rel * first_fill
        };
        if keep {
            out.insert(c.clone());
        }
    }
    out
}

/// The shipped top 3 keeping at most one ranker fill after a lexicon
/// suggestion (all of them where the lexicon named nothing).
fn one_fill(o: &Obs) -> BTreeSet<String> {
    let lexicon_named = o.shipped_list.first().is_some_and(|(_, s)| *s >= 1.0);
    let mut fills = 0;
    let mut out = BTreeSet::new();
    for (c, s) in &o.shipped_list {
        if *s < 1.0 && lexicon_named {
            fills += 1;
            if fills > 1 {
                continue;
            }
        }
        out.insert(c.clone());
    }
    out
}

const POLICIES: [(&str, Pick); 35] = [
    (
        "sixth pass as shipped (gate list or gate-opener ≥ 0.95; neighbours fill, no profiles)",
        |o| o.sixth.clone(),
    ),
    ("shipped gate, lexicon top 3 only", |o| {
        if o.passes {
            top3(&o.lex)
        } else {
            BTreeSet::new()
        }
    }),
    (
        "**shipped: two-sided gate (closes < 0.6, opens ≥ 1.5), lexicon, ranker with profiles fills to 3 (share ≥ 0.24: score ≥ 0.12)**",
        |o| o.shipped.clone(),
    ),
    ("ranker fills, share ≥ 0.1", |o| fill(o, 0.1, 0.7)),
    ("ranker fills, share ≥ 0.2", |o| fill(o, 0.2, 0.7)),
    ("ranker fills only where the lexicon named something", |o| {
        fill(o, 0.15, f32::INFINITY)
    }),
    ("ranker fills, silent lexicon: security ≥ 0.5", |o| {
        fill(o, 0.15, 0.5)
    }),
    (
        "ranker share ≥ 0.4 displaces lexicon suggestions < 2",
        |o| displace(o, 0.4, 2.0),
    ),
    ("gate also opens at p + security ≥ 1.6", |o| {
        open_at(o, 1.6)
    }),
    ("gate also opens at p + security ≥ 1.4", |o| {
        open_at(o, 1.4)
    }),
    (
        "gate also opens where lexicon and ranker agree (0.2, 0.5)",
        |o| agree(o, 0.2, 0.5),
    ),
    (
        "gate also opens where lexicon and ranker agree (0.3, 0.7)",
        |o| agree(o, 0.3, 0.7),
    ),
    (
        "gate also opens where lexicon and ranker agree (0.1, 0.3)",
        |o| agree(o, 0.1, 0.3),
    ),
    ("two-sided gate: closes < 0.6, opens ≥ 1.4", |o| {
        two_sided(o, 0.6, 1.4)
    }),
    ("two-sided gate: closes < 0.7, opens ≥ 1.4", |o| {
        two_sided(o, 0.7, 1.4)
    }),
    ("two-sided gate: closes < 0.8, opens ≥ 1.4", |o| {
        two_sided(o, 0.8, 1.4)
    }),
    (
        "two-sided gate: closes < 0.6, opens ≥ 1.6 (the seventh pass)",
        |o| two_sided(o, 0.6, 1.6),
    ),
    ("two-sided gate: closes < 0.8, opens ≥ 1.6", |o| {
        two_sided(o, 0.8, 1.6)
    }),
    ("two-sided gate: closes < 0.6, never opens", |o| {
        two_sided(o, 0.6, f32::INFINITY)
    }),
    ("two-sided gate: closes < 0.5, opens ≥ 1.6", |o| {
        two_sided(o, 0.5, 1.6)
    }),
    ("two-sided gate: closes < 0.7, opens ≥ 1.6", |o| {
        two_sided(o, 0.7, 1.6)
    }),
    ("two-sided gate: closes < 0.6, opens ≥ 1.8", |o| {
        two_sided(o, 0.6, 1.8)
    }),
    ("two-sided gate: closes < 0.7, opens ≥ 1.8", |o| {
        two_sided(o, 0.7, 1.8)
    }),
    ("two-sided gate: closes < 0.8, opens ≥ 1.8", |o| {
        two_sided(o, 0.8, 1.8)
    }),
    ("cut-off: lexicon 2nd/3rd ≥ 0.5 × first", |o| {
        cut(o, 0.5, 0.0, 0.0)
    }),
    ("cut-off: ranker fills ≥ 0.5 × first fill", |o| {
        cut(o, 0.0, 0.0, 0.5)
    }),
    ("cut-off: ranker fills ≥ 0.7 × first fill", |o| {
        cut(o, 0.0, 0.0, 0.7)
    }),
    ("cut-off: ranker fills score ≥ 0.12", |o| {
        cut(o, 0.0, 0.12, 0.0)
    }),
    ("cut-off: ranker fills score ≥ 0.15", |o| {
        cut(o, 0.0, 0.15, 0.0)
    }),
    (
        "cut-off: lexicon ≥ 0.5 × first, fills ≥ 0.6 × first fill",
        |o| cut(o, 0.5, 0.0, 0.6),
    ),
    (
        "cut-off: at most one fill after a lexicon suggestion",
        one_fill,
    ),
    ("two-sided gate: closes < 0.6, opens ≥ 1.5", |o| {
        two_sided(o, 0.6, 1.5)
    }),
    ("two-sided gate: closes < 0.5, opens ≥ 1.5", |o| {
        two_sided(o, 0.5, 1.5)
    }),
    (
        "two-sided gate: closes < 0.6, opens ≥ 1.5; fills score ≥ 0.12 (as shipped)",
        |o| two_sided_fill(o, 0.6, 1.5, 0.24),
    ),
    (
        "two-sided gate: closes < 0.6, opens ≥ 1.4; fills score ≥ 0.12",
        |o| two_sided_fill(o, 0.6, 1.4, 0.24),
    ),
];

fn report(title: &str, obs: &[Obs]) {
    println!("\n| {title} | top 3 | precision | recall | [] given a suggestion |");
    println!("|---|---:|---:|---:|---:|");
    for (name, pick) in POLICIES {
        let mut s = Score::default();
        for o in obs {
            s.add(&o.expected, &pick(o));
        }
        println!("{}", s.line(name));
    }
    diagnose(obs);
}

/// The development estimate: 5-fold cross-validation over every spent set,
/// folds grouped by organisation (the gate-opener and the ranker trained
/// per fold; the lexicon is the built-in one, tuned on real, blind2 and
/// tune3, so the rows are optimistic there and fair on blind3 and tune4);
/// and the blind3 split (trained on real, blind2 and tune3, scored on
/// blind3, which the lexicon was never tuned on), which mimics a fresh set.
/// Precision here counts clause-* suggestions as wrong.
#[test]
#[ignore = "an experiment (about half a minute): docs/suggestions.md, \"Sixth pass\""]
fn fused_ranker_grouped_cv() {
    let sets = spent_sets();
    let obs = grouped_observations(&sets);
    report(
        &format!("5-fold by organisation, {} statements", obs.len()),
        &obs,
    );
    if std::env::var_os("STYRDOK_EVAL_VERBOSE").is_some() {
        // tune4 (a tuning set) only: its misses, to read for concepts.
        for o in obs
            .iter()
            .filter(|o| o.set == 4 && o.shipped.is_disjoint(&o.expected))
        {
            if o.expected.is_empty() && o.shipped.is_empty() {
                continue;
            }
            println!(
                "- tune4 miss: expected {:?} got {:?} (gate {}): {}",
                o.expected, o.shipped, o.passes, o.text
            );
        }
    }
    let unseen: Vec<Obs> = obs.into_iter().filter(|o| o.set >= 3).collect();
    report(
        "same folds, the sets the lexicon was never tuned on (blind3, tune4, blind4, blind4b, tune5, blind5 and blind6 when in)",
        &unseen,
    );
    let train: Vec<&LabelledStatement> = sets[..3].iter().flatten().collect();
    let test: Vec<(usize, &LabelledStatement)> = sets[3].iter().map(|s| (3, s)).collect();
    let split = observe(&train, &test);
    report("trained on real+blind2+tune3, scored on blind3", &split);
    // Learning curve on blind3: the shipped policy with the learned parts
    // trained on more and more of the other sets (tune4 without blind3's
    // organisations).
    println!(
        "\n| trained on | statements | blind3 top 3 | precision | recall | [] given a suggestion |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    let blind3_orgs: BTreeSet<&str> = sets[3].iter().map(|s| s.organisation.as_str()).collect();
    let tune4_other: Vec<&LabelledStatement> = sets[4]
        .iter()
        .filter(|s| !blind3_orgs.contains(s.organisation.as_str()))
        .collect();
    for (name, n) in [
        ("real", 1),
        ("real + blind2", 2),
        ("real + blind2 + tune3", 3),
        ("… + tune4 (other organisations)", 4),
    ] {
        let mut train: Vec<&LabelledStatement> = sets[..n.min(3)].iter().flatten().collect();
        if n == 4 {
            train.extend(tune4_other.iter().copied());
        }
        let mut sc = Score::default();
        for o in observe(&train, &test) {
            sc.add(&o.expected, &o.shipped);
        }
        println!("{}", sc.line(&format!("{name} | {}", train.len())));
    }
    // The ranker only adds where the lexicon named fewer than three.
    let hits = |p: Pick| {
        split
            .iter()
            .filter(|o| !p(o).is_disjoint(&o.expected))
            .count()
    };
    assert!(hits(POLICIES[2].1) >= hits(POLICIES[1].1));
}

/// The ranker's alternative: one logistic regression per control over the
/// same kind of n-grams (the library's [`Model`]), in the shipped fusion's
/// place on the blind3 split (trained on real, blind2 and tune3).
#[test]
#[ignore = "an experiment (a few minutes in a debug build): docs/suggestions.md, \"Sixth pass\""]
fn logistic_ranker_blind3_split() {
    let sets: Vec<Vec<LabelledStatement>> = SPENT.iter().map(|f| spent_set(f)).collect();
    let train: Vec<&LabelledStatement> = sets[..3].iter().flatten().collect();
    let test: Vec<(usize, &LabelledStatement)> = sets[3].iter().map(|s| (3, s)).collect();
    let obs = observe(&train, &test);
    let ex: Vec<(&str, &BTreeSet<String>)> = train
        .iter()
        .map(|s| (s.text.as_str(), &s.controls))
        .collect();
    let model = Model::train(&ex);
    for t in [0.05f32, 0.1, 0.2, 0.3] {
        let mut s = Score::default();
        for (o, (_, st)) in obs.iter().zip(&test) {
            let mut v: Vec<String> = if o.passes {
                top3(&o.lex).into_iter().collect()
            } else {
                Vec::new()
            };
            if o.passes && (!v.is_empty() || o.rank.security >= 0.7) {
                for (c, p) in model.predict(&st.text) {
                    if v.len() < TOP_K && p >= t && !v.contains(&c) {
                        v.push(c);
                    }
                }
            }
            s.add(&o.expected, &v.into_iter().collect());
        }
        println!("{}", s.line(&format!("logistic fill, p ≥ {t}")));
    }
}

/// The invented statement sets (seed, held-out, held-out 2, blind, the two
/// concept probes), Annex A labels only (statements labelled only with
/// clauses left out), as training statements of organisation `invented`.
fn invented() -> Vec<LabelledStatement> {
    let mut out = Vec::new();
    for f in [
        "seed-statements.csv",
        "heldout-statements.csv",
        "heldout2-statements.csv",
        "blind-statements.csv",
        "concept-probes.csv",
        "concept-probes2.csv",
    ] {
        let path = format!("{}/tests/data/{f}", env!("CARGO_MANIFEST_DIR"));
        let mut r = csv::Reader::from_path(path).unwrap();
        let h = r.headers().unwrap().clone();
        let col = |n: &str| h.iter().position(|x| x == n).unwrap();
        let (t, e) = (col("text"), col("expected"));
        for (i, row) in r.records().map(Result::unwrap).enumerate() {
            let all: Vec<&str> = row.get(e).unwrap().split_whitespace().collect();
            let controls: BTreeSet<String> = all
                .iter()
                .filter_map(|c| c.strip_prefix("iso27001:2022/"))
                .filter(|c| !c.starts_with("clause-"))
                .map(str::to_owned)
                .collect();
            if controls.is_empty() && !all.is_empty() {
                continue;
            }
            out.push(LabelledStatement {
                id: format!("{f}:{i}"),
                organisation: "invented".to_owned(),
                text: row.get(t).unwrap().to_owned(),
                controls,
                context: Default::default(),
            });
        }
    }
    out
}

/// Would the invented sets help as training statements? The blind3 split
/// with and without them.
#[test]
#[ignore = "an experiment (seconds): docs/suggestions.md, \"Sixth pass\""]
fn invented_statements_as_training() {
    let sets: Vec<Vec<LabelledStatement>> = SPENT.iter().map(|f| spent_set(f)).collect();
    let inv = invented();
    let test: Vec<(usize, &LabelledStatement)> = sets[3].iter().map(|s| (3, s)).collect();
    let blind3_orgs: BTreeSet<&str> = sets[3].iter().map(|s| s.organisation.as_str()).collect();
    for (name, with_tune4) in [
        ("real + blind2 + tune3", false),
        ("… + tune4 (other organisations)", true),
    ] {
        for extra in [false, true] {
            let mut train: Vec<&LabelledStatement> = sets[..3].iter().flatten().collect();
            if with_tune4 {
                train.extend(
                    sets[4]
                        .iter()
                        .filter(|s| !blind3_orgs.contains(s.organisation.as_str())),
                );
            }
            if extra {
                train.extend(inv.iter());
            }
            let mut sc = Score::default();
            for o in observe(&train, &test) {
                sc.add(&o.expected, &o.shipped);
            }
            println!(
                "{}",
                sc.line(&format!(
                    "{name}{} ({})",
                    if extra { " + invented" } else { "" },
                    train.len()
                ))
            );
        }
    }
}

/// The misses of the shipped policy, grouped by one expected control
/// (each missed statement counted under each of its controls) and by
/// cause, largest groups first.
fn misses_by_control(obs: &[Obs]) {
    let mut by: BTreeMap<String, (usize, usize, usize, usize)> = BTreeMap::new();
    for o in obs.iter().filter(|o| !o.expected.is_empty()) {
        let missed = o.shipped.is_disjoint(&o.expected);
        for c in &o.expected {
            let e = by.entry(c.clone()).or_default();
            e.0 += 1;
            if missed {
                if !o.passes {
                    e.1 += 1;
                } else if o.lex.len() >= TOP_K {
                    e.2 += 1;
                } else {
                    e.3 += 1;
                }
            }
        }
    }
    let mut rows: Vec<(String, (usize, usize, usize, usize))> = by.into_iter().collect();
    rows.sort_by(|a, b| {
        let m = |r: &(usize, usize, usize, usize)| r.1 + r.2 + r.3;
        m(&b.1).cmp(&m(&a.1)).then(a.0.cmp(&b.0))
    });
    println!(
        "\n| control | statements | missed: gate closed | lexicon's three wrong | fill wrong or empty |"
    );
    println!("|---|---:|---:|---:|---:|");
    for (c, (n, g, l, f)) in rows.iter().take(15) {
        println!("| {c} | {n} | {g} | {l} | {f} |");
    }
}

/// The document-grouped estimates: leave one set out (the learned parts
/// trained on every other spent set, the left-out set scored). blind4b
/// holds new documents of organisations mostly in other sets (as a fresh
/// set of known organisations' documents would); blind3 + tune4 are the
/// sets the lexicon was never tuned on.
#[test]
#[ignore = "an experiment (about half a minute): docs/suggestions.md, \"Seventh pass\""]
fn leave_one_set_out() {
    let sets: Vec<Vec<LabelledStatement>> = SPENT.iter().map(|f| spent_set(f)).collect();
    println!("in the training sets: {}", training_line());
    for (name, out) in left_out_rows() {
        let out = &out[..];
        let (trained, obs) = left_out(&sets, out);
        report(
            &format!("{name} left out (trained on the other {trained} statements)"),
            &obs,
        );
        misses_by_control(&obs);
        if std::env::var_os("STYRDOK_EVAL_VERBOSE").is_some() {
            for o in obs.iter().filter(|o| o.shipped.is_disjoint(&o.expected)) {
                if o.expected.is_empty() && o.shipped.is_empty() {
                    continue;
                }
                println!(
                    "- {name} miss: expected {:?} got {:?} (gate {}, lex {:?}): {}",
                    o.expected,
                    o.shipped,
                    o.passes,
                    top3(&o.lex),
                    o.text
                );
            }
        }
    }
}

/// The statements of [`SPENT`]'s sets `out` observed with the learned
/// parts trained on every other set the estimates train with
/// ([`trains_with`]), and how many statements that is.
fn left_out(sets: &[Vec<LabelledStatement>], out: &[usize]) -> (usize, Vec<Obs>) {
    let train: Vec<&LabelledStatement> = sets
        .iter()
        .enumerate()
        .filter(|(i, _)| !out.contains(i) && trains_with(*i))
        .flat_map(|(_, s)| s.iter())
        .collect();
    let test: Vec<(usize, &LabelledStatement)> = out
        .iter()
        .flat_map(|i| sets[*i].iter().map(move |s| (*i, s)))
        .collect();
    (train.len(), observe(&train, &test))
}

/// The misses pooled over every scored statement, grouped by one expected
/// control (each missed statement counted under each of its controls),
/// with how many organisations they come from, largest groups first; and
/// the `[]` statements given a suggestion, grouped by the first control
/// suggested. With `STYRDOK_EVAL_VERBOSE` every miss is listed under its
/// group, to be read for concepts (a group seen in one organisation only
/// is not a concept to write rows for).
fn pooled_misses(obs: &[Obs]) {
    type Group<'a> = BTreeMap<String, Vec<&'a Obs>>;
    let mut missed: Group = BTreeMap::new();
    let mut empty: Group = BTreeMap::new();
    for o in obs {
        if o.expected.is_empty() {
            if let Some((c, _)) = o.shipped_list.first() {
                empty.entry(c.clone()).or_default().push(o);
            }
        } else if o.shipped.is_disjoint(&o.expected) {
            for c in &o.expected {
                missed.entry(c.clone()).or_default().push(o);
            }
        }
    }
    for (title, groups) in [
        ("missed labelled statements, by expected control", missed),
        (
            "`[]` statements given a suggestion, by first suggestion",
            empty,
        ),
    ] {
        let mut rows: Vec<(String, Vec<&Obs>)> = groups.into_iter().collect();
        rows.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
        println!("\n| {title} | statements | organisations | gate closed |");
        println!("|---|---:|---:|---:|");
        for (c, os) in &rows {
            let orgs: BTreeSet<&str> = os.iter().map(|o| o.organisation.as_str()).collect();
            let closed = os.iter().filter(|o| !o.passes).count();
            println!("| {c} | {} | {} | {closed} |", os.len(), orgs.len());
        }
        if std::env::var_os("STYRDOK_EVAL_VERBOSE").is_some() {
            for (c, os) in rows.iter().filter(|(_, os)| os.len() >= 3) {
                for o in os {
                    println!(
                        "- [{c}] {} (set {}): expected {:?} got {:?} (gate {}, lex {:?}): {}",
                        o.organisation,
                        o.set,
                        o.expected,
                        o.shipped,
                        o.passes,
                        top3(&o.lex),
                        o.text
                    );
                }
            }
        }
    }
}

/// The gate's thresholds (closes below, opens at) the grid offers.
const GATE_GRID: [(f32, f32); 15] = [
    (0.5, 1.4),
    (0.5, 1.5),
    (0.5, 1.6),
    (0.6, 1.4),
    (0.6, 1.5),
    (0.6, 1.6),
    (0.6, 1.8),
    (0.6, f32::INFINITY),
    (0.7, 1.4),
    (0.7, 1.5),
    (0.7, 1.6),
    (0.7, 1.8),
    (0.8, 1.5),
    (0.8, 1.6),
    (0.8, 1.8),
];

/// The grid's pair with the most top-3 hits less `[]` statements given a
/// suggestion on `obs` (ties: the shipped pair's neighbourhood first, by
/// grid order), and its score.
fn choose_gate(obs: &[&Obs]) -> ((f32, f32), i64) {
    let value = |(close, open): (f32, f32)| {
        let mut s = Score::default();
        for o in obs {
            s.add(&o.expected, &two_sided_fill(o, close, open, 0.24));
        }
        s.hit as i64 - s.empty_suggested as i64
    };
    let mut best = ((0.6, 1.5), value((0.6, 1.5)));
    for pair in GATE_GRID {
        let v = value(pair);
        if v > best.1 {
            best = (pair, v);
        }
    }
    best
}

/// Tenth pass: should blind5 and blind6 join the training sets, with the
/// gate's thresholds re-chosen on training data with them in? The
/// grouped 5-fold cross-validation over every set the estimates train
/// with (blind5 and blind6 as `STYRDOK_CV_BLIND5` / `STYRDOK_CV_BLIND6`
/// say) is run once; for each left-out set the gate's pair is chosen on
/// the folds' statements of the *other* sets ([`choose_gate`]: most hits
/// less `[]` suggestions) and applied to the left-out set scored by
/// learned parts trained on the other sets. The pooled misses of the
/// folds are printed too ([`pooled_misses`]).
#[test]
#[ignore = "an experiment (some minutes in a debug build): docs/suggestions.md, \"Tenth pass\""]
fn gate_rechosen_on_training_folds() {
    let sets = spent_sets();
    println!(
        "in the training sets: {} ({} statements)",
        training_line(),
        sets.iter().map(Vec::len).sum::<usize>()
    );
    let cv = grouped_observations(&sets);
    let mut s = Score::default();
    for o in &cv {
        s.add(&o.expected, &o.shipped);
    }
    println!("{}", s.line("5-fold by organisation, shipped"));
    pooled_misses(&cv);
    let every: Vec<Vec<LabelledStatement>> = SPENT.iter().map(|f| spent_set(f)).collect();
    println!("\n| left out | chosen on the others' folds | shipped (0.6, 1.5) | re-chosen |");
    println!("|---|---|---:|---:|");
    for (name, out) in left_out_rows() {
        let out = &out[..];
        let others: Vec<&Obs> = cv.iter().filter(|o| !out.contains(&o.set)).collect();
        let ((close, open), v) = choose_gate(&others);
        let train: Vec<&LabelledStatement> = sets
            .iter()
            .enumerate()
            .filter(|(i, _)| !out.contains(i))
            .flat_map(|(_, s)| s.iter())
            .collect();
        let test: Vec<(usize, &LabelledStatement)> = out
            .iter()
            .flat_map(|i| every[*i].iter().map(move |s| (*i, s)))
            .collect();
        let obs = observe(&train, &test);
        let (mut shipped, mut chosen) = (Score::default(), Score::default());
        for o in &obs {
            shipped.add(&o.expected, &o.shipped);
            chosen.add(&o.expected, &two_sided_fill(o, close, open, 0.24));
        }
        let brief = |s: &Score| {
            format!(
                "{}/{} top 3, precision {}/{}, `[]` {}/{}",
                s.hit, s.labelled, s.tp, s.predicted, s.empty_suggested, s.empty
            )
        };
        println!(
            "| {name} (trained on {}) | < {close}, ≥ {open} (hits − `[]` {v}) | {} | {} |",
            train.len(),
            brief(&shipped),
            brief(&chosen)
        );
        for (policy, pick) in PRECISION {
            let mut s = Score::default();
            for o in &obs {
                s.add(&o.expected, &pick(o));
            }
            println!("|   {name}: {policy} | | {} | |", brief(&s));
        }
    }
}

/// The shipped top 3 keeping a suggestion after the first only where its
/// score is at least `ratio` × the first's (a relative cut-off from the
/// first suggestion, lexicon and ranker alike).
fn relative_to_first(o: &Obs, ratio: f64) -> BTreeSet<String> {
    let first = o.shipped_list.first().map_or(0.0, |(_, s)| *s);
    o.shipped_list
        .iter()
        .enumerate()
        .filter(|(i, (_, s))| *i == 0 || *s >= ratio * first)
        .map(|(_, (c, _))| c.clone())
        .collect()
}

/// The shipped top 3 where the learned parts are confident (gate-opener's
/// probability plus the neighbours' security share ≥ `sure`); elsewhere
/// only its first `keep` suggestions.
fn fewer_when_unsure(o: &Obs, sure: f32, keep: usize) -> BTreeSet<String> {
    if o.p_gate + o.rank.security >= sure {
        return o.shipped.clone();
    }
    o.shipped_list
        .iter()
        .take(keep)
        .map(|(c, _)| c.clone())
        .collect()
}

/// Precision policies over the shipped suggester's top 3 (tenth pass).
const PRECISION: [(&str, Pick); 8] = [
    ("shipped", |o| o.shipped.clone()),
    ("relative to the first ≥ 0.3", |o| {
        relative_to_first(o, 0.3)
    }),
    ("relative to the first ≥ 0.5", |o| {
        relative_to_first(o, 0.5)
    }),
    ("unsure (p + security < 1.0): first only", |o| {
        fewer_when_unsure(o, 1.0, 1)
    }),
    ("unsure (p + security < 1.2): first two", |o| {
        fewer_when_unsure(o, 1.2, 2)
    }),
    ("unsure (p + security < 1.0): nothing", |o| {
        fewer_when_unsure(o, 1.0, 0)
    }),
    ("unsure (p + security < 0.8): nothing", |o| {
        fewer_when_unsure(o, 0.8, 0)
    }),
    ("ranker fills score ≥ 0.15", |o| cut(o, 0.0, 0.15, 0.0)),
];

// ---------------------------------------------------------------------------
// Twelfth pass: a statement's context (its section heading and its
// document's title) as weak evidence.

/// The top 3 as the suggester picks it with the context counted under
/// `w` ([`Suggester::suggest_in`]'s steps on the fold's learned parts):
/// the gate with the context's shift, the lexicon with the context's
/// controls added, then the ranker's fills. With [`NO_CONTEXT`] it is the
/// shipped top 3 (checked in [`context_estimates`]).
fn in_context(o: &Obs, w: &ContextWeights) -> BTreeSet<String> {
    if !o.has_cue && !o.no_cue {
        return BTreeSet::new();
    }
    let shift = o.context.gate_shift(w);
    if !learned_gate_passes_in(o.has_cue, o.p_gate, &o.rank, shift) {
        return BTreeSet::new();
    }
    let mut list = o.lex.clone();
    o.context.add_to(w, &mut list);
    let mut v: Vec<String> = list
        .iter()
        .take(TOP_K)
        .map(|s| s.control.control().to_owned())
        .collect();
    let own = !v.is_empty();
    fill_ids_from_ranking(o, own, &mut v);
    v.into_iter().collect()
}

/// The ranker's fills after the lexicon's own list `v`, replayed on the
/// observation's control ids as the library's `fill_from_ranker` makes them
/// on suggestions: up to [`RANKER_FILLS_TO`] controls whose share reaches
/// [`RANKER_MIN_SHARE`], when the lexicon named something (`own`) or the
/// ranker alone is sure enough of security content.
fn fill_ids_from_ranking(o: &Obs, own: bool, v: &mut Vec<String>) {
    if v.len() < RANKER_FILLS_TO
        && (own
            || (o.rank.security >= RANKER_SILENT_SECURITY
                && o.rank.nearest >= RANKER_MIN_SIMILARITY))
    {
        for (c, share) in &o.rank.controls {
            if v.len() >= RANKER_FILLS_TO || *share < RANKER_MIN_SHARE {
                break;
            }
            if !v.contains(c) {
                v.push(c.clone());
            }
        }
    }
}

/// The weights tried: each part's weight, context-only suggestions or
/// not, and the gate's shifts.
fn context_grid() -> Vec<ContextWeights> {
    let mut out = Vec::new();
    for section in [0.0, 0.25, 0.5, 0.75, 1.0] {
        for document_title in [0.0, 0.25, 0.5] {
            for context_only in [false, true] {
                for security_context in [0.0, 0.1, 0.2, 0.4] {
                    for other_context in [0.0, 0.1, 0.2, 0.4] {
                        out.push(ContextWeights {
                            section,
                            document_title,
                            context_only,
                            security_context,
                            other_context,
                        });
                    }
                }
            }
        }
    }
    out
}

/// One row of `context_estimates`' grid table: the weights, then left-out
/// hits and `[]` suggestions, then the folds' hits and `[]` suggestions.
fn print_grid_row(r: &(i64, usize, usize, usize, usize, ContextWeights)) {
    println!(
        "| {} | {} | {} | {} | {} |",
        weights_name(&r.5),
        r.1,
        r.2,
        r.3,
        r.4
    );
}

fn weights_name(w: &ContextWeights) -> String {
    format!(
        "section {}, title {}, context-only {}, gate +{} / −{}",
        w.section, w.document_title, w.context_only, w.security_context, w.other_context
    )
}

/// The development estimates: organisation-grouped 5-fold
/// cross-validation over every spent set first, then leave one set out
/// for each of the last spent set back to blind5 ([`blind_rows`]), tune5
/// and blind4b
/// (the learned parts trained on the other sets, as [`leave_one_set_out`]).
fn estimate_sets(every: &[Vec<LabelledStatement>]) -> Vec<(String, Vec<Obs>)> {
    let mut estimates: Vec<(String, Vec<Obs>)> = Vec::new();
    let cv = grouped_observations(every);
    estimates.push((
        format!(
            "5-fold by organisation, all {} spent sets ({})",
            SPENT.len(),
            cv.len()
        ),
        cv,
    ));
    let rows = blind_rows()
        .into_iter()
        .rev()
        .chain([("tune5", vec![7]), ("blind4b", vec![6])]);
    for (name, out) in rows {
        let (trained, obs) = left_out(every, &out);
        estimates.push((format!("{name} left out (trained on {trained})"), obs));
    }
    estimates
}

/// The estimates with and without the context: organisation-grouped
/// 5-fold cross-validation over every spent set, and leave one set out
/// for each of the last spent set back to blind5, tune5 and blind4b
/// ([`estimate_sets`]; the learned parts
/// trained on the other sets, as [`leave_one_set_out`]). Prints, for each
/// estimate, the shipped top 3 (the check that [`in_context`] with
/// [`NO_CONTEXT`] is the shipped pick), no context, the built-in
/// [`CONTEXT_WEIGHTS`], and the grid's best choices by the left-out
/// estimates' hits with no more `[]` suggestions.
#[test]
#[ignore = "an experiment (some minutes in a debug build): docs/suggestions.md, \"Twelfth pass\""]
fn context_estimates() {
    let every: Vec<Vec<LabelledStatement>> = SPENT.iter().map(|f| spent_set(f)).collect();
    let known = |sets: &[Vec<LabelledStatement>]| {
        let all = sets.iter().flatten().count();
        let section = sets
            .iter()
            .flatten()
            .filter(|s| s.context.section.is_some())
            .count();
        let title = sets
            .iter()
            .flatten()
            .filter(|s| s.context.document_title.is_some())
            .count();
        println!(
            "statements {all}: with a section heading {section}, with a document title {title}"
        );
    };
    known(&every);
    let estimates = estimate_sets(&every);
    let score = |obs: &[Obs], pick: &dyn Fn(&Obs) -> BTreeSet<String>| {
        let mut s = Score::default();
        for o in obs {
            s.add(&o.expected, &pick(o));
        }
        s
    };
    println!("\n| estimate | top 3 | precision | recall | [] given a suggestion |");
    println!("|---|---:|---:|---:|---:|");
    for (name, obs) in &estimates {
        let shipped = score(obs, &|o| o.shipped.clone());
        let none = score(obs, &|o| in_context(o, &NO_CONTEXT));
        if (
            shipped.hit,
            shipped.tp,
            shipped.predicted,
            shipped.empty_suggested,
        ) != (none.hit, none.tp, none.predicted, none.empty_suggested)
        {
            println!("{}", shipped.line(&format!("{name}, shipped (differs!)")));
        }
        println!("{}", none.line(&format!("{name}, without context")));
        let with = score(obs, &|o| in_context(o, &CONTEXT_WEIGHTS));
        println!("{}", with.line(&format!("{name}, with context (built in)")));
    }
    // The grid: hits and `[]` suggestions summed over the left-out
    // estimates (every estimate after the first), and the folds'.
    let mut rows: Vec<(i64, usize, usize, usize, usize, ContextWeights)> = context_grid()
        .into_iter()
        .map(|w| {
            let (mut hit, mut empty) = (0, 0);
            for (_, obs) in estimates.iter().skip(1) {
                let s = score(obs, &|o| in_context(o, &w));
                hit += s.hit;
                empty += s.empty_suggested;
            }
            let cv = score(&estimates[0].1, &|o| in_context(o, &w));
            (
                hit as i64 - empty as i64,
                hit,
                empty,
                cv.hit,
                cv.empty_suggested,
                w,
            )
        })
        .collect();
    let base = rows
        .iter()
        .find(|r| r.5 == NO_CONTEXT)
        .map(|r| (r.1, r.2, r.3, r.4))
        .unwrap();
    println!(
        "\nno context: left-out hits {} with `[]` {}; folds {} with `[]` {}",
        base.0, base.1, base.2, base.3
    );
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)).then(b.3.cmp(&a.3)));
    println!("\n| weights | left-out hits | left-out `[]` | folds' hits | folds' `[]` |");
    println!("|---|---:|---:|---:|---:|");
    for r in rows.iter().filter(|r| r.2 <= base.1).take(25) {
        print_grid_row(r);
    }
    println!("\none part at a time:");
    for r in rows.iter().filter(|r| {
        let w = &r.5;
        let parts = [
            w.section > 0.0,
            w.document_title > 0.0,
            w.security_context > 0.0 || w.other_context > 0.0,
        ];
        parts.iter().filter(|p| **p).count() == 1
    }) {
        print_grid_row(r);
    }
    for (name, obs) in &estimates {
        for w in rows.iter().filter(|r| r.2 <= base.1).take(3).map(|r| r.5) {
            let s = score(obs, &|o| in_context(o, &w));
            println!("{}", s.line(&format!("{name}, {}", weights_name(&w))));
        }
    }
}

// ---------------------------------------------------------------------------
// Sixteenth pass: labelled statements that get no suggestion at all, and
// a fallback where the gate passes but the lexicon (and the heading) name
// nothing.

/// A policy for a statement the gate passes (in context) whose lexicon
/// and heading name nothing: the learned ranker's controls are suggested
/// where its neighbours' security share reaches `security` (or the
/// gate-opener's probability plus that share reaches `sum`) and the
/// nearest labelled statement `similarity`; up to `take` controls of
/// score at least `share`, and only where the first leads the second by
/// `margin`. With `title` the document title's controls come last.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Fallback {
    security: f32,
    sum: f32,
    similarity: f32,
    share: f32,
    take: usize,
    margin: f32,
    title: bool,
}

/// The shipped policy (the ranker fills for a silent lexicon only where
/// [`RANKER_SILENT_SECURITY`] and [`RANKER_MIN_SIMILARITY`] are reached).
const SHIPPED_FALLBACK: Fallback = Fallback {
    security: RANKER_SILENT_SECURITY,
    sum: f32::INFINITY,
    similarity: RANKER_MIN_SIMILARITY,
    share: RANKER_MIN_SHARE,
    take: RANKER_FILLS_TO,
    margin: 0.0,
    title: false,
};

/// Whether the gate passes `o` in context under `w`, and the lexicon's
/// and heading's top 3 (before the ranker's fills).
fn own_in_context(o: &Obs, w: &ContextWeights) -> Option<Vec<String>> {
    own_in_context_all(o, w).map(|mut list| {
        list.truncate(TOP_K);
        list
    })
}

/// What [`with_fallback`] needs of one statement, computed once: whether
/// the gate passes it in context and its own top 3 ([`own_in_context`]),
/// and the document title's first control.
struct Own {
    list: Option<Vec<String>>,
    title: Option<String>,
}

fn own(o: &Obs, w: &ContextWeights) -> Own {
    let title = ContextWeights {
        section: 0.0,
        document_title: 1.0,
        context_only: true,
        ..*w
    };
    let mut list = Vec::new();
    o.context.add_to(&title, &mut list);
    Own {
        list: own_in_context(o, w),
        title: list.first().map(|s| s.control.control().to_owned()),
    }
}

/// [`in_context`] with `f` deciding for a statement whose own list is
/// empty (the usual fills elsewhere).
fn with_fallback(o: &Obs, own: &Own, f: &Fallback) -> BTreeSet<String> {
    let Some(mut v) = own.list.clone() else {
        return BTreeSet::new();
    };
    if !v.is_empty() {
        for (c, share) in &o.rank.controls {
            if v.len() >= RANKER_FILLS_TO || *share < RANKER_MIN_SHARE {
                break;
            }
            if !v.contains(c) {
                v.push(c.clone());
            }
        }
        return v.into_iter().collect();
    }
    let secure = o.rank.security >= f.security || o.p_gate + o.rank.security >= f.sum;
    if secure && o.rank.nearest >= f.similarity {
        let first = o.rank.controls.first().map_or(0.0, |(_, s)| *s);
        let second = o.rank.controls.get(1).map_or(0.0, |(_, s)| *s);
        if first - second >= f.margin {
            for (c, share) in o.rank.controls.iter().take(f.take) {
                if *share < f.share {
                    break;
                }
                v.push(c.clone());
            }
        }
    }
    if v.is_empty() && f.title {
        v.extend(own.title.clone());
    }
    v.into_iter().collect()
}

/// One row of the fallback grid: left-out hits and `[]` suggestions,
/// the folds' hits and `[]` suggestions, each left-out row's (hits, `[]`),
/// and the policy.
type FallbackRow = (usize, usize, usize, usize, Vec<(usize, usize)>, Fallback);

/// The fallback policies tried.
fn fallback_grid() -> Vec<Fallback> {
    let mut out = vec![SHIPPED_FALLBACK];
    for security in [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, f32::INFINITY] {
        for sum in [1.2, 1.4, 1.6, f32::INFINITY] {
            for similarity in [0.1, 0.15, 0.2, 0.3] {
                for share in [0.15, 0.24, 0.35, 0.5] {
                    for take in [1, 3] {
                        for margin in [0.0, 0.1, 0.2] {
                            for title in [false, true] {
                                out.push(Fallback {
                                    security,
                                    sum,
                                    similarity,
                                    share,
                                    take,
                                    margin,
                                    title,
                                });
                            }
                        }
                    }
                }
            }
        }
    }
    out
}

/// Sixteenth pass: the labelled statements that get no suggestion at all
/// (in context, as built in), counted per estimate as gate closed or gate
/// passed with nothing named, per expected control and per organisation
/// (pooled over the folds); what the ranker's first controls would give
/// the silent ones; and a grid of fallback policies ([`Fallback`]) scored
/// by the left-out estimates' summed hits and `[]` suggestions (and the
/// folds'). With `STYRDOK_EVAL_VERBOSE` the silent labelled statements of
/// the folds are listed.
#[test]
#[ignore = "an experiment (some minutes in a debug build): docs/suggestions.md, \"Sixteenth pass\""]
fn silent_fallback_estimates() {
    let every: Vec<Vec<LabelledStatement>> = SPENT.iter().map(|f| spent_set(f)).collect();
    let estimates = estimate_sets(&every);
    let w = CONTEXT_WEIGHTS;
    println!(
        "\n| estimate | labelled | no suggestion | of which gate closed | gate passed, nothing named | ranker's 1st right | any of its top 3 right | `[]` passed, nothing named |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|---:|");
    for (name, obs) in &estimates {
        let labelled: Vec<&Obs> = obs.iter().filter(|o| !o.expected.is_empty()).collect();
        let none: Vec<&&Obs> = labelled
            .iter()
            .filter(|o| in_context(o, &w).is_empty())
            .collect();
        let closed = none
            .iter()
            .filter(|o| own_in_context(o, &w).is_none())
            .count();
        let silent: Vec<&&&Obs> = none
            .iter()
            .filter(|o| own_in_context(o, &w).is_some())
            .collect();
        let first = silent
            .iter()
            .filter(|o| {
                o.rank
                    .controls
                    .first()
                    .is_some_and(|(c, _)| o.expected.contains(c))
            })
            .count();
        let any = silent
            .iter()
            .filter(|o| {
                o.rank
                    .controls
                    .iter()
                    .take(TOP_K)
                    .any(|(c, _)| o.expected.contains(c))
            })
            .count();
        let empty_silent = obs
            .iter()
            .filter(|o| o.expected.is_empty())
            .filter(|o| own_in_context(o, &w).is_some_and(|v| v.is_empty()))
            .count();
        println!(
            "| {name} | {} | {} | {closed} | {} | {first} | {any} | {empty_silent} |",
            labelled.len(),
            none.len(),
            silent.len()
        );
    }
    // Pooled over the folds: per expected control and per organisation.
    let folds_obs = &estimates[0].1;
    let none: Vec<&Obs> = folds_obs
        .iter()
        .filter(|o| !o.expected.is_empty() && in_context(o, &w).is_empty())
        .collect();
    let mut by_control: BTreeMap<String, (usize, usize, BTreeSet<&str>)> = BTreeMap::new();
    let mut by_org: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for o in &none {
        let closed = own_in_context(o, &w).is_none();
        for c in &o.expected {
            let e = by_control.entry(c.clone()).or_default();
            e.0 += 1;
            e.1 += usize::from(closed);
            e.2.insert(o.organisation.as_str());
        }
        let e = by_org.entry(o.organisation.as_str()).or_default();
        e.0 += 1;
        e.1 += usize::from(closed);
    }
    let mut rows: Vec<_> = by_control.into_iter().collect();
    rows.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(&b.0)));
    println!("\n| control (folds, no suggestion) | statements | gate closed | organisations |");
    println!("|---|---:|---:|---:|");
    for (c, (n, closed, orgs)) in rows.iter().take(20) {
        println!("| {c} | {n} | {closed} | {} |", orgs.len());
    }
    let mut orgs: Vec<_> = by_org.into_iter().collect();
    orgs.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.0.cmp(b.0)));
    println!("\n| organisation (folds, no suggestion) | statements | gate closed |");
    println!("|---|---:|---:|");
    for (org, (n, closed)) in orgs.iter().take(25) {
        println!("| {org} | {n} | {closed} |");
    }
    if std::env::var_os("STYRDOK_EVAL_VERBOSE").is_some() {
        for o in &none {
            let gate = if own_in_context(o, &w).is_none() {
                "closed"
            } else {
                "silent"
            };
            let top: Vec<String> = o
                .rank
                .controls
                .iter()
                .take(3)
                .map(|(c, s)| format!("{c} {s:.2}"))
                .collect();
            println!(
                "- {} (set {}) [{gate}] expected {:?}; p {:.2} sec {:.2} near {:.2} ranker {:?}: {}",
                o.organisation,
                o.set,
                o.expected,
                o.p_gate,
                o.rank.security,
                o.rank.nearest,
                top,
                o.text
            );
        }
    }
    if std::env::var_os("STYRDOK_EVAL_VERBOSE").is_some() {
        for o in folds_obs {
            let got = in_context(o, &w);
            if !got.is_empty() && got.is_disjoint(&o.expected) {
                println!(
                    "- wrong: {} (set {}) expected {:?} got {:?}: {}",
                    o.organisation, o.set, o.expected, got, o.text
                );
            }
        }
    }
    // The grid.
    let owns: Vec<Vec<Own>> = estimates
        .iter()
        .map(|(_, obs)| obs.iter().map(|o| own(o, &w)).collect())
        .collect();
    let score = |i: usize, f: &Fallback| {
        let mut s = Score::default();
        for (o, own) in estimates[i].1.iter().zip(&owns[i]) {
            s.add(&o.expected, &with_fallback(o, own, f));
        }
        s
    };
    for (i, (name, obs)) in estimates.iter().enumerate() {
        let a = score(i, &SHIPPED_FALLBACK);
        let mut b = Score::default();
        for o in obs {
            b.add(&o.expected, &in_context(o, &w));
        }
        assert_eq!(
            (a.hit, a.tp, a.predicted, a.empty_suggested),
            (b.hit, b.tp, b.predicted, b.empty_suggested),
            "{name}: the shipped fallback must be the built-in pick"
        );
    }
    let mut rows: Vec<FallbackRow> = fallback_grid()
        .into_iter()
        .map(|f| {
            let per: Vec<(usize, usize)> = (1..estimates.len())
                .map(|i| {
                    let s = score(i, &f);
                    (s.hit, s.empty_suggested)
                })
                .collect();
            let cv = score(0, &f);
            (
                per.iter().map(|p| p.0).sum(),
                per.iter().map(|p| p.1).sum(),
                cv.hit,
                cv.empty_suggested,
                per,
                f,
            )
        })
        .collect();
    let base = rows[0].clone();
    println!(
        "\nshipped: left-out hits {} `[]` {}; folds {} `[]` {}; per row {:?}",
        base.0, base.1, base.2, base.3, base.4
    );
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(b.2.cmp(&a.2)));
    println!(
        "\n| fallback | left-out hits | left-out `[]` | folds' hits | folds' `[]` | per row (hits/`[]`) | no row loses |"
    );
    println!("|---|---:|---:|---:|---:|---|---|");
    let no_row_loses = |per: &[(usize, usize)]| per.iter().zip(&base.4).all(|(p, b)| p.0 >= b.0);
    for r in rows.iter().filter(|r| r.1 <= base.1 + 2).take(30) {
        println!(
            "| {:?} | {} | {} | {} | {} | {:?} | {} |",
            r.5,
            r.0,
            r.1,
            r.2,
            r.3,
            r.4,
            no_row_loses(&r.4)
        );
    }
    println!("\nmost hits whatever the `[]` cost:");
    for r in rows.iter().take(10) {
        println!(
            "| {:?} | {} | {} | {} | {} | {:?} |",
            r.5, r.0, r.1, r.2, r.3, r.4
        );
    }
}

/// [`in_context`] with the clause suggestions (`clause-*`, ISO/IEC 27001's
/// management-system clauses, which no labelled statement of the spent
/// sets carries) moved after the Annex A controls: the ranker's fills up
/// to three Annex A controls (as for any statement the lexicon names
/// something for, clauses included), then the clauses (sixteenth pass;
/// measured, not adopted).
fn clauses_last(o: &Obs, w: &ContextWeights) -> BTreeSet<String> {
    let Some(list) = own_in_context_all(o, w) else {
        return BTreeSet::new();
    };
    let own = !list.is_empty();
    let (mut v, clauses): (Vec<String>, Vec<String>) =
        list.into_iter().partition(|c| !c.starts_with("clause-"));
    v.truncate(TOP_K);
    fill_ids_from_ranking(o, own, &mut v);
    v.extend(clauses);
    v.into_iter().take(TOP_K).collect()
}

/// [`own_in_context`] with every control of the list, not only the top 3.
fn own_in_context_all(o: &Obs, w: &ContextWeights) -> Option<Vec<String>> {
    if !o.has_cue && !o.no_cue {
        return None;
    }
    let shift = o.context.gate_shift(w);
    if !learned_gate_passes_in(o.has_cue, o.p_gate, &o.rank, shift) {
        return None;
    }
    let mut list = o.lex.clone();
    o.context.add_to(w, &mut list);
    Some(
        list.iter()
            .map(|s| s.control.control().to_owned())
            .collect(),
    )
}

/// Sixteenth pass: would the clause suggestions (clause 9.1 on
/// governance sentences above all) do better after the Annex A controls?
/// Each estimate as built in ([`in_context`]), then with
/// [`clauses_last`].
#[test]
#[ignore = "an experiment (some minutes in a debug build): docs/suggestions.md, \"Sixteenth pass\""]
fn clause_slots_estimates() {
    let every: Vec<Vec<LabelledStatement>> = SPENT.iter().map(|f| spent_set(f)).collect();
    let estimates = estimate_sets(&every);
    let w = CONTEXT_WEIGHTS;
    println!("\n| estimate | top 3 | precision | recall | [] given a suggestion |");
    println!("|---|---:|---:|---:|---:|");
    for (name, obs) in &estimates {
        for (policy, pick) in [
            (
                "built in (clauses in place)",
                in_context as fn(&Obs, &ContextWeights) -> BTreeSet<String>,
            ),
            ("clauses after Annex A", clauses_last),
        ] {
            let mut s = Score::default();
            for o in obs {
                s.add(&o.expected, &pick(o, &w));
            }
            println!("{}", s.line(&format!("{name}, {policy}")));
        }
    }
}
