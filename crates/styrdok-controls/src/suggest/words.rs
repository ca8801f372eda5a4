//! Splitting a statement into folded words with byte spans, and matching a
//! pattern's tokens against them.

use styrdok_core::text::{LineJoin, line_join, tokens};

use super::lexicon::{Pattern, TokenPat};

/// A word of the input: folded, with its byte span in the original text.
pub(crate) struct Word {
    pub(crate) folded: String,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// The words of `text` ([`styrdok_core::text::tokens`], folded), a word
/// broken at a line end rejoined.
pub(crate) fn words(text: &str) -> Vec<Word> {
    let ws = tokens(text).map(|t| Word {
        folded: t.folded(),
        start: t.start,
        end: t.end,
    });
    join_broken_words(text, ws)
}

/// Rejoins words a PDF broke at a line end (`lösen- ordet`, `Säker-⏎hets…`):
/// a hyphen right after a word and then only white space, where
/// [`line_join`] reads the hyphen as breaking the word (not `IT- enheten`,
/// not `informations- och IT-säkerhet`).
fn join_broken_words(text: &str, ws: impl Iterator<Item = Word>) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    for w in ws {
        if let Some(prev) = out.last_mut() {
            let between = text.get(prev.end..w.start).unwrap_or("");
            let mut chars = between.chars();
            let hyphen = chars.next();
            let broken = matches!(hyphen, Some('-' | '\u{00ad}' | '\u{2010}'))
                && !chars.as_str().is_empty()
                && chars.as_str().chars().all(char::is_whitespace)
                && line_join(
                    text.get(prev.start..w.start).unwrap_or(""),
                    text.get(w.start..).unwrap_or(""),
                ) == LineJoin::DropHyphen;
            if broken {
                prev.folded.push_str(&w.folded);
                prev.end = w.end;
                continue;
            }
        }
        out.push(w);
    }
    out
}

/// At most this many other words between consecutive tokens of a phrase.
const MAX_GAP: usize = 2;

/// Where the tokens match starting at word `i`: the index of the last word.
pub(crate) fn match_at(tokens: &[TokenPat], ws: &[Word], i: usize) -> Option<usize> {
    let first = tokens.first()?;
    if !first.matches(&ws.get(i)?.folded) {
        return None;
    }
    let mut pos = i;
    for t in tokens.iter().skip(1) {
        let found = ws
            .iter()
            .enumerate()
            .skip(pos + 1)
            .take(MAX_GAP + 1)
            .find(|(_, w)| t.matches(&w.folded))
            .map(|(j, _)| j);
        pos = found?;
    }
    Some(pos)
}

/// A match of pattern `pattern` (an index into its list) on words
/// `first..=last`, with where its other parts (`&`) matched.
pub(crate) struct Hit {
    pub(crate) pattern: usize,
    pub(crate) first: usize,
    pub(crate) last: usize,
    pub(crate) ntokens: usize,
    pub(crate) also: Vec<(usize, usize)>,
}

/// The first place `tokens` match in `ws`.
fn find(tokens: &[TokenPat], ws: &[Word]) -> Option<(usize, usize)> {
    (0..ws.len()).find_map(|i| match_at(tokens, ws, i).map(|last| (i, last)))
}

/// Every match of every pattern whose other parts all occur, then the ones
/// a longer phrase covers taken out: phrases beat the words they contain,
/// and on one word a pattern whose first stem contains another's shorter
/// stem beats it.
pub(crate) fn kept_hits(patterns: &[&Pattern], ws: &[Word]) -> Vec<Hit> {
    let mut hits: Vec<Hit> = Vec::new();
    for (p, pat) in patterns.iter().enumerate() {
        let mut also = Vec::new();
        for part in &pat.also {
            match find(part, ws) {
                Some(span) => also.push(span),
                None => break,
            }
        }
        if also.len() < pat.also.len() {
            continue;
        }
        for i in 0..ws.len() {
            if let Some(last) = match_at(&pat.phrase, ws, i) {
                hits.push(Hit {
                    pattern: p,
                    first: i,
                    last,
                    ntokens: pat.phrase.len(),
                    also: also.clone(),
                });
            }
        }
    }
    let stem = |h: &Hit| {
        patterns
            .get(h.pattern)
            .and_then(|p| p.phrase.first())
            .map_or("", |t| t.stem.as_str())
    };
    let covered: Vec<bool> = hits
        .iter()
        .map(|h| {
            hits.iter().any(|o| {
                (o.ntokens > h.ntokens && o.first <= h.first && o.last >= h.last)
                    || (o.ntokens == 1
                        && h.ntokens == 1
                        && o.first == h.first
                        && stem(o).len() > stem(h).len()
                        && stem(o).contains(stem(h)))
            })
        })
        .collect();
    hits.into_iter()
        .zip(covered)
        .filter(|(_, c)| !c)
        .map(|(h, _)| h)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_broken_at_a_line_end_are_rejoined() {
        let text = "Säker-\nhetskopiering och lösen- ordet, informations- och IT-säkerhet";
        let ws: Vec<String> = words(text).into_iter().map(|w| w.folded).collect();
        assert_eq!(
            ws,
            [
                "sakerhetskopiering",
                "och",
                "losenordet",
                "informations",
                "och",
                "it",
                "sakerhet"
            ]
        );
    }
}
