//! The fuller name a document writes for itself further down, and the
//! organisation around it.

use super::*;

/// One word of a line: its folded form, its byte range, and where the
/// whitespace-separated word it is part of starts (`IT` and `policy` of
/// `IT-policy` share it).
pub(super) struct Word {
    pub(super) folded: String,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) word_start: usize,
}

pub(super) fn words(s: &str) -> Vec<Word> {
    tokens(s)
        .map(|t| {
            let before = s.get(..t.start).unwrap_or("");
            let word_start = before
                .char_indices()
                .rfind(|(_, c)| c.is_whitespace())
                .map_or(0, |(i, c)| i + c.len_utf8());
            Word {
                folded: t.folded(),
                start: t.start,
                end: t.end,
                word_start,
            }
        })
        .collect()
}

/// The name's words, in the order a fuller name must contain them. A
/// trailing page number (`… enheter 1`) is not part of the name; an
/// inverted name (`Socialnämnden - reglemente`, `Elektronisk kommunikation,
/// riktlinjer`) is looked for in its plain order (`reglemente för
/// socialnämnden`).
pub(super) fn wanted(t: &str) -> Vec<String> {
    let mut w: Vec<String> = words(t).into_iter().map(|w| w.folded).collect();
    if w.len() > 1
        && w.last()
            .is_some_and(|l| l.len() <= 2 && l.chars().all(|c| c.is_ascii_digit()))
    {
        w.pop();
    }
    for sep in [" - ", " – ", ", "] {
        if let Some((name, kind)) = t.rsplit_once(sep)
            && kind_label_line(kind).is_some()
            && !name.contains(sep)
        {
            let mut plain = vec![fold(kind), "for".to_owned()];
            plain.extend(words(name).into_iter().map(|w| w.folded));
            return plain;
        }
    }
    w
}

/// The fuller name a line below the title gives the document, with the
/// line's index: the first run of words that holds the title's words in
/// order with a few more between or around them — a kind word before
/// (`Riktlinje för` + the title), the organisation after (`för Tyresö
/// kommun`). `t` is the title as read; `after` the title's last line;
/// `raw` the title line before cleaning (an organisation cut from it is
/// not added back).
pub(crate) fn fuller(
    p: &Prepared<'_>,
    consumed: &[bool],
    after: usize,
    t: &str,
    raw: &str,
) -> Option<(usize, String)> {
    let want = wanted(t);
    // An inverted name found in its plain order is a different writing.
    let inverted = want.get(1).is_some_and(|w| w == "for") && !fold(t).contains(" for ");
    if want.is_empty() || want.len() > 14 {
        return None;
    }
    let title_has_kind = kind_word(t).is_some();
    // A kind outside the vocabulary (`Renhållningsföreskrifter`) is
    // completed only by its organisation (`för Säffle och Åmåls kommuner`).
    let other_kind = crate::structure::other_kind_head(t).is_some();
    let title_has_org = words(raw).iter().any(|w| is_org_word(&w.folded));
    // The line just below a web title may restate the name in other words
    // (`Strategi för it` / `It-strategi för Mjölby kommun 2017-2020.`).
    if let Some(found) = restated_below(p, consumed, after, t, &want) {
        return Some(found);
    }
    // Only a web page's title is a page's name for the document; in a
    // document's own text a longer name further down may be another
    // document's (`ersätter Miljöpolicy för X kommun`). An inverted name
    // (`Socialnämnden - reglemente`) is a page's name wherever it stands.
    if !(p.web_page || p.head_chrome || inverted) {
        return None;
    }
    let places = organisation_places(p);
    for j in (after + 1..p.lines.len()).take(SEARCH_LINES) {
        if consumed.get(j).copied().unwrap_or(false) {
            continue;
        }
        let line = p.lines.get(j).map_or("", |l| l.text.as_str());
        let ws = words(line);
        let last = want.last()?;
        for (b, wb) in ws.iter().enumerate() {
            // The name's last noun may be definite after a preposition
            // (`… torghandel` / `… för torghandeln i Bodens kommun`, Boden
            // `blind43/`).
            let definite = ["n", "en", "et"]
                .iter()
                .any(|e| wb.folded.strip_suffix(e) == Some(last.as_str()));
            if wb.folded != *last && !definite {
                continue;
            }
            let mut want_here = want.clone();
            if let Some(l) = want_here.last_mut() {
                l.clone_from(&wb.folded);
            }
            let Some(a) = match_back(&ws, b, &want_here) else {
                continue;
            };
            let mut start = ws.get(a).map_or(0, |w| w.word_start);
            let mut extended = false;
            // `Riktlinje för` before a name that names no kind.
            if !title_has_kind
                && let (Some(kw), Some(joiner)) =
                    (ws.get(a.wrapping_sub(2)), ws.get(a.wrapping_sub(1)))
                && KIND_JOINERS.contains(&joiner.folded.as_str())
                && kind_word(line.get(kw.word_start..kw.end).unwrap_or("")).is_some()
            {
                start = kw.word_start;
                extended = true;
            }
            let mut end = wb.end;
            let mut org_added = false;
            // `för Tyresö kommun` after a name that names no organisation.
            if !title_has_org && let Some(e) = organisation_after(line, &ws, b, &places) {
                end = e;
                extended = true;
                org_added = true;
            }
            // A title cut after its preposition (`Normer och riktlinjer
            // för`): the words after it, to the end of the clause.
            if KIND_JOINERS.contains(&last.as_str())
                && let Some(e) = clause_end(line, &ws, b)
            {
                end = e;
                extended = true;
            }
            // `Tyresö kommuns` before a name that names no organisation,
            // where the name ends there (a heading, or a name and a full
            // stop): a sentence opening with it (`Norrby kommuns policy
            // anger …`) is the text's mention.
            let mut owned = false;
            // (Under a site's head alone, not on a web page, the owner
            // before the name restates the same name: `Norrby kommuns
            // båtpolicy. Antagen …`.)
            if !title_has_org
                && p.web_page
                && let Some(o) = owner_before(line, &ws, a)
                && line.get(end..).is_some_and(|r| {
                    let r = r.trim_start();
                    r.is_empty()
                        || r.starts_with(['.', ':', ';'])
                        || r.starts_with(char::is_uppercase)
                })
            {
                start = o;
                extended = true;
                owned = true;
            }
            // Not a document the line cites (`ersätter Riktlinjer för …`).
            if start_word(&ws, start)
                .and_then(|k| ws.get(k.wrapping_sub(1)))
                .is_some_and(|w| CITING_WORDS.contains(&w.folded.as_str()))
            {
                continue;
            }
            let span = line.get(start..end).unwrap_or("");
            // A letterhead in capitals before the name (`NORRBY KOMMUN
            // KOMMUNSTYRELSEN Riktlinjer för …`) adds nothing to it.
            let lettered = without_caps_letterhead(span);
            if !owned && lettered.len() < span.len() && fold(lettered) == fold(t) {
                continue;
            }
            // More words than the title's, articles aside.
            let article = |w: &&Word| ["en", "ett"].contains(&w.folded.as_str());
            let span_words = ws
                .get(a..=b)
                .map_or(0, |r| r.iter().filter(|w| !article(w)).count());
            let added = span_words
                > want
                    .iter()
                    .filter(|w| !["en", "ett"].contains(&w.as_str()))
                    .count();
            if !(added || extended || inverted) || !name_shaped(span) {
                continue;
            }
            if !title_has_kind && kind_word(span).is_none() && !(other_kind && org_added && !owned)
            {
                continue;
            }
            return Some((j, span.to_owned()));
        }
    }
    None
}

/// A name without a run of two or more all-capital words before it (a
/// letterhead: `NORRBY KOMMUN KOMMUNSTYRELSEN Riktlinjer för …`).
pub(super) fn without_caps_letterhead(span: &str) -> &str {
    let caps = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    };
    let mut n = 0;
    let mut rest = span;
    while let Some((w, r)) = rest.trim_start().split_once(' ')
        && caps(w)
    {
        n += 1;
        rest = r;
    }
    if n >= 2 && rest.trim_start().starts_with(char::is_uppercase) {
        rest.trim_start()
    } else {
        span
    }
}

/// The end of the words after word `b` up to a full stop, comma or colon
/// (at most [`MAX_ADDED_WORDS`], none a clause word): the rest of a name
/// whose title was cut after a preposition.
pub(super) fn clause_end(line: &str, ws: &[Word], b: usize) -> Option<usize> {
    for (k, w) in ws.iter().enumerate().skip(b + 1).take(MAX_ADDED_WORDS) {
        if CLAUSE_WORDS.contains(&w.folded.as_str()) {
            return None;
        }
        let next = ws.get(k + 1).map_or(line.len(), |n| n.start);
        let between = line.get(w.end..next).unwrap_or("");
        if between.contains(['.', ',', ':', ';']) || k + 1 == ws.len() {
            return Some(w.end);
        }
    }
    None
}

/// Words before a name that make it a cited document's (`Tillägg:
/// Riktlinjer för …`, a front page's label of an attached document).
pub(super) const CITING_WORDS: [&str; 15] = [
    "tillagg",
    "bilaga",
    "dessa",
    "denna",
    "detta",
    "ersatter",
    "kompletterar",
    "upphaver",
    "enligt",
    "se",
    "tidigare",
    "av",
    "med",
    "till",
    "och",
];

/// The index of the word starting at byte `start`.
pub(super) fn start_word(ws: &[Word], start: usize) -> Option<usize> {
    ws.iter()
        .position(|w| w.word_start == start || w.start == start)
}

/// The start of the shortest run of words ending at `b` that holds `want`
/// in order, adding at most [`MAX_ADDED_WORDS`] clause-free words, none of
/// them a word of the name itself (four letters or more).
pub(super) fn match_back(ws: &[Word], b: usize, want: &[String]) -> Option<usize> {
    let mut k = want.len();
    let mut i = b + 1;
    let lowest = (b + 1).saturating_sub(want.len() + MAX_ADDED_WORDS);
    while k > 0 {
        if i == lowest {
            return None;
        }
        i -= 1;
        let w = ws.get(i)?.folded.as_str();
        if Some(w) == want.get(k - 1).map(String::as_str) {
            k -= 1;
        } else if CLAUSE_WORDS.contains(&w)
            || w.chars().all(|c| c.is_ascii_digit())
            || (w.chars().count() >= 4 && want.iter().any(|x| x == w))
        {
            // A clause, a table of contents' page number, or a word of the
            // name itself between its words: two mentions run together
            // (`Policy för upplåtelse av offentlig plats Upplåtelse av
            // offentlig plats möjliggör …`, Luleå `blind127/`; `Plan för
            // offentlig belysning, finns för belysning`, Piteå).
            return None;
        }
    }
    Some(i)
}

/// Words that continue a name on the next line of a web title whose line
/// breaks became full stops (`Handlingsprogram. Enligt lag om …`).
pub(super) const CONTINUES: [&str; 12] = [
    "enligt", "for", "mot", "om", "i", "till", "och", "&", "med", "vid", "inom", "kring",
];

/// Words a name never ends with: a part of a web title ending with one
/// was cut by a line break (`… användning av. Sociala medier …`).
pub(super) const ENDS_OPEN: [&str; 13] = [
    "av", "for", "mot", "om", "i", "till", "och", "med", "vid", "inom", "kring", "pa", "enligt",
];

/// A web page's title whose line breaks extraction turned into full stops
/// (`Norrby kommun. Dokumenthanteringsplan. för Kommunstyrelsen`,
/// `Föreningsbidrag. & Regler. Norrby kommun …`): the name without the
/// organisation before it, its parts joined while the next part continues
/// it (a lower-case word or a joining word), read where the text writes it
/// without the full stops (the document's first page). A name with no kind
/// word (`Kontorshandboken. för Norrby kommun`) only where a line opens with
/// it (the first page's heading), not inside running text. The line and the
/// name as that line writes it; none when the text does not hold it.
pub(crate) fn unbroken(p: &Prepared<'_>, t: &str) -> Option<(usize, String)> {
    if !t.contains(". ") {
        return None;
    }
    let parts: Vec<&str> = t
        .split(". ")
        .map(|x| x.trim().trim_end_matches('.').trim())
        .collect();
    let org_only = |x: &str| {
        let ws: Vec<String> = x.split_whitespace().map(fold).collect();
        ws.len() <= 4 && ws.iter().any(|w| is_org_word(w)) && kind_word(x).is_none()
    };
    let mut rest = parts.iter().skip_while(|x| org_only(x));
    let mut name = (*rest.next()?).to_owned();
    let mut joined = false;
    for x in rest {
        let first = x.split_whitespace().next().unwrap_or("");
        // A part cut after its preposition (`Strategi för användning av.
        // Sociala medier …`) goes on in the next.
        let open = name
            .split_whitespace()
            .next_back()
            .is_some_and(|w| ENDS_OPEN.contains(&fold(w).as_str()));
        // A kind word alone, then the organisation's possessive and the
        // name's topic (`Finanspolicy. Norrby kommuns samlade verksamhet`).
        let owner = name.split_whitespace().count() == 1
            && kind_word(&name).is_some()
            && x.split_whitespace().count() >= 3
            && x.split_whitespace()
                .nth(1)
                .is_some_and(|w| ["kommuns", "stads", "regions"].contains(&fold(w).as_str()))
            && first.starts_with(char::is_uppercase);
        if first.starts_with(char::is_lowercase)
            || CONTINUES.contains(&fold(first).as_str())
            || open
            || owner
        {
            name.push(' ');
            name.push_str(x);
            joined = true;
        } else {
            break;
        }
    }
    if !joined {
        return joined_where_a_line_opens_with_it(p, &parts);
    }
    let kind_named = kind_word(&name).is_some();
    let want = name.to_lowercase();
    p.lines.iter().enumerate().find_map(|(j, l)| {
        let lower = l.text.to_lowercase();
        let at = lower.find(&want).filter(|&at| kind_named || at == 0)?;
        // The same bytes in the original case (lower-casing kept the
        // length here, or the slice is not taken).
        (lower.len() == l.text.len())
            .then(|| l.text.get(at..at + want.len()))
            .flatten()
            .map(|x| (j, x.to_owned()))
    })
}

/// A web title whose every line break became a full stop, each part
/// opening with a capital (`ABVA. Allmänna bestämmelser för …`,
/// `Delegationsreglemente. Kommunstyrelsen`, `Föreningsbidrag.
/// Ungdomsverksamhet`: Ljusdal `blind13/`, Krokom `blind47/`, Skövde
/// `blind27/`): all its parts joined, only where a line of the text opens
/// with the joined name (the document's first page, after a page or file
/// number such as `00013`) and the name ends a word there. The text writing
/// it joined is what tells a broken name from a name and a subtitle
/// (`Installationsregler. Härnösand Elnät. Förtydliganden …` is written
/// in another order on its first page and stays as it is).
pub(super) fn joined_where_a_line_opens_with_it(
    p: &Prepared<'_>,
    parts: &[&str],
) -> Option<(usize, String)> {
    if parts.len() < 2 || parts.iter().any(|x| x.is_empty()) {
        return None;
    }
    let want = parts.join(" ").to_lowercase();
    p.lines.iter().enumerate().find_map(|(j, l)| {
        let lower = l.text.to_lowercase();
        if lower.len() != l.text.len() {
            return None;
        }
        // A page or file number before the name (`00013 Föreningsbidrag …`).
        let at = lower.len()
            - lower
                .trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace())
                .len();
        let end = at + want.len();
        let rest = lower.get(at..)?;
        let ends_word = lower
            .get(end..)
            .is_some_and(|r| r.chars().next().is_none_or(|c| !c.is_alphanumeric()));
        (rest.starts_with(&want) && ends_word)
            .then(|| l.text.get(at..end))
            .flatten()
            .map(|x| (j, x.to_owned()))
    })
}

pub(super) fn is_org_word(w: &str) -> bool {
    matches!(
        w,
        "kommun"
            | "kommuns"
            | "stad"
            | "stads"
            | "kommunkoncern"
            | "kommunkoncernen"
            | "region"
            | "regionen"
            | "landsting"
            | "landstinget"
            | "regionforbundet"
            | "kommunforbund"
    )
}

/// The end of `för|i|inom <organisation>` right after word `b`:
/// capitalised words ending in `kommun`/`stad`/`kommunkoncern`/`län`
/// (`för Tyresö kommun`), or `Region|Regionförbundet|Landstinget` and one
/// capitalised name (`för Regionförbundet Sörmland`); organisations
/// coordinated with `och` are one (`för Säffle och Åmåls kommuner`,
/// `för Arvika kommun och Arvika kommunkoncern`). The preposition is
/// written in lower case (or the name in capitals, `FÖR NACKA KOMMUN`):
/// `I Umeå tätort finns …` after a name opens the next sentence (Umeå,
/// `blind11/`).
pub(super) fn organisation_after(
    line: &str,
    ws: &[Word],
    b: usize,
    places: &[String],
) -> Option<usize> {
    let prep = ws.get(b + 1)?;
    let written = |w: &Word| line.get(w.start..w.end).unwrap_or("");
    let all_caps = |w: &Word| written(w).chars().all(|c| !c.is_lowercase());
    if !["for", "i", "inom"].contains(&prep.folded.as_str())
        || (written(prep).starts_with(char::is_uppercase) && !ws.get(b + 2).is_some_and(all_caps))
    {
        return None;
    }
    let last = organisation_at(line, ws, b + 2, places)?;
    // `… kommun och Arvika kommunkoncern`: a second organisation joined.
    let last = ws
        .get(last + 1)
        .filter(|w| w.folded == "och")
        .and_then(|_| organisation_at(line, ws, last + 2, places))
        .unwrap_or(last);
    ws.get(last).map(|w| w.end)
}

/// The index of the last word of an organisation's name starting at word
/// `i` (see [`organisation_after`]).
pub(super) fn organisation_at(
    line: &str,
    ws: &[Word],
    i: usize,
    places: &[String],
) -> Option<usize> {
    let capital = |w: &Word| {
        line.get(w.start..)
            .is_some_and(|s| s.starts_with(char::is_uppercase))
    };
    let first = ws.get(i)?;
    if !capital(first) {
        return None;
    }
    if [
        "region",
        "regionforbundet",
        "landstinget",
        "kommunforbundet",
    ]
    .contains(&first.folded.as_str())
    {
        let name = ws.get(i + 1)?;
        let between = line.get(first.end..name.start).unwrap_or("x");
        return (capital(name) && between.trim().is_empty()).then_some(i + 1);
    }
    let mut coordinated = false;
    for (k, w) in ws.iter().enumerate().skip(i + 1).take(4) {
        if ["kommun", "stad", "kommunkoncern", "lan"].contains(&w.folded.as_str())
            || (coordinated && w.folded == "kommuner")
        {
            return Some(k);
        }
        // `Säffle och Åmåls kommuner`: places joined before one plural.
        if w.folded == "och" && !coordinated {
            coordinated = true;
            continue;
        }
        if !capital(w) {
            break;
        }
    }
    // The place alone (`i Norrby`) where the text names the organisation
    // by it elsewhere (`Norrby kommun`).
    places.contains(&first.folded).then_some(i)
}

/// The places the text names an organisation by (`Norrby` of `Norrby
/// kommun`, `Norrby stad`): a capitalised word right before `kommun` or
/// `stad`.
pub(super) fn organisation_places(p: &Prepared<'_>) -> Vec<String> {
    let mut places = Vec::new();
    for l in &p.lines {
        let ws = words(&l.text);
        for pair in ws.windows(2) {
            if let [name, org] = pair
                && ["kommun", "stad"].contains(&org.folded.as_str())
                && l.text
                    .get(name.start..)
                    .is_some_and(|s| s.starts_with(char::is_uppercase))
                && name.folded.len() > 2
                && !places.contains(&name.folded)
            {
                places.push(name.folded.clone());
            }
        }
    }
    places
}

/// The start of an organisation's possessive right before word `a`
/// (`Norrby kommuns` + the name): a capitalised place, then
/// `kommuns|stads|regions`.
pub(super) fn owner_before(line: &str, ws: &[Word], a: usize) -> Option<usize> {
    let own = ws.get(a.checked_sub(1)?)?;
    let place = ws.get(a.checked_sub(2)?)?;
    let capital = line
        .get(place.start..)
        .is_some_and(|s| s.starts_with(char::is_uppercase));
    let adjacent = line
        .get(place.end..own.start)
        .is_some_and(|x| x.trim().is_empty())
        && line
            .get(own.end..ws.get(a)?.start)
            .is_some_and(|x| x.trim().is_empty());
    (["kommuns", "stads", "regions"].contains(&own.folded.as_str()) && capital && adjacent)
        .then_some(place.word_start)
}

/// Whether a run of words reads as a name: title-shaped, no sentence
/// inside, no label.
pub(super) fn name_shaped(span: &str) -> bool {
    title_shaped(span)
        && !span.contains(". ")
        && !span.contains(':')
        && span.split_whitespace().count() >= 2
}

/// The line right below a web page's title when it names the same kind of
/// document with all the title's words and more, as a name ending in a
/// full stop before the adoption (`It-strategi för Mjölby kommun 2017-2020.`
/// under `Strategi för it`). A title naming no kind is restated by a name
/// naming one (`Markanvisning` / `Riktlinjer för markanvisning.` / `Antaget
/// av …`, Arvika `blind7/` and `blind21/`), and the adoption may follow on
/// the name's own line (`Skolskjutsreglemente för Mullsjö kommun. Antaget
/// av …`, Mullsjö `blind21/`).
pub(super) fn restated_below(
    p: &Prepared<'_>,
    consumed: &[bool],
    after: usize,
    t: &str,
    want: &[String],
) -> Option<(usize, String)> {
    let kind = kind_word(t).map(|(k, _)| k);
    let text = |j: usize| p.lines.get(j).map_or("", |l| l.text.as_str());
    // Below a site's head the first line is the heading the page prints.
    if (0..after).any(|j| !text(j).is_empty()) {
        return None;
    }
    let j = (after + 1..p.lines.len()).find(|&j| !text(j).is_empty())?;
    if consumed.get(j).copied().unwrap_or(false) {
        return None;
    }
    // A letterhead in capitals before the name adds nothing to it
    // (`NORRBY KOMMUN KOMMUNSTYRELSEN Riktlinjer för …`).
    let line = text(j);
    let (name, adopts_inline) = match line.split_once(". ") {
        Some((name, rest)) if ADOPTION_START.is_match(rest) => (name, true),
        _ => (line, false),
    };
    let cand = without_caps_letterhead(crate::structure::clean_title(
        name.trim_end_matches('.').trim_end(),
    ));
    let has: Vec<String> = words(cand).into_iter().map(|w| w.folded).collect();
    let adopts = adopts_inline
        || (j + 1..p.lines.len())
            .find(|&k| !text(k).is_empty())
            .is_some_and(|k| ADOPTION_START.is_match(text(k)));
    let same_kind =
        kind_word(cand).is_some_and(|(k, _)| kind.as_ref().is_none_or(|kind| &k == kind));
    // A title naming no kind stands in the name as one run of words (not
    // `Ersättning till förtroendevalda` in `Bestämmelser om ersättning till
    // politiskt förtroendevalda …`, Arvika `blind26/`: another wording).
    let held = if kind.is_some() {
        want.iter().all(|w| has.contains(w))
    } else {
        has.windows(want.len()).any(|r| r == want)
    };
    // Below a site's head, the owner alone before the title (`Mullsjö
    // kommuns lönepolicy.` under the page heading `Lönepolicy`, Mullsjö
    // `real/`) restates the page's name.
    let owner_only = p.head_chrome
        && has.ends_with(want)
        && has
            .len()
            .checked_sub(want.len() + 1)
            .and_then(|i| has.get(i))
            .is_some_and(|w| ["kommuns", "stads", "regions", "landstings"].contains(&w.as_str()));
    (adopts && has.len() > want.len() && held && !owner_only && same_kind && name_shaped(cand))
        .then(|| (j, cand.to_owned()))
}
