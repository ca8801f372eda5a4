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
    }
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
}
