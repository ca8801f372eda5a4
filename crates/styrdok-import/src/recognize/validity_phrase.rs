//! `Policyn gäller tills vidare`, `Dokumentet gäller till och med 31
//! december 2020`, `gäller under mandatperioden 2023–2026`, and `Gäller
//! från och med 1 januari 2021` on its own line under an adoption line;
//! a phrase read through its first date when a flattened line runs on past
//! it, and a start date put first (`Från och med den 1 januari 2021 har
//! reglementet följande lydelse`).

use std::sync::LazyLock;

use regex::Regex;
use styrdok_core::text::fold;

use crate::collect::{Fields, Src};
use crate::metadata::parse_validity;
use crate::recognize::{Context, Recognizer, sentences_of};
use crate::structure::Unit;
use crate::structure::self_ref_len;

static VALID: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"(?i)\b(?:gäller|ska gälla|skall gälla|är giltig|är giltigt|giltig|gäller)\s+(.+)$",
    )
});
/// The validity phrase recognizer.
pub(crate) struct ValidityPhrase;

impl Recognizer for ValidityPhrase {
    fn scan(&self, ctx: &Context<'_>, unit: &Unit, fields: &mut Fields) {
        for (s, span) in sentences_of(unit) {
            validity(s, span, fields, ctx);
            from_date_first(s, span, fields, ctx);
        }
        // "Gäller från och med 1 januari 2021" on its own line under an
        // adoption line it was joined to.
        let text = unit.joined.text.as_str();
        for (la, lb) in unit.joined.line_ranges().into_iter().skip(1) {
            let line = text.get(la..lb).unwrap_or("").trim();
            let f = fold(line);
            if ["galler ", "giltig ", "giltigt "]
                .iter()
                .any(|p| f.starts_with(p))
            {
                validity(line, unit.joined.span(la, lb), fields, ctx);
            }
        }
    }
}

fn validity(s: &str, span: (usize, usize), fields: &mut Fields, ctx: &Context<'_>) {
    let (kind, title) = (ctx.kind, ctx.title);
    let Some(c) = VALID.captures(s) else { return };
    let (Some(all), Some(rest)) = (c.get(0), c.get(1)) else {
        return;
    };
    let Some(before) = s.get(..all.start()) else {
        return;
    };
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
        through_first_date(rest),
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

/// A start date put first, the document after its verb: `Från och med
/// den 1 januari 2021 har reglementet följande lydelse` (Lidköping
/// `blind65/`), `Fr.o.m. 2021-01-01 gäller policyn …`: valid from that
/// date, no end stated.
fn from_date_first(s: &str, span: (usize, usize), fields: &mut Fields, ctx: &Context<'_>) {
    let f = fold(s);
    let Some(prefix) = ["fran och med ", "fr.o.m. ", "fr o m "]
        .into_iter()
        .find(|p| f.starts_with(p))
    else {
        return;
    };
    // Folding keeps the number of characters, not of bytes (`å` is two
    // bytes, `a` one): the prefix is found in the folded text and cut from
    // the original by its character count.
    let Some(start) = s.char_indices().nth(prefix.chars().count()).map(|(i, _)| i) else {
        return;
    };
    let rest = crate::re::part(s, start..);
    let lead = rest.strip_prefix("den ").unwrap_or(rest);
    let Some(d) = crate::dates::find_dates(lead)
        .into_iter()
        .find(|d| d.range.start == 0)
    else {
        return;
    };
    let after = crate::re::part(lead, d.range.end..).trim_start();
    let after = after.strip_prefix(',').unwrap_or(after).trim_start();
    let (verb, lydelse) = if let Some(a) = after.strip_prefix("gäller ") {
        (a, false)
    } else if let Some(a) = after.strip_prefix("har ") {
        (a, true)
    } else {
        return;
    };
    let Some(n) = self_ref_len(verb, ctx.kind, ctx.title) else {
        return;
    };
    if lydelse
        && !fold(crate::re::part(verb, n..))
            .trim_start()
            .starts_with("foljande lydelse")
    {
        return;
    }
    let date_end = start + (rest.len() - lead.len()) + d.range.end;
    let as_written = crate::re::part(s, ..date_end);
    if let Some(v) = parse_validity(as_written) {
        fields
            .validity
            .push(v, Src::new(span, 0.75, "validity-phrase-date-first"));
    }
}

/// The phrase up to the end of its first date, when the date comes within
/// a few words ("från och med den 1 juli 2014" in a flattened cover line
/// that runs on into `Utbildningsnämnden den 12 maj 2014 POST …`,
/// Vellinge `blind63/`); the whole phrase otherwise, which
/// [`parse_validity`] then reads or rejects.
fn through_first_date(rest: &str) -> &str {
    crate::dates::find_dates(rest)
        .first()
        .filter(|d| d.range.start <= 20)
        .and_then(|d| rest.get(..d.range.end))
        .unwrap_or(rest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::run_one;

    #[test]
    fn validity_of_this_document() {
        let f = run_one(&ValidityPhrase, "Policyn gäller tills vidare.\n", None);
        assert!(f.validity.best_src().unwrap().0.until_further_notice);
        let f = run_one(&ValidityPhrase, "Lagen gäller tills vidare.\n", None);
        assert!(f.validity.best_src().is_none());
    }

    #[test]
    fn a_start_date_put_first() {
        // Invented wording, the form of Lidköping's reglemente (`blind65/`).
        let f = run_one(
            &ValidityPhrase,
            "Från och med den 1 januari 2021 har policyn följande lydelse.\n",
            None,
        );
        let v = f.validity.best_src().unwrap().0;
        assert_eq!(v.from.map(|d| d.to_string()).as_deref(), Some("2021-01-01"));
        // Another subject, or no wording of its own: no validity.
        for t in [
            "Från och med den 1 januari 2021 har kommunen en ny taxa.\n",
            "Från och med den 1 januari 2021 har policyn ändrats.\n",
        ] {
            assert!(
                run_one(&ValidityPhrase, t, None)
                    .validity
                    .best_src()
                    .is_none()
            );
        }
    }

    #[test]
    fn a_start_date_in_a_line_that_runs_on() {
        // Invented wording, the form of a flattened cover (Vellinge
        // `blind63/`).
        let f = run_one(
            &ValidityPhrase,
            "Policyn gäller från och med den 1 juli 2014 Nämnden den 12 maj 2014 POST Norrby\n",
            None,
        );
        let v = f.validity.best_src().unwrap().0;
        assert_eq!(v.from.map(|d| d.to_string()).as_deref(), Some("2014-07-01"));
        assert!(v.until.is_none());
        // A span keeps its end.
        let f = run_one(
            &ValidityPhrase,
            "Policyn gäller från och med 2021-01-01 till och med 2024-12-31.\n",
            None,
        );
        let v = f.validity.best_src().unwrap().0;
        assert!(v.until.is_some());
    }
}
