//! What `styrdok import --into` could not settle, reported from what each
//! imported document records (SD7xx, `docs/pipeline.md`): facts no person
//! has confirmed, facts below the confidence threshold, no adopter named,
//! relations left ambiguous or pointing at stubs, parties import created.
//! None is an error: an honest unknown is not invalid.

use styrdok_core::{Confidence, Diagnostic, Provenance};
use styrdok_model::Document;
use styrdok_org::Organisation;

use crate::codes;
use crate::index::RegisterIndex;

/// Rules of the parties import creates (`styrdok_pipeline::parties`).
const CREATED_RULES: [&str; 3] = [
    "import-created-body",
    "import-created-role",
    "import-created-group",
];

/// Whether import wrote the document: its stage carries an import record.
pub(crate) fn is_imported(d: &Document) -> bool {
    matches!(
        &d.stage_provenance,
        Provenance::Imported { input: Some(_), .. }
    )
}

/// The imported facts of a document: (pointer below the document, provenance).
fn imported_facts(d: &Document) -> Vec<(String, &Provenance)> {
    let mut out: Vec<(String, &Provenance)> = vec![
        ("/title".into(), &d.title_provenance),
        ("/adopted_by".into(), &d.adopted_by_provenance),
        ("/decision_date".into(), &d.decision_date_provenance),
    ];
    if let Some(v) = &d.validity {
        out.push(("/validity".into(), &v.provenance));
    }
    for (j, r) in d.relations.iter().enumerate() {
        out.push((format!("/relations/{j}"), &r.provenance));
    }
    for (j, x) in d.duties.iter().enumerate() {
        out.push((format!("/duties/{j}"), &x.provenance));
    }
    out.retain(|(_, p)| p.is_imported());
    out
}

/// Whether `id` is a party import created in `org`.
fn created_by_import(org: &Organisation, id: &str) -> bool {
    let derived = |p: &Provenance| matches!(p, Provenance::Derived { rule } if CREATED_RULES.contains(&rule.as_str()));
    org.bodies
        .iter()
        .any(|b| b.id.as_str() == id && derived(&b.provenance))
        || org
            .roles
            .iter()
            .any(|r| r.id.as_str() == id && derived(&r.provenance))
        || org
            .groups
            .iter()
            .any(|g| g.id.as_str() == id && derived(&g.provenance))
}

/// The SD7xx diagnostics of document `i`.
pub(crate) fn check(ix: &RegisterIndex<'_>, d: &Document, i: usize, out: &mut Vec<Diagnostic>) {
    if !is_imported(d) {
        return;
    }
    let at = |p: &str| format!("/documents/{i}{p}");
    let facts = imported_facts(d);
    if !facts.is_empty() {
        out.push(
            Diagnostic::info(
                codes::IMPORTED_UNCONFIRMED,
                format!(
                    "{}: {} fact(s) read by import are not confirmed by a person yet",
                    d.id,
                    facts.len()
                ),
            )
            .at(at(""))
            .about(&d.id),
        );
    }
    for (p, prov) in &facts {
        if let Provenance::Imported {
            rule, confidence, ..
        } = prov
            && confidence.is_low()
        {
            out.push(
                Diagnostic::warning(
                    codes::IMPORTED_LOW_CONFIDENCE,
                    format!(
                        "{}: {} was read with confidence {} (rule {rule}), below {}: check it against the text",
                        d.id,
                        p.trim_start_matches('/'),
                        confidence.value(),
                        Confidence::LOW.value()
                    ),
                )
                .at(at(p))
                .about(&d.id),
            );
        }
    }
    if d.adopted_by_as_written.is_none() {
        out.push(
            Diagnostic::info(
                codes::IMPORTED_ADOPTER_NOT_NAMED,
                format!("{}: the imported text does not name who adopted it", d.id),
            )
            .at(at(""))
            .about(&d.id),
        );
    }
    for (j, r) in d.relations.iter().enumerate() {
        if !r.provenance.is_imported() {
            continue;
        }
        let written = r.as_written.as_deref().unwrap_or("");
        if r.target.is_none() && r.candidates.len() > 1 {
            let ids: Vec<&str> = r.candidates.iter().map(|c| c.as_str()).collect();
            out.push(
                Diagnostic::warning(
                    codes::IMPORTED_RELATION_AMBIGUOUS,
                    format!(
                        "{}: \"{written}\" fits {} documents ({}): pick the one meant",
                        d.id,
                        ids.len(),
                        ids.join(", ")
                    ),
                )
                .at(at(&format!("/relations/{j}")))
                .about(&d.id),
            );
        }
        if let Some(t) = &r.target
            && ix.document(t.as_str()).is_some_and(Document::is_stub)
        {
            out.push(
                Diagnostic::info(
                    codes::IMPORTED_RELATION_TO_STUB,
                    format!(
                        "{}: \"{written}\" is not in the register; the relation points at the stub {t}",
                        d.id
                    ),
                )
                .at(at(&format!("/relations/{j}/target")))
                .about(&d.id),
            );
        }
    }
    let Some(org) = ix.organisation(d.org().as_str()) else {
        return;
    };
    let mut parties: Vec<(String, &str)> = Vec::new();
    if let Some(a) = &d.adopted_by {
        parties.push(("/adopted_by".into(), a));
    }
    for (j, x) in d.duties.iter().enumerate() {
        parties.push((format!("/duties/{j}/holder"), &x.holder));
    }
    for (p, id) in parties {
        if created_by_import(org, id) {
            out.push(
                Diagnostic::info(
                    codes::IMPORTED_PARTY_CREATED,
                    format!(
                        "{}: {id} was not in the register; import created it from the text",
                        d.id
                    ),
                )
                .at(at(&p))
                .about(&d.id),
            );
        }
    }
}
