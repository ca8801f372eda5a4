//! After every document of a run is in the register: each written
//! document's adopter and duty holders to parties (created when missing),
//! its owner to a party the organisation has (an owner line often names a
//! function and a department together, so none is created), its relation
//! targets to documents or stubs; then its import record is sealed.

use std::collections::BTreeSet;

use styrdok_core::{Confidence, DocumentId, OrgId, Provenance};
use styrdok_import::{BodyRef, ImportDraft};
use styrdok_register::Register;

use crate::report::{ImportReport, InputOutcome};
use crate::targets::{self, Resolution};
use crate::{parties, record};

/// Resolves the document `id` (imported from `draft`) in place.
pub(crate) fn document(
    reg: &mut Register,
    id: &DocumentId,
    draft: &ImportDraft,
    outcome: &mut InputOutcome,
    report: &mut ImportReport,
) {
    let Some(di) = reg.documents.iter().position(|d| &d.id == id) else {
        return;
    };
    let org_id = reg
        .documents
        .get(di)
        .map(|d| d.org())
        .unwrap_or_else(|| id.organisation());
    parties_of(reg, di, &org_id, draft, report);
    relations_of(reg, di, &org_id, draft, outcome, report);
    if let Some(d) = reg.documents.get_mut(di) {
        record::seal(d);
    }
}

fn parties_of(
    reg: &mut Register,
    di: usize,
    org_id: &OrgId,
    draft: &ImportDraft,
    report: &mut ImportReport,
) {
    let Some(org) = reg.organisations.iter_mut().find(|o| &o.id == org_id) else {
        return;
    };
    let Some(doc) = reg.documents.get_mut(di) else {
        return;
    };
    if let Some(who) = &draft.owner {
        doc.owner = org.resolve(&who.name).map(|r| r.id);
    }
    let mut party = |who: &BodyRef, must: bool| {
        let p = parties::resolve(org, who, must)?;
        if p.created {
            report.parties_created.push(p.id.to_string());
        }
        Some(p.id)
    };
    if let Some(who) = &draft.adopted_by {
        doc.adopted_by = party(who, false);
    }
    for (x, d) in doc.duties.iter_mut().zip(&draft.duties) {
        if let Some(id) = party(&d.body, true) {
            x.holder = id;
        }
    }
}

fn relations_of(
    reg: &mut Register,
    di: usize,
    org_id: &OrgId,
    draft: &ImportDraft,
    outcome: &mut InputOutcome,
    report: &mut ImportReport,
) {
    let Some(doc) = reg.documents.get(di) else {
        return;
    };
    let id = doc.id.clone();
    let stated: Vec<(Option<String>, String, Provenance)> = doc
        .relations
        .iter()
        .map(|r| {
            (
                r.stated_in.clone(),
                r.as_written.clone().unwrap_or_default(),
                r.provenance.clone(),
            )
        })
        .collect();
    let mut taken: BTreeSet<String> = reg.documents.iter().map(|d| d.id.to_string()).collect();
    for (i, (r, (section, as_written, prov))) in draft.relations.iter().zip(stated).enumerate() {
        let conf = prov.confidence().map(Confidence::value).unwrap_or(1.0);
        let citing = targets::Citing {
            org: org_id,
            id: &id,
            section: section.as_deref(),
            as_written: &as_written,
            confidence: conf,
        };
        let mut one = |t: &styrdok_import::Target| targets::resolve(reg, &citing, t, &mut taken);
        let (target, candidates, basis) = if r.target.candidates.is_empty() {
            match one(&r.target) {
                Resolution::One(t, b) => (Some(t), Vec::new(), b),
                Resolution::Several(c) => (None, c, "ambiguous"),
                Resolution::Stub(t) => (Some(t), Vec::new(), "stub"),
                Resolution::Nothing => (None, Vec::new(), "none"),
            }
        } else {
            let mut c = Vec::new();
            for t in &r.target.candidates {
                match one(t) {
                    Resolution::One(x, _) | Resolution::Stub(x) => c.push(x),
                    Resolution::Several(xs) => c.extend(xs),
                    Resolution::Nothing => {}
                }
            }
            (None, c, "candidates")
        };
        match basis {
            "same-dnr" | "same-title-kind" | "same-title-kind-date" => {
                report.references_resolved += 1
            }
            "stub" => {
                report.stubs_created += 1;
                report.references_unresolved += 1;
                outcome.unresolved.push(format!("{as_written} (stub)"));
            }
            other => {
                report.references_unresolved += 1;
                outcome.unresolved.push(format!("{as_written} ({other})"));
            }
        }
        let Some(rel) = reg
            .documents
            .get_mut(di)
            .and_then(|d| d.relations.get_mut(i))
        else {
            continue;
        };
        rel.target = target;
        if basis == "ambiguous" {
            rel.quantifier = Some(targets::AMBIGUOUS);
        }
        rel.candidates = candidates;
        // Nothing to point at (a law, a description): the citation stays
        // on the relation as its description, never lost.
        if basis == "none" && rel.description.is_none() && !as_written.is_empty() {
            rel.description = Some(as_written.clone());
        }
        if let Provenance::Imported { rule, .. } = &mut rel.provenance {
            rule.push_str(&format!("+target-{basis}"));
        }
    }
}
