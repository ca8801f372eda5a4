//! `Senast reviderat av kommunstyrelsen den 14 mars 2023, § 52.`, `…
//! antaget av kommunfullmäktige den 27 september 2021, § 145 samt reviderat
//! av kommunfullmäktige den 29 april 2024 § 60.`: the date this document was
//! last revised ([`lexicon::REVISION_FORMS`]), read as its `last_updated`.
//!
//! Every spent truth whose text says `revider… av <body> [den] <date>` of
//! the document itself records that date (the latest one) as
//! `last_updated`: Arvika (`real/`, `blind5/`, `blind7/`, `blind21/`),
//! Arboga (`blind14/`), Hudiksvall (`blind13/`, `Bidragsreglerna
//! reviderades av …`), Götene (`blind23/`); so does every spent truth
//! whose text says `komplettera(d|t) av <body> [den] <date>` (Arvika
//! `blind27/`, Region Halland `blind29/`).

use std::sync::LazyLock;

use regex::Regex;
use styrdok_core::PartialDate;
use styrdok_core::text::fold;

use crate::collect::{Fields, Src};
use crate::dates::find_dates;
use crate::lexicon;
use crate::recognize::{Context, Recognizer, body_at, sentences_of, subject_ok};
use crate::structure::Unit;

static REVISED: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(&format!(
        r"\b(?i:({}))\s+av\s+",
        lexicon::alternation(lexicon::REVISION_FORMS)
    ))
});

/// `… och den 6 december 2017`: a further revision date coordinated with
/// the first.
static AND_DATE: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"^\s*(?:,\s*§\s*\d+\s*)?,?\s*och\s+(?:den\s+)?"));

/// The revision phrase recognizer.
pub(crate) struct RevisionPhrase;

impl Recognizer for RevisionPhrase {
    fn scan(&self, ctx: &Context<'_>, unit: &Unit, fields: &mut Fields) {
        for (s, span) in sentences_of(unit) {
            if let Some(d) = revised(s, ctx) {
                // `Senast reviderat av …` names the last revision, above a
                // plain `Reviderat av …` line of an earlier one (Arvika
                // `blind26/`: the truth records the latest date).
                let last = fold(s.trim_start()).starts_with("senast ");
                let confidence = if last { 0.8 } else { 0.75 };
                fields
                    .last_updated
                    .push(d, Src::new(span, confidence, "revision-phrase"));
            }
        }
    }
}

/// Whether the revision verb at `before`'s end speaks of this document:
/// it opens the sentence (`Reviderad av …`, `Senast reviderat av …`), has
/// this document as subject (`Riktlinjen reviderades av …`), or follows
/// this document's adoption in the same sentence, as a capitalised label
/// (`Antagen av … 2014, 70 Reviderad av …`) or coordinated with `samt` or
/// `och` (`… är antaget av … § 145 samt reviderat av …`); never after a
/// verb or relative clause citing another document.
fn about_this(before: &str, verb: &str, ctx: &Context<'_>) -> bool {
    let f = fold(before);
    let words: Vec<&str> = f.split_whitespace().collect();
    if words.is_empty() || words == ["senast"] {
        return true;
    }
    if subject_ok(before, ctx.kind, ctx.title, true) {
        return true;
    }
    let cites = words.iter().any(|w| {
        [
            "ersatter",
            "upphaver",
            "kompletterar",
            "konkretiserar",
            "som",
        ]
        .contains(w)
    });
    let adopted = words.iter().any(|w| {
        lexicon::adoption_forms(true, true, false)
            .iter()
            .any(|a| fold(a) == *w)
    });
    let label = verb.starts_with(char::is_uppercase);
    let joined = words.last().is_some_and(|w| ["samt", "och"].contains(w));
    adopted && !cites && (label || joined)
}

/// The latest date this sentence says the document was revised on.
fn revised(s: &str, ctx: &Context<'_>) -> Option<PartialDate> {
    let mut latest: Option<PartialDate> = None;
    for c in REVISED.captures_iter(s) {
        let (Some(all), Some(verb)) = (c.get(0), c.get(1)) else {
            continue;
        };
        let before = crate::re::part(s, ..all.start());
        if !about_this(before, verb.as_str(), ctx) {
            continue;
        }
        let rest = crate::re::part(s, all.end()..);
        let Some((_, end)) = body_at(rest) else {
            continue;
        };
        let mut after = crate::re::part(rest, end..).trim_start();
        after = after.strip_prefix("den ").unwrap_or(after);
        let Some(d) = find_dates(after).into_iter().find(|d| d.range.start == 0) else {
            continue;
        };
        let mut best = d.date;
        // "… den 8 april 2016 och den 6 december 2017": the later one.
        let mut tail = crate::re::part(after, d.range.end..);
        while let Some(m) = AND_DATE.find(tail) {
            let next = crate::re::part(tail, m.end()..);
            let Some(n) = find_dates(next).into_iter().find(|d| d.range.start == 0) else {
                break;
            };
            best = best.max(n.date);
            tail = crate::re::part(next, n.range.end..);
        }
        latest = Some(latest.map_or(best, |l| l.max(best)));
    }
    latest
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::run_one;

    fn last_updated(text: &str, title: Option<&str>) -> Option<String> {
        run_one(&RevisionPhrase, text, title)
            .last_updated
            .best_src()
            .map(|(d, _)| d.to_string())
    }

    #[test]
    fn a_revision_of_this_document() {
        // Invented wording.
        for (text, date) in [
            (
                "Antagen av kommunfullmäktige den 2 mars 2001, § 4. Senast reviderad av kommunstyrelsen den 5 maj 2020, § 61.\n",
                "2020-05-05",
            ),
            // A plain revision line above the last one.
            (
                "Antagen av kommunfullmäktige den 2 mars 2001, § 4.\nReviderad av kommunstyrelsen den 4 maj 2016, § 4.\nSenast reviderad av kommunfullmäktige den 5 maj 2020, § 61.\n",
                "2020-05-05",
            ),
            (
                "Antagen av kommunfullmäktige den 2 mars 2010, 14 Reviderad av kommunfullmäktige den 3 april 2011, 20 Reviderad av kommunfullmäktige den 9 juni 2012, 31\n",
                "2012-06-09",
            ),
            (
                "Reglemente för parkrådet är antaget av kommunfullmäktige den 1 mars 2019, § 12 samt reviderat av kommunfullmäktige den 7 maj 2022 § 40.\n",
                "2022-05-07",
            ),
            (
                "Reglementet antogs av kommunfullmäktige den 1 mars 2015 och reviderades av kommunstyrelsen den 2 april 2016 och den 3 juni 2018.\n",
                "2018-06-03",
            ),
            // A completion by a body, with its date.
            (
                "Antaget av kommunfullmäktige den 2 mars 2001, § 4 och kompletterat av kommunstyrelsen den 5 maj 2001, § 61.\n",
                "2001-05-05",
            ),
            (
                "Fastställd av regionstyrelsen, 2020-04-08. Kompletterad av regionstyrelsen 2021-10-13.\n",
                "2021-10-13",
            ),
        ] {
            assert_eq!(
                last_updated(text, Some("Reglemente för parkrådet")).as_deref(),
                Some(date),
                "{text}"
            );
        }
    }

    #[test]
    fn not_another_documents_revision_nor_without_a_date() {
        // Invented wording.
        for text in [
            "Riktlinjen ersätter Policy för parker antagen av kommunfullmäktige 2010 och reviderad av kommunstyrelsen den 3 maj 2012.\n",
            "Planen som antogs av kommunfullmäktige 2010 och reviderades av kommunstyrelsen den 3 maj 2012 gäller inte längre.\n",
            "Senast reviderad av kommunfullmäktige, 203\n",
            "Taxan är reviderad av kommunfullmäktige den 3 maj 2012.\n",
        ] {
            assert_eq!(
                last_updated(text, Some("Riktlinjer för parker")),
                None,
                "{text}"
            );
        }
    }
}
