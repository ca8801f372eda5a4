//! styrdok: Swedish municipal governance documents (styrdokument) as a
//! typed, validated, queryable model.
//!
//! This facade re-exports the workspace's crates, so one dependency is
//! enough for an embedder:
//!
//! | module | crate | owns |
//! |---|---|---|
//! | [`core`] | `styrdok-core` | ids, partial dates, diarienummer, kinds, diagnostics |
//! | [`org`] | `styrdok-org` | organisations, bodies, roles, groups, delegation, duties, RACI |
//! | [`model`] | `styrdok-model` | documents, sections, statements, relations, taxonomies |
//! | [`controls`] | `styrdok-controls` | control catalogues, crosswalks, suggestions, OSCAL |
//! | [`graph`] | `styrdok-graph` | the supersession graph, status at a date, lineage |
//! | [`register`] | `styrdok-register` | the register file, loading, cross-checks, queries |
//! | [`import`] | `styrdok-import` | plain text of a document → a draft document |
//! | [`cli`] | `styrdok-cli` | the `styrdok` command as a library (feature `cli`, on by default) |
//! | [`chrono`] | `chrono` | the date type ([`chrono::NaiveDate`]) the API takes |
//!
//! ```
//! let loaded = styrdok::register::bundled();
//! let register = loaded.register.as_ref().expect("the bundled register is readable");
//! let program = register.document("stockholm/it-program").expect("seed 001");
//! assert_eq!(program.kind, styrdok::core::DocumentKind::Program);
//! assert!(!loaded.has_errors());
//! ```
//!
//! # How do I…
//!
//! Each task's crate shows it in a compiled example on its front page.
//!
//! | task | call | example |
//! |---|---|---|
//! | load the bundled seed register, a file or a directory | [`register::bundled`], [`register::load_path`] | [`register`] |
//! | check a whole register | [`register::check_loaded`] | [`register`] |
//! | ask what was in force on a date | [`register::query::in_force_at`] | [`register`] |
//! | list a body's duties | [`register::query::resolve_party`], [`register::query::duties_of`] | [`register`] |
//! | validate one document against its styrmodell | [`model::validate_document`] | [`model`] |
//! | suggest controls for a sentence | [`controls::suggest()`] | [`controls`] |
//! | import the text of a document | [`import::import`], [`import::import_file`] | [`import`] |
//! | build the supersession graph, a document's status at a date | [`graph::DocumentGraph::build`], [`graph::DocumentGraph::status_at`] | [`graph`] |
//! | read ids, partial dates and diarienummer | [`core::DocumentId`], [`core::PartialDate`], [`core::Dnr`] | [`core`] |
//! | find who a name means in an organisation | [`org::Organisation::resolve`] | [`org`] |

pub use chrono;
#[cfg(feature = "cli")]
pub use styrdok_cli as cli;
pub use styrdok_controls as controls;
pub use styrdok_core as core;
pub use styrdok_graph as graph;
pub use styrdok_import as import;
pub use styrdok_model as model;
pub use styrdok_org as org;
pub use styrdok_register as register;
/// The HTML report and the CSV/Parquet tables (feature `report`; add
/// `parquet` for Parquet files).
#[cfg(feature = "report")]
pub use styrdok_report as report;

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
