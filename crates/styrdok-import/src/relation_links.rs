//! Documents this one is linked to or governed by, stated without a verb
//! of replacing, completing or working out (issue 12, seventh round):
//!
//! - **Linked**: `Dokumentet är kopplat till kommunens värdegrund och
//!   kommunikationspolicy liksom till vår webbhandbok …` — this document
//!   the subject of `är kopplat/kopplad/kopplade till`: each document named
//!   is a `references` target (`liksom till`, `samt till`, `och till`
//!   separate them).
//! - **Governing documents listed**: `Styrande dokument för arbetet med
//!   informationssäkerhet är Policy för X samt Riktlinjer för Y`, and the
//!   front-matter labels `Styrande dokument:`, `Överordnat dokument:`,
//!   `Överordnade styrdokument:`, `Övergripande dokument` before a title:
//!   each listed document **above** this one's kind in the hierarchy is one
//!   this document works out (`concretizes`); one at its level or below is
//!   a sibling or a child, and no relation is read for it.
//! - **Documents drawn up from this one**: `Med policyn som stöd upprättar
//!   landstingsstyrelsen handlingsplaner …`, `Utifrån planen görs det
//!   årligen handlingsplaner …`, `Utöver denna finanspolicy, som reglerar
//!   …, beslutar kommunstyrelsen om mer specifika riktlinjer …`: an
//!   adverbial naming this document as the ground opens the sentence, its
//!   finite verb draws up or decides on documents at this one's level or
//!   below: those documents work this one out (`concretized_by`).
//! - **Related documents label**: `Relaterade styrdokument: X` (with its
//!   colon): X `references`.
//! - **A pointer to another document**: `För mer information hänvisas till
//!   X`, `För övrigt hänvisas till X`, `För mer information se X`, `(se
//!   X)`: X `references`, when a word of X is a kind of document (a
//!   compound too: `dokumenthanteringsplan`), not a handbook, a page's box
//!   or a person (issue 12, after the seventh blind run; TUNED).
//!
//! Every form abstains when this document's kind is unknown (the governing
//! list), when a listed item names no kind of document, and when the item
//! is this document's own title.

use std::sync::LazyLock;

use regex::Regex;
use styrdok_core::DocumentKind;
use styrdok_core::text::fold;

use crate::collect::Src;
use crate::draft::{Relation, RelationKind, Target};
use crate::relation_companions::level;
use crate::relation_forms::self_reference;
use crate::relations::{head_is_kind, names_a_document, parse_citation};
use crate::structure::{Unit, UnitKind, sentences};

/// Also `<this document> är utformad utifrån X`, `… är utformade med
/// utgångspunkt från X` (Tyresö and Nässjö, `blind24/`): X is the ground
/// it was drawn up from, a `references` target alike.
static LINKED: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"(?i)\b(?:(?:är|blir)\s+(?:nära\s+|direkt\s+)?kopplad?e?t?\s+till|är\s+utformad?e?t?\s+(?:utifrån|med\s+utgångspunkt\s+(?:från|i)))\s+",
    )
});
/// `Styrande dokument för X är …` (capitalised: a sentence or a heading
/// run into the line opens it).
static GOVERNING_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(r"\b(?:De\s+s|S)tyrande\s+(?:styr)?dokument(?:en)?\s+(?:för|inom)\s+")
});
/// The front-matter labels naming the documents above this one.
static GOVERNING_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"\b(?:Styrande\s+(?:styr)?dokument\s*:|Överordnade?t?\s+(?:styr)?dokument\s*:?|Övergripande\s+(?:styr)?dokument\s*:?)\s*",
    )
});
/// `hänvisas till`, and the imperative `se` where it points the reader
/// on: in brackets, after `För mer information`, or opening the sentence.
static POINTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(r"(?i)\bhänvisas\s+till\s+|(?:\(|\binformation,?\s+|^\s*)se\s+(?:även\s+)?")
});
static RELATED_LABEL: LazyLock<Regex> =
    LazyLock::new(|| crate::re::compile(r"\bRelaterade\s+(?:styr)?dokument\s*:\s*"));

/// Possessives before a listed document's name (`våra Riktlinjer för …`).
const POSSESSIVES: [&str; 6] = ["vara", "var", "vart", "kommunens", "regionens", "gallande"];

/// Reads every linked or governing document; returns them with their
/// sources.
pub(crate) fn scan(
    units: &[Unit],
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) -> Vec<(Relation, Src)> {
    each_sentence(units, 0.65, |s| in_sentence(s, kind, title))
}

/// The relations `read` finds in each sentence of the text's paragraphs
/// (not a generic unit's), none announced, with their sources at `conf`.
pub(crate) fn each_sentence(
    units: &[Unit],
    conf: f64,
    read: impl Fn(&str) -> Vec<(RelationKind, Target)>,
) -> Vec<(Relation, Src)> {
    let mut out = Vec::new();
    for u in units {
        if u.generic || u.kind != UnitKind::Para {
            continue;
        }
        let text = u.joined.text.as_str();
        for (a, b) in sentences(text) {
            let Some(s) = text.get(a..b) else { continue };
            for (kind, target) in read(s) {
                out.push((
                    Relation {
                        kind,
                        target,
                        announced: false,
                        section: u.section.clone(),
                    },
                    Src::new(u.joined.span(a, b), conf, "relation"),
                ));
            }
        }
    }
    out
}

/// The relations one sentence states by these forms.
fn in_sentence(
    s: &str,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) -> Vec<(RelationKind, Target)> {
    let mut found: Vec<(RelationKind, Target)> = Vec::new();
    for t in linked(s, kind, title) {
        found.push((RelationKind::References, t));
    }
    for t in governing(s, kind, title) {
        found.push((RelationKind::Concretizes, t));
    }
    for t in related(s, title) {
        found.push((RelationKind::References, t));
    }
    if let Some(t) = pointed_to(s, title) {
        found.push((RelationKind::References, t));
    }
    if let Some(t) = derived(s, kind, title) {
        found.push((RelationKind::ConcretizedBy, t));
    }
    found
}

/// The governing and related documents a metadata line names (`…
/// Övergripande dokument Säkerhetspolicy för X Kontaktperson …`): read on
/// every line, as the metadata reader may have consumed it or the
/// structure taken it for a heading.
pub(crate) fn in_metadata_line(
    line: &str,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) -> Vec<(RelationKind, Target)> {
    let mut found: Vec<(RelationKind, Target)> = Vec::new();
    for (a, b) in sentences(line) {
        let Some(s) = line.get(a..b) else { continue };
        for t in governing(s, kind, title) {
            found.push((RelationKind::Concretizes, t));
        }
        for t in related(s, title) {
            found.push((RelationKind::References, t));
        }
    }
    found
}

/// The sentence's text after `at`, up to a colon (a list's lead-in ends
/// the object) and without its final punctuation.
fn object_from(s: &str, at: usize) -> &str {
    let rest = crate::re::part(s, at..);
    let rest = rest.split(':').next().unwrap_or(rest);
    rest.trim().trim_end_matches(['.', ';', ','])
}

/// `<this document> är kopplat till X liksom till Y`: X and Y, each named
/// as a document (a kind word or `dokument` among its words).
fn linked(s: &str, kind: Option<&DocumentKind>, title: Option<&str>) -> Vec<Target> {
    let Some(m) = LINKED.find(s) else {
        return Vec::new();
    };
    // This document is the whole subject (`Dokumentet`, `Riktlinjerna`,
    // `Denna policy`), at most two words after it (`också`, `därmed`).
    let before = crate::re::part(s, ..m.start());
    let subject = self_reference(before, kind, title).is_some_and(|l| {
        crate::re::part(before.trim_start(), l..)
            .split_whitespace()
            .count()
            <= 2
    });
    if !subject {
        return Vec::new();
    }
    let object = object_from(s, m.end());
    let mut parts = vec![object];
    for sep in [" liksom till ", " samt till ", " och till ", " liksom "] {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    parts
        .into_iter()
        .map(without_law_before)
        .filter(|p| speaks_of_documents(p))
        .filter_map(|p| {
            let mut t = parse_citation(p)?;
            // `kommunens värdegrund och kommunikationspolicy`: words that
            // are no document's name describe the documents.
            if !names_a_document(&t)
                && let Some(ti) = t.title.take()
            {
                t.description = Some(ti);
            }
            // `kommunens likabehandlingspolicy och plan`: the organisation's
            // document named by its kind, in lower case, is described, not
            // titled (as every spent truth records `kommunens …`, `bolagets
            // …`, `förbundets …`).
            if own_described(p)
                && t.dnr.is_none()
                && let Some(ti) = t.title.take()
            {
                t = Target {
                    description: Some(ti),
                    ..Target::default()
                };
            }
            Some(t)
        })
        .collect()
}

/// Whether a citation opens with the organisation's possessive in lower
/// case (`kommunens …`, `bolagets …`).
fn own_described(p: &str) -> bool {
    p.split_whitespace().next().is_some_and(|w| {
        [
            "kommunens",
            "regionens",
            "stadens",
            "landstingets",
            "bolagets",
            "förbundets",
        ]
        .contains(&w)
    })
}

/// `Diskrimineringslagens krav och kommunens likabehandlingspolicy`: a
/// law named first is no document of the organisation; what follows its
/// `och` is.
fn without_law_before(p: &str) -> &str {
    match p.split_once(" och ") {
        Some((law, rest))
            if law.split_whitespace().next().is_some_and(|w| {
                let f = fold(w);
                f.ends_with("lagen") || f.ends_with("lagens")
            }) && !speaks_of_documents(law) =>
        {
            rest
        }
        _ => p,
    }
}

/// Whether the words speak of documents: a kind word among them (in a
/// compound too), or `dokument`, or a handbook.
fn speaks_of_documents(p: &str) -> bool {
    p.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let f = fold(w);
        DocumentKind::recognize_compound(w).is_some()
            || f.contains("dokument")
            || f.contains("handbok")
    })
}

/// The documents a governing list names above this document's kind.
fn governing(s: &str, kind: Option<&DocumentKind>, title: Option<&str>) -> Vec<Target> {
    let Some(own) = kind.and_then(level) else {
        return Vec::new();
    };
    let mut lists: Vec<&str> = Vec::new();
    if let Some(m) = GOVERNING_SENTENCE.find(s) {
        // `… för <area> är <list>`: the verb within ten words.
        let rest = crate::re::part(s, m.end()..);
        if let Some(i) = rest.find(" är ")
            && crate::re::part(rest, ..i).split_whitespace().count() <= 10
        {
            lists.push(object_from(rest, i + 4));
        }
    } else if let Some(m) = GOVERNING_LABEL.find(s) {
        lists.push(before_next_label(crate::re::part(s, m.end()..)));
    }
    lists
        .into_iter()
        .flat_map(split_documents)
        .filter_map(|item| {
            let head = item.split_whitespace().next()?;
            let other = level(&DocumentKind::recognize_compound(
                head.trim_matches(|c: char| !c.is_alphanumeric()),
            )?)?;
            if other >= own || is_own_title(item, title) {
                return None;
            }
            let t = parse_citation(item)?;
            names_a_document(&t).then_some(t)
        })
        .collect()
}

/// `Relaterade styrdokument: X`: X, named as a document.
fn related(s: &str, title: Option<&str>) -> Vec<Target> {
    let Some(m) = RELATED_LABEL.find(s) else {
        return Vec::new();
    };
    split_documents(before_next_label(crate::re::part(s, m.end()..)))
        .into_iter()
        .filter(|item| speaks_of_documents(item) && !is_own_title(item, title))
        .filter_map(parse_citation)
        .collect()
}

/// `För mer information hänvisas till X`, `(se X)`: X, when a word of it
/// names a kind of document; a name whose head is no kind word
/// (`utarbetad rutin för …`, `gällande dokumenthanteringsplan`) is kept
/// as a description.
fn pointed_to(s: &str, title: Option<&str>) -> Option<Target> {
    let m = POINTER.find(s)?;
    let object = if m.as_str().starts_with('(') {
        let rest = crate::re::part(s, m.end()..);
        crate::re::part(rest, ..rest.find(')')?)
    } else {
        object_from(s, m.end())
    };
    let object = object.trim();
    let kind_word = object.split_whitespace().take(4).any(|w| {
        DocumentKind::recognize_compound(w.trim_matches(|c: char| !c.is_alphanumeric())).is_some()
    });
    if !kind_word || object.split_whitespace().count() > 16 || is_own_title(object, title) {
        return None;
    }
    let mut t = parse_citation(object)?;
    // `(se regler under punkt 4: köregler)` (Nordmaling `blind56/`): a
    // numbered part named by no document's name or number is a part of
    // this one.
    if !t.sections.is_empty() && !names_a_document(&t) && t.dnr.is_none() {
        return None;
    }
    if !names_a_document(&t)
        && let Some(ti) = t.title.take()
    {
        t.description = Some(ti);
    }
    Some(t)
}

/// Whether `item` is this document's own title.
fn is_own_title(item: &str, title: Option<&str>) -> bool {
    title.is_some_and(|t| fold(t).trim() == fold(item).trim())
}

/// A label's value in a flattened line: the words up to the next known
/// metadata label (`… Säkerhetspolicy för X Kontaktperson Version 2.0` →
/// `Säkerhetspolicy för X`) or the sentence's end.
fn before_next_label(value: &str) -> &str {
    let ws: Vec<(usize, &str)> = value
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - value.as_ptr() as usize, w))
        .collect();
    for (k, &(at, w)) in ws.iter().enumerate() {
        // The value opens with another label (`Relaterade styrdokument:
        // Sökord: …`, an empty field): none.
        if !w.starts_with(char::is_uppercase) {
            continue;
        }
        let is_label = (1..=crate::lexicon::LABEL_MAX_WORDS).any(|n| {
            let words: Vec<String> = ws
                .iter()
                .skip(k)
                .take(n)
                .map(|(_, w)| fold(w.trim_end_matches(':')))
                .collect();
            words.len() == n && crate::lexicon::label(&words.join(" ")).is_some()
        }) || w.ends_with(':');
        if is_label {
            return value.get(..at).unwrap_or(value).trim_end();
        }
    }
    value.trim().trim_end_matches(['.', ';', ','])
}

/// A list of documents split where the next item opens with a kind word
/// (`Policy för X samt Riktlinjer för Y`, `våra Riktlinjer för X och
/// informationssäkerhetsinstruktionerna …`): a title's own `och` (`Policy
/// för informationssäkerhet och IT`) stays. Possessives before an item go.
fn split_documents(list: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let mut start = 0;
    let ws: Vec<(usize, &str)> = list
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - list.as_ptr() as usize, w))
        .collect();
    for (k, &(at, w)) in ws.iter().enumerate() {
        let sep = w.ends_with(',') || ["och", "samt", "respektive", "liksom"].contains(&w);
        if !sep {
            continue;
        }
        let Some(&(n_at, _)) = ws.get(k + 1) else {
            continue;
        };
        let next = strip_possessive(crate::re::part(list, n_at..));
        if head_is_kind(next) {
            let end = if w.ends_with(',') {
                at + w.len() - 1
            } else {
                at
            };
            items.push(crate::re::part(list, start..end));
            start = n_at;
        }
    }
    items.push(crate::re::part(list, start..));
    items
        .into_iter()
        .map(|i| strip_possessive(i.trim()).trim_end_matches(['.', ',', ';']))
        .filter(|i| !i.is_empty())
        .collect()
}

/// `våra Riktlinjer för X` → `Riktlinjer för X`.
fn strip_possessive(s: &str) -> &str {
    let s = s.trim_start();
    match s.split_once(' ') {
        Some((w, rest)) if POSSESSIVES.contains(&fold(w).as_str()) => rest.trim_start(),
        _ => s,
    }
}

/// Finite verbs of drawing up or deciding on a document, passive too
/// (`upprättar`, `tas fram`, `beslutar om`, `görs`): after an adverbial
/// naming this document as the ground, what they make works it out.
const DRAWING_UP: [&str; 14] = [
    "upprattar",
    "upprattas",
    "tar",
    "tas",
    "beslutar",
    "beslutas",
    "gors",
    "utarbetar",
    "utarbetas",
    "faststaller",
    "faststalls",
    "antar",
    "antas",
    "formulerar",
];

/// Words between such a verb and what it makes: its subject (a body, `det`,
/// `vi`) and particles (`fram`, `om`, `årligen`).
fn subject_or_particle(w: &str) -> bool {
    let f = fold(w.trim_end_matches(','));
    [
        "det", "den", "man", "vi", "fram", "om", "arligen", "ocksa", "aven", "dessutom",
    ]
    .contains(&f.as_str())
        || [
            "styrelsen",
            "namnden",
            "namnderna",
            "fullmaktige",
            "forvaltningen",
            "direktoren",
        ]
        .iter()
        .any(|b| f.ends_with(b))
}

/// `Med policyn som stöd upprättar landstingsstyrelsen handlingsplaner …`,
/// `Utifrån planen görs det årligen handlingsplaner …`, `Utöver denna
/// finanspolicy, som reglerar …, beslutar kommunstyrelsen om mer specifika
/// riktlinjer …`: a sentence opening with an adverbial that names this
/// document as its ground, whose finite verb (right after it, as Swedish
/// word order puts it) draws up documents at this one's level or below:
/// those documents, which work this one out.
fn derived(s: &str, kind: Option<&DocumentKind>, title: Option<&str>) -> Option<Target> {
    let own = kind.and_then(level)?;
    let s = s.trim_start();
    let f = fold(s);
    let (lead, grounds) = [
        ("med utgangspunkt i ", false),
        ("med utgangspunkt fran ", false),
        ("med stod av ", false),
        ("utifran ", false),
        ("utover ", false),
        ("med ", true),
    ]
    .into_iter()
    .find(|(l, _)| f.starts_with(l))?;
    // Step by words: folding may change byte lengths.
    let lead_words = lead.split_whitespace().count();
    let ws: Vec<(usize, &str)> = s
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .collect();
    let &(at, _) = ws.get(lead_words)?;
    let rest = crate::re::part(s, at..);
    let l = self_reference(rest, kind, title)?;
    let mut after = crate::re::part(rest.trim_start(), l..);
    if grounds {
        // `med policyn som stöd/grund/utgångspunkt/underlag`.
        let a = fold(after.trim_start());
        let ground = [
            "som stod ",
            "som grund ",
            "som utgangspunkt ",
            "som underlag ",
        ]
        .into_iter()
        .find(|g| a.starts_with(g))?;
        let skip = ground.split_whitespace().count();
        let words: Vec<&str> = after.split_whitespace().collect();
        let first = words.get(skip)?;
        after = crate::re::part(after, after.find(first)?..);
    }
    // `, som reglerar …,`: a relative clause about this document.
    // (the reference may have taken its comma).
    let after = after.trim_start();
    let after = after.strip_prefix(',').unwrap_or(after).trim_start();
    let after = if fold(after).starts_with("som ") {
        crate::re::part(after, after.find(',')? + 1..).trim_start()
    } else {
        after
    };
    let mut words = after.split_whitespace();
    let verb = words.next()?;
    if !DRAWING_UP.contains(&fold(verb).as_str()) {
        return None;
    }
    let rest = crate::re::part(after, verb.len()..).trim_start();
    let mut object = rest;
    for w in rest.split_whitespace().take(3) {
        if !subject_or_particle(w) {
            break;
        }
        object = crate::re::part(object, w.len()..).trim_start();
    }
    let object = object.trim_end_matches(['.', ';', ':', ',']);
    if object.is_empty() || object.split_whitespace().count() > 25 {
        return None;
    }
    let other = crate::relation_companions::object_level(object)?;
    if other < own {
        return None;
    }
    let t = if object.starts_with(char::is_uppercase) && head_is_kind(object) {
        parse_citation(object)?
    } else {
        Target {
            description: Some(object.to_owned()),
            ..Target::default()
        }
    };
    Some(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::relations::relations_of as read;

    fn titles(text: &str, k: RelationKind) -> Vec<String> {
        read(text)
            .into_iter()
            .filter(|r| r.0 == k)
            .map(|r| r.1.or(r.2).unwrap_or_default())
            .collect()
    }

    /// Invented wording.
    #[test]
    fn a_pointer_to_another_document() {
        let text = "Riktlinjer för parker\n\nFör mer information hänvisas till gällande rutin för skötsel av parker beslutad av nämnden.\n\nVid frågor om arkiv (se gällande dokumenthanteringsplan) kontaktas registratorn.\n\nFör mer information se kommunens ”Rutin för parkskötsel”.\n";
        let got = read(text);
        let refs: Vec<_> = got
            .iter()
            .filter(|r| r.0 == RelationKind::References)
            .collect();
        assert_eq!(refs.len(), 3, "{got:?}");
        assert!(
            titles(text, RelationKind::References).contains(&"Rutin för parkskötsel".to_owned())
        );
        // No kind of document: a person, a handbook, a page's box, a law.
        for other in [
            "Policy för parker\n\nFör frågor hänvisas till kommunens dataskyddsombud.\n",
            "Policy för parker\n\nAnvisningar finns (se ekonomihandboken).\n",
            "Policy för parker\n\nPolicyn finns även som PDF-fil, se dokumentrutan.\n",
            // A part of this document (invented wording).
            "Regler för kön\n\nPlacering sker enligt köreglerna (se regler under punkt 4: köregler).\n",
            "Policy för parker\n\nFör övrigt hänvisas till socialtjänstlagen.\n",
        ] {
            assert!(
                titles(other, RelationKind::References).is_empty(),
                "{other}"
            );
        }
    }

    #[test]
    fn a_document_linked_to_others() {
        let text = "Riktlinjer för webbplatser i Norrby kommun\n\n\
            Dokumentet är kopplat till kommunens värdegrund och informationspolicy \
            liksom till vår skrivhandbok och rutiner för sms.\n";
        let got = titles(text, RelationKind::References);
        assert_eq!(
            got,
            [
                "värdegrund och informationspolicy",
                "vår skrivhandbok och rutiner för sms"
            ]
        );
        // Described, not titled: the first item names no document by its head.
        let rels = read(text);
        assert!(rels.iter().all(|r| r.1.is_none()));
        // Another subject, a thing that is no document, or a person: nothing.
        for other in [
            "Riktlinjer för webbplatser\n\nAvgiften är kopplad till kommunens taxa för bygglov.\n",
            "Riktlinjer för webbplatser\n\nDokumentet är kopplat till arbetet med sociala medier.\n",
            "Riktlinjer för webbplatser\n\nFunktionsbrevlådan är kopplad till en officiell adress.\n",
        ] {
            assert!(
                titles(other, RelationKind::References).is_empty(),
                "{other}"
            );
        }
    }

    /// Invented wording.
    #[test]
    fn a_document_drawn_up_from_others() {
        let text = "Plan för parker\n\n\
            Planen är utformad utifrån Parklagens krav och kommunens grönpolicy och plan.\n";
        // The organisation's own plan, in lower case: described.
        assert_eq!(
            read(text),
            [crate::relations::described(
                RelationKind::References,
                "grönpolicy och plan"
            )]
        );
        let text = "Riktlinjer för bad\n\n\
            Riktlinjer för bad är utformade med utgångspunkt från Norrby kommuns vision: Bada mera!\n";
        assert_eq!(
            titles(text, RelationKind::References),
            ["Norrby kommuns vision"]
        );
        // Not another subject's design, nor a ground naming no document.
        for other in [
            "Plan för parker\n\nLekplatsen är utformad utifrån kommunens grönpolicy.\n",
            "Plan för parker\n\nPlanen är utformad utifrån barnens behov.\n",
        ] {
            assert!(
                titles(other, RelationKind::References).is_empty(),
                "{other}"
            );
        }
    }

    #[test]
    fn governing_documents_listed() {
        let text = "Instruktion för användare\n\n\
            Styrande dokument för säkerhetsarbetet är våra Riktlinjer för informationssäkerhet \
            och instruktionerna Drift och Förvaltning.\n";
        assert_eq!(
            titles(text, RelationKind::Concretizes),
            ["Riktlinjer för informationssäkerhet"]
        );
        let text = "Riktlinjer för användare\n\n\
            Styrande dokument för arbetet med säkerhet i Norrby kommun är Policy för \
            säkerhet och IT samt Riktlinjer för Drift, Förvaltning och kontinuitet.\n";
        assert_eq!(
            titles(text, RelationKind::Concretizes),
            ["Policy för säkerhet och IT"]
        );
        // A document a verb relates too is read once.
        let text = "Instruktion för användare\n\n\
            Styrande dokument för IT-säkerhetsarbetet är IT-policyn samt instruktionerna. \
            Instruktionerna är en konkretisering av IT-policyn.\n";
        assert_eq!(titles(text, RelationKind::Concretizes), ["IT-policyn"]);
        // A policy listing guidelines below it, or its own level: nothing.
        let text = "Policy för säkerhet\n\n\
            Styrande dokument för arbetet är Policy för IT samt Riktlinjer för drift.\n";
        assert!(titles(text, RelationKind::Concretizes).is_empty());
    }

    #[test]
    fn documents_drawn_up_from_this_one() {
        let got = |t: &str| titles(t, RelationKind::ConcretizedBy);
        assert_eq!(
            got("Miljöpolicy för Norrby\n\nMed policyn som stöd upprättar \
                 kommunstyrelsen handlingsplaner för varje förvaltning.\n"),
            ["handlingsplaner för varje förvaltning"]
        );
        assert_eq!(
            got(
                "Finanspolicy för Norrby\n\nUtöver denna finanspolicy, som reglerar \
                 målen, beslutar kommunstyrelsen om mer specifika riktlinjer för placeringar.\n"
            ),
            ["mer specifika riktlinjer för placeringar"]
        );
        assert_eq!(
            got(
                "Biblioteksplan för Norrby\n\nUtifrån planen görs det årligen \
                 handlingsplaner för biblioteken.\n"
            ),
            ["handlingsplaner för biblioteken"]
        );
        // No document drawn up, a document above this one, another ground,
        // or the verb not right after the adverbial: nothing.
        for other in [
            "Miljöpolicy för Norrby\n\nMed policyn som stöd tar nämnderna fram egna mål.\n",
            "Riktlinjer för miljö\n\nMed riktlinjerna som stöd antar fullmäktige en ny policy.\n",
            "Miljöpolicy för Norrby\n\nMed lagen som stöd upprättar nämnden handlingsplaner.\n",
            "Miljöpolicy för Norrby\n\nUtifrån policyn ska nämnderna upprätta handlingsplaner.\n",
            "Riktlinjer för kameror\n\nUtifrån riktlinjerna fattas beslut om kameror.\n",
        ] {
            assert!(got(other).is_empty(), "{other}");
        }
    }

    #[test]
    fn governing_and_related_labels() {
        // A flattened table's run of labels (the recognizer on the line).
        let line = "Dokumentansvarig Övergripande dokument Säkerhetspolicy för Norrby region \
            Kontaktperson Version 2.0";
        let got: Vec<Option<String>> = governing(line, Some(&DocumentKind::Riktlinje), None)
            .into_iter()
            .map(|t| t.title)
            .collect();
        assert_eq!(got, [Some("Säkerhetspolicy för Norrby region".to_owned())]);
        // The same label in a policy: the policy is not below itself.
        assert!(governing(line, Some(&DocumentKind::Policy), None).is_empty());
        let text = "Anvisningar för distansarbete\n\n\
            Relaterade styrdokument: Norrby kommuns personalpolicy Sökord: distans\n";
        assert_eq!(
            titles(text, RelationKind::References),
            ["Norrby kommuns personalpolicy"]
        );
        // Without a colon (a table's run of labels) or empty: nothing.
        for other in [
            "Anvisningar för arkiv\n\nRelaterade styrdokument Arkivreglemente Föreskrifter\n",
            "Anvisningar för arkiv\n\nRelaterade styrdokument: Sökord: Plan för arkiv\n",
        ] {
            assert!(
                titles(other, RelationKind::References).is_empty(),
                "{other}"
            );
        }
    }
}
