//! The document's name inside a page-flattened first page, when no line
//! can be the title: `1 Författningssamling 1(5) Riktlinjer för användning
//! av extern e-post antagna av …`, `… Beslut: KF Policy mot mutor och
//! andra oegentligheter Policy mot …`, `… Sid: 1 REGLEMENTE FÖR ERSÄTTNING
//! TILL FÖRTROENDEVALDA 1 Grundläggande …`.
//!
//! A name is a capitalised word naming a document kind (`Riktlinjer`,
//! `Resepolicy`, `MÖTES- OCH RESEPOLICY`) and what joins it: a preposition
//! (`för`, `om`, `mot`, `i` …) and the words after it, lower case (or all
//! capitals in an all-capitals name) and an organisation (`i Malmö stad`,
//! `för Sala kommun`); a capitalised word, a number, a label or an adoption
//! participle ends it. A compound kind word with nothing joined
//! (`Resepolicy`) is a name when a capitalised word follows it (a heading
//! run into the text), or, after a page number, an adoption participle.
//! The first lines of the text are read in order; the first line holding
//! names gives the title when its names agree, and the importer abstains
//! when they differ.

use styrdok_core::DocumentKind;
use styrdok_core::text::fold;

use crate::pre::Prepared;
use crate::structure::all_caps;

/// The rule id of a title read this way.
pub(crate) const RULE: &str = "title-named-on-page";

/// How many filled lines from the top are looked at.
const LINES: usize = 12;
/// A name starts within this many words of its line's start (a title
/// further into a flattened page is a citation in the text).
const START_WORDS: usize = 40;
/// The longest name read (Malmö's `Tillämpningsföreskrifter för ansökan
/// … i åldrarna 1-5 år`, `blind81/`, has 17 words).
const MAX_WORDS: usize = 20;

/// Folded words that join a kind word to the rest of a name.
const JOINERS: [&str; 12] = [
    "for", "om", "mot", "kring", "vid", "i", "till", "inom", "avseende", "med", "gallande",
    "enligt",
];
/// Folded words that continue a name between its parts.
const LINKS: [&str; 5] = ["och", "samt", "eller", "&", "av"];
/// Folded words after a capitalised place name that make it an organisation
/// (`i Malmö stad`, `för Sala kommun`).
const ORG_NOUNS: [&str; 6] = ["kommun", "kommuns", "stad", "stads", "lan", "kommunkoncern"];

/// The title named on the first page, with its line.
///
/// Lines read as metadata are read too: a flattened page's label run often
/// ends in the name (`Beslut: KF Policy mot mutor …`).
pub(crate) fn named_on_page(p: &Prepared<'_>) -> Option<(usize, String)> {
    let filled = (0..p.lines.len())
        .filter(|&j| p.lines.get(j).is_some_and(|l| !l.text.trim().is_empty()))
        .take(LINES);
    for j in filled {
        let line = p.lines.get(j).map_or("", |l| l.text.as_str());
        let names = names_in(line);
        let Some(first) = names.first() else {
            continue;
        };
        return names
            .iter()
            .all(|n| fold(n) == fold(first))
            .then(|| (j, (*first).to_owned()));
    }
    None
}

/// One word of a line: its byte range and its text without trailing
/// punctuation.
struct Word<'a> {
    start: usize,
    end: usize,
    clean: &'a str,
    /// The word ends a phrase (`.`, `:`, `;` after it).
    stops: bool,
}

fn words(line: &str) -> Vec<Word<'_>> {
    crate::segment::words(line)
        .into_iter()
        .map(|(at, w)| {
            let clean = w.trim_end_matches([',', '.', ';', ':']);
            Word {
                start: at,
                end: at + clean.len(),
                clean,
                stops: w.ends_with(['.', ':', ';']),
            }
        })
        .collect()
}

/// The kind a word names, when it is one of the built-in kinds.
fn kind_of(w: &str) -> Option<DocumentKind> {
    DocumentKind::recognize_compound(w)
        .filter(|k| !matches!(k, DocumentKind::Other | DocumentKind::Custom(_)))
}

/// Whether a word heads a name: a built-in kind word, or (on a page, not
/// among a table's values) the head noun of a document outside them
/// (`Ägardirektiv`, `Föreskrifter`, `Delegationsordning`: the lexicon's
/// [`crate::lexicon::OTHER_KIND_NOUNS`], a compound for `ordning` and
/// `analys`, not a law's `förordning` nor a body's `arbetsordning`).
fn heads_name(w: &str, other: bool) -> bool {
    if kind_of(w).is_some() {
        return true;
    }
    let f = fold(w);
    other
        && crate::structure::other_kind_noun(&f)
        && !crate::lexicon::OTHER_KIND_EXCEPTIONS
            .iter()
            .any(|e| f.contains(e))
}

/// A year written after `år` in a name (`Ägardirektiv för år 2015 i …`).
fn year_after_ar(ws: &[Word<'_>], j: usize) -> bool {
    let year = ws.get(j).is_some_and(|w| {
        w.clean.len() == 4
            && w.clean.chars().all(|c| c.is_ascii_digit())
            && (w.clean.starts_with("19") || w.clean.starts_with("20"))
    });
    year && j > 0 && ws.get(j - 1).is_some_and(|p| fold(p.clean) == "ar")
}

/// An age or a span of years before `år` in a name (`… riktat till barn i
/// åldrarna 1-5 år`, Malmö `blind81/`): one or two digits, or two such
/// joined by a dash, then the word `år`. A page number is not followed by
/// `år`.
fn ages_before_ar(ws: &[Word<'_>], j: usize) -> bool {
    let short = |n: &str| (1..=2).contains(&n.len()) && n.chars().all(|c| c.is_ascii_digit());
    let ages = ws
        .get(j)
        .is_some_and(|w| match w.clean.split_once(['-', '–']) {
            Some((a, b)) => short(a) && short(b),
            None => short(w.clean),
        });
    ages && ws
        .get(j + 1)
        .is_some_and(|n| crate::title::year_noun(n.clean))
}

/// Folded endings of a body's name inside a document's name.
const BODY_NOUNS: [&str; 5] = [
    "forvaltningen",
    "namnden",
    "styrelsen",
    "kontoret",
    "enheten",
];

/// Whether word `j`, capitalised, is (part of) a body's name joined to a
/// document's name: `för Socialnämnden`, `inom Barn- och
/// utbildningsförvaltningen` (Kristianstad `blind33/`), `för Barn- och
/// Utbildningsförvaltningen` (Sävsjö `tune3/`).
fn body_name_at(ws: &[Word<'_>], j: usize) -> bool {
    let folded = |k: usize| ws.get(k).map(|w| fold(w.clean)).unwrap_or_default();
    let body = |f: &str| BODY_NOUNS.iter().any(|n| f.ends_with(n));
    let after_joiner = j > 0 && JOINERS.contains(&folded(j - 1).as_str());
    let w = ws.get(j).map_or("", |w| w.clean);
    let suspended = w.ends_with('-') && folded(j + 1) == "och" && body(&folded(j + 2));
    let second = j >= 2
        && folded(j - 1) == "och"
        && ws.get(j - 2).is_some_and(|p| p.clean.ends_with('-'))
        && body(&folded(j));
    (after_joiner && (body(&folded(j)) || suspended)) || second
}

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The names in one line, in order.
fn names_in(line: &str) -> Vec<&str> {
    let ws = words(line);
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len().min(START_WORDS) {
        match name_at(line, &ws, i, false) {
            Some((name, next)) => {
                out.push(name);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// The first name among a table's values (`Kommunfullmäktige KS/2016:
/// Markanvisningspolicy beslutad av …`): as on a page, and a compound kind
/// word alone is a name there too.
pub(crate) fn first_name_in_values(values: &str) -> Option<&str> {
    let ws = words(values);
    (0..ws.len()).find_map(|i| name_at(values, &ws, i, true).map(|(n, _)| n))
}

/// The name starting at word `i`, and the index of the word after it;
/// `bare` lets a compound kind word with nothing joined be a name.
fn name_at<'a>(line: &'a str, ws: &[Word<'_>], i: usize, bare: bool) -> Option<(&'a str, usize)> {
    let first = ws.get(i)?;
    if !capitalised(first.clean) || i.checked_sub(1).and_then(|b| ws.get(b)).is_some_and(cites) {
        return None;
    }
    // `MÖTES- OCH RESEPOLICY`: a suspended compound before its kind word;
    // `Digital strategi`, `Regional kulturplan`: an adjective before it.
    let k = if adjective(first.clean)
        && ws
            .get(i + 1)
            .is_some_and(|w| !capitalised(w.clean) && heads_name(w.clean, !bare))
    {
        i + 1
    } else if first.clean.ends_with('-')
        && ws
            .get(i + 1)
            .is_some_and(|w| ["och", "samt"].contains(&fold(w.clean).as_str()))
    {
        i + 2
    } else {
        i
    };
    let kind_word = ws.get(k)?;
    if !heads_name(kind_word.clean, !bare) {
        return None;
    }
    let caps = all_caps(kind_word.clean);
    let compound = !is_bare_kind(kind_word.clean);
    let mut end = k;
    if !kind_word.stops {
        let mut j = k + 1;
        let mut joined = false;
        while let Some(w) = ws.get(j) {
            if j - i >= MAX_WORDS {
                return None;
            }
            let f = fold(w.clean);
            let joiner = JOINERS.contains(&f.as_str());
            if !joined && !joiner {
                break;
            }
            joined = true;
            let fits = if caps {
                all_caps(w.clean) && !w.clean.chars().any(|c| c.is_ascii_digit())
            } else if statute_number(w.clean)
                || (joiner && j == k + 1)
                || year_after_ar(ws, j)
                || ages_before_ar(ws, j)
            {
                // `Handlingsprogram Enligt lag (2003:778) om …`.
                true
            } else if capitalised(w.clean) {
                // A place name before its organisation noun, or a body's
                // name (`inom Barn- och utbildningsförvaltningen`).
                let prev = ws.get(j - 1).map(|p| fold(p.clean)).unwrap_or_default();
                let next = ws.get(j + 1).map(|n| fold(n.clean)).unwrap_or_default();
                (JOINERS.contains(&prev.as_str()) && ORG_NOUNS.contains(&next.as_str()))
                    || body_name_at(ws, j)
            } else {
                !w.clean.chars().any(|c| c.is_ascii_digit())
            };
            if !fits || participle(&f) || crate::metadata::has_label_word(w.clean) {
                break;
            }
            end = j;
            if w.stops {
                break;
            }
            j += 1;
        }
        // A name does not end on a joiner (`Policy för`).
        while end > k
            && ws.get(end).is_some_and(|w| {
                let f = fold(w.clean);
                JOINERS.contains(&f.as_str()) || LINKS.contains(&f.as_str())
            })
        {
            end -= 1;
        }
    }
    if end == k {
        // A compound kind word alone: a heading run into the text.
        // … or the first word of a page after its number (`1 1 Resepolicy`),
        // also with its adoption after it (`1 Tjänstefordonspolicy antagen
        // av kommunfullmäktige …`, Halmstad `blind45/`).
        let after_page_number = i > 0 && page_number_before(ws, i);
        let heading = ws.get(k + 1).map_or(after_page_number, |n| {
            (capitalised(n.clean) && !all_caps(n.clean))
                || (after_page_number && participle(&fold(n.clean)))
        });
        if !(compound && (heading || bare) && !caps) {
            return None;
        }
    }
    let last = ws.get(end)?;
    // A name cut at a broken word (`Strategi för digi-`) or at a suspended
    // compound whose second part is lost (`Delegationsordning för arbets-
    // och` at a web title's end) is no name.
    if last.clean.ends_with('-') {
        return None;
    }
    let name = line.get(first.start..last.end)?;
    Some((name, end + 1))
}

/// Folded function words after which a capitalised name is cited in
/// running text (`Den ersätter IT-strategi för …`, `enligt Policy för …`).
const CITING: [&str; 20] = [
    "i", "av", "till", "med", "om", "enligt", "se", "fran", "mot", "och", "samt", "eller", "att",
    "pa", "for", "under", "den", "det", "en", "ett",
];

/// Whether the word before a name makes it a citation in running text: a
/// function word, a relation verb, or a lower-case present-tense verb.
fn cites(w: &Word<'_>) -> bool {
    let f = fold(w.clean);
    let lower = w.clean.chars().next().is_some_and(char::is_lowercase);
    lower
        && !w.stops
        && (CITING.contains(&f.as_str())
            || crate::lexicon::RELATION_PHRASES
                .iter()
                .any(|r| fold(r).split_whitespace().next_back() == Some(f.as_str()))
            || ["ar", "er", "or"].iter().any(|e| f.ends_with(e)))
}

/// Whether only page numbers come before word `i`.
fn page_number_before(ws: &[Word<'_>], i: usize) -> bool {
    ws.get(..i).is_some_and(|b| {
        b.iter()
            .all(|w| w.clean.chars().all(|c| c.is_ascii_digit()))
    })
}

/// Endings of Swedish adjectives that open a name (`Digital`, `Regional`,
/// `Lokal`, `Gemensam`, `Övergripande`, `Årlig`, `Teknisk`).
const ADJECTIVE_ENDINGS: [&str; 7] = ["al", "ell", "sam", "ande", "ig", "lig", "isk"];

fn adjective(w: &str) -> bool {
    let f = fold(w);
    f.chars().count() >= 4 && ADJECTIVE_ENDINGS.iter().any(|e| f.ends_with(e))
}

/// A statute's number in brackets (`(2003:778)`).
fn statute_number(w: &str) -> bool {
    w.strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .and_then(|r| r.split_once(':'))
        .is_some_and(|(y, n)| {
            y.len() == 4 && !n.is_empty() && y.chars().chain(n.chars()).all(|c| c.is_ascii_digit())
        })
}

/// `Policy`, `Riktlinjer`, `REGLEMENTE`, `Föreskrifter`: a kind word (or
/// the head noun of a kind outside them) and nothing else.
fn is_bare_kind(w: &str) -> bool {
    DocumentKind::recognize(w).is_some()
        || crate::lexicon::OTHER_KIND_NOUNS.contains(&fold(w).as_str())
}

/// An adoption participle (`antagna`, `fastställd`) ends a name.
fn participle(folded: &str) -> bool {
    crate::lexicon::adoption_forms(true, true, true)
        .iter()
        .any(|f| fold(f) == folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(line: &str) -> Vec<&str> {
        names_in(line)
    }

    #[test]
    fn a_body_named_inside_a_name() {
        // Invented wording, the forms of Kristianstad's and Sävsjö's
        // first lines (`blind33/`, `tune3/`).
        assert_eq!(
            names(
                "Vägledning för ekonomi inom Barn- och utbildningsförvaltningen i Norrby kommun. Avser alla."
            ),
            ["Vägledning för ekonomi inom Barn- och utbildningsförvaltningen i Norrby kommun"]
        );
        assert_eq!(
            names("Riktlinje för arkiv för Kulturnämnden"),
            ["Riktlinje för arkiv för Kulturnämnden"]
        );
        // Not any capitalised word: a name ends before another sentence.
        assert_eq!(
            names("Riktlinje för arkiv Gäller tills vidare"),
            ["Riktlinje för arkiv"]
        );
    }

    #[test]
    fn ages_before_years_stay_in_the_name() {
        // Invented wording, the form of Malmö's first line (`blind81/`).
        assert_eq!(
            names("Regler för placering i förskola riktat till barn i åldrarna 1-5 år. Text"),
            ["Regler för placering i förskola riktat till barn i åldrarna 1-5 år"]
        );
        // A page number is no age: it ends the name.
        assert_eq!(
            names("Riktlinjer för förskola 2 Innehåll"),
            ["Riktlinjer för förskola"]
        );
    }

    #[test]
    fn a_name_headed_by_a_kind_outside_the_vocabulary() {
        // Invented wording, the forms of Kungsör's and Trelleborg's first
        // pages (`blind21/`, `blind29/`, `blind8/`).
        assert_eq!(
            names("1 Ägardirektiv för år 2016 i bolagskoncernen Antagna av kommunfullmäktige , 12"),
            ["Ägardirektiv för år 2016 i bolagskoncernen"]
        );
        assert_eq!(
            names(
                "2 Föreskrifter om hushållsavfall för Norrby kommun Antagen av kommunfullmäktige"
            ),
            ["Föreskrifter om hushållsavfall för Norrby kommun"]
        );
        assert_eq!(
            names("1 Delegationsordning för vård- och omsorgsnämnden Antagen av nämnden , 4"),
            ["Delegationsordning för vård- och omsorgsnämnden"]
        );
        // A bare head noun is a heading run into a page, not a name; the
        // bare `ordning` and a law are no heads; a year needs its `år`.
        assert!(names("Föreskrifter. Hushållsavfall. Norrby kommun.").is_empty());
        assert!(names("1 Ordning för sammanträden Antagen av nämnden").is_empty());
        assert!(names("1 Förordning om avgifter Antagen av nämnden").is_empty());
        assert!(
            names("1 Ägardirektiv för 2016 i bolagskoncernen Antagna av kommunfullmäktige")
                .is_empty()
        );
        // A suspended compound cut at the line's end is no name; whole on
        // the next line, it is.
        assert!(names("DELEGATIONSORDNING. Delegationsordning för vård- och").is_empty());
        assert_eq!(
            names(
                "1 DELEGATIONSORDNING Delegationsordning för vård- och omsorgsnämnden Dokumentets syfte"
            ),
            ["Delegationsordning för vård- och omsorgsnämnden"]
        );
        // Among a table's values only the built-in kinds head a name.
        assert_eq!(
            first_name_in_values(
                "Kommunfullmäktige Ägardirektiv för Norrby AB Policy för ägarstyrning"
            ),
            Some("Policy för ägarstyrning")
        );
    }

    #[test]
    fn a_name_after_a_letterhead_ends_at_its_adoption() {
        // Invented wording, the forms of page-flattened first pages.
        assert_eq!(
            names(
                "1 Samlingen 1(4) Riktlinjer för bruk av mobila enheter antagna av kommunstyrelsen , 12 Inledning Text"
            ),
            ["Riktlinjer för bruk av mobila enheter"]
        );
        assert_eq!(
            names(
                "1 Norrby stad Skolförvaltningen 1 (8) Tillämpningsbestämmelser för elevresor i Norrby stad Gäller från och med"
            ),
            ["Tillämpningsbestämmelser för elevresor i Norrby stad"]
        );
        assert_eq!(
            names(
                "1 Utgivare: Kansliet Beslut: KF Policy mot otillbörlig påverkan Policy mot otillbörlig påverkan 1. Värden"
            ),
            [
                "Policy mot otillbörlig påverkan",
                "Policy mot otillbörlig påverkan"
            ]
        );
    }

    #[test]
    fn capitals_and_suspended_compounds() {
        assert_eq!(
            names("1 Sid: 1 REGLEMENTE FÖR ARVODEN TILL LEKMÄN 1 Allmänt"),
            ["REGLEMENTE FÖR ARVODEN TILL LEKMÄN"]
        );
        assert_eq!(
            names("Er beteckning KOST- OCH MÅLTIDSPOLICY I REGION NORRBY Inledning Omfattning"),
            ["KOST- OCH MÅLTIDSPOLICY I REGION NORRBY"]
        );
    }

    #[test]
    fn a_compound_alone_is_a_name_only_as_a_heading() {
        assert_eq!(
            names("1 1 Kostpolicy Denna policy gäller alla"),
            ["Kostpolicy"]
        );
        // After a page number, its adoption after it (invented wording,
        // Halmstad's form).
        assert_eq!(
            names("1 Fordonspolicy antagen av kommunfullmäktige den 2 maj 2004"),
            ["Fordonspolicy"]
        );
        // Without the page number the participle may be a sentence's.
        assert!(names("Fordonspolicy antagen av kommunfullmäktige").is_empty());
        // A bare kind word, or one in lower case, names nothing.
        assert!(names("POLICY KOMMUNSTYRELSENS FÖRVALTNING").is_empty());
        assert!(names("Alla resor som omfattas av resepolicyn ska vara säkra").is_empty());
        assert!(names("Policy Denna gäller").is_empty());
        // A heading on a line of its own is no name run into the text.
        assert!(names("Läsordning").is_empty());
        assert!(names("Kostanvisning").is_empty());
        // … but a page's first word after its number is.
        assert_eq!(names("1 1 Kostpolicy"), ["Kostpolicy"]);
    }

    #[test]
    fn an_adjective_before_the_kind_word() {
        assert_eq!(
            names("PROTOKOLL Ks 16 17. Digital strategi för Norrby kommun Dnr 2019/19"),
            ["Digital strategi för Norrby kommun"]
        );
        // A pronoun or an article is no adjective.
        assert!(names("Denna strategi gäller alla").is_empty());
    }

    #[test]
    fn a_statute_named_after_the_kind() {
        assert_eq!(
            names(
                "Fastställd av Direktionen Åtgärdsprogram Enligt lag (2010:100) om skydd mot bränder Box 12"
            ),
            ["Åtgärdsprogram Enligt lag (2010:100) om skydd mot bränder"]
        );
    }

    #[test]
    fn a_name_cited_in_running_text_is_none() {
        assert!(names("Den ersätter Policy för e-post i Norrby kommun, antagen 2010").is_empty());
        assert!(names("arbetet sker enligt Riktlinjer för arkiv Inledning").is_empty());
        assert!(names("kompletterar Regler för telefoni Inledning").is_empty());
        // A letterhead word before the name is no citation.
        assert_eq!(
            names("Er beteckning RESEPOLICY FÖR NORRBY Inledning"),
            ["RESEPOLICY FÖR NORRBY"]
        );
    }

    #[test]
    fn a_name_cut_at_a_line_break_is_none() {
        assert!(names("Riktlinjer för digi-").is_empty());
    }

    #[test]
    fn a_name_far_into_the_page_is_a_citation() {
        let filler = "ord ".repeat(45);
        assert!(names(&format!("{filler}Riktlinjer för e-post gäller")).is_empty());
    }

    #[test]
    fn disagreeing_names_abstain() {
        let p = crate::pre::prepare(
            "1 Kansliet Riktlinjer för e-post Anvisning för telefoni Inledning text\n",
        );
        assert_eq!(named_on_page(&p), None);
        let p = crate::pre::prepare("1 Kansliet Riktlinjer för e-post i Norrby kommun Inledning\n");
        assert_eq!(
            named_on_page(&p).map(|(_, n)| n),
            Some("Riktlinjer för e-post i Norrby kommun".to_owned())
        );
    }
}
