//! The learned ranker: the labelled statements most like a new one, and the
//! controls they carry.
//!
//! Each statement becomes a sparse vector of hashed features — character
//! 3–5-grams of each folded word (the word padded with a space on both
//! sides) and the word's stem (its folded form less a Swedish ending,
//! `losenordet` → `losenord`) — weighted by inverse document frequency
//! over the training statements and L2-normalised. A new statement's
//! [`NearestStatements::rank`] finds its `k` most similar training
//! statements (cosine) and scores each control by the share of their
//! similarity that carries it; its *security* share is the share that
//! carries any control. Training is indexing (no iterations): about
//! 200 ms for the 1 721 built-in statements in a release build
//! (`benches/suggest.rs`, `docs/suggestions.md`). The n-grams and the
//! word-by-word explanation are the learned gate-opener's
//! (`learned::word_grams`, `learned::strongest_words`). Explainable: the words of the new statement
//! that weigh most in its likeness to the neighbours carrying a control,
//! and the most similar of those neighbours
//! ([`NearestStatements::explain`]).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};

use super::learned::{strongest_words, word_grams};

use super::training::LabelledStatement;

/// Endings taken off a folded word to give its stem, longest first; the
/// stem keeps at least [`MIN_STEM`] characters.
const ENDINGS: [&str; 22] = [
    "ernas", "arnas", "erna", "arna", "orna", "ande", "ende", "ade", "are", "ast", "ens", "ets",
    "er", "ar", "or", "en", "et", "na", "as", "es", "a", "e",
];
const MIN_STEM: usize = 4;

/// How many neighbours vote (chosen by grouped cross-validation,
/// `docs/suggestions.md`).
pub const NEIGHBOURS: usize = 10;

/// The weight of a control's profile similarity in its score (chosen by
/// grouped cross-validation and leave-one-set-out estimates,
/// `docs/suggestions.md`, "Seventh pass").
pub const PROFILE_WEIGHT: f32 = 1.0;

/// A word of a statement that weighs in a learned decision: its byte span,
/// its strongest feature (an n-gram, or `=stem`), and its weight.
pub type WeightedWord = ((usize, usize), String, f32);

/// A feature of a statement: a hashed n-gram or stem, the byte span of the
/// word it came from, and its text (for explanations).
struct Feature {
    bucket: u64,
    word: (usize, usize),
    text: String,
}

/// The stem of a folded word: less its longest Swedish ending, if at least
/// [`MIN_STEM`] characters remain.
fn stem(w: &str) -> &str {
    for e in ENDINGS {
        if let Some(s) = w.strip_suffix(e)
            && s.chars().count() >= MIN_STEM
        {
            return s;
        }
    }
    w
}

fn hash(kind: u8, s: &(impl Hash + ?Sized)) -> u64 {
    let mut h = DefaultHasher::new();
    kind.hash(&mut h);
    s.hash(&mut h);
    h.finish()
}

/// The distinct features of `text`: each word's character 3–5-grams and
/// its stem (`=stem`), the first occurrence's word kept; with `named`, each
/// with its text (for explanations; training does without).
fn features(text: &str, named: bool) -> Vec<Feature> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    let mut last_word = None;
    word_grams(text, |word, w, g| {
        let mut push = |bucket: u64, text: &dyn Fn() -> String| {
            if seen.insert(bucket) {
                let text = if named { text() } else { String::new() };
                out.push(Feature { bucket, word, text });
            }
        };
        // A word's stem before its first n-gram.
        if last_word != Some(word) {
            last_word = Some(word);
            if w.chars().count() >= 3 {
                let s = stem(w);
                push(hash(0, s), &|| format!("={s}"));
            }
        }
        push(hash(1, g), &|| g.iter().collect());
    });
    out
}

/// One training statement: its id, controls, and vector (bucket → weight).
#[derive(Debug, Clone, PartialEq)]
struct Example {
    id: String,
    controls: BTreeSet<String>,
    vector: HashMap<u64, f32>,
}

/// A nearest-neighbour ranker over labelled statements.
#[derive(Debug, Clone, PartialEq)]
pub struct NearestStatements {
    idf: HashMap<u64, f32>,
    /// The weight of a feature no training statement has.
    unseen_idf: f32,
    examples: Vec<Example>,
    /// bucket → (example, weight).
    index: HashMap<u64, Vec<(usize, f32)>>,
    /// Each control's profile: the L2-normalised sum of the vectors of the
    /// training statements carrying it.
    profiles: BTreeMap<String, HashMap<u64, f32>>,
    /// How many neighbours vote.
    pub k: usize,
    /// The weight of the profile similarity in a control's score
    /// ([`PROFILE_WEIGHT`]; 0 ranks by the neighbours alone, as before the
    /// seventh pass).
    pub profile_weight: f32,
}

/// What the neighbours of a statement say.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranking {
    /// Each control with its score, best first: the share of the
    /// neighbours' similarity that carries it (0–1) plus
    /// the ranker's `profile_weight` ([`PROFILE_WEIGHT`]) times the
    /// statement's cosine similarity to the
    /// control's profile (the sum of the training statements carrying it).
    pub controls: Vec<(String, f32)>,
    /// The share of the neighbours' similarity that carries any control
    /// (0 when the statement shares nothing with the training set).
    pub security: f32,
    /// The cosine similarity of the most similar training statement (0
    /// when none shares a feature): how much the shares can be trusted.
    pub nearest: f32,
    /// The neighbours: index into the training statements and cosine
    /// similarity, most similar first.
    pub(crate) neighbours: Vec<(usize, f32)>,
}

impl Ranking {
    /// The score of `control` (0 when no neighbour carries it).
    pub fn score(&self, control: &str) -> f32 {
        self.controls
            .iter()
            .find(|(c, _)| c == control)
            .map_or(0.0, |(_, s)| *s)
    }
}

impl NearestStatements {
    /// Indexes `statements` ([`NEIGHBOURS`] vote).
    pub fn train<'a>(statements: impl IntoIterator<Item = &'a LabelledStatement>) -> Self {
        let raw: Vec<(&LabelledStatement, Vec<Feature>)> = statements
            .into_iter()
            .map(|s| (s, features(&s.text, false)))
            .collect();
        let n = raw.len() as f32;
        let mut df: HashMap<u64, f32> = HashMap::new();
        for (_, f) in &raw {
            for x in f {
                *df.entry(x.bucket).or_default() += 1.0;
            }
        }
        let idf: HashMap<u64, f32> = df
            .into_iter()
            .map(|(b, d)| (b, ((1.0 + n) / (1.0 + d)).ln() + 1.0))
            .collect();
        let unseen_idf = (1.0 + n).ln() + 1.0;
        let mut me = NearestStatements {
            idf,
            unseen_idf,
            examples: Vec::new(),
            index: HashMap::new(),
            profiles: BTreeMap::new(),
            k: NEIGHBOURS,
            profile_weight: PROFILE_WEIGHT,
        };
        for (s, f) in raw {
            let vector: HashMap<u64, f32> = me
                .weigh(&f)
                .into_iter()
                .map(|(i, w)| (f.get(i).map_or(0, |x| x.bucket), w))
                .collect();
            let e = me.examples.len();
            for (b, w) in &vector {
                me.index.entry(*b).or_default().push((e, *w));
            }
            for c in &s.controls {
                let p = me.profiles.entry(c.clone()).or_default();
                for (b, w) in &vector {
                    *p.entry(*b).or_default() += w;
                }
            }
            me.examples.push(Example {
                id: s.id.clone(),
                controls: s.controls.clone(),
                vector,
            });
        }
        for p in me.profiles.values_mut() {
            let norm = p.values().map(|w| w * w).sum::<f32>().sqrt().max(1e-6);
            for w in p.values_mut() {
                *w /= norm;
            }
        }
        me
    }

    /// The cosine similarity of the weighted features `v` of `f` to each
    /// control's profile (controls with none left out).
    fn profile_similarities(&self, f: &[Feature], v: &[(usize, f32)]) -> Vec<(&str, f32)> {
        self.profiles
            .iter()
            .filter_map(|(c, p)| {
                let s: f32 = v
                    .iter()
                    .filter_map(|(i, w)| Some(w * p.get(&f.get(*i)?.bucket)?))
                    .sum();
                (s > 0.0).then_some((c.as_str(), s))
            })
            .collect()
    }

    /// The tf-idf weights of `f` (by position), L2-normalised.
    fn weigh(&self, f: &[Feature]) -> Vec<(usize, f32)> {
        let raw: Vec<(usize, f32)> = f
            .iter()
            .enumerate()
            .map(|(i, x)| {
                (
                    i,
                    self.idf.get(&x.bucket).copied().unwrap_or(self.unseen_idf),
                )
            })
            .collect();
        let norm = raw.iter().map(|(_, w)| w * w).sum::<f32>().sqrt().max(1e-6);
        raw.into_iter().map(|(i, w)| (i, w / norm)).collect()
    }

    /// The cosine similarity of the features `f` to every training
    /// statement.
    fn similarities(&self, f: &[Feature]) -> Vec<f32> {
        let mut sims = vec![0.0f32; self.examples.len()];
        for (i, w) in self.weigh(f) {
            let Some(posting) = f.get(i).and_then(|x| self.index.get(&x.bucket)) else {
                continue;
            };
            for (e, v) in posting {
                if let Some(s) = sims.get_mut(*e) {
                    *s += w * v;
                }
            }
        }
        sims
    }

    /// The `k` training statements most similar to the features `f`.
    fn neighbours(&self, f: &[Feature]) -> Vec<(usize, f32)> {
        let mut all: Vec<(usize, f32)> = self
            .similarities(f)
            .into_iter()
            .enumerate()
            .filter(|(_, s)| *s > 0.0)
            .collect();
        all.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        all.truncate(self.k);
        all
    }

    /// What the neighbours of `text` say.
    pub fn rank(&self, text: &str) -> Ranking {
        let f = features(text, false);
        let neighbours = self.neighbours(&f);
        let total: f32 = neighbours.iter().map(|(_, s)| s).sum();
        let mut per: HashMap<&str, f32> = HashMap::new();
        let mut security = 0.0;
        for (e, s) in &neighbours {
            let Some(ex) = self.examples.get(*e) else {
                continue;
            };
            if !ex.controls.is_empty() {
                security += s;
            }
            for c in &ex.controls {
                *per.entry(c.as_str()).or_default() += s;
            }
        }
        let share = |x: f32| if total > 0.0 { x / total } else { 0.0 };
        for s in per.values_mut() {
            *s = share(*s);
        }
        if self.profile_weight > 0.0 {
            for (c, s) in self.profile_similarities(&f, &self.weigh(&f)) {
                *per.entry(c).or_default() += self.profile_weight * s;
            }
        }
        let mut controls: Vec<(String, f32)> =
            per.into_iter().map(|(c, s)| (c.to_owned(), s)).collect();
        controls.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        Ranking {
            controls,
            security: share(security),
            nearest: neighbours.first().map_or(0.0, |n| n.1),
            neighbours,
        }
    }

    /// Why `ranking` (of `text`) scores `control`: the id of the most
    /// similar training statement carrying it (a neighbour where one
    /// carries it), and up to `n` words of `text` of more than three
    /// letters that weigh most in its likeness to the neighbours carrying
    /// it and to the control's profile (byte span, strongest feature,
    /// weight), strongest first.
    pub fn explain(
        &self,
        text: &str,
        ranking: &Ranking,
        control: &str,
        n: usize,
    ) -> (Option<&str>, Vec<WeightedWord>) {
        let carriers: Vec<&Example> = ranking
            .neighbours
            .iter()
            .filter_map(|(e, _)| self.examples.get(*e))
            .filter(|ex| ex.controls.contains(control))
            .collect();
        let f = features(text, true);
        let like = match carriers.first() {
            Some(ex) => Some(ex.id.as_str()),
            None => self
                .similarities(&f)
                .into_iter()
                .zip(&self.examples)
                .filter(|(s, ex)| *s > 0.0 && ex.controls.contains(control))
                .max_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, ex)| ex.id.as_str()),
        };
        let profile = self.profiles.get(control);
        // Words most statements have (`inte`, `ska`, `information`) explain
        // nothing: their stem is in more than one statement in twenty (and
        // more than three).
        let size = self.examples.len() as f32;
        let common_idf = ((1.0 + size) / (1.0 + (size / 20.0).max(3.0))).ln() + 1.0;
        let common: BTreeSet<(usize, usize)> = f
            .iter()
            .filter(|x| {
                x.text.starts_with('=') && self.idf.get(&x.bucket).is_some_and(|i| *i < common_idf)
            })
            .map(|x| x.word)
            .collect();
        let contributions = self.weigh(&f).into_iter().filter_map(|(i, w)| {
            let x = f.get(i).filter(|x| !common.contains(&x.word))?;
            let c: f32 = carriers
                .iter()
                .filter_map(|ex| ex.vector.get(&x.bucket))
                .chain(
                    profile
                        .filter(|_| self.profile_weight > 0.0)
                        .and_then(|p| p.get(&x.bucket)),
                )
                .map(|v| w * v)
                .sum();
            (c > 0.0).then(|| (x.word, x.text.clone(), c))
        });
        let words = strongest_words(text, contributions, n);
        (like, words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(id: &str, text: &str, controls: &[&str]) -> LabelledStatement {
        LabelledStatement {
            id: id.to_owned(),
            organisation: "x".to_owned(),
            text: text.to_owned(),
            controls: controls.iter().map(|c| (*c).to_owned()).collect(),
            context: Default::default(),
        }
    }

    #[test]
    fn stems_drop_one_swedish_ending() {
        assert_eq!(stem("losenordet"), "losenord");
        assert_eq!(stem("kameror"), "kamer");
        assert_eq!(stem("avtal"), "avtal");
        assert_eq!(stem("data"), "data");
    }

    #[test]
    fn the_nearest_statements_vote_and_explain() {
        let set = [
            st("a", "Lösenordet får inte lämnas ut.", &["5.17"]),
            st("b", "Lösenord ska vara minst tolv tecken.", &["5.17"]),
            st("c", "Skolskjutsen upphandlas varje år.", &[]),
            st("d", "Kameraövervakning sker vid entrén.", &["7.4"]),
        ];
        let m = NearestStatements::train(&set);
        let r = m.rank("Lösenorden ska bytas.");
        assert_eq!(r.controls.first().map(|c| c.0.as_str()), Some("5.17"));
        assert!(r.security > 0.5 && r.score("5.17") > r.score("7.4"));
        let (like, words) = m.explain("Lösenorden ska bytas.", &r, "5.17", 2);
        assert!(matches!(like, Some("a" | "b")));
        assert_eq!(words.first().map(|w| w.0), Some((0, 11)));
        let r = m.rank("Skolskjutsen planeras.");
        assert!(r.security < 0.5, "{r:?}");
        assert_eq!(m.rank("").controls, Vec::new());
    }
}
