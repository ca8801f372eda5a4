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

/// `Detta dokument är en instruktion …`, `Dokumentet är en strategi …`:
/// the kind word after the document's own name for itself.
static THIS_DOCUMENT_IS: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"^(?:(?:Detta|Det här) dokument(?:et)?|Dokumentet)\s+(?:är|utgör)\s+(?:en|ett)\s+(\w+)",
    )
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

/// `Policyn omfattar alla anställda …`, `Riktlinjerna gäller för …`: a
/// sentence opening with a kind's definite form and a scope verb names the
/// document's kind. Read only when nothing else names one (Högsby
/// `blind15/`, Sollentuna `blind2/`: both truths policy). Over the
/// seventeen spent sets 26 texts open such a sentence with the kind their
/// truth records; 2 name another (Västervik's attestreglemente `Reglerna
/// gäller …`, Härnösand's anvisningar `Reglementet gäller …`), both with
/// their kind in their title. The first such sentence: the kind, its span
/// and the word as written.
///
/// Also a sentence saying what the document is (`Detta dokument är en
/// instruktion för …`, Kristianstad `blind16/`; `Dokumentet är en strategi
/// …`, Skellefteå `blind4/`, whose title names it already): both truths
/// record the kind named; no other spent text says so of itself.
pub(crate) fn kind_from_scope(units: &[Unit]) -> Option<(DocumentKind, (usize, usize), String)> {
    units.iter().find_map(|u| {
        sentences_of(u).find_map(|(s, span)| {
            if let Some(c) = THIS_DOCUMENT_IS.captures(s)
                && let Some(w) = c.get(1)
                && let Some(k) = DocumentKind::recognize(w.as_str())
                    .filter(|k| !matches!(k, DocumentKind::Other | DocumentKind::Custom(_)))
            {
                return Some((k, span, w.as_str().to_owned()));
            }
            let mut w = s.split_whitespace();
            let (w1, w2) = (w.next()?, w.next()?);
            let definite = styrdok_core::text::DEFINITE_ENDINGS
                .iter()
                .any(|e| w1.ends_with(e));
            let k = DocumentKind::recognize(w1)
                .filter(|k| !matches!(k, DocumentKind::Other | DocumentKind::Custom(_)))?;
            (w1.starts_with(char::is_uppercase) && definite && ["gäller", "omfattar"].contains(&w2))
                .then(|| (k, span, w1.to_owned()))
        })
    })
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

    /// A kind's definite form with a scope verb, read only when nothing
    /// else names the kind; an indefinite head, another verb, or a title's
    /// kind leave it.
    #[test]
    fn the_kind_its_scope_sentence_names() {
        let scope = |t: &str| {
            let p = crate::pre::prepare(t);
            let units = crate::structure::units(&p, &vec![false; p.lines.len()], None);
            kind_from_scope(&units).map(|(k, _, w)| (k.id().to_owned(), w))
        };
        assert_eq!(
            scope("Vi vill ha rena arbetsplatser.\n\nRiktlinjerna gäller alla anställda.\n"),
            Some(("riktlinje".to_owned(), "Riktlinjerna".to_owned()))
        );
        assert_eq!(scope("Policy gäller alla anställda.\n"), None);
        assert_eq!(scope("Policyn beskriver hur vi arbetar.\n"), None);
        let d = crate::import(
            "Vi vill ha rena arbetsplatser. Ingen ska utsättas för rök.\n\nPolicyn omfattar alla anställda i Norrby kommun.\n",
        );
        assert_eq!(d.kind.as_ref().map(|k| k.id()), Some("policy"));
        assert_eq!(
            scope("Inledning\n\nDetta dokument är en instruktion för hur post ska hanteras.\n"),
            Some(("instruktion".to_owned(), "instruktion".to_owned()))
        );
        assert_eq!(
            scope("Dokumentet är ett underlag för beslut om skolor.\n"),
            None
        );
        let d =
            crate::import("Attestreglemente för Norrby kommun\n\nReglerna gäller alla nämnder.\n");
        assert_eq!(d.kind.as_ref().map(|k| k.id()), Some("reglemente"));
    }
}
