//! A sentence's words: byte ranges and comparison forms.

use super::*;

/// One word of a sentence: its byte range and its comparison form
/// ([`comparison_form`]: folded, but the modals `bör`, `får`, `må` as
/// written) without surrounding punctuation; `clause_end` when a comma,
/// semicolon or colon follows it.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) folded: String,
    pub(crate) clause_end: bool,
    /// Written with a capital first letter ("Arvika", "Policyn").
    pub(crate) capital: bool,
}

/// The modal verbs whose folded form is another word's: `bör` folds to
/// `bor` (lives), `får` to `far` (father, travels), `må` to `ma`.
pub(super) const LETTERED_MODALS: [&str; 3] = ["bör", "får", "må"];

/// A word's comparison form: folded ([`fold`]), except that the modal verbs
/// of [`LETTERED_MODALS`] keep their letters as written (lower case, NFC),
/// so that "befolkning … bor utmed fiberstråken" (`blind10/` Gnosjö) or
/// "min far" is never read as a modal. Every modal match on a [`Word`]
/// compares against `bör`/`får`, never `bor`/`far`.
pub(super) fn comparison_form(written: &str) -> String {
    let folded = fold(written);
    // Only a word that folds like a lettered modal needs a second look, so
    // the common word costs one fold, as before.
    if ["bor", "far", "ma"].contains(&folded.as_str()) {
        let lower = styrdok_core::text::nfc(written).to_lowercase();
        if LETTERED_MODALS.contains(&lower.as_str()) {
            return lower;
        }
    }
    folded
}

/// The words of `s`, from the workspace's tokenizer
/// ([`styrdok_core::text::tokens`]) with the parts of a compound or an
/// abbreviation joined again (`IT-strategi`, `fr.o.m`, `EU:s`), since a
/// kind word or a modal is a whole word.
pub(crate) fn words(s: &str) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut prev_end: Option<usize> = None;
    for t in styrdok_core::text::tokens(s) {
        let gap = prev_end.and_then(|e| s.get(e..t.start)).unwrap_or("");
        let joins = matches!(gap, "-" | "." | "/" | ":" | "'" | "’");
        match out.last_mut() {
            Some(last) if joins => {
                last.end = t.end;
                last.folded = comparison_form(s.get(last.start..t.end).unwrap_or(""));
            }
            last => {
                if let Some(last) = last {
                    last.clause_end = gap.contains([',', ';', ':']);
                }
                out.push(Word {
                    start: t.start,
                    end: t.end,
                    folded: comparison_form(t.text),
                    clause_end: false,
                    capital: s
                        .get(t.start..)
                        .is_some_and(|r| r.starts_with(char::is_uppercase)),
                });
            }
        }
        prev_end = Some(t.end);
    }
    if let (Some(last), Some(e)) = (out.last_mut(), prev_end) {
        last.clause_end = s.get(e..).is_some_and(|g| g.contains([',', ';', ':']));
    }
    out
}
