//! Swedish dates as documents write them.
//!
//! `2018-05-28`, `16 december 2016`, `den 13 december 2022`, `25 juni 2018`,
//! `1:a januari 2020`, abbreviated months (`13 dec. 2022`), `25/6 2018`,
//! `juni 2018` (a month). A day and month without a year (`25 juni`) is not a
//! date here: the year is never guessed. A date that does not exist
//! (`2018-02-30`) is not read.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;
use styrdok_core::PartialDate;

use crate::lexicon::{month, month_alternation};

/// `2018-05-28`; a space that extraction put beside a hyphen is kept out
/// (`2005-12- 19`, Älmhult `blind56/`; `2012-11 - 28`, `blind33/`).
static ISO: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"\b((?:19|20)\d{2})-(\d{2}) ?- ?(\d{2})\b"));
/// `16 december 2016`; the year may be glued to the month by extraction
/// (`Antagen: 12 februari2020`, Falköping `blind84/`).
static LONG: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(&format!(
        r"(?i)\b(\d{{1,2}})(?::[ae])?\s+({})\s*((?:19|20)\d{{2}})\b",
        month_alternation(true)
    ))
});
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(&format!(
        r"(?i)\b({})\s+((?:19|20)\d{{2}})\b",
        month_alternation(false)
    ))
});
static SLASHED: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"\b(\d{1,2})/(\d{1,2})\s+((?:19|20)\d{2})\b"));

/// A date found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundDate {
    /// The date.
    pub(crate) date: PartialDate,
    /// Where it is (bytes).
    pub(crate) range: Range<usize>,
}

/// Every date in `text`, in order; overlapping forms are read once.
pub(crate) fn find_dates(text: &str) -> Vec<FoundDate> {
    let mut out: Vec<FoundDate> = Vec::new();
    let overlaps = |out: &[FoundDate], r: &Range<usize>| {
        out.iter()
            .any(|f| f.range.start < r.end && r.start < f.range.end)
    };
    for c in ISO.captures_iter(text) {
        let (Some(m), Some(y), Some(mo), Some(d)) = (c.get(0), c.get(1), c.get(2), c.get(3)) else {
            continue;
        };
        let parsed = (
            y.as_str().parse::<i32>(),
            mo.as_str().parse::<u32>(),
            d.as_str().parse::<u32>(),
        );
        if let (Ok(y), Ok(mo), Ok(d)) = parsed
            && let Some(date) = PartialDate::ymd(y, mo, d)
        {
            out.push(FoundDate {
                date,
                range: m.range(),
            });
        }
    }
    for c in LONG.captures_iter(text) {
        let (Some(m), Some(d), Some(mo), Some(y)) = (c.get(0), c.get(1), c.get(2), c.get(3)) else {
            continue;
        };
        if overlaps(&out, &m.range()) {
            continue;
        }
        if let (Ok(d), Some(mo), Ok(y)) = (
            d.as_str().parse::<u32>(),
            month(mo.as_str()),
            y.as_str().parse::<i32>(),
        ) && let Some(date) = PartialDate::ymd(y, mo, d)
        {
            out.push(FoundDate {
                date,
                range: m.range(),
            });
        }
    }
    for c in SLASHED.captures_iter(text) {
        let (Some(m), Some(d), Some(mo), Some(y)) = (c.get(0), c.get(1), c.get(2), c.get(3)) else {
            continue;
        };
        if overlaps(&out, &m.range()) {
            continue;
        }
        if let (Ok(d), Ok(mo), Ok(y)) = (
            d.as_str().parse::<u32>(),
            mo.as_str().parse::<u32>(),
            y.as_str().parse::<i32>(),
        ) && let Some(date) = PartialDate::ymd(y, mo, d)
        {
            out.push(FoundDate {
                date,
                range: m.range(),
            });
        }
    }
    for c in MONTH_YEAR.captures_iter(text) {
        let (Some(m), Some(mo), Some(y)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        if overlaps(&out, &m.range()) {
            continue;
        }
        if let (Some(month), Ok(year)) = (month(mo.as_str()), y.as_str().parse::<i32>())
            && let Ok(date) = PartialDate::from_year_month(year, month)
        {
            out.push(FoundDate {
                date,
                range: m.range(),
            });
        }
    }
    out.sort_by_key(|f| f.range.start);
    out
}

/// The single date `text` consists of (allowing `den` and punctuation
/// around it), if it is exactly one date.
pub(crate) fn whole_date(text: &str) -> Option<PartialDate> {
    let t = text.trim().trim_end_matches(['.', ',']);
    let t = t.strip_prefix("den ").unwrap_or(t).trim();
    let found = find_dates(t);
    match found.as_slice() {
        [f] if f.range.start == 0 && f.range.end == t.len() => Some(f.date),
        _ => None,
    }
}

static YEAR_RANGE: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"\b((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\b"));

/// A span of calendar years (`2023–2026`): (from, to, range).
pub(crate) fn year_range(text: &str) -> Option<(i32, i32, Range<usize>)> {
    for c in YEAR_RANGE.captures_iter(text) {
        let (Some(m), Some(a), Some(b)) = (c.get(0), c.get(1), c.get(2)) else {
            continue;
        };
        // Not the start of an ISO date ("2018-05-28" has no 4-digit tail).
        if let (Ok(a), Ok(b)) = (a.as_str().parse::<i32>(), b.as_str().parse::<i32>())
            && a <= b
            && b - a <= 10
        {
            return Some((a, b, m.range()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Option<String> {
        whole_date(s).map(|d| d.to_string())
    }

    #[test]
    fn forms() {
        assert_eq!(one("2018-05-28").as_deref(), Some("2018-05-28"));
        assert_eq!(one("16 december 2016").as_deref(), Some("2016-12-16"));
        assert_eq!(one("den 13 december 2022").as_deref(), Some("2022-12-13"));
        assert_eq!(one("13 dec. 2022").as_deref(), Some("2022-12-13"));
        assert_eq!(one("1:a januari 2020").as_deref(), Some("2020-01-01"));
        assert_eq!(one("25/6 2018").as_deref(), Some("2018-06-25"));
        assert_eq!(one("juni 2018").as_deref(), Some("2018-06"));
        assert_eq!(one("25 juni"), None);
        assert_eq!(one("2018-02-30"), None);
        assert_eq!(one("2005-12- 19").as_deref(), Some("2005-12-19"));
        assert_eq!(one("2012-11 - 28").as_deref(), Some("2012-11-28"));
        assert_eq!(one("2012-11  -  28"), None);
        assert_eq!(one("Policy 2018-05-28"), None);
        // The year glued to the month by extraction.
        assert_eq!(one("12 februari2020").as_deref(), Some("2020-02-12"));
    }

    #[test]
    fn in_text() {
        let f = find_dates("Beslutad av kommunstyrelsen 2017-09-20/§ 189 och 3 mars 2019");
        let ds: Vec<String> = f.iter().map(|f| f.date.to_string()).collect();
        assert_eq!(ds, ["2017-09-20", "2019-03-03"]);
        assert_eq!(
            year_range("mandatperioden 2023–2026").map(|r| (r.0, r.1)),
            Some((2023, 2026))
        );
        assert_eq!(year_range("2018-05-28"), None);
    }
}
