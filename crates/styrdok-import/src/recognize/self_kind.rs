//! `IT-policyn är ett styrdokument …`: the kind the document calls itself.

use std::sync::LazyLock;

use regex::Regex;
use styrdok_core::DocumentKind;
use styrdok_core::text::fold;

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

/// `Detta ägardirektiv avser …`, `i enlighet med denna delegationsordning`,
/// `Dessa riktlinjer gäller …`: a demonstrative before a kind word names
/// the document's own kind, anywhere in a sentence (a word of
/// [`crate::lexicon::NOW_MADE`] may stand between: `Denna nya IT-plan`). A
/// head noun outside the built-in kinds (`ägardirektiv`, `föreskrifter`,
/// `delegationsordning`, `taxa`; lexicon `OTHER_KIND_NOUNS`, not a law's or
/// a rules of procedure's) names kind `other`.
static DEMONSTRATIVE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"\b(?:[Dd]etta|[Dd]enna|[Dd]essa)\s+(\p{L}[\p{L}-]*)(?:\s+(\p{L}[\p{L}-]*))?",
    )
});

/// The kind the document names itself by a demonstrative
/// ([`DEMONSTRATIVE`]), read only when nothing else names one: the kind
/// named most often, `bestämmelser` (rules, of any kind of document:
/// Arvika's reglemente says `dessa bestämmelser` three times and `detta
/// reglemente` once) only when no other kind word is; the first of a tie.
/// Over the spent sets 28 texts with no kind read name one so, 25 of them
/// the kind their truth records (Ljusnarsberg's policy says `Dessa
/// riktlinjer`, Kristianstad's anvisning `Denna handbok`; Arvika's
/// arbetsordning `denna arbetsordning`, a reglemente since stop 56), and
/// no text whose truth records no kind does. Returns the kind, the first
/// naming sentence's span and the word as written.
pub(crate) fn kind_from_demonstrative(
    units: &[Unit],
) -> Option<(DocumentKind, (usize, usize), String)> {
    /// A kind the document names itself by, as counted.
    struct Named {
        kind: DocumentKind,
        /// Named by `bestämmelser` only.
        rules: bool,
        count: usize,
        span: (usize, usize),
        word: String,
    }
    let mut named: Vec<Named> = Vec::new();
    for u in units {
        for (s, span) in sentences_of(u) {
            for c in DEMONSTRATIVE.captures_iter(s) {
                let (Some(w1), w2) = (c.get(1), c.get(2)) else {
                    continue;
                };
                let f1 = fold(w1.as_str());
                let w = if crate::lexicon::NOW_MADE.contains(&f1.as_str()) {
                    match w2 {
                        Some(w) => w.as_str(),
                        None => continue,
                    }
                } else {
                    w1.as_str()
                };
                let Some(kind) = kind_word_of(w) else {
                    continue;
                };
                let rules = fold(w).starts_with("bestammelse");
                match named
                    .iter_mut()
                    .find(|n| n.kind == kind && n.rules == rules)
                {
                    Some(n) => n.count += 1,
                    None => named.push(Named {
                        kind,
                        rules,
                        count: 1,
                        span,
                        word: w.to_owned(),
                    }),
                }
            }
        }
    }
    let any_kind_word = named.iter().any(|n| !n.rules);
    let mut best: Option<Named> = None;
    for n in named.into_iter().filter(|n| !(any_kind_word && n.rules)) {
        if best.as_ref().is_none_or(|b| n.count > b.count) {
            best = Some(n);
        }
    }
    best.map(|n| (n.kind, n.span, n.word))
}

/// The kind a word after a demonstrative names: a built-in kind
/// (`riktlinjer`, `IT-policy`), or `other` for a head noun outside them.
pub(crate) fn kind_word_of(w: &str) -> Option<DocumentKind> {
    let f = fold(w);
    // One rule (`Trots denna regel …`, Miljöförbundet Västra Skaraborg
    // `blind35/`) is no body of rules.
    if ["regel", "regeln"].contains(&f.as_str()) {
        return None;
    }
    if let Some(k) = DocumentKind::recognize_compound(w)
        .filter(|k| !matches!(k, DocumentKind::Other | DocumentKind::Custom(_)))
    {
        return Some(k);
    }
    crate::structure::names_other_kind(&f).then_some(DocumentKind::Other)
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

    /// A demonstrative before a kind word, anywhere in a sentence: the
    /// kind named most often, `bestämmelser` only when nothing else is, a
    /// head noun outside the built-in kinds as `other`; read only when
    /// nothing else names the kind.
    #[test]
    fn the_kind_a_demonstrative_names() {
        let demo = |t: &str| {
            let p = crate::pre::prepare(t);
            let units = crate::structure::units(&p, &vec![false; p.lines.len()], None);
            kind_from_demonstrative(&units).map(|(k, _, w)| (k.id().to_owned(), w))
        };
        assert_eq!(
            demo("Bolaget ägs av kommunen. Detta ägardirektiv avser Norrby Bostäder AB.\n"),
            Some(("other".to_owned(), "ägardirektiv".to_owned()))
        );
        assert_eq!(
            demo("Beslut fattas i enlighet med denna nya delegationsordning.\n"),
            Some(("other".to_owned(), "delegationsordning".to_owned()))
        );
        assert_eq!(
            demo(
                "Dessa bestämmelser gäller ledamöter. Enligt dessa bestämmelser utgår arvode. Detta reglemente antogs 2019.\n"
            ),
            Some(("reglemente".to_owned(), "reglemente".to_owned()))
        );
        assert_eq!(
            demo("Dessa bestämmelser gäller ledamöter.\n"),
            Some(("regler".to_owned(), "bestämmelser".to_owned()))
        );
        assert_eq!(
            demo("Denna arbetsordning gäller fullmäktige.\n"),
            Some(("reglemente".to_owned(), "arbetsordning".to_owned()))
        );
        assert_eq!(
            demo("Detta arbete ska följas upp. Denna fråga är viktig.\n"),
            None
        );
        assert_eq!(demo("Trots denna regel betalar kommunen.\n"), None);
        let d = crate::import(
            "Norrby kommun\n\nBolaget ägs av kommunen. Detta ägardirektiv avser Norrby Bostäder AB.\n",
        );
        assert_eq!(d.kind.as_ref().map(|k| k.id()), Some("other"));
        assert_eq!(d.kind_as_written.as_deref(), Some("ägardirektiv"));
        // A kind read otherwise wins.
        let d = crate::import(
            "Riktlinjer för bostäder\n\nDetta ägardirektiv avser Norrby Bostäder AB.\n",
        );
        assert_eq!(d.kind.as_ref().map(|k| k.id()), Some("riktlinje"));
    }

    #[test]
    fn a_kind_read_otherwise_is_kept() {
        let d =
            crate::import("Attestreglemente för Norrby kommun\n\nReglerna gäller alla nämnder.\n");
        assert_eq!(d.kind.as_ref().map(|k| k.id()), Some("reglemente"));
    }
}
