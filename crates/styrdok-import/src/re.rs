//! The one place a regular expression of this crate is compiled.

use regex::Regex;

/// Compiles one of this crate's own patterns (a constant in the source, never
/// input). A pattern that does not compile is a bug in this crate, found by
/// every test that imports a text (each `LazyLock` pattern is compiled on
/// first use, and `every_pattern_compiles` below forces them all); it can
/// never be triggered by input.
#[allow(clippy::expect_used)]
pub(crate) fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("the crate's own regular expressions are valid")
}
