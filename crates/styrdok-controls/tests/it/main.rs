//! Integration tests of styrdok-controls.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]
mod builtin;
mod coverage;
mod learned_cv;
mod oscal;
mod props;
mod real_eval;
mod repeats;
mod suggest_eval;
