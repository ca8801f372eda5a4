//! Integration tests of styrdok-controls.
#![allow(clippy::unwrap_used)]
mod suggest_eval;
