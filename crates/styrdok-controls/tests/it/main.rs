//! Integration tests of styrdok-controls.
#![allow(clippy::unwrap_used)]
mod builtin;
mod coverage;
mod oscal;
mod suggest_eval;
