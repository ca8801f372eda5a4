//! The register file format (format version 1).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use styrdok_controls::{ControlLink, LinkStatus, Relationship};
use styrdok_core::{ControlRef, DiagnosticCode, Severity, StatementId};
use styrdok_model::{Document, Taxonomy};
use styrdok_org::Organisation;

/// The format version this crate reads and writes.
pub const FORMAT_VERSION: &str = "1";

/// A whole register: the taxonomies it declares, the laws and standards its
/// documents cite, its organisations and their documents, the links from
/// statements to controls, and per-register settings.
///
/// `deny_unknown_fields`: a misspelt top-level key would otherwise hide a
/// whole part of the register.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Register {
    /// The format version: always `"1"` for this version (it changes only
    /// when a valid register of the previous version would stop being
    /// valid).
    #[schemars(extend("const" = "1"))]
    pub format_version: String,
    /// A title for the register.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Taxonomies: built-ins by id (`"builtin:solna-2018"`) or the register's
    /// own as objects.
    #[serde(default)]
    pub profiles: Vec<ProfileDecl>,
    /// Laws, EU acts and standards cited.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Organisations.
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    /// Documents, including stubs.
    #[serde(default)]
    pub documents: Vec<Document>,
    /// Links from statements to controls.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub control_links: Vec<ControlLinkRecord>,
    /// Settings: severity overrides per diagnostic code.
    #[serde(default, skip_serializing_if = "Settings::is_empty")]
    pub settings: Settings,
}

impl Register {
    /// An empty register.
    pub fn new() -> Self {
        Register {
            format_version: FORMAT_VERSION.into(),
            title: None,
            profiles: Vec::new(),
            sources: Vec::new(),
            organisations: Vec::new(),
            documents: Vec::new(),
            control_links: Vec::new(),
            settings: Settings::default(),
        }
    }
}

impl Default for Register {
    fn default() -> Self {
        Self::new()
    }
}

/// A taxonomy declared by a register: a built-in by id, or its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum ProfileDecl {
    /// A built-in profile id (`builtin:solna-2018`).
    Builtin(String),
    /// The register's own taxonomy.
    Own(Taxonomy),
}

/// A law, EU act or standard.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Source {
    /// Id (`sfs-2009-400`, `eu-2016-679`, `iso-iec-27000`).
    pub id: styrdok_core::SourceId,
    /// What kind of source.
    pub kind: SourceKind,
    /// The official identifier ("SFS 2009:400", "(EU) 2016/679").
    pub identifier: String,
    /// The title.
    pub title: String,
    /// Other names as written in documents ("sekretesslagen", "GDPR").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The source that replaced it, if it has been repealed or withdrawn.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub replaced_by: Vec<String>,
    /// When it was repealed or withdrawn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repealed: Option<styrdok_core::DateValue>,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Kinds of sources.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SourceKind {
    /// A Swedish law (SFS).
    Law,
    /// A Swedish ordinance (förordning).
    Ordinance,
    /// An EU regulation or directive.
    EuAct,
    /// A standard (ISO/IEC).
    Standard,
    /// A framework or body of practice (ITIL).
    Framework,
}

/// A link from a statement to a control, with its basis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ControlLinkRecord {
    /// The statement.
    pub statement: StatementId,
    /// The control.
    pub control: ControlRef,
    /// How the statement relates to the control (NIST IR 8477 / OSCAL 1.2:
    /// equal-to, subset-of, superset-of, intersects-with).
    pub relationship: Relationship,
    /// Why.
    pub basis: String,
    /// Suggested by the engine, or confirmed by a person.
    pub status: LinkStatus,
}

impl ControlLinkRecord {
    /// The record of `link` from `statement`.
    pub fn new(statement: StatementId, link: ControlLink) -> Self {
        ControlLinkRecord {
            statement,
            control: link.control,
            relationship: link.relationship,
            basis: link.basis,
            status: link.status,
        }
    }

    /// The link without its statement, as the controls crate reads it.
    pub fn link(&self) -> ControlLink {
        ControlLink {
            control: self.control.clone(),
            relationship: self.relationship,
            basis: self.basis.clone(),
            status: self.status,
        }
    }
}

/// Per-register settings (inställningar).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// Severity per diagnostic code (`{"SD503": "warning"}`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub severity: BTreeMap<DiagnosticCode, Severity>,
}

impl Settings {
    fn is_empty(&self) -> bool {
        self.severity.is_empty()
    }
}
