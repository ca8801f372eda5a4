//! Integration tests of styrdok-report.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod export;
mod report;
