//! Forms of relation sentences beyond the plain `<this document> ersätter
//! X` that [`crate::relations::scan`] reads: who the subject is when it is
//! not the first words (a demonstrative with another kind word, an inverted
//! order after an adverbial, a subject after `att`, a verb written as a
//! label in the middle of a flattened line), and whether a passive sentence
//! about another document (`X upphävs härmed`, `X upphör att gälla när denna
//! policy antas`) is tied to this document at all. Each returns `None` or
//! `false` when unsure: a relation not read is better than one invented.

use styrdok_core::DocumentKind;
use styrdok_core::text::fold;

use crate::structure::self_ref_len;

/// Folded words that may stand between a demonstrative and the kind word
/// and keep it this document (`Denna nya IT-plan`, `Detta reviderade
/// program`).
const NOW_WORDS: [&str; 8] = [
    "nya",
    "nu",
    "antagna",
    "reviderade",
    "uppdaterade",
    "omarbetade",
    "faststallda",
    "beslutade",
];

/// `Denna IT-plan`, `Detta reviderade program`: a singular demonstrative
/// (not `den`/`det`, which also point back to another document, nor
/// `dessa`, which often points back to documents just named: `… kompletteras
/// av riktlinjer. Dessa riktlinjer …`) with a document kind word names the
/// document that writes it, whatever kind it was read as (a strategy
/// calling itself a plan). The byte length of the reference.
pub(crate) fn demonstrative_self(s: &str) -> Option<usize> {
    let s = s.trim_start();
    let lead = s.len() - s.trim_start().len();
    let mut ws = words(s);
    let (_, first) = ws.next()?;
    if !["denna", "detta"].contains(&fold(first).as_str()) {
        return None;
    }
    let mut next = ws.next()?;
    for _ in 0..2 {
        if NOW_WORDS.contains(&fold(next.1).as_str()) {
            next = ws.next()?;
        }
    }
    let (at, w) = next;
    let w = w.trim_end_matches([',', ':']);
    let f = fold(w);
    (DocumentKind::recognize_compound(w).is_some()
        || f.starts_with("dokument")
        || f.starts_with("styrdokument"))
    .then_some(lead + at + w.len())
}

/// Words with their byte offsets.
fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

/// A reference to this document at the start of `s`: the reading the rest
/// of the importer shares ([`self_ref_len`]), or a demonstrative with any
/// kind word ([`demonstrative_self`]).
pub(crate) fn self_reference(
    s: &str,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) -> Option<usize> {
    self_ref_len(s, kind, title).or_else(|| demonstrative_self(s))
}

/// Folded adverbials that tie what a sentence says to the decision on this
/// document (`Härmed upphävs …`, `X upphör därmed att gälla`, `I och med
/// detta beslut …`, `Från och med 2021-01-01 ersätter …`).
const LINKS: [&str; 10] = [
    "harmed",
    "darmed",
    "samtidigt",
    "harigenom",
    "darigenom",
    "i och med",
    "i samband med",
    "fran och med",
    "fr.o.m",
    "genom detta beslut",
];

fn starts_with_link(f: &str) -> bool {
    LINKS.iter().any(|l| {
        f.strip_prefix(l)
            .is_some_and(|r| r.is_empty() || r.starts_with([' ', ',', '.']))
    })
}

/// Whether the text before a relation verb is only an adverbial, so the
/// subject follows the verb (`Härmed ersätter denna policy …`, `Från och
/// med 1 januari 2021 upphäver detta reglemente …`): empty, or a link
/// adverbial of at most eight words naming no document.
pub(crate) fn adverbial_only(before: &str) -> bool {
    let b = before.trim().trim_end_matches(',');
    let f = fold(b);
    f.is_empty()
        || (starts_with_link(&f)
            && f.split_whitespace().count() <= 8
            && !b.split_whitespace().any(|w| {
                DocumentKind::recognize_compound(w.trim_matches(|c: char| !c.is_alphanumeric()))
                    .is_some()
            }))
}

/// `X härmed`, `Samtidigt X`: the document without the link adverbials
/// around it.
pub(crate) fn without_links(s: &str) -> &str {
    let mut s = s.trim();
    loop {
        let f = fold(s);
        let Some(l) = LINKS.iter().find(|l| {
            f.strip_prefix(*l)
                .is_some_and(|r| r.starts_with([' ', ',']))
        }) else {
            break;
        };
        // The folded link has as many bytes as written unless a letter
        // changed length; then keep the text.
        match s.get(l.len()..) {
            Some(r) if s.get(..l.len()).is_some_and(|h| fold(h) == *l) => {
                s = r.trim_start_matches([',', ' ']);
            }
            _ => break,
        }
    }
    for l in LINKS {
        let f = fold(s);
        if let Some(head) = f.strip_suffix(l)
            && head.ends_with(' ')
            && let Some(h) = s.get(..head.len())
        {
            s = h.trim_end().trim_end_matches(',');
        }
    }
    s
}

/// Whether a sentence about another document (`X upphävs`, `X upphör att
/// gälla`) is tied to this one: a link adverbial after the verb (`X
/// upphävs härmed`), or a reference to this document after it (`… när
/// denna policy antas`, `… i och med att riktlinjerna fastställs`).
pub(crate) fn tied_to_this(after: &str, kind: Option<&DocumentKind>, title: Option<&str>) -> bool {
    let f = fold(after);
    if f.split_whitespace().take(3).any(|w| {
        LINKS
            .iter()
            .any(|l| !l.contains(' ') && w.trim_end_matches([',', '.']) == *l)
    }) || f.contains("i och med") && f.contains("beslut")
    {
        return true;
    }
    words(after).any(|(at, _)| self_reference(after.get(at..).unwrap_or(""), kind, title).is_some())
}

/// `Observera att dessa riktlinjer kan behövas …`, `Det innebär att den
/// nya policyn ersätter …`: the subject after the last `att` of the text
/// before the verb, when a reference to this document starts there.
pub(crate) fn subject_after_att(
    before: &str,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) -> bool {
    let Some(i) = fold(before).rfind(" att ") else {
        return false;
    };
    // Folding keeps byte offsets for the ASCII `att`; a changed letter
    // before it makes the slice miss and the reading abstain.
    let rest = before.get(i + 5..).unwrap_or("");
    self_reference(rest, kind, title)
        .is_some_and(|l| rest.get(l..).unwrap_or("").split_whitespace().count() <= 4)
}

/// `… Fastställd av nämnden Ersätter Riktlinje Skolskjuts i X kommun.`:
/// a capitalised relation verb in the middle of a flattened metadata line,
/// followed by a cited document (a capitalised kind word, or `beslut`), is
/// a label about this document. So is one opening a sentence (`… gäller
/// från 2020. Ersätter tidigare riktlinjer för X.`: a Swedish statement
/// does not open with its verb), its object a lower-case word too. A table
/// header (`Sida Ersätter Utbytt den`) is not: its next word names no
/// document.
pub(crate) fn label_in_line(verb_as_written: &str, before: &str, after: &str) -> bool {
    let capital = verb_as_written.starts_with(char::is_uppercase)
        && verb_as_written.chars().skip(1).all(char::is_lowercase);
    let b = before.trim_end();
    let next = after.split_whitespace().next().unwrap_or("");
    let names_document = next.starts_with(char::is_uppercase)
        && (DocumentKind::recognize_compound(next.trim_end_matches([',', ':'])).is_some()
            || fold(next).starts_with("beslut"));
    let opens_sentence = b.is_empty() && next.starts_with(char::is_lowercase);
    capital && !b.ends_with(['.', ':', '!', '?']) && (names_document || opens_sentence)
}

/// Folded words before an infinitive relation verb that make it an intent
/// not yet carried out (`Programmet kommer att ersätta …`, `avses
/// komplettera`); `ska ersätta` is the document's own statement.
pub(crate) fn announces(before: &str) -> bool {
    let f = fold(before.trim_end());
    ["kommer att", "avses", "planeras", "foreslas", "avser att"]
        .iter()
        .any(|w| f.ends_with(&format!(" {w}")))
}

/// `I den mån inte annat föreskrivs i detta reglemente gäller
/// bestämmelserna i X`, `Utöver detta reglemente gäller även
/// bestämmelserna i X`: a sentence naming this document whose rules are
/// completed by another's; the reference to this document anywhere before
/// the verb.
pub(crate) fn completed_by_rules_of(
    before: &str,
    kind: Option<&DocumentKind>,
    title: Option<&str>,
) -> bool {
    words(before).any(|(at, w)| {
        ["detta", "denna"].contains(&fold(w).as_str())
            && self_ref_len(before.get(at..).unwrap_or(""), kind, title).is_some()
    })
}

/// `X upphör att gälla`: the words after `upphör` that make it a repeal
/// (link adverbials may stand between), and where the object ends when
/// the subject follows the verb (`Samtidigt upphör X att gälla`).
pub(crate) fn ceases_to_apply(after: &str) -> Option<usize> {
    CEASES.find(after).map(|m| m.start())
}

static CEASES: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| crate::re::compile(r"(?i)\batt\s+gälla\b"));

/// Folded relation phrases added in the fifth round whose object must name
/// a document (see `relations::scan`).
pub(crate) const NEW_PHRASES: [&str; 19] = [
    "galler bestammelserna i",
    "galler aven bestammelserna i",
    "galler ocksa bestammelserna i",
    "ersatta",
    "upphava",
    "komplettera",
    "ersatte",
    "har ersatt",
    "galler i stallet for",
    "galler istallet for",
    "trader i stallet for",
    "som ett komplement till",
    "som komplement till",
    "ar en komplettering till",
    "ar en komplettering av",
    "utgor en komplettering till",
    "utgor en komplettering av",
    "ar ett tillagg till",
    "utgor ett tillagg till",
];

/// `3. Regionfullmäktige upphäver …`, `Kommunstyrelsen ersätter …`: a
/// body (numbered or not) as the subject of `upphäver`/`ersätter`, as in a
/// decision's points.
pub(crate) fn body_decision(before: &str, verb: &str) -> bool {
    let mut b = before
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ')')
        .trim();
    // "Kommunfullmäktige beslutar att upphäva …": the infinitive after
    // the body's decision verb.
    if ["ersatta", "upphava"].contains(&verb) {
        let f = fold(b);
        let Some(n) = [" beslutar att", " beslutade att", " foreslas besluta att"]
            .iter()
            .find(|e| f.ends_with(*e))
            .map(|e| e.split_whitespace().count())
        else {
            return false;
        };
        // The body: the words before the decision verb's `n` words.
        let ws: Vec<(usize, &str)> = words(b).collect();
        b = match ws.len().checked_sub(n).and_then(|k| ws.get(k)) {
            Some(&(at, _)) => b.get(..at).unwrap_or("").trim_end(),
            None => return false,
        };
    }
    ["ersatter", "upphaver", "ersatta", "upphava"].contains(&verb)
        && !b.is_empty()
        && b.split_whitespace().count() <= 4
        && b.starts_with(char::is_uppercase)
        && crate::draft::classify_body(b).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demonstratives_with_any_kind_word() {
        assert_eq!(demonstrative_self("Denna IT-plan ersätter"), Some(13));
        assert!(demonstrative_self("Detta reviderade program gäller").is_some());
        assert!(demonstrative_self("Dessa riktlinjer kan").is_none());
        assert!(demonstrative_self("Denna fråga").is_none());
        assert!(demonstrative_self("Den plan som").is_none());
    }

    #[test]
    fn adverbials_before_an_inverted_subject() {
        assert!(adverbial_only("Härmed"));
        assert!(adverbial_only("Från och med den 1 januari 2021,"));
        assert!(adverbial_only(""));
        assert!(!adverbial_only("Riktlinjer för resor"));
        assert!(!adverbial_only("Samtidigt med policyn"));
        assert_eq!(
            without_links("Samtidigt Regler för e-post"),
            "Regler för e-post"
        );
        assert_eq!(
            without_links("Regler för e-post härmed"),
            "Regler för e-post"
        );
    }

    #[test]
    fn ties_to_this_document() {
        assert!(tied_to_this(" härmed.", None, None));
        assert!(tied_to_this(
            " att gälla när denna policy antas",
            None,
            None
        ));
        assert!(!tied_to_this(" att gälla 2025-12-31", None, None));
        assert!(subject_after_att(
            "Observera att dessa riktlinjer kan behövas",
            None,
            None
        ));
        assert!(!subject_after_att("Nämnden beslutade att", None, None));
    }

    #[test]
    fn a_verb_as_a_label_mid_line() {
        assert!(label_in_line(
            "Ersätter",
            "Fastställd av nämnden",
            " Riktlinje Resor i Norrby kommun."
        ));
        assert!(!label_in_line("Ersätter", "Sida", " Utbytt den Sign"));
        assert!(!label_in_line("ersätter", "Policyn", " Riktlinje för X"));
        assert!(!label_in_line("Ersätter", "Avtal.", " Riktlinje för X"));
        assert!(label_in_line("Ersätter", "", " tidigare riktlinjer för X."));
        assert!(label_in_line("Upphäver", "", " Regler för X."));
        assert!(!label_in_line("Ersätter", "", " Utbytt den"));
        assert_eq!(ceases_to_apply(" Regler för X att gälla."), Some(15));
        assert!(body_decision("3. Regionfullmäktige", "upphaver"));
        assert!(body_decision("Kommunstyrelsen", "ersatter"));
        assert!(!body_decision("Policyn", "ersatter"));
        assert!(!body_decision("Kommunstyrelsen", "kompletterar"));
        assert!(body_decision("Kommunfullmäktige beslutar att", "upphava"));
        assert!(!body_decision("Kommunfullmäktige", "upphava"));
        assert!(completed_by_rules_of(
            "I den mån inte annat föreskrivs i detta reglemente",
            None,
            None
        ));
        assert!(!completed_by_rules_of("För nämnden", None, None));
    }
}
