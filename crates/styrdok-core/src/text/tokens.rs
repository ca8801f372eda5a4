//! Tokenization: the words of a text with where they are.

use crate::text::fold;

/// One word of a text: letters and digits (a soft hyphen inside counts as
/// part of it), with its byte range in the text it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'a> {
    /// The word as written.
    pub text: &'a str,
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset just after its last character.
    pub end: usize,
}

impl Token<'_> {
    /// The word folded with [`fold`].
    pub fn folded(&self) -> String {
        fold(self.text)
    }
}

/// The words of `text`, split at every character that is not a letter or a
/// digit (so `IT-säkerhet` and `Åtkomst/behörighet` are two words each).
///
/// ```
/// let words: Vec<&str> = styrdok_core::text::tokens("IT-säkerhet, § 12").map(|t| t.text).collect();
/// assert_eq!(words, ["IT", "säkerhet", "12"]);
/// ```
pub fn tokens(text: &str) -> impl Iterator<Item = Token<'_>> {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let inside =
            |c: char| c.is_alphanumeric() || c == '\u{00ad}' || super::normalize::is_combining(c);
        let (start, _) = loop {
            let (i, c) = chars.next()?;
            if inside(c) && c != '\u{00ad}' {
                break (i, c);
            }
        };
        let mut end = text.len();
        while let Some(&(i, c)) = chars.peek() {
            if !inside(c) {
                end = i;
                break;
            }
            chars.next();
        }
        Some(Token {
            text: text.get(start..end).unwrap_or(""),
            start,
            end,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_point_into_the_text() {
        let t = "  Kommun\u{ad}styrelsen ska/bör ";
        for tok in tokens(t) {
            assert_eq!(&t[tok.start..tok.end], tok.text);
        }
        let folded: Vec<String> = tokens(t).map(|t| t.folded()).collect();
        assert_eq!(folded, ["kommunstyrelsen", "ska", "bor"]);
        assert_eq!(tokens("").count(), 0);
        assert_eq!(tokens(" - ").count(), 0);
    }
}
