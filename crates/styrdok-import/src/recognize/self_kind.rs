//! `IT-policyn är ett styrdokument …`: the kind the document calls itself.

use std::sync::LazyLock;

use regex::Regex;
use styrdok_core::DocumentKind;

use crate::collect::{Fields, Src};
use crate::recognize::{Context, Recognizer, sentences_of};
use crate::structure::Unit;
use crate::structure::self_ref_len;

static STYRDOKUMENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(r"^(\S+)\s+är\s+(?:ett|en|det|den)\s+(?:\S+\s+){0,2}styrdokument")
});

/// The self-description recognizer.
pub(crate) struct SelfKind;

impl Recognizer for SelfKind {
    fn scan(&self, ctx: &Context<'_>, unit: &Unit, fields: &mut Fields) {
        for (s, span) in sentences_of(unit) {
            if let Some(c) = STYRDOKUMENT.captures(s)
                && let Some(w) = c.get(1)
                && let Some(k) = DocumentKind::recognize_compound(w.as_str())
                && self_ref_len(s, None, ctx.title).is_some()
            {
                fields.kind_words.push((span.0, w.as_str().to_owned()));
                fields
                    .kind
                    .push(k, Src::new(span, 0.7, "kind-self-description"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::run_one;

    #[test]
    fn the_kind_it_calls_itself() {
        let f = run_one(
            &SelfKind,
            "IT-policyn är ett övergripande styrdokument för kommunen.\n",
            None,
        );
        assert_eq!(f.kind.best_src().unwrap().0.id(), "policy");
    }
}
