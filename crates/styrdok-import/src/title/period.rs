//! The years of validity a title ends with.

use super::*;

/// The period a title ends with (`IT-strategi 2017-2020`,
/// `Jämställdhetsplan 2013–2015`): a plan's years of validity.
pub(crate) fn period(t: &str) -> Option<crate::draft::Validity> {
    let mut ws = t.split_whitespace().rev();
    let last = ws.next()?;
    // `Handlingsplan för X 2024 – 2025` (Fyrbodal `blind24/`): the span
    // written with spaces around its dash.
    let spaced;
    let last = match (ws.next(), ws.next()) {
        (Some("–" | "-"), Some(from)) if is_year_span(from) && !from.contains(['-', '–']) => {
            spaced = format!("{from}–{last}");
            spaced.as_str()
        }
        _ => last,
    };
    if !is_year_span(last) || !last.contains(['-', '–']) || kind_word(t).is_none() {
        return None;
    }
    crate::metadata::parse_validity(last).filter(|v| v.from.is_some() && v.until.is_some())
}

/// The period a download button's quoted title gives the document when
/// the title read has none (`Download "Parkplan för Norrby kommun 2014-2016"`
/// above the page's `Parkplan för Norrby kommun`): the line and the period.
/// The quoted title must open with the title's first word (the same
/// document).
pub(crate) fn period_of_download_title(
    p: &Prepared<'_>,
    t: &str,
) -> Option<(usize, crate::draft::Validity)> {
    let first = fold(t.split_whitespace().next()?);
    p.lines
        .iter()
        .enumerate()
        .take(SEARCH_LINES)
        .filter(|(j, _)| {
            p.orig
                .get(p.orig_line(*j))
                .is_some_and(|o| crate::segment::quoted_by_chrome(o).is_some())
        })
        .find_map(|(j, l)| {
            // The download title cut as the title is (`Folkhälsoenheten
            // Skaraborg GÖTENE KOMMUN. Folkhälsoplan 2004-2008`, Götene
            // `blind49/`).
            let text = trim_furniture(&l.text);
            let opens = text
                .split_whitespace()
                .next()
                .is_some_and(|w| fold(w) == first);
            opens.then(|| period(text)).flatten().map(|v| (j, v))
        })
}

/// Whether a word is a year or a span of years (`2013-2015`, `2020-21`),
/// which a title may end with.
pub(super) fn is_year_span(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    let digits =
        |p: &str, n: &[usize]| n.contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit());
    match w.split_once(['-', '–']) {
        Some((a, b)) => digits(a, &[4]) && digits(b, &[2, 4]),
        None => digits(w, &[4]),
    }
}
