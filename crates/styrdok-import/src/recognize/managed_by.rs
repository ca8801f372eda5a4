//! `Dokumentet förvaltas av kommunstyrelsen`: the owner, with this
//! document as subject ([`lexicon::MANAGED_FORMS`]).

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
/// The managed-by recognizer.
pub(crate) struct ManagedBy;

impl Recognizer for ManagedBy {
    fn scan(&self, ctx: &Context<'_>, unit: &Unit, fields: &mut Fields) {
        for (s, span) in sentences_of(unit) {
            managed(s, span, fields, ctx);
        }
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
}
