//! Preprocessing: from raw extracted text to clean lines and blocks, keeping
//! a map from every character back to its original line.
//!
//! Steps: normalize whitespace (form feeds, tabs, no-break spaces, soft
//! hyphens); strip page furniture (`Sida 13 (13)`, `13 (13)`, a lone letter,
//! `FÖRSLAG TILL`, running headers next to a page marker, a footer repeating
//! the title); then group lines into paragraphs and bullet items, joining
//! wrapped lines with the hyphenation rule of [`join`].

use std::sync::LazyLock;

use regex::Regex;

use crate::draft::{LineSpan, PrintStage};

/// One normalized line; `text` is empty for a blank line.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// The normalized text (trimmed).
    pub(crate) text: String,
    /// The original line index (0-based).
    #[allow(dead_code)]
    pub(crate) orig: usize,
}

/// Text joined from several lines, with a map back to original lines.
#[derive(Debug, Clone, Default)]
pub(crate) struct Joined {
    /// The joined text.
    pub(crate) text: String,
    /// (byte offset in `text`, original line index), ascending.
    marks: Vec<(usize, usize)>,
}

impl Joined {
    /// A joined text of one line.
    pub(crate) fn single(text: &str, orig: usize) -> Self {
        Joined {
            text: text.to_owned(),
            marks: vec![(0, orig)],
        }
    }
    /// Appends a wrapped line.
    pub(crate) fn push_line(&mut self, text: &str, orig: usize) {
        if self.text.is_empty() {
            self.marks.push((0, orig));
            self.text.push_str(text);
            return;
        }
        let (joined, offset) = join(&self.text, text);
        self.text = joined;
        self.marks.push((offset, orig));
    }
    /// The original line of byte offset `at`.
    pub(crate) fn line_at(&self, at: usize) -> usize {
        let mut line = self.marks.first().map(|m| m.1).unwrap_or(0);
        for &(off, l) in &self.marks {
            if off <= at {
                line = l;
            } else {
                break;
            }
        }
        line
    }
    /// The original line span of a byte range.
    pub(crate) fn span(&self, start: usize, end: usize) -> (usize, usize) {
        let a = self.line_at(start);
        let b = self.line_at(end.saturating_sub(1).max(start));
        (a, b)
    }
    /// The byte ranges of the original lines the text was joined from.
    pub(crate) fn line_ranges(&self) -> Vec<(usize, usize)> {
        self.marks
            .iter()
            .enumerate()
            .map(|(k, &(off, _))| {
                let end = self.marks.get(k + 1).map_or(self.text.len(), |m| m.0);
                (off, end.max(off))
            })
            .collect()
    }
    /// The whole span.
    pub(crate) fn full_span(&self) -> (usize, usize) {
        self.span(0, self.text.len())
    }
}

/// Joins a wrapped line `b` onto `a`; returns the text and the byte offset
/// where `b`'s text begins.
///
/// A line ending in a hyphen followed by a lowercase word is hyphenation:
/// after an abbreviation in capitals or a single letter (`IT-`, `e-`) the
/// hyphen is a real one and stays (`IT-programmet`); before `och`, `eller`,
/// `samt`, `till` it is a suspended compound and stays with a space
/// (`informations- och`); otherwise it is dropped (`förut-sättningar` →
/// `förutsättningar`).
pub(crate) fn join(a: &str, b: &str) -> (String, usize) {
    let a = a.trim_end();
    let b = b.trim_start();
    let starts_lower = b.chars().next().is_some_and(|c| c.is_lowercase());
    if let Some(stem) = a.strip_suffix('-')
        && starts_lower
        && stem.chars().last().is_some_and(|c| c.is_alphabetic())
    {
        let frag: String = stem
            .chars()
            .rev()
            .take_while(|c| c.is_alphanumeric())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let next_word = b.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        if ["och", "eller", "samt", "till", "resp", "respektive"].contains(&next_word) {
            let s = format!("{a} {b}");
            return (s, a.len() + 1);
        }
        let caps = frag.chars().count() >= 2 && frag.chars().all(|c| c.is_uppercase());
        if caps || frag.chars().count() == 1 {
            return (format!("{a}{b}"), a.len());
        }
        return (format!("{stem}{b}"), stem.len());
    }
    if a.is_empty() {
        return (b.to_owned(), 0);
    }
    // A date broken after its month ("KF 2018-12-" / "17, § 201").
    if date_broken(a, b) {
        return (format!("{a}{b}"), a.len());
    }
    (format!("{a} {b}"), a.len() + 1)
}

static DATE_HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{4}-\d{2}-$").expect("valid regex"));

/// Whether `a` ends with a date cut after its month and `b` begins with the
/// day ("2018-12-" + "17").
pub(crate) fn date_broken(a: &str, b: &str) -> bool {
    let b = b.trim_start();
    DATE_HEAD.is_match(a.trim_end())
        && b.len() >= 2
        && b.as_bytes()[..2].iter().all(u8::is_ascii_digit)
        && !b.as_bytes().get(2).is_some_and(u8::is_ascii_digit)
}

/// Normalizes one raw line.
pub(crate) fn normalize_line(raw: &str) -> String {
    let mut s = String::with_capacity(raw.len());
    let mut space = false;
    for c in raw.chars() {
        let c = match c {
            '\u{00ad}' => continue,
            '\u{000c}' | '\t' | '\u{00a0}' | '\u{2007}' | '\u{202f}' | '\u{200b}' => ' ',
            '\u{f0b7}' | '\u{f0a7}' | '\u{25cf}' | '\u{25aa}' => '•',
            c if c.is_control() => ' ',
            c => c,
        };
        if c == ' ' {
            space = true;
            continue;
        }
        if space && !s.is_empty() {
            s.push(' ');
        }
        space = false;
        s.push(c);
    }
    s
}

static PAGE_MARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(sida\s*(\d+\s*(\(\s*\d+\s*\)|av\s+\d+)?)?|\d+\s*\(\s*\d+\s*\)|\d{1,3})$")
        .expect("valid regex")
});
/// A table-of-contents entry ("2 Ansvar ........ 3") or a footer ending in
/// a page marker ("Norrå kommun Sida 3 av 5").
static TOC_OR_FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?:\.\s?){4,}|…{2,})\s*\d{1,3}$|^(?:\S+\s+){1,5}sida\s+\d+\s*(?:\(\s*\d+\s*\)|av\s+\d+)$")
        .expect("valid regex")
});
static PROPOSAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(FÖRSLAG TILL|FÖRSLAG|Förslag till|UTKAST|Utkast)$").expect("valid regex")
});
static BULLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[•◦▪●■∙·➢►▶✓✔\-–*]\s*(\S.*)$").expect("valid regex"));
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$").expect("valid regex")
});

static LETTERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[a-zåäö]|\d{1,2})\)\s+(\S.*)$").expect("valid regex"));

/// The bullet text of a line, if it is a bullet item: `•`, `-`, `–`, `*`
/// and the other glyphs PDF extraction gives, Word's `o` sub-bullet
/// (`o Text`), and list letters or numbers with a closing parenthesis (`a)
/// text`, `1) text`).
pub(crate) fn bullet_text(line: &str) -> Option<&str> {
    if let Some(c) = LETTERED.captures(line) {
        return c.get(1).map(|m| m.as_str());
    }
    if let Some(rest) = line.strip_prefix("o ")
        && rest.chars().next().is_some_and(char::is_uppercase)
    {
        return Some(rest.trim_start());
    }
    // A dash bullet needs a space after it ("- text"); "-2018" is not one.
    if (line.starts_with('-') || line.starts_with('–') || line.starts_with('*'))
        && line.chars().nth(1).is_none_or(|c| c != ' ')
    {
        return None;
    }
    BULLET
        .captures(line)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str())
}

/// A numbered heading candidate: (number, heading text).
pub(crate) fn numbered(line: &str) -> Option<(&str, &str)> {
    let c = NUMBERED.captures(line)?;
    Some((c.get(1)?.as_str(), c.get(2)?.as_str()))
}

/// The preprocessed text.
#[derive(Debug)]
pub(crate) struct Prepared<'a> {
    /// The original lines.
    pub(crate) orig: Vec<&'a str>,
    /// The kept lines, blank ones included (empty text).
    pub(crate) lines: Vec<Line>,
    /// The print stage and the original line it was read from.
    pub(crate) print_stage: Option<(PrintStage, usize)>,
}

impl Prepared<'_> {
    /// The provenance span and exact original text of original lines
    /// `a..=b` (0-based).
    pub(crate) fn source(&self, a: usize, b: usize) -> (LineSpan, String) {
        let (a, b) = (a.min(b), a.max(b));
        let b = b.min(self.orig.len().saturating_sub(1));
        let a = a.min(b);
        let text = self
            .orig
            .get(a..=b)
            .map(|s| s.join("\n"))
            .unwrap_or_default();
        (LineSpan::new(a + 1, b + 1), text)
    }
}

/// Preprocesses raw text.
pub(crate) fn prepare(raw: &str) -> Prepared<'_> {
    let orig: Vec<&str> = raw.split('\n').map(|l| l.trim_end_matches('\r')).collect();
    let norm: Vec<String> = orig.iter().map(|l| normalize_line(l)).collect();
    let mut drop = vec![false; norm.len()];
    let mut print_stage = None;
    let first = norm.iter().position(|l| !l.is_empty());
    // Page markers and the furniture around them.
    let mut marks = Vec::new();
    for (i, l) in norm.iter().enumerate() {
        if l.is_empty() {
            continue;
        }
        if PROPOSAL.is_match(l) {
            if print_stage.is_none() {
                let stage = if l.to_lowercase().starts_with("utkast") {
                    PrintStage::Draft
                } else {
                    PrintStage::Proposal
                };
                print_stage = Some((stage, i));
            }
            drop[i] = true;
            marks.push(i);
        } else if TOC_OR_FOOTER.is_match(l) {
            drop[i] = true;
        } else if PAGE_MARK.is_match(l) || (l.chars().count() == 1 && l != "•") {
            // A lone page number or letter; never the first line.
            if Some(i) != first {
                drop[i] = true;
                marks.push(i);
            }
        }
    }
    let count = |s: &str| norm.iter().filter(|l| l.as_str() == s).count();
    let first_text = first.map(|f| norm[f].clone()).unwrap_or_default();
    for &m in &marks {
        let lo = m.saturating_sub(5);
        let hi = (m + 5).min(norm.len().saturating_sub(1));
        for j in lo..=hi {
            let l = &norm[j];
            if l.is_empty() || drop[j] || Some(j) == first {
                continue;
            }
            let short = l.split_whitespace().count() <= 3
                && !l.ends_with(['.', ':', ';', ','])
                && l.chars().next().is_some_and(|c| c.is_uppercase())
                && bullet_text(l).is_none()
                && numbered(l).is_none();
            if short && (count(l) > 1 || first_text.starts_with(l.as_str())) {
                drop[j] = true;
            }
        }
    }
    // A running header or footer in the form "Ekeby stad | IT-policy":
    // a line with a vertical bar that occurs more than once.
    for j in 0..norm.len() {
        if norm[j].contains(" | ") && count(&norm[j]) > 1 {
            drop[j] = true;
        }
    }
    let first = (0..norm.len()).find(|&j| !norm[j].is_empty() && !drop[j]);
    let first_text = first.map(|f| norm[f].clone()).unwrap_or_default();
    // A footer repeating the first line.
    if let Some(f) = first {
        for j in f + 1..norm.len() {
            if !norm[j].is_empty() && norm[j] == first_text {
                drop[j] = true;
            }
        }
    }
    let lines = norm
        .into_iter()
        .enumerate()
        .map(|(i, t)| Line {
            text: if drop[i] { String::new() } else { t },
            orig: i,
        })
        .collect();
    Prepared {
        orig,
        lines,
        print_stage,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphenation() {
        assert_eq!(
            join("IT-", "programmet beskriver").0,
            "IT-programmet beskriver"
        );
        assert_eq!(
            join("skapa förut-", "sättningar").0,
            "skapa förutsättningar"
        );
        assert_eq!(join("Nya e-", "tjänster").0, "Nya e-tjänster");
        assert_eq!(
            join("informations-", "och kommunikation").0,
            "informations- och kommunikation"
        );
        assert_eq!(join("vid", "staden").0, "vid staden");
        assert_eq!(join("område -", "Nej").0, "område - Nej");
    }

    #[test]
    fn page_furniture() {
        let raw = "IT-program för X\n\ntext som\n\nS \n \n FÖRSLAG TILL \n\nIT-program \n\n Sida\n 13 (13)\n IT-program\n\n• Alla ska\n";
        let p = prepare(raw);
        let kept: Vec<&str> = p
            .lines
            .iter()
            .map(|l| l.text.as_str())
            .filter(|t| !t.is_empty())
            .collect();
        assert_eq!(kept, ["IT-program för X", "text som", "• Alla ska"]);
        assert_eq!(p.print_stage.map(|s| s.0), Some(PrintStage::Proposal));
    }

    #[test]
    fn joined_maps_lines() {
        let mut j = Joined::single("Kommunstyrelsen ansvarar för att IT-", 4);
        j.push_line("verksamheten fungerar", 6);
        assert_eq!(
            j.text,
            "Kommunstyrelsen ansvarar för att IT-verksamheten fungerar"
        );
        let at = j.text.find("fungerar").unwrap();
        assert_eq!(j.line_at(at), 6);
        assert_eq!(j.line_at(3), 4);
    }
}
