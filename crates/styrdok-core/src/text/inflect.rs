//! Swedish inflection endings, for matching a name or a word however the
//! sentence inflects it.

/// Swedish noun endings used for matching inflected names (definite,
/// plural, definite plural, genitive).
pub const NOUN_ENDINGS: [&str; 15] = [
    "", "n", "en", "et", "er", "erna", "ar", "arna", "na", "r", "rna", "s", "ns", "ens", "ernas",
];

/// Endings of the definite forms of Swedish nouns (`policyn`,
/// `programmet`, `riktlinjerna`, genitive `programmets`): a word ending in
/// one of them refers to something already known — in a document, often
/// the document itself.
pub const DEFINITE_ENDINGS: [&str; 8] = ["n", "en", "et", "na", "erna", "arna", "ns", "ets"];

/// Endings of the plural forms of common-gender Swedish nouns, indefinite
/// and definite (`riktlinjer`, `planer`, `riktlinjerna`, `planerna`).
pub const PLURAL_ENDINGS: [&str; 5] = ["erna", "arna", "na", "er", "ar"];

/// Whether `word` (folded) is `stem` plus one of the [`NOUN_ENDINGS`].
///
/// ```
/// assert!(styrdok_core::text::is_inflection_of("namnderna", "namnd"));
/// ```
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

/// Every inflected form of `stem` the [`NOUN_ENDINGS`] give, the bare stem
/// first (for building a pattern that matches any of them).
///
/// ```
/// let forms = styrdok_core::text::noun_forms("policy");
/// assert!(forms.contains(&"policyn".to_owned()));
/// assert_eq!(forms[0], "policy");
/// ```
pub fn noun_forms(stem: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(NOUN_ENDINGS.len());
    for e in NOUN_ENDINGS {
        let f = format!("{stem}{e}");
        if !out.contains(&f) {
            out.push(f);
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
        assert!(!ends_with_inflection_of("policy", "it-policy"));
    }
}
