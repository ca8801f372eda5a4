//! Names the document itself writes inside a sentence, so that a heading
//! trimmer's cut never falls inside one.
//!
//! Page-flattened text runs headings into sentences ("Syfte Riktlinjerna
//! ska …"), and [`super::sentence::trim`] cuts a leading run of capitalised
//! words off as a heading. A sentence whose subject is a name of two
//! capitalised words ("Övik Energi ska …", "Upplands Väsby kommun ska …")
//! looks the same. What tells them apart is the rest of the document: a
//! name is written again after a preposition or a conjunction ("för Övik
//! Energi", "i Upplands Väsby", "att Luleå Energi"), where no heading ever
//! stands (a sentence does not end in `för`). [`Names`] holds those pairs
//! of words; [`Names::restore`] moves a sentence's start back over the
//! name's words a cut left behind.

use std::collections::{HashMap, HashSet};

use super::reading::{Word, words};

/// Words after which a capitalised word continues the sentence as a name:
/// prepositions, conjunctions and the subjunction `att`.
const BEFORE_NAME: [&str; 24] = [
    "for", "i", "av", "till", "med", "pa", "om", "vid", "inom", "fran", "hos", "under", "enligt",
    "mellan", "via", "mot", "genom", "efter", "och", "eller", "samt", "att", "utanfor", "at",
];

/// Pairs of capitalised words the document writes as a name inside a
/// sentence, by their keys ([`key`]).
#[derive(Debug, Default)]
pub(crate) struct Names(HashSet<(String, String)>);

/// A word's key: folded, a genitive `-s` dropped ("Norrbottens" and
/// "Norrbotten" are one name).
fn key(w: &Word) -> String {
    let f = w.folded.as_str();
    match f.strip_suffix('s') {
        Some(stem) if stem.chars().count() >= 4 => stem.to_owned(),
        _ => f.to_owned(),
    }
}

/// Whether only spaces stand between `a` and `b` in `s`.
fn spaced(s: &str, a: &Word, b: &Word) -> bool {
    s.get(a.end..b.start).is_some_and(|g| g.trim().is_empty())
}

/// Whether `w` is written with a capital and lower-case letters after it
/// ("Energi", not "IT" or "AB").
fn capitalised(s: &str, w: &Word) -> bool {
    w.capital
        && s.get(w.start..w.end)
            .is_some_and(|t| t.chars().skip(1).any(char::is_lowercase))
}

impl Names {
    /// The names written in `texts`: every run of capitalised words right
    /// after a word of [`BEFORE_NAME`], as its consecutive pairs, when the
    /// pair is written twice at least (anywhere) and its second word is no
    /// word that opens a sentence (`Alla`, `Det`). One occurrence may be
    /// the very heading run into a sentence the evidence should tell
    /// apart: `… en digital agenda för Sverige Utgångspunkten för all
    /// IT-verksamhet är …` (Ragunda `blind3/`) has its sentence's end
    /// after a preposition's object and the next sentence's start.
    pub(crate) fn of<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut pairs = HashSet::new();
        let mut written: HashMap<(String, String), usize> = HashMap::new();
        for s in texts {
            let w = words(s);
            for pair in w.windows(2) {
                if let [x, y] = pair
                    && spaced(s, x, y)
                    && capitalised(s, x)
                    && capitalised(s, y)
                {
                    *written.entry((key(x), key(y))).or_default() += 1;
                }
            }
            for (k, p) in w.iter().enumerate() {
                if p.capital || p.clause_end || !BEFORE_NAME.contains(&p.folded.as_str()) {
                    continue;
                }
                let mut prev = p;
                for x in w.iter().skip(k + 1) {
                    if !spaced(s, prev, x) || !capitalised(s, x) {
                        break;
                    }
                    if !std::ptr::eq(prev, p) {
                        pairs.insert((key(prev), key(x)));
                    }
                    if x.clause_end {
                        break;
                    }
                    prev = x;
                }
            }
        }
        pairs.retain(|pair: &(String, String)| {
            written.get(pair).is_some_and(|&n| n >= 2)
                && !super::sentence::STARTERS.contains(&pair.1.as_str())
        });
        Names(pairs)
    }

    /// Where the sentence of `text` that a trimmer made begin at `at` really
    /// begins: moved back, word by word but never before `floor`, while the
    /// word before it and the word at it are a pair of a name
    /// ("Riktlinjer Övik |Energi ska …" → "Övik Energi ska …").
    pub(crate) fn restore(&self, text: &str, floor: usize, at: usize) -> usize {
        if self.0.is_empty() || at <= floor {
            return at;
        }
        // Only the text up to the end of the word at `at` is read: a
        // block's sentences are restored one by one, and the rest of a
        // page-flattened block is thousands of words.
        let end = text
            .get(at..)
            .and_then(|r| r.find(char::is_whitespace))
            .map_or(text.len(), |e| at + e);
        let s = text.get(floor..end).unwrap_or("");
        let w = words(s);
        let Some(mut k) = w.iter().position(|x| floor + x.start == at) else {
            return at;
        };
        while k > 0 {
            let (Some(prev), Some(x)) = (w.get(k - 1), w.get(k)) else {
                break;
            };
            if !spaced(s, prev, x)
                || !capitalised(s, prev)
                || !self.0.contains(&(key(prev), key(x)))
            {
                break;
            }
            k -= 1;
        }
        w.get(k).map_or(at, |x| floor + x.start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pair written after a preposition is a name; a heading's words
    /// before a sentence are not, and a cut after them stays.
    #[test]
    fn a_cut_inside_a_name_written_elsewhere_is_undone() {
        let names = Names::of([
            "Ägardirektivet gäller för Övik Energi och dess dotterbolag.",
            "Resor i Upplands Väsby ska vara hållbara.",
            "Riktlinjer Övik Energi ska agera inom kommunens gränser.",
            "Upplands Väsbys kommun ska bidra.",
        ]);
        let s = "Riktlinjer Övik Energi ska agera inom kommunens gränser.";
        let cut = s.find("Energi").unwrap();
        assert_eq!(names.restore(s, 0, cut), s.find("Övik").unwrap());
        // A genitive is the same name.
        let s = "Upplands Väsbys kommun ska bidra.";
        assert_eq!(names.restore(s, 0, s.find("Väsbys").unwrap()), 0);
        // Not a name of the document: the cut stays.
        let s = "Syfte Riktlinjerna ska tillämpas.";
        let cut = s.find("Riktlinjerna").unwrap();
        assert_eq!(names.restore(s, 0, cut), cut);
        // Never before the floor.
        let s = "Övik Energi ska agera.";
        let cut = s.find("Energi").unwrap();
        assert_eq!(names.restore(s, cut, cut), cut);
    }

    /// Only capitalised words after a preposition or conjunction count: a
    /// sentence's end run into a heading ("… sätt Ansvar Cheferna har …")
    /// makes no name, nor does an acronym.
    #[test]
    fn only_words_after_a_preposition_make_a_name() {
        let names = Names::of(["resandet sker på ett säkert sätt Ansvar Cheferna har ansvar"]);
        assert!(names.0.is_empty());
        let names = Names::of(["enligt IT Policy ska"]);
        assert!(names.0.is_empty());
        // Written once: a sentence's end and the next one's start.
        let names = Names::of(["digitalisering i Sverige Utgångspunkten för all IT är"]);
        assert!(names.0.is_empty());
        // A word that opens sentences is no name's part.
        let names = Names::of(["gäller för Internet Alla anställda", "Internet Alla ska"]);
        assert!(names.0.is_empty());
    }
}
