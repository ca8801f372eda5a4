//! Which clause a word stands in: a reported or explained clause, a
//! subordinate or relative clause, a purpose clause — none of which binds.

use super::*;

/// Words that open a clause that reports or explains rather than binds:
/// "hur systemen ska förvaltas", "vilka regler som gäller".
pub(super) const REPORTING: [&str; 13] = [
    "hur", "vad", "vem", "vilka", "vilket", "vilken", "varfor", "innan", "eftersom", "medan",
    "huruvida", "nar", "dar",
];

/// Verbs that report what another text says ("I lagen står det att …", "Det
/// framgår att …", "Läroplanen säger att …", "I 2 § sägs att …"): a rule
/// after them anywhere in the sentence is reported.
pub(super) const REPORTED_BY: [&str; 6] = ["star", "framgar", "utlasas", "anges", "sager", "sags"];

/// Words that follow a fronted clause's modal in verb-second order ("När du
/// har ett uppdrag ska du följa …"): the modal is the main clause's.
pub(super) const INVERTED_SUBJECTS: [&str; 9] =
    ["du", "vi", "man", "ni", "han", "hon", "den", "det", "de"];

/// Possessive determiners, which open a subject's noun phrase ("Om du
/// saknar legitimation behöver din chef …", "Din ID-handling måste …").
pub(crate) const POSSESSIVES: [&str; 12] = [
    "din", "ditt", "dina", "min", "mitt", "mina", "er", "ert", "era", "sin", "sitt", "sina",
];

/// Whether the word after a modal at `i` is an inverted subject: the modal
/// is the main clause's verb in second place after a fronted clause.
pub(super) fn inverted_after(w: &[Word], i: usize) -> bool {
    w.get(i + 1).is_some_and(|n| {
        INVERTED_SUBJECTS.contains(&n.folded.as_str()) || POSSESSIVES.contains(&n.folded.as_str())
    })
}

/// Whether a noun subject follows the modal at `i` and its infinitive comes
/// within four words after it, as after a fronted condition (`Om tomma
/// stolar uppstår under mandatperioden ska partistödet begränsas`, Region
/// Norrbotten `blind75/`; `Om en elev bryter mot ordningsreglerna måste
/// samtal föras …`, Vårgårda `blind48/`): the main clause's verb in second place. Not
/// when an infinitive follows the modal at once (`Om du under resan ska
/// hämta …`: the condition's own verb), nor over a clause's end.
pub(super) fn inverted_noun_after(w: &[Word], i: usize) -> bool {
    const ARTICLES: [&str; 9] = [
        "en", "ett", "den", "det", "de", "varje", "denna", "detta", "dessa",
    ];
    let Some(first) = w.get(i + 1) else {
        return false;
    };
    let f = first.folded.as_str();
    if first.clause_end || infinitive_like(f) && !ARTICLES.contains(&f) || f.ends_with("as") {
        return false;
    }
    (i + 2..(i + 6).min(w.len())).any(|k| {
        w.get(k).is_some_and(|x| {
            let f = x.folded.as_str();
            let between_ends = w
                .get(i + 1..k)
                .is_some_and(|b| b.iter().any(|y| y.clause_end));
            !between_ends
                && !x.capital
                && ((infinitive_like(f) && f.chars().count() >= 3 && !ARTICLES.contains(&f))
                    || (f.ends_with("as") && f.chars().count() >= 5))
        })
    })
}

/// Words that open a noun phrase as the object of `behöver` ("behöver en
/// god service", "behöver mer tid").
pub(super) const OBJECT_OPENERS: [&str; 14] = [
    "en", "ett", "ingen", "inget", "inga", "mer", "mera", "fler", "flera", "mycket", "nagon",
    "nagot", "nagra", "annan",
];

/// Whether `behöver` at `i` names a thing needed, not a duty: its object is
/// a noun phrase, not an infinitive ("Både boende och företag behöver en
/// god service för att vardagen ska fungera", "Du behöver Adobe Reader för
/// att öppna filen"), after any adverb or pronoun subject; a name followed
/// by an infinitive is the inverted subject ("Därför behöver Nämnden ta
/// fram …", which binds).
pub(super) fn needs_a_thing(w: &[Word], i: usize) -> bool {
    let skip = [
        "inte", "ej", "alltid", "ocksa", "aven", "darfor", "da", "ofta", "nu",
    ];
    let mut k = i + 1;
    while w.get(k).is_some_and(|y| {
        skip.contains(&y.folded.as_str()) || INVERTED_SUBJECTS.contains(&y.folded.as_str())
    }) {
        k += 1;
    }
    let Some(y) = w.get(k) else {
        return false;
    };
    OBJECT_OPENERS.contains(&y.folded.as_str())
        || (y.capital
            && !w
                .get(k + 1..(k + 4).min(w.len()))
                .is_some_and(|n| n.iter().any(|z| infinitive_like(&z.folded))))
}

/// Whether `behöver` at `i` has `vi` as its inverted subject after a
/// fronted phrase: the organisation tells the reader what it needs to do
/// its work ("I kommunen behöver vi hantera många personuppgifter", "För att
/// hjälpa dig behöver vi ofta ta emot uppgifter"), not a rule for anyone.
/// `Vi behöver …` with the subject first is left to the truths' reading
/// of a programme's aims.
pub(super) fn our_need(w: &[Word], i: usize) -> bool {
    i > 0 && w.get(i + 1).is_some_and(|n| n.folded == "vi")
}

/// Whether word `i` follows a copula (`är`, `anses`, `blir`, `vara`,
/// `betraktas som`) within the three words before it, in the same clause:
/// a predicative adjective ("Det är därför otillåtet att …").
pub(super) fn after_copula(w: &[Word], i: usize) -> bool {
    (i.saturating_sub(3)..i).rev().any(|k| {
        w.get(k).is_some_and(|x| {
            ["ar", "anses", "blir", "vara", "bli", "betraktas", "som"].contains(&x.folded.as_str())
        }) && !w.get(k..i).is_some_and(|b| b.iter().any(|y| y.clause_end))
    })
}

/// Whether a folded word looks like an infinitive ("använda", "ge", "nå").
pub(crate) fn infinitive_like(f: &str) -> bool {
    f.ends_with('a')
        || [
            "ga", "ha", "se", "fa", "sta", "bli", "ske", "ge", "ta", "do", "tro", "na", "avse",
            "anse", "forse", "tillse", "bese", "bo",
        ]
        .contains(&f)
}

/// Tells whether a word stands in a clause that reports or explains: a reporting
/// word, a finite "för att" / "så att" clause ("för att den ska kunna …",
/// not "För att använda X måste du …"), or a relative clause just before it
/// ("den som svarar för", "som ska leda oss").
///
/// The reporting words that govern a whole sentence are found once per
/// sentence ([`Subordinate::new`]) and the look back for the clause's own
/// markers stops after [`CLAUSE_WINDOW`] words, so asking for every word of
/// a sentence costs time linear in its length.
pub(crate) struct Subordinate<'a> {
    w: &'a [Word],
    /// The first word that reports the whole sentence, if any.
    first_reported_by: Option<usize>,
}

/// How far back (in words) a clause marker is looked for: no clause of a
/// real sentence is longer, and a run-on text of thousands of words must
/// not be re-read at every word.
pub(super) const CLAUSE_WINDOW: usize = 60;

impl<'a> Subordinate<'a> {
    pub(crate) fn new(w: &'a [Word]) -> Self {
        // "säger upp" ends a contract; it reports nothing.
        let first_reported_by = w.iter().enumerate().position(|(i, x)| {
            REPORTED_BY.contains(&x.folded.as_str())
                && !(x.folded == "sager" && w.get(i + 1).is_some_and(|n| n.folded == "upp"))
        });
        Subordinate {
            w,
            first_reported_by,
        }
    }

    /// Whether word `i` stands in a reporting or explaining clause.
    pub(crate) fn at(&self, i: usize) -> bool {
        clause_subordinate(
            self.w,
            i,
            self.first_reported_by.is_some_and(|r| r < i),
            true,
        )
    }

    /// Whether word `i` stands in a reporting or explaining clause other
    /// than a relative one ("som ska …").
    pub(super) fn reported(&self, i: usize) -> bool {
        clause_subordinate(
            self.w,
            i,
            self.first_reported_by.is_some_and(|r| r < i),
            false,
        )
    }
}

/// Where a relative clause's `som` stands just before word `i`, when the
/// relative clause has no finite verb of its own before `i`: "en resurs som
/// skall utnyttjas" (the modal is the relative clause's), not "Den som
/// företräder kommunen skall …" (the relative clause ended at its verb, the
/// modal is the main clause's).
pub(super) fn relative_before(w: &[Word], i: usize) -> Option<usize> {
    let k = (i.saturating_sub(3)..i)
        .rev()
        .find(|&k| w.get(k).is_some_and(|x| x.folded == "som" && !x.clause_end))?;
    // A comma after it ends what `som` opened (`Om flera ledamöter har
    // lika lång tjänstgöringstid som ledamot, ska den äldste …`, Arvika
    // `real/`): the modal after the comma is the main clause's.
    if correlative_som(w, k) || w.get(k..i).is_some_and(|b| b.iter().any(|x| x.clause_end)) {
        return None;
    }
    // A short -s passive with its particle (`de lätta lastbilar som köps
    // in ska uppfylla kraven`, Kungsbacka) is the relative clause's own
    // verb — in a main clause: inside an `att` clause (`sträva efter att
    // varor som köps in skall vara …`, Uppvidinge `blind8/`) the modal is
    // that clause's, left to the relative reading as before.
    const PARTICLES: [&str; 9] = [
        "in", "ut", "upp", "av", "bort", "ner", "fram", "till", "over",
    ];
    let in_att_clause = w
        .get(..k)
        .is_some_and(|b| b.iter().any(|x| x.folded == "att"));
    let between = w.get(k + 1..i).unwrap_or(&[]);
    let own_verb = between.iter().enumerate().any(|(n, x)| {
        finite_like(&x.folded)
            || (!in_att_clause
                && x.folded.ends_with('s')
                && between
                    .get(n + 1)
                    .is_some_and(|p| PARTICLES.contains(&p.folded.as_str())))
    });
    (!own_verb).then_some(k)
}

/// Whether the `som` at `k` is the second half of `såväl … som` ("Den
/// kommunala verksamheten såväl i förvaltningsform som i bolagsform ska
/// …", Trosa Fibernät `blind23/`; "såväl sponsring som mottagande av
/// sponsring måste …", Eslöv `blind7/`: both truths read the modal as the
/// main clause's), a conjunction and no relative pronoun: `såväl` within
/// the six words before it, in the same clause.
pub(super) fn correlative_som(w: &[Word], k: usize) -> bool {
    (k.saturating_sub(6)..k).rev().any(|j| {
        w.get(j).is_some_and(|x| x.folded == "saval")
            && !w.get(j..k).is_some_and(|b| b.iter().any(|y| y.clause_end))
    })
}

/// Whether a folded word looks like a finite verb in the present tense
/// ("företräder", "har", "ställs", "används"): the relative clause it stands
/// in has its verb.
pub(super) fn finite_like(f: &str) -> bool {
    ["ar", "har", "kan", "vill", "finns", "blir", "galler"].contains(&f)
        || (f.chars().count() >= 5 && f.ends_with("er") && !f.ends_with("ner"))
        || (f.chars().count() >= 5 && f.ends_with("ar"))
        || passive_like(f)
}

/// [`Subordinate::at`] for one word; `reported` says whether a word before
/// it reports the whole sentence, `relatives` whether a relative clause
/// counts.
pub(super) fn clause_subordinate(w: &[Word], i: usize, reported: bool, relatives: bool) -> bool {
    if reported {
        return true;
    }
    if relatives && relative_before(w, i).is_some() {
        return true;
    }
    let mut j = i;
    let stop = i.saturating_sub(CLAUSE_WINDOW);
    while j > stop {
        j -= 1;
        let Some(x) = w.get(j) else { break };
        if x.clause_end {
            return reported_across_commas(w, j, i);
        }
        if REPORTING.contains(&x.folded.as_str()) && !free_relative(w, j) {
            let inverted = j == 0 && (inverted_after(w, i) || clause_has_verb(w, j, i));
            return !inverted;
        }
        if x.folded == "att"
            && j > 0
            && purpose_before(w, j)
            && !w.get(j + 1).is_some_and(|n| {
                (infinitive_like(&n.folded) || deponent_like(&n.folded))
                    && !n.capital
                    && !SUBJECT_OPENERS.contains(&n.folded.as_str())
                    && !definite_plural(&n.folded)
                    && j + 1 < i
            })
        {
            // "För att resan ska räknas krävs att …": a fronted clause ends
            // where the main clause's verb comes first ("krävs att", "ska
            // du").
            let fronted = j == 1
                && (w.get(i + 1).is_some_and(|n| n.folded == "att")
                    || inverted_after(w, i)
                    || fronted_purpose_ended(w, j, i));
            return !fronted;
        }
        // "Skolan tar ett beslut om eleven får vara ledig …" (Strömsund
        // `blind52/`): `om` after a word of deciding or judging, not first
        // in the sentence, asks whether; a modal verb a few words after it
        // is the question's.
        if x.folded == "om" && j >= 2 && i - j <= 4 && asks_whether(w, j) {
            return true;
        }
        if x.folded == "om" && (j == 0 || w.get(j - 1).is_some_and(|p| p.clause_end)) && i - j <= 6
        {
            // "Om Du lagrar …, är Du …": a condition before the main clause
            // ends at its comma; a modal inside it is not the rule — unless
            // the modal comes with its subject after it, in second place
            // after the condition ("Om du saknar legitimation behöver din
            // chef …").
            // `så` right before the modal opens the main clause after the
            // condition (`Om parkeringstillstånd beviljas så skall även ett
            // passfoto … skrivas under`, Dals-Ed `blind62/`).
            let sa_before = i >= 1 && w.get(i - 1).is_some_and(|p| p.folded == "sa");
            return !(j == 0
                && i >= j + 3
                && (sa_before || inverted_after(w, i) || inverted_noun_after(w, i)));
        }
    }
    false
}

/// Verbs of deciding or judging after which `om` asks whether (`prövar om
/// sökanden ska …`), folded.
pub(super) const WHETHER_VERBS: [&str; 9] = [
    "beslutar",
    "provar",
    "prova",
    "avgor",
    "avgora",
    "bedomer",
    "bedoma",
    "undersoker",
    "undersoka",
];

/// Whether the `om` at `j` asks whether: after a verb of deciding or
/// judging, or after a decision taken (`tar ett beslut om eleven får …`) —
/// not after a decision that is the subject (`Skriftligt beslut om avgift
/// skickas ut`, `Vid beslut om … görs`).
pub(super) fn asks_whether(w: &[Word], j: usize) -> bool {
    let Some(head) = j.checked_sub(1).and_then(|k| w.get(k)) else {
        return false;
    };
    if WHETHER_VERBS.contains(&head.folded.as_str()) {
        return true;
    }
    ["beslut", "besked"].contains(&head.folded.as_str())
        && w.get(j.saturating_sub(3)..j - 1).is_some_and(|b| {
            b.iter()
                .any(|x| ["tar", "ta", "fattar", "fatta", "ger", "ge"].contains(&x.folded.as_str()))
        })
}

/// Whether a folded word looks like an infinitive in `-s` ("lyckas",
/// "finnas", "behandlas"): after `för att` it opens an infinitive clause as
/// "använda" does ("För att lyckas med X måste Y …", Fyrbodal `blind24/`),
/// not a subject; a genitive plural ("barnas", "elevernas") is not one.
pub(super) fn deponent_like(f: &str) -> bool {
    f.chars().count() >= 5 && f.ends_with("as") && !f.ends_with("rnas")
}

/// Modal and finite verbs that give a fronted `För att` clause its own
/// verb ("För att en övervakning inte ska vara kränkande måste …").
pub(super) const PURPOSE_OWN_VERBS: [&str; 10] = [
    "ska", "skall", "kan", "får", "far", "maste", "bör", "bor", "vill", "ar",
];

/// Whether a sentence that opens with a purpose (`För att` at `j` = 1) has
/// ended it before word `i`, so that `i` is the main clause's verb in
/// second place without a comma: the purpose clause had its own modal
/// ("För att en kameraövervakning inte ska vara kränkande måste ändamålet
/// …", "För att detta ska vara tydligt krävs …"), or it is an infinitive
/// after an adverb ("För att systematiskt kunna integrera … ska framförda
/// synpunkter dokumenteras", "För att inte äventyra förtroendet … ska
/// antalet …"; with no adverb the infinitive is seen before this).
pub(super) fn fronted_purpose_ended(w: &[Word], j: usize, i: usize) -> bool {
    // Only a modal proper ends it, and `krävs` (Vårgårda `blind3/`, Lund
    // `blind10/`: `För att … ska vara … krävs …`, both truths `måste`):
    // `behöver`/`behövs` after a purpose name the means to it ("För att
    // processen ska kunna bedrivas enhetligt behöver också roller
    // definieras", `real/` Luleå, no truth sentence).
    let main_modal = w.get(i).is_some_and(|x| {
        ["ska", "skall", "maste", "bör", "får", "kravs"].contains(&x.folded.as_str())
    });
    if !main_modal || w.first().is_none_or(|f| f.folded != "for") {
        return false;
    }
    let between = w.get(j + 1..i).unwrap_or(&[]);
    let own_verb = between
        .iter()
        .any(|y| PURPOSE_OWN_VERBS.contains(&y.folded.as_str()));
    let adverb = |y: &Word| {
        let f = y.folded.as_str();
        ["inte", "ej", "aldrig", "alltid", "ocksa", "aven"].contains(&f)
            || (!y.capital && f.chars().count() >= 6 && f.ends_with("t"))
    };
    let skipped = between.iter().take_while(|y| adverb(y)).count();
    let infinitival = skipped > 0
        && between.get(skipped).is_some_and(|y| {
            infinitive_like(&y.folded)
                && !y.capital
                && !SUBJECT_OPENERS.contains(&y.folded.as_str())
        });
    own_verb || infinitival
}

/// Whether a folded word looks like a noun in the definite plural
/// (`rasterna`, `eleverna`, `handlingarna`): it ends like an infinitive,
/// but after `för att` it opens the purpose's subject ("För att rasterna
/// ska fungera gäller följande:", Linköping `blind48/`), so a modal verb
/// after it is the purpose's. Not `värna` or `varna`, which are verbs.
pub(super) fn definite_plural(f: &str) -> bool {
    f.chars().count() >= 7 && f.ends_with("rna") && !f.ends_with("varna")
}

/// Determiners and the pronoun `detta` that end like an infinitive
/// ("alla", "samtliga"; not "vara", which is one too): after "för att"
/// they open a subject ("för att alla system ska vara säkra", "För att
/// detta ska kunna ske bör …", Strängnäs `blind31/`; "För att detta ska
/// vara tydligt krävs …", Vårgårda `blind3/`), not an infinitive ("för att
/// använda X").
pub(super) const SUBJECT_OPENERS: [&str; 7] = [
    "alla", "samtliga", "varje", "denna", "dessa", "detta", "hela",
];

/// Finite verbs that end a fronted clause before its comma ("När du har
/// ett uppdrag, ska …"): a modal after the comma is the main clause's.
pub(super) const CLAUSE_VERBS: [&str; 11] = [
    "ar", "har", "kan", "vill", "finns", "blir", "galler", "var", "hade", "sker", "kravs",
];

/// Whether `vad` at `j` stands after a preposition as "det som" ("Utöver
/// vad som följer av lag gäller …", "enligt vad som anges"): a noun
/// phrase, not a reported question.
pub(super) fn free_relative(w: &[Word], j: usize) -> bool {
    w.get(j).is_some_and(|x| x.folded == "vad")
        && j > 0
        && w.get(j - 1).is_some_and(|p| {
            ["utover", "forutom", "enligt", "utom", "efter"].contains(&p.folded.as_str())
        })
}

/// Whether the clause opened by the subordinator at `j` has its own finite
/// verb before word `i`: a fronted clause that ended, so a modal at `i` is
/// the main clause's verb in second place ("Innan en resa beställs ska
/// resenären …", "När vi har fått beslutet ska …").
pub(super) fn clause_has_verb(w: &[Word], j: usize, i: usize) -> bool {
    let between = w.get(j + 1..i).unwrap_or(&[]);
    between.iter().enumerate().any(|(k, y)| {
        let f = y.folded.as_str();
        CLAUSE_VERBS.contains(&f)
            || passive_like(f)
            || (finite_like(f)
                && k > 0
                && between
                    .get(k - 1)
                    .is_some_and(|p| INVERTED_SUBJECTS.contains(&p.folded.as_str())))
    })
}

/// Whether the `att` at `j` opens a purpose: "för att", "så att", "syftar
/// till att", "Syftet (med …) är att" — a modal in it, after its own
/// subject, says what the purpose is, not the rule — or the content of a
/// goal or a wish named right before it ("med målet att Sverige ska …",
/// "har uttryckt önskemål om att handlingar ska …").
pub(super) fn purpose_before(w: &[Word], j: usize) -> bool {
    let p = |k: usize| w.get(k).map_or("", |x| x.folded.as_str());
    let Some(b) = j.checked_sub(1) else {
        return false;
    };
    let wish = |f: &str| f.starts_with("onskem") || f.starts_with("onskan");
    ["for", "sa", "malet", "malsattningen"].contains(&p(b))
        || wish(p(b))
        || (p(b) == "om" && b > 0 && wish(p(b - 1)))
        || (p(b) == "till" && b > 0 && p(b - 1).starts_with("syft"))
        || (p(b) == "ar" && (0..b).any(|k| p(k).starts_with("syftet")))
}

/// Whether a modal at `i`, after the comma that ends word `c`, still stands
/// in a reporting clause opened before that comma: the commas only part a
/// list or an insert ("reglerar hur upphandling av varor, tjänster och
/// entreprenader ska genomföras", "visa hur vi, på ett enkelt sätt, ska
/// agera"), the reporting clause has no finite verb of its own before
/// the modal, and the modal is not followed by its subject (verb-second
/// after a fronted clause: "När du har ett uppdrag, ska du …").
pub(super) fn reported_across_commas(w: &[Word], c: usize, i: usize) -> bool {
    if inverted_after(w, i) {
        return false;
    }
    let list_word = |x: &Word| ["och", "eller", "samt"].contains(&x.folded.as_str());
    // After the last comma: nothing (an insert ends), or a list's last member.
    let tail = w.get(c + 1..i).unwrap_or(&[]);
    if !(tail.is_empty() || (tail.len() <= 6 && tail.iter().any(list_word))) {
        return false;
    }
    let stop = i.saturating_sub(CLAUSE_WINDOW);
    let mut chunk = 0;
    let mut j = c + 1;
    while j > stop {
        j -= 1;
        let Some(x) = w.get(j) else { break };
        if x.clause_end && j != c {
            if chunk > 6 {
                return false;
            }
            chunk = 0;
        }
        chunk += 1;
        if REPORTING.contains(&x.folded.as_str()) {
            // An insert opened by `oavsett` (`Alla kommuninvånare, oavsett
            // vem man är eller hur man lever, ska …`, Nacka) concedes; its
            // `hur` and `vem` report nothing.
            let opened = (stop..j)
                .rev()
                .take_while(|&k| w.get(k).is_some_and(|y| !y.clause_end))
                .any(|k| w.get(k).is_some_and(|y| y.folded == "oavsett"));
            if opened {
                return false;
            }
            // The reporting clause itself is short before its first comma
            // (not "När en myndighet förändrar … arkivvården, ska …").
            return chunk <= 7
                && !w
                    .get(j + 1..i)
                    .unwrap_or(&[])
                    .iter()
                    .any(|y| CLAUSE_VERBS.contains(&y.folded.as_str()) || passive_like(&y.folded));
        }
    }
    false
}
