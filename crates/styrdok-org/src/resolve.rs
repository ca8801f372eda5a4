//! Matching the names people write to bodies, roles and groups.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use styrdok_core::BodyKind;
use styrdok_core::text::fold;

use crate::Organisation;

/// What kind of party a name resolved to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    /// A body.
    Body,
    /// A role.
    Role,
    /// A group.
    Group,
}

/// A resolved name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Resolved {
    /// The party's id.
    pub id: String,
    /// Body, role or group.
    pub kind: PartyKind,
    /// How the name matched: `name`, `alias`, `inflection`, `abbreviation`
    /// or `kind`.
    pub matched_by: String,
}

/// Definite and plural endings stripped when comparing names, longest first.
const ENDINGS: [&str; 9] = ["erna", "arna", "orna", "en", "et", "na", "er", "ar", "n"];

/// The bare forms of a folded name: itself and with one ending stripped.
fn bare_forms(folded: &str) -> Vec<String> {
    let mut out = vec![folded.to_owned()];
    for e in ENDINGS {
        if let Some(stem) = folded.strip_suffix(e)
            && stem.chars().count() >= 3
        {
            out.push(stem.to_owned());
        }
    }
    out
}

fn names_match(query: &str, candidate: &str) -> Option<&'static str> {
    let q = fold(query);
    let c = fold(candidate);
    if q == c {
        return Some("name");
    }
    let qs = bare_forms(&q);
    let cs = bare_forms(&c);
    if qs.iter().any(|a| cs.iter().any(|b| a == b)) {
        return Some("inflection");
    }
    None
}

impl Organisation {
    /// Resolves a name as written ("KS", "Kommunstyrelsen", "kommunstyrelsen",
    /// "nämnderna", "Nämnder och styrelser", "förvaltningschefer") to a body,
    /// role or group of this organisation.
    ///
    /// Order: an exact id; names and aliases (with inflections); standard
    /// abbreviations (KF, KS, RS, LS, KSAU) and generic names ("fullmäktige",
    /// "styrelsen") to the single body of that kind. `None` when nothing or
    /// more than one body matches.
    pub fn resolve(&self, name: &str) -> Option<Resolved> {
        let found = |id: &str, kind, how: &str| Resolved {
            id: id.to_owned(),
            kind,
            matched_by: how.to_owned(),
        };
        let n = name.trim();
        if let Some(b) = self.body(n) {
            return Some(found(b.id.as_str(), PartyKind::Body, "id"));
        }
        if let Some(r) = self.role(n) {
            return Some(found(r.id.as_str(), PartyKind::Role, "id"));
        }
        if let Some(g) = self.group(n) {
            return Some(found(g.id.as_str(), PartyKind::Group, "id"));
        }
        for b in &self.bodies {
            if let Some(how) = names_match(n, &b.name) {
                return Some(found(b.id.as_str(), PartyKind::Body, how));
            }
            if b.aliases
                .iter()
                .any(|a| a == n || names_match(n, a).is_some())
            {
                return Some(found(b.id.as_str(), PartyKind::Body, "alias"));
            }
        }
        for g in &self.groups {
            if names_match(n, &g.name).is_some()
                || g.aliases.iter().any(|a| names_match(n, a).is_some())
            {
                return Some(found(g.id.as_str(), PartyKind::Group, "name"));
            }
        }
        for r in &self.roles {
            if names_match(n, &r.name).is_some()
                || r.aliases.iter().any(|a| names_match(n, a).is_some())
            {
                return Some(found(r.id.as_str(), PartyKind::Role, "name"));
            }
        }
        // Abbreviations and generic names: the single body of the kind.
        let kind = BodyKind::classify(n)?;
        let generic = matches!(
            fold(n).as_str(),
            "kf" | "ks" | "rf" | "rs" | "lf" | "ls" | "ksau" | "au"
        ) || matches!(
            kind,
            BodyKind::Fullmaktige | BodyKind::Styrelse | BodyKind::Revision
        );
        if !generic {
            return None;
        }
        let mut of_kind = self.bodies.iter().filter(|b| b.kind == kind);
        let first = of_kind.next()?;
        if of_kind.next().is_some() {
            return None;
        }
        let how = if n.len() <= 4 { "abbreviation" } else { "kind" };
        Some(found(first.id.as_str(), PartyKind::Body, how))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Body, Group, Role, RoleKind};
    use styrdok_core::OrgKind;

    fn sthlm() -> Organisation {
        let mut o = Organisation::new(
            "stockholm".parse().unwrap(),
            "Stockholms stad",
            OrgKind::Kommun,
        );
        o.bodies.push(Body::new(
            "stockholm/kf".parse().unwrap(),
            "Kommunfullmäktige",
            BodyKind::Fullmaktige,
        ));
        o.bodies.push(Body::new(
            "stockholm/ks".parse().unwrap(),
            "Kommunstyrelsen",
            BodyKind::Styrelse,
        ));
        o.bodies.push(Body::new(
            "stockholm/it-radet".parse().unwrap(),
            "IT-rådet",
            BodyKind::Rad,
        ));
        o.bodies.push(Body::new(
            "stockholm/stadsledningskontoret".parse().unwrap(),
            "Stadsledningskontoret",
            BodyKind::Forvaltning,
        ));
        o.groups.push(Group::new(
            "stockholm/namnder-och-styrelser".parse().unwrap(),
            "Nämnder och styrelser",
        ));
        o.roles.push(Role::new(
            "stockholm/forvaltningschef".parse().unwrap(),
            "förvaltningschef",
            RoleKind::Official,
        ));
        o
    }

    #[test]
    fn resolves_written_names() {
        let o = sthlm();
        let id = |n: &str| o.resolve(n).map(|r| r.id);
        assert_eq!(id("KF").as_deref(), Some("stockholm/kf"));
        assert_eq!(id("Kommunfullmäktige").as_deref(), Some("stockholm/kf"));
        assert_eq!(id("kommunstyrelsen").as_deref(), Some("stockholm/ks"));
        assert_eq!(id("KS").as_deref(), Some("stockholm/ks"));
        assert_eq!(id("IT-rådet").as_deref(), Some("stockholm/it-radet"));
        assert_eq!(
            id("stadsledningskontoret").as_deref(),
            Some("stockholm/stadsledningskontoret")
        );
        assert_eq!(
            id("Nämnder och styrelser").as_deref(),
            Some("stockholm/namnder-och-styrelser")
        );
        assert_eq!(
            id("Förvaltningschefer").as_deref(),
            Some("stockholm/forvaltningschef")
        );
        assert_eq!(id("socialnämnden"), None);
        assert_eq!(id("medarbetare"), None);
    }
}
