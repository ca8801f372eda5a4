//! Diarienummer (case numbers).

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::CoreError;

/// A diarienummer as real documents write it, parsed into its parts while
/// keeping the original text.
///
/// Recognised forms include `KS 2018/1092`, `VON/2025:00149`, `KS-267/2011`,
/// `dnr 034-418/2005`, `1995:159`, `KS2016/846/01`, `Dnr: KS 2017.123` and
/// `Ks 2013/0489,024` (an archive code joined by a comma, the suffix),
/// and a number followed by its body's code (`2020.052 KS`, `2014/0321
/// KS-14`, `2013/143-KS`): the code is then the prefix and its digits the suffix.
/// A leading label (`dnr`, `Dnr:`, `Diarienummer`) is dropped from the parts
/// but kept in [`Dnr::as_written`]. The year is the four-digit group between
/// 1900 and 2099 (the first one, when there are several); the serial number is
/// the rest of the digits before any trailing suffix. A value that is only
/// a date (`2019-05-13`, `13.05.2019`, with or without a label) is refused
/// ([`CoreError::DateAsDnr`]): a diarienummer is never only a date.
/// Serializes as the text as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Dnr {
    as_written: String,
    prefix: Option<String>,
    year: Option<i32>,
    number: String,
    suffix: Option<String>,
}

impl Dnr {
    /// The text as written, including any label.
    pub fn as_written(&self) -> &str {
        &self.as_written
    }
    /// The registry prefix, usually the body's code (`KS`, `VON`), if any.
    pub fn prefix(&self) -> Option<&str> {
        self.prefix.as_deref()
    }
    /// The year of the case, if the number contains one.
    pub fn year(&self) -> Option<i32> {
        self.year
    }
    /// The serial number (`1092`, `00149`, `034-418`).
    pub fn number(&self) -> &str {
        &self.number
    }
    /// A trailing part after year and serial (`01` in `KS2016/846/01`).
    pub fn suffix(&self) -> Option<&str> {
        self.suffix.as_deref()
    }
    /// A normalized key (`KS:2018:1092`) for comparing numbers written
    /// differently. Equal keys do not mean equal documents: one case can
    /// produce several documents.
    pub fn key(&self) -> String {
        let serial = self.number.trim_start_matches('0');
        format!(
            "{}:{}:{}",
            self.prefix.as_deref().unwrap_or("").to_uppercase(),
            self.year.map(|y| y.to_string()).unwrap_or_default(),
            if serial.is_empty() { "0" } else { serial }
        )
    }
}

impl JsonSchema for Dnr {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Dnr".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A diarienummer (case number) as written: an optional label (dnr, Diarienummer) and registry prefix (KS, VON), then at least two groups of digits separated by `/`, `:`, `-` (or a dash a word processor puts in its place, U+2010–U+2013), `.` or a space, or an archive code joined by a comma (`Ks 2013/0489,024`), and, when no prefix comes before, optionally the body's code after a space or a hyphen (`2020.052 KS`, `2014/0321 KS-14`, `2013/143-KS`); never only a date (`2019-05-13` is refused). Which letters a prefix may hold is checked by the loader only.",
            "pattern": "^[^0-9]*[0-9]+([-\\u2010-\\u2013/:., ][0-9]+)+[-\\u2010-\\u2013/:.]?[., ]*([ \\-\\u2010-\\u2013][A-ZÅÄÖ]{1,5}([-\\u2010-\\u2013][0-9]{1,4})?)?$",
            "examples": ["KS 2018/1092", "VON/2025:00149", "dnr 034-418/2005", "2020.052 KS"]
        })
    }
}

const LABELS: [&str; 4] = ["diarienummer", "diarienr", "dnr", "dnr."];

/// The hyphen-minus and the dashes a word processor puts in its place
/// (hyphen U+2010, non-breaking hyphen U+2011, figure dash U+2012, en dash
/// U+2013): each separates digit groups as `-` does (`KS 2016–000612`).
const HYPHENS: [char; 5] = ['-', '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}'];

/// `-` for any of [`HYPHENS`], every other character as it is.
fn plain_hyphen(c: char) -> char {
    if HYPHENS.contains(&c) { '-' } else { c }
}

impl FromStr for Dnr {
    type Err = CoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let as_written = s.trim().to_owned();
        let mut rest = as_written.as_str();
        // Drop a leading label.
        let lower = rest.to_lowercase();
        for label in LABELS {
            // `lower` may differ from `rest` in length (to_lowercase of
            // some letters is longer), so the cut is checked.
            if lower.starts_with(label)
                && let Some(after) = rest.get(label.len()..)
                && (after.is_empty() || after.starts_with([' ', ':', '.']))
            {
                rest = after.trim_start_matches([' ', ':', '.']).trim_start();
                break;
            }
        }
        // Letters before the first digit form the prefix.
        let first_digit = rest.find(|c: char| c.is_ascii_digit());
        let Some(first_digit) = first_digit else {
            return Err(CoreError::InvalidDnr(as_written));
        };
        let (head, tail) = rest.split_at_checked(first_digit).unwrap_or((rest, ""));
        let prefix_raw =
            head.trim_matches(|c| matches!(c, ' ' | '/' | '.' | ':') || HYPHENS.contains(&c));
        if !prefix_raw
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || HYPHENS.contains(&c) || c == '&')
        {
            return Err(CoreError::InvalidDnr(as_written));
        }
        let mut prefix = (!prefix_raw.is_empty()).then(|| prefix_raw.to_owned());
        let mut body = tail.trim_end_matches(['.', ',', ' ']);
        // The body's code after the number (`2020.052 KS`, `2014/0321
        // KS-14`, or joined by a hyphen, `2013/143-KS`), only when none
        // came before it.
        let mut code_suffix = None;
        if prefix.is_none()
            && let Some((number, code)) = body.rsplit_once(' ').or_else(|| glued_code(body))
            && let Some((letters, digits)) = trailing_code(code)
        {
            body = number.trim_end();
            prefix = Some(letters.to_owned());
            code_suffix = digits.map(str::to_owned);
        }
        // Digit groups and their separators.
        let mut groups: Vec<(String, char)> = Vec::new();
        let mut current = String::new();
        for c in body.chars().map(plain_hyphen) {
            if c.is_ascii_digit() {
                current.push(c);
            } else if matches!(c, '/' | ':' | '-' | '.' | ' ' | ',') && !current.is_empty() {
                // `,` joins an archive code to the number (`Ks
                // 2013/0489,024`, Ljungby `blind113/`); `0489, 2014`
                // (a space after it) is two values and fails below.
                groups.push((std::mem::take(&mut current), c));
            } else {
                return Err(CoreError::InvalidDnr(as_written));
            }
        }
        if !current.is_empty() {
            groups.push((current, '\0'));
        }
        if groups.len() < 2 {
            return Err(CoreError::InvalidDnr(as_written));
        }
        if prefix.is_none() && is_only_a_date(&groups) {
            return Err(CoreError::DateAsDnr(as_written));
        }
        let is_year =
            |g: &str| g.len() == 4 && g.parse::<i32>().is_ok_and(|y| (1900..=2099).contains(&y));
        let year_idx = groups.iter().position(|(g, _)| is_year(g));
        let joined = |gs: &[(String, char)], sep: &str| {
            gs.iter()
                .map(|(g, _)| g.as_str())
                .collect::<Vec<_>>()
                .join(sep)
        };
        let (year, number, suffix) = match year_idx.map(|i| groups.split_at(i)) {
            Some(([], [(y, _), (n, _), rest @ ..])) => (
                y.parse().ok(),
                n.clone(),
                (!rest.is_empty()).then(|| joined(rest, "/")),
            ),
            Some((before, [(y, _), rest @ ..])) if !before.is_empty() => (
                y.parse().ok(),
                joined(before, "-"),
                (!rest.is_empty()).then(|| joined(rest, "/")),
            ),
            _ => (None, joined(&groups, "-"), None),
        };
        let suffix = suffix.or(code_suffix);
        Ok(Dnr {
            as_written,
            prefix,
            year,
            number,
            suffix,
        })
    }
}

/// A number and the body's code joined to it by a hyphen (`2013/143-KS`,
/// Västerås): the number up to the first hyphen that a letter follows,
/// and the code after it.
fn glued_code(body: &str) -> Option<(&str, &str)> {
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if HYPHENS.contains(&c) && chars.peek().is_some_and(|&(_, n)| n.is_alphabetic()) {
            let (number, rest) = body.split_at_checked(i)?;
            return Some((number, rest.get(c.len_utf8()..)?));
        }
    }
    None
}

/// A body's code written after a number: one to five capital letters,
/// then perhaps a hyphen and up to four digits (`KS`, `KS-14`); its
/// letters and digits.
fn trailing_code(code: &str) -> Option<(&str, Option<&str>)> {
    let (letters, digits) = match code.split_once(HYPHENS) {
        Some((l, d)) => (l, Some(d)),
        None => (code, None),
    };
    let letters_ok = (1..=5).contains(&letters.chars().count())
        && letters
            .chars()
            .all(|c| c.is_alphabetic() && c.is_uppercase());
    let digits_ok =
        digits.is_none_or(|d| (1..=4).contains(&d.len()) && d.chars().all(|c| c.is_ascii_digit()));
    (letters_ok && digits_ok).then_some((letters, digits))
}

/// Whether digit groups with no prefix are one calendar date: year, month
/// and day (`2019-05-13`) or day, month and year (`13.05.2019`, `25/6
/// 2018`), with one separator between them.
fn is_only_a_date(groups: &[(String, char)]) -> bool {
    let [(a, s1), (m, s2), (b, _)] = groups else {
        return false;
    };
    let num =
        |g: &str, max: u32| g.len() <= 2 && g.parse::<u32>().is_ok_and(|n| (1..=max).contains(&n));
    let year = |g: &str| g.len() == 4 && g.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y));
    let ymd = year(a) && s1 == s2 && num(b, 31);
    // `13.05.2019`, and `25/6 2018` as letters and minutes write it.
    let dmy = num(a, 31) && year(b) && (s1 == s2 || (*s1 == '/' && *s2 == ' '));
    num(m, 12) && (ymd || dmy)
}

impl TryFrom<String> for Dnr {
    type Error = CoreError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}
impl From<Dnr> for String {
    fn from(d: Dnr) -> String {
        d.as_written
    }
}
impl fmt::Display for Dnr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.as_written)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Dnr {
        s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn real_forms() {
        let d = p("KS 2018/1092");
        assert_eq!(
            (d.prefix(), d.year(), d.number()),
            (Some("KS"), Some(2018), "1092")
        );
        let d = p("VON/2025:00149");
        assert_eq!(
            (d.prefix(), d.year(), d.number()),
            (Some("VON"), Some(2025), "00149")
        );
        let d = p("KS-267/2011");
        assert_eq!(
            (d.prefix(), d.year(), d.number()),
            (Some("KS"), Some(2011), "267")
        );
        let d = p("dnr 034-418/2005");
        assert_eq!(
            (d.prefix(), d.year(), d.number()),
            (None, Some(2005), "034-418")
        );
        assert_eq!(d.as_written(), "dnr 034-418/2005");
        let d = p("1995:159");
        assert_eq!(
            (d.prefix(), d.year(), d.number()),
            (None, Some(1995), "159")
        );
        let d = p("KS2016/846/01");
        assert_eq!(
            (d.prefix(), d.year(), d.number(), d.suffix()),
            (Some("KS"), Some(2016), "846", Some("01"))
        );
        let d = p("Dnr: KS 2017.123");
        assert_eq!(
            (d.prefix(), d.year(), d.number()),
            (Some("KS"), Some(2017), "123")
        );
    }

    #[test]
    fn body_code_after_the_number() {
        let d = p("Dnr 2019.044 BUN");
        assert_eq!(
            (d.prefix(), d.year(), d.number(), d.suffix()),
            (Some("BUN"), Some(2019), "044", None)
        );
        assert_eq!(d.as_written(), "Dnr 2019.044 BUN");
        assert_eq!(d.key(), p("BUN 2019/44").key());
        let d = p("Diarienr 2013/143-KS");
        assert_eq!(
            (d.prefix(), d.year(), d.number(), d.suffix()),
            (Some("KS"), Some(2013), "143", None)
        );
        let d = p("2016/0812 SN-16");
        assert_eq!(
            (d.prefix(), d.year(), d.number(), d.suffix()),
            (Some("SN"), Some(2016), "0812", Some("16"))
        );
        // Not a code: lower case, too long, a code on both sides, a word.
        for s in [
            "2019/44 ks",
            "2019/44 NÄMNDEN",
            "KS 2019/44 KF",
            "2019/44 Antagen",
            "2019/44 KS-2019a",
            "2019/44-ks",
            "2019/44-KS 2020/1",
        ] {
            assert!(s.parse::<Dnr>().is_err(), "{s}");
        }
    }

    #[test]
    fn a_word_processors_dash_separates_as_a_hyphen() {
        // Götene's "KS 2016–000612" (en dash), and the other dashes.
        for (s, dash) in [
            ("KS 2016\u{2013}000612", "en dash"),
            ("KS 2016\u{2010}000612", "hyphen"),
            ("KS 2016\u{2011}000612", "non-breaking hyphen"),
            ("KS 2016\u{2012}000612", "figure dash"),
        ] {
            let d = p(s);
            assert_eq!(
                (d.prefix(), d.year(), d.number(), d.as_written()),
                (Some("KS"), Some(2016), "000612", s),
                "{dash}"
            );
            assert_eq!(d.key(), p("KS 2016-612").key(), "{dash}");
        }
        assert_eq!(p("2014/0321 KS\u{2013}14").suffix(), Some("14"));
        // A date is still a date, whatever its dashes.
        assert!("2019\u{2013}05\u{2013}13".parse::<Dnr>().is_err());
        // A dash is not a digit: an em dash (U+2014) still separates nothing.
        assert!("KS 2016\u{2014}000612".parse::<Dnr>().is_err());
    }

    #[test]
    fn an_archive_code_after_a_comma() {
        let d = p("Ks 2013/0489,024");
        assert_eq!(
            (d.prefix(), d.year(), d.number(), d.suffix()),
            (Some("Ks"), Some(2013), "0489", Some("024"))
        );
        assert_eq!(d.as_written(), "Ks 2013/0489,024");
        // A comma and a space: two values, not one.
        assert!("KS 2013/0489, 2014/22".parse::<Dnr>().is_err());
    }

    #[test]
    fn rejects_non_numbers() {
        for s in ["", "dnr", "KS", "hello world", "2018", "KS 2018/10a"] {
            assert!(s.parse::<Dnr>().is_err(), "{s}");
        }
    }

    #[test]
    fn a_dnr_is_never_only_a_date() {
        for s in [
            "2019-05-13",
            "dnr 2021-1-7",
            "Diarienummer: 07.03.2022",
            "1998/12/31",
            "25/6 2018",
        ] {
            let e = s.parse::<Dnr>().unwrap_err();
            assert_eq!(e, CoreError::DateAsDnr(s.to_owned()));
            assert!(
                e.to_string().contains(s) && e.to_string().contains("date"),
                "{e}"
            );
        }
        // Numbers that merely look dated stay numbers: a prefix, a serial
        // outside a month or day, mixed separators, two groups.
        for s in [
            "KS 2019-05-13",
            "2019-13-05",
            "2019-05/13",
            "2019-05",
            "034-418/2005",
            "12-05-13",
        ] {
            assert!(s.parse::<Dnr>().is_ok(), "{s}");
        }
    }

    #[test]
    fn keys_compare_forms() {
        assert_eq!(p("VON/2025:00149").key(), p("VON 2025/149").key());
    }
}
