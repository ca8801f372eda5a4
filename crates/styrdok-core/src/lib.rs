//! The shared vocabulary of styrdok.
//!
//! Every other styrdok crate speaks in these types: validated id newtypes
//! ([`OrgId`], [`BodyId`], [`DocumentId`], [`StatementId`], [`ControlRef`]),
//! [`PartialDate`] and [`DateValue`] for the dates real documents give (exact,
//! year-month, year-only, bounded or unknown), [`Dnr`] for diarienummer, the
//! document-kind, body-kind and organisation-kind vocabularies, provenance of
//! facts, and the located [`Diagnostic`] every check reports.
//!
//! ```
//! use styrdok_core::{DocumentKind, Dnr, PartialDate, DocumentId};
//!
//! let kind: DocumentKind = "Riktlinjerna".parse()?;
//! assert_eq!(kind, DocumentKind::Riktlinje);
//!
//! let dnr: Dnr = "dnr 034-418/2005".parse()?;
//! assert_eq!(dnr.year(), Some(2005));
//!
//! let date: PartialDate = "2018-05".parse()?;
//! assert!(!date.is_exact());
//!
//! let id: DocumentId = "stockholm/it-program".parse()?;
//! assert_eq!(id.organisation().as_str(), "stockholm");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod code;
mod date;
mod diagnostic;
mod dnr;
mod error;
mod id;
mod kinds;
mod provenance;
pub mod text;
pub mod vocab;

pub use code::{DiagnosticCode, UnknownCode};
pub use date::{DateValue, PARTIAL_DATE_PATTERN, PartialDate, Precision, Tri};
pub use diagnostic::{Diagnostic, Location, Severity};
pub use dnr::Dnr;
pub use error::CoreError;
pub use id::{
    BodyId, ControlRef, DocumentId, GroupId, OrgId, PARTY_ID_PATTERN, PartyId, RoleId, SourceId,
    StatementId,
};
pub use kinds::{BodyKind, BodyNature, DocumentKind, OrgKind};
pub use provenance::{Confidence, Fact, ImportedFrom, Provenance};
