//! Integration tests of styrdok-graph.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
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
