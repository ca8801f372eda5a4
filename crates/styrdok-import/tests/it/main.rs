//! Integration tests of styrdok-import.
#![allow(clippy::unwrap_used)]

mod score;
mod seeds;
