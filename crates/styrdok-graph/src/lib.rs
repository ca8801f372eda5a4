//! The supersession graph of styrdokument.
//!
//! Municipal documents replace one another over decades, often only in part.
//! [`DocumentGraph::build`] reads the relations each [`Document`] states and
//! normalizes them into typed edges pointing from the acting document to the
//! one acted upon (`complemented_by` stated on a policy becomes a
//! `complements` edge from the other document; `concretized_by` becomes
//! `concretizes`), keeping where each was stated. The supersession edges —
//! replaces, replaces in part, repeals, amends — are kept acyclic
//! (petgraph's [`petgraph::acyclic::Acyclic`]): an edge that would close a
//! cycle is refused, naming the cycle.
//!
//! On the graph: the three-valued [`Status`] of a document at a date
//! ([`DocumentGraph::status_at`]: unknown when a date needed for the answer
//! is unknown, never a guess), what is in force for an organisation
//! ([`DocumentGraph::in_force_at`]), the current successor
//! ([`DocumentGraph::current_successor`]), the [`Lineage`], the changes
//! between two dates, the structural [`check_integrity`] checks (SD401–SD410)
//! and DOT, Mermaid and JSON export.
//!
//! [`Document`]: styrdok_model::Document
//!
//! ```
//! use chrono::NaiveDate;
//! use styrdok_core::{DateValue, DocumentKind};
//! use styrdok_graph::{DocumentGraph, Status};
//! use styrdok_model::{Document, Relation, RelationKind, Section};
//!
//! let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d");
//! let mut policy = Document::new("stockholm/infosak-policy".parse()?, DocumentKind::Policy);
//! policy.decision_date = DateValue::day(day("2005-06-13")?)?;
//! policy.sections = (1..=5).map(|i| Section::new(i.to_string(), None)).collect();
//! let mut program = Document::new("stockholm/it-program".parse()?, DocumentKind::Program);
//! program.decision_date = DateValue::day(day("2008-06-16")?)?;
//! let mut rel = Relation::to(RelationKind::ReplacesInPart, policy.id.clone());
//! rel.sections = vec!["3".into()];
//! program.relations.push(rel);
//!
//! let graph = DocumentGraph::build([&policy, &program]);
//! match graph.status_at(&policy.id, day("2009-01-01")?)? {
//!     Status::PartlySuperseded { parts, still_in_force } => {
//!         assert_eq!(parts[0].sections, ["3"]);
//!         assert_eq!(still_in_force, ["1", "2", "4", "5"]);
//!     }
//!     other => panic!("{other:?}"),
//! }
//! assert_eq!(graph.status_at(&program.id, day("2006-01-01")?)?, Status::NotYetDecided);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod check;
pub mod codes;
mod edge;
mod error;
mod export;
mod graph;
mod query;
mod status;

pub use check::{Authority, NoAuthority, RankAuthority, check_integrity, same_body};
pub use edge::{Edge, EdgeKind};
pub use error::GraphError;
pub use export::{
    EdgeStyle, ExportOptions, GraphView, JsonEdge, JsonGraph, JsonNode, ViewEdge, ViewNode,
    dot_quote, edge_colour, kind_word, mermaid_escape, mermaid_id, status_colour, wrap,
};
pub use graph::{DocumentGraph, Node};
pub use query::{Change, Changes, DocStatus, InForce, Lineage, LineageEntry};
pub use status::{Status, StatusKind, SupersededPart};
