//! Integration tests of styrdok-import.
#![allow(clippy::unwrap_used)]

mod forms;
mod invariants;
mod score;
mod seeds;
