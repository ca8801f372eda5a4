//! A vision or goal document's sentences in the present tense: "Lidingö
//! erbjuder en kreativ miljö …", "Herrljunga kommun främjar samarbete …",
//! "Bollnäs är år 2030 en klimatneutral kommun", "I Hedemora kommun
//! genomsyrar hållbar utveckling all verksamhet". Such a document states
//! the state it commits the organisation to as if it were already so; the
//! same sentence in any other document describes. So the reading is gated
//! by the document (its title or the section names a vision or goals) and
//! by the subject (the organisation's own place name, as the text writes
//! it before `kommun` or `stad`).

use super::reading::{Binds, Reading, Word, words};
use crate::structure::Unit;

/// The organisation's place names (folded) and whether the whole document
/// is about a vision or goals.
pub(super) struct Vision {
    places: Vec<String>,
    whole: bool,
}

impl Vision {
    /// The context of a document: whether its title names a vision or
    /// goals, and the place names written before `kommun`/`stad` in it.
    pub(super) fn of(units: &[Unit], title: Option<&str>) -> Vision {
        let mut places: Vec<String> = Vec::new();
        for u in units {
            let w = words(&u.joined.text);
            for p in w.windows(2) {
                if let [a, b] = p
                    && a.capital
                    && !a.clause_end
                    && ["kommun", "stad", "kommuns", "stads"].contains(&b.folded.as_str())
                    && a.folded.chars().count() >= 3
                    && !places.contains(&a.folded)
                {
                    places.push(a.folded.clone());
                }
            }
        }
        Vision {
            places,
            whole: title.is_some_and(names_vision),
        }
    }

    /// The reading of sentence `s` in a unit under `section`, when the
    /// document or the section is a vision's and the sentence states what
    /// the place is or does.
    pub(super) fn read(&self, s: &str, section: Option<&str>) -> Option<Reading> {
        if !(self.whole || section.is_some_and(names_vision)) {
            return None;
        }
        place_sentence(s, &self.places)
    }
}

/// Verbs whose infinitive opens a goal written as a list item ("Skapa bra
/// matvanor …", "Verka för …", "Stärka våra stadsdelars identiteter …").
const GOAL_VERBS: [&str; 35] = [
    "skapa",
    "strava",
    "verka",
    "tillgodose",
    "erbjuda",
    "utveckla",
    "starka",
    "framja",
    "oka",
    "minska",
    "bidra",
    "utfora",
    "sakerstalla",
    "forbattra",
    "arbeta",
    "varna",
    "stodja",
    "mojliggora",
    "forebygga",
    "motverka",
    "hoja",
    "sanka",
    "bevara",
    "varda",
    "skydda",
    "underlatta",
    "effektivisera",
    "uppna",
    "tydliggora",
    "framhava",
    "verkstalla",
    "behalla",
    "begransa",
    "bedriva",
    "minimera",
];

impl Vision {
    /// The reading of a list item (or a sentence of one) that states a goal
    /// by an infinitive and no modal verb ("Skapa bra matvanor för barn …",
    /// "Stärka våra stadsdelars identiteter …"): only under a heading that
    /// names goals or in a vision document, or under a lead-in or label line
    /// that names goals ("Övergripande mål") or the organisation's
    /// priorities ("Därför prioriterar vi att:"). The
    /// same infinitives under a purpose ("Syftet är att:") or a list of
    /// what something can do ("Med hjälp av kamerorna kan vi:") describe.
    pub(super) fn goal_item(
        &self,
        s: &str,
        section: Option<&str>,
        lead_in: Option<&str>,
    ) -> Option<Reading> {
        let goal_context = self.whole
            || section.is_some_and(names_vision)
            || lead_in.is_some_and(|l| names_priorities(l) || names_vision(l));
        if !goal_context || s.trim_end().ends_with('?') {
            return None;
        }
        goal_infinitive(s)
    }
}

/// Whether a lead-in names the organisation's priorities ("Därför
/// prioriterar vi att:", "Vi prioriterar:").
fn names_priorities(lead_in: &str) -> bool {
    words(lead_in)
        .iter()
        .any(|x| ["prioriterar", "prioriteras"].contains(&x.folded.as_str()))
}

/// A goal verb in the infinitive as the item's first word, with at least
/// two words after it; or an item opened by "att" whose goal verb follows
/// within five words ("att förebygga ohälsa …", "att vid varje tillfälle
/// säkerställa …", under "Målet med riktlinjerna är"), read from the "att".
fn goal_infinitive(s: &str) -> Option<Reading> {
    let w = words(s);
    let first = w.first()?;
    if w.len() < 3 || first.clause_end {
        return None;
    }
    let goal = |x: &Word| GOAL_VERBS.contains(&x.folded.as_str());
    if goal(first) {
        return Some(Reading::unmodal(Binds::Present, s, first.start..first.end));
    }
    if first.folded != "att" {
        return None;
    }
    for x in w.iter().skip(1).take(5) {
        if goal(x) {
            return (w.len() >= 4).then(|| Reading::unmodal(Binds::Present, s, first.start..x.end));
        }
        if x.clause_end {
            break;
        }
    }
    None
}

/// Whether a title or section name (a heading or its slug) is about a
/// vision or goals: "Vision och mål", "Inriktningsmål",
/// "kommunens-overgripande-mal".
fn names_vision(t: &str) -> bool {
    styrdok_core::text::fold(t)
        .split(|c: char| !c.is_alphanumeric())
        .any(|x| {
            x.starts_with("vision")
                || x.starts_with("malsattning")
                || ["mal", "malen", "malet"].contains(&x)
                || (x.ends_with("smal") && x.chars().count() > 6)
        })
}

/// The present-tense verb after the place as subject ("Lidingö erbjuder",
/// "Lidingö stad hushållar", "Danderyds kommun tillämpar") or after a
/// fronted place ("I Hedemora kommun genomsyrar …", "På Lidingö känner man
/// …"); not a count ("Lidingö stad har 47 000 invånare"), a question or a
/// modal verb (read elsewhere).
fn place_sentence(s: &str, places: &[String]) -> Option<Reading> {
    let w = words(s);
    if w.len() < 4 || s.trim_end().ends_with('?') || places.is_empty() {
        return None;
    }
    let is_place = |k: usize| {
        w.get(k)
            .is_some_and(|x| x.capital && places.contains(&x.folded))
    };
    let org_word = |k: usize| {
        w.get(k)
            .is_some_and(|x| ["kommun", "stad"].contains(&x.folded.as_str()))
    };
    let fronted = w
        .first()
        .is_some_and(|f| f.capital && ["i", "pa"].contains(&f.folded.as_str()));
    let p = usize::from(fronted);
    if !is_place(p) || w.get(p).is_some_and(|x| x.clause_end) {
        return None;
    }
    let mut k = p + 1;
    if org_word(k) {
        if w.get(k).is_some_and(|x| x.clause_end) {
            return None;
        }
        k += 1;
    }
    let v = w.get(k)?;
    let after = w.get(k + 1)?;
    let starts_lower = s
        .get(v.start..)
        .is_some_and(|t| t.starts_with(char::is_lowercase));
    if !starts_lower || !present_verb(&v.folded) || after.folded.starts_with(char::is_numeric) {
        return None;
    }
    Some(Reading::unmodal(Binds::Present, s, v.start..v.end))
}

/// A finite verb in the present tense that states a state or an activity
/// ("är", "har", "erbjuder", "främjar", "hushållar"), not a modal or an
/// auxiliary that needs another verb.
fn present_verb(f: &str) -> bool {
    const NOT: [&str; 10] = [
        "kan", "var", "vill", "ska", "skall", "får", "far", "bör", "bor", "maste",
    ];
    if NOT.contains(&f) {
        return false;
    }
    ["ar", "har"].contains(&f)
        || (f.chars().count() >= 5 && f.ends_with('r') && !f.ends_with("ner"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn places() -> Vec<String> {
        vec!["norrby".to_owned(), "sjostads".to_owned()]
    }

    #[test]
    fn the_place_as_subject_in_the_present_tense_is_read() {
        for s in [
            "Norrby erbjuder en trygg miljö för alla som bor här.",
            "Norrby kommun främjar ett starkt föreningsliv.",
            "Norrby är år 2030 en fossilfri kommun.",
            "I Norrby kommun genomsyrar hållbarhet all planering.",
            "Sjöstads kommun tillämpar målstyrning.",
        ] {
            assert!(place_sentence(s, &places()).is_some(), "{s}");
        }
    }

    #[test]
    fn a_count_a_question_another_subject_or_a_modal_is_not() {
        for s in [
            "Norrby kommun har 12 000 invånare.",
            "Vad innebär det för Norrby kommun?",
            "Kommunen erbjuder en trygg miljö för alla.",
            "Norrby kan bli en bättre plats att bo på.",
            "Ekby kommun främjar ett starkt föreningsliv.",
        ] {
            assert!(place_sentence(s, &places()).is_none(), "{s}");
        }
    }

    #[test]
    fn a_goal_infinitive_in_a_list_under_goals_or_priorities() {
        let v = Vision {
            places: places(),
            whole: false,
        };
        let item = "Skapa bra matvanor för barn och äldre.";
        assert!(v.goal_item(item, Some("Övergripande mål"), None).is_some());
        assert!(v.goal_item(item, None, Some("Övergripande mål")).is_some());
        assert!(
            v.goal_item(
                "Stärka stadsdelarnas identitet",
                None,
                Some("Därför prioriterar vi att:")
            )
            .is_some()
        );
        // Not under a purpose or another heading, not another verb.
        assert!(
            v.goal_item(item, Some("Syfte"), Some("Syftet är att:"))
                .is_none()
        );
        assert!(v.goal_item(item, None, None).is_none());
        // An item opened by "att" under a lead-in naming the goal or the
        // aims ("Målet med riktlinjerna är", Mjölby; "Målsättningen med
        // finansverksamheten är:", Skövde), with its goal verb up to five
        // words on; not one whose verb is no goal's.
        let r = v
            .goal_item(
                "att vid varje tillfälle säkerställa att kommunen har likvida medel;",
                None,
                Some("Målsättningen med finansverksamheten är:"),
            )
            .unwrap();
        assert_eq!(r.as_written, "att vid varje tillfälle säkerställa");
        assert!(
            v.goal_item(
                "Behålla och utveckla en levande landsbygd",
                None,
                Some("Kommunfullmäktige har angivit följande målsättningar för arbetet:")
            )
            .is_some()
        );
        assert!(
            v.goal_item(
                "att kommunens kolonilotter fungerar väl",
                None,
                Some("Målet är")
            )
            .is_none()
        );
        assert!(
            v.goal_item("Ladda ner program.", Some("Mål"), None)
                .is_none()
        );
        assert!(v.goal_item("Skapa konto?", Some("Mål"), None).is_none());
        // `Vårda` is a goal verb (Sölvesborg `blind115/`).
        assert!(
            v.goal_item("Vårda det gemensamma kulturella arvet.", Some("Mål"), None)
                .is_some()
        );
    }

    #[test]
    fn only_a_vision_or_goal_title_or_section_opens_the_reading() {
        assert!(names_vision("Vision och övergripande mål"));
        assert!(names_vision("Inriktningsmål"));
        assert!(names_vision("kommunens-overgripande-mal"));
        assert!(names_vision("Målet med riktlinjerna för hälsa är"));
        assert!(names_vision("följande målsättningar"));
        assert!(!names_vision("Riktlinjer för normal drift"));
        assert!(!names_vision("Informationssäkerhetspolicy"));
    }
}
