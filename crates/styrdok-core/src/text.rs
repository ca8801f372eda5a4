//! Text helpers for matching Swedish names the way people write them.

/// Lowercases, folds å/ä→a, ö→o, é→e, turns typographic dashes and quotes into
/// ASCII and collapses runs of whitespace to one space.
///
/// ```
/// assert_eq!(styrdok_core::text::fold("  Kommun­fullmäktige  "), "kommunfullmaktige");
/// assert_eq!(styrdok_core::text::fold("IT–Rådet"), "it-radet");
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
pub fn expand_ligatures(s: &str) -> std::borrow::Cow<'_, str> {
    let is_ligature = |c: char| ('\u{fb00}'..='\u{fb06}').contains(&c);
    if !s.contains(is_ligature) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_ligature(c) {
            unicode_normalization::char::decompose_compatible(c, |d| out.push(d));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Swedish noun endings used for matching inflected names (definite,
/// plural, definite plural, genitive).
pub const NOUN_ENDINGS: [&str; 15] = [
    "", "n", "en", "et", "er", "erna", "ar", "arna", "na", "r", "rna", "s", "ns", "ens", "ernas",
];

/// Whether `word` (folded) is `stem` plus one of the [`NOUN_ENDINGS`].
pub fn is_inflection_of(word: &str, stem: &str) -> bool {
    word.strip_prefix(stem)
        .is_some_and(|rest| NOUN_ENDINGS.contains(&rest))
}

/// Whether `word` (folded) ends with `stem` plus an ending, as the last part
/// of a compound (`informationssakerhetspolicyn` ends with `policy`).
pub fn ends_with_inflection_of(word: &str, stem: &str) -> bool {
    NOUN_ENDINGS
        .iter()
        .any(|e| word.len() >= stem.len() + e.len() && word.ends_with(&format!("{stem}{e}")))
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

    #[test]
    fn inflections() {
        assert!(is_inflection_of("namnderna", "namnd"));
        assert!(is_inflection_of("riktlinjer", "riktlinje"));
        assert!(!is_inflection_of("namndordforande", "namnd"));
        assert!(ends_with_inflection_of("it-policyn", "policy"));
    }
}
