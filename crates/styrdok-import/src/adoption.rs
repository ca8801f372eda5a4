//! Adoption, validity and ownership stated in running text.
//!
//! - `Antagen av kommunfullmäktige 2018-06-25, § 129`, `Fastställd av
//!   Kommunfullmäktige den 25 juni 2018, § 129`, `Beslutad av
//!   kommunstyrelsen 2017-09-20/§ 189`, `Antagen av kommundirektören`: a
//!   participle at the start of a line or after a reference to this
//!   document ("Policyn antogs av …").
//! - `Dokumentet beslutas av kommunfullmäktige och förvaltas av
//!   kommunstyrelsen`: a present passive only with this document as subject
//!   (so "Denna typ av dokument fastställs av kommunfullmäktige" is not read).
//! - `Kommunstyrelsen beslutar` followed within a few blocks by `… IT-policy
//!   fastställs`: adopted by that body.
//! - `Policyn gäller tills vidare`, `Dokumentet gäller till och med 31
//!   december 2020`, `gäller under mandatperioden 2023–2026`.
//! - `IT-policyn är ett styrdokument …`: the document's kind.

use std::sync::LazyLock;

use regex::Regex;
use styrdok_core::DocumentKind;
use styrdok_core::text::fold;

use crate::collect::{Fields, Src};
use crate::dates::find_dates;
use crate::draft::BodyRef;
use crate::metadata::parse_validity;
use crate::structure::{Unit, UnitKind, kind_word, self_ref_len, sentences};

static ADOPT: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"(?i)\b(antagen|antaget|antagna|antogs|antagits|fastställts|beslutats|godkänts|fastställd|fastställt|fastställda|fastställdes|beslutad|beslutat|beslutades|godkänd|godkänt|godkändes|beslutas|fastställs|antas|godkänns)\s+(?:av|i):?\s+",
    )
});
static MANAGED: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"(?i)\b(förvaltas|förvaltad|förvaltat|ägs)\s+av\s+"));
/// A meeting paragraph right after a date (", § 129", "/§ 189").
pub(crate) static PARAGRAPH: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"^\s*[,/]?\s*(§\s*\d+[a-z]?)"));
static DECIDES: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"^(\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3})\s+(beslutar|beslutade|har beslutat)\b(.*)$",
    )
});
static ADOPTED_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(r"(?i)\b(fastställs|antas|godkänns|fastställdes|antogs|godkändes)\b")
});
static VALID: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"(?i)\b(?:gäller|ska gälla|skall gälla|är giltig|är giltigt|giltig|gäller)\s+(.+)$",
    )
});
static STYRDOKUMENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(r"^(\S+)\s+är\s+(?:ett|en|det|den)\s+(?:\S+\s+){0,2}styrdokument")
});

/// The body named at the start of `rest`: the longest run of up to four
/// words that classifies, stopping at a date, `den`, `och`, punctuation.
fn body_at(rest: &str) -> Option<(String, usize)> {
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut pos = 0;
    // "styrelsen för Storvikens Energi AB": a company's name may run to six
    // words; anything longer than four must end in "AB".
    let mut suspended = false;
    for w in rest.split_whitespace() {
        let at = rest[pos..].find(w).map(|x| x + pos)?;
        pos = at + w.len();
        let clean = w.trim_end_matches([',', '.', ';', ':']);
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
        {
            break;
        }
        let clean_end = at + clean.len();
        words.push((at, clean_end));
        if clean.len() != w.len() || words.len() == 6 {
            break;
        }
    }
    for k in (1..=words.len()).rev() {
        let Some(&(word_start, end)) = words.get(k - 1) else {
            continue;
        };
        if k > 4
            && fold(rest.get(word_start..end).unwrap_or("")) != "ab"
            && !rest.get(..end).unwrap_or("").contains("- ")
        {
            continue;
        }
        let name = rest[..end].trim();
        let name = name.split('/').next().unwrap_or(name);
        let b = BodyRef::new(name);
        if b.is_recognized() && b.members.is_empty() {
            return Some((name.to_owned(), end));
        }
    }
    None
}

/// Whether the text before a verb allows reading it as about this document:
/// nothing (a metadata-like line) or a reference to this document.
fn subject_ok(
    before: &str,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
    participle: bool,
) -> bool {
    let b = before.trim();
    if b.is_empty() {
        return participle;
    }
    let Some(len) = self_ref_len(b, kind, title) else {
        return false;
    };
    // What is between the reference and the verb: auxiliaries, an adverb,
    // or a coordinated clause about the same subject.
    let rest = fold(&b[len..]);
    // "… ersätter Riktlinjer X antagna av kommunstyrelsen 2016": the
    // participle describes the cited document, not this one.
    let cites_another = rest.split_whitespace().any(|w| {
        [
            "ersatter",
            "upphaver",
            "kompletterar",
            "konkretiserar",
            "andrar",
            "som",
        ]
        .contains(&w)
    });
    rest.split_whitespace().count() <= 12 && !cites_another
}

/// Reads adoption, ownership, validity and kind statements from running text.
pub(crate) fn scan(
    units: &[Unit],
    fields: &mut Fields,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) {
    for (ui, u) in units.iter().enumerate() {
        if u.generic || matches!(u.kind, UnitKind::Heading { number: Some(_) }) {
            continue;
        }
        let text = u.joined.text.as_str();
        for (a, b) in sentences(text) {
            let s = &text[a..b];
            let span = u.joined.span(a, b);
            adoption(s, span, fields, kind, title);
            managed(s, span, fields, kind, title);
            validity(s, span, fields, kind, title);
            review(s, span, fields, kind, title);
            if let Some(c) = STYRDOKUMENT.captures(s)
                && let Some(w) = c.get(1)
                && let Some(k) = DocumentKind::recognize_compound(w.as_str())
                && self_ref_len(s, None, title).is_some()
            {
                fields.kind_words.push((span.0, w.as_str().to_owned()));
                fields
                    .kind
                    .push(k, Src::new(span, 0.7, "kind-self-description"));
            }
        }
        // "Gäller från och med 1 januari 2021" on its own line under an
        // adoption line it was joined to.
        for (la, lb) in u.joined.line_ranges().into_iter().skip(1) {
            let line = text[la..lb].trim();
            let f = fold(line);
            if ["galler ", "giltig ", "giltigt "]
                .iter()
                .any(|p| f.starts_with(p))
            {
                validity(line, u.joined.span(la, lb), fields, kind, title);
            }
        }
        // "Kommunstyrelsen beslutar" + "… fastställs".
        if let Some(c) = DECIDES.captures(text.trim_end_matches([':', '.']))
            && let (Some(body), Some(tail)) = (c.get(1), c.get(3))
            && BodyRef::new(body.as_str()).is_recognized()
        {
            let tail = tail.as_str();
            let mut found: Option<(usize, usize)> = None;
            if ADOPTED_PASSIVE.is_match(tail)
                || fold(tail).contains(" anta ")
                || fold(tail).contains("faststalla")
            {
                found = Some(u.joined.full_span());
            } else {
                for v in units.iter().skip(ui + 1).take(3) {
                    if let UnitKind::Heading { .. } = v.kind {
                        break;
                    }
                    let vt = v.joined.text.as_str();
                    if let Some(m) = ADOPTED_PASSIVE.find(vt)
                        && kind_word(&vt[..m.start()])
                            .is_some_and(|(k, _)| kind.is_none_or(|d| *d == k))
                    {
                        found = Some(v.joined.full_span());
                        break;
                    }
                }
            }
            if let Some(f) = found {
                let start = u.joined.full_span().0;
                fields.adopted_by.push(
                    BodyRef::new(body.as_str()),
                    Src::new((start, f.1), 0.8, "decides-and-adopts"),
                );
            }
        }
    }
}

fn adoption(
    s: &str,
    span: (usize, usize),
    fields: &mut Fields,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) {
    for m in ADOPT.captures_iter(s) {
        let (Some(all), Some(verb)) = (m.get(0), m.get(1)) else {
            continue;
        };
        let v = fold(verb.as_str());
        let participle = !["beslutas", "faststalls", "antas", "godkanns"].contains(&v.as_str());
        if !subject_ok(&s[..all.start()], kind, title, participle) {
            continue;
        }
        let rest = &s[all.end()..];
        let Some((name, end)) = body_at(rest) else {
            continue;
        };
        let conf = if s[..all.start()].trim().is_empty() {
            0.9
        } else {
            0.85
        };
        fields
            .adopted_by
            .push(BodyRef::new(&name), Src::new(span, conf, "adoption-phrase"));
        // A date right after the body ("den 25 juni 2018", "2018-06-25").
        let after = &rest[end..];
        let lead = after.trim_start();
        let lead = lead.strip_prefix("den ").unwrap_or(lead);
        let skipped = after.len() - lead.len();
        if let Some(d) = find_dates(lead).into_iter().find(|d| d.range.start == 0) {
            fields
                .decision_date
                .push(d.date, Src::new(span, conf, "adoption-phrase"));
            let tail = &after[skipped + d.range.end..];
            if let Some(p) = PARAGRAPH.captures(tail).and_then(|c| c.get(1)) {
                fields.decision_paragraph.push(
                    p.as_str().to_owned(),
                    Src::new(span, conf, "adoption-phrase"),
                );
            }
        } else if let Some(p) = PARAGRAPH
            .captures(after)
            .or_else(|| {
                // "KF 2019-0 -25, § 4": a date that lost digits in
                // extraction is not read, but the paragraph after it is.
                let broken = lead.trim_start_matches(|c: char| {
                    c.is_ascii_digit() || matches!(c, '-' | '–' | ' ')
                });
                let gone = &lead[..lead.len() - broken.len()];
                (gone.contains('-') && gone.chars().filter(char::is_ascii_digit).count() >= 4)
                    .then(|| PARAGRAPH.captures(broken))
                    .flatten()
            })
            .and_then(|c| c.get(1))
        {
            fields.decision_paragraph.push(
                p.as_str().to_owned(),
                Src::new(span, conf, "adoption-phrase"),
            );
        }
    }
}

fn managed(
    s: &str,
    span: (usize, usize),
    fields: &mut Fields,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) {
    for m in MANAGED.captures_iter(s) {
        let Some(all) = m.get(0) else { continue };
        if !subject_ok(&s[..all.start()], kind, title, false) {
            continue;
        }
        if let Some((name, _)) = body_at(&s[all.end()..]) {
            fields
                .owner
                .push(BodyRef::new(&name), Src::new(span, 0.7, "managed-by"));
        }
    }
}

fn validity(
    s: &str,
    span: (usize, usize),
    fields: &mut Fields,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) {
    let Some(c) = VALID.captures(s) else { return };
    let (Some(all), Some(rest)) = (c.get(0), c.get(1)) else {
        return;
    };
    let before = &s[..all.start()];
    if !before.trim().is_empty() && self_ref_len(before, kind, title).is_none() {
        return;
    }
    let rest = rest.as_str().trim_end_matches(['.', ';']);
    // The validity phrase is the rest, or its start up to a comma or a
    // coordinated clause ("gäller 2023–2026 och konkretiserar …").
    let rest = rest.strip_prefix("för ").unwrap_or(rest);
    let candidates = [
        rest,
        rest.split(',').next().unwrap_or(rest),
        rest.split(" och ").next().unwrap_or(rest),
    ];
    for cand in candidates {
        if let Some(v) = parse_validity(cand) {
            fields
                .validity
                .push(v, Src::new(span, 0.8, "validity-phrase"));
            return;
        }
    }
}

static REVIEWED: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"(?i)\b(?:ska|skall|bör)?\s*(?:ses över|revideras|aktualitetsprövas|omprövas)\s+(.+)$",
    )
});

/// "Riktlinjen ses över varje mandatperiod", "Policyn ska revideras senast
/// 2024-06-30": how often or when this document is reviewed, with this
/// document as subject.
fn review(
    s: &str,
    span: (usize, usize),
    fields: &mut Fields,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) {
    let Some(c) = REVIEWED.captures(s) else {
        return;
    };
    let (Some(all), Some(rest)) = (c.get(0), c.get(1)) else {
        return;
    };
    let before = s[..all.start()].trim();
    // The document is the subject: "Riktlinjen ses över …", or a clause
    // coordinated with one about it ("Policyn gäller tills vidare och ska ses
    // över vart fjärde år").
    let subject_ok = |l: usize| {
        let rem = before[l..].trim();
        rem.is_empty()
            || (rem.ends_with(" och") || rem == "och")
                && rem.split_whitespace().count() <= 8
                && !rem.contains(" som ")
    };
    // "Revideras senast 2025-03-31." alone: an elliptic metadata sentence
    // about this document.
    let elliptic = before.is_empty() && s.trim_start().starts_with(|c: char| c.is_uppercase());
    if !elliptic
        && (before.is_empty() || !self_ref_len(before, kind, title).is_some_and(subject_ok))
    {
        return;
    }
    let rest = rest.as_str().trim().trim_end_matches(['.', ';']).trim();
    // "ses över årligen av kvalitetsstrategen": the agent is not part of
    // the interval.
    let rest = match rest.rfind(" av ") {
        Some(at) if rest[at + 4..].split_whitespace().count() <= 3 => rest[..at].trim(),
        _ => rest,
    };
    let f = fold(rest);
    let times = [
        "varje ",
        "en gang ",
        "arligen",
        "vart ",
        "vartannat ",
        "minst ",
        "senast ",
    ];
    // A time, not a manner ("ses över i samråd med …"); "vid behov, dock
    // minst …" is a time with a floor.
    let timely = crate::dates::whole_date(rest.trim_start_matches("senast ")).is_some()
        || times.iter().any(|p| f.starts_with(p))
        || (f.starts_with("vid behov")
            && times
                .iter()
                .any(|p| f.contains(&format!(" {}", p.trim_end()))));
    if !timely || rest.split_whitespace().count() > 8 {
        return;
    }
    let date = crate::dates::whole_date(rest.trim_start_matches("senast "));
    fields.review.push(
        crate::draft::Review {
            as_written: rest.to_owned(),
            date,
            stated_blank: false,
        },
        Src::new(span, 0.8, "review-phrase"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
