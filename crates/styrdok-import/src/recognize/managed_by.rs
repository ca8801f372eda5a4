//! `Dokumentet förvaltas av kommunstyrelsen`: the owner, with this
//! document as subject ([`lexicon::MANAGED_FORMS`]). Also the body that
//! answers for keeping this document up to date (`Kansliavdelningen
//! ansvarar för att riktlinjerna hålls uppdaterade`, `Kommunstyrelsen är
//! ansvarig nämnd för att hålla dokumentet uppdaterat`): who keeps a
//! document current is its owner.

use std::sync::LazyLock;

use regex::Regex;

use crate::collect::{Fields, Src};
use crate::draft::BodyRef;
use crate::lexicon;
use crate::recognize::{Context, Recognizer, sentences_of};
use crate::recognize::{body_at, subject_ok};
use crate::structure::Unit;

static MANAGED: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(&format!(
        r"(?i)\b{}\s+av\s+",
        lexicon::alternation(lexicon::MANAGED_FORMS)
    ))
});
/// `X ansvarar för att <this document> hålls uppdaterad`, `X är ansvarig
/// (nämnd) för att hålla <this document> aktuellt`: the subject, the object
/// (group `held` or `kept`).
static KEPT_UP: LazyLock<Regex> = LazyLock::new(|| {
    let state = lexicon::alternation(lexicon::KEPT_CURRENT);
    crate::re::compile(&format!(
        r"(?i)^(?P<who>.+?)\s+(?:ansvarar|är\s+ansvarig(?:\s+\p{{L}}+)?)\s+för\s+att\s+(?:hålla\s+(?P<held>.+?)\s+{state}|(?P<kept>.+?)\s+hålls\s+{state})\s*\.?$"
    ))
});

/// The managed-by recognizer.
pub(crate) struct ManagedBy;

impl Recognizer for ManagedBy {
    fn scan(&self, ctx: &Context<'_>, unit: &Unit, fields: &mut Fields) {
        for (s, span) in sentences_of(unit) {
            managed(s, span, fields, ctx);
            kept_up(s, span, fields, ctx);
        }
    }
}

/// The body that keeps this document up to date ([`KEPT_UP`]): the whole
/// subject a body's name, the whole object this document.
fn kept_up(s: &str, span: (usize, usize), fields: &mut Fields, ctx: &Context<'_>) {
    let Some(c) = KEPT_UP.captures(s.trim()) else {
        return;
    };
    let (Some(who), Some(object)) = (c.name("who"), c.name("held").or(c.name("kept"))) else {
        return;
    };
    let object = object.as_str().trim();
    if crate::structure::self_ref_len(object, ctx.kind, ctx.title) != Some(object.len()) {
        return;
    }
    let who = who.as_str().trim();
    if let Some((name, end)) = body_at(who)
        && end >= who.trim_end_matches(['.', ',']).len()
    {
        fields
            .owner
            .push(BodyRef::new(&name), Src::new(span, 0.7, "kept-up-by"));
    }
}

fn managed(s: &str, span: (usize, usize), fields: &mut Fields, ctx: &Context<'_>) {
    let (kind, title) = (ctx.kind, ctx.title);
    for m in MANAGED.captures_iter(s) {
        let Some(all) = m.get(0) else { continue };
        let (Some(before), Some(rest)) = (s.get(..all.start()), s.get(all.end()..)) else {
            continue;
        };
        if !subject_ok(before, kind, title, false) {
            continue;
        }
        if let Some((name, _)) = body_at(rest) {
            fields
                .owner
                .push(BodyRef::new(&name), Src::new(span, 0.7, "managed-by"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::run_one;

    #[test]
    fn the_document_is_managed_by() {
        let f = run_one(
            &ManagedBy,
            "Dokumentet förvaltas av kommunstyrelsen.\n",
            None,
        );
        assert_eq!(f.owner.best_src().unwrap().0.name, "kommunstyrelsen");
        let f = run_one(&ManagedBy, "Systemet förvaltas av IT-enheten.\n", None);
        assert!(f.owner.best_src().is_none());
    }

    #[test]
    fn the_body_that_keeps_the_document_up_to_date() {
        // Stop 64, from the spent Härjedalen `blind90/` and Bromölla
        // `blind121/`.
        for (text, who) in [
            (
                "Riktlinjer för ärenden\n\nKansliavdelningen ansvarar för att riktlinjerna hålls uppdaterade.\n",
                "Kansliavdelningen",
            ),
            (
                "Regler för tomtkö\n\nKommunstyrelsen är ansvarig nämnd för att hålla dokumentet uppdaterat.\n",
                "Kommunstyrelsen",
            ),
        ] {
            assert_eq!(
                crate::import(text).owner.map(|o| o.name).as_deref(),
                Some(who),
                "{text}"
            );
        }
        // Another thing kept up to date, or a subject that is no body.
        for text in [
            "Riktlinjer för ärenden\n\nKansliavdelningen ansvarar för att hemsidan hålls uppdaterad.\n",
            "Riktlinjer för ärenden\n\nVar och en ansvarar för att riktlinjerna hålls uppdaterade.\n",
        ] {
            assert!(crate::import(text).owner.is_none(), "{text}");
        }
    }
}
