//! The workspace's one Swedish text module: how every crate normalizes,
//! folds, de-hyphenates, inflects and tokenizes the Swedish it reads.
//!
//! - [`normalize`] (NFC, and NFKC for ligatures only: [`nfc`],
//!   [`expand_ligatures`]): the first step on any document text;
//! - [`fold`]: the comparison form (lower case, diacritics and dashes
//!   folded, white space collapsed) — equal for NFC and NFD input;
//! - [`line_join`], [`join_wrapped`], [`join_lines`]: the one
//!   de-hyphenation rule for words broken at a line end;
//! - [`NOUN_ENDINGS`], [`DEFINITE_ENDINGS`], [`PLURAL_ENDINGS`],
//!   [`is_inflection_of`], [`ends_with_inflection_of`], [`noun_forms`]:
//!   inflection endings;
//! - [`tokens`]: words with their byte ranges;
//! - [`slugify`], [`shorten`]: ids and safe echoes of input.

mod hyphen;
mod inflect;
mod normalize;
mod tokens;

pub use hyphen::{LineJoin, SUSPENSION_WORDS, join_lines, join_wrapped, line_join};
pub use inflect::{
    DEFINITE_ENDINGS, NOUN_ENDINGS, PLURAL_ENDINGS, ends_with_inflection_of, is_inflection_of,
    noun_forms,
};
pub use normalize::{expand_ligatures, nfc, normalize};
pub use tokens::{Token, tokens};

/// Lowercases, folds å/ä→a, ö→o, é→e (any letter with a diacritic to its
/// base letter, whether written as one character or with a combining mark,
/// so NFC and NFD text fold alike), turns typographic dashes and quotes into
/// ASCII and collapses runs of whitespace to one space.
///
/// ```
/// assert_eq!(styrdok_core::text::fold("  Kommun­fullmäktige  "), "kommunfullmaktige");
/// assert_eq!(styrdok_core::text::fold("IT–Rådet"), "it-radet");
/// assert_eq!(styrdok_core::text::fold("IT–Ra\u{30a}det"), "it-radet");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.trim().chars() {
        let mapped: Option<char> = match c {
            'å' | 'ä' | 'à' | 'á' | 'â' | 'Å' | 'Ä' | 'À' | 'Á' | 'Â' => Some('a'),
            'ö' | 'ø' | 'ó' | 'ô' | 'Ö' | 'Ø' | 'Ó' | 'Ô' => Some('o'),
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => Some('e'),
            'ü' | 'Ü' => Some('u'),
            '\u{2013}' | '\u{2014}' | '\u{2011}' | '\u{2010}' => Some('-'),
            '\u{00ad}' => None, // soft hyphen
            '\u{201d}' | '\u{201c}' | '\u{201e}' | '\u{00bb}' | '\u{00ab}' => Some('"'),
            '\u{2019}' | '\u{2018}' => Some('\''),
            c if c.is_whitespace() => {
                space = true;
                None
            }
            c if normalize::is_combining(c) => None,
            c if !c.is_ascii() => {
                // A letter with a diacritic: its base letter.
                let mut base = None;
                unicode_normalization::char::decompose_canonical(c, |d| {
                    if base.is_none() && !normalize::is_combining(d) {
                        base = Some(d);
                    }
                });
                base.or(Some(c))
            }
            c => Some(c),
        };
        if let Some(m) = mapped {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(m.to_lowercase());
        }
    }
    out
}

/// Turns a title into an id slug: folded, non-alphanumerics to single hyphens.
///
/// ```
/// assert_eq!(styrdok_core::text::slugify("Principer och arbetssätt"), "principer-och-arbetssatt");
/// assert_eq!(styrdok_core::text::slugify("IT-policy för Haninge kommun"), "it-policy-for-haninge-kommun");
/// ```
pub fn slugify(s: &str) -> String {
    let folded = fold(s);
    let mut out = String::with_capacity(folded.len());
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A value from input made safe to echo in a message, a table or a graph
/// label: control characters (ESC, NUL, CR, LF, …) are escaped as `\u{1b}`
/// style sequences, and text longer than `max_chars` characters is cut with
/// an ellipsis and the number of characters left out.
///
/// ```
/// use styrdok_core::text::shorten;
/// assert_eq!(shorten("ort/p\u{1b}[2J", 40), "ort/p\\u{1b}[2J");
/// assert_eq!(shorten("abcdefghij", 4), "abcd… (6 more characters)");
/// ```
pub fn shorten(s: &str, max_chars: usize) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    for (count, c) in chars.by_ref().enumerate() {
        if count == max_chars {
            let rest = 1 + chars.count();
            out.push_str(&format!("… ({rest} more characters)"));
            return out;
        }
        if c.is_control() {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn fold_is_the_same_for_nfc_and_nfd() {
        for s in [
            "Kommunfullmäktige",
            "Årsredovisning Östra Göinge",
            "Café Noël",
            "Ångermanland",
        ] {
            let nfd: String = s.nfd().collect();
            assert_eq!(fold(&nfd), fold(s), "{s}");
        }
        assert_eq!(fold("Ærø ß"), "ærø ß".replace('ø', "o"));
    }
}
