//! Documents that apply beside this one, stated without a relation verb
//! (issue 12, sixth round): read as `complements` or `complemented_by`.
//!
//! - **Applying together**: `Utöver vad som följer av lag gäller detta
//!   reglemente och ett samverkansavtal för nämnden`, `… gäller
//!   bestämmelserna i detta reglemente och i samverkansavtalet …`: the other
//!   document completes this one (`complemented_by`).
//! - **Not here but there**: `Detaljerna redovisas inte i detta dokument
//!   utan framgår av gällande arbetsordning …`: what this document leaves
//!   out is in the other (`complemented_by`).
//! - **Together with**: `Dessa riktlinjer ska tillsammans med checklistor …
//!   ge …`, `Strategin är ett styrande dokument som tillsammans med
//!   kommunens policyer … anger …`, `Policyn ska läsas tillsammans med …`:
//!   the direction from the two documents' places in the hierarchy (a
//!   document lower than this one completes it; one at its level or above
//!   is completed by it); no direction, no relation.
//!
//! Each form needs this document as the subject (or named in the clause)
//! and a target that speaks of a document (a kind word, `dokument`, an
//! agreement); anything else abstains.

use std::sync::LazyLock;

use regex::Regex;
use styrdok_core::DocumentKind;
use styrdok_core::text::fold;

use crate::collect::Src;
use crate::draft::{Relation, RelationKind, Target};
use crate::lexicon::OBJECT_ENDING_VERBS;
use crate::relation_forms::self_reference;
use crate::structure::Unit;

static APPLIES: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(r"(?i)\bgäller\s+(?:även\s+|också\s+)?(?:bestämmelserna\s+i\s+)?")
});
static AND_ALSO: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"(?i)^\s*,?\s*(?:och|samt)\s+(?:i\s+)?"));
static NOT_HERE: LazyLock<Regex> = LazyLock::new(|| crate::re::compile(r"(?i)\binte\s+i\s+"));
static BUT_THERE: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"(?i)^\s*,?\s*utan\s+(?:\p{Ll}+\s+){0,2}?(?:i|av)\s+"));
static TOGETHER: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"(?i)\btillsammans\s+med\s+"));

/// The text of `s` from `at` to the sentence's end, without its final
/// punctuation.
fn rest_of(s: &str, at: usize) -> &str {
    crate::re::part(s, at..)
        .trim()
        .trim_end_matches(['.', ';', ':', ','])
}

/// Reads every companion relation; returns them with their sources.
pub(crate) fn scan(
    units: &[Unit],
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) -> Vec<(Relation, Src)> {
    crate::relation_links::each_sentence(units, 0.7, |s| {
        applying_together(s, kind, title)
            .map(|o| (RelationKind::ComplementedBy, o))
            .or_else(|| {
                not_here_but_there(s, kind, title).map(|o| (RelationKind::ComplementedBy, o))
            })
            .or_else(|| together_with(s, kind, title))
            .and_then(|(k, object)| companion_target(object).map(|t| (k, t)))
            .into_iter()
            .collect()
    })
}

/// `gäller (bestämmelserna i) detta reglemente och (i) X`: X.
fn applying_together<'a>(
    s: &'a str,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) -> Option<&'a str> {
    APPLIES.find_iter(s).find_map(|m| {
        let rest = crate::re::part(s, m.end()..);
        let l = self_reference(rest, kind, title)?;
        let after = crate::re::part(rest.trim_start(), l..);
        let and = AND_ALSO.find(after)?;
        Some(rest_of(after, and.end()))
    })
}

/// `… inte i detta dokument utan (framgår) av X`: X.
fn not_here_but_there<'a>(
    s: &'a str,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) -> Option<&'a str> {
    NOT_HERE.find_iter(s).find_map(|m| {
        let rest = crate::re::part(s, m.end()..);
        let l = self_reference(rest, kind, title)?;
        let after = crate::re::part(rest.trim_start(), l..);
        let but = BUT_THERE.find(after)?;
        Some(rest_of(after, but.end()))
    })
}

/// `<this document> … tillsammans med X <verb> …`, `… läsas tillsammans med
/// X`: the relation's kind from the hierarchy, and X.
fn together_with<'a>(
    s: &'a str,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) -> Option<(RelationKind, &'a str)> {
    let m = TOGETHER.find(s)?;
    let before = crate::re::part(s, ..m.start());
    // This document is the subject: it opens the sentence (or a capitalised
    // word in a line the extraction ran together: `Antagna av … Dessa
    // riktlinjer ska …`), and at most eight words (`är ett styrande
    // dokument som`, `ska läsas`) stand between it and `tillsammans med`.
    let subject = before
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - before.as_ptr() as usize, w))
        .filter(|&(at, w)| at == 0 || w.starts_with(char::is_uppercase))
        .any(|(at, _)| {
            let from = crate::re::part(before, at..);
            self_reference(from, kind, title).is_some_and(|l| {
                let between = crate::re::part(from.trim_start(), l..);
                between.split_whitespace().count() <= 8 && !between.contains(',')
            })
        });
    if !subject {
        return None;
    }
    let rest = rest_of(s, m.end());
    let object = match rest
        .split_whitespace()
        .skip(1)
        .find(|w| OBJECT_ENDING_VERBS.contains(&fold(w).as_str()))
        .and_then(|w| rest.find(&format!(" {w}")))
    {
        Some(i) => crate::re::part(rest, ..i),
        None => rest,
    };
    let own = level(kind?)?;
    let other = object_level(object)?;
    let rel = if other > own {
        RelationKind::ComplementedBy
    } else {
        RelationKind::Complements
    };
    Some((rel, object.trim_end_matches(',')))
}

/// A document's place in the hierarchy (vision first); `None` for a kind
/// outside the built-in ones.
pub(crate) fn level(kind: &DocumentKind) -> Option<usize> {
    DocumentKind::builtin().position(|k| k == *kind)
}

/// The place of the first document named in `object`: a kind word, or a
/// supporting document (`checklistor`, `manualer`) below every kind.
pub(crate) fn object_level(object: &str) -> Option<usize> {
    object
        .split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find_map(|w| {
            if let Some(k) = DocumentKind::recognize_compound(w) {
                return level(&k);
            }
            let f = fold(w);
            crate::lexicon::SUPPORT_DOCUMENTS
                .iter()
                .any(|d| f.starts_with(d))
                .then(|| DocumentKind::builtin().count())
        })
}

/// Whether the object speaks of a document: a kind word, `dokument`, an
/// agreement or a supporting document.
fn names_documents(object: &str) -> bool {
    object.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/');
        let f = fold(w);
        DocumentKind::recognize_compound(w).is_some()
            || f.contains("dokument")
            || crate::lexicon::AGREEMENT_WORDS
                .iter()
                .any(|a| f.contains(a))
            || crate::lexicon::SUPPORT_DOCUMENTS
                .iter()
                .any(|d| f.split('/').any(|p| p.starts_with(d)))
    })
}

/// The cited document: its title when the citation names one (a kind word
/// heading it, or capitalised), else the words as a description.
fn companion_target(object: &str) -> Option<Target> {
    let object = object.trim();
    if object.is_empty() || object.split_whitespace().count() > 25 || !names_documents(object) {
        return None;
    }
    let mut t = crate::relations::parse_citation(object)?;
    // "samverkansavtalet för nämnden": a lower-case name whose head is no
    // kind of document describes the document.
    if let Some(ti) = t.title.take() {
        let head = ti.split_whitespace().next().unwrap_or("");
        if head.starts_with(char::is_lowercase) && DocumentKind::recognize_compound(head).is_none()
        {
            t.description = Some(ti);
        } else {
            t.title = Some(ti);
        }
    }
    Some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::relations::{described, relations_of as read};

    #[test]
    fn documents_applying_together() {
        let t = "Reglemente för parknämnden\n\nUtöver vad som följer av lag gäller detta reglemente och ett avtal mellan kommunerna om parknämnden.\n";
        assert_eq!(
            read(t),
            [described(
                RelationKind::ComplementedBy,
                "ett avtal mellan kommunerna om parknämnden"
            )]
        );
        let t = "Reglemente för parknämnden\n\nUtöver kommunallagen gäller bestämmelserna i detta reglemente och i samverkansavtalet för parknämnden.\n";
        assert_eq!(
            read(t),
            [described(
                RelationKind::ComplementedBy,
                "samverkansavtalet för parknämnden"
            )]
        );
        // Another document applying with a law, or this one with people:
        // nothing.
        for t in [
            "Reglemente för parknämnden\n\nFör nämnden gäller kommunallagen och förvaltningslagen.\n",
            "Reglemente för parknämnden\n\nFör ledamöterna gäller detta reglemente och gott omdöme.\n",
        ] {
            assert!(read(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn left_out_here_and_found_there() {
        let t = "Policy för parker\n\nDetaljerna redovisas inte i denna policy utan framgår av gällande riktlinjer för lekplatser.\n";
        assert_eq!(
            read(t),
            [described(
                RelationKind::ComplementedBy,
                "gällande riktlinjer för lekplatser"
            )]
        );
        let t = "Policy för parker\n\nDetaljerna redovisas inte i denna policy utan på webben.\n";
        assert!(read(t).is_empty());
    }

    #[test]
    fn together_with_by_the_hierarchy() {
        let t = "Riktlinjer för parker\n\nDessa riktlinjer ska tillsammans med checklistor för skötsel ge stöd i arbetet.\n";
        assert_eq!(
            read(t),
            [described(
                RelationKind::ComplementedBy,
                "checklistor för skötsel"
            )]
        );
        let t = "Strategi för parker\n\nStrategin är ett styrande dokument som tillsammans med kommunens policyer för grönska anger inriktningen.\n";
        assert_eq!(
            read(t),
            [described(
                RelationKind::Complements,
                "kommunens policyer för grönska"
            )]
        );
        let t =
            "Policy för parker\n\nPolicyn ska läsas tillsammans med Riktlinjer för lekplatser.\n";
        assert_eq!(
            read(t),
            [(
                RelationKind::ComplementedBy,
                Some("Riktlinjer för lekplatser".into()),
                None
            )]
        );
        // Not this document's sentence, or no document with it.
        for t in [
            "Policy för parker\n\nNämnden ska tillsammans med förvaltningen ta fram riktlinjer.\n",
            "Policy för parker\n\nPolicyn ska tillsammans med medarbetarna ge stöd.\n",
        ] {
            assert!(read(t).is_empty(), "{t}");
        }
    }
}
