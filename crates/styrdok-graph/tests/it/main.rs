//! Integration tests of styrdok-graph.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    missing_docs,
    unreachable_pub
)]

mod checks;
mod export;
mod fixtures;
mod props;
mod queries;
mod seed;
mod status;
