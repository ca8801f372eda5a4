//! A title read from the lines around it: above its adoption, wrapped
//! or continued below, with a kind line or a `För` subtitle, after a
//! statute collection's header.

use super::*;

/// A title printed after a letterhead, right above its adoption line (`…
/// Systemansvarig Regler och riktlinjer för e-post … i Norrköpings kommun`
/// / `Fastställda av kommunstyrelsen`): the words from the last
/// capitalised kind word of the segment to its end. Looked for in the first
/// lines only, when no line could be read as the title.
pub(crate) fn above_adoption(p: &Prepared<'_>, consumed: &[bool]) -> Option<(usize, String)> {
    let text = |j: usize| p.lines.get(j).map_or("", |l| l.text.as_str());
    let filled: Vec<usize> = (0..p.lines.len())
        .filter(|&j| !text(j).is_empty())
        .take(12)
        .collect();
    for pair in filled.windows(2) {
        let &[j, k] = pair else { continue };
        if consumed.get(j).copied().unwrap_or(false) || !ADOPTION_START.is_match(text(k)) {
            continue;
        }
        let line = text(j);
        let mixed = |w: &str| w.chars().any(char::is_lowercase);
        let start = line
            .char_indices()
            .filter(|&(i, c)| {
                !c.is_whitespace()
                    && line
                        .get(..i)
                        .is_some_and(|b| b.is_empty() || b.ends_with(char::is_whitespace))
            })
            .map(|(i, _)| (i, line.get(i..).and_then(|r| r.split_whitespace().next())))
            .rfind(|(_, w)| {
                // `Regler för …` or in capitals (`RIKTLINJER FÖR …`).
                w.is_some_and(|w| {
                    w.starts_with(char::is_uppercase)
                        && (mixed(w) || w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
                        && kind_word(w).is_some()
                })
            })?
            .0;
        let mut span = line.get(start..).unwrap_or("").trim_end();
        // The last kind of a menu of kinds (`Strategi Program Plan Policy
        // Riktlinjer Regler Norrby kommuns …`) is the menu's: the name
        // starts after it.
        if menu_before(line.get(..start).unwrap_or(""))
            && let Some((_, rest)) = span.split_once(' ')
        {
            span = rest.trim_start();
        }
        if name_shaped(span) {
            return Some((j, span.to_owned()));
        }
    }
    None
}

/// Where a name written on `line` stops: the byte offset of the first word
/// that opens an adoption phrase (`Antagen av …`) or is a label (`Dnr:`),
/// if any.
pub(super) fn name_stop(line: &str) -> Option<usize> {
    crate::segment::words(line)
        .into_iter()
        .find(|&(at, w)| {
            line.get(at..).is_some_and(|r| ADOPTION_START.is_match(r))
                || (w.ends_with(':') && w.len() > 2)
        })
        .map(|(at, _)| at)
}

/// A title line that ends in a preposition or conjunction, its name wrapped
/// onto the lines below (`Regler för` / `kommunalt` / `partistöd`, Vara
/// `blind15/`; `Riktlinje för uppvaktning av medarbetare och` /
/// `förtroendevald`, Vetlanda `blind44/`): no name ends in such a word, so
/// the next lines are joined while they open in lower case, are short and
/// hold no label, up to [`WRAPPED_MAX_LINES`]. The last line joined and the
/// whole name; `None` when the title does not end so ([`ENDS_OPEN`] and a
/// few more) or nothing continues it, right below or where the document
/// writes the same words on a line of their own further down.
pub(crate) fn wrapped_on(p: &Prepared<'_>, end: usize, t: &str) -> Option<(usize, String)> {
    // Besides the words a name never ends with, a list's conjunctions and
    // `gällande` (`Riktlinjer gällande` / `bidrag`).
    const ALSO_OPEN: [&str; 3] = ["samt", "eller", "gallande"];
    let last = fold(t.split_whitespace().last()?);
    if !ENDS_OPEN.contains(&last.as_str()) && !ALSO_OPEN.contains(&last.as_str()) {
        return None;
    }
    // The line itself must end in that word: a page note trimmed off the
    // title (`gäller för 1(11)`) stands between it and the next line, and
    // joining across it would write a name the text does not.
    let line_last = p
        .lines
        .get(end)
        .and_then(|l| l.text.split_whitespace().last())
        .map(fold);
    if line_last.as_deref() != Some(last.as_str()) {
        return None;
    }
    // The lines right below that continue it, from line `from`.
    let joined = |from: usize| {
        let mut name = t.trim_end().to_owned();
        let mut at = None;
        for k in (from..p.lines.len()).take(WRAPPED_MAX_LINES) {
            let l = p.lines.get(k).map_or("", |l| l.text.as_str()).trim();
            let short = l.split_whitespace().count() <= 5;
            if l.is_empty()
                || !l.starts_with(char::is_lowercase)
                || !short
                || l.contains(':')
                || l.ends_with('.')
            {
                break;
            }
            name.push(' ');
            name.push_str(l);
            at = Some(k);
        }
        at.map(|k| (k, name))
    };
    // A web page's title cut where the document wraps its name: the name
    // as the document writes it further down, the same words on a line of
    // their own and the rest below (`Riktlinjer för kulturpris,
    // kulturstipendium och` / `arkitekturpris`, Skurup `blind128/`).
    joined(end + 1).or_else(|| {
        let want = fold(t.trim());
        (end + 1..p.lines.len())
            .take(SEARCH_LINES)
            .find(|&k| p.lines.get(k).is_some_and(|l| fold(l.text.trim()) == want))
            .and_then(|k| joined(k + 1))
    })
}

/// The most lines [`wrapped_on`] joins below a title.
pub(super) const WRAPPED_MAX_LINES: usize = 3;

/// The most lines a name continued below the title is joined from.
pub(super) const CONTINUED_MAX_LINES: usize = 6;

/// A title line that is the start of a longer name the document writes
/// below it, up to its adoption phrase or a label (`Riktlinjer för
/// handläggning` above `1 Riktlinjer för handläggning av ärenden enligt …
/// Dnr: …`; `Riktlinjer för Norrby kommuns webbplats, intranät` above the
/// name wrapped over short lines `Riktlinjer för Norrby kommuns` /
/// `webbplats, intranät,` / `och andra forum` / `Antagen av …`): the
/// longer name, with its first line. Only when the name ends right before
/// the adoption or label, holds the title's words first and adds words
/// that continue it (the first in lower case).
pub(crate) fn continued_below(p: &Prepared<'_>, line: usize, t: &str) -> Option<(usize, String)> {
    let norm = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .map(|w| w.trim_end_matches([',', ';']).to_lowercase())
            .filter(|w| !w.is_empty())
            .collect()
    };
    let want = norm(t);
    if want.len() < 2 {
        return None;
    }
    let text = |j: usize| p.lines.get(j).map_or("", |l| l.text.as_str());
    for j in (line + 1..p.lines.len()).take(RESTATED_LINES) {
        if text(j).trim().is_empty() {
            continue;
        }
        let mut joined = String::new();
        let mut stop = None;
        for k in (j..p.lines.len()).take(CONTINUED_MAX_LINES) {
            let l = text(k).trim();
            if l.is_empty() {
                break;
            }
            // Where on this line the name stops: an adoption phrase or a
            // label (`Dnr:`).
            let cut = name_stop(l);
            let part = l.get(..cut.unwrap_or(l.len())).unwrap_or("").trim_end();
            if !part.is_empty() {
                if !joined.is_empty() {
                    joined.push(' ');
                }
                joined.push_str(part);
            }
            // The label segmenter puts a label on a line of its own (a
            // blank line between): the next line opening with one ends the
            // name too.
            let next = [k + 1, k + 2]
                .into_iter()
                .map(|i| text(i).trim())
                .find(|l| !l.is_empty())
                .unwrap_or("");
            let next_stops = name_stop(next) == Some(0);
            if cut.is_some() || next_stops {
                stop = Some(k);
                break;
            }
            // Only a name wrapped over short lines goes on to the next.
            if l.split_whitespace().count() > 5 {
                break;
            }
        }
        let Some(_) = stop else { continue };
        // A page number before the name (`1 Riktlinjer …`).
        let name = joined
            .split_once(' ')
            .filter(|(n, _)| n.chars().all(|c| c.is_ascii_digit()))
            .map_or(joined.as_str(), |(_, r)| r)
            .trim_end_matches([',', ' ']);
        let got = norm(name);
        let n = got.len();
        let clause = got.iter().any(|w| {
            ["ska", "skall", "är", "gäller", "kan", "bör", "får", "måste"].contains(&w.as_str())
        });
        // The added words continue the name (`av ärenden …`, `och andra
        // …`): a capitalised word there starts a letterhead, an
        // organisation or a sentence.
        let continues = name
            .split_whitespace()
            .nth(want.len())
            .is_some_and(|w| w.starts_with(char::is_lowercase));
        if got.get(..want.len()) == Some(&want[..])
            && continues
            && !clause
            && n > want.len()
            && n <= HEADER_NAME_MAX_WORDS
            && !name.contains(". ")
            && !name.ends_with('.')
        {
            return Some((j, name.to_owned()));
        }
    }
    None
}

/// A title naming no kind that the document restates below on a line of
/// its own, its kind on the next line (`UPPHANDLING OCH INKÖP` / `POLICY
/// MED RIKTLINJER` on a cover, Ljusnarsberg `real/`, again as `blind144/`):
/// the name with its kind line, and that line. The kind line is two to
/// five words opening with a kind word, no label, no full stop.
pub(crate) fn kind_subtitle(p: &Prepared<'_>, line: usize, t: &str) -> Option<(usize, String)> {
    let want = fold(t.trim());
    if want.is_empty() || kind_word(t).is_some() {
        return None;
    }
    let text = |j: usize| p.lines.get(j).map_or("", |l| l.text.trim());
    // The restatement as written: preprocessing blanks a line that repeats
    // the title (a running header's form), so the original line counts.
    let written = |j: usize| {
        p.lines
            .get(j)
            .and_then(|l| p.orig.get(l.orig))
            .map_or("", |o| o.trim())
    };
    let k = (line + 1..p.lines.len())
        .take(FOR_SUBTITLE_LINES)
        .find(|&k| fold(text(k)) == want || (text(k).is_empty() && fold(written(k)) == want))?;
    let m = (k + 1..p.lines.len())
        .take(3)
        .find(|&m| !text(m).is_empty())?;
    let sub = text(m);
    let n = sub.split_whitespace().count();
    let opens_with_kind = sub
        .split_whitespace()
        .next()
        .is_some_and(|w| styrdok_core::DocumentKind::recognize_compound(w).is_some());
    (opens_with_kind && (2..=5).contains(&n) && !sub.contains([':', '.']))
        .then(|| (m, format!("{} {sub}", t.trim())))
}

/// How many lines below the title a restatement with a `För` subtitle is
/// looked for (a contents page may stand between).
pub(super) const FOR_SUBTITLE_LINES: usize = 60;
/// The most words a `För` subtitle may have.
pub(super) const FOR_SUBTITLE_MAX_WORDS: usize = 8;

/// A title the document restates below with a subtitle opening with a
/// capitalised `För` (`TRAFIKSÄKERHETSPOLICY För personal i Norrby kommun
/// Antagen i …` on one line, Gullspång, blind2; `Tillämpningsanvisningar
/// till arbetsmiljöpolicyn` / `För distansarbete` on the next line,
/// Linköping, tune3; Göteborg's `Lokal IT-Policy För förskolan och skolan`,
/// tune3, is read whole already): the name with its subtitle, with the
/// line. The subtitle is a short phrase (`För` and a lower-case word that
/// is not `att`, no clause word, no full stop) up to the line's end, an
/// adoption phrase or a label; all three truths keep it in the title.
pub(crate) fn for_subtitle(p: &Prepared<'_>, line: usize, t: &str) -> Option<(usize, String)> {
    let want = t.trim();
    if want.is_empty() {
        return None;
    }
    let text = |j: usize| p.lines.get(j).map_or("", |l| l.text.as_str().trim());
    for j in (line + 1..p.lines.len()).take(FOR_SUBTITLE_LINES) {
        // Page numbers before the restatement (`1 1 TRAFIKSÄKERHETSPOLICY`).
        let mut body = text(j);
        while let Some((n, r)) = body.split_once(' ')
            && n.chars().all(|c| c.is_ascii_digit())
        {
            body = r.trim_start();
        }
        let Some(head) = body.get(..want.len()) else {
            continue;
        };
        if head.to_lowercase() != want.to_lowercase() {
            continue;
        }
        let mut after = body.get(want.len()..).unwrap_or("").trim();
        let mut at = j;
        if after.is_empty() {
            // The subtitle on the next line with text.
            let Some(k) = (j + 1..p.lines.len())
                .take(3)
                .find(|&k| !text(k).is_empty())
            else {
                continue;
            };
            after = text(k);
            at = k;
        } else if !body.get(want.len()..).is_some_and(|r| r.starts_with(' ')) {
            continue;
        }
        let mut words = after.split_whitespace();
        if words.next() != Some("För")
            || !words
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase) && w != "att")
        {
            continue;
        }
        // Where the subtitle stops: an adoption phrase or a label.
        let cut = name_stop(after).unwrap_or(after.len());
        let sub = after
            .get(..cut)
            .unwrap_or("")
            .trim()
            .trim_end_matches([',', '.']);
        let n = sub.split_whitespace().count();
        let clause = tokens(sub).any(|w| CLAUSE_WORDS.contains(&w.folded().as_str()));
        if (2..=FOR_SUBTITLE_MAX_WORDS).contains(&n) && !clause && !sub.contains(". ") {
            return Some((at, format!("{} {sub}", head.trim())));
        }
        return None;
    }
    None
}

/// How many lines below the title its restatement is looked for.
pub(super) const RESTATED_LINES: usize = 20;
/// The most words a suffix after ` - ` and the words before it may add.
pub(super) const SUFFIX_MAX_WORDS: usize = 8;

/// A web title with a suffix after ` - ` (`Policy för sponsring inom
/// Norrby stad - Policy`, `NORRBY KOMMUNS RIKTLINJER FÖR … NORRBY - VÄL
/// VÄRT ATT BO I`) whose document restates the name without it below,
/// alone on its line or before its adoption phrase (`Policy för sponsring
/// inom Norrby stad`, `1 NORRBY KOMMUNS RIKTLINJER FÖR … Antagen av …`):
/// the name as restated, with its line. At most three words before the
/// dash go with the suffix (a site's name before its slogan).
pub(crate) fn restated_without_suffix(
    p: &Prepared<'_>,
    line: usize,
    t: &str,
) -> Option<(usize, String)> {
    let tw: Vec<&str> = t.split_whitespace().collect();
    let dash = tw.iter().position(|w| *w == "-")?;
    if tw.len() - dash > SUFFIX_MAX_WORDS || dash < 2 {
        return None;
    }
    let same = |a: &str, b: &str| a.to_lowercase() == b.to_lowercase();
    for j in (line + 1..p.lines.len()).take(RESTATED_LINES) {
        let l = p.lines.get(j).map_or("", |l| l.text.as_str());
        let lw = crate::segment::words(l);
        // A page number before the restated name (`1 NORRBY …`).
        let off = usize::from(
            lw.first()
                .is_some_and(|(_, w)| w.chars().all(|c| c.is_ascii_digit())),
        );
        for k in (dash.saturating_sub(3).max(2)..=dash).rev() {
            let (Some(head), Some(found)) = (tw.get(..k), lw.get(off..off + k)) else {
                continue;
            };
            if !head.iter().zip(found).all(|(a, (_, b))| same(a, b)) {
                continue;
            }
            let ends = match lw.get(off + k) {
                None => true,
                Some(&(at, _)) => l.get(at..).is_some_and(|r| ADOPTION_START.is_match(r)),
            };
            let (Some(&(a, _)), Some(&(b, last))) = (found.first(), found.last()) else {
                continue;
            };
            if ends && let Some(name) = l.get(a..b + last.len()) {
                return Some((j, name.to_owned()));
            }
        }
    }
    None
}

/// The longest name read after a statute collection's header.
pub(super) const HEADER_NAME_MAX_WORDS: usize = 25;

/// A name after a statute collection's header on a flattened first page
/// (`1 KOMMUNAL FÖRFATTNINGSSAMLING FÖR NORRBY KOMMUN KFS 2017:07 Reglemente
/// för … nämnd för samhällsskydd Antagen av kommunfullmäktige …`, `NORRBY
/// KOMMUNS FÖRFATTNINGSSAMLING. Riktlinjer mot korruption, mutor och jäv …`):
/// from the first capitalised kind word after the header (only capitals and
/// codes between them) to the line's end or an adoption phrase. Looked for
/// in the first lines only, when nothing else gave a title; a long name
/// (more than [`HEADER_NAME_MAX_WORDS`] words, a page run on) gives none.
pub(crate) fn after_collection_header(p: &Prepared<'_>) -> Option<(usize, String)> {
    let filled = (0..p.lines.len())
        .filter(|&j| p.lines.get(j).is_some_and(|l| !l.text.trim().is_empty()))
        .take(14);
    for j in filled {
        let line = p.lines.get(j).map_or("", |l| l.text.as_str());
        if let Some(name) = name_after_header(line) {
            return Some((j, name.to_owned()));
        }
    }
    None
}

pub(super) fn name_after_header(line: &str) -> Option<&str> {
    let ws = crate::segment::words(line);
    let caps = |w: &str| !w.chars().any(char::is_lowercase);
    let h = ws.iter().position(|(_, w)| {
        caps(w) && fold(w.trim_end_matches(['.', ':'])) == "forfattningssamling"
    })?;
    let (k, &(start, _)) = ws
        .iter()
        .enumerate()
        .skip(h + 1)
        .take(10)
        .find(|(_, (_, w))| {
            w.chars().any(char::is_lowercase)
                && w.starts_with(char::is_uppercase)
                && kind_word(w).is_some_and(|(k, _)| {
                    !matches!(
                        k,
                        styrdok_core::DocumentKind::Other | styrdok_core::DocumentKind::Custom(_)
                    )
                })
        })?;
    if ws.get(h + 1..k)?.iter().any(|(_, w)| !caps(w)) {
        return None;
    }
    let rest = line.get(start..)?;
    let end = ws
        .iter()
        .skip(k + 1)
        .find(|&&(at, _)| line.get(at..).is_some_and(|r| ADOPTION_START.is_match(r)))
        .map_or(line.len(), |&(at, _)| at);
    let name = line
        .get(start..end)?
        .trim_end()
        .trim_end_matches([',', ' ']);
    let n = name.split_whitespace().count();
    let clause = tokens(name).any(|w| ["ska", "skall", "ar"].contains(&w.folded().as_str()));
    (rest.len() >= name.len()
        && (2..=HEADER_NAME_MAX_WORDS).contains(&n)
        && !name.contains(". ")
        && !name.contains(':')
        && !name.ends_with('.')
        && !clause)
        .then_some(name)
}
