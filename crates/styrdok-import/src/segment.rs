//! Text as web pages and PDF viewers flatten it, read back into lines.
//!
//! - **Web chrome**: a document viewer's buttons and headers around the text
//!   (`Storlek: px`, `Transkript`, `Download "…"`) are dropped
//!   ([`crate::lexicon::CHROME_LINES`], [`crate::lexicon::CHROME_PREFIXES`]).
//! - **Page-flattened text**: when whole pages became one line each, with the
//!   page number glued to the first words (`1 (6) Namn på dokumentet: …`,
//!   `2 Innehåll …`, `3 1 Inledning …`), the page numbers go.
//! - **The label segmenter**: a line is cut before every known metadata label
//!   and every adoption participle found in the middle of it, so
//!   `Dokumenttyp: Riktlinje Version: 1.0 Beslutad av: Kommunfullmäktige
//!   Diarienummer: KS 2018/1092` reads like one label per line, and `IT
//!   POLICY FÖR X KOMMUN ANTAGEN AV KOMMUNFULLMÄKTIGE` like a title and an
//!   adoption line. A run of labels with no values between them (a table's
//!   header row flattened onto one line with its values) stays together, and
//!   its values become the next segment, as a table's value row.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use styrdok_core::DocumentKind;
use styrdok_core::text::fold;

use crate::lexicon::{
    self, CHROME_LINES, CHROME_PREFIXES, LABEL_MAX_WORDS, QUOTING_CHROME, SELF_REFERENCE_STARTS,
    label,
};

/// Whether a (normalized) line is web chrome.
pub(crate) fn is_chrome(line: &str) -> bool {
    let f = fold(line);
    // `15.06.2014 Views`: a date or a count, then what it counts.
    let counted = lexicon::CHROME_COUNT_SUFFIXES.iter().any(|s| {
        f.strip_suffix(s).is_some_and(|n| {
            let n = n.trim();
            !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || " .-/".contains(c))
        })
    });
    counted
        || CHROME_LINES.contains(&f.as_str())
        || CHROME_PREFIXES.iter().any(|p| f.starts_with(p))
        || lexicon::CHROME_FRAMES
            .iter()
            .any(|(a, b)| f.starts_with(a) && f.ends_with(b) && f.len() < 120)
}

/// A download link's file type and size (`Pdf, 366.1 kB.`, `(pdf, 314.8
/// kB)`, `(PDF-dokument, 147 kB)`), as web pages write it after a link to a
/// document (Götene, Örebro, Solna).
static DOWNLOAD_LINK: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(r"(?i)\(?\bpdf(?:-dokument)?,\s*[0-9][0-9.,]*\s*[km]b\b\)?\.?")
});

/// Where a line names a download link's file type and size, if it does:
/// such a line is a link to a file, not the document's own words (title
/// cleaning cuts it off a name; a sentence holding one is no statement).
pub(crate) fn download_link(line: &str) -> Option<Range<usize>> {
    DOWNLOAD_LINK.find(line).map(|m| m.range())
}

/// How many lines of text a saved web page's head is looked through for
/// chrome before the page's heading.
const HEAD_LINES: usize = 20;

/// The lines of a saved web page's head a reader skips to reach the page's
/// heading: from the first line of text on, every line that is chrome
/// ([`is_head_chrome`]), and a breadcrumb label with the section name after
/// it ([`lexicon::BREADCRUMB_LABELS`]); the first other line ends the head.
/// Lines already `dropped` are passed over.
pub(crate) fn chrome_head(lines: &[String], dropped: &[bool]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut value_next = false;
    let text: Vec<(usize, &String)> = lines
        .iter()
        .enumerate()
        .filter(|(j, l)| !l.is_empty() && !dropped.get(*j).copied().unwrap_or(false))
        .take(HEAD_LINES)
        .collect();
    let mut menu_until = 0;
    for (k, &(j, l)) in text.iter().enumerate() {
        let f = fold(l);
        if value_next {
            value_next = false;
            // A trail lost in the store leaves the label over the page's
            // heading (`Du är här:` / `Skolskjutsregler`, Gävle `blind47/`):
            // a line naming a document kind is the heading, not a section.
            if heading_after_label(l) {
                break;
            }
            out.push(j);
        } else if k < menu_until {
            out.push(j);
        } else if k == 0 && update_stamp(&f) {
            // A page's `Senast uppdaterad: …` stamp above its head (Boden
            // `blind41/`, `blind43/`): kept for the metadata, passed over.
        } else if lexicon::BREADCRUMB_LABELS.contains(&f.as_str()) {
            value_next = true;
            out.push(j);
        } else if is_head_chrome(&f) || icon_label(&f, text.get(k + 1).map(|(_, n)| n.as_str())) {
            out.push(j);
        } else if let Some(n) = contact_block(&text, k) {
            // An office's contact block in the page head (Region Gotland
            // `blind25/`: `Reception och regionupplysning` / street /
            // `621 81  Visby` / `Telefon: …` / `E-post: …`).
            menu_until = k + n;
            out.push(j);
        } else if let Some(n) = text.get(k + 1..).and_then(menu_items) {
            // A site section's name above its menu of links.
            menu_until = k + 1 + n;
            out.push(j);
        } else {
            break;
        }
    }
    out
}

/// A Swedish postal code and town (`621 81  Visby`, `62181 Visby`).
static POSTAL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(r"^(?:SE-?)?\d{3}\s?\d{2}\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?$")
});

/// How many lines from `k` an office's contact block in a page head takes:
/// an organisation's or office's name and a street line above a postal
/// code and town (within the next three lines), and the contact lines
/// after it ([`lexicon::CONTACT_LABELS`]). `None` when line `k` opens no
/// such block.
fn contact_block(text: &[(usize, &String)], k: usize) -> Option<usize> {
    let line = |i: usize| text.get(i).map(|(_, l)| l.trim());
    let postal = (k + 1..=k + 3).find(|&i| line(i).is_some_and(|l| POSTAL_LINE.is_match(l)))?;
    let contact = |l: &str| {
        let f = fold(l);
        lexicon::CONTACT_LABELS.iter().any(|p| f.starts_with(p))
    };
    let end = (postal + 1..)
        .find(|&i| !line(i).is_some_and(contact))
        .unwrap_or(postal + 1);
    Some(end - k)
}

/// Whether a folded line is only a page's last-updated stamp (`senast
/// uppdaterad: 03/21/2017`): a last-updated label and its value.
pub(crate) fn update_stamp(f: &str) -> bool {
    f.split_once(':').is_some_and(|(head, value)| {
        label(head.trim()).is_some_and(|l| l.field == lexicon::Field::LastUpdated)
            && value.split_whitespace().count() <= 3
    })
}

/// Whether the line after a breadcrumb label is the page's heading rather
/// than the trail's section: it names a document kind and is no site
/// section's heading (`Styrande dokument`).
fn heading_after_label(l: &str) -> bool {
    crate::structure::kind_word(l).is_some() && !crate::structure::section_heading(l)
}

/// Whether a folded line of a web page's head is a link with its icon: the
/// icon's alternative text (`Webbplatser ikon`, the link's words and the
/// word `ikon`), or the link itself on the line before it (`Webbplatser`;
/// Region Halland `blind29/`).
fn icon_label(f: &str, next: Option<&str>) -> bool {
    let icon_alt = |l: &str| {
        l.strip_suffix(" ikon")
            .is_some_and(|w| !w.is_empty() && w.split_whitespace().count() <= 4)
    };
    icon_alt(f) || next.is_some_and(|n| fold(n).strip_suffix(" ikon") == Some(f))
}

/// How many lines open the text as a site's menu: at least
/// [`MENU_ITEMS`] links in a row, each a short dash or bullet item with no
/// sentence (`- Kommunfakta`, `- Diarium och arkiv`); `None` when fewer.
fn menu_items(text: &[(usize, &String)]) -> Option<usize> {
    let n = text
        .iter()
        .take_while(|(_, l)| {
            let item = l.strip_prefix("- ").or_else(|| l.strip_prefix("• "));
            item.is_some_and(|i| {
                i.split_whitespace().count() <= 6 && !i.trim_end().ends_with(['.', ':', ';'])
            })
        })
        .count();
    (n >= MENU_ITEMS).then_some(n)
}

/// The fewest links in a row read as a site's menu.
const MENU_ITEMS: usize = 5;

/// Whether a folded line of a web page's head is chrome: only buttons and
/// links ([`lexicon::WEB_HEAD_PHRASES`]), a logo's or coat of arms'
/// alternative text, or a cookie, translation or language notice.
pub(crate) fn is_head_chrome(f: &str) -> bool {
    let words: Vec<&str> = f
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty() && *w != "-")
        .collect();
    // The logo word first or last, with a name, not a heading about logos
    // (`Logotyp och grafisk profil`).
    let logo_word = |w: &&str| {
        lexicon::LOGO_WORD_STARTS.iter().any(|s| w.starts_with(s))
            || lexicon::LOGO_WORD_ENDS.iter().any(|s| w.ends_with(s))
    };
    let logo = words.len() <= 6
        && (words.first().is_some_and(logo_word) || words.last().is_some_and(logo_word))
        && !words.contains(&"och");
    // A logo's link to the start page, its name before it
    // (`Vårdgivare och samarbetspartners-logotyp (till startsidan)`,
    // Region Västmanland `blind129/`).
    let home_link = words.len() <= 8 && f.trim_end().ends_with("(till startsidan)");
    let notice = lexicon::WEB_NOTICE_MARKERS.iter().any(|m| f.contains(m));
    // The link to a kommun's e-service portal (`Mitt Nacka`, `blind52/`).
    let portal = words.len() == 2 && words.first() == Some(&"mitt");
    !words.is_empty() && (logo || home_link || notice || portal || covered_by_phrases(&words))
}

/// Whether the words are a run of [`lexicon::WEB_HEAD_PHRASES`], each
/// phrase the longest that fits where it starts.
fn covered_by_phrases(words: &[&str]) -> bool {
    let mut at = 0;
    while at < words.len() {
        let rest = words.get(at..).unwrap_or(&[]);
        let longest = lexicon::WEB_HEAD_PHRASES
            .iter()
            .map(|p| p.split(' ').collect::<Vec<_>>())
            .filter(|p| rest.starts_with(p))
            .map(|p| p.len())
            .chain(skip_link(rest))
            .max();
        match longest {
            Some(n) => at += n,
            None => return false,
        }
    }
    true
}

/// The length of a skip link at the start of folded words: a verb of
/// moving or `direkt` (or neither), `till`, optionally `sidans`, and the
/// page's (main) content, optionally followed by `på sidan` (`Navigera
/// till sidans huvudinnehåll`, `Direkt till innehållet`, `Fortsätt till
/// huvudinnehållet`, `Hoppa till innehåll`, `Till innehåll på sidan`).
fn skip_link(words: &[&str]) -> Option<usize> {
    let mut at = 0;
    if words
        .first()
        .is_some_and(|w| lexicon::SKIP_LINK_VERBS.contains(w))
    {
        at += 1;
    }
    if words.get(at) == Some(&"direkt") {
        at += 1;
    }
    if words.get(at) != Some(&"till") {
        return None;
    }
    at += 1;
    if words.get(at) == Some(&"sidans") {
        at += 1;
    }
    if !words
        .get(at)
        .is_some_and(|w| lexicon::SKIP_LINK_TARGETS.contains(w))
    {
        return None;
    }
    at += 1;
    if words.get(at..at + 2) == Some(&["pa", "sidan"][..]) {
        at += 2;
    }
    Some(at)
}

/// The quoted text of a download button (`Download "X"` → `X`).
pub(crate) fn quoted_by_chrome(line: &str) -> Option<&str> {
    let f = fold(line);
    let p = QUOTING_CHROME.iter().find(|p| f.starts_with(*p))?;
    // The prefix is ASCII apart from folding-neutral letters: find the quote.
    let open = line.find('"')?;
    let _ = p;
    let inner = line.get(open + 1..)?.trim_end();
    let inner = inner.strip_suffix('"').unwrap_or(inner).trim();
    (!inner.is_empty()).then_some(inner)
}

static PAGE_START: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"^(\d{1,3})(?:\s*\(\s*\d{1,3}\s*\))?\s+(\S.*)$"));

/// A page's number with its count (`1 (6) `), opening a text: the number.
static PAGE_COUNT_MARK: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"^(\d{1,3})\s*\(\s*\d{1,3}\s*\)\s+"));

/// `s` after the page markers it opens with (`1 (6) Avgifter …`; `1 1 (6)
/// …`, a viewer's page number before the page's own with its count, Sala
/// `blind125/`); `s` itself when it opens with none.
pub(crate) fn after_page_marks(s: &str) -> &str {
    let viewer = s
        .split_once(' ')
        .filter(|(n, _)| (1..=3).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit()))
        .map(|(_, rest)| rest.trim_start());
    [viewer, Some(s)]
        .into_iter()
        .flatten()
        .find_map(|t| {
            PAGE_COUNT_MARK
                .find(t)
                .map(|m| crate::re::part(t, m.end()..))
        })
        .unwrap_or(s)
}

/// The length of a page-flattened line to be sure pages were flattened: a
/// page of text is long.
const LONG_PAGE: usize = 200;

/// When the text is page-flattened (lines that begin with page numbers
/// counting up from 1, at least one of them a whole page long), the bytes
/// of each such line's text: from after its page number to the end, or to
/// before the same number printed again at the page's foot (`1 Riktlinjer
/// för lån 1`: the viewer's page marker and the page's own number).
pub(crate) fn page_number_ends(lines: &[String], dropped: &[bool]) -> Vec<(usize, Range<usize>)> {
    let mut chain: Vec<(usize, Range<usize>)> = Vec::new();
    let mut next = 1u32;
    for (i, l) in lines.iter().enumerate() {
        if l.is_empty() || crate::pre::is_set(dropped, i) {
            continue;
        }
        let Some(c) = PAGE_START.captures(l) else {
            continue;
        };
        let (Some(n), Some(rest)) = (c.get(1), c.get(2)) else {
            continue;
        };
        if n.as_str().parse::<u32>().ok() == Some(next) {
            // The page's own number with its count after the viewer's
            // marker (`1 1 (6) Avgifter …`, Sala `blind125/`).
            let start = PAGE_COUNT_MARK
                .captures(rest.as_str())
                .filter(|a| a.get(1).is_some_and(|m| m.as_str() == n.as_str()))
                .and_then(|a| a.get(0))
                .map_or(rest.start(), |m| rest.start() + m.end());
            let text = crate::re::part(l, start..).trim_end();
            let end = text
                .strip_suffix(n.as_str())
                .filter(|t| t.ends_with(' ') && !t.trim().is_empty())
                .map_or(start + text.len(), |t| start + t.trim_end().len());
            chain.push((i, start..end));
            next += 1;
        }
    }
    let long = chain
        .iter()
        .any(|&(i, _)| lines.get(i).is_some_and(|l| l.len() >= LONG_PAGE));
    if chain.len() >= 2 && long {
        chain
    } else {
        Vec::new()
    }
}

/// A place a segment may begin: byte offset, and whether a label starts
/// there (as opposed to an adoption participle).
#[derive(Debug, Clone, Copy)]
struct Cut {
    at: usize,
    label_end: Option<usize>,
}

/// The whitespace-separated words of a line with their byte offsets: the
/// importer's one way to walk a line word by word and cut it at a word.
pub(crate) fn words(line: &str) -> Vec<(usize, &str)> {
    line.split_whitespace()
        .map(|w| (w.as_ptr() as usize - line.as_ptr() as usize, w))
        .collect()
}

/// The label (longest first) that starts at word `j`: its last word index
/// and whether it ends with a colon.
fn label_at(ws: &[(usize, &str)], j: usize) -> Option<(usize, bool, &'static lexicon::Label)> {
    for n in (1..=LABEL_MAX_WORDS).rev() {
        let Some(window) = ws.get(j..j + n) else {
            continue;
        };
        let cand: Vec<String> = window.iter().map(|(_, w)| fold(w)).collect();
        let cand = cand.join(" ");
        let colon = cand.ends_with(':');
        if let Some(l) = label(cand.trim_end_matches(':')) {
            return Some((j + n - 1, colon, l));
        }
    }
    None
}

/// The word index after a diarienummer value starting at word `j`
/// (`KS 2008/461`, `KS-0715/2015`, `2017-00044`, `2013/143 KS`).
fn dnr_value_end(ws: &[(usize, &str)], j: usize) -> Option<usize> {
    let is_number = |w: &str| {
        w.chars().any(|c| c.is_ascii_digit())
            && w.contains(['/', ':', '-'])
            && w.chars()
                .all(|c| c.is_alphanumeric() || "/:-.,".contains(c))
            && !w.ends_with(',')
    };
    let (_, first) = ws.get(j)?;
    if is_number(first) {
        // The body's code after the number (`2013/143 KS`): part of it.
        let code = first.starts_with(|c: char| c.is_ascii_digit())
            && ws.get(j + 1).is_some_and(|(_, c)| {
                c.starts_with(char::is_alphabetic)
                    && format!("{first} {c}")
                        .parse::<styrdok_core::Dnr>()
                        .is_ok_and(|d| d.prefix().is_some())
            });
        return Some(j + 1 + usize::from(code));
    }
    let (_, second) = ws.get(j + 1)?;
    (first.len() <= 6 && first.chars().all(char::is_uppercase) && is_number(second))
        .then_some(j + 2)
}

/// Where the line may be cut.
fn cuts(line: &str) -> Vec<Cut> {
    let ws = words(line);
    let all_caps = line
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let participles: Vec<String> = lexicon::adoption_forms(true, true, false)
        .iter()
        .map(|f| fold(f))
        .collect();
    let mut out = Vec::new();
    // The word after the last label read: a label right there continues a
    // run of labels (a header row), whatever its kind.
    let mut after_label: Option<usize> = None;
    let mut j = 0;
    while j < ws.len() {
        let Some(&(at, w)) = ws.get(j) else { break };
        // A diarienummer with no label, in a line of letterhead
        // ("IT-strategi för Sunne kommun KS2016/846/01 Antagen av …"): a
        // segment of its own, unless a label precedes it.
        // "Ks 182/2013 Riktlinjer för …": a series and its number, two
        // words, opening a line (elsewhere it may be a cited decision's:
        // "Ersätter beslut KS 2016/123").
        if j == 0
            && let Some(&(_, n)) = ws.get(1)
            && series_then_number(w, n)
        {
            if let Some(&(next, _)) = ws.get(2) {
                out.push(Cut {
                    at: next,
                    label_end: None,
                });
            }
            j += 2;
            continue;
        }
        // A series and a year joined by `/` (`KSKF/2018:419`) is cut only
        // in a letterhead, before any label: after labels it is a value
        // of a flattened table row (`… Dokumentansvarig Kommunfullmäktige
        // KSKF/2017:198 …`), and the row's other values stay together.
        let slashed = w
            .split_once('/')
            .is_some_and(|(series, _)| series.chars().all(char::is_alphabetic));
        let labelled_before = out.iter().any(|c| c.label_end.is_some());
        if j > 0 && is_dnr_token(w) && after_label != Some(j) && !(slashed && labelled_before) {
            out.push(Cut {
                at,
                label_end: None,
            });
            if let Some(&(next, _)) = ws.get(j + 1) {
                out.push(Cut {
                    at: next,
                    label_end: None,
                });
            }
            j += 1;
            continue;
        }
        let capitalized = w.chars().next().is_some_and(char::is_uppercase);
        // "… Ersätter Riktlinjer för personsäkerhet, RSK 59-2008 RIKTLINJER
        // FÖR PERSONSÄKERHET" (`blind97/`): in a mixed-case line, an
        // all-caps kind word opening a run of all-caps words is a title of
        // its own.
        let caps = crate::structure::all_caps;
        if j > 0
            && !all_caps
            && caps(w)
            && w.chars().count() >= 4
            && ws.get(j + 1).is_some_and(|(_, n)| caps(n))
            // After a word in lower case or a number's series (`59-2008`),
            // not after a bare year (`Reviderad september 2013 RIKTLINJER
            // FÖR LAHOLMS KOMMUN`, Laholm `tune3/`, whose title is above).
            && ws.get(j - 1).is_some_and(|(_, p)| {
                p.chars().any(char::is_lowercase)
                    || (p.chars().any(|c| c.is_ascii_digit()) && p.contains(['-', '/', ':']))
            })
            && DocumentKind::recognize_compound(w).is_some()
        {
            out.push(Cut {
                at,
                label_end: None,
            });
            j += 1;
            continue;
        }
        if !capitalized {
            // "… Landstinget Sörmland beslutad LS 12/13".
            let next_abbreviation = ws
                .get(j + 1)
                .is_some_and(|(_, n)| lexicon::is_body_abbreviation(n));
            if j > 0 && next_abbreviation && participles.contains(&fold(w)) {
                out.push(Cut {
                    at,
                    label_end: None,
                });
            }
            j += 1;
            continue;
        }
        let digits_after = |last: usize| {
            ws.get(last + 1)
                .is_some_and(|(_, n)| n.starts_with(|c: char| c.is_ascii_digit()))
        };
        // "… Fastställda av kommunstyrelsen Ersätter beslut KS …": a
        // replacement label citing a decision.
        let cites_decision =
            |last: usize| ws.get(last + 1).is_some_and(|(_, n)| fold(n) == "beslut");
        // "… Dnr RS 1045-2016 Ersätter Riktlinjer för personsäkerhet, RSK
        // 59-2008" (Västra Götalandsregionen, `blind97/`): a replacement
        // label before a capitalised kind word, after a word that ends no
        // sentence, names the document replaced when its diarienummer or
        // date follows within ten words (without one, the relation reader
        // takes the line as text: `… Ersätter Riktlinje Parkskötsel.`).
        let dated_citation = |last: usize| {
            let next: Vec<&str> = ws.iter().skip(last + 1).take(10).map(|(_, w)| *w).collect();
            crate::relations::parse_citation(&next.join(" "))
                .is_some_and(|t| t.dnr.is_some() || t.date.is_some())
        };
        let cites_document = |last: usize| {
            ws.get(last + 1).is_some_and(|(_, n)| {
                n.starts_with(char::is_uppercase)
                    && !caps(n)
                    && DocumentKind::recognize_compound(n.trim_end_matches([',', ':'])).is_some()
            }) && ws
                .get(j.wrapping_sub(1))
                .is_some_and(|(_, p)| !p.ends_with(['.', '!', '?', ':', ';']))
                && dated_citation(last)
        };
        // "… Postadress Besöksadress Telefon …": a letterhead's address
        // block ends what came before it.
        let address = ["postadress", "besoksadress"].contains(&fold(w).as_str())
            && ws.get(j + 1).is_some_and(|(_, n)| {
                ["besoksadress", "telefon", "telefax"].contains(&fold(n).as_str())
            });
        if address {
            if j > 0 {
                out.push(Cut {
                    at,
                    label_end: None,
                });
            }
            // The block's other labels stay in it.
            j += 1;
            while ws.get(j).is_some_and(|(_, n)| {
                ["besoksadress", "telefon", "telefax", "e-post", "webbplats"]
                    .contains(&fold(n).as_str())
            }) {
                j += 1;
            }
            continue;
        }
        // "Fastställd , 51": a date extraction lost before its paragraph.
        let lost_date = |last: usize| {
            ws.get(last + 1).is_some_and(|(_, n)| *n == ",")
                && ws
                    .get(last + 2)
                    .is_some_and(|(_, n)| n.chars().all(|c| c.is_ascii_digit()))
        };
        // "Beslutande Kommunfullmäktige": an adopter label before a body.
        let body_after = |last: usize| {
            ws.get(last + 1).is_some_and(|(_, n)| {
                n.starts_with(char::is_uppercase)
                    && crate::draft::classify_body(n.trim_end_matches([',', '.'])).is_some()
            })
        };
        // "Dokumentägare: CRE Fastställd Reviderad:" (Åstorp `blind134/`):
        // a label left empty, another label with its colon right after.
        let label_after = |last: usize| label_at(&ws, last + 1).is_some_and(|(_, c, _)| c);
        if let Some((last, colon, l)) = label_at(&ws, j)
            && (j == 0
                || colon
                || after_label == Some(j)
                || label_after(last)
                || (l.distinctive && !all_caps)
                || digits_after(last)
                || (matches!(l.field, lexicon::Field::Adoption) && lost_date(last))
                || (matches!(l.field, lexicon::Field::AdoptedBy) && body_after(last))
                || (l.field == lexicon::Field::Replaces
                    && (cites_decision(last) || (!all_caps && cites_document(last)))))
        {
            let end = ws.get(last).map_or(line.len(), |(a, w)| a + w.len());
            out.push(Cut {
                at,
                label_end: Some(end),
            });
            j = last + 1;
            after_label = Some(j);
            // "Dnr: KS 2008/461 Kommunstyrelsens plan …": the text after a
            // labelled diarienummer is not part of its value.
            if l.field == lexicon::Field::Dnr
                && let Some(after) = dnr_value_end(&ws, j)
                && let Some(&(next, n)) = ws.get(after)
                && n.starts_with(char::is_uppercase)
                && label_at(&ws, after).is_none()
            {
                out.push(Cut {
                    at: next,
                    label_end: None,
                });
            }
            continue;
        }
        // "Antagen i kommunfullmäktige": a capitalised participle with "i"
        // before a body adopts as "av" does.
        let next_is_av = ws.get(j + 1).is_some_and(|(_, n)| fold(n) == "av")
            || (w.starts_with(char::is_uppercase)
                && ws.get(j + 1).is_some_and(|(_, n)| *n == "i")
                && ws.get(j + 2).is_some_and(|(_, b)| {
                    crate::draft::classify_body(b.trim_end_matches([',', '.'])).is_some()
                }));
        // After a sentence's full stop the sentence splitter does the
        // work; without one, the text ran together.
        let self_reference = SELF_REFERENCE_STARTS.contains(&w)
            && ws
                .get(j.wrapping_sub(1))
                .is_some_and(|(_, p)| !p.ends_with(['.', '!', '?', ':', ';']));
        // "… Riktlinje för lön Riktlinjen är antagen av …": the definite
        // form of a kind word, followed by an adoption, begins a segment.
        let adopted_after = ws
            .get(j + 1..(j + 3).min(ws.len()))
            .is_some_and(|n| n.iter().any(|(_, n)| participles.contains(&fold(n))));
        let kind_reference = adopted_after
            && ws
                .get(j.wrapping_sub(1))
                .is_some_and(|(_, p)| !p.ends_with(['.', '!', '?', ':', ';']))
            && line
                .get(at..)
                .and_then(|r| crate::structure::self_ref_len(r, None, None))
                .is_some_and(|l| l == w.len());
        // `Dokumentansvarig Kommunchefen Reviderad av` (a flattened head,
        // `blind132/`): a capitalised revision participle with an empty `av`
        // (no body after it) ends the value before it as an adoption's
        // does; a revision by a body stays in the adoption's segment, where
        // the latest of several is read.
        let revised = w.starts_with(char::is_uppercase)
            && lexicon::REVISION_FORMS.contains(&fold(w).as_str())
            && ws.get(j + 2).is_none_or(|(_, b)| {
                crate::draft::classify_body(b.trim_end_matches([',', '.'])).is_none()
            });
        if j > 0
            && ((next_is_av && (participles.contains(&fold(w)) || revised))
                || self_reference
                || kind_reference)
        {
            out.push(Cut {
                at,
                label_end: None,
            });
        }
        j += 1;
    }
    out
}

static DNR_TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"^\p{Lu}{1,5}[-/]?(?:(?:19|20)\d{2}[/:.-]\d{1,5}(?:[/:.-]\d{1,4})*|\d{1,5}/(?:19|20)\d{2})$",
    )
});

/// Whether a word is a diarienummer on its own (`KS2016/846/01`,
/// `KS-2018/372`): letters, a year and a number, no space.
pub(crate) fn is_dnr_token(w: &str) -> bool {
    (DNR_TOKEN.is_match(w) || spaced_dnr(w)) && w.parse::<styrdok_core::Dnr>().is_ok()
}

/// `Ks 182/2013`, `BUN 2019/44`: a series of letters, a space, and a
/// number with a year joined by `/` (not `:`, a statute's number), the
/// series no dnr label and no statute book.
fn spaced_dnr(w: &str) -> bool {
    let Some((series, number)) = w.split_once(' ') else {
        return false;
    };
    series_then_number(series, number)
}

/// Whether two words are a series and a number with its year (`Ks`
/// `900/2019`): see [`is_dnr_token`].
pub(crate) fn series_then_number(series: &str, number: &str) -> bool {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        crate::re::compile(r"^(?:(?:19|20)\d{2}/\d{1,5}|\d{1,5}/(?:19|20)\d{2})$")
    });
    (1..=5).contains(&series.chars().count())
        && series.starts_with(char::is_uppercase)
        && series.chars().all(char::is_alphabetic)
        && !lexicon::DNR_LABELS.contains(&fold(series).as_str())
        && !lexicon::STATUTE_BOOKS.contains(&series)
        && NUMBER.is_match(number)
}

/// A series glued to its year and number in one word (`Ks/2015:184`,
/// Jönköping `blind88/`): a capitalised series of two to five letters, a
/// slash, the year, a colon and the number.
pub(crate) fn glued_series_number(word: &str) -> bool {
    static GLUED: LazyLock<Regex> =
        LazyLock::new(|| crate::re::compile(r"^\p{Lu}\p{Ll}{1,4}/(?:19|20)\d{2}:\d{1,5}$"));
    GLUED.is_match(word)
}

/// The segments of one line: the line itself when it holds no label or
/// adoption participle after its start.
pub(crate) fn segments(line: &str) -> Vec<String> {
    let cs = cuts(line);
    if cs.iter().all(|c| c.at == 0) && cs.len() <= 1 {
        return vec![line.to_owned()];
    }
    let mut bounds: Vec<usize> = vec![0];
    let mut k = 0;
    while let Some(c) = cs.get(k) {
        // A run of labels with nothing between them is one header row; its
        // values (up to the next cut) are the next segment.
        let mut run_end = c.label_end;
        let mut m = k;
        while let (Some(end), Some(n)) = (run_end, cs.get(m + 1)) {
            if n.label_end.is_some() && line.get(end..n.at).is_some_and(|g| g.trim().is_empty()) {
                run_end = n.label_end;
                m += 1;
            } else {
                break;
            }
        }
        // "Beslutsdatum: Giltighetstid: Tills vidare …": labels with colons
        // whose run is followed by a value on the same line are empty
        // labels and the last one's value, not a header row.
        let colon_run = (k..=m).all(|i| {
            cs.get(i)
                .and_then(|c| c.label_end)
                .is_some_and(|e| line.get(..e).is_some_and(|l| l.ends_with(':')))
        });
        // `Gäller från och med Diarienummer: 2013/85` (Älmhult), `Fastställd
        // Reviderad: …` (Åstorp `blind134/`): a bare label before one with
        // its colon is empty too, when cut as one ([`cuts`]).
        // Two labels only: a longer run with colons after its first label
        // is a header row (`Beslutad av Diarienummer: Ersätter: …`).
        let last_colon =
            m == k + 1 && run_end.is_some_and(|e| line.get(..e).is_some_and(|l| l.ends_with(':')));
        let next_at = cs.get(m + 1).map_or(line.len(), |n| n.at);
        let value_follows = run_end
            .and_then(|e| line.get(e..next_at))
            .is_some_and(|v| !v.trim().is_empty());
        if m > k && (colon_run || last_colon) && value_follows {
            for i in k..=m {
                if let Some(c) = cs.get(i) {
                    bounds.push(c.at);
                }
            }
            k = m + 1;
            continue;
        }
        bounds.push(c.at);
        if m > k
            && let Some(end) = run_end
        {
            bounds.push(end);
        }
        k = m + 1;
    }
    bounds.push(line.len());
    bounds.dedup();
    bounds
        .windows(2)
        .filter_map(|w| match w {
            [a, b] => line.get(*a..*b),
            _ => None,
        })
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .enumerate()
        // A full stop before a cut only ended the segment ("Rutin för X.
        // Beslutad av …").
        .map(|(k, s)| if k == 0 { s } else { s.trim_end_matches('.') }.to_owned())
        .rev()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A web page's footer `Sidan uppdaterades …` gives the page's last
    /// update, with or without `den` or `senast:` (invented page; the
    /// form of Åmål's, Luleå's and Gislaved's).
    #[test]
    fn a_page_footers_update_is_the_last_update() {
        for (footer, date) in [
            ("Sidan uppdaterades 2021-07-19", "2021-07-19"),
            ("Sidan uppdaterades den 8 juli 2020", "2020-07-08"),
            ("Sidan uppdaterades senast: 2018-03-16", "2018-03-16"),
        ] {
            let t = format!("Regler för bad\n\nText om bad som följer.\n\n{footer}\n");
            let d = crate::import(&t);
            assert_eq!(
                d.last_updated.map(|x| x.to_string()).as_deref(),
                Some(date),
                "{footer}"
            );
        }
    }

    #[test]
    fn an_office_contact_block_in_the_head_is_chrome() {
        // Invented wording, the form of Region Gotland's page head.
        let lines = |ls: &[&str]| ls.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let page = lines(&[
            "Region Norrby",
            "Reception och upplysning",
            "Storgatan 1",
            "123 45  Norrby",
            "Telefon: 0123-45 67 89",
            "E-post: region@norrby.se",
            "",
            "Flaggning",
            "Regionen flaggar på flaggdagarna.",
        ]);
        assert_eq!(chrome_head(&page, &[]), [0, 1, 2, 3, 4, 5]);
        // A heading and a paragraph without an address are no block.
        let page = lines(&["Flaggning", "Regionen flaggar.", "Mer text."]);
        assert!(chrome_head(&page, &[]).is_empty());
    }

    #[test]
    fn a_web_page_head_is_chrome_up_to_the_heading() {
        let page: Vec<String> = [
            "Gå till innehåll Gå till huvudmeny",
            "Öppna sök Stäng sök Sök",
            "",
            "Logotyp för Exempelby kommun",
            "Exempelby kommunvapen",
            "Du är här:",
            "Bygga och bo",
            "Lyssna",
            "Avfallshantering",
            "Kontakt",
            "Text under the heading",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        // The heading ends the head: `Kontakt` below it is text.
        assert_eq!(chrome_head(&page, &[]), [0, 1, 3, 4, 5, 6, 7]);
        // A site section's name above its menu of links.
        let menu: Vec<String> = [
            "Bygga och bo",
            "- Bygglov",
            "- Detaljplaner",
            "- Kartor och mätning",
            "• Lantmäteri",
            "- Fastigheter",
            "Avfallshantering",
            "- Sortera rätt.",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        assert_eq!(chrome_head(&menu, &[]), [0, 1, 2, 3, 4, 5]);
        // Four items are a list, not a menu.
        assert_eq!(
            chrome_head(menu.get(1..).unwrap_or(&[]), &[]),
            Vec::<usize>::new()
        );
        // A line already dropped is passed over.
        let dropped = [false, false, false, false, false, false, false, false, true];
        assert_eq!(chrome_head(&page, &dropped), [0, 1, 3, 4, 5, 6, 7, 9]);
    }

    #[test]
    fn a_link_and_its_icon_text_are_chrome() {
        // Region Halland's form (`blind29/`), invented link words.
        let page: Vec<String> = [
            "Tjänster",
            "",
            "Tjänster ikon",
            "",
            "Regler för bidrag",
            "Bidrag ska sökas.",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        assert_eq!(chrome_head(&page, &[]), [0, 2]);
        // A heading with no icon line after it ends the head.
        let page: Vec<String> = ["Tjänster", "Regler för bidrag"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        assert_eq!(chrome_head(&page, &[]), Vec::<usize>::new());
        // A breadcrumb label whose trail was lost: the line after it names a
        // document kind and is the page's heading; a section's name is not.
        let lost = |next: &str| -> Vec<usize> {
            let page: Vec<String> = ["Du är här:", next, "Text under the heading"]
                .iter()
                .map(|s| (*s).to_owned())
                .collect();
            chrome_head(&page, &[])
        };
        assert_eq!(lost("Skolskjutsregler"), [0]);
        assert_eq!(lost("Kommun och politik"), [0, 1]);
        assert_eq!(lost("Styrande dokument"), [0, 1]);
    }

    #[test]
    fn head_chrome_is_buttons_logos_and_notices_only() {
        for chrome in [
            "Language",
            "Öppna meny Stäng meny Meny",
            "Språkhjälp [Hur fungerar det?]",
            "Startsida, Exempelby stad",
            "Exempelby kommuns logga",
            "Logotype",
            "På exempelby.se används kakor för att sidan ska fungera.",
            "Use Google translate to translate the web page.",
            "Lyssna på sidan Lyssna",
            // Skip links (invented variants of the form).
            "Navigera till sidans innehåll",
            "Direkt till huvudinnehållet",
            "Fortsätt direkt till innehållet Meny",
            "Till innehållet på sidan",
            "Hoppa till innehåll på sidan Meny",
            "Stor textstorlek",
            "Verktygsfält",
            // Stop 65, tuned on the spent `blind129/` (invented names).
            "Till start",
            "Patienter och anhöriga-logotyp (till startsidan)",
        ] {
            assert!(is_head_chrome(&fold(chrome)), "{chrome}");
        }
        for heading in [
            "Kamerabevakning",
            "Sök bygglov",
            "Trygghet och säkerhet",
            "Kontaktcenter, hantering av personuppgifter",
            "Riktlinjer för logotyp och grafisk profil i Exempelby kommun",
            "Logotyp och grafisk profil",
            "Exempelby kommun",
            "Lyssna på barnen",
            "Direkt till dig",
            "Navigera till sidans innehåll om arkiv",
            "Till innehållet i planen",
            "Till innehållet på sidan 4",
            "Till sidan",
            "Textstorlek på skyltar",
            "Till start för nya företag",
            "Regler för resor till start och mål i tävlingar (till startsidan)",
        ] {
            assert!(!is_head_chrome(&fold(heading)), "{heading}");
        }
    }

    #[test]
    fn inline_label_runs() {
        let s = segments(
            "Namn på dokumentet: IT-policy Dokumenttyp: Riktlinje Version: 1.0 Beslutad av: Kommunfullmäktige Diarienummer: KS 2018/1092 Dokumentansvarig: Kanslichef",
        );
        assert_eq!(
            s,
            [
                "Namn på dokumentet: IT-policy",
                "Dokumenttyp: Riktlinje",
                "Version: 1.0",
                "Beslutad av: Kommunfullmäktige",
                "Diarienummer: KS 2018/1092",
                "Dokumentansvarig: Kanslichef"
            ]
        );
        // `Reviderad av:` starts a field; `reviderad av` in a sentence not.
        assert_eq!(
            segments("Dokumentansvarig: Parkchefen Reviderad av: -"),
            ["Dokumentansvarig: Parkchefen", "Reviderad av: -"]
        );
        // An empty label before a label with its colon ends the value
        // before it (`blind134/`; Älmhult).
        assert_eq!(
            segments("Dokumentägare: CRE Fastställd Reviderad: Ansökan"),
            ["Dokumentägare: CRE", "Fastställd", "Reviderad: Ansökan"]
        );
        assert_eq!(
            segments("Beslutad av Kommunfullmäktige Gäller från och med Diarienummer: 2013/85"),
            [
                "Beslutad av Kommunfullmäktige",
                "Gäller från och med",
                "Diarienummer: 2013/85"
            ]
        );
        // Capitalised with `av`, it ends the value before it with no colon
        // too (`blind132/`).
        assert_eq!(
            segments("Dokumentansvarig Kommunchefen Reviderad av"),
            ["Dokumentansvarig Kommunchefen", "Reviderad av"]
        );
        assert_eq!(
            segments("Planen har reviderad av nämnden"),
            ["Planen har reviderad av nämnden"]
        );
    }

    #[test]
    fn titles_and_adoptions() {
        assert_eq!(
            segments("IT POLICY FÖR PAJALA KOMMUN ANTAGEN AV KOMMUNFULLMÄKTIGE"),
            [
                "IT POLICY FÖR PAJALA KOMMUN",
                "ANTAGEN AV KOMMUNFULLMÄKTIGE"
            ]
        );
        assert_eq!(
            segments(
                "Reglemente för socialnämnden Beslutad av kommunfullmäktige , 184 Dnr KSF 2018/372"
            ),
            [
                "Reglemente för socialnämnden",
                "Beslutad av kommunfullmäktige , 184",
                "Dnr KSF 2018/372"
            ]
        );
        assert_eq!(
            segments("TRAFIKPOLICY För personal i Norrby kommun Antagen i kommunfullmäktige 2020"),
            [
                "TRAFIKPOLICY För personal i Norrby kommun",
                "Antagen i kommunfullmäktige 2020"
            ]
        );
        // "i" before what is not a body is not an adoption.
        let t = "Planen Antagen i sin helhet gäller";
        assert_eq!(segments(t), [t]);
        // Prose is left alone.
        let prose = "Kommunstyrelsen ansvarar för att policyn följs och att den ses över.";
        assert_eq!(segments(prose), [prose]);
    }

    #[test]
    fn a_kind_reference_before_its_adoption() {
        assert_eq!(
            segments("Norrby kommun Riktlinje för lön Riktlinjen är antagen av kommunstyrelsen"),
            [
                "Norrby kommun Riktlinje för lön",
                "Riktlinjen är antagen av kommunstyrelsen"
            ]
        );
        assert!(is_dnr_token("KS-267/2011") && is_dnr_token("KS2016/846/01"));
        // The series, a slash, the year, a colon (`KS/2014:549`).
        assert!(is_dnr_token("NBN/2019:12"));
        assert!(!is_dnr_token("NBN/2019") && !is_dnr_token("Nbn/2019:12"));
        assert_eq!(
            segments("Norrby kommun Anna Berg NBN/2019:12 Nämnden Riktlinje för lön"),
            [
                "Norrby kommun Anna Berg",
                "NBN/2019:12",
                "Nämnden Riktlinje för lön"
            ]
        );
        // After a row of labels it stays a value among the row's values.
        assert_eq!(
            segments("Beslutad av Diarienummer Dokumentansvarig Nämnden NBN/2019:12 Anna Berg"),
            [
                "Beslutad av Diarienummer Dokumentansvarig",
                "Nämnden NBN/2019:12 Anna Berg"
            ]
        );
    }

    #[test]
    fn a_replaced_decision_and_an_address_block() {
        assert_eq!(
            segments(
                "Fastställda av kommunstyrelsen Ersätter beslut KS , KS Postadress Besöksadress Telefon Norrby"
            ),
            [
                "Fastställda av kommunstyrelsen",
                "Ersätter beslut KS , KS",
                "Postadress Besöksadress Telefon Norrby"
            ]
        );
    }

    #[test]
    fn text_after_a_labelled_dnr() {
        assert_eq!(
            segments("Dnr: KS 2008/461 Kommunstyrelsens plan för X kompletterar Y."),
            [
                "Dnr: KS 2008/461",
                "Kommunstyrelsens plan för X kompletterar Y."
            ]
        );
        assert_eq!(segments("Dnr: KS 2008/461"), ["Dnr: KS 2008/461"]);
        // The body's code after the number is part of it (Västerås
        // `blind142/` writes `2013/143-KS`); a word after it is not.
        assert_eq!(
            segments("Diarienr: 2013/143 KS Riktlinje för inköp"),
            ["Diarienr: 2013/143 KS", "Riktlinje för inköp"]
        );
        assert_eq!(
            segments("Dnr: 2013/143 Kommunstyrelsens plan"),
            ["Dnr: 2013/143", "Kommunstyrelsens plan"]
        );
    }

    #[test]
    fn an_unlabelled_dnr_in_the_letterhead() {
        assert_eq!(
            segments("IT-strategi för Sunne kommun KS2016/846/01 Antagen av kommunfullmäktige"),
            [
                "IT-strategi för Sunne kommun",
                "KS2016/846/01",
                "Antagen av kommunfullmäktige"
            ]
        );
    }

    #[test]
    fn a_flattened_header_row_and_its_values() {
        assert_eq!(
            segments("Dokumentnamn Dokumenttyp Beslutsinstans IT-policy Policy Kommunfullmäktige"),
            [
                "Dokumentnamn Dokumenttyp Beslutsinstans",
                "IT-policy Policy Kommunfullmäktige"
            ]
        );
    }

    #[test]
    fn an_adoption_whose_date_was_lost_and_an_adopter_label() {
        assert_eq!(
            segments(
                "Dokumentnamn Policy för bad Fastställd , 51 Beslutande Kommunfullmäktige Giltighetstid Tills vidare"
            ),
            [
                "Dokumentnamn Policy för bad",
                "Fastställd , 51",
                "Beslutande Kommunfullmäktige",
                "Giltighetstid Tills vidare"
            ]
        );
    }

    #[test]
    fn a_series_and_its_number_in_two_words() {
        assert_eq!(
            segments("Ks 182/2013 Riktlinjer för bad Norrby kommun"),
            ["Ks 182/2013", "Riktlinjer för bad Norrby kommun"]
        );
        assert!(is_dnr_token("Ks 182/2013"));
        assert!(!is_dnr_token("SFS 2009/400"));
        assert!(!is_dnr_token("Dnr 2019/44"));
        assert_eq!(
            segments("Enligt lagen SFS 2009:400 gäller"),
            ["Enligt lagen SFS 2009:400 gäller"]
        );
    }

    #[test]
    fn empty_colon_labels_before_a_value() {
        assert_eq!(
            segments("Beslutsinstans: Nämnden Beslutsdatum: Giltighetstid: Tills vidare text"),
            [
                "Beslutsinstans: Nämnden",
                "Beslutsdatum:",
                "Giltighetstid: Tills vidare text"
            ]
        );
        // A header row of colon labels at the line's end stays one.
        assert_eq!(
            segments("Fastställd av: Fastställd datum: Diarienummer:"),
            ["Fastställd av: Fastställd datum: Diarienummer:"]
        );
    }

    #[test]
    fn a_download_links_type_and_size() {
        for (line, link) in [
            ("Riktlinjer för X.pdf Pdf, 366.1 kB.", "Pdf, 366.1 kB."),
            (
                "Läs reglementet här (nytt fönster)PDF (pdf, 314.8 kB)",
                "(pdf, 314.8 kB)",
            ),
            (
                "Läs policyn i sin helhet. (PDF-dokument, 147 kB)",
                "(PDF-dokument, 147 kB)",
            ),
        ] {
            let r = download_link(line).expect(line);
            assert_eq!(line.get(r), Some(link));
        }
        // A bandwidth, a file named without its size, a size without a file
        // type: no download link.
        for line in [
            "Alla ska ha tillgång till bredband (100 Mb/s).",
            "Policyn finns som pdf på webbplatsen.",
            "Filen är 12 kB stor.",
        ] {
            assert_eq!(download_link(line), None, "{line}");
        }
    }

    #[test]
    fn web_chrome_counts() {
        assert!(is_chrome("03.02.2019 Views"));
        assert!(is_chrome("1 234 visningar"));
        assert!(is_chrome("SHOW MORE"));
        assert!(!is_chrome("Views"));
        assert!(!is_chrome("Riktlinjer för visningar"));
        // A site's category heading and its pointer (Vara's pages).
        assert!(is_chrome("Dokument tillhörande kommun och politik"));
        assert!(is_chrome("Skicka en kommentar till innehållsansvarig!"));
        assert!(is_chrome(
            "Mer information om barn och utbildning finns här."
        ));
        assert!(!is_chrome("Mer information om avgifterna finns i taxan."));
        assert!(!is_chrome("Dokument som tillhör ärendet ska diarieföras."));
    }

    #[test]
    fn a_replacement_label_before_a_kind_word_and_a_caps_title_after_it() {
        // Invented wording, the form of Västra Götalandsregionen's head.
        assert_eq!(
            segments(
                "Giltig från 2016-03-08 Dnr RS 1045-2016 Ersätter Riktlinjer för brandskydd, RSK 12-2008 RIKTLINJER FÖR BRANDSKYDD"
            ),
            [
                "Giltig från 2016-03-08",
                "Dnr RS 1045-2016",
                "Ersätter Riktlinjer för brandskydd, RSK 12-2008",
                "RIKTLINJER FÖR BRANDSKYDD"
            ]
        );
        // After a full stop the verb opens a sentence, not a label; a line
        // all in capitals keeps its words.
        let prose = "Planen gäller från 2020. Ersätter Riktlinjer för brandskydd helt";
        assert_eq!(segments(prose), [prose]);
        let caps = "RIKTLINJER FÖR BRANDSKYDD ERSÄTTER RIKTLINJER FÖR LARM";
        assert_eq!(segments(caps), [caps]);
    }

    #[test]
    fn page_numbers() {
        let long = "x ".repeat(150);
        let lines: Vec<String> = vec![
            "1 (6) Titel".into(),
            format!("2 (6) Innehåll {long}"),
            "3 1 Inledning".into(),
        ];
        let ends = page_number_ends(&lines, &[]);
        assert_eq!(ends.len(), 3);
        assert_eq!(&lines[0][ends[0].1.clone()], "Titel");
        assert_eq!(&lines[2][ends[2].1.clone()], "1 Inledning");
        // The page's own number at its foot goes with the marker; another
        // number stays (`Bilaga 3`), and so does a page that is only it.
        let lines: Vec<String> = vec![
            "1 Regler för lånecyklar i Norrby 1".into(),
            format!("2 Innehåll {long} Bilaga 3"),
            "3 3".into(),
        ];
        let ends = page_number_ends(&lines, &[]);
        assert_eq!(
            &lines[0][ends[0].1.clone()],
            "Regler för lånecyklar i Norrby"
        );
        assert!(lines[1][ends[1].1.clone()].ends_with("Bilaga 3"));
        assert_eq!(&lines[2][ends[2].1.clone()], "3");
        assert!(page_number_ends(&lines[..1], &[]).is_empty());
        // The viewer's marker, then the page's own number with its count
        // (Sala `blind125/`); another number after the marker stays.
        let lines: Vec<String> = vec![
            "1 1 (6) Avgifter för förskola".into(),
            format!("2 2 (6) Innehåll {long}"),
            "3 4 (6) Fritidshem".into(),
        ];
        let ends = page_number_ends(&lines, &[]);
        assert_eq!(&lines[0][ends[0].1.clone()], "Avgifter för förskola");
        assert!(lines[1][ends[1].1.clone()].starts_with("Innehåll"));
        assert_eq!(&lines[2][ends[2].1.clone()], "4 (6) Fritidshem");
        // A sentence's opening page markers, either form; a count alone stays.
        assert_eq!(after_page_marks("1 (6) Avgifter"), "Avgifter");
        assert_eq!(after_page_marks("1 1 (6) Avgifter"), "Avgifter");
        assert_eq!(after_page_marks("12 Avgifter"), "12 Avgifter");
        assert!(is_chrome("Storlek: px") && !is_chrome("Download \"IT-policy\""));
        // A web site's navigation and language bar.
        assert!(is_chrome("• A-Ö") && is_chrome("Huvudmeny") && is_chrome("close"));
        assert!(is_chrome(
            "Here you can choose in which language you would like to read our website."
        ));
        assert!(!is_chrome(
            "Om webbplatsens tillgänglighet gäller följande."
        ));
        assert_eq!(
            quoted_by_chrome("Download \"IT-policy. Antagen av KF 2004-06-14\""),
            Some("IT-policy. Antagen av KF 2004-06-14")
        );
    }
}
