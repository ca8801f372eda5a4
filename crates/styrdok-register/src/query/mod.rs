//! Queries on a register: what is in force at a date, what a body is
//! responsible for, RACI matrices, documents due for review, and the
//! difference between two registers. Semantics (especially with unknown
//! dates) are described in `docs/queries.md`.
//!
//! Every date-dependent query is three-valued: a document whose status at
//! the date cannot be decided is listed apart ("may apply"), never silently
//! dropped or included.

mod diff;
mod duties;
mod in_force;
mod raci;
pub mod requires;
mod review;

pub use diff::{FieldChange, ItemChange, RegisterDiff, diff};
pub use duties::{DutiesReport, DutyEntry, HeldAs, PartyRef, duties_of, resolve_party};
pub use in_force::{GraphStatus, StatusAt, in_force_at};
pub(crate) use raci::raci_matrix_of;
pub use raci::{RaciCell, RaciColumn, RaciMatrix, RaciRow, raci_matrix};
pub use review::{ReviewBasis, ReviewEntry, ReviewReport, review_deadline, review_due};
