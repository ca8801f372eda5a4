//! Adopters, owners and duty holders → the organisation's bodies and roles.
//!
//! A name resolves through [`Organisation::resolve`] (names, aliases,
//! inflections, KF/KS). A name it does not know becomes a new party of the
//! organisation, marked `derived` (rule `import-created-body`,
//! `import-created-role` or `import-created-group`): a body when the name
//! classifies as one (`Socialnämnden`), a role when it is a function
//! (`Systemägaren`), a group for a coordination (`Nämnder och styrelser`).
//! A duty must have a holder, so any other name a duty names becomes a
//! role too; an adopter or owner that is none of these stays as written.

use styrdok_core::text::slugify;
use styrdok_core::{BodyId, GroupId, PartyId, Provenance, RoleId};
use styrdok_import::BodyRef;
use styrdok_org::{Body, Group, Organisation, Role, RoleKind};

/// Rule of a body import created.
pub const CREATED_BODY: &str = "import-created-body";
/// Rule of a role import created.
pub const CREATED_ROLE: &str = "import-created-role";
/// Rule of a group import created.
pub const CREATED_GROUP: &str = "import-created-group";

/// What a written name resolved to.
pub(crate) struct Party {
    /// The party id.
    pub(crate) id: PartyId,
    /// Whether this call created it.
    pub(crate) created: bool,
}

/// Resolves `who` in `org`, creating the party when the text names one the
/// organisation lacks. `must` (a duty's holder) creates a role for a name
/// that is neither a body, a role nor a coordination.
pub(crate) fn resolve(org: &mut Organisation, who: &BodyRef, must: bool) -> Option<Party> {
    if let Some(r) = org.resolve(&who.name) {
        return Some(Party {
            id: r.id,
            created: false,
        });
    }
    // A body written with the organisation's own name after it is created
    // under the name before it, as the directory names bodies.
    let name = org
        .without_own_name(&who.name)
        .unwrap_or(&who.name)
        .to_owned();
    let slug = slugify(&name);
    if slug.is_empty() {
        return None;
    }
    let id = PartyId::new(format!("{}/{slug}", org.id)).ok()?;
    if org.has_party(&id) {
        return Some(Party { id, created: false });
    }
    if !who.members.is_empty() {
        let mut g = Group::new(GroupId::new(id.as_str()).ok()?, name);
        g.member_kinds = who.members.iter().filter_map(|m| m.kind).collect();
        g.member_kinds.dedup();
        g.provenance = Provenance::derived(CREATED_GROUP);
        org.groups.push(g);
    } else if let Some(kind) = who.kind {
        let mut b = Body::new(BodyId::new(id.as_str()).ok()?, name, kind);
        b.provenance = Provenance::derived(CREATED_BODY);
        org.bodies.push(b);
    } else if who.can_hold_duty() || must {
        let mut r = Role::new(RoleId::new(id.as_str()).ok()?, name, RoleKind::Functional);
        r.provenance = Provenance::derived(CREATED_ROLE);
        org.roles.push(r);
    } else {
        return None;
    }
    Some(Party { id, created: true })
}
