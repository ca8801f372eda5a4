//! A whole register of organisations and documents.
//!
//! The register is one JSON file (see `docs/register-format.md`): taxonomy
//! profiles, sources, organisations with their bodies, and documents
//! (including stubs of cited documents). [`load_str`] / [`load_path`] parse
//! it keeping positions, so every [`styrdok_core::Diagnostic`] says file,
//! JSON pointer, line and column; one bad document never hides the problems
//! of the others.
//!
//! ```
//! let loaded = styrdok_register::bundled();
//! assert!(!loaded.has_errors(), "{:?}", loaded.diagnostics);
//! let register = loaded.register.expect("the bundled register is readable");
//! assert!(register.document("stockholm/it-program").is_some());
//!
//! let bad = styrdok_register::load_str(r#"{"format_version": "1", "documents": [{"id": "x/y", "kind": "policy", "decision_date": "2018-02-30"}]}"#, Some("bad.json"));
//! let d = &bad.diagnostics[0];
//! assert_eq!(d.code, "SD113");
//! assert_eq!(d.location.as_ref().and_then(|l| l.line), Some(1));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # How do I…
//!
//! - **load the bundled seed register, a file or a directory?**
//!   [`bundled`], [`load_path`] (either form) or [`load_str`]; each gives a
//!   [`Loaded`]: the register, when readable, and every diagnostic.
//! - **check it?** [`check_loaded`] adds the cross-checks (kommunallagen,
//!   references, taxonomies, the graph's) to what loading found.
//! - **ask what was in force on a date?** [`query::in_force_at`] (for one
//!   organisation or all); [`query::GraphStatus`] answers for one document.
//! - **list a body's duties?** [`query::resolve_party`] turns a name as
//!   people write it ("KS", "kommunstyrelsen") into parties, and
//!   [`query::duties_of`] lists their duties at a date.
//!
//! ```
//! use chrono::NaiveDate;
//! use styrdok_core::OrgId;
//! use styrdok_register::query::{GraphStatus, duties_of, in_force_at, resolve_party};
//!
//! let register = styrdok_register::bundled().register.ok_or("unreadable")?;
//! let solna: OrgId = "solna".parse()?;
//! let day = NaiveDate::from_ymd_opt(2020, 1, 1).ok_or("no such day")?;
//!
//! // What was in force in Solna on 1 January 2020?
//! let answer = in_force_at(&register, day, Some(&solna));
//! assert!(answer.in_force.iter().any(|d| d.id.as_str() == "solna/informationssakerhetspolicy-2018"));
//!
//! // What did kommunstyrelsen answer for then?
//! let ks = resolve_party(&register, "KS", Some(&solna));
//! assert_eq!(ks.first().map(|p| p.id.as_str()), Some("solna/ks"));
//! let duties = duties_of(&register, &ks, Some(day), &GraphStatus::new(&register));
//! for d in &duties.duties {
//!     println!("{} {} ({}): {}", d.letter, d.activity, d.document, d.text);
//! }
//! assert!(duties.duties.iter().any(|d| d.document.as_str() == "solna/informationssakerhetspolicy-2018"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod checks;
pub mod codes;
mod coverage;
pub mod dir;
mod format;
pub mod generate;
mod hierarchy;
pub mod index;
mod load;
pub mod position;
pub mod query;
pub mod read;
mod refs;
mod shape;
pub mod write;

use std::path::PathBuf;

use styrdok_core::Diagnostic;
use styrdok_model::{Document, Taxonomy};
use styrdok_org::Organisation;

pub use checks::{check, check_all, check_loaded, cross_checks, load_checks};
pub use coverage::{CoverageDate, CoverageQuery, coverage_at, coverage_inputs, coverage_of};
pub use format::{
    ControlLinkRecord, FORMAT_VERSION, ProfileDecl, Register, Settings, Source, SourceKind,
};
pub use hierarchy::Hierarchy;
pub use index::RegisterIndex;
pub use load::{BUNDLED_JSON, BUNDLED_NAME, Loaded, bundled, load_path, load_str};
pub use refs::{check_references, check_taxonomies};
pub use styrdok_controls::{LinkStatus, Relationship};

/// Errors of this crate (problems inside a register are diagnostics, not
/// errors).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RegisterError {
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        #[source]
        source: std::io::Error,
    },
    /// A write was refused: the target exists and is not what the command
    /// writes, or replacing it needs `--force`. Nothing was written.
    #[error("{}: {reason}", path.display())]
    Refused {
        /// The target.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// The input is beyond a limit of the loader (see `docs/reliability.md`).
    #[error("{}: {message}", path.display())]
    Limit {
        /// The file.
        path: PathBuf,
        /// Which limit, and where.
        message: String,
    },
    /// The register could not be serialized.
    #[error("cannot serialize the register: {0}")]
    Serialize(#[from] serde_json::Error),
}

impl Register {
    /// The organisation with this id.
    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id.as_str() == id)
    }

    /// The document with this id.
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id.as_str() == id)
    }

    /// A taxonomy by id: the register's own, or a built-in.
    pub fn taxonomy(&self, id: &str) -> Option<&Taxonomy> {
        self.profiles
            .iter()
            .find_map(|p| match p {
                ProfileDecl::Own(t) if t.id == id => Some(t),
                _ => None,
            })
            .or_else(|| styrdok_model::profiles::builtin(id))
    }

    /// The taxonomy an organisation governs itself by: its profile, or the
    /// generic built-in when it names none (or is unknown).
    pub fn taxonomy_for(&self, org: Option<&Organisation>) -> Option<&Taxonomy> {
        org.and_then(|o| o.profile.as_deref())
            .and_then(|p| self.taxonomy(p))
            .or_else(|| styrdok_model::profiles::builtin("builtin:generic"))
    }
}

/// Applies the register's per-code severity overrides. An override that
/// would lower a code that may not be downgraded (shape errors, duplicate
/// ids: see [`styrdok_core::DiagnosticCode::may_downgrade`]) is not applied;
/// [`settings_diagnostics`] reports it.
pub fn apply_severity(settings: &Settings, diags: &mut [Diagnostic]) {
    for d in diags {
        if let Some(s) = settings.severity.get(&d.code)
            && (d.code.may_downgrade() || *s >= d.severity)
        {
            d.severity = *s;
        }
    }
}

/// Errors for severity overrides a register may not make: lowering a code
/// that may not be downgraded, since an element with a shape error or a
/// duplicate id is left out of the register and would vanish silently.
pub fn settings_diagnostics(settings: &Settings) -> Vec<Diagnostic> {
    settings
        .severity
        .iter()
        .filter(|(code, s)| !code.may_downgrade() && **s < code.default_severity())
        .map(|(code, s)| {
            Diagnostic::error(
                codes::BAD_VALUE,
                format!(
                    "{code} cannot be made {s}: an element with this problem is left out \
                     of the register, so it stays an error"
                ),
            )
            .at(format!("/settings/severity/{code}"))
        })
        .collect()
}
