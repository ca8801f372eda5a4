//! Integration tests of styrdok-import.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

mod big;
mod encodings;
#[cfg(feature = "docx")]
mod formats;
mod forms;
mod invariants;
mod real_corpus;
mod real_variants;
mod realistic;
mod score;
mod seeds;
mod statements_forms;
mod statements_real;
