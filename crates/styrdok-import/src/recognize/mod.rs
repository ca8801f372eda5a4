//! The recognizer contract: how running text becomes candidate field values.
//!
//! A recognizer reads one block of running text (a [`Unit`]: a paragraph,
//! a bullet, an unnumbered heading) with what is known about the document
//! (a [`Context`]) and proposes candidates into [`Fields`], each with a
//! source and a rule id from the registry ([`crate::rules`]). It matches
//! only words from the lexicon ([`crate::lexicon`]): a new phrasing is a new
//! lexicon entry, not a new pattern here. [`RECOGNIZERS`] lists them in the
//! order they run; each lives in its own module with its tests beside it:
//!
//! - [`adoption_phrase`]: `Antagen av kommunfullmäktige 2018-06-25, § 129`;
//! - [`managed_by`]: `Dokumentet förvaltas av kommunstyrelsen`;
//! - [`validity_phrase`]: `Policyn gäller tills vidare`;
//! - [`review_phrase`]: `Riktlinjen ses över varje mandatperiod`;
//! - [`revision_phrase`]: `Senast reviderad av kommunstyrelsen den 5 maj
//!   2020`;
//! - [`self_kind`]: `IT-policyn är ett styrdokument …`;
//! - [`decides`]: `Kommunstyrelsen beslutar` + `… policy fastställs`;
//! - [`issuing`]: `Tekniska nämnden föreskriver följande med stöd av …`.
//!
//! Metadata labels and tables (`metadata.rs`) are read before blocks exist,
//! from lines, because they decide which lines are running text at all.

pub(crate) mod adoption_phrase;
pub(crate) mod decides;
pub(crate) mod issuing;
pub(crate) mod managed_by;
pub(crate) mod review_phrase;
pub(crate) mod revision_phrase;
pub(crate) mod self_kind;
pub(crate) mod validity_phrase;

use std::sync::LazyLock;

use regex::Regex;
use styrdok_core::DocumentKind;
use styrdok_core::text::fold;

use crate::collect::Fields;
use crate::draft::BodyRef;
use crate::structure::{Unit, UnitKind, self_ref_len, sentences};

/// What a recognizer knows about the document besides the block it reads.
pub(crate) struct Context<'a> {
    /// Every block, in text order (a recognizer may look ahead).
    pub(crate) units: &'a [Unit],
    /// The kind read so far (from metadata or the title), if any.
    pub(crate) kind: Option<&'a DocumentKind>,
    /// The title, if read.
    pub(crate) title: Option<&'a str>,
}

impl Context<'_> {
    /// Where `unit` stands among the blocks (it is one of them, by
    /// address).
    fn index_of(&self, unit: &Unit) -> Option<usize> {
        self.units.iter().position(|u| std::ptr::eq(u, unit))
    }

    /// The blocks after `unit`.
    pub(crate) fn after(&self, unit: &Unit) -> &[Unit] {
        let at = self.index_of(unit).map_or(self.units.len(), |i| i + 1);
        self.units.get(at..).unwrap_or_default()
    }

    /// The blocks before `unit`, nearest last.
    pub(crate) fn before(&self, unit: &Unit) -> &[Unit] {
        let at = self.index_of(unit).unwrap_or(0);
        self.units.get(..at).unwrap_or_default()
    }
}

/// One recognizer: reads a block, proposes candidates.
pub(crate) trait Recognizer: Sync {
    /// Reads `unit` and pushes what it finds into `fields`.
    fn scan(&self, ctx: &Context<'_>, unit: &Unit, fields: &mut Fields);
}

/// The recognizers of running text, in the order they run.
pub(crate) const RECOGNIZERS: &[&dyn Recognizer] = &[
    &adoption_phrase::AdoptionPhrase,
    &managed_by::ManagedBy,
    &validity_phrase::ValidityPhrase,
    &review_phrase::ReviewPhrase,
    &revision_phrase::RevisionPhrase,
    &self_kind::SelfKind,
    &decides::Decides,
    &issuing::Issuing,
];

/// Runs every recognizer on every block of running text (blocks inside a
/// description of document kinds in general, and numbered headings, say
/// nothing about this document).
pub(crate) fn scan(ctx: &Context<'_>, fields: &mut Fields) {
    for u in ctx.units {
        if u.generic || matches!(u.kind, UnitKind::Heading { number: Some(_) }) {
            continue;
        }
        for r in RECOGNIZERS {
            r.scan(ctx, u, fields);
        }
    }
}

/// Runs the adoption phrase alone on every block (the front matter above
/// the title, where nothing else is read).
pub(crate) fn scan_adoption(ctx: &Context<'_>, fields: &mut Fields) {
    for u in ctx.units {
        adoption_phrase::AdoptionPhrase.scan(ctx, u, fields);
    }
}

/// The sentences of a block: (text, original line span).
pub(crate) fn sentences_of(unit: &Unit) -> impl Iterator<Item = (&str, (usize, usize))> {
    let text = unit.joined.text.as_str();
    sentences(text)
        .into_iter()
        .map(move |(a, b)| (text.get(a..b).unwrap_or(""), unit.joined.span(a, b)))
}

/// A meeting paragraph right after a date (", § 129", "/§ 189"), with the
/// two-digit year its number may carry kept as written (`§ 58/14`, `§
/// 174/04`: Vara and Staffanstorp `blind15/`, both truths keep it). A
/// four-digit year after the slash (`§ 117/1993`, Ronneby `tune3/`, whose
/// truth records `§ 117`) is left out. The body's abbreviation may stand
/// before the sign (`2019-12-17, KF § 143`, Mjölby `blind29/`; `2023-06-14,
/// Ks § 183`, Härjedalen `blind7/`; `2019-12-12 KF § 174`, Härryda
/// `blind39/`).
pub(crate) static PARAGRAPH: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(r"^\s*[,/]?\s*(?:(?:KF|KS|Kf|Ks|kf|ks)\s+)?(§\s*\d+[a-z]?(?:/\d{2}\b)?)")
});
/// A meeting paragraph written with its four-digit year, its `§` kept or
/// lost, right after the adopting body (`KF 246/2006`, `fritidsnämnden
/// 19/2014`, Ronneby and Växjö `blind19/`; `KF § 117/1993`, Ronneby
/// `tune3/`): the paragraph as written (`§ 117`, or the number alone when
/// its `§` was lost, as a lost-sign paragraph is kept elsewhere) and the
/// year, which all three truths record as the decision's. The number must
/// end there (the line's end, a space, `,` or `.`).
static PARAGRAPH_OF_YEAR: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"^((?:§\s*)?\d{1,3})/((?:19|20)\d{2})(?:$|[\s,.])"));

/// The paragraph and year of [`PARAGRAPH_OF_YEAR`] at the start of `lead`.
pub(crate) fn paragraph_of_year(lead: &str) -> Option<(styrdok_core::PartialDate, String)> {
    paragraph_of_year_at(lead).map(|(date, para, _)| (date, para))
}

/// [`paragraph_of_year`], with the byte offset in `lead` where the year
/// ends.
pub(crate) fn paragraph_of_year_at(
    lead: &str,
) -> Option<(styrdok_core::PartialDate, String, usize)> {
    let skipped = lead.len() - lead.trim_start().len();
    let c = PARAGRAPH_OF_YEAR.captures(lead.trim_start())?;
    let y = c.get(2)?;
    let year: i32 = y.as_str().parse().ok()?;
    let date = styrdok_core::PartialDate::from_year(year).ok()?;
    Some((date, c.get(1)?.as_str().to_owned(), skipped + y.end()))
}

/// A template's unfilled date (`XX`, `xx/xx`, `XXXX-XX-XX`), folded: it
/// ends a body's name as a date does (`antaget av Vård- och omsorgsnämnden
/// XX Barn- och familjenämnden XX`, Eslöv `blind114/`).
fn date_placeholder(folded: &str) -> bool {
    folded.matches('x').count() >= 2 && folded.chars().all(|c| matches!(c, 'x' | '/' | '-' | '.'))
}

/// The body named at the start of `rest`: the longest run of up to four
/// words that classifies, stopping at a date, `den`, `och`, punctuation.
pub(crate) fn body_at(rest: &str) -> Option<(String, usize)> {
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut pos = 0;
    // "styrelsen för Storvikens Energi AB": a company's name may run to six
    // words; anything longer than four must end in "AB".
    let mut suspended = false;
    for w in rest.split_whitespace() {
        let at = rest.get(pos..)?.find(w).map(|x| x + pos)?;
        pos = at + w.len();
        let clean = w.trim_end_matches([',', '.', ';', ':']);
        // "Antagen av KF/ / 114": an abbreviation with what extraction left.
        let clean = match clean.split_once('/') {
            Some((a, _)) if crate::lexicon::is_body_abbreviation(a) => a,
            _ => clean,
        };
        let f = fold(clean);
        // "hälso- och sjukvårdsnämnden": a suspended compound continues.
        let joins = suspended && ["och", "samt"].contains(&f.as_str());
        suspended = clean.ends_with('-') && clean.len() > 1;
        if joins {
            words.push((at, at + clean.len()));
            continue;
        }
        if [
            "den", "och", "samt", "i", "pa", "vid", "enligt", "som", "genom", "efter",
        ]
        .contains(&f.as_str())
            || clean
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit() || c == '§')
            || clean.is_empty()
            || crate::lexicon::is_decision_participle(&f)
            || date_placeholder(&f)
        {
            break;
        }
        let clean_end = at + clean.len();
        words.push((at, clean_end));
        if clean.len() != w.len() || words.len() == 6 {
            break;
        }
    }
    // An abbreviation (`KF`, `KS`) is the whole name: what follows it
    // (`KF Revisions datum …`) is not.
    let abbreviation = words
        .first()
        .is_some_and(|&(a, b)| crate::lexicon::is_body_abbreviation(rest.get(a..b).unwrap_or("")));
    if abbreviation {
        words.truncate(1);
    }
    for k in (1..=words.len()).rev() {
        let Some(&(word_start, end)) = words.get(k - 1) else {
            continue;
        };
        // Longer than four words: a company (`… AB`), a suspended compound,
        // or a body with its organisation (`Direktionen för Räddningstjänsten
        // Östra Norrby`).
        let whole = rest.get(..end).unwrap_or("");
        if k > 4
            && fold(rest.get(word_start..end).unwrap_or("")) != "ab"
            && !whole.contains("- ")
            && !((whole.contains(" för ") || whole.contains(" i "))
                && crate::draft::classify_body(whole).is_some())
        {
            continue;
        }
        let Some(name) = rest.get(..end).map(str::trim) else {
            continue;
        };
        let name = name.split('/').next().unwrap_or(name);
        // A bare generic noun in lower case (`Antagen av: förvaltning`)
        // names no body; `fullmäktige` alone does.
        if crate::lexicon::GENERIC_BODY_NOUNS.contains(&fold(name).as_str())
            && name.starts_with(char::is_lowercase)
        {
            continue;
        }
        let b = BodyRef::new(name);
        // A label run into the name (`KF Revisions datum Förvaltning`) is
        // a table's header, not the body's name.
        if b.is_recognized() && b.members.is_empty() && !crate::metadata::has_label_word(name) {
            // "Kommunfullmäktige i Götene kommun", "Direktionen för Värends
            // Räddningstjänst": the organisation named after the body is part
            // of its name (when `classify_body` says so).
            if let Some(longer) = with_organisation(rest, end) {
                return Some(longer);
            }
            if let Some(longer) = with_area(rest, end, &b) {
                return Some(longer);
            }
            return Some((name.to_owned(), end));
        }
    }
    None
}

/// A nämnd's name that goes on with its area in capitalised words and
/// `och` (`Driftnämnd Kultur och skola`, Region Halland `blind163/`): the
/// name with them, when the body ending at `end` is a nämnd and one
/// capitalised word, `och` and one lower-case word follow.
fn with_area(rest: &str, end: usize, body: &BodyRef) -> Option<(String, usize)> {
    if body.kind != Some(styrdok_core::BodyKind::Namnd) {
        return None;
    }
    let m = NAMND_AREA.find(rest.get(end..)?)?;
    let e = end + m.end();
    Some((rest.get(..e)?.trim().to_owned(), e))
}

/// [`with_area`]'s words: ` Kultur och skola`.
static NAMND_AREA: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"^\s+\p{Lu}\p{Ll}+\s+och\s+\p{Ll}+\b"));

/// The body name ending at `end` with the organisation after it (`i`/`för`
/// and up to four words), when the longer name still classifies.
fn with_organisation(rest: &str, end: usize) -> Option<(String, usize)> {
    let after = rest.get(end..)?;
    let link = [" i ", " för "]
        .into_iter()
        .find(|l| after.starts_with(l))?;
    let mut ends = Vec::new();
    let mut pos = link.len();
    for w in after.get(link.len()..)?.split_whitespace().take(4) {
        let at = after.get(pos..)?.find(w)? + pos;
        let clean = w.trim_end_matches([',', '.', ';', ':']);
        pos = at + w.len();
        ends.push(end + at + clean.len());
        if clean.len() != w.len() {
            break;
        }
    }
    ends.into_iter().rev().find_map(|e| {
        let name = rest.get(..e)?.trim();
        crate::draft::classify_body(name).map(|_| (name.to_owned(), e))
    })
}

/// Whether the text before a verb allows reading it as about this document:
/// nothing (a metadata-like line) or a reference to this document.
pub(crate) fn subject_ok(
    before: &str,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
    participle: bool,
) -> bool {
    let b = before.trim();
    // A page marker the sentence opens with (`1 (6) Avgifter …`, `1 1 (6)
    // …`: a viewer's page number, then the page's own; Sala `blind125/`).
    let b = crate::segment::after_page_marks(b);
    if b.is_empty() {
        return participle;
    }
    if participle && ends_with_self_ref(b, kind, title) {
        return true;
    }
    let Some(len) = self_ref_len(b, kind, title) else {
        return false;
    };
    // What is between the reference and the verb: auxiliaries, an adverb,
    // or a coordinated clause about the same subject.
    let Some(between) = b.get(len..) else {
        return false;
    };
    let rest = fold(between);
    // "Programmet är ett politiskt styrdokument som är fastställt av …": a
    // predicate noun naming a document, its relative clause about this one.
    let rest = predicate_document(&rest).unwrap_or(&rest);
    // "… ersätter Riktlinjer X antagna av kommunstyrelsen 2016": the
    // participle describes the cited document, not this one.
    rest.split_whitespace().count() <= 12 && !cites_another(rest)
}

/// What follows `är en/ett [adjectives] <document noun> som` at the start of
/// folded text (`är ett politiskt styrdokument som är`): the relative
/// clause's rest, which is about the subject. None when the text does not
/// start so.
fn predicate_document(folded: &str) -> Option<&str> {
    let rest = folded.trim_start().strip_prefix("ar ")?;
    let rest = rest
        .strip_prefix("en ")
        .or_else(|| rest.strip_prefix("ett "))?;
    let (noun_phrase, after) = rest.split_once(" som")?;
    let words: Vec<&str> = noun_phrase.split_whitespace().collect();
    let noun = words.last()?;
    let document = ["dokument", "styrdokument"].contains(noun)
        || DocumentKind::recognize_compound(noun).is_some();
    (document && words.len() <= 3).then_some(after)
}

/// Whether folded text holds a verb relating this document to another, or
/// a relative clause, so that a participle after it describes the cited
/// document.
fn cites_another(folded: &str) -> bool {
    folded.split_whitespace().any(|w| {
        [
            "ersatter",
            "upphaver",
            "kompletterar",
            "konkretiserar",
            "andrar",
            "som",
        ]
        .contains(&w)
    })
}

/// Whether `b` ends with a reference to this document, at most a (lost)
/// diarienummer after it: the title run into a flattened page before its
/// adoption (`… 1(5) Riktlinjer för e-post antagna av …`), `Programmet, dnr
/// , antaget av …`.
/// Whether `tail` restates the document's name as a label before its
/// adoption participle: its first word, capitalised, is the title's first
/// word or kind word in the same form, and every other word is a word of
/// the title or a preposition, with at most a closing `(nedan kallat …)`
/// (`Bidragsbestämmelser antagna av kommunfullmäktige i Varberg` under
/// `KOMMUNALA BIDRAGSBESTÄMMELSER FÖR …`, Varberg; `Ägardirektiv för
/// Helsinge Vatten AB (nedan kallat bolaget) antagna av kommunfullmäktige i
/// Bollnäs kommun` under `Ägardirektiv Helsinge Vatten AB`, Helsinge Vatten).
fn restates_title(tail: &str, title: Option<&str>) -> bool {
    let Some(title) = title else {
        return false;
    };
    let clean = |w: &str| fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
    // A "title" holding an adoption participle is a label or a table of
    // contents' line (`Anvisningar antagna av …`), no name to restate.
    let forms: Vec<String> = crate::lexicon::adoption_forms(true, false, false)
        .into_iter()
        .map(fold)
        .collect();
    if title.split_whitespace().any(|w| forms.contains(&clean(w))) {
        return false;
    }
    let title_words: Vec<String> = title
        .split_whitespace()
        .map(clean)
        .filter(|w| !w.is_empty())
        .collect();
    let kind = crate::structure::kind_word(title).map(|(_, w)| clean(w));
    let tail = match tail.find("(nedan ") {
        Some(i) if tail.get(i..).is_some_and(|r| r.trim_end().ends_with(')')) => {
            tail.get(..i).unwrap_or("")
        }
        _ => tail,
    };
    let mut ws = tail.split_whitespace();
    let Some(first) = ws.next() else {
        return false;
    };
    let f = clean(first);
    first.starts_with(char::is_uppercase)
        && f.chars().count() >= 5
        && (title_words.first() == Some(&f) || kind.as_ref() == Some(&f))
        && ws.all(|w| {
            let w = clean(w);
            title_words.contains(&w) || ["for", "i", "om", "inom"].contains(&w.as_str())
        })
}

fn ends_with_self_ref(b: &str, kind: Option<&DocumentKind>, title: Option<&str>) -> bool {
    let starts: Vec<usize> = b
        .char_indices()
        .filter(|&(i, c)| {
            !c.is_whitespace() && b.get(..i).is_some_and(|h| h.is_empty() || h.ends_with(' '))
        })
        .map(|(i, _)| i)
        .collect();
    starts.iter().rev().take(24).any(|&at| {
        let (Some(head), Some(tail)) = (b.get(..at), b.get(at..)) else {
            return false;
        };
        // "… och ersätter Riktlinjer för X antagna av …": a cited document
        // of the same name. Only the words just before the reference count:
        // a relative clause early in the sentence (`För den verksamhet som
        // bedrivs i …, nedan kallat bolaget, gäller dessa ägardirektiv
        // antagna av …`, Skövde `blind87/`) is about something else.
        let folded_head = fold(head);
        let near: Vec<&str> = folded_head.split_whitespace().rev().take(6).collect();
        if cites_another(&near.join(" ")) {
            return false;
        }
        if restates_title(tail, title) {
            return true;
        }
        let Some(len) = self_ref_len(tail, kind, title) else {
            return false;
        };
        // "Den nationella miljöplanen fastställdes …": an adjective the
        // title does not have makes it another document.
        let head_words: Vec<String> = fold(head).split_whitespace().map(str::to_owned).collect();
        if let [.., det, adjective] = head_words.as_slice()
            && ["den", "det", "de"].contains(&det.as_str())
            && !crate::structure::now_made(adjective, crate::lexicon::NOW_MADE_IN_PROSE)
            && !title.is_some_and(|t| {
                fold(t)
                    .split_whitespace()
                    .any(|w| w.chars().count() >= 5 && same_adjective(adjective, w))
            })
        {
            return false;
        }
        // "den", "det", "de" alone before a participle are not this document.
        let first = fold(tail.split_whitespace().next().unwrap_or(""));
        if ["den", "det", "de", "denna", "detta", "dessa"].contains(&first.as_str()) && len <= 4 {
            return false;
        }
        tail.get(len..).is_some_and(|rest| {
            rest.split_whitespace().all(|w| {
                let w = w.trim_matches([',', ':', '.']);
                w.is_empty()
                    || fold(w) == "dnr"
                    || fold(w) == "nr"
                    || w.chars().any(|c| c.is_ascii_digit())
            }) || restrictive_som(tail, len)
        })
    })
}

/// Whether the reference `tail[..len]` is followed only by a restrictive
/// `som` (`det kulturpolitiska programmet som antogs …`, Strängnäs
/// `blind31/`); after a comma (`Avfallsplanen, som beslutades …`,
/// Skaraborg `blind25/`) the clause describes a part or another document.
fn restrictive_som(tail: &str, len: usize) -> bool {
    let (Some(head), Some(rest)) = (tail.get(..len), tail.get(len..)) else {
        return false;
    };
    rest.trim() == "som" && !head.trim_end().ends_with(',')
}

/// Whether an adjective before a reference is the title's word, in the
/// title's form or another ending (`kulturpolitiska` for the title's
/// `Kulturpolitiskt`: the definite and the neuter form of one adjective).
fn same_adjective(adjective: &str, title_word: &str) -> bool {
    adjective.starts_with(title_word) || adjective_stem(adjective) == adjective_stem(title_word)
}

/// An adjective without its ending `-t`, `-a` or `-e`.
fn adjective_stem(w: &str) -> &str {
    w.strip_suffix(['t', 'a', 'e']).unwrap_or(w)
}

/// Runs one recognizer on every block of `text` (for the recognizers'
/// own tests).
#[cfg(test)]
pub(crate) fn run_one(r: &dyn Recognizer, text: &str, title: Option<&str>) -> Fields {
    let p = crate::pre::prepare(text);
    let consumed = vec![false; p.lines.len()];
    let units = crate::structure::units(&p, &consumed, None);
    let ctx = Context {
        units: &units,
        kind: None,
        title,
    };
    let mut fields = Fields::default();
    for u in ctx.units {
        r.scan(&ctx, u, &mut fields);
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A nämnd's name going on with its area (invented wording); a
    /// board's name does not, nor a nämnd's followed by other words.
    #[test]
    fn a_namnds_name_with_its_area() {
        assert_eq!(
            body_at("Driftnämnd Teknik och miljö att gälla från 2016").map(|(n, _)| n),
            Some("Driftnämnd Teknik och miljö".to_owned())
        );
        assert_eq!(
            BodyRef::new("Driftnämnd Teknik och miljö").kind,
            Some(styrdok_core::BodyKind::Namnd)
        );
        assert_eq!(
            body_at("Kommunstyrelsen Teknik och miljö").map(|(n, _)| n),
            Some("Kommunstyrelsen".to_owned())
        );
        assert_eq!(
            body_at("Socialnämnden Reviderad 2019").map(|(n, _)| n),
            Some("Socialnämnden".to_owned())
        );
    }

    #[test]
    fn a_paragraph_with_its_year() {
        // Invented wording.
        let py = |t: &str| paragraph_of_year(t).map(|(d, p)| (d.year(), p));
        assert_eq!(py(" 12/2009"), Some((2009, "12".to_owned())));
        assert_eq!(py("§ 7/1998, rev."), Some((1998, "§ 7".to_owned())));
        // A dnr's long number, a year that goes on, a two-digit year: not.
        assert_eq!(py("2014/123"), None);
        assert_eq!(py("12/20091"), None);
        assert_eq!(py("12/09"), None);
    }

    /// The body's abbreviation before the sign (invented wording): the
    /// paragraph read, the abbreviation left out.
    #[test]
    fn a_paragraph_after_the_bodys_abbreviation() {
        let d = crate::import(
            "Policy för lån\n\nFastställd av kommunfullmäktige 2019-12-17, KF § 143.\n\nAlla ska låna.\n",
        );
        assert_eq!(d.decision_paragraph.as_deref(), Some("§ 143"));
        let d = crate::import(
            "Riktlinjer för lån\n\nAntagna av kommunstyrelsen 2023-06-14, Ks § 183\n\nAlla ska låna.\n",
        );
        assert_eq!(d.decision_paragraph.as_deref(), Some("§ 183"));
    }

    #[test]
    fn a_paragraph_keeps_its_two_digit_year() {
        let para = |s: &str| {
            PARAGRAPH
                .captures(s)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str().to_owned())
        };
        assert_eq!(para(" § 31/19").as_deref(), Some("§ 31/19"));
        assert_eq!(para(", § 7/02.").as_deref(), Some("§ 7/02"));
        assert_eq!(para(" § 31/2019").as_deref(), Some("§ 31"));
        assert_eq!(para(" § 31").as_deref(), Some("§ 31"));
        let d = crate::import(
            "Regler för bad\n\nAntagna av kommunfullmäktige 2019-03-18 § 31/19\n\nAll text ska granskas.\n",
        );
        assert_eq!(d.decision_paragraph.as_deref(), Some("§ 31/19"));
        let d = crate::import(
            "Regler för bad\n\nAntagen av kommunfullmäktige § 12/07\n\nAll text ska granskas.\n",
        );
        assert_eq!(d.decision_paragraph.as_deref(), Some("§ 12/07"));
    }

    #[test]
    fn an_abbreviation_is_the_whole_name() {
        assert_eq!(
            body_at("KF Revisions datum Förvaltning KSF").map(|(n, _)| n),
            Some("KF".to_owned())
        );
    }

    #[test]
    fn body_names() {
        assert_eq!(
            body_at("kommunfullmäktige 2018-06-25, § 129")
                .map(|b| b.0)
                .as_deref(),
            Some("kommunfullmäktige")
        );
        assert_eq!(
            body_at("Kommunfullmäktige den 25 juni 2018")
                .map(|b| b.0)
                .as_deref(),
            Some("Kommunfullmäktige")
        );
        assert_eq!(
            body_at("kommundirektören").map(|b| b.0).as_deref(),
            Some("kommundirektören")
        );
        assert_eq!(
            body_at("kommunstyrelsen 2017-09-20/§ 189")
                .map(|b| b.0)
                .as_deref(),
            Some("kommunstyrelsen")
        );
        assert_eq!(body_at("alla medarbetare"), None);
        assert_eq!(
            body_at("Direktionen för Räddningstjänsten Östra Norrby genom beslut")
                .map(|b| b.0)
                .as_deref(),
            Some("Direktionen för Räddningstjänsten Östra Norrby")
        );
        // A template's unfilled date ends the name (Eslöv `blind114/`).
        for rest in [
            "Vård- och omsorgsnämnden XX Barn- och familjenämnden XX Utskottet",
            "Vård- och omsorgsnämnden xx/xx 2015",
        ] {
            assert_eq!(
                body_at(rest).map(|b| b.0).as_deref(),
                Some("Vård- och omsorgsnämnden"),
                "{rest}"
            );
        }
        assert!(!date_placeholder("x"));
        assert!(!date_placeholder("xxl"));
    }
}
