//! Unicode normalization: one canonical form (NFC) for every text the
//! workspace reads, and compatibility decomposition (NFKC) for the
//! typographic ligatures PDF text layers carry.

use std::borrow::Cow;

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// The text in Normalization Form C: `a` + combining ring (U+030A), as macOS
/// file names and some PDF text layers write `å`, becomes the one character
/// `å`, so a search, a regular expression or a comparison sees the same
/// letters whichever way the input spelt them. Borrows when the text is
/// already NFC (almost always).
///
/// ```
/// use styrdok_core::text::nfc;
/// assert_eq!(nfc("Kommunfullma\u{308}ktige"), "Kommunfullmäktige");
/// assert!(matches!(nfc("Kommunfullmäktige"), std::borrow::Cow::Borrowed(_)));
/// ```
pub fn nfc(s: &str) -> Cow<'_, str> {
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => Cow::Borrowed(s),
        _ => {
            let n: String = s.nfc().collect();
            if n == s {
                Cow::Borrowed(s)
            } else {
                Cow::Owned(n)
            }
        }
    }
}

/// Whether `c` is a typographic ligature of the Alphabetic Presentation
/// Forms (U+FB00–U+FB06: `ﬀ`, `ﬁ`, `ﬂ`, `ﬃ`, `ﬄ`, `ﬅ`, `ﬆ`).
fn is_ligature(c: char) -> bool {
    ('\u{fb00}'..='\u{fb06}').contains(&c)
}

/// Replaces typographic ligatures (`ﬁ`, `ﬂ`, `ﬀ`, `ﬃ`, `ﬄ`, `ﬅ`, `ﬆ`, the
/// Alphabetic Presentation Forms U+FB00–U+FB06 that PDF text layers carry)
/// by their letters, through their Unicode compatibility decomposition
/// (NFKC). Only these characters change: a full NFKC would also rewrite
/// `…`, `½` and superscripts, which the text means as written. Borrows when
/// there is nothing to replace.
///
/// ```
/// assert_eq!(styrdok_core::text::expand_ligatures("ﬁnansiering och ﬂöde"), "finansiering och flöde");
/// assert_eq!(styrdok_core::text::expand_ligatures("Policy …"), "Policy …");
/// ```
pub fn expand_ligatures(s: &str) -> Cow<'_, str> {
    if !s.contains(is_ligature) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_ligature(c) {
            unicode_normalization::char::decompose_compatible(c, |d| out.push(d));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The one normalization every reader of document text applies first:
/// [`nfc`], then [`expand_ligatures`]. Text that needs neither is borrowed.
///
/// ```
/// use styrdok_core::text::normalize;
/// assert_eq!(normalize("ﬁnansiering i Go\u{308}teborg"), "finansiering i Göteborg");
/// ```
pub fn normalize(s: &str) -> Cow<'_, str> {
    match nfc(s) {
        Cow::Borrowed(b) => expand_ligatures(b),
        Cow::Owned(o) => Cow::Owned(expand_ligatures(&o).into_owned()),
    }
}

/// Whether `c` is a combining mark (an accent written after its letter).
pub(crate) fn is_combining(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfd_becomes_nfc() {
        let nfd: String = "Årsredovisning för Östra Göinge".nfd().collect();
        assert_ne!(nfd, "Årsredovisning för Östra Göinge");
        assert_eq!(nfc(&nfd), "Årsredovisning för Östra Göinge");
        assert_eq!(normalize(&nfd), "Årsredovisning för Östra Göinge");
    }

    #[test]
    fn ligatures_only() {
        assert_eq!(normalize("ﬃ ½ …"), "ffi ½ …");
    }
}
