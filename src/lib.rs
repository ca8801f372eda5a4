//! styrdok: Swedish municipal governance documents as a typed, validated, queryable model.
pub use styrdok_core as core;
