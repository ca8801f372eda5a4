//! Documents due for review before a date, by owner.

use schemars::JsonSchema;
use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;
use styrdok_core::{DateValue, DocumentId, PartialDate, PartyId, Tri};
use styrdok_model::Document;

use super::StatusAt;
use crate::Register;

/// Where a review deadline comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case", tag = "basis")]
#[non_exhaustive]
pub enum ReviewBasis {
    /// The document states the date (`review.due`).
    Stated,
    /// The decision date plus an interval of years.
    Interval {
        /// The interval.
        years: u32,
        /// Where the interval comes from: `document` (`review.every_years`,
        /// or 4 for `every_mandate_period`) or `taxonomy <id>`.
        source: String,
    },
}

/// One document with a review deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct ReviewEntry {
    /// The document.
    pub document: DocumentId,
    /// Its title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The owner (a party id), or `None` when the document names none.
    #[schemars(with = "Option<String>")]
    pub owner: Option<PartyId>,
    /// The deadline (partial when the dates it comes from are).
    pub deadline: DateValue,
    /// Where the deadline comes from.
    pub review: ReviewBasis,
    /// Whether the deadline is before the date asked about: `yes` or
    /// `unknown` (entries that are certainly not due are not listed).
    pub overdue: Tri,
}

/// Documents due for review before a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct ReviewReport {
    /// The date asked about.
    pub before: NaiveDate,
    /// Documents certainly due, by owner (`"-"` for documents without one).
    pub due: BTreeMap<String, Vec<ReviewEntry>>,
    /// Documents that may be due: the deadline's dates are partial or
    /// unknown, or the document's status at the date is unknown.
    pub maybe_due: BTreeMap<String, Vec<ReviewEntry>>,
}

impl ReviewReport {
    /// Every entry, certain ones first.
    pub fn entries(&self) -> impl Iterator<Item = &ReviewEntry> {
        self.due.values().chain(self.maybe_due.values()).flatten()
    }
}

/// Moves a date `years` later, keeping its precision. A date pushed past
/// the calendar's last year (`every_years: 4294967295`) is known only to be
/// not before 9999: never overdue, instead of wrapping into the past.
fn add_years(d: DateValue, years: u32) -> DateValue {
    let last_year = PartialDate::from_year(*PartialDate::YEARS.end()).ok();
    match d {
        DateValue::Unknown => DateValue::Unknown,
        DateValue::Known(p) => match p.add_years(years) {
            Some(later) => DateValue::Known(later),
            None => DateValue::Bounded {
                not_before: last_year,
                not_after: None,
            },
        },
        DateValue::Bounded {
            not_before,
            not_after,
        } => DateValue::Bounded {
            not_before: not_before.and_then(|p| p.add_years(years).or(last_year)),
            not_after: not_after.and_then(|p| p.add_years(years)),
        },
    }
}

/// A document's review deadline: its stated `review.due`; else its decision
/// date plus its own interval (`review.every_years`, or four years for
/// `every_mandate_period`) or its kind's `review_every_years` in its
/// organisation's taxonomy. `None` when nothing says it is reviewed.
pub fn review_deadline(reg: &Register, doc: &Document) -> Option<(DateValue, ReviewBasis)> {
    if let Some(r) = &doc.review
        && !r.due.is_unknown()
    {
        return Some((r.due, ReviewBasis::Stated));
    }
    let own = doc.review.as_ref().and_then(|r| {
        r.every_years.or(if r.every_mandate_period {
            Some(4)
        } else {
            None
        })
    });
    let (years, source) = match own {
        Some(y) => (y, "document".to_owned()),
        None => {
            let org = reg.organisation(doc.org().as_str());
            let tax = reg.taxonomy_for(org)?;
            let y = tax.rule(&doc.kind)?.review_every_years?;
            (y, format!("taxonomy {}", tax.id))
        }
    };
    Some((
        add_years(doc.decision_date, years),
        ReviewBasis::Interval { years, source },
    ))
}

/// Documents due for review before `before`, by owner. Stubs are left out
/// (their review is not known), and so are documents certainly not in force
/// at `before` (replaced, repealed, expired or not yet decided): there is
/// nothing to review. A deadline that may or may not be before the date, or
/// a document whose status is unknown, goes to `maybe_due`.
pub fn review_due(reg: &Register, before: NaiveDate, status: &dyn StatusAt) -> ReviewReport {
    let mut report = ReviewReport {
        before,
        due: BTreeMap::new(),
        maybe_due: BTreeMap::new(),
    };
    for d in reg.documents.iter().filter(|d| !d.is_stub()) {
        let Some((deadline, basis)) = review_deadline(reg, d) else {
            continue;
        };
        let in_force = status.in_force(d, before);
        if in_force == Tri::No {
            continue;
        }
        let overdue = deadline.before_day(before);
        if overdue == Tri::No {
            continue;
        }
        let certain = overdue == Tri::Yes && in_force == Tri::Yes;
        let entry = ReviewEntry {
            document: d.id.clone(),
            title: d.title.clone(),
            owner: d.owner.clone(),
            deadline,
            review: basis,
            overdue,
        };
        let owner = d
            .owner
            .as_ref()
            .map_or_else(|| "-".into(), PartyId::to_string);
        let map = if certain {
            &mut report.due
        } else {
            &mut report.maybe_due
        };
        map.entry(owner).or_default().push(entry);
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_years_keeps_precision() {
        let d = |s: &str| DateValue::Known(s.parse().unwrap());
        assert_eq!(add_years(d("2018-05-28"), 4), d("2022-05-28"));
        assert_eq!(add_years(d("2016-02-29"), 1), d("2017-02-28"));
        assert_eq!(add_years(d("2018-05"), 2), d("2020-05"));
        assert_eq!(add_years(d("2018"), 3), d("2021"));
        assert_eq!(add_years(DateValue::Unknown, 3), DateValue::Unknown);
    }

    #[test]
    fn add_years_past_the_calendar_does_not_wrap_into_the_past() {
        let d = |s: &str| DateValue::Known(s.parse().unwrap());
        let end = DateValue::Bounded {
            not_before: Some(PartialDate::from_year(9999).unwrap()),
            not_after: None,
        };
        for years in [u32::MAX, i32::MAX as u32, 1_000_000, 400_000] {
            assert_eq!(add_years(d("2013-06-17"), years), end, "{years}");
            assert_eq!(add_years(d("2013-06"), years), end, "{years}");
            assert_eq!(add_years(d("2013"), years), end, "{years}");
        }
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        assert_eq!(
            add_years(d("2013-06-17"), u32::MAX).before_day(today),
            Tri::No
        );
    }
}
