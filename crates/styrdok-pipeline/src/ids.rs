//! Document ids: readable, and the same for the same file every time.
//!
//! `<org>/<kind>-<title slug>[-<decision year>]` (rule in
//! `docs/pipeline.md`): the title's first word is left out when it alone
//! names the kind (`Riktlinjer för arkiv` → `riktlinje-for-arkiv`), the
//! slug is cut at a word boundary after 60 characters, a text without a
//! title uses its file name. When the id is taken by another document,
//! the document's own diarienummer is appended, then a counter (`-2`, `-3`).
//! Stubs get `<org>/cited-<kind>-<slug>[-<year>]` by the same rule.

use std::collections::BTreeSet;

use styrdok_core::text::slugify;
use styrdok_core::{DocumentId, DocumentKind, OrgId};

/// Longest title slug kept in an id.
const MAX_SLUG: usize = 60;

/// The slug of a title, without a first word that alone names `kind`, cut
/// at a hyphen after [`MAX_SLUG`] characters.
pub(crate) fn title_slug(title: &str, kind: Option<&DocumentKind>) -> String {
    let mut words: Vec<&str> = title.split_whitespace().collect();
    if words.len() > 1
        && let (Some(first), Some(kind)) = (words.first(), kind)
        && DocumentKind::recognize(first.trim_matches(|c: char| !c.is_alphanumeric())).as_ref()
            == Some(kind)
    {
        words.remove(0);
    }
    let slug = slugify(&words.join(" "));
    if slug.len() <= MAX_SLUG {
        return slug;
    }
    let mut cut = String::new();
    for part in slug.split('-') {
        if !cut.is_empty() && cut.len() + 1 + part.len() > MAX_SLUG {
            break;
        }
        if !cut.is_empty() {
            cut.push('-');
        }
        cut.push_str(part);
    }
    cut.chars()
        .take(MAX_SLUG)
        .collect::<String>()
        .trim_end_matches('-')
        .to_owned()
}

/// The id for `prefix` + `name` parts, or the first free one by the
/// collision rule: `dnr` appended, then a counter.
pub(crate) fn allocate(
    org: &OrgId,
    name: &str,
    dnr: Option<&str>,
    taken: &BTreeSet<String>,
) -> Option<DocumentId> {
    let base = format!("{org}/{name}");
    let mut tries = vec![base.clone()];
    if let Some(d) = dnr.map(slugify).filter(|d| !d.is_empty()) {
        tries.push(format!("{base}-{d}"));
    }
    for id in tries {
        if !taken.contains(&id) {
            return id.parse().ok();
        }
    }
    let stem = match dnr.map(slugify).filter(|d| !d.is_empty()) {
        Some(d) => format!("{base}-{d}"),
        None => base,
    };
    (2..)
        .map(|n| format!("{stem}-{n}"))
        .find(|id| !taken.contains(id))
        .and_then(|id| id.parse().ok())
}

/// The name part of a document's id: `<kind>-<slug>[-<year>]`.
pub(crate) fn name(kind: Option<&DocumentKind>, slug: &str, year: Option<i32>) -> String {
    let kind = kind.map(DocumentKind::id).unwrap_or("dokument");
    let mut n = if slug.is_empty() {
        kind.to_owned()
    } else {
        format!("{kind}-{slug}")
    };
    if let Some(y) = year {
        n.push_str(&format!("-{y}"));
    }
    n
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn kind_word_left_out_and_long_titles_cut_at_a_word() {
        let k = DocumentKind::Riktlinje;
        assert_eq!(title_slug("Riktlinjer för arkiv", Some(&k)), "for-arkiv");
        assert_eq!(
            name(
                Some(&k),
                &title_slug("Riktlinjer för arkiv", Some(&k)),
                Some(2019)
            ),
            "riktlinje-for-arkiv-2019"
        );
        assert_eq!(
            title_slug("IT-policy", Some(&DocumentKind::Policy)),
            "it-policy"
        );
        let long = "Policy för informationssäkerhet och dataskydd i kommunens samtliga förvaltningar och bolag";
        let s = title_slug(long, Some(&DocumentKind::Policy));
        assert!(s.len() <= MAX_SLUG && !s.ends_with('-'), "{s}");
        assert!(s.starts_with("for-informationssakerhet"), "{s}");
    }

    #[test]
    fn collisions_take_the_dnr_then_a_counter() {
        let org: OrgId = "vara".parse().unwrap();
        let mut taken = BTreeSet::new();
        let a = allocate(&org, "policy-it", Some("KS 2019/117"), &taken).unwrap();
        assert_eq!(a.as_str(), "vara/policy-it");
        taken.insert(a.to_string());
        let b = allocate(&org, "policy-it", Some("KS 2019/117"), &taken).unwrap();
        assert_eq!(b.as_str(), "vara/policy-it-ks-2019-117");
        taken.insert(b.to_string());
        let c = allocate(&org, "policy-it", Some("KS 2019/117"), &taken).unwrap();
        assert_eq!(c.as_str(), "vara/policy-it-ks-2019-117-2");
        let d = allocate(&org, "policy-it", None, &taken).unwrap();
        assert_eq!(d.as_str(), "vara/policy-it-2");
    }
}
