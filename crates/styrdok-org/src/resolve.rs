//! Matching the names people write to bodies, roles and groups.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use styrdok_core::text::fold;
use styrdok_core::{BodyKind, PartyId};

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

/// How a written name matched a party.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    /// The party's id, exactly (`stockholm/ks`).
    Id,
    /// Its name, folded ("kommunstyrelsen").
    Name,
    /// One of its aliases.
    Alias,
    /// An inflected form of its name or an alias ("nämnderna").
    Inflection,
    /// A standard abbreviation (KF, KS, RS, KSAU) for the single body of
    /// that kind.
    Abbreviation,
    /// A generic name ("fullmäktige", "styrelsen") for the single body of
    /// that kind.
    Kind,
}

impl MatchedBy {
    /// The machine id, as in JSON: `id`, `name`, `alias`, …
    pub fn id(self) -> &'static str {
        match self {
            MatchedBy::Id => "id",
            MatchedBy::Name => "name",
            MatchedBy::Alias => "alias",
            MatchedBy::Inflection => "inflection",
            MatchedBy::Abbreviation => "abbreviation",
            MatchedBy::Kind => "kind",
        }
    }
}

impl std::fmt::Display for MatchedBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// A resolved name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Resolved {
    /// The party's id.
    #[schemars(with = "String")]
    pub id: PartyId,
    /// Body, role or group.
    pub kind: PartyKind,
    /// How the name matched.
    pub matched_by: MatchedBy,
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

fn names_match(query: &str, candidate: &str) -> Option<MatchedBy> {
    let q = fold(query);
    let c = fold(candidate);
    if q == c {
        return Some(MatchedBy::Name);
    }
    let qs = bare_forms(&q);
    let cs = bare_forms(&c);
    if qs.iter().any(|a| cs.iter().any(|b| a == b)) {
        return Some(MatchedBy::Inflection);
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
    ///
    /// A body written with this organisation's name after it (`Miljö- och
    /// byggnämnden i Vetlanda kommun` in Vetlanda kommun) resolves as the
    /// name before it ([`BodyKind::name_without_organisation`]); with
    /// another organisation's name, it does not.
    pub fn resolve(&self, name: &str) -> Option<Resolved> {
        self.resolve_as_written(name).or_else(|| {
            self.without_own_name(name)
                .and_then(|head| self.resolve_as_written(head))
        })
    }

    /// A body's name without this organisation's name written after it
    /// (`Miljö- och byggnämnden i Vetlanda kommun` → `Miljö- och
    /// byggnämnden` in Vetlanda kommun); `None` when no organisation's
    /// name follows it or another organisation's does.
    #[must_use]
    pub fn without_own_name<'a>(&self, name: &'a str) -> Option<&'a str> {
        let head = BodyKind::name_without_organisation(name)?;
        let written = fold(name);
        std::iter::once(&self.name)
            .chain(&self.aliases)
            .any(|o| written.ends_with(&format!(" i {}", fold(o))))
            .then_some(head)
    }

    fn resolve_as_written(&self, name: &str) -> Option<Resolved> {
        let found = |id: PartyId, kind, how| Resolved {
            id,
            kind,
            matched_by: how,
        };
        let n = name.trim();
        if let Some(b) = self.body(n) {
            return Some(found(PartyId::from(&b.id), PartyKind::Body, MatchedBy::Id));
        }
        if let Some(r) = self.role(n) {
            return Some(found(PartyId::from(&r.id), PartyKind::Role, MatchedBy::Id));
        }
        if let Some(g) = self.group(n) {
            return Some(found(PartyId::from(&g.id), PartyKind::Group, MatchedBy::Id));
        }
        for b in &self.bodies {
            if let Some(how) = names_match(n, &b.name) {
                return Some(found(PartyId::from(&b.id), PartyKind::Body, how));
            }
            if b.aliases
                .iter()
                .any(|a| a == n || names_match(n, a).is_some())
            {
                return Some(found(
                    PartyId::from(&b.id),
                    PartyKind::Body,
                    MatchedBy::Alias,
                ));
            }
        }
        for g in &self.groups {
            if names_match(n, &g.name).is_some()
                || g.aliases.iter().any(|a| names_match(n, a).is_some())
            {
                return Some(found(
                    PartyId::from(&g.id),
                    PartyKind::Group,
                    MatchedBy::Name,
                ));
            }
        }
        for r in &self.roles {
            if names_match(n, &r.name).is_some()
                || r.aliases.iter().any(|a| names_match(n, a).is_some())
            {
                return Some(found(
                    PartyId::from(&r.id),
                    PartyKind::Role,
                    MatchedBy::Name,
                ));
            }
        }
        // Abbreviations and generic names: the single body of the kind
        // (not with an organisation's name after it: `resolve` reads that).
        if BodyKind::name_without_organisation(n).is_some() {
            return None;
        }
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
        let how = if n.len() <= 4 {
            MatchedBy::Abbreviation
        } else {
            MatchedBy::Kind
        };
        Some(found(PartyId::from(&first.id), PartyKind::Body, how))
    }
}

/// A name that matched nothing: what was asked, the closest known names
/// ("did you mean") and every known one, so a message can list them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnknownName {
    /// What it is: "organisation", "body".
    pub what: &'static str,
    /// The name as given.
    pub given: String,
    /// The closest known names (id and name), best first.
    pub did_you_mean: Vec<(String, String)>,
    /// Every known id and name.
    pub known: Vec<(String, String)>,
    /// More than one matched (the ids), when the name is ambiguous.
    pub ambiguous: Vec<String>,
}

impl std::fmt::Display for UnknownName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let given = styrdok_core::text::shorten(&self.given, 60);
        let list = |v: &[(String, String)]| {
            v.iter()
                .map(|(id, name)| format!("{id} ({name})"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if self.ambiguous.is_empty() {
            write!(f, "no {} {given:?} in the register", self.what)?;
        } else {
            write!(
                f,
                "the {} {given:?} is ambiguous: it names {}",
                self.what,
                self.ambiguous.join(", ")
            )?;
        }
        if !self.did_you_mean.is_empty() && self.ambiguous.is_empty() {
            write!(f, "; did you mean {}?", list(&self.did_you_mean))?;
        }
        write!(f, "; known: {}", list(&self.known))
    }
}

impl std::error::Error for UnknownName {}

/// The usual forms of an organisation's name: its folded name, with the
/// form word ("stad", "kommun", "region") and a genitive -s dropped
/// ("Stockholms stad" → "stockholm"; "Haninge kommun" → "haninge").
fn org_forms(o: &Organisation) -> Vec<String> {
    let mut out = vec![fold(o.id.as_str()), fold(&o.name)];
    let name = fold(&o.name);
    for word in [" stad", " kommun", " region", " kommunalforbund"] {
        if let Some(stem) = name.strip_suffix(word) {
            out.push(stem.to_owned());
            if let Some(s) = stem.strip_suffix('s')
                && s.chars().count() >= 3
            {
                out.push(s.to_owned());
            }
        }
    }
    for word in ["region ", "kommunalforbundet "] {
        if let Some(stem) = name.strip_prefix(word) {
            out.push(stem.to_owned());
        }
    }
    out
}

/// The closest of `known` to `given` by Jaro–Winkler similarity on folded
/// text (at most three, similarity ≥ 0.8).
fn closest(given: &str, known: &[(String, String)]) -> Vec<(String, String)> {
    let g = fold(given);
    let mut scored: Vec<(f64, &(String, String))> = known
        .iter()
        .map(|k| {
            let s =
                strsim::jaro_winkler(&g, &fold(&k.0)).max(strsim::jaro_winkler(&g, &fold(&k.1)));
            (s, k)
        })
        .filter(|(s, _)| *s >= 0.8)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0));
    scored.into_iter().take(3).map(|(_, k)| k.clone()).collect()
}

/// Finds an organisation by what people type: its id ("stockholm"), its
/// name ("Stockholms stad"), the usual short forms ("Stockholm", "Haninge")
/// or an alias that only one organisation has, folded (case, å/ä/ö). An
/// unknown or ambiguous name is an [`UnknownName`] listing the known ones
/// and the closest ("did you mean").
///
/// ```
/// use styrdok_org::{Organisation, find_organisation};
/// use styrdok_core::OrgKind;
/// let orgs = [Organisation::new("stockholm".parse()?, "Stockholms stad", OrgKind::Kommun),
///             Organisation::new("solna".parse()?, "Solna stad", OrgKind::Kommun)];
/// assert_eq!(find_organisation(&orgs, "Stockholms stad")?.id.as_str(), "stockholm");
/// assert_eq!(find_organisation(&orgs, "SOLNA")?.id.as_str(), "solna");
/// let e = find_organisation(&orgs, "Stokholm").unwrap_err();
/// assert_eq!(e.did_you_mean[0].0, "stockholm");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// An [`UnknownName`] with the closest organisations when none matches, or the
/// matching ids when more than one does.
pub fn find_organisation<'a>(
    orgs: &'a [Organisation],
    given: &str,
) -> Result<&'a Organisation, UnknownName> {
    let g = fold(given.trim());
    if let Some(o) = orgs.iter().find(|o| o.id.as_str() == given.trim()) {
        return Ok(o);
    }
    let by_form: Vec<&Organisation> = orgs.iter().filter(|o| org_forms(o).contains(&g)).collect();
    let by_alias: Vec<&Organisation> = orgs
        .iter()
        .filter(|o| o.aliases.iter().any(|a| fold(a) == g))
        .collect();
    let known: Vec<(String, String)> = orgs
        .iter()
        .map(|o| (o.id.to_string(), o.name.clone()))
        .collect();
    let unknown = |ambiguous: Vec<String>| UnknownName {
        what: "organisation",
        given: given.to_owned(),
        did_you_mean: closest(given, &known),
        known: known.clone(),
        ambiguous,
    };
    match (by_form.as_slice(), by_alias.as_slice()) {
        ([one], _) | ([], [one]) => Ok(one),
        ([], []) => Err(unknown(Vec::new())),
        (many, _) if many.len() > 1 => {
            Err(unknown(many.iter().map(|o| o.id.to_string()).collect()))
        }
        (_, many) => Err(unknown(many.iter().map(|o| o.id.to_string()).collect())),
    }
}

impl Organisation {
    /// [`Organisation::resolve`], or an [`UnknownName`] listing this
    /// organisation's bodies, groups and roles and the closest of them.
    ///
    /// # Errors
    /// An [`UnknownName`] with this organisation's parties and the closest of
    /// them when nothing matches.
    pub fn resolve_or_suggest(&self, name: &str) -> Result<Resolved, UnknownName> {
        if let Some(r) = self.resolve(name) {
            return Ok(r);
        }
        let known: Vec<(String, String)> = self
            .bodies
            .iter()
            .map(|b| (b.id.to_string(), b.name.clone()))
            .chain(
                self.groups
                    .iter()
                    .map(|g| (g.id.to_string(), g.name.clone())),
            )
            .chain(
                self.roles
                    .iter()
                    .map(|r| (r.id.to_string(), r.name.clone())),
            )
            .collect();
        Err(UnknownName {
            what: "body, group or role",
            given: name.to_owned(),
            did_you_mean: closest(name, &known),
            known,
            ambiguous: Vec::new(),
        })
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
        // With this organisation's name after it; not another's.
        assert_eq!(
            id("Kommunstyrelsen i Stockholms stad").as_deref(),
            Some("stockholm/ks")
        );
        assert_eq!(id("IT-rådet i Solna stad"), None);
        assert_eq!(id("Kommunstyrelsen i Solna stad"), None);
    }

    #[test]
    fn organisations_by_id_name_and_usual_forms() {
        let mut solna = Organisation::new("solna".parse().unwrap(), "Solna stad", OrgKind::Kommun);
        solna.aliases.push("staden".into());
        let mut s = sthlm();
        s.aliases.push("staden".into());
        let haninge = Organisation::new(
            "haninge".parse().unwrap(),
            "Haninge kommun",
            OrgKind::Kommun,
        );
        let orgs = [s, solna, haninge];
        let id = |q: &str| find_organisation(&orgs, q).map(|o| o.id.to_string());
        for q in [
            "stockholm",
            "Stockholms stad",
            "stockholms stad",
            "Stockholm",
            "STOCKHOLMS",
        ] {
            assert_eq!(id(q).as_deref(), Ok("stockholm"), "{q}");
        }
        assert_eq!(id("Haninge kommun").as_deref(), Ok("haninge"));
        assert_eq!(id("haninge").as_deref(), Ok("haninge"));
        // An alias two organisations share is ambiguous.
        let e = find_organisation(&orgs, "staden").unwrap_err();
        assert_eq!(e.ambiguous, ["stockholm", "solna"]);
        // Unknown: the closest and every known one.
        let e = find_organisation(&orgs, "Solan").unwrap_err();
        assert_eq!(e.did_you_mean[0].0, "solna");
        assert_eq!(e.known.len(), 3);
        let msg = e.to_string();
        assert!(msg.contains("did you mean solna (Solna stad)"), "{msg}");
        assert!(msg.contains("haninge (Haninge kommun)"), "{msg}");
        assert!(
            find_organisation(&orgs, "Göteborg")
                .unwrap_err()
                .did_you_mean
                .is_empty()
        );
    }

    #[test]
    fn unknown_bodies_list_the_known_ones() {
        let o = sthlm();
        assert_eq!(o.resolve_or_suggest("KS").unwrap().id, "stockholm/ks");
        let e = o.resolve_or_suggest("Kommunstyrlsen").unwrap_err();
        assert_eq!(e.did_you_mean[0].0, "stockholm/ks");
        assert!(e.to_string().contains("stockholm/it-radet (IT-rådet)"));
    }
}
