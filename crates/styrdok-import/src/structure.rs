//! Blocks (headings, paragraphs, bullet items), sections, sentences, and the
//! ways a document refers to itself.

use std::sync::LazyLock;

use regex::Regex;
use styrdok_core::text::{fold, slugify};
use styrdok_core::{DocumentKind, OrgKind};

use crate::lexicon;
use crate::pre::{Joined, Prepared, bullet_text, numbered};

/// What a block is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum UnitKind {
    /// A heading; `number` when numbered.
    Heading {
        /// The number without a trailing dot.
        number: Option<String>,
    },
    /// Running text.
    Para,
    /// One bullet item with its wrapped lines.
    Bullet,
}

/// A block of text.
#[derive(Debug, Clone)]
pub(crate) struct Unit {
    /// Heading, paragraph or bullet.
    pub(crate) kind: UnitKind,
    /// The text, joined, with the map to original lines.
    pub(crate) joined: Joined,
    /// The id of the section the block is in.
    pub(crate) section: Option<String>,
    /// Inside a description of document kinds in general ("POLICY – antas
    /// av kommunfullmäktige …"): says nothing about this document.
    pub(crate) generic: bool,
}

static KIND_DEF: LazyLock<Regex> = LazyLock::new(|| {
    let mut verbs = crate::lexicon::adoption_forms(false, false, true);
    verbs.extend(["tas fram", "upprättas"]);
    crate::re::compile(&format!(
        r"(?i)^(\p{{L}}[\p{{L}}-]*)\s*[-–—:]\s*{}\b",
        crate::lexicon::alternation(&verbs)
    ))
});

/// Whether a line introduces a description of a document kind in general
/// ("POLICY – antas av kommunfullmäktige").
pub(crate) fn is_kind_definition(line: &str) -> bool {
    KIND_DEF
        .captures(line)
        .and_then(|c| c.get(1))
        .is_some_and(|w| DocumentKind::recognize(w.as_str()).is_some())
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['.', '!', '?', ':', ';'])
}

fn first_word(s: &str) -> &str {
    s.split_whitespace().next().unwrap_or("")
}

/// Whether a word is written in capitals: it has a letter and no
/// lower-case one (`RIKTLINJER`, `FÖRFATTNINGSSAMLING`, `59-2008` is not).
pub(crate) fn all_caps(w: &str) -> bool {
    w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
}

fn is_caps_abbrev(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2
        && letters.iter().all(|c| c.is_uppercase())
        && w.chars().next().is_some_and(|c| c.is_alphabetic())
}

/// Words a sentence or heading never ends with.
const FUNCTION_WORDS: [&str; 22] = [
    "och", "eller", "samt", "för", "av", "till", "med", "på", "i", "om", "som", "att", "en", "ett",
    "den", "det", "de", "vid", "från", "inom", "under", "mellan",
];

/// A list item's text: a bullet ([`bullet_text`]), or a dash run into a
/// capitalised word ("-Vara tillräckligt detaljerad", a Word list whose
/// first item lost its space) — not a negative number or a year ("-2018").
fn item_text(t: &str) -> Option<&str> {
    bullet_text(t).or_else(|| {
        let rest = t.strip_prefix(['-', '–'])?;
        let mut c = rest.chars();
        let glued = c.next().is_some_and(char::is_uppercase)
            && c.next().is_some_and(char::is_lowercase)
            && rest.split_whitespace().count() >= 2;
        glued.then_some(rest)
    })
}

/// Whether `next` continues the wrapped block whose text so far is `prev`.
fn continues(prev: &str, next: &str) -> bool {
    if item_text(next).is_some() {
        return false;
    }
    let c = next.chars().next();
    if crate::pre::date_broken(prev, next) {
        return true;
    }
    if prev.trim_end().ends_with('-') && c.is_some_and(|c| c.is_lowercase()) {
        return true;
    }
    if c.is_some_and(|c| c.is_lowercase() || c == '(' || c == '[') {
        return true;
    }
    let last = prev
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    if FUNCTION_WORDS.contains(&last.as_str()) {
        return true;
    }
    !ends_sentence(prev) && is_caps_abbrev(first_word(next)) && next.split_whitespace().count() <= 3
}

/// A numbered-heading sequence check: `n` must come after `prev`.
fn number_after(prev: &[u32], n: &[u32]) -> bool {
    if prev.is_empty() {
        return n.first().is_some_and(|&f| f <= 2);
    }
    let top_ok = n
        .first()
        .is_some_and(|&f| prev.first().is_some_and(|&p| f <= p.saturating_add(1)));
    top_ok && n > prev
}

fn parse_number(n: &str) -> Vec<u32> {
    n.split('.').filter_map(|p| p.parse().ok()).collect()
}

/// Builds the blocks; `consumed` lines (metadata) are treated as blank and
/// end any generic block.
pub(crate) fn units(p: &Prepared<'_>, consumed: &[bool], title_line: Option<usize>) -> Vec<Unit> {
    let lines: Vec<&str> = p
        .lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if consumed.get(i).copied().unwrap_or(false) {
                ""
            } else {
                l.text.as_str()
            }
        })
        .collect();
    let line = |j: usize| lines.get(j).copied().unwrap_or("");
    // A line the text before must not be joined to (see `pre::Line`).
    let hard_at = |j: usize| p.lines.get(j).is_some_and(|l| l.hard_break);
    // A metadata line the block would skip: the text on either side is not
    // one run of lines, so it is never joined across.
    let is_consumed = |j: usize| consumed.get(j).copied().unwrap_or(false);
    // Between the end of a block and its next line `n` (blank or consumed
    // lines skipped): a hard break or a consumed line anywhere there stops
    // the block.
    let hard_between = |from: usize, n: usize| (from..=n).any(|j| hard_at(j) || is_consumed(j));
    let hard = hard_at;
    let next_nonblank = |from: usize| (from..lines.len()).find(|&j| !line(j).is_empty());
    let mut out: Vec<Unit> = Vec::new();
    let mut section: Option<String> = None;
    let mut last_number: Vec<u32> = Vec::new();
    let mut generic = false;
    let mut blank_before = true;
    let mut prev_text_end = String::new();
    let mut i = 0;
    // A heading block at line `i`, then the state after a heading: the
    // section it opens, whether it describes kinds in general, a sentence
    // ended, the next line.
    macro_rules! push_heading {
        ($number:expr, $text:expr, $section:expr, $generic:expr) => {{
            section = Some($section);
            generic = $generic;
            out.push(Unit {
                kind: UnitKind::Heading { number: $number },
                joined: Joined::single($text, i),
                section: section.clone(),
                generic,
            });
            blank_before = true;
            prev_text_end = ".".into();
            i += 1;
            continue;
        }};
    }
    while i < lines.len() {
        let t = line(i);
        if t.is_empty() {
            if consumed.get(i).copied().unwrap_or(false) {
                generic = false;
            }
            blank_before = true;
            i += 1;
            continue;
        }
        // The title line, and any front matter above it (a letterhead,
        // "Styrdokument"), is not a section.
        if title_line.is_some_and(|tl| i <= tl) {
            blank_before = true;
            prev_text_end = ".".into();
            i += 1;
            continue;
        }
        // Bullet item with its continuation lines.
        if let Some(b) = item_text(t) {
            let mut j = Joined::single(b, i);
            let mut k = i + 1;
            while let Some(n) = next_nonblank(k) {
                if numbered(line(n)).is_some_and(|(num, h)| {
                    number_after(&last_number, &parse_number(num)) && heading_like(h)
                }) || !continues(&j.text, line(n))
                    || hard_between(k, n)
                {
                    break;
                }
                j.push_line(line(n), n);
                k = n + 1;
            }
            prev_text_end = j.text.clone();
            out.push(Unit {
                kind: UnitKind::Bullet,
                joined: j,
                section: section.clone(),
                generic,
            });
            blank_before = false;
            i = k;
            continue;
        }
        // A paragraph-sign heading ("§ 1 Nämndens uppgifter"), as in
        // reglementen.
        if let Some(c) = PARA_HEADING.captures(t)
            && let Some(h) = c.get(1)
            && heading_like(h.as_str())
            && h.as_str().split_whitespace().count() <= 8
        {
            push_heading!(None, t, slugify(t), false);
        }
        // Numbered heading.
        if let Some((num, h)) = numbered(t) {
            let n = parse_number(num);
            if number_after(&last_number, &n) && heading_like(h) {
                last_number = n;
                push_heading!(Some(num.to_owned()), h, num.to_owned(), false);
            }
        }
        // Unnumbered heading.
        let next = next_nonblank(i + 1);
        let next_is_bullet = next.is_some_and(|n| item_text(line(n)).is_some());
        let next_continues = i + 1 < lines.len()
            && !line(i + 1).is_empty()
            && !hard(i + 1)
            && continues(t, line(i + 1))
            && !t.ends_with(['.', ':']);
        let kind_def = is_kind_definition(t);
        if kind_def
            || ((blank_before || ends_sentence(&prev_text_end))
                && heading_like(t)
                && !looks_like_metadata(t)
                && t.split_whitespace().count() <= 10
                && !t.contains(": ")
                && next.is_some()
                && !next_is_bullet
                && !next_continues)
        {
            push_heading!(None, t, slugify(t), kind_def);
        }
        // Paragraph.
        let mut j = Joined::single(t, i);
        let mut k = i + 1;
        loop {
            if k < lines.len() && !line(k).is_empty() {
                if hard(k) {
                    break;
                }
                let n = line(k);
                let is_heading = numbered(n).is_some_and(|(num, h)| {
                    number_after(&last_number, &parse_number(num)) && heading_like(h)
                }) || is_kind_definition(n);
                if item_text(n).is_some() || is_heading {
                    break;
                }
                if ends_sentence(&j.text)
                    && heading_like(n)
                    && n.split_whitespace().count() <= 10
                    && !(k + 1 < lines.len()
                        && !line(k + 1).is_empty()
                        && continues(n, line(k + 1)))
                    && next_nonblank(k + 1).is_some_and(|m| item_text(line(m)).is_none())
                {
                    // A heading right after a finished paragraph.
                    break;
                }
                j.push_line(n, k);
                k += 1;
                continue;
            }
            // After blank lines: only a lowercase wrap continues.
            match next_nonblank(k) {
                Some(n)
                    if !ends_sentence(&j.text)
                        && !hard_between(k, n)
                        && line(n).chars().next().is_some_and(|c| c.is_lowercase()) =>
                {
                    j.push_line(line(n), n);
                    k = n + 1;
                }
                _ => break,
            }
        }
        prev_text_end = j.text.clone();
        out.push(Unit {
            kind: UnitKind::Para,
            joined: j,
            section: section.clone(),
            generic,
        });
        blank_before = false;
        i = k;
    }
    out
}

static PARA_HEADING: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"^§\s*\d+[a-z]?\s+(\p{Lu}.*)$"));

static YEAR: LazyLock<Regex> = LazyLock::new(|| crate::re::compile(r"\b(19|20)\d\d\b"));

/// Whether an unnumbered line is a metadata statement rather than a heading:
/// an adoption line ("Fastställd av … § 245"), a validity line ("Gäller till
/// och med 31 december 2026"), or any line with a paragraph sign or a year.
fn looks_like_metadata(t: &str) -> bool {
    let f = fold(t);
    t.contains('§')
        || YEAR.is_match(t)
        || ADOPTION_START.is_match(t)
        || ["galler ", "giltig", "reviderad", "revideras", "senast "]
            .iter()
            .any(|p| f.starts_with(p))
}

/// Whether a line looks like a heading's text: short, no closing
/// punctuation, starting with a capital.
pub(crate) fn heading_like(h: &str) -> bool {
    let h = h.trim();
    let last = h
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    if FUNCTION_WORDS.contains(&last.as_str()) {
        return false;
    }
    // An exclamation of five words or more is a sentence (`Hot och våld
    // ska alltid anmälas, dokumenteras och utredas!`, Nacka `blind52/`);
    // a short one may head a web page's section (`Välkommen!`).
    let exclaimed = h.ends_with('!') && h.split_whitespace().count() >= 5;
    h.chars().count() <= 90
        && !exclaimed
        && !h.ends_with(['.', ',', ';', ':'])
        && h.chars().next().is_some_and(|c| c.is_uppercase())
        && !h.contains(", är ")
        && h.chars().any(|c| c.is_alphabetic())
}

pub(crate) static ADOPTION_START: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(&format!(
        r"(?i)^{}\s+av\b",
        crate::lexicon::alternation(&crate::lexicon::adoption_forms(true, false, false))
    ))
});

/// The title line: (line index, title text). The first line when it can be a
/// title; when it names no document kind (a letterhead, "Styrdokument"), a
/// following short line that does.
pub(crate) fn title_line(p: &Prepared<'_>, consumed: &[bool]) -> Option<(usize, String)> {
    let first = first_title_candidate(p, consumed)?;
    if kind_word(&first.1).is_some() {
        return Some(first);
    }
    // A generic first line ("Styrdokument", an administration's letterhead)
    // above a metadata block: the title is the first short line naming a
    // document kind among the next lines.
    let next: Vec<(usize, &str)> = p
        .lines
        .iter()
        .enumerate()
        .skip(first.0 + 1)
        .filter(|(i, l)| !l.text.is_empty() && !consumed.get(*i).copied().unwrap_or(false))
        .take(6)
        .map(|(i, l)| (i, l.text.as_str()))
        .collect();
    // Running text ends the look-ahead on a web page. Elsewhere a line
    // naming a kind below running text is a later heading (`Dagvattenpolicy`
    // under Härryda's page on dagvatten, `blind68/`; `Plan och rutiner`,
    // Hässleholm `blind47/`) unless it restates what the lines above it are
    // about (`Bisysslor` … `Riktlinjer för bisysslor`, Vindeln `blind17/`).
    let prose = next
        .iter()
        .position(|(_, t)| crate::title::running_text(t))
        .unwrap_or(next.len());
    let limit = if p.web_page || p.head_chrome {
        prose
    } else {
        next.len()
    };
    next.iter()
        .take(limit)
        .find(|(_, t)| {
            // Under a site's section heading (`Styrande dokument och
            // avtal`), a name whose head is a kind outside the vocabulary
            // (`Delegationsordning för …`) is the title too.
            let named = kind_word(t).is_some()
                || (section_heading(&first.1) && other_kind_head(t).is_some());
            named
                && title_shaped(t)
                && kind_label_line(t).is_none()
                && !crate::title::pointer_line(t)
                && !rules_section_heading(t)
        })
        .filter(|(i, t)| {
            next.get(prose).is_none_or(|(at, _)| i < at) || {
                let above: Vec<&str> = std::iter::once(first.1.as_str())
                    .chain(next.iter().take_while(|(j, _)| j < i).map(|(_, x)| *x))
                    .collect();
                restates(&above, t)
            }
        })
        .map(|(i, t)| (*i, (*t).to_owned()))
        .or(Some(first))
}

/// Whether a heading shares a word (other than a document kind's) with the
/// lines above it, however inflected: the page's subject restated as the
/// document's name (`Bisysslor` … `Riktlinjer för bisysslor`).
fn restates(above: &[&str], heading: &str) -> bool {
    let content = |t: &str| -> Vec<String> {
        styrdok_core::text::tokens(t)
            .map(|w| w.folded())
            .filter(|w| w.chars().count() >= 5 && kind_word(w).is_none())
            .collect()
    };
    let theirs: Vec<String> = above.iter().flat_map(|t| content(t)).collect();
    content(heading).iter().any(|w| {
        theirs.iter().any(|x| {
            x == w
                || styrdok_core::text::is_inflection_of(x, w)
                || styrdok_core::text::is_inflection_of(w, x)
        })
    })
}

/// Whether a line is a section heading over a document's first or last
/// rules, an adjective and the word for rules alone (`Inledande
/// bestämmelser`, Arvika `blind26/`; `Allmänna bestämmelser`, Landstinget
/// Kalmar `blind14/`): no document's name, though it names a kind.
fn rules_section_heading(t: &str) -> bool {
    let f = fold(t.trim());
    let w: Vec<&str> = f.split_whitespace().collect();
    matches!(
        w.as_slice(),
        [a, b] if [
            "inledande", "allmanna", "gemensamma", "ovriga", "avslutande", "slutliga",
            "sarskilda",
        ]
        .contains(a)
            && ["bestammelser", "regler", "foreskrifter"].contains(b)
    )
}

/// Whether a first line is a web site's section heading above the
/// documents it lists (`Styrande dokument`, `Styrande dokument och
/// avtal`: Karlstad `tune3/`, Göteborg `blind7/`, Göteborgsregionen
/// `tune3/` and `blind19/`), not a document's name.
pub(crate) fn section_heading(t: &str) -> bool {
    let f = fold(t.trim().trim_end_matches('.'));
    crate::lexicon::SECTION_HEADINGS.contains(&f.as_str())
}

/// The title as the document itself writes it, given the title line:
///
/// - a web page's title (the first line) restated by the document just
///   below it (`Lagring av info och dokument` / `Lagring av information och
///   dokument.`): the document's line;
/// - a page title that punctuates the name (`Reglemente. För kommunstyrelse
///   …`) when the document writes it without the full stop further down:
///   the document's spelling;
/// - a title wrapped onto the next line (`IT-SÄKERHETSPOLICY` /
///   `HÖGLANDSGEMENSAM`, `Strategi för digi-` / `tal utveckling`): both lines.
///
/// Returns the first and last line and the title.
pub(crate) fn title_as_the_document_writes_it(
    p: &Prepared<'_>,
    consumed: &[bool],
    line: usize,
    t: String,
) -> (usize, usize, String) {
    let text_of = |j: usize| p.lines.get(j).map_or("", |l| l.text.as_str());
    let free = |j: usize| !text_of(j).is_empty() && !consumed.get(j).copied().unwrap_or(false);
    let first_two = |s: &str| -> Vec<String> { s.split_whitespace().take(2).map(fold).collect() };
    let is_first_line = (0..line).all(|j| text_of(j).is_empty());
    if is_first_line {
        let words = |s: &str| s.split_whitespace().count();
        // A download button's quoted title is the store's name for the
        // file, not the document's own writing (`… för Norrby kommun 2015
        // 2019` under the page's `… för Norrby kommun`).
        let quoted = |j: usize| {
            p.orig
                .get(p.orig_line(j))
                .is_some_and(|o| crate::segment::quoted_by_chrome(o).is_some())
        };
        for j in (line + 1..p.lines.len()).filter(|&j| free(j)).take(1) {
            let cand = text_of(j).trim_end_matches('.').trim_end();
            if cand != t
                && !quoted(j)
                && !cand.contains(':')
                && first_two(cand) == first_two(&t)
                && first_two(&t).len() == 2
                && !cand.contains(',')
                && words(cand).abs_diff(words(&t)) <= 3
                && title_shaped(cand)
            {
                return (j, j, cand.to_owned());
            }
        }
    }
    // A full stop before a lower-case word (`IT-strategi. för. Norrby
    // kommun`) is extraction's, not the name's: the name as written below.
    let stop_before_lower = t
        .split(". ")
        .skip(1)
        .any(|part| part.starts_with(char::is_lowercase));
    if let Some((head, rest)) = t.split_once(". ")
        && (kind_label_line(head).is_some() || (stop_before_lower && kind_word(head).is_some()))
        && kind_word(rest.split_whitespace().next().unwrap_or("")).is_none()
    {
        let plain = if stop_before_lower {
            t.replace(". ", " ").to_lowercase()
        } else {
            format!("{head} {rest}").to_lowercase()
        };
        for j in (line + 1..p.lines.len().min(line + 40)).filter(|&j| free(j)) {
            let l = text_of(j);
            if let Some(at) = l.to_lowercase().find(&plain)
                && let Some(found) = l.get(at..at + plain.len())
            {
                return (j, j, found.to_owned());
            }
        }
    }
    let next = line + 1;
    if free(next) {
        let n = text_of(next);
        let caps = |s: &str| {
            s.chars().any(char::is_alphabetic)
                && s.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
        };
        let wrapped_caps = caps(&t)
            && caps(n)
            && n.split_whitespace().count() <= 4
            && !n.chars().any(|c| c.is_ascii_digit())
            && kind_label_line(n).is_none();
        let last = t
            .split_whitespace()
            .next_back()
            .unwrap_or("")
            .to_lowercase();
        // `Riktlinjer för … i` / `Norrby kommun`: a preposition before an
        // organisation's name on the next line.
        let org_line = {
            let ws: Vec<String> = n.split_whitespace().map(fold).collect();
            (2..=4).contains(&ws.len())
                && ws.last().is_some_and(|w| {
                    ["kommun", "stad", "region", "landsting", "kommunforbund"].contains(&w.as_str())
                })
                && n.starts_with(char::is_uppercase)
        };
        let wrapped_text = (t.ends_with('-') || FUNCTION_WORDS.contains(&last.as_str()))
            && (n.starts_with(char::is_lowercase)
                || (org_line && ["i", "för", "inom", "vid"].contains(&last.as_str())));
        if (wrapped_caps || wrapped_text) && title_shaped(n) {
            let mut joined = t.clone();
            crate::pre::join_into(&mut joined, n);
            return (line, next, joined);
        }
    }
    (line, line, t)
}

/// The title within a title line, a part of it: of `RIKTLINJER. Riktlinjer
/// för upphandling` the part that starts with a kind word; of `IT-strategi
/// 2010 SALEMS KOMMUN IT-STRATEGI` the words before an all-caps tail (a
/// letterhead run into the title); of `Riktlinje Informationssäkerhet
/// Landstinget Sörmland` the words before the organisation.
pub(crate) fn clean_title(t: &str) -> &str {
    let t = t.trim();
    // Parts separated by ". ": the one that is a titled document.
    if t.contains(". ") {
        let mut pos = 0;
        for (k, part) in t.split(". ").enumerate() {
            let start = pos;
            pos += part.len() + 2;
            if k == 0 || part.split_whitespace().count() < 2 {
                continue;
            }
            if kind_word(part.split_whitespace().next().unwrap_or("")).is_some() {
                return t
                    .get(start..start + part.len())
                    .unwrap_or(t)
                    .trim_end_matches('.');
            }
        }
    }
    let words: Vec<(usize, &str)> = t
        .split_whitespace()
        .scan(0usize, |pos, w| {
            let at = t.get(*pos..)?.find(w)? + *pos;
            *pos = at + w.len();
            Some((at, w))
        })
        .collect();
    // "Eskilstuna kommunkoncern Riktlinje för …": the organisation's
    // letterhead run into the title.
    for k in 1..=3usize {
        if let (Some((_, org)), Some(&(at, kw))) = (words.get(k - 1), words.get(k))
            && ["kommun", "kommunkoncern", "stad", "region", "landsting"]
                .contains(&fold(org).as_str())
            && kw.starts_with(char::is_uppercase)
            && kind_word(kw).is_some()
            && words.len() > k + 1
        {
            return t.get(at..).unwrap_or(t);
        }
    }
    let caps = |w: &str| {
        w.chars().any(char::is_alphabetic)
            && w.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    };
    let mixed = |w: &str| w.chars().any(char::is_lowercase);
    for k in 1..words.len().saturating_sub(1) {
        let (Some(head), Some(tail)) = (words.get(..k), words.get(k..)) else {
            continue;
        };
        if head.iter().any(|(_, w)| mixed(w))
            && tail.iter().all(|(_, w)| caps(w))
            && let Some(&(at, _)) = words.get(k)
        {
            return t.get(..at).unwrap_or(t).trim_end();
        }
    }
    // "… Landstinget Sörmland", "… Region Exempel" at the end, not after
    // "för"/"i": the organisation's letterhead, not the title.
    if let [.., (_, before), (at, org), (_, name)] = words.as_slice()
        && ["landstinget", "region", "regionen"].contains(&fold(org).as_str())
        && name.chars().next().is_some_and(char::is_uppercase)
        && !["for", "i", "inom"].contains(&fold(before).as_str())
        && words.len() >= 4
    {
        return t.get(..*at).unwrap_or(t).trim_end();
    }
    // "… för medarbetare Upplands-Bro kommun": the same with the
    // organisation's name first; one joined to another named before it
    // (`för Arvika kommun och Arvika kommunkoncern`, Arvika `blind19/`)
    // stays.
    // A name of two words after `för` (`för Upplands Väsby kommun`,
    // `blind145/`) stays too.
    let after_for = |w: &str| ["for", "i", "inom", "och"].contains(&fold(w).as_str());
    if let [.., (_, first), (_, before), (at, name), (_, org)] = words.as_slice()
        && ["kommun", "stad", "kommunkoncern"].contains(&fold(org).as_str())
        && name.chars().next().is_some_and(char::is_uppercase)
        && !after_for(before)
        && !(before.starts_with(char::is_uppercase) && after_for(first))
    {
        return t.get(..*at).unwrap_or(t).trim_end();
    }
    t
}

/// Whether a line could be a title: short, no closing punctuation, not a
/// date line, bullet, numbered heading or adoption line.
pub(crate) fn title_shaped(t: &str) -> bool {
    let words = t.split_whitespace().count();
    !(is_kind_definition(t)
        || address_labels(t)
        || ADOPTION_START.is_match(t)
        || crate::lexicon::SELF_REFERENCE_STARTS.contains(&first_word(t))
        || crate::dates::find_dates(t)
            .iter()
            .any(|d| d.date.is_exact())
        || bullet_text(t).is_some()
        || numbered(t).is_some()
        || words > 15
        || t.chars().count() > 120
        || t.ends_with(['.', ',', ';', ':'])
        || !(t.chars().next().is_some_and(|c| c.is_alphabetic()) || percentage_first(t)))
}

/// The longest web title read when a download button quotes it.
const DOWNLOAD_TITLE_MAX_WORDS: usize = 30;

/// Whether line `i`, too long to be title-shaped (more than 15 words or
/// 120 characters), is a document viewer's title that its download button
/// quotes word for word (`Fördelningsprinciper och prioriteringsordning
/// gällande tilldelning av tider i Skönvikshallen och kommunens
/// gymnastiklokaler` / `Download "Fördelningsprinciper …"`, Säter
/// `blind156/`): the name the site gives the document. Shaped as a title
/// in every other way, and one name: no full stop or colon inside it (a web
/// title whose line breaks became full stops is read elsewhere).
fn long_download_title(p: &Prepared<'_>, i: usize, t: &str) -> bool {
    let t = t.trim();
    let quoted = p
        .orig
        .iter()
        .take(20)
        .any(|o| crate::segment::quoted_by_chrome(o).is_some_and(|q| q == t));
    let words = t.split_whitespace().count();
    let shaped_apart_from_length = {
        // `title_shaped` on the first fifteen words only.
        let head: Vec<&str> = t.split_whitespace().take(15).collect();
        let head: String = head.join(" ").chars().take(120).collect();
        title_shaped(&head)
    };
    // A table's header row (`Rutin/Handling Media Original/Kopia
    // Förvaringsplats …`, Danderyd `blind18/`): capitalised words after
    // the first in more than a third of its words. A name's later words
    // are mostly lower case.
    let capitalised = t
        .split_whitespace()
        .skip(1)
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    i < 3
        && quoted
        && capitalised * 3 <= words
        && words <= DOWNLOAD_TITLE_MAX_WORDS
        && !t.contains(". ")
        && !t.split_whitespace().any(|w| w.ends_with(':'))
        && !t.ends_with(['.', ',', ';', ':'])
        && t.starts_with(char::is_uppercase)
        && shaped_apart_from_length
}

/// Whether a line opens with a percentage (`1 % till konsten`, Kristianstad
/// `blind37/`): a heading may, though no name starts with a digit.
fn percentage_first(t: &str) -> bool {
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    digits > 0
        && t.get(digits..)
            .is_some_and(|r| r.trim_start().starts_with('%'))
}

/// Whether a line is a letterhead's address labels (`Postadress
/// Besöksadress Telefon …`): two or more of them.
fn address_labels(t: &str) -> bool {
    t.split_whitespace()
        .filter(|w| {
            [
                "postadress",
                "besoksadress",
                "telefon",
                "telefax",
                "e-post",
                "webbplats",
            ]
            .contains(&fold(w).as_str())
        })
        .count()
        >= 2
}

/// The head noun of a title opening with `Regelverk` (a body of rules):
/// kind regler, as the truths of Dals-Ed (`blind2/`, `Regelverk avseende
/// etiska och praktiska frågor …`) and Region Halland (`blind29/`,
/// `Regelverk för Region Hallands bidragsgivning …`) read it; never when a
/// word of the title names a built-in kind.
pub(crate) fn rules_head(t: &str) -> Option<&str> {
    if kind_word(t).is_some() {
        return None;
    }
    let head = t.split_whitespace().next()?;
    ["regelverk", "regelverket"]
        .contains(&fold(head.trim_end_matches([',', '.', ':'])).as_str())
        .then_some(head)
}

/// Whether a folded word names a document outside the built-in kinds by
/// its head noun ([`crate::lexicon::OTHER_KIND_NOUNS`]): a compound
/// (`ägardirektiv`, `bolagsordningen`, `delegationsordning`) or a bare noun
/// other than `ordning` and `analys` (order and analysis, no document on
/// their own). Law and rules-of-procedure compounds
/// ([`crate::lexicon::OTHER_KIND_EXCEPTIONS`]) are the caller's choice.
pub(crate) fn other_kind_noun(folded: &str) -> bool {
    crate::lexicon::OTHER_KIND_NOUNS.iter().any(|n| {
        folded.ends_with(n)
            && (folded.len() > n.len() || !n.starts_with("ordning") && !n.starts_with("analys"))
    })
}

/// Whether a folded word names a document outside the built-in kinds by
/// its head noun ([`other_kind_noun`]) and is no law's or rules of
/// procedure's name ([`crate::lexicon::OTHER_KIND_EXCEPTIONS`]):
/// `ägardirektiv`, `delegationsordning`, `föreskrifter`, not
/// `dataskyddsförordningen` or `arbetsordning`.
pub(crate) fn names_other_kind(folded: &str) -> bool {
    other_kind_noun(folded)
        && !crate::lexicon::OTHER_KIND_EXCEPTIONS
            .iter()
            .any(|e| folded.contains(e))
}

/// The head noun of a title naming a document outside the built-in kinds
/// ([`crate::lexicon::OTHER_KIND_NOUNS`]): its first word (after a
/// suspended compound, `Risk- och Sårbarhetsanalys`), when no word of the
/// title names a built-in kind.
pub(crate) fn other_kind_head(t: &str) -> Option<&str> {
    if kind_word(t).is_some() {
        return None;
    }
    let mut words = t.split_whitespace();
    let mut head = words.next()?;
    if head.ends_with('-') && words.next().is_some_and(|w| ["och", "OCH"].contains(&w)) {
        head = words.next()?;
    }
    let other_noun = |f: &str| {
        crate::lexicon::OTHER_KIND_NOUNS.iter().any(|n| {
            f.ends_with(n)
                && !crate::lexicon::OTHER_KIND_EXCEPTIONS
                    .iter()
                    .any(|e| f.contains(e))
        })
    };
    let f = fold(head.trim_end_matches([',', '.', ':']));
    // Goals: `Mål`, `Inriktningsmål` (a compound's joint `s`), not the verb
    // `Anmäl`.
    let goals = ["mal", "malen"].contains(&f.as_str()) || f.ends_with("smal");
    let fees = crate::lexicon::FEE_NOUNS.iter().any(|n| f.ends_with(n));
    if goals || fees || other_noun(&f) {
        return Some(head);
    }
    // `Generella föreskrifter och villkor för …` (`blind10/` Örnsköldsvik),
    // `Allmänna lokala ordningsföreskrifter` (`blind7/` Hofors): one or two
    // adjectives in -a before the head noun.
    let mut adjective = f;
    for _ in 0..2 {
        if adjective.chars().count() < 5 || !adjective.ends_with('a') {
            return None;
        }
        let next = words.next()?;
        let g = fold(next.trim_end_matches([',', '.', ':']));
        if other_noun(&g) {
            return Some(next);
        }
        adjective = g;
    }
    None
}

/// How many different document kinds a title names (`Kommunala policyer,
/// planer och program`: three) when it names no topic: three or more name
/// a collection of documents, not one document of a kind. A title with a
/// topic (`Policy, riktlinjer och rutiner för e-post`) names one document:
/// zero.
pub(crate) fn kinds_named(t: &str) -> usize {
    let topic = t
        .split_whitespace()
        .any(|w| ["for", "om", "kring", "vid", "mot", "inom", "i"].contains(&fold(w).as_str()));
    if topic {
        return 0;
    }
    let mut kinds = Vec::new();
    for w in t.split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')') {
        if let Some(k) = DocumentKind::recognize_compound(w)
            && !kinds.contains(&k)
        {
            kinds.push(k);
        }
    }
    kinds.len()
}

/// Whether a title coordinates its kind word with goals (`Vision och mål`,
/// `Vision, mål och värdegrund`, `… vision och strategiska mål`): a
/// document of goals, which no built-in kind names (kind `other`). The
/// goals follow the kind word within four words, after `och` or a comma,
/// with no preposition between (`Strategi för mål…` is a strategi).
pub(crate) fn kind_with_goals(t: &str) -> bool {
    let words: Vec<String> = t
        .split_whitespace()
        .map(|w| fold(w.trim_end_matches([',', '.', ':'])))
        .collect();
    let commas: Vec<bool> = t.split_whitespace().map(|w| w.ends_with(',')).collect();
    let Some(k) = t.split_whitespace().position(|w| {
        DocumentKind::recognize_compound(w.trim_end_matches([',', '.', ':'])).is_some()
    }) else {
        return false;
    };
    let mut joined = commas.get(k).copied().unwrap_or(false);
    for w in words.iter().skip(k + 1).take(4) {
        match w.as_str() {
            "och" | "samt" => joined = true,
            "for" | "om" | "i" | "inom" | "vid" | "kring" | "till" => return false,
            "mal" | "malen" => return joined,
            _ => {}
        }
    }
    false
}

/// The lines above the title and the title's own line, each a block of
/// running text: a letterhead's `Fastställt av kommunstyrelsen …`, or a
/// flattened first page's `<title> antagna av …`, hold adoption facts that
/// [`units`] skips with the front matter.
pub(crate) fn front_units(p: &Prepared<'_>, consumed: &[bool], title_line: usize) -> Vec<Unit> {
    (0..=title_line)
        .filter(|&i| !consumed.get(i).copied().unwrap_or(false))
        .filter_map(|i| {
            let t = p.lines.get(i)?.text.trim();
            (!t.is_empty()).then(|| Unit {
                kind: UnitKind::Para,
                joined: Joined::single(t, i),
                section: None,
                generic: false,
            })
        })
        .collect()
}

/// The first line if it is a title: (line index, title text).
fn first_title_candidate(p: &Prepared<'_>, consumed: &[bool]) -> Option<(usize, String)> {
    let mut skipped = 0;
    let mut kind_label_seen = None;
    let first_text = p.lines.iter().position(|l| !l.text.is_empty());
    let first_text = first_text.unwrap_or(usize::MAX);
    for (i, l) in p.lines.iter().enumerate() {
        if l.text.is_empty() {
            continue;
        }
        // A web page's last-updated stamp above its head: no title, and no
        // metadata block under one.
        if p.head_chrome && i == first_text && crate::segment::update_stamp(&fold(&l.text)) {
            continue;
        }
        if consumed.get(i).copied().unwrap_or(false) {
            return None;
        }
        let t = l.text.as_str();
        let words = t.split_whitespace().count();
        // An organisation name above the title ("Solna stad").
        // An administration or board as letterhead ("Socialförvaltningen",
        // "Kommunstyrelsen") is skipped the same way.
        // Not a name about a body (`Arbetsordning för kommunfullmäktige`):
        // the words before `för` name the body (`Nämnden för …`).
        let named = t.split(" för ").next().unwrap_or(t);
        let letterhead_body =
            words <= 4 && kind_word(t).is_none() && crate::draft::classify_body(named).is_some();
        // Not an organisation's own document named with it, its kind last
        // (`REGION GOTLANDS AKTIEÄGARPOLICY`, `blind22/`; `Webbpolicy
        // Övertorneå kommun` is skipped for the name restated below it).
        if words <= 3
            && t.split_whitespace().last().and_then(kind_word).is_none()
            && (t.parse::<OrgKind>().is_ok() || names_organisation(t) || letterhead_body)
            && skipped < 2
        {
            skipped += 1;
            continue;
        }
        // A bare kind label above the title ("Riktlinje", "POLICY").
        if kind_label_line(t).is_some() && kind_label_seen.is_none() {
            kind_label_seen = Some((i, t.trim().to_owned()));
            continue;
        }
        if !title_shaped(t) && !long_download_title(p, i, t) {
            // A web page's title line that goes on after its name.
            // Otherwise a bare kind with running text under it is the
            // document's only heading, its name (`Regler` over a housing
            // company's rules, Grums Hyresbostäder `blind15/`, as
            // `Handlingsprogram`, Södertörn `blind12/`, and `Ordningsregler`,
            // Bodenbo `blind13/`, are read: all three truths keep the bare
            // word).
            // (A site's menu above it makes the text a web page too:
            // `Upphandlingspolicy.` under Arvika's menu, `blind5/`.)
            return (p.web_page || p.head_chrome)
                .then(|| crate::title::first_sentence_name(t))
                .flatten()
                .map(|n| (i, n.to_owned()))
                .or(kind_label_seen);
        }
        return Some((i, t.to_owned()));
    }
    None
}

/// A line that is only a document kind ("Riktlinje", "POLICY", "Policy:"),
/// as letterheads print above the title.
pub(crate) fn kind_label_line(t: &str) -> Option<DocumentKind> {
    let w = t.trim().trim_end_matches(':');
    if w.split_whitespace().count() != 1 || !w.chars().all(char::is_alphabetic) {
        return None;
    }
    DocumentKind::recognize(w)
        .filter(|k| !matches!(k, DocumentKind::Other | DocumentKind::Custom(_)))
}

/// Whether a short line names an organisation with its kind word first
/// ("Region Exempel", "REGION STOCKHOLM", "Landstinget Dalarna").
fn names_organisation(t: &str) -> bool {
    let first = fold(t.split_whitespace().next().unwrap_or(""));
    [
        "region",
        "regionen",
        "landstinget",
        "landsting",
        "kommun",
        "kommunen",
        "staden",
    ]
    .contains(&first.as_str())
}

/// The first word of `t` that names a document kind, with its range. A
/// compound of `normer` (`Bidragsnormer`: rules, Eslöv, Gislaved) gives way
/// to a kind word after it (`Normer och riktlinjer för ekonomiskt bistånd`
/// is a riktlinje, Oskarshamn).
pub(crate) fn kind_word(t: &str) -> Option<(DocumentKind, &str)> {
    // One rule in the singular (`enprocentsregeln`, Hultsfred `blind49/`)
    // names no body of rules.
    let one_rule = |w: &str| {
        let f = fold(w);
        ["regel", "regeln", "regelns"]
            .iter()
            .any(|e| f.ends_with(e))
    };
    let mut found = t
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|w| !w.is_empty() && !one_rule(w))
        .filter_map(|w| DocumentKind::recognize_compound(w).map(|k| (k, w)));
    let first = found.next()?;
    let norms = |w: &str| {
        let f = fold(w);
        let f = f.trim_matches(|c: char| !c.is_alphanumeric());
        ["normer", "normerna"].iter().any(|n| f.ends_with(n))
    };
    if norms(first.1) {
        return Some(found.find(|(_, w)| !norms(w)).unwrap_or(first));
    }
    Some(first)
}

/// Whether a folded word between a demonstrative and this document's kind
/// word still means this document ([`lexicon::NOW_MADE`] and the reader's
/// own additions).
pub(crate) fn now_made(folded: &str, more: &[&str]) -> bool {
    lexicon::NOW_MADE.contains(&folded) || more.contains(&folded)
}

/// Whether folded `word` is the definite form of folded `noun`
/// (`delegationsordningen`, `direktivet`, `föreskrifterna`).
fn definite_of(word: &str, noun: &str) -> bool {
    word.strip_prefix(noun)
        .is_some_and(|e| ["en", "n", "et", "t", "na"].contains(&e))
}

/// The folded first word of `title` when it is a head noun long enough to
/// stand for the document (five letters or more: `ägardirektiv`,
/// `delegationsordning`).
pub(crate) fn title_head(title: Option<&str>) -> Option<String> {
    let head = fold(title?.split_whitespace().next()?);
    (head.chars().count() >= 5).then_some(head)
}

/// The byte length of a reference to the stating document at the start of
/// `s` ("Dokumentet", "Denna policy", "IT-programmet", "Policyn", the title).
pub(crate) fn self_ref_len(
    s: &str,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) -> Option<usize> {
    let s = s.trim_start();
    if let Some(t) = title
        && t.chars().count() >= 4
        && s.to_lowercase().starts_with(&t.to_lowercase())
    {
        return Some(t.len());
    }
    let mut words = s.split_whitespace();
    let w1 = words.next()?;
    let f1 = fold(w1.trim_end_matches([',', ':']));
    // The definite form of the title's head noun ("Delegationsordningen" for
    // "Delegationsordning för socialnämnden"), for kinds outside the
    // vocabulary.
    if let Some(head) = title_head(title)
        && definite_of(&f1, &head)
    {
        return s.find(w1).map(|i| i + w1.len());
    }
    let word_end = |w: &str| s.find(w).map(|i| i + w.len());
    if ["dokumentet", "styrdokumentet"].contains(&f1.as_str()) {
        return word_end(w1);
    }
    // "Följande avgifter och tillämpningsföreskrifter har fastställts av …"
    // under the title "Avgifter och tillämpningsföreskrifter för …" (Sala
    // `blind125/`): `följande` and the title's own head noun. Only the head
    // noun: "Följande styrdokument har antagits av …" lists others.
    if f1 == "foljande" {
        let w2 = words.next()?;
        return title_head(title)
            .is_some_and(|h| fold(w2.trim_end_matches([',', ':'])) == h)
            .then(|| word_end(w2))
            .flatten();
    }
    if [
        "denna",
        "detta",
        "dessa",
        "den",
        "det",
        "de",
        "nuvarande",
        "foreliggande",
    ]
    .contains(&f1.as_str())
    {
        let mut w2 = words.next()?;
        if fold(w2) == "har" {
            w2 = words.next()?;
        }
        // "Den nya policyn", "Den nu antagna riktlinjen": words saying the
        // document is the one now made (not "den tidigare policyn"); "Den
        // regionala kulturplanen" under the title "Regional kulturplan", "de
        // lokala föreskrifterna" under "Lokala föreskrifter för …": an
        // adjective of the title's own (not "den nationella strategin"; a
        // title word taken as it stands only in an adjective's form, so
        // "Detta ägardirektiv" under "Ägardirektiv för …" is the noun).
        let title_words: Vec<String> = title
            .map(|t| {
                t.split_whitespace()
                    .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
                    .filter(|w| w.chars().count() >= 5)
                    .collect()
            })
            .unwrap_or_default();
        for _ in 0..2 {
            let f2 = fold(w2);
            let titles_adjective = DocumentKind::recognize_compound(w2).is_none()
                && title_words.iter().any(|t| {
                    f2.strip_prefix(t.as_str()).is_some_and(|e| {
                        ["a", "e"].contains(&e)
                            || (e.is_empty() && (f2.ends_with('a') || f2.ends_with('e')))
                    })
                });
            if now_made(&f2, lexicon::NOW_MADE_IN_PROSE) || titles_adjective {
                w2 = words.next()?;
            }
        }
        let f2 = fold(w2);
        // "Denna version …", "Denna revidering av …": this document too.
        if f2.starts_with("dokument")
            || f2.starts_with("styrdokument")
            || ["version", "revidering", "revision", "utgava", "upplaga"].contains(&f2.as_str())
        {
            return word_end(w2);
        }
        // "Dessa regler" under the title "Bidragsregler" whose type line
        // reads a kind outside the vocabulary (`Typ av dokument: Bidrag`,
        // Vara `blind99/`): the title's own kind names this document too.
        if let Some(k) = DocumentKind::recognize_compound(w2)
            && (kind.is_none_or(|d| *d == k)
                || kind == Some(&DocumentKind::Other)
                    && title.and_then(kind_word).is_some_and(|(t, _)| t == k))
        {
            return word_end(w2);
        }
        // "Detta ägardirektiv" under the title "Ägardirektiv för …": the
        // title's head noun when it heads a document outside the built-in
        // kinds (the lexicon's `OTHER_KIND_NOUNS`; not `Dessa resevillkor`).
        if let Some(head) = title_head(title)
            && crate::lexicon::OTHER_KIND_NOUNS
                .iter()
                .any(|n| head.ends_with(n))
            && fold(w2.trim_end_matches([',', ':'])) == head
        {
            return word_end(w2);
        }
        // "dessa ägardirektiv" in a document of no built-in kind whose title
        // was not found (`Diarienummer KS` read instead, Skövde `blind87/`):
        // a head noun outside the built-in kinds, as the kind read later
        // from a demonstrative (`kind-self-demonstrative`) is.
        if kind.is_none_or(|d| *d == DocumentKind::Other)
            && title_head(title).is_none_or(|h| !other_kind_noun(&h))
            && names_other_kind(&fold(w2.trim_end_matches([',', ':'])))
        {
            return word_end(w2);
        }
        // "de lokala föreskrifterna" under the title "Lokala föreskrifter
        // för …" (Hultsfred `blind45/`): the head noun of a title naming a
        // document outside the built-in kinds after its adjectives, bare or
        // definite, in a document of no built-in kind.
        if kind.is_none_or(|d| *d == DocumentKind::Other)
            && let Some(head) = title.and_then(other_kind_head)
        {
            let head = fold(head.trim_end_matches([',', '.', ':']));
            let f = fold(w2.trim_end_matches([',', ':']));
            if f == head || definite_of(&f, &head) {
                return word_end(w2);
            }
        }
        return None;
    }
    if let Some(k) = DocumentKind::recognize_compound(w1) {
        let definite = styrdok_core::text::DEFINITE_ENDINGS
            .iter()
            .any(|e| f1.ends_with(e))
            && !f1.ends_with(k.id());
        if definite && kind.is_none_or(|d| *d == k) {
            return word_end(w1);
        }
    }
    // The definite form of a kind outside the vocabulary that names no
    // other thing (`Föreskriften antogs av kommunfullmäktige …`, Götene
    // `blind49/`; `Taxan …`), in a document of no other kind whose title
    // names none either.
    if crate::lexicon::SELF_NAMING_OTHER_NOUNS.contains(&f1.as_str())
        && kind.is_none_or(|d| *d == DocumentKind::Other)
        && title.is_none_or(|t| kind_word(t).is_none())
    {
        return word_end(w1);
    }
    None
}

/// Whether `s` opens with a section number of two levels or more and a
/// capitalised word (`1.1 Syftet`, `2.3.1 Ansvar`).
pub(crate) fn numbered_heading(s: &str) -> bool {
    let Some((number, rest)) = s.split_once(' ') else {
        return false;
    };
    let number = number.trim_end_matches('.');
    let levels: Vec<&str> = number.split('.').collect();
    levels.len() >= 2
        && levels
            .iter()
            .all(|l| (1..=2).contains(&l.len()) && l.chars().all(|c| c.is_ascii_digit()))
        && rest.starts_with(char::is_uppercase)
}

/// Splits a paragraph into sentences: byte ranges, at `.`, `!`, `?` followed
/// by a capital, and after a final `:`; common abbreviations do not end one.
/// A closing quote after the stop ends the sentence with it (`… så snart
/// som möjligt." Att …`); an abbreviation that closes a list (`m.m.`,
/// `m.fl.`, like `etc.` and `osv.`) ends the sentence when a capital follows.
pub(crate) fn sentences(text: &str) -> Vec<(usize, usize)> {
    const ABBREV: [&str; 10] = [
        "t.ex", "bl.a", "dvs", "resp", "ca", "jfr", "p.g.a", "s.k", "kap", "nr",
    ];
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (idx, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | ';') {
            continue;
        }
        let Some(&(_, mut n1)) = chars.get(idx + 1) else {
            continue;
        };
        // A quotation closed right after the stop: the sentence ends after
        // the quote mark.
        let mut close = 0;
        if matches!(n1, '"' | '”' | '’' | '»')
            && let Some(&(_, n2)) = chars.get(idx + 2)
        {
            close = n1.len_utf8();
            n1 = n2;
        }
        if !n1.is_whitespace() {
            if close == 0 && c == '.' && glued_stop(text, i) {
                out.push((start, i + 1));
                start = i + 1;
            }
            continue;
        }
        let skip = idx + 1 + usize::from(close > 0);
        let next = chars.iter().skip(skip).find(|(_, c)| !c.is_whitespace());
        let Some(&(ni, nc)) = next else { continue };
        // A parenthesis opening with a capital after the stop is a new
        // sentence or a source line (`… en enskild individ. (Ur
        // kommunallagen) Kommunen …`, Linköping `blind33/`).
        let paren = nc == '('
            && text
                .get(ni + 1..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase);
        if !(nc.is_uppercase()
            || nc == '•'
            || nc == '”'
            || nc == '"'
            || paren
            || (c == '.' && counted_start(text, start..i, ni)))
        {
            continue;
        }
        let before = crate::re::part(text, start..i);
        let last = before.rsplit(' ').next().unwrap_or("").to_lowercase();
        // The whole word is the abbreviation: "medlemskap." ends a sentence
        // though "kap." does not.
        let word = last.trim_start_matches(|c: char| !c.is_alphanumeric());
        if c == '.' && ABBREV.contains(&word) {
            continue;
        }
        // "(ex. USB-minne)": an abbreviation inside brackets.
        if c == '.' && ["(ex", "(t.ex", "(bl.a", "(jfr", "(se"].contains(&last.as_str()) {
            continue;
        }
        out.push((start, i + c.len_utf8() + close));
        start = i + c.len_utf8() + close;
        while let Some(c) = text.get(start..).and_then(|r| r.chars().next())
            && c.is_whitespace()
        {
            start += c.len_utf8();
        }
    }
    if start < text.len() {
        out.push((start, text.len()));
    }
    out
}

/// Whether a sentence after a full stop begins with a count (`… för
/// kommunstyrelsens ledamöter. 8 ledamöter och 8 ersättare utses av …`,
/// Skellefteå `blind109/`): a bare number and a lower-case word of three
/// letters or more after the stop (not `kap`, `st`, `§`, nor a verb), a
/// lower-case word of four letters or more before it (no abbreviation, no
/// `kap.`).
fn counted_start(text: &str, before: std::ops::Range<usize>, next: usize) -> bool {
    let prev = crate::re::part(text, before)
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    let prev_word = prev.chars().count() >= 4 && prev.chars().all(|c| c.is_lowercase());
    let mut after = text.get(next..).unwrap_or("").split_whitespace();
    let number = after
        .next()
        .is_some_and(|n| n.len() <= 4 && n.chars().all(|c| c.is_ascii_digit()));
    let word = after.next().is_some_and(|w| {
        w.chars().count() >= 3
            && w.chars().all(char::is_alphabetic)
            && w.chars().all(char::is_lowercase)
            && !["kap", "st", "stycket"].contains(&w)
            // A verb right after the number: a paragraph whose sign and
            // subject were lost (`… förbättringar. 2 har det övergripande
            // ansvaret …`, Region Skåne `blind21/`; `4 kan utgå till
            // förening …`, Landskrona `blind3/`), no count.
            && !crate::lexicon::VERBS_AFTER_LOST_PARAGRAPH.contains(&fold(w).as_str())
    });
    prev_word && number && word
}

/// Whether the full stop at byte `i` of `text` ends a sentence though no
/// space follows it ("… bestämmande inflytande.Riktlinjerna gäller …",
/// Mjölby `blind40/`; "… för ledighet.Det krävs …", Härryda `blind66/`):
/// a whole lower-case word of four letters or more before it, a
/// capitalised word after it, and no address (`Mari-Louise.Dunert@…`,
/// `helsingborg.se`) in either.
fn glued_stop(text: &str, i: usize) -> bool {
    let before = text.get(..i).unwrap_or("");
    let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let after = text.get(i + 1..).unwrap_or("");
    let next = after.split(char::is_whitespace).next().unwrap_or("");
    let mut next_chars = next.chars();
    word.chars().count() >= 4
        && word.chars().all(char::is_lowercase)
        && next_chars.next().is_some_and(char::is_uppercase)
        && next_chars.next().is_some_and(char::is_lowercase)
        && !next.contains(['@', '.', '/'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_organisation_after_the_title() {
        // Invented wording: a letterhead after the name goes, the name's
        // own organisation after `för` stays, of one word or two.
        assert_eq!(
            clean_title("Policy för bad för medarbetare Norrby kommun"),
            "Policy för bad för medarbetare"
        );
        assert_eq!(
            clean_title("Policy för bad i Norrby kommun"),
            "Policy för bad i Norrby kommun"
        );
        assert_eq!(
            clean_title("Föreskrifter om bad för Övre Norrby kommun"),
            "Föreskrifter om bad för Övre Norrby kommun"
        );
    }

    /// A parenthesis opening with a capital after a full stop begins a new
    /// sentence; one opening with a lower-case letter does not.
    #[test]
    fn a_capitalised_parenthesis_after_a_stop_begins_a_sentence() {
        let t =
            "Vården får lämnas över till en individ. (Ur kommunallagen) Kommunen ska följa upp.";
        assert_eq!(sentences(t).len(), 2);
        let t = "Vården får lämnas över. (se bilaga 2) och följas upp.";
        assert_eq!(sentences(t).len(), 1);
    }

    /// A full stop with no space after it ends a sentence between a whole
    /// lower-case word and a capitalised one, not inside an address or a
    /// name written with a stop.
    #[test]
    fn a_stop_without_a_space_ends_a_sentence_between_words() {
        let t = "Riktlinjerna gäller bolag med inflytande.Riktlinjerna gäller även förbund.";
        let s: Vec<&str> = sentences(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(
            s,
            [
                "Riktlinjerna gäller bolag med inflytande.",
                "Riktlinjerna gäller även förbund."
            ]
        );
        for t in [
            "Skriv till Mari-Louise.Dunert@lysekil.se om incidenten.",
            "Läs mer på helsingborg.se om detta.",
            "Se kap.Tre och t.ex.Det.",
        ] {
            assert_eq!(sentences(t).len(), 1, "{t}");
        }
    }

    /// A sentence may begin with a count (invented wording); a paragraph
    /// reference or a page number after a stop begins none.
    #[test]
    fn a_count_after_a_stop_begins_a_sentence() {
        let t = "Rådet har tolv ledamöter. 6 ledamöter utses av föreningarna.";
        assert_eq!(sentences(t).len(), 2);
        for t in [
            "Se 6 kap. 3 § kommunallagen om detta.",
            "Reglerna gäller från 2020. 3 § ändras.",
            "Läs mer i bilagan. 2 (6) Riktlinjer för it.",
            "Mötet hålls kl. 18 varje tisdag i stadshuset.",
            "Alla ska följa reglerna. 2 har det övergripande ansvaret.",
        ] {
            assert_eq!(sentences(t).len(), 1, "{t}");
        }
    }

    /// A bare kind that is the document's only heading, running text under
    /// it: its title and kind. Over a title line it is a label only.
    #[test]
    fn a_bare_kind_over_running_text_is_the_title() {
        let d = crate::import(
            "Regler\n\nAtt bo i ett hus med många grannar innebär att alla ska visa hänsyn mot varandra.\n\nHusdjur får inte vistas i tvättstugan.\n",
        );
        assert_eq!(d.title.as_deref(), Some("Regler"));
        assert_eq!(d.kind.as_ref().map(|k| k.id()), Some("regler"));
        let d = crate::import(
            "Riktlinjer\n\nRiktlinjer för bad i Norrby kommun\n\nAlla badande ska visa hänsyn mot varandra.\n",
        );
        assert_eq!(
            d.title.as_deref(),
            Some("Riktlinjer för bad i Norrby kommun")
        );
    }

    /// Below running text, a line naming a kind is the title only when it
    /// restates what the page is about (invented wording): a link to
    /// another document further down the page is not.
    #[test]
    fn a_kind_line_below_running_text_must_restate_the_subject() {
        let d = crate::import(
            "Snöskottning\n\nSnö som faller på taket ska skottas ned av fastighetsägaren inom ett dygn efter snöfallet.\n\nAvfallspolicy\n\nTrottoaren ska hållas fri från snö.\n",
        );
        assert_eq!(d.title.as_deref(), Some("Snöskottning"));
        assert_eq!(d.kind, None);
        assert!(
            d.statements
                .iter()
                .any(|s| s.text.starts_with("Snö som faller"))
        );
        let d = crate::import(
            "Bisysslor\n\nEn bisyssla är ett uppdrag som en anställd har vid sidan av sin anställning i kommunen.\n\nRiktlinjer för bisysslor\n\nDu ska anmäla dina bisysslor till din chef.\n",
        );
        assert_eq!(d.title.as_deref(), Some("Riktlinjer för bisysslor"));
    }

    /// An exclamation of five words or more is a sentence, its rule read
    /// (invented wording); a short one may be a heading.
    #[test]
    fn a_long_exclamation_is_no_heading() {
        assert!(heading_like("Välkommen!"));
        assert!(!heading_like("Hot ska alltid anmälas och utredas!"));
        let d = crate::import(
            "Regler om hot\n\nText om arbetet finns här.\n\nHot ska alltid anmälas och utredas!\n\nRutinerna ska hållas aktuella.\n",
        );
        assert!(
            d.statements
                .iter()
                .any(|s| s.text.starts_with("Hot ska alltid anmälas")),
            "{:?}",
            d.statements
        );
    }

    #[test]
    fn a_numbered_heading_has_two_levels_and_a_capital() {
        assert!(numbered_heading("1.1 Syftet med reglerna"));
        assert!(numbered_heading("2.3.1 Ansvar"));
        assert!(!numbered_heading("1.5 procent"));
        assert!(!numbered_heading("12 Kronor"));
        assert!(!numbered_heading("2019.10 Antagen"));
    }

    #[test]
    fn a_head_noun_outside_the_kinds() {
        // Invented titles.
        assert_eq!(
            other_kind_head("Avfallsordning för Norrby kommun"),
            Some("Avfallsordning")
        );
        assert_eq!(
            other_kind_head("Risk- och Sårbarhetsanalys för skolan"),
            Some("Sårbarhetsanalys")
        );
        assert_eq!(
            other_kind_head("Föreskrifter för arkiv"),
            Some("Föreskrifter")
        );
        assert_eq!(
            other_kind_head("Inriktningsmål för nämnderna"),
            Some("Inriktningsmål")
        );
        assert_eq!(other_kind_head("Mål för nämnderna"), Some("Mål"));
        assert_eq!(
            other_kind_head("Avgifter enligt alkohollagen i Norrby"),
            Some("Avgifter")
        );
        assert_eq!(
            other_kind_head("Riktlinjer för avgifter i hemtjänsten"),
            None
        );
        // Invented wording: adjectives before the head noun.
        assert_eq!(
            other_kind_head("Särskilda föreskrifter och villkor för parkering"),
            Some("föreskrifter")
        );
        assert_eq!(
            other_kind_head("Allmänna lokala ordningsföreskrifter för Norrby"),
            Some("ordningsföreskrifter")
        );
        assert_eq!(other_kind_head("Kommunala mål för nämnderna"), None);
        assert_eq!(other_kind_head("Särskilda villkor för parkering"), None);
        assert_eq!(other_kind_head("Anmäl en incident"), None);
        // A built-in kind wins; a statute is no document kind.
        assert_eq!(other_kind_head("Avfallsplan och renhållningsordning"), None);
        assert_eq!(other_kind_head("Dataskyddsförordningen i korthet"), None);
        assert_eq!(other_kind_head("Arbetsordning för nämnden"), None);
        assert_eq!(other_kind_head("Information om arkiv"), None);
    }

    #[test]
    fn a_title_opening_with_regelverk_names_rules() {
        // Invented titles.
        assert_eq!(
            rules_head("Regelverk för bidrag till föreningar"),
            Some("Regelverk")
        );
        assert_eq!(
            rules_head("Regelverket avseende parker"),
            Some("Regelverket")
        );
        // A built-in kind wins; `Regelverk` later in the title names none.
        assert_eq!(rules_head("Regelverk och riktlinjer för parker"), None);
        assert_eq!(rules_head("Bidrag enligt regelverk"), None);
    }

    /// A short name about a body is a title; a body's name alone above the
    /// title is its letterhead (invented wording).
    #[test]
    fn a_name_about_a_body_is_no_letterhead() {
        let title = |t: &str| title_line(&crate::pre::prepare(t), &[]).map(|t| t.1);
        assert_eq!(
            title("Arbetsordning för nämnden\n\nNämnden sammanträder varje månad.\n").as_deref(),
            Some("Arbetsordning för nämnden")
        );
        assert_eq!(
            title("Fritidsnämnden\n\nRiktlinjer för lån av båtar\n\nText.\n").as_deref(),
            Some("Riktlinjer för lån av båtar")
        );
        assert_eq!(
            title("Nämnden för fritid\n\nRiktlinjer för lån av båtar\n\nText.\n").as_deref(),
            Some("Riktlinjer för lån av båtar")
        );
    }

    /// Web pages' heads (invented wording): an organisation's own document
    /// named with it is no letterhead; a page's last-updated stamp and
    /// its chrome are passed over; a one-word name with a full stop under
    /// a site's menu is the title.
    #[test]
    fn titles_under_a_web_pages_head() {
        for (text, title) in [
            (
                "REGION NORRBY AKTIEÄGARPOLICY\n\nRegionen äger bolag.\n",
                "REGION NORRBY AKTIEÄGARPOLICY",
            ),
            (
                "Senast uppdaterad: 03/21/2017\nMina Sidor\nSpråkhjälp [Hur fungerar det?]\n\nFelparkeringsavgifter\n\nFelparkering kostar 400 kr.\n",
                "Felparkeringsavgifter",
            ),
            (
                "Du är här:\n\nBadregler\n\nAlla badande ska visa hänsyn mot varandra.\n",
                "Badregler",
            ),
            (
                "Badpolicy\n- Startsida\n- Kommun och politik\n- Styrande dokument\n- Policyer\n- Badpolicy\nBadpolicy.\nAntagen av kommunfullmäktige den 23 februari 2004, § 13.\n",
                "Badpolicy",
            ),
        ] {
            assert_eq!(crate::import(text).title.as_deref(), Some(title), "{text}");
        }
    }

    /// A site's section heading above a name whose kind is outside the
    /// vocabulary: the name is the title (invented wording).
    #[test]
    fn a_section_heading_is_no_title() {
        let title = |t: &str| title_line(&crate::pre::prepare(t), &[]).map(|t| t.1);
        assert_eq!(
            title("Styrande dokument och avtal\n\nTaxa för båtplatser\n\nTaxan gäller hamnen.\n")
                .as_deref(),
            Some("Taxa för båtplatser")
        );
        // Under another first line the rule does not reach.
        assert_eq!(
            title("Hamnen i Norrby\n\nTaxa för båtplatser\n\nTaxan gäller hamnen.\n").as_deref(),
            Some("Hamnen i Norrby")
        );
        assert!(section_heading("Styrande dokument"));
        assert!(!section_heading("Styrande dokument för parker"));
        // A heading over the first rules is no title either.
        assert_eq!(
            title("Ersättning till ledamöter\n\nInledande bestämmelser\n\nArvoden betalas ut varje månad.\n")
                .as_deref(),
            Some("Ersättning till ledamöter")
        );
        assert!(!rules_section_heading("Särskilda bestämmelser för bidrag"));
    }

    /// `normer` names rules alone, and gives way to a kind named beside it.
    #[test]
    fn norms_give_way_to_a_kind_beside_them() {
        // Invented titles.
        assert_eq!(
            kind_word("Normer för bidrag till föreningar").map(|(k, _)| k),
            Some(DocumentKind::Regler)
        );
        assert_eq!(
            kind_word("Normer och riktlinjer för bistånd"),
            Some((DocumentKind::Riktlinje, "riktlinjer"))
        );
        assert_eq!(
            kind_word("Regler och riktlinjer").map(|(k, _)| k),
            Some(DocumentKind::Regler)
        );
    }

    #[test]
    fn kinds_a_title_names() {
        // Invented titles.
        assert_eq!(kinds_named("Våra policyer, planer och program"), 3);
        assert_eq!(kinds_named("Regler och riktlinjer"), 2);
        assert_eq!(kinds_named("Policy, riktlinjer och rutiner för e-post"), 0);
        assert_eq!(kinds_named("Miljöplan"), 1);
        // One rule in the singular names no body of rules.
        assert_eq!(kind_word("Konst i nya hus (enprocentsregeln)"), None);
        assert_eq!(
            kind_word("Ordningsregler för skolan").map(|k| k.0),
            Some(DocumentKind::Regler)
        );
    }

    #[test]
    fn a_kind_coordinated_with_goals() {
        // Invented titles, each with whether it coordinates a kind with goals.
        for (title, coordinated) in [
            ("Vision och mål", true),
            ("Vision, mål och värdegrund för Norrby", true),
            ("Så når vi vår vision och långsiktiga mål", true),
            ("Strategi för mål och uppföljning", false),
            ("Policy och riktlinjer", false),
            ("Vision 2030", false),
        ] {
            assert_eq!(kind_with_goals(title), coordinated, "{title}");
        }
    }

    #[test]
    fn a_word_ending_like_an_abbreviation_ends_a_sentence() {
        let t =
            "Föreningen ska vara öppen för alla som önskar medlemskap. Den ska ta ut en avgift.";
        assert_eq!(sentences(t).len(), 2);
        let t = "Det framgår av 6 kap. Kommunallagen gäller. Nästa mening.";
        assert_eq!(sentences(t).len(), 2);
    }

    /// A stop inside a closing quote, and a list closed by `m.m.`, end a
    /// sentence before a capital (invented wording).
    #[test]
    fn a_closing_quote_and_a_closed_list_end_a_sentence() {
        let split = |t: &'static str| -> Vec<&'static str> {
            sentences(t).iter().map(|&(a, b)| &t[a..b]).collect()
        };
        assert_eq!(
            split("Lagen säger: \"Frågor ska besvaras snabbt.\" Att svara är viktigt."),
            [
                "Lagen säger: \"Frågor ska besvaras snabbt.\"",
                "Att svara är viktigt."
            ]
        );
        assert_eq!(
            split("Den kallas ”Navet.” Vi ska använda den."),
            ["Den kallas ”Navet.”", "Vi ska använda den."]
        );
        assert_eq!(
            split("Du får låna en dator, en skrivare m.m. Det är viktigt att vara rädd om dem."),
            [
                "Du får låna en dator, en skrivare m.m.",
                "Det är viktigt att vara rädd om dem."
            ]
        );
        // Before a lowercase word a closed list goes on.
        assert_eq!(
            split("Datorer, skrivare m.m. ska lämnas tillbaka.").len(),
            1
        );
        assert_eq!(split("Texten \"Hej.\" var kort.").len(), 1);
    }

    #[test]
    fn no_block_joins_across_a_metadata_line() {
        // A paragraph runs on (no full stop) past a line the metadata took;
        // the lowercase line after it is not joined across that line.
        let p = crate::pre::prepare(
            "Alla ska spara sina filer och \nDiarienummer: 12/34\nkunderna ringer\n",
        );
        let consumed = [false, true, false];
        let texts: Vec<String> = units(&p, &consumed, None)
            .into_iter()
            .map(|u| u.joined.text)
            .collect();
        assert!(
            texts.iter().all(|t| !t.contains("filer och kunderna")),
            "{texts:?}"
        );
        // Without the metadata line in between the wrap is joined.
        let p = crate::pre::prepare("Alla ska spara sina filer och \n\nkunderna ringer\n");
        let texts: Vec<String> = units(&p, &[false; 3], None)
            .into_iter()
            .map(|u| u.joined.text)
            .collect();
        assert!(
            texts.iter().any(|t| t.contains("filer och kunderna")),
            "{texts:?}"
        );
    }

    #[test]
    fn self_reference() {
        let p = Some(&DocumentKind::Program);
        assert!(self_ref_len("IT-programmet ersätter", p, None).is_some());
        assert!(self_ref_len("Dokumentet ersätter:", None, None).is_some());
        assert!(self_ref_len("Denna policy upphäver", None, None).is_some());
        assert!(self_ref_len("Förordningen ersätter", None, None).is_none());
        assert!(self_ref_len("Riktlinjer för X ersätter", None, None).is_none());
        assert!(self_ref_len("Policyn gäller", Some(&DocumentKind::Policy), None).is_some());
        assert!(self_ref_len("Denna typ av dokument", None, None).is_none());
        // The document now made, with words between; not an earlier one.
        let pol = Some(&DocumentKind::Policy);
        assert!(self_ref_len("Den nya policyn ersätter", pol, None).is_some());
        assert!(self_ref_len("Den nu antagna policyn syftar", pol, None).is_some());
        assert!(self_ref_len("Den tidigare policyn gällde", pol, None).is_none());
    }

    #[test]
    fn a_title_with_extractions_full_stops() {
        let t = "IT-plan. för. Norrby kommun\n\nTranskript\n\n1 IT-plan för Norrby kommun\n\n2 Innehåll Inledning Syfte\n";
        assert_eq!(
            crate::import(t).title.as_deref(),
            Some("IT-plan för Norrby kommun")
        );
        // A title wrapped after its preposition onto the organisation.
        let t = "Riktlinjer för bad i\nNorrby kommun\nBakgrund\nText.\n";
        assert_eq!(
            crate::import(t).title.as_deref(),
            Some("Riktlinjer för bad i Norrby kommun")
        );
        // A full stop before a capital is a sentence's.
        let t = "IT-plan. Norrby kommun\n\nTranskript\n\n1 IT-plan Norrby kommun\n";
        assert_ne!(
            crate::import(t).title.as_deref(),
            Some("IT-plan Norrby kommun")
        );
    }

    #[test]
    fn a_dash_run_into_its_first_word_is_a_list_item() {
        assert_eq!(
            item_text("-Vara kort och tydlig."),
            Some("Vara kort och tydlig.")
        );
        assert_eq!(item_text("- Vara kort."), Some("Vara kort."));
        assert_eq!(item_text("-2018 års plan"), None);
        assert_eq!(item_text("-IT"), None);
    }

    #[test]
    fn kind_definitions() {
        assert!(is_kind_definition("POLICY - antas av kommunfullmäktige"));
        assert!(is_kind_definition(
            "ANVISNING – godkänns av förvaltningschef/chef"
        ));
        assert!(!is_kind_definition("Syfte och omfattning"));
    }

    #[test]
    fn sentence_split() {
        let t = "Staden ska t.ex. göra X. Kommunstyrelsen ansvarar för att: ";
        let s: Vec<&str> = sentences(t).iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(
            s,
            [
                "Staden ska t.ex. göra X.",
                "Kommunstyrelsen ansvarar för att: "
            ]
        );
    }
}
