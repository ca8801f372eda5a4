//! [`ImportDraft`] → [`styrdok_model::Document`].
//!
//! What the text does not say stays unknown. Stated facts keep the default
//! (stated) provenance. Ids the draft cannot know are not invented:
//! `adopted_by` and `owner` (party ids of the organisation) stay `None` with
//! the name in `adopted_by_as_written` / `owner_as_written` and the body
//! kind in `adopter_kind`; relation targets (stub document ids) stay `None`
//! with the citation in `as_written` and `description`, to be resolved to
//! stubs by whoever builds the register. A duty's `holder` and `activity`
//! are slugs of the text, marked `derived` (rule
//! `import-holder-and-activity-slugs`). A document whose kind the text does
//! not state gets kind `other` and a note saying so.
//!
//! [`ImportDraft::into_imported_document`] is the same document with every
//! field that has a provenance slot in the model marked `imported`, with the
//! recognizer rule and confidence the draft recorded for it: the draft and
//! the register's document carry the same facts, and the register keeps
//! what a person has not yet confirmed.

use styrdok_core::text::slugify;
use styrdok_core::{DateValue, Dnr, DocumentId, DocumentKind, OrgId, Provenance};
use styrdok_model::{Document, LawBasis, Stage};

use crate::draft::{ImportDraft, PrintStage, Target};

/// The citation as one string: `title [dnr] (date)`.
fn citation(t: &Target) -> String {
    let mut parts = Vec::new();
    if let Some(k) = &t.kind
        && t.title.is_some()
    {
        parts.push(k.id().to_owned());
    }
    parts.extend(t.title.clone());
    parts.extend(t.description.clone());
    parts.extend(t.dnr.as_ref().map(|d| format!("[{d}]")));
    parts.extend(t.date.map(|d| format!("({d})")));
    if !t.candidates.is_empty() {
        let c: Vec<String> = t.candidates.iter().map(citation).collect();
        parts.push(c.join("; "));
    }
    parts.join(" ")
}

impl ImportDraft {
    /// The draft as a model [`Document`] of `organisation` with id `id`.
    pub fn into_document(&self, id: DocumentId, organisation: OrgId) -> Document {
        let kind = self.kind.clone().unwrap_or(DocumentKind::Other);
        let mut d = Document::new(id.clone(), kind);
        if self.kind.is_none() {
            d.notes
                .push("kind unknown: the imported text does not state it".into());
        }
        d.organisation = Some(organisation);
        d.title = self.title.clone();
        d.kind_as_written = self.kind_as_written.clone();
        d.print_stage = self.print_stage.map(|s| match s {
            PrintStage::Proposal => Stage::Proposed,
            _ => Stage::Draft,
        });
        if let Some(b) = &self.adopted_by {
            d.adopted_by_as_written = Some(b.name.clone());
            d.adopter_kind = b.kind;
        }
        if let Some(date) = self.decision_date {
            d.decision_date = DateValue::Known(date);
        }
        d.decision_paragraph = self.decision_paragraph.clone();
        d.dnr = self
            .dnr
            .iter()
            .filter_map(|s| s.parse::<Dnr>().ok())
            .collect();
        if let Some(v) = &self.validity {
            use styrdok_model::ValidityKind as K;
            let k = if v.until_further_notice {
                K::UntilFurtherNotice
            } else if v.mandate_period {
                K::MandatePeriod
            } else if v.from.is_some() {
                K::Period
            } else {
                K::UntilDate
            };
            let mut mv = styrdok_model::Validity::new(k);
            mv.from = v.from.map(DateValue::Known).unwrap_or_default();
            mv.until = v.until.map(DateValue::Known).unwrap_or_default();
            mv.as_written = Some(v.as_written.clone());
            d.validity = Some(mv);
        }
        if let Some(r) = &self.review {
            let mut review = styrdok_model::Review::new();
            review.as_written = Some(r.as_written.clone());
            review.due = r.date.map(DateValue::Known).unwrap_or_default();
            d.review = Some(review);
        }
        if let Some(o) = &self.owner {
            d.owner_as_written = Some(o.name.clone());
        }
        d.required_by_law = self.required_by_law.map(|b| LawBasis {
            required: b,
            law: None,
            as_written: self
                .metadata_as_written
                .iter()
                .find(|(k, _)| k.to_lowercase().contains("lag"))
                .map(|(_, v)| v.clone()),
        });
        if let Some(u) = self.last_updated {
            d.last_updated = DateValue::Known(u);
        }
        d.follow_up = self
            .metadata_as_written
            .iter()
            .find(|(k, _)| k.to_lowercase().starts_with("uppföljning"))
            .map(|(_, v)| v.clone());
        d.metadata_as_written = self.metadata_as_written.clone();
        for s in &self.sections {
            let mut ms = styrdok_model::Section::new(s.id.clone(), Some(s.heading.clone()));
            if let Some(n) = &s.number
                && let Some((parent, _)) = n.rsplit_once('.')
                && self
                    .sections
                    .iter()
                    .any(|x| x.number.as_deref() == Some(parent))
            {
                ms.parent = Some(parent.to_owned());
            }
            d.sections.push(ms);
        }
        for r in &self.relations {
            let mut mr = styrdok_model::Relation::to(r.kind, id.clone());
            mr.target = None;
            mr.announced = r.announced;
            mr.sections = r.target.sections.clone();
            mr.quantifier = r.target.quantifier;
            mr.description = r.target.description.clone();
            mr.as_written = Some(citation(&r.target));
            mr.stated_in = r.section.clone();
            d.relations.push(mr);
        }
        let mut per_section: std::collections::BTreeMap<String, u32> = Default::default();
        for st in &self.statements {
            // The statement id's section part: the section's id when it is a
            // number or a slug, else its slug, `dokument` outside sections.
            let section = st
                .section
                .as_deref()
                .map(|s| {
                    if s.split('.')
                        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
                    {
                        s.to_owned()
                    } else {
                        slugify(s)
                    }
                })
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "dokument".into());
            let n = per_section.entry(section.clone()).or_insert(0);
            *n += 1;
            let Ok(sid) = styrdok_core::StatementId::from_parts(id.clone(), &section, *n) else {
                continue;
            };
            let mut ms = styrdok_model::Statement::new(sid, st.text.clone(), st.statement_type);
            ms.modality = st.modality;
            ms.negated = st.negated;
            ms.modality_as_written = st.modality_as_written.clone();
            ms.lead_in = st.lead_in.clone();
            ms.subject_as_written = st.subject_as_written.clone();
            d.statements.push(ms);
        }
        d.scope = self.scope.clone();
        for (i, x) in self.duties.iter().enumerate() {
            // A body name without a letter or digit names no party.
            let Ok(holder) = styrdok_core::PartyId::new(slugify(&x.body.name)) else {
                continue;
            };
            let activity: String = slugify(&x.text).chars().take(60).collect();
            let activity = activity.trim_end_matches('-').to_owned();
            let mut md =
                styrdok_org::Duty::new(format!("duty-{}", i + 1), holder, activity, x.text.clone());
            md.holder_as_written = Some(x.body.name.clone());
            md.lead_in = Some(x.phrase.clone());
            md.section = x.section.clone();
            md.provenance = Provenance::derived("import-holder-and-activity-slugs");
            d.duties.push(md);
        }
        d
    }
}

impl ImportDraft {
    /// The imported provenance of the field at `pointer` (`/title`,
    /// `/relations/0`): its rule and confidence; `None` when the draft
    /// recorded none.
    pub fn imported_provenance(&self, pointer: &str) -> Option<Provenance> {
        self.provenance
            .get(pointer)
            .map(|p| Provenance::imported(p.rule.clone(), p.confidence))
    }

    /// [`ImportDraft::into_document`], with the title, adopter, decision
    /// date, validity, relations and duties marked `imported` (rule and
    /// confidence from the draft's provenance).
    pub fn into_imported_document(&self, id: DocumentId, organisation: OrgId) -> Document {
        let mut d = self.into_document(id, organisation);
        if d.title.is_some()
            && let Some(p) = self.imported_provenance("/title")
        {
            d.title_provenance = p;
        }
        if d.adopted_by_as_written.is_some()
            && let Some(p) = self.imported_provenance("/adopted_by")
        {
            d.adopted_by_provenance = p;
        }
        if !d.decision_date.is_unknown()
            && let Some(p) = self.imported_provenance("/decision_date")
        {
            d.decision_date_provenance = p;
        }
        if let Some(v) = &mut d.validity
            && let Some(p) = self.imported_provenance("/validity")
        {
            v.provenance = p;
        }
        for (i, r) in d.relations.iter_mut().enumerate() {
            if let Some(p) = self.imported_provenance(&format!("/relations/{i}")) {
                r.provenance = p;
            }
        }
        for (i, x) in d.duties.iter_mut().enumerate() {
            if let Some(p) = self.imported_provenance(&format!("/duties/{i}")) {
                x.provenance = p;
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn unknown_stays_unknown_and_stated_facts_survive() {
        let draft = crate::import(
            "Dokumenttyp Giltighetstid Beslutande organ Beslutsdatum\n\nPolicy Tills vidare Kommunfullmäktige 2018-05-28\n\nKommunstyrelsen ansvarar för att:\n• samordna arbetet\n\nPolicyn ersätter ”IT-policy” (2010-01-01).\n",
        );
        let doc = draft.into_document("solna/policy".parse().unwrap(), "solna".parse().unwrap());
        assert_eq!(doc.kind, DocumentKind::Policy);
        assert_eq!(doc.adopted_by, None, "no party id is invented");
        assert_eq!(
            doc.adopted_by_as_written.as_deref(),
            Some("Kommunfullmäktige")
        );
        assert_eq!(doc.adopter_kind, Some(styrdok_core::BodyKind::Fullmaktige));
        assert!(doc.adopted_by_provenance.is_stated());
        assert_eq!(doc.decision_date.to_string(), "2018-05-28");
        assert!(doc.decision_date_provenance.is_stated());
        assert_eq!(doc.title, None);
        assert!(doc.dnr.is_empty());
        assert!(doc.entry_into_force.is_none(), "not stated, so not set");
        assert_eq!(
            doc.validity.as_ref().map(|v| v.kind),
            Some(styrdok_model::ValidityKind::UntilFurtherNotice)
        );
        assert_eq!(doc.duties.len(), 1);
        assert_eq!(
            doc.duties[0].holder_as_written.as_deref(),
            Some("Kommunstyrelsen")
        );
        assert_eq!(doc.relations.len(), 1);
        assert_eq!(doc.relations[0].target, None, "no stub id is invented");
        assert_eq!(
            doc.relations[0].as_written.as_deref(),
            Some("IT-policy (2010-01-01)")
        );
        let imported =
            draft.into_imported_document("solna/policy".parse().unwrap(), "solna".parse().unwrap());
        assert!(imported.adopted_by_provenance.is_imported());
        assert_eq!(
            imported.adopted_by_provenance,
            draft.imported_provenance("/adopted_by").unwrap()
        );
        assert!(imported.relations[0].provenance.confidence().is_some());
        assert!(imported.duties[0].provenance.is_imported());
        assert_eq!(imported.kind, doc.kind);
        let empty = crate::import("").into_document("x/y".parse().unwrap(), "x".parse().unwrap());
        assert_eq!(empty.kind, DocumentKind::Other);
        assert_eq!(empty.decision_date, DateValue::Unknown);
        assert!(empty.adopted_by_as_written.is_none());
        // The model accepts it: it serializes and reads back.
        let json = serde_json::to_string(&doc).unwrap();
        let back: Document = serde_json::from_str(&json).unwrap();
        assert_eq!(back, doc);
    }
}
