//! The vocabulary rule: files are strict, people's words are lenient.
//!
//! A register file holds canonical ids only (`policy`, `adopted`, `kommun`,
//! `fullmaktige`), exactly what the JSON Schema says; deserialization rejects
//! anything else with a "did you mean `policy`?" hint. Spellings, cases,
//! inflections and abbreviations (`Riktlinjerna`, `KF`, `Kommunen`) are for
//! where people type or write prose — command-line arguments, name
//! resolution and import — through the `FromStr` / `parse_lenient`
//! functions of each vocabulary.
//!
//! [`humanize_serde_message`] rewrites serde's messages for people: no Rust
//! type names ("expected struct LawBasis" becomes "expected an object"),
//! and an unknown value gets the nearest canonical id as a hint.

use crate::text::{fold, is_inflection_of};

/// The edit distance (Levenshtein) between two short strings, for "did
/// you mean" lists.
pub fn edit_distance(a: &str, b: &str) -> usize {
    strsim::levenshtein(a, b)
}

/// The canonical id nearest to `value`, if one is close enough to be a
/// likely intent: the same word in another case or with diacritics
/// (`Fullmäktige` → `fullmaktige`), an inflection (`riktlinjerna` →
/// `riktlinje`), or a small misspelling (`adpoted` → `adopted`).
pub fn suggest<'a>(value: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let v = fold(value);
    let v = v.trim();
    if v.is_empty() {
        return None;
    }
    let squash = |s: &str| -> String { s.chars().filter(|c| c.is_alphanumeric()).collect() };
    let vs = squash(v);
    if let Some(c) = candidates.iter().find(|c| squash(&fold(c)) == vs) {
        return Some(c);
    }
    if let Some(c) = candidates
        .iter()
        .find(|c| c.len() >= 3 && is_inflection_of(v, &fold(c)))
    {
        return Some(c);
    }
    candidates
        .iter()
        .map(|c| (strsim::damerau_levenshtein(&vs, &squash(&fold(c))), *c))
        .filter(|(d, c)| *d <= 2 && *d < c.len() / 2 + 1)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// The message for a value outside a vocabulary: what, the value, the
/// nearest id if any, and the accepted ids.
pub fn unknown_value(what: &str, value: &str, ids: &[&str]) -> String {
    format!(
        "unknown {what} {value:?}: {}a register file holds the canonical ids only: {}",
        hint(value, ids),
        ids.join(", ")
    )
}

/// Rewrites a serde (serde_json) error message for people: Rust type names
/// are replaced by what a JSON author sees, and an unknown enum value gets a
/// "did you mean" hint. Other messages pass through unchanged.
pub fn humanize_serde_message(msg: &str) -> String {
    // "unknown variant `Adopted`, expected one of `draft`, `adopted`"
    // "unknown variant `x`, expected `a` or `b`"
    if let Some(rest) = msg.strip_prefix("unknown variant `")
        && let Some((value, expected)) = rest.split_once("`, expected ")
    {
        let ids = backticked(expected);
        return format!(
            "unknown value {value:?}: {}expected one of: {}",
            hint(value, &ids),
            ids.join(", ")
        );
    }
    // "unknown field `x`, expected one of `a`, `b`" / "there are no fields"
    if let Some(rest) = msg.strip_prefix("unknown field `")
        && let Some((field, expected)) = rest.split_once("`, expected ")
    {
        let ids = backticked(expected);
        return format!(
            "unknown field `{field}`: {}expected one of: {}",
            hint(field, &ids),
            ids.join(", ")
        );
    }
    let mut out = msg.to_owned();
    for (rust, human) in [
        ("expected struct ", "expected an object ("),
        ("expected enum ", "expected one of the values of "),
        ("expected tuple struct ", "expected a value ("),
    ] {
        while let Some(i) = out.find(rust) {
            let start = i + rust.len();
            // `start` ends a match of `find`, so it is a char boundary.
            let Some(tail) = out.get(start..) else { break };
            let end = tail
                .find(|c: char| !c.is_alphanumeric() && c != '_')
                .map_or(out.len(), |e| start + e);
            let name = tail.get(..end - start).unwrap_or_default().to_owned();
            let replacement = if human.ends_with('(') {
                format!("{human}{})", words(&name))
            } else {
                format!("{human}{}", words(&name))
            };
            out.replace_range(i..end, &replacement);
        }
    }
    out
}

fn hint(value: &str, ids: &[&str]) -> String {
    suggest(value, ids)
        .map(|s| format!("did you mean `{s}`? "))
        .unwrap_or_default()
}

/// `CamelCase` as lowercase words (`LawBasis` → `law basis`).
fn words(name: &str) -> String {
    let mut s = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            s.push(' ');
        }
        s.extend(c.to_lowercase());
    }
    s
}

fn backticked(s: &str) -> Vec<&str> {
    s.split('`').skip(1).step_by(2).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions() {
        let ids = ["fullmaktige", "styrelse", "namnd"];
        assert_eq!(suggest("Fullmaktige", &ids), Some("fullmaktige"));
        assert_eq!(suggest("Fullmäktige", &ids), Some("fullmaktige"));
        assert_eq!(suggest("nämnden", &ids), Some("namnd"));
        assert_eq!(suggest("styrelsen", &ids), Some("styrelse"));
        assert_eq!(suggest("stryelse", &ids), Some("styrelse"));
        assert_eq!(suggest("kommun", &ids), None);
        assert_eq!(suggest("", &ids), None);
    }

    #[test]
    fn serde_messages_for_people() {
        let m = humanize_serde_message(
            "unknown variant `Adopted`, expected one of `draft`, `adopted`, `repealed`",
        );
        assert_eq!(
            m,
            "unknown value \"Adopted\": did you mean `adopted`? expected one of: draft, adopted, repealed"
        );
        let m = humanize_serde_message("invalid type: string \"x\", expected struct LawBasis");
        assert_eq!(
            m,
            "invalid type: string \"x\", expected an object (law basis)"
        );
        assert!(!m.contains("struct"));
        let m = humanize_serde_message("unknown field `titel`, expected one of `id`, `title`");
        assert!(m.contains("did you mean `title`?"), "{m}");
        assert_eq!(
            humanize_serde_message("missing field `id`"),
            "missing field `id`"
        );
    }
}
