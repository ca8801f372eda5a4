//! Partial dates and three-valued comparisons.
//!
//! Text extracted from PDFs gives dates as days, months, years or not at all;
//! sometimes only a bound is known ("cites decisions from 2007", so not before
//! 2007). A [`PartialDate`] means the whole interval it covers; a
//! [`DateValue`] adds bounds and "unknown". Every comparison answers with a
//! [`Tri`]: yes, no, or can't tell — never a guess.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use schemars::JsonSchema;
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::CoreError;

/// A three-valued truth: comparisons of partial dates may not be decidable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Tri {
    /// Certainly true.
    Yes,
    /// Certainly false.
    No,
    /// The known dates do not decide it.
    Unknown,
}

impl Tri {
    /// Logical and (Kleene).
    pub fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::No, _) | (_, Tri::No) => Tri::No,
            (Tri::Yes, Tri::Yes) => Tri::Yes,
            _ => Tri::Unknown,
        }
    }
    /// Logical or (Kleene).
    pub fn or(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::Yes, _) | (_, Tri::Yes) => Tri::Yes,
            (Tri::No, Tri::No) => Tri::No,
            _ => Tri::Unknown,
        }
    }
    /// Logical not.
    #[allow(clippy::should_implement_trait)]
    pub fn not(self) -> Tri {
        match self {
            Tri::Yes => Tri::No,
            Tri::No => Tri::Yes,
            Tri::Unknown => Tri::Unknown,
        }
    }
    /// From a definite boolean.
    pub fn from_bool(b: bool) -> Tri {
        if b { Tri::Yes } else { Tri::No }
    }
}

/// A date known to the day, the month or the year; it means the interval it
/// covers. Serializes as `2018-05-28`, `2018-05` or `2018`.
///
/// Like jiff's `civil::Date`, a value can only be made through constructors
/// that check it, so every `PartialDate` is a real interval of the calendar:
/// the year is 1–9999 (there is no year 0, and the wire format has four
/// digits), the month 1–12, the day exists in its month. Ask
/// [`PartialDate::precision`] what is known.
///
/// ```
/// use styrdok_core::{PartialDate, Precision};
/// let d: PartialDate = "2018-05".parse()?;
/// assert_eq!(d.precision(), Precision::Month);
/// assert_eq!(d.latest().to_string(), "2018-05-31");
/// assert!(PartialDate::from_year_month(2018, 13).is_err());
/// assert!("0000-01-01".parse::<PartialDate>().is_err());
/// # Ok::<(), styrdok_core::CoreError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate(Repr);

/// What a [`PartialDate`] holds; private so that only checked values exist.
/// (The order is the old enum's: a year sorts before a month before a day.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Repr {
    Year(i32),
    Month { year: i32, month: u32 },
    Day(NaiveDate),
}

/// How much of a [`PartialDate`] is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// Only the year.
    Year,
    /// The year and the month.
    Month,
    /// The exact day.
    Day,
}

fn check_year(year: i32) -> Result<(), String> {
    if year == 0 {
        Err("there is no year 0 (the calendar goes from 1 BC to AD 1); years are 0001–9999".into())
    } else if !PartialDate::YEARS.contains(&year) {
        Err(format!("the year {year} is outside 0001–9999"))
    } else {
        Ok(())
    }
}

fn check_month(month: u32) -> Result<(), String> {
    if (1..=12).contains(&month) {
        Ok(())
    } else {
        Err("the month must be 01–12".into())
    }
}

impl PartialDate {
    /// The first and last year a `PartialDate` can hold.
    pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

    /// A whole year, 1–9999.
    ///
    /// # Errors
    /// [`CoreError::InvalidDate`] for year 0 or a year outside 1–9999.
    pub fn from_year(year: i32) -> Result<Self, CoreError> {
        check_year(year).map_err(|reason| invalid(&format!("{year:04}"), reason))?;
        Ok(Self(Repr::Year(year)))
    }
    /// A month of a year.
    ///
    /// # Errors
    /// [`CoreError::InvalidDate`] when the year is outside 1–9999 or the
    /// month outside 1–12.
    pub fn from_year_month(year: i32, month: u32) -> Result<Self, CoreError> {
        let text = format!("{year:04}-{month:02}");
        check_year(year)
            .and_then(|()| check_month(month))
            .map_err(|reason| invalid(&text, reason))?;
        Ok(Self(Repr::Month { year, month }))
    }
    /// An exact day.
    ///
    /// # Errors
    /// [`CoreError::InvalidDate`] when the day's year is outside 1–9999.
    pub fn from_day(day: NaiveDate) -> Result<Self, CoreError> {
        check_year(day.year()).map_err(|reason| invalid(&day.to_string(), reason))?;
        Ok(Self(Repr::Day(day)))
    }
    /// An exact day; `None` when the date does not exist (2018-02-30,
    /// 0000-01-01).
    pub fn ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        NaiveDate::from_ymd_opt(year, month, day).and_then(|d| Self::from_day(d).ok())
    }
    /// How much is known: the year, the month or the day.
    pub fn precision(&self) -> Precision {
        match self.0 {
            Repr::Year(_) => Precision::Year,
            Repr::Month { .. } => Precision::Month,
            Repr::Day(_) => Precision::Day,
        }
    }
    /// The first day of the interval.
    pub fn earliest(&self) -> NaiveDate {
        match self.0 {
            Repr::Year(y) => first_day(y, 1),
            Repr::Month { year, month } => first_day(year, month),
            Repr::Day(d) => d,
        }
    }
    /// The last day of the interval.
    pub fn latest(&self) -> NaiveDate {
        match self.0 {
            Repr::Year(y) => last_day(y, 12),
            Repr::Month { year, month } => last_day(year, month),
            Repr::Day(d) => d,
        }
    }
    /// Whether the date is known to the day.
    pub fn is_exact(&self) -> bool {
        self.precision() == Precision::Day
    }
    /// The exact day, if known.
    pub fn exact(&self) -> Option<NaiveDate> {
        match self.0 {
            Repr::Day(d) => Some(d),
            _ => None,
        }
    }
    /// The year.
    pub fn year(&self) -> i32 {
        match self.0 {
            Repr::Year(y) | Repr::Month { year: y, .. } => y,
            Repr::Day(d) => d.year(),
        }
    }
    /// The month (1–12), if known.
    pub fn month(&self) -> Option<u32> {
        match self.0 {
            Repr::Year(_) => None,
            Repr::Month { month, .. } => Some(month),
            Repr::Day(d) => Some(d.month()),
        }
    }
    /// The same date `years` later, at the same precision (a 29 February
    /// becomes the 28th in a common year); `None` past the year 9999.
    pub fn add_years(&self, years: u32) -> Option<Self> {
        let later = i32::try_from(years)
            .ok()
            .and_then(|n| self.year().checked_add(n))
            .filter(|y| Self::YEARS.contains(y))?;
        match self.0 {
            Repr::Year(_) => Self::from_year(later).ok(),
            Repr::Month { month, .. } => Self::from_year_month(later, month).ok(),
            Repr::Day(d) => years
                .checked_mul(12)
                .and_then(|m| d.checked_add_months(chrono::Months::new(m)))
                .and_then(|d| Self::from_day(d).ok()),
        }
    }
}

fn invalid(value: &str, reason: String) -> CoreError {
    CoreError::InvalidDate {
        value: value.to_owned(),
        reason,
    }
}

// The constructors keep the year in 1–9999 and the month in 1–12, so these
// days exist; the fallback is never taken.
fn first_day(year: i32, month: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MIN)
}

fn last_day(year: i32, month: u32) -> NaiveDate {
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(ny, nm, 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

impl FromStr for PartialDate {
    type Err = CoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = |reason: &str| invalid(s, reason.to_owned());
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, len: usize, what: &str| -> Result<u32, CoreError> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad(&format!("the {what} must have {len} digits")));
            }
            p.parse::<u32>().map_err(|_| bad("not a number"))
        };
        // Four digits: always fits an i32.
        let year = |y: &str| -> Result<i32, CoreError> {
            let year = num(y, 4, "year")? as i32;
            check_year(year).map_err(|r| bad(&r))?;
            Ok(year)
        };
        match parts.as_slice() {
            [y] => Ok(Self(Repr::Year(year(y)?))),
            [y, m] => {
                let (year, month) = (year(y)?, num(m, 2, "month")?);
                check_month(month).map_err(|r| bad(&r))?;
                Ok(Self(Repr::Month { year, month }))
            }
            [y, m, d] => {
                let (year, month, day) = (year(y)?, num(m, 2, "month")?, num(d, 2, "day")?);
                check_month(month).map_err(|r| bad(&r))?;
                PartialDate::ymd(year, month, day)
                    .ok_or_else(|| bad(&format!("day {day} does not exist in {year:04}-{m}")))
            }
            _ => Err(bad("expected YYYY-MM-DD, YYYY-MM or YYYY")),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Repr::Year(y) => write!(f, "{y:04}"),
            Repr::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Repr::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(de::Error::custom)
    }
}

/// The JSON Schema pattern of a [`PartialDate`]: months 01–12, days 01–31
/// (calendar validity, such as 2018-02-30, is for the parser).
pub const PARTIAL_DATE_PATTERN: &str = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$";

impl JsonSchema for PartialDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "PartialDate".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A date (datum) known to the day, month or year: YYYY-MM-DD, YYYY-MM or YYYY; it means the whole interval it covers. Whether the day exists in its month (2018-02-30) is checked by the loader only.",
            "pattern": PARTIAL_DATE_PATTERN,
            "examples": ["2018-05-28", "2018-05", "2018"]
        })
    }
}

/// A date as far as it is known: unknown (`null`), a [`PartialDate`]
/// (`"2018-05-28"`, `"2018"`), or only bounds
/// (`{"not_before": "2007"}`, both ends inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DateValue {
    /// Nothing is known.
    #[default]
    Unknown,
    /// Known to a day, month or year.
    Known(PartialDate),
    /// Only bounds are known.
    Bounded {
        /// The date is on or after the start of this.
        not_before: Option<PartialDate>,
        /// The date is on or before the end of this.
        not_after: Option<PartialDate>,
    },
}

impl DateValue {
    /// An exact day.
    ///
    /// # Errors
    /// [`CoreError::InvalidDate`] when the day's year is outside 1–9999.
    pub fn day(date: NaiveDate) -> Result<Self, CoreError> {
        PartialDate::from_day(date).map(DateValue::Known)
    }
    /// The earliest day the date can be, if bounded below.
    pub fn earliest(&self) -> Option<NaiveDate> {
        match self {
            DateValue::Unknown => None,
            DateValue::Known(p) => Some(p.earliest()),
            DateValue::Bounded { not_before, .. } => not_before.map(|p| p.earliest()),
        }
    }
    /// The latest day the date can be, if bounded above.
    pub fn latest(&self) -> Option<NaiveDate> {
        match self {
            DateValue::Unknown => None,
            DateValue::Known(p) => Some(p.latest()),
            DateValue::Bounded { not_after, .. } => not_after.map(|p| p.latest()),
        }
    }
    /// Whether nothing at all is known.
    pub fn is_unknown(&self) -> bool {
        matches!(self, DateValue::Unknown)
            || matches!(
                self,
                DateValue::Bounded {
                    not_before: None,
                    not_after: None
                }
            )
    }
    /// The exact day, if known.
    pub fn exact(&self) -> Option<NaiveDate> {
        match self {
            DateValue::Known(p) => p.exact(),
            _ => None,
        }
    }
    /// Is this date on or before `day`?
    pub fn on_or_before(&self, day: NaiveDate) -> Tri {
        match (self.earliest(), self.latest()) {
            (_, Some(l)) if l <= day => Tri::Yes,
            (Some(e), _) if e > day => Tri::No,
            _ => Tri::Unknown,
        }
    }
    /// Is this date strictly after `day`?
    pub fn after(&self, day: NaiveDate) -> Tri {
        self.on_or_before(day).not()
    }
    /// Is this date strictly before `day`?
    pub fn before_day(&self, day: NaiveDate) -> Tri {
        match (self.earliest(), self.latest()) {
            (_, Some(l)) if l < day => Tri::Yes,
            (Some(e), _) if e >= day => Tri::No,
            _ => Tri::Unknown,
        }
    }
    /// Is this date strictly before `other`?
    pub fn before(&self, other: &DateValue) -> Tri {
        match (self.latest(), other.earliest()) {
            (Some(l), Some(e)) if l < e => return Tri::Yes,
            _ => {}
        }
        match (self.earliest(), other.latest()) {
            (Some(e), Some(l)) if e >= l => Tri::No,
            _ => Tri::Unknown,
        }
    }
}

impl From<PartialDate> for DateValue {
    fn from(p: PartialDate) -> Self {
        DateValue::Known(p)
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateValue::Unknown => f.write_str("unknown"),
            DateValue::Known(p) => write!(f, "{p}"),
            DateValue::Bounded {
                not_before,
                not_after,
            } => match (not_before, not_after) {
                (Some(a), Some(b)) => write!(f, "between {a} and {b}"),
                (Some(a), None) => write!(f, "not before {a}"),
                (None, Some(b)) => write!(f, "not after {b}"),
                (None, None) => f.write_str("unknown"),
            },
        }
    }
}

impl Serialize for DateValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            DateValue::Unknown => s.serialize_none(),
            DateValue::Known(p) => p.serialize(s),
            DateValue::Bounded {
                not_before,
                not_after,
            } => {
                let mut m = s.serialize_map(None)?;
                if let Some(a) = not_before {
                    m.serialize_entry("not_before", a)?;
                }
                if let Some(b) = not_after {
                    m.serialize_entry("not_after", b)?;
                }
                m.end()
            }
        }
    }
}

struct DateValueVisitor;

impl<'de> Visitor<'de> for DateValueVisitor {
    type Value = DateValue;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a date (\"2018-05-28\", \"2018-05\", \"2018\"), null, or {\"not_before\", \"not_after\"}")
    }
    fn visit_unit<E: de::Error>(self) -> Result<DateValue, E> {
        Ok(DateValue::Unknown)
    }
    fn visit_none<E: de::Error>(self) -> Result<DateValue, E> {
        Ok(DateValue::Unknown)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<DateValue, D::Error> {
        d.deserialize_any(DateValueVisitor)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<DateValue, E> {
        v.parse::<PartialDate>()
            .map(DateValue::Known)
            .map_err(E::custom)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<DateValue, A::Error> {
        let mut not_before = None;
        let mut not_after = None;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "not_before" => not_before = map.next_value::<Option<PartialDate>>()?,
                "not_after" => not_after = map.next_value::<Option<PartialDate>>()?,
                other => {
                    return Err(de::Error::unknown_field(
                        other,
                        &["not_before", "not_after"],
                    ));
                }
            }
        }
        if let (Some(a), Some(b)) = (not_before, not_after)
            && a.earliest() > b.latest()
        {
            return Err(de::Error::custom(format!(
                "not_before {a} is after not_after {b}"
            )));
        }
        Ok(DateValue::Bounded {
            not_before,
            not_after,
        })
    }
}

impl<'de> Deserialize<'de> for DateValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(DateValueVisitor)
    }
}

impl JsonSchema for DateValue {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DateValue".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let p = generator.subschema_for::<PartialDate>();
        schemars::json_schema!({
            "description": "A date as far as it is known: null (unknown), a partial date, or bounds (`not_before` / `not_after`, both inclusive; the loader checks that not_before is not after not_after).",
            "anyOf": [
                {"type": "null"},
                p,
                {"type": "object", "additionalProperties": false,
                 "properties": {"not_before": p, "not_after": p}}
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn only_real_intervals_can_be_made() {
        assert!(PartialDate::from_year(0).is_err());
        assert!(PartialDate::from_year(10_000).is_err());
        assert!(PartialDate::from_year(i32::MAX).is_err());
        assert!(PartialDate::from_year(-44).is_err());
        assert!(PartialDate::from_year_month(2018, 13).is_err());
        assert!(PartialDate::from_year_month(2018, 0).is_err());
        assert!(PartialDate::from_day(NaiveDate::MAX).is_err());
        assert!(PartialDate::from_day(d("0000-06-01")).is_err());
        assert_eq!(PartialDate::ymd(2018, 1, 32), None);
        assert_eq!(PartialDate::ymd(0, 1, 1), None);
        let e = "0000-01-01".parse::<PartialDate>().unwrap_err().to_string();
        assert!(e.contains("no year 0"), "{e}");
        assert!("0000".parse::<PartialDate>().is_err());
        assert!("0000-05".parse::<PartialDate>().is_err());
        let last = PartialDate::from_year(9999).unwrap();
        assert_eq!(last.latest(), d("9999-12-31"));
        assert_eq!(
            PartialDate::from_year(1).unwrap().earliest(),
            d("0001-01-01")
        );
        assert_eq!(last.add_years(1), None);
        assert_eq!(
            PartialDate::from_year_month(2018, 5)
                .unwrap()
                .add_years(u32::MAX),
            None
        );
    }

    #[test]
    fn add_years_keeps_precision() {
        let p = |s: &str| s.parse::<PartialDate>().unwrap();
        assert_eq!(p("2018-05-28").add_years(4), Some(p("2022-05-28")));
        assert_eq!(p("2016-02-29").add_years(1), Some(p("2017-02-28")));
        assert_eq!(p("2018-05").add_years(2), Some(p("2020-05")));
        assert_eq!(p("2018").add_years(3), Some(p("2021")));
        assert_eq!(p("2018").precision(), Precision::Year);
        assert_eq!(p("2018-05-28").month(), Some(5));
    }

    #[test]
    fn parse_and_display() {
        for s in ["2018-05-28", "2018-05", "2018"] {
            assert_eq!(s.parse::<PartialDate>().unwrap().to_string(), s);
        }
        assert!("2018-02-30".parse::<PartialDate>().is_err());
        assert!("2018-13".parse::<PartialDate>().is_err());
        assert!("2018-01-32".parse::<PartialDate>().is_err());
        assert!("18-01-01".parse::<PartialDate>().is_err());
        assert!("2019-02-29".parse::<PartialDate>().is_err());
        assert!("2020-02-29".parse::<PartialDate>().is_ok());
    }

    #[test]
    fn intervals() {
        let m: PartialDate = "2020-02".parse().unwrap();
        assert_eq!(m.earliest(), d("2020-02-01"));
        assert_eq!(m.latest(), d("2020-02-29"));
        let y: PartialDate = "2007".parse().unwrap();
        assert_eq!(y.latest(), d("2007-12-31"));
    }

    #[test]
    fn three_valued() {
        let y = DateValue::Known("2018".parse().unwrap());
        assert_eq!(y.on_or_before(d("2019-01-01")), Tri::Yes);
        assert_eq!(y.on_or_before(d("2018-06-01")), Tri::Unknown);
        assert_eq!(y.on_or_before(d("2017-12-31")), Tri::No);
        assert_eq!(
            DateValue::Unknown.on_or_before(d("2000-01-01")),
            Tri::Unknown
        );
        let b = DateValue::Bounded {
            not_before: Some("2007".parse().unwrap()),
            not_after: None,
        };
        assert_eq!(b.on_or_before(d("2006-12-31")), Tri::No);
        assert_eq!(b.on_or_before(d("2030-01-01")), Tri::Unknown);
        assert_eq!(y.before(&b), Tri::Unknown);
        let early = DateValue::Known("2005-06-13".parse().unwrap());
        assert_eq!(early.before(&b), Tri::Yes);
        assert_eq!(b.before(&early), Tri::No);
    }

    #[test]
    fn serde_forms() {
        let v: DateValue = serde_json::from_str("null").unwrap();
        assert_eq!(v, DateValue::Unknown);
        let v: DateValue = serde_json::from_str(r#"{"not_before":"2007"}"#).unwrap();
        assert_eq!(
            serde_json::to_string(&v).unwrap(),
            r#"{"not_before":"2007"}"#
        );
        let v: DateValue = serde_json::from_str(r#""2018-05-28""#).unwrap();
        assert_eq!(serde_json::to_string(&v).unwrap(), r#""2018-05-28""#);
        let e = serde_json::from_str::<DateValue>(r#""2018-02-30""#).unwrap_err();
        assert!(e.to_string().contains("does not exist"), "{e}");
        assert!(serde_json::from_str::<DateValue>(r#"{"when":"2018"}"#).is_err());
    }
}
