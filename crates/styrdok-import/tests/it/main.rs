//! Integration tests of styrdok-import.
#![allow(clippy::unwrap_used)]

mod forms;
mod invariants;
mod real_corpus;
mod realistic;
mod score;
mod seeds;
