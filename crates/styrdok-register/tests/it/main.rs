//! Integration tests of styrdok-register.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod answers;
mod bad_files;
mod cross_checks;
mod dir;
mod queries;
mod round_trip;
mod statuses;
mod writes;
