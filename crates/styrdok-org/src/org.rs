use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use styrdok_core::{OrgId, OrgKind};

use crate::{Body, Delegation, Group, Role};

/// A municipality, region, kommunalförbund or municipal company.
///
/// Unknown fields are rejected (`deny_unknown_fields`): a misspelt field in a
/// hand-written register would otherwise silently drop data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Organisation {
    /// Id, e.g. `stockholm`.
    pub id: OrgId,
    /// Name as the organisation writes it ("Stockholms stad").
    pub name: String,
    /// Kind (Solna stad and Stockholms stad are kommuner).
    pub kind: OrgKind,
    /// Other names ("Solna", "staden").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The taxonomy profile it governs itself by (`builtin:solna-2018`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// For a bolag: the organisation that owns it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<OrgId>,
    /// Its bodies (organ).
    #[serde(default)]
    pub bodies: Vec<Body>,
    /// Functional roles and officials.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Named groups of bodies.
    #[serde(default)]
    pub groups: Vec<Group>,
    /// Delegations of decision-making power.
    #[serde(default)]
    pub delegations: Vec<Delegation>,
    /// Free-text remarks (e.g. why the name is unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Organisation {
    /// An organisation with no bodies yet.
    pub fn new(id: OrgId, name: impl Into<String>, kind: OrgKind) -> Self {
        Organisation {
            id,
            name: name.into(),
            kind,
            aliases: Vec::new(),
            profile: None,
            owner: None,
            bodies: Vec::new(),
            roles: Vec::new(),
            groups: Vec::new(),
            delegations: Vec::new(),
            note: None,
        }
    }

    /// The body with this id.
    pub fn body(&self, id: &str) -> Option<&Body> {
        self.bodies.iter().find(|b| b.id.as_str() == id)
    }

    /// The role with this id.
    pub fn role(&self, id: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.id.as_str() == id)
    }

    /// The group with this id.
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id.as_str() == id)
    }

    /// Whether a body, role or group has this id.
    pub fn has_party(&self, id: &str) -> bool {
        self.body(id).is_some() || self.role(id).is_some() || self.group(id).is_some()
    }
}
