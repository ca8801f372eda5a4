//! Relation targets → documents of the register (or of the same run), or
//! stubs holding what the citation states.
//!
//! A citation identifies a document exactly when the document is of the
//! same organisation, is not a stub, and either has the same diarienummer
//! (compared by [`styrdok_core::Dnr::key`]) or the same normalised title
//! (its slug) and kind — the citation's kind word, else the kind its title
//! names — and, when the citation gives a date, that decision date. One
//! document → the target, with the basis in the relation's rule
//! (`+target-same-dnr`, `+target-same-title-kind`,
//! `+target-same-title-kind-date`); several → candidates (quantifier
//! `one`, rule `+target-ambiguous`); none → a stub (`+target-stub`).
//! Never on a similar title, never across organisations.

use std::collections::BTreeSet;

use styrdok_core::text::slugify;
use styrdok_core::{DateValue, Dnr, DocumentId, DocumentKind, OrgId, Provenance};
use styrdok_import::Target;
use styrdok_model::{Citation, Document, Quantifier};
use styrdok_register::Register;

use crate::ids;

/// How a citation was resolved.
pub(crate) enum Resolution {
    /// One document fits; the basis.
    One(DocumentId, &'static str),
    /// Several fit.
    Several(Vec<DocumentId>),
    /// None fits: a stub was created.
    Stub(DocumentId),
    /// Nothing to resolve (a description only).
    Nothing,
}

/// The kind a citation gives: its kind word, else the first title word
/// that names a kind.
fn citation_kind(t: &Target) -> Option<DocumentKind> {
    t.kind.clone().or_else(|| {
        t.title
            .as_deref()?
            .split_whitespace()
            .find_map(DocumentKind::recognize_compound)
    })
}

/// The documents `t` identifies exactly, and how.
fn matches<'r>(
    reg: &'r Register,
    org: &OrgId,
    citing: &DocumentId,
    t: &Target,
) -> Vec<(&'r DocumentId, &'static str)> {
    let dnr = t
        .dnr
        .as_deref()
        .and_then(|d| d.parse::<Dnr>().ok())
        .map(|d| d.key());
    let title = t.title.as_deref().map(slugify).filter(|s| !s.is_empty());
    let kind = citation_kind(t);
    let mut out = Vec::new();
    for d in &reg.documents {
        if d.is_stub() || &d.id == citing || &d.org() != org {
            continue;
        }
        if let Some(k) = &dnr
            && d.dnr.iter().any(|x| &x.key() == k)
        {
            out.push((&d.id, "same-dnr"));
            continue;
        }
        let same_title = title.is_some() && d.title.as_deref().map(slugify) == title;
        let same_kind = kind.as_ref() == Some(&d.kind);
        if same_title && same_kind {
            match t.date {
                None => out.push((&d.id, "same-title-kind")),
                Some(date) if d.decision_date == DateValue::Known(date) => {
                    out.push((&d.id, "same-title-kind-date"))
                }
                Some(_) => {}
            }
        }
    }
    out
}

/// The citing side of a citation: the document, its organisation, where
/// and how it cites, and the relation's confidence.
pub(crate) struct Citing<'a> {
    pub(crate) org: &'a OrgId,
    pub(crate) id: &'a DocumentId,
    pub(crate) section: Option<&'a str>,
    pub(crate) as_written: &'a str,
    pub(crate) confidence: f64,
}

/// Resolves one citation `t` of `c`, creating a stub when nothing fits and
/// the citation names something (a title or a diarienummer). `taken` holds
/// every document id (new stubs are added).
pub(crate) fn resolve(
    reg: &mut Register,
    c: &Citing<'_>,
    t: &Target,
    taken: &mut BTreeSet<String>,
) -> Resolution {
    let (org, citing) = (c.org, c.id);
    let found = matches(reg, org, citing, t);
    match found.as_slice() {
        [(id, basis)] => return Resolution::One((*id).clone(), basis),
        [] => {}
        many => return Resolution::Several(many.iter().map(|(id, _)| (*id).clone()).collect()),
    }
    if t.title.is_none() && (t.dnr.is_none() || is_law(t)) {
        return Resolution::Nothing;
    }
    let kind = citation_kind(t);
    let slug = t
        .title
        .as_deref()
        .map(|x| ids::title_slug(x, kind.as_ref()))
        .or_else(|| t.dnr.as_deref().map(dnr_slug))
        .unwrap_or_default();
    let year = t.date.map(|d| d.year());
    let name = format!("cited-{}", ids::name(kind.as_ref(), &slug, year));
    let Some(id) = ids::allocate(org, &name, None, taken) else {
        return Resolution::Nothing;
    };
    taken.insert(id.to_string());
    let mut stub = Document::new(id.clone(), kind.unwrap_or(DocumentKind::Other));
    stub.organisation = Some(org.clone());
    stub.title = t.title.clone();
    if let Some(date) = t.date {
        stub.decision_date = DateValue::Known(date);
    }
    stub.dnr = t.dnr.iter().filter_map(|d| d.parse().ok()).collect();
    stub.citation = Some(Citation {
        cited_in: citing.clone(),
        section: c.section.map(str::to_owned),
        as_written: c.as_written.to_owned(),
        also_mentioned_as: Vec::new(),
    });
    stub.stage_provenance = Provenance::imported(STUB_RULE, c.confidence);
    reg.documents.push(stub);
    Resolution::Stub(id)
}

/// Whether the citation's number is a law's (`SFS 2018:218`): a law is a
/// source, not a styrdokument, so no stub document is made for it (the
/// relation keeps the citation as written).
fn is_law(t: &Target) -> bool {
    t.dnr.as_deref().is_some_and(|d| {
        let f = styrdok_core::text::fold(d.trim());
        f.starts_with("sfs") || f.starts_with("osl")
    })
}

/// The slug of a diarienummer without its label (`Dnr KS 2008/461` →
/// `ks-2008-461`).
fn dnr_slug(d: &str) -> String {
    let s = slugify(d);
    for label in ["diarienummer-", "dnr-"] {
        if let Some(rest) = s.strip_prefix(label) {
            return rest.to_owned();
        }
    }
    s
}

/// Rule on the stage of a stub import created.
pub const STUB_RULE: &str = "import-stub";

/// Whether `d` is a stub import created for `citing`.
pub(crate) fn is_import_stub_of(d: &Document, citing: &DocumentId) -> bool {
    d.citation.as_ref().is_some_and(|c| &c.cited_in == citing)
        && matches!(&d.stage_provenance, Provenance::Imported { rule, .. } if rule == STUB_RULE)
}

/// The quantifier of an ambiguous citation: exactly one of the candidates.
pub(crate) const AMBIGUOUS: Quantifier = Quantifier::One;
