//! "Which documents does this policy say must exist — and do they?": the
//! requirements documents state (`Document::requires`), one row per
//! requirement and, when it applies to each nämnd (or förvaltning) of a
//! group, one row per member; each matched against the register.
//!
//! A match is a document of the same organisation that is not the requiring
//! one, whose kind fits the requirement's kind (any kind when the
//! requirement names none), created (adopted or owned) by the body that is
//! to create it or one it delegated to, and whose title or scope shares a
//! word of the requirement's subject. A requirement's `fulfilled_by` is a
//! match by itself. Semantics in `docs/queries.md`.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::Serialize;
use styrdok_core::text::fold;
use styrdok_core::{DocumentId, DocumentKind, OrgId, StatementId, Tri};
use styrdok_model::{Document, Requirement, RequirementTarget};

use crate::Hierarchy;
use crate::Register;
use crate::query::in_force::GraphStatus;

/// Whether a requirement is met in the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Fulfilment {
    /// A matching document exists and is in force at the date (or, without
    /// a date, exists).
    Exists,
    /// A matching document exists but its in-force status at the date is
    /// not known.
    ExistsStatusUnknown,
    /// Matching documents exist, but none is in force at the date.
    ExistsNotInForce,
    /// No document of the register matches.
    Missing,
    /// A body or function: the register holds documents, not functions, so
    /// only a body whose name shares the subject can match; none does.
    NotInRegister,
}

impl Fulfilment {
    /// A plain English label.
    pub fn label(self) -> &'static str {
        match self {
            Fulfilment::Exists => "exists",
            Fulfilment::ExistsStatusUnknown => "exists, in force not known",
            Fulfilment::ExistsNotInForce => "exists but not in force",
            Fulfilment::Missing => "missing",
            Fulfilment::NotInRegister => "not in the register (a body or function)",
        }
    }
}

/// A document (or body) that may fulfil a requirement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct RequirementMatch {
    /// The document or body id.
    pub id: String,
    /// Its title or name.
    pub title: Option<String>,
    /// Why it matches.
    pub basis: Vec<String>,
    /// Its in-force status at the date (`None` without a date or for a body).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_force: Option<Tri>,
    /// Its status at the date in words ("in force", "superseded", …).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// One requirement (for one member when it applies to each).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct RequirementRow {
    /// The requiring document.
    pub document: DocumentId,
    /// Its title.
    pub document_title: Option<String>,
    /// Its organisation.
    pub organisation: OrgId,
    /// The section stating the requirement.
    pub section: Option<String>,
    /// The statement stating it, when one is found in that section.
    pub statement: Option<StatementId>,
    /// The sentence as written.
    pub sentence: Option<String>,
    /// What must exist, as written.
    pub what: String,
    /// A document, a body or a function.
    pub target: RequirementTarget,
    /// The document kind, when it is a document.
    pub kind: Option<DocumentKind>,
    /// Who must create it (party id), as the document says.
    pub by: Option<String>,
    /// Its name.
    pub by_name: Option<String>,
    /// The member of `by` this row is for, when the requirement applies to
    /// each member of a group ("varje nämnd", "varje förvaltning").
    pub for_member: Option<String>,
    /// Its name.
    pub for_member_name: Option<String>,
    /// "per …" as written.
    pub per: Option<String>,
    /// Whether the requiring document is in force at the date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requiring_in_force: Option<Tri>,
    /// The candidates, best first.
    pub matches: Vec<RequirementMatch>,
    /// The verdict.
    pub fulfilment: Fulfilment,
}

/// The requirements of the register (or of one organisation or document).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[non_exhaustive]
pub struct RequiresReport {
    /// The date asked about; without one statuses are not checked.
    pub at: Option<NaiveDate>,
    /// One row per requirement (and member).
    pub rows: Vec<RequirementRow>,
}

/// Words that carry no subject: kinds, function words, quantifiers.
const STOP: &[&str] = &[
    "for",
    "att",
    "och",
    "som",
    "med",
    "den",
    "det",
    "de",
    "av",
    "hur",
    "ska",
    "till",
    "i",
    "om",
    "pa",
    "en",
    "ett",
    "riktlinje",
    "riktlinjer",
    "policy",
    "plan",
    "strategi",
    "regler",
    "dokument",
    "beskrivning",
    "konkreta",
    "kommunens",
    "kommunen",
    "stadens",
    "gemensam",
    "gemensamma",
    "gemensamt",
    "del",
    "sig",
    "etablerat",
    "som",
    "hanteras",
    "hantering",
    "vid",
    "behov",
    "staden",
    "arlig",
    "trearig",
];

/// The subject words of a text: folded words of four letters or more that
/// are not in [`STOP`], split at hyphens too ("IT-system" gives "system"
/// and "it-system").
fn subject_words(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for w in fold(text).split(|c: char| !(c.is_alphanumeric() || c == '-')) {
        let w = w.trim_matches('-');
        if w.is_empty() {
            continue;
        }
        let parts: Vec<&str> = std::iter::once(w).chain(w.split('-')).collect();
        for p in parts {
            if p.chars().count() >= 4 && !STOP.contains(&p) {
                // A crude stem: drop common plural and definite endings.
                let stem = ["erna", "arna", "orna", "er", "ar", "en", "et", "na", "n"]
                    .iter()
                    .find_map(|e| p.strip_suffix(e).filter(|s| s.chars().count() >= 4))
                    .unwrap_or(p);
                out.insert(stem.to_owned());
            }
        }
    }
    out
}

/// The statement in `section` of `d` that states `what` (its words appear
/// in it), else the one sharing most subject words.
fn stating_statement<'d>(
    d: &'d Document,
    section: Option<&str>,
    what: &str,
) -> Option<&'d styrdok_model::Statement> {
    let clean: String = {
        // "[av]" and other bracketed additions are the register's, not the text's.
        let mut s = String::new();
        let mut depth = 0;
        for c in what.chars() {
            match c {
                '[' => depth += 1,
                ']' => depth -= 1,
                _ if depth == 0 => s.push(c),
                _ => {}
            }
        }
        fold(&s)
    };
    let head: String = clean
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    let in_section =
        |st: &&styrdok_model::Statement| section.is_none_or(|sec| st.id.section() == sec);
    if let Some(st) = d
        .statements
        .iter()
        .filter(in_section)
        .find(|st| fold(&st.text).contains(&head))
    {
        return Some(st);
    }
    let words = subject_words(what);
    d.statements
        .iter()
        .filter(in_section)
        .map(|st| (subject_words(&st.text).intersection(&words).count(), st))
        .filter(|(n, _)| *n > 0)
        .max_by_key(|(n, _)| *n)
        .map(|(_, st)| st)
}

/// The members a requirement applies to: each member body of a group
/// whose members are nämnder, styrelser or förvaltningar; else none (the
/// requirement is one row).
fn members(h: &Hierarchy<'_>, reg: &Register, by: &str) -> Vec<(String, String)> {
    let Some(org) = h.org_of(by) else {
        return Vec::new();
    };
    if org.group(by).is_none() {
        return Vec::new();
    }
    reg.organisations
        .iter()
        .flat_map(|o| o.bodies.iter())
        .filter(|b| h.in_group(b.id.as_str(), by))
        .map(|b| (b.id.to_string(), b.name.clone()))
        .collect()
}

/// Whether `creator` is `by` or someone `by` delegated to (directly or
/// further), or a member of the group `by`.
fn created_by(h: &Hierarchy<'_>, creator: &str, by: &str) -> Option<String> {
    if creator == by {
        return Some(format!("created by {}", h.name_of(by).unwrap_or(by)));
    }
    if h.org_of(by).is_some_and(|o| o.group(by).is_some()) && h.in_group(creator, by) {
        return Some(format!(
            "created by {}, one of {}",
            h.name_of(creator).unwrap_or(creator),
            h.name_of(by).unwrap_or(by)
        ));
    }
    let org = h.org_of(by)?;
    let mut seen: Vec<&str> = vec![by];
    let mut i = 0;
    while let Some(&from) = seen.get(i) {
        for d in org.delegations.iter().filter(|d| d.from == from) {
            if d.to == creator {
                return Some(format!(
                    "created by {}, to whom {} delegated",
                    h.name_of(creator).unwrap_or(creator),
                    h.name_of(by).unwrap_or(by)
                ));
            }
            if !seen.contains(&d.to.as_str()) {
                seen.push(&d.to);
            }
        }
        i += 1;
    }
    None
}

fn status_words(status: &GraphStatus, d: &Document, at: NaiveDate) -> (Tri, String) {
    match status.graph().status_at(&d.id, at) {
        Ok(s) => (s.in_force(), s.to_string()),
        Err(_) => (Tri::Unknown, "unknown".to_owned()),
    }
}

/// The requirements stated by the register's documents (of one
/// organisation and/or one document), each matched against the register;
/// with a date, the requiring document's and each match's status at it.
pub fn requirements(
    reg: &Register,
    org: Option<&OrgId>,
    doc: Option<&DocumentId>,
    at: Option<NaiveDate>,
) -> RequiresReport {
    let h = Hierarchy::new(reg);
    let status = GraphStatus::new(reg);
    let mut rows = Vec::new();
    for d in reg
        .documents
        .iter()
        .filter(|d| doc.is_none_or(|id| &d.id == id))
        .filter(|d| org.is_none_or(|o| &d.org() == o))
    {
        for req in &d.requires {
            let st = stating_statement(d, req.section.as_deref(), &req.what);
            let for_members = req
                .by
                .as_deref()
                .map(|by| members(&h, reg, by))
                .unwrap_or_default();
            let targets: Vec<Option<(String, String)>> = if for_members.is_empty() {
                vec![None]
            } else {
                for_members.into_iter().map(Some).collect()
            };
            for member in targets {
                let creator = member
                    .as_ref()
                    .map(|(id, _)| id.as_str())
                    .or(req.by.as_deref());
                let (matches, fulfilment) =
                    match_requirement(reg, &h, &status, d, req, creator, at);
                rows.push(RequirementRow {
                    document: d.id.clone(),
                    document_title: d.title.clone(),
                    organisation: d.org(),
                    section: req.section.clone(),
                    statement: st.map(|s| s.id.clone()),
                    sentence: st.map(|s| s.text.clone()),
                    what: req.what.clone(),
                    target: req.target,
                    kind: req.kind.clone(),
                    by: req.by.clone(),
                    by_name: req
                        .by
                        .as_deref()
                        .map(|b| h.name_of(b).unwrap_or(b).to_owned()),
                    for_member: member.as_ref().map(|m| m.0.clone()),
                    for_member_name: member.map(|m| m.1),
                    per: req.per.clone(),
                    requiring_in_force: at.map(|day| status_words(&status, d, day).0),
                    matches,
                    fulfilment,
                });
            }
        }
    }
    RequiresReport { at, rows }
}

fn match_requirement(
    reg: &Register,
    h: &Hierarchy<'_>,
    status: &GraphStatus,
    requiring: &Document,
    req: &Requirement,
    creator: Option<&str>,
    at: Option<NaiveDate>,
) -> (Vec<RequirementMatch>, Fulfilment) {
    let words = subject_words(&req.what);
    let org = requiring.org();
    if req.target != RequirementTarget::Document {
        // Bodies and functions: only a body whose name shares the subject.
        let found: Vec<RequirementMatch> = reg
            .organisations
            .iter()
            .filter(|o| o.id == org)
            .flat_map(|o| o.bodies.iter())
            .filter_map(|b| {
                let shared: Vec<String> = subject_words(&b.name)
                    .intersection(&words)
                    .cloned()
                    .collect();
                (!shared.is_empty()).then(|| RequirementMatch {
                    id: b.id.to_string(),
                    title: Some(b.name.clone()),
                    basis: vec![format!(
                        "a body whose name shares \"{}\"",
                        shared.join("\", \"")
                    )],
                    in_force: None,
                    status: None,
                })
            })
            .collect();
        let f = if found.is_empty() {
            Fulfilment::NotInRegister
        } else {
            Fulfilment::Exists
        };
        return (found, f);
    }
    let mut out: Vec<(usize, RequirementMatch, Tri)> = Vec::new();
    for d in reg
        .documents
        .iter()
        .filter(|d| d.org() == org && d.id != requiring.id)
    {
        let mut basis = Vec::new();
        let mut score = 0;
        if req.fulfilled_by.as_ref() == Some(&d.id) {
            basis.push("named as fulfilling it in the register (fulfilled_by)".to_owned());
            score += 10;
        } else {
            if let Some(k) = &req.kind {
                if &d.kind != k {
                    continue;
                }
                basis.push(format!("a {k}, the kind required"));
            }
            if let Some(by) = creator {
                let by_creator = [d.adopted_by.as_deref(), d.owner.as_deref()]
                    .into_iter()
                    .flatten()
                    .find_map(|c| created_by(h, c, by));
                match by_creator {
                    Some(b) => basis.push(b),
                    // An unknown creator does not rule a document out, but
                    // a known other creator does.
                    None if d.adopted_by.is_some() || d.owner.is_some() => continue,
                    None => basis.push("its creator is not known".to_owned()),
                }
            }
            let mut text = d.title.clone().unwrap_or_default();
            for s in &d.scope {
                text.push(' ');
                text.push_str(&s.as_written);
            }
            let shared: Vec<String> = subject_words(&text).intersection(&words).cloned().collect();
            if shared.is_empty() {
                continue;
            }
            score += shared.len();
            basis.push(format!(
                "its title or scope shares \"{}\"",
                shared.join("\", \"")
            ));
        }
        let (in_force, words_) = match at {
            Some(day) => {
                let (t, w) = status_words(status, d, day);
                (Some(t), Some(w))
            }
            None => (None, None),
        };
        out.push((
            score,
            RequirementMatch {
                id: d.id.to_string(),
                title: d.title.clone(),
                basis,
                in_force,
                status: words_,
            },
            in_force.unwrap_or(Tri::Yes),
        ));
    }
    out.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.id.cmp(&b.1.id)));
    let f = if out.is_empty() {
        Fulfilment::Missing
    } else if out.iter().any(|m| m.2 == Tri::Yes) {
        Fulfilment::Exists
    } else if out.iter().any(|m| m.2 == Tri::Unknown) {
        Fulfilment::ExistsStatusUnknown
    } else {
        Fulfilment::ExistsNotInForce
    };
    (out.into_iter().map(|m| m.1).collect(), f)
}
