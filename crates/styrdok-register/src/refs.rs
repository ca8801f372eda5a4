//! Reference checks: duplicate ids and references that lead nowhere.

use std::collections::{BTreeSet, HashMap};

use styrdok_core::Diagnostic;
use styrdok_model::{Document, validate_document};

use crate::codes;
use crate::{ProfileDecl, Register};

struct Ids<'a> {
    parties: HashMap<&'a str, &'a str>,
    documents: HashMap<&'a str, usize>,
    orgs: HashMap<&'a str, usize>,
    sources: BTreeSet<&'a str>,
    statements: BTreeSet<String>,
}

fn dup(what: &str, id: &str, pointer: String) -> Diagnostic {
    Diagnostic::error(
        codes::DUPLICATE_ID,
        format!("two {what}s have the id \"{id}\"; ids must be unique in a register"),
    )
    .at(pointer)
    .about(id)
}

fn collect<'a>(reg: &'a Register, out: &mut Vec<Diagnostic>) -> Ids<'a> {
    let mut ids = Ids {
        parties: HashMap::new(),
        documents: HashMap::new(),
        orgs: HashMap::new(),
        sources: BTreeSet::new(),
        statements: BTreeSet::new(),
    };
    for (i, o) in reg.organisations.iter().enumerate() {
        if ids.orgs.insert(o.id.as_str(), i).is_some() {
            out.push(dup(
                "organisation",
                o.id.as_str(),
                format!("/organisations/{i}/id"),
            ));
        }
        let prefix = format!("{}/", o.id);
        let parties = o
            .bodies
            .iter()
            .enumerate()
            .map(|(j, b)| (b.id.as_str(), format!("/organisations/{i}/bodies/{j}/id")))
            .chain(
                o.roles
                    .iter()
                    .enumerate()
                    .map(|(j, r)| (r.id.as_str(), format!("/organisations/{i}/roles/{j}/id"))),
            )
            .chain(
                o.groups
                    .iter()
                    .enumerate()
                    .map(|(j, g)| (g.id.as_str(), format!("/organisations/{i}/groups/{j}/id"))),
            );
        for (id, ptr) in parties {
            if !id.starts_with(&prefix) {
                out.push(
                    Diagnostic::error(
                        codes::ID_OUTSIDE_ORGANISATION,
                        format!(
                            "\"{id}\" belongs to {} but its id does not start with \"{prefix}\"",
                            o.id
                        ),
                    )
                    .at(ptr.clone())
                    .about(id),
                );
            }
            if ids.parties.insert(id, o.id.as_str()).is_some() {
                out.push(dup("body, role or group", id, ptr));
            }
        }
    }
    for (i, d) in reg.documents.iter().enumerate() {
        if ids.documents.insert(d.id.as_str(), i).is_some() {
            out.push(dup("document", d.id.as_str(), format!("/documents/{i}/id")));
        }
        for (j, s) in d.statements.iter().enumerate() {
            if !ids.statements.insert(s.id.to_string()) {
                out.push(
                    Diagnostic::error(
                        codes::BAD_STATEMENT_ID,
                        format!("two statements have the id \"{}\"", s.id),
                    )
                    .at(format!("/documents/{i}/statements/{j}/id"))
                    .about(&s.id),
                );
            }
        }
    }
    for (i, s) in reg.sources.iter().enumerate() {
        if !ids.sources.insert(s.id.as_str()) {
            out.push(dup("source", &s.id, format!("/sources/{i}/id")));
        }
    }
    ids
}

/// Checks ids and references of a register; `unreadable` holds ids of
/// elements that could not be read (not reported again as dangling).
pub fn check_references(reg: &Register, unreadable: &BTreeSet<String>) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let ids = collect(reg, &mut out);
    let party = |id: &str, ptr: String, ctx: &str, out: &mut Vec<Diagnostic>| {
        if !ids.parties.contains_key(id) && !ids.orgs.contains_key(id) && !unreadable.contains(id) {
            out.push(
                Diagnostic::error(
                    codes::UNKNOWN_PARTY,
                    format!("{ctx} names \"{id}\", but no body, role or group has that id"),
                )
                .at(ptr)
                .about(id),
            );
        }
    };
    let document = |id: &str, ptr: String, ctx: &str, out: &mut Vec<Diagnostic>| {
        if !ids.documents.contains_key(id) && !unreadable.contains(id) {
            out.push(
                Diagnostic::error(
                    codes::UNKNOWN_DOCUMENT,
                    format!("{ctx} refers to the document \"{id}\", which is not in the register"),
                )
                .at(ptr)
                .about(id),
            );
        }
    };
    let profile_ids: BTreeSet<&str> = reg
        .profiles
        .iter()
        .map(|p| match p {
            ProfileDecl::Builtin(id) => id.as_str(),
            ProfileDecl::Own(t) => t.id.as_str(),
        })
        .collect();
    for (i, p) in reg.profiles.iter().enumerate() {
        if let ProfileDecl::Builtin(id) = p
            && styrdok_model::profiles::builtin(id).is_none()
        {
            out.push(
                Diagnostic::error(
                    codes::UNKNOWN_PROFILE,
                    format!(
                        "there is no built-in taxonomy \"{id}\"; built-ins are {}",
                        styrdok_model::profiles::all()
                            .iter()
                            .map(|t| t.id.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                )
                .at(format!("/profiles/{i}")),
            );
        }
    }
    for (i, o) in reg.organisations.iter().enumerate() {
        let base = format!("/organisations/{i}");
        if let Some(p) = &o.profile
            && !profile_ids.contains(p.as_str())
            && styrdok_model::profiles::builtin(p).is_none()
        {
            out.push(
                Diagnostic::error(
                    codes::UNKNOWN_PROFILE,
                    format!(
                        "{} uses the taxonomy \"{p}\", which the register does not declare",
                        o.id
                    ),
                )
                .at(format!("{base}/profile")),
            );
        }
        if let Some(owner) = &o.owner
            && !ids.orgs.contains_key(owner.as_str())
        {
            out.push(
                Diagnostic::error(
                    codes::UNKNOWN_ORGANISATION,
                    format!(
                        "{} is owned by \"{owner}\", which is not in the register",
                        o.id
                    ),
                )
                .at(format!("{base}/owner")),
            );
        }
        for (j, b) in o.bodies.iter().enumerate() {
            for (k, l) in b.links.iter().enumerate() {
                party(
                    &l.target,
                    format!("{base}/bodies/{j}/links/{k}/target"),
                    &format!("{} (link)", b.id),
                    &mut out,
                );
            }
        }
        for (j, r) in o.roles.iter().enumerate() {
            for (k, h) in r.held_in.iter().enumerate() {
                party(
                    h.as_str(),
                    format!("{base}/roles/{j}/held_in/{k}"),
                    &format!("the role {}", r.id),
                    &mut out,
                );
            }
        }
        for (j, g) in o.groups.iter().enumerate() {
            for (k, m) in g.members.iter().enumerate() {
                party(
                    m,
                    format!("{base}/groups/{j}/members/{k}"),
                    &format!("the group {}", g.id),
                    &mut out,
                );
            }
        }
        for (j, d) in o.delegations.iter().enumerate() {
            let p = format!("{base}/delegations/{j}");
            party(&d.from, format!("{p}/from"), "a delegation", &mut out);
            party(&d.to, format!("{p}/to"), "a delegation", &mut out);
            if let Some(doc) = &d.document {
                document(
                    doc.as_str(),
                    format!("{p}/document"),
                    "a delegation",
                    &mut out,
                );
            }
        }
    }
    for (i, d) in reg.documents.iter().enumerate() {
        check_document(d, i, &ids, &party, &document, &mut out);
    }
    let library = styrdok_controls::Library::builtin().ok();
    for (i, l) in reg.control_links.iter().enumerate() {
        if let Some(lib) = &library
            && lib.resolve(&l.control).is_none()
        {
            out.push(
                Diagnostic::error(
                    codes::UNKNOWN_CONTROL,
                    format!(
                        "a control link names \"{}\", which no catalogue has (built-in frameworks: iso27001:2022, iso27001:2013, nis2:2022)",
                        l.control
                    ),
                )
                .at(format!("/control_links/{i}/control"))
                .about(&l.control),
            );
        }
        let s = l.statement.to_string();
        if !ids.statements.contains(&s) && !unreadable.contains(l.statement.document().as_str()) {
            out.push(
                Diagnostic::error(
                    codes::UNKNOWN_STATEMENT,
                    format!(
                        "a control link refers to the statement \"{s}\", which no document has"
                    ),
                )
                .at(format!("/control_links/{i}/statement"))
                .about(&s),
            );
        }
    }
    out
}

/// Checks that an id exists: (id, pointer, context, out).
type RefCheck<'a> = dyn Fn(&str, String, &str, &mut Vec<Diagnostic>) + 'a;

fn check_document(
    d: &Document,
    i: usize,
    ids: &Ids<'_>,
    party: &RefCheck<'_>,
    document: &RefCheck<'_>,
    out: &mut Vec<Diagnostic>,
) {
    let base = format!("/documents/{i}");
    let org = d.org();
    if !ids.orgs.contains_key(org.as_str()) {
        out.push(
            Diagnostic::error(
                codes::UNKNOWN_ORGANISATION,
                format!(
                    "{} belongs to the organisation \"{org}\", which is not in the register",
                    d.id
                ),
            )
            .at(if d.organisation.is_some() {
                format!("{base}/organisation")
            } else {
                format!("{base}/id")
            })
            .about(&d.id),
        );
    }
    let ctx = d.id.to_string();
    if let Some(a) = &d.adopted_by {
        party(
            a,
            format!("{base}/adopted_by"),
            &format!("{ctx} (adopted by)"),
            out,
        );
    }
    if let Some(o) = &d.owner {
        party(o, format!("{base}/owner"), &format!("{ctx} (owner)"), out);
    }
    for (j, s) in d.scope.iter().enumerate() {
        if let Some(p) = &s.party {
            party(
                p,
                format!("{base}/scope/{j}/party"),
                &format!("{ctx} (scope)"),
                out,
            );
        }
    }
    for (j, r) in d.requires.iter().enumerate() {
        if let Some(by) = &r.by {
            party(
                by,
                format!("{base}/requires/{j}/by"),
                &format!("{ctx} (requires)"),
                out,
            );
        }
        if let Some(f) = &r.fulfilled_by {
            document(
                f.as_str(),
                format!("{base}/requires/{j}/fulfilled_by"),
                &ctx,
                out,
            );
        }
    }
    for (j, c) in d.cites.iter().enumerate() {
        if !ids.sources.contains(c.source.as_str()) {
            out.push(
                Diagnostic::error(
                    codes::UNKNOWN_SOURCE,
                    format!(
                        "{ctx} cites the source \"{}\", which the register does not list",
                        c.source
                    ),
                )
                .at(format!("{base}/cites/{j}/source"))
                .about(&d.id),
            );
        }
    }
    if let Some(c) = &d.citation {
        document(
            c.cited_in.as_str(),
            format!("{base}/citation/cited_in"),
            &format!("{ctx} (citation)"),
            out,
        );
    }
    let has_sections = !d.sections.is_empty();
    let section_ok = |s: &str| !has_sections || d.section(s).is_some();
    let section_ref = |s: &str, ptr: String, out: &mut Vec<Diagnostic>| {
        if !section_ok(s) {
            out.push(
                Diagnostic::warning(
                    codes::UNKNOWN_SECTION,
                    format!("{ctx} has no section \"{s}\""),
                )
                .at(ptr)
                .about(&d.id),
            );
        }
    };
    for (j, s) in d.statements.iter().enumerate() {
        if s.id.document() != &d.id {
            out.push(
                Diagnostic::error(
                    codes::BAD_STATEMENT_ID,
                    format!(
                        "the statement \"{}\" is in {} but its id names {}",
                        s.id,
                        d.id,
                        s.id.document()
                    ),
                )
                .at(format!("{base}/statements/{j}/id"))
                .about(&s.id),
            );
        }
        section_ref(s.id.section(), format!("{base}/statements/{j}/id"), out);
        if let Some(subj) = &s.subject {
            party(subj, format!("{base}/statements/{j}/subject"), &ctx, out);
        }
    }
    let mut duty_ids = BTreeSet::new();
    for (j, duty) in d.duties.iter().enumerate() {
        let p = format!("{base}/duties/{j}");
        if !duty_ids.insert(duty.id.as_str()) {
            out.push(dup("duty", &duty.id, format!("{p}/id")));
        }
        party(
            &duty.holder,
            format!("{p}/holder"),
            &format!("{ctx} (duty {})", duty.id),
            out,
        );
        if let Some(c) = &duty.counterpart {
            party(
                c,
                format!("{p}/counterpart"),
                &format!("{ctx} (duty {})", duty.id),
                out,
            );
        }
        if let Some(v) = &duty.via {
            party(
                v,
                format!("{p}/via"),
                &format!("{ctx} (duty {})", duty.id),
                out,
            );
        }
        if let Some(s) = &duty.section {
            section_ref(s, format!("{p}/section"), out);
        }
        for (k, l) in duty.statements.iter().enumerate() {
            if !ids.statements.contains(&l.statement.to_string()) {
                out.push(
                    Diagnostic::error(
                        codes::UNKNOWN_STATEMENT,
                        format!(
                            "duty {} discharges \"{}\", which no document has",
                            duty.id, l.statement
                        ),
                    )
                    .at(format!("{p}/statements/{k}/statement"))
                    .about(&l.statement),
                );
            }
        }
    }
    for (j, r) in d.relations.iter().enumerate() {
        let p = format!("{base}/relations/{j}");
        if let Some(s) = &r.subject {
            document(s.as_str(), format!("{p}/subject"), &ctx, out);
        }
        if let Some(t) = &r.target {
            document(t.as_str(), format!("{p}/target"), &ctx, out);
        }
        for (k, c) in r.candidates.iter().enumerate() {
            document(c.as_str(), format!("{p}/candidates/{k}"), &ctx, out);
        }
        if let Some(s) = &r.stated_in {
            section_ref(s, format!("{p}/stated_in"), out);
        }
    }
}

/// Checks every readable document against its organisation's taxonomy.
pub fn check_taxonomies(reg: &Register) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut orgs: HashMap<&str, &styrdok_org::Organisation> = HashMap::new();
    for o in &reg.organisations {
        orgs.entry(o.id.as_str()).or_insert(o);
    }
    for (i, d) in reg.documents.iter().enumerate() {
        let org = orgs.get(crate::index::org_str(d)).copied();
        let Some(tax) = reg.taxonomy_for(org) else {
            continue;
        };
        for mut diag in validate_document(d, tax, org) {
            if let Some(loc) = &mut diag.location {
                loc.pointer = format!("/documents/{i}{}", loc.pointer);
            }
            out.push(diag);
        }
    }
    out
}
