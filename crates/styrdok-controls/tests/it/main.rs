//! Integration tests of styrdok-controls.
#![allow(clippy::unwrap_used)]
mod builtin;
mod coverage;
mod oscal;
mod props;
mod real_eval;
mod suggest_eval;
