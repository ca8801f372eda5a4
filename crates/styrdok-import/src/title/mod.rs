//! The title as the document names itself, when the line the title was read
//! from names it less fully: a web page's title (`Kommunikationspolicy`,
//! `lön och personalförmåner`, `Socialnämnden - reglemente`) above a
//! document that writes `Kommunikationspolicy för Tyresö kommun`, `Riktlinje
//! för lön och personalförmåner`, `Reglemente för Socialnämnden`; a page
//! note after the name (`, slutversion`, `(1 bilaga)`, `(Lysekil)`); and a
//! title printed after a letterhead, right above its adoption line.
//!
//! Every title returned is a slice of one line of the text.

use styrdok_core::DocumentKind;
use styrdok_core::text::{fold, tokens};

use crate::pre::Prepared;
use crate::structure::{ADOPTION_START, kind_label_line, kind_word, title_shaped};

mod around;
mod chrome;
mod fuller;
mod period;
#[cfg(test)]
mod tests;

pub(crate) use around::*;
pub(crate) use chrome::*;
pub(crate) use fuller::*;
pub(crate) use period::*;

/// How many lines below the title line the fuller name is looked for (a
/// front page and the start of the next, page-flattened or not).
const SEARCH_LINES: usize = 60;

/// Words a fuller name may add between the words of the shorter one
/// (`Riktlinjer [för roller och ansvar inom] informationssäkerhet …`).
const MAX_ADDED_WORDS: usize = 6;

/// Prepositions that join a kind word to the name (`Riktlinje för …`).
const KIND_JOINERS: [&str; 4] = ["for", "om", "kring", "vid"];

/// Possessive pronouns, folded, that make a following `styrdokument` the
/// whole name (`Våra styrdokument`).
const POSSESSIVES: [&str; 6] = ["vara", "var", "vart", "era", "deras", "sina"];

/// Words that make a run of words a clause, not a name.
const CLAUSE_WORDS: [&str; 12] = [
    "sidan",
    "sida",
    "ar",
    "ska",
    "skall",
    "har",
    "kan",
    "som",
    "bor",
    "galler",
    "beskriver",
    "finns",
];

/// A title without what names the page rather than the document: a
/// trailing version note (`Finanspolicy, slutversion`), an attachment count
/// or an organisation in brackets (`… kommun (1 bilaga)`, `… (Lysekil)`),
/// a trailing `Styrdokument` (`Arkivreglemente. Styrdokument`).
pub(crate) fn trim_page_notes(t: &str) -> &str {
    let mut t = t.trim();
    loop {
        let before = t;
        if let Some(open) = t.rfind(" (")
            && t.ends_with(')')
            && let Some(inside) = t.get(open + 2..t.len() - 1)
        {
            let words: Vec<&str> = inside.split_whitespace().collect();
            let attachments = matches!(words.as_slice(), [n, what]
                if n.chars().all(|c| c.is_ascii_digit()) && fold(what).starts_with("bilag"));
            let org = matches!(words.as_slice(), [name]
                if name.chars().next().is_some_and(char::is_uppercase)
                    && name.chars().all(|c| c.is_alphabetic() || c == '-')
                    && kind_word(name).is_none());
            if attachments || org {
                t = t.get(..open).unwrap_or(t).trim_end();
            }
        }
        for note in [
            ", slutversion",
            ", slutlig version",
            " - slutversion",
            ", reviderad version",
            ". styrdokument",
            " styrdokument",
        ] {
            let f = t.to_lowercase();
            // `Riktlinjer för styrdokument`, `kommunens styrdokument`: the
            // name's own word.
            // `Våra styrdokument`: a possessive alone before it.
            let owned = f
                .strip_suffix(note)
                .and_then(|b| b.split_whitespace().next_back())
                .is_some_and(|w| KIND_JOINERS.contains(&fold(w).as_str()) || w.ends_with('s'))
                || f.strip_suffix(note)
                    .is_some_and(|b| POSSESSIVES.contains(&fold(b).as_str()));
            if f.ends_with(note) && t.len() > note.len() + 2 && !owned {
                // The lower-cased text has the same byte length here:
                // every note is ASCII and matched at the end (when it does
                // not, the text is kept as it is).
                if let Some(head) = t.get(..t.len() - note.len()) {
                    t = head.trim_end();
                }
            }
        }
        // A status word run into the name (`Vägledning för X Reviderad`,
        // `Attestreglemente Reviderad Attestreglemente`): the name before it.
        if let Some(at) = t.match_indices(" Reviderad").map(|(i, _)| i).find(|&i| {
            t.get(i + " Reviderad".len()..)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace))
        }) && let Some(head) = t.get(..at)
        {
            t = head.trim_end();
        }
        t = trim_furniture(t);
        t = restated_once(t);
        t = before_kind_checklist(t);
        if t == before {
            return t;
        }
    }
}

/// A title with a form's list of document kinds run into it after the
/// name (`Riktlinjer för ärendehantering i Lindesbergs kommun Strategi
/// Plan/program Riktlinje Regler och instruktioner`, Lindesberg
/// `blind162/`: the template's boxes for the kind, one of them ticked in
/// the original): the name before the list. A list is three kind words or
/// more in a row (`/` and `och` between them); it must follow at least
/// three words of the name.
fn before_kind_checklist(t: &str) -> &str {
    let kindish = |w: &str| {
        w.split('/').all(|part| {
            let part = part.trim_matches(|c: char| !c.is_alphanumeric());
            DocumentKind::recognize(part)
                .is_some_and(|k| k != DocumentKind::Other && !matches!(k, DocumentKind::Custom(_)))
        })
    };
    // Each word with the byte offset where it starts.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut pos = 0;
    for w in t.split_whitespace() {
        let at = t
            .get(pos..)
            .and_then(|r| r.find(w))
            .map_or(pos, |i| i + pos);
        pos = at + w.len();
        words.push((at, w));
    }
    let mut run: Option<(usize, usize)> = None; // (first word's index, kind words)
    for (i, &(_, w)) in words.iter().enumerate() {
        run = if kindish(w) {
            let (start, n) = run.unwrap_or((i, 0));
            Some((start, n + 1))
        } else if fold(w) == "och" {
            run
        } else {
            None
        };
        if let Some((start, n)) = run
            && n >= 3
            && start >= 3
            && let Some(&(cut, _)) = words.get(start)
        {
            return t.get(..cut).map_or(t, str::trim_end);
        }
    }
    t
}

/// A name a title line writes twice, the second time from a capitalised
/// word: the restatement when it goes on from the first (`Reglemente för
/// patientnämnden Reglemente för patientnämnden i Region Norrby`) or is the
/// same name cleaner (`Kostpolitisk_plan_ Kostpolitisk plan`); the first
/// when the second is its head alone (`Riktlinjer för färdtjänst
/// Riktlinjer`) or behind an owner's genitive (`Regler för föreningsstöd
/// Fritidsnämndens regler för föreningsstöd`; the second when the genitive
/// ran on after the first: `REGLER FÖR FÖRENINGSSTÖD fritidsnämndens
/// REGLER för föreningsstöd`). Both parts name a kind.
fn restated_once(t: &str) -> &str {
    let norm = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == '_')
            .map(|w| fold(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')))
            .filter(|w| !w.is_empty())
            .collect()
    };
    let starts = t
        .char_indices()
        .filter(|&(i, c)| i > 0 && c.is_uppercase() && t.get(..i).is_some_and(|b| b.ends_with(' ')))
        .map(|(i, _)| i);
    for i in starts {
        let (Some(a), Some(b)) = (t.get(..i), t.get(i..)) else {
            continue;
        };
        let a = a.trim_end();
        let (fa, fb) = (norm(a), norm(b));
        if kind_word(&fa.join(" ")).is_none() || kind_word(&fb.join(" ")).is_none() {
            continue;
        }
        if fb.len() >= fa.len() && fb.starts_with(&fa) {
            return b;
        }
        // `Riktlinjer för färdtjänst Riktlinjer`: the head alone again.
        if fb.len() == 1 && fa.len() > 1 && fa.starts_with(&fb) {
            return a;
        }
        // `REGLER FÖR FÖRENINGSSTÖD fritidsnämndens REGLER för
        // föreningsstöd`: the owner's genitive of the restatement ran on
        // after the first.
        if fa.len() == fb.len() + 1
            && fa.starts_with(&fb)
            && fa.last().is_some_and(|w| w.ends_with('s'))
        {
            return b;
        }
        if fb.len() > fa.len()
            && fb.ends_with(&fa)
            && fb.len() == fa.len() + 1
            && fb.first().is_some_and(|w| w.ends_with('s'))
        {
            return a;
        }
    }
    t
}

/// `Punkt 9: ` opening a protocol's agenda item.
/// A page header's labels and page count before the name, their values
/// lost in extraction (`Datum Sida (9) Avgifter inom …`, Tibro `blind54/`;
/// `Sida 1(9) …`; a protocol's `Sammanträdesdatum Sida 25 (35) …`, its
/// label damaged by OCR, `Sammanträdesdalum`, Tranås `blind59/`): up to
/// two capitalised words before `Sida`.
static PAGE_HEADER: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    crate::re::compile(r"^(?:\p{Lu}\p{L}+\s+){0,2}Sida\s+\d{0,3}\s*\(\s*\d{1,3}\s*\)\s+(\p{Lu})")
});

static AGENDA_ITEM: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| crate::re::compile(r"^(?:Punkt|PUNKT)\s+\d{1,3}\s*[:.]\s+"));

/// A title without the page furniture a PDF's first line runs into it: a
/// page count (`Sida 1(15)`, `1( 36)`), a version (`VER 1.0`, `version 2`,
/// a bare `1.0`), a file number of digits and hyphens (`003-13`) at the
/// end; a letterhead after a full stop (`Riktlinjer för IT. NORRBY KOMMUN
/// Kansliet …`); a line that goes on after the organisation the name ends
/// with (`IT-strategi för Norrby stad Status Redovisas …`).
fn trim_furniture(t: &str) -> &str {
    let t = t.trim_end();
    // A statute collection's page header before the name (`NORRBY KOMMUNS
    // FÖRFATTNINGSSAMLING Regler för …`): the name starts at its kind word.
    if let Some(h) = t
        .split_whitespace()
        .find(|w| fold(w).starts_with("forfattningssamling"))
        .and_then(|w| t.find(w).map(|i| i + w.len()))
        && let Some(rest) = t.get(h..)
        && let Some((_, w)) = kind_word(rest)
        && w.starts_with(char::is_uppercase)
        && let Some(at) = rest.find(w)
        && let Some(name) = rest.get(at..)
    {
        return name;
    }
    // A letterhead run into the name: the organisation and one of its
    // bodies before a capitalised kind word (`Norrby kommun Socialnämnden
    // Riktlinjer för …`).
    if let Some(name) = after_body_letterhead(t).or_else(|| after_leading_body(t)) {
        return name;
    }
    // A download link's file type and size (`Riktlinjer för X.pdf Pdf,
    // 366.1 kB.`): the file's name before it, without its extension.
    if let Some(m) = crate::segment::download_link(t)
        && m.end == t.len()
        && t.get(..m.start)
            .is_some_and(|b| b.ends_with(char::is_whitespace))
    {
        let name = t.get(..m.start).unwrap_or(t).trim_end();
        let f = name.to_lowercase();
        let name = if f.ends_with(".pdf") {
            name.get(..name.len() - 4).unwrap_or(name)
        } else {
            name
        };
        return name.trim_end();
    }
    if let Some(name) = PAGE_HEADER
        .captures(t)
        .and_then(|c| c.get(1))
        .and_then(|m| t.get(m.start()..))
    {
        return name;
    }
    // An agenda item's number before the name, in a board's protocol
    // (`Punkt 9: Jämställdhetsplan 2017`, Göta Lejon `blind24/`; `§ 65
    // Rutin för …`, Region Jämtland Härjedalen `blind9/`, is read as a
    // paragraph heading): the name after it, when it names a kind.
    if let Some(rest) = AGENDA_ITEM.find(t).map(|m| t.get(m.end()..).unwrap_or(""))
        && (kind_word(rest).is_some() || crate::structure::other_kind_head(rest).is_some())
    {
        return rest;
    }
    // A proposal names the document it proposes (`Förslag till
    // Drogpolitiskt program …`, `Förslag till Avfallsföreskrifter …`).
    for p in ["Förslag till ", "FÖRSLAG TILL ", "Förslag: "] {
        if let Some(rest) = t.strip_prefix(p)
            && (kind_word(rest).is_some() || crate::structure::other_kind_head(rest).is_some())
        {
            return rest;
        }
    }
    // An adoption run into the title (`Policy för X Fastställd , 51
    // Beslutande …`): a capitalised participle ends the name.
    let participles = crate::lexicon::adoption_forms(true, false, false);
    let mut at = 0;
    for w in t.split_whitespace() {
        let start = t.get(at..).and_then(|r| r.find(w)).map_or(at, |i| at + i);
        at = start + w.len();
        if start > 0
            && w.starts_with(char::is_uppercase)
            && participles.iter().any(|p| fold(p) == fold(w))
            && kind_word(t.get(..start).unwrap_or("")).is_some()
        {
            return t.get(..start).unwrap_or(t).trim_end();
        }
    }
    // An adoption participle left at the end (`Policy för parker
    // antagen`): the adoption line's first word, not the name's.
    if let Some((head, last)) = t.rsplit_once(' ')
        && participles.iter().any(|p| fold(p) == fold(last))
        && kind_word(head).is_some()
    {
        return head.trim_end();
    }
    // A legend of kinds after the name (`Riktlinjer för upphandling och
    // inköp Strategi Program Plan Policy Riktlinjer Regler`, Botkyrka's
    // header, `blind100/`): the name before it.
    if let Some(head) = before_kind_legend(t) {
        return head;
    }
    // A web site's name after a dash (`Lösenordsanvisning - IT-centrum`,
    // `Mobiltelefoni, riktlinjer - Norrby`): one or two capitalised words
    // naming no kind, after a name that does.
    if let Some((head, tail)) = t.rsplit_once(" - ").or_else(|| t.rsplit_once(" – "))
        && let words = tail.split_whitespace().collect::<Vec<_>>()
        && (1..=2).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && kind_word(tail).is_none()
        && kind_word(head).is_some()
    {
        return head.trim_end();
    }
    let ws: Vec<(usize, &str)> = t
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - t.as_ptr() as usize, w))
        .collect();
    let cut = |at: usize| t.get(..at).unwrap_or(t).trim_end().trim_end_matches(',');
    let digitish = |w: &str| {
        w.chars().any(|c| c.is_ascii_digit())
            && w.chars().all(|c| c.is_ascii_digit() || "()-.".contains(c))
    };
    if let [.., (at, prev), (at_last, last)] = ws.as_slice()
        && ws.len() >= 3
    {
        let lp = fold(prev);
        // `Sida 1(15)`, `VER 1.0`, `version 2`.
        if ["sida", "ver", "ver.", "version", "v."].contains(&lp.as_str()) && digitish(last) {
            return cut(*at);
        }
        // `1( 36)`: a page count split by a space.
        if last.ends_with(')')
            && last
                .trim_end_matches(')')
                .chars()
                .all(|c| c.is_ascii_digit())
            && prev.ends_with('(')
            && prev
                .trim_end_matches('(')
                .chars()
                .all(|c| c.is_ascii_digit())
        {
            return cut(*at);
        }
        // `1(6)`: a page count run in after the name (Mölndal `blind2/`
        // split it `1( 36)`, Götene `blind16/` wrote it whole).
        if let Some((n, m)) = last.strip_suffix(')').and_then(|w| w.split_once('('))
            && (1..=3).contains(&n.len())
            && (1..=3).contains(&m.len())
            && n.chars().chain(m.chars()).all(|c| c.is_ascii_digit())
        {
            return cut(*at_last);
        }
    }
    // A dnr run in after the name (`Riktlinje för upphandling och inköp KS
    // 2013/0644`, Norrköping blind39) or the month and year it was written
    // (`Riktlinjer för små avloppsanläggningar april 2009`, Sundsvall
    // blind54): the name before it, when that names a kind.
    if let [.., (at, prev), (_, last)] = ws.as_slice()
        && ws.len() >= 3
        && kind_word(t.get(..*at).unwrap_or("")).is_some()
    {
        let digits = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit());
        let dnr = (1..=4).contains(&prev.chars().count())
            && prev.chars().all(char::is_uppercase)
            && last
                .split_once(['/', ':'])
                .is_some_and(|(y, n)| [2, 4].contains(&y.len()) && digits(y) && digits(n));
        let written = crate::lexicon::month(prev).is_some()
            && last.len() == 4
            && digits(last)
            && (last.starts_with("19") || last.starts_with("20"));
        if dnr || written {
            return cut(*at);
        }
    }
    // Where the first word `run_in` takes for furniture run in after the
    // name begins (`run_in` sees it and the word after it), when the words
    // before it name a kind.
    let name_ends_before = |from: usize, run_in: fn(&str, &str) -> bool| {
        ws.iter()
            .enumerate()
            .skip(from)
            .find_map(|(k, &(at, w))| {
                let next = ws.get(k + 1).map_or("", |(_, n)| *n);
                run_in(w, next).then_some(at)
            })
            .filter(|at| kind_word(t.get(..*at).unwrap_or("")).is_some())
    };
    // The number in the kommun's författningssamling, with its revision
    // (`REGLEMENTE FÖR BYGG- OCH MILJÖNÄMNDEN KFS 101 revision 00`, Sala
    // `blind117/`), or the first numbered heading (`Uthyrningspolicy 1.
    // Omfattning`, Uppsalahem blind38): the name before it.
    if let Some(at) = name_ends_before(2, |w, next| {
        w == "KFS" && next.starts_with(|c: char| c.is_ascii_digit())
    })
    .or_else(|| {
        name_ends_before(1, |w, next| {
            w == "1." && next.starts_with(char::is_uppercase)
        })
    }) {
        return cut(at);
    }
    // The first page's number run in after the organisation the name ends
    // with (`Riktlinjer för kameror i Norrby stad 1`).
    if let [.., (_, prev), (at, "1")] = ws.as_slice()
        && ws.len() >= 3
        && is_org_word(&fold(prev))
    {
        return cut(*at);
    }
    if let [.., (_, prev), (at, last)] = ws.as_slice()
        && ws.len() >= 3
        && digitish(last)
        && !last.starts_with('(')
        && last.contains(['-', '.'])
        && !KIND_JOINERS.contains(&fold(prev).as_str())
        && !["ar", "fran", "till"].contains(&fold(prev).as_str())
        && !is_year_span(last)
    {
        return cut(*at);
    }
    // A table of contents run into the name (`Informationssäkerhet 1
    // Inledning... 2 2 Mål …`): the name ends before its first entry.
    if t.contains("...")
        && let Some((at, _)) = ws.iter().enumerate().skip(1).find_map(|(k, (at, w))| {
            let next = ws.get(k + 1).map_or("", |(_, n)| *n);
            (*w == "1" && next.starts_with(char::is_uppercase)).then_some((*at, k))
        })
    {
        return cut(at);
    }
    // A diarienummer before the name (`KS 12/2020 Riktlinjer för …`).
    if let [(_, series), (_, number), (at, first), _, ..] = ws.as_slice()
        && (1..=4).contains(&series.chars().count())
        && series.chars().all(char::is_alphabetic)
        && number.split_once('/').is_some_and(|(a, b)| {
            [a, b]
                .iter()
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        })
        && kind_word(first).is_some()
    {
        return t.get(*at..).unwrap_or(t);
    }
    // A letterhead after a full stop: an all-caps run naming an
    // organisation.
    if let Some(stop) = t.find(". ")
        && let Some(rest) = t.get(stop + 2..)
    {
        let caps: Vec<&str> = rest
            .split_whitespace()
            .take_while(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && w.chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase)
            })
            .collect();
        if caps.iter().any(|w| is_org_word(&fold(w))) && stop > 0 {
            return t.get(..stop).unwrap_or(t);
        }
    }
    // `för Norrby kommun` and then capitalised words of something else.
    for (k, (_, w)) in ws.iter().enumerate() {
        let (Some((_, prep)), Some((_, name)), Some((next_at, next))) = (
            ws.get(k.wrapping_sub(2)),
            ws.get(k.wrapping_sub(1)),
            ws.get(k + 1),
        ) else {
            continue;
        };
        if ["kommun", "stad"].contains(&fold(w).as_str())
            && ["for", "i", "inom"].contains(&fold(prep).as_str())
            && name.starts_with(char::is_uppercase)
            && next.starts_with(char::is_uppercase)
            && next.chars().any(char::is_lowercase)
            && kind_word(next).is_none()
            && (ws.len() > k + 2
                // One word after: only a body's name (`Jämställdhetsplan
                // för Lindesbergs kommun Kommunfullmäktige`, `blind103/`).
                || (ws.len() == k + 2 && crate::draft::BodyRef::new(next).is_recognized()))
        {
            return cut(*next_at);
        }
    }
    t
}

/// The name after a letterhead that names the organisation and one of its
/// bodies (`Norrby kommun Socialnämnden Riktlinjer för …`): the words from
/// the capitalised kind word on, when the organisation opens the line, one
/// body follows it (or two capitalised words, the second a body: a
/// letterhead of two levels, or one the extraction garbled, `Timrå Kommun
/// SocialförvaltKommun Socialförvaltningen Riktlinjer för …`, `blind157/`)
/// and a name of two words or more follows the body.
fn after_body_letterhead(t: &str) -> Option<&str> {
    let ws: Vec<&str> = t.split_whitespace().take(6).collect();
    let org = ws
        .iter()
        .take(3)
        .position(|w| ["kommun", "stad", "region", "landsting"].contains(&fold(w).as_str()))?;
    let letterhead_word = |w: &str| w.starts_with(char::is_uppercase) && kind_word(w).is_none();
    let is_body = |w: &str| letterhead_word(w) && crate::draft::BodyRef::new(w).is_recognized();
    let kind_at = |k: &str| k.starts_with(char::is_uppercase) && kind_word(k).is_some();
    let (body, kind) = match (ws.get(org + 1), ws.get(org + 2), ws.get(org + 3)) {
        (Some(b), Some(k), _) if is_body(b) && kind_at(k) => (*b, *k),
        (Some(a), Some(b), Some(k)) if letterhead_word(a) && is_body(b) && kind_at(k) => (*b, *k),
        _ => return None,
    };
    let at = t.find(&format!("{body} {kind}"))? + body.len() + 1;
    let name = t.get(at..)?;
    (name.split_whitespace().count() >= 2).then_some(name)
}

/// The name after a letterhead that opens with one of the organisation's
/// bodies (`Stadsbyggnadskontoret Skyltpolicy Hässleholms kommun 2013`,
/// `blind122/`; `Folkhälsoenheten Skaraborg Götene kommun Folkhälsoplan`,
/// `blind49/`; `Socialförvaltningen Handlingsplan …`), after a page label
/// if one comes first (`Sida1`): the words from the capitalised kind word
/// on, when the body is one word and at most the organisation's name
/// (ending in `kommun`, `stad`, `region`) stands between.
fn after_leading_body(t: &str) -> Option<&str> {
    let clean = |w: &str| w.trim_end_matches(['.', ',']).to_owned();
    let mut ws = t.split_whitespace().peekable();
    if ws.peek().is_some_and(|w| {
        let f = fold(&clean(w));
        f.strip_prefix("sida")
            .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
    }) {
        ws.next();
    }
    let body = clean(ws.next()?);
    // In lower case only before a kind word in capitals (`folkhälsorådet
    // TOBAKSPOLICY En tobaksfri kommun`, Klippan `blind133/`).
    let lower = !body.starts_with(char::is_uppercase);
    // Not a genitive (`Regionstyrelsens riktlinjer för …` is the name).
    // In lower case, a body's name the vocabulary may not know (a council,
    // `…rådet`): one definite noun, checked with the kind word below.
    let definite_noun = lower
        && body.chars().count() >= 6
        && body.chars().all(char::is_alphabetic)
        && ["et", "en", "na"].iter().any(|e| body.ends_with(e));
    let is_body = body.starts_with(char::is_alphabetic)
        && !body.ends_with(['s', 'S'])
        && body.split('-').count() == 1
        && kind_word(&body).is_none()
        && (definite_noun || crate::draft::BodyRef::new(&body).is_recognized());
    if !is_body {
        return None;
    }
    let rest: Vec<String> = ws.take(5).map(clean).collect();
    let k = rest
        .iter()
        .position(|w| w.starts_with(char::is_uppercase) && kind_word(w).is_some())?;
    // Nothing between the body and the kind word, or the organisation's
    // name ending right before it.
    let org_before = k == 0
        || rest
            .get(k - 1)
            .is_some_and(|w| ["kommun", "stad", "region"].contains(&fold(w).as_str()));
    let caps = |w: &String| w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
    let kind = rest
        .get(k)
        .filter(|w| org_before && (!lower || (k == 0 && caps(w))))?;
    let at = t.find(body.as_str())? + body.len();
    let after = t.get(at..)?;
    let k = after.find(kind.as_str())?;
    after.get(k..)
}

/// The name a web page's title line begins with when the line goes on
/// after a full stop or ends with one (`Riktlinjer för skolskjuts.
/// Skolskjutsreglemente Norrby kommun.`, `Webbpolicy. Bilaga: …`): the
/// first sentence, when it names a kind (not a bare kind label such as
/// `RIKTLINJER.`) and is no clause. A kind outside the built-in ones counts
/// when the name opens with it ([`crate::structure::other_kind_head`]): a
/// document store's page titles `FÖRBUNDSORDNING FÖR KOMMUNALFÖRBUNDET …
/// .` (Fjärde storstadsregionen, `blind21/`) and `VATTEN- OCH
/// AVLOPPSTAXA FÖR … KOMMUN. 1.1 Fastigheterna …` (Grästorp, `blind30/`)
/// so; a bare head noun (`Föreskrifter.`) does not.
/// Whether `fuller` is `name` with prepositions or conjunctions added
/// (`Riktlinjer för enskilda avlopp` for `Riktlinjer enskilda avlopp`):
/// the same words in the same order otherwise, folded.
pub(crate) fn same_name_fuller(name: &str, fuller: &str) -> bool {
    const LINKS: [&str; 8] = ["for", "och", "i", "om", "av", "till", "med", "inom"];
    let content = |t: &str| -> Vec<String> {
        tokens(t)
            .map(|w| w.folded())
            .filter(|w| !LINKS.contains(&w.as_str()))
            .collect()
    };
    let (n, f) = (content(name), content(fuller));
    !n.is_empty() && n == f && tokens(fuller).count() > tokens(name).count()
}

pub(crate) fn first_sentence_name(t: &str) -> Option<&str> {
    let head = match t.find(". ") {
        Some(i) => t.get(..i)?,
        None => t.trim_end().strip_suffix('.')?,
    };
    let clause = words(head).iter().any(|w| {
        CLAUSE_WORDS.contains(&w.folded.as_str())
            && !head.get(w.start..w.end).is_some_and(year_noun)
    });
    // Not a bare head noun (`Föreskrifter. Avfallshantering. …`,
    // Trelleborg `blind8/`: the name is not the first sentence).
    let other = crate::structure::other_kind_head(head).is_some() && head.contains(' ');
    let named = kind_word(head).is_some() || other;
    (named && kind_label_line(head).is_none() && !clause && title_shaped(head)).then_some(head)
}
