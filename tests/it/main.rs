//! End-to-end tests of the styrdok facade: the CLI in-process through
//! `styrdok_cli::run`, the built binary where exit codes and process
//! behaviour matter, schemas, and serde round trips.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod bad_input;
mod binary;
mod check;
mod controls;
mod import_pipeline;
mod roundtrip;
mod schema;
mod schemas;

/// `styrdok controls coverage` of the bundled seed register on 2020-01-01, as JSON.
pub(crate) const SEED_COVERAGE_JSON: &[&str] = &[
    "controls",
    "coverage",
    "--at",
    "2020-01-01",
    "--format",
    "json",
];

/// Runs the CLI in-process; returns (exit code, stdout, stderr).
pub(crate) fn run(args: &[&str]) -> (i32, String, String) {
    let mut out = Vec::new();
    let mut err = Vec::new();
    let mut argv = vec!["styrdok"];
    argv.extend_from_slice(args);
    let code = styrdok::cli::run(argv, &mut out, &mut err);
    (
        code,
        String::from_utf8(out).expect("utf-8 stdout"),
        String::from_utf8(err).expect("utf-8 stderr"),
    )
}

/// Writes `text` to a new temporary file and returns its guard.
pub(crate) fn temp_file(name: &str, text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    (dir, path)
}
