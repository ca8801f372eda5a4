//! What a styrdokument is.
//!
//! A [`Document`] holds its metadata (kind, adopter, dates, validity, review,
//! owner), its [`Section`]s, [`Statement`]s, duties
//! ([`styrdok_org::Duty`]) and [`Relation`]s to other documents, all as the
//! text states them; facts the text does not state carry their
//! [`styrdok_core::Provenance`]. A document known only from another
//! document's citation is a *stub* ([`Document::citation`]).
//!
//! A [`Taxonomy`] (styrmodell) says which kinds an organisation uses, who
//! may adopt each and on what basis, the validity rule and which kinds may
//! concretize which; [`profiles`] ships one per seed municipality, a
//! generic one and Vårgårda's. [`validate_document`] checks one document
//! against a taxonomy.
//!
//! ```
//! use styrdok_model::{profiles, validate_document, Document};
//! use styrdok_core::{DocumentKind, BodyKind};
//!
//! let mut doc = Document::new("haninge/it-policy".parse()?, DocumentKind::Policy);
//! doc.adopter_kind = Some(BodyKind::Styrelse);
//! let solna = profiles::builtin("builtin:solna-2018").expect("built in");
//! let haninge = profiles::builtin("builtin:haninge-2016").expect("built in");
//! assert!(validate_document(&doc, solna, None).iter().any(|d| d.code == "SD302"));
//! assert!(validate_document(&doc, haninge, None).iter().all(|d| !d.is_error()));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod document;
pub mod profiles;
mod relation;
mod section;
mod statement;
mod taxonomy;
mod validate;

pub use document::{
    Citation, Document, LawBasis, Requirement, RequirementTarget, Review, ScopeEntry, SourceRef,
    Stage, Validity, ValidityKind,
};
pub use relation::{Quantifier, Relation, RelationKind};
pub use section::Section;
pub use statement::{Modality, Statement, StatementType, modality_or_none};
pub use taxonomy::{Adopter, AdopterRule, AdoptionBasis, KindRule, Taxonomy, ValidityRule};
pub use validate::{AdopterFacts, adopter_facts, codes, matching_adopter_rule, validate_document};
