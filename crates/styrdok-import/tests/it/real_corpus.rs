//! The real-document corpus (`tests/corpus/real/`, issue 12): 71 excerpts
//! of real styrdokument from 53 organisations, each imported and compared
//! with `truth.json` (written and committed before the importer ever ran on
//! these texts) by the same scorer as the invented sets (`score.rs`).
//!
//! The corpus is scored in two parts that are never pooled: the part whose
//! numbers are not divisible by 3 (tuned on from the start) and the part
//! whose numbers are (blind until its misses were read on 2026-12-01 at
//! f73d7e3; **tuned on since**, so both parts' figures are tuned figures
//! now — a blind claim needs the fresh set in `tests/corpus/blind2/`). The
//! first runs' figures are recorded in `tests/corpus/real/FIRST_RUN.md`
//! and `docs/evaluation.md`; the floors below sit just under the current
//! figures, so a regression fails and an improvement passes.
//!
//! `cargo test -p styrdok-import --test it real_corpus -- --nocapture --test-threads 1`
//! prints every figure and every miss.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;
use styrdok_import::{ImportDraft, RelationKind, import_file};

use crate::score::{
    Counts, Report, SCALARS, compare, compare_key, norm, relations_identified, title_equal_lenient,
};

/// One blind set's test: import every text of `tests/corpus/<set>/`,
/// score it against the set's truth, and hold the figures to the set's
/// floors (metadata, titles, relations, invented values) and statement
/// floors (found, precise).
macro_rules! blind_set {
    ($(#[$doc:meta])* $test:ident($set:literal, $label:literal, $docs:literal, $floors:ident, $statements:ident);) => {
        $(#[$doc])*
        #[test]
        fn $test() {
            let p = run_in(&corpus($set), |_| true);
            check($label, &p, &$floors, $docs);
            check_statements($set, &p.statements, $statements);
        }
    };
}

pub(crate) fn dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/real"))
}

/// The metadata issue 12 scores together: kind, the adopting body's kind,
/// decision date and the document's own diarienummer.
const METADATA: [&str; 4] = ["kind", "adopted_by.kind", "decision_date", "dnr"];

/// Relations that say one document takes the place of, or completes,
/// another ("stated replacements and complements" in issue 12).
const REPLACES_OR_COMPLEMENTS: [RelationKind; 5] = [
    RelationKind::Replaces,
    RelationKind::ReplacesInPart,
    RelationKind::Repeals,
    RelationKind::Complements,
    RelationKind::ComplementedBy,
];

/// Normative statements: truth sentences, what the importer extracted, and
/// how many of each matched.
#[derive(Debug, Default)]
pub(crate) struct Statements {
    /// Normative sentences in the truth of this part.
    pub(crate) truth: usize,
    /// Statements the importer extracted from documents that have statement truth.
    pub(crate) extracted: usize,
    /// Truth sentences the importer extracted with the same (normalized) text.
    pub(crate) found: usize,
    /// Of those found, how many carry the truth's modality.
    pub(crate) modality_right: usize,
    /// Whether the importer's output has a `statements` field at all.
    pub(crate) field_present: bool,
}

/// Everything measured on one part of the corpus.
#[derive(Debug, Default)]
struct Part {
    docs: usize,
    /// The scorer's own fields (12 scalars, relations, duties).
    scored: Report,
    /// The adopting body's classified kind, scored apart from its name.
    body_kind: Report,
    /// Relations of the kinds in [`REPLACES_OR_COMPLEMENTS`] only, by the
    /// strict key (every stated target field equal to the truth's).
    replaces_or_complements: Counts,
    /// The same relations by the lenient measure: kind and `announced`
    /// right, the target identified (`score::relation_identified`).
    replaces_or_complements_identified: Counts,
    /// Metadata cells (document × field of [`METADATA`]) where the draft
    /// agrees with the truth, a field both leave empty included.
    metadata_agree: usize,
    /// Scalar values predicted where the truth says the text states nothing.
    invented_unstated: u32,
    /// Titles by the second, lenient measure (`score::title_equal_lenient`:
    /// equal once the organisation's name and case are set aside): `tp`
    /// right, `fn_` stated and not right, `fp` predicted where the truth
    /// has none. Reported beside the strict `title` field, never for it.
    titles_lenient: Counts,
    statements: Statements,
}

impl Part {
    fn field(&self, f: &str) -> Counts {
        self.scored
            .fields
            .get(f)
            .or_else(|| self.body_kind.fields.get(f))
            .copied()
            .unwrap_or_default()
    }
    /// Share of the stated metadata facts read right (tp / facts the truth states).
    fn metadata_right(&self) -> f64 {
        let (tp, stated) = METADATA.iter().fold((0, 0), |(tp, n), f| {
            let c = self.field(f);
            (tp + c.tp, n + c.tp + c.fn_)
        });
        ratio(tp, stated)
    }
    fn titles_right(&self) -> f64 {
        self.field("title").recall().unwrap_or(0.0)
    }
    fn titles_lenient_right(&self) -> f64 {
        self.titles_lenient.recall().unwrap_or(0.0)
    }
    /// Predicted values the truth does not hold, over all predicted values
    /// of the scorer's fields (scalars, relations, duties).
    fn invented(&self) -> f64 {
        let t = self.scored.total();
        ratio(t.fp, t.tp + t.fp)
    }
}

fn ratio(n: u32, d: u32) -> f64 {
    if d == 0 {
        0.0
    } else {
        f64::from(n) / f64::from(d)
    }
}

fn pct(n: u32, d: u32) -> String {
    if d == 0 {
        format!("{n}/{d} (n/a)")
    } else {
        format!("{n}/{d} ({:.1} %)", 100.0 * f64::from(n) / f64::from(d))
    }
}

/// A corpus set's directory (`tests/corpus/<name>/`).
/// The texts of a folder (its `*.txt` files), sorted: a corpus set, the
/// seeds, the invented realistic set.
pub(crate) fn texts_in(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

pub(crate) fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(name)
}

pub(crate) fn tune3_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/tune3"))
}

pub(crate) fn truth() -> serde_json::Map<String, Value> {
    truth_in(&dir())
}

pub(crate) fn truth_in(dir: &Path) -> serde_json::Map<String, Value> {
    let t = std::fs::read_to_string(dir.join("truth.json")).unwrap();
    let v: Value = serde_json::from_str(&t).unwrap();
    v.as_object()
        .unwrap()
        .iter()
        .filter(|(k, _)| !k.starts_with('_'))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

pub(crate) fn is_blind(name: &str) -> bool {
    name[..3].parse::<u32>().unwrap() % 3 == 0
}

/// The draft with only the relations of `kinds`, for scoring a subset.
fn only_relations(draft: &ImportDraft, kinds: &[RelationKind]) -> ImportDraft {
    let mut d = draft.clone();
    d.relations.retain(|r| kinds.contains(&r.kind));
    d
}

fn truth_only_relations(truth: &Value, kinds: &[RelationKind]) -> Value {
    let ids: Vec<Value> = kinds
        .iter()
        .map(|k| serde_json::to_value(k).unwrap())
        .collect();
    let mut t = truth.clone();
    if let Some(rels) = t["relations"].as_array_mut() {
        rels.retain(|r| ids.contains(&r["kind"]));
    }
    t
}

/// Matches the draft's statements (when the output has them) with the
/// truth's by normalized text.
pub(crate) fn score_statements(d: &Value, truth: &Value, s: &mut Statements) {
    let Some(want) = truth["statements"].as_array() else {
        return;
    };
    s.truth += want.len();
    let Some(got) = d.get("statements").and_then(Value::as_array) else {
        return;
    };
    s.field_present = true;
    s.extracted += got.len();
    let mut left: Vec<&Value> = got.iter().collect();
    for w in want {
        let key = norm(w["text"].as_str().unwrap_or_default());
        if let Some(i) = left
            .iter()
            .position(|g| g["text"].as_str().is_some_and(|t| norm(t) == key))
        {
            s.found += 1;
            if left[i]["modality"] == w["modality"] {
                s.modality_right += 1;
            }
            left.remove(i);
        }
    }
}

/// Imports and scores every document of one part.
fn run(blind: bool) -> Part {
    run_in(&dir(), |name| is_blind(name) == blind)
}

/// Imports and scores every document of `dir` whose name `keep` accepts.
fn run_in(dir: &Path, keep: impl Fn(&str) -> bool) -> Part {
    let mut part = Part::default();
    for (name, t) in truth_in(dir) {
        if !keep(&name) {
            continue;
        }
        part.docs += 1;
        let draft = import_file(&dir.join(format!("{name}.txt"))).unwrap();
        let r = compare(&name, &draft, &t);
        match (draft.title.as_deref(), t["title"].as_str()) {
            (Some(p), Some(w)) if title_equal_lenient(p, w) => part.titles_lenient.tp += 1,
            (_, Some(_)) => part.titles_lenient.fn_ += 1,
            (Some(_), None) => part.titles_lenient.fp += 1,
            (None, None) => {}
        }
        part.invented_unstated += SCALARS
            .iter()
            .map(|f| r.fields[*f])
            .filter(|c| c.fp == 1 && c.fn_ == 0)
            .count() as u32;
        let bk = compare_key(&name, &draft, &t, "adopted_by", "kind");
        for f in METADATA {
            let c = r.fields.get(f).or_else(|| bk.fields.get(f)).unwrap();
            if c.fp == 0 && c.fn_ == 0 {
                part.metadata_agree += 1;
            }
        }
        let rc = compare(
            &name,
            &only_relations(&draft, &REPLACES_OR_COMPLEMENTS),
            &truth_only_relations(&t, &REPLACES_OR_COMPLEMENTS),
        );
        let c = rc.fields["relations"];
        part.replaces_or_complements.tp += c.tp;
        part.replaces_or_complements.fp += c.fp;
        part.replaces_or_complements.fn_ += c.fn_;
        let pred = serde_json::to_value(only_relations(&draft, &REPLACES_OR_COMPLEMENTS).relations)
            .unwrap();
        let want = truth_only_relations(&t, &REPLACES_OR_COMPLEMENTS);
        let c = relations_identified(
            pred.as_array().unwrap(),
            want["relations"].as_array().map_or(&[][..], Vec::as_slice),
        );
        part.replaces_or_complements_identified.tp += c.tp;
        part.replaces_or_complements_identified.fp += c.fp;
        part.replaces_or_complements_identified.fn_ += c.fn_;
        score_statements(
            &serde_json::to_value(&draft).unwrap(),
            &t,
            &mut part.statements,
        );
        part.scored.merge(&r);
        part.body_kind.merge(&bk);
    }
    part
}

/// Prints the part's figures as Markdown, then every miss.
fn print(label: &str, p: &Part) {
    println!("## {label}: {} documents\n", p.docs);
    let meta = METADATA.iter().fold(Counts::default(), |mut a, f| {
        let c = p.field(f);
        a.tp += c.tp;
        a.fp += c.fp;
        a.fn_ += c.fn_;
        a
    });
    let title = p.field("title");
    let rel = p.field("relations");
    let rc = p.replaces_or_complements;
    let ri = p.replaces_or_complements_identified;
    let total = p.scored.total();
    let st = &p.statements;
    let duties = p.field("duties");
    let mut rows: Vec<(String, String)> = METADATA
        .iter()
        .map(|f| {
            let c = p.field(f);
            (
                format!("{f}: stated facts read right"),
                pct(c.tp, c.tp + c.fn_),
            )
        })
        .collect();
    let found_extra = |c: Counts| {
        format!(
            "{} (predicted not in truth: {})",
            pct(c.tp, c.tp + c.fn_),
            c.fp
        )
    };
    for (name, value) in [
        (
            "**metadata (4 fields): stated facts read right**",
            pct(meta.tp, meta.tp + meta.fn_),
        ),
        (
            "metadata cells agreeing with the truth (empty = empty counts)",
            pct(p.metadata_agree as u32, (p.docs * METADATA.len()) as u32),
        ),
        (
            "metadata values predicted that the truth does not hold",
            pct(meta.fp, meta.tp + meta.fp),
        ),
        ("**titles right**", pct(title.tp, title.tp + title.fn_)),
        (
            "titles right, lenient (the organisation's name and case aside)",
            pct(
                p.titles_lenient.tp,
                p.titles_lenient.tp + p.titles_lenient.fn_,
            ),
        ),
        (
            "**replacements/complements found**",
            pct(rc.tp, rc.tp + rc.fn_),
        ),
        (
            "replacements/complements predicted, not in the truth",
            rc.fp.to_string(),
        ),
        (
            "**replacements/complements found (kind right, target identified)**",
            pct(ri.tp, ri.tp + ri.fn_),
        ),
        (
            "replacements/complements predicted, target not identified in the truth",
            ri.fp.to_string(),
        ),
        ("all relations found", found_extra(rel)),
        ("duties found", found_extra(duties)),
        (
            "**invented**: predicted values (12 scalars, relations, duties) not in the truth",
            pct(total.fp, total.tp + total.fp),
        ),
        (
            "of which a scalar where the truth says the text states nothing",
            p.invented_unstated.to_string(),
        ),
        (
            "statements: output has a `statements` field",
            if st.field_present { "yes" } else { "no" }.to_owned(),
        ),
        (
            "statements found (of the truth's normative sentences)",
            pct(st.found as u32, st.truth as u32),
        ),
        (
            "statements extracted that are a truth sentence",
            pct(st.found as u32, st.extracted as u32),
        ),
        (
            "statements found with the right modality",
            pct(st.modality_right as u32, st.found as u32),
        ),
    ] {
        rows.push((name.to_owned(), value));
    }
    println!("| figure | value |");
    println!("|---|---:|");
    for (name, value) in rows {
        println!("| {name} | {value} |");
    }
    println!("\nPer field (the scorer's table; adopted_by compares name and kind):\n");
    let mut all = Report::default();
    all.merge(&p.scored);
    all.merge(&p.body_kind);
    all.print();
    println!();
}

/// Floors a little under the current figures (FIRST_RUN.md, latest
/// section), and ceilings a little over the invented share and the adoption
/// facts or own diarienummer the truth does not hold.
struct Floors {
    metadata_right: f64,
    titles_right: f64,
    /// The lenient title measure (`score::title_equal_lenient`), floored
    /// apart from the strict one.
    titles_lenient_right: f64,
    replaces_or_complements_found: f64,
    /// The lenient measure (kind right, target identified), at least.
    replaces_or_complements_identified: f64,
    /// Replacements or complements predicted whose target the truth does
    /// not identify (the lenient measure's extras), at most.
    replaces_or_complements_extra_max: u32,
    relations_found: f64,
    /// Relations of every kind predicted that the truth does not hold
    /// (the strict key), at most: a relation invented is worse than one
    /// missed.
    relations_extra_max: u32,
    invented_max: f64,
    /// Values of adopted_by, decision_date, decision_paragraph or dnr the
    /// truth does not hold, at most (each field counted apart).
    adoption_facts_wrong_max: u32,
}

fn check(label: &str, p: &Part, f: &Floors, docs: usize) {
    print(label, p);
    assert_eq!(p.docs, docs, "{label}: documents");
    let m = p.metadata_right();
    assert!(m >= f.metadata_right, "{label}: metadata right {m:.3}");
    let t = p.titles_right();
    assert!(t >= f.titles_right, "{label}: titles right {t:.3}");
    let tl = p.titles_lenient_right();
    assert!(
        tl >= f.titles_lenient_right,
        "{label}: titles right (lenient) {tl:.3}"
    );
    let rc = p.replaces_or_complements.recall().unwrap_or(0.0);
    assert!(
        rc >= f.replaces_or_complements_found,
        "{label}: replacements/complements found {rc:.3}"
    );
    let ri = p.replaces_or_complements_identified.recall().unwrap_or(0.0);
    assert!(
        ri >= f.replaces_or_complements_identified,
        "{label}: replacements/complements found (kind right, target identified) {ri:.3}"
    );
    let extra = p.replaces_or_complements_identified.fp;
    assert!(
        extra <= f.replaces_or_complements_extra_max,
        "{label}: replacements/complements predicted, not in the truth: {extra}"
    );
    let rel = p.field("relations").recall().unwrap_or(0.0);
    assert!(
        rel >= f.relations_found,
        "{label}: relations found {rel:.3}"
    );
    let rel_extra = p.field("relations").fp;
    assert!(
        rel_extra <= f.relations_extra_max,
        "{label}: relations predicted, not in the truth: {rel_extra}"
    );
    let inv = p.invented();
    assert!(inv <= f.invented_max, "{label}: invented {inv:.3}");
    // Adoption facts and the own diarienummer: wrong values are the worst
    // miss (the first run had none on either part; see the floors).
    for field in ["adopted_by", "decision_date", "decision_paragraph", "dnr"] {
        assert!(
            p.field(field).fp <= f.adoption_facts_wrong_max,
            "{label}: {field} predicted wrongly {} times",
            p.field(field).fp
        );
    }
}

// First run (main f5b7255, FIRST_RUN.md): tuned 63/118 metadata facts,
// 27/48 titles, 0/1 replacements or complements, 0/6 relations, 34/135
// predicted values not in the truth. After the issue 12 recognizers
// (2a2dd42, FIRST_RUN.md "2026-12-01, after tuning"): 107/118 metadata
// facts (90.7 %), 41/48 titles (85.4 %), 1/1 replacements or complements,
// 1/6 relations, 22/199 predicted values not in the truth (11.1 %), no
// adoption fact or own dnr the truth does not hold. Law numbers no longer
// read as cited diarienummer: 17/194 predicted values not in the truth.
// After tuning on the whole corpus (import12, FIRST_RUN.md "2026-12-01,
// the whole corpus tuned"): 107/118 metadata facts, 44/48 titles (91.7 %),
// 1/1 replacements or complements, 1/6 relations, 14/196 predicted values
// not in the truth (7.1 %).
const TUNED_FLOORS: Floors = Floors {
    // Fourth round (meta12c): 108/118 metadata, 45/48 titles.
    // Fifth round (meta12d): 110/118 metadata. Eighth round (meta12g):
    // 112/118 (the one body after a flattened run of labels: Värmland,
    // Tingsryd).
    metadata_right: 0.945,
    // Meta67 (stop 67): titles 45/48 -> 44/48 (lenient 46/48 -> 45/48),
    // metadata 112/118 -> 113/118. Ljusnarsberg's cover writes
    // `UPPHANDLING OCH INKÖP` / `POLICY MED RIKTLINJER`; this truth takes
    // the first line as the title, blind144's truth of the same text both
    // lines (rule `title-kind-subtitle`, which also reads its kind,
    // `policy`, that both truths give).
    titles_right: 0.91,
    titles_lenient_right: 0.93,
    replaces_or_complements_found: 0.99,
    // Fifth round (rel12), kind right and target identified: 1/1.
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    // Seventh round (rel12c): relations 4/6 (a governing list read in
    // Götene-Lidköping-Skara and Eslöv), none predicted that the truth
    // lacks.
    relations_found: 0.66,
    relations_extra_max: 0,
    invented_max: 0.075,
    adoption_facts_wrong_max: 0,
};

// First run (main f5b7255, FIRST_RUN.md): blind 36/54 metadata facts,
// 12/23 titles, 0/4 replacements or complements, 0/6 relations, 31/85
// predicted values not in the truth, no adoption fact or own dnr invented.
// After the issue 12 recognizers, run once on the blind part (2a2dd42):
// 44/54 metadata facts (81.5 %), 12/23 titles (52.2 %), 0/4 replacements or
// complements, 0/6 relations, 33/99 predicted values not in the truth
// (33.3 %), and one adopting body whose name differs from the truth (its
// kind right). Law numbers no longer read as cited diarienummer: 30/96.
// Its misses read and tuned on from f73d7e3 (no longer blind): 49/54
// metadata facts (90.7 %), 22/23 titles (95.7 %), 4/4 replacements or
// complements, 4/6 relations, 7/95 predicted values not in the truth
// (7.4 %), the same one adopting body whose name differs from the truth.
const FORMERLY_BLIND_FLOORS: Floors = Floors {
    // Fourth round (meta12c): 50/54 metadata.
    metadata_right: 0.92,
    titles_right: 0.9,
    titles_lenient_right: 0.95,
    replaces_or_complements_found: 0.99,
    // Fifth round (rel12), kind right and target identified: 4/4.
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    // Seventh round (rel12c): relations 4/6, one predicted that the truth
    // lacks (Ånge: a law number read as a dnr; rel36: `OSL 2009:400` is a
    // law's number, none extra, 4/98 predicted values not in the truth).
    relations_found: 0.66,
    relations_extra_max: 0,
    invented_max: 0.05,
    adoption_facts_wrong_max: 1,
};

#[test]
fn real_corpus_tuned() {
    check("Tuned part", &run(false), &TUNED_FLOORS, 48);
}

/// The same stored text in two sets, each pair known and disclosed in
/// `docs/import.md` ("Texts found twice"): a blind set's copy of a text
/// already seen, its first-run figures counted with it.
const KNOWN_TWICE: [(&str, &str); 2] = [
    (
        "blind123/006_region-ostergotland_regional-kulturplan.txt",
        "blind3/015_region-ostergotland_regional-kulturplan-2016.txt",
    ),
    (
        "blind144/003_ljusnarsberg_upphandling-inkop.txt",
        "real/017_ljusnarsberg_upphandling-inkop-policy.txt",
    ),
];

/// No text of the corpus is stored twice (its words compared, spacing
/// aside) besides [`KNOWN_TWICE`]: a blind set holding a text an earlier
/// set holds would measure it as unseen.
#[test]
fn no_text_is_in_two_sets() {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus"));
    let mut seen: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let mut twice: BTreeSet<(String, String)> = BTreeSet::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        for f in texts_in(&dir) {
            let bytes = std::fs::read(&f).unwrap();
            let words = String::from_utf8_lossy(&bytes)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let name = f
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if let Some(first) = seen.get(&words) {
                let (a, b) = if name < *first {
                    (name.clone(), first.clone())
                } else {
                    (first.clone(), name.clone())
                };
                twice.insert((a, b));
            } else {
                seen.insert(words, name);
            }
        }
    }
    let known: BTreeSet<(String, String)> = KNOWN_TWICE
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(twice, known, "texts stored twice in the corpus");
}

/// The documents whose number is divisible by 3: blind until 2026-12-01,
/// tuned on since (their figures are tuned figures now).
#[test]
fn real_corpus_formerly_blind() {
    check(
        "Formerly blind part (tuned on since f73d7e3)",
        &run(true),
        &FORMERLY_BLIND_FLOORS,
        23,
    );
}

/// Every truth entry has its text and its source, and the blind flag is the
/// documented rule (number divisible by 3), so the two parts cannot drift.
#[test]
fn real_corpus_is_complete() {
    let truth = truth();
    let src = std::fs::read_to_string(dir().join("sources.json")).unwrap();
    let sources: Value = serde_json::from_str(&src).unwrap();
    let texts: BTreeSet<String> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter_map(|f| f.strip_suffix(".txt").map(str::to_owned))
        .collect();
    let names: BTreeSet<String> = truth.keys().cloned().collect();
    assert_eq!(names, texts);
    assert_eq!(names.len(), 71);
    for (name, t) in &truth {
        assert_eq!(t["blind"].as_bool(), Some(is_blind(name)), "{name}");
        assert_eq!(
            sources[name]["blind"].as_bool(),
            Some(is_blind(name)),
            "{name}"
        );
    }
}

/// The second blind set. Its one blind run was the lead's, at `main`
/// 5c5f714 (2026-12-01): metadata 39/68, titles 9/33, replacements or
/// complements 0/10 (3 predicted not in the truth), relations 0/17,
/// 31/81 predicted values not in the truth, adoption facts 0 wrong and dnr
/// 2 wrong; statements 67/118 found, 67/112 precise (`docs/import.md`).
/// The set is spent since and tuned on (titles12): after tuning on it,
/// metadata 44/68, titles 20/33 (20/90 predicted values not in the truth
/// with stmts12's relation rules).
/// The floors sit just under the tuned figures; figures only are printed
/// (the per-document mismatches are not).
#[test]
fn real_corpus_blind2() {
    let mut p = run_in(&corpus("blind2"), |_| true);
    p.scored.mismatches.clear();
    p.body_kind.mismatches.clear();
    check("Second blind set (blind2)", &p, &BLIND2_FLOORS, 33);
    let st = &p.statements;
    assert!(
        // After tuning on it (stmts12): 69/118 found, 69/112 precise;
        // stmts12b: 100/118, 100/118; stmts12c: 103/118, 103/120.
        st.found * 100 >= 85 * st.truth && st.found * 100 >= 85 * st.extracted,
        "blind2 statements: {} of {} found, {} extracted",
        st.found,
        st.truth,
        st.extracted
    );
}

const BLIND2_FLOORS: Floors = Floors {
    // After tuning on it (meta12b, third round): metadata 49/68, titles
    // 22/33, replacements or complements 5/10, relations 9/17, 13/105
    // predicted values not in the truth.
    // Fourth round (meta12c): metadata 53/68, titles 24/33. Eighth round
    // (meta12g): 54/68, 12/120 predicted values not in the truth (a type
    // label's `Riktlinjer` over the title's `-instruktion`). Tenth round
    // (imp12l): titles 25/33, 11/120 (Gullspång's `För` subtitle).
    // fix12ze (TUNED): Dals-Ed's `Regelverk …` gives kind regler,
    // metadata 56/68 (floor 0.79 -> 0.82), 11/122.
    // rel36 (TUNED): a decision repealing a document outside the built-in
    // kinds (`Handläggningsordningsordning vid representation`, Västra
    // Götalandsregionen): replacements 10/10, relations 14/17; titles
    // lenient 26/33.
    metadata_right: 0.82,
    titles_right: 0.75,
    titles_lenient_right: 0.78,
    replaces_or_complements_found: 0.99,
    // Fifth round (rel12): 9/10 by both measures.
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    // Seventh round (rel12c): relations 13/17, none extra.
    relations_found: 0.82,
    relations_extra_max: 0,
    invented_max: 0.11,
    adoption_facts_wrong_max: 2,
};

/// The third blind set, run once by the lead after every tuning pass of
/// the stop had landed (figures in `docs/import.md`, "The third blind set:
/// first run"; the first attempt panicked and was fixed generally first).
/// First run: metadata 41/68, titles 16/36, replacements or complements
/// 0/11, relations 1/14, 19/81 predicted values not in the truth,
/// statements 70/142 found and 70/111 precise, modality 69/70. The floors
/// sit just under that run; the set is spent for any later claim.
#[test]
fn real_corpus_blind3() {
    let mut p = run_in(&corpus("blind3"), |_| true);
    p.scored.mismatches.clear();
    p.body_kind.mismatches.clear();
    check("Third blind set (blind3)", &p, &BLIND3_FLOORS, 36);
    check_statements("blind3", &p.statements, BLIND3_STATEMENTS);
}

/// Asserts a set's statements found (of the truth's) and precise (of
/// those extracted) reach `floors`, as shares.
fn check_statements(label: &str, st: &Statements, floors: (f64, f64)) {
    assert!(
        st.found as f64 >= floors.0 * st.truth as f64
            && st.found as f64 >= floors.1 * st.extracted as f64,
        "{label} statements: {} of {} found, {} extracted",
        st.found,
        st.truth,
        st.extracted
    );
}

// Tuned on since (import13): metadata 42/68, titles 21/36, replacements
// or complements 7/11, relations 8/14, 11/86 predicted values not in the
// truth.
// Seventh round (meta12f): titles 28/36, lenient 29/36, 10/113.
const BLIND3_FLOORS: Floors = Floors {
    // Fourth round (meta12c, tuned): metadata 55/68, titles 27/36.
    // Fifth round (meta12d): metadata 59/68, 11/112 predicted values not
    // in the truth. Eighth round (meta12g): metadata 60/68 (an adopter
    // named after a description of it and a comma).
    metadata_right: 0.88,
    titles_right: 0.77,
    titles_lenient_right: 0.8,
    replaces_or_complements_found: 0.72,
    // Fifth round (rel12): 7/11 by both measures; sixth (rel12b): 8/11,
    // relations 9/14, none predicted that the truth lacks.
    replaces_or_complements_identified: 0.72,
    replaces_or_complements_extra_max: 0,
    // Seventh round (rel12c): relations 9/14, none extra.
    relations_found: 0.64,
    relations_extra_max: 0,
    invented_max: 0.12,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 70/142 and
/// 70/111; tuned on since (import13) 89/142 and 89/123; stmts12c 107/142
/// and 107/130; stmts12d 109/142 and 109/129; stmts12e 110/142 and 110/129;
/// fix12g 111/142 and 111/130; stmts12f 113/142 and 113/128; stmts12g
/// (TUNED) 114/142 and 114/129.
// kan63 (stop 63): precision 0.88 -> 0.87 (a `kan` + passive sentence
// read that the truth does not hold; 115/142 found, 115/131 precise).
// sker64 (stop 64): precision 0.87 -> 0.86 (115/133: a `sker` sentence read that the truth does not hold).
const BLIND3_STATEMENTS: (f64, f64) = (0.80, 0.86);

blind_set! {
    /// The fourth blind set, run once by the lead at 1e05955 after every
    /// tuning pass of the stop had landed. First run: metadata 20/43, titles
    /// 21/38, replacements or complements 0/1, relations 1/10, 23/72 predicted
    /// values not in the truth (metadata 9/29), statements 101/174 found and
    /// 101/167 precise, modality 98/101. 29 of its 38 texts are the
    /// organisations' web pages about a document, not the decided document.
    /// The floors sit just under that run; the set is spent for any later
    /// claim.
    real_corpus_blind4("blind4", "Fourth blind set (blind4)", 38, BLIND4_FLOORS, BLIND4_STATEMENTS);
}

/// After tuning on blind4's web pages (see docs/import.md): titles 31/38,
/// invented 18/76; the one relation found at the first run (a page's
/// section `Handlingsprogrammet` read as its title) is lost with that title.
///
/// Fifth round (meta12d, tuned): metadata 33/43, titles 32/38, 11/83
/// predicted values not in the truth.
const BLIND4_FLOORS: Floors = Floors {
    // Eighth round (meta12g): metadata 34/43, 10/85 predicted values not
    // in the truth (a type label's `Riktlinjer` over the title's `plan`).
    metadata_right: 0.79,
    titles_right: 0.84,
    titles_lenient_right: 0.84,
    replaces_or_complements_found: 0.99,
    // Fifth round (rel12): 0/1 by both measures; sixth (rel12b): 1/1,
    // relations 1/10.
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    // Seventh round (rel12c): relations 1/10, none extra. After the
    // seventh blind run (fix12h, TUNED): 2/10 (Alingsås `För mer
    // information se kommunens ”Rutin …”`), none extra.
    relations_found: 0.19,
    relations_extra_max: 0,
    // Ninth round (meta12h, TUNED): 9/84 (a draft's adoption label with
    // its date left to fill in reads no adopter: Malung-Sälen).
    invented_max: 0.11,
    adoption_facts_wrong_max: 1,
};

blind_set! {
    /// The fifth blind set, run once by the lead at 91f4bfd after every tuning
    /// pass of the stop had landed. First run: metadata 77/94, titles 26/36,
    /// replacements or complements 0/6 (by both measures), relations 0/15,
    /// 20/155 predicted values not in the truth (metadata 4/81), statements
    /// 119/199 found and 119/164 precise, modality 109/119. Its texts are the
    /// documents' own (not pages about them), mostly of organisations seen
    /// before. The floors sit just under that run; the set is spent for any
    /// later claim.
    real_corpus_blind5("blind5", "Fifth blind set (blind5)", 36, BLIND5_FLOORS, BLIND5_STATEMENTS);
}

blind_set! {
    /// The sixth blind set, run once by the lead at 58673ce after every tuning
    /// pass of the stop (meta12e, stmts12e, rel12b) had landed. First run:
    /// metadata 51/60, titles 16/30, replacements or complements 1/3 (by both
    /// measures; one predicted that the truth lacks), relations 1/20, 19/98
    /// predicted values not in the truth (metadata 2/53), statements 81/107
    /// found and 81/116 precise, modality 79/81. Its texts are the documents'
    /// own, some of organisations seen before. The floors sit just under that
    /// run; the set is spent for any later claim.
    real_corpus_blind6("blind6", "Sixth blind set (blind6)", 30, BLIND6_FLOORS, BLIND6_STATEMENTS);
}

/// First run (58673ce): see [`real_corpus_blind6`]; one adopter predicted
/// that the truth does not hold. **Tuned on since** (fix12f, titles by
/// form across the seven spent sets): titles 21/30, 12/96 predicted values
/// not in the truth; with Kumla's replaced programme bounded at its lost
/// full stop, replacements or complements 2/3 (none extra), relations
/// 2/20, 11/96. Seventh round (meta12f): titles 23/30 (a bare cover's
/// name restated with its organisation), lenient titles 25/30, 8/95 (a
/// web footer's editor no longer read as the owner). The first-run
/// figures above stay the blind claim.
const BLIND6_FLOORS: Floors = Floors {
    // Eighth round (meta12g, TUNED): metadata 53/60 (an adopter after a
    // pronoun continuing the sentence before about this document; the
    // one body after a flattened run of labels, Västra Götalandsregionen).
    // Ninth round (meta12h, TUNED): metadata 54/60, titles 24/30 and
    // lenient 26/30 (a name after a statute collection's header, Kalix),
    // 7/105 (no adopter from Järfälla's unfilled adoption label).
    metadata_right: 0.89,
    titles_right: 0.79,
    titles_lenient_right: 0.86,
    // rel35 (TUNED): Västra Götalandsregionen's `Ersätter` among a label
    // run's values, 3/3 and relations 10/20.
    replaces_or_complements_found: 0.99,
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    // Seventh round (rel12c, tuned on blind6): relations 9/20 (Orust
    // `konkretisera`, Mjölby `är kopplat till` ×2, Västra
    // Götalandsregionen `Övergripande dokument`, documents drawn up from
    // this one in Norrbottens läns landsting, Tomelilla, Mölndal), none
    // extra.
    relations_found: 0.49,
    relations_extra_max: 0,
    invented_max: 0.07,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 81/107 and
/// 81/116; tuned on since (fix12g) 84/107 and 84/114, (stmts12f) 84/107
/// and 84/112, (fix12i) 85/107 and 85/113.
const BLIND6_STATEMENTS: (f64, f64) = (0.79, 0.75);

blind_set! {
    /// The seventh blind set, run once by the lead at f91548b after every
    /// tuning pass of the stop (meta12f, stmts12f, rel12c) had landed. First
    /// run: metadata 60/74, titles 21/30 (lenient 21/30), replacements or
    /// complements 2/5 (both measures, none extra), relations 2/12 (none
    /// extra), 12/112 predicted values not in the truth (metadata 2/62), no
    /// adoption fact wrong, statements 100/169 found and 100/128 precise,
    /// modality 95/100. The floors sit just under that run; the set is spent
    /// for any later claim.
    real_corpus_blind7("blind7", "Seventh blind set (blind7)", 31, BLIND7_FLOORS, BLIND7_STATEMENTS);
}

blind_set! {
    /// The eighth blind set, run once by the lead at 54459d5 after every
    /// tuning pass of the stop (meta12g, stmts12g) had landed. First run:
    /// metadata 22/30, titles 8/16 (lenient 8/16), replacements or complements
    /// 0/8 (3 predicted whose target the truth does not identify), relations
    /// 0/11 (4 predicted not in the truth), 15/52 predicted values not in the
    /// truth (metadata 1/23), statements 61/87 found and 61/69 precise,
    /// modality 56/61. The floors sit just under that run; the set is spent
    /// for any later claim.
    real_corpus_blind8("blind8", "Eighth blind set (blind8)", 16, BLIND8_FLOORS, BLIND8_STATEMENTS);
}

/// First run (54459d5): see [`real_corpus_blind8`]; two adopters the truth
/// does not hold (a ledningsgrupp's name cut to its förvaltning; a
/// proposal's intended adopter). First-run floors: metadata 0.73, titles
/// 0.49, replacements or complements 0.0 (3 extra), relations 0.0 (4
/// extra), invented 0.29. **Tuned on since** (fix12j, TUNED): metadata
/// 23/30, titles 10/16 (a download link's size, a proposal of
/// föreskrifter), replacements or complements 1/8 and relations 1/11 (a
/// target ends before a numbered heading), 3 relations extra, 12/53
/// predicted values not in the truth; the floors follow just under.
/// Ninth round (meta12h, TUNED): titles 11/16 (Mjölby's name wrapped below
/// its cut web title), 11/53.
/// Then (dnr35, TUNED): the one unlabelled diarienummer in a head line
/// (`Ks 900/2019`, `KS 2018/0316`; Örebro, Danderyd, Lund, Haninge): metadata
/// 25/30.
const BLIND8_FLOORS: Floors = Floors {
    // rel49 (TUNED, stop 49): relation forms read and extras dropped; the
    // relation floors follow just under.
    // title36 (TUNED): `2 Föreskrifter om avfallshantering för … kommun Antagen
    // av …` (Trelleborg) and Vingåker's `Kostpolitisk_plan_ Kostpolitisk plan`:
    // metadata 26/30, titles 13/16, 9/57 not in the truth.
    metadata_right: 0.86,
    titles_right: 0.81,
    titles_lenient_right: 0.81,
    replaces_or_complements_found: 0.49,
    replaces_or_complements_identified: 0.49,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.36,
    relations_extra_max: 1,
    invented_max: 0.16,
    adoption_facts_wrong_max: 2,
};

/// Statements found and precise, at least (shares): first run 61/87 and
/// 61/69.
const BLIND8_STATEMENTS: (f64, f64) = (0.70, 0.88);

blind_set! {
    /// The fifty-eighth blind set (`tests/corpus/blind58/`: 6 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 7be5033 (`docs/import.md`, "The fifty-eighth blind set: first
    /// run"); spent since.
    real_corpus_blind58("blind58", "Fifty-eighth blind set (blind58)", 6, BLIND58_FLOORS, BLIND58_STATEMENTS);
}

/// Just under the one run (7be5033): metadata 6/9, titles 6/6, its one
/// complement and two references by description missed (none predicted),
/// invented 1/14 (a broadband page's kind `policy`, truth `other`).
const BLIND58_FLOORS: Floors = Floors {
    metadata_right: 0.66,
    titles_right: 0.99,
    titles_lenient_right: 0.99,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.08,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 25/44 and 25/31.
const BLIND58_STATEMENTS: (f64, f64) = (0.56, 0.80);

blind_set! {
    /// The sixty-eighth blind set (`tests/corpus/blind68/`: 8 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 03b1b13 (`docs/import.md`, "The sixty-eighth and sixty-ninth
    /// blind sets: first runs"); spent since.
    real_corpus_blind68("blind68", "Sixty-eighth blind set (blind68)", 8, BLIND68_FLOORS, BLIND68_STATEMENTS);
}

/// Just under the one run (03b1b13): metadata 4/8, titles 6/8, relations 0/6
/// (none predicted), invented 5/15 (Göteborg's fullmäktige, which adopted
/// the guidelines the plan carries out, read as the plan's adopter; a
/// page read as `policy` with its own name as title; two duties).
const BLIND68_FLOORS: Floors = Floors {
    metadata_right: 0.49,
    titles_right: 0.74,
    titles_lenient_right: 0.74,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.34,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 39/62 and 39/42.
const BLIND68_STATEMENTS: (f64, f64) = (0.62, 0.92);

blind_set! {
    /// The sixty-ninth blind set (`tests/corpus/blind69/`: 7 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 03b1b13 (`docs/import.md`, "The sixty-eighth and sixty-ninth
    /// blind sets: first runs"); spent since.
    real_corpus_blind69("blind69", "Sixty-ninth blind set (blind69)", 7, BLIND69_FLOORS, BLIND69_STATEMENTS);
}

/// Just under the one run (03b1b13): metadata 6/10, titles 6/7, its one
/// replacement found, relations 1/2, invented 4/22 (`markanvisning` read as
/// kind `anvisning`, three duties).
const BLIND69_FLOORS: Floors = Floors {
    metadata_right: 0.59,
    titles_right: 0.85,
    titles_lenient_right: 0.85,
    replaces_or_complements_found: 0.99,
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.49,
    relations_extra_max: 0,
    invented_max: 0.19,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 25/45 and
/// 25/32; since stmts47b (`otillåten` binds only as a predicate) 22/45 and
/// 22/27 — three of Timrå's sentences had been found only through a wrong
/// `får` reading of `otillåten påverkan`, and two extras went with them.
const BLIND69_STATEMENTS: (f64, f64) = (0.48, 0.78);

blind_set! {
    /// The sixty-sixth blind set (`tests/corpus/blind66/`: 8 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 48acf53 (`docs/import.md`, "The sixty-sixth and sixty-seventh
    /// blind sets: first runs"); spent since.
    real_corpus_blind66("blind66", "Sixty-sixth blind set (blind66)", 8, BLIND66_FLOORS, BLIND66_STATEMENTS);
}

/// Just under the one run (48acf53): metadata 9/12, titles 5/8, its one
/// complement and one reference missed (none predicted), invented 3/17
/// (two titles run on past their name, a duty).
const BLIND66_FLOORS: Floors = Floors {
    metadata_right: 0.74,
    titles_right: 0.62,
    titles_lenient_right: 0.62,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.18,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 34/65 and 34/35.
const BLIND66_STATEMENTS: (f64, f64) = (0.52, 0.97);

blind_set! {
    /// The sixty-seventh blind set (`tests/corpus/blind67/`: 9 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 48acf53 (`docs/import.md`, "The sixty-sixth and sixty-seventh
    /// blind sets: first runs"); spent since.
    real_corpus_blind67("blind67", "Sixty-seventh blind set (blind67)", 9, BLIND67_FLOORS, BLIND67_STATEMENTS);
}

/// Just under the one run (48acf53): metadata 10/15, titles 9/9, relations 0/7
/// (none predicted), invented 4/29 (a dnr without its `KS-13`, a page
/// read as `vision`, a span of years read as validity, a duty).
const BLIND67_FLOORS: Floors = Floors {
    metadata_right: 0.66,
    titles_right: 0.99,
    titles_lenient_right: 0.99,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.14,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 39/71 and 39/47.
const BLIND67_STATEMENTS: (f64, f64) = (0.54, 0.82);

blind_set! {
    /// The sixty-fourth blind set (`tests/corpus/blind64/`: 8 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 032b183 (`docs/import.md`, "The sixty-fourth and sixty-fifth
    /// blind sets: first runs"); spent since.
    real_corpus_blind64("blind64", "Sixty-fourth blind set (blind64)", 8, BLIND64_FLOORS, BLIND64_STATEMENTS);
}

/// Just under the one run (032b183): metadata 7/14, titles 8/8, its one
/// complement and four other relations missed (none predicted), invented
/// 1/19 (a kanslihandbok read as kind `other`, truth `anvisning`).
const BLIND64_FLOORS: Floors = Floors {
    metadata_right: 0.49,
    titles_right: 0.99,
    titles_lenient_right: 0.99,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.06,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 43/68 and 43/49.
// kan63 (stop 63): precision 0.87 -> 0.86 (44/68 found, 44/51 precise).
// sker64 (stop 64): precision 0.86 -> 0.84 (45/53: a `sker` sentence read that the truth does not hold).
const BLIND64_STATEMENTS: (f64, f64) = (0.63, 0.84);

blind_set! {
    /// The sixty-fifth blind set (`tests/corpus/blind65/`: 9 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 032b183 (`docs/import.md`, "The sixty-fourth and sixty-fifth
    /// blind sets: first runs"); spent since.
    real_corpus_blind65("blind65", "Sixty-fifth blind set (blind65)", 9, BLIND65_FLOORS, BLIND65_STATEMENTS);
}

/// Just under the one run (032b183): metadata 9/17, titles 6/8, relations 0/2
/// (none predicted), invented 3/20 (a revision date for the decision
/// date's page, a title with its slogan, a duty).
const BLIND65_FLOORS: Floors = Floors {
    metadata_right: 0.52,
    titles_right: 0.74,
    titles_lenient_right: 0.74,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.16,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 22/56 and 22/32.
const BLIND65_STATEMENTS: (f64, f64) = (0.39, 0.68);

blind_set! {
    /// The sixty-second blind set (`tests/corpus/blind62/`: 8 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 6e02b20 (`docs/import.md`, "The sixty-second and sixty-third
    /// blind sets: first runs"); spent since.
    real_corpus_blind62("blind62", "Sixty-second blind set (blind62)", 8, BLIND62_FLOORS, BLIND62_STATEMENTS);
}

/// Just under the one run (6e02b20): metadata 4/10 (five pages of kind
/// `other` read with no kind), titles 7/8, its four references by
/// description missed (none predicted), invented 1/13 (a duty).
const BLIND62_FLOORS: Floors = Floors {
    metadata_right: 0.39,
    titles_right: 0.87,
    titles_lenient_right: 0.87,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.08,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 50/93 and 50/62.
const BLIND62_STATEMENTS: (f64, f64) = (0.53, 0.80);

blind_set! {
    /// The sixty-third blind set (`tests/corpus/blind63/`: 9 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 6e02b20 (`docs/import.md`, "The sixty-second and sixty-third
    /// blind sets: first runs"); spent since.
    real_corpus_blind63("blind63", "Sixty-third blind set (blind63)", 9, BLIND63_FLOORS, BLIND63_STATEMENTS);
}

/// Just under the one run (6e02b20): metadata 6/14, titles 7/9, relations 0/5
/// (one predicted not in the truth), invented 6/18 (a company board's name
/// cut at `och`, a kind, two titles, a duty, a relation).
const BLIND63_FLOORS: Floors = Floors {
    metadata_right: 0.42,
    titles_right: 0.77,
    titles_lenient_right: 0.77,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.34,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 38/71 and 38/41;
/// since title56 44/71 and 44/48 (Motala's page's opening sentences read).
const BLIND63_STATEMENTS: (f64, f64) = (0.53, 0.91);

blind_set! {
    /// The fifty-ninth blind set (`tests/corpus/blind59/`: 8 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 6a2296c (`docs/import.md`, "The fifty-ninth blind set: first
    /// run"); spent since.
    real_corpus_blind59("blind59", "Fifty-ninth blind set (blind59)", 8, BLIND59_FLOORS, BLIND59_STATEMENTS);
}

/// Just under the one run (6a2296c): metadata 9/13, titles 5/8, relations
/// 0/6 (none predicted), invented 8/25 (three kinds of a protocol, a
/// proposal and a news page about a document, whose truth says `other`).
const BLIND59_FLOORS: Floors = Floors {
    metadata_right: 0.69,
    titles_right: 0.62,
    titles_lenient_right: 0.62,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.32,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 24/57 and 24/25.
const BLIND59_STATEMENTS: (f64, f64) = (0.42, 0.96);

blind_set! {
    /// The fifty-sixth blind set (`tests/corpus/blind56/`: 9 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 51b31f8 (`docs/import.md`, "The fifty-sixth blind set: first
    /// run"); spent since.
    real_corpus_blind56("blind56", "Fifty-sixth blind set (blind56)", 9, BLIND56_FLOORS, BLIND56_STATEMENTS);
}

/// Just under the one run (51b31f8): metadata 10/16, titles 7/9,
/// replacements or complements 0/2, relations 0/5 (one predicted not in the
/// truth), invented 5/25 (three duties of a reglemente the truth does not
/// record), no metadata value invented.
const BLIND56_FLOORS: Floors = Floors {
    metadata_right: 0.62,
    titles_right: 0.77,
    titles_lenient_right: 0.77,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.2,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 44/85 and 44/48.
const BLIND56_STATEMENTS: (f64, f64) = (0.51, 0.91);

blind_set! {
    /// The fifty-seventh blind set (`tests/corpus/blind57/`: 8 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 8a5fdba (`docs/import.md`, "The fifty-seventh blind set: first
    /// run"); spent since.
    real_corpus_blind57("blind57", "Fifty-seventh blind set (blind57)", 8, BLIND57_FLOORS, BLIND57_STATEMENTS);
}

/// Just under the one run (8a5fdba): metadata 4/9, titles 7/8, invented
/// 5/18, one adopter read where the truth states none (Eksjö's
/// `Föreskrifterna beslutas av kommunfullmäktige`, said of all its
/// föreskrifter).
const BLIND57_FLOORS: Floors = Floors {
    metadata_right: 0.44,
    titles_right: 0.87,
    titles_lenient_right: 0.87,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.28,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 39/65 and 39/40.
const BLIND57_STATEMENTS: (f64, f64) = (0.59, 0.97);

blind_set! {
    /// The fifty-fifth blind set (`tests/corpus/blind55/`: 10 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 61444bb (`docs/import.md`, "The fifty-fourth and fifty-fifth
    /// blind sets: first runs"); spent since.
    real_corpus_blind55("blind55", "Fifty-fifth blind set (blind55)", 10, BLIND55_FLOORS, BLIND55_STATEMENTS);
}

/// Just under the one run (61444bb): metadata 7/16, titles 9/10, invented 2/18.
const BLIND55_FLOORS: Floors = Floors {
    metadata_right: 0.43,
    titles_right: 0.89,
    titles_lenient_right: 0.89,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.12,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 56/100 and 56/56.
const BLIND55_STATEMENTS: (f64, f64) = (0.55, 0.99);

blind_set! {
    /// The fifty-fourth blind set (`tests/corpus/blind54/`: 8 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 61444bb (`docs/import.md`, "The fifty-fourth and fifty-fifth
    /// blind sets: first runs"); spent since.
    real_corpus_blind54("blind54", "Fifty-fourth blind set (blind54)", 8, BLIND54_FLOORS, BLIND54_STATEMENTS);
}

/// Just under the one run (61444bb): metadata 8/10, titles 4/8, invented 9/22.
const BLIND54_FLOORS: Floors = Floors {
    metadata_right: 0.79,
    titles_right: 0.5,
    titles_lenient_right: 0.5,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.41,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 36/66 and 36/41.
const BLIND54_STATEMENTS: (f64, f64) = (0.54, 0.87);

blind_set! {
    /// The fifty-third blind set (`tests/corpus/blind53/`: 9 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 184df25 (`docs/import.md`, "The fifty-second and fifty-third
    /// blind sets: first runs"); spent since.
    real_corpus_blind53("blind53", "Fifty-third blind set (blind53)", 9, BLIND53_FLOORS, BLIND53_STATEMENTS);
}

/// Just under the one run (184df25): metadata 9/15, titles 7/9, invented 5/27.
const BLIND53_FLOORS: Floors = Floors {
    metadata_right: 0.59,
    titles_right: 0.77,
    titles_lenient_right: 0.77,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.19,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 74/121 and 74/82.
const BLIND53_STATEMENTS: (f64, f64) = (0.61, 0.90);

blind_set! {
    /// The fifty-second blind set (`tests/corpus/blind52/`: 10 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 184df25 (`docs/import.md`, "The fifty-second and fifty-third
    /// blind sets: first runs"); spent since.
    real_corpus_blind52("blind52", "Fifty-second blind set (blind52)", 10, BLIND52_FLOORS, BLIND52_STATEMENTS);
}

/// Just under the one run (184df25): metadata 5/15, titles 3/9, replacements 1/1 (2 predicted not in the truth), invented 6/15.
const BLIND52_FLOORS: Floors = Floors {
    metadata_right: 0.33,
    titles_right: 0.33,
    titles_lenient_right: 0.33,
    replaces_or_complements_found: 0.99,
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 2,
    relations_found: 0.5,
    relations_extra_max: 2,
    invented_max: 0.41,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 37/85 and 37/49.
const BLIND52_STATEMENTS: (f64, f64) = (0.43, 0.75);

blind_set! {
    /// The fifty-first blind set (`tests/corpus/blind51/`: 10 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at ac353e3 (`docs/import.md`, "The fiftieth and fifty-first blind
    /// sets: first runs"); spent since.
    real_corpus_blind51("blind51", "Fifty-first blind set (blind51)", 10, BLIND51_FLOORS, BLIND51_STATEMENTS);
}

/// Just under the one run (ac353e3): metadata 18/21, titles 8/10, invented 4/32,
/// two adopters read wrongly (Bräcke named in an OCR-damaged adopter; a
/// company board given the kind `styrelse`).
const BLIND51_FLOORS: Floors = Floors {
    metadata_right: 0.85,
    titles_right: 0.8,
    titles_lenient_right: 0.8,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.13,
    adoption_facts_wrong_max: 2,
};

/// Statements found and precise, at least (shares): first run 57/124 and 57/68.
const BLIND51_STATEMENTS: (f64, f64) = (0.45, 0.83);

blind_set! {
    /// The fiftieth blind set (`tests/corpus/blind50/`: 10 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at ac353e3 (`docs/import.md`, "The fiftieth and fifty-first blind
    /// sets: first runs"); spent since.
    real_corpus_blind50("blind50", "Fiftieth blind set (blind50)", 10, BLIND50_FLOORS, BLIND50_STATEMENTS);
}

/// Just under the one run (ac353e3): metadata 12/17, titles 8/10, invented 4/29.
const BLIND50_FLOORS: Floors = Floors {
    metadata_right: 0.7,
    titles_right: 0.8,
    titles_lenient_right: 0.8,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.14,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 53/122 and 53/57.
const BLIND50_STATEMENTS: (f64, f64) = (0.43, 0.92);

blind_set! {
    /// The forty-ninth blind set (`tests/corpus/blind49/`: 9 real texts,
    /// their truth committed before any importer ran on them). Its one blind
    /// run is the lead's, at 5139def (after title41 and stmts41): metadata
    /// 6/14 (five kinds `other` missed), titles 8/9, no replacement or
    /// complement in the truth, one reference predicted that the truth does
    /// not hold, 3/19 predicted values not in the truth (metadata 1/7),
    /// statements 44/90 found and 44/47 precise, modality 44/44
    /// (`docs/import.md`, "The forty-eighth and forty-ninth blind sets: first
    /// runs"). The floors sit just under that run; the set is spent for any
    /// later claim.
    real_corpus_blind49("blind49", "Forty-ninth blind set (blind49)", 9, BLIND49_FLOORS, BLIND49_STATEMENTS);
}

/// Just under the first run.
const BLIND49_FLOORS: Floors = Floors {
    metadata_right: 0.42,
    titles_right: 0.88,
    titles_lenient_right: 0.88,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.16,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 44/90 and 44/47.
/// Since stmt58b (a paragraph sign before a sentence), 51/90 and 51/55:
/// three more found, one lead-in more extracted.
const BLIND49_STATEMENTS: (f64, f64) = (0.56, 0.92);

blind_set! {
    /// The forty-eighth blind set (`tests/corpus/blind48/`: 9 real texts,
    /// their truth committed before any importer ran on them). Its one blind
    /// run is the lead's, at 5139def (after title41 and stmts41): metadata
    /// 9/15, titles 8/9, replacements or complements 1/2, relations 1/6, 2/23
    /// predicted values not in the truth (metadata 1/10: a taxa read as kind
    /// regler), statements 38/102 found and 38/45 precise, modality 25/38
    /// (`docs/import.md`, "The forty-eighth and forty-ninth blind sets: first
    /// runs"). The floors sit just under that run; the set is spent for any
    /// later claim.
    real_corpus_blind48("blind48", "Forty-eighth blind set (blind48)", 9, BLIND48_FLOORS, BLIND48_STATEMENTS);
}

/// Just under the first run.
const BLIND48_FLOORS: Floors = Floors {
    metadata_right: 0.59,
    titles_right: 0.88,
    titles_lenient_right: 0.88,
    replaces_or_complements_found: 0.49,
    replaces_or_complements_identified: 0.49,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.16,
    relations_extra_max: 0,
    invented_max: 0.09,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 38/102 and 38/45.
const BLIND48_STATEMENTS: (f64, f64) = (0.37, 0.84);

blind_set! {
    /// The forty-seventh blind set (`tests/corpus/blind47/`: 6 real texts of 6
    /// organisations, collected by a helper session, their truth committed
    /// before any importer ran on them). Its one blind run is the lead's, at
    /// cf1ecf9: metadata 5/8, titles 3/6 (lenient 4/6), no relation in the
    /// truth, 4/12 predicted values not in the truth (metadata 2/7: two kinds
    /// read from a page's words, regler and plan, where the truth says other),
    /// statements 17/37 found and 17/20 precise, modality 16/17
    /// (`docs/import.md`, "The forty-seventh blind set: first run"). The floors
    /// sit just under that run; the set is spent for any later claim.
    real_corpus_blind47("blind47", "Forty-seventh blind set (blind47)", 6, BLIND47_FLOORS, BLIND47_STATEMENTS);
}

/// Just under the first run.
const BLIND47_FLOORS: Floors = Floors {
    metadata_right: 0.62,
    titles_right: 0.49,
    titles_lenient_right: 0.66,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.34,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 17/37 and 17/20.
const BLIND47_STATEMENTS: (f64, f64) = (0.45, 0.84);

blind_set! {
    /// The forty-sixth blind set (`tests/corpus/blind46/`: 8 real texts of 8
    /// organisations, collected by a helper session, their truth committed
    /// before any importer ran on them). Its one blind run is the lead's, at
    /// f440d4a (after stmts40 and adopt40): metadata 14/19, titles 5/8 (lenient
    /// 5/8), replacements and complements 1/2 (one predicted that the truth
    /// does not hold), relations 1/5, one adopter named short (Örebro's
    /// utskott), 8/28 predicted values not in the truth (metadata 0/14),
    /// statements 40/73 found and 40/49 precise, modality 40/40
    /// (`docs/import.md`, "The forty-fifth and forty-sixth blind sets: first
    /// runs"). The floors sit just under that run; the set is spent for any
    /// later claim.
    real_corpus_blind46("blind46", "Forty-sixth blind set (blind46)", 8, BLIND46_FLOORS, BLIND46_STATEMENTS);
}

/// Just under the first run.
const BLIND46_FLOORS: Floors = Floors {
    metadata_right: 0.73,
    titles_right: 0.62,
    titles_lenient_right: 0.62,
    replaces_or_complements_found: 0.5,
    replaces_or_complements_identified: 0.5,
    replaces_or_complements_extra_max: 1,
    relations_found: 0.2,
    relations_extra_max: 1,
    invented_max: 0.29,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 40/73 and
/// 40/49.
const BLIND46_STATEMENTS: (f64, f64) = (0.54, 0.81);

blind_set! {
    /// The forty-fifth blind set (`tests/corpus/blind45/`: 8 real texts of 8
    /// organisations, collected by a helper session, their truth committed
    /// before any importer ran on them). Its one blind run is the lead's, at
    /// f440d4a (after stmts40 and adopt40): metadata 10/16, titles 6/8 (lenient
    /// 6/8), no replacement or complement in the truth, one reference missed,
    /// 3/22 predicted values not in the truth (metadata 0/10), statements 25/43
    /// found and 25/29 precise, modality 23/25 (`docs/import.md`, "The
    /// forty-fifth and forty-sixth blind sets: first runs"). The floors sit
    /// just under that run; the set is spent for any later claim.
    real_corpus_blind45("blind45", "Forty-fifth blind set (blind45)", 8, BLIND45_FLOORS, BLIND45_STATEMENTS);
}

/// Just under the first run.
const BLIND45_FLOORS: Floors = Floors {
    metadata_right: 0.62,
    titles_right: 0.74,
    titles_lenient_right: 0.74,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.14,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 25/43 and
/// 25/29.
const BLIND45_STATEMENTS: (f64, f64) = (0.58, 0.86);

blind_set! {
    /// The forty-fourth blind set (`tests/corpus/blind44/`: 7 real texts of 7
    /// organisations, collected by a helper session, their truth committed
    /// before any importer ran on them). Its one blind run is the lead's, at
    /// bed6254 (after stmts40): metadata 9/15, titles 6/7 (lenient 6/7), no
    /// replacement or complement in the truth, one reference missed, 8/34
    /// predicted values not in the truth (metadata 1/10), statements 42/69
    /// found and 42/46 precise, modality 42/42 (`docs/import.md`, "The
    /// forty-third and forty-fourth blind sets: first runs"). The floors sit
    /// just under that run; the set is spent for any later claim.
    real_corpus_blind44("blind44", "Forty-fourth blind set (blind44)", 7, BLIND44_FLOORS, BLIND44_STATEMENTS);
}

/// Just under the first run.
const BLIND44_FLOORS: Floors = Floors {
    metadata_right: 0.59,
    titles_right: 0.85,
    titles_lenient_right: 0.85,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.24,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 42/69 and
/// 42/46.
const BLIND44_STATEMENTS: (f64, f64) = (0.6, 0.91);

blind_set! {
    /// The forty-third blind set (`tests/corpus/blind43/`: 8 real texts of 8
    /// organisations, collected by a helper session, their truth committed
    /// before any importer ran on them). Its one blind run is the lead's, at
    /// bed6254 (after stmts40): metadata 7/13, titles 7/8 (lenient 7/8), three
    /// replacements or complements in the truth, none found, one complement
    /// predicted that the truth does not hold, 5/20 predicted values not in the
    /// truth (metadata 1/8: Boden's decision year read from its paragraph
    /// `233/1995`), statements 40/63 found and 40/44 precise, modality 38/40
    /// (`docs/import.md`, "The forty-third and forty-fourth blind sets: first
    /// runs"). The floors sit just under that run; the set is spent for any
    /// later claim.
    real_corpus_blind43("blind43", "Forty-third blind set (blind43)", 8, BLIND43_FLOORS, BLIND43_STATEMENTS);
}

/// Just under the first run.
const BLIND43_FLOORS: Floors = Floors {
    metadata_right: 0.53,
    titles_right: 0.87,
    titles_lenient_right: 0.87,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 1,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.26,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 40/63 and
/// 40/44.
const BLIND43_STATEMENTS: (f64, f64) = (0.63, 0.9);

blind_set! {
    /// The forty-second blind set (`tests/corpus/blind42/`: 7 real texts of
    /// 7 organisations, collected by a helper session, their truth committed
    /// before any importer ran on them). Its one blind run is the lead's, at
    /// 442c4a1 (after stmts39 and kind39): metadata 9/13, titles 7/7 (lenient
    /// 7/7), no replacement or complement in the truth, one reference
    /// predicted that the truth does not hold, duties 0/5, 1/22 predicted
    /// values not in the truth (metadata 0/9), statements 25/51 found and
    /// 25/28 precise, modality 21/25 (`docs/import.md`, "The forty-first and
    /// forty-second blind sets: first runs"). The floors sit just under that
    /// run; the set is spent for any later claim.
    real_corpus_blind42("blind42", "Forty-second blind set (blind42)", 7, BLIND42_FLOORS, BLIND42_STATEMENTS);
}

/// Just under the first run.
const BLIND42_FLOORS: Floors = Floors {
    metadata_right: 0.69,
    titles_right: 0.99,
    titles_lenient_right: 0.99,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.05,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 25/51 and
/// 25/28.
const BLIND42_STATEMENTS: (f64, f64) = (0.49, 0.89);

blind_set! {
    /// The forty-first blind set (`tests/corpus/blind41/`: 7 real texts of 7
    /// organisations, collected by a helper session, their truth committed
    /// before any importer ran on them). Its one blind run is the lead's, at
    /// 442c4a1 (after stmts39 and kind39): metadata 7/11, titles 5/7 (lenient
    /// 5/7), no replacement or complement in the truth, one complement
    /// predicted that the truth does not hold, 2/16 predicted values not in
    /// the truth (metadata 0/7), statements 16/46 found and 16/19 precise,
    /// modality 14/16 (`docs/import.md`, "The forty-first and forty-second
    /// blind sets: first runs"). The floors sit just under that run; the set
    /// is spent for any later claim.
    real_corpus_blind41("blind41", "Forty-first blind set (blind41)", 7, BLIND41_FLOORS, BLIND41_STATEMENTS);
}

/// Just under the first run.
const BLIND41_FLOORS: Floors = Floors {
    metadata_right: 0.63,
    titles_right: 0.71,
    titles_lenient_right: 0.71,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 1,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.13,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 16/46 and
/// 16/19.
const BLIND41_STATEMENTS: (f64, f64) = (0.34, 0.84);

blind_set! {
    /// The fortieth blind set (`tests/corpus/blind40/`: 7 real texts of 7
    /// organisations, collected by a helper session, their truth committed
    /// before any importer ran on them). Its one blind run is the lead's, at
    /// f21c8ff (the importer as at blind38's run): metadata 9/15, titles 6/7
    /// (lenient 6/7), no relation in the truth, duties 0/1, 2/19 predicted
    /// values not in the truth (metadata 1/10), statements 24/47 found and
    /// 24/33 precise, modality 22/24 (`docs/import.md`, "The fortieth blind
    /// set: first run"). The floors sit just under that run; the set is spent
    /// for any later claim.
    real_corpus_blind40("blind40", "Fortieth blind set (blind40)", 7, BLIND40_FLOORS, BLIND40_STATEMENTS);
}

/// Just under the first run.
const BLIND40_FLOORS: Floors = Floors {
    metadata_right: 0.59,
    titles_right: 0.85,
    titles_lenient_right: 0.85,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.11,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 24/47 and
/// 24/33.
const BLIND40_STATEMENTS: (f64, f64) = (0.51, 0.72);

blind_set! {
    /// The thirty-ninth blind set (`tests/corpus/blind39/`: 7 real texts of
    /// 7 organisations, collected by a helper session, their truth committed
    /// before any importer ran on them). Its one blind run is the lead's, at
    /// f68d9ac (the importer as at blind38's run): metadata 11/18, titles 6/7
    /// (lenient 6/7), replacements 0/5 (1/5 identified by title, its date
    /// read from the replaced document's adoption), relations 0/6, duties 0/1,
    /// 5/24 predicted values not in the truth (metadata 1/12), one adopter
    /// named short, statements 33/52 found and 33/36 precise, modality 30/33
    /// (`docs/import.md`, "The thirty-ninth blind set: first run"). The floors
    /// sit just under that run; the set is spent for any later claim.
    real_corpus_blind39("blind39", "Thirty-ninth blind set (blind39)", 7, BLIND39_FLOORS, BLIND39_STATEMENTS);
}

/// Just under the first run, but for the replacements: since stop 44
/// (list44) Norrköping's five replaced documents are all read, each with
/// the date the text gives beside its title (`Drivmedelskrav för kommunala
/// transporter, 24 september 2007 …`). The truth records their titles
/// only, so the strict key counts each as predicted and not in the truth
/// (and each date as an invented value), while the lenient measure finds
/// all five: its floor is 5/5 and the ceilings allow the five dated ones.
const BLIND39_FLOORS: Floors = Floors {
    metadata_right: 0.61,
    titles_right: 0.85,
    titles_lenient_right: 0.85,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 1.0,
    replaces_or_complements_extra_max: 5,
    relations_found: 0.0,
    relations_extra_max: 5,
    invented_max: 0.28,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 33/52 and
/// 33/36.
const BLIND39_STATEMENTS: (f64, f64) = (0.63, 0.91);

blind_set! {
    /// The thirty-eighth blind set (`tests/corpus/blind38/`: 8 real texts of
    /// 8 organisations, collected by a helper session, their truth committed
    /// before any importer ran on them). Its one blind run is the lead's, at
    /// 5035198 (after adopt38): metadata 13/16, titles 3/8 (lenient 4/8), no
    /// replacement or complement in the truth, relations 0/4, 6/24 predicted
    /// values not in the truth (metadata 0/13), statements 20/44 found and
    /// 20/28 precise, modality 18/20 (`docs/import.md`, "The thirty-eighth
    /// blind set: first run"). The floors sit just under that run; the set is
    /// spent for any later claim.
    real_corpus_blind38("blind38", "Thirty-eighth blind set (blind38)", 8, BLIND38_FLOORS, BLIND38_STATEMENTS);
}

/// Just under the first run.
const BLIND38_FLOORS: Floors = Floors {
    metadata_right: 0.81,
    titles_right: 0.37,
    titles_lenient_right: 0.49,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.26,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 20/44 and
/// 20/28.
const BLIND38_STATEMENTS: (f64, f64) = (0.45, 0.71);

blind_set! {
    /// The thirty-seventh blind set (`tests/corpus/blind37/`: 7 real texts of
    /// 7 organisations, collected by a helper session, their truth committed
    /// before any importer ran on them). Its one blind run is the lead's, at
    /// 26d2d8a (after title38): metadata 7/18, titles 3/7 (lenient 3/7), its
    /// one replacement missed, relations 0/2, duties 0/1, 3/15 predicted
    /// values not in the truth (metadata 0/7), statements 32/62 found and
    /// 32/35 precise, modality 31/32 (`docs/import.md`, "The thirty-seventh
    /// blind set: first run"). The floors sit just under that run; the set is
    /// spent for any later claim.
    real_corpus_blind37("blind37", "Thirty-seventh blind set (blind37)", 7, BLIND37_FLOORS, BLIND37_STATEMENTS);
}

/// Just under the first run.
const BLIND37_FLOORS: Floors = Floors {
    metadata_right: 0.38,
    titles_right: 0.42,
    titles_lenient_right: 0.42,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.21,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 32/62 and
/// 32/35.
const BLIND37_STATEMENTS: (f64, f64) = (0.51, 0.91);

blind_set! {
    /// The thirty-sixth blind set (`tests/corpus/blind36/`: 7 real texts of
    /// 7 organisations, collected by a helper session, their truth committed
    /// before any importer ran on them). Its one blind run is the lead's, at
    /// f6009eb (the importer as at blind34's run): metadata 10/15, titles 5/7
    /// (lenient 5/7), 0/1 complements and 3 replacements read from a revision
    /// column, relations 0/3, duties 0/3, 5/20 predicted values not in the
    /// truth (metadata 0/10), one adopter named short, statements 34/56 found
    /// and 34/39 precise, modality 32/34 (`docs/import.md`, "The thirty-sixth
    /// blind set: first run"). The floors sit just under that run; the set is
    /// spent for any later claim.
    real_corpus_blind36("blind36", "Thirty-sixth blind set (blind36)", 7, BLIND36_FLOORS, BLIND36_STATEMENTS);
}

/// Just under the first run.
const BLIND36_FLOORS: Floors = Floors {
    metadata_right: 0.66,
    titles_right: 0.71,
    titles_lenient_right: 0.71,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 3,
    relations_found: 0.0,
    relations_extra_max: 3,
    invented_max: 0.26,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 34/56 and
/// 34/39.
const BLIND36_STATEMENTS: (f64, f64) = (0.60, 0.87);

blind_set! {
    /// The thirty-fifth blind set (`tests/corpus/blind35/`: 7 real texts of
    /// 7 organisations, collected by a helper session, their truth committed
    /// before any importer ran on them). Its one blind run is the lead's, at
    /// 934a742 (the importer as at blind34's run): metadata 5/8, titles 5/6
    /// (lenient 5/6), no replacement or relation in the truth, duties 1/4,
    /// 3/15 predicted values not in the truth (metadata 0/5), statements 21/43
    /// found and 21/24 precise, modality 19/21 (`docs/import.md`, "The
    /// thirty-fifth blind set: first run"). The floors sit just under that
    /// run; the set is spent for any later claim.
    real_corpus_blind35("blind35", "Thirty-fifth blind set (blind35)", 7, BLIND35_FLOORS, BLIND35_STATEMENTS);
}

/// Just under the first run.
const BLIND35_FLOORS: Floors = Floors {
    metadata_right: 0.62,
    titles_right: 0.83,
    titles_lenient_right: 0.83,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.21,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 21/43 and
/// 21/24. **Tuned on since** (stop 51, `får` over a phrase, TUNED):
/// Mellerud's `Högsta avgift … får högst uppgå till …` is read, but its
/// amount was lost (`… prisbasbeloppet = kronor för år …`) and the
/// extracted sentence runs on past the truth's: 21/25; precision 0.87 ->
/// 0.84.
const BLIND35_STATEMENTS: (f64, f64) = (0.48, 0.84);

blind_set! {
    /// The thirty-fourth blind set (`tests/corpus/blind34/`: 8 real texts of
    /// 8 organisations, collected by a helper session, their truth committed
    /// before any importer ran on them). Its one blind run is the lead's, at
    /// abcf9e2 after vag37 had landed: metadata 16/20, titles 7/8 (lenient
    /// 7/8), 2/3 replacements or complements, relations 2/7, duties 0/5, 3/34
    /// predicted values not in the truth (metadata 1/17), two adopters read
    /// wrongly, statements 17/46 found and 17/20 precise, modality 17/17
    /// (`docs/import.md`, "The thirty-fourth blind set: first run"). The
    /// floors sit just under that run; the set is spent for any later claim.
    real_corpus_blind34("blind34", "Thirty-fourth blind set (blind34)", 8, BLIND34_FLOORS, BLIND34_STATEMENTS);
}

/// Just under the first run.
const BLIND34_FLOORS: Floors = Floors {
    metadata_right: 0.79,
    titles_right: 0.87,
    titles_lenient_right: 0.87,
    replaces_or_complements_found: 0.66,
    replaces_or_complements_identified: 0.66,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.28,
    relations_extra_max: 0,
    invented_max: 0.09,
    adoption_facts_wrong_max: 2,
};

/// Statements found and precise, at least (shares): first run 17/46 and
/// 17/20.
/// stmt59: a description with `kan` extracted (18/22 precise).
const BLIND34_STATEMENTS: (f64, f64) = (0.36, 0.81);

blind_set! {
    /// The thirty-third blind set (`tests/corpus/blind33/`: 8 real texts of
    /// 8 organisations, collected by a helper session, their truth committed
    /// before any importer ran on them). Its one blind run is the lead's, at
    /// 921bab8 (the importer as at blind32's run): metadata 8/19, titles 4/8
    /// (lenient 4/8), 1/1 replacements, relations 1/8, duties 0/1, 3/17
    /// predicted values not in the truth (metadata 0/8), statements 20/44
    /// found and 20/25 precise, modality 18/20 (`docs/import.md`, "The
    /// thirty-third blind set: first run"). The floors sit just under that
    /// run; the set is spent for any later claim.
    real_corpus_blind33("blind33", "Thirty-third blind set (blind33)", 8, BLIND33_FLOORS, BLIND33_STATEMENTS);
}

/// Just under the first run.
const BLIND33_FLOORS: Floors = Floors {
    metadata_right: 0.42,
    titles_right: 0.49,
    titles_lenient_right: 0.49,
    replaces_or_complements_found: 0.99,
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.12,
    relations_extra_max: 0,
    invented_max: 0.18,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 20/44 and
/// 20/25.
const BLIND33_STATEMENTS: (f64, f64) = (0.45, 0.79);

blind_set! {
    /// The thirty-second blind set (`tests/corpus/blind32/`: 8 real texts of
    /// 8 organisations, collected by a helper session, their truth committed
    /// before any importer ran on them). Its one blind run is the lead's, at
    /// 8f3c167 after adopt37 had landed: metadata 11/16, titles 5/8 (lenient
    /// 5/8), 0/2 replacements or complements, relations 0/8, duties 2/9, 8/30
    /// predicted values not in the truth (metadata 1/12), statements 28/46
    /// found and 28/29 precise, modality 28/28 (`docs/import.md`, "The
    /// thirty-second blind set: first run"). The floors sit just under that
    /// run; the set is spent for any later claim.
    real_corpus_blind32("blind32", "Thirty-second blind set (blind32)", 8, BLIND32_FLOORS, BLIND32_STATEMENTS);
}

/// Just under the first run.
const BLIND32_FLOORS: Floors = Floors {
    metadata_right: 0.68,
    titles_right: 0.62,
    titles_lenient_right: 0.62,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 1,
    relations_found: 0.0,
    relations_extra_max: 2,
    invented_max: 0.27,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 28/46 and
/// 28/29.
const BLIND32_STATEMENTS: (f64, f64) = (0.60, 0.96);

blind_set! {
    /// The thirty-first blind set (`tests/corpus/blind31/`: 7 real texts of
    /// 7 kommuner, collected by the lead, their truth committed before any
    /// importer ran on them). Its one blind run is the lead's, at 88045a0
    /// after title36/rel36 had landed: metadata 14/18, titles 6/7 (lenient
    /// 6/7), 0/1 replacements (an announced repeal), relations 0/4, duties
    /// 0/2, 5/28 predicted values not in the truth (metadata 1/15; three of
    /// them web pages' `Senast uppdaterad` read as last_updated), statements
    /// 7/14 found and 7/14 precise, modality 5/7 (`docs/import.md`, "The
    /// thirty-first blind set: first run"). The floors sit just under that
    /// run; the set is spent for any later claim.
    real_corpus_blind31("blind31", "Thirty-first blind set (blind31)", 7, BLIND31_FLOORS, BLIND31_STATEMENTS);
}

/// Just under the first run.
const BLIND31_FLOORS: Floors = Floors {
    metadata_right: 0.77,
    titles_right: 0.85,
    titles_lenient_right: 0.85,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.18,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 7/14 and
/// 7/14.
const BLIND31_STATEMENTS: (f64, f64) = (0.49, 0.49);

blind_set! {
    /// The thirtieth blind set (`tests/corpus/blind30/`: 7 real texts of 7
    /// organisations, their truth committed before any importer ran on
    /// them). Its one blind run is the lead's, after every tuning round
    /// before it had landed (fix12ze), at 6a5edba: metadata 10/17, titles 5/7
    /// (lenient 5/7), 0/1 complements found, relations 0/2, duties 2/5, 3/20
    /// predicted values not in the truth (metadata 1/11), statements 21/36
    /// found and 21/29 precise, modality 21/21 (`docs/import.md`, "The
    /// thirtieth blind set: first run"). The floors sit just under that run;
    /// the set is spent for any later claim.
    real_corpus_blind30("blind30", "Thirtieth blind set (blind30)", 7, BLIND30_FLOORS, BLIND30_STATEMENTS);
}

/// First run (6a5edba): floors just under it (one complement in the truth,
/// not found; no adoption fact wrong). **Tuned on since** (title35,
/// TUNED): a store's page title opening with a kind outside the built-in
/// ones (`VATTEN- OCH AVLOPPSTAXA FÖR … KOMMUN.`): metadata 11/17, titles
/// 6/7 (lenient 6/7); the floors follow just under.
const BLIND30_FLOORS: Floors = Floors {
    // title36 (TUNED): Nacka's `Delegationsordning för arbets- och
    // företagsnämnden` on page 1 (the web title's cut name gives none): metadata
    // 12/17, titles 7/7, 1/22 not in the truth.
    metadata_right: 0.70,
    titles_right: 0.99,
    titles_lenient_right: 0.99,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.05,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 21/36 and
/// 21/29.
const BLIND30_STATEMENTS: (f64, f64) = (0.58, 0.72);

blind_set! {
    /// The twenty-eighth blind set (`tests/corpus/blind28/`: 7 real texts of
    /// 7 organisations, their truth committed before any importer ran on
    /// them). Its one blind run is the lead's, after every tuning round
    /// before it had landed (fix12zd), at 7cd3ade: metadata 16/19, titles 5/7 (lenient 5/7), 0/1 complements found,
    /// relations 0/2, duties 0/4 (1 extra), 6/31 predicted values not in the
    /// truth (metadata 1/17), statements 29/42 found and 29/32 precise,
    /// modality 29/29 (`docs/import.md`, "The twenty-eighth blind set: first
    /// run"). The floors sit just under that run; the set is spent for any
    /// later claim.
    real_corpus_blind28("blind28", "Twenty-eighth blind set (blind28)", 7, BLIND28_FLOORS, BLIND28_STATEMENTS);
}

/// First run (7cd3ade): floors just under it (one complement in the truth, not found;
/// three adoption facts wrong: Gällivare's adopter named `KF`, Östersundshem's
/// board read as a styrelse, its paragraph `136/00` with the year).
/// First-run floors: invented 0.20, adoption facts wrong 3. **Tuned on
/// since** (fix12ze, TUNED): `Framtagen av` is a label, so Gällivare's
/// adopter is the label's `Kommunfullmäktige`: 5/31 predicted values not
/// in the truth, two adoption facts wrong; the floors follow just under.
const BLIND28_FLOORS: Floors = Floors {
    // rel49 (TUNED, stop 49): relation forms read and extras dropped; the
    // relation floors follow just under.
    metadata_right: 0.84,
    titles_right: 0.71,
    titles_lenient_right: 0.71,
    replaces_or_complements_found: 0.99,
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.49,
    relations_extra_max: 0,
    invented_max: 0.17,
    adoption_facts_wrong_max: 2,
};

/// Statements found and precise, at least (shares): first run 29/42 and
/// 29/32.
const BLIND28_STATEMENTS: (f64, f64) = (0.69, 0.90);

blind_set! {
    /// The twenty-ninth blind set (`tests/corpus/blind29/`: 7 real texts of
    /// 7 organisations, their truth committed before any importer ran on
    /// them). Its one blind run is the lead's, after every tuning round
    /// before it had landed (fix12zd), at 7cd3ade: metadata 7/13, titles 2/7 (lenient 2/7), no replacement or
    /// complement in the truth, relations 0/6, duties 1/2 (1 extra), 7/18
    /// predicted values not in the truth (metadata 2/9), statements 22/50
    /// found and 22/33 precise, modality 20/22 (`docs/import.md`, "The twenty-ninth blind set: first
    /// run"). The floors sit just under that run; the set is spent for any
    /// later claim.
    real_corpus_blind29("blind29", "Twenty-ninth blind set (blind29)", 7, BLIND29_FLOORS, BLIND29_STATEMENTS);
}

/// First run (7cd3ade): floors just under it (no replacement or complement in the
/// truth; one adopter named with its kommun where the truth has the body
/// alone). First-run floors: metadata 0.53, titles 0.28 (lenient 0.28),
/// invented 0.39. **Tuned on since** (fix12ze, TUNED): a link and its
/// icon's text are head chrome, `Regelverk …` names regler and
/// `Kompletterad av …` a revision: metadata 8/13, titles 3/7 (lenient
/// 3/7), 6/20 predicted values not in the truth; the floors follow just
/// under.
const BLIND29_FLOORS: Floors = Floors {
    // title36 (TUNED): `1 Delegationsordning för socialnämnden Antagen av …`
    // (Kungsör): metadata 9/13, titles 4/7, 6/22 not in the truth.
    metadata_right: 0.69,
    titles_right: 0.57,
    titles_lenient_right: 0.57,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.28,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 22/50 and
/// 22/33.
const BLIND29_STATEMENTS: (f64, f64) = (0.44, 0.66);

blind_set! {
    /// The twenty-seventh blind set (`tests/corpus/blind27/`: 8 real texts
    /// of 7 organisations, their truth committed before any importer ran on
    /// them). Its one blind run is the lead's, after every tuning round
    /// before it had landed (fix12zc) and the `Dnr` dash fix, at ab2de68:
    /// metadata 12/16, titles 6/8 (lenient 7/8), no replacement or complement
    /// in the truth, relations 0/3 (none extra), duties 0/2, 2/23 predicted
    /// values not in the truth (metadata 0/12), statements 18/42 found and
    /// 18/34 precise, modality 17/18 (`docs/import.md`, "The twenty-seventh
    /// blind set: first run"). The floors sit just under that run; the set is
    /// spent for any later claim.
    real_corpus_blind27("blind27", "Twenty-seventh blind set (blind27)", 8, BLIND27_FLOORS, BLIND27_STATEMENTS);
}

/// First run (ab2de68): floors just under it (no replacement or
/// complement in the truth, so those floors are empty; no adoption fact
/// wrong). First-run floors: metadata 0.74. **Tuned on since** (fix12zd,
/// TUNED): `Kommunstyrelsen antar nedanstående riktlinje …` names the
/// adopter, metadata 13/16, 2/24 predicted values not in the truth
/// (metadata 0/13); the floors follow just under. Then (title35, TUNED):
/// a page heading naming no kind restated below it by a name before the
/// adoption (Arvika): metadata 14/16, titles 7/8 (lenient 8/8), 1/26
/// predicted values not in the truth.
const BLIND27_FLOORS: Floors = Floors {
    metadata_right: 0.87,
    titles_right: 0.87,
    titles_lenient_right: 0.99,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.04,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 18/42 and
/// 18/34 (floors 0.42, 0.52); TUNED (fix12zd) 24/42 and 24/33.
const BLIND27_STATEMENTS: (f64, f64) = (0.57, 0.70);

blind_set! {
    /// The twenty-sixth blind set (`tests/corpus/blind26/`: 7 real texts of
    /// 7 organisations, their truth committed before any importer ran on
    /// them). Its one blind run is the lead's, after every tuning round of the
    /// stop (fix12zb) had landed, at eaabe74: metadata 11/18, titles 5/7
    /// (lenient 5/7), no replacement or complement in the truth, relations 0/4
    /// (1 extra), duties 1/1 (1 extra), 6/24 predicted values not in the truth
    /// (metadata 2/13), statements 25/44 found and 25/32 precise, modality
    /// 25/25 (`docs/import.md`, "The twenty-sixth blind set: first run"). The
    /// floors sit just under that run; the set is spent for any later claim.
    real_corpus_blind26("blind26", "Twenty-sixth blind set (blind26)", 7, BLIND26_FLOORS, BLIND26_STATEMENTS);
}

/// First run (eaabe74): floors just under it (no replacement or
/// complement in the truth, so those floors are empty; one dnr read with
/// a `Fax` label run into it). First-run floors: metadata 0.61, invented
/// 0.26, adoption facts wrong 1. **Tuned on since** (fix12zc, TUNED): the
/// `Fax` label goes, metadata 12/18, 5/24 predicted values not in the
/// truth (metadata 1/13), no adoption fact wrong; the floors follow just
/// under. **Tuned on since** (fix12zd, TUNED): `Inledande bestämmelser` is
/// no title, titles 6/7 (lenient 6/7), 3/24 predicted values not in the
/// truth (metadata 0/12); titles 0.71 -> 0.85, invented 0.21 -> 0.13.
/// **Tuned on since** (stop 51, `kind-self-demonstrative`, TUNED): Arvika's
/// ersättningsregler name their kind (`detta reglemente`, right), Landstinget
/// Gävleborg's reglemente only `Dessa bestämmelser` (read as regler, the
/// vocabulary's kind for bestämmelser, where the truth says reglemente):
/// one kind more right, one value not in the truth; invented 0.13 -> 0.16.
const BLIND26_FLOORS: Floors = Floors {
    metadata_right: 0.66,
    titles_right: 0.85,
    titles_lenient_right: 0.85,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.16,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 25/44 and
/// 25/32.
const BLIND26_STATEMENTS: (f64, f64) = (0.56, 0.78);

blind_set! {
    /// The twenty-fifth blind set (`tests/corpus/blind25/`: 7 real texts of
    /// 7 organisations, their truth committed before any importer ran on
    /// them). Its one blind run is the lead's, after every tuning round of the
    /// stop (fix12za) had landed, at ce833fc: metadata 12/15, titles 5/7
    /// (lenient 5/7), no replacement or complement in the truth, relations 0/3
    /// (none extra), duties 0/4, 5/25 predicted values not in the truth
    /// (metadata 1/13), statements 18/48 found and 18/27 precise, modality
    /// 17/18 (`docs/import.md`, "The twenty-fifth blind set: first run"). The
    /// floors sit just under that run; the set is spent for any later claim.
    real_corpus_blind25("blind25", "Twenty-fifth blind set (blind25)", 7, BLIND25_FLOORS, BLIND25_STATEMENTS);
}

/// First run (ce833fc): floors just under it (no replacement or
/// complement in the truth, so those floors are empty; one adopter named
/// with its kommun where the truth has the body alone; invented 0.21).
/// **Tuned on since** (fix12zb, TUNED): a web page's pointer line (`…
/// hittar du nedan`) is no title: 4/24 predicted values not in the truth
/// (metadata 0/12). The floors follow just under. Later (stop 32) `Dnr`
/// reads Götene's en dash (`KS 2016–000612`): metadata 12/15 -> 13/15.
const BLIND25_FLOORS: Floors = Floors {
    metadata_right: 0.86,
    titles_right: 0.71,
    titles_lenient_right: 0.71,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.17,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 18/48 and
/// 18/27 (floors 0.37, 0.66); TUNED (fix12zb: a download link with its
/// file's size is no statement, a name joined by `&` no run-in heading)
/// 19/48 and 19/27.
const BLIND25_STATEMENTS: (f64, f64) = (0.39, 0.70);

blind_set! {
    /// The twenty-fourth blind set (`tests/corpus/blind24/`: 6 real texts of
    /// 6 organisations, their truth committed before any importer ran on
    /// them). Its one blind run is the lead's, after every tuning round of the
    /// stop (fix12z) had landed, at 4328d4f: metadata 10/10, titles 5/6
    /// (lenient 5/6), no replacement or complement in the truth, relations 0/5
    /// (1 extra), duties 2/3, 2/21 predicted values not in the truth (metadata
    /// 0/10), statements 22/33 found and 22/28 precise, modality 22/22
    /// (`docs/import.md`, "The twenty-fourth blind set: first run"). The
    /// floors sit just under that run; the set is spent for any later claim.
    real_corpus_blind24("blind24", "Twenty-fourth blind set (blind24)", 6, BLIND24_FLOORS, BLIND24_STATEMENTS);
}

/// First run (4328d4f): floors just under it (no replacement or
/// complement in the truth, so those floors are empty; titles 0.83,
/// relations 0.0 with 1 extra, invented 0.1). TUNED (fix12za: a
/// protocol's agenda-item number cut from the title, `är utformad utifrån
/// X` read as a reference, Boverket's and Naturvårdsverket's statute
/// numbers no references, a title's period with a spaced dash): titles
/// 6/6, relations 2/5 with none extra, invented 0/23; the floors follow
/// just under.
const BLIND24_FLOORS: Floors = Floors {
    metadata_right: 0.99,
    titles_right: 0.99,
    titles_lenient_right: 0.99,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.39,
    relations_extra_max: 0,
    invented_max: 0.01,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 22/33 and
/// 22/28 (floors 0.66, 0.78); TUNED (fix12za: an infinitive in `-s` after
/// a fronted `För att`, goals one a line with their full stops lost):
/// 27/33 and 27/30.
const BLIND24_STATEMENTS: (f64, f64) = (0.81, 0.89);

blind_set! {
    /// The twenty-third blind set (`tests/corpus/blind23/`: 7 real texts of
    /// 8 organisations, their truth committed before any importer ran on
    /// them). Its one blind run is the lead's, after every tuning round of the
    /// stop (stop 29's fix12y) had landed, at a57a1cb: metadata 8/13, titles
    /// 4/7 (lenient 4/7), replacements or complements 1/1, relations 1/8
    /// (1 extra), duties 5/9 (2 extra), 4/23 predicted values not in the truth
    /// (metadata 0/8), statements 16/24 found and 16/24 precise, modality
    /// 16/16 (`docs/import.md`, "The twenty-third blind set: first run"). The
    /// floors sit just under that run; the set is spent for any later claim.
    real_corpus_blind23("blind23", "Twenty-third blind set (blind23)", 7, BLIND23_FLOORS, BLIND23_STATEMENTS);
}

/// First run (a57a1cb): floors just under it (invented 0.18). TUNED
/// (fix12z: `ska svara för`, holders named as alternatives, a paragraph
/// after `den ,`, the revision phrase): invented 3/25; metadata, titles
/// and relations unchanged. TUNED (fix12za: Naturvårdsverket's `NFS`
/// number is no reference): relations extra 1 -> 0, invented 2/24.
const BLIND23_FLOORS: Floors = Floors {
    metadata_right: 0.61,
    titles_right: 0.57,
    titles_lenient_right: 0.57,
    replaces_or_complements_found: 0.99,
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.12,
    relations_extra_max: 0,
    invented_max: 0.09,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 16/24 and
/// 16/24 (floors 0.66, 0.66); TUNED by fix12z (`enligt` + a law before
/// `krävs`, `såväl … som`): 17/24 and 17/23.
const BLIND23_STATEMENTS: (f64, f64) = (0.70, 0.73);

blind_set! {
    /// The twenty-second blind set (`tests/corpus/blind22/`: 8 real texts of
    /// 8 organisations, their truth committed before any importer ran on
    /// them). Its one blind run is the lead's, after every tuning round of the
    /// stop (fix12x) had landed, at 242f8fe: metadata 13/19, titles 5/8
    /// (lenient 5/8), no replacement or complement in the truth, relations
    /// 0/1, duties 2/5 (4 extra), 5/29 predicted values not in the truth
    /// (metadata 0/13), statements 18/29 found and 18/23 precise, modality
    /// 18/18 (`docs/import.md`, "The twenty-second blind set: first run").
    /// The floors sit just under that run; the set is spent for any later
    /// claim.
    real_corpus_blind22("blind22", "Twenty-second blind set (blind22)", 8, BLIND22_FLOORS, BLIND22_STATEMENTS);
}

/// First run (242f8fe): floors just under it (no replacement or
/// complement in the truth, so those floors are empty): metadata 0.68,
/// invented 0.18. TUNED (fix12y, a line wholly in brackets carrying the
/// adoption): metadata 15/19, invented 5/32.
/// Then (dnr35, TUNED): the one unlabelled diarienummer in a head line
/// (`Ks 900/2019`, `KS 2018/0316`; Örebro, Danderyd, Lund, Haninge): metadata
/// 17/19.
const BLIND22_FLOORS: Floors = Floors {
    metadata_right: 0.89,
    titles_right: 0.62,
    titles_lenient_right: 0.62,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.16,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 18/29 and
/// 18/23 (TUNED by fix12y: unchanged).
const BLIND22_STATEMENTS: (f64, f64) = (0.62, 0.78);

blind_set! {
    /// The twenty-first blind set (`tests/corpus/blind21/`: 10 real texts of 10
    /// organisations, their truth committed before any importer ran on them).
    /// Its one blind run is the lead's, after every tuning round of the stop
    /// (fix12w) had landed, at c9dea87: metadata 16/19, titles 6/10 (lenient
    /// 7/10), replacements or complements 1/1, relations 1/3 (none extra),
    /// duties 4/15 (5 extra), 8/39 predicted values not in the truth
    /// (metadata 0/16), statements 32/48 found and 32/46 precise, modality
    /// 30/32 (`docs/import.md`, "The twenty-first blind set: first run"). The
    /// floors sit just under that run; the set is spent for any later claim.
    real_corpus_blind21("blind21", "Twenty-first blind set (blind21)", 10, BLIND21_FLOORS, BLIND21_STATEMENTS);
}

/// First run (c9dea87): floors just under it (invented 0.21). **Tuned on
/// since** (fix12x, TUNED): a section heading that repeats the holder's
/// name is read once, giving duties 6/15 (3 extra) and 6/39 predicted
/// values not in the truth. The floors follow just under. Then (title35,
/// TUNED): a page heading naming no kind restated below it by a name before
/// the adoption (Arvika), the name restated with its organisation under a
/// site's head (Mullsjö) and a store's page title opening with a kind
/// outside the built-in ones (Fjärde storstadsregionen): metadata 18/19,
/// titles 9/10 (lenient 9/10), 4/43 predicted values not in the truth.
const BLIND21_FLOORS: Floors = Floors {
    // title36 (TUNED): `1 Ägardirektiv för år 2015 i bolagskoncernen Antagna av
    // …` (Kungsör): metadata 19/19, titles 10/10.
    metadata_right: 0.99,
    titles_right: 0.99,
    titles_lenient_right: 0.99,
    replaces_or_complements_found: 0.99,
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.33,
    relations_extra_max: 0,
    invented_max: 0.10,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 32/48 and
/// 32/46 (TUNED, fix12x: unchanged).
const BLIND21_STATEMENTS: (f64, f64) = (0.66, 0.69);

blind_set! {
    /// The twentieth blind set (`tests/corpus/blind20/`: 7 real texts of 7
    /// organisations, their truth committed before any importer ran on them).
    /// Its one blind run is the lead's, after every tuning round of the stop
    /// (fix12w) had landed, at c9dea87: metadata 12/15, titles 5/7 (lenient
    /// 5/7), replacements or complements 0/1, relations 0/4 (none extra),
    /// duties 1/3, 5/26 predicted values not in the truth (metadata 3/15: two
    /// adopters, a date and a paragraph read from protocols that propose the
    /// document, which the truth leaves empty), statements 10/14 found and
    /// 10/21 precise, modality 10/10 (`docs/import.md`, "The twentieth blind
    /// set: first run"). The floors sit just under that run; the set is spent
    /// for any later claim.
    real_corpus_blind20("blind20", "Twentieth blind set (blind20)", 7, BLIND20_FLOORS, BLIND20_STATEMENTS);
}

/// First run (c9dea87): floors just under it (invented 0.20, two adoption
/// facts wrong). **Tuned on since** (fix12x, TUNED): a body that decides
/// to propose the adoption (`Regionstyrelsen beslutar föreslå …`) is no
/// adopter, giving 4/25 predicted values not in the truth (metadata 2/14)
/// and one wrong value per adoption field (Kalmarsund's member council).
/// The floors follow just under.
const BLIND20_FLOORS: Floors = Floors {
    metadata_right: 0.79,
    titles_right: 0.71,
    titles_lenient_right: 0.71,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.17,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 10/14 and
/// 10/21 (TUNED, fix12x: unchanged). **Tuned on since** (stop 51, `får`
/// over a phrase, TUNED): Region Norrbotten's restated kommunallag
/// (`Kommuner och landsting får efter beslut av fullmäktige lämna över
/// verksamhet …`) is read, no truth sentence here (Linköping's truth in
/// `blind33/` counts the same law sentence): 10/22; precision 0.47 -> 0.45.
const BLIND20_STATEMENTS: (f64, f64) = (0.71, 0.45);

blind_set! {
    /// The nineteenth blind set (`tests/corpus/blind19/`: 9 real texts of 9
    /// organisations, their truth committed before any importer ran on them).
    /// Its one blind run is the lead's, after every tuning round of the stop
    /// (fix12v) had landed, at 0f05f31: metadata 13/23, titles 4/9 (lenient
    /// 5/9), no replacement or complement in the truth, relations 0/3 (none
    /// extra), duties 0/9, 6/26 predicted values not in the truth (metadata
    /// 0/13), statements 30/72 found and 30/47 precise, modality 28/30
    /// (`docs/import.md`, "The nineteenth blind set: first run"). The floors
    /// sit just under that run; the set is spent for any later claim.
    real_corpus_blind19("blind19", "Nineteenth blind set (blind19)", 9, BLIND19_FLOORS, BLIND19_STATEMENTS);
}

/// First run (0f05f31): floors just under it (no replacement or
/// complement in the truth, so those floors are empty): metadata 0.56,
/// titles 0.44 (lenient 0.55), invented 0.24. **Tuned on since** (fix12w,
/// TUNED): a site's section heading above the name, a paragraph written
/// with its year (`KF 246/2006`) and `Bolaget ska …` duties give metadata
/// 16/23, titles 5/9 (lenient 6/9), duties 3/9, 5/34 predicted values not
/// in the truth. The floors follow just under.
const BLIND19_FLOORS: Floors = Floors {
    // title36 (TUNED): Växjö's name written twice (titles 6/9, lenient 7/9),
    // 4/35 not in the truth.
    metadata_right: 0.69,
    titles_right: 0.66,
    titles_lenient_right: 0.77,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.115,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 30/72 and
/// 30/47 (TUNED, fix12w: unchanged; floors 0.41, 0.63); TUNED (fix12zd,
/// `kan få`) 32/72 and 32/49.
const BLIND19_STATEMENTS: (f64, f64) = (0.44, 0.65);

blind_set! {
    /// The eighteenth blind set (`tests/corpus/blind18/`: 7 real texts of 7
    /// organisations, their truth committed before any importer ran on them).
    /// Its one blind run is the lead's, after every tuning round of the stop
    /// (fix12u) had landed, at 00cccba: metadata 9/13, titles 3/7 (lenient
    /// 3/7), replacements or complements 1/2 (none extra), relations 1/5 (1
    /// extra), 4/18 predicted values not in the truth (metadata 1/10: a
    /// proposal's adopter the truth leaves empty), statements 8/12 found and
    /// 8/20 precise, modality 8/8 (`docs/import.md`, "The eighteenth blind
    /// set: first run"). The floors sit just under that run; the set is spent
    /// for any later claim.
    real_corpus_blind18("blind18", "Eighteenth blind set (blind18)", 7, BLIND18_FLOORS, BLIND18_STATEMENTS);
}

/// First run (00cccba): floors just under it, invented 0.23, one adoption
/// fact wrong. **Tuned on since** (fix12v, TUNED): a proposal's
/// `Förslag till beslut` / `Direktionen beslutar att anta …` names no
/// adopter (3/17 predicted values not in the truth, none wrong). The
/// floors follow just under.
const BLIND18_FLOORS: Floors = Floors {
    // rel49 (TUNED, stop 49): relation forms read and extras dropped; the
    // relation floors follow just under.
    metadata_right: 0.68,
    titles_right: 0.42,
    titles_lenient_right: 0.42,
    replaces_or_complements_found: 0.99,
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.39,
    relations_extra_max: 1,
    invented_max: 0.18,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 8/12 and
/// 8/20 (floors 0.66, 0.39); TUNED (fix12v) 8/12 and 8/17, floors just
/// under.
// sker64 (stop 64): precision 0.46 -> 0.44 (8/18: a `sker` sentence read that the truth does not hold).
const BLIND18_STATEMENTS: (f64, f64) = (0.66, 0.44);

blind_set! {
    /// The seventeenth blind set (`tests/corpus/blind17/`: 8 real texts of 8
    /// organisations, their truth committed before any importer ran on them).
    /// Its one blind run is the lead's, after every tuning round of the
    /// previous stop (fix12t) had landed, at fd8c0bc: metadata 11/20, titles
    /// 8/8 (lenient 8/8), replacements or complements 1/2 (none extra),
    /// relations 1/5 (1 extra: a reference to the GDPR read from a
    /// consultation letter), 3/24 predicted values not in the truth (metadata
    /// 0/11), statements 10/20 found and 10/18 precise, modality 9/10
    /// (`docs/import.md`, "The seventeenth blind set: first run"). The floors
    /// sit just under that run; the set is spent for any later claim.
    real_corpus_blind17("blind17", "Seventeenth blind set (blind17)", 8, BLIND17_FLOORS, BLIND17_STATEMENTS);
}

/// First run (fd8c0bc): floors just under it, metadata 0.54, invented
/// 0.13. **Tuned on since** (fix12u, TUNED): `Kommunfullmäktige antog den
/// 29 augusti 2022, § 112 reglemente för …` gives adopter, date and
/// paragraph, and the letterhead's `KSKF/2018:419` the dnr (metadata
/// 14/20; 3/28 predicted values not in the truth). The floors follow just
/// under. **Tuned on since** (fix12zd, TUNED): `Regionfullmäktige antar
/// policy för …` names the adopter, metadata 15/20 (3/29 predicted values
/// not in the truth); metadata 0.69 -> 0.74. **Tuned on since** (fix12ze,
/// TUNED): `Framtagen av` is a label, so Lund's owner is read from its
/// `Dokumentansvarig` column: 2/29 predicted values not in the truth;
/// invented 0.11 -> 0.07.
/// Then (dnr35, TUNED): the one unlabelled diarienummer in a head line
/// (`Ks 900/2019`, `KS 2018/0316`; Örebro, Danderyd, Lund, Haninge): metadata
/// 16/20.
const BLIND17_FLOORS: Floors = Floors {
    // rel36 (TUNED): an EU regulation's number is no reference (Eskilstuna),
    // none extra, 1/29 not in the truth.
    metadata_right: 0.79,
    titles_right: 0.99,
    titles_lenient_right: 0.99,
    replaces_or_complements_found: 0.49,
    replaces_or_complements_identified: 0.49,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.19,
    relations_extra_max: 0,
    invented_max: 0.035,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 10/20 and
/// 10/18; unchanged by the TUNED round (fix12u).
const BLIND17_STATEMENTS: (f64, f64) = (0.49, 0.55);

blind_set! {
    /// The sixteenth blind set (`tests/corpus/blind16/`: 9 real texts of 7
    /// kommuner and a municipal company, their truth committed before any
    /// importer ran on them). Its one blind run is the lead's, after every
    /// tuning round of the stop (fix12s) had landed, at 00e81de: metadata
    /// 14/19, titles 4/9 (lenient 4/9), replacements or complements 0/3,
    /// relations 0/4 (5 extra: a meeting notice's item numbers), 9/32
    /// predicted values not in the truth (metadata 0/14), statements 21/32
    /// found and 21/25 precise, modality 20/21 (`docs/import.md`, "The
    /// sixteenth blind set: first run"). The floors sit just under that run;
    /// the set is spent for any later claim.
    real_corpus_blind16("blind16", "Sixteenth blind set (blind16)", 9, BLIND16_FLOORS, BLIND16_STATEMENTS);
}

/// First run (00e81de): floors just under it, metadata 0.73, titles 0.44
/// (lenient 0.44), invented 0.29. **Tuned on since** (fix12t, TUNED): a
/// page count run in after the title is cut (`… STYRPRINCIPER 1(6)`:
/// titles 5/9); `Detta dokument är en instruktion …` names the kind when
/// nothing else does (metadata 15/19; 8/33 predicted values not in the
/// truth). The floors follow just under.
const BLIND16_FLOORS: Floors = Floors {
    metadata_right: 0.78,
    titles_right: 0.55,
    titles_lenient_right: 0.55,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 5,
    invented_max: 0.25,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 21/32 and
/// 21/25; unchanged by the TUNED round (fix12t).
// sker64 (stop 64): precision 0.84 -> 0.81 (22/27: a `sker` sentence read that the truth does not hold).
const BLIND16_STATEMENTS: (f64, f64) = (0.65, 0.81);

blind_set! {
    /// The fifteenth blind set (`tests/corpus/blind15/`: 11 real texts of 7
    /// kommuner, a region, a kommunalförbund and two municipal companies,
    /// their truth committed before any importer ran on them). Its one blind
    /// run is the lead's, after every tuning round of the stop (fix12r) had
    /// landed, at dca6f12: metadata 16/20, titles 6/10 (lenient 7/10),
    /// replacements or complements 0/1, relations 0/3 (none extra), 5/30
    /// predicted values not in the truth (metadata 0/16; two decision
    /// paragraphs cut before their year, `§ 58/14` read as 58), statements
    /// 37/66 found and 37/50 precise, modality 37/37 (`docs/import.md`, "The
    /// fifteenth blind set: first run"). The floors sit just under that run;
    /// the set is spent for any later claim.
    real_corpus_blind15("blind15", "Fifteenth blind set (blind15)", 11, BLIND15_FLOORS, BLIND15_STATEMENTS);
}

/// First run (dca6f12): floors just under it, metadata 0.80, titles 0.60
/// (lenient 0.70), invented 0.17, two adoption facts wrong. **Tuned on
/// since** (fix12s, TUNED): a decision paragraph keeps its two-digit year
/// (`§ 58/14`: adoption facts 0 wrong, 3/33 predicted values not in the
/// truth); a bare `Regler` over running text is the title (titles 7/10,
/// lenient 8/10); `Policyn omfattar …` names the kind when nothing else
/// does (metadata 18/20). The floors follow just under.
const BLIND15_FLOORS: Floors = Floors {
    metadata_right: 0.89,
    titles_right: 0.69,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.10,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 37/66 and
/// 37/50 (floors 0.56, 0.74). TUNED (fix12s: a paragraph number `N §` ends
/// the sentence before it; `får` with its pronoun subject after it):
/// 43/66 and 43/52.
const BLIND15_STATEMENTS: (f64, f64) = (0.65, 0.82);

blind_set! {
    /// The fourteenth blind set (`tests/corpus/blind14/`: 14 real texts of 8
    /// kommuner, 2 regions, 3 kommunalförbund and a municipal company, their
    /// truth committed before any importer ran on them). Its one blind run
    /// is the lead's, after every tuning round of the stop (fix12q) had
    /// landed, at 3d29c79: metadata 26/30, titles 9/14 (lenient 9/14),
    /// replacements or complements 0/3, relations 0/5 (none extra), 9/50
    /// predicted values not in the truth (metadata 0/26; one adopter's name
    /// wrong, its kind right), statements 51/73 found and 51/63 precise,
    /// modality 49/51 (`docs/import.md`, "The fourteenth blind set: first
    /// run"). The floors sit just under that run; the set is spent for any
    /// later claim.
    real_corpus_blind14("blind14", "Fourteenth blind set (blind14)", 14, BLIND14_FLOORS, BLIND14_STATEMENTS);
}

/// First run (3d29c79): floors just under it, metadata 0.86, invented
/// 0.18, statements 0.69 found and 0.80 precise. **Tuned on since**
/// (fix12r, TUNED): a capitalised demonstrative after a heading holding a
/// relative clause opens the sentence (`… omfattas av bestämmelserna Dessa
/// bestämmelser gäller …`, Olofström: statements 52/73 found, 52/63
/// precise); the document's name restated before its adoption participle
/// (`Ägardirektiv för Helsinge Vatten AB (nedan kallat bolaget) antagna av
/// kommunfullmäktige i Bollnäs kommun`: metadata 27/30, 9/51 predicted
/// values not in the truth). The floors follow just under.
const BLIND14_FLOORS: Floors = Floors {
    // rel36/title36 (TUNED): `Detta ägardirektiv är ett komplement till
    // bolagsordningen` (Helsinge Vatten: complements 1/3, relations 1/5), Region
    // Norrbotten's name written twice (titles 10/14), 8/58 not in the truth.
    metadata_right: 0.89,
    titles_right: 0.71,
    titles_lenient_right: 0.71,
    replaces_or_complements_found: 0.33,
    replaces_or_complements_identified: 0.33,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.19,
    relations_extra_max: 0,
    invented_max: 0.14,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 51/73 and
/// 51/63 (floors 0.69, 0.80); TUNED (fix12r) 52/73 and 52/63; TUNED
/// (fix12zb: a download link with its file's size is no statement) 52/73
/// and 52/62 (floors 0.71, 0.83); TUNED (fix12zd, `kan få`) 53/73 and 53/63.
const BLIND14_STATEMENTS: (f64, f64) = (0.72, 0.84);

blind_set! {
    /// The thirteenth blind set (`tests/corpus/blind13/`: 13 real texts of 13
    /// kommuner, a region, two municipal companies and a kommunalförbund,
    /// their truth committed before any importer ran on them). Its one blind
    /// run is the lead's, after every tuning round of the stop (fix12p) had
    /// landed, at 7a09f95: metadata 23/31, titles 8/13 (lenient 9/13),
    /// replacements or complements 0/7 (2 predicted, target not identified),
    /// relations 0/10 (3 extra), 9/46 predicted values not in the truth
    /// (metadata 0/23), statements 34/76 found and 34/48 precise, modality
    /// 34/34 (`docs/import.md`, "The thirteenth blind set: first run"). The
    /// floors sit just under that run; the set is spent for any later claim.
    real_corpus_blind13("blind13", "Thirteenth blind set (blind13)", 13, BLIND13_FLOORS, BLIND13_STATEMENTS);
}

/// First run (7a09f95): floors just under it, invented 0.20, statements
/// 0.44 found and 0.70 precise. **Tuned on since** (fix12q, TUNED): list
/// items under a lead-in ending in the rules they state (`… våra
/// ordningsregler:`, Bodenbo) or under a heading naming requirements
/// (`Krav för bidrag …`, Hudiksvall) are statements with no modality
/// (statements 45/76 found, 45/59 precise); a skip link ending in `på
/// sidan` is page chrome, not the title (Region Örebro län: no title read
/// instead of a wrong one; 8/45 predicted values not in the truth). The
/// floors follow just under. Then (rel35, TUNED): the same labels give
/// Eskilstuna's adopter, metadata 26/31.
const BLIND13_FLOORS: Floors = Floors {
    // rel49 (TUNED, stop 49): relation forms read and extras dropped; the
    // relation floors follow just under.
    metadata_right: 0.83,
    titles_right: 0.61,
    titles_lenient_right: 0.69,
    replaces_or_complements_found: 0.28,
    replaces_or_complements_identified: 0.28,
    replaces_or_complements_extra_max: 1,
    relations_found: 0.19,
    relations_extra_max: 2,
    invented_max: 0.18,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 34/76 and
/// 34/48 (floors 0.44, 0.70); TUNED (fix12q) 45/76 and 45/59; TUNED
/// (fix12za: goals with their full stops lost, Båstad) 46/76 and 46/58
/// (floors 0.60, 0.79); TUNED (fix12zd, `kan få`) 47/76 and 47/59.
const BLIND13_STATEMENTS: (f64, f64) = (0.61, 0.79);

blind_set! {
    /// The twelfth blind set (`tests/corpus/blind12/`: 15 real texts of 14
    /// kommuner, regioner and a kommunalförbund, their truth committed before
    /// any importer ran on them). Its one blind run is the lead's, after every
    /// tuning round of the stop before (fix12n) had landed, at af6c992:
    /// metadata 18/25, titles 10/14 (lenient 10/14), replacements or
    /// complements 0/2, relations 0/9 (none extra), 5/46 predicted values not
    /// in the truth (metadata 0/18), statements 29/52 found and 29/43 precise,
    /// modality 29/29 (`docs/import.md`, "The twelfth blind set: first run").
    /// The floors sit just under that run; the set is spent for any later
    /// claim.
    real_corpus_blind12("blind12", "Twelfth blind set (blind12)", 15, BLIND12_FLOORS, BLIND12_STATEMENTS);
}

/// First run (af6c992): floors just under it, metadata 0.71, invented
/// 0.11. **Tuned on since** (fix12p, TUNED): a sentence opening with a body
/// that adopts the document itself (`Kommunfullmäktige antar
/// reglementet.`, `Direktionen för … beslutar … om handlingsprogrammet`)
/// gives the adopter (Vara, Södertörn; metadata 20/25), 5/48 predicted
/// values not in the truth; a capitalised `Reviderad` run into a title is
/// cut there (Munkedal here, Göteborg in blind9; titles lenient 11/14).
/// The floors follow just under. Then (rel35, TUNED): `Beslutad när` and
/// `Gäller fr o m` / `Gäller t o m` are labels, and a flattened label run's
/// `Ersätter` names the first name among values that slid past their labels
/// (Strängnäs): metadata 21/25, replacements 1/2, relations 1/9.
const BLIND12_FLOORS: Floors = Floors {
    metadata_right: 0.83,
    titles_right: 0.71,
    titles_lenient_right: 0.78,
    replaces_or_complements_found: 0.49,
    replaces_or_complements_identified: 0.49,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.11,
    relations_extra_max: 0,
    invented_max: 0.11,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 29/52 and
/// 29/43.
const BLIND12_STATEMENTS: (f64, f64) = (0.55, 0.67);

blind_set! {
    /// The eleventh blind set (`tests/corpus/blind11/`: 14 real texts of 14
    /// regioner, kommunalförbund, municipal companies and kommuner, their truth
    /// committed before any importer ran on them). Its one blind run is the
    /// lead's, after every tuning round of the stop (fix12m) had landed, at
    /// c63f80c: metadata 10/19, titles 9/13, replacements or complements 0/2,
    /// relations 0/13 (none extra), 5/27 predicted values not in the truth
    /// (metadata 1/11), statements 73/92 found and 73/88 precise, modality
    /// 64/73 (`docs/import.md`, "The eleventh blind set: first run"). The
    /// floors sit just under that run; the set is spent for any later claim.
    real_corpus_blind11("blind11", "Eleventh blind set (blind11)", 14, BLIND11_FLOORS, BLIND11_STATEMENTS);
}

/// Just under the first run (c63f80c). First-run floors: metadata 0.52,
/// invented 0.19. **Tuned on since** (fix12n, TUNED): a management group
/// (`kommunlednings-grupp`) is an adopter of kind `forvaltning`
/// (Gullspång; metadata 11/19), 5/28 predicted values not in the truth;
/// the floors follow just under.
const BLIND11_FLOORS: Floors = Floors {
    metadata_right: 0.57,
    titles_right: 0.69,
    titles_lenient_right: 0.69,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.18,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 73/92 and
/// 73/88 (TUNED, fix12n: unchanged).
const BLIND11_STATEMENTS: (f64, f64) = (0.79, 0.82);

blind_set! {
    /// The tenth blind set (`tests/corpus/blind10/`: 15 real texts of 15
    /// kommuner, their truth committed before any importer ran on them). Its
    /// one blind run is the lead's, after every tuning round of the stop
    /// (fix12k, imp12l) had landed, at ab0767d: metadata 28/34, titles 10/15
    /// (lenient 12/15), replacements or complements 1/8 (2/8 with the target
    /// identified; 5 predicted not in the truth), relations 1/18 (5 extra),
    /// 16/60 predicted values not in the truth (metadata 2/30), statements
    /// 50/75 found and 50/63 precise, modality 48/50 (`docs/import.md`, "The
    /// tenth blind set: first run"). The floors sit just under that run; the
    /// set is spent for any later claim.
    real_corpus_blind10("blind10", "Tenth blind set (blind10)", 15, BLIND10_FLOORS, BLIND10_STATEMENTS);
}

/// Just under the first run (ab0767d). One document's adoption facts were
/// read wrong (Haninge: the date and § of the document it replaces).
/// First-run floors: metadata 0.82, relations 5 extra, invented 0.27,
/// adoption facts wrong 1, statements precise 0.79. **Tuned on since**
/// (fix12m, TUNED): a header's `Ersätter tidigare beslut` is one
/// replacement label (Haninge's adoption no longer read, 0 wrong),
/// `Generella föreskrifter` gives kind `other` (metadata 29/34), 4
/// relations extra, 12/57 predicted values not in the truth (metadata
/// 0/29); the floors follow just under.
/// Then (dnr35, TUNED): the one unlabelled diarienummer in a head line
/// (`Ks 900/2019`, `KS 2018/0316`; Örebro, Danderyd, Lund, Haninge): metadata
/// 31/34.
const BLIND10_FLOORS: Floors = Floors {
    // rel49 (TUNED, stop 49): relation forms read and extras dropped; the
    // relation floors follow just under.
    // rel36/title36 (TUNED): Nyköping's `Riktlinjer och regler för …` is a title
    // (replacements 2/8, identified 3/8, 3 extra), Håbo's name written twice
    // (titles 11/15, lenient 13/15), 10/59 not in the truth.
    metadata_right: 0.91,
    titles_right: 0.73,
    titles_lenient_right: 0.86,
    replaces_or_complements_found: 0.49,
    replaces_or_complements_identified: 0.62,
    replaces_or_complements_extra_max: 2,
    relations_found: 0.22,
    relations_extra_max: 3,
    invented_max: 0.17,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 50/75 and
/// 50/63; TUNED (fix12m: `bor`, lives, no longer read as `bör`) 50/75 and
/// 50/62.
const BLIND10_STATEMENTS: (f64, f64) = (0.66, 0.80);

blind_set! {
    /// The ninth blind set (`tests/corpus/blind9/`: 13 real texts of 11
    /// organisations whose names start with A–K, their truth committed before
    /// any importer ran on them). Its one blind run is the lead's, after every
    /// tuning round of the stop (meta12h, stmts12h) had landed, at 85beed9:
    /// metadata 9/16, titles 6/13 (lenient 7/13), replacements or complements
    /// 0/1 (1 predicted whose target the truth does not identify), relations
    /// 0/3 (1 extra), 9/28 predicted values not in the truth (metadata 2/11),
    /// statements 46/80 found and 46/51 precise, modality 44/46
    /// (`docs/import.md`, "The ninth blind set: first run"). The floors sit
    /// just under that run; the set is spent for any later claim.
    real_corpus_blind9("blind9", "Ninth blind set (blind9)", 13, BLIND9_FLOORS, BLIND9_STATEMENTS);
}

/// Just under the first run (85beed9); its floors were titles 0.46,
/// lenient 0.53, invented 0.33. **Tuned on since** (fix12k, TUNED): titles
/// 7/13 (lenient 8/13) and 7/27 predicted values not in the truth (a skip
/// link no longer taken for the title); the floors follow just under.
/// Tenth round (imp12l, TUNED): replacements/complements 1/1 by both
/// measures (Haninge's `ersätter tidigare Riktlinjer för …` read as a
/// title), relations 1/3, none extra, 6/27 predicted values not in the
/// truth; first-run floors were 0.0, 0.0, extra 1, relations 0.0, extra 1.
const BLIND9_FLOORS: Floors = Floors {
    metadata_right: 0.56,
    titles_right: 0.53,
    titles_lenient_right: 0.61,
    replaces_or_complements_found: 0.99,
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.33,
    relations_extra_max: 0,
    invented_max: 0.23,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 46/80 and
/// 46/51 (floors 0.57, 0.90); TUNED (fix12k: a present passive after a
/// subject closed by a relative clause) 48/80 and 48/53.
const BLIND9_STATEMENTS: (f64, f64) = (0.59, 0.90);

/// First run (f91548b): see [`real_corpus_blind7`]; its floors were
/// relations 0.16 and invented 0.11. **Tuned on since** (fix12h, TUNED):
/// relations 4/12 (a pointer to another document: Arvika `hänvisas till`,
/// Götene `(se gällande dokumenthanteringsplan)`), none extra, 12/114
/// predicted values not in the truth. The first-run figures above stay
/// the blind claim.
const BLIND7_FLOORS: Floors = Floors {
    // First run 60/74; TUNED (meta12g) 61/74 (an adopter label whose
    // value slid past a lost `§`: Höglandet).
    metadata_right: 0.82,
    // Ninth round (meta12h, TUNED): titles 23/30 (Göteborg's `- Policy`
    // left, Falköping's cut download title continued below), 10/115.
    titles_right: 0.76,
    titles_lenient_right: 0.76,
    replaces_or_complements_found: 0.39,
    replaces_or_complements_identified: 0.39,
    replaces_or_complements_extra_max: 0,
    // TUNED (fix12h): 4/12; first run 2/12.
    relations_found: 0.33,
    relations_extra_max: 0,
    invented_max: 0.09,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 100/169 and
/// 100/128; TUNED on since (fix12i) 101/169 and 101/126, (stmts12g)
/// 111/169 and 111/136.
const BLIND7_STATEMENTS: (f64, f64) = (0.65, 0.81);

/// First run 77/94 metadata, invented 20/155, three wrong dnr values (a
/// date, a label word, a body code lost); after fix12e (a date is never a
/// dnr, a label's words before it go) 79/94, 18/155, one (the body code).
/// Sixth round (meta12e): 80/94, titles 29/36, 15/158. After the seventh
/// blind run (fix12h, TUNED): 81/94 and no adoption fact wrong (`Dnr`
/// keeps the body code after the number, `2020.052 KS`), 12/164.
const BLIND5_FLOORS: Floors = Floors {
    // Ninth round (meta12h, TUNED): metadata 82/94, titles 31/36 (a name
    // after a statute collection's header, Falköping; a web title's slogan
    // left where the document restates its name, Höganäs), 10/166.
    metadata_right: 0.87,
    titles_right: 0.86,
    titles_lenient_right: 0.86,
    // Sixth round (rel12b, tuned on blind5): 6/6 by both measures,
    // relations 7/15, none predicted that the truth lacks (the first run
    // had 0/6 and 0/15).
    replaces_or_complements_found: 0.99,
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    // Seventh round (rel12c): relations 7/15, none extra. After the
    // seventh blind run (fix12h, TUNED): 8/15 (Härjedalen `För övrigt
    // hänvisas till utarbetad rutin …`), none extra.
    relations_found: 0.53,
    relations_extra_max: 0,
    invented_max: 0.07,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 119/199 and
/// 119/164; tuned on since (stmts12e) 134/199 and 134/162, (fix12g)
/// 135/199 and 135/162, (stmts12f) 135/199 and 135/161, (stmts12g,
/// TUNED) 141/199 and 141/168.
const BLIND5_STATEMENTS: (f64, f64) = (0.70, 0.83);

/// Statements found and precise, at least (shares): first run 101/174 and
/// 101/167; tuned on since (stmts12d) 117/174 and 117/172, (fix12g)
/// 117/174 and 117/171, (stmts12f) 118/174 and 118/163, (fix12i) 118/174
/// and 118/161, (stmts12g, TUNED) 131/174 and 131/175.
const BLIND4_STATEMENTS: (f64, f64) = (0.75, 0.74);

/// The third tuning set, whole and batch by batch ([`TUNE3_BATCHES`]:
/// the batches as they landed). A batch's first run is
/// in `tests/corpus/tune3/FIRST_RUN.md`; the floors sit just under the
/// figures after tuning on it.
#[test]
fn real_corpus_tune3() {
    let dir = tune3_dir();
    let batch = |name: &str| {
        let n = name[..3].parse::<u32>().unwrap_or(0);
        (TUNE3_BATCHES
            .iter()
            .take_while(|&&first| first <= n)
            .count() as u32)
            .saturating_sub(1)
    };
    let last = truth_in(&dir).keys().map(|k| batch(k)).max().unwrap_or(0);
    for b in 0..=last {
        let p = run_in(&dir, |name| batch(name) == b);
        let m = METADATA.iter().fold((0, 0), |(tp, n), f| {
            let c = p.field(f);
            (tp + c.tp, n + c.tp + c.fn_)
        });
        let t = p.field("title");
        let rc = p.replaces_or_complements;
        let all = p.scored.total();
        println!(
            "tune3 batch {} ({} documents): metadata {}, titles {}, replacements/complements {}, invented {}",
            b + 1,
            p.docs,
            pct(m.0, m.1),
            pct(t.tp, t.tp + t.fn_),
            pct(rc.tp, rc.tp + rc.fn_),
            pct(all.fp, all.tp + all.fp)
        );
    }
    let mut p = run_in(&dir, |_| true);
    p.scored.mismatches.clear();
    p.body_kind.mismatches.clear();
    check(
        "Third tuning set (tune3)",
        &p,
        &TUNE3_FLOORS,
        truth_in(&dir).len(),
    );
}

/// The first document number of each tune3 batch as it landed (batch 1:
/// 001–009, …, batch 5: 042–048); later documents count as one more batch.
const TUNE3_BATCHES: [u32; 6] = [1, 10, 20, 30, 42, 49];

// First runs (FIRST_RUN.md): batches 1–3 at main 4c5152c, batches 4–5 at
// 3fc885e (the importer unchanged between them): metadata 52/86, titles
// 22/47, replacements/complements 0/8, relations 0/27, 34/119 predicted
// values not in the truth, 5 adopting bodies wrong. Tuned on since
// (meta12b): metadata 59/86, titles 29/47, replacements/complements 5/8,
// relations 6/27, 20/135 predicted values not in the truth.
// Seventh round (meta12f): titles 35/47 (a download button's quoted
// title is not the document's restatement), 15/149.
const TUNE3_FLOORS: Floors = Floors {
    // Fourth round (meta12c): metadata 66/86, titles 33/47.
    // Fifth round (meta12d): metadata 68/86, titles 34/47, 16/149
    // predicted values not in the truth; adoption facts wrong 2.
    // Tenth round (imp12l): titles 36/47, 14/150 (Linköping's `För`
    // subtitle).
    metadata_right: 0.785,
    titles_right: 0.76,
    titles_lenient_right: 0.76,
    replaces_or_complements_found: 0.74,
    // Fifth round (rel12): 6/8 by both measures.
    replaces_or_complements_identified: 0.74,
    replaces_or_complements_extra_max: 0,
    // Seventh round (rel12c): relations 8/27 (Linköping `Relaterade
    // styrdokument:`), two predicted that the truth lacks.
    relations_found: 0.29,
    relations_extra_max: 2,
    invented_max: 0.13,
    adoption_facts_wrong_max: 2,
};

blind_set! {
    /// The seventieth blind set (`tests/corpus/blind70/`: 8 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at c47b016 (`docs/import.md`, "The seventieth and seventy-first
    /// blind sets: first runs"); spent since.
    real_corpus_blind70("blind70", "Seventieth blind set (blind70)", 8, BLIND70_FLOORS, BLIND70_STATEMENTS);
}

/// Just under the one run (c47b016): metadata 12/15, titles 7/8, no
/// replacement or complement in the truth, relations 0/3 (none predicted),
/// invented 4/27 (Bräcke's paragraph year read as a decision date and its
/// paragraph cut, a title, a duty).
const BLIND70_FLOORS: Floors = Floors {
    metadata_right: 0.79,
    titles_right: 0.87,
    titles_lenient_right: 0.87,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.15,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 39/63 and 39/41.
const BLIND70_STATEMENTS: (f64, f64) = (0.61, 0.95);

blind_set! {
    /// The seventy-first blind set (`tests/corpus/blind71/`: 9 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at c47b016 (`docs/import.md`, "The seventieth and seventy-first
    /// blind sets: first runs"); spent since.
    real_corpus_blind71("blind71", "Seventy-first blind set (blind71)", 9, BLIND71_FLOORS, BLIND71_STATEMENTS);
}

/// Just under the one run (c47b016): metadata 10/17, titles 6/9, no
/// replacement or complement in the truth, relations 0/1 (none predicted),
/// invented 4/23 (Skellefteå's logo page read as a `plan` with a slogan as
/// title, Västerås' title with a stray `nternati`, a duty).
const BLIND71_FLOORS: Floors = Floors {
    metadata_right: 0.58,
    titles_right: 0.66,
    titles_lenient_right: 0.66,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.18,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 40/70 and 40/49.
const BLIND71_STATEMENTS: (f64, f64) = (0.57, 0.81);

blind_set! {
    /// The seventy-second blind set (`tests/corpus/blind72/`: 7 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at b5596ea (`docs/import.md`, "The seventy-second and seventy-third
    /// blind sets: first runs"); spent since.
    real_corpus_blind72("blind72", "Seventy-second blind set (blind72)", 7, BLIND72_FLOORS, BLIND72_STATEMENTS);
}

/// Just under the one run (b5596ea): metadata 12/15, titles 5/7, no
/// replacement or complement in the truth, relations 0/1 (none predicted),
/// invented 4/26 (two titles, an owner cut at `ska`, a duty); no adoption
/// fact read wrongly.
const BLIND72_FLOORS: Floors = Floors {
    metadata_right: 0.79,
    titles_right: 0.71,
    titles_lenient_right: 0.71,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.16,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 27/52 and 27/31.
const BLIND72_STATEMENTS: (f64, f64) = (0.51, 0.87);

blind_set! {
    /// The seventy-third blind set (`tests/corpus/blind73/`: 8 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at b5596ea (`docs/import.md`, "The seventy-second and seventy-third
    /// blind sets: first runs"); spent since.
    real_corpus_blind73("blind73", "Seventy-third blind set (blind73)", 8, BLIND73_FLOORS, BLIND73_STATEMENTS);
}

/// Just under the one run (b5596ea): metadata 8/13, titles 7/8, its one
/// replacement (`Ers KFS 1991:6`) missed, relations 0/9 (none predicted),
/// invented 2/20 (a title, a duty); no adoption fact read wrongly.
const BLIND73_FLOORS: Floors = Floors {
    metadata_right: 0.61,
    titles_right: 0.87,
    titles_lenient_right: 0.87,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.11,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 50/68 and 50/58.
const BLIND73_STATEMENTS: (f64, f64) = (0.73, 0.86);

blind_set! {
    /// The seventy-fourth blind set (`tests/corpus/blind74/`: 9 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 6481e5f (`docs/import.md`, "The seventy-fourth and seventy-fifth
    /// blind sets: first runs"); spent since.
    real_corpus_blind74("blind74", "Seventy-fourth blind set (blind74)", 9, BLIND74_FLOORS, BLIND74_STATEMENTS);
}

/// Just under the one run (6481e5f): metadata 7/13, titles 4/9, its one
/// complement missed and a `complemented_by` predicted instead, relations
/// 0/2, invented 9/23 (two pages read as `regler`, four titles, the
/// relation, two duties); no adoption fact read wrongly.
const BLIND74_FLOORS: Floors = Floors {
    metadata_right: 0.53,
    titles_right: 0.44,
    titles_lenient_right: 0.44,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 1,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.40,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 46/94 and 46/48.
const BLIND74_STATEMENTS: (f64, f64) = (0.48, 0.95);

blind_set! {
    /// The seventy-fifth blind set (`tests/corpus/blind75/`: 9 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 6481e5f (`docs/import.md`, "The seventy-fourth and seventy-fifth
    /// blind sets: first runs"); spent since.
    real_corpus_blind75("blind75", "Seventy-fifth blind set (blind75)", 9, BLIND75_FLOORS, BLIND75_STATEMENTS);
}

/// Just under the one run (6481e5f): metadata 8/17, titles 6/9, no
/// replacement or complement in the truth, relations 0/6 (none predicted),
/// invented 9/24 (two kinds, three titles, Norrköping's personalutskott
/// kind `utskott` where the truth says `styrelse`, Vara's date read to the
/// month, Norrköping's dnr without its `024`, a duty).
const BLIND75_FLOORS: Floors = Floors {
    metadata_right: 0.47,
    titles_right: 0.66,
    titles_lenient_right: 0.66,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.38,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 38/81 and 38/43.
const BLIND75_STATEMENTS: (f64, f64) = (0.46, 0.88);

blind_set! {
    /// The seventy-sixth blind set (`tests/corpus/blind76/`: 8 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at d383f97 (`docs/import.md`, "The seventy-sixth and seventy-seventh
    /// blind sets: first runs"); spent since.
    real_corpus_blind76("blind76", "Seventy-sixth blind set (blind76)", 8, BLIND76_FLOORS, BLIND76_STATEMENTS);
}

/// Just under the one run (d383f97): metadata 2/10, titles 5/7, no
/// replacement or complement in the truth, relations 1/3, invented 2/10
/// (two titles); Götene's adoption missed, none read wrongly.
const BLIND76_FLOORS: Floors = Floors {
    metadata_right: 0.19,
    titles_right: 0.71,
    titles_lenient_right: 0.71,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.33,
    relations_extra_max: 0,
    invented_max: 0.21,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 54/83 and 54/62.
const BLIND76_STATEMENTS: (f64, f64) = (0.65, 0.87);

blind_set! {
    /// The seventy-seventh blind set (`tests/corpus/blind77/`: 8 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at d383f97 (`docs/import.md`, "The seventy-sixth and seventy-seventh
    /// blind sets: first runs"); spent since.
    real_corpus_blind77("blind77", "Seventy-seventh blind set (blind77)", 8, BLIND77_FLOORS, BLIND77_STATEMENTS);
}

/// Just under the one run (d383f97): metadata 3/9, titles 5/8, no
/// replacement or complement in the truth (one complement predicted),
/// relations 0/6 (two predicted), invented 9/22 (Mora's page read as
/// `regler`, Stockholm's anvisning as `riktlinje`, two titles, the two
/// relations, three duties); no adoption fact read wrongly. Since title56
/// (a kind-naming line under running text must restate the page's subject)
/// Mora's page keeps its first line, a news link (`Information om
/// coronaviruset`), as its title, and its kind is left empty instead of
/// `regler`: titles 4/8, invented 9/21, the floors moved under them.
const BLIND77_FLOORS: Floors = Floors {
    metadata_right: 0.33,
    titles_right: 0.49,
    titles_lenient_right: 0.49,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 1,
    relations_found: 0.0,
    relations_extra_max: 2,
    invented_max: 0.43,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 50/80 and 50/54;
/// since title56 51/80 and 51/56 (Mora's news link read as a sentence).
const BLIND77_STATEMENTS: (f64, f64) = (0.62, 0.91);

blind_set! {
    /// The seventy-eighth blind set (`tests/corpus/blind78/`: 5 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 5c73629 (`docs/import.md`, "The seventy-eighth and seventy-ninth
    /// blind sets: first runs"); spent since.
    real_corpus_blind78("blind78", "Seventy-eighth blind set (blind78)", 5, BLIND78_FLOORS, BLIND78_STATEMENTS);
}

/// Just under the one run (5c73629): metadata 6/9, titles 4/5, no replacement or complement in the truth, relations 0/7, 2/15 predicted values not in the truth, statements 8/31 found and 8/14 precise, modality 6/8.
const BLIND78_FLOORS: Floors = Floors {
    metadata_right: 0.66,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.14,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 8/31 found, 8/14 precise, modality 6/8.
const BLIND78_STATEMENTS: (f64, f64) = (0.25, 0.57);

blind_set! {
    /// The seventy-ninth blind set (`tests/corpus/blind79/`: 5 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 5c73629 (`docs/import.md`, "The seventy-eighth and seventy-ninth
    /// blind sets: first runs"); spent since.
    real_corpus_blind79("blind79", "Seventy-ninth blind set (blind79)", 5, BLIND79_FLOORS, BLIND79_STATEMENTS);
}

/// Just under the one run (5c73629): metadata 7/11, titles 2/5, replacements or complements 0/3, relations 0/7, 4/14 predicted values not in the truth, statements 13/28 found and 13/15 precise, modality 12/13.
const BLIND79_FLOORS: Floors = Floors {
    metadata_right: 0.63,
    titles_right: 0.39,
    titles_lenient_right: 0.39,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.29,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 13/28 found, 13/15 precise, modality 12/13.
const BLIND79_STATEMENTS: (f64, f64) = (0.46, 0.86);

blind_set! {
    /// The eightieth blind set (`tests/corpus/blind80/`: 7 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at b4dc793 (`docs/import.md`, "The eightieth and eighty-first
    /// blind sets: first runs"); spent since.
    real_corpus_blind80("blind80", "Eightieth blind set (blind80)", 7, BLIND80_FLOORS, BLIND80_STATEMENTS);
}

/// Just under the one run (b4dc793): metadata 9/11, titles 6/7, no replacement or complement in the truth, relations 0/3, 3/19 predicted values not in the truth, statements 27/60 found and 27/29 precise, modality 22/27.
const BLIND80_FLOORS: Floors = Floors {
    metadata_right: 0.81,
    titles_right: 0.85,
    titles_lenient_right: 0.85,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    // 3/19 at the run; read50 reads Härryda's `PLACERINGSFÖRESKRIFTER`
    // (title and validity now right) as kind `other`, the corpus's
    // convention for `föreskrifter` (23 of 27 truths), where this truth
    // says `regler`: 4/22.
    invented_max: 0.19,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 27/60 found, 27/29 precise, modality 22/27.
const BLIND80_STATEMENTS: (f64, f64) = (0.44, 0.93);

blind_set! {
    /// The eighty-first blind set (`tests/corpus/blind81/`: 7 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at b4dc793 (`docs/import.md`, "The eightieth and eighty-first
    /// blind sets: first runs"); spent since.
    real_corpus_blind81("blind81", "Eighty-first blind set (blind81)", 7, BLIND81_FLOORS, BLIND81_STATEMENTS);
}

/// Just under the one run (b4dc793): metadata 9/12, titles 5/7, replacements or complements 1/1, relations 1/1, 5/21 predicted values not in the truth, statements 20/34 found and 20/26 precise, modality 19/20.
const BLIND81_FLOORS: Floors = Floors {
    metadata_right: 0.74,
    titles_right: 0.71,
    titles_lenient_right: 0.71,
    replaces_or_complements_found: 0.99,
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.99,
    relations_extra_max: 0,
    invented_max: 0.24,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 20/34 found, 20/26 precise, modality 19/20.
const BLIND81_STATEMENTS: (f64, f64) = (0.58, 0.76);

blind_set! {
    /// The eighty-second blind set (`tests/corpus/blind82/`: 7 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at ec9d940 (`docs/import.md`, "The eighty-second and eighty-third
    /// blind sets: first runs"); spent since.
    real_corpus_blind82("blind82", "Eighty-second blind set (blind82)", 7, BLIND82_FLOORS, BLIND82_STATEMENTS);
}

/// Just under the one run (ec9d940): metadata 1/7, titles 6/7 (lenient 5/7), no relation in the truth, 3/13 predicted values not in the truth, statements 26/55 found and 26/29 precise, modality 24/26.
const BLIND82_FLOORS: Floors = Floors {
    metadata_right: 0.14,
    titles_right: 0.71,
    titles_lenient_right: 0.71,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.24,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 26/55 found, 26/29 precise, modality 24/26.
const BLIND82_STATEMENTS: (f64, f64) = (0.47, 0.89);

blind_set! {
    /// The eighty-third blind set (`tests/corpus/blind83/`: 7 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at ec9d940 (`docs/import.md`, "The eighty-second and eighty-third
    /// blind sets: first runs"); spent since.
    real_corpus_blind83("blind83", "Eighty-third blind set (blind83)", 7, BLIND83_FLOORS, BLIND83_STATEMENTS);
}

/// Just under the one run (ec9d940; one adoption fact wrong: Södertälje's decision date): metadata 10/13, titles 6/7, replacements or complements 0/1, relations 0/4, 4/21 predicted values not in the truth, statements 27/53 found and 27/34 precise, modality 24/27.
const BLIND83_FLOORS: Floors = Floors {
    metadata_right: 0.76,
    titles_right: 0.85,
    titles_lenient_right: 0.85,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.2,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 27/53 found, 27/34 precise, modality 24/27.
const BLIND83_STATEMENTS: (f64, f64) = (0.5, 0.79);

blind_set! {
    /// The eighty-fourth blind set (`tests/corpus/blind84/`: 6 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at e7c3a73 (`docs/import.md`, "The eighty-fourth and eighty-fifth
    /// blind sets: first runs"); spent since.
    real_corpus_blind84("blind84", "Eighty-fourth blind set (blind84)", 6, BLIND84_FLOORS, BLIND84_STATEMENTS);
}

/// Just under the one run (e7c3a73): metadata 9/12, titles 3/6, no replacement or complement in the truth, relations 0/4, 4/17 predicted values not in the truth (metadata 0/9), statements 13/42 found and 13/17 precise, modality 9/13.
const BLIND84_FLOORS: Floors = Floors {
    metadata_right: 0.74,
    titles_right: 0.49,
    titles_lenient_right: 0.49,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.24,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 13/42 found, 13/17 precise, modality 9/13.
const BLIND84_STATEMENTS: (f64, f64) = (0.3, 0.76);

blind_set! {
    /// The eighty-fifth blind set (`tests/corpus/blind85/`: 5 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at e7c3a73 (`docs/import.md`, "The eighty-fourth and eighty-fifth
    /// blind sets: first runs"); spent since.
    real_corpus_blind85("blind85", "Eighty-fifth blind set (blind85)", 5, BLIND85_FLOORS, BLIND85_STATEMENTS);
}

/// Just under the one run (e7c3a73): metadata 14/14, titles 4/5, no replacement or complement in the truth, relations 0/1, 2/23 predicted values not in the truth (metadata 0/14; Tjörn's adopter named `KS` where its truth writes `Kommunstyrelsen`), statements 19/31 found and 19/21 precise, modality 17/19.
const BLIND85_FLOORS: Floors = Floors {
    metadata_right: 0.99,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.09,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 19/31 found, 19/21 precise, modality 17/19.
const BLIND85_STATEMENTS: (f64, f64) = (0.61, 0.9);

blind_set! {
    /// The eighty-sixth blind set (`tests/corpus/blind86/`: 4 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at b773afd (`docs/import.md`, "The eighty-sixth and eighty-seventh
    /// blind sets: first runs"); spent since.
    real_corpus_blind86("blind86", "Eighty-sixth blind set (blind86)", 4, BLIND86_FLOORS, BLIND86_STATEMENTS);
}

/// Just under the one run (b773afd): metadata 9/10, titles 4/4, replacements or complements 0/1, relations 0/2, 3/18 predicted values not in the truth (metadata 0/9), statements 16/28 found and 16/18 precise, modality 15/16.
const BLIND86_FLOORS: Floors = Floors {
    metadata_right: 0.89,
    titles_right: 0.99,
    titles_lenient_right: 0.99,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.17,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 16/28 found, 16/18 precise, modality 15/16.
const BLIND86_STATEMENTS: (f64, f64) = (0.57, 0.88);

blind_set! {
    /// The eighty-seventh blind set (`tests/corpus/blind87/`: 5 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at b773afd (`docs/import.md`, "The eighty-sixth and eighty-seventh
    /// blind sets: first runs"); spent since.
    real_corpus_blind87("blind87", "Eighty-seventh blind set (blind87)", 5, BLIND87_FLOORS, BLIND87_STATEMENTS);
}

/// Just under the one run (b773afd): metadata 11/13, titles 4/5 (lenient 5/5), no replacement or complement in the truth, relations 0/2, 3/19 predicted values not in the truth (metadata 0/11), statements 31/56 found and 31/33 precise, modality 28/31.
/// **Tuned on since** (stop 51, a late self-reference, TUNED): Skövde's
/// `… gäller dessa ägardirektiv antagna av kommunfullmäktige i Skövde kommun
/// den 24 september 2012 …` is read — kind and date right, the adopter
/// named with its organisation (`kommunfullmäktige i Skövde kommun`) where
/// the truth writes `kommunfullmäktige`, one adoption fact counted wrong:
/// invented 0.16 -> 0.19, adoption facts wrong 0 -> 1.
const BLIND87_FLOORS: Floors = Floors {
    metadata_right: 0.84,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.20,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 31/56 found, 31/33 precise, modality 28/31.
const BLIND87_STATEMENTS: (f64, f64) = (0.55, 0.93);

blind_set! {
    /// The eighty-eighth blind set (`tests/corpus/blind88/`: 6 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at ceabb85 (`docs/import.md`, "The eighty-eighth and eighty-ninth
    /// blind sets: first runs"); spent since.
    real_corpus_blind88("blind88", "Eighty-eighth blind set (blind88)", 6, BLIND88_FLOORS, BLIND88_STATEMENTS);
}

/// Just under the one run (ceabb85): metadata 6/11, titles 4/5, no replacement or complement in the truth, relations 0/2, 1/12 predicted values not in the truth (metadata 0/6), statements 22/50 found and 22/28 precise, modality 19/22.
const BLIND88_FLOORS: Floors = Floors {
    metadata_right: 0.54,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.09,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 22/50 found, 22/28 precise, modality 19/22.
const BLIND88_STATEMENTS: (f64, f64) = (0.43, 0.78);

blind_set! {
    /// The eighty-ninth blind set (`tests/corpus/blind89/`: 6 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at ceabb85 (`docs/import.md`, "The eighty-eighth and eighty-ninth
    /// blind sets: first runs"); spent since.
    real_corpus_blind89("blind89", "Eighty-ninth blind set (blind89)", 6, BLIND89_FLOORS, BLIND89_STATEMENTS);
}

/// Just under the one run (ceabb85): metadata 15/18, titles 5/6 (lenient 6/6), replacements or complements 1/1, relations 1/6 (2 predicted not in the truth), 8/33 predicted values not in the truth (metadata 2/17), statements 19/67 found and 19/22 precise, modality 17/19.
const BLIND89_FLOORS: Floors = Floors {
    metadata_right: 0.83,
    titles_right: 0.83,
    titles_lenient_right: 0.83,
    replaces_or_complements_found: 0.99,
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.16,
    relations_extra_max: 2,
    invented_max: 0.25,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 19/67 found, 19/22 precise, modality 17/19.
const BLIND89_STATEMENTS: (f64, f64) = (0.28, 0.86);

blind_set! {
    /// The ninetieth blind set (`tests/corpus/blind90/`: 5 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at d60e560 (`docs/import.md`, "The ninetieth and ninety-first
    /// blind sets: first runs"); spent since.
    real_corpus_blind90("blind90", "Ninetieth blind set (blind90)", 5, BLIND90_FLOORS, BLIND90_STATEMENTS);
}

/// Just under the one run (d60e560): metadata 13/14, titles 4/5, replacements or complements 0/1, relations 0/3, 3/24 predicted values not in the truth (metadata 0/13), statements 28/49 found and 28/29 precise, modality 26/28 (run inside a full verbose evaluation, not a run of its own).
const BLIND90_FLOORS: Floors = Floors {
    metadata_right: 0.92,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.13,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 28/49 found, 28/29 precise, modality 26/28.
const BLIND90_STATEMENTS: (f64, f64) = (0.57, 0.96);

blind_set! {
    /// The ninety-first blind set (`tests/corpus/blind91/`: 5 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at d60e560 (`docs/import.md`, "The ninetieth and ninety-first
    /// blind sets: first runs"); spent since.
    real_corpus_blind91("blind91", "Ninety-first blind set (blind91)", 5, BLIND91_FLOORS, BLIND91_STATEMENTS);
}

/// Just under the one run (d60e560): metadata 13/14, titles 3/5, no replacement or complement in the truth, relations 0/2, 3/22 predicted values not in the truth (metadata 0/13), statements 18/30 found and 18/20 precise, modality 14/18 (run inside a full verbose evaluation, not a run of its own).
const BLIND91_FLOORS: Floors = Floors {
    metadata_right: 0.92,
    titles_right: 0.59,
    titles_lenient_right: 0.59,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.14,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 18/30 found, 18/20 precise, modality 14/18.
const BLIND91_STATEMENTS: (f64, f64) = (0.59, 0.89);

blind_set! {
    /// The ninety-second blind set (`tests/corpus/blind92/`: 5 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 9a13e71 (`docs/import.md`, "The ninety-second and ninety-third
    /// blind sets: first runs"); spent since.
    real_corpus_blind92("blind92", "Ninety-second blind set (blind92)", 5, BLIND92_FLOORS, BLIND92_STATEMENTS);
}

/// Just under the one run (9a13e71): metadata 8/12, titles 5/5, replacements or complements 0/1, relations 0/1, 3/17 predicted values not in the truth (metadata 2/10), statements 7/16 found and 7/9 precise, modality 6/7.
const BLIND92_FLOORS: Floors = Floors {
    metadata_right: 0.66,
    titles_right: 0.99,
    titles_lenient_right: 0.99,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.18,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 7/16 found, 7/9 precise, modality 6/7.
const BLIND92_STATEMENTS: (f64, f64) = (0.43, 0.77);

blind_set! {
    /// The ninety-third blind set (`tests/corpus/blind93/`: 5 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 9a13e71 (`docs/import.md`, "The ninety-second and ninety-third
    /// blind sets: first runs"); spent since.
    real_corpus_blind93("blind93", "Ninety-third blind set (blind93)", 5, BLIND93_FLOORS, BLIND93_STATEMENTS);
}

/// Just under the one run (9a13e71): metadata 6/12, titles 2/5, replacements or complements 1/3 (1 predicted not in the truth), relations 1/3, 3/12 predicted values not in the truth (metadata 0/6), statements 10/20 found and 10/15 precise, modality 8/10.
const BLIND93_FLOORS: Floors = Floors {
    metadata_right: 0.49,
    titles_right: 0.39,
    titles_lenient_right: 0.39,
    replaces_or_complements_found: 0.33,
    replaces_or_complements_identified: 0.33,
    replaces_or_complements_extra_max: 1,
    relations_found: 0.33,
    relations_extra_max: 1,
    invented_max: 0.25,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 10/20 found, 10/15 precise, modality 8/10.
const BLIND93_STATEMENTS: (f64, f64) = (0.49, 0.66);

blind_set! {
    /// The ninety-fourth blind set (`tests/corpus/blind94/`: 7 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 8826b55 (`docs/import.md`, "The ninety-fourth and ninety-fifth
    /// blind sets: first runs"); spent since.
    real_corpus_blind94("blind94", "Ninety-fourth blind set (blind94)", 7, BLIND94_FLOORS, BLIND94_STATEMENTS);
}

/// Just under the one run (8826b55): metadata 6/10, titles 3/7 (lenient 4/7), replacements or complements 0/1, relations 0/3, 12/24 predicted values not in the truth (metadata 1/7), statements 52/71 found and 52/56 precise, modality 45/52.
const BLIND94_FLOORS: Floors = Floors {
    metadata_right: 0.59,
    titles_right: 0.42,
    titles_lenient_right: 0.42,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.5,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 52/71 found, 52/56 precise, modality 45/52.
// Precision 0.92 -> 0.91 at read53 (stop 53): Dala Mitt's dashed goals
// are split into rules, and its middle goal (`Färre ska skadas och mindre
// ska förstöras`) into its two coordinated clauses, which the truth keeps
// whole (55/71 found, 55/60 precise).
const BLIND94_STATEMENTS: (f64, f64) = (0.73, 0.91);

blind_set! {
    /// The ninety-fifth blind set (`tests/corpus/blind95/`: 5 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 8826b55 (`docs/import.md`, "The ninety-fourth and ninety-fifth
    /// blind sets: first runs"); spent since.
    real_corpus_blind95("blind95", "Ninety-fifth blind set (blind95)", 5, BLIND95_FLOORS, BLIND95_STATEMENTS);
}

/// Just under the one run (8826b55): metadata 5/7, titles 3/5, no replacement or complement in the truth, relations 0/5, 6/15 predicted values not in the truth (metadata 3/8), statements 21/47 found and 21/25 precise, modality 21/21.
const BLIND95_FLOORS: Floors = Floors {
    metadata_right: 0.71,
    titles_right: 0.59,
    titles_lenient_right: 0.59,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.4,
    adoption_facts_wrong_max: 2,
};

/// Statements found and precise, at least (shares): first run 21/47 found, 21/25 precise, modality 21/21.
const BLIND95_STATEMENTS: (f64, f64) = (0.44, 0.83);

blind_set! {
    /// The ninety-sixth blind set (`tests/corpus/blind96/`: 6 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at fe2f5fa (`docs/import.md`, "The ninety-sixth and ninety-seventh
    /// blind sets: first runs"); spent since.
    real_corpus_blind96("blind96", "Ninety-sixth blind set (blind96)", 6, BLIND96_FLOORS, BLIND96_STATEMENTS);
}

/// Just under the one run (fe2f5fa): metadata 13/16, titles 4/6 (lenient 4/6), no replacement or complement in the truth, relations 0/4 (1 predicted not in the truth), 4/25 predicted values not in the truth (metadata 1/14), statements 8/30 found and 8/10 precise, modality 8/8.
const BLIND96_FLOORS: Floors = Floors {
    metadata_right: 0.81,
    titles_right: 0.66,
    titles_lenient_right: 0.66,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.17,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 8/30 found, 8/10 precise, modality 8/8.
const BLIND96_STATEMENTS: (f64, f64) = (0.26, 0.79);

blind_set! {
    /// The ninety-seventh blind set (`tests/corpus/blind97/`: 5 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at fe2f5fa (`docs/import.md`, "The ninety-sixth and ninety-seventh
    /// blind sets: first runs"); spent since.
    real_corpus_blind97("blind97", "Ninety-seventh blind set (blind97)", 5, BLIND97_FLOORS, BLIND97_STATEMENTS);
}

/// Just under the one run (fe2f5fa): metadata 7/13, titles 0/5 (lenient 0/5), replacements or complements 0/1, relations 1/5, 7/19 predicted values not in the truth (metadata 3/10), statements 21/29 found and 21/24 precise, modality 20/21.
const BLIND97_FLOORS: Floors = Floors {
    metadata_right: 0.53,
    titles_right: 0.0,
    titles_lenient_right: 0.0,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.19,
    relations_extra_max: 0,
    invented_max: 0.37,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 21/29 found, 21/24 precise, modality 20/21.
const BLIND97_STATEMENTS: (f64, f64) = (0.72, 0.87);

blind_set! {
    /// The ninety-eighth blind set (`tests/corpus/blind98/`: 6 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at ef58a40 (`docs/import.md`, "The ninety-eighth and ninety-ninth
    /// blind sets: first runs"); spent since.
    real_corpus_blind98("blind98", "Ninety-eighth blind set (blind98)", 6, BLIND98_FLOORS, BLIND98_STATEMENTS);
}

/// Just under the one run (ef58a40): metadata 5/12, titles 2/5 (lenient 2/5), no replacement or complement in the truth, relations 0/2, 3/11 predicted values not in the truth (metadata 1/6), statements 18/44 found and 18/21 precise, modality 17/18.
/// Since kind56 (an arbetsordning is a reglemente) Arboga's kind is read
/// and its yumpu page title (`Arbetsordning för Kommunfullmäktige Antalet
/// ...`) taken as its title, wrong: invented 4/13, the floor moved.
const BLIND98_FLOORS: Floors = Floors {
    metadata_right: 0.41,
    titles_right: 0.39,
    titles_lenient_right: 0.39,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.31,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 18/44 found, 18/21 precise, modality 17/18.
const BLIND98_STATEMENTS: (f64, f64) = (0.4, 0.85);

blind_set! {
    /// The ninety-ninth blind set (`tests/corpus/blind99/`: 6 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at ef58a40 (`docs/import.md`, "The ninety-eighth and ninety-ninth
    /// blind sets: first runs"); spent since.
    real_corpus_blind99("blind99", "Ninety-ninth blind set (blind99)", 6, BLIND99_FLOORS, BLIND99_STATEMENTS);
}

/// Just under the one run (ef58a40): metadata 10/17, titles 4/6 (lenient 5/6), replacements or complements 1/4, relations 1/6 (1 predicted not in the truth), 6/22 predicted values not in the truth (metadata 1/11), statements 27/57 found and 27/30 precise, modality 19/27.
const BLIND99_FLOORS: Floors = Floors {
    metadata_right: 0.58,
    titles_right: 0.66,
    titles_lenient_right: 0.66,
    replaces_or_complements_found: 0.24,
    replaces_or_complements_identified: 0.24,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.16,
    relations_extra_max: 1,
    invented_max: 0.28,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 27/57 found, 27/30 precise, modality 19/27.
const BLIND99_STATEMENTS: (f64, f64) = (0.47, 0.89);

blind_set! {
    /// The hundredth blind set (`tests/corpus/blind100/`: 3 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at ef58a40 (`docs/import.md`, "The hundredth and hundred-and-first
    /// blind sets: first runs"); spent since.
    real_corpus_blind100("blind100", "Hundredth blind set (blind100)", 3, BLIND100_FLOORS, BLIND100_STATEMENTS);
}

/// Just under the one run (ef58a40): metadata 9/10, titles 2/3 (lenient 2/3), no replacement or complement in the truth, relations 0/1 (2 predicted not in the truth), 3/16 predicted values not in the truth (metadata 0/9), statements 16/26 found and 16/18 precise, modality 14/16.
const BLIND100_FLOORS: Floors = Floors {
    metadata_right: 0.89,
    titles_right: 0.66,
    titles_lenient_right: 0.66,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 2,
    invented_max: 0.19,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 16/26 found, 16/18 precise, modality 14/16.
const BLIND100_STATEMENTS: (f64, f64) = (0.61, 0.88);

blind_set! {
    /// The hundred-and-first blind set (`tests/corpus/blind101/`: 5 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at ef58a40 (`docs/import.md`, "The hundredth and hundred-and-first
    /// blind sets: first runs"); spent since.
    real_corpus_blind101("blind101", "Hundred-and-first blind set (blind101)", 5, BLIND101_FLOORS, BLIND101_STATEMENTS);
}

/// Just under the one run (ef58a40): metadata 7/9, titles 3/5 (lenient 4/5), no replacement or complement in the truth, relations 0/3, 3/15 predicted values not in the truth (metadata 0/7), statements 26/44 found and 26/33 precise, modality 25/26.
const BLIND101_FLOORS: Floors = Floors {
    metadata_right: 0.77,
    titles_right: 0.59,
    titles_lenient_right: 0.59,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.21,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 26/44 found, 26/33 precise, modality 25/26.
const BLIND101_STATEMENTS: (f64, f64) = (0.59, 0.78);

blind_set! {
    /// The hundred-and-second blind set (`tests/corpus/blind102/`: 4 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 73b6257 (`docs/import.md`, "The hundred-and-second and hundred-and-third
    /// blind sets: first runs"); spent since.
    real_corpus_blind102("blind102", "Hundred-and-second blind set (blind102)", 4, BLIND102_FLOORS, BLIND102_STATEMENTS);
}

/// Just under the one run (73b6257): metadata 9/10, titles 4/4, no replacement or complement or relation in the truth, 1/16 predicted values not in the truth (metadata 1/10), statements 18/37 found and 18/21 precise, modality 15/18.
const BLIND102_FLOORS: Floors = Floors {
    metadata_right: 0.89,
    titles_right: 0.99,
    titles_lenient_right: 0.99,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.07,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 18/37 found, 18/21 precise, modality 15/18.
const BLIND102_STATEMENTS: (f64, f64) = (0.48, 0.85);

blind_set! {
    /// The hundred-and-third blind set (`tests/corpus/blind103/`: 6 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 73b6257 (`docs/import.md`, "The hundred-and-second and hundred-and-third
    /// blind sets: first runs"); spent since.
    real_corpus_blind103("blind103", "Hundred-and-third blind set (blind103)", 6, BLIND103_FLOORS, BLIND103_STATEMENTS);
}

/// Just under the one run (73b6257): metadata 11/16, titles 3/6, replacements or complements 0/1, relations 0/6, 10/24 predicted values not in the truth (metadata 3/14), statements 17/34 found and 17/21 precise, modality 16/17.
const BLIND103_FLOORS: Floors = Floors {
    metadata_right: 0.68,
    titles_right: 0.49,
    titles_lenient_right: 0.49,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.42,
    adoption_facts_wrong_max: 2,
};

/// Statements found and precise, at least (shares): first run 17/34 found, 17/21 precise, modality 16/17.
const BLIND103_STATEMENTS: (f64, f64) = (0.49, 0.8);

blind_set! {
    /// The hundred-and-fourth blind set (`tests/corpus/blind104/`: 5 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 3483c5f (`docs/import.md`, "The hundred-and-fourth blind set:
    /// first run"); spent since.
    real_corpus_blind104("blind104", "Hundred-and-fourth blind set (blind104)", 5, BLIND104_FLOORS, BLIND104_STATEMENTS);
}

/// Just under the one run (3483c5f): metadata 2/9, titles 4/5, no
/// replacement or complement in the truth, relations 0/2, 0/6 predicted
/// values not in the truth (metadata 0/2), statements 27/52 found and 27/27
/// precise, modality 23/27.
const BLIND104_FLOORS: Floors = Floors {
    metadata_right: 0.22,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.01,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 27/52 found,
/// 27/27 precise, modality 23/27.
const BLIND104_STATEMENTS: (f64, f64) = (0.51, 0.99);

blind_set! {
    /// The hundred-and-fifth blind set (`tests/corpus/blind105/`: 3 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at 738a342f (`docs/import.md`, "The hundred-and-fifth blind set:
    /// first run"); spent since.
    real_corpus_blind105("blind105", "Hundred-and-fifth blind set (blind105)", 3, BLIND105_FLOORS, BLIND105_STATEMENTS);
}

/// Just under the one run (738a342f): metadata 4/7, titles 3/3, no
/// replacement or complement or relation in the truth, 0/9 predicted values
/// not in the truth (metadata 0/4), statements 10/25 found and 10/10
/// precise, modality 9/10.
const BLIND105_FLOORS: Floors = Floors {
    metadata_right: 0.57,
    titles_right: 0.99,
    titles_lenient_right: 0.99,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.01,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 10/25 found,
/// 10/10 precise, modality 9/10.
const BLIND105_STATEMENTS: (f64, f64) = (0.39, 0.99);

blind_set! {
    /// The hundred-and-sixth blind set (`tests/corpus/blind106/`: 3 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at f38848a4 (`docs/import.md`, "The hundred-and-sixth blind set:
    /// first run"); spent since.
    real_corpus_blind106("blind106", "Hundred-and-sixth blind set (blind106)", 3, BLIND106_FLOORS, BLIND106_STATEMENTS);
}

/// Just under the one run (f38848a4): metadata 6/8, titles 1/3, no
/// replacement or complement in the truth (relations 0/1), 1/10 predicted
/// values not in the truth (metadata 0/6), statements 12/15 found and
/// 12/12 precise, modality 12/12.
const BLIND106_FLOORS: Floors = Floors {
    metadata_right: 0.74,
    titles_right: 0.33,
    titles_lenient_right: 0.33,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.11,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 12/15
/// found, 12/12 precise, modality 12/12.
const BLIND106_STATEMENTS: (f64, f64) = (0.79, 0.99);

blind_set! {
    /// The hundred-and-seventh blind set (`tests/corpus/blind107/`: 3 real texts,
    /// their truth committed before any importer ran on them). Run once by the
    /// lead at b15626b6 (`docs/import.md`, "The hundred-and-seventh blind
    /// set: first run"); spent since.
    real_corpus_blind107("blind107", "Hundred-and-seventh blind set (blind107)", 3, BLIND107_FLOORS, BLIND107_STATEMENTS);
}

/// Just under the one run (b15626b6): metadata 5/7, titles 1/3, no
/// replacement or complement in the truth (relations 0/1), 4/12 predicted
/// values not in the truth (metadata 1/6: personalutskottet's kind read as
/// utskott where the truth says styrelse), statements 17/18 found and
/// 17/20 precise, modality 17/17.
const BLIND107_FLOORS: Floors = Floors {
    metadata_right: 0.71,
    titles_right: 0.33,
    titles_lenient_right: 0.33,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.34,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 17/18
/// found, 17/20 precise, modality 17/17.
const BLIND107_STATEMENTS: (f64, f64) = (0.94, 0.84);

blind_set! {
    /// The hundred-and-eighth blind set (`tests/corpus/blind108/`: 5 real texts, their
    /// truth committed before any importer ran on them). Run once by the lead
    /// at 2a8c713a (`docs/import.md`, "The hundred-and-eighth and
    /// hundred-and-ninth blind sets: first runs"); spent since.
    real_corpus_blind108("blind108", "Hundred-and-eighth blind set (blind108)", 5, BLIND108_FLOORS, BLIND108_STATEMENTS);
}

/// Just under the one run (2a8c713a): metadata 4/7, titles 4/5, no
/// replacement or complement in the truth (relations 1/1), 1/10 predicted
/// values not in the truth (metadata 0/4), statements 24/32 found and 24/24
/// precise, modality 23/24.
const BLIND108_FLOORS: Floors = Floors {
    metadata_right: 0.57,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.99,
    relations_extra_max: 0,
    invented_max: 0.11,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 24/32
/// found, 24/24 precise, modality 23/24.
const BLIND108_STATEMENTS: (f64, f64) = (0.74, 0.99);

blind_set! {
    /// The hundred-and-ninth blind set (`tests/corpus/blind109/`: 3 real texts, their
    /// truth committed before any importer ran on them). Run once by the lead
    /// at 2a8c713a (`docs/import.md`, "The hundred-and-eighth and
    /// hundred-and-ninth blind sets: first runs"); spent since.
    real_corpus_blind109("blind109", "Hundred-and-ninth blind set (blind109)", 3, BLIND109_FLOORS, BLIND109_STATEMENTS);
}

/// Just under the one run (2a8c713a): metadata 2/7, titles 3/3, no
/// replacement, complement or other relation in the truth, 1/6 predicted
/// values not in the truth (metadata 0/2), statements 15/25 found and 15/16
/// precise, modality 14/15.
const BLIND109_FLOORS: Floors = Floors {
    metadata_right: 0.28,
    titles_right: 0.99,
    titles_lenient_right: 0.99,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.17,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 15/25
/// found, 15/16 precise, modality 14/15.
const BLIND109_STATEMENTS: (f64, f64) = (0.59, 0.93);

blind_set! {
    /// The hundred-and-tenth blind set (`tests/corpus/blind110/`: 6 real texts, their
    /// truth committed before any importer ran on them). Run once by the lead
    /// at 052157b4 (`docs/import.md`, "The hundred-and-tenth blind set: first
    /// run"); spent since.
    real_corpus_blind110("blind110", "Hundred-and-tenth blind set (blind110)", 6, BLIND110_FLOORS, BLIND110_STATEMENTS);
}

/// Just under the one run (052157b4): metadata 14/19, titles 2/6 (3/6
/// lenient), no replacement or complement in the truth, other relations
/// 0/5 with one extra, 6/26 predicted values not in the truth (metadata
/// 1/15), no adoption fact wrong, statements 21/36 found and 21/26
/// precise, modality 21/21.
const BLIND110_FLOORS: Floors = Floors {
    metadata_right: 0.73,
    titles_right: 0.33,
    titles_lenient_right: 0.49,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.24,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 21/36
/// found, 21/26 precise, modality 21/21.
const BLIND110_STATEMENTS: (f64, f64) = (0.58, 0.80);

blind_set! {
    /// The hundred-and-eleventh blind set (`tests/corpus/blind111/`: 6 real texts, their
    /// truth committed before any importer ran on them). Run once by the lead
    /// at 7ebd905d (`docs/import.md`, "The hundred-and-eleventh blind set:
    /// first run"); spent since.
    real_corpus_blind111("blind111", "Hundred-and-eleventh blind set (blind111)", 6, BLIND111_FLOORS, BLIND111_STATEMENTS);
}

/// Just under the one run (7ebd905d): metadata 11/17, titles 5/6 (5/6
/// lenient), no relation in the truth and none predicted, duties 0/1,
/// 5/24 predicted values not in the truth (metadata 2/13), no adoption
/// fact wrong, statements 24/51 found and 24/29 precise, modality 21/24.
const BLIND111_FLOORS: Floors = Floors {
    metadata_right: 0.64,
    titles_right: 0.83,
    titles_lenient_right: 0.83,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.21,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 24/51
/// found, 24/29 precise, modality 21/24.
const BLIND111_STATEMENTS: (f64, f64) = (0.47, 0.82);

blind_set! {
    /// The hundred-and-twelfth blind set (`tests/corpus/blind112/`: 4 real texts, their
    /// truth committed before any importer ran on them). Run once by the lead
    /// at ff48b905 (`docs/import.md`, "The hundred-and-twelfth blind set:
    /// first run"); spent since.
    real_corpus_blind112("blind112", "Hundred-and-twelfth blind set (blind112)", 4, BLIND112_FLOORS, BLIND112_STATEMENTS);
}

/// Just under the one run (ff48b905): metadata 7/9, titles 1/4 (1/4
/// lenient), its one complement missed, duties 0/1, 3/11 predicted values
/// not in the truth (metadata 0/7), no adoption fact wrong, statements
/// 14/33 found and 14/14 precise, modality 12/14.
const BLIND112_FLOORS: Floors = Floors {
    metadata_right: 0.77,
    titles_right: 0.24,
    titles_lenient_right: 0.24,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.28,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 14/33
/// found, 14/14 precise, modality 12/14.
const BLIND112_STATEMENTS: (f64, f64) = (0.42, 0.99);

blind_set! {
    /// The hundred-and-thirteenth blind set (`tests/corpus/blind113/`: 6 real texts, their
    /// truth committed before any importer ran on them). Run once by the lead
    /// at fb3b83e9 (`docs/import.md`, "The hundred-and-thirteenth blind set:
    /// first run"); spent since.
    real_corpus_blind113("blind113", "Hundred-and-thirteenth blind set (blind113)", 6, BLIND113_FLOORS, BLIND113_STATEMENTS);
}

/// Just under the one run (fb3b83e9): metadata 12/16, titles 5/6 (5/6
/// lenient), no replacement or complement stated, its one reference missed
/// and one predicted that the truth does not hold, 3/22 predicted values
/// not in the truth (metadata 0/12; one adopter read `fullmäktige` where the
/// truth takes the later `kommunfullmäktige`), statements 17/26 found and
/// 17/19 precise, modality 14/17.
const BLIND113_FLOORS: Floors = Floors {
    metadata_right: 0.74,
    titles_right: 0.83,
    titles_lenient_right: 0.83,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.14,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 17/26
/// found, 17/19 precise, modality 14/17.
const BLIND113_STATEMENTS: (f64, f64) = (0.65, 0.89);

blind_set! {
    /// The hundred-and-fourteenth blind set (`tests/corpus/blind114/`: 4 real texts,
    /// their truth committed before any importer ran on them). Run once by
    /// the lead at b8d5487d (`docs/import.md`, "The hundred-and-fourteenth
    /// blind set: first run"); spent since.
    real_corpus_blind114("blind114", "Hundred-and-fourteenth blind set (blind114)", 4, BLIND114_FLOORS, BLIND114_STATEMENTS);
}

/// Just under the one run (b8d5487d): metadata 9/10 (one adopter run into
/// the next two bodies' empty date fields), titles 1/4 (1/4 lenient), its
/// one replacement found with its target, one of two relations found and
/// none predicted that the truth does not hold, 5/17 predicted values not
/// in the truth (one a month-only decision date the truth leaves null),
/// statements 4/15 found and 4/6 precise, modality 4/4.
const BLIND114_FLOORS: Floors = Floors {
    metadata_right: 0.89,
    titles_right: 0.24,
    titles_lenient_right: 0.24,
    replaces_or_complements_found: 0.99,
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.49,
    relations_extra_max: 0,
    invented_max: 0.30,
    adoption_facts_wrong_max: 2,
};

/// Statements found and precise, at least (shares): first run 4/15
/// found, 4/6 precise, modality 4/4.
const BLIND114_STATEMENTS: (f64, f64) = (0.26, 0.66);

blind_set! {
    /// The hundred-and-fifteenth blind set (`tests/corpus/blind115/`: 4 real texts,
    /// their truth committed before any importer ran on them). Run once by
    /// the lead at df2ee92e (`docs/import.md`, "The hundred-and-fifteenth
    /// blind set: first run"); spent since.
    real_corpus_blind115("blind115", "Hundred-and-fifteenth blind set (blind115)", 4, BLIND115_FLOORS, BLIND115_STATEMENTS);
}

/// Just under the one run (df2ee92e): metadata 6/6, titles 4/4 (4/4
/// lenient), no relation stated and none predicted, its one duty missed,
/// 0/10 predicted values not in the truth (metadata 0/6), statements 7/14
/// found and 7/10 precise, modality 7/7.
const BLIND115_FLOORS: Floors = Floors {
    metadata_right: 0.99,
    titles_right: 0.99,
    titles_lenient_right: 0.99,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.01,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 7/14
/// found, 7/10 precise, modality 7/7.
const BLIND115_STATEMENTS: (f64, f64) = (0.49, 0.69);

blind_set! {
    /// The hundred-and-sixteenth blind set (`tests/corpus/blind116/`: 5 real texts,
    /// their truth committed before any importer ran on them). Run once by
    /// the lead at 15ae74f4 (`docs/import.md`, "The hundred-and-sixteenth
    /// blind set: first run"); spent since.
    real_corpus_blind116("blind116", "Hundred-and-sixteenth blind set (blind116)", 5, BLIND116_FLOORS, BLIND116_STATEMENTS);
}

/// Just under the one run (15ae74f4): metadata 10/13, titles 3/5 (3/5
/// lenient), no replacement or complement stated, its one reference
/// missed and none predicted that the truth does not hold, 6/28 predicted
/// values not in the truth (metadata 0/10; four duties of a reglemente's
/// function headings), statements 26/44 found and 26/30 precise, modality
/// 26/26.
const BLIND116_FLOORS: Floors = Floors {
    metadata_right: 0.76,
    titles_right: 0.59,
    titles_lenient_right: 0.59,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.22,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 26/44
/// found, 26/30 precise, modality 26/26.
const BLIND116_STATEMENTS: (f64, f64) = (0.59, 0.86);

blind_set! {
    /// The hundred-and-seventeenth blind set (`tests/corpus/blind117/`: 5 real
    /// texts, their truth committed before any importer ran on them). Run once
    /// by the lead at 68ca8385 (`docs/import.md`, "The hundred-and-seventeenth
    /// blind set: first run"); spent since.
    real_corpus_blind117("blind117", "Hundred-and-seventeenth blind set (blind117)", 5, BLIND117_FLOORS, BLIND117_STATEMENTS);
}

/// Just under the one run (68ca8385): metadata 13/16, titles 4/5 (4/5
/// lenient), replacements 0/2 with one predicted that the truth does not
/// hold, relations 0/3, duties 0/9, 7/27 predicted values not in the truth
/// (metadata 0/13), statements 18/37 found and 18/37 precise, modality
/// 18/18.
const BLIND117_FLOORS: Floors = Floors {
    metadata_right: 0.81,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    // Stop 64 (TUNED on this set, spent): 1 -> 2. Tanum's closing
    // provision (`Gällande reglemente för miljö- och räddningsnämnden
    // (antaget … den 19 december 1994, § 180) … upphör att gälla`) is read
    // as a replacement dated by its bracket; the truth describes the same
    // target with no date, so the strict comparison counts it extra.
    replaces_or_complements_extra_max: 2,
    relations_found: 0.0,
    // Stop 64: 1 -> 2, the same Tanum replacement as above.
    relations_extra_max: 2,
    // reglement63 (stop 63, TUNED on this set after its run): 0.26 -> 0.29
    // (9/32): Härjedalen's seven duties are read, five of them keeping
    // their items' `att` where the truth drops it (truths differ: Vara's in
    // `blind12/` and Östhammar's in `tune3/` keep it). Stop 64: 0.29 ->
    // 0.31 (10/33), Tanum's dated replacement above.
    invented_max: 0.31,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 18/37
/// found, 18/37 precise, modality 18/18.
const BLIND117_STATEMENTS: (f64, f64) = (0.48, 0.48);

blind_set! {
    /// The hundred-and-eighteenth blind set (`tests/corpus/blind118/`: 4 real
    /// texts, their truth committed before any importer ran on them). Run
    /// once by the lead at a83ab048 (`docs/import.md`, "The
    /// hundred-and-eighteenth blind set: first run"); spent since.
    real_corpus_blind118("blind118", "Hundred-and-eighteenth blind set (blind118)", 4, BLIND118_FLOORS, BLIND118_STATEMENTS);
}

/// Just under the one run (a83ab048): metadata 6/10, titles 1/4 (1/4
/// lenient), replacements or complements 0/2 (one identified with a dnr
/// the truth does not record; one predicted that the truth does not hold),
/// relations 1/3 with 2 predicted not in the truth, 8/16 predicted values
/// not in the truth (metadata 1/7), statements 19/27 found and 19/20
/// precise, modality 18/19.
const BLIND118_FLOORS: Floors = Floors {
    metadata_right: 0.59,
    titles_right: 0.24,
    titles_lenient_right: 0.24,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.49,
    replaces_or_complements_extra_max: 1,
    relations_found: 0.33,
    relations_extra_max: 2,
    invented_max: 0.51,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 19/27
/// found, 19/20 precise, modality 18/19.
const BLIND118_STATEMENTS: (f64, f64) = (0.70, 0.94);

blind_set! {
    /// The hundred-and-nineteenth blind set (`tests/corpus/blind119/`: 5 real
    /// texts, their truth committed before any importer ran on them). Run
    /// once by the lead at 760dcb26 (`docs/import.md`, "The
    /// hundred-and-nineteenth blind set: first run"); spent since.
    real_corpus_blind119("blind119", "Hundred-and-nineteenth blind set (blind119)", 5, BLIND119_FLOORS, BLIND119_STATEMENTS);
}

/// Just under the one run (760dcb26): metadata 12/15, titles 3/5 (3/5
/// lenient), no replacement or complement stated, its one reference
/// missed, 5/25 predicted values not in the truth (metadata 0/12; four
/// duties of a joint nämnd's reglemente), statements 18/36 found and
/// 18/21 precise, modality 17/18.
const BLIND119_FLOORS: Floors = Floors {
    metadata_right: 0.79,
    titles_right: 0.59,
    titles_lenient_right: 0.59,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.21,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 18/36
/// found, 18/21 precise, modality 17/18.
const BLIND119_STATEMENTS: (f64, f64) = (0.49, 0.85);

blind_set! {
    /// The hundred-and-twentieth blind set (`tests/corpus/blind120/`: 4 real
    /// texts, their truth committed before any importer ran on them). Run
    /// once by the lead at 880307ac (`docs/import.md`, "The hundred-and-twentieth blind
    /// set: first run"); spent since.
    real_corpus_blind120("blind120", "Hundred-and-twentieth blind set (blind120)", 4, BLIND120_FLOORS, BLIND120_STATEMENTS);
}

/// Just under the one run (880307ac): metadata 13/14, titles 2/4 (2/4
/// lenient), no replacement or complement stated, relations 0/2, 6/25
/// predicted values not in the truth (metadata 0/13; three duties),
/// statements 28/35 found and 28/35 precise, modality 27/28.
const BLIND120_FLOORS: Floors = Floors {
    metadata_right: 0.92,
    titles_right: 0.49,
    titles_lenient_right: 0.49,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.25,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 28/35
/// found, 28/35 precise, modality 27/28.
const BLIND120_STATEMENTS: (f64, f64) = (0.79, 0.79);

blind_set! {
    /// The hundred-and-twenty-first blind set (`tests/corpus/blind121/`: 4 real
    /// texts, their truth committed before any importer ran on them). Run
    /// once by the lead at 880307ac (`docs/import.md`, "The hundred-and-twenty-first blind
    /// set: first run"); spent since.
    real_corpus_blind121("blind121", "Hundred-and-twenty-first blind set (blind121)", 4, BLIND121_FLOORS, BLIND121_STATEMENTS);
}

/// Just under the one run (880307ac): metadata 9/11, titles 2/4 (2/4
/// lenient), no replacement or complement stated, relations 0/1, duties
/// 0/1, 5/19 predicted values not in the truth (metadata 1/10: a decision
/// year read from `KF § 63/2017` where the truth records none), statements
/// 33/48 found and 33/33 precise, modality 30/33.
const BLIND121_FLOORS: Floors = Floors {
    metadata_right: 0.81,
    titles_right: 0.49,
    titles_lenient_right: 0.49,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.27,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 33/48
/// found, 33/33 precise, modality 30/33.
const BLIND121_STATEMENTS: (f64, f64) = (0.68, 0.99);

blind_set! {
    /// The hundred-and-twenty-second blind set (`tests/corpus/blind122/`: 6 real
    /// texts, their truth committed before any importer ran on them). Run
    /// once by the lead at 93dc5258 (`docs/import.md`, "The
    /// hundred-and-twenty-second blind set: first run"); spent since.
    real_corpus_blind122("blind122", "Hundred-and-twenty-second blind set (blind122)", 6, BLIND122_FLOORS, BLIND122_STATEMENTS);
}

/// Just under the one run (93dc5258): metadata 8/13, titles 5/6 (5/6
/// lenient), no replacement or complement stated, relations 0/1, 2/16
/// predicted values not in the truth (metadata 0/8), statements 32/58
/// found and 32/34 precise, modality 24/32.
const BLIND122_FLOORS: Floors = Floors {
    metadata_right: 0.61,
    titles_right: 0.83,
    titles_lenient_right: 0.83,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.13,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 32/58
/// found, 32/34 precise, modality 24/32.
const BLIND122_STATEMENTS: (f64, f64) = (0.55, 0.94);

blind_set! {
    /// The hundred-and-twenty-third blind set (`tests/corpus/blind123/`: 6 real
    /// texts, their truth committed before any importer ran on them). Run
    /// once by the lead at 6e048004 (`docs/import.md`, "The
    /// hundred-and-twenty-third blind set: first run"); spent since.
    real_corpus_blind123("blind123", "Hundred-and-twenty-third blind set (blind123)", 6, BLIND123_FLOORS, BLIND123_STATEMENTS);
}

/// Just under the one run (6e048004): metadata 9/14, titles 3/6 (3/6
/// lenient), no replacement or complement in the truth and one predicted
/// (`complemented_by` where the truth says `concretized_by`), relations
/// 0/2, 11/23 predicted values not in the truth (metadata 1/10: a
/// protocol excerpt's dnr read before the plan's own), statements 18/46
/// found and 18/20 precise, modality 17/18.
const BLIND123_FLOORS: Floors = Floors {
    metadata_right: 0.64,
    titles_right: 0.49,
    titles_lenient_right: 0.49,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 1,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.48,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 18/46
/// found, 18/20 precise, modality 17/18.
const BLIND123_STATEMENTS: (f64, f64) = (0.39, 0.90);

blind_set! {
    /// The hundred-and-twenty-fourth blind set (`tests/corpus/blind124/`: 6 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at ef812360; spent since.
    real_corpus_blind124("blind124", "Hundred-and-twenty-fourth blind set (blind124)", 6, BLIND124_FLOORS, BLIND124_STATEMENTS);
}

/// Just under the one run (ef812360): metadata 14/19, titles 4/6 (4/6
/// lenient), replacements/complements 0/1, relations 0/4, 6/26 predicted
/// values not in the truth (metadata 2/16: a year for a full date, `8`
/// for the paragraph written `8/2014`), statements 36/61 found and 36/37
/// precise, modality 35/36.
const BLIND124_FLOORS: Floors = Floors {
    metadata_right: 0.73,
    titles_right: 0.66,
    titles_lenient_right: 0.66,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.24,
    adoption_facts_wrong_max: 2,
};

/// Statements found and precise, at least (shares): first run 36/61
/// found, 36/37 precise, modality 35/36.
const BLIND124_STATEMENTS: (f64, f64) = (0.58, 0.97);

blind_set! {
    /// The hundred-and-twenty-fifth blind set (`tests/corpus/blind125/`: 6 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at ef812360; spent since.
    real_corpus_blind125("blind125", "Hundred-and-twenty-fifth blind set (blind125)", 6, BLIND125_FLOORS, BLIND125_STATEMENTS);
}

/// Just under the one run (ef812360): metadata 7/11, titles 5/6 (5/6
/// lenient), no replacement or complement in the truth and one predicted
/// (`repeals` read off a table of contents), relations 0/2, 4/18
/// predicted values not in the truth (metadata 1/8: `39` for the
/// paragraph written `39/2019`), statements 12/34 found and 12/12
/// precise, modality 10/12.
const BLIND125_FLOORS: Floors = Floors {
    metadata_right: 0.63,
    titles_right: 0.83,
    titles_lenient_right: 0.83,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 1,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.23,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 12/34
/// found, 12/12 precise, modality 10/12.
const BLIND125_STATEMENTS: (f64, f64) = (0.35, 1.0);

blind_set! {
    /// The hundred-and-twenty-sixth blind set (`tests/corpus/blind126/`: 4 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 0fb13545; spent since.
    real_corpus_blind126("blind126", "Hundred-and-twenty-sixth blind set (blind126)", 4, BLIND126_FLOORS, BLIND126_STATEMENTS);
}

/// Just under the one run (0fb13545): metadata 2/5, titles 2/4 (2/4
/// lenient), no replacement or complement in the truth, relations 0/3
/// with one predicted (`references` to a guideline the truth does not
/// name), 4/10 predicted values not in the truth (metadata 1/3: a kind
/// read `rutin` where the truth says `other`), statements 17/42 found and
/// 17/19 precise, modality 16/17.
const BLIND126_FLOORS: Floors = Floors {
    metadata_right: 0.39,
    titles_right: 0.49,
    titles_lenient_right: 0.49,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.41,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 17/42
/// found, 17/19 precise, modality 16/17.
const BLIND126_STATEMENTS: (f64, f64) = (0.40, 0.89);

blind_set! {
    /// The hundred-and-twenty-seventh blind set (`tests/corpus/blind127/`: 6 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 0fb13545; spent since.
    real_corpus_blind127("blind127", "Hundred-and-twenty-seventh blind set (blind127)", 6, BLIND127_FLOORS, BLIND127_STATEMENTS);
}

/// Just under the one run (0fb13545): metadata 13/14, titles 1/6 (1/6
/// lenient), no replacement or complement in the truth, relations 0/2,
/// 5/22 predicted values not in the truth (metadata 0/13; five titles
/// with words run into them), statements 13/45 found and 13/15 precise,
/// modality 11/13.
const BLIND127_FLOORS: Floors = Floors {
    metadata_right: 0.92,
    titles_right: 0.16,
    titles_lenient_right: 0.16,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.23,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 13/45
/// found, 13/15 precise, modality 11/13.
const BLIND127_STATEMENTS: (f64, f64) = (0.28, 0.86);

blind_set! {
    /// The hundred-and-twenty-eighth blind set (`tests/corpus/blind128/`: 4 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 97ae2c93; spent since.
    real_corpus_blind128("blind128", "Hundred-and-twenty-eighth blind set (blind128)", 4, BLIND128_FLOORS, BLIND128_STATEMENTS);
}

/// Just under the one run (97ae2c93): metadata 10/11, titles 2/4 (2/4
/// lenient), no replacement or complement in the truth, relations 0/1,
/// 2/18 predicted values not in the truth (metadata 0/10), statements
/// 30/50 found and 30/34 precise, modality 28/30.
const BLIND128_FLOORS: Floors = Floors {
    metadata_right: 0.9,
    titles_right: 0.49,
    titles_lenient_right: 0.49,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.12,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 30/50
/// found, 30/34 precise, modality 28/30.
const BLIND128_STATEMENTS: (f64, f64) = (0.59, 0.88);

blind_set! {
    /// The hundred-and-twenty-ninth blind set (`tests/corpus/blind129/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 97ae2c93; spent since.
    real_corpus_blind129("blind129", "Hundred-and-twenty-ninth blind set (blind129)", 5, BLIND129_FLOORS, BLIND129_STATEMENTS);
}

/// Just under the one run (97ae2c93): metadata 5/6, titles 3/4 (3/4
/// lenient; a fifth, which the truth leaves empty, read from a page's
/// `till startsidan` link), no replacement or complement in the truth,
/// relations 0/2, 3/11 predicted values not in the truth (metadata 1/6: a
/// page's kind read `policy` where the truth says `other`), statements
/// 25/49 found and 25/25 precise, modality 24/25.
const BLIND129_FLOORS: Floors = Floors {
    metadata_right: 0.83,
    titles_right: 0.74,
    titles_lenient_right: 0.74,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.28,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 25/49
/// found, 25/25 precise, modality 24/25.
const BLIND129_STATEMENTS: (f64, f64) = (0.51, 1.0);

blind_set! {
    /// The hundred-and-thirtieth blind set (`tests/corpus/blind130/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 4b050773; spent since.
    real_corpus_blind130("blind130", "Hundred-and-thirtieth blind set (blind130)", 5, BLIND130_FLOORS, BLIND130_STATEMENTS);
}

/// Just under the one run (4b050773): metadata 12/12, titles 4/5 (4/5
/// lenient), no replacement or complement in the truth, relations 0/1,
/// 1/20 predicted values not in the truth (metadata 0/12), statements
/// 20/46 found and 20/20 precise, modality 19/20.
const BLIND130_FLOORS: Floors = Floors {
    metadata_right: 0.99,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.06,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 20/46
/// found, 20/20 precise, modality 19/20.
const BLIND130_STATEMENTS: (f64, f64) = (0.43, 1.0);

blind_set! {
    /// The hundred-and-thirty-first blind set (`tests/corpus/blind131/`: 4 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 4b050773; spent since.
    real_corpus_blind131("blind131", "Hundred-and-thirty-first blind set (blind131)", 4, BLIND131_FLOORS, BLIND131_STATEMENTS);
}

/// Just under the one run (4b050773): metadata 7/11, titles 1/3 (2/3
/// lenient), replacements/complements 1/1 (target identified), relations
/// 1/5 with two predicted that the truth lacks, 6/15 predicted values not
/// in the truth (metadata 1/8: an e-mail guideline's adopter read
/// `Kommunstyrelsen` from its text where the head writes `KS`), statements
/// 12/19 found and 12/15 precise, modality 11/12.
const BLIND131_FLOORS: Floors = Floors {
    metadata_right: 0.63,
    titles_right: 0.33,
    titles_lenient_right: 0.66,
    replaces_or_complements_found: 0.99,
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.19,
    relations_extra_max: 2,
    invented_max: 0.41,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 12/19
/// found, 12/15 precise, modality 11/12.
const BLIND131_STATEMENTS: (f64, f64) = (0.63, 0.79);

blind_set! {
    /// The hundred-and-thirty-second blind set (`tests/corpus/blind132/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 157a7372; spent since.
    real_corpus_blind132("blind132", "Hundred-and-thirty-second blind set (blind132)", 5, BLIND132_FLOORS, BLIND132_STATEMENTS);
}

/// Just under the one run (157a7372): metadata 5/10, titles 5/5 (5/5
/// lenient), replacements/complements 0/2, relations 0/2, 7/19 predicted
/// values not in the truth (metadata 1/6), statements 19/32 found and
/// 19/22 precise, modality 18/19.
const BLIND132_FLOORS: Floors = Floors {
    metadata_right: 0.49,
    titles_right: 0.99,
    titles_lenient_right: 0.99,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.37,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 19/32
/// found, 19/22 precise, modality 18/19.
const BLIND132_STATEMENTS: (f64, f64) = (0.59, 0.86);

blind_set! {
    /// The hundred-and-thirty-third blind set (`tests/corpus/blind133/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 157a7372; spent since.
    real_corpus_blind133("blind133", "Hundred-and-thirty-third blind set (blind133)", 5, BLIND133_FLOORS, BLIND133_STATEMENTS);
}

/// Just under the one run (157a7372): metadata 14/14, titles 4/5 (4/5
/// lenient), no replacement or complement in the truth, relations 0/1,
/// 2/22 predicted values not in the truth (metadata 1/15: a decision date
/// `2015` read from `Antagen av kommunstyrelsen 2015`, where this truth
/// takes a year alone as no date, counted as one adoption fact wrong),
/// statements 10/28 found and 10/15 precise, modality 8/10.
const BLIND133_FLOORS: Floors = Floors {
    metadata_right: 0.99,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.1,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 10/28
/// found, 10/15 precise, modality 8/10.
const BLIND133_STATEMENTS: (f64, f64) = (0.35, 0.66);

blind_set! {
    /// The hundred-and-thirty-fourth blind set (`tests/corpus/blind134/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 143c77b5; spent since.
    real_corpus_blind134("blind134", "Hundred-and-thirty-fourth blind set (blind134)", 5, BLIND134_FLOORS, BLIND134_STATEMENTS);
}

/// Just under the one run (143c77b5): metadata 2/5, titles 1/5 (2/5
/// lenient), replacements/complements 0/2, relations 0/5, 5/8 predicted
/// values not in the truth (metadata 1/3), statements 20/36 found and
/// 20/23 precise, modality 19/20.
const BLIND134_FLOORS: Floors = Floors {
    metadata_right: 0.39,
    titles_right: 0.19,
    titles_lenient_right: 0.39,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.63,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 20/36
/// found, 20/23 precise, modality 19/20.
const BLIND134_STATEMENTS: (f64, f64) = (0.55, 0.86);

blind_set! {
    /// The hundred-and-thirty-fifth blind set (`tests/corpus/blind135/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 143c77b5; spent since.
    real_corpus_blind135("blind135", "Hundred-and-thirty-fifth blind set (blind135)", 5, BLIND135_FLOORS, BLIND135_STATEMENTS);
}

/// Just under the one run (143c77b5): metadata 10/13, titles 4/5 (4/5
/// lenient), no replacement or complement in the truth, relations 0/1,
/// 2/17 predicted values not in the truth (metadata 0/10), statements
/// 3/20 found and 3/9 precise, modality 3/3.
const BLIND135_FLOORS: Floors = Floors {
    metadata_right: 0.76,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.12,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 3/20
/// found, 3/9 precise, modality 3/3.
const BLIND135_STATEMENTS: (f64, f64) = (0.14, 0.33);

blind_set! {
    /// The hundred-and-thirty-sixth blind set (`tests/corpus/blind136/`: 6 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 3e8cbadb; spent since.
    real_corpus_blind136("blind136", "Hundred-and-thirty-sixth blind set (blind136)", 6, BLIND136_FLOORS, BLIND136_STATEMENTS);
}

/// Just under the one run (3e8cbadb): metadata 10/15, titles 4/6 (4/6
/// lenient), no replacement, complement or other relation in the truth,
/// 1/15 predicted values not in the truth (metadata 0/10), statements
/// 23/38 found and 23/23 precise, modality 19/23.
const BLIND136_FLOORS: Floors = Floors {
    metadata_right: 0.66,
    titles_right: 0.66,
    titles_lenient_right: 0.66,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.07,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 23/38
/// found, 23/23 precise, modality 19/23.
const BLIND136_STATEMENTS: (f64, f64) = (0.6, 0.99);

blind_set! {
    /// The hundred-and-thirty-seventh blind set (`tests/corpus/blind137/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 3e8cbadb; spent since.
    real_corpus_blind137("blind137", "Hundred-and-thirty-seventh blind set (blind137)", 5, BLIND137_FLOORS, BLIND137_STATEMENTS);
}

/// Just under the one run (3e8cbadb): metadata 3/8, titles 3/5 (3/5
/// lenient), replacements/complements 0/2, relations 0/3, 0/7 predicted
/// values not in the truth (metadata 0/3), statements 13/25 found and
/// 13/16 precise, modality 12/13.
const BLIND137_FLOORS: Floors = Floors {
    metadata_right: 0.37,
    titles_right: 0.59,
    titles_lenient_right: 0.59,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.01,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 13/25
/// found, 13/16 precise, modality 12/13.
const BLIND137_STATEMENTS: (f64, f64) = (0.51, 0.81);

blind_set! {
    /// The hundred-and-thirty-eighth blind set (`tests/corpus/blind138/`: 6 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 5126705f; spent since.
    real_corpus_blind138("blind138", "Hundred-and-thirty-eighth blind set (blind138)", 6, BLIND138_FLOORS, BLIND138_STATEMENTS);
}

/// Just under the one run (5126705f): metadata 5/14, titles 3/6 (3/6
/// lenient), replacements/complements 1/1, relations 1/4 with one
/// predicted that the truth lacks, 8/18 predicted values not in the truth
/// (metadata 2/7: one adoption fact wrong by name, `fullmäktige` from a
/// joint agreement where the truth names Tranemo's council), statements
/// 37/53 found and 37/40 precise, modality 34/37. Since Meta66e the
/// agreement's `Reglementet ska antas av fullmäktige …` is no adoption: its
/// adopter, wrong by name but right by kind, is unread (metadata 4/14).
const BLIND138_FLOORS: Floors = Floors {
    metadata_right: 0.28,
    titles_right: 0.49,
    titles_lenient_right: 0.49,
    replaces_or_complements_found: 0.99,
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.24,
    relations_extra_max: 1,
    invented_max: 0.45,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 37/53
/// found, 37/40 precise, modality 34/37.
const BLIND138_STATEMENTS: (f64, f64) = (0.69, 0.92);

blind_set! {
    /// The hundred-and-thirty-ninth blind set (`tests/corpus/blind139/`: 4 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 5126705f; spent since.
    real_corpus_blind139("blind139", "Hundred-and-thirty-ninth blind set (blind139)", 4, BLIND139_FLOORS, BLIND139_STATEMENTS);
}

/// Just under the one run (5126705f): metadata 4/6, titles 3/4 (3/4
/// lenient), no replacement or complement in the truth, relations 0/3
/// with one predicted that the truth lacks, 2/10 predicted values not in
/// the truth (metadata 0/4), statements 13/22 found and 13/20 precise,
/// modality 11/13.
const BLIND139_FLOORS: Floors = Floors {
    metadata_right: 0.66,
    titles_right: 0.74,
    titles_lenient_right: 0.74,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.21,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 13/22
/// found, 13/20 precise, modality 11/13.
const BLIND139_STATEMENTS: (f64, f64) = (0.59, 0.64);

blind_set! {
    /// The hundred-and-fortieth blind set (`tests/corpus/blind140/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 112933be; spent since.
    real_corpus_blind140("blind140", "Hundred-and-fortieth blind set (blind140)", 5, BLIND140_FLOORS, BLIND140_STATEMENTS);
}

/// Just under the one run (112933be): metadata 7/11, titles 2/5 (3/5
/// lenient), no replacement or complement in the truth, relations 0/4,
/// 4/14 predicted values not in the truth (metadata 0/7), statements
/// 22/31 found and 22/25 precise, modality 21/22.
const BLIND140_FLOORS: Floors = Floors {
    metadata_right: 0.63,
    titles_right: 0.39,
    titles_lenient_right: 0.59,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.29,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 22/31
/// found, 22/25 precise, modality 21/22.
const BLIND140_STATEMENTS: (f64, f64) = (0.7, 0.87);

blind_set! {
    /// The hundred-and-forty-first blind set (`tests/corpus/blind141/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 112933be; spent since.
    real_corpus_blind141("blind141", "Hundred-and-forty-first blind set (blind141)", 5, BLIND141_FLOORS, BLIND141_STATEMENTS);
}

/// Just under the one run (112933be): metadata 10/11, titles 3/5 (3/5
/// lenient), replacements/complements 0/2 with one predicted whose target
/// the truth does not name, relations 0/5 (one extra), 3/18 predicted
/// values not in the truth (metadata 0/10), statements 11/26 found and
/// 11/13 precise, modality 6/11.
const BLIND141_FLOORS: Floors = Floors {
    metadata_right: 0.9,
    titles_right: 0.59,
    titles_lenient_right: 0.59,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 1,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.17,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 11/26
/// found, 11/13 precise, modality 6/11.
const BLIND141_STATEMENTS: (f64, f64) = (0.42, 0.84);

blind_set! {
    /// The hundred-and-forty-second blind set (`tests/corpus/blind142/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at aa57aab7; spent since.
    real_corpus_blind142("blind142", "Hundred-and-forty-second blind set (blind142)", 5, BLIND142_FLOORS, BLIND142_STATEMENTS);
}

/// Just under the one run (aa57aab7): metadata 14/16, titles 3/5 (3/5
/// lenient), no replacement or complement in the truth, relations 0/1
/// with one predicted that the truth lacks, 3/23 predicted values not in
/// the truth (metadata 0/14), statements 9/21 found and 9/9 precise,
/// modality 7/9.
const BLIND142_FLOORS: Floors = Floors {
    metadata_right: 0.87,
    titles_right: 0.59,
    titles_lenient_right: 0.59,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.14,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 9/21
/// found, 9/9 precise, modality 7/9.
const BLIND142_STATEMENTS: (f64, f64) = (0.42, 0.99);

blind_set! {
    /// The hundred-and-forty-third blind set (`tests/corpus/blind143/`: 6 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at aa57aab7; spent since.
    real_corpus_blind143("blind143", "Hundred-and-forty-third blind set (blind143)", 6, BLIND143_FLOORS, BLIND143_STATEMENTS);
}

/// Just under the one run (aa57aab7): metadata 11/12, titles 4/6 (4/6
/// lenient), no replacement or complement in the truth, relations 0/10,
/// 7/24 predicted values not in the truth (metadata 0/11; one adoption
/// fact wrong by name, `Kommunstyrelsen` where the truth writes
/// `Kommunstyrelsen Mariestad`), statements 36/62 found and 36/38
/// precise, modality 36/36.
const BLIND143_FLOORS: Floors = Floors {
    metadata_right: 0.91,
    titles_right: 0.66,
    titles_lenient_right: 0.66,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.3,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 36/62
/// found, 36/38 precise, modality 36/36.
const BLIND143_STATEMENTS: (f64, f64) = (0.58, 0.94);

blind_set! {
    /// The hundred-and-forty-fourth blind set (`tests/corpus/blind144/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 28022d1b; spent since.
    real_corpus_blind144("blind144", "Hundred-and-forty-fourth blind set (blind144)", 5, BLIND144_FLOORS, BLIND144_STATEMENTS);
}

/// Just under the one run (28022d1b): metadata 10/14, titles 2/5 (2/5
/// lenient), no replacement or complement in the truth, relations 0/2,
/// 4/19 predicted values not in the truth (metadata 1/11), statements
/// 21/35 found and 21/22 precise, modality 19/21.
const BLIND144_FLOORS: Floors = Floors {
    metadata_right: 0.71,
    titles_right: 0.39,
    titles_lenient_right: 0.39,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.22,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 21/35
/// found, 21/22 precise, modality 19/21.
const BLIND144_STATEMENTS: (f64, f64) = (0.59, 0.95);

blind_set! {
    /// The hundred-and-forty-fifth blind set (`tests/corpus/blind145/`: 6 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 28022d1b; spent since.
    real_corpus_blind145("blind145", "Hundred-and-forty-fifth blind set (blind145)", 6, BLIND145_FLOORS, BLIND145_STATEMENTS);
}

/// Just under the one run (28022d1b): metadata 9/14, titles 3/6 (4/6
/// lenient), no replacement or complement in the truth, relations 0/2
/// with one replacement predicted that the truth lacks, 8/22 predicted
/// values not in the truth (metadata 2/11; one adoption fact counted
/// wrong: a decision date `2018` read from `KF § 140/2018`, a year that
/// this truth takes as no date), statements 19/30 found and 19/21
/// precise, modality 16/19.
const BLIND145_FLOORS: Floors = Floors {
    metadata_right: 0.64,
    titles_right: 0.49,
    titles_lenient_right: 0.66,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 1,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.37,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 19/30
/// found, 19/21 precise, modality 16/19.
const BLIND145_STATEMENTS: (f64, f64) = (0.63, 0.9);

blind_set! {
    /// The hundred-and-forty-sixth blind set (`tests/corpus/blind146/`: 4 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at ffbba247; spent since.
    real_corpus_blind146("blind146", "Hundred-and-forty-sixth blind set (blind146)", 4, BLIND146_FLOORS, BLIND146_STATEMENTS);
}

/// Just under the one run (ffbba247): metadata 5/10, titles 2/4 (2/4
/// lenient), its one replacement missed, relations 0/2, 2/11 predicted
/// values not in the truth (metadata 0/5), statements 1/17 found and 1/7
/// precise, modality 1/1.
const BLIND146_FLOORS: Floors = Floors {
    metadata_right: 0.49,
    titles_right: 0.49,
    titles_lenient_right: 0.49,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.19,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 1/17
/// found, 1/7 precise, modality 1/1.
const BLIND146_STATEMENTS: (f64, f64) = (0.05, 0.14);

blind_set! {
    /// The hundred-and-forty-seventh blind set (`tests/corpus/blind147/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at ffbba247; spent since.
    real_corpus_blind147("blind147", "Hundred-and-forty-seventh blind set (blind147)", 5, BLIND147_FLOORS, BLIND147_STATEMENTS);
}

/// Just under the one run (ffbba247): metadata 12/15, titles 4/5 (4/5
/// lenient), both replacements or complements found with their targets,
/// relations 2/6, 2/27 predicted values not in the truth (metadata 0/12),
/// statements 14/30 found and 14/14 precise, modality 9/14.
const BLIND147_FLOORS: Floors = Floors {
    metadata_right: 0.79,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.99,
    replaces_or_complements_identified: 0.99,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.33,
    relations_extra_max: 0,
    invented_max: 0.08,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 14/30
/// found, 14/14 precise, modality 9/14.
const BLIND147_STATEMENTS: (f64, f64) = (0.46, 0.99);

blind_set! {
    /// The hundred-and-forty-eighth blind set (`tests/corpus/blind148/`: 4 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 2f5e0b29; spent since.
    real_corpus_blind148("blind148", "Hundred-and-forty-eighth blind set (blind148)", 4, BLIND148_FLOORS, BLIND148_STATEMENTS);
}

/// Just under the one run (2f5e0b29): metadata 3/4, titles 3/4 (3/4
/// lenient), no replacement or complement in the truth, relations 0/1,
/// 2/8 predicted values not in the truth (metadata 0/3), statements 12/39
/// found and 12/15 precise, modality 10/12.
const BLIND148_FLOORS: Floors = Floors {
    metadata_right: 0.74,
    titles_right: 0.74,
    titles_lenient_right: 0.74,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.26,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 12/39
/// found, 12/15 precise, modality 10/12.
const BLIND148_STATEMENTS: (f64, f64) = (0.3, 0.79);

blind_set! {
    /// The hundred-and-forty-ninth blind set (`tests/corpus/blind149/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 2f5e0b29; spent since.
    real_corpus_blind149("blind149", "Hundred-and-forty-ninth blind set (blind149)", 5, BLIND149_FLOORS, BLIND149_STATEMENTS);
}

/// Just under the one run (2f5e0b29): metadata 11/13, titles 4/5 (4/5
/// lenient), no replacement or complement in the truth, relations 0/1,
/// 2/19 predicted values not in the truth (metadata 0/11), statements
/// 38/68 found and 38/40 precise, modality 35/38.
const BLIND149_FLOORS: Floors = Floors {
    metadata_right: 0.84,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.11,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 38/68
/// found, 38/40 precise, modality 35/38.
/// RIGHT69 (stop 69): one right (`har rätt att närvara`) is no longer
/// extracted, 37/68 found; the found floor was 0.55.
const BLIND149_STATEMENTS: (f64, f64) = (0.54, 0.94);

blind_set! {
    /// The hundred-and-fiftieth blind set (`tests/corpus/blind150/`: 6 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 05f08c58; spent since.
    real_corpus_blind150("blind150", "Hundred-and-fiftieth blind set (blind150)", 6, BLIND150_FLOORS, BLIND150_STATEMENTS);
}

/// Just under the one run (05f08c58): metadata 6/8, titles 3/6 (3/6
/// lenient), no relation in the truth, 5/15 predicted values not in the
/// truth (metadata 0/6), statements 18/44 found and 18/24 precise,
/// modality 16/18.
const BLIND150_FLOORS: Floors = Floors {
    metadata_right: 0.74,
    titles_right: 0.49,
    titles_lenient_right: 0.49,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.34,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 18/44
/// found, 18/24 precise, modality 16/18.
const BLIND150_STATEMENTS: (f64, f64) = (0.4, 0.74);

blind_set! {
    /// The hundred-and-fifty-first blind set (`tests/corpus/blind151/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 05f08c58; spent since.
    real_corpus_blind151("blind151", "Hundred-and-fifty-first blind set (blind151)", 5, BLIND151_FLOORS, BLIND151_STATEMENTS);
}

/// Just under the one run (05f08c58): metadata 6/7, titles 4/5 (4/5
/// lenient), no replacement or complement in the truth, relations 0/5,
/// 1/11 predicted values not in the truth (metadata 0/6), statements
/// 28/61 found and 28/28 precise, modality 20/28.
const BLIND151_FLOORS: Floors = Floors {
    metadata_right: 0.85,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.1,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 28/61
/// found, 28/28 precise, modality 20/28.
const BLIND151_STATEMENTS: (f64, f64) = (0.45, 0.99);

blind_set! {
    /// The hundred-and-fifty-second blind set (`tests/corpus/blind152/`: 6 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 4e5060f9; spent since.
    real_corpus_blind152("blind152", "Hundred-and-fifty-second blind set (blind152)", 6, BLIND152_FLOORS, BLIND152_STATEMENTS);
}

/// Just under the one run (4e5060f9): metadata 10/15, titles 4/6 (4/6
/// lenient), no replacement or complement in the truth, relations 0/1,
/// 3/18 predicted values not in the truth (metadata 0/10), statements
/// 11/15 found and 11/11 precise, modality 10/11.
const BLIND152_FLOORS: Floors = Floors {
    metadata_right: 0.66,
    titles_right: 0.66,
    titles_lenient_right: 0.66,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.17,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 11/15
/// found, 11/11 precise, modality 10/11.
const BLIND152_STATEMENTS: (f64, f64) = (0.73, 0.99);

blind_set! {
    /// The hundred-and-fifty-third blind set (`tests/corpus/blind153/`: 6 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 4e5060f9; spent since.
    real_corpus_blind153("blind153", "Hundred-and-fifty-third blind set (blind153)", 6, BLIND153_FLOORS, BLIND153_STATEMENTS);
}

/// Just under the one run (4e5060f9): metadata 9/15, titles 4/5 (4/5
/// lenient), no replacement or complement in the truth, relations 0/1
/// with one reference predicted that the truth lacks, 4/20 predicted
/// values not in the truth (metadata 0/9), statements 10/30 found and
/// 10/10 precise, modality 7/10.
const BLIND153_FLOORS: Floors = Floors {
    metadata_right: 0.59,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.21,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 10/30
/// found, 10/10 precise, modality 7/10.
const BLIND153_STATEMENTS: (f64, f64) = (0.33, 0.99);

blind_set! {
    /// The hundred-and-fifty-fourth blind set (`tests/corpus/blind154/`: 6 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at f6edd860; spent since.
    real_corpus_blind154("blind154", "Hundred-and-fifty-fourth blind set (blind154)", 6, BLIND154_FLOORS, BLIND154_STATEMENTS);
}

/// Just under the one run (f6edd860): metadata 9/12, titles 3/6 (3/6
/// lenient), no replacement or complement in the truth, relations 0/3,
/// 4/17 predicted values not in the truth (metadata 0/9), statements
/// 18/42 found and 18/22 precise, modality 17/18.
const BLIND154_FLOORS: Floors = Floors {
    metadata_right: 0.74,
    titles_right: 0.49,
    titles_lenient_right: 0.49,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.24,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 18/42
/// found, 18/22 precise, modality 17/18.
const BLIND154_STATEMENTS: (f64, f64) = (0.42, 0.81);

blind_set! {
    /// The hundred-and-fifty-fifth blind set (`tests/corpus/blind155/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at f6edd860; spent since.
    real_corpus_blind155("blind155", "Hundred-and-fifty-fifth blind set (blind155)", 5, BLIND155_FLOORS, BLIND155_STATEMENTS);
}

/// Just under the one run (f6edd860): metadata 7/10, titles 3/5 (3/5
/// lenient), its one complement missed, relations 0/1, 4/14 predicted
/// values not in the truth (metadata 1/8: a riktlinje read as an
/// `anvisning`), statements 15/39 found and 15/16 precise, modality
/// 11/15.
const BLIND155_FLOORS: Floors = Floors {
    metadata_right: 0.69,
    titles_right: 0.59,
    titles_lenient_right: 0.59,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.29,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 15/39
/// found, 15/16 precise, modality 11/15.
const BLIND155_STATEMENTS: (f64, f64) = (0.38, 0.93);

blind_set! {
    /// The hundred-and-fifty-sixth blind set (`tests/corpus/blind156/`: 6 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 4b7d789b; spent since.
    real_corpus_blind156("blind156", "Hundred-and-fifty-sixth blind set (blind156)", 6, BLIND156_FLOORS, BLIND156_STATEMENTS);
}

/// Just under the one run (4b7d789b): metadata 11/15, titles 5/6 (5/6
/// lenient), no replacement or complement or other relation in the
/// truth, 4/25 predicted values not in the truth (metadata 2/13),
/// statements 40/58 found and 40/43 precise, modality 38/40.
const BLIND156_FLOORS: Floors = Floors {
    metadata_right: 0.73,
    titles_right: 0.83,
    titles_lenient_right: 0.83,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.17,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 40/58
/// found, 40/43 precise, modality 38/40.
const BLIND156_STATEMENTS: (f64, f64) = (0.68, 0.92);

blind_set! {
    /// The hundred-and-fifty-seventh blind set (`tests/corpus/blind157/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 4b7d789b; spent since.
    real_corpus_blind157("blind157", "Hundred-and-fifty-seventh blind set (blind157)", 5, BLIND157_FLOORS, BLIND157_STATEMENTS);
}

/// Just under the one run (4b7d789b): metadata 12/12, titles 4/5 (4/5
/// lenient), no replacement or complement in the truth, relations 0/2,
/// 1/18 predicted values not in the truth (metadata 0/12), statements
/// 22/39 found and 22/25 precise, modality 22/22.
const BLIND157_FLOORS: Floors = Floors {
    metadata_right: 0.99,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.06,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 22/39
/// found, 22/25 precise, modality 22/22.
const BLIND157_STATEMENTS: (f64, f64) = (0.56, 0.87);

blind_set! {
    /// The hundred-and-fifty-eighth blind set (`tests/corpus/blind158/`: 4 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 5562b5a1; spent since.
    real_corpus_blind158("blind158", "Hundred-and-fifty-eighth blind set (blind158)", 4, BLIND158_FLOORS, BLIND158_STATEMENTS);
}

/// Just under the one run (5562b5a1): metadata 6/7, titles 3/4 (3/4
/// lenient), no replacement, complement or other relation in the truth,
/// 4/14 predicted values not in the truth (metadata 1/7), statements
/// 17/38 found and 17/17 precise, modality 14/17.
const BLIND158_FLOORS: Floors = Floors {
    metadata_right: 0.85,
    titles_right: 0.74,
    titles_lenient_right: 0.74,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.29,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 17/38
/// found, 17/17 precise, modality 14/17.
const BLIND158_STATEMENTS: (f64, f64) = (0.44, 0.99);

blind_set! {
    /// The hundred-and-fifty-ninth blind set (`tests/corpus/blind159/`: 4 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at 5562b5a1; spent since.
    real_corpus_blind159("blind159", "Hundred-and-fifty-ninth blind set (blind159)", 4, BLIND159_FLOORS, BLIND159_STATEMENTS);
}

/// Just under the one run (5562b5a1): metadata 8/12, titles 2/4 (3/4
/// lenient), no replacement or complement in the truth, relations 0/3,
/// 4/16 predicted values not in the truth (metadata 0/8), statements
/// 12/34 found and 12/14 precise, modality 11/12.
const BLIND159_FLOORS: Floors = Floors {
    metadata_right: 0.66,
    titles_right: 0.49,
    titles_lenient_right: 0.74,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.26,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 12/34
/// found, 12/14 precise, modality 11/12.
const BLIND159_STATEMENTS: (f64, f64) = (0.35, 0.85);

blind_set! {
    /// The hundred-and-sixtieth blind set (`tests/corpus/blind160/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at e22ceef0; spent since.
    real_corpus_blind160("blind160", "Hundred-and-sixtieth blind set (blind160)", 5, BLIND160_FLOORS, BLIND160_STATEMENTS);
}

/// Just under the one run (e22ceef0): metadata 6/8, titles 4/5 (4/5
/// lenient), no replacement or complement in the truth, relations 0/1,
/// 2/14 predicted values not in the truth (metadata 0/6), statements
/// 29/51 found and 29/29 precise, modality 29/29.
const BLIND160_FLOORS: Floors = Floors {
    metadata_right: 0.74,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.15,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 29/51
/// found, 29/29 precise, modality 29/29.
const BLIND160_STATEMENTS: (f64, f64) = (0.56, 0.99);

blind_set! {
    /// The hundred-and-sixty-first blind set (`tests/corpus/blind161/`: 6 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at e22ceef0; spent since.
    real_corpus_blind161("blind161", "Hundred-and-sixty-first blind set (blind161)", 6, BLIND161_FLOORS, BLIND161_STATEMENTS);
}

/// Just under the one run (e22ceef0): metadata 9/13, titles 3/6 (3/6
/// lenient), no replacement or complement in the truth, relations 0/3,
/// 4/19 predicted values not in the truth (metadata 1/10), statements
/// 10/30 found and 10/11 precise, modality 6/10. One adoption fact wrong
/// on the run: Oxelösund's dnr read with the owner's and a system's
/// words run into it (`Säkerhetsstrateg kommunstyrelseförvaltningen Castor
/// KS.2015.87`).
const BLIND161_FLOORS: Floors = Floors {
    metadata_right: 0.69,
    titles_right: 0.49,
    titles_lenient_right: 0.49,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.22,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 10/30
/// found, 10/11 precise, modality 6/10.
const BLIND161_STATEMENTS: (f64, f64) = (0.33, 0.90);

blind_set! {
    /// The hundred-and-sixty-second blind set (`tests/corpus/blind162/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at db583f8e; spent since.
    real_corpus_blind162("blind162", "Hundred-and-sixty-second blind set (blind162)", 5, BLIND162_FLOORS, BLIND162_STATEMENTS);
}

/// Just under the one run (db583f8e): metadata 8/11, titles 3/5 (3/5
/// lenient), no replacement or complement in the truth, relations 0/2,
/// 10/25 predicted values not in the truth (metadata 1/9), statements
/// 24/48 found and 24/28 precise, modality 22/24. No adoption fact wrong.
const BLIND162_FLOORS: Floors = Floors {
    metadata_right: 0.72,
    titles_right: 0.59,
    titles_lenient_right: 0.59,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.41,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 24/48
/// found, 24/28 precise, modality 22/24.
const BLIND162_STATEMENTS: (f64, f64) = (0.49, 0.85);

blind_set! {
    /// The hundred-and-sixty-third blind set (`tests/corpus/blind163/`: 6 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at db583f8e; spent since.
    real_corpus_blind163("blind163", "Hundred-and-sixty-third blind set (blind163)", 6, BLIND163_FLOORS, BLIND163_STATEMENTS);
}

/// Just under the one run (db583f8e): metadata 7/9, titles 4/6 (4/6
/// lenient), no replacement or complement in the truth, relations 0/2
/// (one predicted not in the truth), 4/15 predicted values not in the
/// truth (metadata 0/7), statements 32/62 found and 32/35 precise,
/// modality 25/32. One adoption fact wrong on the run: Region Halland's
/// adopter read as `Driftnämnd`, the truth's `Driftnämnd Kultur och
/// skola`.
const BLIND163_FLOORS: Floors = Floors {
    metadata_right: 0.77,
    titles_right: 0.66,
    titles_lenient_right: 0.66,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.27,
    adoption_facts_wrong_max: 1,
};

/// Statements found and precise, at least (shares): first run 32/62
/// found, 32/35 precise, modality 25/32.
const BLIND163_STATEMENTS: (f64, f64) = (0.51, 0.91);

blind_set! {
    /// The hundred-and-sixty-fourth blind set (`tests/corpus/blind164/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at dbdd1797; spent since.
    real_corpus_blind164("blind164", "Hundred-and-sixty-fourth blind set (blind164)", 5, BLIND164_FLOORS, BLIND164_STATEMENTS);
}

/// Just under the one run (dbdd1797): metadata 4/8, titles 4/5 (4/5
/// lenient), replacements and complements 0/1, relations 0/5, 1/9
/// predicted values not in the truth (metadata 0/4), statements 15/38
/// found and 15/15 precise, modality 12/15. No adoption fact wrong.
const BLIND164_FLOORS: Floors = Floors {
    metadata_right: 0.49,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.12,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 15/38
/// found, 15/15 precise, modality 12/15.
const BLIND164_STATEMENTS: (f64, f64) = (0.39, 0.99);

blind_set! {
    /// The hundred-and-sixty-fifth blind set (`tests/corpus/blind165/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at dbdd1797; spent since.
    real_corpus_blind165("blind165", "Hundred-and-sixty-fifth blind set (blind165)", 5, BLIND165_FLOORS, BLIND165_STATEMENTS);
}

/// Just under the one run (dbdd1797): metadata 2/7, titles 5/5 (5/5
/// lenient), no replacement or complement in the truth, relations 0/2
/// (one predicted not in the truth), 2/10 predicted values not in the
/// truth (metadata 0/2), statements 30/51 found and 30/36 precise,
/// modality 22/30. No adoption fact wrong.
const BLIND165_FLOORS: Floors = Floors {
    metadata_right: 0.28,
    titles_right: 0.99,
    titles_lenient_right: 0.99,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 1,
    invented_max: 0.21,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 30/51
/// found, 30/36 precise, modality 22/30.
const BLIND165_STATEMENTS: (f64, f64) = (0.58, 0.83);

blind_set! {
    /// The hundred-and-sixty-sixth blind set (`tests/corpus/blind166/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at bb5167ad; spent since.
    real_corpus_blind166("blind166", "Hundred-and-sixty-sixth blind set (blind166)", 5, BLIND166_FLOORS, BLIND166_STATEMENTS);
}

/// Just under the one run (bb5167ad): metadata 6/10, titles 4/5 (4/5
/// lenient), no replacement or complement in the truth, relations 0/1,
/// 0/12 predicted values not in the truth (metadata 0/6), statements 6/20
/// found and 6/8 precise, modality 5/6. No adoption fact wrong.
const BLIND166_FLOORS: Floors = Floors {
    metadata_right: 0.59,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.01,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 6/20
/// found, 6/8 precise, modality 5/6.
const BLIND166_STATEMENTS: (f64, f64) = (0.29, 0.74);

blind_set! {
    /// The hundred-and-sixty-seventh blind set (`tests/corpus/blind167/`: 6 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at bb5167ad; spent since.
    real_corpus_blind167("blind167", "Hundred-and-sixty-seventh blind set (blind167)", 6, BLIND167_FLOORS, BLIND167_STATEMENTS);
}

/// Just under the one run (bb5167ad): metadata 12/13, titles 3/6 (3/6
/// lenient), no replacement or complement in the truth, relations 0/2,
/// 4/21 predicted values not in the truth (metadata 1/13), statements
/// 14/28 found and 14/15 precise, modality 14/14. No adoption fact wrong.
const BLIND167_FLOORS: Floors = Floors {
    metadata_right: 0.92,
    titles_right: 0.49,
    titles_lenient_right: 0.49,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.20,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 14/28
/// found, 14/15 precise, modality 14/14.
const BLIND167_STATEMENTS: (f64, f64) = (0.49, 0.93);

blind_set! {
    /// The hundred-and-sixty-eighth blind set (`tests/corpus/blind168/`: 4 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at c95f87fd; spent since.
    real_corpus_blind168("blind168", "Hundred-and-sixty-eighth blind set (blind168)", 4, BLIND168_FLOORS, BLIND168_STATEMENTS);
}

/// Just under the one run (c95f87fd): metadata 2/6, titles 3/4 (3/4
/// lenient), no replacement or complement in the truth, relations 0/2,
/// 0/6 predicted values not in the truth (metadata 0/2), statements 18/49
/// found and 18/18 precise, modality 16/18. No adoption fact wrong.
const BLIND168_FLOORS: Floors = Floors {
    metadata_right: 0.33,
    titles_right: 0.74,
    titles_lenient_right: 0.74,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.01,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 18/49
/// found, 18/18 precise, modality 16/18.
const BLIND168_STATEMENTS: (f64, f64) = (0.36, 0.99);

blind_set! {
    /// The hundred-and-sixty-ninth blind set (`tests/corpus/blind169/`: 5 real
    /// texts, their truth committed before any importer ran on them), run
    /// once by the lead at c95f87fd; spent since.
    real_corpus_blind169("blind169", "Hundred-and-sixty-ninth blind set (blind169)", 5, BLIND169_FLOORS, BLIND169_STATEMENTS);
}

/// Just under the one run (c95f87fd): metadata 8/11, titles 4/5 (4/5
/// lenient), no replacement or complement in the truth, relations 0/2,
/// 9/24 predicted values not in the truth (metadata 0/8), statements
/// 38/50 found and 38/41 precise, modality 35/38. No adoption fact wrong.
const BLIND169_FLOORS: Floors = Floors {
    metadata_right: 0.72,
    titles_right: 0.79,
    titles_lenient_right: 0.79,
    replaces_or_complements_found: 0.0,
    replaces_or_complements_identified: 0.0,
    replaces_or_complements_extra_max: 0,
    relations_found: 0.0,
    relations_extra_max: 0,
    invented_max: 0.38,
    adoption_facts_wrong_max: 0,
};

/// Statements found and precise, at least (shares): first run 38/50
/// found, 38/41 precise, modality 35/38.
const BLIND169_STATEMENTS: (f64, f64) = (0.75, 0.92);
