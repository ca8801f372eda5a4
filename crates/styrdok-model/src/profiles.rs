//! Built-in taxonomy profiles.
//!
//! One per seed municipality, a generic one, and Vårgårda's published model
//! as a non-seed example. Each rests on the public text cited in its
//! `source`; the encoding (bases, validity rules) is this project's reading
//! of that text, documented in `docs/taxonomy.md`.
//!
//! The profiles are data, `data/profiles.json` in this crate, read with the
//! same types as a register's `profiles`: a built-in profile can say nothing
//! a user's profile could not.

use std::sync::OnceLock;

use crate::taxonomy::Taxonomy;

/// The built-in profiles as JSON: a list of taxonomies.
const PROFILES_JSON: &str = include_str!("../data/profiles.json");

/// Every built-in profile.
pub fn all() -> &'static [Taxonomy] {
    static ALL: OnceLock<Vec<Taxonomy>> = OnceLock::new();
    // The file is compiled in and a test reads it strictly; were it ever
    // unreadable there would be no built-in profiles, not a panic.
    ALL.get_or_init(|| serde_json::from_str(PROFILES_JSON).unwrap_or_default())
}

/// The built-in profile with this id: `builtin:solna-2018`, or the same
/// without the `builtin:` prefix (`solna-2018`), in any letter case.
///
/// ```
/// use styrdok_model::profiles::builtin;
/// assert_eq!(builtin("solna-2018").map(|t| t.id.as_str()), Some("builtin:solna-2018"));
/// assert!(builtin("builtin:SOLNA-2018").is_some());
/// assert!(builtin("sundbyberg").is_none());
/// ```
pub fn builtin(id: &str) -> Option<&'static Taxonomy> {
    let id = id.trim();
    let bare = id
        .get(..8)
        .filter(|p| p.eq_ignore_ascii_case("builtin:"))
        .and_then(|_| id.get(8..))
        .unwrap_or(id);
    all().iter().find(|t| {
        t.id.strip_prefix("builtin:")
            .is_some_and(|b| b.eq_ignore_ascii_case(bare))
    })
}

/// The ids of the built-in profiles, for "did you mean" messages.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    all().iter().map(|t| t.id.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::taxonomy::{AdopterRule, AdoptionBasis as B};
    use styrdok_core::{BodyKind, DocumentKind};

    #[test]
    fn the_file_loads_whole() {
        let strict: Vec<Taxonomy> = serde_json::from_str(PROFILES_JSON).unwrap();
        assert_eq!(strict.len(), 6);
        assert_eq!(all(), strict.as_slice());
        // Nothing in the file is lost on reading: written back, it is the
        // same text.
        let mut again = serde_json::to_string_pretty(all()).unwrap();
        again.push('\n');
        assert_eq!(again, PROFILES_JSON);
    }

    #[test]
    fn ids_are_prefixed_and_unique() {
        let mut ids: Vec<&str> = all().iter().map(|t| t.id.as_str()).collect();
        assert!(ids.iter().all(|id| id.starts_with("builtin:")));
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), all().len());
    }

    #[test]
    fn solna_has_four_levels_and_policy_by_kf() {
        let s = builtin("builtin:solna-2018").unwrap();
        let policy = s.rule(&DocumentKind::Policy).unwrap();
        assert_eq!(
            policy.adopters,
            vec![AdopterRule::body(BodyKind::Fullmaktige, B::Principiell)]
        );
        assert!(
            s.rule(&DocumentKind::Strategi)
                .unwrap()
                .validity
                .needs_end()
        );
        assert!(s.rule(&DocumentKind::Program).is_none());
    }
}
