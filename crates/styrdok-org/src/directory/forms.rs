//! The forms people write for a kommun or region, generated from its names
//! by the rules of Swedish place-name compounds and genitives.

use styrdok_core::text::fold;

use super::EntryKind;

/// Whether a name ends in s, x or z, where Swedish adds no genitive -s
/// ("Västerås stad", "Kalix kommun").
fn ends_in_sibilant(name: &str) -> bool {
    name.chars()
        .last()
        .is_some_and(|c| matches!(c.to_ascii_lowercase(), 's' | 'x' | 'z'))
}

/// Whether a name ends in a vowel (Swedish, with å/ä/ö).
fn ends_in_vowel(name: &str) -> bool {
    name.chars()
        .last()
        .is_some_and(|c| "aeiouyåäöéAEIOUYÅÄÖÉ".contains(c))
}

/// The form a kommun's name takes before "kommun" or "stad": with a
/// compound -s after a consonant ("Stockholms stad", "Marks kommun"), bare
/// after a vowel or s/x/z ("Solna stad", "Västerås stad", "Kalix kommun").
pub(super) fn compound_form(short: &str) -> String {
    if ends_in_vowel(short) || ends_in_sibilant(short) {
        short.to_owned()
    } else {
        format!("{short}s")
    }
}

/// The genitive: -s unless the name ends in s, x or z ("Solnas",
/// "Stockholms", "Västerås").
pub(super) fn genitive(name: &str) -> String {
    if ends_in_sibilant(name) {
        name.to_owned()
    } else {
        format!("{name}s")
    }
}

/// The stems a kommun's own name can take before "kommun" or "stad": as
/// written, its compound form and its genitive ("Solna", "Solnas";
/// "Stockholm", "Stockholms"; "Västerås").
pub(super) fn kommun_stems(short: &str) -> Vec<String> {
    dedup(vec![
        short.to_owned(),
        compound_form(short),
        genitive(short),
    ])
}

/// The usual forms of an entry besides its official name: for a kommun its
/// short name, "X kommun" in the compound form and "X stad" when it styles
/// itself so; for a region "Region X" and the patterns of its former
/// landsting names ("Stockholms läns landsting", "Landstinget i Värmlands
/// län", "Landstinget Värmlands län", "Landstinget i Värmland",
/// "Landstinget Värmland"); then the
/// forms the data file lists. Deduplicated by folded text, the official
/// name left out.
pub(super) fn usual_forms(
    kind: EntryKind,
    name: &str,
    short: &str,
    lan: &str,
    written: &[String],
) -> Vec<String> {
    let mut out = Vec::new();
    match kind {
        EntryKind::Kommun | EntryKind::KommunAndRegion => {
            out.push(short.to_owned());
            let stem = compound_form(short);
            out.push(format!("{stem} kommun"));
            if fold(name).ends_with(" stad") {
                out.push(format!("{stem} stad"));
            }
            if kind == EntryKind::KommunAndRegion {
                out.push(format!("Region {short}"));
            }
        }
        EntryKind::Region => {
            out.push(format!("Region {short}"));
            out.push(format!("{} landsting", genitive(lan)));
            out.push(format!("Landstinget i {lan}"));
            out.push(format!("Landstinget {lan}"));
            out.push(format!("Landstinget i {short}"));
            out.push(format!("Landstinget {short}"));
        }
    }
    out.extend(written.iter().cloned());
    let own = fold(name);
    let mut seen = vec![own];
    out.retain(|f| {
        let k = fold(f);
        if seen.contains(&k) {
            false
        } else {
            seen.push(k);
            true
        }
    });
    out
}

fn dedup(mut v: Vec<String>) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    v.retain(|s| {
        if seen.contains(s) {
            false
        } else {
            seen.push(s.clone());
            true
        }
    });
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compounds_and_genitives() {
        assert_eq!(compound_form("Stockholm"), "Stockholms");
        assert_eq!(compound_form("Solna"), "Solna");
        assert_eq!(compound_form("Västerås"), "Västerås");
        assert_eq!(compound_form("Kalix"), "Kalix");
        assert_eq!(compound_form("Lilla Edet"), "Lilla Edets");
        assert_eq!(genitive("Solna"), "Solnas");
        assert_eq!(genitive("Västerås"), "Västerås");
        assert_eq!(genitive("Stockholms län"), "Stockholms läns");
        assert_eq!(kommun_stems("Solna"), ["Solna", "Solnas"]);
        assert_eq!(kommun_stems("Stockholm"), ["Stockholm", "Stockholms"]);
        assert_eq!(kommun_stems("Borås"), ["Borås"]);
    }

    #[test]
    fn usual_forms_of_a_stad_and_a_region() {
        let solna = usual_forms(
            EntryKind::Kommun,
            "Solna stad",
            "Solna",
            "Stockholms län",
            &[],
        );
        assert_eq!(solna, ["Solna", "Solna kommun"]);
        let sthlm = usual_forms(
            EntryKind::Kommun,
            "Stockholms stad",
            "Stockholm",
            "Stockholms län",
            &[],
        );
        assert_eq!(sthlm, ["Stockholm", "Stockholms kommun"]);
        let region = usual_forms(
            EntryKind::Region,
            "Region Värmland",
            "Värmland",
            "Värmlands län",
            &["Landstinget i Värmland".to_owned(), "VL".to_owned()],
        );
        assert_eq!(
            region,
            [
                "Värmlands läns landsting",
                "Landstinget i Värmlands län",
                "Landstinget Värmlands län",
                "Landstinget i Värmland",
                "Landstinget Värmland",
                "VL"
            ]
        );
    }
}
