//! Lines that are no name: page chrome, labels, captions, sentences,
//! menus of kinds, running text.

use super::*;

/// Finite verbs that make four words or more a sentence, not a name.
const SENTENCE_VERBS: [&str; 6] = ["är", "ska", "skall", "kan", "bör", "gäller"];

/// What a document does in a sentence about it (`Planen omfattar …`).
const DOCUMENT_VERBS: [&str; 5] = ["har", "syftar", "omfattar", "beskriver", "innehåller"];

/// Whether a word is the noun `år` (year), which folds to `ar` as the verb
/// `är` does: `… riktat till barn i åldrarna 1-5 år` (Malmö `blind81/`) is
/// a name, not a clause. (`ar` as written, its mark lost, is still the
/// verb.)
pub(crate) fn year_noun(written: &str) -> bool {
    written.to_lowercase() == "år"
}

/// Whether a line is a web page's pointer to its links (`Avfallsföreskrifter
/// och hämtningsanvisningar hittar du nedan`, `Här hittar du …`: Jönköping,
/// Vaggeryd, Borås, Nyköping, Avfall & Återvinning Skaraborg; no spent
/// truth's title says `hittar du`): no name, even with a kind word in it.
pub(crate) fn pointer_line(t: &str) -> bool {
    let f = fold(t);
    f.contains("hittar du") || f.contains("du hittar")
}

/// Whether a first line is page chrome rather than a name: a metadata
/// label run inside it (`Giltigt fr.o.m: tills vidare Org: …`), or a
/// statute collection's page header naming no kind (`Kommunal
/// författningssamling`, `Norrby kommuns 1:24 Författningssamling 1(5)`).
pub(crate) fn is_chrome_title(t: &str) -> bool {
    let f = fold(t);
    let labelled = f
        .split_whitespace()
        .any(|w| w.ends_with(':') && w.len() > 2 && !f.ends_with(w));
    // A name cut off mid-phrase (`Illustration över våra`): no name.
    let cut_off = f.split_whitespace().count() > 1
        && f.split_whitespace().next_back().is_some_and(|w| {
            [
                "for", "av", "till", "med", "pa", "i", "om", "och", "eller", "vara", "var", "vart",
                "den", "det", "de", "en", "ett",
            ]
            .contains(&w)
        });
    // A name ending in a lone letter or digit (`Norrby läns landsting 1
    // O`), or a long run with no kind (a table row): no name either.
    let stray_end = f.split_whitespace().count() > 1
        && f.split_whitespace()
            .next_back()
            .is_some_and(|w| w.chars().count() == 1);
    let long = f.split_whitespace().count() >= 10
        && f.split_whitespace()
            .any(|w| w.chars().all(|c| c.is_ascii_digit()));
    // An image's caption (`Illustration över våra styrdokument`, `Foto:
    // …`): no name.
    let caption = f
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| crate::lexicon::CAPTION_STARTS.contains(&w));
    // A web page's button or label alone (`Download`, `Transkript`), or a
    // line made only of a site head's buttons (`Stäng` under a letterhead
    // the title reading skipped, Lidköping `blind120/`; `Kommentera
    // image/svg+xml Skriv ut`, Bromölla `blind121/`).
    let button = crate::lexicon::BUTTON_TITLES
        .contains(&f.trim_matches(|c: char| c == '"' || c.is_whitespace()))
        || crate::segment::is_head_chrome(&f);
    // A metadata label alone (`Datum`, Bengtsfors `blind96/`): a table's
    // header cell, not the name.
    let label_alone = crate::lexicon::label(f.trim_end_matches(':').trim()).is_some();
    // A sentence, not a name (`Det är viktigt med allmänhetens förtroende`):
    // a finite verb among four words or more (not the year noun).
    let sentence = f.split_whitespace().count() >= 4
        && t.split_whitespace().any(|w| {
            let folded = fold(w);
            SENTENCE_VERBS.iter().any(|v| fold(v) == folded) && !year_noun(w)
        });
    // A sentence about a document, its kind word first and a finite verb
    // after it (`Tillgänglighetsprogrammet är skrivet av …`, a colophon,
    // Malmö `blind145/`; `Planen ska stödja …`): no name, kind word or not.
    let about_a_document = {
        let mut ws = t.split_whitespace();
        // Not folded: `år` (a year, `Attestreglementet år 2013`, Habo
        // `blind70/`) is no `är`.
        ws.next()
            .is_some_and(|w| styrdok_core::DocumentKind::recognize_compound(w).is_some())
            && ws.next().is_some_and(|w| {
                let w = w.to_lowercase();
                SENTENCE_VERBS.contains(&w.as_str()) || DOCUMENT_VERBS.contains(&w.as_str())
            })
    };
    // A run of metadata labels with no value (`Datum Beteckning/Dnr`, a
    // flattened table's header row, Vaggeryd `blind144/`).
    let labels_only = labels_run(&f);
    // A page count left open at the end (`Norrby kommun Sammanträdesprotokoll
    // 18 (28`): a page header.
    let page_count = f.split_whitespace().next_back().is_some_and(|w| {
        w.strip_prefix('(')
            .map(|n| n.strip_suffix(')').unwrap_or(n))
            .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    });
    pointer_line(t)
        || about_a_document
        || (labelled
            || caption
            || cut_off
            || stray_end
            || long
            || button
            || label_alone
            || labels_only
            || sentence
            || page_count
            || f.contains("forfattningssamling"))
            && kind_word(t).is_none()
        || kind_menu(t)
}

/// Whether folded `f` is two or more metadata labels and nothing else
/// (`datum beteckning/dnr`): each label of up to four words, the longest
/// first, a colon after it allowed.
pub(super) fn labels_run(f: &str) -> bool {
    let ws: Vec<&str> = f.split_whitespace().collect();
    let mut i = 0;
    let mut labels = 0;
    'words: while i < ws.len() {
        for n in (1..=4).rev() {
            let Some(cand) = ws.get(i..i + n) else {
                continue;
            };
            if crate::lexicon::label(cand.join(" ").trim_end_matches(':')).is_some() {
                i += n;
                labels += 1;
                continue 'words;
            }
        }
        return false;
    }
    labels >= 2
}

/// Whether a line opens with three or more words that are each a
/// different document kind (`Strategi Program Plan Policy Riktlinjer`): a
/// site's menu or a legend of kinds, not a name.
pub(super) fn kind_menu(t: &str) -> bool {
    distinct_kinds(
        t.split(|c: char| c.is_whitespace() || c == ',' || c == '.')
            .filter(|w| !w.is_empty()),
    ) >= 3
}

/// How many words from the start of `words` are each a document kind, no
/// kind twice: the length of a menu or legend of kinds.
pub(super) fn distinct_kinds<'a>(words: impl Iterator<Item = &'a str>) -> usize {
    let mut kinds = Vec::new();
    for w in words {
        match styrdok_core::DocumentKind::recognize_compound(w.trim_end_matches('.')) {
            Some(k) if !kinds.contains(&k) => kinds.push(k),
            _ => break,
        }
    }
    kinds.len()
}

/// The name before a legend of three or more different kinds ending it
/// (`… Strategi Program Plan Policy Riktlinjer Regler`), when the name
/// itself names a kind.
pub(super) fn before_kind_legend(t: &str) -> Option<&str> {
    let words: Vec<&str> = t.split_whitespace().collect();
    let n = distinct_kinds(words.iter().rev().copied());
    let first = words.len().checked_sub(n).and_then(|k| words.get(k))?;
    let start = first.as_ptr() as usize - t.as_ptr() as usize;
    let head = t.get(..start)?.trim_end();
    (n >= 3 && kind_word(head).is_some()).then_some(head)
}

/// Whether the words before a kind word are all kinds of a menu
/// (`>> Strategi Program Plan Policy Riktlinjer` before `Regler …`), so
/// that kind word is the menu's last.
pub(super) fn menu_before(prefix: &str) -> bool {
    let words: Vec<&str> = prefix
        .trim_start_matches(['>', ' '])
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    words.len() >= 2
        && words
            .iter()
            .all(|w| styrdok_core::DocumentKind::recognize_compound(w).is_some())
        && kind_menu(prefix.trim_start_matches(['>', ' ']))
}

/// Whether a line is running text, a sentence or more (`Varje förbund styrs
/// av en rad dokument och lagar.`): on a web page, the heading above it is
/// what the text is about, and a document named further down (a section's
/// `Handlingsprogrammet`, a link's `Reglemente för …`) is not the page's
/// title.
pub(crate) fn running_text(t: &str) -> bool {
    let t = t.trim_end();
    // A page flattened into one line (`1 ARBOGA KOMMUN … Riktlinjer f. …`)
    // is not a sentence: it ends with one.
    t.split_whitespace().count() >= 8 && t.ends_with(['.', '!', '?', ':'])
}
