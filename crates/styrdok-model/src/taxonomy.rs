use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use styrdok_core::{BodyKind, DocumentKind};

/// A taxonomy (styrmodell): the document kinds an organisation uses, who may
/// adopt each and on what basis, the validity rule, and which kinds may
/// concretize which.
///
/// Built-in profiles have ids prefixed `builtin:` so a register's own ids
/// never collide. An open taxonomy accepts kinds it does not list (reported
/// as info).
///
/// `deny_unknown_fields`: hand-written registers must not lose data to typos.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Taxonomy {
    /// Id (`builtin:solna-2018`, or a register's own).
    pub id: String,
    /// Name.
    pub name: String,
    /// Where the model comes from (document, page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Whether kinds it does not list are accepted.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub open: bool,
    /// The kinds, top of the hierarchy first.
    pub kinds: Vec<KindRule>,
}

impl Taxonomy {
    /// The rule for a kind.
    pub fn rule(&self, kind: &DocumentKind) -> Option<&KindRule> {
        self.kinds.iter().find(|r| &r.kind == kind)
    }
}

/// The rule for one document kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct KindRule {
    /// The kind.
    pub kind: DocumentKind,
    /// The Swedish label the organisation uses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_sv: Option<String>,
    /// Who may adopt it, and on what basis.
    pub adopters: Vec<AdopterRule>,
    /// The validity rule.
    #[serde(
        default = "ValidityRule::any",
        skip_serializing_if = "ValidityRule::is_any"
    )]
    pub validity: ValidityRule,
    /// The kinds a document of this kind may concretize.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub concretizes: Vec<DocumentKind>,
    /// How often it is to be reviewed, in years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_every_years: Option<u32>,
}

/// Who may adopt a kind, and on what basis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AdopterRule {
    /// A body kind or a role.
    #[serde(flatten)]
    pub adopter: Adopter,
    /// On what basis the adopter acts.
    pub basis: AdoptionBasis,
}

impl AdopterRule {
    /// A body kind acting on a basis.
    pub fn body(kind: BodyKind, basis: AdoptionBasis) -> Self {
        AdopterRule {
            adopter: Adopter::BodyKind(kind),
            basis,
        }
    }
    /// A role (its name, folded, e.g. `forvaltningschef`) acting on a basis.
    pub fn role(role: &str, basis: AdoptionBasis) -> Self {
        AdopterRule {
            adopter: Adopter::Role(role.to_owned()),
            basis,
        }
    }
}

/// An adopter: any body of a kind, or a role by name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Adopter {
    /// Any body of this kind.
    BodyKind(BodyKind),
    /// A role, by its folded name or id slug (`forvaltningschef`, `chef`).
    Role(String),
}

/// On what basis an adopter acts (kommunallagen).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AdoptionBasis {
    /// A matter of principle: fullmäktige's own (KL 5 kap 1 §).
    Principiell,
    /// The body's own competence (KS adopting riktlinjer).
    OwnRemit,
    /// Power delegated to it (KL 6 kap 37–38 §§, 7 kap 5–8 §§); needs a
    /// delegation path.
    Delegated,
    /// Routine execution (verkställighet); no decision, no delegation needed.
    Verkstallighet,
}

/// How long documents of a kind are valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ValidityRule {
    /// Until further notice.
    UntilFurtherNotice,
    /// A limited period; needs an end.
    Limited,
    /// A mandate period; needs an end.
    MandatePeriod,
    /// No rule.
    Any,
}

impl ValidityRule {
    fn any() -> Self {
        ValidityRule::Any
    }
    fn is_any(&self) -> bool {
        *self == ValidityRule::Any
    }
    /// Whether documents under this rule must have an end of validity.
    pub fn needs_end(self) -> bool {
        matches!(self, ValidityRule::Limited | ValidityRule::MandatePeriod)
    }
}
