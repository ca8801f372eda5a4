//! `Riktlinjen ses över varje mandatperiod`, `Policyn ska revideras senast
//! 2024-06-30`, `Revideras senast 2025-03-31.`: when or how often this
//! document is reviewed.

use std::sync::LazyLock;

use regex::Regex;
use styrdok_core::text::fold;

use crate::collect::{Fields, Src};
use crate::recognize::{Context, Recognizer, sentences_of};
use crate::structure::Unit;
use crate::structure::self_ref_len;

/// The review phrase recognizer.
pub(crate) struct ReviewPhrase;

impl Recognizer for ReviewPhrase {
    fn scan(&self, ctx: &Context<'_>, unit: &Unit, fields: &mut Fields) {
        for (s, span) in sentences_of(unit) {
            review(s, span, fields, ctx);
        }
    }
}

static REVIEWED: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"(?i)\b(?:ska|skall|bör)?\s*(?:ses över|revideras|aktualitetsprövas|omprövas|uppdateras)(?:\s+och\s+(?:ses över|revideras|aktualitetsprövas|omprövas|uppdateras))?\s+(.+)$",
    )
});

/// "Riktlinjen ses över varje mandatperiod", "Policyn ska revideras senast
/// 2024-06-30": how often or when this document is reviewed, with this
/// document as subject.
fn review(s: &str, span: (usize, usize), fields: &mut Fields, ctx: &Context<'_>) {
    let (kind, title) = (ctx.kind, ctx.title);
    let Some(c) = REVIEWED.captures(s) else {
        return;
    };
    let (Some(all), Some(rest)) = (c.get(0), c.get(1)) else {
        return;
    };
    let Some(before) = s.get(..all.start()).map(str::trim) else {
        return;
    };
    // The document is the subject: "Riktlinjen ses över …", or a clause
    // coordinated with one about it ("Policyn gäller tills vidare och ska ses
    // över vart fjärde år").
    let subject_ok = |l: usize| {
        // The title matched as the start of a compound
        // (`Klimatanpassningsstrategin` under `Klimatanpassning`): the
        // subject is the whole word.
        let l = before
            .get(l..)
            .map_or(l, |r| l + r.find(char::is_whitespace).unwrap_or(r.len()));
        let Some(rem) = before.get(l..).map(str::trim) else {
            return false;
        };
        rem.is_empty()
            || (rem.ends_with(" och") || rem == "och")
                && rem.split_whitespace().count() <= 8
                && !rem.contains(" som ")
            // Subjects coordinated with it ("Strategin och den inkluderade
            // handlingsplanen ska revideras varje ny mandatperiod",
            // Härjedalen `blind142/`).
            || rem.starts_with("och ")
                && rem.split_whitespace().count() <= 5
                && !rem.contains(" som ")
                && !rem.contains(',')
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
    let rest = match rest.rsplit_once(" av ") {
        Some((head, agent)) if agent.split_whitespace().count() <= 3 => head.trim(),
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
    use crate::recognize::run_one;

    #[test]
    fn two_review_verbs_and_updated() {
        for t in [
            "Planen ska ses över och revideras årligen.\n",
            "Planen ska uppdateras varje år.\n",
        ] {
            let f = run_one(&ReviewPhrase, t, Some("Plan för bad"));
            assert!(f.review.best_src().is_some(), "{t}");
        }
    }

    #[test]
    fn how_often_it_is_reviewed() {
        let f = run_one(
            &ReviewPhrase,
            "Riktlinjen ses över varje mandatperiod.\n",
            None,
        );
        assert_eq!(
            f.review.best_src().unwrap().0.as_written,
            "varje mandatperiod"
        );
        let f = run_one(
            &ReviewPhrase,
            "Riktlinjen ses över i samråd med IT.\n",
            None,
        );
        assert!(f.review.best_src().is_none());
    }

    #[test]
    fn reviewed_with_a_document_coordinated() {
        // Invented wording, the form of Härjedalen's (`blind142/`).
        let t =
            "Strategin och den tillhörande handlingsplanen ska revideras varje ny mandatperiod.\n";
        let f = run_one(&ReviewPhrase, t, Some("Strategi för bad"));
        assert_eq!(
            f.review.best_src().map(|r| r.0.as_written.as_str()),
            Some("varje ny mandatperiod")
        );
        // The title as the start of a compound subject.
        let t = "Badstrategin och den tillhörande handlingsplanen ska revideras varje ny mandatperiod.\n";
        let f = run_one(&ReviewPhrase, t, Some("Bad"));
        assert_eq!(
            f.review.best_src().map(|r| r.0.as_written.as_str()),
            Some("varje ny mandatperiod")
        );
        // Another document first: not this one's review.
        let t = "Avtalen och strategin ska revideras varje år.\n";
        let f = run_one(&ReviewPhrase, t, Some("Strategi för bad"));
        assert!(f.review.best_src().is_none());
    }
}
