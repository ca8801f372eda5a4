//! The cues that decide a modal's force: negation, `får` as permission
//! or as receiving, imperatives, duties and intentions of a holder, laws
//! cited, table cells, decisions taken.

use super::*;

pub(super) const NEGATIONS: [&str; 5] = ["inte", "ej", "icke", "aldrig", "inga"];

/// Whether a word right after the modal (or the subject) negates it.
pub(super) fn negated_after(w: &[Word], i: usize) -> Option<usize> {
    (i + 1..(i + 3).min(w.len())).find(|&k| {
        w.get(k)
            .is_some_and(|x| NEGATIONS.contains(&x.folded.as_str()))
    })
}

/// Whether `kan` at `i` is followed by `få` and what is granted, with at
/// most one adverb between: "Ideella föreningar kan få stöd …" (Växjö
/// `blind19/`), "Förening … kan även få bidrag" (Skövde `blind27/`),
/// "Föreningar kan inte få två … bidrag" (Hudiksvall `blind13/`), "…
/// kan inte få ersättning" (Olofström `blind14/`): a permission.
pub(super) fn gets(w: &[Word], i: usize) -> bool {
    // Not in a clause of reason or time ("… då skolans elever kan få mer
    // kontakt …", Älmhult `blind4/`: a benefit, no rule).
    let reason = (i.saturating_sub(4)..i).any(|k| {
        w.get(k)
            .is_some_and(|x| ["da", "nar", "eftersom"].contains(&x.folded.as_str()))
    });
    if reason {
        return false;
    }
    let mut k = i + 1;
    if w.get(k).is_some_and(|x| {
        ["aven", "ocksa", "inte", "ej", "endast", "bara"].contains(&x.folded.as_str())
    }) {
        k += 1;
    }
    w.get(k).is_some_and(|x| x.folded == "fa") && w.get(k + 1).is_some()
}

/// Adverbs that may stand between `får` and its infinitive.
pub(super) const ADVERBS: [&str; 25] = [
    "inte",
    "ej",
    "endast",
    "bara",
    "enbart",
    "aven",
    "ocksa",
    "heller",
    "dock",
    "normalt",
    "aldrig",
    "sjalv",
    "i",
    "sin",
    "tur",
    "da",
    "darfor",
    "givetvis",
    "saledes",
    "hogst",
    "alltid",
    // `får totalt vara högst sex` (Vänersborg `blind95/`), `får inte heller
    // menligt påverka` (an IT rule), `får tillfälligt …`, `får fortsatt …`.
    "totalt",
    "menligt",
    "tillfalligt",
    "fortsatt",
];

/// Whether `får` at `i` is the modal (followed by an infinitive) rather than
/// "receives" ("Du får information").
pub(super) fn far_is_modal(s: &str, w: &[Word], i: usize) -> bool {
    // After a fronted phrase the subject follows the verb (`Som hyresgäst
    // får du endast sätta upp …`, Grums Hyresbostäder; `När du rastar din
    // hund …, får inget lämnas kvar`, Tanumsbostäder, `blind15/`: both
    // truths read `får`): a pronoun subject there is passed over. Not when
    // `får` opens the sentence (a question or a condition).
    const SUBJECTS: [&str; 11] = [
        "du",
        "ni",
        "man",
        "vi",
        "han",
        "hon",
        "de",
        "inget",
        "ingen",
        "inga",
        "ingenting",
    ];
    let inverted = i > 0
        && w.get(i + 1)
            .is_some_and(|x| SUBJECTS.contains(&x.folded.as_str()));
    // `får, om detta medgivits i delegationsordningen, vidaredelegera …`:
    // an insert between commas right after `får`, then its infinitive.
    if w.get(i).is_some_and(|x| x.clause_end)
        && let Some(end) =
            (i + 1..(i + 12).min(w.len())).find(|&k| w.get(k).is_some_and(|x| x.clause_end))
        && w.get(end + 1..)
            .and_then(|r| r.iter().find(|x| !ADVERBS.contains(&x.folded.as_str())))
            .is_some_and(|x| infinitive_like(&x.folded) && !determiner(s, x))
    {
        return true;
    }
    let from = if inverted { i + 2 } else { i + 1 };
    let next = (from..w.len())
        .filter_map(|k| w.get(k))
        .find(|x| !ADVERBS.contains(&x.folded.as_str()));
    if next
        .is_some_and(|x| (infinitive_like(&x.folded) && !determiner(s, x)) || passive_infinitive(x))
    {
        return true;
    }
    far_after_phrase(s, w, i, from)
}

/// Whether `x` (of `s`) is a pronoun or determiner in -a, no infinitive.
/// `vara` (be) folds like `våra` (our): the written word tells them apart
/// (`Du får inte vara berusad …`, Sorsele `blind54/`).
pub(super) fn determiner(s: &str, x: &Word) -> bool {
    DETERMINERS.contains(&x.folded.as_str())
        && !(x.folded == "vara"
            && s.get(x.start..x.end)
                .is_some_and(|t| t.eq_ignore_ascii_case("vara")))
}

/// Whether `x` looks like a passive infinitive: in -as, or of a verb in -e
/// or -o (`får inte förses`, `får ges`, Mjölby `blind50/`, Sunne
/// `blind42/`).
pub(super) fn passive_infinitive(x: &Word) -> bool {
    let f = x.folded.as_str();
    f.ends_with("as") || (f.chars().count() >= 3 && (f.ends_with("es") || f.ends_with("os")))
}

/// Whether `får` at `i` reaches its infinitive over a phrase between: a
/// subject after a fronted phrase (`Vid äktenskapsskillnad … får sökande
/// överlåta …`, `Dock får beslut av principiell natur hänskjutas …`: the
/// truths of Härjedalen and Mullsjö read `får`) or a prepositional phrase
/// (`Kommuner får efter beslut av fullmäktige lämna över …`, `… får för
/// varje kalenderår besluta …`, `… får inte genom sponsring utsätta sig
/// …`). The infinitive comes within six words, after no determiner, no
/// clause's end and no word that opens a clause (`Du får ett brev med en
/// kopia`, `… får bidrag för att anordna …` receive).
pub(super) fn far_after_phrase(s: &str, w: &[Word], i: usize, from: usize) -> bool {
    const FRONTING: [&str; 14] = [
        "om", "nar", "vid", "i", "da", "dock", "under", "efter", "for", "darfor", "inom", "pa",
        "med", "galler",
    ];
    const PREPOSITIONS: [&str; 10] = [
        "efter", "till", "for", "genom", "i", "vid", "under", "med", "pa", "inom",
    ];
    const STOPS: [&str; 14] = [
        "som", "att", "hur", "vad", "och", "eller", "samt", "nar", "om", "men", "ska", "skall",
        "kan", "ar",
    ];
    const ARTICLES: [&str; 6] = ["en", "ett", "den", "det", "de", "denna"];
    let first = w.first().map_or("", |x| x.folded.as_str());
    let fronted = i > 0
        && (FRONTING.contains(&first)
            || w.get(..i).is_some_and(|b| b.iter().any(|x| x.clause_end)));
    let after: Vec<&Word> = w
        .get(from..(from + 8).min(w.len()))
        .unwrap_or(&[])
        .iter()
        .filter(|x| !ADVERBS.contains(&x.folded.as_str()))
        .collect();
    let phrase = after
        .first()
        .is_some_and(|x| PREPOSITIONS.contains(&x.folded.as_str()));
    if !fronted && !phrase {
        return false;
    }
    for (k, x) in after.iter().enumerate().take(7).skip(1) {
        let prev = after.get(k - 1).map_or("", |p| p.folded.as_str());
        if STOPS.contains(&x.folded.as_str()) || after.get(k - 1).is_some_and(|p| p.clause_end) {
            return false;
        }
        // A name (`… får god information inom Nora kommuns …`) is no verb.
        if ARTICLES.contains(&prev) || determiner(s, x) || x.capital {
            continue;
        }
        if (infinitive_like(&x.folded) && x.folded.chars().count() >= 4) || passive_infinitive(x) {
            return true;
        }
    }
    false
}

/// Pronouns and determiners ending in -a, which no infinitive is: "Då får
/// dina kollegor ett brev" receives, it does not permit.
pub(super) const DETERMINERS: [&str; 17] = [
    "dina", "mina", "sina", "vara", "era", "andra", "alla", "flera", "manga", "hela", "samma",
    "egna", "nya", "bada", "sadana", "vilka", "nagra",
];

/// Imperatives that open a rule in user instructions.
/// (Not "ändra", whose folded form is the pronoun "andra".)
pub(super) const IMPERATIVES: [&str; 57] = [
    "anvand",
    "installera",
    "surfa",
    "las",
    "logga",
    "spara",
    "kontakta",
    "tank",
    "lamna",
    "valj",
    "byt",
    "skydda",
    "oppna",
    "ladda",
    "hall",
    "undvik",
    "folj",
    "rapportera",
    "anmal",
    "forvara",
    "radera",
    "skicka",
    "kontrollera",
    "stang",
    "uppgradera",
    "lagra",
    "skriv",
    "ta",
    "ge",
    "lat",
    "dela",
    "klicka",
    "kryptera",
    "sakerhetskopiera",
    "informera",
    "meddela",
    "notera",
    "glom",
    "behandla",
    "hantera",
    "granska",
    "dokumentera",
    "bedom",
    "klassa",
    "klassificera",
    "sakerstall",
    "verifiera",
    "uppdatera",
    "avsluta",
    "ring",
    "sprid",
    "koppla",
    "anslut",
    "ange",
    "fyll",
    "begar",
    "vidarebefordra",
];

/// Nouns that name an intention: "har ambitionen att", "Vår avsikt är att".
pub(super) const INTENTION_NOUNS: [&str; 6] = [
    "ambition",
    "ambitionen",
    "avsikt",
    "avsikten",
    "foresats",
    "foresatsen",
];

/// Whether the intention noun at `i` is someone's: "har (en tydlig)
/// ambition(en) att", "Kommunens ambition är att", "Vår avsikt är att"; not
/// a document's purpose ("Avsikten är att reglera …").
pub(super) fn intention_of_holder(w: &[Word], i: usize) -> bool {
    let f = |k: usize| w.get(k).map_or("", |x| x.folded.as_str());
    let has = f(i + 1) == "att" && (i.saturating_sub(3)..i).any(|k| f(k) == "har");
    let owner = i > 0 && {
        let p = f(i - 1);
        ["var", "min", "deras", "dess"].contains(&p) || (p.chars().count() >= 5 && p.ends_with('s'))
    };
    has || (owner && f(i + 1) == "ar" && f(i + 2) == "att")
}

/// Nouns that name a duty when a holder in the genitive owns them
/// ("Ledningens uppgifter", "Ombudets roll").
pub(super) const DUTY_NOUNS: [&str; 6] = [
    "uppgift",
    "uppgifter",
    "uppgiften",
    "uppgifterna",
    "ansvar",
    "roll",
];

/// Whether the duty noun at `i` belongs to a holder in the genitive just
/// before it (one adjective may come between: "Ledningens viktigaste
/// uppgifter") and opens what the duty is: "är att …", "är:" or a label's
/// colon ("Ombudets uppgifter:"). Not "Dina uppgifter är bara …" (data).
pub(super) fn duty_of_holder(s: &str, w: &[Word], i: usize) -> bool {
    let holder = (i.saturating_sub(2)..i).any(|k| {
        w.get(k).is_some_and(|p| {
            !p.clause_end
                && (p.folded == "dess"
                    || (p.folded.chars().count() >= 5 && p.folded.ends_with('s')))
        })
    });
    let colon_after = |k: usize| {
        w.get(k)
            .and_then(|x| s.get(x.end..))
            .is_some_and(|t| t.trim_start().starts_with(':'))
    };
    let opens = colon_after(i)
        || (w.get(i + 1).is_some_and(|n| n.folded == "ar")
            && (colon_after(i + 1) || w.get(i + 2).is_some_and(|n| n.folded == "att")));
    holder && opens
}

/// `Enligt lagen om … krävs det tillstånd …`, `Enligt 13 § förordningen
/// om … krävs det tillstånd …`: `krävs` at `i` after `enligt` and a law
/// within its next four words, the law's demand restated (Sollentuna and
/// Oskarshamn `blind23/`; Sundbyberg `blind6/` writes the same with `Lak`;
/// no spent truth records such a sentence, while `Enligt dessa föreskrifter
/// krävs …`, the document's own demand, stays).
pub(super) fn required_by_law_cited(w: &[Word], i: usize) -> bool {
    (0..i).any(|k| {
        w.get(k).is_some_and(|e| e.folded == "enligt")
            && w.get(k + 1..(k + 5).min(i))
                .is_some_and(|a| a.iter().any(|y| is_law(&y.folded)))
    })
}

/// `Sedan den 25 maj 2018 gäller EU:s dataskyddsförordning`, `Från och
/// med den 25 maj 2018 gäller EU:s dataskyddsförordning (679/2016)`: only
/// a date before `gäller` at `i` and a law right after it, which says when
/// a law came into force, not what the document applies to (Falköping
/// `blind5/`, Samhällsbyggnadsförbundet Bergslagen `blind18/`; no truth
/// records one, while `För kommunens avfallshantering gäller miljöbalken
/// …`, a domain before it, is a scope in four truths and stays).
pub(super) fn law_in_force(w: &[Word], i: usize) -> bool {
    let before = w.get(..i).unwrap_or(&[]);
    let f = |k: usize| before.get(k).map_or("", |x| x.folded.as_str());
    let opens = ["sedan", "fran", "fr.o.m", "fr.o.m."].contains(&f(0))
        || (f(0) == "den" && f(1).starts_with(|c: char| c.is_ascii_digit()));
    let dated = before.len() <= 7
        && before
            .iter()
            .any(|x| x.folded.len() == 4 && x.folded.chars().all(|c| c.is_ascii_digit()));
    // The law within the noun phrase after `gäller`, adjectives and all
    // (`gäller en ny sammanhållen och gemensam diskrimineringslag för …`,
    // Lysekil `blind81/`), before any comma.
    let phrase = w.get(i + 1..(i + 8).min(w.len())).unwrap_or(&[]);
    let phrase = phrase
        .iter()
        .position(|y| y.clause_end)
        .map_or(phrase, |e| phrase.get(..=e).unwrap_or(phrase));
    let law = phrase.iter().any(|y| names_law(&y.folded));
    opens && dated && law
}

/// Whether `gäller` at `i` opens a validity whose date extraction lost
/// (`Antagen av kommunfullmäktige , 172, gäller fr o m INLEDNING`, Motala
/// `blind73/`; `… gäller fr o m den x 2008)`, Västfastigheter `blind11/`;
/// `Kansli gäller fr`, Karlshamn `blind3/`): `från och med` in any spelling, then no
/// date (a number, `den` and a number, a month, a year's or a period's
/// noun). A label's remains, no rule: no truth records one, while
/// `Avgifterna gäller fr o m 2021-01-01 …` (Vindeln `blind63/`) is a
/// statement in its truth and stays.
pub(super) fn undated_validity(w: &[Word], i: usize) -> bool {
    let f = |k: usize| w.get(k).map_or("", |x| x.folded.as_str());
    let after = match f(i + 1) {
        "fr.o.m" | "fr.o.m." | "from" | "f.o.m" | "fom" => i + 2,
        "fr" if f(i + 2) == "o" && f(i + 3) == "m" => i + 4,
        "fran" if f(i + 2) == "och" && f(i + 3) == "med" => i + 4,
        // `gäller fr` at the sentence's end: the rest was lost.
        "fr" if w.len() == i + 2 => return true,
        _ => return false,
    };
    let x = f(after);
    let digit = |s: &str| s.starts_with(|c: char| c.is_ascii_digit());
    let dated = digit(x)
        || (x == "den" && digit(f(after + 1)))
        || crate::lexicon::month(x).is_some()
        || x.ends_with("aret")
        || x.ends_with("perioden")
        || ["ar", "arsskiftet", "nasta", "och", "med", "beslutsdatum"].contains(&x);
    !dated
}

/// Whether a passive verb past a sentence's first word is written with a
/// capital (`Kronologisk ordning Bevaras 5 år`, `protokoll, original
/// BEVARAS Kronologisk ordning`): a cell of a flattened table, as a records
/// plan's `Bevaras`/`Gallras` column (Danderyd `blind18/`, Vaxholm
/// `tune3/`; neither truth records a cell), not a sentence's verb.
pub(super) fn table_cell(x: &Word) -> bool {
    x.capital
}

/// Whether a sentence only points the reader elsewhere: "Läs mer om …",
/// "Läs styrdokumentet nedan", "Nedan listas sidor …", "För frågor
/// hänvisas till …", or a web service's own notice ("Den här tjänsten
/// kräver inloggning").
pub(super) fn points_elsewhere(w: &[Word]) -> bool {
    let f = |k: usize| w.get(k).map_or("", |x| x.folded.as_str());
    (f(0) == "las"
        && (f(1) == "mer"
            || w.iter()
                .any(|x| ["nedan", "ovan"].contains(&x.folded.as_str()))))
        || ["nedan", "ovan"].contains(&f(0))
        || (f(0), f(1), f(2)) == ("den", "har", "tjansten")
        || w.iter().any(|x| x.folded == "hanvisas")
}

/// Binding present tenses (folded), each with the word that must follow it
/// when one is needed.
pub(super) const PRESENT: [(&str, &str); 15] = [
    ("avsedda", "att"),
    ("avsedd", "att"),
    ("tillhor", ""),
    ("utses", ""),
    ("utser", ""),
    ("faststalls", ""),
    ("fullgor", ""),
    ("utovar", ""),
    ("forvaltas", "av"),
    ("beslutas", "av"),
    ("beslutas", "och"),
    ("bestammer", ""),
    ("samordnar", ""),
    ("forbinder", ""),
    ("arkivmyndighet", ""),
];

/// Where a marker phrase at word `i` ends: with its "för" and "att"
/// ("ansvarar för att", "gäller för", "ställer krav på att").
pub(super) fn phrase_end(w: &[Word], i: usize) -> usize {
    let mut end = w.get(i).map_or(0, |x| x.end);
    let mut k = i + 1;
    if w.get(i).is_some_and(|x| x.clause_end) {
        return end;
    }
    if let Some(x) = w
        .get(k)
        .filter(|x| ["for", "pa"].contains(&x.folded.as_str()))
    {
        end = x.end;
        k += 1;
        if let Some(x) = w
            .get(k)
            .filter(|x| x.folded == "att" && !w.get(k - 1).is_some_and(|p| p.clause_end))
        {
            end = x.end;
        }
    }
    end
}

/// "Det är viktigt att du", "Det är väsentligt att man", "Det är av stor
/// vikt att ni" opening a sentence at word `i`: where the phrase ends. A
/// sentence adverb may stand after `är` ("Det är därför viktigt att …",
/// "Det är också angeläget att …", "Det är därför av stor vikt att …"),
/// and the weight may be the greatest ("av största vikt").
pub(super) fn important_at(w: &[Word], i: usize) -> Option<usize> {
    const ADVERBS: [&str; 6] = ["darfor", "ocksa", "aven", "dock", "alltsa", "saledes"];
    let f = |k: usize| w.get(k).map_or("", |x| x.folded.as_str());
    if i != 0 || f(0) != "det" || f(1) != "ar" {
        return None;
    }
    let a = 2 + usize::from(ADVERBS.contains(&f(2)));
    let att = match f(a) {
        "viktigt" | "vasentligt" | "angelaget" | "nodvandigt" => a + 1,
        "allt" | "mycket" | "sarskilt" if f(a + 1) == "viktigare" || f(a + 1) == "viktigt" => a + 2,
        "av" if ["stor", "storsta"].contains(&f(a + 1)) && f(a + 2) == "vikt" => a + 3,
        _ => return None,
    };
    // Whoever the clause after "att" names: the reader ("Det är viktigt
    // att du …") or what is to be so ("Det är viktigt att styrdokumenten
    // samordnas"). Counted on the spent sets before it was built: 21 of
    // the 28 sentences so opened are truth statements (the seven others
    // mostly wishes such as "… att kommunens invånare känner till …").
    // Not "Det är viktigt att veta …", which explains.
    (f(att) == "att" && f(att + 1) != "veta" && w.len() > att + 2)
        .then(|| w.get(att).map_or(0, |x| x.end))
}

/// Verbs of a decision's procedure: a protocol or a proposal around the
/// document ("Kommunstyrelsen föreslår fullmäktige besluta att …", "X (M)
/// yrkar att …", "Härefter förklaras överläggningen avslutad").
pub(super) const PROCEDURE: [&str; 9] = [
    "foreslar",
    "foreslas",
    "foreslog",
    "yrkar",
    "yrkade",
    "forklaras",
    "tillstyrker",
    "bifaller",
    "beslutade",
];

/// Whether a sentence reports a step of the decision procedure rather than
/// states a rule: its main clause's verb, before any modal verb, is one of
/// [`PROCEDURE`] or "beslutar att" ("Arbetsutskottet beslutar att föreslå
/// …"). No rule of a document is phrased so; the rules such a text quotes
/// stand in sentences of their own.
pub(super) fn decision_procedure(w: &[Word], sub: &Subordinate<'_>) -> bool {
    for (i, x) in w.iter().enumerate().take(12) {
        let f = x.folded.as_str();
        if ["ska", "skall", "bör", "maste", "får"].contains(&f) {
            return false;
        }
        let decides = ["beslutar", "beslutat"].contains(&f)
            && w.get(i + 1).is_some_and(|n| n.folded == "att");
        // A protocol's presenter ("Kommundirektör föredrar ärendet", Vara
        // `blind27/`).
        let presents = f == "foredrar" && w.get(i + 1).is_some_and(|n| n.folded == "arendet");
        if (PROCEDURE.contains(&f) || decides || presents) && !sub.at(i) {
            return true;
        }
    }
    false
}

/// Whether a folded word is a present passive because its agent follows
/// ("Beslut om kameror fattas av nämnden", "Driften sköts av
/// fastighetsenheten"): an -s form before "av", also of a verb whose -s
/// form alone is no passive ("fattas" is also "is missing"); not a past
/// passive.
pub(super) fn agent_passive(f: &str, next: &str) -> bool {
    // Not a past passive ("fastställdes av", "antogs av"): a history.
    let past = ["des", "tes", "ogs", "ags"].iter().any(|e| f.ends_with(e));
    next == "av" && f.ends_with('s') && f.chars().count() >= 5 && !past
}

/// A decision taken as the rule says, with no agent ("Beslut om
/// skolplacering fattas efter ansökan …", "Beslut om skolskjuts fattas på
/// bakgrund av …"): `fattas` after a subject that opens the sentence with
/// `Beslut om`, a decision on a named matter. Alone, `fattas` also means
/// "is missing" ("Det fattas …"), and "Beslut fattas ibland" describes.
pub(super) fn decision_taken(w: &[Word], i: usize) -> bool {
    w.get(i).is_some_and(|x| x.folded == "fattas")
        && w.first()
            .is_some_and(|x| ["beslut", "beslutet", "besluten"].contains(&x.folded.as_str()))
        && w.get(1).is_some_and(|x| x.folded == "om")
}
