//! Information-security control catalogues for styrdok.
//!
//! - Catalogues ([`Catalog`]), OSCAL-shaped: ISO/IEC 27001:2022 Annex A (93
//!   controls by theme) and clauses 4–10 (`iso27001:2022`), ISO/IEC
//!   27001:2013 Annex A (114 controls, `iso27001:2013`), NIS2 article 21(2)
//!   (`nis2:2022`); each control with our own Swedish label and, for 2022,
//!   the ISO/IEC 27002:2022 attributes as typed values ([`Attributes`]),
//!   marked as the project's own classification and replaceable
//!   ([`Catalog::override_attributes`]).
//! - Mappings ([`Mapping`], [`Crosswalk`]) in the NIST IR 8477 / OSCAL 1.2
//!   vocabulary ([`Relationship`]): 2013→2022, NIS2→2022, KLASSA aspects→2022.
//! - KLASSA levels and aspects ([`KlassaLevel`], [`Aspect`]).
//! - Statement→control links ([`ControlLink`]) and [`coverage()`].
//! - Suggestions: [`suggest()`] ranks the controls a Swedish statement
//!   addresses and says which words triggered each; a statement with no
//!   information-security content gets none ([`Gate`], [`Suggester`]);
//!   where the lexicon names fewer than three controls, a learned ranker
//!   over labelled real statements fills the top 3 ([`NearestStatements`],
//!   trained from [`training_statements`]).
//! - OSCAL catalog JSON: [`export_oscal`], [`import_oscal`].
//!
//! ```
//! use styrdok_controls::{Library, suggest};
//! use styrdok_core::ControlRef;
//!
//! let lib = Library::builtin()?;
//! let iso = lib.catalog("iso27001:2022").ok_or("missing")?;
//! assert_eq!(iso.control("5.15").map(|c| c.title.as_str()), Some("Access control"));
//!
//! let old: ControlRef = "iso27001:2013/A.9.1.1".parse()?;
//! let to_2022 = lib.map(&old, "iso27001:2022");
//! assert!(to_2022.iter().any(|m| m.target.control() == "5.15"));
//!
//! let s = suggest("Alla incidenter ska rapporteras");
//! assert!(s.iter().any(|s| s.control.control() == "6.8"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod attributes;
mod builtin;
mod catalog;
mod coverage;
mod error;
mod klassa;
mod link;
mod mapping;
mod oscal;
mod suggest;
mod table;

pub use attributes::{
    ATTRIBUTE_TYPES, Attributes, ClassificationSource, ControlType, CyberConcept,
    OperationalCapability, SecurityDomain, SecurityProperty,
};
pub use builtin::{
    CLAUSES_GROUP, DATA_LAST_MODIFIED, DATA_VERSION, ISO27001_2013, ISO27001_2022, KLASSA, Library,
    NIS2_2022, aspect_properties, iso27001_2013, iso27001_2022, mappings_2013_2022,
    mappings_aspects, mappings_nis2, nis2_2022,
};
pub use catalog::{
    Catalog, Control, ControlEntry, Framework, Group, Link, Metadata, Param, Part, Prop,
};
pub use coverage::{
    AttributeCoverage, ControlCoverage, CoverageInput, CoverageReport, CoverageStatus, OrgCoverage,
    ThemeCoverage, coverage, through_crosswalk,
};
pub use error::ControlsError;
pub use klassa::{Aspect, KLASSA_ASPECTS_SOURCE, KLASSA_LEVELS_SOURCE, KlassaLevel};
pub use link::{ControlLink, LinkStatus};
pub use mapping::{Crosswalk, Mapping, Relationship};
pub use oscal::{
    ATTRIBUTES_NS, ID_PREFIX, OSCAL_VERSION, STYRDOK_NS, catalog_uuid, check_oscal, export_oscal,
    import_oscal, import_oscal_str,
};
pub use suggest::{
    CONTEXT_WEIGHTS, ContextEvidence, ContextPart, ContextWeights, Gate, LEARNED_GATE_CLOSES_BELOW,
    LEARNED_GATE_OPENS_AT, LEARNED_GATE_THRESHOLD, LabelledStatement, LearnedGate, Lexicon,
    LexiconEntry, MIN_SCORE, NEIGHBOURS, NO_CONTEXT, NearestStatements, NgramModel, PROFILE_WEIGHT,
    RANKER_FILLS_TO, RANKER_MIN_SHARE, RANKER_MIN_SIMILARITY, RANKER_SILENT_SECURITY, Ranking,
    StatementContext, Suggester, Suggestion, TRAINING_SETS, Trigger, WeightedWord,
    fill_from_ranker, learned_gate_passes, learned_gate_passes_in, parse_labelled, suggest,
    suggest_in, suggest_with, training_statements,
};
