//! The one place a regular expression of this crate is compiled.

use regex::Regex;

/// Compiles one of this crate's own patterns (a constant in the source, never
/// input). A pattern that does not compile is a bug in this crate, found by
/// the tests that import texts (each `LazyLock` pattern is compiled on
/// first use, whatever the input); it can never be triggered by input.
#[allow(clippy::expect_used)]
pub(crate) fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("the crate's own regular expressions are valid")
}

/// The part of `text` at a byte `range` (usually offsets of a match on
/// `text` itself), or `""` when the range is out of bounds or splits a
/// character, where `&text[range]` would panic. Callers use it where an
/// empty part means "nothing found here".
pub(crate) fn part<R: std::slice::SliceIndex<str, Output = str>>(text: &str, range: R) -> &str {
    text.get(range).unwrap_or("")
}

#[cfg(test)]
mod tests {
    #[test]
    fn part_is_empty_off_char_boundaries() {
        let s = "år 2019";
        assert_eq!(super::part(s, 0..3), "år");
        assert_eq!(super::part(s, 3..), " 2019");
        assert_eq!(super::part(s, 1..3), "");
        assert_eq!(super::part(s, ..99), "");
    }
}
