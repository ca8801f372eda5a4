//! Cross-checks of a whole register: the kommunallagen rules (delegation,
//! matters of principle, who may replace or repeal whose documents), review
//! overdue at a date, duty holders outside their organisation, two
//! accountable parties in one RACI row, and the structural checks of the
//! document graph (`styrdok-graph`).
//!
//! [`check`] returns diagnostics with pointers into the register (list
//! indices of the register, not of the file); [`check_loaded`] runs it on a
//! [`Loaded`] register and adds them located (file, line, column). Every
//! diagnostic gets the register's severity overrides (`settings.severity`).
//!
//! Bodies are ranked by [`crate::Hierarchy::is_same_or_above`], which answers
//! [`Tri::Unknown`] rather than guessing.

use std::collections::{BTreeSet, VecDeque};

use chrono::NaiveDate;
use styrdok_core::{BodyKind, Diagnostic, DocumentKind, Tri};
use styrdok_graph::{NoAuthority, check_integrity};
use styrdok_model::{Adopter, AdoptionBasis};
use styrdok_model::{Document, Taxonomy, adopter_facts, matching_adopter_rule};
use styrdok_org::Organisation;

use crate::codes;
use crate::index::{RegisterIndex, org_str};
use crate::query::{GraphStatus, ReviewBasis, StatusAt, review_due};
use crate::{Hierarchy, Loaded, Register};

mod imported;
mod incremental;

pub use incremental::{Delta, Session};

/// Runs every check on a register: references (duplicate ids, references
/// that lead nowhere), each document against its organisation's taxonomy,
/// and the cross-checks of [`cross_checks`]. `at` is the date for
/// date-dependent checks (review overdue; the graph's parent-in-force
/// check). Pointers are into the register (`/documents/3/...`); severity
/// overrides of `settings.severity` are applied.
///
/// The same as [`check_all`] with no unreadable elements.
pub fn check(reg: &Register, at: Option<NaiveDate>) -> Vec<Diagnostic> {
    check_all(reg, at, &BTreeSet::new())
}

/// Runs every check on a register, the one entry point: [`load_checks`]
/// (what the loader runs on every register it reads) followed by
/// [`cross_checks`] (what [`check_loaded`] adds). `unreadable` holds the ids
/// of elements that could not be read, so references to them are not
/// reported again as dangling.
pub fn check_all(
    reg: &Register,
    at: Option<NaiveDate>,
    unreadable: &BTreeSet<String>,
) -> Vec<Diagnostic> {
    let mut out = load_checks(reg, unreadable);
    out.extend(cross_checks(reg, at));
    out
}

/// The checks every load runs: references ([`crate::check_references`]) and
/// each document against its taxonomy ([`crate::check_taxonomies`]), with
/// severity overrides applied.
pub fn load_checks(reg: &Register, unreadable: &BTreeSet<String>) -> Vec<Diagnostic> {
    let mut out = crate::refs::check_references(reg, unreadable);
    out.extend(crate::refs::check_taxonomies(reg));
    crate::apply_severity(&reg.settings, &mut out);
    out
}

/// The cross-checks of a register (kommunallagen, review overdue at `at`,
/// duty parties, RACI rows, graph integrity): [`check_all`] without the
/// load checks.
pub fn cross_checks(reg: &Register, at: Option<NaiveDate>) -> Vec<Diagnostic> {
    let ix = RegisterIndex::new(reg);
    let h = ix.hierarchy();
    let status = GraphStatus::new(reg);
    let mut out = Vec::new();
    for (i, o) in reg.organisations.iter().enumerate() {
        check_delegations(reg, o, i, &mut out);
    }
    for (i, d) in reg.documents.iter().enumerate() {
        let org = ix.organisation(org_str(d));
        if let (Some(org), Some(tax)) = (org, reg.taxonomy_for(org)) {
            check_adoption_basis(d, i, org, tax, &mut out);
        }
        check_replacements(&ix, d, i, &mut out);
        check_duty_parties(h, d, i, &mut out);
        imported::check(&ix, d, i, &mut out);
    }
    for (i, d) in reg.documents.iter().enumerate() {
        let m = crate::query::raci_matrix_of(h, std::iter::once((i, d)), Some(&d.id));
        for mut diag in m.diagnostics {
            if let Some(loc) = &mut diag.location {
                loc.pointer = format!("/documents/{i}{}", loc.pointer);
            }
            out.push(diag);
        }
    }
    if let Some(day) = at {
        check_review(reg, day, &status, &ix, &mut out);
    }
    out.extend(graph_checks(&status, at, &ix));
    crate::apply_severity(&reg.settings, &mut out);
    out
}

/// Completes the checks of a loaded register: the loader ran
/// [`load_checks`], this adds [`cross_checks`], so a loaded and checked
/// register has had [`check_all`]. The diagnostics are located in the file.
/// Does nothing when the register could not be read at all.
pub fn check_loaded(loaded: &mut Loaded, at: Option<NaiveDate>) {
    let Some(reg) = &loaded.register else { return };
    let diags = cross_checks(reg, at);
    loaded.push_checked(diags);
}

/// Whether every adopter rule of the kind is a matter of principle.
fn principle_only(tax: &Taxonomy, kind: &DocumentKind) -> bool {
    tax.rule(kind).is_some_and(|r| {
        !r.adopters.is_empty()
            && r.adopters
                .iter()
                .all(|a| a.basis == AdoptionBasis::Principiell)
    })
}

fn check_delegations(reg: &Register, o: &Organisation, i: usize, out: &mut Vec<Diagnostic>) {
    let tax = reg.taxonomy_for(Some(o));
    let not_allowed = |message: String, at: String, about: &str| {
        Diagnostic::error(codes::DELEGATION_NOT_ALLOWED, message)
            .at(at)
            .about(about)
    };
    for (j, d) in o.delegations.iter().enumerate() {
        let p = format!("/organisations/{i}/delegations/{j}");
        if o.group(&d.to).is_some() {
            out.push(not_allowed(
                format!(
                    "{} delegates to the group {}: decisions may be delegated to an utskott, a member or one employee, never to a group of employees (KL 6 kap 37 §, 7 kap 5 §)",
                    d.from, d.to
                ),
                format!("{p}/to"),
                &d.to,
            ));
        }
        if let Some(tax) = tax {
            for (k, kind) in d.document_kinds.iter().enumerate() {
                if principle_only(tax, kind) {
                    out.push(not_allowed(
                        format!(
                            "{} delegates adopting {kind}, which {} makes a matter of principle for fullmäktige: matters of principle may not be delegated (KL 5 kap 1 §, 6 kap 38 §)",
                            d.from, tax.id
                        ),
                        format!("{p}/document_kinds/{k}"),
                        &d.from,
                    ));
                }
            }
        }
        // Vidaredelegation: an administrative delegator must itself have
        // received the matter with the right to pass it on.
        let from_kind = o
            .body(&d.from)
            .map(|b| b.kind)
            .or_else(|| o.role(&d.from).map(|_| BodyKind::Tjansteperson));
        if from_kind.is_some_and(|k| !k.is_political())
            && !o
                .delegations
                .iter()
                .any(|up| up.to == d.from && up.further_delegation)
        {
            out.push(
                Diagnostic::error(
                    codes::DELEGATION_NOT_ALLOWED,
                    format!(
                        "{} passes a delegation on to {}, but no delegation to {} allows vidaredelegation (further_delegation) (KL 7 kap 6 §)",
                        d.from, d.to, d.from
                    ),
                )
                .at(format!("{p}/from"))
                .about(&d.from),
            );
        }
    }
}

/// The outcome of looking for a delegation path.
enum Path {
    /// Every hop names the document kind.
    Covered,
    /// A path exists, but some hop does not say which kinds it covers.
    Unstated(Vec<String>),
    /// No path.
    None,
}

fn find_delegation_path(
    o: &Organisation,
    sources: &[&str],
    adopter: &str,
    kind: &DocumentKind,
) -> Path {
    // Backwards breadth-first search from the adopter; a hop into an
    // intermediate party must allow further delegation.
    let mut best_unstated: Option<Vec<String>> = None;
    let mut queue: VecDeque<(String, Vec<String>, bool)> =
        VecDeque::from([(adopter.to_owned(), vec![adopter.to_owned()], true)]);
    let mut seen: BTreeSet<String> = BTreeSet::from([adopter.to_owned()]);
    while let Some((cur, path, covered)) = queue.pop_front() {
        let first_hop = path.len() == 1;
        for d in o.delegations.iter().filter(|d| d.to.as_str() == cur) {
            if o.group(&d.to).is_some() || (!first_hop && !d.further_delegation) {
                continue;
            }
            let hop_covered = d.document_kinds.contains(kind);
            if !d.document_kinds.is_empty() && !hop_covered {
                continue;
            }
            let covered = covered && hop_covered;
            let mut p = path.clone();
            p.push(d.from.to_string());
            if sources.contains(&d.from.as_str()) {
                if covered {
                    return Path::Covered;
                }
                if best_unstated.is_none() {
                    p.reverse();
                    best_unstated = Some(p);
                }
                continue;
            }
            if seen.insert(d.from.to_string()) {
                queue.push_back((d.from.to_string(), p, covered));
            }
        }
    }
    match best_unstated {
        Some(p) => Path::Unstated(p),
        None => Path::None,
    }
}

fn check_adoption_basis(
    d: &Document,
    i: usize,
    org: &Organisation,
    tax: &Taxonomy,
    out: &mut Vec<Diagnostic>,
) {
    let Some(adopter) = d.adopted_by.as_deref() else {
        return;
    };
    // No matching rule is SD302, reported by the taxonomy check.
    let Some(rule) = matching_adopter_rule(d, tax, Some(org)) else {
        return;
    };
    let facts = adopter_facts(d, Some(org));
    let ptr = format!("/documents/{i}/adopted_by");
    let is_role = org.role(adopter).is_some() || facts.kind == Some(BodyKind::Tjansteperson);
    let needs_delegation = match rule.basis {
        AdoptionBasis::Verkstallighet => false,
        AdoptionBasis::Principiell => {
            if facts.kind != Some(BodyKind::Fullmaktige) {
                out.push(
                    Diagnostic::error(
                        codes::PRINCIPLE_NOT_BY_FULLMAKTIGE,
                        format!(
                            "{}: a {} is a matter of principle under {}, which only fullmäktige decides (KL 5 kap 1 §), but it is adopted by {adopter}",
                            d.id, d.kind, tax.id
                        ),
                    )
                    .at(ptr.clone())
                    .about(&d.id),
                );
            }
            false
        }
        AdoptionBasis::OwnRemit => is_role,
        AdoptionBasis::Delegated => true,
        _ => false,
    };
    if !needs_delegation {
        return;
    }
    let kinds: Vec<BodyKind> = tax
        .rule(&d.kind)
        .map(|r| {
            r.adopters
                .iter()
                .filter(|a| {
                    matches!(
                        a.basis,
                        AdoptionBasis::Principiell | AdoptionBasis::OwnRemit
                    )
                })
                .filter_map(|a| match &a.adopter {
                    Adopter::BodyKind(k) => Some(*k),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let sources: Vec<&str> = org
        .bodies
        .iter()
        .filter(|b| kinds.contains(&b.kind))
        .map(|b| b.id.as_str())
        .collect();
    match find_delegation_path(org, &sources, adopter, &d.kind) {
        Path::Covered => {}
        Path::Unstated(p) => out.push(
            Diagnostic::info(
                codes::DELEGATION_KINDS_UNSTATED,
                format!(
                    "{}: adopted by {adopter} on delegation; the delegation path {} does not say that it covers adopting a {}",
                    d.id,
                    p.join(" → "),
                    d.kind
                ),
            )
            .at(ptr)
            .about(&d.id),
        ),
        Path::None => out.push(
            Diagnostic::error(
                codes::NO_DELEGATION,
                format!(
                    "{}: {adopter} adopts a {} on delegation under {}, but no delegation leads to it from a body allowed to adopt it ({}) (KL 6 kap 37–38 §§)",
                    d.id,
                    d.kind,
                    tax.id,
                    if sources.is_empty() {
                        "none in the organisation".to_owned()
                    } else {
                        sources.join(", ")
                    }
                ),
            )
            .at(ptr)
            .about(&d.id),
        ),
    }
}

/// The adopter of a document as the rank check sees it.
fn rank_adopter(h: &Hierarchy<'_>, subject: &Document, target: &Document) -> Tri {
    match (&subject.adopted_by, &target.adopted_by) {
        (Some(a), Some(b)) if h.contains(a) && h.contains(b) => h.is_same_or_above(a, b),
        _ => {
            let sk = adopter_facts(subject, h.register().organisation(subject.org().as_str())).kind;
            let tk = adopter_facts(target, h.register().organisation(target.org().as_str())).kind;
            if subject.org() != target.org() {
                return Tri::Unknown;
            }
            match (sk, tk) {
                (Some(BodyKind::Fullmaktige), Some(_)) => Tri::Yes,
                (Some(s), Some(BodyKind::Fullmaktige)) if s != BodyKind::Fullmaktige => Tri::No,
                (Some(s), Some(t)) if !s.is_political() && t.is_political() => Tri::No,
                _ => Tri::Unknown,
            }
        }
    }
}

fn who(d: &Document) -> String {
    d.adopted_by
        .as_ref()
        .map(ToString::to_string)
        .or_else(|| d.adopted_by_as_written.clone())
        .or_else(|| d.adopter_kind.map(|k| k.label_sv().to_owned()))
        .unwrap_or_else(|| "an unknown body".into())
}

fn has_adopter(d: &Document) -> bool {
    d.adopted_by.is_some() || d.adopter_kind.is_some() || d.adopted_by_as_written.is_some()
}

fn check_replacements(ix: &RegisterIndex<'_>, d: &Document, i: usize, out: &mut Vec<Diagnostic>) {
    let h = ix.hierarchy();
    for (j, r) in d.relations.iter().enumerate() {
        if !r.kind.supersedes() || !r.is_effective() {
            continue;
        }
        let Some(target) = r.target.as_ref() else {
            continue;
        };
        let subject_id = r.subject_or(&d.id);
        let (Some(s), Some(t)) = (
            ix.document(subject_id.as_str()),
            ix.document(target.as_str()),
        ) else {
            continue;
        };
        if !has_adopter(s) || !has_adopter(t) {
            continue;
        }
        let ptr = format!("/documents/{i}/relations/{j}");
        let verdict = rank_adopter(h, s, t);
        if verdict == Tri::Yes {
            continue;
        }
        let what = format!(
            "{} (adopted by {}) {} {} (adopted by {})",
            s.id,
            who(s),
            r.kind.id().replace('_', " "),
            t.id,
            who(t)
        );
        let found = if verdict == Tri::No {
            Diagnostic::error(
                styrdok_graph::codes::AUTHORITY,
                format!(
                    "{what}: only the body that adopted a document, or one above it, may replace or repeal it"
                ),
            )
        } else {
            Diagnostic::info(
                codes::AUTHORITY_UNDECIDED,
                format!(
                    "{what}: the register does not say whether the one is the same as or above the other"
                ),
            )
        };
        out.push(found.at(ptr).about(&s.id).about(&t.id));
    }
}

fn check_duty_parties(h: &Hierarchy<'_>, d: &Document, i: usize, out: &mut Vec<Diagnostic>) {
    let org = d.org();
    for (j, duty) in d.duties.iter().enumerate() {
        let parties = [
            ("holder", Some(&duty.holder)),
            ("counterpart", duty.counterpart.as_ref()),
            ("via", duty.via.as_ref()),
        ];
        for (field, id) in parties {
            let Some(id) = id else { continue };
            // Unknown ids are SD203, reported by the reference check.
            let Some(porg) = h.org_of(id) else { continue };
            let p = porg.id.as_str();
            if p == org.as_str() || h.owns(org.as_str(), p) || h.owns(p, org.as_str()) {
                continue;
            }
            out.push(
                Diagnostic::error(
                    codes::DUTY_PARTY_OUTSIDE_ORGANISATION,
                    format!(
                        "{}: duty {} names {id} ({field}), a party of {p}, which is not part of {org}'s organisation",
                        d.id, duty.id
                    ),
                )
                .at(format!("/documents/{i}/duties/{j}/{field}"))
                .about(&d.id)
                .about(id),
            );
        }
    }
}

fn check_review(
    reg: &Register,
    day: NaiveDate,
    status: &dyn StatusAt,
    ix: &RegisterIndex<'_>,
    out: &mut Vec<Diagnostic>,
) {
    let report = review_due(reg, day, status);
    for e in report.entries() {
        if e.overdue != Tri::Yes {
            continue;
        }
        let Some(i) = ix.document_ix(e.document.as_str()) else {
            continue;
        };
        let Some(doc) = reg.documents.get(i) else {
            continue;
        };
        let (code, ptr, why) = match &e.review {
            ReviewBasis::Stated => (
                codes::REVIEW_OVERDUE,
                format!("/documents/{i}/review/due"),
                format!("its review was due {}", e.deadline),
            ),
            ReviewBasis::Interval { years, source } => (
                codes::REVIEW_INTERVAL_PASSED,
                format!("/documents/{i}/decision_date"),
                format!(
                    "it is to be reviewed every {years} year(s) ({source}) and was decided {}, so by {}",
                    doc.decision_date, e.deadline
                ),
            ),
        };
        out.push(
            Diagnostic::warning(
                code,
                format!("{}: review overdue as of {day}: {why}", e.document),
            )
            .at(ptr)
            .about(&e.document),
        );
    }
}

/// The structural checks of `styrdok-graph`, located. Dangling targets
/// (SD406) and duplicate ids (SD409) are left out: the reference check
/// already reports them as SD204 and SD201 with exact pointers. The
/// authority check (SD404) is done here with bodies ranked by
/// [`Hierarchy`], at the relation that states it.
fn graph_checks(
    status: &GraphStatus,
    at: Option<NaiveDate>,
    ix: &RegisterIndex<'_>,
) -> Vec<Diagnostic> {
    let skip = [
        styrdok_graph::codes::DANGLING_TARGET,
        styrdok_graph::codes::DUPLICATE_ID,
    ];
    check_integrity(status.graph(), at, &NoAuthority)
        .into_iter()
        .filter(|d| !skip.contains(&d.code))
        .map(|mut d| {
            let ptr = locate_subjects(ix, &d.subjects);
            if let Some(ptr) = ptr
                && d.location.as_ref().is_none_or(|l| l.pointer.is_empty())
            {
                d = d.at(ptr);
            }
            d
        })
        .collect()
}

/// A pointer for a diagnostic about documents: the relation between the
/// first two subjects when one states it (found through the index, not by
/// scanning), else the first subject document.
fn locate_subjects(ix: &RegisterIndex<'_>, subjects: &[String]) -> Option<String> {
    if let [a, b, ..] = subjects
        && let Some(at) = ix.relation_between(a, b)
    {
        return Some(format!(
            "/documents/{}/relations/{}",
            at.document, at.relation
        ));
    }
    subjects
        .iter()
        .find_map(|s| ix.document_ix(s))
        .map(|i| format!("/documents/{i}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 9: an app that builds a register in memory and calls `check`
    /// gets the reference checks too.
    #[test]
    fn check_reports_four_dangling_duty_holders_of_an_in_memory_register() {
        let Some(mut reg) = crate::bundled().register else {
            panic!("bundled register unreadable");
        };
        let before = check(&reg, None)
            .iter()
            .filter(|d| d.code == "SD203")
            .count();
        let mut planted = 0;
        for d in reg
            .documents
            .iter_mut()
            .filter(|d| !d.duties.is_empty())
            .take(4)
        {
            if let Some(duty) = d.duties.first_mut() {
                duty.holder = format!("{}/nobody-{planted}", d.id.organisation())
                    .parse()
                    .unwrap();
                planted += 1;
            }
        }
        assert_eq!(planted, 4);
        let after = check(&reg, None)
            .iter()
            .filter(|d| d.code == "SD203")
            .count();
        assert_eq!(after - before, 4);
    }

    /// Loading then `check_loaded` gives what `check_all` gives.
    #[test]
    fn load_and_check_loaded_equal_check_all() {
        let text = crate::BUNDLED_JSON;
        let mut loaded = crate::load_str(text, None);
        let day = NaiveDate::from_ymd_opt(2024, 1, 1);
        check_loaded(&mut loaded, day);
        let Some(reg) = &loaded.register else {
            panic!("bundled register unreadable");
        };
        let key = |d: &Diagnostic| {
            (
                d.code.to_string(),
                d.location.as_ref().map(|l| l.pointer.clone()),
                d.message.clone(),
            )
        };
        let mut a: Vec<_> = loaded.diagnostics.iter().map(key).collect();
        let mut b: Vec<_> = check_all(reg, day, &loaded.unreadable_ids)
            .iter()
            .map(key)
            .collect();
        a.sort();
        b.sort();
        assert_eq!(a, b);
    }
}
