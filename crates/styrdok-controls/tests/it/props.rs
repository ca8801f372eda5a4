//! Invariants over arbitrary input.

use proptest::prelude::*;
use styrdok_controls::{import_oscal_str, suggest};

proptest! {
    #[test]
    fn suggest_never_panics_and_spans_are_exact(text in "[a-zA-ZåäöÅÄÖé0-9 ,./\\-–\u{00ad}]{0,120}") {
        let s = suggest(&text);
        for (i, sug) in s.iter().enumerate() {
            // The lexicon's suggestions score at least MIN_SCORE; the
            // learned ranker's (which fill after them) less; each names
            // what triggered it.
            let learned = sug.triggers.iter().all(|t| t.pattern.starts_with("learned:"));
            prop_assert!(learned || sug.score >= styrdok_controls::MIN_SCORE);
            prop_assert!(!sug.triggers.is_empty());
            if let Some(next) = s.get(i + 1) {
                prop_assert!(sug.score >= next.score);
            }
            for t in &sug.triggers {
                prop_assert_eq!(&text[t.start..t.end], t.text.as_str());
            }
        }
    }

    #[test]
    fn import_never_panics(text in ".{0,200}") {
        let _ = import_oscal_str(&text);
    }
}
