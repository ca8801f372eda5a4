//! Organisation recognition on the real-document corpus
//! (`crates/styrdok-import/tests/corpus/real`), against the hand-written
//! truth in `tests/data/recognition-truth.json` (committed before the
//! recogniser was first run on these texts). Figures in docs/directory.md.

use std::path::PathBuf;

use serde_json::Value;
use styrdok_org::directory::{directory, front_matter};

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../styrdok-import/tests/corpus/real")
}

/// What the caller does with the result: one organisation, or ask for `--org`.
fn outcome(ids: &[String]) -> Option<String> {
    match ids {
        [one] => Some(one.clone()),
        _ => None,
    }
}

#[derive(Default, Debug)]
struct Tally {
    documents: usize,
    /// One organisation expected and that one recognised alone.
    assigned_right: usize,
    /// None or several expected, and not exactly one recognised.
    refused_right: usize,
    /// One expected, but none or several recognised: `--org` asked for.
    missed: usize,
    /// An organisation assigned that is not the (single) own one.
    assigned_wrong: usize,
    /// The recognised set equals the truth's set.
    exact_sets: usize,
}

impl Tally {
    fn line(&self, part: &str) -> String {
        format!(
            "{part}: {} documents; assigned right {}, refused right {}, missed (asks for --org) {}, assigned WRONG {}; recognised set exact {}",
            self.documents,
            self.assigned_right,
            self.refused_right,
            self.missed,
            self.assigned_wrong,
            self.exact_sets
        )
    }
}

#[test]
fn recognition_on_the_real_corpus() {
    let truth: Value = serde_json::from_str(include_str!("../data/recognition-truth.json"))
        .expect("the truth file parses");
    let sources: Value = serde_json::from_str(
        &std::fs::read_to_string(corpus_dir().join("sources.json")).expect("sources.json"),
    )
    .expect("sources.json parses");
    let docs = truth["documents"].as_object().expect("documents");
    assert_eq!(docs.len(), 71);
    let (mut tuned, mut blind) = (Tally::default(), Tally::default());
    let mut wrong = Vec::new();
    for (name, t) in docs {
        let own: Vec<String> = t["own"]
            .as_array()
            .expect("own")
            .iter()
            .map(|v| v.as_str().expect("an id").to_owned())
            .collect();
        for id in &own {
            assert!(
                directory().get(id).is_some(),
                "{name}: no directory id {id}"
            );
        }
        let text = std::fs::read_to_string(corpus_dir().join(format!("{name}.txt")))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        let got: Vec<String> = directory()
            .recognise(&front_matter(&text))
            .iter()
            .map(|e| e.id.to_string())
            .collect();
        let is_blind = sources[name]["blind"].as_bool().expect("blind flag");
        let tally = if is_blind { &mut blind } else { &mut tuned };
        tally.documents += 1;
        let (want, have) = (outcome(&own), outcome(&got));
        match (&want, &have) {
            (Some(w), Some(h)) if w == h => tally.assigned_right += 1,
            (_, Some(_)) => {
                tally.assigned_wrong += 1;
                wrong.push(format!("{name}: truth {own:?}, recognised {got:?}"));
            }
            (Some(_), None) => tally.missed += 1,
            (None, None) => tally.refused_right += 1,
        }
        let mut a = own.clone();
        let mut b = got.clone();
        a.sort();
        b.sort();
        if a == b {
            tally.exact_sets += 1;
        }
        println!(
            "{name}{}: truth {own:?} recognised {got:?}",
            if is_blind { " (blind)" } else { "" }
        );
    }
    println!("{}", tuned.line("tuned part"));
    println!("{}", blind.line("blind part"));
    for w in &wrong {
        println!("WRONG {w}");
    }
    assert_eq!(tuned.documents + blind.documents, 71);
    // Never guess: no document may be given to an organisation that is not
    // its own. And no fewer right than docs/directory.md reports (56 of 71).
    assert!(wrong.is_empty(), "assigned wrong: {wrong:#?}");
    assert!(
        tuned.assigned_right + blind.assigned_right >= 56,
        "{}; {}",
        tuned.line("tuned part"),
        blind.line("blind part")
    );
}
