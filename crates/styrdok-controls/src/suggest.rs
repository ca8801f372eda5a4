//! Suggestions: which controls a Swedish statement addresses, ranked, with
//! the words and phrases that triggered each.
//!
//! Data-driven: the lexicon (`lexicon/sv.csv`) lists folded patterns with
//! the controls they indicate and a weight. Rules:
//!
//! 1. Text is split into words at every character that is not a letter or
//!    digit (so `IT-säkerhet`, `Åtkomst/behörighet` are two words each) and
//!    each word is folded with [`styrdok_core::text::fold`]; spans are byte
//!    offsets into the original text.
//! 2. A pattern token matches a word as a whole word plus a Swedish ending
//!    (`incident` → `incidenter`), a prefix (`krypter*` → `krypteras`), the
//!    last part of a compound (`*incident` → `säkerhetsincidenter`), or
//!    anywhere in it (`*logg*`).
//! 3. Multi-word patterns match the words in order with at most two other
//!    words between consecutive tokens; a phrase scores its weight times
//!    `1 + 0.5 × (tokens − 1)`, and every shorter match inside a longer
//!    phrase's words is dropped: phrases beat the words they contain.
//! 4. A control's score is the sum over the distinct lexicon entries that
//!    matched (repeats of an entry do not add). Negation and modal verbs
//!    (ska, skall, måste, får inte) do not change anything: a prohibition
//!    addresses the same control as a requirement.
//!    A phrase with weight 0 is a stop phrase: it suggests nothing but still
//!    beats the words it contains (`fysisk planering` is land use).
//! 5. Suggestions at or above [`MIN_SCORE`] are returned, best first (ties
//!    by control id).

use schemars::JsonSchema;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use styrdok_core::ControlRef;
use styrdok_core::text::fold;

use crate::ControlsError;
use crate::builtin::ISO27001_2022;
use crate::table::Table;

/// The lowest score a suggestion must have.
pub const MIN_SCORE: f64 = 1.5;

const LEXICON_SV: &str = include_str!("../lexicon/sv.csv");

/// Swedish endings accepted after a whole-word token: noun inflections
/// (definite, plural, genitive) and the commonest adjective/verb endings.
const ENDINGS: [&str; 21] = [
    "", "n", "en", "et", "er", "erna", "ar", "arna", "na", "r", "rna", "s", "ns", "ens", "ernas",
    "ets", "a", "t", "e", "as", "es",
];

#[derive(Debug, Clone, PartialEq, Eq)]
enum Mode {
    Exact,
    Word,
    Prefix,
    Tail,
    Anywhere,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct TokenPat {
    stem: String,
    mode: Mode,
}

impl TokenPat {
    fn parse(t: &str) -> Self {
        if let Some(stem) = t.strip_prefix('=') {
            return TokenPat {
                stem: stem.to_owned(),
                mode: Mode::Exact,
            };
        }
        let (lead, rest) = match t.strip_prefix('*') {
            Some(r) => (true, r),
            None => (false, t),
        };
        let (trail, stem) = match rest.strip_suffix('*') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        let mode = match (lead, trail) {
            (false, false) => Mode::Word,
            (false, true) => Mode::Prefix,
            (true, false) => Mode::Tail,
            (true, true) => Mode::Anywhere,
        };
        TokenPat {
            stem: stem.to_owned(),
            mode,
        }
    }

    fn matches(&self, w: &str) -> bool {
        let s = self.stem.as_str();
        if s.is_empty() {
            return true; // a bare `*` is a wildcard word
        }
        match self.mode {
            Mode::Exact => w == s,
            Mode::Word => w
                .strip_prefix(s)
                .is_some_and(|rest| ENDINGS.contains(&rest)),
            Mode::Prefix => w.starts_with(s),
            Mode::Tail => ENDINGS.iter().any(|e| {
                w.len() >= s.len() + e.len()
                    && w.ends_with(e)
                    && w[..w.len() - e.len()].ends_with(s)
            }),
            Mode::Anywhere => w.contains(s),
        }
    }
}

/// One lexicon row.
#[derive(Debug, Clone, PartialEq)]
pub struct LexiconEntry {
    /// The pattern as written (folded tokens with `*` wildcards).
    pub pattern: String,
    tokens: Vec<TokenPat>,
    /// The controls it indicates, each with its weight.
    pub controls: Vec<(ControlRef, f64)>,
    /// A note.
    pub note: String,
}

/// A suggestion lexicon.
#[derive(Debug, Clone, PartialEq)]
pub struct Lexicon {
    /// The entries.
    pub entries: Vec<LexiconEntry>,
}

impl Lexicon {
    /// The built-in Swedish lexicon.
    pub fn builtin() -> Result<Self, ControlsError> {
        Self::parse("lexicon/sv.csv", LEXICON_SV)
    }

    /// Parses a lexicon CSV (`pattern,controls,weight,note`). Rows whose
    /// pattern starts with `#` are comments. Controls are space-separated,
    /// bare ids meaning `iso27001:2022`, `id:w` giving a control its own weight.
    pub fn parse(name: &str, text: &str) -> Result<Self, ControlsError> {
        let t = Table::parse(name, text, &["pattern", "controls", "weight"])?;
        let mut entries = Vec::new();
        for row in t.rows() {
            let pattern = row.get("pattern");
            if pattern.starts_with('#') || pattern.is_empty() {
                continue;
            }
            if fold(pattern) != pattern {
                return Err(row.error(format!("pattern {pattern:?} is not folded")));
            }
            let weight: f64 = row.get("weight").parse().map_err(|_| {
                row.error(format!("weight {:?} is not a number", row.get("weight")))
            })?;
            let mut controls = Vec::new();
            for c in row.get("controls").split_whitespace() {
                let (id, w) = match c.rsplit_once(':') {
                    Some((id, w)) if !id.contains('/') || w.parse::<f64>().is_ok() => {
                        match w.parse::<f64>() {
                            Ok(w) => (id, w),
                            Err(_) => (c, weight),
                        }
                    }
                    _ => (c, weight),
                };
                let r = if id.contains('/') {
                    id.parse::<ControlRef>()
                } else {
                    ControlRef::new(ISO27001_2022, id)
                }
                .map_err(|e| row.error(e.to_string()))?;
                controls.push((r, w));
            }
            if controls.is_empty() {
                return Err(row.error("no controls"));
            }
            entries.push(LexiconEntry {
                pattern: pattern.to_owned(),
                tokens: pattern.split_whitespace().map(TokenPat::parse).collect(),
                controls,
                note: row.get("note").to_owned(),
            });
        }
        Ok(Lexicon { entries })
    }
}

/// A word or phrase of the input that fired.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct Trigger {
    /// The text as written in the input.
    pub text: String,
    /// Byte offset where it starts.
    pub start: usize,
    /// Byte offset where it ends.
    pub end: usize,
    /// The lexicon pattern that matched.
    pub pattern: String,
}

/// One suggested control.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct Suggestion {
    /// The control.
    pub control: ControlRef,
    /// The score (sum of the weights of the entries that fired).
    pub score: f64,
    /// What fired, in text order.
    pub triggers: Vec<Trigger>,
}

struct Word {
    folded: String,
    start: usize,
    end: usize,
}

fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let inside = c.is_alphanumeric() || c == '\u{00ad}';
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Word {
                    folded: fold(&text[s..i]),
                    start: s,
                    end: i,
                });
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Word {
            folded: fold(&text[s..]),
            start: s,
            end: text.len(),
        });
    }
    join_broken_words(text, out)
}

/// Words a coordinated compound shares its last part with: the hyphen before
/// them is not a line break (`informations- och IT-säkerhet`).
const CONJUNCTIONS: [&str; 6] = ["och", "eller", "samt", "respektive", "resp", "som"];

/// Rejoins words a PDF broke at a line end: `lösen- ordet`, `Säker-\nhets…`
/// (a hyphen right after a word, then white space, then a lower-case word
/// that is not a conjunction).
fn join_broken_words(text: &str, ws: Vec<Word>) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::with_capacity(ws.len());
    for w in ws {
        if let Some(prev) = out.last_mut() {
            let between = &text[prev.end..w.start];
            let mut chars = between.chars();
            let broken = matches!(chars.next(), Some('-' | '\u{00ad}' | '\u{2010}'))
                && !chars.as_str().is_empty()
                && chars.as_str().chars().all(char::is_whitespace)
                && text[w.start..]
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase)
                && !CONJUNCTIONS.contains(&w.folded.as_str());
            if broken {
                prev.folded.push_str(&w.folded);
                prev.end = w.end;
                continue;
            }
        }
        out.push(w);
    }
    out
}

const MAX_GAP: usize = 2;

/// Where the tokens match starting at word `i`: the index of the last word.
fn match_at(tokens: &[TokenPat], ws: &[Word], i: usize) -> Option<usize> {
    let first = tokens.first()?;
    if !first.matches(&ws.get(i)?.folded) {
        return None;
    }
    let mut pos = i;
    for t in tokens.iter().skip(1) {
        let found = ws
            .iter()
            .enumerate()
            .skip(pos + 1)
            .take(MAX_GAP + 1)
            .find(|(_, w)| t.matches(&w.folded))
            .map(|(j, _)| j);
        pos = found?;
    }
    Some(pos)
}

struct Hit {
    entry: usize,
    first: usize,
    last: usize,
    ntokens: usize,
}

/// Suggests controls for `text` with the built-in lexicon.
pub fn suggest(text: &str) -> Vec<Suggestion> {
    static LEXICON: OnceLock<Option<Lexicon>> = OnceLock::new();
    match LEXICON.get_or_init(|| Lexicon::builtin().ok()) {
        Some(lex) => suggest_with(lex, text),
        None => Vec::new(),
    }
}

/// Suggests controls for `text` with `lexicon`.
pub fn suggest_with(lexicon: &Lexicon, text: &str) -> Vec<Suggestion> {
    let ws = words(text);
    let mut hits: Vec<Hit> = Vec::new();
    for (e, entry) in lexicon.entries.iter().enumerate() {
        for i in 0..ws.len() {
            if let Some(last) = match_at(&entry.tokens, &ws, i) {
                hits.push(Hit {
                    entry: e,
                    first: i,
                    last,
                    ntokens: entry.tokens.len(),
                });
            }
        }
    }
    // Phrases beat the words they contain; on one word, a pattern whose stem
    // contains another's shorter stem beats it (`*inloggning*` beats
    // `*logg*`, `behorighetstilldel*` beats `*behorighet*`), while the parts
    // of a compound both count (`atkomst*` and `*logg*` in `åtkomstloggar`).
    let stem = |h: &Hit| {
        lexicon
            .entries
            .get(h.entry)
            .and_then(|e| e.tokens.first())
            .map_or("", |t| t.stem.as_str())
    };
    let kept: Vec<&Hit> = hits
        .iter()
        .filter(|h| {
            !hits.iter().any(|o| {
                (o.ntokens > h.ntokens && o.first <= h.first && o.last >= h.last)
                    || (o.ntokens == 1
                        && h.ntokens == 1
                        && o.first == h.first
                        && stem(o).len() > stem(h).len()
                        && stem(o).contains(stem(h)))
            })
        })
        .collect();
    // Per control: the best contribution of each span of words, each
    // lexicon entry counted once.
    type Spans = BTreeMap<(usize, usize), (f64, usize)>;
    let mut per_control: BTreeMap<ControlRef, Spans> = BTreeMap::new();
    for h in kept {
        let Some(entry) = lexicon.entries.get(h.entry) else {
            continue;
        };
        let bonus = 1.0 + 0.5 * (h.ntokens as f64 - 1.0);
        for (c, w) in &entry.controls {
            let spans = per_control.entry(c.clone()).or_default();
            if spans.values().any(|(_, e)| *e == h.entry) {
                continue;
            }
            let v = w * bonus;
            let slot = spans.entry((h.first, h.last)).or_insert((v, h.entry));
            if v > slot.0 {
                *slot = (v, h.entry);
            }
        }
    }
    let mut scores: BTreeMap<ControlRef, (f64, Vec<Trigger>)> = BTreeMap::new();
    for (c, spans) in per_control {
        let mut total = 0.0;
        let mut triggers = Vec::new();
        for ((first, last), (v, e)) in spans {
            // A stop phrase (weight 0) only takes its words out of play.
            if v == 0.0 {
                continue;
            }
            let (Some(a), Some(b), Some(entry)) =
                (ws.get(first), ws.get(last), lexicon.entries.get(e))
            else {
                continue;
            };
            total += v;
            triggers.push(Trigger {
                text: text[a.start..b.end].to_owned(),
                start: a.start,
                end: b.end,
                pattern: entry.pattern.clone(),
            });
        }
        scores.insert(c, (total, triggers));
    }
    let mut out: Vec<Suggestion> = scores
        .into_iter()
        .filter(|(_, (s, _))| *s >= MIN_SCORE)
        .map(|(control, (score, mut triggers))| {
            triggers
                .sort_by(|a, b| (a.start, a.end, &a.pattern).cmp(&(b.start, b.end, &b.pattern)));
            Suggestion {
                control,
                score: (score * 100.0).round() / 100.0,
                triggers,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.score
            .partial_cmp(&a.score)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then_with(|| a.control.cmp(&b.control))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_loads_and_targets_known_controls() {
        let lex = Lexicon::builtin().unwrap();
        assert!(lex.entries.len() > 300);
        let cat = crate::iso27001_2022().unwrap();
        for e in &lex.entries {
            for (c, _) in &e.controls {
                assert!(cat.control(c.control()).is_some(), "{} -> {c}", e.pattern);
            }
        }
    }

    #[test]
    fn token_modes() {
        assert!(TokenPat::parse("incident").matches("incidenter"));
        assert!(!TokenPat::parse("incident").matches("sakerhetsincidenter"));
        assert!(TokenPat::parse("*incident").matches("sakerhetsincidenter"));
        assert!(TokenPat::parse("krypter*").matches("krypteras"));
        assert!(TokenPat::parse("*logg*").matches("atkomstloggarna"));
        assert!(!TokenPat::parse("brand").matches("brandvaggar"));
    }

    #[test]
    fn spans_point_into_the_original_text() {
        let text = "Säkerhetsincidenter ska rapporteras.";
        let s = suggest(text);
        let six8 = s.iter().find(|s| s.control.control() == "6.8").unwrap();
        for t in &six8.triggers {
            assert_eq!(&text[t.start..t.end], t.text);
        }
        assert!(
            six8.triggers
                .iter()
                .any(|t| t.text == "Säkerhetsincidenter ska rapporteras")
        );
    }

    #[test]
    fn phrases_beat_their_words() {
        let s = suggest("Användaren ska logga in med e-legitimation.");
        assert!(s.iter().all(|s| s.control.control() != "8.15"), "{s:?}");
        assert_eq!(s.first().map(|s| s.control.control()), Some("8.5"));
    }

    #[test]
    fn exact_tokens_take_no_ending() {
        assert!(TokenPat::parse("=ansvar").matches("ansvar"));
        assert!(!TokenPat::parse("=ansvar").matches("ansvarar"));
        assert!(TokenPat::parse("ansvar").matches("ansvarar"));
    }

    #[test]
    fn words_broken_at_a_line_end_are_rejoined() {
        let text = "Säker-\nhetskopiering och lösen- ordet, informations- och IT-säkerhet";
        let ws: Vec<String> = words(text).into_iter().map(|w| w.folded).collect();
        assert_eq!(
            ws,
            [
                "sakerhetskopiering",
                "och",
                "losenordet",
                "informations",
                "och",
                "it",
                "sakerhet"
            ]
        );
        let s = suggest("Säker- hetskopiering sker varje natt.");
        assert_eq!(s.first().map(|s| s.control.control()), Some("8.13"));
        // `natt` is not `nät`
        assert!(s.iter().all(|s| s.control.control() != "8.20"), "{s:?}");
    }

    #[test]
    fn the_longest_stem_on_a_word_wins() {
        // `*inloggning*` beats `*logg*`: logging in is not logging.
        let s = suggest("Gemensamma inloggningar får inte förekomma.");
        assert!(s.iter().all(|s| s.control.control() != "8.15"), "{s:?}");
        // `*informationsagare` is an owner, `mottagare` is not.
        let s = suggest("Informationen skickas till mottagaren.");
        assert!(s.iter().all(|s| s.control.control() != "5.9"), "{s:?}");
    }

    #[test]
    fn a_stop_phrase_takes_its_words_out_of_play() {
        let lex = Lexicon::parse(
            "t",
            "pattern,controls,weight,note\nfysisk*,7.1,2,\nfysisk* planering*,7.1,0,stop\n",
        )
        .unwrap();
        assert!(suggest_with(&lex, "Den fysiska planeringen ändras.").is_empty());
        let s = suggest_with(&lex, "Det fysiska skyddet stärks.");
        assert_eq!(s.len(), 1);
        assert!(s[0].triggers.iter().all(|t| t.pattern == "fysisk*"));
    }

    #[test]
    fn no_suggestions_for_unrelated_text() {
        assert!(suggest("Kommunen ska ha god service och korta väntetider.").is_empty());
        assert!(suggest("").is_empty());
    }
}
