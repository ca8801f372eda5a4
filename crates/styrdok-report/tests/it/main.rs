//! Integration tests of styrdok-report.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod export;
mod report;
