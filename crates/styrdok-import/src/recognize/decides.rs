//! `Kommunstyrelsen beslutar` followed within a few blocks by `… IT-policy
//! fastställs` (or `… att anta …` in the same block): adopted by that body.

use std::sync::LazyLock;

use regex::Regex;
use styrdok_core::text::fold;

use crate::collect::{Fields, Src};
use crate::draft::BodyRef;
use crate::lexicon;
use crate::recognize::{Context, Recognizer};
use crate::structure::{Unit, UnitKind, kind_word};

static DECIDES: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"^(\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3})\s+(beslutar|beslutade|har beslutat)\b(.*)$",
    )
});
static ADOPTED_PASSIVE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(&format!(
        r"(?i)\b{}\b",
        lexicon::alternation(&lexicon::adoption_forms(false, true, true))
    ))
});
/// A body that adopts in the present tense, opening its block: `Kommunstyrelsen
/// antar nedanstående riktlinje …` (Vara `blind27/`), `Regionfullmäktige
/// antar policyn för …` (Västra Götalandsregionen `blind17/`, `blind19/`).
static ADOPTS: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(&format!(
        r"^(\p{{Lu}}[\p{{L}}-]*(?:\s+\p{{Lu}}[\p{{L}}-]*)?)\s+{}\s+(.*)$",
        lexicon::alternation(&lexicon::adoption_present_active(&["anta", "fastställa"]))
    ))
});
/// A body that has decided on a document of this kind, anywhere in a
/// sentence: `Sociala nämnden beslutade 1 den 22 januari 2014, om följande
/// riktlinjer` (Heby `blind43/`), `Barn- och utbildningsförvaltningen har
/// beslutat om riktlinjer för …` (Vännäs `blind36/`), `Förbundsstyrelsen
/// har för sin del beslutat om denna delegationsordning` (Göteborgsregionen
/// `blind19/`). Past tense only: `Kommunstyrelsen beslutar om riktlinjen`
/// says who decides such matters. The body: one to four words before the
/// verb, the first capitalised; at most six words between the verb and
/// `om`.
static DECIDED_ON: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"(\p{Lu}[\p{L}-]*(?:\s+(?:och\s+)?\p{L}[\p{L}-]*){0,3})\s+(?:beslutade|har(?:\s+för\s+sin\s+del)?\s+beslutat)\b((?:\s+[^\s.]+){0,6}?)\s+om\s+(?:följande\s+|denna\s+|dessa\s+|detta\s+|nya\s+)?(\p{L}[\p{L}-]*)",
    )
});

/// The decides-and-adopts recognizer.
pub(crate) struct Decides;

impl Recognizer for Decides {
    fn scan(&self, ctx: &Context<'_>, unit: &Unit, fields: &mut Fields) {
        let u = unit;
        let kind = ctx.kind;
        let text = u.joined.text.as_str();
        // "Kommunstyrelsen beslutar" + "… fastställs".
        if let Some(c) = DECIDES.captures(text.trim_end_matches([':', '.']))
            && let (Some(body), Some(tail)) = (c.get(1), c.get(3))
            && BodyRef::new(body.as_str()).is_recognized()
            && !proposed(ctx, u, body.as_str())
            && !decides_to_propose(tail.as_str())
        {
            let tail = tail.as_str();
            let mut found: Option<(usize, usize)> = None;
            if passive_on_a_document(tail, kind)
                || fold(tail).contains(" anta ")
                || fold(tail).contains("faststalla")
            {
                found = Some(u.joined.full_span());
            } else {
                for v in ctx.after(u).iter().take(3) {
                    if let UnitKind::Heading { .. } = v.kind {
                        break;
                    }
                    let vt = v.joined.text.as_str();
                    if let Some(m) = ADOPTED_PASSIVE.find(vt)
                        && vt
                            .get(..m.start())
                            .and_then(kind_word)
                            .is_some_and(|(k, _)| kind.is_none_or(|d| *d == k))
                    {
                        found = Some(v.joined.full_span());
                        break;
                    }
                }
            }
            if let Some(f) = found {
                let start = u.joined.full_span().0;
                // A `Beslut` label run into the body's name.
                let body = body.as_str();
                let body = ["Beslut ", "BESLUT "]
                    .iter()
                    .find_map(|l| body.strip_prefix(l))
                    .unwrap_or(body);
                fields.adopted_by.push(
                    BodyRef::new(body),
                    Src::new((start, f.1), 0.8, "decides-and-adopts"),
                );
            }
        }
        // "Sociala nämnden beslutade … om följande riktlinjer": the body
        // decided on a document of this kind (a heading may run into the
        // body's name: the shortest capitalised tail of its words that
        // names a body, `Sociala nämnden` in `Heby kommun Sociala nämnden`).
        for c in DECIDED_ON.captures_iter(text) {
            let (Some(words), Some(doc)) = (c.get(1), c.get(3)) else {
                continue;
            };
            let Some(k) = super::self_kind::kind_word_of(doc.as_str()) else {
                continue;
            };
            if kind.is_some_and(|d| *d != k) {
                continue;
            }
            let w = words.as_str();
            let body = w
                .match_indices(' ')
                .filter_map(|(i, _)| w.get(i + 1..))
                .chain(std::iter::once(w))
                .filter(|b| b.starts_with(char::is_uppercase))
                .filter(|b| BodyRef::new(b).is_recognized())
                .min_by_key(|b| b.len());
            if let Some(body) = body
                && !proposed(ctx, u, body)
            {
                fields.adopted_by.push(
                    BodyRef::new(body),
                    Src::new(u.joined.full_span(), 0.75, "decided-on-document"),
                );
                break;
            }
        }
        // "Kommunstyrelsen antar nedanstående riktlinje …": the body adopts
        // a document of this kind, named in the first two words after the
        // verb (not `antar förslaget till …`, not a proposal's decision).
        if let Some(c) = ADOPTS.captures(text)
            && let (Some(body), Some(tail)) = (c.get(1), c.get(2))
            && BodyRef::new(body.as_str()).is_recognized()
            && !proposed(ctx, u, body.as_str())
            && adopts_this_kind(tail.as_str(), kind)
        {
            fields.adopted_by.push(
                BodyRef::new(body.as_str()),
                Src::new(u.joined.full_span(), 0.8, "decides-and-adopts"),
            );
        }
    }
}

/// Whether the first two words after `antar`/`fastställer` name a document
/// of this document's kind (`nedanstående riktlinje`, `Måltidspolicy för`,
/// `reglementet.`); a decision on something else (`antar förslaget till
/// …`, `fastställer årligen vision …`) is no adoption of it.
fn adopts_this_kind(tail: &str, kind: Option<&styrdok_core::DocumentKind>) -> bool {
    let Some(kind) = kind else {
        return false;
    };
    let head: Vec<&str> = tail.split_whitespace().take(2).collect();
    kind_word(&head.join(" ")).is_some_and(|(k, _)| k == *kind)
}

/// Whether the decision is only proposed: its block follows a `Förslag
/// till beslut` heading (the nearest block before it, or that heading run
/// into the body's name), as a tjänsteskrivelse proposes what a body is to
/// decide (`Förslag till beslut` / `Direktionen beslutar att anta …`,
/// Samhällsbyggnadsförbundet Bergslagen; `Kommunstyrelsen beslutar att
/// godkänna förslaget …`, Kalmar; `Kommunstyrelsen beslutar att förslag
/// … utsändes på remiss`, Knivsta): the truths name no adopter from it.
fn proposed(ctx: &Context<'_>, u: &Unit, body: &str) -> bool {
    let is_heading = |t: &str| {
        fold(t.trim().trim_end_matches([':', '.']))
            .split_whitespace()
            .collect::<Vec<_>>()
            == ["forslag", "till", "beslut"]
    };
    fold(body).starts_with("forslag till beslut ")
        || ctx
            .before(u)
            .last()
            .is_some_and(|p| is_heading(p.joined.text.as_str()))
}

/// Whether the body decides only to propose the adoption to another
/// (`Regionstyrelsen beslutar föreslå regionfullmäktige att anta …`,
/// Region Norrbotten `blind20/`; `Styrelsen beslutade föreslå fullmäktige
/// …`, Regionförbundet Sörmland `real/`; `Arbetsutskottet beslutar att
/// föreslå att …`, Vallentuna `blind3/`): no truth names the proposer as
/// the adopter.
fn decides_to_propose(tail: &str) -> bool {
    let f = fold(tail.trim_start_matches([' ', ':']));
    let f = f.strip_prefix("att ").unwrap_or(&f);
    f.starts_with("foresla ") || f.starts_with("foresla:") || f == "foresla"
}

/// Whether a passive adoption in the decision's text has a document as its
/// subject: a kind word of this document's kind in its clause (since the
/// last `att`), as in `att IT-policyn fastställs`, not `att remisstiden
/// fastställs`.
fn passive_on_a_document(tail: &str, kind: Option<&styrdok_core::DocumentKind>) -> bool {
    ADOPTED_PASSIVE.find_iter(tail).any(|m| {
        let before = tail.get(..m.start()).unwrap_or("");
        let clause = before
            .rfind(" att ")
            .and_then(|i| before.get(i..))
            .unwrap_or(before);
        kind_word(clause).is_some_and(|(k, _)| kind.is_none_or(|d| *d == k))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::run_one;

    #[test]
    fn decides_then_adopts() {
        let f = run_one(
            &Decides,
            "Kommunstyrelsen beslutar\n\nIT-policy för Ekeby kommun fastställs.\n",
            None,
        );
        assert_eq!(f.adopted_by.best_src().unwrap().0.name, "Kommunstyrelsen");
        let f = run_one(
            &Decides,
            "Kommunstyrelsen beslutar\n\nAtt ge uppdrag.\n",
            None,
        );
        assert!(f.adopted_by.best_src().is_none());
        // Invented wording: the document in the clause, a label before the
        // body; a date fixed in the same decision is no adoption.
        let f = run_one(
            &Decides,
            "Beslut Kommunstyrelsen beslutar att IT-policyn fastställs.\n",
            None,
        );
        assert_eq!(f.adopted_by.best_src().unwrap().0.name, "Kommunstyrelsen");
        let f = run_one(
            &Decides,
            "Kommunstyrelsen beslutar att förslaget sänds på remiss att remisstiden fastställs till 1 maj.\n",
            None,
        );
        assert!(f.adopted_by.best_src().is_none());
    }

    #[test]
    fn a_body_adopts_a_document_of_this_kind_in_the_present() {
        // Invented wording: the decision under its heading names the
        // document's kind in its first two words.
        let d = crate::import(
            "Riktlinje för parker\n\nBeslut\n\nKommunstyrelsen antar nedanstående riktlinje för parker.\n\nParkerna ska skötas väl.\n",
        );
        assert_eq!(
            d.adopted_by.map(|b| b.name).as_deref(),
            Some("Kommunstyrelsen")
        );
        // Not a proposal, not another kind, not `antar förslaget till …`.
        for text in [
            "Riktlinje för parker\n\nFörslag till beslut\n\nKommunstyrelsen antar nedanstående riktlinje.\n",
            "Riktlinje för parker\n\nKommunstyrelsen antar förslaget till riktlinje.\n",
            "Riktlinje för parker\n\nKommunfullmäktige antar en policy för parker.\n",
        ] {
            assert!(crate::import(text).adopted_by.is_none(), "{text}");
        }
    }

    /// A body that has decided on a document of this kind, in the past
    /// tense, anywhere in a sentence; not the present tense, not another
    /// kind.
    #[test]
    fn a_body_decided_on_a_document_of_this_kind() {
        // Invented wording.
        for (text, body) in [
            (
                "Riktlinjer för parker Norrby kommun Sociala nämnden beslutade den 2 maj 2014 om följande riktlinjer.\n",
                "Sociala nämnden",
            ),
            (
                "Regler för ledighet\n\nBarn- och utbildningsförvaltningen har beslutat om riktlinjer för ledighet.\n",
                "Barn- och utbildningsförvaltningen",
            ),
            (
                "Delegationsordning\n\nFörbundsstyrelsen har för sin del beslutat om denna delegationsordning.\n",
                "Förbundsstyrelsen",
            ),
        ] {
            let d = crate::import(text);
            assert_eq!(
                d.adopted_by.map(|b| b.name).as_deref(),
                Some(body),
                "{text}"
            );
        }
        let f = run_one(&Decides, "Kommunstyrelsen beslutar om riktlinjen.\n", None);
        assert!(f.adopted_by.best_src().is_none());
        let f = run_one(&Decides, "Kommunstyrelsen beslutade om riktlinjen.\n", None);
        assert_eq!(f.adopted_by.best_src().unwrap().0.name, "Kommunstyrelsen");
        let text = "Riktlinje för parker\n\nStyrelsen beslutade om policyn för träd.\n";
        assert!(crate::import(text).adopted_by.is_none(), "{text}");
    }

    #[test]
    fn a_proposed_decision_names_no_adopter() {
        // Invented wording: a proposal's decision under its heading, on its
        // own line or run into the body's name.
        for text in [
            "Förslag till beslut\n\nNämnden beslutar att anta Policy för parker.\n",
            "Förslag till beslut:\n\nStyrelsen beslutar att anta riktlinjerna.\n",
            "Förslag till beslut Nämnden beslutar att anta Policy för parker.\n",
        ] {
            let f = run_one(&Decides, text, None);
            assert!(f.adopted_by.best_src().is_none(), "{text}");
        }
        // Invented wording: the decision is to propose the adoption.
        for text in [
            "Kommunstyrelsen beslutar föreslå kommunfullmäktige att anta Policy för parker.\n",
            "Nämnden beslutade att föreslå fullmäktige att anta riktlinjerna.\n",
        ] {
            let f = run_one(&Decides, text, None);
            assert!(f.adopted_by.best_src().is_none(), "{text}");
        }
        assert!(!decides_to_propose(" att anta förslaget"));
        // The decision itself, under its own heading, is read.
        let f = run_one(
            &Decides,
            "Beslut\n\nNämnden beslutar att anta Policy för parker.\n",
            None,
        );
        assert_eq!(f.adopted_by.best_src().unwrap().0.name, "Nämnden");
    }
}
