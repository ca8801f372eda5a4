//! RACI letters from a documented, lemma-matched phrase table.
//!
//! A for deciding, adopting, approving and owning; R for carrying out or
//! ensuring; C for advising and supporting; I for being informed. The table
//! is matched on folded text (å/ä→a, ö→o, lowercase) at word starts, so
//! inflections match through their stems ("fastställ" matches fastställa,
//! fastställer, fastställs). The earliest match in the text wins; among
//! matches at the same position the longest phrase wins. A bullet is
//! classified on its own before its lead-in (see [`crate::Duty::letter`]).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use styrdok_core::text::fold;

/// A RACI letter.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[non_exhaustive]
pub enum Raci {
    /// Responsible: carries it out or ensures it.
    #[serde(rename = "R")]
    Responsible,
    /// Accountable: decides, adopts, approves or owns.
    #[serde(rename = "A")]
    Accountable,
    /// Consulted: advises or supports.
    #[serde(rename = "C")]
    Consulted,
    /// Informed: is reported to or keeps informed.
    #[serde(rename = "I")]
    Informed,
}

impl Raci {
    /// The letter.
    pub fn letter(self) -> char {
        match self {
            Raci::Responsible => 'R',
            Raci::Accountable => 'A',
            Raci::Consulted => 'C',
            Raci::Informed => 'I',
        }
    }
}

/// The phrase table: (folded stem phrase, letter). Documented in
/// `docs/raci.md`.
pub const PHRASES: &[(&str, Raci)] = &[
    // A: deciding, adopting, approving, owning.
    ("besluta", Raci::Accountable),
    ("beslutar", Raci::Accountable),
    ("fatta beslut", Raci::Accountable),
    ("faststall", Raci::Accountable),
    ("anta ", Raci::Accountable),
    ("antar ", Raci::Accountable),
    ("antas av", Raci::Accountable),
    ("godkann", Raci::Accountable),
    ("ar agare", Raci::Accountable),
    ("agare av", Raci::Accountable),
    ("ager ", Raci::Accountable),
    // R: carrying out, ensuring.
    ("ansvarar for", Raci::Responsible),
    ("svarar for", Raci::Responsible),
    ("har ansvar", Raci::Responsible),
    ("har ansvaret", Raci::Responsible),
    ("har det strategiska ansvaret", Raci::Responsible),
    ("ar ansvarig", Raci::Responsible),
    ("ansvara for", Raci::Responsible),
    ("sakerstall", Raci::Responsible),
    ("samordna", Raci::Responsible),
    ("utova tillsyn", Raci::Responsible),
    ("utovar tillsyn", Raci::Responsible),
    ("genomfor", Raci::Responsible),
    ("kontrollera", Raci::Responsible),
    ("folja upp", Raci::Responsible),
    ("foljer upp", Raci::Responsible),
    ("analysera", Raci::Responsible),
    ("uppratta", Raci::Responsible),
    ("utfarda", Raci::Responsible),
    // C: advising, supporting.
    ("radgivande", Raci::Consulted),
    ("ge rekommendation", Raci::Consulted),
    ("i samrad med", Raci::Consulted),
    ("stodja", Raci::Consulted),
    ("stodjer", Raci::Consulted),
    ("medverka", Raci::Consulted),
    // I: being informed.
    ("halla sig informera", Raci::Informed),
    ("hall sig informera", Raci::Informed),
    ("informeras", Raci::Informed),
    ("delges", Raci::Informed),
];

/// Classifies a text by the phrase table: the letter and the phrase that
/// matched, or `None`.
///
/// ```
/// use styrdok_org::raci::{classify, Raci};
/// assert_eq!(classify("besluta om stadens gemensamma IT-program").map(|m| m.0), Some(Raci::Accountable));
/// assert_eq!(classify("stödja kommunstyrelsen i samordningen").map(|m| m.0), Some(Raci::Consulted));
/// assert_eq!(classify("Kommunstyrelsen är ägare av de gemensamma systemen").map(|m| m.0), Some(Raci::Accountable));
/// ```
pub fn classify(text: &str) -> Option<(Raci, &'static str)> {
    let t = format!("{} ", fold(text));
    let mut best: Option<(usize, usize, Raci, &'static str)> = None;
    for &(phrase, letter) in PHRASES {
        let mut from = 0;
        while let Some(i) = t.get(from..).and_then(|rest| rest.find(phrase)) {
            let pos = from + i;
            let at_word_start = pos
                .checked_sub(1)
                .and_then(|p| t.as_bytes().get(p))
                .is_none_or(|b| !b.is_ascii_alphanumeric());
            if at_word_start {
                let better = match best {
                    None => true,
                    Some((p, len, _, _)) => pos < p || (pos == p && phrase.len() > len),
                };
                if better {
                    best = Some((pos, phrase.len(), letter, phrase));
                }
                break;
            }
            from = pos + phrase.len();
        }
    }
    best.map(|(_, _, letter, phrase)| (letter, phrase.trim_end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases = [
            (
                "besluta om vilken information och vilka IT-system som ska vara gemensamma",
                Raci::Accountable,
            ),
            (
                "genom revisorerna kontrollera att stadens gemensamma IT-program efterföljs",
                Raci::Responsible,
            ),
            (
                "hålla sig informerade om utvecklingstrender",
                Raci::Informed,
            ),
            (
                "ge rekommendationer till stadsdirektören om prioritering",
                Raci::Consulted,
            ),
            (
                "samordna stadens informationssäkerhetsarbete",
                Raci::Responsible,
            ),
            (
                "Kommunstyrelsen ska fastställa riktlinjer",
                Raci::Accountable,
            ),
            (
                "Nämnder och styrelser ansvarar för att IT-programmet efterföljs",
                Raci::Responsible,
            ),
        ];
        for (text, letter) in cases {
            assert_eq!(classify(text).map(|m| m.0), Some(letter), "{text}");
        }
        assert_eq!(
            classify("information som rör egen verksamhet är korrekt"),
            None
        );
        // "antal" must not match "anta".
        assert_eq!(classify("antalet användare"), None);
    }
}
