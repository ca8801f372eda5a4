//! Duties: who is responsible for what.
//!
//! Forms, each with a subject at the start of the sentence that
//! [`styrdok_core::BodyKind::classify`] recognizes (a body, a unit, an
//! official, or a coordination of them such as "Nämnder och styrelser"), or
//! a functional role ("Informationssäkerhetssamordnaren", "Varje
//! medarbetare", with no body kind):
//!
//! - a lead-in `X ansvarar för att:` / `X svarar för att:` / `X ansvarar
//!   vidare för att:` / `X är ansvariga för att:` followed by bullets: one
//!   duty per bullet (a wrapped bullet is one duty);
//! - inline `X ansvarar för (att) Y`, `X svarar för (att) Y`, `X har (det
//!   strategiska) ansvar(et) för Y`, `X är ansvarig(a) för att Y`, `X är
//!   ägare av Y`, `X ska ansvara för Y`, `X ska svara för Y`, `X ska Y`,
//!   `X:s uppdrag är att Y`, and a bare present tense of coordinating verbs (`X samordnar …`,
//!   `X leder …`, `X utövar …`).
//!
//! A coordinated subject ("Förvaltningschefer och bolagschefer") gives one
//! duty whose body lists both as members.

use std::sync::LazyLock;

use regex::Regex;

use crate::collect::Src;
use crate::draft::{BodyRef, Duty};
use crate::structure::{Unit, UnitKind, sentences};

static DUTY: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"^(?P<subj>\p{Lu}[^,;:()]{1,70}?)\s+(?:[–-]\s+)?(?P<phrase>(?:[Aa]nsvarar|[Ss]varar)(?:\s+(?:vidare|också|även|dessutom|särskilt|främst|ytterst))?\s+för(?:\s+att)?|har\s+(?:\S+\s+){0,3}?ansvar(?:et)?\s+för(?:\s+att)?|är\s+(?:ytterst\s+|även\s+|också\s+|huvudansvarig\s+|övergripande\s+)?ansvarig[a]?\s+för(?:\s+att)?|bär\s+(?:\S+\s+){0,2}?ansvar(?:et)?\s+för(?:\s+att)?|är\s+ägare?\s+(?:av|till)|(?:ska|skall)\s+(?:ansvara|svara)\s+för(?:\s+att)?|skall|ska|samordnar|leder|utövar|beslutar\s+om)\b\s*(?P<rest>.*)$",
    )
});
/// "Det är samtliga chefers ansvar att informera …": the holder in the
/// genitive after "Det är".
static OWN_RESPONSIBILITY: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"^Det\s+är\s+(?P<subj>\p{L}[\p{L} -]{1,40}?)s\s+(?P<phrase>(?:\p{L}+\s+)?ansvar\s+(?:att|för))\s+(?P<rest>.*)$",
    )
});
static MISSION: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"^(?P<subj>\p{Lu}[^,;:()]{1,60}?)s\s+(?P<phrase>uppdrag\s+är\s+att)\s+(?P<rest>.*)$",
    )
});

/// "Vidare ska bolaget beakta …", "I delägarskap med … ska kommunen verka
/// för …": a fronted adverbial, then `ska`/`skall`, then a one-word holder
/// in lower case and the duty (Vara `real/`, Vellinge `blind3/`, Götene
/// `blind16/`, Borgholm Energi Elnät `blind19/`, Malung-Sälen `blind25/`:
/// each truth takes the word after `ska` as the holder); or `ansvarar`/
/// `svarar`, the holder and `för` (`Under höjd beredskap ansvarar
/// kommunstyrelsen för …`, Härjedalen `blind15/`).
static INVERTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"^(?P<front>\p{Lu}[^;:]{1,160}?)\s+(?P<phrase>ska|skall|ansvarar|svarar)\s+(?P<subj>\p{Ll}[\p{L}-]{2,40})\s+(?P<rest>\p{Ll}.*)$",
    )
});

/// Words that never occur inside a body's name: a subject containing one is
/// a clause ("IT-programmet kompletteras genom att kommunfullmäktige"), not a
/// name.
const SUBJECT_STOP: [&str; 30] = [
    "hur",
    "vad",
    "vilka",
    "vilken",
    "då",
    "så",
    "att",
    "är",
    "som",
    "inom",
    "vid",
    "genom",
    "för",
    "av",
    "till",
    "med",
    "på",
    "i",
    "om",
    "enligt",
    "under",
    "har",
    "kan",
    "får",
    "bör",
    "ska",
    "skall",
    "kompletteras",
    "blir",
    "när",
];

const BARE_VERBS: [&str; 4] = ["samordnar", "leder", "utövar", "beslutar om"];

/// "Regionstyrelsen är arkivmyndighet och ansvarar för …": a subject with a
/// coordinated description before the responsibility phrase.
static COORDINATED: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::compile(
        r"^(?P<subj>\p{Lu}[^,;:()]{1,40}?)\s+(?:är|har)\s+[^,;:.]{1,60}?\s+och\s+(?P<tail>(?:ansvarar|svarar)\b.*)$",
    )
});

/// Words that begin a sentence without naming anyone who can hold a duty.
const NOT_HOLDERS: [&str; 16] = [
    "alla", "var", "vi", "ingen", "den", "det", "de", "denna", "detta", "dessa", "man", "du", "ni",
    "hon", "han", "varje",
];

/// Whether a one-word subject the vocabularies do not know can still hold a
/// duty stated with an explicit responsibility phrase ("Registrator
/// ansvarar för …", "Räddningstjänsten ansvarar för …"): a capitalised noun
/// that is not a pronoun and not a document ("Policyn").
fn unknown_holder(subj: &str) -> bool {
    let words: Vec<&str> = subj.split_whitespace().collect();
    let [w] = words.as_slice() else {
        return false;
    };
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && w.chars().count() >= 4
        && !NOT_HOLDERS.contains(&styrdok_core::text::fold(w).as_str())
        && crate::structure::kind_word(w).is_none()
        && !styrdok_core::text::fold(w).starts_with("dokument")
        && !styrdok_core::text::fold(w).starts_with("styrdokument")
}

/// The subject without a heading that page-flattened text ran into it
/// ("Upphandlingsenhetens ansvar Upphandlingsenheten", "Personalpolitik 2
/// Socialnämnden", "Ansvarsfördelning Kommunstyrelsen", "Uppföljning
/// Kommunstyrelsen"): from the last capitalised word after a paragraph
/// number, a heading word of responsibility, or a capitalised verbal noun
/// in `-ning` (a section's heading, not a holder's name).
fn after_run_in_heading(subj: &str) -> &str {
    let subj = once_if_doubled(subj);
    let words: Vec<&str> = subj.split_whitespace().collect();
    let heading_word = |w: &str| {
        let f = styrdok_core::text::fold(w);
        w.chars().all(|c| c.is_ascii_digit())
            || f.ends_with("ansvar")
            || (w.starts_with(char::is_uppercase) && f.ends_with("ning") && f.chars().count() >= 8)
    };
    for (i, w) in words.iter().enumerate().rev() {
        if i > 0
            && w.starts_with(char::is_uppercase)
            && words.get(..i).is_some_and(|h| {
                h.iter().enumerate().any(|(k, x)| {
                    // A name joined by `&` (`Avfall & Återvinning Skaraborg`,
                    // `Barn & Utbildning`) is no heading.
                    heading_word(x) && !(k > 0 && h.get(k - 1) == Some(&"&"))
                })
            })
            && let Some(at) = subj.rfind(w)
        {
            return subj.get(at..).unwrap_or(subj);
        }
    }
    subj
}

/// The holder's name once where a section heading that is the same name
/// ran into the sentence's first words (`Nämnderna Nämnderna har ansvaret
/// …`, `Nämnder och bolagsstyrelser Nämnder och bolagsstyrelser har …`:
/// Region Skåne and Ystad `blind21/`, whose truths name the holder once):
/// the last words of the subject when the same words stand just before
/// them.
fn once_if_doubled(subj: &str) -> &str {
    // Each word with the byte offset it starts at, so the tail is cut at
    // its own first word (not at a later word spelt the same).
    let words: Vec<(usize, &str)> = subj
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - subj.as_ptr() as usize, w))
        .collect();
    let n = words.len();
    let same = |a: &str, b: &str| styrdok_core::text::fold(a) == styrdok_core::text::fold(b);
    for k in (1..=n / 2).rev() {
        let (Some(head), Some(tail)) = (words.get(n - 2 * k..n - k), words.get(n - k..)) else {
            continue;
        };
        if head.iter().zip(tail).all(|(a, b)| same(a.1, b.1))
            && let Some(&(at, _)) = tail.first()
        {
            return subj.get(at..).unwrap_or(subj).trim();
        }
    }
    subj
}

/// The duty's text without `se till att` (`ska se till att X` is the duty
/// X), and what the phrase's object is when the sentence names one before
/// it (`i sin egenskap av chef … se till att dessa …`).
fn without_see_to_it(rest: &str) -> &str {
    let lower = rest.to_lowercase();
    match lower.find("se till att ") {
        Some(i)
            if lower
                .get(..i)
                .is_some_and(|b| b.split_whitespace().count() <= 10) =>
        {
            rest.get(i + "se till att ".len()..).unwrap_or(rest)
        }
        _ => rest,
    }
}

/// Whether what follows a responsibility phrase before a colon leaves the
/// list below to name the duties (`ansvarar för att:`, `ansvarar för
/// följande:`), rather than naming its own object (`ansvarar för
/// myndighetsutövning inom följande ansvarsområde:`, whose list is of areas).
fn list_names_duties(rest_clean: &str) -> bool {
    let f = styrdok_core::text::fold(rest_clean);
    f.is_empty()
        || ["foljande", "bland annat", "bl.a", "nedan", "bland andra"]
            .iter()
            .any(|p| f.starts_with(p))
}

/// A duty statement at the start of a sentence: (body, phrase, rest).
fn duty_head(s: &str) -> Option<(BodyRef, String, String)> {
    let s = s.trim();
    // A reglemente's paragraph number before the holder (`2 § Nämnden
    // ansvarar också för:`, Härjedalen `blind117/`), with a phrase of
    // responsibility: after a paragraph number a bare `ska` is as often a
    // bolagsordning's or a reglemente's article (`§ 3 Bolaget ska bereda
    // …`, `Nämnden ska inom sitt verksamhetsområde följa …`) that the
    // truths hold no duty.
    let number = crate::statements::sentence::paragraph_number_len(s);
    if number > 0 {
        let found = duty_head_coordinated(s.get(number..)?)?;
        return (!bare_phrase(&found.1)).then_some(found);
    }
    duty_head_coordinated(s)
}

/// [`duty_head`] of a sentence with no paragraph number before it.
fn duty_head_coordinated(s: &str) -> Option<(BodyRef, String, String)> {
    if let Some(c) = COORDINATED.captures(s)
        && let (Some(subj), Some(tail)) = (c.name("subj"), c.name("tail"))
        && let Some(found) = duty_head_plain(&format!("{} {}", subj.as_str(), tail.as_str()))
    {
        return Some(found);
    }
    duty_head_plain(s)
}

/// Whether a duty's phrase is a bare modal or verb (`ska`, `skall`,
/// [`BARE_VERBS`]) rather than a phrase of responsibility.
fn bare_phrase(phrase: &str) -> bool {
    let p = phrase.to_lowercase();
    matches!(p.as_str(), "ska" | "skall") || BARE_VERBS.contains(&p.as_str())
}

/// A holder named with a quantifier ("Varje myndighet", "Samtliga chefer",
/// "Varje nämnd och varje verksamhet"): a duty when a phrase of
/// responsibility states it.
fn quantified_holder(subj: &str) -> bool {
    let words: Vec<String> = subj
        .split_whitespace()
        .map(styrdok_core::text::fold)
        .collect();
    words
        .first()
        .is_some_and(|w| ["varje", "samtliga"].contains(&w.as_str()))
        && (2..=6).contains(&words.len())
        && subj
            .split_whitespace()
            .skip(1)
            .all(|w| w.starts_with(char::is_lowercase))
}

fn duty_head_plain(s: &str) -> Option<(BodyRef, String, String)> {
    if let Some(c) = OWN_RESPONSIBILITY.captures(s)
        && let (Some(subj), Some(phrase), Some(rest)) =
            (c.name("subj"), c.name("phrase"), c.name("rest"))
    {
        let subj = after_run_in_heading(subj.as_str().trim());
        let body = BodyRef::new(subj);
        if body.can_hold_duty() || quantified_holder(subj) {
            return Some((body, phrase.as_str().to_owned(), rest.as_str().to_owned()));
        }
    }
    for re in [&*MISSION, &*DUTY] {
        let Some(c) = re.captures(s) else { continue };
        let subj = after_run_in_heading(c.name("subj")?.as_str().trim());
        if subj.split_whitespace().count() > 6 {
            continue;
        }
        if subj
            .split_whitespace()
            .any(|w| SUBJECT_STOP.contains(&w.to_lowercase().as_str()))
        {
            continue;
        }
        // A sentence about a document ("Riktlinjen beskriver hur
        // nämnderna ska …") has no holder as its subject.
        let first = subj.split_whitespace().next().unwrap_or("");
        if crate::structure::kind_word(first).is_some() {
            continue;
        }
        let body = BodyRef::new(subj);
        let phrase = c.name("phrase")?.as_str().to_owned();
        let rest = c.name("rest").map(|r| r.as_str()).unwrap_or("").to_owned();
        // "X ska se till att …" states a responsibility as plainly as
        // "ansvarar för att".
        let sees_to = rest.to_lowercase().starts_with("se till att");
        let f = styrdok_core::text::fold(&phrase);
        // "ska svara för" (Fjärde storstadsregionen `blind21/`, Trosa
        // Fibernät `blind23/`) as plainly as "svarar för".
        let answers = f.starts_with("svarar") || f.contains(" svara for");
        let explicit = f.contains("ansvar") || answers || sees_to;
        // A quantified holder through a verb of responsibility ("Varje
        // myndighet ansvarar för att …", "Varje verksamhet ska se till att
        // …"), not through "har … ansvar för", which the seeds' and corpus's
        // truth read as a principle.
        let verb = f.starts_with("ansvarar") || answers || sees_to;
        let company = addressed_company(subj, &phrase, &rest);
        if !(body.can_hold_duty()
            || company
            || (explicit && unknown_holder(subj))
            || (verb && quantified_holder(subj))
            || (verb && alternative_holders(subj)))
        {
            continue;
        }
        // A functional role holds a duty through an explicit phrase of
        // responsibility ("har ansvar för", "ansvarar för"), or — when it is
        // one role named in the definite singular ("Dataskyddssamordnaren
        // ska …", "Miljöstrategen samordnar …") — through a bare verb too.
        // "Alla medarbetare ska …" is a rule for everyone, not a duty.
        let bare = bare_phrase(&phrase);
        if !body.is_recognized() && bare && !one_named_role(subj) && !sees_to && !company {
            continue;
        }
        // What a body is made of or where it sits is no task (`Styrelsen
        // ska bestå av minst fem ledamöter`, `… ska ha sitt säte i X`: a
        // bolagsordning's articles, Halmstad `blind94/`).
        if bare && {
            let r = styrdok_core::text::fold(&rest);
            ["besta av", "utgoras av", "ha sitt sate"]
                .iter()
                .any(|p| r.starts_with(p))
        } {
            continue;
        }
        return Some((body, phrase, rest));
    }
    inverted_head(s)
}

/// A duty stated after a fronted adverbial ([`INVERTED`]): the holder is
/// the one word after `ska`, a body or role the vocabularies know (or the
/// company an owner directive addresses), followed by an active verb or
/// an adverbial, not by `inte` (a prohibition) or a passive in `-s`.
fn inverted_head(s: &str) -> Option<(BodyRef, String, String)> {
    let c = INVERTED.captures(s)?;
    let front = styrdok_core::text::fold(c.name("front")?.as_str());
    let subj = c.name("subj")?.as_str();
    let phrase = c.name("phrase")?.as_str().to_owned();
    let mut rest = c.name("rest")?.as_str();
    // `ansvarar`/`svarar` before its holder, then `för` (`Under höjd
    // beredskap ansvarar kommunstyrelsen för ledningen …`, Härjedalen
    // `blind15/`; `För inbjudna gäster … ansvarar värdkommunen för
    // inkvartering …`, Sölvesborg `blind115/`): the duty is what follows
    // `för` (`för att`); the phrase is the verb as written (the holder
    // stands between it and `för`).
    if !["ska", "skall"].contains(&phrase.as_str()) {
        let after = rest.strip_prefix("för ")?;
        rest = after.strip_prefix("att ").unwrap_or(after);
        if rest.split_whitespace().count() < 2 {
            return None;
        }
    }
    // Another modal in the front, or a front ending in a word that makes
    // `ska` part of a clause of its own (`…, vilket ska …`, `… som ska …`):
    // not a fronted adverbial.
    let last = front.split_whitespace().next_back().unwrap_or("");
    if front
        .split_whitespace()
        .any(|w| crate::lexicon::MODAL_VERBS.contains(&w))
        || [
            "som", "att", "vilket", "vilka", "och", "eller", "det", "den", "detta", "inte",
        ]
        .contains(&last)
        || front.ends_with(',')
    {
        return None;
    }
    // The holder's name going on (`… ska fullmäktige i kommuner och
    // landsting anta …`), a lead-in to a list, its items after a colon
    // (`Därutöver ska nämnden besluta i ärenden om: -a -b`, read elsewhere
    // as one duty): not read.
    let first = styrdok_core::text::fold(rest.split_whitespace().next()?);
    if [
        "inte", "ej", "i", "inom", "pa", "for", "av", "till", "med", "vid", "och", "eller", "som",
    ]
    .contains(&first.as_str())
        || first.ends_with("as")
        || list_colon(rest)
    {
        return None;
    }
    let body = BodyRef::new(subj);
    let known = body.is_recognized() && body.can_hold_duty();
    if !(known || addressed_company(subj, &phrase, rest))
        || NOT_HOLDERS.contains(&styrdok_core::text::fold(subj).as_str())
    {
        return None;
    }
    Some((body, phrase, rest.to_owned()))
}

/// Whether `rest` holds a colon that opens a list (`… i ärenden om: -a
/// -b`), not one inside a number (`kommunallagen (1991:900)`, Mullsjö
/// `blind116/`).
fn list_colon(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.iter().enumerate().any(|(i, &c)| {
        c == b':'
            && !(i > 0
                && b.get(i - 1).is_some_and(u8::is_ascii_digit)
                && b.get(i + 1).is_some_and(u8::is_ascii_digit))
    })
}

/// Holders named as alternatives (`Landstingen eller kommunen`, Norrbotten
/// `blind11/`; `Utförarens enhetschef/verksamhetschef eller ansvarig
/// sjuksköterska`, Uppsala `blind23/`: both truths take the whole
/// subject as the holder): at least one alternative, split at `eller` and
/// `/`, a holder [`BodyRef::can_hold_duty`] or [`unknown_holder`] accepts,
/// every alternative at most three words not opening with a pronoun.
fn alternative_holders(subj: &str) -> bool {
    if !subj.contains(" eller ") {
        return false;
    }
    let parts: Vec<&str> = subj
        .split(" eller ")
        .flat_map(|p| p.split('/'))
        .map(str::trim)
        .collect();
    parts.iter().all(|p| {
        let n = p.split_whitespace().count();
        (1..=3).contains(&n)
            && !NOT_HOLDERS.contains(
                &styrdok_core::text::fold(p.split_whitespace().next().unwrap_or("")).as_str(),
            )
    }) && parts
        .iter()
        .any(|p| BodyRef::new(p).can_hold_duty() || unknown_holder(p))
}

/// Whether `Bolaget ska <verb> …` in an owner directive names the company
/// it addresses as the holder (Helsinge Vatten `blind14/`, Övik Energi and
/// Borgholm Energi Elnät `blind19/`: every such sentence in the spent
/// truths is a duty of `Bolaget`), with an active verb: `Bolaget ska
/// drivas …` (a passive, Övik Energi) states no duty.
fn addressed_company(subj: &str, phrase: &str, rest: &str) -> bool {
    let first = rest.split_whitespace().next().map(styrdok_core::text::fold);
    styrdok_core::text::fold(subj) == "bolaget"
        && matches!(phrase.to_lowercase().as_str(), "ska" | "skall")
        && first.is_some_and(|w| !w.ends_with("as") && w.chars().all(char::is_alphabetic))
}

/// A line that is only the name of a body or official the vocabularies
/// know ("Förvaltningschefen", "Ekonomiavdelningen").
fn holder_line(t: &str) -> Option<BodyRef> {
    let t = t.trim().trim_end_matches(':').trim();
    if !t.chars().next().is_some_and(char::is_uppercase)
        || t.chars().any(|c| c.is_ascii_digit())
        || t.split_whitespace().count() > 4
        || t.ends_with('.')
    {
        return None;
    }
    let body = BodyRef::new(t);
    (body.is_recognized() && body.can_hold_duty() && crate::structure::kind_word(t).is_none())
        .then_some(body)
}

/// One role named in the definite singular, with no quantifier: a single
/// word such as "Chefläkaren", "Delegaten", "Medarbetaren" that the role
/// vocabulary knows.
fn one_named_role(subj: &str) -> bool {
    let words: Vec<&str> = subj.split_whitespace().collect();
    let [w] = words.as_slice() else {
        return false;
    };
    let f = styrdok_core::text::fold(w);
    (f.ends_with("en") || f.ends_with("et") || f.ends_with('n')) && crate::draft::is_role_name(w)
}

/// Whether `t` ends inside a parenthesis it opened.
fn open_parenthesis(t: &str) -> bool {
    t.rfind('(')
        .is_some_and(|i| !t.get(i..).is_some_and(|p| p.contains(')')))
}

fn clean(t: &str) -> String {
    let t = t.trim();
    // A parenthesis the text never closes (an excerpt cut inside it:
    // "… efterlevs av medarbetarna (kännedom, kun") is not part of the duty.
    let t = match t.rfind('(') {
        Some(i) if open_parenthesis(t) => t.get(..i).unwrap_or(t),
        _ => t,
    };
    t.trim_end_matches(|c: char| matches!(c, '.' | ';' | ',' | ':') || c.is_whitespace())
        .trim()
        .to_owned()
}

/// Reads every duty; returns them with their sources, in text order.
/// A duty of `body` read from unit `u` (its section is the unit's), with
/// where it was read.
fn duty(body: BodyRef, text: String, phrase: String, u: &Unit, src: Src) -> (Duty, Src) {
    (
        Duty {
            body,
            text,
            phrase,
            section: u.section.clone(),
        },
        src,
    )
}

/// Reads every duty; `cut` is the line where the input stops mid-sentence
/// ([`crate::statements::cut_line`]): a duty running into it is read only
/// when what is cut is a parenthesis ("… efterlevs av medarbetarna
/// (kännedom, kun"), not the duty's own words ("… enligt arkivlagen och p").
pub(crate) fn scan(units: &[Unit], cut: Option<usize>) -> Vec<(Duty, Src)> {
    let mut out = Vec::new();
    // Bullets already read as the items of a lead-in.
    let mut listed = vec![false; units.len()];
    for (ui, u) in units.iter().enumerate() {
        if u.generic {
            continue;
        }
        // A bullet with its own holder ("• Kommundirektören – ansvarar för
        // att …"), with an explicit responsibility phrase.
        if u.kind == UnitKind::Bullet && !crate::pre::is_set(&listed, ui) {
            // "• Regionstyrelsen ska följa upp …": `ska` counts for a body
            // the vocabularies know.
            if let Some((body, phrase, rest)) = duty_head(&u.joined.text)
                && !BARE_VERBS.contains(&phrase.as_str())
                && (body.is_recognized() || !(phrase == "ska" || phrase == "skall"))
            {
                let text = clean(without_see_to_it(&rest));
                if !text.is_empty() {
                    out.push(duty(
                        body,
                        text,
                        phrase,
                        u,
                        Src::new(u.joined.full_span(), 0.8, "duty-bullet"),
                    ));
                }
            }
            continue;
        }
        // A holder alone on a line, its duties in the bullets below
        // ("Förvaltningschefen" / "– beslutar om …" / "– ska granska …").
        if matches!(u.kind, UnitKind::Para | UnitKind::Heading { number: None })
            && let Some(body) = holder_line(&u.joined.text)
            && units
                .get(ui + 1)
                .is_some_and(|v| v.kind == UnitKind::Bullet)
        {
            let span = u.joined.full_span();
            // Only the bullets right below it, with no blank line between.
            // Each duty's provenance is its own bullet: the holder line is
            // read once, and n bullets give n spans, not n growing ones.
            let mut prev_end = span.1;
            for (vi, v) in units
                .iter()
                .enumerate()
                .skip(ui + 1)
                .take_while(|(_, v)| v.kind == UnitKind::Bullet)
            {
                let (vs, ve) = v.joined.full_span();
                if vs > prev_end + 1 {
                    break;
                }
                prev_end = ve;
                crate::pre::set(&mut listed, vi);
                let item = v.joined.text.trim();
                let (phrase, t) = match duty_head(&format!("{} {item}", body.name)) {
                    Some((_, phrase, rest)) if !BARE_VERBS.contains(&phrase.as_str()) => {
                        (phrase, clean(&rest))
                    }
                    _ => (String::new(), clean(item)),
                };
                if t.is_empty() {
                    continue;
                }
                out.push((
                    Duty {
                        body: body.clone(),
                        text: t,
                        phrase,
                        section: v.section.clone(),
                    },
                    Src::new((vs, ve), 0.8, "duty-holder-line"),
                ));
            }
            continue;
        }
        if u.kind != UnitKind::Para {
            continue;
        }
        let text = u.joined.text.as_str();
        // A numbered paragraph inside a sentence starts a new one
        // ("… arbetsresultat. 3 Socialnämnden ansvarar …").
        let sents: Vec<(usize, usize)> = sentences(text)
            .into_iter()
            .flat_map(|r| crate::statements::sentence::split_numbered(text, r))
            .collect();
        let last = sents.len().saturating_sub(1);
        for (si, &(a, b)) in sents.iter().enumerate() {
            let Some(s) = text.get(a..b) else { continue };
            let Some((body, phrase, rest)) = duty_head(s) else {
                continue;
            };
            let cut_here = crate::statements::runs_into_cut(u, (a, b), cut) && !open_parenthesis(s);
            let rest_clean = clean(without_see_to_it(&rest));
            let span = u.joined.span(a, b);
            // A lead-in that lost its colon, its bullets right below
            // (`Nämnden ska särskilt` / `• samarbeta med …`, Tanum
            // `blind117/`) is no duty of its own words.
            let open = si == last
                && units
                    .get(ui + 1)
                    .is_some_and(|v| v.kind == UnitKind::Bullet)
                && crate::statements::sentence::is_open_lead_in(s);
            let lead_in = rest_clean.is_empty() || s.trim_end().ends_with(':') || open;
            if lead_in {
                if si != last {
                    continue;
                }
                // A lead-in with its own object: the list below is not of
                // duties; none is read from it or its bullets.
                if !list_names_duties(&rest_clean) {
                    for (vi, _) in units
                        .iter()
                        .enumerate()
                        .skip(ui + 1)
                        .take_while(|(_, v)| v.kind == UnitKind::Bullet)
                    {
                        crate::pre::set(&mut listed, vi);
                    }
                    continue;
                }
                for (vi, v) in units
                    .iter()
                    .enumerate()
                    .skip(ui + 1)
                    .take_while(|(_, v)| v.kind == UnitKind::Bullet)
                {
                    crate::pre::set(&mut listed, vi);
                    let t = clean(&v.joined.text);
                    if t.is_empty() {
                        continue;
                    }
                    let (vs, ve) = v.joined.full_span();
                    out.push((
                        Duty {
                            body: body.clone(),
                            text: t,
                            phrase: phrase.clone(),
                            section: v.section.clone(),
                        },
                        Src::new((vs, ve), 0.85, "duty-list"),
                    ));
                }
                continue;
            }
            // A list flattened into the sentence ("… ansvarar för: att A
            // att B", "… ska särskilt 1. leda …, 2. följa upp …"): one duty
            // per item.
            let list = crate::statements::sentence::flattened_list(&rest)
                .map(|l| (rest.as_str(), l.1))
                .or_else(|| crate::statements::sentence::flattened_list(s).map(|l| (s, l.1)));
            if let Some((from, mut items)) = list {
                // Only the last item runs into a cut.
                if cut_here {
                    items.pop();
                }
                for (ia, ib) in items {
                    let item = from.get(ia..ib).unwrap_or("");
                    let t = clean(item.strip_prefix("att ").unwrap_or(item));
                    if !t.is_empty() {
                        out.push(duty(
                            body.clone(),
                            t,
                            phrase.clone(),
                            u,
                            Src::new(span, 0.75, "duty-list"),
                        ));
                    }
                }
                continue;
            }
            if cut_here {
                continue;
            }
            let bare = BARE_VERBS.contains(&phrase.as_str());
            let text = if bare {
                clean(&format!("{phrase} {rest}"))
            } else {
                rest_clean
            };
            let modal = phrase == "ska" || phrase == "skall" || bare;
            out.push(duty(
                body,
                text,
                phrase,
                u,
                Src::new(span, if modal { 0.7 } else { 0.8 }, "duty-sentence"),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn duties_of(text: &str) -> Vec<(String, String)> {
        crate::import(text)
            .duties
            .into_iter()
            .map(|d| (d.body.name, d.text))
            .collect()
    }

    #[test]
    fn a_holder_after_a_fronted_adverbial() {
        // Invented wording: `ska` before its holder, after an adverbial.
        assert_eq!(
            duties_of(
                "Policy\n\nI samarbeten med andra huvudmän ska nämnden verka för öppna redovisningar.\n"
            ),
            [(
                "nämnden".to_owned(),
                "verka för öppna redovisningar".to_owned()
            )]
        );
        assert_eq!(
            duties_of("Ägardirektiv\n\nVidare ska bolaget följa ägarens anvisningar.\n"),
            [("bolaget".to_owned(), "följa ägarens anvisningar".to_owned())]
        );
        // `ansvarar`/`svarar` before its holder, the duty after `för`.
        assert_eq!(
            duties_of(
                "Reglemente\n\nUnder höjd beredskap ansvarar kommunstyrelsen för ledningen av det civila försvaret.\n"
            ),
            [(
                "kommunstyrelsen".to_owned(),
                "ledningen av det civila försvaret".to_owned()
            )]
        );
        assert!(duties_of("Reglemente\n\nI den mån det behövs ansvarar nämnden för.\n").is_empty());
        // A law's number holds a colon that opens no list.
        assert_eq!(
            duties_of(
                "Reglemente\n\nHärutöver ansvarar styrelsen för de uppgifter som framgår av kommunallagen (1991:900).\n"
            ),
            [(
                "styrelsen".to_owned(),
                "de uppgifter som framgår av kommunallagen (1991:900)".to_owned()
            )]
        );
        // Not a holder, a passive, a prohibition, or a relative clause.
        assert!(duties_of("Policy\n\nVid behov ska planen revideras.\n").is_empty());
        assert!(duties_of("Policy\n\nVid behov ska nämnden informeras om läget.\n").is_empty());
        assert!(duties_of("Policy\n\nUnder året ska nämnden inte anta nya taxor.\n").is_empty());
        assert!(duties_of("Policy\n\nFrågan som ska nämnden pröva är svår.\n").is_empty());
        assert!(duties_of("Policy\n\nI år ska nämnden i varje kommun anta en plan.\n").is_empty());
    }

    #[test]
    fn a_reglementes_paragraph_numbers_and_a_lead_in_without_its_colon() {
        // Invented wording after Härjedalen and Tanum (`blind117/`): the
        // paragraph number before the holder, also when `1 §` and `2 §`
        // were read as a list's numbers and the sign stands alone.
        let want = [
            ("Nämnden".to_owned(), "att fastställa gatunamn".to_owned()),
            (
                "Nämnden".to_owned(),
                "att ge råd till allmänheten".to_owned(),
            ),
        ];
        let items = "\n\n • att fastställa gatunamn\n • att ge råd till allmänheten\n";
        assert_eq!(
            duties_of(&format!(
                "Reglemente\n\n2 § Nämnden ansvarar också för:{items}"
            )),
            want
        );
        assert_eq!(
            duties_of(&format!(
                "Reglemente\n\n1 § nämnden fullgör kommunens uppgifter.\n\n2 § Nämnden ansvarar också för:{items}"
            )),
            want
        );
        // A modal lead-in that lost its colon gives no duty of its adverb.
        assert!(duties_of(&format!("Reglemente\n\nNämnden ska särskilt{items}")).is_empty());
        // A bolagsordning's articles: after a paragraph number a bare
        // `ska` gives no duty, and what the board is made of is no task.
        assert!(
            duties_of(
                "Bolagsordning\n\n§ 6 Styrelsen ska bestå av minst fem ledamöter.\n\n§ 3 Bolaget ska följa ägarens anvisningar.\n\nStyrelsen ska bestå av minst fem ledamöter.\n"
            )
            .is_empty()
        );
    }

    #[test]
    fn real_page_forms() {
        // A heading run into the holder; `se till att` is the phrase.
        assert_eq!(
            duties_of(
                "Regler\n\nInköpsenhetens ansvar Inköpsenheten ansvarar för inköpen. Kommunchefen ska i sin roll se till att cheferna samverkar.\n"
            ),
            [
                ("Inköpsenheten".to_owned(), "inköpen".to_owned()),
                ("Kommunchefen".to_owned(), "cheferna samverkar".to_owned()),
            ]
        );
        // A section's heading in `-ning` run into the holder.
        assert_eq!(
            duties_of(
                "Policy\n\nInledning Policyn gäller inköp. Ansvarsfördelning Kommunstyrelsen har det övergripande ansvaret för alla inköp i kommunen.\n"
            ),
            [(
                "Kommunstyrelsen".to_owned(),
                "alla inköp i kommunen".to_owned()
            )]
        );
        // A lead-in with its own object: its list is of areas, not duties.
        assert!(duties_of("Reglemente\n\nSocialnämnden ansvarar för myndighetsutövning inom följande områden:\n\n• Beslut om bistånd\n• Beslut om vård\n").is_empty());
        assert_eq!(
            duties_of("Reglemente\n\nSocialnämnden ansvarar för följande:\n\n• Tillsyn\n").len(),
            1
        );
        // A name joined by `&` keeps its word in `-ning`: not cut to its
        // last word as if a heading ran into it (`Norrby` is no holder).
        assert!(
            duties_of(
                "Regler\n\nText om taxor. Park & Förvaltning Norrby ansvarar för alla parker.\n"
            )
            .is_empty()
        );
        // A numbered paragraph inside a sentence starts a new one.
        assert_eq!(
            duties_of("Reglemente\n\nNämnden ska verka för goda arbetsvillkor. 3 Socialnämnden ansvarar för att verksamheten bedrivs väl.\n")
                .last()
                .map(|d| d.1.as_str()),
            Some("verksamheten bedrivs väl")
        );
    }

    #[test]
    fn a_heading_that_repeats_the_holder() {
        // Invented wording: the section heading is the holder's name.
        assert_eq!(
            duties_of(
                "Reglemente\n\nSyfte Reglementet gäller alla. Förvaltningarna Förvaltningarna har ansvaret för arkivet.\n"
            ),
            [("Förvaltningarna".to_owned(), "arkivet".to_owned())]
        );
        assert_eq!(
            once_if_doubled("Styrelser och utskott Styrelser och utskott"),
            "Styrelser och utskott"
        );
        // The tail is cut at its own first word, not a later one spelt
        // the same.
        assert_eq!(once_if_doubled("Råd och Råd Råd och Råd"), "Råd och Råd");
        assert_eq!(once_if_doubled("Socialnämnden"), "Socialnämnden");
        assert_eq!(once_if_doubled("Bygg och bygg"), "Bygg och bygg");
    }

    #[test]
    fn shall_answer_for() {
        // Invented wording: `ska svara för` names the duty's object as
        // `svarar för` does, for a holder the vocabularies do not know too.
        assert_eq!(
            duties_of("Regler\n\nFörbundet ska svara för gemensam drift av nätet.\n"),
            vec![("Förbundet".to_owned(), "gemensam drift av nätet".to_owned())]
        );
        assert_eq!(
            duties_of("Regler\n\nKommunstyrelsen skall svara för samordning av frågorna.\n"),
            vec![(
                "Kommunstyrelsen".to_owned(),
                "samordning av frågorna".to_owned()
            )]
        );
    }

    #[test]
    fn holders_named_as_alternatives() {
        // Invented wording: alternatives hold the duty together, named as
        // written.
        assert_eq!(
            duties_of(
                "Regler\n\nRegionen eller kommunen ansvarar för transporten av utrustning.\n"
            ),
            vec![(
                "Regionen eller kommunen".to_owned(),
                "transporten av utrustning".to_owned()
            )]
        );
        assert_eq!(
            duties_of(
                "Regler\n\nUtförarens enhetschef/avdelningschef eller ansvarig handläggare ansvarar för att ta beslut om larm.\n"
            ),
            vec![(
                "Utförarens enhetschef/avdelningschef eller ansvarig handläggare".to_owned(),
                "ta beslut om larm".to_owned()
            )]
        );
        // Pronouns, or a clause: no duty.
        assert!(duties_of("Regler\n\nDen eller de ansvarar för innehållet.\n").is_empty());
        assert!(
            duties_of(
                "Regler\n\nNär kommunen eller regionen ansvarar för innehållet gäller det.\n"
            )
            .is_empty()
        );
    }

    #[test]
    fn the_company_an_owner_directive_addresses() {
        // Invented wording.
        let d = duties_of("Bolaget ska därför erbjuda tjänster till hushållen.");
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].1.starts_with("därför erbjuda"), "{d:?}");
        // A passive states no duty; another company word is no holder.
        assert!(duties_of("Bolaget ska drivas affärsmässigt.").is_empty());
        assert!(duties_of("Dotterbolaget ska erbjuda tjänster.").is_empty());
    }

    #[test]
    fn heads() {
        let (b, p, r) = duty_head("Kommunstyrelsen ansvarar för att:").unwrap();
        assert_eq!(
            (b.name.as_str(), p.as_str(), r.as_str()),
            ("Kommunstyrelsen", "ansvarar för att", ":")
        );
        let (b, _, _) = duty_head("IT-rådets uppdrag är att vara rådgivande").unwrap();
        assert_eq!(b.name, "IT-rådet");
        let (b, p, _) =
            duty_head("IT-avdelningen har det strategiska ansvaret för utvecklingen").unwrap();
        assert_eq!(
            (b.name.as_str(), p.as_str()),
            ("IT-avdelningen", "har det strategiska ansvaret för")
        );
        let (b, _, _) =
            duty_head("Förvaltningschefer och bolagschefer är ansvariga för att X").unwrap();
        assert_eq!(b.members.len(), 2);
        assert!(duty_head("Staden ska underlätta").is_none());
        assert!(duty_head("Alla ska underlätta").is_none());
        // A quantified holder with a phrase of responsibility.
        let (b, _, r) = duty_head("Varje verksamhet ska se till att alla känner till X").unwrap();
        assert_eq!(
            (b.name.as_str(), r.as_str()),
            ("Varje verksamhet", "se till att alla känner till X")
        );
        assert!(duty_head("Varje nämnd och varje verksamhet ansvarar för X").is_some());
        assert!(duty_head("Varje verksamhet har inom sitt område ansvar för X").is_none());
        assert!(duty_head("Varje verksamhet ska följa X").is_none());
        let (b, p, r) = duty_head("Det är samtliga chefers ansvar att informera alla").unwrap();
        assert_eq!(
            (b.name.as_str(), p.as_str(), r.as_str()),
            ("samtliga chefer", "ansvar att", "informera alla")
        );
    }

    #[test]
    fn lists_in_the_sentence_and_a_cut_parenthesis() {
        assert_eq!(
            duties_of(
                "Reglemente\n\nStyrelsen ska särskilt 1. leda arbetet, 2. följa upp ekonomin, samt 3. ha uppsikt över bolagen.\n"
            ),
            [
                ("Styrelsen".to_owned(), "leda arbetet".to_owned()),
                ("Styrelsen".to_owned(), "följa upp ekonomin".to_owned()),
                ("Styrelsen".to_owned(), "ha uppsikt över bolagen".to_owned()),
            ]
        );
        assert_eq!(
            duties_of(
                "Regler\n\nSystemägaren ansvarar för: att A får utbildning att B har kunskaper.\n"
            )
            .into_iter()
            .map(|d| d.1)
            .collect::<Vec<_>>(),
            ["A får utbildning", "B har kunskaper"]
        );
        assert_eq!(
            duties_of("Regler\n\nVi har regler. Chefen ansvarar för att rutiner finns att växeln får besked att brevlådor töms.\n")
                .into_iter()
                .map(|d| d.1)
                .collect::<Vec<_>>(),
            ["rutiner finns", "växeln får besked", "brevlådor töms"]
        );
        // The input stops inside the parenthesis: the duty is whole; it
        // stops inside the duty's words: there is no duty.
        assert!(duties_of("Riktlinjer för resor\n\nResor ska bokas i förväg. Chefer ansvarar för att reglerna följs enligt p").is_empty());
        assert_eq!(
            duties_of(
                "Riktlinjer för resor\n\nResor ska bokas i förväg. Chefer ansvarar för att reglerna följs (kännedom, kun"
            )
                .into_iter()
                .map(|d| d.1)
                .collect::<Vec<_>>(),
            ["reglerna följs"]
        );
    }
}
