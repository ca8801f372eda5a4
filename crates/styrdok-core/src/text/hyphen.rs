//! De-hyphenation: the one rule for a word broken at a line end.
//!
//! A line that ends in a hyphen right after a letter, followed by a line
//! that starts with a lower-case letter, is read as follows:
//!
//! 1. before `och`, `eller`, `samt`, `till`, `resp`, `respektive`, the
//!    hyphen is a suspended compound and stays, with a space
//!    (`informations-` / `och kommunikation` → `informations- och
//!    kommunikation`);
//! 2. after an abbreviation in capitals (`IT-`, `KS-`) or a single letter
//!    (`e-`), the hyphen is part of the word and stays, without a space
//!    (`IT-programmet`, `e-tjänster`);
//! 3. otherwise the hyphen only broke the word and goes (`förut-` /
//!    `sättningar` → `förutsättningar`).
//!
//! Anything else (no hyphen, or an upper-case or non-letter start on the
//! next line) is not a broken word: the lines join with one space.

use crate::text::fold;

/// Words before which a line-end hyphen is a suspended compound.
pub const SUSPENSION_WORDS: [&str; 6] = ["och", "eller", "samt", "till", "resp", "respektive"];

/// How two wrapped lines (or a word and the next) join.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineJoin {
    /// Not a broken word: join with a space.
    Space,
    /// A broken word: drop the hyphen, no space (`förut-sättningar`).
    DropHyphen,
    /// A real hyphen (`IT-programmet`, `e-tjänster`): keep it, no space.
    KeepHyphen,
    /// A suspended compound (`informations- och`): keep it, with a space.
    Suspended,
}

/// How a text ending in `before` joins a text starting with `after` (both
/// may hold more than one word; only the last word of `before` and the
/// first word of `after` matter).
///
/// ```
/// use styrdok_core::text::{LineJoin, line_join};
/// assert_eq!(line_join("skapa förut-", "sättningar"), LineJoin::DropHyphen);
/// assert_eq!(line_join("Nytt IT-", "program"), LineJoin::KeepHyphen);
/// assert_eq!(line_join("informations-", "och IT-säkerhet"), LineJoin::Suspended);
/// assert_eq!(line_join("område -", "Nej"), LineJoin::Space);
/// ```
pub fn line_join(before: &str, after: &str) -> LineJoin {
    let before = before.trim_end();
    let after = after.trim_start();
    let Some(stem) = before.strip_suffix(['-', '\u{00ad}', '\u{2010}']) else {
        return LineJoin::Space;
    };
    if !after.chars().next().is_some_and(char::is_lowercase)
        || !stem.chars().next_back().is_some_and(char::is_alphabetic)
    {
        return LineJoin::Space;
    }
    let next_word = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if SUSPENSION_WORDS.contains(&fold(next_word).as_str()) {
        return LineJoin::Suspended;
    }
    // The word before the hyphen, read back at most 16 letters: an
    // abbreviation is shorter, and a long run of joined fragments must not
    // be re-read at every line.
    let frag: Vec<char> = stem
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .take(16)
        .collect();
    let caps = frag.len() >= 2 && frag.len() < 16 && frag.iter().all(|c| c.is_uppercase());
    if caps || frag.len() == 1 {
        LineJoin::KeepHyphen
    } else {
        LineJoin::DropHyphen
    }
}

/// Appends the wrapped line `b` to `a` by [`line_join`] and returns the byte
/// offset in `a` where `b`'s text begins. `space` decides, for a
/// [`LineJoin::Space`] join, whether a space goes between (a caller may
/// know better, such as a date cut after its month).
pub fn join_wrapped(a: &mut String, b: &str, space: impl FnOnce(&str, &str) -> bool) -> usize {
    let kept = a.trim_end().len();
    a.truncate(kept);
    let b = b.trim_start();
    if a.is_empty() {
        a.push_str(b);
        return 0;
    }
    match line_join(a, b) {
        LineJoin::DropHyphen => {
            a.pop();
        }
        LineJoin::KeepHyphen => {}
        LineJoin::Suspended => a.push(' '),
        LineJoin::Space => {
            if space(a, b) {
                a.push(' ');
            }
        }
    }
    let offset = a.len();
    a.push_str(b);
    offset
}

/// [`join_wrapped`] with a space for every [`LineJoin::Space`] join.
///
/// ```
/// assert_eq!(styrdok_core::text::join_lines(["Kommunstyrelsen ansvarar för att IT-", "verksamheten fungerar"]),
///            "Kommunstyrelsen ansvarar för att IT-verksamheten fungerar");
/// ```
pub fn join_lines<'a>(lines: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for l in lines {
        join_wrapped(&mut out, l, |_, _| true);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn join(a: &str, b: &str) -> String {
        let mut s = a.to_owned();
        join_wrapped(&mut s, b, |_, _| true);
        s
    }

    #[test]
    fn the_rule() {
        assert_eq!(
            join("IT-", "programmet beskriver"),
            "IT-programmet beskriver"
        );
        assert_eq!(join("skapa förut-", "sättningar"), "skapa förutsättningar");
        assert_eq!(join("Nya e-", "tjänster"), "Nya e-tjänster");
        assert_eq!(
            join("informations-", "och kommunikation"),
            "informations- och kommunikation"
        );
        assert_eq!(join("vid", "staden"), "vid staden");
        assert_eq!(join("område -", "Nej"), "område - Nej");
        assert_eq!(join("", "Första"), "Första");
    }
}
