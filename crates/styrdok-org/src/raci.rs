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
use styrdok_core::PartyId;
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

/// The letter: `R`, `A`, `C` or `I`.
impl std::fmt::Display for Raci {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.letter())
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
    // Verbs the holder performs are R even when they are about information:
    // keeping oneself informed, watching, following (docs/raci.md).
    ("halla sig informera", Raci::Responsible),
    ("hall sig informera", Raci::Responsible),
    ("haller sig informera", Raci::Responsible),
    ("bevaka", Raci::Responsible),
    ("folja ", Raci::Responsible),
    ("foljer ", Raci::Responsible),
    ("leda ", Raci::Responsible),
    ("leda,", Raci::Responsible),
    ("leder ", Raci::Responsible),
    // C: advising, supporting.
    ("radgivande", Raci::Consulted),
    ("ge rekommendation", Raci::Consulted),
    ("i samrad med", Raci::Consulted),
    ("stodja", Raci::Consulted),
    ("stodjer", Raci::Consulted),
    ("medverka", Raci::Consulted),
    // I: only for being told.
    ("informeras", Raci::Informed),
    ("delges", Raci::Informed),
    ("halls informera", Raci::Informed),
    ("far rapport", Raci::Informed),
    ("far information", Raci::Informed),
    ("tar emot rapport", Raci::Informed),
];

/// Supporting phrases: the holder is C and the body it supports (the duty's
/// counterpart) keeps its own letter for the activity, R ("stödja
/// kommunstyrelsen i samordningen": KS coordinates).
pub const SUPPORT_PHRASES: &[&str] = &["stodja", "stodjer", "bista", "bitrada"];

/// Whether the text's verb is supporting another party (see
/// [`SUPPORT_PHRASES`]).
///
/// ```
/// assert!(styrdok_org::raci::is_support("stödja kommunstyrelsen i samordningen"));
/// assert!(!styrdok_org::raci::is_support("samordna arbetet"));
/// ```
pub fn is_support(text: &str) -> bool {
    classify(text).is_some_and(|(_, p)| SUPPORT_PHRASES.contains(&p))
}

/// Whether the text acts through another party ("genom revisorerna
/// kontrollera …"): the party named after "genom" does it (R), the subject
/// answers for it (A).
///
/// ```
/// assert!(styrdok_org::raci::acts_through("genom revisorerna kontrollera att programmet efterföljs"));
/// ```
pub fn acts_through(text: &str) -> bool {
    let t = fold(text);
    t.starts_with("genom ") || t.contains(" genom ")
}

/// Why a party has a letter in a duty's row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PartyBasis {
    /// The duty's holder, by [`crate::Duty::letter`].
    Holder,
    /// The holder acts through this party ("genom X kontrollera"): X is R.
    Through,
    /// The holder acts through another party, so the holder is A.
    ActsThrough,
    /// The party the holder supports: it keeps its own letter, R.
    Supported,
    /// The party the duty is towards (told, reported to): I.
    Told,
}

/// Every party's letter in one duty's row: the holder, the party it acts
/// through (`via`) and the counterpart, by the rules in `docs/raci.md`.
///
/// - "genom X kontrollera": X gets the verb's letter (R), the holder A.
/// - a supporting holder is C; the supported counterpart is R.
/// - any other counterpart (told, advised, reported to) is I.
pub fn duty_letters(duty: &crate::Duty) -> Vec<(PartyId, Raci, PartyBasis)> {
    let (letter, _) = duty.letter();
    let mut out = Vec::new();
    match &duty.via {
        Some(via) if duty.raci.is_none() && acts_through(&duty.text) => {
            let done = if letter == Raci::Accountable {
                Raci::Responsible
            } else {
                letter
            };
            out.push((via.clone(), done, PartyBasis::Through));
            out.push((
                duty.holder.clone(),
                Raci::Accountable,
                PartyBasis::ActsThrough,
            ));
        }
        _ => out.push((duty.holder.clone(), letter, PartyBasis::Holder)),
    }
    if let Some(c) = &duty.counterpart {
        if letter == Raci::Consulted && is_support(&duty.text) {
            out.push((c.clone(), Raci::Responsible, PartyBasis::Supported));
        } else {
            out.push((c.clone(), Raci::Informed, PartyBasis::Told));
        }
    }
    out
}

/// The body accountable under kommunallagen for an activity whose
/// responsible party is `holder` (a row with an R and no stated A), with the
/// rule's name; `None` when kommunallagen does not point to one (the caller
/// then takes the adopting body).
///
/// - a nämnd, the styrelse or a bolagsstyrelse answers for its own activity
///   and its internal control (KL 6 kap 6 §; the styrelse also leads and
///   coordinates, 6 kap 1 §): `kl-6-6-namnd-ansvarar-for-sin-verksamhet`;
/// - a group of nämnder or styrelser: the same, each for its own;
/// - a förvaltning, unit or role that serves (or is held in a body that
///   serves) a nämnd or the styrelse: that body
///   (`kl-forvaltning-lyder-under-sin-namnd`);
/// - a group of förvaltningar or units: the organisation's group of nämnder,
///   each for its own activity (`kl-6-6-namnd-ansvarar-for-sin-verksamhet`).
pub fn kl_accountable(org: &crate::Organisation, holder: &str) -> Option<(String, &'static str)> {
    use styrdok_core::BodyKind as K;
    const OWN: &str = "kl-6-6-namnd-ansvarar-for-sin-verksamhet";
    const SERVED: &str = "kl-forvaltning-lyder-under-sin-namnd";
    let governing = |k: K| matches!(k, K::Styrelse | K::Namnd | K::Bolagsstyrelse);
    let served_by = |body: &crate::Body| {
        body.links
            .iter()
            .filter(|l| {
                matches!(
                    l.kind,
                    crate::BodyLinkKind::Serves | crate::BodyLinkKind::PartOf
                )
            })
            .find(|l| {
                org.body(l.target.as_str())
                    .is_some_and(|b| governing(b.kind))
            })
            .map(|l| (l.target.to_string(), SERVED))
    };
    if let Some(b) = org.body(holder) {
        if governing(b.kind) {
            return Some((holder.to_owned(), OWN));
        }
        return served_by(b);
    }
    if let Some(g) = org.group(holder) {
        let kinds: Vec<K> = g
            .member_kinds
            .iter()
            .copied()
            .chain(
                g.members
                    .iter()
                    .filter_map(|m| org.body(m.as_str()).map(|b| b.kind)),
            )
            .collect();
        if !kinds.is_empty() && kinds.iter().all(|k| governing(*k)) {
            return Some((holder.to_owned(), OWN));
        }
        if !kinds.is_empty() && kinds.iter().all(|k| matches!(k, K::Forvaltning | K::Enhet)) {
            return org
                .groups
                .iter()
                .find(|n| {
                    !n.member_kinds.is_empty() && n.member_kinds.iter().all(|k| governing(*k))
                })
                .map(|n| (n.id.to_string(), OWN));
        }
        return None;
    }
    if let Some(r) = org.role(holder) {
        return r
            .held_in
            .iter()
            .find_map(|b| org.body(b.as_str()).and_then(served_by));
    }
    None
}

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
    fn prints_as_its_letter() {
        let all = [
            Raci::Responsible,
            Raci::Accountable,
            Raci::Consulted,
            Raci::Informed,
        ];
        let shown: Vec<String> = all.iter().map(ToString::to_string).collect();
        assert_eq!(shown, ["R", "A", "C", "I"]);
    }

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
                Raci::Responsible,
            ),
            ("bevaka utvecklingen inom IT-området", Raci::Responsible),
            ("följa utvecklingen", Raci::Responsible),
            ("ska informeras om incidenter", Raci::Informed),
            ("delges beslutet", Raci::Informed),
            ("får rapporter om avvikelser", Raci::Informed),
            ("hålls informerad om arbetet", Raci::Informed),
            (
                "i det ingår att leda, utveckla och samordna arbetet",
                Raci::Responsible,
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
