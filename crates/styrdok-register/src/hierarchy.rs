//! Who is above whom under kommunallagen: [`Hierarchy`], an index of the
//! register's parties that the checks (who may adopt, replace or repeal
//! what), the queries (duties, RACI, requirements) and the report share.
//! It is not a check: it reports nothing, it answers.

use std::collections::{HashMap, VecDeque};

use styrdok_core::{BodyKind, Tri};
use styrdok_org::{BodyLinkKind, Organisation, PartyKind, RoleKind};

use crate::Register;

/// One party (body, role or group) of the register, as the hierarchy sees it.
#[derive(Debug, Clone)]
struct PartyInfo<'r> {
    org: &'r Organisation,
    what: PartyKind,
    name: &'r str,
    /// The body kind (`tjansteperson` for an official role).
    kind: Option<BodyKind>,
    /// Parties directly above: the body an utskott or unit is part of, the
    /// body a förvaltning serves, the body a company board answers to, the
    /// bodies a role is held in.
    superiors: Vec<&'r str>,
}

/// The parties of a register and how they rank under kommunallagen.
///
/// - Fullmäktige is above every body of its organisation and of the
///   organisations it owns (the municipal group).
/// - Kommunstyrelsen is *not* above the nämnder (uppsiktsplikt only, KL 6 kap
///   1 §): political bodies directly under fullmäktige (styrelse, nämnd,
///   revision, bolagsstyrelse) are of equal rank and none is above another.
/// - An utskott, a förvaltning, a unit or an official is below the body it
///   is `part_of`, `serves` or holds its role in (and below whatever that
///   body is below); a company board is below what it `answers_to`.
/// - `advises` and `appointed_by` do not rank.
#[derive(Debug, Clone)]
pub struct Hierarchy<'r> {
    reg: &'r Register,
    parties: HashMap<&'r str, PartyInfo<'r>>,
}

const TOP_UNDER_FULLMAKTIGE: [BodyKind; 4] = [
    BodyKind::Styrelse,
    BodyKind::Namnd,
    BodyKind::Revision,
    BodyKind::Bolagsstyrelse,
];

impl<'r> Hierarchy<'r> {
    /// Indexes the bodies, roles and groups of every organisation.
    pub fn new(reg: &'r Register) -> Self {
        let mut parties = HashMap::new();
        for o in &reg.organisations {
            for b in &o.bodies {
                let superiors = b
                    .links
                    .iter()
                    .filter(|l| {
                        matches!(
                            l.kind,
                            BodyLinkKind::PartOf | BodyLinkKind::Serves | BodyLinkKind::AnswersTo
                        )
                    })
                    .map(|l| l.target.as_str())
                    .collect();
                parties.insert(
                    b.id.as_str(),
                    PartyInfo {
                        org: o,
                        what: PartyKind::Body,
                        name: &b.name,
                        kind: Some(b.kind),
                        superiors,
                    },
                );
            }
            for r in &o.roles {
                let mut superiors: Vec<&str> = r.held_in.iter().map(|b| b.as_str()).collect();
                for b in &o.bodies {
                    if r.held_in_kinds.contains(&b.kind) {
                        superiors.push(b.id.as_str());
                    }
                }
                parties.insert(
                    r.id.as_str(),
                    PartyInfo {
                        org: o,
                        what: PartyKind::Role,
                        name: &r.name,
                        kind: (r.kind == RoleKind::Official).then_some(BodyKind::Tjansteperson),
                        superiors,
                    },
                );
            }
            for g in &o.groups {
                parties.insert(
                    g.id.as_str(),
                    PartyInfo {
                        org: o,
                        what: PartyKind::Group,
                        name: &g.name,
                        kind: None,
                        superiors: Vec::new(),
                    },
                );
            }
        }
        Hierarchy { reg, parties }
    }

    /// The register.
    pub fn register(&self) -> &'r Register {
        self.reg
    }

    /// Whether a body, role or group has this id.
    pub fn contains(&self, id: &str) -> bool {
        self.parties.contains_key(id)
    }

    /// The party's name as written in the register.
    pub fn name_of(&self, id: &str) -> Option<&'r str> {
        self.parties.get(id).map(|p| p.name)
    }

    /// The party's organisation.
    pub fn org_of(&self, id: &str) -> Option<&'r Organisation> {
        self.parties.get(id).map(|p| p.org)
    }

    /// Body, role or group.
    pub fn what(&self, id: &str) -> Option<PartyKind> {
        self.parties.get(id).map(|p| p.what)
    }

    /// The party's body kind (`tjansteperson` for an official role; `None`
    /// for functional roles and groups).
    pub fn kind_of(&self, id: &str) -> Option<BodyKind> {
        self.parties.get(id).and_then(|p| p.kind)
    }

    /// Whether `owner` owns `org`, directly or through other companies.
    pub fn owns(&self, owner: &str, org: &str) -> bool {
        let mut cur = self.reg.organisation(org);
        let mut steps = 0;
        while let Some(o) = cur {
            let Some(up) = &o.owner else { return false };
            if up.as_str() == owner {
                return true;
            }
            steps += 1;
            if steps > self.reg.organisations.len() {
                return false;
            }
            cur = self.reg.organisation(up.as_str());
        }
        false
    }

    /// `id` and everything above it through part_of / serves / answers_to /
    /// held_in (not fullmäktige's implicit rank).
    fn chain(&self, id: &'r str) -> Vec<&'r str> {
        let mut seen = vec![id];
        let mut queue = VecDeque::from([id]);
        while let Some(x) = queue.pop_front() {
            if let Some(p) = self.parties.get(x) {
                for s in &p.superiors {
                    if !seen.contains(s) {
                        seen.push(s);
                        queue.push_back(s);
                    }
                }
            }
        }
        seen
    }

    /// Whether `a` is the same party as `b` or above it (so `a` may replace
    /// or repeal what `b` adopted). [`Tri::Unknown`] when the register does
    /// not say enough (an unknown id, a förvaltning that serves no body, an
    /// advisory council) — never a guess.
    pub fn is_same_or_above(&self, a: &str, b: &str) -> Tri {
        if a == b {
            return Tri::Yes;
        }
        let (Some(pa), Some(pb)) = (self.parties.get(a), self.parties.get(b)) else {
            return Tri::Unknown;
        };
        let Some((&b_key, _)) = self.parties.get_key_value(b) else {
            return Tri::Unknown;
        };
        let chain = self.chain(b_key);
        if chain.contains(&a) {
            return Tri::Yes;
        }
        let same_org = pa.org.id == pb.org.id;
        if pa.kind == Some(BodyKind::Fullmaktige)
            && (same_org || self.owns(pa.org.id.as_str(), pb.org.id.as_str()))
        {
            return Tri::Yes;
        }
        if pb.kind == Some(BodyKind::Fullmaktige) {
            return Tri::No;
        }
        if !same_org {
            // Not reached through answers_to links, and not the owner's
            // fullmäktige: another organisation's body is not above.
            return Tri::No;
        }
        if pa.kind.is_some_and(|k| !k.is_political()) && pb.kind.is_some_and(BodyKind::is_political)
        {
            return Tri::No;
        }
        // When b's chain reaches a body directly under fullmäktige, all that
        // is above b is known: the chain and fullmäktige.
        let complete = chain.iter().any(|x| {
            self.kind_of(x)
                .is_some_and(|k| TOP_UNDER_FULLMAKTIGE.contains(&k))
        });
        if complete { Tri::No } else { Tri::Unknown }
    }

    /// Whether the party `id` is a member of the group `group`: listed, or
    /// of a member kind in the group's organisation (or, with
    /// `include_owned`, in an organisation it owns).
    pub fn in_group(&self, id: &str, group: &str) -> bool {
        let (Some(p), Some(g)) = (
            self.parties.get(id),
            self.org_of(group).and_then(|o| o.group(group)),
        ) else {
            return false;
        };
        let Some(gorg) = self.org_of(group) else {
            return false;
        };
        if g.members.iter().any(|m| m == id) {
            return true;
        }
        p.what == PartyKind::Body
            && p.kind.is_some_and(|k| g.member_kinds.contains(&k))
            && (p.org.id == gorg.id
                || (g.include_owned && self.owns(gorg.id.as_str(), p.org.id.as_str())))
    }

    /// The groups `id` belongs to.
    pub fn groups_of(&self, id: &str) -> Vec<&'r str> {
        let mut out: Vec<&str> = self
            .parties
            .iter()
            .filter(|(_, p)| p.what == PartyKind::Group)
            .map(|(k, _)| *k)
            .filter(|g| self.in_group(id, g))
            .collect();
        out.sort();
        out
    }

    /// The roles held in the body `id` (by `held_in` or `held_in_kinds`).
    pub fn roles_in(&self, id: &str) -> Vec<&'r str> {
        let mut out: Vec<&str> = self
            .parties
            .iter()
            .filter(|(_, p)| p.what == PartyKind::Role && p.superiors.contains(&id))
            .map(|(k, _)| *k)
            .collect();
        out.sort();
        out
    }
}
