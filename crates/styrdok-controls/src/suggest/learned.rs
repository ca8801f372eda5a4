//! A character n-gram linear classifier, and the learned gate-opener built
//! on it.
//!
//! [`NgramModel`]: one logistic regression per label over hashed
//! character 3–5-grams of the folded words (each word padded with a space
//! on both sides; binary features, L2-normalised), trained by stochastic
//! gradient descent. Small, dependency-free and explainable: the n-grams of
//! a statement with the largest weights are why it scored as it did
//! ([`NgramModel::explain`]).
//!
//! [`LearnedGate`]: the same model with one label, *information-security
//! content*, trained from the labelled real statements built into the
//! library ([`super::training_statements`]: the sets of `tests/data/` named
//! in [`super::TRAINING_SETS`], each sentence with a control label or
//! `[]`). Where the gate list has no cue and no veto, a
//! statement whose probability is at least [`LEARNED_GATE_THRESHOLD`] is
//! let through to the lexicon, which still has to name a control (every
//! suggestion keeps its lexicon triggers). Trained once per process, on
//! first use, from the embedded data; nothing is downloaded or stored. `docs/suggestions.md`, "A learned
//! gate", has the cross-validated figures the threshold rests on.

use std::collections::BTreeSet;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::OnceLock;

use styrdok_core::text::fold;

use super::neighbours::WeightedWord;

const BUCKETS: usize = 1 << 16;
const EPOCHS: usize = 40;
const RATE: f32 = 0.5;
const L2: f32 = 1e-4;

/// The probability at which the learned gate lets a statement with no gate
/// cue through to the lexicon.
pub const LEARNED_GATE_THRESHOLD: f32 = 0.95;

/// A feature: a hashed n-gram and the byte span of the word it came from.
struct Feature {
    bucket: usize,
    gram: String,
    word: (usize, usize),
}

/// Hashed character 3–5-grams of each folded word of `text`, each with the
/// word's byte span; the distinct buckets, L2-normalised.
fn features(text: &str) -> (Vec<Feature>, f32) {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    word_grams(text, |word, _, g| {
        let mut h = DefaultHasher::new();
        g.hash(&mut h);
        let bucket = h.finish() as usize % BUCKETS;
        if seen.insert(bucket) {
            out.push(Feature {
                bucket,
                gram: g.iter().collect(),
                word,
            });
        }
    });
    let value = 1.0 / (out.len().max(1) as f32).sqrt();
    (out, value)
}

/// Calls `f` for each word of `text` (its byte span and folded form) with
/// each of its character 3–5-grams, the folded word padded with a space on
/// both sides — the n-grams both learned parts are built on.
pub(super) fn word_grams(text: &str, mut f: impl FnMut((usize, usize), &str, &[char])) {
    for t in styrdok_core::text::tokens(text) {
        let w = fold(t.text);
        let chars: Vec<char> = format!(" {w} ").chars().collect();
        for n in 3..=5 {
            for g in chars.windows(n) {
                f((t.start, t.end), &w, g);
            }
        }
    }
}

/// The `n` words of more than three letters of `text` that weigh most,
/// from `contributions` (a word's byte span, a feature's text, its
/// weight): each word with its strongest feature and the sum of its
/// weights, strongest first; words whose sum is not positive left out.
pub(super) fn strongest_words(
    text: &str,
    contributions: impl IntoIterator<Item = ((usize, usize), String, f32)>,
    n: usize,
) -> Vec<WeightedWord> {
    let mut words: Vec<((usize, usize), String, f32, f32)> = Vec::new();
    for (word, gram, c) in contributions {
        match words.iter_mut().find(|e| e.0 == word) {
            Some(e) => {
                e.3 += c;
                if c > e.2 {
                    e.1 = gram;
                    e.2 = c;
                }
            }
            None => words.push((word, gram, c, c)),
        }
    }
    words.sort_by(|a, b| b.3.total_cmp(&a.3).then(a.0.cmp(&b.0)));
    words
        .into_iter()
        // Words of one to three letters (på, att, dig) explain nothing.
        .filter(|e| {
            e.3 > 0.0
                && text
                    .get(e.0.0..e.0.1)
                    .is_some_and(|w| w.chars().count() > 3)
        })
        .take(n)
        .map(|(span, gram, _, sum)| (span, gram.trim().to_owned(), sum))
        .collect()
}

/// The weight of bucket `i` (0 outside the table, which cannot happen).
fn weight(w: &[f32], i: usize) -> f32 {
    w.get(i).copied().unwrap_or(0.0)
}

fn sigmoid(z: f32) -> f32 {
    1.0 / (1.0 + (-z).exp())
}

/// One-vs-rest logistic regressions over hashed character n-grams.
#[derive(Debug, Clone, PartialEq)]
pub struct NgramModel {
    labels: Vec<String>,
    weights: Vec<Vec<f32>>,
    bias: Vec<f32>,
}

impl NgramModel {
    /// Trains one regression per label that occurs in `examples` (a text
    /// and its labels; an empty set is a negative example for every label).
    pub fn train(examples: &[(&str, &BTreeSet<String>)]) -> NgramModel {
        let labels: Vec<String> = examples
            .iter()
            .flat_map(|(_, l)| l.iter().cloned())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let xs: Vec<(Vec<usize>, f32)> = examples
            .iter()
            .map(|(t, _)| {
                let (f, v) = features(t);
                (f.into_iter().map(|f| f.bucket).collect(), v)
            })
            .collect();
        let mut weights = vec![vec![0.0f32; BUCKETS]; labels.len()];
        let mut bias = vec![0.0f32; labels.len()];
        for ((label, w), b) in labels.iter().zip(&mut weights).zip(&mut bias) {
            for _ in 0..EPOCHS {
                for ((x, v), (_, ls)) in xs.iter().zip(examples) {
                    let y = f32::from(u8::from(ls.contains(label)));
                    let z = *b + x.iter().map(|i| weight(w, *i) * v).sum::<f32>();
                    let g = sigmoid(z) - y;
                    *b -= RATE * g;
                    for i in x {
                        if let Some(wi) = w.get_mut(*i) {
                            *wi -= RATE * (g * v + L2 * *wi);
                        }
                    }
                }
            }
        }
        NgramModel {
            labels,
            weights,
            bias,
        }
    }

    /// Every label with its probability for `text`, best first.
    pub fn predict(&self, text: &str) -> Vec<(String, f32)> {
        let (x, v) = features(text);
        let mut out: Vec<(String, f32)> = self
            .labels
            .iter()
            .zip(self.weights.iter().zip(&self.bias))
            .map(|(label, (w, b))| {
                let z = b + x.iter().map(|f| weight(w, f.bucket) * v).sum::<f32>();
                (label.clone(), sigmoid(z))
            })
            .collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1));
        out
    }

    /// The `n` words of more than three letters of `text` that pushed it
    /// most towards `label`: each word's byte span, its strongest n-gram,
    /// and the summed weight of its n-grams. Empty for an unknown label.
    pub fn explain(&self, text: &str, label: &str, n: usize) -> Vec<WeightedWord> {
        let Some(w) = self
            .labels
            .iter()
            .position(|x| x == label)
            .and_then(|l| self.weights.get(l))
        else {
            return Vec::new();
        };
        let (x, _) = features(text);
        strongest_words(
            text,
            x.into_iter().map(|f| (f.word, f.gram, weight(w, f.bucket))),
            n,
        )
    }
}

/// The label of the learned gate.
const SECURITY: &str = "security";

/// The learned gate-opener: an [`NgramModel`] of information-security
/// content and the probability it must reach.
#[derive(Debug, Clone, PartialEq)]
pub struct LearnedGate {
    /// The model (one label, `security`).
    pub model: NgramModel,
    /// The probability at which a statement with no gate cue is let through.
    pub threshold: f32,
}

impl LearnedGate {
    /// The gate trained on the labelled real statements built into the
    /// library (trained once per process; `None` if that data is missing).
    pub fn builtin() -> Option<&'static LearnedGate> {
        static GATE: OnceLock<Option<LearnedGate>> = OnceLock::new();
        GATE.get_or_init(|| {
            let data = super::training::training_statements();
            if data.is_empty() {
                return None;
            }
            Some(LearnedGate::train(
                data.iter()
                    .map(|s| (s.text.as_str(), !s.controls.is_empty())),
            ))
        })
        .as_ref()
    }

    /// A gate trained on `examples` (a text and whether it has
    /// information-security content), at [`LEARNED_GATE_THRESHOLD`].
    pub fn train<'a>(examples: impl IntoIterator<Item = (&'a str, bool)>) -> LearnedGate {
        let yes = BTreeSet::from([SECURITY.to_owned()]);
        let no = BTreeSet::new();
        let ex: Vec<(&str, &BTreeSet<String>)> = examples
            .into_iter()
            .map(|(t, s)| (t, if s { &yes } else { &no }))
            .collect();
        LearnedGate {
            model: NgramModel::train(&ex),
            threshold: LEARNED_GATE_THRESHOLD,
        }
    }

    /// The probability that `text` has information-security content.
    pub fn probability(&self, text: &str) -> f32 {
        self.model
            .predict(text)
            .into_iter()
            .find(|(l, _)| l == SECURITY)
            .map_or(0.0, |(_, p)| p)
    }

    /// Whether `text` passes: its probability is at least the threshold.
    pub fn passes(&self, text: &str) -> bool {
        self.probability(text) >= self.threshold
    }

    /// The words that made `text` look like information-security content,
    /// strongest first (at most `n`).
    pub fn explain(&self, text: &str, n: usize) -> Vec<((usize, usize), String, f32)> {
        self.model.explain(text, SECURITY, n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_gate_learns_the_difference() {
        let g = LearnedGate::builtin().unwrap();
        assert!(g.probability("Lösenord får inte lämnas ut till någon annan.") > 0.5);
        assert!(g.probability("Nämnden ska upphandla skolskjuts i god tid.") < 0.5);
        let why = g.explain("Lösenord får inte lämnas ut till någon annan.", 2);
        assert!(!why.is_empty());
        let (span, _, w) = &why[0];
        assert!(*w > 0.0 && span.1 > span.0);
    }

    #[test]
    fn a_model_predicts_its_labels_best_first() {
        let a = BTreeSet::from(["a".to_owned()]);
        let none = BTreeSet::new();
        let m = NgramModel::train(&[
            ("brandvägg och nätverk", &a),
            ("nätverket och brandväggen", &a),
            ("skolskjuts och matsedel", &none),
        ]);
        let p = m.predict("brandväggar");
        assert_eq!(p.first().map(|x| x.0.as_str()), Some("a"));
        assert!(p[0].1 > m.predict("matsedeln")[0].1);
        assert!(m.explain("brandväggar", "b", 3).is_empty());
    }
}
