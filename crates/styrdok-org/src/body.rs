use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use styrdok_core::{
    BodyId, BodyKind, BodyNature, DocumentId, DocumentKind, GroupId, PARTY_ID_PATTERN, PartyId,
    Provenance, RoleId,
};

/// A body (organ): fullmäktige, a styrelse, a nämnd, an utskott, a company
/// board, the revisorer, an advisory council, a förvaltning or a unit.
///
/// `deny_unknown_fields`: hand-written registers must not lose data to typos.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Body {
    /// Id, e.g. `stockholm/ks`.
    pub id: BodyId,
    /// Name as written ("Kommunstyrelsen").
    pub name: String,
    /// Kind.
    pub kind: BodyKind,
    /// Other names and abbreviations ("KS").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// How it relates to other bodies and roles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<BodyLink>,
    /// Whether the documents state that it exists, or it is derived.
    #[serde(default, skip_serializing_if = "Provenance::is_stated")]
    pub provenance: Provenance,
}

impl Body {
    /// A body with no aliases or links.
    pub fn new(id: BodyId, name: impl Into<String>, kind: BodyKind) -> Self {
        Body {
            id,
            name: name.into(),
            kind,
            aliases: Vec::new(),
            links: Vec::new(),
            provenance: Provenance::Stated,
        }
    }
    /// Political, administrative or advisory.
    pub fn nature(&self) -> BodyNature {
        self.kind.nature()
    }
}

/// How a body relates to another body or role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BodyLink {
    /// The kind of relation.
    pub kind: BodyLinkKind,
    /// The other party (a body or role id).
    #[schemars(with = "String", extend("pattern" = styrdok_core::PARTY_ID_PATTERN))]
    pub target: PartyId,
    /// Where the relation comes from.
    #[serde(default, skip_serializing_if = "Provenance::is_stated")]
    pub provenance: Provenance,
}

/// Relations between bodies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BodyLinkKind {
    /// Appointed (elected) by the target: KS and nämnder by fullmäktige.
    AppointedBy,
    /// An administration serving the target: stadsledningskontoret serves KS.
    Serves,
    /// Advises the target without deciding: IT-rådet advises the stadsdirektör.
    Advises,
    /// Part of the target: an utskott of KS, a unit of a förvaltning.
    PartOf,
    /// Answers to the target: a company board to its owner's holding company.
    AnswersTo,
}

/// Whether a role is an official (tjänsteperson) or a functional role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RoleKind {
    /// An official leading a body (stadsdirektör, förvaltningschef,
    /// bolagschef); when an official adopts a document, the adopter's body
    /// kind is `tjansteperson`.
    Official,
    /// A function someone holds (systemägare, dataskyddsombud,
    /// informationssäkerhetssamordnare, medarbetare).
    Functional,
}

/// A role that is not a body of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Role {
    /// Id, e.g. `stockholm/forvaltningschef`.
    pub id: RoleId,
    /// Name as written ("förvaltningschef").
    pub name: String,
    /// Official or functional.
    pub kind: RoleKind,
    /// Other names ("förvaltningschefer", "chef").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The bodies in which the role is held (stadsdirektör in
    /// stadsledningskontoret).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub held_in: Vec<BodyId>,
    /// Held in every body of these kinds (förvaltningschef in each förvaltning).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub held_in_kinds: Vec<BodyKind>,
    /// Where the role comes from.
    #[serde(default, skip_serializing_if = "Provenance::is_stated")]
    pub provenance: Provenance,
}

impl Role {
    /// A role held nowhere in particular.
    pub fn new(id: RoleId, name: impl Into<String>, kind: RoleKind) -> Self {
        Role {
            id,
            name: name.into(),
            kind,
            aliases: Vec::new(),
            held_in: Vec::new(),
            held_in_kinds: Vec::new(),
            provenance: Provenance::Stated,
        }
    }
}

/// A named set of bodies, by members or by body kind: Stockholm's "Nämnder
/// och styrelser" (the nämnder including KS, and the company boards).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Group {
    /// Id, e.g. `stockholm/namnder-och-styrelser`.
    pub id: GroupId,
    /// Name as written.
    pub name: String,
    /// Other names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Explicit members (body or role ids, possibly of owned organisations).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(schema_with = "party_list")]
    pub members: Vec<PartyId>,
    /// Every body of these kinds is a member.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub member_kinds: Vec<BodyKind>,
    /// Whether `member_kinds` also covers organisations this one owns
    /// (Stockholms Stadshus AB and its subsidiaries).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub include_owned: bool,
    /// How membership was established.
    #[serde(default, skip_serializing_if = "Provenance::is_stated")]
    pub provenance: Provenance,
}

/// The schema of a list of party references (a group's members).
fn party_list(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "type": "array",
        "items": { "type": "string", "pattern": PARTY_ID_PATTERN },
    })
}

impl Group {
    /// A group with no members.
    pub fn new(id: GroupId, name: impl Into<String>) -> Self {
        Group {
            id,
            name: name.into(),
            aliases: Vec::new(),
            members: Vec::new(),
            member_kinds: Vec::new(),
            include_owned: false,
            provenance: Provenance::Stated,
        }
    }
}

/// A delegation of decision-making power (kommunallagen 5 kap 2 §, 6 kap
/// 37–38 §§, 7 kap 5–8 §§), as recorded in a delegationsordning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Delegation {
    /// The delegating party (a body id).
    #[schemars(with = "String", extend("pattern" = styrdok_core::PARTY_ID_PATTERN))]
    pub from: PartyId,
    /// The receiving party (a body or role id; never a group of employees).
    #[schemars(with = "String", extend("pattern" = styrdok_core::PARTY_ID_PATTERN))]
    pub to: PartyId,
    /// What may be decided, as written, or document kinds it covers.
    pub matters: String,
    /// Document kinds the delegation covers (adopting these kinds): the
    /// same canonical ids (or taxonomy slugs) a document's `kind` holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub document_kinds: Vec<DocumentKind>,
    /// Whether the receiver may pass it on (vidaredelegation).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub further_delegation: bool,
    /// Whether decisions are reported back (anmälan).
    #[serde(default = "yes", skip_serializing_if = "Clone::clone")]
    pub report_back: bool,
    /// The document that makes the delegation (a delegationsordning).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<DocumentId>,
    /// Where the fact comes from.
    #[serde(default, skip_serializing_if = "Provenance::is_stated")]
    pub provenance: Provenance,
}

fn yes() -> bool {
    true
}

impl Delegation {
    /// A delegation from one party to another.
    pub fn new(
        from: impl Into<PartyId>,
        to: impl Into<PartyId>,
        matters: impl Into<String>,
    ) -> Self {
        Delegation {
            from: from.into(),
            to: to.into(),
            matters: matters.into(),
            document_kinds: Vec::new(),
            further_delegation: false,
            report_back: true,
            document: None,
            provenance: Provenance::Stated,
        }
    }
}
