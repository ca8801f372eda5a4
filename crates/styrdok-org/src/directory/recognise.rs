//! Recognising the organisation a document names as its own in its front
//! matter: name forms, metadata labels and the adopting body's line.

use std::collections::HashMap;

use styrdok_core::text::{self, fold};

use super::{Directory, Entry, forms};

/// Metadata labels whose value names the document's organisation
/// ("Kommun: Solna"), folded. `region` and `landsting` values may also be a
/// region's short name or its län ("Region: Skåne").
const ORG_LABELS: [&str; 7] = [
    "kommun",
    "organisation",
    "myndighet",
    "huvudman",
    "utgivare",
    "region",
    "landsting",
];

/// Bodies of a kommun, folded: "Kommunfullmäktige i Haninge".
const KOMMUN_BODIES: [&str; 6] = [
    "kommunfullmaktige",
    "kommunfullmaktiges",
    "kommunstyrelsen",
    "kommunstyrelsens",
    "kommunstyrelse",
    "stadsfullmaktige",
];

/// Bodies of a region, folded: "Regionfullmäktige i Västerbotten".
const REGION_BODIES: [&str; 6] = [
    "regionfullmaktige",
    "regionfullmaktiges",
    "regionstyrelsen",
    "regionstyrelsens",
    "landstingsfullmaktige",
    "landstingsstyrelsen",
];

/// Head words after a coordinated list of kommun names ("Götene, Lidköping
/// och Skara kommuner", "Munkfors, Forshaga, Kils och Grums kommun"),
/// folded.
const LIST_HEADS: [&str; 5] = ["kommun", "kommuns", "kommuner", "kommunerna", "kommuners"];

/// Words joining the last two names of a list, folded.
const LIST_AND: [&str; 3] = ["och", "samt", "eller"];

/// Words of a form that are not part of the proper name: the first word
/// that is not one of these must be capitalised in the text ("Marks
/// kommun" matches, "mark kommun" does not).
const GENERIC_WORDS: [&str; 10] = [
    "region",
    "regionen",
    "landstinget",
    "landsting",
    "i",
    "kommun",
    "kommuns",
    "stad",
    "lan",
    "lans",
];

/// A word of the text ([`styrdok_core::text::tokens`]): where it starts,
/// as written and folded.
struct Token<'a> {
    offset: usize,
    text: &'a str,
    key: String,
}

/// The words of a text, each with its folded form.
fn tokens(text: &str) -> Vec<Token<'_>> {
    text::tokens(text)
        .map(|t| Token {
            offset: t.start,
            key: t.folded(),
            text: t.text,
        })
        .collect()
}

/// The lookup key of a name: its folded words joined by one space.
fn key(name: &str) -> String {
    tokens(name)
        .into_iter()
        .map(|t| t.key)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Indexes of name forms, built once with the directory.
#[derive(Debug, Clone, Default)]
pub(super) struct Recogniser {
    /// Self-contained forms ("solna stad", "region skane", "stockholms
    /// lans landsting") → entries.
    forms: HashMap<String, Vec<Form>>,
    /// Kommun short names, after a kommun body ("kommunfullmäktige i X").
    kommun_names: HashMap<String, Vec<Form>>,
    /// Region short names and län names, after a region body or label.
    region_names: HashMap<String, Vec<Form>>,
    /// The most words in any key.
    max_words: usize,
}

/// A form of an entry's name under its folded key: the entry's index and
/// the form lower-cased with its diacritics, which tells apart the names
/// that fold alike (Habo and Håbo).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Form {
    entry: usize,
    written: String,
}

/// Lower-cased words joined by one space, diacritics kept.
fn written(words: &[Token<'_>]) -> String {
    words
        .iter()
        .map(|t| text::nfc(t.text).to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

fn add(map: &mut HashMap<String, Vec<Form>>, name: &str, i: usize, max: &mut usize) {
    let words = tokens(name);
    let k = words
        .iter()
        .map(|t| t.key.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    if k.is_empty() {
        return;
    }
    *max = (*max).max(words.len());
    let form = Form {
        entry: i,
        written: written(&words),
    };
    let v = map.entry(k).or_default();
    if !v.contains(&form) {
        v.push(form);
    }
}

/// The entries of the forms that match: when forms of several entries fold
/// to the same key, those written exactly as in the text (diacritics and
/// all), if any; otherwise all of them.
fn entries_of(forms: &[Form], as_written: &str) -> Vec<usize> {
    let exact: Vec<usize> = forms
        .iter()
        .filter(|f| f.written == as_written || as_written.strip_suffix('s') == Some(&f.written))
        .map(|f| f.entry)
        .collect();
    let mut out = if exact.is_empty() {
        forms.iter().map(|f| f.entry).collect()
    } else {
        exact
    };
    out.sort_unstable();
    out.dedup();
    out
}

impl Recogniser {
    pub(super) fn new(entries: &[Entry]) -> Recogniser {
        let mut r = Recogniser::default();
        let mut max = 1;
        for (i, e) in entries.iter().enumerate() {
            add(&mut r.forms, &e.name, i, &mut max);
            for f in e.forms.iter().filter(|f| **f != e.short_name) {
                add(&mut r.forms, f, i, &mut max);
            }
            if e.is_kommun() {
                for stem in forms::kommun_stems(&e.short_name) {
                    add(&mut r.forms, &format!("{stem} kommun"), i, &mut max);
                    add(&mut r.forms, &format!("{stem} stad"), i, &mut max);
                }
                add(&mut r.kommun_names, &e.short_name, i, &mut max);
            }
            if e.is_region() {
                add(&mut r.region_names, &e.short_name, i, &mut max);
                add(&mut r.region_names, &e.lan, i, &mut max);
            }
        }
        r.max_words = max;
        r
    }

    /// Entry indexes in order of first mention.
    pub(super) fn recognise(&self, dir: &Directory, text: &str) -> Vec<usize> {
        let mut found: Vec<(usize, usize)> = Vec::new();
        self.labels(dir, text, &mut found);
        let toks = tokens(text);
        self.lists(text, &toks, &mut found);
        let mut i = 0;
        while i < toks.len() {
            if let Some((n, hits)) = self.longest(&self.forms, &toks, i) {
                found.extend(hits.iter().map(|&h| (toks_offset(&toks, i), h)));
                i += n;
                continue;
            }
            let after_i = toks.get(i + 1).is_some_and(|t| t.key == "i");
            let body = toks.get(i).map(|t| t.key.as_str()).unwrap_or_default();
            let names = if KOMMUN_BODIES.contains(&body) {
                Some(&self.kommun_names)
            } else if REGION_BODIES.contains(&body) {
                Some(&self.region_names)
            } else {
                None
            };
            if let Some(names) = names.filter(|_| after_i)
                && let Some((n, hits)) = self.longest(names, &toks, i + 2)
            {
                found.extend(hits.iter().map(|&h| (toks_offset(&toks, i), h)));
                i += 2 + n;
                continue;
            }
            i += 1;
        }
        found.sort_by_key(|&(offset, _)| offset);
        let mut out: Vec<usize> = Vec::new();
        for (_, e) in found {
            if !out.contains(&e) {
                out.push(e);
            }
        }
        out
    }

    /// Coordinated lists of kommun names before "kommun(er)": "Götene,
    /// Lidköping och Skara kommuner" names all three, not only Skara, so a
    /// joint document is not taken for one kommun's. Names are read
    /// backwards from the head word, joined by commas and one "och" (or
    /// "samt", "eller"); at least two names make a list.
    fn lists(&self, text: &str, toks: &[Token<'_>], found: &mut Vec<(usize, usize)>) {
        for (j, head) in toks.iter().enumerate() {
            if !LIST_HEADS.contains(&head.key.as_str()) {
                continue;
            }
            let mut names: Vec<(usize, Vec<usize>)> = Vec::new();
            let mut end = j;
            let mut joined_by_and = false;
            while let Some((start, hits)) = self.name_ending_at(toks, end) {
                names.push((start, hits));
                // What joins this name to the one before it.
                let Some(prev) = start.checked_sub(1).and_then(|p| toks.get(p)) else {
                    break;
                };
                if LIST_AND.contains(&prev.key.as_str()) && !joined_by_and && names.len() == 1 {
                    joined_by_and = true;
                    end = start - 1;
                } else if joined_by_and
                    && toks.get(start).is_some_and(|cur| {
                        text.get(prev.offset + prev.text.len()..cur.offset)
                            .is_some_and(|gap| gap.trim() == ",")
                    })
                {
                    end = start;
                } else {
                    break;
                }
            }
            if names.len() >= 2 && joined_by_and {
                for (start, hits) in names.iter().rev() {
                    let at = toks_offset(toks, *start);
                    found.extend(hits.iter().map(|&h| (at, h)));
                }
            }
        }
    }

    /// The longest kommun name (short name, or its genitive) whose last word
    /// is just before token `end`, with the index of its first word.
    fn name_ending_at(&self, toks: &[Token<'_>], end: usize) -> Option<(usize, Vec<usize>)> {
        (1..=self.max_words.min(end)).rev().find_map(|n| {
            let start = end - n;
            self.exact_words(&self.kommun_names, toks, start, n)
                .map(|(_, hits)| (start, hits))
        })
    }

    /// "Kommun: Solna", "Organisation: Region Skåne", "Region: Skåne": a
    /// line whose label names the organisation and whose whole value is a
    /// name the directory knows.
    fn labels(&self, dir: &Directory, text: &str, found: &mut Vec<(usize, usize)>) {
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let here = offset;
            offset += line.len();
            let Some((label, value)) = line
                .trim()
                .trim_start_matches('|')
                .split_once([':', '\t', '|'])
            else {
                continue;
            };
            let label = fold(label);
            if !ORG_LABELS.contains(&label.as_str()) {
                continue;
            }
            let value = value.trim().trim_matches('|').trim();
            let hits: Vec<usize> = if matches!(label.as_str(), "region" | "landsting") {
                // "Region: Stockholm" is Region Stockholm, not the kommun.
                let words = tokens(value);
                let by_region_name = self
                    .region_names
                    .get(&key(value))
                    .map(|f| entries_of(f, &written(&words)))
                    .unwrap_or_default();
                if by_region_name.is_empty() {
                    dir.lookup_indices(value)
                        .iter()
                        .copied()
                        .filter(|&i| dir.entries.get(i).is_some_and(Entry::is_region))
                        .collect()
                } else {
                    by_region_name
                }
            } else {
                dir.lookup_indices(value).to_vec()
            };
            if let [one] = hits.as_slice() {
                found.push((here, *one));
            }
        }
    }

    /// The longest key of `map` starting at token `at` (the last word may
    /// carry a genitive -s: "Region Skånes", "Solna stads"), with the
    /// number of words it spans.
    fn longest(
        &self,
        map: &HashMap<String, Vec<Form>>,
        toks: &[Token<'_>],
        at: usize,
    ) -> Option<(usize, Vec<usize>)> {
        (1..=self.max_words)
            .rev()
            .find_map(|n| self.exact_words(map, toks, at, n))
    }

    /// The key of `map` that is exactly the `n` words from token `at`
    /// (the last word may carry a genitive -s), capitalised as a name.
    fn exact_words(
        &self,
        map: &HashMap<String, Vec<Form>>,
        toks: &[Token<'_>],
        at: usize,
        n: usize,
    ) -> Option<(usize, Vec<usize>)> {
        let words = toks.get(at..at + n)?;
        let joined = words
            .iter()
            .map(|t| t.key.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let hit = map.get(&joined).or_else(|| {
            joined
                .strip_suffix('s')
                .filter(|k| k.len() >= 3)
                .and_then(|k| map.get(k))
        });
        hit.filter(|_| is_capitalised(words))
            .map(|hit| (n, entries_of(hit, &written(words))))
    }
}

fn toks_offset(toks: &[Token<'_>], i: usize) -> usize {
    toks.get(i).map_or(usize::MAX, |t| t.offset)
}

/// Whether the first word of a name that is not a generic word ("Region",
/// "kommun", "län") starts with a capital letter as written.
fn is_capitalised(words: &[Token<'_>]) -> bool {
    words
        .iter()
        .find(|t| !GENERIC_WORDS.contains(&t.key.as_str()))
        .and_then(|t| t.text.chars().next())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}
