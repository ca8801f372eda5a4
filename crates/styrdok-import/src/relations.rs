//! Relations to other documents, stated by this document.
//!
//! A relation is read only when this document is the subject ("IT-programmet
//! … ersätter följande styrande dokument:", "Dokumentet ersätter: …",
//! "Denna policy upphäver …", "Policyn kompletteras av …", "IT-policyn
//! konkretiseras i riktlinjerna IT och Informationssäkerhet"), the object
//! ("Följande dokument … kompletterar IT-programmet"), or the line begins
//! with the verb as a label ("Ersätter beslut …", "Ersätter: …"). So
//! "Förordningen … ersätter personuppgiftslagen" (a law replacing a law) and
//! "upphäver inte linjeansvaret" (negated) are not relations, and neither is
//! a relative clause ("nya beslut som ersätter tidigare").
//!
//! Targets come from the bullets after a lead-in ending in `:` or from the
//! rest of the sentence, parsed by [`parse_citation`]. Direction is the
//! stating document's: a list that "kompletterar IT-programmet" gives
//! `complemented_by` relations on the program.

use std::sync::LazyLock;

use regex::Regex;
use styrdok_core::text::fold;
use styrdok_core::{Dnr, DocumentKind};

use crate::collect::Src;
use crate::dates::find_dates;
use crate::draft::{Quantifier, Relation, RelationKind, Target};
use crate::lexicon::OBJECT_ENDING_VERBS;
use crate::relation_forms::{
    adverbial_only, ceases_to_apply, label_in_line, self_reference, subject_after_att,
    tied_to_this, without_links,
};
use crate::structure::{Unit, UnitKind, self_ref_len, sentences};

static REL: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(&format!(
        r"(?i)\b({})\b",
        crate::lexicon::RELATION_PHRASES.join("|")
    ))
});
static DNR_LABELED: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(&format!(
        r"(?i)\b{}\.?:?\s*(?:\p{{Lu}}{{1,6}}[ -]?)?\d[\d:/.\-]*\d",
        crate::lexicon::dnr_label_alternation()
    ))
});
static DNR_BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(r"[\[(]\s*(\p{Lu}{1,6}[ -]?(?:19|20)\d{2}[/:.\-]\d+(?:[/:.\-]\d+)*)\s*[\])]")
});
static QUOTED: LazyLock<Regex> = LazyLock::new(|| {
    // Double quotes of any shape, or single curly ones (`’Plan för X’`).
    crate::re::compile(r#"[”"“„«»]([^”"“„«»]{2,})[”"“„«»]|[‘’]([^‘’]{2,})[‘’]"#)
});
/// "Läkemedelspolicy för Region X som regionfullmäktige antog 2020-11-24":
/// a relative clause with an adoption verb describes the cited title and is
/// not part of it.
static ADOPTED_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    // "… som regionfullmäktige antog", "… som beslutats av …".
    let mut forms = crate::lexicon::adoption_active_forms();
    forms.extend(crate::lexicon::adoption_forms(true, true, false));
    forms.sort_by_key(|f| std::cmp::Reverse(f.len()));
    let verbs = crate::lexicon::alternation(&forms);
    crate::re::compile(&format!(
        r"(?i)\s+som\s+(?:\S+\s+){{0,5}}?(?:har\s+)?{verbs}\b"
    ))
});
static SENTENCE_END: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"\.\s+(?:\d+\s+)?\p{Lu}"));
static SECTIONS: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"(?i)\b(?:kapitel|kapitlen|kap\.|avsnitt|avsnitten|punkt|punkterna)\s+(\d+(?:\.\d+)*(?:\s*(?:,|och|–|-)\s*\d+(?:\.\d+)*)*)",
    )
});

/// Dnr found in `t`: (as written, byte range).
pub(crate) fn find_dnrs(t: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    for m in DNR_LABELED.find_iter(t) {
        let s = m.as_str().trim_end_matches(['.', '-', '/', ':']);
        if s.parse::<Dnr>().is_ok() {
            out.push((s.to_owned(), m.start()..m.start() + s.len()));
        }
    }
    for c in DNR_BRACKETED.captures_iter(t) {
        if let Some(m) = c.get(1)
            && !out
                .iter()
                .any(|(_, r)| r.start < m.end() && m.start() < r.end)
            && m.as_str().parse::<Dnr>().is_ok()
        {
            out.push((m.as_str().to_owned(), m.range()));
        }
    }
    out.sort_by_key(|(_, r)| r.start);
    out
}

/// A diarienummer with no label: the year first (`KS 2016/123`) or last
/// after a dash (`RSK 59-2008`, Västra Götalandsregionen `blind97/`; not
/// `KF 27/2011`, which may be a meeting's paragraph and year).
static DNR_BARE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(r"\b\p{Lu}{1,6}[ -]?(?:(?:19|20)\d{2}[/:.\-]\d+|\d{1,5}-(?:19|20)\d{2})\b")
});

/// Words that make a relation's target a version described, not a title
/// ("tidigare riktlinjer", "gällande policy"), folded.
const VERSION_WORDS: [&str; 9] = [
    "tidigare",
    "version",
    "versionen",
    "versioner",
    "foregaende",
    "nuvarande",
    "gallande",
    "befintlig",
    "befintliga",
];

/// Parses a citation of another document: title (quoted, or the text
/// before brackets and qualifiers), dnr, date, sections.
pub(crate) fn parse_citation(text: &str) -> Option<Target> {
    let written = text.trim().trim_end_matches(['.', ',', ';', ':']).trim();
    let t = without_adopter(written);
    if t.is_empty() {
        return None;
    }
    // `de av kommunfullmäktige antagna allmänna bestämmelser`: a document
    // pointed back to by its adoption, its words in lower case after it
    // and not headed by a kind word (`den av fullmäktige antagna policyn
    // för representation` names one), is described, not named.
    let adopter_dropped = t.len() < written.len();
    let mut target = Target::default();
    let mut dnrs = find_dnrs(t);
    // A bare "KF 2014-06" followed by "-16" is an adopter and a date, not a
    // diarienummer.
    let date_follows = |end: usize| {
        let mut rest = crate::re::part(t, end..).chars();
        rest.next() == Some('-') && rest.next().is_some_and(|c| c.is_ascii_digit())
    };
    if dnrs.is_empty()
        && let Some(m) = DNR_BARE.find(t)
        && !date_follows(m.end())
        && m.as_str().parse::<Dnr>().is_ok()
    {
        dnrs.push((m.as_str().to_owned(), m.range()));
    }
    if let Some((d, _)) = dnrs.first() {
        target.dnr = Some(d.clone());
    }
    let dates: Vec<_> = find_dates(t)
        .into_iter()
        .filter(|d| {
            !dnrs
                .iter()
                .any(|(_, r)| r.start < d.range.end && d.range.start < r.end)
        })
        .collect();
    if let Some(d) = dates.first() {
        target.date = Some(d.date);
    }
    let mut cut = t.len();
    // Where the title starts: after "avsnitt 4 och 7 i " when the sections
    // come first.
    let mut start = 0;
    if let Some(c) = SECTIONS.captures(t)
        && let (Some(all), Some(nums)) = (c.get(0), c.get(1))
    {
        target.sections = nums
            .as_str()
            .split([',', '–', '-'])
            .flat_map(|p| p.split(" och "))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect();
        let rest = crate::re::part(t, all.end()..).trim_start();
        // "rollbeskrivningen i avsnitt 6.5 av IT-strategin": the part
        // named before the sections is not the document.
        let part_of = crate::re::part(t, ..all.start()).trim_end().ends_with(" i");
        match rest.strip_prefix("i ").or_else(|| rest.strip_prefix("av ")) {
            Some(r) if all.start() == 0 || part_of => start = t.len() - r.len(),
            _ => cut = cut.min(all.start()),
        }
    }
    if let Some(d) = dates.first() {
        cut = cut.min(d.range.start);
    }
    if let Some((_, r)) = dnrs.first() {
        cut = cut.min(r.start);
    }
    let quoted = QUOTED
        .captures(t)
        .and_then(|c| c.get(1).or_else(|| c.get(2)));
    let title = if let Some(q) = quoted {
        Some(q.as_str().trim().to_owned())
    } else {
        let lower = t.to_lowercase();
        for stop in [
            " [",
            " (",
            "[",
            "(",
            " endast ",
            " enbart ",
            ", antagen",
            " antagen ",
            ", antagna",
            " antagna ",
            " antaget ",
            ", fastställd",
            " fastställd ",
            " fastställda ",
            " beslutad ",
            " beslutade ",
            " godkänd ",
            ", dnr",
            " dnr ",
            " daterad ",
            " daterat ",
            " daterade ",
            ", daterad",
        ] {
            // "tidigare fastställda riktlinjer för X": a participle after
            // words describing a version is part of the description.
            if let Some(i) = lower.find(stop)
                && !only_version_words(crate::re::part(t, ..i))
            {
                cut = cut.min(i);
            }
        }
        if t.starts_with(|c: char| c.is_uppercase())
            && let Some(m) = ADOPTED_CLAUSE.find(t)
        {
            cut = cut.min(m.start());
        }
        // "… i Norrby kommun. 2 Kommunstyrelsen består av …": a full stop
        // before a capital or a numbered paragraph ends the citation where
        // the sentence splitter did not.
        if let Some(m) = SENTENCE_END.find(t) {
            cut = cut.min(m.start());
        }
        let mut head = t.get(start..cut.min(t.len()).max(start)).unwrap_or("");
        // Qualifier words left before a cut.
        for tail in [" endast", " enbart", " bara", ","] {
            head = head.trim_end().strip_suffix(tail).unwrap_or(head);
        }
        let head = head.trim().trim_matches(|c: char| {
            matches!(c, ',' | '.' | ';' | ':' | '–' | '-') || c.is_whitespace()
        });
        // "1.0", "2015": no letters, no title.
        (head.chars().any(char::is_alphabetic)).then(|| head.to_owned())
    };
    // "Resepolicy för X, FS Reglerna …": a diarienummer series whose digits
    // extraction lost, and what follows, are not part of the title.
    let title = title.map(|ti| {
        // (Not an abbreviation of the title itself: `…, ITP`.)
        let cut = ti.match_indices(", ").map(|(i, _)| i).find(|&i| {
            let mut ws = ti.get(i + 2..).unwrap_or("").split_whitespace();
            let next = ws.next().unwrap_or("");
            let sentence = ws.next().is_some_and(|w| {
                w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase)
            });
            (2..=6).contains(&next.chars().count())
                && next.chars().all(|c| c.is_uppercase())
                && crate::draft::classify_body(next).is_none()
                && sentence
        });
        match cut {
            Some(i) => ti.get(..i).unwrap_or(&ti).to_owned(),
            None => ti,
        }
    });
    // "Informationssäkerhetspolicy, KF 2014-06-16": the adopter after the
    // title is not part of it.
    let title = title.map(|ti| match ti.rsplit_once(", ") {
        Some((head, tail))
            if tail.split_whitespace().count() <= 3
                && crate::draft::classify_body(tail).is_some()
                // `Teknisk plattform för Norrby, TPN`: an acronym ending in
                // `N` after a title is the title's own.
                && !crate::draft::namnd_acronym(tail.trim()) =>
        {
            head.trim().to_owned()
        }
        _ => ti,
    });
    if let Some(ti) = title {
        // "riktlinjer som fastställs av kommunstyrelsen" describes documents
        // without naming one.
        // "tidigare reglemente för socialnämnden", "tidigare version": an
        // earlier version described, not a title.
        let first = fold(ti.split_whitespace().next().unwrap_or(""));
        let lower = ti.chars().next().is_some_and(char::is_lowercase);
        // "förbundets årliga verksamhetsplan", "nämndernas handlingsplaner
        // för …": a lower-case genitive owner with many owners or a
        // recurring document describes documents unless a diarienummer or
        // date pins one down ("kommunens säkerhetspolicy" names one).
        let folded = fold(&ti);
        let recurring = folded.split_whitespace().any(|w| {
            [
                "arlig",
                "arliga",
                "arligt",
                "respektive",
                "kommande",
                "egna",
                "ovriga",
                "andra",
            ]
            .contains(&w)
        });
        let genitive = first.len() > 3
            && first.ends_with('s')
            && (recurring
                || ["ernas", "arnas", "ornas"]
                    .iter()
                    .any(|e| first.ends_with(e)))
            && target.dnr.is_none()
            && target.date.is_none();
        // "ett miljöprogram där …", "systemsäkerhetsplaner för de enskilda
        // systemen", "rutiner för respektive enhet": an indefinite article or
        // a distributive word describes documents without naming one.
        let indefinite = ["en", "ett"].contains(&first.as_str())
            || folded
                .split_whitespace()
                .any(|w| ["enskilda", "respektive", "varje", "olika"].contains(&w));
        // "Gällande miljöpolicy …" at a sentence's start: capitalised, still
        // a description.
        let described_version = VERSION_WORDS.contains(&first.as_str()) && target.dnr.is_none();
        let generic = described_version
            || lower && adopter_dropped && DocumentKind::recognize_compound(&first).is_none()
            || lower
                && (ti.contains(" som ")
                    || genitive
                    || indefinite
                    || ti.split_whitespace().count() == 1
                        && (!subject_compound(&ti) || adopter_dropped)
                    || (VERSION_WORDS.contains(&first.as_str())
                        || ["den", "det", "de", "dess"].contains(&first.as_str())));
        // "Systemsäkerhetsplaner", "IT-instruktionerna, Drift och
        // Användare": a plural kind word with no name after it describes a
        // set of documents.
        let head = ti.split_whitespace().next().unwrap_or("");
        let head_plain = head.trim_end_matches(',');
        let plural = styrdok_core::text::PLURAL_ENDINGS
            .iter()
            .any(|e| fold(head_plain).ends_with(e))
            && DocumentKind::recognize_compound(head_plain).is_some()
            && (ti.split_whitespace().count() == 1 || head.ends_with(','))
            && target.dnr.is_none()
            && target.date.is_none();
        // "riktlinjer och/eller rutiner": kinds in the plural coordinated
        // describe a set (capitalised with a subject after them they are a
        // title: `Riktlinjer och regler för kommunalt stöd …`); "årliga verksamhetsplaner för …": a recurring
        // document written in lower case describes documents too.
        let plural_word = |w: &str| {
            styrdok_core::text::PLURAL_ENDINGS
                .iter()
                .any(|e| fold(w).ends_with(e))
                && DocumentKind::recognize_compound(w).is_some()
        };
        let coordinated_plurals = plural_word(head_plain)
            && ti
                .split_whitespace()
                .nth(1)
                .is_some_and(|w| ["och", "eller", "och/eller"].contains(&fold(w).as_str()))
            && ti.split_whitespace().nth(2).is_some_and(plural_word)
            && (lower || ti.split_whitespace().count() <= 3);
        let recurring_set = lower
            && recurring
            && ti.split_whitespace().take(3).any(plural_word)
            && target.dnr.is_none()
            && target.date.is_none();
        // "tillhörande riktlinjer", "lokala rutiner", "kompletterande
        // styrdokument": lower-case words before a final kind word in the
        // plural (or `styrdokument`) describe a set, naming none.
        let words: Vec<&str> = ti.split_whitespace().collect();
        let qualified_set = lower
            && (2..=3).contains(&words.len())
            && words.last().is_some_and(|w| {
                plural_word(w) || ["styrdokument", "dokument"].contains(&fold(w).as_str())
            })
            && words.iter().all(|w| w.starts_with(char::is_lowercase))
            && target.dnr.is_none()
            && target.date.is_none();
        // "övriga styrdokument inom …", "andra riktlinjer för …": a word
        // counting documents before a plural kind word describes a set.
        // (Behind the organisation's genitive: `kommunens övriga …`.)
        let owned: Vec<&str> = without_owner(&ti).split_whitespace().collect();
        let counted_set = lower
            && owned
                .first()
                .is_some_and(|w| SET_WORDS.contains(&fold(w).as_str()))
            && owned.get(1).is_some_and(|w| {
                plural_word(w) || ["styrdokument", "dokument"].contains(&fold(w).as_str())
            });
        // "policys och strategier för IT": kinds coordinated, the first
        // in the plural written with an `s`.
        let coordinated_kinds = lower
            && owned.first().is_some_and(|w| {
                fold(w).ends_with('s') && DocumentKind::recognize_compound(w).is_some()
            })
            && owned
                .get(1)
                .is_some_and(|w| ["och", "eller"].contains(&fold(w).as_str()))
            && owned.get(2).is_some_and(|w| plural_word(w));
        // "riktlinjer för mobila enheter", "kommunens policyer för …": a
        // kind word in the plural written in lower case heads a set of
        // documents described, not a title.
        let plural_head = lower
            && owned.first().is_some_and(|w| plural_word(w))
            && target.dnr.is_none()
            && target.date.is_none();
        let plural = plural
            || plural_head
            || coordinated_plurals
            || recurring_set
            || qualified_set
            || counted_set
            || coordinated_kinds;
        // "riktlinjer när det gäller …": a clause describes.
        let clause = lower
            && [" nar ", " dar ", " vilka ", " vilken "]
                .iter()
                .any(|w| folded.contains(w));
        // "miljöprogrammet från år": a name whose year extraction lost is
        // no title the register could match; a description.
        let year_lost = lower
            && folded
                .trim_end()
                .rsplit_once(' ')
                .is_some_and(|(_, w)| ["ar", "aret"].contains(&w))
            && target.date.is_none();
        if plural || clause || year_lost {
            target.description = Some(ti);
        } else if let Some(named) = generic.then(|| apposition(&ti)).flatten() {
            target.title = Some(named.to_owned());
        } else if fold(&ti).starts_with("beslut")
            || decision_of_body(&ti)
            || generic
            || owned_version(&ti)
        {
            target.description = Some(ti);
        } else {
            target.title = Some(without_owner(&ti).to_owned());
        }
    }
    if target.title.is_none()
        && target.dnr.is_none()
        && target.date.is_none()
        && target.description.is_none()
    {
        return None;
    }
    Some(target)
}

/// `arbetsmiljöpolicyn`, `integritetspolicy`: one word joining a subject
/// to a kind word in the singular names one document of that subject (a
/// bare or plural kind word, `policyn`, `riktlinjer`, does not, nor a
/// genitive, `trafiksäkerhetspolicyns`).
fn subject_compound(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    let genitive = w
        .strip_suffix('s')
        .is_some_and(|b| DocumentKind::recognize_compound(b).is_some());
    !genitive
        && DocumentKind::recognize_compound(w).is_some()
        && DocumentKind::recognize(w).is_none()
        && !styrdok_core::text::PLURAL_ENDINGS
            .iter()
            .any(|e| fold(w).ends_with(e))
}

/// Folded words that count or qualify documents without naming one
/// (`övriga styrdokument`, `tillhörande riktlinjer`).
const SET_WORDS: [&str; 10] = [
    "ovriga",
    "andra",
    "samtliga",
    "alla",
    "berorda",
    "tillhorande",
    "relevanta",
    "kompletterande",
    "lokala",
    "forekommande",
];

/// `kommunfullmäktiges beslut …`, `nämndens beslut om …`: a body's
/// decision, described, not a document's title.
fn decision_of_body(ti: &str) -> bool {
    let f = fold(ti);
    let mut ws = f.split_whitespace();
    let first = ws.next().unwrap_or("");
    first.ends_with('s') && ws.next().is_some_and(|w| w.starts_with("beslut"))
}

/// Whether `s` is only words describing a version (`tidigare`, `de
/// tidigare`, `kommunens gällande`), so what follows still belongs to it.
fn only_version_words(s: &str) -> bool {
    let f = fold(s);
    let mut ws = f.split_whitespace().peekable();
    ws.peek().is_some()
        && ws.all(|w| {
            VERSION_WORDS.contains(&w)
                || ["de", "den", "det"].contains(&w)
                || OWNER_GENITIVES.contains(&w)
        })
}

/// Owners' genitives that are not part of a cited title: the organisation
/// itself as owner (`kommunens IT-strategi`, `regionens …`).
const OWNER_GENITIVES: [&str; 7] = [
    "kommunens",
    "regionens",
    "landstingets",
    "forbundets",
    "bolagets",
    "stadens",
    "koncernens",
];

/// A cited title without the organisation owning it: `kommunens
/// IT-strategi` → `IT-strategi` (a title, so not a description).
fn without_owner(ti: &str) -> &str {
    let ws = crate::segment::words(ti);
    if let [(_, first), (at, _), ..] = ws.as_slice()
        && OWNER_GENITIVES.contains(&fold(first).as_str())
    {
        return ti.get(*at..).unwrap_or(ti);
    }
    ti
}

/// `kommunens tidigare riktlinjer för X`: behind the owner, an earlier
/// version described, not a title.
fn owned_version(ti: &str) -> bool {
    let owned = without_owner(ti);
    owned.len() < ti.len()
        && VERSION_WORDS.contains(&fold(owned.split_whitespace().next().unwrap_or("")).as_str())
}

/// A citation without who adopted it before its name: `den av fullmäktige
/// antagna policyn för …` → `policyn för …`.
fn without_adopter(ti: &str) -> &str {
    let ws = crate::segment::words(ti);
    // An adoption participle within six words of "den|det|de av".
    if let [(_, article), (_, av), ..] = ws.as_slice()
        && ["den", "det", "de"].contains(&fold(article).as_str())
        && fold(av) == "av"
    {
        let participles = crate::lexicon::adoption_forms(true, false, false);
        for (k, (_, w)) in ws.iter().enumerate().skip(2).take(6) {
            if participles.iter().any(|p| fold(p) == fold(w))
                && let Some((at, _)) = ws.get(k + 1)
            {
                return ti.get(*at..).unwrap_or(ti);
            }
        }
    }
    ti
}

/// "den kommunövergripande planen Beredskapsplanering för …": a described
/// document named right after its definite noun; the name.
fn apposition(ti: &str) -> Option<&str> {
    let mut prev = "";
    let starts = ti
        .char_indices()
        .filter(|&(i, _)| i > 0 && ti.get(..i).is_some_and(|b| b.ends_with(' ')));
    for (i, _) in starts {
        let word = ti
            .get(i..)
            .and_then(|r| r.split_whitespace().next())
            .unwrap_or("");
        if word.starts_with(char::is_uppercase) {
            let definite = styrdok_core::text::DEFINITE_ENDINGS
                .iter()
                .any(|e| fold(prev).ends_with(e));
            let rest = ti.get(i..).unwrap_or("");
            return (definite
                && DocumentKind::recognize_compound(prev).is_some()
                && rest.split_whitespace().count() >= 2)
                .then_some(rest);
        }
        prev = word;
    }
    None
}

/// "riktlinjerna IT och Informationssäkerhet": a plural kind word followed
/// by names gives one target per name, with that kind.
fn split_kind_list(rest: &str) -> Option<Vec<Target>> {
    let rest = rest.trim().trim_end_matches(['.', ';']);
    let (first, tail) = rest.split_once(' ')?;
    let kind = DocumentKind::recognize(first)?;
    let f = fold(first);
    let plural = styrdok_core::text::PLURAL_ENDINGS
        .iter()
        .any(|e| f.ends_with(e));
    let next = fold(tail.split_whitespace().next().unwrap_or(""));
    if !plural
        || [
            "for",
            "om",
            "kring",
            "avseende",
            "inom",
            "pa",
            "och",
            "som",
            "eller",
            "och/eller",
        ]
        .contains(&next.as_str())
    {
        return None;
    }
    let names: Vec<&str> = tail
        .split(" och ")
        .flat_map(|p| p.split(", "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if names.is_empty() || names.iter().any(|n| n.split_whitespace().count() > 4) {
        return None;
    }
    Some(
        names
            .into_iter()
            .map(|n| Target {
                title: Some(n.to_owned()),
                kind: Some(kind.clone()),
                ..Target::default()
            })
            .collect(),
    )
}

/// Splits "Riktlinjer för X och Riktlinjer för Y" (or with commas) into
/// one citation per title, when every part after the first starts with a
/// capitalised word naming a document kind; otherwise the whole text.
pub(crate) fn split_titles(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = text;
    loop {
        // Every occurrence of each separator (`Informations- och
        // kommunikationspolicy och Strategi för …`: the second `och`).
        let next = [" och ", ", ", " samt "]
            .iter()
            .flat_map(|sep| rest.match_indices(sep).map(|(i, _)| (i, sep.len())))
            .filter(|&(i, len)| {
                let after = crate::re::part(rest, i + len..).trim_start();
                let word = after.split_whitespace().next().unwrap_or("");
                // ", och Ägardirektiv för …": a comma before "och" ends the
                // first citation whatever the next title's head word.
                let serial = crate::re::part(rest, ..i).ends_with(',')
                    && crate::re::part(rest, i..).starts_with(" och ");
                word.chars().next().is_some_and(char::is_uppercase)
                    && (serial || DocumentKind::recognize_compound(word).is_some())
            })
            .min_by_key(|&(i, _)| i);
        match next {
            Some((i, len)) => {
                parts.push(crate::re::part(rest, ..i));
                rest = crate::re::part(rest, i + len..);
            }
            None => {
                parts.push(rest);
                return parts;
            }
        }
    }
}

fn strip_any<'a>(s: &'a str, prefixes: &[&str]) -> &'a str {
    let mut s = s.trim_start();
    loop {
        let lower = s.to_lowercase();
        let Some(p) = prefixes.iter().find(|p| lower.starts_with(*p)) else {
            return s;
        };
        // A prefix whose lower-cased length differs from the text's
        // (a rare letter) ends the stripping.
        let Some(tail) = s.get(p.len()..) else {
            return s;
        };
        s = tail.trim_start();
    }
}

/// The relation clauses of a sentence: each relation verb with the text
/// before it and its object. A clause coordinated with the previous one
/// ("konkretiserar X och ersätter Y") shares the first clause's subject, and
/// the previous object ends at the conjunction.
fn clauses(s: &str) -> Vec<(&str, regex::Match<'_>, &str)> {
    let ms: Vec<regex::Match<'_>> = REL.find_iter(s).collect();
    let mut out = Vec::new();
    let Some(first) = ms.first() else {
        return out;
    };
    let mut first_before = crate::re::part(s, ..first.start());
    let mut k = 0;
    while let Some(&m) = ms.get(k) {
        let mut end = s.len();
        let mut next = None;
        for (j, n) in ms.iter().enumerate().skip(k + 1) {
            let between = crate::re::part(s, m.end()..n.start()).trim_end();
            if let Some(conn) = [" och", ",", " samt", " och även"]
                .iter()
                .find(|c| between.ends_with(*c))
            {
                end = m.end() + between.len() - conn.len();
                next = Some(j);
                break;
            }
        }
        out.push((first_before, m, crate::re::part(s, m.end()..end)));
        match next {
            Some(j) => k = j,
            // A later verb not coordinated with this one (`Sida Ersätter
            // Utbytt … RIKTLINJER FÖR X Dessa riktlinjer utgör en del av
            // …`, a table's header run into the text) has its own subject:
            // the text since this verb.
            None => {
                let Some(n) = ms.get(k + 1) else {
                    return out;
                };
                first_before = crate::re::part(s, m.end()..n.start());
                k += 1;
            }
        }
    }
    out
}

/// "Riktlinjen kompletterar riktlinje för X med regler för Y": the
/// complemented document is the object before "med", what it is complemented
/// with comes after.
fn complemented(after: &str) -> &str {
    match after.find(" med ") {
        Some(i) if crate::re::part(after, ..i).split_whitespace().count() >= 2 => {
            crate::re::part(after, ..i)
        }
        _ => after,
    }
}

/// "Policyn behöver kompletteras med …", "ska kompletteras", "kommer att
/// kompletteras": a complement still to be written, not one that exists.
fn will_be(before: &str) -> bool {
    let f = fold(before.trim_end());
    // "så kommer den att kompletteras": the subject after the verb.
    let f = ["den", "det", "de"]
        .iter()
        .find_map(|p| {
            f.strip_suffix(&format!(" {p} att"))
                .map(|h| format!("{h} att"))
                .or_else(|| f.strip_suffix(&format!(" {p}")).map(str::to_owned))
        })
        .unwrap_or(f);
    [
        "behover",
        "behovas",
        "ska",
        "skall",
        "kommer att",
        "komma att",
        "bor",
        "avses",
        "planeras",
    ]
    .iter()
    .any(|w| f.ends_with(&format!(" {w}")) || f == *w)
}

/// "de tidigare beslutade styrdokumenten: arbetsgivarpolitiskt program,
/// chefspolicy samt policy för X": an object that speaks of documents and
/// lists them after a colon gives one target per listed name (a listed
/// single kind word, `chefspolicy`, is a name there).
fn colon_list(object: &str) -> Option<Vec<Target>> {
    let (head, list) = object.split_once(':')?;
    if head.split_whitespace().count() > 6 || !describes_documents(head) {
        return None;
    }
    let list = list.trim().trim_end_matches(['.', ';']);
    let dated = dated_items(list);
    let items: Vec<&str> = dated.clone().unwrap_or_else(|| {
        list.split(", ")
            .flat_map(|p| p.split(" samt "))
            .flat_map(|p| p.split(" och "))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect()
    });
    let longest = if dated.is_some() { 20 } else { 8 };
    if items.len() < 2 || items.iter().any(|i| i.split_whitespace().count() > longest) {
        return None;
    }
    let targets: Vec<Target> = items
        .into_iter()
        .filter_map(|i| {
            let mut t = parse_citation(i)?;
            if t.title.is_none()
                && let Some(d) = t.description.take()
            {
                let single_kind = !d.contains(' ')
                    && DocumentKind::recognize_compound(&d).is_some()
                    && !styrdok_core::text::PLURAL_ENDINGS
                        .iter()
                        .any(|e| fold(&d).ends_with(e));
                if single_kind {
                    t.title = Some(d);
                } else {
                    t.description = Some(d);
                }
            }
            Some(t)
        })
        .collect();
    (!targets.is_empty()).then_some(targets)
}

/// "Drivmedelskrav för bilar, 24 september 2007 Klimatkrav på resor, 27
/// november 2007 …" (Norrköping blind39): a table of documents flattened
/// into one line, each row a title and its date. The items are the rows,
/// each with its date; `None` unless every date closes a row (`, <date>`),
/// there are two rows or more and what follows the last date has no
/// lower-case letter (a page's running head, `EKONOMIKONTORET`).
fn dated_items(list: &str) -> Option<Vec<&str>> {
    let mut items = Vec::new();
    let mut start = 0;
    for d in find_dates(list) {
        let row = crate::re::part(list, start..d.range.start).trim_end();
        if !row.ends_with(',') || row.len() < 3 {
            return None;
        }
        items.push(crate::re::part(list, start..d.range.end).trim());
        start = d.range.end;
    }
    let tail = crate::re::part(list, start..);
    (items.len() >= 2 && !tail.chars().any(char::is_lowercase)).then_some(items)
}

/// "både X samt Y", "både X och Y": two documents coordinated, whatever
/// their head words (`både bolagspolicy för X samt god sed för Y`,
/// Eskilstuna blind13). `samt` is taken before `och`, which titles hold.
fn both_and(object: &str) -> Option<[&str; 2]> {
    let rest = object
        .strip_prefix("både ")
        .or_else(|| object.strip_prefix("Både "))?;
    let (a, b) = rest
        .split_once(" samt ")
        .or_else(|| rest.split_once(" och "))?;
    Some([a.trim(), b.trim()])
}

/// "X samt delar av Y": the object replaced whole and the one replaced in
/// part.
fn split_in_part(object: &str) -> (&str, Option<&str>) {
    let lower = object.to_lowercase();
    for sep in [
        " samt delar av ",
        " och delar av ",
        ", delar av ",
        " samt del av ",
    ] {
        if let Some(i) = lower.find(sep)
            && let (Some(whole), Some(part)) = (object.get(..i), object.get(i + sep.len()..))
        {
            return (whole, Some(part));
        }
    }
    (object, None)
}

/// A reference to this document after a heading run into the sentence
/// (page-flattened text: `Eskilstuna kommunkoncern Riktlinje för lön …
/// Riktlinjen är antagen … och ersätter …`): a capitalised self-reference
/// later in the text before the verb.
fn run_in_self_subject(before: &str, kind: Option<&DocumentKind>, title: Option<&str>) -> bool {
    before
        .char_indices()
        .filter(|&(i, c)| {
            i > 0
                && c.is_uppercase()
                && before
                    .get(..i)
                    .is_some_and(|b| b.ends_with(' ') && !b.trim_end().ends_with([',', ':']))
        })
        .any(|(i, _)| {
            let rest = before.get(i..).unwrap_or("");
            let first = rest.split_whitespace().next().unwrap_or("");
            // Only a word that is itself a reference ("Riktlinjen",
            // "Dokumentet", "Denna policy"), not the title written again.
            title.is_none_or(|t| !rest.to_lowercase().starts_with(&t.to_lowercase()))
                && first.chars().count() > 3
                && self_ref_len(rest, kind, None)
                    .is_some_and(|l| rest.get(l..).unwrap_or("").split_whitespace().count() <= 15)
        })
}

/// The text before the verb ends with this document's title (`Kommunstyrelsens
/// plan för en pandemisk influensa (pandemi) kompletterar …`), a bracket
/// after it allowed.
fn ends_with_title(before: &str, title: Option<&str>) -> bool {
    let Some(t) = title.filter(|t| t.split_whitespace().count() >= 2) else {
        return false;
    };
    let mut b = before.trim_end();
    if b.ends_with(')')
        && let Some(open) = b.rfind('(')
    {
        b = b.get(..open).unwrap_or(b).trim_end();
    }
    // Articles aside (`plan för en pandemisk influensa` is the title
    // `plan för pandemisk influensa`).
    let content = |s: &str| -> Vec<String> {
        styrdok_core::text::tokens(s)
            .map(|w| w.folded())
            .filter(|w| !["en", "ett"].contains(&w.as_str()))
            .collect()
    };
    let (b, t) = (content(b), content(t));
    // Or the title with one compound cut (`… Regler för resor vid Umeå
    // universitet` under `Regler för tjänsteresor vid Umeå universitet`).
    t.len() >= 2
        && (b.ends_with(&t)
            || b.get(b.len().saturating_sub(t.len())..)
                .is_some_and(|tail| crate::relation_forms::one_compound_cut(tail, &t)))
}

/// `… Krishanteringsplan för Region Skåne 2012 är övergripande, ersätter
/// tidigare krishanteringsplan`: this document's title, then a short
/// predicate with `är` (or `utgör`) and a comma; the verb after the comma
/// shares the title as subject, whatever stands before the title (a
/// sentence run on where extraction lost a year).
fn title_then_predicate(before: &str, title: Option<&str>) -> bool {
    let Some(t) = title.filter(|t| t.split_whitespace().count() >= 2) else {
        return false;
    };
    let Some(b) = before.trim_end().strip_suffix(',') else {
        return false;
    };
    let (b, t) = (folded_tokens(b), folded_tokens(t));
    // (`windows` needs a non-empty title: one of punctuation gives none.)
    !t.is_empty()
        && b.windows(t.len()).enumerate().any(|(i, w)| {
            let rest = b.get(i + t.len()..).unwrap_or_default();
            w == t.as_slice()
                && rest.len() <= 4
                && rest.iter().any(|w| ["ar", "utgor"].contains(&w.as_str()))
        })
}

/// The folded words of `s` ([`styrdok_core::text::tokens`]).
fn folded_tokens(s: &str) -> Vec<String> {
    styrdok_core::text::tokens(s).map(|w| w.folded()).collect()
}

/// Folded relation phrases saying this document works another out in
/// detail, weaker than `konkretiserar`: read only with a named document
/// as object.
const ELABORATES: [&str; 6] = [
    "utgar fran",
    "utgar ifran",
    "bygger pa",
    "ar en konkretisering av",
    "utgor en konkretisering av",
    "utgor en del av",
];

/// Whether a target names one document: a title holding a document kind
/// word (`Policy för elektronisk informationssäkerhet`, `IT-policyn`), or a
/// diarienummer; not a description (`riktlinjerna`, `lagen om …`).
pub(crate) fn names_a_document(t: &Target) -> bool {
    t.dnr.is_some() || t.title.as_deref().is_some_and(head_is_kind)
}

/// Whether a title's head noun (its first word, a suspended compound's
/// last: `Informations- och kommunikationspolicy`) is a document kind
/// (`Policy för …`, `IT-policyn`), not another body's (`Skatteverkets
/// regler`) or a vision's name.
pub(crate) fn head_is_kind(ti: &str) -> bool {
    let mut ws = ti.split_whitespace();
    let mut w = ws.next().unwrap_or("");
    while w.ends_with('-') {
        let joiner = ws.next().map(fold);
        if !joiner.is_some_and(|j| ["och", "eller"].contains(&j.as_str())) {
            return false;
        }
        w = ws.next().unwrap_or("");
    }
    DocumentKind::recognize_compound(w.trim_matches(|c: char| !c.is_alphanumeric())).is_some()
}

/// Whether a description speaks of documents: a kind word among its words
/// (`systemsäkerhetsplaner`, `verksamhetsspecifika riktlinjer`), or
/// `dokument`/`styrdokument`, or a decision.
fn describes_documents(d: &str) -> bool {
    let f = fold(d);
    f.starts_with("beslut")
        || f.contains("dokument")
        || d.split_whitespace().any(|w| {
            DocumentKind::recognize_compound(w.trim_matches(|c: char| !c.is_alphanumeric()))
                .is_some()
        })
}

/// [`describes_documents`], or the head noun of a document outside the
/// built-in kinds among its words (`bolagsordningen`, `ägardirektiv`; not
/// the bare `ordning` or `analys`): what a document may complement or be
/// worked out in, or a decision may end (`upphäver
/// Handläggningsordningsordning vid representation`).
fn describes_governing_documents(d: &str) -> bool {
    describes_documents(d)
        || d.split_whitespace().any(|w| {
            crate::structure::other_kind_noun(&fold(w.trim_matches(|c: char| !c.is_alphanumeric())))
        })
}

/// The object up to a coordinated clause (`Policy för X och beskriver
/// hur …` → `Policy för X`), and up to a numbered heading after a full
/// stop (`Riktlinjer för gallring. 1.1 Syftet med …` → `Riktlinjer för
/// gallring`).
fn before_second_clause(object: &str) -> &str {
    let object = before_numbered_heading(object);
    let object = before_lost_stop(object);
    let mut from = 0;
    while let Some(i) = object.get(from..).and_then(|r| r.find(" och ")) {
        let at = from + i;
        let next = object
            .get(at + 5..)
            .and_then(|r| r.split_whitespace().next())
            .unwrap_or("");
        if OBJECT_ENDING_VERBS.contains(&fold(next).as_str()) {
            return object.get(..at).unwrap_or(object);
        }
        from = at + 5;
    }
    object
}

/// The object up to a full stop before a numbered heading: a page
/// flattened to one line goes on into its next section there.
fn before_numbered_heading(object: &str) -> &str {
    let mut from = 0;
    while let Some(i) = object.get(from..).and_then(|r| r.find(". ")) {
        let at = from + i;
        let next = object.get(at + 2..).unwrap_or("").trim_start();
        if crate::structure::numbered_heading(next) {
            return object.get(..at).unwrap_or(object);
        }
        from = at + 2;
    }
    object
}

/// The object up to a sentence whose full stop extraction lost (`det
/// antagna programmet från år Programmet omfattar …` → `det antagna
/// programmet från år`): a capitalised word after a lower-case one, with a
/// clause verb right after it.
fn before_lost_stop(object: &str) -> &str {
    let ws = crate::segment::words(object);
    for pair in ws.windows(3) {
        let [(_, prev), (at, w), (_, verb)] = pair else {
            continue;
        };
        if prev.starts_with(char::is_lowercase)
            && !prev.ends_with([',', ':', ';'])
            && w.starts_with(char::is_uppercase)
            && w.chars().skip(1).all(char::is_lowercase)
            && OBJECT_ENDING_VERBS.contains(&fold(verb).as_str())
        {
            return object.get(..*at).unwrap_or(object).trim_end();
        }
    }
    object
}

/// Whether the text before byte `a` of unit `ui` (and the eight units
/// before it) decides on a document (`antar`, `fastställer`): `None` when
/// it does not, `Some(true)` when it is a proposal (`föreslår`, `Förslag
/// till beslut`), `Some(false)` when it is the decision.
fn decision_context(units: &[Unit], ui: usize, a: usize) -> Option<bool> {
    let mut f = String::new();
    for u in units.get(ui.saturating_sub(8)..ui).unwrap_or(&[]) {
        f.push_str(&fold(&u.joined.text));
        f.push(' ');
    }
    let here = units.get(ui).map_or("", |u| u.joined.text.as_str());
    f.push_str(&fold(crate::re::part(here, ..a)));
    let adopts = f.split(|c: char| !c.is_alphanumeric()).any(|w| {
        [
            "antar",
            "anta",
            "antas",
            "faststaller",
            "faststalla",
            "faststalls",
            "godkanner",
        ]
        .contains(&w)
    });
    adopts.then(|| f.contains("foreslar") || f.contains("forslag till beslut"))
}

/// Reads every relation; returns them with their sources, in text order.
pub(crate) fn scan(
    units: &[Unit],
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) -> Vec<(Relation, Src)> {
    let mut out = Vec::new();
    for (ui, u) in units.iter().enumerate() {
        // A numbered decision point ("1. Gällande policy … ersätts med
        // förslaget till ny policy") is a list item: only the passive form
        // naming this document as the replacement is read from one.
        let item = u.kind == UnitKind::Bullet;
        if u.generic || !(u.kind == UnitKind::Para || item) {
            continue;
        }
        let text = u.joined.text.as_str();
        let sents = sentences(text);
        let last = sents.len().saturating_sub(1);
        for (si, &(a, b)) in sents.iter().enumerate() {
            let Some(s) = text.get(a..b) else { continue };
            for (before, m, after) in clauses(s) {
                let neg = fold(after.trim_start());
                if ["inte", "ej ", "icke"].iter().any(|n| neg.starts_with(n)) {
                    continue;
                }
                // `1 Ersätter Utbytt den Sign 1:16 …`: the column heads of a
                // loose-leaf page's replacement table, no relation.
                if neg.starts_with("utbytt") {
                    continue;
                }
                if fold(before).ends_with(" som") || fold(before) == "som" {
                    continue;
                }
                let verb = crate::relation_forms::present_form(&fold(m.as_str())).to_owned();
                // "X har ersatts av …": the subject without its auxiliary.
                let before = if verb.ends_with('s') {
                    crate::relation_forms::without_auxiliary(before)
                } else {
                    before
                };
                // "Programmet gäller … . Det ersätter …": a pronoun right
                // after a sentence about this document refers to it.
                let pronoun = ["det", "den", "de"].contains(&fold(before.trim()).as_str())
                    && si > 0
                    && sents.get(si - 1).is_some_and(|&(pa, pb)| {
                        self_ref_len(text.get(pa..pb).unwrap_or(""), kind, title).is_some()
                    });
                // "Härmed ersätter denna policy X": the subject after the
                // verb, the object after the subject.
                let inverted = (adverbial_only(before) && !before.trim().is_empty())
                    .then(|| self_reference(after, kind, title))
                    .flatten()
                    .filter(|_| !matches!(verb.as_str(), "ersatts" | "upphavs" | "upphor"));
                let after = match inverted {
                    Some(l) => crate::re::part(after.trim_start(), l..),
                    None => after,
                };
                // "Policy för X (ersätter Policy för Y)": the object ends
                // with the bracket.
                let after = match after.find(')') {
                    Some(i) if before.trim_end().ends_with('(') => crate::re::part(after, ..i),
                    _ => after,
                };
                let self_subject = before.trim().is_empty()
                    && crate::re::part(text, ..a).trim().is_empty()
                    || pronoun
                    || inverted.is_some()
                    || self_reference(before, kind, title).is_some_and(|l| {
                        crate::re::part(before.trim_start(), l..)
                            .split_whitespace()
                            .count()
                            <= 15
                    })
                    || run_in_self_subject(before, kind, title)
                    || crate::relation_forms::coordinated_with_self(before, kind, title)
                    || ends_with_title(before, title)
                    || title_then_predicate(before, title)
                    || subject_after_att(before, kind, title)
                    // "Policy för X (ersätter Policy för Y)": a bracket
                    // right after this document's name.
                    || before.trim_end().strip_suffix('(').is_some_and(|h| {
                        h.trim().is_empty() && crate::re::part(text, ..a).trim().is_empty()
                            || ends_with_title(h, title)
                    })
                    || label_in_line(m.as_str(), before, after)
                    || crate::relation_forms::proposal_subject(before);
                let object_self = self_ref_len(after.trim_start(), kind, title).is_some();
                // "X ersätts med denna policy", "… ersätts av förslaget till
                // ny miljöpolicy": the subject is what this document replaces
                // (a proposal's replacement is announced, not yet made).
                let by = strip_any(after.trim_start(), &["med ", "av ", "genom "]);
                let proposal = ["forslaget till ny", "forslag till ny"]
                    .iter()
                    .any(|p| fold(by).starts_with(p));
                let other_subject = !before.trim().is_empty()
                    && !adverbial_only(before)
                    && self_reference(before, kind, title).is_none();
                let replaced_by_self = matches!(verb.as_str(), "ersatts" | "upphavs")
                    && (proposal || self_reference(by, kind, title).is_some())
                    && !before.trim().is_empty();
                // "X kompletteras av denna riktlinje": this document
                // completes X.
                let completed_by_self = verb == "kompletteras"
                    && other_subject
                    && self_reference(by, kind, title).is_some();
                // "X upphävs härmed", "X ersätts i och med att denna policy
                // antas", "X upphör att gälla när riktlinjerna fastställs":
                // another document ended by this one's decision.
                let ceases = (verb == "upphor").then(|| ceases_to_apply(after)).flatten();
                let ended_here = other_subject
                    && (matches!(verb.as_str(), "ersatts" | "upphavs")
                        || ceases.is_some_and(|i| {
                            crate::re::part(after, ..i)
                                .split_whitespace()
                                .all(adverbial_only)
                        }))
                    && (tied_to_this(after, kind, title)
                        || crate::relation_forms::in_force_version_ends(before, after, kind));
                // "Samtidigt upphör X att gälla": the object between.
                // "I och med denna policy upphör X att gälla": the same
                // after an adverbial naming this document.
                let linked = crate::relation_forms::self_link(before, kind, title);
                let ended_after = verb == "upphor"
                    && (adverbial_only(before) || linked)
                    && !before.trim().is_empty()
                    && ceases.is_some();
                // "3. Regionfullmäktige upphäver Riktlinjer för …": a body's
                // decision point beside the decision adopting this document.
                let decision = crate::relation_forms::body_decision(before, &verb)
                    && decision_context(units, ui, a).is_some();
                let proposed = decision && decision_context(units, ui, a) == Some(true);
                // "Som komplement till ägarpolicyn finns ägardirektiv och
                // särskilda direktiv": what exists beside this document
                // completes it.
                let beside =
                    crate::relation_forms::exists_beside(&verb, before, after, kind, title);
                if item && !replaced_by_self && !completed_by_self && !ended_here && !decision {
                    continue;
                }
                // Forms added in the fifth round state a relation only to a
                // document (a kind word, `dokument`, `beslut`, a dnr): `Den
                // gamla blanketten ersätts därmed …` is none.
                let needs_document = beside.is_some()
                    || ended_here
                    || ended_after
                    || completed_by_self
                    || decision
                    || crate::relation_forms::NEW_PHRASES.contains(&verb.as_str());
                let (rel_kind, object) = match verb.as_str() {
                    _ if beside.is_some() => {
                        (RelationKind::ComplementedBy, beside.unwrap_or_default())
                    }
                    "galler bestammelserna i"
                    | "galler aven bestammelserna i"
                    | "galler ocksa bestammelserna i"
                        if crate::relation_forms::completed_by_rules_of(before, kind, title) =>
                    {
                        (RelationKind::ComplementedBy, after)
                    }
                    "ersatter" if decision => (RelationKind::Replaces, after),
                    "upphaver" if decision => (RelationKind::Repeals, after),
                    // "beslutar att ersätta X med Y": X.
                    "ersatta" if decision => (RelationKind::Replaces, complemented(after)),
                    "upphava" if decision => (RelationKind::Repeals, after),
                    "ersatta" if self_subject => (RelationKind::Replaces, after),
                    "upphava" if self_subject => (RelationKind::Repeals, after),
                    // "Riktlinjerna syftar till att konkretisera X".
                    "konkretisera" if self_subject => (RelationKind::Concretizes, after),
                    "komplettera" if self_subject => {
                        (RelationKind::Complements, complemented(after))
                    }
                    "ersatts" if replaced_by_self => (RelationKind::Replaces, before),
                    "upphavs" if replaced_by_self => (RelationKind::Repeals, before),
                    "kompletteras" if completed_by_self => (RelationKind::Complements, before),
                    "ersatts" if ended_here => (RelationKind::Replaces, without_links(before)),
                    "upphavs" if ended_here => (RelationKind::Repeals, without_links(before)),
                    "upphor" if ended_here => (RelationKind::Repeals, without_links(before)),
                    "upphor" if ended_after => (
                        RelationKind::Repeals,
                        crate::re::part(after, ..ceases.unwrap_or(after.len())),
                    ),
                    "ersatte" | "har ersatt" if self_subject => (RelationKind::Replaces, after),
                    "galler i stallet for" | "galler istallet for" | "trader i stallet for"
                        if self_subject =>
                    {
                        (RelationKind::Replaces, after)
                    }
                    "som ett komplement till"
                    | "som komplement till"
                    | "ar en komplettering till"
                    | "ar en komplettering av"
                    | "utgor en komplettering till"
                    | "utgor en komplettering av"
                    | "ar ett tillagg till"
                    | "utgor ett tillagg till"
                        if self_subject =>
                    {
                        (RelationKind::Complements, after)
                    }
                    "ersatter" if self_subject => (RelationKind::Replaces, after),
                    "upphaver" if self_subject => (RelationKind::Repeals, after),
                    "andrar" if self_subject => (RelationKind::Amends, after),
                    "konkretiserar" if self_subject => (RelationKind::Concretizes, after),
                    // "Riktlinjerna utgår från Policy för …", "bygger på
                    // kommunens IT-policy", "är en konkretisering av …": a
                    // document this one works out in detail (read only when
                    // the object names one, see `names_a_document`).
                    v if self_subject && ELABORATES.contains(&v) => {
                        (RelationKind::Concretizes, after)
                    }
                    "ar ett kompletterande dokument till"
                    | "utgor ett kompletterande dokument till"
                        if self_subject =>
                    {
                        (RelationKind::Complements, after)
                    }
                    "ar ett komplement till" | "utgor ett komplement till" if self_subject => {
                        (RelationKind::Complements, after)
                    }
                    "kompletterar" if self_subject => {
                        (RelationKind::Complements, complemented(after))
                    }
                    "kompletterar" if object_self => (RelationKind::ComplementedBy, before),
                    "kompletteras" if self_subject => (RelationKind::ComplementedBy, after),
                    "konkretiseras" if self_subject => (RelationKind::ConcretizedBy, after),
                    "upphavs" | "ersatts" => {
                        let f = fold(before.trim());
                        if !["samtidigt", "harmed", "darmed", "i och med"]
                            .iter()
                            .any(|p| f.starts_with(p))
                            && !linked
                        {
                            continue;
                        }
                        let k = if verb == "upphavs" {
                            RelationKind::Repeals
                        } else {
                            RelationKind::Replaces
                        };
                        (k, after)
                    }
                    _ => continue,
                };
                let span = u.joined.span(a, b);
                let lead_in = s.trim_end().ends_with(':')
                    || fold(s).contains("nedan")
                    || fold(s).contains("foljande");
                let weak = ELABORATES.contains(&verb.as_str());
                let bullets: Vec<&Unit> = if lead_in && si == last && !weak {
                    units
                        .iter()
                        .skip(ui + 1)
                        .take_while(|v| v.kind == UnitKind::Bullet)
                        .collect()
                } else {
                    Vec::new()
                };
                let mut targets: Vec<(Target, (usize, usize), f64)> = Vec::new();
                // Targets replaced only in part ("… samt delar av Y").
                let mut partial: Vec<Target> = Vec::new();
                if !bullets.is_empty() {
                    for v in bullets {
                        if let Some(t) = parse_citation(&v.joined.text) {
                            targets.push((t, v.joined.full_span(), 0.85));
                        }
                    }
                } else if rel_kind == RelationKind::ComplementedBy && verb == "kompletterar" {
                    if let Some(t) = parse_citation(object) {
                        targets.push((t, span, 0.7));
                    }
                } else {
                    let (object, in_part) = split_in_part(before_second_clause(object));
                    let obj = strip_any(
                        object,
                        &[
                            "härmed ",
                            "därmed ",
                            "då ",
                            "nu ",
                            "av: ",
                            "med: ",
                            "även ",
                            "också ",
                            "dessutom ",
                            // "kompletteras årligen med ägardirektiv".
                            "årligen ",
                            "löpande ",
                            "fortlöpande ",
                            "av ",
                            "med ",
                            "genom ",
                            "i ",
                            ":",
                            "följande ",
                            "styrande ",
                            "dokument ",
                            "dokumentet ",
                        ],
                    );
                    let obj = crate::relation_forms::without_leading_time(obj);
                    let examples = crate::relation_forms::named_examples(obj);
                    let obj = examples.unwrap_or(obj);
                    // "kompletterar och förtydligar X": the second verb of
                    // a coordinated pair is no part of the object.
                    let obj = match obj.strip_prefix("och ") {
                        Some(r) if r.starts_with(char::is_lowercase) => {
                            r.split_once(' ').map_or(obj, |(_, rest)| rest.trim_start())
                        }
                        _ => obj,
                    };
                    if let Some(names) = examples {
                        // Each example is a name as written, whatever its
                        // kind word's number (`IT-regler`).
                        for item in crate::relation_forms::capitalised_items(names) {
                            if let Some(mut t) = parse_citation(item) {
                                if t.title.is_none() {
                                    t.title = t.description.take();
                                }
                                targets.push((t, span, 0.75));
                            }
                        }
                    } else if let Some(list) = colon_list(obj).or_else(|| split_kind_list(obj)) {
                        for t in list {
                            targets.push((t, span, 0.8));
                        }
                    } else if let Some(pair) = both_and(obj) {
                        for t in pair.into_iter().filter_map(parse_citation) {
                            targets.push((t, span, 0.75));
                        }
                    } else {
                        // "konkretiseras i X samt i Y": two targets; "finns
                        // ägardirektiv och särskilda direktiv": two described.
                        let described: Vec<&str> = if beside.is_some() {
                            crate::relation_forms::described_items(obj)
                        } else {
                            vec![obj]
                        };
                        let parts =
                            described
                                .into_iter()
                                .flat_map(|o| o.split(';'))
                                .flat_map(|o| {
                                    o.split(" samt i ")
                                        .flat_map(|p| p.split(" och i "))
                                        .flat_map(|p| p.split(" samt av "))
                                });
                        for part in parts.flat_map(split_titles) {
                            // "… och ersätter dessa": a pronoun points back to
                            // a document it does not name; abstain.
                            if ["dessa", "denna", "detta", "den", "det", "dem", "de"]
                                .contains(&fold(part.trim().trim_end_matches('.')).as_str())
                            {
                                continue;
                            }
                            if let Some(t) = parse_citation(part) {
                                targets.push((t, span, 0.75));
                            }
                        }
                    }
                    if let Some(t) = in_part.and_then(parse_citation) {
                        partial.push(t.clone());
                        targets.push((t, span, 0.75));
                    }
                }
                // "bygger på följande principer", "utgår från lagen": the
                // weak verbs state a relation only to a named document.
                // "utgår från X och från Y", "bygger på X och på Y": two
                // sources of which the object's parse keeps one; abstain.
                let coordinated = [" och från ", " och ifrån ", " och på ", " samt på "]
                    .iter()
                    .any(|c| fold(after).contains(&fold(c)));
                if weak {
                    targets.retain(|(t, _, _)| names_a_document(t) && !coordinated);
                }
                // "konkretisera tillämpningen av policyn": words that are no
                // document's name describe it.
                if verb == "konkretisera" {
                    for (t, _, _) in &mut targets {
                        if !names_a_document(t)
                            && let Some(ti) = t.title.take()
                        {
                            t.description = Some(ti);
                        }
                    }
                }
                // "finns ägardirektiv och särskilda direktiv": documents
                // said to exist, in lower case, are described; so are
                // documents that recur ("kompletteras årligen med
                // ägardirektiv innehållande verksamhetsmål …").
                let recurring = fold(object.trim_start())
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| crate::lexicon::RECURRENCE_ADVERBS.contains(&w));
                if beside.is_some() || recurring {
                    for (t, _, _) in &mut targets {
                        if t.title
                            .as_deref()
                            .is_some_and(|ti| ti.starts_with(char::is_lowercase))
                        {
                            t.description = t.title.take();
                        }
                    }
                }
                if needs_document {
                    targets.retain(|(t, _, _)| {
                        t.dnr.is_some()
                            || t.title
                                .as_deref()
                                .is_some_and(describes_governing_documents)
                            || t.description
                                .as_deref()
                                .is_some_and(describes_governing_documents)
                    });
                }
                // "konkretiserar den representation som …": a description
                // naming no kind of document is no document.
                if matches!(
                    rel_kind,
                    RelationKind::Concretizes
                        | RelationKind::ConcretizedBy
                        | RelationKind::Complements
                        | RelationKind::ComplementedBy
                ) {
                    targets.retain(|(t, _, _)| {
                        t.title.is_some()
                            || t.dnr.is_some()
                            || t.date.is_some()
                            || t.description
                                .as_deref()
                                .is_some_and(describes_governing_documents)
                    });
                }
                for (mut t, tspan, conf) in targets.clone() {
                    let mut k = rel_kind;
                    // `Samtidigt upphör de … antagna allmänna bestämmelser
                    // … att gälla` in new allmänna bestämmelser: an earlier
                    // version ended by its successor is replaced.
                    if verb == "upphor"
                        && k == RelationKind::Repeals
                        && earlier_version_of_this(&t, kind, title)
                    {
                        k = RelationKind::Replaces;
                    }
                    if k == RelationKind::Replaces
                        && (!t.sections.is_empty() || partial.contains(&t))
                    {
                        k = RelationKind::ReplacesInPart;
                    }
                    if k != RelationKind::ReplacesInPart {
                        // Sections only mean a partial relation for replacement;
                        // a document worked out from a section of another
                        // (`konkretiserar avsnitt 6.5 av IT-strategin`) keeps them.
                        t.sections.retain(|_| {
                            matches!(
                                k,
                                RelationKind::Repeals
                                    | RelationKind::Amends
                                    | RelationKind::Concretizes
                            )
                        });
                    }
                    out.push((
                        Relation {
                            kind: k,
                            target: t,
                            announced: (verb == "kompletteras" && will_be(before))
                                || (replaced_by_self && proposal)
                                || proposed
                                || crate::relation_forms::proposed_point(units, ui, a)
                                || crate::relation_forms::proposal_subject(before)
                                || (["ersatta", "upphava", "komplettera", "konkretisera"]
                                    .contains(&verb.as_str())
                                    && crate::relation_forms::announces(before)),
                            section: u.section.clone(),
                        },
                        Src::new(tspan, conf, "relation"),
                    ));
                }
                // "några kommer att ersättas": an announced replacement of some
                // of the listed targets.
                let f = fold(s);
                let announced = if f.contains("kommer att ersattas") || f.contains("ska ersattas") {
                    Some(RelationKind::Replaces)
                } else if f.contains("kommer att upphavas") || f.contains("ska upphavas") {
                    Some(RelationKind::Repeals)
                } else {
                    None
                };
                if let Some(ak) = announced
                    && !targets.is_empty()
                {
                    let q = if ["nagra", "vissa", "en del"].iter().any(|w| {
                        f.contains(&format!("{w} kommer")) || f.contains(&format!("{w} ska"))
                    }) {
                        Quantifier::Some
                    } else {
                        Quantifier::All
                    };
                    out.push((
                        Relation {
                            kind: ak,
                            target: Target {
                                quantifier: Some(q),
                                candidates: targets.iter().map(|t| t.0.clone()).collect(),
                                ..Target::default()
                            },
                            announced: true,
                            section: u.section.clone(),
                        },
                        Src::new(span, 0.7, "relation-announced"),
                    ));
                }
            }
        }
    }
    out.extend(crate::relation_companions::scan(units, kind, title));
    // A document a verb already related (`… är en konkretisering av
    // IT-policyn` after `Styrande dokument … är IT-policyn`) once.
    for r in crate::relation_links::scan(units, kind, title) {
        if !out
            .iter()
            .any(|(o, _)| o.kind == r.0.kind && o.target == r.0.target)
        {
            out.push(r);
        }
    }
    out
}

/// Whether a target ended by this document's decision is an earlier
/// version of it: described with a version word (`tidigare gällande
/// bidragsregler`), of this document's kind, or named with the first two
/// words of its title (`allmänna bestämmelser` under `Allmänna bestämmelser
/// för brukande av …`). A document ended without a successor is repealed.
fn earlier_version_of_this(t: &Target, kind: Option<&DocumentKind>, title: Option<&str>) -> bool {
    let Some(text) = t.title.as_deref().or(t.description.as_deref()) else {
        return false;
    };
    let words = folded_tokens(text);
    if words.iter().any(|w| VERSION_WORDS.contains(&w.as_str())) {
        return true;
    }
    let head_kind = words
        .iter()
        .find_map(|w| DocumentKind::recognize_compound(w));
    if kind.is_some() && head_kind.as_ref() == kind {
        return true;
    }
    let title_words = title.map(folded_tokens).unwrap_or_default();
    matches!((words.get(..2), title_words.get(..2)), (Some(a), Some(b)) if a == b)
}

/// Keeps the first of relations stated again with the same kind, target
/// and announcement (a page that extraction repeated, a summary restating
/// the decision: Sundsvall Vatten's ABVA says `Dessa bestämmelser ersätter
/// tidigare allmänna bestämmelser` three times): a document states a
/// relation once, whatever its section.
pub(crate) fn drop_repeated(rels: &mut Vec<(Relation, Src)>) {
    let mut seen: Vec<(RelationKind, Target, bool)> = Vec::new();
    rels.retain(|(r, _)| {
        let key = (r.kind, r.target.clone(), r.announced);
        if seen.contains(&key) {
            return false;
        }
        seen.push(key);
        true
    });
}

/// Drops a relation whose target only describes a document that another
/// relation of the same kind names (`ersätter Riktlinjer för lönesättning
/// …`, later `ersätter tidigare Riktlinje för lönesättning och …`): the
/// same document stated twice.
pub(crate) fn drop_restated(rels: &mut Vec<(Relation, Src)>) {
    let family = |k: RelationKind| match k {
        RelationKind::ReplacesInPart => RelationKind::Replaces,
        k => k,
    };
    let named: Vec<(RelationKind, Vec<String>)> = rels
        .iter()
        .filter_map(|(r, _)| Some((family(r.kind), stems(r.target.title.as_deref()?))))
        .collect();
    rels.retain(|(r, _)| {
        let t = &r.target;
        let Some(d) = t.description.as_deref() else {
            return true;
        };
        if t.title.is_some() || t.dnr.is_some() || t.date.is_some() {
            return true;
        }
        let d = stems(d);
        !named.iter().any(|(k, n)| {
            *k == family(r.kind) && !n.is_empty() && d.windows(n.len()).any(|w| w == n.as_slice())
        })
    });
}

/// Names the earlier version a replacement describes when the words after
/// `tidigare` are a title as written: a capitalised word that names a
/// kind, `ersätter tidigare Riktlinjer för X i Norrby kommun, daterad …`
/// (Haninge, blind9; Eskilstuna's `ersätter tidigare Riktlinje för
/// lönesättning och …` in `real/` is the same form, dropped before this as
/// a restatement of the title it names first). Lower-case words after
/// `tidigare` still describe a version (`tidigare versioner KF 30 2013`,
/// `tidigare gällande IT-strategi`, `tidigare beslutade reseanvisningar`).
/// Runs after [`drop_restated`], so a title the document names elsewhere is
/// not stated twice.
pub(crate) fn name_earlier_titles(rels: &mut [(Relation, Src)]) {
    for (r, _) in rels.iter_mut() {
        if !matches!(
            r.kind,
            RelationKind::Replaces | RelationKind::ReplacesInPart | RelationKind::Repeals
        ) {
            continue;
        }
        let t = &mut r.target;
        if t.title.is_some() {
            continue;
        }
        let Some(rest) = t
            .description
            .as_deref()
            .and_then(|d| {
                d.strip_prefix("tidigare ")
                    .or_else(|| d.strip_prefix("Tidigare "))
            })
            .map(str::trim)
        else {
            continue;
        };
        let first = rest.split_whitespace().next().unwrap_or("");
        if !first.starts_with(char::is_uppercase)
            || first.chars().all(|c| !c.is_lowercase())
            || rest.split_whitespace().count() < 2
        {
            continue;
        }
        if crate::structure::kind_word(first).is_none() {
            continue;
        }
        t.title = Some(rest.to_owned());
        t.description = None;
    }
}

/// The folded words of a name without their inflection endings
/// (`Riktlinjerna för` and `Riktlinje för` agree).
fn stems(s: &str) -> Vec<String> {
    styrdok_core::text::tokens(s)
        .map(|w| {
            let f = w.folded();
            for e in [
                "erna", "arna", "orna", "na", "er", "ar", "or", "en", "et", "n", "r", "e",
            ] {
                if let Some(stem) = f.strip_suffix(e)
                    && stem.chars().count() >= 4
                {
                    return stem.to_owned();
                }
            }
            f
        })
        .collect()
}

/// Dnr cited anywhere that no relation already holds: `references`.
pub(crate) fn references(units: &[Unit], known: &[String]) -> Vec<(Relation, Src)> {
    let mut out = Vec::new();
    let mut seen: Vec<String> = known.iter().map(|k| fold(k)).collect();
    for u in units {
        if u.generic || matches!(u.kind, UnitKind::Heading { .. }) {
            continue;
        }
        let text = u.joined.text.as_str();
        for (d, r) in find_dnrs(text) {
            // A law's or a regulation's number is not another document's
            // diarienummer.
            let book = d
                .split(|c: char| c.is_whitespace() || c.is_ascii_digit())
                .next()
                .unwrap_or("");
            if crate::lexicon::STATUTE_BOOKS.contains(&book)
                || crate::metadata::is_placeholder_dnr(&d)
            {
                continue;
            }
            let key = fold(&d);
            if seen
                .iter()
                .any(|s| s.contains(&key) || key.contains(s.as_str()))
            {
                continue;
            }
            seen.push(key);
            let before = crate::re::part(text, ..r.start);
            let sentence_start = before.rfind(". ").map(|i| i + 2).unwrap_or(0);
            let lower = before.to_lowercase();
            // `lower` may be longer than `before` (a letter whose lower case
            // is longer): then no description rather than a wrong one.
            let description = crate::re::part(&lower, sentence_start..)
                .find("beslut")
                .map(|i| {
                    crate::re::part(before, sentence_start + i..)
                        .trim_end_matches(['(', '[', ' '])
                        .trim()
                        .to_owned()
                })
                .filter(|d| !d.is_empty() && d.split_whitespace().count() <= 8);
            out.push((
                Relation {
                    kind: RelationKind::References,
                    target: Target {
                        dnr: Some(d),
                        description,
                        ..Target::default()
                    },
                    announced: false,
                    section: u.section.clone(),
                },
                Src::new(u.joined.span(r.start, r.end), 0.6, "dnr-reference"),
            ));
        }
    }
    out
}

/// Kind, title and description of every relation the importer reads in
/// an invented text (the unit tests' view of a draft's relations).
#[cfg(test)]
pub(crate) fn relations_of(text: &str) -> Vec<(RelationKind, Option<String>, Option<String>)> {
    crate::import(text)
        .relations
        .into_iter()
        .map(|r| (r.kind, r.target.title, r.target.description))
        .collect()
}

/// A relation to a target only described, as [`relations_of`] gives it.
#[cfg(test)]
pub(crate) fn described(
    kind: RelationKind,
    description: &str,
) -> (RelationKind, Option<String>, Option<String>) {
    (kind, None, Some(description.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A relation to a target named by its title, as [`relations_of`] gives it.
    fn titled(kind: RelationKind, title: &str) -> (RelationKind, Option<String>, Option<String>) {
        (kind, Some(title.to_owned()), None)
    }

    /// Invented wording: `tidigare` before a title as written names the
    /// earlier document; before lower-case words it describes a version.
    #[test]
    fn an_earlier_document_named_by_its_title() {
        let t = "Riktlinjer för parker\n\nDessa riktlinjer ersätter tidigare Riktlinjer för parkskötsel i Norrby kommun, daterad Syfte Att ge stöd.\n";
        assert_eq!(
            relations_of(t),
            [titled(
                RelationKind::Replaces,
                "Riktlinjer för parkskötsel i Norrby kommun"
            )]
        );
        let t = "Riktlinjer för parker\n\nDessa riktlinjer ersätter tidigare beslutade riktlinjer för parkskötsel.\n";
        assert_eq!(
            relations_of(t),
            [described(
                RelationKind::Replaces,
                "tidigare beslutade riktlinjer för parkskötsel"
            )]
        );
        // A capitalised word that names no kind is no title.
        let t = "Riktlinjer för parker\n\nDessa riktlinjer ersätter tidigare Norrby-beslut om parker.\n";
        assert!(relations_of(t).iter().all(|r| r.1.is_none()));
    }

    #[test]
    fn described_complements_and_the_object_before_med() {
        let t = "Riktlinje för cyklar\n\nRiktlinjen kompletterar policy för resor med särskilda regler för cyklar.\n\nRiktlinjen kompletteras med rutiner för respektive enhet.\n";
        assert_eq!(
            relations_of(t),
            vec![
                titled(RelationKind::Complements, "policy för resor"),
                described(RelationKind::ComplementedBy, "rutiner för respektive enhet"),
            ]
        );
        let t = "Policy för parker\n\nPolicyn behöver kompletteras med ett program för träd.\n";
        let d = crate::import(t);
        let r = d.relations.first().expect("a relation");
        assert_eq!(r.kind, RelationKind::ComplementedBy);
        assert!(r.announced);
        assert_eq!(
            r.target.description.as_deref(),
            Some("ett program för träd")
        );
    }

    #[test]
    fn a_new_document_replacing_a_listed_set() {
        let t = "Policy för goda parker\n\nDen nya policyn ersätter de tidigare antagna styrdokumenten: parkprogram, trädpolicy samt riktlinje för lekplatser.\n";
        assert_eq!(
            relations_of(t),
            vec![
                titled(RelationKind::Replaces, "parkprogram"),
                titled(RelationKind::Replaces, "trädpolicy"),
                titled(RelationKind::Replaces, "riktlinje för lekplatser"),
            ]
        );
    }

    #[test]
    fn described_sets_of_complements_to_come() {
        // The pronoun after the verb ("så kommer den att"), a plural kind
        // list and a recurring plan written in lower case: descriptions.
        let t = "Policy för goda parker\n\nDen nu antagna policyn är övergripande, så kommer den att kompletteras med riktlinjer och/eller rutiner.\n\nPolicyn kompletteras med årliga handlingsplaner för de enskilda parkerna.\n";
        let d = crate::import(t);
        let got: Vec<_> = d
            .relations
            .iter()
            .map(|r| {
                (
                    r.kind,
                    r.announced,
                    r.target.title.clone(),
                    r.target.description.clone(),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    RelationKind::ComplementedBy,
                    true,
                    None,
                    Some("riktlinjer och/eller rutiner".into())
                ),
                (
                    RelationKind::ComplementedBy,
                    false,
                    None,
                    Some("årliga handlingsplaner för de enskilda parkerna".into())
                ),
            ]
        );
    }

    /// Kind, announced, title, description of every relation.
    fn read(t: &str) -> Vec<(RelationKind, bool, Option<String>, Option<String>)> {
        crate::import(t)
            .relations
            .into_iter()
            .map(|r| (r.kind, r.announced, r.target.title, r.target.description))
            .collect()
    }

    fn named(
        kind: RelationKind,
        title: &str,
    ) -> (RelationKind, bool, Option<String>, Option<String>) {
        (kind, false, Some(title.to_owned()), None)
    }

    fn unnamed(
        kind: RelationKind,
        d: &str,
    ) -> (RelationKind, bool, Option<String>, Option<String>) {
        (kind, false, None, Some(d.to_owned()))
    }

    #[test]
    fn documents_that_exist_beside_this_one_complete_it() {
        // Issue 12, stop 49 (rel49, tuned on spent sets: Sjöbo blind10).
        let t = "Ägarpolicy för Norrby kommun\n\nSyftet är att tydliggöra roller. Som komplement till ägarpolicy finns ägardirektiv och särskilda direktiv.\n";
        assert_eq!(
            read(t),
            vec![
                unnamed(RelationKind::ComplementedBy, "ägardirektiv"),
                unnamed(RelationKind::ComplementedBy, "särskilda direktiv"),
            ]
        );
        // Not another document's complement: `Som komplement till
        // IT-policyn finns …` in a riktlinje names no relation of its own.
        let t = "Riktlinje för parker\n\nSyftet är att tydliggöra roller. Som komplement till IT-policyn finns ägardirektiv.\n";
        assert_eq!(read(t), vec![]);
    }

    #[test]
    fn a_predicate_shared_with_this_document() {
        // `och är att se som` after a long first predicate (Ragunda blind28).
        let t = "Policy mot hot och våld\n\nInledning text.\n\nPolicyn om hot och våld är framtagen av omsorg om våra nuvarande och framtida medarbetare, förtroendevalda, våra kunder och allmänheten och är att se som ett komplement till arbetsmiljöpolicyn (2012).\n";
        assert_eq!(
            read(t),
            vec![named(RelationKind::Complements, "arbetsmiljöpolicyn")]
        );
        // The title and a short predicate before a comma (Region Skåne
        // blind18, its sentence run on where a year was lost).
        let t = "Krisplan för Region Norrby\n\nInledning text.\n\nRapporten lämnas den 30 september Krisplan för Region Norrby 2012 är övergripande, ersätter tidigare krisplan och omfattar all verksamhet.\n";
        assert_eq!(
            read(t),
            vec![unnamed(RelationKind::Replaces, "tidigare krisplan")]
        );
        // Another document's title before the comma: no relation.
        let t = "Krisplan för Region Norrby\n\nInledning text.\n\nRapporten lämnas den 30 september Plan för vatten 2012 är övergripande, ersätter tidigare plan och omfattar all verksamhet.\n";
        assert_eq!(read(t), vec![]);
    }

    #[test]
    fn examples_after_a_described_set_are_named() {
        // Torsby blind8: the examples, not the set.
        let t = "Riktlinjer för sociala medier\n\nInledning text.\n\nRiktlinjerna ska ses som ett komplement till andra policys som finns i Norrby kommun till exempel Mål och visioner, Dokumenthantering, IT-regler, Riktlinjer för gallring av handlingar.\n";
        assert_eq!(
            read(t),
            vec![
                named(RelationKind::Complements, "Mål och visioner"),
                named(RelationKind::Complements, "Dokumenthantering"),
                named(RelationKind::Complements, "IT-regler"),
                named(
                    RelationKind::Complements,
                    "Riktlinjer för gallring av handlingar"
                ),
            ]
        );
    }

    #[test]
    fn an_earlier_version_ended_is_replaced_and_repetition_is_one_relation() {
        // Ljusdal blind13: `upphör … att gälla` of the same documents.
        let t = "Allmänna bestämmelser för brukande av Norrby kommuns va-anläggning\n\nAntagna av kommunfullmäktige den 17 december 2001. Samtidigt upphör de av kommunfullmäktige antagna allmänna bestämmelser, från den 26 januari 1973, att gälla.\n";
        let rels = crate::import(t).relations;
        assert_eq!(rels.len(), 1);
        assert_eq!(rels[0].kind, RelationKind::Replaces);
        assert!(rels[0].target.title.is_none());
        assert!(rels[0].target.date.is_some());
        // Another document ended stays a repeal.
        let t = "Allmänna bestämmelser för brukande av Norrby kommuns va-anläggning\n\nAntagna av kommunfullmäktige den 17 december 2001. Samtidigt upphör Riktlinjer för slamtömning att gälla.\n";
        assert_eq!(
            read(t),
            vec![named(RelationKind::Repeals, "Riktlinjer för slamtömning")]
        );
        // Sundsvall Vatten blind52: the same sentence three times, one
        // relation; a loose-leaf page's column heads none (Mellerud blind36).
        let s = "Dessa bestämmelser ersätter tidigare allmänna bestämmelser.\n\n";
        let t = format!(
            "Allmänna bestämmelser för Norrby\n\n{s}Text.\n\n{s}Mer text.\n\n{s}1 Ersätter Utbytt den Sign 1:16 Innehållsförteckning Inledning\n"
        );
        assert_eq!(
            read(&t),
            vec![unnamed(
                RelationKind::Replaces,
                "tidigare allmänna bestämmelser"
            )]
        );
    }

    #[test]
    fn a_label_before_an_owned_document() {
        // Oskarshamn blind79 (tuned after its one run).
        let t = "Lokala föreskrifter för att skydda hälsa\n\n1 Styrande dokument Lokala föreskrifter för att skydda hälsa Fastställd av kommunfullmäktige , 83 Gäller från och med Ersätter Norrby kommuns lokala föreskrifter för att skydda hälsa\n\nText.\n";
        assert_eq!(
            read(t),
            vec![named(
                RelationKind::Replaces,
                "Norrby kommuns lokala föreskrifter för att skydda hälsa"
            )]
        );
        // A genitive before no document: no label.
        let t = "Lokala föreskrifter för att skydda hälsa\n\n1 Styrande dokument Gäller från och med Ersätter Kommunens ansvar för tillsyn i dag\n\nText.\n";
        assert_eq!(read(t), vec![]);
    }

    #[test]
    fn recurring_documents_are_described() {
        // Eskilstuna blind13: `kompletteras årligen med ägardirektiv …`.
        let t = "Bolagspolicy för Norrby kommun\n\nInledning text.\n\nBolagspolicyn kompletteras årligen med ägardirektiv innehållande verksamhetsmål för Norrby Kommunföretag AB.\n";
        let rels = read(t);
        assert_eq!(rels.len(), 1);
        assert_eq!(rels[0].0, RelationKind::ComplementedBy);
        assert!(rels[0].2.is_none() && rels[0].3.is_some());
    }

    #[test]
    fn verb_families_in_more_forms() {
        // A demonstrative with another kind word than the document's.
        let t = "Strategi för parker\n\nDenna parkplan ersätter Plan för grönytor antagen av kommunfullmäktige 2010-05-04.\n";
        assert_eq!(
            read(t),
            vec![named(RelationKind::Replaces, "Plan för grönytor")]
        );
        // The subject after the verb, an adverb after it.
        let t = "Policy för parker\n\nHärmed upphäver denna policy Riktlinjer för lekplatser.\n\nPolicyn ersätter därmed Program för träd.\n";
        assert_eq!(
            read(t),
            vec![
                named(RelationKind::Repeals, "Riktlinjer för lekplatser"),
                named(RelationKind::Replaces, "Program för träd"),
            ]
        );
        // `gäller i stället för`, `som ett komplement till`, `är ett tillägg till`.
        let t = "Riktlinje för parker\n\nRiktlinjen gäller i stället för Regler för parkskötsel.\n\nRiktlinjen ska ses som ett komplement till Policy för grönytor.\n\nRiktlinjen är ett tillägg till Plan för träd.\n";
        assert_eq!(
            read(t),
            vec![
                named(RelationKind::Replaces, "Regler för parkskötsel"),
                named(RelationKind::Complements, "Policy för grönytor"),
                named(RelationKind::Complements, "Plan för träd"),
            ]
        );
        // A page flattened to one line: the target ends before the next
        // section's numbered heading.
        let t = "Riktlinje för parker\n\nRiktlinjen ska ses som ett komplement till Regler för lekplatser. 1.1 Syftet med riktlinjen Riktlinjen gäller alla parker.\n";
        assert_eq!(
            read(t),
            vec![named(RelationKind::Complements, "Regler för lekplatser")]
        );
        // Another document completed by this one, in the passive.
        let t = "Riktlinje för parker\n\nPolicy för grönytor kompletteras av denna riktlinje.\n";
        assert_eq!(
            read(t),
            vec![named(RelationKind::Complements, "Policy för grönytor")]
        );
    }

    #[test]
    fn documents_outside_the_vocabulary_as_subject_and_object() {
        // Invented wording, the forms of Helsinge Vatten's owner directive
        // (`blind14/`) and Nyköping's replaced rules (`blind10/`): the
        // title's head noun after a demonstrative is this document; a
        // company's articles are a document it complements.
        let t = "Ägardirektiv för Norrby Vatten AB\n\nDetta ägardirektiv är ett komplement till bolagsordningen.\n";
        assert_eq!(
            read(t),
            vec![(
                RelationKind::Complements,
                false,
                None,
                Some("bolagsordningen".to_owned())
            )]
        );
        // Not a head noun the title does not open with.
        let t = "Policy för Norrby Vatten AB\n\nDetta ägardirektiv är ett komplement till bolagsordningen.\n";
        assert!(read(t).is_empty());
        // Not the bare `ordning` (order, no document).
        let t = "Policy för parker\n\nPolicyn är ett komplement till den ordning som gäller.\n";
        assert!(read(t).is_empty());
        // Two kinds coordinated, capitalised, with a subject: a title.
        let t = "Riktlinje för bidrag\n\nRiktlinjen ersätter Riktlinjer och regler för stöd till föreningar i Norrby kommun.\n";
        assert_eq!(
            read(t),
            vec![named(
                RelationKind::Replaces,
                "Riktlinjer och regler för stöd till föreningar i Norrby kommun"
            )]
        );
        // … alone, lower case: a set described.
        let t = "Riktlinje för bidrag\n\nRiktlinjen ersätter tidigare riktlinjer och regler.\n";
        assert!(read(t).iter().all(|r| r.2.is_none()));
    }

    #[test]
    fn another_document_ended_by_this_one() {
        let t = "Policy för parker\n\nRiktlinjer för lekplatser upphör att gälla när denna policy antas.\n\nSamtidigt upphör Program för träd att gälla.\n\nRegler för parkskötsel upphävs härmed.\n";
        assert_eq!(
            read(t),
            vec![
                named(RelationKind::Repeals, "Riktlinjer för lekplatser"),
                named(RelationKind::Repeals, "Program för träd"),
                named(RelationKind::Repeals, "Regler för parkskötsel"),
            ]
        );
        // Its own end, and another's end not tied to it, are no relation.
        let t = "Policy för parker\n\nDenna policy upphör att gälla 2030-12-31.\n\nTaxan för parkering upphör att gälla vid årsskiftet.\n\nNär en anställning upphör ska kortet lämnas tillbaka.\n";
        assert!(read(t).is_empty());
    }

    #[test]
    fn the_version_in_force_of_this_kind_ended_is_replaced() {
        // Stop 64, tuned on the spent Tanum `blind117/`: a reglemente's
        // closing provision ends the reglemente in force.
        let t = "Reglemente för miljönämnden\n\nNämnden fullgör kommunens uppgifter inom miljöområdet.\n\nGällande reglemente för miljönämnden (antaget av kommunfullmäktige den 19 december 1994, § 180) upphör att gälla.\n";
        let got = read(t);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, RelationKind::Replaces);
        // Another kind's version in force, or an end with a time after
        // the verb, is not this document's to end.
        for t in [
            "Reglemente för miljönämnden\n\nGällande taxa för miljötillsyn upphör att gälla.\n",
            "Reglemente för miljönämnden\n\nGällande reglemente för miljönämnden upphör att gälla vid årsskiftet.\n",
        ] {
            assert!(read(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn these_rules_under_a_title_of_rules_whose_type_line_reads_another_kind() {
        // Stop 64, tuned on the spent Vara `blind99/`: `Typ av dokument:
        // Bidrag` makes the kind `other`, and `Dessa regler` under the
        // title `Bidragsregler` is still this document.
        let t = "Bidragsregler\n\nTyp av dokument: Bidrag\n\nBidrag utgår med 15 procent.\n\nDessa regler ersätter författningen ”Bidrag till enskild väg” antagen av kommunfullmäktige den 16 december 2019.\n";
        assert_eq!(
            read(t),
            vec![named(RelationKind::Replaces, "Bidrag till enskild väg")]
        );
    }

    #[test]
    fn relation_labels_in_more_words() {
        let t = "Riktlinjer för parker\n\nDokumenttyp: Riktlinje\nErsätter dokument: Riktlinjer för grönytor\nUpphävda dokument: Regler för lekplatser\n\nRiktlinjerna gäller alla parker. Ersätter tidigare riktlinjer för parkskötsel.\n";
        let got = read(t);
        assert!(
            got.contains(&named(RelationKind::Replaces, "Riktlinjer för grönytor")),
            "{got:?}"
        );
        assert!(
            got.contains(&named(RelationKind::Repeals, "Regler för lekplatser")),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                RelationKind::Replaces,
                false,
                None,
                Some("tidigare riktlinjer för parkskötsel".into())
            )),
            "{got:?}"
        );
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn a_body_ending_a_document_in_the_decision() {
        let t = "Policy för parker\n\nFörslag till beslut Parknämnden föreslår att kommunfullmäktige beslutar följande: 1. Kommunfullmäktige antar Policy för parker. 2. Kommunfullmäktige upphäver Riktlinjer för lekplatser beslutade av kommunfullmäktige 2001.\n";
        assert_eq!(
            read(t),
            vec![(
                RelationKind::Repeals,
                true,
                Some("Riktlinjer för lekplatser".into()),
                None
            )]
        );
        // The decision itself: not announced. A body repealing something
        // that is no document, or with no adoption beside it: nothing.
        let t = "Policy för parker\n\nKommunfullmäktige beslutar: 1. Kommunfullmäktige antar Policy för parker. 2. Kommunfullmäktige upphäver Riktlinjer för lekplatser.\n";
        assert_eq!(
            read(t),
            vec![named(RelationKind::Repeals, "Riktlinjer för lekplatser")]
        );
        let t = "Policy för parker\n\nKommunfullmäktige antar Policy för parker. Kommunfullmäktige upphäver avgiften för parkering.\n";
        assert!(read(t).is_empty(), "{:?}", read(t));
        let t = "Policy för parker\n\nKommunstyrelsen upphäver Regler för bad.\n";
        assert!(read(t).is_empty(), "{:?}", read(t));
    }

    #[test]
    fn infinitives_and_brackets() {
        let t = "Program för parker\n\nProgrammet kommer att ersätta Plan för grönytor.\n\nProgrammet ska komplettera Policy för träd.\n\nKommunfullmäktige beslutar att anta Program för parker. Kommunfullmäktige beslutar att upphäva Regler för lekplatser.\n\nNorrby kommun Program för parker (ersätter Regler för badplatser) gäller i hela kommunen.\n\nRegler för bad (ersätter Regler för strandbad) gäller också.\n";
        assert_eq!(
            read(t),
            vec![
                (
                    RelationKind::Replaces,
                    true,
                    Some("Plan för grönytor".into()),
                    None
                ),
                named(RelationKind::Complements, "Policy för träd"),
                named(RelationKind::Repeals, "Regler för lekplatser"),
                named(RelationKind::Replaces, "Regler för badplatser"),
            ]
        );
        // An infinitive about something else is none.
        let t = "Policy för resor\n\nInnan en resa beställs ska resenären överväga att ersätta resan med ett videomöte.\n";
        assert!(read(t).is_empty());
    }

    #[test]
    fn rules_completed_by_another_documents() {
        let t = "Reglemente för parknämnden\n\nI den mån inte annat föreskrivs i detta reglemente gäller bestämmelserna i gemensamt reglemente för nämnder i Norrby kommun.\n\nFör nämnden gäller bestämmelserna i kommunallagen.\n\nI detta reglemente gäller även bestämmelserna i arbetsmiljölagen.\n";
        assert_eq!(
            read(t),
            vec![named(
                RelationKind::ComplementedBy,
                "gemensamt reglemente för nämnder i Norrby kommun"
            )]
        );
        // A numbered paragraph run in after the full stop is not the title.
        let t = "Reglemente för parknämnden\n\nUtöver detta reglemente gäller även bestämmelserna i gemensamt reglemente för nämnder i Norrby kommun. 2 Nämnden består av 7 ledamöter.\n";
        assert_eq!(
            read(t),
            vec![named(
                RelationKind::ComplementedBy,
                "gemensamt reglemente för nämnder i Norrby kommun"
            )]
        );
    }

    #[test]
    fn more_subjects_and_labels() {
        // A subject after `att`, a complement that may be needed.
        let t = "Riktlinjer för parker\n\nObservera att dessa riktlinjer kan behövas kompletteras med lokala rutiner för varje park.\n";
        assert_eq!(
            read(t),
            vec![(
                RelationKind::ComplementedBy,
                true,
                None,
                Some("lokala rutiner för varje park".into())
            )]
        );
        // A capitalised verb as a label in a flattened line; a table
        // header is not one.
        let t = "Riktlinjer för parker\n\nDokumenttyp: Riktlinje Fastställd av Parknämnden Ersätter Riktlinje Parkskötsel i Norrby kommun. Fastställd av PN.\n\nSida Ersätter Utbytt den Sign 1:1 RIKTLINJER FÖR PARKER Dessa riktlinjer gäller alla parker.\n";
        assert_eq!(
            read(t),
            vec![named(
                RelationKind::Replaces,
                "Riktlinje Parkskötsel i Norrby kommun"
            )]
        );
        // `Dessa riktlinjer` after riktlinjer just named are those.
        let t = "Policy för parker\n\nPolicyn kompletteras av riktlinjer för lekplatser. Dessa riktlinjer ersätter tidigare rutiner för lekplatser.\n";
        assert!(
            read(t).iter().all(|r| r.0 == RelationKind::ComplementedBy),
            "{:?}",
            read(t)
        );
        // Sentences about other things keep abstaining.
        let t = "Policy för parker\n\nDen gamla blanketten ersätts därmed av en e-tjänst.\n\nSociala medier ska endast användas som ett komplement till kommunens webbplats.\n\nE-post ersätter inte brev.\n";
        assert!(read(t).is_empty());
    }

    #[test]
    fn replaced_by_this_document_in_the_passive() {
        let t = "Beslut om ny parkpolicy\n\nFörslag till beslut\n\n1. Gällande parkpolicy antagen av fullmäktige 2001-02-03 ersätts med förslaget till ny parkpolicy.\n2. Nämnden får i uppdrag att följa upp.\n";
        let d = crate::import(t);
        let r: Vec<_> = d
            .relations
            .iter()
            .map(|r| {
                (
                    r.kind,
                    r.announced,
                    r.target.description.clone(),
                    r.target.date.is_some(),
                )
            })
            .collect();
        assert_eq!(
            r,
            vec![(
                RelationKind::Replaces,
                true,
                Some("Gällande parkpolicy".into()),
                true
            )]
        );
        // A replacement of something else by something else is no relation.
        let t = "Policy för parker\n\nGällande taxa ersätts med en ny taxa.\n";
        assert!(crate::import(t).relations.is_empty());
    }

    #[test]
    fn a_heading_run_into_the_subject_and_a_part_replaced() {
        let t = "Riktlinje för resor\n\nNorrby kommun Riktlinje för resor Riktlinjen är antagen av kommunstyrelsen den 3 maj 2011 och ersätter Riktlinjer för tjänsteresor samt delar av Riktlinjer för personalförmåner. Text.\n\nDenna riktlinje ersätter tidigare Riktlinje för tjänsteresor och avsnittet om bilar.\n";
        assert_eq!(
            relations_of(t),
            [
                titled(RelationKind::Replaces, "Riktlinjer för tjänsteresor"),
                titled(
                    RelationKind::ReplacesInPart,
                    "Riktlinjer för personalförmåner"
                ),
            ]
        );
    }

    /// Invented wording: an object whose year and full stop were lost.
    #[test]
    fn a_replaced_programme_whose_year_and_stop_were_lost() {
        let t = "Parkprogram\n\nParkprogrammet ersätter det av nämnden antagna parkprogrammet från år Programmet omfattar alla parker i Norrby.\n";
        assert_eq!(
            read(t),
            [(
                RelationKind::Replaces,
                false,
                None,
                Some("parkprogrammet från år".to_owned())
            )]
        );
        assert_eq!(
            before_lost_stop("planen för parker Planen gäller alla"),
            "planen för parker"
        );
        // A name's own capitalised word is no sentence start.
        assert_eq!(
            before_lost_stop("planen för Norrby kommun och dess bolag"),
            "planen för Norrby kommun och dess bolag"
        );
    }

    #[test]
    fn a_replaced_decision_whose_date_was_lost() {
        let t = "Regler för e-post\n\nFastställda av kommunstyrelsen Ersätter beslut KS , KS Postadress Besöksadress Telefon Norrby\n";
        assert!(matches!(
            relations_of(t).as_slice(),
            [(RelationKind::Replaces, None, Some(d))] if d.starts_with("beslut KS")
        ));
    }

    #[test]
    fn the_title_as_subject_and_a_named_apposition() {
        let t = "Nämndens plan för kris\n\nDnr: KS 2008/461 Nämndens plan för en kris (pandemi) kompletterar den övergripande planen Beredskapsplan för Norrby kommun, fastställd av kommunfullmäktige.\n";
        assert_eq!(
            relations_of(t),
            [titled(
                RelationKind::Complements,
                "Beredskapsplan för Norrby kommun"
            )]
        );
        // A described document without a name stays a description.
        assert_eq!(
            parse_citation("den övergripande planen för kriser")
                .and_then(|t| t.description)
                .as_deref(),
            Some("den övergripande planen för kriser")
        );
    }

    #[test]
    fn statute_numbers_are_no_references() {
        let p = crate::pre::prepare(
            "Enligt arkivlagen (SFS 1990:782) och beslut (KS 2019/112) gäller detta.\n",
        );
        let units = crate::structure::units(&p, &[], None);
        let found: Vec<String> = references(&units, &[])
            .into_iter()
            .filter_map(|(r, _)| r.target.dnr)
            .collect();
        assert_eq!(found, ["KS 2019/112"]);
        // Boverket's and Naturvårdsverket's statute books alike.
        let p = crate::pre::prepare(
            "Bidraget styrs av föreskrifterna (BFS 1991:12) och råden (NFS 2001:3).\n",
        );
        let units = crate::structure::units(&p, &[], None);
        assert!(
            references(&units, &[])
                .into_iter()
                .all(|(r, _)| r.target.dnr.is_none())
        );
        // An EU regulation's number, a law's abbreviation before its number.
        let p = crate::pre::prepare(
            "Enligt dataskyddsförordningen (EU 2016/679) och sekretesslagen (OSL 2009:400) gäller detta.\n",
        );
        let units = crate::structure::units(&p, &[], None);
        assert!(
            references(&units, &[])
                .into_iter()
                .all(|(r, _)| r.target.dnr.is_none())
        );
    }

    #[test]
    fn a_diarienummer_with_its_year_last() {
        let t = parse_citation("Riktlinjer för brandskydd, RSK 12-2008").unwrap();
        assert_eq!(t.title.as_deref(), Some("Riktlinjer för brandskydd"));
        assert_eq!(t.dnr.as_deref(), Some("RSK 12-2008"));
    }

    #[test]
    fn citations() {
        let t = parse_citation("”Policy och riktlinjer för informationssäkerhet, Stockholms stad” endast kapitel 3 (2005-06-13)").unwrap();
        assert_eq!(
            t.title.as_deref(),
            Some("Policy och riktlinjer för informationssäkerhet, Stockholms stad")
        );
        assert_eq!(t.sections, ["3"]);
        assert_eq!(t.date.map(|d| d.to_string()).as_deref(), Some("2005-06-13"));
        let t = parse_citation(
            "Riktlinjer för informationssäkerhet i Stockholms stad [dnr 034-418/2005]",
        )
        .unwrap();
        assert_eq!(
            t.title.as_deref(),
            Some("Riktlinjer för informationssäkerhet i Stockholms stad")
        );
        assert_eq!(t.dnr.as_deref(), Some("dnr 034-418/2005"));
        let t = parse_citation("e-strategi för Stockholms stad [2001-02-19]").unwrap();
        assert_eq!(t.title.as_deref(), Some("e-strategi för Stockholms stad"));
        assert_eq!(t.date.map(|d| d.to_string()).as_deref(), Some("2001-02-19"));
        let t = parse_citation("beslut KS 2016/123 § 45").unwrap();
        assert_eq!(t.dnr.as_deref(), Some("KS 2016/123"));
        assert_eq!(t.title, None);
        // An earlier version behind the organisation's genitive.
        let t = parse_citation("kommunens tidigare riktlinjer för parker").unwrap();
        assert_eq!(t.title, None);
        assert_eq!(
            t.description.as_deref(),
            Some("kommunens tidigare riktlinjer för parker")
        );
        // Two cited documents joined by `samt`.
        assert_eq!(
            split_titles("Policy för parker, antagen 2015-03-12, samt Riktlinjer för lekplatser"),
            [
                "Policy för parker, antagen 2015-03-12,",
                "Riktlinjer för lekplatser"
            ]
        );
    }

    /// The weaker forms of `konkretiserar`, a cited title without its
    /// owner, a part of a cited document, and a second clause after the
    /// object (invented wording).
    #[test]
    fn documents_worked_out_in_detail() {
        let t = "Riktlinjer för parker\n\nRiktlinjerna utgår från Policy för grönytor och beskriver hur nämnderna ska arbeta.\n";
        assert_eq!(
            relations_of(t),
            [titled(RelationKind::Concretizes, "Policy för grönytor")]
        );
        let t = "Instruktion för lås\n\nInstruktionen bygger på kommunens säkerhetspolicy. Den är en konkretisering av det som sägs där.\n";
        assert_eq!(
            relations_of(t),
            [titled(RelationKind::Concretizes, "säkerhetspolicy")]
        );
        let t = "Riktlinje för gåvor\n\nRiktlinjen utgår ifrån den av fullmäktige antagna policyn för gåvor och ersättningar.\n";
        assert_eq!(
            relations_of(t),
            [titled(
                RelationKind::Concretizes,
                "policyn för gåvor och ersättningar"
            )]
        );
        // Not a document: a law, a description, a list of principles,
        // another body's rules, two sources.
        for t in [
            "Riktlinjer för bad\n\nRiktlinjerna bygger på Badverkets regler om bad.\n",
            "Riktlinjer för bad\n\nRiktlinjerna utgår från Policy för bad och från den nationella strategin.\n",
            "Riktlinjer för bad\n\nRiktlinjerna utgår från lagen om badplatser.\n",
            "Riktlinjer för bad\n\nRiktlinjerna utgår från riktlinjerna.\n",
            "Policy för bad\n\nPolicyn bygger på följande principer:\n\n• Policy för öppenhet\n",
        ] {
            assert!(relations_of(t).is_empty(), "{t}");
        }
        // A verb in a table header run into the text before the sentence.
        let t = "Riktlinjer för bilar\n\nSida Ersätter Utbytt den 1:1 RIKTLINJER FÖR BILAR Dessa riktlinjer utgör en del av kommunens Policy för fordon.\n";
        assert_eq!(
            relations_of(t),
            [titled(RelationKind::Concretizes, "Policy för fordon")]
        );
        assert_eq!(
            split_titles("Trafik- och parkeringspolicy och Strategi för cyklar"),
            ["Trafik- och parkeringspolicy", "Strategi för cyklar"]
        );
        let t =
            "Planen är ett kompletterande dokument till Norrby kommuns policy för jämställdhet.\n";
        assert_eq!(
            relations_of(&format!("Plan för jämställdhet\n\n{t}")),
            [titled(
                RelationKind::Complements,
                "Norrby kommuns policy för jämställdhet"
            )]
        );
        let c = parse_citation("rollbeskrivningen i avsnitt 4.2 av kommunens IT-plan").unwrap();
        assert_eq!(c.title.as_deref(), Some("IT-plan"));
        assert_eq!(c.sections, ["4.2"]);
    }

    /// Sets of documents described, a lost series after a title, two
    /// targets after repeated prepositions (invented wording).
    #[test]
    fn described_sets_and_lost_series() {
        let t = "Policy för lås\n\nPolicyn konkretiseras i Låsinstruktionerna, Drift och Användare samt i Låsplaner.\n";
        assert_eq!(
            relations_of(t),
            [
                described(
                    RelationKind::ConcretizedBy,
                    "Låsinstruktionerna, Drift och Användare"
                ),
                (RelationKind::ConcretizedBy, None, Some("Låsplaner".into())),
            ]
        );
        assert_eq!(
            parse_citation("Resepolicy för Norrby högskola, FS Reglerna gäller")
                .and_then(|t| t.title)
                .as_deref(),
            Some("Resepolicy för Norrby högskola")
        );
        assert_eq!(
            parse_citation("Teknisk plattform för Norrby, TPN")
                .and_then(|t| t.title)
                .as_deref(),
            Some("Teknisk plattform för Norrby, TPN")
        );
        assert!(
            parse_citation("riktlinjer när det gäller grafisk profil")
                .is_some_and(|t| t.title.is_none())
        );
        assert_eq!(
            parse_citation("Taxa för bad som beslutats av nämnden")
                .and_then(|t| t.title)
                .as_deref(),
            Some("Taxa för bad")
        );
    }

    #[test]
    fn a_description_of_no_document_is_no_relation() {
        let t = "Riktlinje för gåvor\n\nDenna riktlinje konkretiserar den representation som lämnas av presidiet.\n";
        assert!(relations_of(t).is_empty());
        assert!(describes_documents(
            "systemsäkerhetsplaner för de enskilda systemen"
        ));
        assert!(describes_documents("andra dokument som fastställs"));
    }

    /// Sets of documents described by a counting or qualifying word, a
    /// version described, a participle after `tidigare` (invented wording).
    #[test]
    fn described_sets_and_versions() {
        for (cited, described) in [
            ("tillhörande riktlinjer", true),
            ("övriga styrdokument inom parker och grönska", true),
            ("kommunens policys och strategier för parker", true),
            ("tidigare fastställda riktlinjer för parker", true),
            ("versioner KF 12 2010", true),
            ("kommunens parkpolicy", false),
            ("riktlinje för lekplatser", false),
        ] {
            let t = parse_citation(cited).unwrap();
            assert_eq!(t.description.is_some(), described, "{cited}");
            assert_eq!(t.title.is_some(), !described, "{cited}");
        }
        assert_eq!(
            parse_citation("tidigare fastställda riktlinjer för parker")
                .and_then(|t| t.description)
                .as_deref(),
            Some("tidigare fastställda riktlinjer för parker")
        );
        // A proposal's numbered point, this document's title written out.
        let t = "Parkpolicy\n\nFörslag till beslut\n\n1. Parkpolicy godkänns.\n\n2. Policyn ersätter Policy för lekplatser från 2009.\n\nSammanfattning\n\nPolicy för park kompletterar Översiktsplan för Norrby.\n";
        assert_eq!(
            read(t),
            [
                (
                    RelationKind::Replaces,
                    true,
                    Some("Policy för lekplatser från 2009".into()),
                    None
                ),
                (
                    RelationKind::Complements,
                    false,
                    Some("Översiktsplan för Norrby".into()),
                    None
                ),
            ]
        );
    }

    /// The verb families in past and perfect forms and voices, an
    /// adverbial naming this document, a proposal as subject, a time
    /// adverbial before the object, a coordinated verb, a body's decision
    /// described, an earlier version in the head (invented wording).
    #[test]
    fn more_inflections_voices_and_adverbials() {
        let one = |t: &str| {
            let r = read(&format!("Policy för parker\n\n{t}\n"));
            assert_eq!(r.len(), 1, "{t}: {r:?}");
            r.into_iter().next().unwrap()
        };
        let titled = |k, announced, ti: &str| (k, announced, Some(ti.to_owned()), None);
        for (t, want) in [
            (
                "Riktlinjer för lekplatser har ersatts av denna policy.",
                titled(RelationKind::Replaces, false, "Riktlinjer för lekplatser"),
            ),
            (
                "Riktlinjer för lekplatser ersattes av denna policy.",
                titled(RelationKind::Replaces, false, "Riktlinjer för lekplatser"),
            ),
            (
                "I och med denna policy upphör Riktlinjer för lekplatser att gälla.",
                titled(RelationKind::Repeals, false, "Riktlinjer för lekplatser"),
            ),
            (
                "Genom denna policy upphävs Riktlinjer för lekplatser.",
                titled(RelationKind::Repeals, false, "Riktlinjer för lekplatser"),
            ),
            (
                "Den föreslagna policyn ersätter Riktlinjer för lekplatser.",
                titled(RelationKind::Replaces, true, "Riktlinjer för lekplatser"),
            ),
            (
                "Policyn ersätter från och med 2021-01-01 Riktlinjer för lekplatser.",
                titled(RelationKind::Replaces, false, "Riktlinjer för lekplatser"),
            ),
            (
                "Policyn kompletterades 2019 med Riktlinjer för lekplatser.",
                titled(
                    RelationKind::ComplementedBy,
                    false,
                    "Riktlinjer för lekplatser",
                ),
            ),
            (
                "Policyn har kompletterats med Riktlinjer för lekplatser.",
                titled(
                    RelationKind::ComplementedBy,
                    false,
                    "Riktlinjer för lekplatser",
                ),
            ),
            (
                "Policyn kompletterar och förtydligar Riktlinjer för lekplatser.",
                titled(
                    RelationKind::Complements,
                    false,
                    "Riktlinjer för lekplatser",
                ),
            ),
        ] {
            assert_eq!(one(t), want, "{t}");
        }
        for (t, want) in [
            (
                "Denna policy ersätter ’Plan för lekplatser 2015–2018’.",
                titled(
                    RelationKind::Replaces,
                    false,
                    "Plan för lekplatser 2015–2018",
                ),
            ),
            (
                "Kompletteras av: Riktlinjer för lekplatser",
                titled(
                    RelationKind::ComplementedBy,
                    false,
                    "Riktlinjer för lekplatser",
                ),
            ),
        ] {
            assert_eq!(one(t), want, "{t}");
        }
        assert_eq!(
            one("Policyn antogs 2020 och ersätter då tidigare policy från 2015.").3,
            Some("tidigare policy från 2015".into())
        );
        // A pronoun object names nothing: abstain.
        assert!(
            read("Policy för parker\n\nPolicyn är en revidering av Policy för parker från 2016 och ersätter denna.\n")
                .is_empty()
        );
        // A label's value naming two documents.
        let d = crate::import(
            "Policy för parker\n\nDokumenttyp: Policy\nErsätter: Riktlinjer för lekplatser och Rutin för gräsklippning\n\nText.\n",
        );
        let titles: Vec<_> = d
            .relations
            .iter()
            .filter_map(|r| r.target.title.clone())
            .collect();
        assert_eq!(
            titles,
            ["Riktlinjer för lekplatser", "Rutin för gräsklippning"]
        );
        let r =
            one("Denna policy ersätter kommunfullmäktiges beslut 2014-02-03 § 12 om lekplatser.");
        assert_eq!(r.2, None);
        let d = crate::import(
            "Policy för parker\n\nTidigare version: Parkpolicy antagen 2012-05-14\n\nText.\n",
        );
        assert_eq!(d.relations.len(), 1);
        assert_eq!(d.relations[0].kind, RelationKind::Replaces);
        assert_eq!(d.relations[0].target.title.as_deref(), Some("Parkpolicy"));
        // A version number names no document.
        let d = crate::import("Policy för parker\n\nTidigare version: 1.0\n\nText.\n");
        assert!(d.relations.is_empty(), "{:?}", d.relations);
        // Another document ended with no tie to this one, or a law: none.
        for t in [
            "Taxan ersattes av en avgift 2019.",
            "Med denna policy följer en taxa som upphävs vid årsskiftet.",
        ] {
            assert!(
                read(&format!("Policy för parker\n\n{t}\n")).is_empty(),
                "{t}"
            );
        }
    }

    #[test]
    fn kind_lists() {
        let l = split_kind_list("riktlinjerna IT och Informationssäkerhet.").unwrap();
        assert_eq!(l.len(), 2);
        assert_eq!(l[1].title.as_deref(), Some("Informationssäkerhet"));
        assert!(split_kind_list("riktlinjer för informationssäkerhet").is_none());
    }

    #[test]
    fn konkretisera_in_every_form() {
        let rels = |t: &str| relations_of(&format!("Riktlinjer för säkerhet\n\n{t}\n"));
        // The infinitive after this document as subject.
        let r = rels("Riktlinjerna syftar till att konkretisera tillämpningen av policyn.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, RelationKind::Concretizes);
        assert_eq!(r[0].2.as_deref(), Some("tillämpningen av policyn"), "{r:?}");
        // Past and perfect, both voices.
        let r = rels("Riktlinjerna har konkretiserat Policy för säkerhet i Norrby kommun.");
        assert_eq!(r[0].0, RelationKind::Concretizes, "{r:?}");
        let r = rels("Riktlinjerna konkretiserades i Rutin för loggning.");
        assert_eq!(r[0].0, RelationKind::ConcretizedBy, "{r:?}");
        // Another subject, or an object that is no document: nothing.
        assert!(rels("Nämnden ska konkretisera målen i budgeten.").is_empty());
        assert!(rels("Riktlinjerna syftar till att konkretisera arbetet med säkerhet.").is_empty());
    }

    /// Invented wording after Eskilstuna blind13 and Norrköping blind39:
    /// `både X samt Y` names two documents, an adverb of time may stand
    /// before `med` (`kompletteras årligen med …`), and a flattened list
    /// whose items each end in a date gives one target per item.
    #[test]
    fn both_and_adverbs_and_dated_lists() {
        let rels = |t: &str| relations_of(&format!("Policy för ägarstyrning\n\n{t}\n"));
        let r = rels(
            "Policyn ersätter både bolagspolicy för Norrby kommun samt god sed för styrning av Norrby kommuns bolag.",
        );
        assert_eq!(
            r,
            vec![
                titled(RelationKind::Replaces, "bolagspolicy för Norrby kommun"),
                titled(
                    RelationKind::Replaces,
                    "god sed för styrning av Norrby kommuns bolag"
                ),
            ]
        );
        let r = rels("Policyn kompletteras årligen med ägardirektiv för bolagen.");
        assert_eq!(r.len(), 1, "{r:?}");
        assert_eq!(r[0].0, RelationKind::ComplementedBy);
        let named = r[0].1.as_deref().or(r[0].2.as_deref()).unwrap_or("");
        assert!(named.starts_with("ägardirektiv"), "{r:?}");
        let r = rels(
            "Ersätter dessutom följande riktlinjer som har beslutats av kommunstyrelsen: Drivmedelskrav för bilar, 24 september 2007 Klimatkrav på resor och transporter, 27 november 2007 Riktlinjer för tjänsteresor, 10 januari 2010 EKONOMIKONTORET",
        );
        let titles: Vec<_> = r.iter().filter_map(|x| x.1.as_deref()).collect();
        assert_eq!(
            titles,
            [
                "Drivmedelskrav för bilar",
                "Klimatkrav på resor och transporter",
                "Riktlinjer för tjänsteresor"
            ],
            "{r:?}"
        );
        assert!(r.iter().all(|x| x.0 == RelationKind::Replaces), "{r:?}");
    }
}
