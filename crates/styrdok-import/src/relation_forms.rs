//! Forms of relation sentences beyond the plain `<this document> ersätter
//! X` that [`crate::relations::scan`] reads: who the subject is when it is
//! not the first words (a demonstrative with another kind word, an inverted
//! order after an adverbial, a subject after `att`, a verb written as a
//! label in the middle of a flattened line), and whether a passive sentence
//! about another document (`X upphävs härmed`, `X upphör att gälla när denna
//! policy antas`) is tied to this document at all. Each returns `None` or
//! `false` when unsure: a relation not read is better than one invented.

use styrdok_core::DocumentKind;
use styrdok_core::text::fold;

use crate::lexicon;
use crate::structure::{Unit, UnitKind, now_made, self_ref_len};

/// `Denna IT-plan`, `Detta reviderade program`: a singular demonstrative
/// (not `den`/`det`, which also point back to another document, nor
/// `dessa`, which often points back to documents just named: `… kompletteras
/// av riktlinjer. Dessa riktlinjer …`) with a document kind word names the
/// document that writes it, whatever kind it was read as (a strategy
/// calling itself a plan). The byte length of the reference.
pub(crate) fn demonstrative_self(s: &str) -> Option<usize> {
    let s = s.trim_start();
    let lead = s.len() - s.trim_start().len();
    let mut ws = words(s);
    let (_, first) = ws.next()?;
    if !["denna", "detta"].contains(&fold(first).as_str()) {
        return None;
    }
    let mut next = ws.next()?;
    for _ in 0..2 {
        if now_made(&fold(next.1), lexicon::NOW_MADE_IN_RELATIONS) {
            next = ws.next()?;
        }
    }
    let (at, w) = next;
    let w = w.trim_end_matches([',', ':']);
    let f = fold(w);
    (DocumentKind::recognize_compound(w).is_some()
        || f.starts_with("dokument")
        || f.starts_with("styrdokument"))
    .then_some(lead + at + w.len())
}

/// Words with their byte offsets.
fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

/// A reference to this document at the start of `s`: the reading the rest
/// of the importer shares ([`self_ref_len`]), or a demonstrative with any
/// kind word ([`demonstrative_self`]).
pub(crate) fn self_reference(
    s: &str,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) -> Option<usize> {
    self_ref_len(s, kind, title)
        .or_else(|| demonstrative_self(s))
        .or_else(|| title.and_then(|t| paraphrased_title(s, t)))
        .or_else(|| title.and_then(|t| shortened_title(s, t)))
}

/// This document named by its title with one compound cut to its last part
/// (`Regler för resor vid Umeå universitet …` under the title `Regler för
/// tjänsteresor vid Umeå universitet`, tune3's Umeå universitet): see
/// [`one_compound_cut`]. The byte length of the reference at the start of
/// `s`.
pub(crate) fn shortened_title(s: &str, title: &str) -> Option<usize> {
    let title_words: Vec<String> = title.split_whitespace().map(letters).collect();
    let ws: Vec<(usize, &str)> = words(s).take(title_words.len()).collect();
    let folded: Vec<String> = ws.iter().map(|(_, w)| letters(w)).collect();
    if !one_compound_cut(&folded, &title_words) {
        return None;
    }
    let (at, w) = ws.last()?;
    Some(s.len() - s.trim_start().len() + at + w.trim_end_matches([',', '.', ':']).len())
}

/// Whether `name` is `title` (both folded words) with one compound cut to
/// its last part or one word lengthened to a compound: every other word the
/// same, in order, the title at least four words long, the shorter word at
/// least four letters.
pub(crate) fn one_compound_cut(name: &[String], title: &[String]) -> bool {
    if title.len() < 4 || name.len() != title.len() {
        return false;
    }
    let mut cut = 0;
    for (f, t) in name.iter().zip(title) {
        if f == t {
            continue;
        }
        let (long, short) = if f.len() < t.len() { (t, f) } else { (f, t) };
        if short.chars().count() < 4 || !long.ends_with(short.as_str()) {
            return false;
        }
        cut += 1;
    }
    cut == 1
}

/// The folded letters and digits of `w` (`IT-policy` → `itpolicy`).
fn letters(w: &str) -> String {
    fold(w).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Prepositions that join a kind word to its subject in a title written
/// out (`Policy för informationssäkerhet`, `Riktlinjer om lön`).
const TITLE_PREPOSITIONS: [&str; 4] = ["for", "om", "kring", "avseende"];

/// A title written as one compound, folded, its words run together:
/// `Policy för informationssäkerhet` → `informationssakerhetspolicy`
/// (the joining `s` optional), or `None` when it is not `<kind word>
/// <preposition> <subject of at most three words>`.
fn compound_of(words: &[&str]) -> Option<(String, String)> {
    let [head, prep, rest @ ..] = words else {
        return None;
    };
    if !TITLE_PREPOSITIONS.contains(&fold(prep).as_str())
        || rest.is_empty()
        || rest.len() > 3
        || DocumentKind::recognize(head).is_none()
    {
        return None;
    }
    let subject: String = rest.iter().map(|w| letters(w)).collect::<String>();
    let head = letters(head);
    Some((format!("{subject}{head}"), format!("{subject}s{head}")))
}

/// This document named by its title written the other way (`Policy för
/// informationssäkerhet …` under the title `Informationssäkerhetspolicy`,
/// `Informationssäkerhetspolicyn …` under `Policy för
/// informationssäkerhet`): a compound and its written-out form are one
/// name. The byte length of the reference at the start of `s`.
pub(crate) fn paraphrased_title(s: &str, title: &str) -> Option<usize> {
    let s = s.trim_start();
    let lead = s.len() - s.trim_start().len();
    let title_words: Vec<&str> = title.split_whitespace().collect();
    let ws: Vec<(usize, &str)> = words(s).take(5).collect();
    // The title one compound, the text written out.
    if let [one] = title_words.as_slice() {
        let t = letters(one);
        for n in 3..=ws.len() {
            let phrase: Vec<&str> = ws.iter().take(n).map(|(_, w)| *w).collect();
            if let Some((a, b)) = compound_of(&phrase)
                && (a == t || b == t)
            {
                let (at, w) = ws.get(n - 1)?;
                return Some(lead + at + w.trim_end_matches([',', '.', ':']).len());
            }
        }
        return None;
    }
    // The title written out, the text one compound (maybe definite).
    let (a, b) = compound_of(&title_words)?;
    let (at, w) = ws.first()?;
    let f = letters(w);
    let same = |c: &str| {
        f.strip_prefix(c)
            .is_some_and(|e| e.is_empty() || styrdok_core::text::DEFINITE_ENDINGS.contains(&e))
    };
    (same(&a) || same(&b)).then(|| lead + at + w.trim_end_matches([',', '.', ':']).len())
}

/// Folded adverbials that tie what a sentence says to the decision on this
/// document (`Härmed upphävs …`, `X upphör därmed att gälla`, `I och med
/// detta beslut …`, `Från och med 2021-01-01 ersätter …`).
const LINKS: [&str; 10] = [
    "harmed",
    "darmed",
    "samtidigt",
    "harigenom",
    "darigenom",
    "i och med",
    "i samband med",
    "fran och med",
    "fr.o.m",
    "genom detta beslut",
];

fn starts_with_link(f: &str) -> bool {
    LINKS.iter().any(|l| {
        f.strip_prefix(l)
            .is_some_and(|r| r.is_empty() || r.starts_with([' ', ',', '.']))
    })
}

/// Whether the text before a relation verb is only an adverbial, so the
/// subject follows the verb (`Härmed ersätter denna policy …`, `Från och
/// med 1 januari 2021 upphäver detta reglemente …`): empty, or a link
/// adverbial of at most eight words naming no document.
pub(crate) fn adverbial_only(before: &str) -> bool {
    let b = before.trim().trim_end_matches(',');
    let f = fold(b);
    f.is_empty()
        || (starts_with_link(&f)
            && f.split_whitespace().count() <= 8
            && !b.split_whitespace().any(|w| {
                DocumentKind::recognize_compound(w.trim_matches(|c: char| !c.is_alphanumeric()))
                    .is_some()
            }))
}

/// `X härmed`, `Samtidigt X`: the document without the link adverbials
/// around it.
pub(crate) fn without_links(s: &str) -> &str {
    let mut s = s.trim();
    loop {
        let f = fold(s);
        let Some(l) = LINKS.iter().find(|l| {
            f.strip_prefix(*l)
                .is_some_and(|r| r.starts_with([' ', ',']))
        }) else {
            break;
        };
        // The folded link has as many bytes as written unless a letter
        // changed length; then keep the text.
        match s.get(l.len()..) {
            Some(r) if s.get(..l.len()).is_some_and(|h| fold(h) == *l) => {
                s = r.trim_start_matches([',', ' ']);
            }
            _ => break,
        }
    }
    for l in LINKS {
        let f = fold(s);
        if let Some(head) = f.strip_suffix(l)
            && head.ends_with(' ')
            && let Some(h) = s.get(..head.len())
        {
            s = h.trim_end().trim_end_matches(',');
        }
    }
    s
}

/// `Gällande reglemente för miljö- och räddningsnämnden (antaget …) upphör
/// att gälla.` in a reglemente (Tanum `blind117/`): the version in force of
/// this document's own kind, ended with nothing after the verb, is ended by
/// this document's adoption — its closing provision — though no word ties
/// it to this one. `Taxan för parkering upphör att gälla vid årsskiftet`
/// (no word of the version in force, a time after the verb) is not.
pub(crate) fn in_force_version_ends(
    before: &str,
    after: &str,
    kind: Option<&DocumentKind>,
) -> bool {
    let f = fold(before.trim());
    let Some(rest) = ["gallande ", "nu gallande ", "tidigare ", "nuvarande "]
        .iter()
        .find_map(|p| f.strip_prefix(p))
    else {
        return false;
    };
    let head = rest
        .split_whitespace()
        .next()
        .and_then(DocumentKind::recognize_compound);
    kind.is_some_and(|k| head.as_ref() == Some(k))
        && fold(after).trim().trim_end_matches('.').trim_end() == "att galla"
}

/// Whether a sentence about another document (`X upphävs`, `X upphör att
/// gälla`) is tied to this one: a link adverbial after the verb (`X
/// upphävs härmed`), or a reference to this document after it (`… när
/// denna policy antas`, `… i och med att riktlinjerna fastställs`).
pub(crate) fn tied_to_this(after: &str, kind: Option<&DocumentKind>, title: Option<&str>) -> bool {
    let f = fold(after);
    if f.split_whitespace().take(3).any(|w| {
        LINKS
            .iter()
            .any(|l| !l.contains(' ') && w.trim_end_matches([',', '.']) == *l)
    }) || f.contains("i och med") && f.contains("beslut")
    {
        return true;
    }
    words(after).any(|(at, _)| self_reference(after.get(at..).unwrap_or(""), kind, title).is_some())
}

/// `Observera att dessa riktlinjer kan behövas …`, `Det innebär att den
/// nya policyn ersätter …`: the subject after the last `att` of the text
/// before the verb, when a reference to this document starts there.
pub(crate) fn subject_after_att(
    before: &str,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) -> bool {
    let Some(i) = fold(before).rfind(" att ") else {
        return false;
    };
    // Folding keeps byte offsets for the ASCII `att`; a changed letter
    // before it makes the slice miss and the reading abstain.
    let rest = before.get(i + 5..).unwrap_or("");
    self_reference(rest, kind, title)
        .is_some_and(|l| rest.get(l..).unwrap_or("").split_whitespace().count() <= 4)
}

/// `… Fastställd av nämnden Ersätter Riktlinje Skolskjuts i X kommun.`:
/// a capitalised relation verb in the middle of a flattened metadata line,
/// followed by a cited document (a capitalised kind word, or `beslut`), is
/// a label about this document. So is one opening a sentence (`… gäller
/// från 2020. Ersätter tidigare riktlinjer för X.`: a Swedish statement
/// does not open with its verb), its object a lower-case word too. A table
/// header (`Sida Ersätter Utbytt den`) is not: its next word names no
/// document.
pub(crate) fn label_in_line(verb_as_written: &str, before: &str, after: &str) -> bool {
    let capital = verb_as_written.starts_with(char::is_uppercase)
        && verb_as_written.chars().skip(1).all(char::is_lowercase);
    let b = before.trim_end();
    // `Ersätter dessutom följande riktlinjer: …` (Norrköping blind39): a
    // link adverb stands before the object.
    let next = after
        .split_whitespace()
        .find(|w| !["dessutom", "även", "också", "härmed"].contains(&w.to_lowercase().as_str()))
        .unwrap_or("");
    let names_document = next.starts_with(char::is_uppercase)
        && (DocumentKind::recognize_compound(next.trim_end_matches([',', ':'])).is_some()
            || fold(next).starts_with("beslut"))
        // `… aktualitetsprövning Ersätter tidigare versioner KF 30 2013`:
        // a word saying an earlier document follows.
        || LABEL_OBJECT_WORDS.contains(&fold(next.trim_end_matches([',', ':'])).as_str())
        || owned_document_follows(after);
    let opens_sentence = b.is_empty() && next.starts_with(char::is_lowercase);
    capital && !b.ends_with(['.', ':', '!', '?']) && (names_document || opens_sentence)
}

/// `… Gäller från och med Ersätter Oskarshamns kommuns lokala föreskrifter
/// för …` (`blind79/`, tuned after its one run): an owner's name in the
/// genitive (capitalised, its first or second word ending in `s`), then
/// within four more words a
/// document's head noun — a built-in kind or one outside them
/// (`föreskrifter`, `ordning`).
fn owned_document_follows(after: &str) -> bool {
    let ws: Vec<&str> = after.split_whitespace().take(6).collect();
    // The genitive on the name or on the word after it (`Norrby kommuns`).
    let Some(g) = ws.iter().take(2).position(|w| w.ends_with('s')) else {
        return false;
    };
    ws.first()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && ws.iter().skip(g + 1).take(4).any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            DocumentKind::recognize_compound(w).is_some()
                || crate::structure::other_kind_noun(&fold(w))
        })
}

/// The present-tense form the relation reader's cases use for a past or
/// perfect form of the same verb (folded): `ersattes`/`har ersatts` →
/// `ersatts`, `upphävdes`/`upphävts` → `upphavs`, `kompletterades`/
/// `kompletterats` → `kompletteras`, `upphävde`/`har upphävt` →
/// `upphaver`, `kompletterade`/`har kompletterat` → `kompletterar`,
/// `konkretiserades`/`konkretiserats` → `konkretiseras`,
/// `konkretiserade`/`har konkretiserat` → `konkretiserar`.
pub(crate) fn present_form(verb: &str) -> &str {
    match verb {
        "ersattes" => "ersatts",
        "upphavdes" | "upphavts" => "upphavs",
        "kompletterades" | "kompletterats" => "kompletteras",
        "upphavde" | "har upphavt" => "upphaver",
        "kompletterade" | "har kompletterat" => "kompletterar",
        "konkretiserades" | "konkretiserats" => "konkretiseras",
        "konkretiserade" | "har konkretiserat" => "konkretiserar",
        v => v,
    }
}

/// `X har ersatts av …`, `Policyn hade kompletterats …`: the text before a
/// passive verb without its auxiliary.
pub(crate) fn without_auxiliary(before: &str) -> &str {
    let b = before.trim_end();
    for aux in [" har", " hade", " har nu"] {
        if let Some(h) = b.strip_suffix(aux) {
            return h;
        }
    }
    before
}

/// `från och med 2021-01-01 Riktlinjer för …`, `2016 Parkprogrammet`: an
/// object after a time adverbial at its start; the object without it.
pub(crate) fn without_leading_time(object: &str) -> &str {
    let o = object.trim_start();
    let f = fold(o);
    let lead = [
        "fran och med den ",
        "fran och med ",
        "fr.o.m. ",
        "fr o m ",
        "per den ",
        "per ",
        "den ",
    ]
    .iter()
    .find(|p| f.starts_with(*p))
    .map_or(0, |p| p.chars().count());
    // Folding keeps the number of letters (`å` → `a`): the prefix's end
    // in the text as written.
    let at = o.char_indices().nth(lead).map_or(o.len(), |(i, _)| i);
    let rest = crate::re::part(o, at..);
    // A date, or a year alone (`kompletterades 2019 med …`).
    let year = rest.split_whitespace().next().filter(|w| {
        w.len() == 4
            && w.chars().all(|c| c.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"))
    });
    let range = match year {
        Some(y) => 0..y.len(),
        None => match crate::dates::find_dates(rest).into_iter().next() {
            Some(d) => d.range,
            None => return object,
        },
    };
    let next = crate::re::part(rest, range.end..).trim_start();
    // "kompletterades 2019 med X": the preposition after the date goes too.
    let next = ["med ", "av ", "genom "]
        .iter()
        .find_map(|p| next.strip_prefix(p))
        .unwrap_or(next);
    if range.start == 0 && next.starts_with(char::is_uppercase) {
        next
    } else {
        object
    }
}

/// Folded adverbials that name the decision on this document as the
/// occasion of another's end (`I och med denna policy upphör …`, `Genom
/// detta beslut upphävs …`), with the words that may follow them before
/// the reference.
const SELF_LINKS: [&str; 5] = ["i och med", "genom", "i samband med", "med", "efter"];

/// `I och med denna policy`, `Genom antagandet av dessa riktlinjer`,
/// `I samband med att detta reglemente antas`: an adverbial whose only
/// document is this one, so the sentence's subject follows the verb.
pub(crate) fn self_link(before: &str, kind: Option<&DocumentKind>, title: Option<&str>) -> bool {
    let b = before.trim().trim_end_matches(',');
    let f = fold(b);
    let Some(link) = SELF_LINKS
        .iter()
        .find(|l| f.strip_prefix(*l).is_some_and(|r| r.starts_with(' ')))
    else {
        return false;
    };
    let ws: Vec<(usize, &str)> = words(b).collect();
    let skip = link.split_whitespace().count();
    // The reference within three words of the link, at most three after it
    // (`antas`, `träder i kraft`).
    ws.iter().skip(skip).take(3).any(|&(at, _)| {
        let from = crate::re::part(b, at..);
        self_reference(from, kind, title).is_some_and(|l| {
            crate::re::part(from.trim_start(), l..)
                .split_whitespace()
                .count()
                <= 3
        })
    })
}

/// `Förslaget till ny policy ersätter …`, `Den föreslagna policyn
/// upphäver …`: a proposal of this document as the subject; what it states
/// is announced.
pub(crate) fn proposal_subject(before: &str) -> bool {
    let f = fold(before.trim());
    let n = f.split_whitespace().count();
    (1..=6).contains(&n)
        && (f.starts_with("forslaget")
            || ["den foreslagna ", "det foreslagna ", "de foreslagna "]
                .iter()
                .any(|p| f.starts_with(p)))
}

/// Whether the sentence at byte `a` of unit `ui` is a numbered point of a
/// proposed decision (`Förslag till beslut … 2. Strategin ersätter …`,
/// `Kommunstyrelsen föreslår … 1. …`): what it states is announced, not yet
/// decided. Reads back through the unit and the units before it to the
/// nearest heading (at most eight units).
pub(crate) fn proposed_point(units: &[Unit], ui: usize, a: usize) -> bool {
    let Some(u) = units.get(ui) else {
        return false;
    };
    let before = fold(crate::re::part(&u.joined.text, ..a));
    let numbered = before
        .trim_end()
        .strip_suffix(['.', ')'])
        .map(|b| {
            let digits = b.len() - b.trim_end_matches(|c: char| c.is_ascii_digit()).len();
            (1..=2).contains(&digits)
                && b.get(..b.len() - digits)
                    .and_then(|h| h.chars().last())
                    .is_none_or(char::is_whitespace)
        })
        .unwrap_or(false);
    if !numbered {
        return false;
    }
    let proposes = |f: &str| {
        f.contains("forslag till beslut") || f.contains("foreslar") || f.contains("s forslag till")
    };
    if proposes(&before) {
        return true;
    }
    for v in units
        .get(ui.saturating_sub(8)..ui)
        .unwrap_or(&[])
        .iter()
        .rev()
    {
        let f = fold(&v.joined.text);
        if proposes(&f) {
            return true;
        }
        if matches!(v.kind, UnitKind::Heading { .. }) {
            return false;
        }
    }
    false
}

/// Folded words that open the object of a relation verb written as a label
/// (`Ersätter tidigare versioner …`, `Upphäver följande dokument`): an
/// earlier document or decision follows, whatever its case.
const LABEL_OBJECT_WORDS: [&str; 10] = [
    "tidigare",
    "foregaende",
    "foljande",
    "dokument",
    "dokumentet",
    "styrdokument",
    "styrdokumentet",
    "beslut",
    "version",
    "versioner",
];

/// Folded words before an infinitive relation verb that make it an intent
/// not yet carried out (`Programmet kommer att ersätta …`, `avses
/// komplettera`); `ska ersätta` is the document's own statement.
pub(crate) fn announces(before: &str) -> bool {
    let f = fold(before.trim_end());
    ["kommer att", "avses", "planeras", "foreslas", "avser att"]
        .iter()
        .any(|w| f.ends_with(&format!(" {w}")))
}

/// `I den mån inte annat föreskrivs i detta reglemente gäller
/// bestämmelserna i X`, `Utöver detta reglemente gäller även
/// bestämmelserna i X`: a sentence naming this document whose rules are
/// completed by another's; the reference to this document anywhere before
/// the verb.
pub(crate) fn completed_by_rules_of(
    before: &str,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) -> bool {
    words(before).any(|(at, w)| {
        ["detta", "denna"].contains(&fold(w).as_str())
            && self_ref_len(before.get(at..).unwrap_or(""), kind, title).is_some()
    })
}

/// `X upphör att gälla`: the words after `upphör` that make it a repeal
/// (link adverbials may stand between), and where the object ends when
/// the subject follows the verb (`Samtidigt upphör X att gälla`).
pub(crate) fn ceases_to_apply(after: &str) -> Option<usize> {
    CEASES.find(after).map(|m| m.start())
}

static CEASES: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| crate::re::compile(r"(?i)\batt\s+gälla\b"));

/// Folded relation phrases added in the fifth round whose object must name
/// a document (see `relations::scan`).
pub(crate) const NEW_PHRASES: [&str; 20] = [
    "galler bestammelserna i",
    "galler aven bestammelserna i",
    "galler ocksa bestammelserna i",
    "ersatta",
    "upphava",
    "komplettera",
    "ersatte",
    "har ersatt",
    "galler i stallet for",
    "galler istallet for",
    "trader i stallet for",
    "som ett komplement till",
    "som komplement till",
    "ar en komplettering till",
    "ar en komplettering av",
    "utgor en komplettering till",
    "utgor en komplettering av",
    "ar ett tillagg till",
    "utgor ett tillagg till",
    "konkretisera",
];

/// `3. Regionfullmäktige upphäver …`, `Kommunstyrelsen ersätter …`: a
/// body (numbered or not) as the subject of `upphäver`/`ersätter`, as in a
/// decision's points.
pub(crate) fn body_decision(before: &str, verb: &str) -> bool {
    let mut b = before
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ')')
        .trim();
    // "Kommunfullmäktige beslutar att upphäva …": the infinitive after
    // the body's decision verb.
    if ["ersatta", "upphava"].contains(&verb) {
        let f = fold(b);
        let Some(n) = [" beslutar att", " beslutade att", " foreslas besluta att"]
            .iter()
            .find(|e| f.ends_with(*e))
            .map(|e| e.split_whitespace().count())
        else {
            return false;
        };
        // The body: the words before the decision verb's `n` words.
        let ws: Vec<(usize, &str)> = words(b).collect();
        b = match ws.len().checked_sub(n).and_then(|k| ws.get(k)) {
            Some(&(at, _)) => b.get(..at).unwrap_or("").trim_end(),
            None => return false,
        };
    }
    ["ersatter", "upphaver", "ersatta", "upphava"].contains(&verb)
        && !b.is_empty()
        && b.split_whitespace().count() <= 4
        && b.starts_with(char::is_uppercase)
        && crate::draft::classify_body(b).is_some()
}

/// `Som komplement till ägarpolicyn finns ägardirektiv och särskilda
/// direktiv`: a sentence opening with `som (ett) komplement till`, this
/// document named after it and `finns` (or `gäller`) next; the documents
/// that exist beside it, which complete it.
pub(crate) fn exists_beside<'a>(
    verb: &str,
    before: &str,
    after: &'a str,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) -> Option<&'a str> {
    if !before.trim().is_empty()
        || !["som ett komplement till", "som komplement till"].contains(&verb)
    {
        return None;
    }
    let after = after.trim_start();
    // The title's head noun bare (`till ägarpolicy finns` under `Ägarpolicy
    // för Sjöbo kommun`) names it here too.
    let first = after.split_whitespace().next().unwrap_or("");
    let bare_head = crate::structure::title_head(title).is_some_and(|h| h == fold(first))
        || kind.is_some() && DocumentKind::recognize_compound(first).as_ref() == kind;
    let l = self_reference(after, kind, title).or(bare_head.then_some(first.len()))?;
    let rest = after.get(l..)?.trim_start();
    ["finns ", "gäller "]
        .iter()
        .find_map(|v| rest.strip_prefix(v))
        .map(str::trim)
        .filter(|r| !r.is_empty())
}

/// `ägardirektiv och särskilda direktiv`: documents described in lower
/// case and coordinated, one item each (a capitalised item is a title,
/// which `relations::split_titles` reads).
pub(crate) fn described_items(s: &str) -> Vec<&str> {
    let s = s.trim().trim_end_matches('.');
    let mut items = vec![s];
    for sep in [", ", " och ", " samt "] {
        items = items
            .into_iter()
            .flat_map(|i| i.split(sep))
            .map(str::trim)
            .filter(|i| !i.is_empty())
            .collect();
    }
    if items.iter().all(|i| i.starts_with(char::is_lowercase)) {
        items
    } else {
        vec![s]
    }
}

/// `Policyn om hot och våld är framtagen av omsorg om … och är att se som
/// ett komplement till …`: a second predicate coordinated with `och`
/// shares the first one's subject, this document, however long the first
/// predicate (up to 40 words).
pub(crate) fn coordinated_with_self(
    before: &str,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) -> bool {
    let f = fold(before.trim_end());
    crate::lexicon::COORDINATED_PREDICATES
        .iter()
        .any(|e| f.strip_suffix(e).is_some_and(|h| h.ends_with(' ')))
        && before.split_whitespace().count() <= 40
        && self_reference(before, kind, title).is_some()
}

/// `… ett komplement till andra policys som finns i kommunen till exempel
/// Mål och visioner, Dokumenthantering, IT-regler`: a described set
/// followed by examples named with capitals; the examples, which name the
/// documents.
pub(crate) fn named_examples(object: &str) -> Option<&str> {
    let ws = crate::segment::words(object);
    let folded: Vec<String> = ws.iter().map(|(_, w)| fold(w)).collect();
    // The first word after the earliest marker ([`crate::lexicon::EXAMPLE_MARKERS`],
    // matched word by word, not at the start).
    let start = (1..ws.len()).find_map(|i| {
        crate::lexicon::EXAMPLE_MARKERS.iter().find_map(|m| {
            let mw: Vec<&str> = m.split_whitespace().collect();
            (folded.get(i..i + mw.len())? == mw.as_slice())
                .then(|| ws.get(i + mw.len()).map(|(o, _)| *o))
                .flatten()
        })
    })?;
    object
        .get(start..)
        .map(|r| r.trim_start_matches([':', ' ']))
        .filter(|r| r.starts_with(char::is_uppercase))
}

/// `Mål och visioner, Dokumenthantering, IT-regler och Riktlinjer för X`:
/// items split at each comma and at `och`/`samt` before a capital.
pub(crate) fn capitalised_items(list: &str) -> Vec<&str> {
    let list = list.trim().trim_end_matches(['.', ';']);
    // Where an `och`/`samt` before a capital splits `rest`: (start, end).
    let split_at = |rest: &str| {
        [" och ", " samt "]
            .iter()
            .filter_map(|sep| {
                rest.match_indices(sep)
                    .map(|(i, _)| (i, i + sep.len()))
                    .find(|&(_, end)| {
                        rest.get(end..)
                            .is_some_and(|r| r.starts_with(char::is_uppercase))
                    })
            })
            .min()
    };
    let mut items = Vec::new();
    for part in list.split(", ") {
        let mut rest = part;
        while let Some((start, end)) = split_at(rest) {
            items.push(rest.get(..start).unwrap_or(""));
            rest = rest.get(end..).unwrap_or("");
        }
        items.push(rest);
    }
    items
        .into_iter()
        .map(str::trim)
        .filter(|i| i.starts_with(char::is_uppercase))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_with_one_compound_cut() {
        let t = "Regler för tjänsteresor vid Norrby högskola";
        let s = "Regler för resor vid Norrby högskola utgör ett komplement till resepolicyn.";
        assert_eq!(
            shortened_title(s, t),
            Some("Regler för resor vid Norrby högskola".len())
        );
        // Two words changed, a short word, or a short title: none.
        assert_eq!(
            shortened_title("Regler för resor vid Norrby skola utgör", t),
            None
        );
        assert_eq!(
            shortened_title("Regler för or vid Norrby högskola", t),
            None
        );
        assert_eq!(
            shortened_title("Policy för resor", "Policy för tjänsteresor"),
            None
        );
        // The heading run into the sentence, the subject the cut name.
        let d = crate::import(
            "Regler för tjänsteresor vid Norrby högskola\n\n3 Regler för tjänsteresor vid Norrby högskola Regler för resor vid Norrby högskola utgör ett komplement till resepolicy för Norrby högskola.\n",
        );
        assert!(
            d.relations
                .iter()
                .any(|r| r.kind == crate::draft::RelationKind::Complements),
            "{:?}",
            d.relations
        );
    }

    #[test]
    fn a_title_written_the_other_way() {
        assert_eq!(
            paraphrased_title(
                "Policy för trafiksäkerhet utgår från",
                "Trafiksäkerhetspolicy"
            ),
            Some("Policy för trafiksäkerhet".len())
        );
        assert!(paraphrased_title("Policy för park kompletterar", "Parkpolicy").is_some());
        assert!(
            paraphrased_title(
                "Trafiksäkerhetspolicyn ersätter",
                "Policy för trafiksäkerhet"
            )
            .is_some()
        );
        assert!(paraphrased_title("Policy för miljö ersätter", "Trafiksäkerhetspolicy").is_none());
        assert!(paraphrased_title("Riktlinjer för park", "Parkpolicy").is_none());
        assert!(paraphrased_title("Parkpolicy", "Policy för parker i staden").is_none());
    }

    #[test]
    fn inflections_adverbials_and_proposals() {
        assert_eq!(present_form("ersattes"), "ersatts");
        assert_eq!(present_form("upphavts"), "upphavs");
        assert_eq!(present_form("har kompletterat"), "kompletterar");
        assert_eq!(present_form("ersatter"), "ersatter");
        assert_eq!(without_auxiliary("Regler för bad har "), "Regler för bad");
        assert_eq!(without_auxiliary("Regler för bad "), "Regler för bad ");
        assert_eq!(
            without_leading_time(" från och med 2021-01-01 Regler för bad"),
            "Regler för bad"
        );
        assert_eq!(
            without_leading_time("2019 med Regler för bad"),
            "Regler för bad"
        );
        assert_eq!(
            without_leading_time(" Regler för bad från 2019"),
            " Regler för bad från 2019"
        );
        assert_eq!(without_leading_time("2019 års regler"), "2019 års regler");
        assert!(self_link("I och med denna policy", None, None));
        assert!(self_link(
            "Genom antagandet av dessa riktlinjer",
            None,
            None
        ));
        assert!(!self_link("I och med den nya lagen", None, None));
        assert!(!self_link("Genom nämndens beslut", None, None));
        assert!(proposal_subject("Förslaget till ny policy "));
        assert!(proposal_subject("Den föreslagna policyn"));
        assert!(!proposal_subject("Nämndens förslag"));
    }

    #[test]
    fn a_numbered_point_of_a_proposed_decision() {
        let units_of = |t: &str| {
            let p = crate::pre::prepare(t);
            crate::structure::units(&p, &vec![false; p.lines.len()], None)
        };
        let u = units_of(
            "Förslag till beslut\n\nNämndens förslag till fullmäktige\n\n2. Planen ersätter Plan för parker.\n",
        );
        let last = u.len() - 1;
        assert!(proposed_point(&u, last, 3));
        // Not numbered, or no proposal before the heading.
        assert!(!proposed_point(&u, last, 0));
        let u = units_of("Beslut\n\n2. Planen ersätter Plan för parker.\n");
        assert!(!proposed_point(&u, u.len() - 1, 3));
    }

    #[test]
    fn demonstratives_with_any_kind_word() {
        assert_eq!(demonstrative_self("Denna IT-plan ersätter"), Some(13));
        assert!(demonstrative_self("Detta reviderade program gäller").is_some());
        assert!(demonstrative_self("Dessa riktlinjer kan").is_none());
        assert!(demonstrative_self("Denna fråga").is_none());
        assert!(demonstrative_self("Den plan som").is_none());
    }

    #[test]
    fn adverbials_before_an_inverted_subject() {
        assert!(adverbial_only("Härmed"));
        assert!(adverbial_only("Från och med den 1 januari 2021,"));
        assert!(adverbial_only(""));
        assert!(!adverbial_only("Riktlinjer för resor"));
        assert!(!adverbial_only("Samtidigt med policyn"));
        assert_eq!(
            without_links("Samtidigt Regler för e-post"),
            "Regler för e-post"
        );
        assert_eq!(
            without_links("Regler för e-post härmed"),
            "Regler för e-post"
        );
    }

    #[test]
    fn ties_to_this_document() {
        assert!(tied_to_this(" härmed.", None, None));
        assert!(tied_to_this(
            " att gälla när denna policy antas",
            None,
            None
        ));
        assert!(!tied_to_this(" att gälla 2025-12-31", None, None));
        assert!(subject_after_att(
            "Observera att dessa riktlinjer kan behövas",
            None,
            None
        ));
        assert!(!subject_after_att("Nämnden beslutade att", None, None));
    }

    #[test]
    fn a_verb_as_a_label_mid_line() {
        assert!(label_in_line(
            "Ersätter",
            "Fastställd av nämnden",
            " Riktlinje Resor i Norrby kommun."
        ));
        assert!(!label_in_line("Ersätter", "Sida", " Utbytt den Sign"));
        assert!(!label_in_line("ersätter", "Policyn", " Riktlinje för X"));
        assert!(label_in_line(
            "Ersätter",
            "antagna den 26 november ",
            " dessutom följande riktlinjer: Plan för X"
        ));
        assert!(!label_in_line(
            "Ersätter",
            "antagna ",
            " dessutom kostnaderna"
        ));
        assert!(!label_in_line("Ersätter", "Avtal.", " Riktlinje för X"));
        assert!(label_in_line("Ersätter", "", " tidigare riktlinjer för X."));
        assert!(label_in_line("Upphäver", "", " Regler för X."));
        assert!(!label_in_line("Ersätter", "", " Utbytt den"));
        assert!(label_in_line(
            "Ersätter",
            "Tidpunkt för aktualitetsprövning",
            " tidigare versioner KF 12 2010"
        ));
        assert!(!label_in_line("Ersätter", "Sida", " datum"));
        assert_eq!(ceases_to_apply(" Regler för X att gälla."), Some(15));
        assert!(body_decision("3. Regionfullmäktige", "upphaver"));
        assert!(body_decision("Kommunstyrelsen", "ersatter"));
        assert!(!body_decision("Policyn", "ersatter"));
        assert!(!body_decision("Kommunstyrelsen", "kompletterar"));
        assert!(body_decision("Kommunfullmäktige beslutar att", "upphava"));
        assert!(!body_decision("Kommunfullmäktige", "upphava"));
        assert!(completed_by_rules_of(
            "I den mån inte annat föreskrivs i detta reglemente",
            None,
            None
        ));
        assert!(!completed_by_rules_of("För nämnden", None, None));
    }
}
