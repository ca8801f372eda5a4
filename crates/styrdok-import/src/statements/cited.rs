//! Documents the text cites by name without a relation word: "bygger på
//! Finspångs kommuns IT-säkerhetspolicy", "i enlighet med kommunens
//! personalpolitiska program", "enligt Riktlinjer för informationssäkerhet
//! (KS 2016/123)". Each is a stub candidate with what the citation states —
//! title as written, and the dnr, date and sections a bracket right after it
//! gives (read by [`crate::relations::parse_citation`]). Documents a
//! relation already holds ("ersätter …", a cited dnr) are left to it, and
//! so are the documents a sentence asks to be created ("ska fastställa
//! riktlinjer för …", see `requires`).

use styrdok_core::DocumentKind;
use styrdok_core::text::fold;

use super::reading::{Word, words};
use crate::draft::Target;

/// Possessive owners of a cited document ("kommunens", "Finspångs kommuns").
const OWNERS: [&str; 8] = [
    "kommunens",
    "kommuns",
    "stadens",
    "stads",
    "regionens",
    "landstingets",
    "forbundets",
    "bolagets",
];

/// Verbs after which a named document is one to be created, not cited.
const CREATE: [&str; 9] = [
    "faststalla",
    "uppratta",
    "fram",
    "utarbeta",
    "anta",
    "finnas",
    "revidera",
    "uppdatera",
    "ta",
];

/// Words that end a cited title's "för …" tail.
const TAIL_STOP: [&str; 24] = [
    "och",
    "som",
    "ska",
    "skall",
    "samt",
    "bör",
    "bor",
    "får",
    "far",
    "maste",
    "ar",
    "galler",
    "har",
    "med",
    "vid",
    "enligt",
    "innebar",
    "ger",
    "beskriver",
    "syftar",
    "utgor",
    "omfattar",
    "reglerar",
    "anger",
];

/// Words right before a document's name that cite it ("enligt", "i
/// enlighet med", "bygger på", "se", "utifrån", "hänvisas till").
const CITING: [&str; 7] = ["enligt", "med", "pa", "se", "utifran", "till", "mot"];

/// Whether a folded kind word is in the definite form ("policyn",
/// "riktlinjerna", "strategin", "reglementet").
fn definite(f: &str) -> bool {
    ["erna", "arna", "na", "en", "et", "n"].iter().any(|e| {
        f.strip_suffix(e)
            .is_some_and(|stem| DocumentKind::recognize_compound(stem).is_some())
    })
}

/// Where one cited document is named in `s`: the byte range of its title
/// as written and its kind.
fn named_at(s: &str, w: &[Word], i: usize) -> Option<((usize, usize), DocumentKind)> {
    let x = w.get(i)?;
    let kind = DocumentKind::recognize_compound(&x.folded)?;
    // The owner: "kommunens", or "Finspångs kommuns", possibly with
    // adjectives between ("kommunens personalpolitiska program").
    let mut start = None;
    for back in 1..=3 {
        let Some(p) = i.checked_sub(back).and_then(|k| w.get(k)) else {
            break;
        };
        if p.clause_end {
            break;
        }
        if OWNERS.contains(&p.folded.as_str()) {
            let mut st = p.start;
            // "Finspångs kommuns": the place name too.
            if ["kommuns", "stads"].contains(&p.folded.as_str())
                && let Some(place) = i.checked_sub(back + 1).and_then(|k| w.get(k))
                && !place.clause_end
                && s.get(place.start..)
                    .is_some_and(|t| t.starts_with(char::is_uppercase))
            {
                st = place.start;
            }
            start = Some(st);
            break;
        }
        // Only adjectives ("personalpolitiska", "övergripande") between.
        if !(p.folded.ends_with('a') || p.folded.ends_with("ande") || p.folded.ends_with("ade")) {
            break;
        }
    }
    // Without an owner, a citation needs a citing word before it ("enligt
    // Riktlinjer för …", "bygger på IT-säkerhetspolicyn för …") and an
    // indefinite or capitalized name: a bare "Policyn", "Reglementet" or a
    // heading run into the text is this document or an anaphor.
    let start = match start {
        Some(st) => st,
        None => {
            let cited_by = i
                .checked_sub(1)
                .and_then(|k| w.get(k))
                .is_some_and(|p| CITING.contains(&p.folded.as_str()) && !p.clause_end);
            let raw = s.get(x.start..x.end).unwrap_or("");
            let caps = raw
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase);
            if !cited_by || caps || definite(&x.folded) {
                return None;
            }
            x.start
        }
    };
    // A document to be created is a requirement, not a citation.
    let before = w.iter().take(i).rev().take(4);
    if before.clone().any(|p| CREATE.contains(&p.folded.as_str())) {
        return None;
    }
    let mut end = x.end;
    // "… för informationssäkerhet i Stockholms stad": a short tail.
    if w.get(i + 1).is_some_and(|n| n.folded == "for") && !x.clause_end {
        for n in w.iter().skip(i + 2).take(4) {
            let bracketed = s
                .get(..n.start)
                .is_some_and(|t| t.ends_with(['(', '[', '"', '”']));
            if bracketed || TAIL_STOP.contains(&n.folded.as_str()) {
                break;
            }
            end = n.end;
            if n.clause_end
                || s.get(n.end..)
                    .is_some_and(|t| t.starts_with(['.', '!', '?']))
            {
                break;
            }
        }
    }
    Some(((start, end), kind))
}

/// The documents `s` cites by name, with the byte range of each citation
/// (a bracket right after the title included).
pub(crate) fn scan(s: &str, own_title: Option<&str>) -> Vec<(Target, (usize, usize))> {
    let w = words(s);
    let own = own_title.map(fold);
    let mut out: Vec<(Target, (usize, usize))> = Vec::new();
    for i in 0..w.len() {
        let Some(((a, b), kind)) = named_at(s, &w, i) else {
            continue;
        };
        // A bracket right after: "(KS 2016/123)", "[2005-06-13]".
        let rest = s.get(b..).unwrap_or("");
        let bracket = rest
            .trim_start()
            .starts_with(['(', '['])
            .then(|| rest.find([')', ']']).map(|e| b + e + 1))
            .flatten();
        let end = bracket.unwrap_or(b);
        let Some(mut t) = s.get(a..end).and_then(crate::relations::parse_citation) else {
            continue;
        };
        let title = s.get(a..b).unwrap_or("").trim().to_owned();
        // This document, named with its owner ("Haninge kommuns riktlinjer
        // för elektronisk kommunikation" in those riktlinjer).
        let bare = fold(s.get(w.get(i).map_or(a, |x| x.start)..b).unwrap_or(""));
        if own
            .as_deref()
            .is_some_and(|o| o.contains(bare.as_str()) || bare.contains(o))
        {
            continue;
        }
        t.title = Some(title);
        t.kind = Some(kind);
        if !out.iter().any(|(o, _)| o.title == t.title) {
            out.push((t, (a, end)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn titles(s: &str) -> Vec<String> {
        scan(s, None)
            .into_iter()
            .filter_map(|(t, _)| t.title)
            .collect()
    }

    #[test]
    fn cited_documents() {
        assert_eq!(
            titles("Detta dokument bygger på Finspångs kommuns IT-säkerhetspolicy."),
            ["Finspångs kommuns IT-säkerhetspolicy"]
        );
        assert_eq!(
            titles("Nämnden ska följa kommunens personalpolitiska program och arbetsmiljöpolicy."),
            ["kommunens personalpolitiska program"]
        );
        let t = scan(
            "Arbetet sker enligt Riktlinjer för informationssäkerhet (KS 2016/123).",
            None,
        );
        assert_eq!(
            t[0].0.title.as_deref(),
            Some("Riktlinjer för informationssäkerhet")
        );
        assert_eq!(t[0].0.dnr.as_deref(), Some("KS 2016/123"));
        assert!(titles("Kommunstyrelsen ska fastställa riktlinjer för arkivet.").is_empty());
        assert!(titles("Denna policy gäller alla.").is_empty());
        assert!(titles("Policy för sociala medier Sammanfattning Policyn gäller.").is_empty());
        assert!(
            scan(
                "Haninge kommuns riktlinjer för elektronisk kommunikation innebär att …",
                Some("Riktlinjer för elektronisk kommunikation")
            )
            .is_empty()
        );
    }
}
