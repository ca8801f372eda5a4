//! The suggestion lexicon: folded patterns, the controls each indicates and
//! how strongly, read from a CSV (`lexicon/sv.csv`).

use styrdok_core::ControlRef;
use styrdok_core::text::{fold, is_inflection_of};

use crate::ControlsError;
use crate::builtin::ISO27001_2022;
use crate::table::{Row, Table};

/// Endings accepted after a whole-word token besides the noun endings of
/// [`styrdok_core::text::NOUN_ENDINGS`]: the commonest adjective and verb
/// endings (`krypterad`+`e`, `lagra`+`s`).
const MORE_ENDINGS: [&str; 6] = ["a", "t", "e", "as", "es", "ets"];

/// Whether `w` is `stem` plus a Swedish ending.
fn is_form_of(w: &str, stem: &str) -> bool {
    is_inflection_of(w, stem)
        || w.strip_prefix(stem)
            .is_some_and(|rest| MORE_ENDINGS.contains(&rest))
}

/// Whether `w` ends with `stem` plus a Swedish ending (the last part of a
/// compound).
fn ends_with_form_of(w: &str, stem: &str) -> bool {
    w.char_indices()
        .map(|(i, _)| i)
        .any(|i| w.get(i..).is_some_and(|tail| is_form_of(tail, stem)))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Exact,
    Word,
    Prefix,
    Tail,
    Anywhere,
}

/// One token of a pattern: a stem and how it may match a word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TokenPat {
    pub(crate) stem: String,
    mode: Mode,
}

impl TokenPat {
    pub(crate) fn parse(t: &str) -> Self {
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

    pub(crate) fn matches(&self, w: &str) -> bool {
        let s = self.stem.as_str();
        if s.is_empty() {
            return true; // a bare `*` is a wildcard word
        }
        match self.mode {
            Mode::Exact => w == s,
            Mode::Word => is_form_of(w, s),
            Mode::Prefix => w.starts_with(s),
            Mode::Tail => ends_with_form_of(w, s),
            Mode::Anywhere => w.contains(s),
        }
    }
}

/// A parsed pattern: a phrase, and the phrases that must also occur
/// somewhere in the same statement (`ansvar* & informationssakerhet*`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pattern {
    pub(crate) phrase: Vec<TokenPat>,
    pub(crate) also: Vec<Vec<TokenPat>>,
}

/// The rows of a pattern table (a lexicon or the gate) that hold a pattern,
/// each with its pattern as written and parsed; comment rows (`#…`) and
/// blank patterns are skipped, a bad pattern is an error at its row.
pub(crate) fn pattern_rows<'t>(
    t: &'t Table,
) -> impl Iterator<Item = Result<(Row<'t>, &'t str, Pattern), ControlsError>> + 't {
    t.rows().filter_map(|row| {
        let pattern = row.get("pattern");
        if pattern.starts_with('#') || pattern.is_empty() {
            return None;
        }
        Some(match parse_pattern(pattern) {
            Ok(parsed) => Ok((row, pattern, parsed)),
            Err(e) => Err(row.error(e)),
        })
    })
}

/// Parses a pattern (folded, space-separated tokens; ` & ` between phrases
/// that must all occur) or says why not.
pub(crate) fn parse_pattern(pattern: &str) -> Result<Pattern, String> {
    if fold(pattern) != pattern {
        return Err(format!("pattern {pattern:?} is not folded"));
    }
    let mut parts = pattern.split('&').map(|p| {
        p.split_whitespace()
            .map(TokenPat::parse)
            .collect::<Vec<_>>()
    });
    let phrase = parts.next().unwrap_or_default();
    let also: Vec<Vec<TokenPat>> = parts.collect();
    if phrase.is_empty() || also.iter().any(Vec::is_empty) {
        return Err(format!("pattern {pattern:?} has an empty part"));
    }
    // Words are split at every character that is not a letter or a digit
    // (`styrdok_core::text::tokens`): a token holding one never matches.
    if let Some(t) = std::iter::once(&phrase)
        .chain(&also)
        .flatten()
        .find(|t| !t.stem.chars().all(char::is_alphanumeric))
    {
        return Err(format!(
            "pattern {pattern:?}: token {:?} can never match, as words are split at every character that is not a letter or a digit (write `bank-id` as `=bank =id`)",
            t.stem
        ));
    }
    Ok(Pattern { phrase, also })
}

/// One lexicon row.
#[derive(Debug, Clone, PartialEq)]
pub struct LexiconEntry {
    /// The pattern as written (folded tokens with `*` wildcards).
    pub pattern: String,
    pub(crate) parsed: Pattern,
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

const LEXICON_SV: &str = include_str!("../../lexicon/sv.csv");

impl Lexicon {
    /// The built-in Swedish lexicon.
    ///
    /// # Errors
    ///
    /// `ControlsError::Csv` when the embedded lexicon fails to parse (see
    /// [`Lexicon::parse`]). Only a broken build of the embedded data can fail.
    pub fn builtin() -> Result<Self, ControlsError> {
        Self::parse("lexicon/sv.csv", LEXICON_SV)
    }

    /// Parses a lexicon CSV (`pattern,controls,weight,note`). Rows whose
    /// pattern starts with `#` are comments. Controls are space-separated,
    /// bare ids meaning `iso27001:2022`, `id:w` giving a control its own weight.
    ///
    /// # Errors
    ///
    /// `ControlsError::Csv` (naming `name` and the line) when the CSV cannot
    /// be read or lacks the `pattern`, `controls` or `weight` column, or a row
    /// is invalid: its pattern is not folded or has an empty part, its weight
    /// is not a number, a control id is invalid, or it lists no controls.
    pub fn parse(name: &str, text: &str) -> Result<Self, ControlsError> {
        let t = Table::parse(name, text, &["pattern", "controls", "weight"])?;
        let mut entries = Vec::new();
        for item in pattern_rows(&t) {
            let (row, pattern, parsed) = item?;
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
                parsed,
                controls,
                note: row.get("note").to_owned(),
            });
        }
        Ok(Lexicon { entries })
    }
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
    fn exact_tokens_take_no_ending() {
        assert!(TokenPat::parse("=ansvar").matches("ansvar"));
        assert!(!TokenPat::parse("=ansvar").matches("ansvarar"));
        assert!(TokenPat::parse("ansvar").matches("ansvarar"));
    }

    #[test]
    fn co_occurrence_patterns_parse() {
        let p = parse_pattern("ansvar* for & informationssakerhet*").unwrap();
        assert_eq!((p.phrase.len(), p.also.len()), (2, 1));
        assert!(parse_pattern("ansvar* & ").is_err());
        // A hyphen or a slash splits words: such a token never matches.
        assert!(parse_pattern("bank-id").is_err());
        assert!(parse_pattern("ansvar* & e-arkiv*").is_err());
        assert!(parse_pattern("=bank =id").is_ok());
    }

    #[test]
    fn a_pattern_must_be_folded() {
        let e = Lexicon::parse("t", "pattern,controls,weight\nLösenord,5.17,3\n").unwrap_err();
        assert!(e.to_string().contains("not folded"), "{e}");
    }
}
