//! Metadata blocks: tables whose header row and value row land on separate
//! lines (`Dokumenttyp Giltighetstid Beslutande organ Beslutsdatum` /
//! `Policy Tills vidare Kommunfullmäktige 2018-05-28`), `Label: value` lines,
//! `Label value` lines with a typed value, and a label alone on a line with
//! its value on the next.
//!
//! A table's value row is split into columns by trying every split and
//! keeping the one whose cells best fit their columns' types (a date for
//! Beslutsdatum, a body for Beslutande organ, a kind for Dokumenttyp, …).

use std::sync::LazyLock;

use regex::Regex;
use styrdok_core::text::fold;
use styrdok_core::{Dnr, DocumentKind, PartialDate};

use crate::collect::{Fields, Src};
use crate::dates::{whole_date, year_range};
use crate::draft::{BodyRef, RelationKind, Review, Validity};
use crate::lexicon::{Field, LABEL_MAX_WORDS, Label, label};
use crate::pre::{Prepared, is_set, set};

/// Whether a value says "nothing here": dashes or dots, or a template's
/// placeholder number (`2019-0000`, `KS 20XX/000`: a serial of zeros).
fn is_blank_marker(s: &str) -> bool {
    let t = s.trim();
    let dashes = !t.is_empty()
        && t.chars()
            .all(|c| matches!(c, '-' | '–' | '—' | '.' | '…' | '_'));
    dashes || is_placeholder_dnr(t)
}

/// A template's diarienummer never filled in: its serial is zeros
/// (`2019-0000`, `KS 2020/000`).
pub(crate) fn is_placeholder_dnr(s: &str) -> bool {
    s.trim()
        .parse::<Dnr>()
        .is_ok_and(|d| d.number().chars().all(|c| c == '0' || !c.is_ascii_digit()))
}

/// A diarienummer value as written under a dnr label: `None` for a date
/// (`2013-11-13`, a table's date column slid under the dnr label: [`Dnr`]
/// refuses a value that is only a date) or anything else no dnr; words a neighbouring label
/// left in front of it go (`för fastställande KS 2020/90` → `KS
/// 2020/90`: no dnr begins with a lower-case word), and so does a
/// letterhead's contact label run into it (`Dnr Fax KS/2031:77` → `KS/2031:77`:
/// the fax number's label stands between the dnr label and its value).
pub(crate) fn dnr_value(value: &str) -> Option<&str> {
    let mut rest = value.trim();
    while let Some((first, r)) = rest.split_once(' ') {
        let contact = ["fax", "telefax", "telefon", "tel", "tel.", "e-post"]
            .contains(&fold(first.trim_end_matches(':')).as_str());
        if !(first.starts_with(char::is_lowercase) || contact) {
            break;
        }
        rest = r.trim_start();
    }
    if rest.starts_with(char::is_lowercase) {
        rest = "";
    }
    // No diarienummer's series is two words or more (no truth holds one):
    // a table's cells run into the value before it (`Säkerhetsstrateg
    // kommunstyrelseförvaltningen Castor KS.2015.87`, Oxelösund
    // `blind161/`); the diarienummer is the value's last words that are one.
    let one_word_series = |v: &str| {
        v.parse::<Dnr>()
            .is_ok_and(|d| d.prefix().is_none_or(|p| !p.trim().contains(' ')))
    };
    if !rest.is_empty() && rest.parse::<Dnr>().is_ok() && !one_word_series(rest) {
        return rest
            .char_indices()
            .filter(|&(i, c)| c.is_uppercase() && rest.get(..i).is_some_and(|b| b.ends_with(' ')))
            .filter_map(|(i, _)| rest.get(i..))
            .find(|v| one_word_series(v));
    }
    (!rest.is_empty() && rest.parse::<Dnr>().is_ok()).then_some(rest)
}

/// Parses a validity value (`Tills vidare`, `2023–2026`, `till och med 31
/// december 2020`, `2019-01-01 – 2022-12-31`); `None` when `s` is not
/// exactly one.
pub(crate) fn parse_validity(s: &str) -> Option<Validity> {
    let as_written = s.trim().trim_end_matches(['.', ',']).to_owned();
    let f = fold(&as_written);
    let f = f.strip_prefix("galler ").unwrap_or(&f);
    let mut v = Validity {
        as_written: as_written.clone(),
        until_further_notice: false,
        from: None,
        until: None,
        mandate_period: f.contains("mandatperiod"),
    };
    if f == "tills vidare" || f == "tillsvidare" || f == "tills vidare." {
        v.until_further_notice = true;
        return Some(v);
    }
    // "från och med 2024-02-15 och tills vidare": a start and no end.
    for tail in [" och tills vidare", " och tillsvidare", ", tills vidare"] {
        if let Some(head) = f.strip_suffix(tail)
            && let Some(mut h) = parse_validity(head)
            && h.until.is_none()
            && !h.until_further_notice
        {
            h.as_written = as_written;
            h.until_further_notice = true;
            return Some(h);
        }
    }
    let rest = f
        .trim_start_matches("under ")
        .trim_start_matches("mandatperioden ")
        .trim_start_matches("perioden ")
        .trim_start_matches("aren ")
        .trim();
    if let Some((a, b, r)) = year_range(rest)
        && r.start == 0
        && r.end == rest.len()
    {
        v.from = PartialDate::from_year(a).ok();
        v.until = PartialDate::from_year(b).ok();
        return Some(v);
    }
    for prefix in ["till och med ", "t.o.m. ", "t.o.m ", "tom ", "till "] {
        if let Some(d) = f.strip_prefix(prefix)
            && let Some(date) = whole_date(d)
        {
            v.until = Some(date);
            return Some(v);
        }
    }
    // "från och med 1 januari 2020": valid from a date, no end stated.
    for prefix in ["fran och med ", "fr.o.m. ", "fr.o.m ", "from ", "fran "] {
        if let Some(d) = f.strip_prefix(prefix)
            && let Some(date) = whole_date(d)
        {
            v.from = Some(date);
            return Some(v);
        }
    }
    // "från och med A till och med B" / "A – B"
    let seps = [" till och med ", " t.o.m. ", " - ", " -- ", " till "];
    let body = f
        .trim_start_matches("fran och med ")
        .trim_start_matches("fr.o.m. ");
    for sep in seps {
        if let Some((a, b)) = body.split_once(sep)
            && let (Some(a), Some(b)) = (whole_date(a), whole_date(b))
        {
            v.from = Some(a);
            v.until = Some(b);
            return Some(v);
        }
    }
    None
}

/// How well a cell fits a column: `None` when it cannot be that column's
/// value; 3 for a typed match, 2 for a blank marker, 1 for free text.
fn cell_score(field: Field, cell: &str) -> Option<u32> {
    if is_blank_marker(cell) {
        return Some(2);
    }
    let words = cell.split_whitespace().count();
    match field {
        Field::Title => {
            let starts_upper = cell.chars().next().is_some_and(char::is_uppercase);
            if !starts_upper || words > 14 || whole_date(cell).is_some() {
                None
            } else if cell
                .split_whitespace()
                .any(|w| DocumentKind::recognize_compound(w).is_some())
            {
                Some(3)
            } else {
                Some(1)
            }
        }
        Field::Adoption => adoption_value(cell)
            .map(|_| 3)
            .or_else(|| lost_date_paragraph(cell).map(|_| 3))
            // A body with more after it, or an abbreviation: not a column's
            // value run into another's (`Norrby kommunkoncern Kommundirektör`).
            .or_else(|| {
                adopter_first(cell)
                    .filter(|(b, _)| {
                        crate::lexicon::is_body_abbreviation(b) || cell.trim().len() > b.len()
                    })
                    .map(|_| 3)
            }),
        Field::Kind => {
            let last = cell.split_whitespace().last().unwrap_or("");
            (words <= 3 && DocumentKind::recognize_compound(last).is_some())
                .then_some(3)
                .or((words == 1 && cell.chars().all(char::is_alphabetic)).then_some(1))
        }
        Field::Validity | Field::ValidUntil => validity_or_end(cell).map(|_| 3),
        Field::ValidFrom => parse_validity(cell).or_else(|| from_value(cell)).map(|_| 3),
        Field::TableDate => whole_date(cell)
            .or_else(|| date_and_paragraph(cell).map(|(d, _)| d))
            .map(|_| 3),
        Field::AdoptedBy => {
            if words <= 5 && (body_name(cell) || crate::draft::statutory_care_role(cell)) {
                Some(3)
            } else if lower_body_name(cell) {
                // Taken only after a label with a colon.
                Some(2)
            } else {
                adopter_value(cell).map(|_| 3)
            }
        }
        Field::Owner => {
            if words <= 5 && body_name(cell) {
                Some(3)
            } else {
                (words <= 4).then_some(1)
            }
        }
        Field::DecisionDate => decision_date_value(cell).map(|_| 3),
        Field::LastUpdated => last_updated_value(cell).map(|_| 3),
        Field::Paragraph => PARAGRAPH_ONLY.is_match(cell).then_some(3),
        Field::Dnr => ((words <= 4 && dnr_value(cell).is_some())
            || decision_record(cell).is_some())
        .then_some(3),
        Field::RequiredByLaw => yes_no(cell).map(|_| 3),
        Field::Review => whole_date(cell).map(|_| 3).or((words <= 4).then_some(1)),
        // "Ersätter beslut KF 2012-05-21 § 88": a citation with a date or
        // a diarienummer is a typed value.
        Field::Replaces | Field::Repeals if words <= 12 => {
            // "Ersätter beslut KS , KS": a decision cited, even when
            // extraction lost its date.
            let cited = crate::relations::parse_citation(cell)
                .is_some_and(|t| t.date.is_some() || t.dnr.is_some())
                || fold(cell).starts_with("beslut ");
            Some(if cited { 3 } else { 1 })
        }
        Field::Replaces | Field::Repeals => None,
        Field::Free => (words <= 12).then_some(1),
    }
}

/// An adoption cell whose date extraction lost, leaving the comma and the
/// paragraph's number (`Fastställd , 51`, `Fastställd/upprättad` / `, 189`).
static LOST_DATE_PARAGRAPH: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"^,\s*§?\s*(\d{1,4})$"));

fn lost_date_paragraph(cell: &str) -> Option<String> {
    let c = LOST_DATE_PARAGRAPH.captures(cell.trim())?;
    c.get(1).map(|m| m.as_str().to_owned())
}

/// A paragraph value: `§ 82`, or `82` under a `Paragraf` label.
static PARAGRAPH_ONLY: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"^§?\s*\d{1,4}[a-z]?$"));

fn yes_no(s: &str) -> Option<bool> {
    match fold(s).as_str() {
        "ja" => Some(true),
        "nej" => Some(false),
        _ => None,
    }
}

/// Whether `s` names a body (a capitalized name [`BodyKind::classify`](styrdok_core::BodyKind::classify)
/// recognizes).
fn body_name(s: &str) -> bool {
    let s = s.trim();
    s.chars().next().is_some_and(|c| c.is_uppercase())
        && BodyRef::new(s).is_recognized()
        && !has_label_word(s)
}

/// Whether `s` is an elected body's full name in one word of lower case
/// (`Antagen av: kommunfullmäktige`, Götene `blind53/`): a labelled
/// adopter's value. A generic word (`förvaltning`, `nämnden`) is not.
fn lower_body_name(s: &str) -> bool {
    let s = s.trim();
    !s.contains(char::is_whitespace)
        && s.starts_with(char::is_lowercase)
        && s.chars().count() >= 10
        && crate::draft::elected_body(s)
        && !has_label_word(s)
}

/// Whether a cell holds a metadata label among its words (`KF Revisions
/// datum Förvaltning`, `Beslut Kommunstyrelsen`): a table split wrongly or
/// a header run into the value, not one body's name.
pub(crate) fn has_label_word(s: &str) -> bool {
    s.split_whitespace()
        .any(|w| label(fold(w).trim_end_matches(':')).is_some())
}

/// Splits a folded line into labels: (field, first token, token count), or
/// `None` unless the whole line is labels.
fn header_labels(tokens: &[String]) -> Option<Vec<(Field, usize, usize)>> {
    let mut out: Vec<(Field, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let mut found = None;
        for n in (1..=LABEL_MAX_WORDS.min(tokens.len() - i)).rev() {
            let Some(window) = tokens.get(i..i + n) else {
                continue;
            };
            let cand = window.join(" ");
            let cand = cand.trim_end_matches(':');
            if let Some(l) = label(cand) {
                found = Some((l.field, i, n));
                break;
            }
        }
        let (f, s, n) = found?;
        // "Ersätter tidigare beslut": an adoption word right after a
        // replacement label is its object, the decision replaced (its
        // value is the cited document's adoption, `blind10/` Haninge).
        if f == Field::Adoption
            && let Some(last) = out.last_mut()
            && matches!(last.0, Field::Replaces | Field::Repeals)
            && last.1 + last.2 == s
        {
            last.2 += n;
        } else {
            out.push((f, s, n));
        }
        i = s + n;
    }
    Some(out)
}

/// The best split of `cells` into `fields.len()` groups: group boundaries
/// and score, and whether another split scores the same.
fn best_split(fields: &[Field], cells: &[&str]) -> Option<(Vec<usize>, u32, bool)> {
    let n = cells.len();
    let k = fields.len();
    if n < k || n > 40 || k == 0 {
        return None;
    }
    // best[c][s] = best score assigning fields[c..] to cells[s..]
    let mut best: Vec<Vec<Option<(u32, usize, bool)>>> = vec![vec![None; n + 1]; k + 1];
    if let Some(cell) = best.get_mut(k).and_then(|row| row.get_mut(n)) {
        *cell = Some((0, n, false));
    }
    for c in (0..k).rev() {
        for s in 0..n {
            let mut choice: Option<(u32, usize, bool)> = None;
            for e in s + 1..=n {
                let Some(&Some((rest, _, rest_tie))) = best.get(c + 1).and_then(|row| row.get(e))
                else {
                    continue;
                };
                let (Some(group), Some(&field)) = (cells.get(s..e), fields.get(c)) else {
                    continue;
                };
                let cell = group.join(" ");
                let Some(sc) = cell_score(field, &cell) else {
                    continue;
                };
                let total = sc + rest;
                choice = match choice {
                    None => Some((total, e, rest_tie)),
                    Some((t, _, _)) if total > t => Some((total, e, rest_tie)),
                    Some((t, be, _)) if total == t => Some((t, be, true)),
                    other => other,
                };
            }
            if let Some(slot) = best.get_mut(c).and_then(|row| row.get_mut(s)) {
                *slot = choice;
            }
        }
    }
    let (score, _, tie) = (*best.first()?.first()?)?;
    let mut bounds = Vec::new();
    let mut s = 0;
    for row in best.iter().take(k) {
        let (_, e, _) = (*row.get(s)?)?;
        bounds.push(e);
        s = e;
    }
    Some((bounds, score, tie))
}

/// Whether the label on line `i` is a web page footer's bare `Ansvarig:`
/// beside the page's `Senast uppdaterad` / `Senast ändrad` (`Senast
/// uppdaterad: 2015-12-17 Ansvarig: Administrativa avdelningen`): the
/// page's editor, not the document's owner.
fn page_editor(p: &Prepared<'_>, i: usize, label: &str) -> bool {
    let Some(line) = p.lines.get(i) else {
        return false;
    };
    let whole = fold(p.orig.get(line.orig).copied().unwrap_or(""));
    fold(label).trim().trim_end_matches(':').trim() == "ansvarig"
        && ["senast uppdaterad", "senast andrad"]
            .iter()
            .any(|w| whole.contains(w))
}

/// Records one metadata value.
/// The least confidence of a kind read from a type label: over the
/// title's kind word (0.85, `kind-from-title`).
const KIND_LABEL_CONFIDENCE: f64 = 0.9;

fn record(fields: &mut Fields, field: Field, label: &str, value: &str, src: Src) {
    let value = value.trim();
    fields.metadata_as_written.insert(
        label.trim().trim_end_matches(':').to_owned(),
        value.to_owned(),
    );
    let blank = is_blank_marker(value);
    match field {
        Field::Kind if !blank => {
            let last = value.split_whitespace().last().unwrap_or(value);
            let kind = DocumentKind::recognize_compound(last).unwrap_or(DocumentKind::Other);
            fields.kind_words.push((src.start, value.to_owned()));
            // A type label is the kind the document's author gave it: a
            // kind it names by the bare kind word outranks the kind word
            // of the title (`Typ av styrdokument Riktlinjer` over the title
            // `IT-säkerhetsinstruktion`), read from any label form. A
            // compound (`Styrdokument 2 (12) Skolskjutsreglemente`, a page
            // header) names a document, not a type: as before.
            let bare = DocumentKind::recognize(last.trim_matches(|c: char| !c.is_alphanumeric()))
                .is_some_and(|k| k != DocumentKind::Other && !matches!(k, DocumentKind::Custom(_)));
            let src = if !bare || value.chars().any(|c| c.is_ascii_digit()) {
                src
            } else {
                Src {
                    confidence: src.confidence.max(KIND_LABEL_CONFIDENCE),
                    ..src
                }
            };
            fields.kind.push(kind, src);
        }
        Field::Validity | Field::ValidUntil if !blank => {
            if let Some(v) = validity_or_end(value) {
                fields.validity.push(v, src);
            }
        }
        Field::ValidFrom if !blank => {
            if let Some(v) = parse_validity(value).or_else(|| from_value(value)) {
                fields.validity.push(v, src);
            }
        }
        Field::TableDate if !blank => {
            if let Some(d) = whole_date(value) {
                fields.decision_date.push(d, src);
            } else if let Some((d, para)) = date_and_paragraph(value) {
                fields.decision_date.push(d, src.clone());
                fields.decision_paragraph.push(para, src);
            }
        }
        Field::AdoptedBy if !blank && (body_name(value) || lower_body_name(value)) => {
            fields.adopted_by.push(BodyRef::new(value), src);
        }
        // `BESLUTAD AV: MEDICINSKT ANSVARIG SJUKSKÖTERSKA`, `Beslutande:
        // Medicinskt ansvarig sjuksköterska` (`blind135/`): an official who
        // decides a care routine.
        Field::AdoptedBy if !blank && crate::draft::statutory_care_role(value) => {
            fields.adopted_by.push(crate::draft::owner_ref(value), src);
        }
        Field::AdoptedBy if !blank => {
            // "Kommunfullmäktige, 2017-12-18 § 145, dnr KS 2017/0934"
            if let Some((body, date, para, dnr)) = adopter_value(value) {
                fields.adopted_by.push(BodyRef::new(&body), src.clone());
                if let Some(d) = date {
                    fields.decision_date.push(d, src.clone());
                }
                if let Some(p) = para {
                    fields.decision_paragraph.push(p, src.clone());
                }
                if let Some(d) = dnr {
                    fields.dnr.push(d, src);
                }
            }
        }
        Field::Owner if !blank => {
            // A download title joins its fields with full stops
            // (`Dokumentansvarig i förvaltningen Kanslichef.
            // Kommunstyrelseförvaltningen`, Orust `blind91/`): the owner
            // ends at the first one before a capital.
            let value = value
                .split_once(". ")
                .filter(|(_, next)| next.starts_with(char::is_uppercase))
                .map_or(value, |(owner, _)| owner);
            // `Ansvarig nämnd: Kommunstyrelsen … Dokumentansvarig:
            // Kanslichef` (Vara `blind16/`): the nämnd answering for the
            // area gives way to a document owner named as such.
            let src = if fold(label).starts_with("ansvarig namnd") {
                Src {
                    confidence: src.confidence * 0.9,
                    ..src
                }
            } else {
                src
            };
            fields.owner.push(crate::draft::owner_ref(value), src);
        }
        Field::Title if !blank => fields.title.push(value.to_owned(), src),
        Field::Adoption if !blank && adoption_value(value).is_none() => {
            if let Some((body, para)) = adopter_first(value) {
                fields.adopted_by.push(BodyRef::new(&body), src.clone());
                // `KF 246/2006`, `KF § 117/1993`: the paragraph and its year.
                let with_year = value
                    .trim()
                    .strip_prefix(body.as_str())
                    .and_then(crate::recognize::paragraph_of_year);
                if let Some((year, p)) = with_year {
                    fields.decision_date.push(year, src.clone());
                    fields.decision_paragraph.push(p, src.clone());
                } else if let Some(p) = para {
                    fields.decision_paragraph.push(p, src.clone());
                }
            }
            if let Some(p) = lost_date_paragraph(value) {
                fields.decision_paragraph.push(p, src);
            }
        }
        Field::Adoption if !blank => {
            // A bracketed diarienummer inside the adoption's value
            // (`Antaget 16 december 2014, § 112 (Dnr 2014/1305) av
            // kommunfullmäktige`, Mullsjö `blind153/`).
            if let Some(d) = value
                .split_once('(')
                .and_then(|(_, r)| r.split_once(')'))
                .and_then(|(b, _)| bracket_dnr(b))
            {
                fields.dnr.push(d.to_owned(), src.clone());
            }
            if let Some((body, date, para)) = adoption_value(value) {
                if let Some(b) = body {
                    fields.adopted_by.push(BodyRef::new(&b), src.clone());
                }
                fields.decision_date.push(date, src.clone());
                if let Some(p) = para {
                    fields.decision_paragraph.push(p, src);
                }
            }
        }
        Field::DecisionDate if !blank => {
            if let Some((d, para)) = decision_date_value(value) {
                fields.decision_date.push(d, src.clone());
                if let Some(p) = para {
                    fields.decision_paragraph.push(p, src);
                }
            }
        }
        Field::LastUpdated if !blank => {
            if let Some(d) = last_updated_value(value) {
                fields.last_updated.push(d, src);
            }
        }
        Field::Paragraph if !blank => fields.decision_paragraph.push(value.to_owned(), src),
        Field::Dnr if !blank => {
            if let Some((dnr, para, date)) = decision_record(value) {
                fields.dnr.push(dnr, src.clone());
                if let Some(p) = para {
                    fields.decision_paragraph.push(p, src.clone());
                }
                if let Some(d) = date {
                    fields.decision_date.push(d, src);
                }
            } else if let Some(d) = dnr_value(value) {
                fields.dnr.push(d.to_owned(), src);
            }
        }
        Field::RequiredByLaw => {
            if let Some(b) = yes_no(value) {
                fields.required_by_law.push(b, src);
            }
        }
        Field::Review => fields.review.push(
            Review {
                as_written: value.to_owned(),
                // "senast 2025-03-01", "före 2025-03-01": the date is the
                // deadline.
                date: whole_date(value).or_else(|| {
                    let v = value.trim();
                    let lower = v.to_lowercase();
                    let skip = ["senast den ", "senast ", "före den ", "före ", "innan "]
                        .iter()
                        .find(|p| lower.starts_with(*p))?
                        .len();
                    whole_date(v.get(skip..)?)
                }),
                stated_blank: blank,
            },
            src,
        ),
        Field::Replaces if !blank => {
            fields
                .relation_values
                .push((RelationKind::Replaces, value.to_owned(), src.start));
        }
        Field::Repeals if !blank => {
            fields
                .relation_values
                .push((RelationKind::Repeals, value.to_owned(), src.start));
        }
        _ => {}
    }
}

/// The lines of `p`, a web page's metadata written as a bullet list with
/// each label on one bullet and its value on the next (`- Beslutande
/// instans:` / `- Kommunfullmäktige` / `- Beslutsdatum:` / `- 2023-04-24`,
/// Skara `blind159/`), the value's bullet dash taken off: the line after a
/// label alone with its colon (the segmenter has cut the label's dash off
/// already, leaving it on a line of its own).
fn unbulleted_labels<'a>(p: &'a Prepared<'_>) -> Vec<&'a str> {
    let label_alone = |t: &str| {
        t.trim_end().ends_with(':')
            && label_line(t).is_some_and(|(_, l, v)| !l.is_empty() && v.trim().is_empty())
    };
    let mut out: Vec<&'a str> = Vec::with_capacity(p.lines.len());
    let mut after_label = false;
    for l in &p.lines {
        let t = l.text.as_str();
        let bare = t.strip_prefix("- ").or_else(|| t.strip_prefix("• "));
        if label_alone(bare.unwrap_or(t)) {
            out.push(bare.unwrap_or(t));
            after_label = true;
        } else if let Some(value) = bare.filter(|_| after_label) {
            out.push(value);
            after_label = false;
        } else {
            out.push(t);
            after_label = after_label && matches!(t.trim(), "" | "-" | "•");
        }
    }
    out
}

/// How many non-blank lines (segments) make the document's head, where an
/// unlabelled diarienummer is the document's own.
const HEAD_LINES: usize = 12;

/// Reads every metadata block; returns which lines it consumed.
pub(crate) fn scan(p: &Prepared<'_>, fields: &mut Fields) -> Vec<bool> {
    let n = p.lines.len();
    let mut consumed = vec![false; n];
    let texts = unbulleted_labels(p);
    let text_of = |j: usize| texts.get(j).copied().unwrap_or("");
    let next_nonblank = |from: usize, consumed: &[bool]| {
        (from..n.min(from + 4)).find(|&j| !text_of(j).is_empty() && !is_set(consumed, j))
    };
    let mut i = 0;
    // The line of the last adopter read from a label: a "Datum" right
    // after it is the decision date ("Fastställt av" / "Kommunfullmäktige" /
    // "Datum" / "2023-11-27").
    let nonblank_before = |i: usize| (0..i).filter(|&j| !text_of(j).is_empty()).count();
    let mut adopter_line: Option<usize> = None;
    // An adopter label on one of the next two lines ("Datum 2017-10-18" /
    // "Fastställd av Direktionen …").
    let adopter_label_follows = |i: usize| {
        (i + 1..n.min(i + 4))
            .filter(|&j| !text_of(j).is_empty())
            .take(2)
            .any(|j| label_line(text_of(j)).is_some_and(|(f, _, _)| f == Field::AdoptedBy))
    };
    while i < n {
        let text = text_of(i);
        if text.is_empty() || is_set(&consumed, i) {
            i += 1;
            continue;
        }
        // A line wholly in brackets after or before the text carries the
        // adoption facts (`(H 2013 nr 44, P 2013-03-21, § 22)`, Göteborg;
        // `(Beslutat av barn- och utbildningsnämnden 2018-04-25, §
        // 38/2018)`, Hultsfred, read by the adoption phrase): without a
        // label, a date and a paragraph ending it are the decision's.
        let bracketed = bracketed_line(text);
        if let Some(inner) = bracketed
            && label_line(inner).is_none()
            && let Some(tail) = date_paragraph_tail(inner)
        {
            record(
                fields,
                Field::TableDate,
                "",
                tail,
                Src::new((i, i), 0.7, "metadata-bracketed"),
            );
            set(&mut consumed, i);
            i += 1;
            continue;
        }
        // A diarienummer alone in the document's head (cut from a letterhead
        // line by the segmenter).
        if crate::segment::is_dnr_token(text.trim()) && nonblank_before(i) < HEAD_LINES {
            fields.dnr.push(
                text.trim().to_owned(),
                Src::new((i, i), 0.7, "dnr-in-heading"),
            );
            set(&mut consumed, i);
            i += 1;
            continue;
        }
        // A table: a header row of two or more labels (or labels one per
        // line, a table extracted column by column), then a value row.
        let folded_tokens =
            |j: usize| -> Vec<String> { text_of(j).split_whitespace().map(fold).collect() };
        let mut header: Vec<(Field, String)> = Vec::new();
        let mut header_rows: Vec<usize> = Vec::new();
        let mut h = Some(i);
        while let Some(j) = h
            && let Some(ls) = header_labels(&folded_tokens(j))
        {
            let toks: Vec<&str> = text_of(j).split_whitespace().collect();
            for (f, start, len) in ls {
                header.push((
                    f,
                    toks.get(start..start + len).unwrap_or_default().join(" "),
                ));
            }
            header_rows.push(j);
            h = next_nonblank(j + 1, &consumed);
            // One label per line only when each line is one label.
            if header.len() != header_rows.len() {
                break;
            }
        }
        // Labels one per line need a value for each on the lines after.
        if header_rows.len() > 1 && header.len() != header_rows.len() {
            header.clear();
        }
        let last_header = header_rows.last().copied().unwrap_or(i);
        if header.len() >= 2
            && let Some(v) = next_nonblank(last_header + 1, &consumed)
            && header_labels(&folded_tokens(v)).is_none()
        {
            let has_adopter = header
                .iter()
                .any(|l| matches!(l.0, Field::AdoptedBy | Field::Adoption));
            let kinds: Vec<Field> = header
                .iter()
                .map(|l| match l.0 {
                    Field::TableDate if !has_adopter => Field::Free,
                    f => f,
                })
                .collect();
            // The value row, or, when the cells were extracted one per line,
            // as many of the next lines as it takes to fill every column
            // (a wrapped cell may take two).
            // A web page's cells written as sentences (`Riktlinjer.
            // 2020-08-12. KS.`): the full stops are no part of the values.
            // Each such sentence is one cell.
            let row_cells = |j: usize| -> Vec<&str> {
                let t = text_of(j).trim();
                if t.ends_with('.') && !t.ends_with("..") {
                    t.split(". ")
                        .map(|c| c.trim().trim_end_matches('.'))
                        .filter(|c| !c.is_empty())
                        .collect()
                } else {
                    t.split_whitespace().collect()
                }
            };
            let mut rows = vec![v];
            let mut cells: Vec<&str> = row_cells(v);
            let mut split = best_split(&kinds, &cells);
            while split.as_ref().is_none_or(|s| s.1 < kinds.len() as u32 * 2)
                && rows.len() < kinds.len() + 2
                && let Some(w) = next_nonblank(rows.last().copied().unwrap_or(v) + 1, &consumed)
                && label_line(text_of(w)).is_none()
            {
                rows.push(w);
                cells.extend(row_cells(w));
                split = best_split(&kinds, &cells);
            }
            let v = rows.last().copied().unwrap_or(v);
            if let Some((bounds, score, tie)) = split {
                let typed = kinds.len() as u32 * 2;
                if score >= typed {
                    let confidence = if tie { 0.7 } else { 0.95 };
                    let mut s = 0;
                    for ((field, label), e) in header.iter().zip(bounds) {
                        let value = cells.get(s..e).unwrap_or_default().join(" ");
                        record(
                            fields,
                            *field,
                            label,
                            &value,
                            Src::new((i, v), confidence, "metadata-table"),
                        );
                        s = e;
                    }
                    for r in header_rows.iter().chain(&rows) {
                        set(&mut consumed, *r);
                    }
                    i = v + 1;
                    continue;
                }
            }
        }
        // "Label: value" or "Label value" on one line ("Datum" alone says
        // nothing about the decision).
        if let Some((field, label, value)) = label_line(text)
            && (field != Field::TableDate
                || adopter_line.is_some_and(|l| i <= l + 2)
                || adopter_label_follows(i))
        {
            // A web page's footer names who edits the page, not who owns
            // the document: abstain.
            if field == Field::Owner && page_editor(p, i, label) {
                set(&mut consumed, i);
                i += 1;
                continue;
            }
            let field = if field == Field::TableDate {
                Field::DecisionDate
            } else {
                field
            };
            // A label with another label for its value (`Revideras senast:
            // Giltighetsperiod:`, an empty header row) says nothing.
            let value = if header_labels(&value.split_whitespace().map(fold).collect::<Vec<_>>())
                .is_some_and(|ls| !ls.is_empty())
                && value.trim_end().ends_with(':')
            {
                ""
            } else {
                value
            };
            let colon = text
                .get(label.len()..)
                .is_some_and(|r| r.trim_start().starts_with(':'));
            let score = cell_score(field, value);
            let accept = match score {
                Some(3) => true,
                Some(_) => colon && !value.is_empty(),
                None => false,
            };
            // A value that runs into other text (a page flattened to one
            // line): its longest typed start.
            if score != Some(3)
                && let Some(prefix) = typed_prefix(field, value)
            {
                record(
                    fields,
                    field,
                    label,
                    prefix,
                    Src::new((i, i), 0.8, "metadata-label-prefix"),
                );
                if field == Field::AdoptedBy {
                    adopter_line = Some(i);
                }
                // An adoption line stays for the running-text recognizers,
                // which read more of it ("Antagen av KF 2019-0 -25, § 4").
                if !matches!(field, Field::AdoptedBy | Field::Adoption) {
                    set(&mut consumed, i);
                }
                i += 1;
                continue;
            }
            if accept {
                let conf = if score == Some(3) { 0.95 } else { 0.85 };
                record(
                    fields,
                    field,
                    label,
                    value,
                    Src::new((i, i), conf, "metadata-label"),
                );
                if field == Field::AdoptedBy {
                    adopter_line = Some(i);
                }
                set(&mut consumed, i);
                // The adopter's line wrapped before its date (`Antagen av
                // Simrishamns kommunalfullmäktige` / `2018-11-26`,
                // Simrishamn `blind165/`): a line right below that is a
                // decision date's value ([`decision_date_value`]) is the
                // decision's.
                let j = i + 1;
                if matches!(field, Field::AdoptedBy | Field::Adoption)
                    && crate::dates::find_dates(value).is_empty()
                    && !consumed.get(j).copied().unwrap_or(true)
                    && let Some((d, para)) = decision_date_value(text_of(j))
                {
                    let src = Src::new((i, j), conf, "metadata-label");
                    fields.decision_date.push(d, src.clone());
                    if let Some(p) = para {
                        fields.decision_paragraph.push(p, src);
                    }
                    set(&mut consumed, j);
                    i = j + 1;
                    continue;
                }
                i += 1;
                continue;
            }
            // A label alone, its value on the next line.
            if value.is_empty()
                && let Some(v) = next_nonblank(i + 1, &consumed)
            {
                let val = text_of(v);
                let val_is_label = label_line(val).is_some_and(|(_, l, _)| !l.is_empty());
                if !val_is_label && cell_score(field, val).is_some_and(|s| s >= 2) {
                    record(
                        fields,
                        field,
                        label,
                        val,
                        Src::new((i, v), 0.9, "metadata-vertical"),
                    );
                    if field == Field::AdoptedBy {
                        adopter_line = Some(v);
                    }
                    set(&mut consumed, i);
                    set(&mut consumed, v);
                    i = v + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    consumed
}

/// The text inside a line wholly in round brackets (one pair, nothing
/// before or after it), trimmed.
pub(crate) fn bracketed_line(text: &str) -> Option<&str> {
    let inner = text.trim().strip_prefix('(')?.strip_suffix(')')?;
    (!inner.contains(['(', ')'])).then_some(inner.trim())
}

/// The end of `text` from its last date on, when that date is followed by a
/// meeting paragraph and nothing else (`2013-03-21, § 22` of `H 2013 nr 44,
/// P 2013-03-21, § 22`).
fn date_paragraph_tail(text: &str) -> Option<&str> {
    let found = crate::dates::find_dates(text);
    let last = found.last()?;
    let tail = text.get(last.range.start..)?;
    date_and_paragraph(tail).is_some().then_some(tail)
}

/// The longest start of `value` (at most eight words, and shorter than the
/// value) that is a typed value of `field`: `gäller tills vidare` of
/// `gäller tills vidare Sundbybergs stad Östra Madenvägen`.
fn typed_prefix(field: Field, value: &str) -> Option<&str> {
    if matches!(
        field,
        Field::Free | Field::Title | Field::Owner | Field::Review
    ) {
        return None;
    }
    let ends: Vec<usize> = value
        .split_whitespace()
        .scan(0usize, |pos, w| {
            let at = value.get(*pos..)?.find(w)? + *pos;
            *pos = at + w.len();
            Some(*pos)
        })
        .collect();
    let typed =
        |p: &&str| cell_score(field, p.trim_end_matches(',')) == Some(3) && !is_blank_marker(p);
    let starts = ends
        .iter()
        .take(8)
        .take(ends.len().saturating_sub(1))
        .filter_map(|&e| value.get(..e));
    // A diarienummer is the shortest typed start ("KK13/451", not
    // "KK13/451 2/8" with the page after it); any other value the longest.
    let found = if field == Field::Dnr {
        starts.clone().find(typed)
    } else {
        starts.rev().find(typed)
    };
    found.map(|p| p.trim_end_matches(','))
}

/// An adopter label in a run of labels flattened onto one line, its value
/// slid past the labels after it (`Dokumentägare Fastställare Giltig
/// fr.o.m. Giltig t.o.m. Anna Berg Landstingsstyrelsen …`, `Beslutad av
/// (datum och ) Kommunstyrelsen ( ) Giltig fr.o.m …`): the one body among
/// the first words after the run's last label (and in the adopter label's
/// own value) is the adopter. Officials are left out (the run's owner
/// label takes them); two bodies or none: nothing. Only when the label's
/// own value names no body, and the run holds another label. The name
/// and the line.
pub(crate) fn adopter_after_label_run(p: &Prepared<'_>) -> Option<(String, usize)> {
    const WORDS_AFTER: usize = 8;
    let same_line = |j: usize| {
        let orig = p.lines.get(j).map(|l| l.orig);
        p.lines
            .iter()
            .enumerate()
            .filter(move |(k, o)| Some(o.orig) == orig && *k != j && !o.text.is_empty())
    };
    for (j, l) in p.lines.iter().enumerate() {
        let tokens: Vec<String> = l.text.split_whitespace().map(fold).collect();
        let run = labels_opening(&tokens);
        let window: Vec<&str> = if run.len() >= 2
            && run
                .iter()
                .any(|(f, _, _)| matches!(f, Field::AdoptedBy | Field::Adoption))
        {
            // A run of labels, its values after it (in the segment after
            // it when the segmenter cut there).
            let used: usize = run.iter().map(|(_, _, n)| n).sum();
            let after = same_line(j)
                .find(|(k, _)| *k > j)
                .map_or("", |(_, o)| o.text.as_str());
            l.text
                .split_whitespace()
                .skip(used)
                .chain(after.split_whitespace())
                .take(WORDS_AFTER)
                .collect()
        } else if let Some((Field::AdoptedBy, _, value)) = label_line(&l.text)
            && !crate::draft::BodyRef::new(value).is_recognized()
            && same_line(j).any(|(_, o)| label_line(&o.text).is_some())
        {
            // An adopter label whose value runs on past other words.
            value.split_whitespace().take(WORDS_AFTER).collect()
        } else {
            continue;
        };
        let mut bodies: Vec<&str> = Vec::new();
        for w in window {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            let body = w.chars().next().is_some_and(char::is_uppercase)
                && crate::draft::classify_body(w)
                    .is_some_and(|k| k != styrdok_core::BodyKind::Tjansteperson);
            if body && !bodies.contains(&w) {
                bodies.push(w);
            }
        }
        if let [one] = bodies.as_slice() {
            return Some(((*one).to_owned(), j));
        }
    }
    None
}

/// The document a flattened run of labels holding `Ersätter` names among
/// its values, when the values slid past their labels (`Beslutad när:
/// Beslutad av Diarienummer: Ersätter: Gäller för: … Kommunfullmäktige
/// KS/2016: Markanvisningspolicy beslutad av kommunfullmäktige …`,
/// Strängnäs `blind12/`; `Beslutad av Giltig från Ersätter
/// Regionfullmäktige Riktlinjer för informationssäkerhet, RSK …`, Västra
/// Götalandsregionen `blind6/`): the first name among the first words
/// after the run, a flattened page's numbers before it aside (a capitalised kind word and what joins it,
/// [`crate::page_name::first_name_in_values`]). Only when no other label
/// of the run takes a document's name (a title or a repealed document),
/// and not the document's own title. The name and the line.
pub(crate) fn replaced_after_label_run(
    p: &Prepared<'_>,
    title: Option<&str>,
) -> Option<(String, usize)> {
    const WORDS_AFTER: usize = 16;
    for (j, l) in p.lines.iter().enumerate() {
        let tokens: Vec<String> = l.text.split_whitespace().map(fold).collect();
        // After a flattened page's numbers (`1 1/5 Beslutad när: …`).
        let page = tokens
            .iter()
            .take_while(|t| {
                t.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, '/' | '(' | ')'))
            })
            .count();
        let run = labels_opening(tokens.get(page..).unwrap_or_default());
        let fields: Vec<Field> = run.iter().map(|(f, _, _)| *f).collect();
        if fields.len() < 2
            || !fields.contains(&Field::Replaces)
            || fields
                .iter()
                .any(|f| matches!(f, Field::Title | Field::Repeals))
        {
            continue;
        }
        let used: usize = page + run.iter().map(|(_, _, n)| n).sum::<usize>();
        // The values, in the segment after the run when the segmenter cut
        // there.
        let after = p
            .lines
            .iter()
            .skip(j + 1)
            .find(|o| o.orig == l.orig && !o.text.is_empty())
            .map_or("", |o| o.text.as_str());
        let values = l
            .text
            .split_whitespace()
            .skip(used)
            .chain(after.split_whitespace())
            .take(WORDS_AFTER)
            .collect::<Vec<_>>()
            .join(" ");
        let Some(name) = crate::page_name::first_name_in_values(&values) else {
            continue;
        };
        if title.is_some_and(|t| fold(t) == fold(name)) {
            continue;
        }
        return Some((name.to_owned(), j));
    }
    None
}

/// Whether a line is nothing but metadata labels, two or more (a flattened
/// table's header row whose values the segmenter cut off: `Beslutad av
/// Diarienummer Ersätter Gäller för Gäller fr o m …`, Eskilstuna
/// `blind13/`): no sentence of the text.
pub(crate) fn is_label_run(text: &str) -> bool {
    let tokens: Vec<String> = text.split_whitespace().map(fold).collect();
    let run = labels_opening(&tokens);
    run.len() >= 2 && run.iter().map(|(_, _, n)| n).sum::<usize>() == tokens.len()
}

/// Whether a text opens with a metadata label (`Gäller för alla nämnder
/// …`, `Gäller som längst till`), with or without its colon.
pub(crate) fn opens_with_label(text: &str) -> bool {
    let tokens: Vec<String> = text
        .split_whitespace()
        .take(LABEL_MAX_WORDS)
        .map(fold)
        .collect();
    !labels_opening(&tokens).is_empty()
}

/// The labels a line opens with, one after another (`Dokumentägare
/// Fastställare Giltig fr.o.m. …`), as [`header_labels`] reads a whole
/// line of them: up to the first word that starts no label.
fn labels_opening(tokens: &[String]) -> Vec<(Field, usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(found) = (1..=LABEL_MAX_WORDS.min(tokens.len() - i))
            .rev()
            .find_map(|n| {
                let cand = tokens.get(i..i + n)?.join(" ");
                label(cand.trim_end_matches(':')).map(|l| (l.field, i, n))
            })
        else {
            break;
        };
        out.push(found);
        i += found.2;
    }
    out
}

/// Folded words before a fullmäktige in a document's head that make it
/// something other than the document's own body: a recipient, a proposal,
/// a verb's object.
const NOT_THE_ISSUER: [&str; 14] = [
    "av", "i", "till", "att", "for", "och", "infor", "fran", "vid", "med", "hos", "foreslar",
    "forslag", "beslutar",
];

/// The one diarienummer written without a label inside a line of the
/// document's head (its first [`HEAD_LINES`] filled lines): a series, a
/// space and a number with its year (`Örebro kommun 2020-01-21 Ks 900/2019
/// orebro.se`, Örebro `blind8/`, `blind22/`; `1 1(11) KS 2012/0133 mot
/// mutor och jäv`, Danderyd `blind22/`; a table's value row shifted from
/// its labels, `och säkerhet Kommunfullmäktige 2020-02-26 KS 2018/0316`,
/// Lund `blind17/`), or the series glued to the year and number in one
/// word ([`crate::segment::glued_series_number`]). Two different numbers
/// in the head give none (one may be another case's); fullmäktige's `KF 27/2011` (a paragraph and its
/// year) and a label's value give none. The number and its line.
pub(crate) fn dnr_in_head_line(p: &Prepared<'_>) -> Option<(String, usize)> {
    let mut found: Vec<(String, usize)> = Vec::new();
    let filled = (0..p.lines.len())
        .filter(|&j| p.lines.get(j).is_some_and(|l| !l.text.trim().is_empty()))
        .take(HEAD_LINES);
    for j in filled {
        let line = p.lines.get(j).map_or("", |l| l.text.as_str());
        let ws = crate::segment::words(line);
        for (k, pair) in ws.windows(2).enumerate() {
            let [(_, series), (_, number)] = pair else {
                continue;
            };
            let series = series.trim_start_matches('(');
            let number = number.trim_end_matches(['.', ',', ';', ')']);
            // A label's value the label readers did not take as a case
            // number (`Antagen: KF 246/2006`, Ronneby `real/`).
            let labelled = k > 0 && ws.get(k - 1).is_some_and(|(_, w)| w.ends_with(':'));
            // Fullmäktige's `KF 27/2011` is a paragraph and its year (a
            // cited decision, Haninge `blind10/`), not a case number.
            let paragraph = fold(series) == "kf";
            if !labelled && !paragraph && crate::segment::series_then_number(series, number) {
                let dnr = format!("{series} {number}");
                if !found.iter().any(|(d, _)| fold(d) == fold(&dnr)) {
                    found.push((dnr, j));
                }
            }
        }
        // The series glued to its year and number in one word
        // (`Ks/2015:184` on a line of its own under the title, Jönköping
        // `blind88/`), not after a label's colon.
        for (k, (_, w)) in ws.iter().enumerate() {
            let w = w.trim_end_matches(['.', ',', ';', ')']);
            let labelled = k > 0 && ws.get(k - 1).is_some_and(|(_, p)| p.ends_with(':'));
            if !labelled
                && crate::segment::glued_series_number(w)
                && !found.iter().any(|(d, _)| fold(d) == fold(w))
            {
                found.push((w.to_owned(), j));
            }
        }
    }
    match found.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}

/// A line that is only an adopting body with its meeting's date and
/// paragraph (`Kommunfullmäktige 2016-01-25 § 26`, Ljungby `blind38/`;
/// `Kommunstyrelsen (2015-09-02 §124)`, Vetlanda `blind44/`): the value
/// under an adopter label of a document table whose labels and values
/// were flattened into columns. A body names no other meeting on a line
/// of its own (a cited decision stands in a sentence, `Enligt beslut i KF
/// 2005-05-30 § 162 ska …`, or after a title it dates); a second such line
/// with another decision makes it ambiguous, and gives nothing. The body,
/// the date, the paragraph as written and the line.
pub(crate) fn decision_line(p: &Prepared<'_>) -> Option<(String, PartialDate, String, usize)> {
    let mut found: Option<(String, PartialDate, String, usize)> = None;
    for (j, l) in p.lines.iter().enumerate() {
        let Some(c) = DECISION_LINE.captures(l.text.trim()) else {
            continue;
        };
        let (Some(body), Some(date), Some(par)) = (c.name("body"), c.name("date"), c.name("par"))
        else {
            continue;
        };
        let body = body.as_str();
        let adopting = body.split_whitespace().count() <= 3
            && BodyRef::new(body).is_recognized()
            && crate::draft::classify_body(body)
                .is_some_and(|k| k != styrdok_core::BodyKind::Tjansteperson);
        let Some(date) = whole_date(date.as_str()).filter(|_| adopting) else {
            continue;
        };
        let par = par.as_str().to_owned();
        match &found {
            Some((b, d, q, _)) if (b.as_str(), d, q) != (body, &date, &par) => return None,
            Some(_) => {}
            None => found = Some((body.to_owned(), date, par, j)),
        }
    }
    found
}

/// See [`decision_line`]: a capitalised body of one to three words, a
/// full date and a paragraph, in parentheses or not, and nothing else.
static DECISION_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"^(?P<body>\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2})\s+\(?\s*(?P<date>(?:19|20)\d{2}-\d{2}-\d{2})\s*,?\s*(?P<par>§\s*\d{1,4})\s*\)?$",
    )
});

/// A fullmäktige named alone in the document's head, as a letterhead
/// names the body whose document it is (`… KOMMUNSTYRELSENS FÖRVALTNING
/// Kommunfullmäktige Resepolicy för …`, `FÖRFATTNINGSSAMLING
/// Kommunfullmäktige KFS 1997`, `Norrby kommun Kommunfullmäktige`):
/// fullmäktige prepares no document, so a document headed by it is its
/// own. Not below a web site's head (a site's menu names it), not in a protocol's or
/// a proposal's head, not after a preposition or verb, nor before a date
/// (a meeting). The name and the line.
pub(crate) fn fullmaktige_in_head(p: &Prepared<'_>) -> Option<(String, usize)> {
    if p.head_chrome {
        return None;
    }
    let filled: Vec<usize> = (0..p.lines.len())
        .filter(|&j| p.lines.get(j).is_some_and(|l| !l.text.trim().is_empty()))
        .take(6)
        .collect();
    // A protocol's, a proposal's or a letter's head names the body it is
    // for (`Dessa förslag till …` under `Norrby kommun Kommunfullmäktige`).
    let for_the_body = filled.iter().any(|&j| {
        let folded = fold(p.lines.get(j).map_or("", |l| l.text.as_str()));
        [
            "protokoll",
            "forslag",
            "foreslar",
            "tjansteskrivelse",
            "kallelse",
            "remiss",
        ]
        .iter()
        .any(|w| folded.contains(w))
    });
    if for_the_body {
        return None;
    }
    for j in filled {
        let line = p.lines.get(j).map_or("", |l| l.text.as_str());
        let words: Vec<&str> = line.split_whitespace().take(40).collect();
        for (k, w) in words.iter().enumerate() {
            let f = fold(w);
            let body = [
                "kommunfullmaktige",
                "regionfullmaktige",
                "landstingsfullmaktige",
            ]
            .contains(&f.as_str())
                && w.starts_with(char::is_uppercase);
            if !body {
                continue;
            }
            let before = k
                .checked_sub(1)
                .and_then(|b| words.get(b))
                .map(|b| fold(b))
                .unwrap_or_default();
            let after = words.get(k + 1).copied().unwrap_or("");
            let dated =
                after.starts_with(|c: char| c.is_ascii_digit()) && !fold(after).starts_with("kfs");
            let verb_after = after.starts_with(char::is_lowercase);
            if NOT_THE_ISSUER.contains(&before.trim_end_matches([',', ':']))
                || before.ends_with(':')
                || dated
                || verb_after
            {
                continue;
            }
            return Some(((*w).to_owned(), j));
        }
    }
    None
}

/// The verbs whose present tense names the body that adopts the document
/// itself (`Kommunfullmäktige antar reglementet.`); their forms come from
/// [`crate::lexicon::ADOPTION_VERBS`].
const OWN_ADOPTION_LEMMAS: [&str; 3] = ["anta", "fastställa", "besluta"];

/// Whether `object` (folded) is the document itself, named in the definite
/// form of its title's first or last word (`reglementet` for
/// `Attestreglemente`, `handlingsprogrammet` for `Handlingsprogram`).
fn names_the_document(object: &str, title_words: &[String]) -> bool {
    // The definite endings, `t` after a vowel (`reglementet`) and a
    // doubled final consonant (`programmet`).
    let stems: Vec<&str> = styrdok_core::text::DEFINITE_ENDINGS
        .iter()
        .chain(&["t", "met"])
        .filter_map(|s| object.strip_suffix(s))
        .collect();
    let ends = [title_words.first(), title_words.last()];
    stems
        .iter()
        .any(|s| s.chars().count() >= 4 && ends.iter().flatten().any(|w| w.ends_with(s)))
}

/// A sentence, opening with a body, that says the body adopts the
/// document itself (`Kommunfullmäktige antar reglementet.`, `Direktionen
/// för X beslutar enligt förbundsordningen om handlingsprogrammet …`,
/// `Kommunfullmäktige fastställer kommunens övergripande mål …` for
/// `Kommunens mål`): the document's object is its title's head word in
/// the definite form, or every word of a title of two words or more. The
/// body must open the sentence (not `… under förutsättning att
/// regionfullmäktige antar …`). The name and the line.
pub(crate) fn adopter_of_own_sentence(p: &Prepared<'_>, title: &str) -> Option<(String, usize)> {
    const NAME_WORDS: usize = 4;
    const OBJECT_WINDOW: usize = 5;
    let own_verbs = crate::lexicon::adoption_present_active(&OWN_ADOPTION_LEMMAS);
    let title_words: Vec<String> = fold(title)
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
        .filter(|w| !w.is_empty())
        .collect();
    if title_words.is_empty() {
        return None;
    }
    for (j, l) in p.lines.iter().enumerate() {
        for sentence in crate::structure::sentences(&l.text)
            .into_iter()
            .filter_map(|(a, b)| l.text.get(a..b))
        {
            let words: Vec<&str> = sentence.split_whitespace().collect();
            let Some(first) = words.first() else {
                continue;
            };
            let first = first.trim_matches(|c: char| !c.is_alphanumeric());
            let body = first.starts_with(char::is_uppercase)
                && crate::draft::classify_body(first)
                    .is_some_and(|k| k != styrdok_core::BodyKind::Tjansteperson);
            if !body {
                continue;
            }
            let Some(v) = (1..=NAME_WORDS.min(words.len().saturating_sub(1))).find(|&k| {
                words.get(k).is_some_and(|w| {
                    let w = fold(w);
                    own_verbs.iter().any(|f| fold(f) == w)
                })
            }) else {
                continue;
            };
            // Only `X för Y` names a body in more than one word.
            if v > 1 && words.get(1).map(|w| fold(w)).as_deref() != Some("for") {
                continue;
            }
            let object: Vec<String> = words
                .iter()
                .skip(v + 1)
                .take(OBJECT_WINDOW)
                .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
                .collect();
            let whole_title =
                title_words.len() >= 2 && title_words.iter().all(|t| object.contains(t));
            if whole_title || object.iter().any(|o| names_the_document(o, &title_words)) {
                let name = words.get(..v).map(|n| n.join(" ")).unwrap_or_default();
                return Some((name, j));
            }
        }
    }
    None
}

/// A line that begins with a label: (field, label as written, value).
fn label_line(text: &str) -> Option<(Field, &str, &str)> {
    let tokens: Vec<&str> = text.split_whitespace().collect();
    for n in (1..=LABEL_MAX_WORDS.min(tokens.len())).rev() {
        let cand: Vec<String> = tokens.iter().take(n).map(|t| fold(t)).collect();
        let cand = cand.join(" ");
        let had_colon = cand.ends_with(':');
        let cand = cand.trim_end_matches(':');
        if let Some(Label {
            field: f,
            distinctive,
            ..
        }) = label(cand)
        {
            // A label that is also an everyday word counts only capitalized
            // ("antaget 2018-12-10" continuing a sentence is no label).
            if !distinctive && text.starts_with(char::is_lowercase) {
                return None;
            }
            // The label as written ends after the n-th token.
            let mut end = 0;
            for t in tokens.iter().take(n) {
                let at = text.get(end..)?.find(t).map(|x| x + end)?;
                end = at + t.len();
            }
            let label = text.get(..end)?.trim_end_matches(':');
            let rest = text.get(end..)?.trim_start();
            // A table row flattened with `|` leaves its cell's bar after
            // the value (Orust `blind124/`).
            let rest = rest
                .strip_prefix(':')
                .unwrap_or(rest)
                .trim()
                .trim_end_matches('|')
                .trim_end();
            // Without a colon, a one-word label must be followed by a value
            // on the same line to count (checked by the caller).
            let _ = had_colon;
            return Some((*f, label, rest));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use styrdok_core::BodyKind;

    #[test]
    fn the_dnr_on_the_adoption_line_wins_a_tie() {
        // Stop 64, tuned on the spent Lessebo `blind123/`: a later
        // protocol's dnr copied above the plan's own adoption line.
        let t = "Biblioteksplan\n\nKopia ur protokoll\n\nDnr 2021/97-1.2.1\n\nBiblioteksplan 2017-2020\n\nantagen av Kommunfullmäktige 2017-11-20 Dnr 2017/130-88\n\nPlanen ska följas upp.\n";
        let d = crate::import(t);
        assert_eq!(d.dnr.as_deref(), Some("2017/130-88"));
        // Both values stay visible as a conflict.
        assert!(d.conflicts.iter().any(|c| c.field == "dnr"));
    }

    #[test]
    fn a_paragraph_with_its_year_before_the_whole_date() {
        // Stop 65, tuned on the spent Kungälv `blind124/` (invented
        // wording around its label run).
        let t = "Parkeringsstrategi Diarienummer: KS2015/123 Dokumentansvarig: Gatuchef Beredande politiskt organ: Planeringsberedningen Beslut: KF 12/2016, 2016-03-10 Giltighetstid: 2020-12-31 Handläggare: Anna Berg\n\nStrategin ska följas.\n";
        let d = crate::import(t);
        assert_eq!(d.adopted_by.as_ref().map(|b| b.name.as_str()), Some("KF"));
        assert_eq!(
            d.decision_date.map(|x| x.to_string()).as_deref(),
            Some("2016-03-10")
        );
        assert_eq!(d.decision_paragraph.as_deref(), Some("12"));
        // The bare date under `Giltighetstid` is the last valid day, and
        // the labels after the owner end its value.
        let v = d.validity.as_ref().expect("validity");
        assert_eq!(
            v.until.map(|x| x.to_string()).as_deref(),
            Some("2020-12-31")
        );
        assert_eq!(d.owner.as_ref().map(|o| o.name.as_str()), Some("Gatuchef"));
        // A date of another year is not this decision's.
        assert_eq!(
            super::paragraph_year_then_date("KF 12/2016, 2017-03-10"),
            None
        );
    }

    #[test]
    fn a_regions_document_head_on_one_line() {
        // Stop 66, tuned on the spent Landstinget Sörmland `blind140/` (its
        // head, with invented values).
        let d = crate::import(
            "Inledning. Rutin för rehabilitering\n\n1 Dokumenttitel: Rutin för rehabilitering Ämnesområde: Hantera personalfrågor Nivå: Huvuddokument Författare: Anna Berg, Enheten för hälsa Dokumentansvarig: Enheten för hälsa och arbetsmiljö Beslutad av: Eva Ek, HR-direktör Giltig från: Rutin för rehabilitering Inledning Chefen ska följa upp.\n",
        );
        assert_eq!(d.title.as_deref(), Some("Rutin för rehabilitering"));
        let o = d.owner.expect("owner");
        assert_eq!(o.name, "Enheten för hälsa och arbetsmiljö");
        assert_eq!(o.kind, Some(BodyKind::Enhet));
    }

    #[test]
    fn a_medically_responsible_nurse_decides_a_care_routine() {
        // Stop 66, tuned on the spent Höganäs and Motala `blind135/`.
        let d = crate::import(
            "Läkemedelsrutin\n\nTYP AV DOKUMENT: RUTIN\nANSVARIG: MEDICINSKT ANSVARIG SJUKSKÖTERSKA\nBESLUTAD AV: MEDICINSKT ANSVARIG SJUKSKÖTERSKA\nANTAGEN: 2015-11-26\n\nSjuksköterskan ska signera.\n",
        );
        let a = d.adopted_by.expect("adopter");
        assert_eq!(a.name, "MEDICINSKT ANSVARIG SJUKSKÖTERSKA");
        assert_eq!(a.kind, Some(BodyKind::Tjansteperson));
        assert_eq!(d.owner.and_then(|o| o.kind), Some(BodyKind::Tjansteperson));
        // Another official's title under the adopter label is not read.
        let d =
            crate::import("Rutin för larm\n\nBeslutad av: Sjuksköterska\n\nLarmet ska testas.\n");
        assert_eq!(d.adopted_by, None);
    }

    #[test]
    fn the_namnd_label_and_the_responsible_namnd() {
        // Stop 66, tuned on the spent Mellerud `blind124/` and Vara
        // `blind16/` (their templates, with invented values).
        let d = crate::import(
            "Intern kontrollplan År:2020 Nämnd: Miljönämnden Fastställd: 2020-10-21 Beslutsnummer:\n\nNämnden ska följa upp planen.\n",
        );
        assert_eq!(d.title.as_deref(), Some("Intern kontrollplan År:2020"));
        assert_eq!(
            d.adopted_by.map(|b| b.name).as_deref(),
            Some("Miljönämnden")
        );
        let d = crate::import(
            "Regler för bidrag\n\nBeslutsinstans: Kommunfullmäktige\nAnsvarig nämnd: Tekniska nämnden\nDokumentansvarig: Gatuchef\n\nBidrag ska sökas.\n",
        );
        assert_eq!(
            d.adopted_by.map(|b| b.name).as_deref(),
            Some("Kommunfullmäktige")
        );
        assert_eq!(d.owner.as_ref().map(|o| o.name.as_str()), Some("Gatuchef"));
        let d = crate::import(
            "Avgifter för kulturskolan\n\nAnsvarig nämnd: Barn- och grundskolenämnden\n\nAvgiften ska betalas.\n",
        );
        assert_eq!(d.adopted_by, None);
        assert_eq!(
            d.owner.as_ref().map(|o| o.name.as_str()),
            Some("Barn- och grundskolenämnden")
        );
    }

    #[test]
    fn a_decisions_record_under_one_label() {
        // Stop 65, tuned on the spent Orust `blind124/` (its template, with
        // invented values).
        let t = "Trafikstrategi Dokumenttyp, datering Strategi, 2017-11-02 | Antagen av Kommunfullmäktige | Antagande dnr, beslutsparagraf (första beslutsdatum) KS/2017:845 § 12 (2018-01-18) | Dokumentansvarig i förvaltningen Gatuchef | Senast reviderad dnr, beslutsparagraf (beslutsdatum) KS/2019:77 § 40 (2019-05-23) |\n\nStrategin ska följas.\n";
        let d = crate::import(t);
        assert_eq!(d.dnr.as_deref(), Some("KS/2017:845"));
        assert_eq!(d.decision_paragraph.as_deref(), Some("12"));
        assert_eq!(
            d.decision_date.map(|x| x.to_string()).as_deref(),
            Some("2018-01-18")
        );
        assert_eq!(
            d.last_updated.map(|x| x.to_string()).as_deref(),
            Some("2019-05-23")
        );
        assert_eq!(d.owner.as_ref().map(|o| o.name.as_str()), Some("Gatuchef"));
        assert_eq!(super::decision_record("a bra sak (idag)"), None);
        // The same labels in a download title, its fields ended by full
        // stops.
        let t = "Trafikstrategi. Strategi. Antagen av Kommunstyrelsen Dokumentansvarig i förvaltningen Gatuchef. Samhällsbyggnadsförvaltningen\n\nStrategin ska följas.\n";
        let d = crate::import(t);
        assert_eq!(d.owner.as_ref().map(|o| o.name.as_str()), Some("Gatuchef"));
    }

    #[test]
    fn a_line_of_labels_only() {
        assert!(super::is_label_run(
            "Beslutad av Diarienummer Ersätter Gäller för Gäller fr o m Dokumentansvarig"
        ));
        assert!(!super::is_label_run("Ersätter Riktlinjer för parker"));
        assert!(!super::is_label_run("Dokumentansvarig"));
    }

    /// Invented label runs.
    #[test]
    fn a_replaced_document_among_a_label_runs_values() {
        let read = |t: &str| {
            super::replaced_after_label_run(&crate::pre::prepare(t), Some("Riktlinjer för parker"))
                .map(|(n, _)| n)
        };
        assert_eq!(
            read("Riktlinjer för parker\n\n1 1/5 Beslutad av Diarienummer: Ersätter: Gäller för: Kommunfullmäktige KS/2016: Parkpolicy beslutad av kommunfullmäktige Norrby kommun\n\nText.\n").as_deref(),
            Some("Parkpolicy")
        );
        assert_eq!(
            read("Riktlinjer för parker\n\nBeslutad av Giltig från Ersätter Regionfullmäktige Riktlinjer för grönytor, RSK 2010\n\nText.\n").as_deref(),
            Some("Riktlinjer för grönytor")
        );
        // A title label in the run: its value is a name too.
        assert_eq!(
            read(
                "Riktlinjer för parker\n\nDokumentnamn Ersätter Riktlinjer för grönytor Parkpolicy\n\nText.\n"
            ),
            None
        );
        // No name among the values; the document's own title.
        assert_eq!(
            read("Riktlinjer för parker\n\nBeslutad av Ersätter Kommunfullmäktige -\n\nText.\n"),
            None
        );
        assert_eq!(
            read(
                "Riktlinjer för parker\n\nBeslutad av Ersätter Kommunfullmäktige Riktlinjer för parker\n\nText.\n"
            ),
            None
        );
    }

    /// Invented head lines.
    #[test]
    fn a_dnr_has_a_one_word_series() {
        // Stop 68, tuned on the spent Oxelösund `blind161/`: a flattened
        // table's cells run into the value before the diarienummer.
        assert_eq!(
            super::dnr_value("Säkerhetsstrateg kommunstyrelseförvaltningen Castor KS.2015.87"),
            Some("KS.2015.87")
        );
        assert_eq!(super::dnr_value("KS 2015/87"), Some("KS 2015/87"));
        assert_eq!(super::dnr_value("Barnchef Kultur 2015"), None);
    }

    #[test]
    fn labels_and_values_as_bullets() {
        // Stop 68, tuned on the spent Skara `blind159/`; invented page.
        let d = crate::import(
            "Riktlinjer för bad\n- Beslutande instans:\n- Kommunfullmäktige\n- Beslutsdatum:\n- 2023-04-24\n- Dokumentansvarig:\n- Badchef\n- Diarienummer:\n- KS 2023/2\nText om bad.\n",
        );
        assert_eq!(
            d.adopted_by.map(|b| b.name).as_deref(),
            Some("Kommunfullmäktige")
        );
        assert_eq!(
            d.decision_date.map(|x| x.to_string()).as_deref(),
            Some("2023-04-24")
        );
        assert_eq!(d.dnr.as_deref(), Some("KS 2023/2"));
        assert_eq!(d.owner.map(|b| b.name).as_deref(), Some("Badchef"));
        // A bullet list under no label is no label's value.
        let d = crate::import("Riktlinjer för bad\n\nText om bad:\n- Badet\n- 2023-04-24\n");
        assert!(d.decision_date.is_none());
    }

    #[test]
    fn an_unlabelled_dnr_in_a_head_line() {
        let read = |t: &str| super::dnr_in_head_line(&crate::pre::prepare(t)).map(|(d, _)| d);
        assert_eq!(
            read("Norrby kommun 2020-01-21 Ks 900/2019 norrby.se\n\nRiktlinjer för parker\n")
                .as_deref(),
            Some("Ks 900/2019")
        );
        assert_eq!(
            read("1 1(11) KS 2012/0133 mot mutor och jäv\n\nText.\n").as_deref(),
            Some("KS 2012/0133")
        );
        // Fullmäktige's paragraph and its year; a label's value.
        assert_eq!(read("Policy för parker (KF 27/2011)\n\nText.\n"), None);
        assert_eq!(read("Antagen: KS 246/2006 Policy\n\nText.\n"), None);
        assert_eq!(
            read("Kommunprogram\n2015-2018\nKs/2015:184\nkommunfullmäktige\n\nText.\n").as_deref(),
            Some("Ks/2015:184")
        );
        assert_eq!(read("Enligt: Ks/2015:184\n\nText.\n"), None);
        // Two different numbers: one may be another case's.
        assert_eq!(read("KS 2012/0133 ersätter KS 2009/12\n\nText.\n"), None);
        // A statute's number is no case number; a label is no series.
        assert_eq!(read("SFS 2018/218 gäller\n\nText.\n"), None);
        assert_eq!(
            read("Riktlinjer för parker\n\nText om parker 2019.\n"),
            None
        );
    }

    use super::*;
    use crate::pre::prepare;

    #[test]
    fn a_type_labels_bare_kind_word_outranks_the_titles() {
        // Invented wording.
        let d = crate::import(
            "IT-säkerhetsinstruktion för Norrby kommun\nTyp av styrdokument: Riktlinjer\n\nText.\n",
        );
        assert_eq!(d.kind, Some(DocumentKind::Riktlinje));
        // Both readings stay in the conflict.
        assert!(d.conflicts.iter().any(|c| c.field == "kind"));
        // A page header's compound names a document, not a type.
        let d = crate::import(
            "Riktlinjer för skolskjuts\nStyrdokument 2 (12) Skolskjutsreglemente Norrby kommun\n\nText.\n",
        );
        assert_eq!(d.kind, Some(DocumentKind::Riktlinje));
    }

    #[test]
    fn an_adopter_after_a_flattened_run_of_labels() {
        // Invented wording.
        for (t, want) in [
            (
                "Säkerhetsstrategi\nVersion 2 Dokumentägare Fastställare Giltig fr.o.m. Giltig t.o.m. Anna Berg Regionstyrelsen Säkerhetsstrategi för Region Norrby\n\nText.\n",
                Some("Regionstyrelsen"),
            ),
            (
                "Riktlinjer för arkiv\nDokumenttyp Riktlinjer Beslutad av (datum och ) Kommunstyrelsen ( ) Giltig fr.o.m Dokumentansvarig Arkivarie\n\nText.\n",
                Some("Kommunstyrelsen"),
            ),
            (
                "Reglemente för nämnder\nDokumenttyp Dokumentansvarig Fastställd Kommunal Kanslichef Kommunfullmäktige författningssamling , 91\n\nText.\n",
                Some("Kommunfullmäktige"),
            ),
            // Two bodies after the run: which adopted is unsure.
            (
                "Säkerhetsstrategi\nDokumentägare Fastställare Giltig fr.o.m. Anna Berg Regionstyrelsen Regionfullmäktige\n\nText.\n",
                None,
            ),
            // An adopter label alone, no other label in its line.
            (
                "Säkerhetsstrategi\nFastställare\nText om Regionstyrelsen.\n",
                None,
            ),
        ] {
            assert_eq!(
                adopter_after_label_run(&prepare(t))
                    .map(|(n, _)| n)
                    .as_deref(),
                want,
                "{t}"
            );
        }
    }

    #[test]
    fn a_line_in_brackets_carrying_the_adoption() {
        // Invented wording.
        let d = crate::import(
            "Regler för lån av böcker\n\nEleverna ska lämna tillbaka böckerna.\n\n\
             (Beslutat av kultur- och fritidsnämnden 2019-03-14, § 12/2019)\n",
        );
        assert_eq!(
            d.adopted_by.map(|b| b.name).as_deref(),
            Some("kultur- och fritidsnämnden")
        );
        assert_eq!(
            d.decision_date.map(|x| x.to_string()).as_deref(),
            Some("2019-03-14")
        );
        assert_eq!(d.decision_paragraph.as_deref(), Some("§ 12"));
        let d = crate::import(
            "Policy för lån\n\n(A 2020 nr 7, P 2020-05-06, § 41)\n\nAlla ska låna.\n",
        );
        assert_eq!(
            d.decision_date.map(|x| x.to_string()).as_deref(),
            Some("2020-05-06")
        );
        assert_eq!(d.decision_paragraph.as_deref(), Some("§ 41"));
        // A date alone in brackets, or brackets inside a sentence: none.
        let d = crate::import(
            "Policy för lån\n\n(reviderad version 2020-05-06)\n\nAlla (P 2020-05-06, § 41) ska låna.\n",
        );
        assert_eq!(d.decision_paragraph, None);
    }

    fn scan_text(t: &str) -> Fields {
        let p = prepare(t);
        let mut f = Fields::default();
        scan(&p, &mut f);
        f
    }

    /// A web page footer's `Ansvarig:` is the page's editor (invented
    /// wording); a document's own `Ansvarig:` label still gives the owner.
    #[test]
    fn the_decision_a_replacement_label_names_is_not_this_documents() {
        // Invented wording: `Ersätter tidigare beslut` heads one column,
        // whose value is the replaced document's adoption.
        let t = "Riktlinjer för parker\n\nSökord Ersätter tidigare beslut\n\nPark, träd, parkpolicy KF 2015-03-02, §12\n\nText om parker.\n";
        let d = crate::import(t);
        assert_eq!(d.adopted_by, None, "{:?}", d.adopted_by);
        assert_eq!(d.decision_date, None);
        // A decision label of its own still reads.
        let d = crate::import(
            "Riktlinjer för parker\n\nDiarienummer Beslut\n\nPN 2021/7 KF 2015-03-02, §12\n\nText om parker.\n",
        );
        assert!(d.adopted_by.is_some(), "{:?}", d.adopted_by);
    }

    #[test]
    fn a_page_footers_editor_is_no_owner() {
        let f = scan_text(
            "Parkpolicy\n\nText om parker.\n\nSenast uppdaterad: 2020-01-02 Ansvarig: Tekniska avdelningen\n",
        );
        assert!(f.owner.best_src().is_none());
        let f = scan_text("Parkpolicy\n\nAnsvarig: Tekniska avdelningen\n\nText om parker.\n");
        assert!(f.owner.best_src().is_some());
    }

    #[test]
    fn who_prepared_the_text_is_neither_adopter_nor_owner() {
        // Invented names; the row forms of Gällivare `blind28/` and Lund
        // `blind17/`.
        let p = prepare("");
        let f = scan_text(
            "Parkreglemente\n\nBeslutad av Framtagen av\n\nKommunfullmäktige Kommunkansliet\n\nBeslutad Giltighetstid\n\nKf 2020-01-02 § 3 Tillsvidare\n",
        );
        assert_eq!(
            f.adopted_by.best(&p).map(|(b, _)| b.name),
            Some("Kommunfullmäktige".to_owned())
        );
        let f = scan_text(
            "Parkprogram\n\nDokumentansvarig: Framtagen av:\n\nEva Ek Parkchef\n\nTekniska kontoret\n",
        );
        assert_eq!(
            f.owner.best(&p).map(|(o, _)| o.name),
            Some("Eva Ek Parkchef".to_owned())
        );
    }

    #[test]
    fn a_date_is_never_a_dnr_and_label_words_go() {
        assert_eq!(dnr_value("2013-11-13"), None);
        assert_eq!(dnr_value("12 mars 2014"), None);
        assert_eq!(dnr_value("enligt beslut FN 2031/77"), Some("FN 2031/77"));
        assert_eq!(dnr_value("2017-00044"), Some("2017-00044"));
        assert_eq!(dnr_value("Ks 182/2013"), Some("Ks 182/2013"));
        assert_eq!(dnr_value("ingen uppgift"), None);
        // A letterhead's fax label between the dnr label and its value.
        assert_eq!(dnr_value("Fax KS/2031:77"), Some("KS/2031:77"));
        assert_eq!(dnr_value("Telefon: BUN 2031/12"), Some("BUN 2031/12"));
        // An invented letterhead: the date column slid under the dnr label.
        let text = "Diarienr\n2031-04-09\n\nRiktlinje för lånecyklar\n";
        assert!(scan_text(text).dnr.best_src().is_none());
        let f = scan_text(&text.replace("2031-04-09", "FN 2031/77"));
        assert_eq!(
            f.dnr.best_src().map(|(d, _)| d.as_str()),
            Some("FN 2031/77")
        );
    }

    #[test]
    fn seed_004_table() {
        let f = scan_text(
            "Dokumenttyp Giltighetstid Beslutande organ Beslutsdatum \n\nPolicy Tills vidare Kommunfullmäktige 2018-05-28 \n\nAntagen till följd av lag Revisionsdatum Dokumentansvarig Uppföljning \n\nNej --- Stadsledningsförvaltningen ---\n",
        );
        let m = &f.metadata_as_written;
        assert_eq!(m["Dokumenttyp"], "Policy");
        assert_eq!(m["Giltighetstid"], "Tills vidare");
        assert_eq!(m["Beslutande organ"], "Kommunfullmäktige");
        assert_eq!(m["Beslutsdatum"], "2018-05-28");
        assert_eq!(m["Antagen till följd av lag"], "Nej");
        assert_eq!(m["Revisionsdatum"], "---");
        assert_eq!(m["Dokumentansvarig"], "Stadsledningsförvaltningen");
        assert_eq!(m["Uppföljning"], "---");
    }

    /// A web page's table: each cell written as a sentence, the value row
    /// wrapped onto two lines (invented wording).
    #[test]
    fn cells_ending_in_full_stops() {
        let f = scan_text(
            "Dokumentnamn Dokumenttyp Fastställd/upprättad Beslutsinstans\n\nRiktlinjer för parker.\n\nRiktlinjer. 2021-03-04. KS.\n\nDokumentansvarig Diarienummer\n\nKommunledningskontoret.\n\n2019/123.\n",
        );
        let m = &f.metadata_as_written;
        assert_eq!(m["Dokumenttyp"], "Riktlinjer");
        assert_eq!(m["Beslutsinstans"], "KS");
        assert_eq!(m["Fastställd/upprättad"], "2021-03-04");
        assert_eq!(m["Diarienummer"], "2019/123");
    }

    #[test]
    fn a_sentence_naming_the_documents_own_adopter() {
        // Invented sentences.
        for (t, title, who) in [
            (
                "Regler för bidrag\n\nAnsvar\n\nRegionfullmäktige antar reglementet.\n",
                "Bidragsreglemente",
                "Regionfullmäktige",
            ),
            (
                "Plan\n\nDirektionen för Norrby räddningstjänst beslutar enligt avtalet om handlingsprogrammet för kommunerna.\n",
                "Handlingsprogram",
                "Direktionen för Norrby räddningstjänst",
            ),
            (
                "Mål\n\nKommunfullmäktige fastställer förbundets långsiktiga mål varje år.\n",
                "Förbundets mål",
                "Kommunfullmäktige",
            ),
        ] {
            assert_eq!(
                adopter_of_own_sentence(&prepare(t), title)
                    .map(|(n, _)| n)
                    .as_deref(),
                Some(who),
                "{t}"
            );
        }
        for (t, title) in [
            // Not the document, not opening the sentence, not adopting.
            (
                "Policy\n\nKommunfullmäktige beslutar även om bolagsordningar.\n",
                "Riktlinje för styrdokument",
            ),
            (
                "Policy\n\nBeslutet gäller under förutsättning att regionfullmäktige antar policyn.\n",
                "Inköpspolicy",
            ),
            (
                "Policy\n\nKommunstyrelsen ansvarar för policyn.\n",
                "Inköpspolicy",
            ),
            (
                "Policy\n\nKommunfullmäktige antar en policy.\n",
                "Inköpspolicy",
            ),
        ] {
            assert!(adopter_of_own_sentence(&prepare(t), title).is_none(), "{t}");
        }
    }

    #[test]
    fn fullmaktige_heading_the_document() {
        // Invented heads.
        for t in [
            "NORRBY KOMMUN KOMMUNSTYRELSENS FÖRVALTNING Kommunfullmäktige Resepolicy för Norrby kommun\n\nText.\n",
            "NORRBY KOMMUNS FÖRFATTNINGSSAMLING Kommunfullmäktige KFS 2001:3\n\nRegler för bidrag\n",
            "Norrby kommun Kommunfullmäktige\n\nPolicy för inköp\n",
        ] {
            let p = prepare(t);
            assert_eq!(
                fullmaktige_in_head(&p).map(|(n, _)| n).as_deref(),
                Some("Kommunfullmäktige"),
                "{t}"
            );
        }
        for t in [
            "SAMMANTRÄDESPROTOKOLL Kommunfullmäktige 2019-06-17\n",
            "Förslag till Kommunfullmäktige\n\nPolicy för inköp\n",
            "Policy för inköp\n\nKommunfullmäktige beslutar om budget.\n",
            "Policy för inköp\n\nBeslutande: Kommunfullmäktige\n",
            "Norrby kommun Kommunfullmäktige\n\nDessa förslag till mål bygger på samråd.\n",
        ] {
            assert!(fullmaktige_in_head(&prepare(t)).is_none(), "{t}");
        }
    }

    #[test]
    fn a_line_that_is_only_a_decision() {
        // Invented tables flattened into columns (forms as at Ljungby and
        // Vetlanda).
        for (t, body, par) in [
            (
                "Policy för inköp\nBeslutad av:\nGäller från:\nKommunfullmäktige 2016-01-25 § 26\n2016-02-01\n",
                "Kommunfullmäktige",
                "§ 26",
            ),
            (
                "Riktlinje\nKommunstyrelsen (2015-09-02 §124)\nAlla verksamheter\n",
                "Kommunstyrelsen",
                "§124",
            ),
        ] {
            let (b, d, q, _) = decision_line(&prepare(t)).expect(t);
            assert_eq!((b.as_str(), q.as_str()), (body, par), "{t}");
            assert!(d.to_string().starts_with("20"), "{t}");
        }
        // A decision cited in a sentence, an official, two different
        // decisions: nothing.
        for t in [
            "Enligt beslut i KF 2005-05-30 § 162 ska kostnaden faktureras.\n",
            "Kommundirektören 2015-09-02 § 12\n",
            "Kommunfullmäktige 2016-01-25 § 26\nKommunstyrelsen 2015-09-02 § 124\n",
        ] {
            assert!(decision_line(&prepare(t)).is_none(), "{t}");
        }
    }

    #[test]
    fn label_forms() {
        let f = scan_text(
            "Fastställare: Landstingsstyrelsen\nDokumentägare: Kanslichef\nDiarienummer: KS 2018/1092\nRevideras: årligen\nBeslutsdatum\n2019-03-04\n",
        );
        let m = &f.metadata_as_written;
        assert_eq!(m["Fastställare"], "Landstingsstyrelsen");
        assert_eq!(m["Dokumentägare"], "Kanslichef");
        assert_eq!(m["Diarienummer"], "KS 2018/1092");
        assert_eq!(m["Revideras"], "årligen");
        assert_eq!(m["Beslutsdatum"], "2019-03-04");
        assert!(f.adopted_by.best(&prepare("")).is_some());
    }

    #[test]
    fn a_labelled_adopter_in_lower_case() {
        // Invented wording: an unknown label line above the adopter's.
        let d = crate::import(
            "Reglemente för rådet\n\nUpprättad: 2016-02-29\nAntagen av: kommunfullmäktige\n\nRådet ska träffas.\n",
        );
        let by = d.adopted_by.expect("an adopter");
        assert_eq!(
            (by.name.as_str(), by.kind),
            ("kommunfullmäktige", Some(BodyKind::Fullmaktige))
        );
        // A generic word is no body's name.
        let d = crate::import(
            "Reglemente för rådet\n\nUpprättad: 2016-02-29\nAntagen av: förvaltning\n\nRådet ska träffas.\n",
        );
        assert!(d.adopted_by.is_none());
    }

    #[test]
    fn a_follow_up_label_ends_the_review_value() {
        // Svenljunga's template row (`blind114/`), Gnosjö's (`blind72/`).
        let p = prepare("");
        for (line, review) in [
            (
                "1 Riktlinje Beslutat av: Socialnämnden Beslutandedatum: Ansvarig: Förvaltningschef Revideras: Vid behov Följas upp: Vart annat år\n",
                "Vid behov",
            ),
            (
                "Ansvarig: Säkerhetsenheten Revideras: Inför ny mandatperiod Följas upp:\n",
                "Inför ny mandatperiod",
            ),
        ] {
            let f = scan_text(line);
            assert_eq!(
                f.review.best(&p).map(|(r, _)| r.as_written).as_deref(),
                Some(review),
                "{line}"
            );
        }
    }

    /// A header row of colon labels with its values on the next line, a
    /// template's placeholder diarienummer, and a label whose value is
    /// another label (invented wording).
    #[test]
    fn colon_header_rows_and_placeholders() {
        let f = scan_text(
            "Fastställd av: Fastställd datum: Diarienummer:\n\nRegionstyrelsen 2021-03-09 2021-00412\n\nAnsvarig chef för revidering: Revideras senast: Giltighetsperiod:\n\nRegionstyrelsen 2025 2021 - 2025\n\nDiarienummer: 2020-0000 §0\nBeslut av Miljönämnden\nRevideras senast: Giltighetsperiod:\n",
        );
        let p = prepare("");
        assert_eq!(
            f.dnr.best(&p).map(|(d, _)| d),
            Some("2021-00412".to_owned())
        );
        assert_eq!(
            f.decision_date.best(&p).map(|(d, _)| d.to_string()),
            Some("2021-03-09".to_owned())
        );
        let m = &f.metadata_as_written;
        assert_eq!(m["Fastställd av"], "Regionstyrelsen");
        assert_eq!(m["Giltighetsperiod"], "2021 - 2025");
        assert_eq!(m["Beslut av"], "Miljönämnden");
        assert!(f.validity.best(&p).is_some());
        assert!(
            f.review
                .best(&p)
                .is_none_or(|(r, _)| r.as_written == "2025"),
            "a label is no review value"
        );
        assert!(
            scan_text("Diarienummer: KS 2019/000\n")
                .dnr
                .best(&p)
                .is_none()
        );
        // A date lost in extraction before its paragraph.
        let f =
            scan_text("Dokumenttyp Fastställd Beslutsinstans\n\nRiktlinje , 77 Kommunstyrelsen\n");
        assert_eq!(
            f.decision_paragraph.best(&p).map(|(d, _)| d),
            Some("77".to_owned())
        );
        assert!(f.decision_date.best(&p).is_none());
    }

    #[test]
    fn a_body_with_a_label_inside_is_no_body() {
        assert!(body_name("Kommunfullmäktige"));
        assert!(!body_name("KF Revisions datum Förvaltning"));
        assert!(!body_name("Beslut Kommunstyrelsen"));
    }

    #[test]
    fn validity_values() {
        let v = parse_validity("2023–2026").unwrap();
        assert_eq!(v.until.map(|d| d.to_string()).as_deref(), Some("2026"));
        let v = parse_validity("till och med 31 december 2020").unwrap();
        assert_eq!(
            v.until.map(|d| d.to_string()).as_deref(),
            Some("2020-12-31")
        );
        assert!(parse_validity("tillsvidare").unwrap().until_further_notice);
        assert!(parse_validity("Kommunfullmäktige").is_none());
    }
}

/// A value that is one date followed by a meeting paragraph
/// ("2019-04-24, § 56", "den 3 mars 2019/§ 12"): the date and "§ N".
/// The value of a decision-date label: a date (`2019-04-24`), with its
/// paragraph (`2019-04-24, § 56`), or with the deciding body before it
/// (`Kf 2019-10-31, §139`, Gnosjö `blind72/`). The label names a date, so
/// a body before it is not read as the adopter (that truth's adopter is
/// another label's).
fn decision_date_value(value: &str) -> Option<(PartialDate, Option<String>)> {
    if let Some(d) = whole_date(value) {
        return Some((d, None));
    }
    if let Some((d, para)) = date_and_paragraph(value) {
        return Some((d, Some(para)));
    }
    match adoption_value(value)? {
        (Some(_), d, para) => Some((d, para)),
        _ => None,
    }
}

fn date_and_paragraph(value: &str) -> Option<(PartialDate, String)> {
    let t = value.trim().trim_end_matches('.');
    let t = t.strip_prefix("den ").unwrap_or(t);
    let found = crate::dates::find_dates(t);
    let [f] = found.as_slice() else {
        return None;
    };
    if f.range.start != 0 {
        return None;
    }
    let rest = t.get(f.range.end..)?;
    let m = crate::recognize::PARAGRAPH.captures(rest)?;
    let whole = m.get(0)?;
    if !rest.get(whole.end()..)?.trim().is_empty() {
        return None;
    }
    let para = m.get(1)?.as_str().to_owned();
    Some((f.date, para))
}

#[cfg(test)]
mod date_paragraph_tests {
    use super::*;

    #[test]
    fn date_with_paragraph() {
        let (d, p) = date_and_paragraph("2019-04-24, § 56").unwrap();
        assert_eq!(d.to_string(), "2019-04-24");
        assert_eq!(p, "§ 56");
        assert!(date_and_paragraph("2019-04-24 och mer").is_none());
    }

    #[test]
    fn a_dnr_with_its_archive_code_in_a_run_of_labels() {
        // Invented wording, the form of a flattened header row.
        let d = crate::import(
            "Plan för bad\n\n1 Diarienummer: Ks 2013/0489,024 Plan för bad Gäller för: Medarbetare Fastställd av: Kommunstyrelsen Version: 2\n\nText.\n",
        );
        assert_eq!(d.dnr.as_deref(), Some("Ks 2013/0489,024"));
        assert_eq!(
            d.adopted_by.map(|b| b.name).as_deref(),
            Some("Kommunstyrelsen")
        );
        assert!(d.relations.is_empty(), "{:?}", d.relations);
    }

    #[test]
    fn an_adopters_line_wrapped_before_its_date() {
        // Invented wording: the date alone on the line below the adopter.
        let d = crate::import(
            "Plan för bad\n\nAntagen av Norrby kommunfullmäktige\n2018-11-26\n\nText.\n",
        );
        assert_eq!(
            d.decision_date.map(|x| x.to_string()).as_deref(),
            Some("2018-11-26")
        );
        // After a blank line the date is not the adoption's.
        let d = crate::import(
            "Plan för bad\n\nAntagen av Norrby kommunfullmäktige\n\n2018-11-26\n\nText.\n",
        );
        assert!(d.decision_date.is_none());
    }

    #[test]
    fn a_paragraph_before_the_date_and_a_body_in_a_date_label() {
        // Invented wording: the paragraph with its `§` between the body
        // and the date, the body a genitive or with a colon after `§`.
        for (text, body, para) in [
            (
                "Plan för bad\n\nAntaget av: KF §: 65/2020-06-09\n\nText.\n",
                "KF",
                "65",
            ),
            (
                "Plan för bad\n\nBeslutande: Kommunfullmäktiges § 65 2020-06-09\n\nText.\n",
                "Kommunfullmäktige",
                "§ 65",
            ),
        ] {
            let d = crate::import(text);
            assert_eq!(
                d.adopted_by.map(|b| b.name).as_deref(),
                Some(body),
                "{text}"
            );
            assert_eq!(d.decision_paragraph.as_deref(), Some(para), "{text}");
            assert_eq!(
                d.decision_date.map(|x| x.to_string()).as_deref(),
                Some("2020-06-09"),
                "{text}"
            );
        }
        // A body before the date under a date label: the date and the
        // paragraph, the adopter from its own label.
        let d = crate::import(
            "Plan för bad\n\nBeslutat av: Kommunstyrelsen\nBeslutsdatum: Kf 2019-10-31, §139\n\nText.\n",
        );
        assert_eq!(
            d.adopted_by.map(|b| b.name).as_deref(),
            Some("Kommunstyrelsen")
        );
        assert_eq!(
            d.decision_date.map(|x| x.to_string()).as_deref(),
            Some("2019-10-31")
        );
        assert_eq!(d.decision_paragraph.as_deref(), Some("§139"));
        // Words after the date: no adoption value.
        assert!(adoption_value("KF § 65 2020-06-09 och mer").is_none());
    }

    #[test]
    fn an_adoption_label_naming_its_adopter_first() {
        // Invented wording.
        for (text, body, para) in [
            (
                "Policy för bad\n\nAntagen: KF § 17/1999\n\nText.\n",
                "KF",
                Some("§ 17"),
            ),
            (
                "Policy för bad\n\nAntagen: KF 17/1999\n\nText.\n",
                "KF",
                Some("17"),
            ),
            ("Policy för bad\n\nBeslut: KS\n\nText.\n", "KS", None),
            // A decision label of two words joined by `/`, a date lost
            // after the body (its comma left), a flattened table row.
            (
                "Policy för bad\n\nDOKUMENTTYP Policy BESLUTAT/ANTAGET Kf , 35 VERSION 2.0\n\nText.\n",
                "Kf",
                Some("35"),
            ),
            (
                "Policy för bad\n\nGodkänd/ansvarig Kommunfullmäktige 150/2014\n\nText.\n",
                "Kommunfullmäktige",
                Some("150"),
            ),
            (
                "Policy för bad\n\nFastställd: Kommunfullmäktige, 2018, 12, KS 18/31\n\nText.\n",
                "Kommunfullmäktige",
                None,
            ),
            // The date's year lost: the adopter stands, no date.
            (
                "Policy för bad\n\nAntagen: Kommunfullmäktige den 14 september Reviderad:\n\nText.\n",
                "Kommunfullmäktige",
                None,
            ),
        ] {
            let d = crate::import(text);
            assert_eq!(
                d.adopted_by.map(|b| b.name).as_deref(),
                Some(body),
                "{text}"
            );
            assert_eq!(d.decision_paragraph.as_deref(), para, "{text}");
        }
        // The paragraph's year is the decision's.
        for text in [
            "Policy för bad\n\nAntagen: KF 17/1999\n\nText.\n",
            "Policy för bad\n\nAntagen: KF § 17/1999\n\nText.\n",
        ] {
            let d = crate::import(text).decision_date.map(|d| d.year());
            assert_eq!(d, Some(1999), "{text}");
        }
        // A value that is not a body.
        for text in [
            "Policy för bad\n\nAntagen: under våren\n\nText.\n",
            "Policy för bad\n\nAntagen: alla chefer\n\nText.\n",
        ] {
            assert!(crate::import(text).adopted_by.is_none(), "{text}");
        }
    }

    /// The paragraph and a bracketed diarienummer between an adoption's
    /// date and its body, or the body right after the date under a label
    /// that names it (invented wording after Mullsjö's `blind153/` and
    /// Alingsås's `blind152/`).
    #[test]
    fn an_adoption_value_with_its_body_after_paragraph_and_dnr() {
        let d = crate::import(
            "Policy för bad\n\nAntaget: 16 december 2031, § 112 (Dnr 2031/1305) av kommunfullmäktige.\n\nText.\n",
        );
        assert_eq!(
            d.adopted_by.map(|b| b.name).as_deref(),
            Some("kommunfullmäktige")
        );
        assert_eq!(d.decision_paragraph.as_deref(), Some("§ 112"));
        assert_eq!(d.dnr.as_deref(), Some("2031/1305"));
        let d = crate::import(
            "Riktlinjer för bad\n\nFastställelsedatum, nämnd, paragraf:\n2031-04-27 Bad och fritidsnämnden\n\nText.\n",
        );
        assert_eq!(
            d.adopted_by.map(|b| b.name).as_deref(),
            Some("Bad och fritidsnämnden")
        );
        assert_eq!(
            d.decision_date.map(|d| d.to_string()).as_deref(),
            Some("2031-04-27")
        );
        // A body after a paragraph without `av`: no (a column's value run
        // into another's).
        assert!(
            crate::import("Policy för bad\n\nAntagen: 2031-04-27 § 3 Kommunstyrelsen\n\nText.\n")
                .adopted_by
                .is_none()
        );
    }

    /// An adoption value with its body after the date, or a paragraph
    /// whose `§` was lost (invented wording).
    #[test]
    fn an_adoption_value_with_its_body_after_the_date_or_a_lost_sign() {
        let v = |s: &str| adoption_value(s).map(|(b, d, p)| (b, d.to_string(), p));
        assert_eq!(
            v("2031-03-11 av Kommunfullmäktige 42"),
            Some((
                Some("Kommunfullmäktige".into()),
                "2031-03-11".into(),
                Some("42".into())
            ))
        );
        assert_eq!(
            v("2031-03-11 av kommunstyrelsen, § 7"),
            Some((
                Some("kommunstyrelsen".into()),
                "2031-03-11".into(),
                Some("§ 7".into())
            ))
        );
        assert_eq!(
            v("2031-03-11 149"),
            Some((None, "2031-03-11".into(), Some("149".into())))
        );
        // The lost-sign paragraph before the date.
        assert_eq!(
            v("Kommunfullmäktige 235, 2031-12-14"),
            Some((
                Some("Kommunfullmäktige".into()),
                "2031-12-14".into(),
                Some("235".into())
            ))
        );
        assert_eq!(v("Kommunfullmäktige 235, 2031-12-14 § 4"), None);
        // One digit may be a page number; four a year or a serial; words
        // are no paragraph; a body before the date and after it is two.
        for s in [
            "2031-03-11 3",
            "2031-03-11 2032",
            "2031-03-11 av alla chefer",
            "KF 2031-03-11 av KS",
        ] {
            assert_eq!(v(s).and_then(|x| x.2), None, "{s}");
        }
    }
}

/// An adoption value: an optional adopter ("KF", "Kommunfullmäktige", "av
/// kommunstyrelsen"), a date, and an optional meeting paragraph:
/// "KF 2019-02-25, § 23", "2019-02-25", "Kommunstyrelsen 2017-09-20/§ 189".
fn adoption_value(value: &str) -> Option<(Option<String>, PartialDate, Option<String>)> {
    let t = value.trim().trim_end_matches('.');
    let t = t.strip_prefix("av ").unwrap_or(t);
    if let Some(v) = paragraph_year_then_date(t) {
        return Some(v);
    }
    let found = crate::dates::find_dates(t);
    let [f] = found.as_slice() else {
        return None;
    };
    let head = t.get(..f.range.start)?.trim().trim_end_matches(',').trim();
    let head = head.strip_suffix(" den").unwrap_or(head).trim();
    let head = if head == "den" { "" } else { head };
    // "fastställda den 26 september 2016" (under "Status"): the verb.
    let head = match head.split_once(' ') {
        _ if is_adoption_participle(head) => "",
        Some((verb, rest)) if is_adoption_participle(verb) => rest.trim(),
        _ => head,
    };
    let head = head.strip_prefix("av ").unwrap_or(head).trim();
    // The paragraph before the date, its `§` lost (`Kommunfullmäktige 235,
    // 2015-12-14`, Örnsköldsvik `blind89/`).
    let (head, para_before) = match head.rsplit_once(' ') {
        Some((b, n)) if head_names_body(b) && lost_sign_paragraph(n).is_some() => (b, Some(n)),
        _ => (head, None),
    };
    // The paragraph with its `§` before the date (`KF §: 65/2020-06-09`,
    // Mjölby `blind71/`; `Kommunfullmäktiges § 117 2020-06-15`, Mörbylånga
    // `blind46/`): the body, its genitive's `s` dropped, and the paragraph.
    if para_before.is_none()
        && let Some((name, para)) = body_then_paragraph(head)
    {
        let rest = t.get(f.range.end..)?.trim();
        return rest.is_empty().then_some((Some(name), f.date, Some(para)));
    }
    let mut body = if head.is_empty() {
        None
    } else if head_names_body(head) {
        Some(head.to_owned())
    } else {
        return None;
    };
    let mut rest = t.get(f.range.end..)?;
    // The body after the date (`2019-03-11 av Kommunfullmäktige § 12`).
    if body.is_none()
        && let Some(after) = rest.trim_start().strip_prefix("av ")
        && let Some((name, end)) = crate::recognize::body_at(after)
        && name.split_whitespace().count() <= 4
        && BodyRef::new(&name).is_recognized()
        && !has_label_word(&name)
    {
        body = Some(name);
        rest = after.get(end..)?;
    }
    // The paragraph and a bracketed diarienummer between the date and the
    // body (`16 december 2014, § 112 (Dnr 2014/1305) av kommunfullmäktige`,
    // Mullsjö `blind153/`), or the body right after the date under a label
    // that names it (`Fastställelsedatum, nämnd, paragraf: 2015-04-27 Vård
    // och äldreomsorgsnämnden`, Alingsås `blind152/`): the body must end
    // the value.
    if body.is_none()
        && let Some((name, para)) = body_after_date_and_paragraph(rest)
    {
        return Some((Some(name), f.date, para));
    }
    let para = match crate::recognize::PARAGRAPH.captures(rest) {
        _ if para_before.is_some() => {
            if !rest.trim().is_empty() {
                return None;
            }
            para_before.map(str::to_owned)
        }
        Some(m) => {
            let whole = m.get(0)?;
            if !rest.get(whole.end()..)?.trim().is_empty() {
                return None;
            }
            Some(m.get(1)?.as_str().to_owned())
        }
        None if rest.trim().is_empty() => None,
        // A paragraph whose `§` extraction lost (`2017-12-04 149`): two or
        // three digits alone after the date or the body (one digit may be
        // a page's number).
        None => Some(lost_sign_paragraph(rest)?.to_owned()),
    };
    Some((body, f.date, para))
}

/// A body, then a paragraph with its `§` (`KF §: 65/`, `Kommunfullmäktiges
/// § 117`), ending `head`: the body (a one-word genitive without its `s`)
/// and the paragraph.
fn body_then_paragraph(head: &str) -> Option<(String, String)> {
    let c = BODY_THEN_PARAGRAPH.captures(head)?;
    let body = c.get(1)?.as_str().trim();
    let body = match body.strip_suffix('s') {
        Some(b) if !body.contains(' ') && head_names_body(b) => b,
        _ => body,
    };
    // The paragraph as written (`§ 117`, `§117`); after `§:` its number
    // alone, as a lost sign's paragraph is kept (nothing is written that
    // the text does not hold).
    let sign = c.get(2)?.as_str();
    let para = if sign.contains(':') {
        c.get(3)?.as_str()
    } else {
        sign
    };
    head_names_body(body).then(|| (body.to_owned(), para.to_owned()))
}

/// What follows an adoption value's date: an optional `, § n`, an
/// optional bracketed diarienummer (`(Dnr 2014/1305)`), then `av` and a
/// body, or a body alone — ending the value. The body and the paragraph.
fn body_after_date_and_paragraph(rest: &str) -> Option<(String, Option<String>)> {
    let mut r = rest.trim_start().trim_start_matches(',').trim_start();
    let mut para = None;
    if let Some(c) = crate::recognize::PARAGRAPH.captures(r)
        && c.get(0).is_some_and(|m| m.start() == 0)
    {
        para = c.get(1).map(|m| m.as_str().to_owned());
        r = r.get(c.get(0)?.end()..)?.trim_start();
    }
    if let Some(inner) = r.strip_prefix('(')
        && let Some((bracket, after)) = inner.split_once(')')
        && bracket_dnr(bracket).is_some()
    {
        r = after.trim_start();
    }
    let by = r.strip_prefix("av ");
    let x = by.unwrap_or(r).trim_start();
    // A name the body reader does not take whole (`Vård och
    // äldreomsorgsnämnden`, its hyphen lost) is taken as the rest of the
    // value when it names a body.
    let (name, end) = crate::recognize::body_at(x).or_else(|| {
        let t = x.trim_end().trim_end_matches('.');
        (t.split_whitespace().count() <= 4 && BodyRef::new(t).is_recognized())
            .then(|| (t.to_owned(), t.len()))
    })?;
    let tail = x.get(end..)?.trim().trim_end_matches('.');
    (tail.is_empty()
        && name.split_whitespace().count() <= 4
        && BodyRef::new(&name).is_recognized()
        && !has_label_word(&name)
        && (by.is_some() || para.is_none()))
    .then_some((name, para))
}

/// A bracketed diarienummer with its label (`Dnr 2014/1305`): the number.
fn bracket_dnr(bracket: &str) -> Option<&str> {
    let t = bracket.trim();
    let f = fold(t);
    let label = crate::lexicon::DNR_LABELS.iter().find(|l| {
        f.starts_with(*l)
            && f.get(l.len()..)
                .is_some_and(|r| r.starts_with([' ', ':', '.']))
    })?;
    let value = t.get(label.len()..)?.trim_start_matches([':', '.', ' ']);
    dnr_value(value)
}

/// A validity value, or a bare whole date as its last day: under
/// `Giltig till`, and under `Giltighetstid` (`Giltighetstid: 2019-12-31`,
/// Kungälv `blind124/`).
fn validity_or_end(value: &str) -> Option<Validity> {
    parse_validity(value).or_else(|| until_value(value))
}

/// A last update's date: a whole date, or the date of a revision's record
/// ([`decision_record`]).
fn last_updated_value(value: &str) -> Option<PartialDate> {
    whole_date(value).or_else(|| decision_record(value).and_then(|(_, _, d)| d))
}

/// A decision's record under one label (`Antagande dnr, beslutsparagraf
/// (första beslutsdatum) KS/2018:1626 § 7 (2019-02-14)`, Orust
/// `blind124/`): the diarienummer, then the paragraph and the date in
/// brackets, each when written.
/// A body's name, then `§` (a colon after it allowed), the paragraph's
/// number and an optional `/` ending the text: [`body_then_paragraph`].
static BODY_THEN_PARAGRAPH: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"^(\p{L}[\p{L} -]*?)\s*(§\s*:?\s*(\d{1,3}))\s*/?$"));

static DECISION_RECORD: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"^(\S+)\s*(?:§\s*(\d{1,4}))?\s*\(\s*([^()]*?)\s*\)$"));

/// The diarienummer, paragraph and date of [`DECISION_RECORD`]; the
/// diarienummer must read as one.
fn decision_record(value: &str) -> Option<(String, Option<String>, Option<PartialDate>)> {
    let c = DECISION_RECORD.captures(value.trim().trim_end_matches('.'))?;
    let dnr = dnr_value(c.get(1)?.as_str())?.to_owned();
    let para = c.get(2).map(|m| m.as_str().to_owned());
    let date = c.get(3).and_then(|m| whole_date(m.as_str()));
    Some((dnr, para, date))
}

/// An adoption value with the paragraph written with its year right after
/// the body and the decision's whole date after a comma (`KF 8/2014,
/// 2014-02-06`, Kungälv `blind124/`): the body, that date and the
/// paragraph (as [`crate::recognize::paragraph_of_year`] keeps it). The
/// date must fall in the paragraph's year and end the value.
fn paragraph_year_then_date(t: &str) -> Option<(Option<String>, PartialDate, Option<String>)> {
    let (name, end) = crate::recognize::body_at(t)?;
    if !head_names_body(&name) {
        return None;
    }
    let rest = t.get(end..)?;
    let (year, para, used) = crate::recognize::paragraph_of_year_at(rest)?;
    let after = rest.get(used..)?.trim_start().strip_prefix(',')?;
    let date = whole_date(after)?;
    (date.year() == year.year()).then_some((Some(name), date, Some(para)))
}

/// A meeting paragraph's number whose `§` was lost, alone in `rest` after
/// an adoption's date or body (` 149`, `, 88`): two or three digits.
fn lost_sign_paragraph(rest: &str) -> Option<&str> {
    let n = rest.trim().trim_start_matches(',').trim();
    (matches!(n.len(), 2 | 3) && n.chars().all(|c| c.is_ascii_digit()) && !n.starts_with('0'))
        .then_some(n)
}

/// An adoption value that names its adopter first and no whole date after
/// it (`Beslut: KF`, `Antagen: KF § 117/1993`, `Fastställd:
/// Kommunfullmäktige, 2018, 128, KS 18/319`): the body, and a paragraph
/// written right after it. What follows the body must be nothing, a comma,
/// a `§` or a number; after an abbreviation (the whole name) anything.
fn adopter_first(value: &str) -> Option<(String, Option<String>)> {
    let t = value.trim().trim_end_matches('.');
    let (name, end) = crate::recognize::body_at(t)?;
    let rest = t.get(end..)?.trim_start();
    let abbreviation = crate::lexicon::is_body_abbreviation(&name);
    let fits = rest.is_empty()
        || rest.starts_with([',', '§'])
        || rest.starts_with(|c: char| c.is_ascii_digit())
        || abbreviation
        || yearless_date(rest);
    // A whole date after the body is `adoption_value`'s (or a prefix's).
    if !fits || !head_names_body(&name) || !crate::dates::find_dates(rest).is_empty() {
        return None;
    }
    // `Kf , 35` (Pajala `blind113/`): a date lost after the body leaves
    // its comma and the paragraph's number.
    let para = crate::recognize::PARAGRAPH
        .captures(rest)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_owned())
        .or_else(|| lost_date_paragraph(rest));
    Some((name, para))
}

/// A date whose year the extraction lost, alone after an adopter
/// (`Kommunfullmäktige den 14 september`, Upplands Väsby `blind145/`):
/// the adopter stands, the date gives nothing.
fn yearless_date(rest: &str) -> bool {
    let r = rest.trim().trim_end_matches(['.', ',']);
    let r = r.strip_prefix("den ").unwrap_or(r);
    match r.split_whitespace().collect::<Vec<_>>().as_slice() {
        [day, month] => {
            day.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
                && crate::lexicon::month(month).is_some()
        }
        _ => false,
    }
}

/// Whether the words before a date in an adoption value name the adopter:
/// a body, whose first word is one or a genitive (`Kommunstyrelsens
/// arbetsutskott`, `Stockholms Stadshus AB:s styrelse`), not a value of
/// another column run into it (`Luleå kommunkoncern Kommundirektör`).
fn head_names_body(head: &str) -> bool {
    let words: Vec<&str> = head.split_whitespace().collect();
    let first_ok =
        |w: &str| words.len() == 1 || w.ends_with('s') || crate::draft::classify_body(w).is_some();
    words.len() <= 4 && words.first().is_some_and(|w| first_ok(w)) && body_name(head)
}

/// Whether `word` is an adoption participle of the lexicon (`fastställda`).
fn is_adoption_participle(word: &str) -> bool {
    let f = fold(word);
    crate::lexicon::adoption_forms(true, false, false)
        .iter()
        .any(|p| fold(p) == f)
}

/// A bare date under a label that means "valid until" ("Giltig t.o.m.
/// 2024-12-31").
/// A bare date after a "from" label: validity starts that day.
fn from_value(value: &str) -> Option<Validity> {
    // "2024-02-15 och tills vidare": a start and no end.
    let v = value.trim().trim_end_matches(['.', ',']);
    let lower = v.to_lowercase();
    let (date_part, open) = [" och tills vidare", " och tillsvidare", ", tills vidare"]
        .iter()
        .find_map(|t| {
            lower
                .ends_with(t)
                .then(|| (v.get(..v.len() - t.len()), true))
        })
        .unwrap_or((Some(v), false));
    let date = whole_date(date_part?)?;
    Some(Validity {
        as_written: v.to_owned(),
        until_further_notice: open,
        from: Some(date),
        until: None,
        mandate_period: false,
    })
}

fn until_value(value: &str) -> Option<Validity> {
    let date = whole_date(value)?;
    Some(Validity {
        as_written: value.trim().trim_end_matches(['.', ',']).to_owned(),
        until_further_notice: false,
        from: None,
        until: Some(date),
        mandate_period: false,
    })
}

static TRAILING_DNR: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(&format!(
        r"(?i)[,;]?\s*{}\.?:?\s*(\S.*?)\s*\.?$",
        crate::lexicon::dnr_label_alternation()
    ))
});

/// Body, decision date, paragraph and diarienummer of an adopter value.
type AdopterValue = (String, Option<PartialDate>, Option<String>, Option<String>);

/// An adopter value that carries more than the body: "Kommunfullmäktige,
/// 2017-12-18 § 145, dnr KS 2017/0934" gives the body, the date, the
/// paragraph and the document's diarienummer (each only when written).
fn adopter_value(value: &str) -> Option<AdopterValue> {
    let mut t = value.trim().trim_end_matches('.');
    let mut dnr = None;
    if let Some(c) = TRAILING_DNR.captures(t)
        && let (Some(all), Some(d)) = (c.get(0), c.get(1))
        && d.as_str().parse::<Dnr>().is_ok()
        && let Some(head) = t.get(..all.start())
    {
        dnr = Some(d.as_str().to_owned());
        t = head.trim();
    }
    if let Some((body, date, para)) = adoption_value(t) {
        return Some((body?, Some(date), para, dnr));
    }
    // The body alone, then only a diarienummer.
    let head = t.trim_end_matches(',').trim();
    (dnr.is_some() && head.split_whitespace().count() <= 4 && body_name(head))
        .then(|| (head.to_owned(), None, None, dnr))
}
