//! Statements on the real corpus (`tests/corpus/real/`): the truth's
//! normative sentences found, what is extracted that is one, and the
//! modality of those found — per part, never pooled, against floors a
//! little under the current figures (`docs/import.md`, "Statements").
//!
//! `cargo test -p styrdok-import --test it statements_real -- --nocapture --test-threads 1`
//! prints the figures, and every miss and every extra of both parts (the
//! formerly blind part is tuned on since 2026-12-01).

use serde_json::Value;
use styrdok_import::import_file;

use std::path::Path;

use crate::real_corpus::{
    Statements, corpus, dir, is_blind, score_statements, truth, truth_in, tune3_dir,
};
use crate::score::norm;

/// One blind set's statement test: its figures held to floors (found,
/// precise, modality right), its misses and extras printed.
macro_rules! blind_statements {
    ($(#[$doc:meta])* $test:ident($set:literal, $floors:expr);) => {
        $(#[$doc])*
        #[test]
        fn $test() {
            check($set, &run_in(&corpus($set), |_| true, true), $floors);
        }
    };
}

/// Scores one part; prints misses and extras when `show`.
fn run(blind: bool, show: bool) -> Statements {
    run_in(&dir(), |name| is_blind(name) == blind, show)
}

/// Scores the documents of `dir` that `keep` accepts; prints misses and
/// extras when `show`.
fn run_in(dir: &Path, keep: impl Fn(&str) -> bool, show: bool) -> Statements {
    let mut s = Statements::default();
    for (name, t) in truth_in(dir) {
        if !keep(&name) || t.get("statements").is_none() {
            continue;
        }
        let draft = import_file(&dir.join(format!("{name}.txt"))).unwrap();
        let d = serde_json::to_value(&draft).unwrap();
        score_statements(&d, &t, &mut s);
        if show {
            show_differences(&name, &d, &t);
        }
    }
    s
}

fn texts(v: &Value) -> Vec<(String, Value)> {
    v["statements"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|s| {
            (
                norm(s["text"].as_str().unwrap_or("")),
                s["modality"].clone(),
            )
        })
        .collect()
}

fn show_differences(name: &str, d: &Value, t: &Value) {
    let got = texts(d);
    let want = texts(t);
    for (w, m) in &want {
        match got.iter().find(|(g, _)| g == w) {
            None => println!("{name} MISSED {m}: {w}"),
            Some((_, gm)) if gm != m => println!("{name} MODALITY {gm} (truth {m}): {w}"),
            _ => {}
        }
    }
    for (g, m) in &got {
        if !want.iter().any(|(w, _)| w == g) {
            println!("{name} EXTRA {m}: {g}");
        }
    }
    for key in ["scope", "requires", "cited"] {
        for x in d[key].as_array().into_iter().flatten() {
            println!("{name} {key}: {x}");
        }
    }
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 { 0.0 } else { n as f64 / d as f64 }
}

fn check(label: &str, s: &Statements, floors: [f64; 3]) {
    let found = pct(s.found, s.truth);
    let precise = pct(s.found, s.extracted);
    let modality = pct(s.modality_right, s.found);
    println!(
        "{label}: found {}/{} ({:.1} %), extracted that are truth sentences {}/{} ({:.1} %), modality right {}/{} ({:.1} %)",
        s.found,
        s.truth,
        100.0 * found,
        s.found,
        s.extracted,
        100.0 * precise,
        s.modality_right,
        s.found,
        100.0 * modality
    );
    assert!(s.field_present, "{label}: no statements field");
    assert!(found >= floors[0], "{label}: found {found:.3}");
    assert!(precise >= floors[1], "{label}: precision {precise:.3}");
    assert!(modality >= floors[2], "{label}: modality {modality:.3}");
}

#[test]
fn statements_real_tuned() {
    // Current (stmts12b, unchanged by stmts12c): 102/119 found, 102/125
    // extracted are truth sentences, 102/102 modality right
    // (docs/import.md, "Statements"; 97/119, 97/123 before). we50 (stop 50)
    // reads `Vi <verb> …` commitments: 29 more truth sentences found over
    // the corpus, two more extracted here that this truth does not hold
    // (Arvika's and Orust's `Vi förvaltar …`, `Vi kommunicerar …`):
    // 103/128, so the precision floor is 0.80. read52 reads "Det är
    // viktigt att …" whoever the clause names: Arvika's "Det är viktigt att
    // både anställda … har förtroende …", which this truth does not hold
    // (21 of the 28 sentences so opened in the corpus are truth
    // statements): 103/129, so 0.79.
    check("Tuned part", &run(false, true), [0.85, 0.79, 0.97]);
}

/// The documents whose number is divisible by 3: blind until 2026-12-01
/// (first run c1207ff: 38/63 found, 38/53 extracted are truth sentences,
/// 38/38 modality right; 40/63, 40/55 at f73d7e3), tuned on since (import12:
/// 45/63, 45/55, 45/45; stmts12b: 55/63, 55/68, 55/55; stmts12c: 56/63,
/// 56/69, 56/56), so its misses are printed like the tuned part's.
#[test]
fn statements_real_formerly_blind() {
    check("Formerly blind part", &run(true, true), [0.88, 0.81, 0.97]);
}

blind_statements! {
    /// The second blind set, spent since its one blind run and tuned on
    /// (stmts12b): its misses and extras are printed like the real corpus's
    /// (stmts12b 100/118 found, 100/118 precise, 100/100 modality; stmts12c
    /// 103/118, 103/120, 103/103; stmts12d 104/118, 104/120, 104/104; stmts12f
    /// 105/118, 105/120, 105/105; unchanged by stmts12g; floors just under).
    statements_blind2("blind2", [0.88, 0.87, 0.97]);
}

/// The third tuning set: its first run (before stmts12b's rules, main
/// 3fc885e) found 104/215 (`tests/corpus/tune3/FIRST_RUN.md`); it is tuned
/// on since, so its misses and extras are printed. The floor sits just
/// under the tuned figure (stmts12b: 146/215 found, 146/212 precise,
/// 144/146 modality; stmts12c: 162/215, 162/220, 160/162; stmts12d:
/// 164/215, 164/218, 162/164; then 168/215, 168/218, 166/168; stmts12e
/// 168/215, 168/217, 166/168; stmts12f 168/215, 168/215, 166/168; fix12i
/// 169/215, 169/216, 167/169; stmts12g 171/215, 171/218, 169/171).
#[test]
fn statements_tune3() {
    check(
        "tune3",
        &run_in(&tune3_dir(), |_| true, true),
        // TUNED (stmts12h): 172/215, 172/219, 170/172. TUNED (fix12zd,
        // `kan få`): 173/215, 173/219, 171/173.
        [0.80, 0.78, 0.97],
    );
}

blind_statements! {
    /// The third blind set, spent since the lead's one run (70/142 found,
    /// 70/111 extracted are truth sentences, 69/70 modality right) and tuned on
    /// since (import13: 89/142, 89/123, 88/89; stmts12c: 107/142, 107/130,
    /// 106/107; stmts12d: 109/142, 109/129, 108/109; stmts12e: 110/142,
    /// 110/129, 109/110; fix12g: 111/142, 111/130, 110/111; stmts12f: 113/142,
    /// 113/128, 112/113; stmts12g, TUNED: 114/142, 114/129, 113/114): its
    /// misses and extras are printed; the floors sit just under the current
    /// figures.
    /// kan63 (stop 63): precision 0.88 -> 0.87 (a `kan` + passive sentence read that the truth does not hold).
    /// sker64 (stop 64): precision 0.87 -> 0.86 (115/133).
    statements_blind3("blind3", [0.80, 0.86, 0.97]);
}

blind_statements! {
    /// The fourth blind set, run once by the lead at 1e05955 (101/174 found,
    /// 101/167 extracted are truth sentences, 98/101 modality right) and spent
    /// since, tuned on by stmts12d (117/174, 117/172, 114/117) and fix12g
    /// (117/174, 117/171, 114/117) and stmts12f (118/174, 118/163, 115/118)
    /// and fix12i (118/174, 118/161, 115/118) and stmts12g (TUNED: 131/174,
    /// 131/175, 128/131): its misses and extras are printed; the floors sit
    /// just under the tuned figures.
    // RIGHT69: `har rätt att/till` read with no modality (the later truths' reading); modality floor lowered to just under the run, was 0.97.
    statements_blind4("blind4", [0.75, 0.74, 0.96]);
}

blind_statements! {
    /// The fifth blind set, run once by the lead at 91f4bfd (119/199 found,
    /// 119/164 extracted are truth sentences, 109/119 modality right) and spent
    /// since, tuned on by stmts12e (134/199, 134/162, 130/134) and fix12g
    /// (135/199, 135/162, 131/135) and stmts12f (135/199, 135/161, 131/135)
    /// and stmts12g (141/199, 141/168, 138/141) and stmts12h (TUNED: 144/199,
    /// 144/170, 141/144); the floors sit just under the tuned figures.
    statements_blind5("blind5", [0.72, 0.84, 0.97]);
}

blind_statements! {
    /// The sixth blind set, run once by the lead at 58673ce (first run: 81/107
    /// found, 81/116 extracted are truth sentences, 79/81 modality right; that
    /// stays its blind claim) and spent since. **Tuned on now** (fix12g, by
    /// form across the seven spent sets): 84/107, 84/114, 82/84; stmts12f
    /// 84/107, 84/112, 82/84; fix12i 85/107, 85/113, 83/85; the floors sit
    /// just under the tuned figures.
    statements_blind6("blind6", [0.79, 0.75, 0.97]);
}

blind_statements! {
    /// The seventh blind set, run once by the lead at f91548b after every
    /// tuning pass of the stop had landed (first run: 100/169 found, 100/128
    /// extracted are truth sentences, 95/100 modality right); spent since.
    /// TUNED on since (fix12i: 101/169, 101/126, 96/101; stmts12g: 111/169,
    /// 111/136, 105/111); the floors sit just under the tuned figures.
    statements_blind7("blind7", [0.65, 0.81, 0.94]);
}

blind_statements! {
    /// The eighth blind set, run once by the lead at 54459d5 after every
    /// tuning pass of the stop had landed (first run: 61/87 found, 61/69
    /// extracted are truth sentences, 56/61 modality right); spent since. The
    /// floors sat just under the first run; TUNED after it (fix12j: a bullet's
    /// own modal verb under a lead-in that binds without one): modality 61/61,
    /// its floor just under that. TUNED by stmts12h (a heading before the
    /// organisation's name, goals as infinitive list items, `Beslut om X
    /// fattas`): 69/87, 69/76, 69/69; the floors sit just under.
    statements_blind8("blind8", [0.79, 0.90, 0.99]);
}

blind_statements! {
    /// The ninth blind set, run once by the lead at 85beed9 after every tuning
    /// round of the stop (meta12h, stmts12h) had landed (first run: 46/80
    /// found, 46/51 extracted are truth sentences, 44/46 modality right);
    /// spent since. The floors sat just under the first run ([0.57, 0.90,
    /// 0.95]); TUNED after it (fix12k: a present passive after a subject
    /// closed by a short relative clause, Region Jämtland Härjedalen and
    /// Region Jönköpings län): 48/80, 48/53, 46/48; the floors sit just under.
    /// stmt59 (a body's `kan` + verb read as its present tense): Eslöv's
    /// `kan besluta` found with modality none where its truth says `får`.
    // RIGHT69: `har rätt att/till` read with no modality (the later truths' reading); modality floor lowered to just under the run, was 0.94.
    statements_blind9("blind9", [0.59, 0.90, 0.92]);
}

blind_statements! {
    /// The tenth blind set, run once by the lead at ab0767d after every tuning
    /// round of the stop (fix12k, imp12l) had landed (first run: 50/75 found,
    /// 50/63 extracted are truth sentences, 48/50 modality right); spent
    /// since. The first run's floors: 0.66, 0.79, 0.95. TUNED (fix12m): the
    /// verb `bor` (lives) is no longer read as the modal `bör` (Gnosjö), 50/75
    /// found, 50/62 precise, 48/50 modality; the floors sit just under.
    statements_blind10("blind10", [0.66, 0.80, 0.95]);
}

blind_statements! {
    /// The eleventh blind set, run once by the lead at c63f80c after every
    /// tuning round of the stop (fix12m) had landed (first run: 73/92 found,
    /// 73/88 extracted are truth sentences, 64/73 modality right); spent
    /// since. The first run's floors: 0.79, 0.82, 0.87. TUNED (fix12n): an
    /// item that opens with an imperative under a lead-in with a modal verb
    /// it does not complete has no modality (Sydarkivera), 73/92 found, 73/88
    /// precise, 66/73 modality; the floors sit just under.
    statements_blind11("blind11", [0.79, 0.82, 0.90]);
}

blind_statements! {
    /// The twelfth blind set, run once by the lead at af6c992 after every
    /// tuning round of the stop before (fix12n) had landed (first run: 29/52
    /// found, 29/43 extracted are truth sentences, 29/29 modality right);
    /// spent since. The floors sit just under the first run.
    /// kan63 (stop 63): modality 0.97 -> 0.96 (`kan` with a passive infinitive read with no modality where the truth says `får`).
    statements_blind12("blind12", [0.55, 0.67, 0.96]);
}

/// The thirteenth blind set, run once by the lead at 7a09f95 after every
/// tuning round of the stop (fix12p) had landed (first run: 34/76 found,
/// 34/48 extracted are truth sentences, 34/34 modality right); spent
/// since. The first run's floors were 0.44, 0.70, 0.97. **TUNED**
/// (fix12q): list items under a lead-in ending in the rules they state or
/// under a heading naming requirements are statements with no modality
/// (45/76 found, 45/59 precise, 45/45 modality); TUNED (fix12za): goals
/// with their full stops lost split (Båstad), 46/76, 46/58, 46/46; the
/// floors follow just under.
#[test]
fn statements_blind13() {
    check(
        "blind13",
        &run_in(&corpus("blind13"), |_| true, true),
        // TUNED (fix12zd, `kan få`): 47/76, 47/59, 47/47; earlier floors
        // [0.60, 0.79, 0.97].
        // RIGHT69 (`har rätt` with no modality): 49/76, 49/60, 47/49; the
        // modality floor was 0.97.
        [0.61, 0.79, 0.95],
    );
}

/// The fourteenth blind set, run once by the lead at 3d29c79 after every
/// tuning round of the stop (fix12q) had landed (first run: 51/73 found,
/// 51/63 extracted are truth sentences, 49/51 modality right; floors 0.69,
/// 0.80, 0.96); spent since. TUNED (fix12r): 52/73, 52/63, 50/52; TUNED
/// (fix12zb): 52/73, 52/62, 50/52; the floors follow just under.
#[test]
fn statements_blind14() {
    check(
        "blind14",
        &run_in(&corpus("blind14"), |_| true, true),
        // TUNED (fix12zd, `kan få`): 53/73, 53/63, 51/53; earlier floors
        // [0.71, 0.83, 0.96].
        // RIGHT69 (`har rätt` with no modality): 54/73, 54/64, 49/54; the
        // modality floor was 0.96.
        [0.72, 0.84, 0.90],
    );
}

blind_statements! {
    /// The fifteenth blind set, run once by the lead at dca6f12 after every
    /// tuning round of the stop (fix12r) had landed (first run: 37/66 found,
    /// 37/50 extracted are truth sentences, 37/37 modality right; floors 0.56,
    /// 0.74, 0.97); spent since. TUNED (fix12s): a paragraph number `N §` run
    /// into a sentence ends it, `får` with its pronoun subject after it binds:
    /// 43/66, 43/52, 43/43; the floors follow just under.
    statements_blind15("blind15", [0.65, 0.82, 0.97]);
}

blind_statements! {
    /// The sixteenth blind set, run once by the lead at 00e81de after every
    /// tuning round of the stop (fix12s) had landed (first run: 21/32 found,
    /// 21/25 extracted are truth sentences, 20/21 modality right); spent
    /// since. The floors sit just under the first run; the TUNED round
    /// (fix12t) changed no statement figure, so they stay.
    /// kan63 (stop 63): modality 0.95 -> 0.90 (`kan` with a passive infinitive read with no modality where the truth says `får`).
    /// sker64 (stop 64): precision 0.84 -> 0.81 (22/27).
    statements_blind16("blind16", [0.65, 0.81, 0.90]);
}

blind_statements! {
    /// The seventeenth blind set, run once by the lead at fd8c0bc after every
    /// tuning round of the previous stop (fix12t) had landed (first run: 10/20
    /// found, 10/18 extracted are truth sentences, 9/10 modality right); spent
    /// since. The floors sit just under the first run; the TUNED round after
    /// it (fix12u) moved no statement figure, so they stay.
    statements_blind17("blind17", [0.49, 0.55, 0.89]);
}

blind_statements! {
    /// The eighteenth blind set, run once by the lead at 00cccba after every
    /// tuning round of the stop (fix12u) had landed (first run: 8/12 found,
    /// 8/20 extracted are truth sentences, 8/8 modality right); spent since.
    /// The first run's floors were [0.66, 0.39, 0.99]. **TUNED** since
    /// (fix12v): a records plan's capitalised `Bevaras` cell and a law in
    /// force from a date are no statements (8/12 found, 8/17 extracted are
    /// truth sentences, 8/8 modality); the floors follow just under.
    /// sker64 (stop 64): precision 0.46 -> 0.44 (8/18).
    statements_blind18("blind18", [0.66, 0.44, 0.99]);
}

/// The nineteenth blind set, run once by the lead at 0f05f31 after every
/// tuning round of the stop (fix12v) had landed (first run: 30/72 found,
/// 30/47 extracted are truth sentences, 28/30 modality right); spent
/// since. The floors sit just under the first run. Tuned on since
/// (fix12w, TUNED: titles, decision years, owner directives' duties): no
/// statement figure moved, so the floors stay.
#[test]
fn statements_blind19() {
    check(
        "blind19",
        &run_in(&corpus("blind19"), |_| true, true),
        // TUNED (fix12zd, `kan få`): 32/72, 32/49, 30/32; earlier floors
        // [0.41, 0.63, 0.93].
        [0.44, 0.65, 0.93],
    );
}

blind_statements! {
    /// The blind20 set, run once by the lead at c9dea87 after every tuning
    /// round of the stop (fix12w) had landed (first run: 10/14
    /// found, 10/21 extracted are truth sentences, 10/10 modality right); spent since. The floors sit just under the first run.
    /// TUNED (fix12x): no statement figure moved, the floors stay. TUNED (stop
    /// 51, `får` over a phrase): a restated law sentence is read (10/22),
    /// precision 0.47 -> 0.45 (`real_corpus.rs`, `BLIND20_STATEMENTS`).
    statements_blind20("blind20", [0.71, 0.45, 0.99]);
}

blind_statements! {
    /// The blind21 set, run once by the lead at c9dea87 after every tuning
    /// round of the stop (fix12w) had landed (first run: 32/48
    /// found, 32/46 extracted are truth sentences, 30/32 modality right); spent since. The floors sit just under the first run.
    /// TUNED (fix12x): no statement figure moved, the floors stay.
    /// stmt59: `Direktionen kan delegera …` found, none where its truth
    /// says `får` (modality 31/34).
    // RIGHT69: `har rätt att/till` read with no modality (the later truths' reading); modality floor lowered to just under the run, was 0.91.
    statements_blind21("blind21", [0.66, 0.69, 0.88]);
}

blind_statements! {
    /// The blind22 set, run once by the lead at 242f8fe after every tuning
    /// round of the stop (fix12x) had landed (first run: 18/29 found, 18/23
    /// extracted are truth sentences, 18/18 modality right); spent since. The
    /// floors sit just under the first run.
    /// stmt59: Luleå's `… kan göra redaktionella förändringar` found,
    /// none where its truth says `får` (modality 19/20).
    statements_blind22("blind22", [0.62, 0.78, 0.94]);
}

blind_statements! {
    /// The blind23 set, run once by the lead at a57a1cb after every tuning
    /// round (stop 29's fix12y) had landed (first run: 16/24 found, 16/24
    /// extracted are truth sentences, 16/16 modality right); spent since. The
    /// floors sat just under the first run (0.66, 0.66); TUNED by fix12z
    /// (`enligt` + a law before `krävs`, `såväl … som`): 17/24 found, 17/23
    /// extracted are truth sentences, 17/17 modality right.
    statements_blind23("blind23", [0.70, 0.73, 0.99]);
}

blind_statements! {
    /// The blind24 set, run once by the lead at 4328d4f after every tuning
    /// round (fix12z) had landed (first run: 22/33 found, 22/28 extracted
    /// are truth sentences, 22/22 modality right; floors 0.66, 0.78); spent
    /// since. TUNED (fix12za): 27/33, 27/30, 27/27; the floors follow just
    /// under.
    statements_blind24("blind24", [0.81, 0.89, 0.99]);
}

blind_statements! {
    /// The blind25 set, run once by the lead at ce833fc after every tuning
    /// round (fix12za) had landed (first run: 18/48 found, 18/27 extracted
    /// are truth sentences, 17/18 modality right; floors 0.37, 0.66, 0.94);
    /// spent since. TUNED (fix12zb): 19/48, 19/27, 18/19; the floors follow
    /// just under.
    statements_blind25("blind25", [0.39, 0.70, 0.94]);
}

blind_statements! {
    /// The blind26 set, run once by the lead at eaabe74 after every tuning
    /// round (fix12zb) had landed (first run: 25/44 found, 25/32 extracted
    /// are truth sentences, 25/25 modality right); spent since. The floors
    /// sit just under the first run.
    statements_blind26("blind26", [0.56, 0.78, 0.99]);
}

blind_statements! {
    /// The blind27 set, run once by the lead at ab2de68 after every tuning
    /// round (fix12zc) and the `Dnr` dash fix had landed (first run: 18/42
    /// found, 18/34 extracted are truth sentences, 17/18 modality right);
    /// spent since. The first-run floors sat just under the first run
    /// (`[0.42, 0.52, 0.94]`); after fix12zd (TUNED on blind27) 24/42 found,
    /// 24/33 precise, 22/24 modality right. The modality floor is lower than the
    /// first run's: Skövde's `Fritidsnämnden uppmanar …` (truth bör) was
    /// already extracted with no modality, run into the numbered heading after
    /// it, and is now cut right and counted as found with its modality wrong.
    /// kan63 (stop 63): modality 0.91 -> 0.88 (`kan` with a passive infinitive read with no modality where the truth says `får`).
    statements_blind27("blind27", [0.57, 0.70, 0.88]);
}

blind_statements! {
    /// The blind28 set, run once by the lead at 7cd3ade after every tuning
    /// round (fix12zd) had landed (first run: 29/42 found, 29/32 extracted are
    /// truth sentences, 29/29 modality right); spent since. The floors sit
    /// just under the first run.
    statements_blind28("blind28", [0.69, 0.90, 0.99]);
}

blind_statements! {
    /// The blind29 set, run once by the lead at 7cd3ade after every tuning
    /// round (fix12zd) had landed (first run: 22/50 found, 22/33 extracted are
    /// truth sentences, 20/22 modality right); spent since. The floors sit
    /// just under the first run.
    /// kan63 (stop 63): modality 0.90 -> 0.87 (`kan` with a passive infinitive read with no modality where the truth says `får`).
    statements_blind29("blind29", [0.44, 0.66, 0.87]);
}

blind_statements! {
    /// The blind30 set, run once by the lead at 6a5edba after every tuning
    /// round (fix12ze) had landed (first run: 21/36 found, 21/29 extracted
    /// are truth sentences, 21/21 modality right); spent since. The floors
    /// sit just under the first run.
    /// kan63 (stop 63): modality 0.99 -> 0.95 (`kan` with a passive infinitive read with no modality where the truth says `får`).
    statements_blind30("blind30", [0.58, 0.72, 0.95]);
}

blind_statements! {
    /// The blind31 set: its one run (the lead's, 88045a0) found 7/14, 7/14
    /// extracted were truth sentences, modality 5/7; floors just under.
    statements_blind31("blind31", [0.49, 0.49, 0.71]);
}

blind_statements! {
    /// The blind32 set: its one run (the lead's, 8f3c167) found 28/46, 28/29
    /// extracted were truth sentences, modality 28/28; floors just under.
    // RIGHT69: `har rätt att/till` read with no modality (the later truths' reading); modality floor lowered to just under the run, was 0.99.
    statements_blind32("blind32", [0.60, 0.96, 0.97]);
}

blind_statements! {
    /// The blind33 set: its one run (the lead's, 921bab8) found 20/44, 20/25
    /// extracted were truth sentences, modality 18/20; floors just under.
    statements_blind33("blind33", [0.45, 0.79, 0.89]);
}

blind_statements! {
    /// The blind34 set: its one run (the lead's, abcf9e2) found 17/46, 17/20
    /// extracted were truth sentences, modality 17/17; floors just under.
    /// stmt59: Östhammar's `Revisionen kan skänka legitimitet …` (a
    /// description) extracted: 18/22.
    statements_blind34("blind34", [0.36, 0.81, 0.99]);
}

blind_statements! {
    /// The blind35 set: its one run (the lead's, 934a742) found 21/43, 21/24
    /// extracted were truth sentences, modality 19/21; floors just under.
    /// TUNED (stop 51, `får` over a phrase): precision 0.87 -> 0.84
    /// (`real_corpus.rs`, `BLIND35_STATEMENTS`).
    statements_blind35("blind35", [0.48, 0.84, 0.90]);
}

blind_statements! {
    /// The blind36 set: its one run (the lead's, f6009eb) found 34/56, 34/39
    /// extracted were truth sentences, modality 32/34; floors just under.
    statements_blind36("blind36", [0.60, 0.87, 0.94]);
}

blind_statements! {
    /// The blind37 set: its one run (the lead's, 26d2d8a) found 32/62, 32/35
    /// extracted were truth sentences, modality 31/32; floors just under.
    statements_blind37("blind37", [0.51, 0.91, 0.96]);
}

blind_statements! {
    /// The blind38 set: its one run (the lead's, 5035198) found 20/44, 20/28
    /// extracted were truth sentences, modality 18/20; floors just under.
    statements_blind38("blind38", [0.45, 0.71, 0.89]);
}

blind_statements! {
    /// The blind39 set: its one run (the lead's, f68d9ac) found 33/52, 33/36
    /// extracted were truth sentences, modality 30/33; floors just under.
    statements_blind39("blind39", [0.63, 0.91, 0.90]);
}

blind_statements! {
    /// The blind40 set: its one run (the lead's, f21c8ff) found 24/47, 24/33
    /// extracted were truth sentences, modality 22/24; floors just under.
    statements_blind40("blind40", [0.51, 0.72, 0.91]);
}

blind_statements! {
    /// The blind41 set: its one run (the lead's, 442c4a1) found 16/46, 16/19
    /// extracted were truth sentences, modality 14/16; floors just under.
    // RIGHT69: `har rätt att/till` read with no modality (the later truths' reading); modality floor lowered to just under the run, was 0.87.
    statements_blind41("blind41", [0.34, 0.84, 0.82]);
}

blind_statements! {
    /// The blind42 set: its one run (the lead's, 442c4a1) found 25/51, 25/28
    /// extracted were truth sentences, modality 21/25; floors just under.
    statements_blind42("blind42", [0.49, 0.89, 0.84]);
}

blind_statements! {
    /// The blind43 set: its one run (bed6254, after stmts40); floors just
    /// under it.
    /// kan63 (stop 63): modality 0.94 -> 0.93 (`kan` with a passive infinitive read with no modality where the truth says `får`).
    // RIGHT69: `har rätt att/till` read with no modality (the later truths' reading); modality floor lowered to just under the run, was 0.93.
    statements_blind43("blind43", [0.63, 0.90, 0.89]);
}

blind_statements! {
    /// The blind44 set: its one run (bed6254, after stmts40); floors just
    /// under it.
    statements_blind44("blind44", [0.60, 0.91, 0.99]);
}

blind_statements! {
    /// The blind45 set: its one run (f440d4a, after stmts40 and adopt40);
    /// floors just under it.
    statements_blind45("blind45", [0.58, 0.86, 0.91]);
}

blind_statements! {
    /// The blind46 set: its one run (f440d4a, after stmts40 and adopt40);
    /// floors just under it.
    statements_blind46("blind46", [0.54, 0.81, 0.99]);
}

blind_statements! {
    /// The blind47 set: its one run (cf1ecf9); floors just under it. Since
    /// title56 Hässleholm's opening sentences are read, one of them (`Men
    /// likabehandling innebär inte att alla … ska behandlas lika`) as `ska`
    /// where the truth says none: modality 19/21, its floor moved.
    statements_blind47("blind47", [0.45, 0.84, 0.90]);
}

blind_statements! {
    /// The blind48 set: its one run (5139def); floors just under it.
    statements_blind48("blind48", [0.37, 0.84, 0.65]);
}

blind_statements! {
    /// The blind49 set: its one run (5139def); floors just under it
    /// (since stmt58b 51/90 found, 51/55 precise, modality 50/51).
    // RIGHT69: `har rätt att/till` read with no modality (the later truths' reading); modality floor lowered to just under the run, was 0.98.
    statements_blind49("blind49", [0.56, 0.92, 0.96]);
}

blind_statements! {
    /// The blind50 set, run once by the lead at ac353e3; spent since.
    // RIGHT69: `har rätt att/till` read with no modality (the later truths' reading); modality floor lowered to just under the run, was 0.92.
    statements_blind50("blind50", [0.43, 0.92, 0.90]);
}

blind_statements! {
    /// The blind51 set, run once by the lead at ac353e3; spent since.
    statements_blind51("blind51", [0.45, 0.83, 0.85]);
}

blind_statements! {
    /// The blind52 set, run once by the lead at 184df25; spent since.
    // RIGHT69: `har rätt att/till` read with no modality (the later truths' reading); modality floor lowered to just under the run, was 0.94.
    statements_blind52("blind52", [0.43, 0.75, 0.92]);
}

blind_statements! {
    /// The blind53 set, run once by the lead at 184df25; spent since.
    statements_blind53("blind53", [0.61, 0.9, 0.81]);
}

blind_statements! {
    /// The blind54 set, run once by the lead at 61444bb; spent since.
    statements_blind54("blind54", [0.54, 0.87, 0.97]);
}

blind_statements! {
    /// The blind55 set, run once by the lead at 61444bb; spent since.
    statements_blind55("blind55", [0.55, 0.99, 0.92]);
}

blind_statements! {
    /// The blind58 set, run once by the lead at 7be5033; spent since.
    statements_blind58("blind58", [0.56, 0.8, 0.72]);
}

blind_statements! {
    /// The blind68 set, run once by the lead at 03b1b13; spent since. TUNED
    /// (stop 51, a modal with its noun subject after a short condition):
    /// Hallsberg's `Om en plan kräver ett politiskt ställningstagande beslutas
    /// den av kommunstyrelsen …` is found and read as `måste` (from `kräver`)
    /// where its truth says none: modality 0.87 -> 0.85.
    statements_blind68("blind68", [0.62, 0.92, 0.85]);
}

blind_statements! {
    /// The blind69 set, run once by the lead at 03b1b13; spent since (first
    /// run 25/45, 25/32, 20/25; after stmts47b 22/45, 22/27, 20/22: see
    /// `BLIND69_STATEMENTS`).
    statements_blind69("blind69", [0.48, 0.78, 0.79]);
}

blind_statements! {
    /// The blind66 set, run once by the lead at 48acf53; spent since.
    statements_blind66("blind66", [0.52, 0.97, 0.85]);
}

blind_statements! {
    /// The blind67 set, run once by the lead at 48acf53; spent since.
    statements_blind67("blind67", [0.54, 0.82, 0.82]);
}

blind_statements! {
    /// The blind64 set, run once by the lead at 032b183; spent since.
    /// kan63 (stop 63): precision 0.87 -> 0.86 (a `kan` + passive sentence read that the truth does not hold).
    /// sker64 (stop 64): precision 0.86 -> 0.84 (45/53).
    statements_blind64("blind64", [0.63, 0.84, 0.95]);
}

blind_statements! {
    /// The blind65 set, run once by the lead at 032b183; spent since. TUNED
    /// (stop 51, `får` over a phrase): Lessebo's `Undantag från ovanstående
    /// avståndsregler kan beviljas …`, missed before, is found now that the
    /// sentence run into it (`Avståndet … får högst vara (gäller fr.o.m. …):
    /// …`) binds by `får högst vara` and the two are split, and is read as
    /// `får` where its truth says none: modality 0.86 -> 0.82.
    statements_blind65("blind65", [0.39, 0.68, 0.82]);
}

blind_statements! {
    /// The blind62 set, run once by the lead at 6e02b20; spent since.
    statements_blind62("blind62", [0.53, 0.8, 0.83]);
}

blind_statements! {
    /// The blind63 set, run once by the lead at 6e02b20; spent since.
    /// Since title56 44/71 found and 44/48 precise.
    statements_blind63("blind63", [0.53, 0.91, 0.92]);
}

blind_statements! {
    /// The blind59 set, run once by the lead at 6a2296c; spent since.
    statements_blind59("blind59", [0.42, 0.96, 0.95]);
}

blind_statements! {
    /// The blind56 set, run once by the lead at 51b31f8; spent since.
    statements_blind56("blind56", [0.51, 0.91, 0.9]);
}

blind_statements! {
    /// The blind57 set, run once by the lead at 8a5fdba; spent since.
    statements_blind57("blind57", [0.59, 0.97, 0.97]);
}

/// Nothing invented on real text either: every statement (and every other
/// field) of every corpus document occurs in its text.
#[test]
fn statements_real_invent_nothing() {
    let mut statements = 0;
    for name in truth().keys() {
        let path = dir().join(format!("{name}.txt"));
        let text = std::fs::read_to_string(&path).unwrap();
        let draft = import_file(&path).unwrap();
        statements += draft.statements.len();
        crate::invariants::check_no_invention(&text, &draft);
    }
    // The check above saw statements to check.
    assert!(statements > 100, "{statements} statements in the corpus");
}

blind_statements! {
    /// The blind70 set, run once by the lead at c47b016; spent since.
    statements_blind70("blind70", [0.61, 0.95, 0.87]);
}

blind_statements! {
    /// The blind71 set, run once by the lead at c47b016; spent since.
    statements_blind71("blind71", [0.57, 0.81, 0.89]);
}

blind_statements! {
    /// The blind72 set, run once by the lead at b5596ea; spent since.
    statements_blind72("blind72", [0.51, 0.87, 0.74]);
}

blind_statements! {
    /// The blind73 set, run once by the lead at b5596ea; spent since.
    statements_blind73("blind73", [0.73, 0.86, 0.81]);
}

blind_statements! {
    /// The blind74 set, run once by the lead at 6481e5f; spent since.
    statements_blind74("blind74", [0.48, 0.95, 0.76]);
}

blind_statements! {
    /// The blind75 set, run once by the lead at 6481e5f; spent since.
    statements_blind75("blind75", [0.46, 0.88, 0.92]);
}

blind_statements! {
    /// The blind76 set, run once by the lead at d383f97; spent since.
    statements_blind76("blind76", [0.65, 0.87, 0.85]);
}

blind_statements! {
    /// The blind77 set, run once by the lead at d383f97; spent since.
    /// Since title56 51/80 found and 51/56 precise.
    statements_blind77("blind77", [0.62, 0.91, 0.77]);
}

blind_statements! {
    /// The blind78 set, run once by the lead at 5c73629; spent since.
    statements_blind78("blind78", [0.25, 0.57, 0.74]);
}

blind_statements! {
    /// The blind79 set, run once by the lead at 5c73629; spent since.
    statements_blind79("blind79", [0.46, 0.86, 0.92]);
}

blind_statements! {
    /// The blind80 set, run once by the lead at b4dc793; spent since.
    statements_blind80("blind80", [0.44, 0.93, 0.81]);
}

blind_statements! {
    /// The blind81 set, run once by the lead at b4dc793; spent since.
    statements_blind81("blind81", [0.58, 0.76, 0.94]);
}

blind_statements! {
    /// The blind82 set, run once by the lead at ec9d940; spent since. TUNED
    /// (stop 51, a modal with its noun subject after a short condition):
    /// Falköping's `Om familjen har obetald barnomsorgsavgift kan köanmälan
    /// göras …` is found and read as `får` where its truth says none: modality
    /// 0.92 -> 0.88. TUNED (stop 54, `är endast tillåtet`): Borgholm
    /// Energi's `men det är endast tillåtet att anlita …` is found and read as
    /// `får` where its truth says none: modality 0.88 -> 0.86.
    statements_blind82("blind82", [0.47, 0.89, 0.86]);
}

blind_statements! {
    /// The blind83 set, run once by the lead at ec9d940; spent since.
    statements_blind83("blind83", [0.5, 0.79, 0.88]);
}

blind_statements! {
    /// The blind84 set, run once by the lead at e7c3a73; spent since.
    statements_blind84("blind84", [0.3, 0.76, 0.69]);
}

blind_statements! {
    /// The blind85 set, run once by the lead at e7c3a73; spent since.
    statements_blind85("blind85", [0.61, 0.9, 0.89]);
}

blind_statements! {
    /// The blind86 set, run once by the lead at b773afd; spent since.
    statements_blind86("blind86", [0.57, 0.88, 0.93]);
}

blind_statements! {
    /// The blind87 set, run once by the lead at b773afd; spent since.
    statements_blind87("blind87", [0.55, 0.93, 0.9]);
}

blind_statements! {
    /// The blind88 set, run once by the lead at ceabb85; spent since.
    statements_blind88("blind88", [0.43, 0.78, 0.86]);
}

blind_statements! {
    /// The blind89 set, run once by the lead at ceabb85; spent since.
    statements_blind89("blind89", [0.28, 0.86, 0.89]);
}

blind_statements! {
    /// The blind90 set, run once by the lead at d60e560; spent since.
    statements_blind90("blind90", [0.57, 0.96, 0.92]);
}

blind_statements! {
    /// The blind91 set, run once by the lead at d60e560; spent since.
    statements_blind91("blind91", [0.59, 0.89, 0.77]);
}

blind_statements! {
    /// The blind92 set, run once by the lead at 9a13e71; spent since.
    statements_blind92("blind92", [0.43, 0.77, 0.85]);
}

blind_statements! {
    /// The blind93 set, run once by the lead at 9a13e71; spent since.
    statements_blind93("blind93", [0.49, 0.66, 0.79]);
}

/// The blind94 set, run once by the lead at 8826b55; spent since.
#[test]
fn statements_blind94() {
    check(
        "blind94",
        &run_in(&corpus("blind94"), |_| true, true),
        // Precision 0.92 -> 0.91 at read53: see BLIND94_STATEMENTS.
        [0.73, 0.91, 0.86],
    );
}

blind_statements! {
    /// The blind95 set, run once by the lead at 8826b55; spent since.
    statements_blind95("blind95", [0.44, 0.83, 0.99]);
}

blind_statements! {
    /// The blind96 set, run once by the lead at fe2f5fa; spent since.
    statements_blind96("blind96", [0.26, 0.79, 0.99]);
}

blind_statements! {
    /// The blind97 set, run once by the lead at fe2f5fa; spent since.
    statements_blind97("blind97", [0.72, 0.87, 0.95]);
}

blind_statements! {
    /// The blind98 set, run once by the lead at ef58a40; spent since.
    statements_blind98("blind98", [0.4, 0.85, 0.94]);
}

blind_statements! {
    /// The blind99 set, run once by the lead at ef58a40; spent since.
    statements_blind99("blind99", [0.47, 0.89, 0.7]);
}

blind_statements! {
    /// The blind100 set, run once by the lead at ef58a40; spent since.
    statements_blind100("blind100", [0.61, 0.88, 0.87]);
}

blind_statements! {
    /// The blind101 set, run once by the lead at ef58a40; spent since.
    statements_blind101("blind101", [0.59, 0.78, 0.96]);
}

blind_statements! {
    /// The blind102 set, run once by the lead at 73b6257; spent since.
    /// Since count56 Jönköping's `Efterdebitering av kunden kan förekomma …`
    /// stands alone, read as `får` where the truth says none: modality
    /// 16/20, its floor moved.
    statements_blind102("blind102", [0.48, 0.85, 0.79]);
}

blind_statements! {
    /// The blind103 set, run once by the lead at 73b6257; spent since.
    statements_blind103("blind103", [0.49, 0.8, 0.94]);
}

blind_statements! {
    /// The blind104 set, run once by the lead at 3483c5f; spent since.
    statements_blind104("blind104", [0.51, 0.99, 0.85]);
}

blind_statements! {
    /// The blind105 set, run once by the lead at 738a342f; spent since.
    statements_blind105("blind105", [0.39, 0.99, 0.89]);
}

blind_statements! {
    /// The blind106 set, run once by the lead at f38848a4; spent since.
    statements_blind106("blind106", [0.79, 0.99, 0.99]);
}

blind_statements! {
    /// The blind107 set, run once by the lead at b15626b6; spent since.
    statements_blind107("blind107", [0.94, 0.84, 0.99]);
}

blind_statements! {
    /// The blind108 set, run once by the lead at 2a8c713a; spent since.
    statements_blind108("blind108", [0.74, 0.99, 0.95]);
}

blind_statements! {
    /// The blind109 set, run once by the lead at 2a8c713a; spent since.
    statements_blind109("blind109", [0.59, 0.93, 0.93]);
}

blind_statements! {
    /// The blind110 set, run once by the lead at 052157b4; spent since.
    statements_blind110("blind110", [0.58, 0.80, 0.99]);
}

blind_statements! {
    /// The blind111 set, run once by the lead at 7ebd905d; spent since.
    statements_blind111("blind111", [0.47, 0.82, 0.87]);
}

blind_statements! {
    /// The blind112 set, run once by the lead at ff48b905; spent since.
    statements_blind112("blind112", [0.42, 0.99, 0.85]);
}

blind_statements! {
    /// The blind113 set, run once by the lead at fb3b83e9; spent since.
    statements_blind113("blind113", [0.65, 0.89, 0.82]);
}

blind_statements! {
    /// The blind114 set, run once by the lead at b8d5487d; spent since.
    statements_blind114("blind114", [0.26, 0.66, 0.99]);
}

blind_statements! {
    /// The blind115 set, run once by the lead at df2ee92e; spent since.
    statements_blind115("blind115", [0.49, 0.69, 0.99]);
}

blind_statements! {
    /// The blind116 set, run once by the lead at 15ae74f4; spent since.
    statements_blind116("blind116", [0.58, 0.86, 0.99]);
}

blind_statements! {
    /// The blind117 set, run once by the lead at 68ca8385; spent since.
    statements_blind117("blind117", [0.48, 0.48, 0.99]);
}

blind_statements! {
    /// The blind118 set, run once by the lead at a83ab048; spent since.
    statements_blind118("blind118", [0.70, 0.94, 0.94]);
}

blind_statements! {
    /// The blind119 set, run once by the lead at 760dcb26; spent since.
    statements_blind119("blind119", [0.49, 0.85, 0.94]);
}

blind_statements! {
    /// The blind120 set, run once by the lead at 880307ac; spent since.
    statements_blind120("blind120", [0.79, 0.79, 0.96]);
}

blind_statements! {
    /// The blind121 set, run once by the lead at 880307ac; spent since.
    statements_blind121("blind121", [0.68, 0.99, 0.90]);
}

blind_statements! {
    /// The blind122 set, run once by the lead at 93dc5258; spent since.
    statements_blind122("blind122", [0.55, 0.94, 0.75]);
}

blind_statements! {
    /// The blind123 set, run once by the lead at 6e048004; spent since.
    statements_blind123("blind123", [0.39, 0.90, 0.94]);
}

blind_statements! {
    /// The blind124 set, run once by the lead at ef812360; spent since.
    statements_blind124("blind124", [0.58, 0.97, 0.97]);
}

blind_statements! {
    /// The blind125 set, run once by the lead at ef812360; spent since.
    statements_blind125("blind125", [0.35, 1.0, 0.83]);
}

blind_statements! {
    /// The blind126 set, run once by the lead at 0fb13545; spent since.
    statements_blind126("blind126", [0.40, 0.89, 0.94]);
}

blind_statements! {
    /// The blind127 set, run once by the lead at 0fb13545; spent since.
    statements_blind127("blind127", [0.28, 0.86, 0.84]);
}

blind_statements! {
    /// The blind128 set, run once by the lead at 97ae2c93; spent since.
    statements_blind128("blind128", [0.59, 0.88, 0.93]);
}

blind_statements! {
    /// The blind129 set, run once by the lead at 97ae2c93; spent since.
    statements_blind129("blind129", [0.51, 1.0, 0.96]);
}

blind_statements! {
    /// The blind130 set, run once by the lead at 4b050773; spent since.
    statements_blind130("blind130", [0.43, 1.0, 0.94]);
}

blind_statements! {
    /// The blind131 set, run once by the lead at 4b050773; spent since.
    statements_blind131("blind131", [0.63, 0.79, 0.91]);
}

blind_statements! {
    /// The blind132 set, run once by the lead at 157a7372; spent since.
    statements_blind132("blind132", [0.59, 0.86, 0.94]);
}

blind_statements! {
    /// The blind133 set, run once by the lead at 157a7372; spent since.
    statements_blind133("blind133", [0.35, 0.66, 0.79]);
}

blind_statements! {
    /// The blind134 set, run once by the lead at 143c77b5; spent since.
    statements_blind134("blind134", [0.55, 0.86, 0.94]);
}

blind_statements! {
    /// The blind135 set, run once by the lead at 143c77b5; spent since.
    statements_blind135("blind135", [0.14, 0.33, 0.99]);
}

blind_statements! {
    /// The blind136 set, run once by the lead at 3e8cbadb; spent since.
    statements_blind136("blind136", [0.6, 0.99, 0.82]);
}

blind_statements! {
    /// The blind137 set, run once by the lead at 3e8cbadb; spent since.
    statements_blind137("blind137", [0.51, 0.81, 0.92]);
}

blind_statements! {
    /// The blind138 set, run once by the lead at 5126705f; spent since.
    statements_blind138("blind138", [0.69, 0.92, 0.91]);
}

blind_statements! {
    /// The blind139 set, run once by the lead at 5126705f; spent since.
    statements_blind139("blind139", [0.59, 0.64, 0.84]);
}

blind_statements! {
    /// The blind140 set, run once by the lead at 112933be; spent since.
    statements_blind140("blind140", [0.7, 0.87, 0.95]);
}

blind_statements! {
    /// The blind141 set, run once by the lead at 112933be; spent since.
    statements_blind141("blind141", [0.42, 0.84, 0.54]);
}

blind_statements! {
    /// The blind142 set, run once by the lead at aa57aab7; spent since.
    statements_blind142("blind142", [0.42, 0.99, 0.77]);
}

blind_statements! {
    /// The blind143 set, run once by the lead at aa57aab7; spent since.
    statements_blind143("blind143", [0.58, 0.94, 0.99]);
}

blind_statements! {
    /// The blind144 set, run once by the lead at 28022d1b; spent since.
    statements_blind144("blind144", [0.59, 0.95, 0.9]);
}

blind_statements! {
    /// The blind145 set, run once by the lead at 28022d1b; spent since.
    statements_blind145("blind145", [0.63, 0.9, 0.84]);
}

blind_statements! {
    /// The blind146 set, run once by the lead at ffbba247; spent since.
    statements_blind146("blind146", [0.05, 0.14, 0.99]);
}

blind_statements! {
    /// The blind147 set, run once by the lead at ffbba247; spent since.
    statements_blind147("blind147", [0.46, 0.99, 0.64]);
}

blind_statements! {
    /// The blind148 set, run once by the lead at 2f5e0b29; spent since.
    statements_blind148("blind148", [0.3, 0.79, 0.83]);
}

blind_statements! {
    /// The blind149 set, run once by the lead at 2f5e0b29; spent since.
    // RIGHT69: one right no longer extracted (37/68 found); found floor was 0.55.
    statements_blind149("blind149", [0.54, 0.94, 0.92]);
}

blind_statements! {
    /// The blind150 set, run once by the lead at 05f08c58; spent since.
    statements_blind150("blind150", [0.4, 0.74, 0.88]);
}

blind_statements! {
    /// The blind151 set, run once by the lead at 05f08c58; spent since.
    statements_blind151("blind151", [0.45, 0.99, 0.71]);
}

blind_statements! {
    /// The blind152 set, run once by the lead at 4e5060f9; spent since.
    statements_blind152("blind152", [0.73, 0.99, 0.9]);
}

blind_statements! {
    /// The blind153 set, run once by the lead at 4e5060f9; spent since.
    statements_blind153("blind153", [0.33, 0.99, 0.69]);
}

blind_statements! {
    /// The blind154 set, run once by the lead at f6edd860; spent since.
    statements_blind154("blind154", [0.42, 0.81, 0.94]);
}

blind_statements! {
    /// The blind155 set, run once by the lead at f6edd860; spent since.
    statements_blind155("blind155", [0.38, 0.93, 0.73]);
}

blind_statements! {
    /// The blind156 set, run once by the lead at 4b7d789b; spent since.
    statements_blind156("blind156", [0.68, 0.92, 0.94]);
}

blind_statements! {
    /// The blind157 set, run once by the lead at 4b7d789b; spent since.
    statements_blind157("blind157", [0.56, 0.87, 0.99]);
}

blind_statements! {
    /// The blind158 set, run once by the lead at 5562b5a1; spent since.
    statements_blind158("blind158", [0.44, 0.99, 0.82]);
}

blind_statements! {
    /// The blind159 set, run once by the lead at 5562b5a1; spent since.
    statements_blind159("blind159", [0.35, 0.85, 0.91]);
}

blind_statements! {
    /// The blind160 set, run once by the lead at e22ceef0; spent since.
    statements_blind160("blind160", [0.56, 0.99, 0.99]);
}

blind_statements! {
    /// The blind161 set, run once by the lead at e22ceef0; spent since.
    statements_blind161("blind161", [0.33, 0.90, 0.59]);
}

blind_statements! {
    /// The blind162 set, run once by the lead at db583f8e; spent since.
    statements_blind162("blind162", [0.49, 0.85, 0.91]);
}

blind_statements! {
    /// The blind163 set, run once by the lead at db583f8e; spent since.
    statements_blind163("blind163", [0.51, 0.91, 0.78]);
}

blind_statements! {
    /// The blind164 set, run once by the lead at dbdd1797; spent since.
    statements_blind164("blind164", [0.39, 0.99, 0.79]);
}

blind_statements! {
    /// The blind165 set, run once by the lead at dbdd1797; spent since.
    statements_blind165("blind165", [0.58, 0.83, 0.73]);
}

blind_statements! {
    /// The blind166 set, run once by the lead at bb5167ad; spent since.
    statements_blind166("blind166", [0.29, 0.74, 0.83]);
}

blind_statements! {
    /// The blind167 set, run once by the lead at bb5167ad; spent since.
    statements_blind167("blind167", [0.49, 0.93, 0.99]);
}

blind_statements! {
    /// The blind168 set, run once by the lead at c95f87fd; spent since.
    statements_blind168("blind168", [0.36, 0.99, 0.88]);
}

blind_statements! {
    /// The blind169 set, run once by the lead at c95f87fd; spent since.
    statements_blind169("blind169", [0.75, 0.92, 0.92]);
}
