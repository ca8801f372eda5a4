//! What makes a sentence normative: its modal verb (with negation), a
//! responsibility or scope phrase, an imperative, or a binding present
//! tense — found in the sentence's main clause, never in a clause that only
//! reports a rule ("Dokumentet beskriver hur systemen ska förvaltas").

use styrdok_core::text::fold;

use crate::draft::{Modality, StatementType};

use super::present::{
    body_subject_verb, describes_now, is_law, kan_passive, law_subject, legal_frame, main_passive,
    names_law, passive_like, takes_place, we_subject_verb,
};

/// How a sentence binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Binds {
    /// A modal verb: ska, skall, bör, får, måste, krävs, behöver, …
    Modal,
    /// Who answers for something: ansvarar för, svarar för, är ansvarig.
    Responsibility,
    /// Whom or what the document applies to: gäller, omfattar, omfattas.
    Scope,
    /// An imperative at the start ("Installera inga program själv").
    Imperative,
    /// A binding present tense ("Kommunstyrelsen är arkivmyndighet",
    /// "Systemägare utses …").
    Present,
}

/// What a sentence's main clause says about its force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reading {
    pub(crate) binds: Binds,
    /// `None` when no modal verb binds (a responsibility, scope or
    /// imperative phrase, "det är viktigt att").
    pub(crate) modality: Option<Modality>,
    pub(crate) negated: bool,
    /// The marker as written ("skall", "ansvarar för", "får inte").
    pub(crate) as_written: String,
    /// Byte offset of the marker in the sentence.
    pub(crate) at: usize,
}

impl Reading {
    /// A reading with no modal verb and no negation, its marker the word
    /// of `s` at `marker` (a present-tense verb, a goal infinitive, a
    /// requirement heading's first word).
    pub(crate) fn unmodal(binds: Binds, s: &str, marker: std::ops::Range<usize>) -> Self {
        Reading {
            binds,
            modality: None,
            negated: false,
            as_written: s.get(marker.clone()).unwrap_or("").to_owned(),
            at: marker.start,
        }
    }

    /// The statement type this reading gives.
    pub(crate) fn statement_type(&self, text: &str) -> StatementType {
        match self.binds {
            Binds::Scope => StatementType::Scope,
            Binds::Responsibility => StatementType::Responsibility,
            Binds::Present => StatementType::Principle,
            Binds::Imperative => StatementType::Requirement,
            Binds::Modal => {
                let f = fold(text);
                let only = ["enbart ", "endast ", "bara ", "inte ", "ej "]
                    .iter()
                    .any(|w| f.starts_with(w) || f.contains(&format!(" {w}")));
                if self.modality == Some(Modality::Far) && !self.negated && !only {
                    StatementType::Permission
                } else {
                    StatementType::Requirement
                }
            }
        }
    }
    /// The marker as written ("skall", "får inte", "ansvarar för att",
    /// "gäller för", "det är viktigt att"), as the register's statements
    /// record it.
    pub(crate) fn written(&self) -> Option<String> {
        let w = self.as_written.trim();
        (!w.is_empty()).then(|| w.to_owned())
    }
}

/// One word of a sentence: its byte range and its comparison form
/// ([`comparison_form`]: folded, but the modals `bör`, `får`, `må` as
/// written) without surrounding punctuation; `clause_end` when a comma,
/// semicolon or colon follows it.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) folded: String,
    pub(crate) clause_end: bool,
    /// Written with a capital first letter ("Arvika", "Policyn").
    pub(crate) capital: bool,
}

/// The modal verbs whose folded form is another word's: `bör` folds to
/// `bor` (lives), `får` to `far` (father, travels), `må` to `ma`.
const LETTERED_MODALS: [&str; 3] = ["bör", "får", "må"];

/// A word's comparison form: folded ([`fold`]), except that the modal verbs
/// of [`LETTERED_MODALS`] keep their letters as written (lower case, NFC),
/// so that "befolkning … bor utmed fiberstråken" (`blind10/` Gnosjö) or
/// "min far" is never read as a modal. Every modal match on a [`Word`]
/// compares against `bör`/`får`, never `bor`/`far`.
fn comparison_form(written: &str) -> String {
    let folded = fold(written);
    // Only a word that folds like a lettered modal needs a second look, so
    // the common word costs one fold, as before.
    if ["bor", "far", "ma"].contains(&folded.as_str()) {
        let lower = styrdok_core::text::nfc(written).to_lowercase();
        if LETTERED_MODALS.contains(&lower.as_str()) {
            return lower;
        }
    }
    folded
}

/// The words of `s`, from the workspace's tokenizer
/// ([`styrdok_core::text::tokens`]) with the parts of a compound or an
/// abbreviation joined again (`IT-strategi`, `fr.o.m`, `EU:s`), since a
/// kind word or a modal is a whole word.
pub(crate) fn words(s: &str) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::new();
    let mut prev_end: Option<usize> = None;
    for t in styrdok_core::text::tokens(s) {
        let gap = prev_end.and_then(|e| s.get(e..t.start)).unwrap_or("");
        let joins = matches!(gap, "-" | "." | "/" | ":" | "'" | "’");
        match out.last_mut() {
            Some(last) if joins => {
                last.end = t.end;
                last.folded = comparison_form(s.get(last.start..t.end).unwrap_or(""));
            }
            last => {
                if let Some(last) = last {
                    last.clause_end = gap.contains([',', ';', ':']);
                }
                out.push(Word {
                    start: t.start,
                    end: t.end,
                    folded: comparison_form(t.text),
                    clause_end: false,
                    capital: s
                        .get(t.start..)
                        .is_some_and(|r| r.starts_with(char::is_uppercase)),
                });
            }
        }
        prev_end = Some(t.end);
    }
    if let (Some(last), Some(e)) = (out.last_mut(), prev_end) {
        last.clause_end = s.get(e..).is_some_and(|g| g.contains([',', ';', ':']));
    }
    out
}

/// Words that open a clause that reports or explains rather than binds:
/// "hur systemen ska förvaltas", "vilka regler som gäller".
const REPORTING: [&str; 13] = [
    "hur", "vad", "vem", "vilka", "vilket", "vilken", "varfor", "innan", "eftersom", "medan",
    "huruvida", "nar", "dar",
];

/// Verbs that report what another text says ("I lagen står det att …", "Det
/// framgår att …", "Läroplanen säger att …", "I 2 § sägs att …"): a rule
/// after them anywhere in the sentence is reported.
const REPORTED_BY: [&str; 6] = ["star", "framgar", "utlasas", "anges", "sager", "sags"];

/// Words that follow a fronted clause's modal in verb-second order ("När du
/// har ett uppdrag ska du följa …"): the modal is the main clause's.
const INVERTED_SUBJECTS: [&str; 9] = ["du", "vi", "man", "ni", "han", "hon", "den", "det", "de"];

/// Possessive determiners, which open a subject's noun phrase ("Om du
/// saknar legitimation behöver din chef …", "Din ID-handling måste …").
pub(crate) const POSSESSIVES: [&str; 12] = [
    "din", "ditt", "dina", "min", "mitt", "mina", "er", "ert", "era", "sin", "sitt", "sina",
];

/// Whether the word after a modal at `i` is an inverted subject: the modal
/// is the main clause's verb in second place after a fronted clause.
fn inverted_after(w: &[Word], i: usize) -> bool {
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
fn inverted_noun_after(w: &[Word], i: usize) -> bool {
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
const OBJECT_OPENERS: [&str; 14] = [
    "en", "ett", "ingen", "inget", "inga", "mer", "mera", "fler", "flera", "mycket", "nagon",
    "nagot", "nagra", "annan",
];

/// Whether `behöver` at `i` names a thing needed, not a duty: its object is
/// a noun phrase, not an infinitive ("Både boende och företag behöver en
/// god service för att vardagen ska fungera", "Du behöver Adobe Reader för
/// att öppna filen"), after any adverb or pronoun subject; a name followed
/// by an infinitive is the inverted subject ("Därför behöver Nämnden ta
/// fram …", which binds).
fn needs_a_thing(w: &[Word], i: usize) -> bool {
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
fn our_need(w: &[Word], i: usize) -> bool {
    i > 0 && w.get(i + 1).is_some_and(|n| n.folded == "vi")
}

/// Whether word `i` follows a copula (`är`, `anses`, `blir`, `vara`,
/// `betraktas som`) within the three words before it, in the same clause:
/// a predicative adjective ("Det är därför otillåtet att …").
fn after_copula(w: &[Word], i: usize) -> bool {
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
const CLAUSE_WINDOW: usize = 60;

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
    fn reported(&self, i: usize) -> bool {
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
fn relative_before(w: &[Word], i: usize) -> Option<usize> {
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
fn correlative_som(w: &[Word], k: usize) -> bool {
    (k.saturating_sub(6)..k).rev().any(|j| {
        w.get(j).is_some_and(|x| x.folded == "saval")
            && !w.get(j..k).is_some_and(|b| b.iter().any(|y| y.clause_end))
    })
}

/// Whether a folded word looks like a finite verb in the present tense
/// ("företräder", "har", "ställs", "används"): the relative clause it stands
/// in has its verb.
fn finite_like(f: &str) -> bool {
    ["ar", "har", "kan", "vill", "finns", "blir", "galler"].contains(&f)
        || (f.chars().count() >= 5 && f.ends_with("er") && !f.ends_with("ner"))
        || (f.chars().count() >= 5 && f.ends_with("ar"))
        || passive_like(f)
}

/// [`Subordinate::at`] for one word; `reported` says whether a word before
/// it reports the whole sentence, `relatives` whether a relative clause
/// counts.
fn clause_subordinate(w: &[Word], i: usize, reported: bool, relatives: bool) -> bool {
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
const WHETHER_VERBS: [&str; 9] = [
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
fn asks_whether(w: &[Word], j: usize) -> bool {
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
fn deponent_like(f: &str) -> bool {
    f.chars().count() >= 5 && f.ends_with("as") && !f.ends_with("rnas")
}

/// Modal and finite verbs that give a fronted `För att` clause its own
/// verb ("För att en övervakning inte ska vara kränkande måste …").
const PURPOSE_OWN_VERBS: [&str; 10] = [
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
fn fronted_purpose_ended(w: &[Word], j: usize, i: usize) -> bool {
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
fn definite_plural(f: &str) -> bool {
    f.chars().count() >= 7 && f.ends_with("rna") && !f.ends_with("varna")
}

/// Determiners and the pronoun `detta` that end like an infinitive
/// ("alla", "samtliga"; not "vara", which is one too): after "för att"
/// they open a subject ("för att alla system ska vara säkra", "För att
/// detta ska kunna ske bör …", Strängnäs `blind31/`; "För att detta ska
/// vara tydligt krävs …", Vårgårda `blind3/`), not an infinitive ("för att
/// använda X").
const SUBJECT_OPENERS: [&str; 7] = [
    "alla", "samtliga", "varje", "denna", "dessa", "detta", "hela",
];

/// Finite verbs that end a fronted clause before its comma ("När du har
/// ett uppdrag, ska …"): a modal after the comma is the main clause's.
const CLAUSE_VERBS: [&str; 11] = [
    "ar", "har", "kan", "vill", "finns", "blir", "galler", "var", "hade", "sker", "kravs",
];

/// Whether `vad` at `j` stands after a preposition as "det som" ("Utöver
/// vad som följer av lag gäller …", "enligt vad som anges"): a noun
/// phrase, not a reported question.
fn free_relative(w: &[Word], j: usize) -> bool {
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
fn clause_has_verb(w: &[Word], j: usize, i: usize) -> bool {
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
fn purpose_before(w: &[Word], j: usize) -> bool {
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
fn reported_across_commas(w: &[Word], c: usize, i: usize) -> bool {
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

const NEGATIONS: [&str; 5] = ["inte", "ej", "icke", "aldrig", "inga"];

/// Whether a word right after the modal (or the subject) negates it.
fn negated_after(w: &[Word], i: usize) -> Option<usize> {
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
fn gets(w: &[Word], i: usize) -> bool {
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
const ADVERBS: [&str; 25] = [
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
fn far_is_modal(s: &str, w: &[Word], i: usize) -> bool {
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
fn determiner(s: &str, x: &Word) -> bool {
    DETERMINERS.contains(&x.folded.as_str())
        && !(x.folded == "vara"
            && s.get(x.start..x.end)
                .is_some_and(|t| t.eq_ignore_ascii_case("vara")))
}

/// Whether `x` looks like a passive infinitive: in -as, or of a verb in -e
/// or -o (`får inte förses`, `får ges`, Mjölby `blind50/`, Sunne
/// `blind42/`).
fn passive_infinitive(x: &Word) -> bool {
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
fn far_after_phrase(s: &str, w: &[Word], i: usize, from: usize) -> bool {
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
const DETERMINERS: [&str; 17] = [
    "dina", "mina", "sina", "vara", "era", "andra", "alla", "flera", "manga", "hela", "samma",
    "egna", "nya", "bada", "sadana", "vilka", "nagra",
];

/// Imperatives that open a rule in user instructions.
/// (Not "ändra", whose folded form is the pronoun "andra".)
const IMPERATIVES: [&str; 57] = [
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
const INTENTION_NOUNS: [&str; 6] = [
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
fn intention_of_holder(w: &[Word], i: usize) -> bool {
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
const DUTY_NOUNS: [&str; 6] = [
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
fn duty_of_holder(s: &str, w: &[Word], i: usize) -> bool {
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
fn required_by_law_cited(w: &[Word], i: usize) -> bool {
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
fn law_in_force(w: &[Word], i: usize) -> bool {
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
fn undated_validity(w: &[Word], i: usize) -> bool {
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
fn table_cell(x: &Word) -> bool {
    x.capital
}

/// Whether a sentence only points the reader elsewhere: "Läs mer om …",
/// "Läs styrdokumentet nedan", "Nedan listas sidor …", "För frågor
/// hänvisas till …", or a web service's own notice ("Den här tjänsten
/// kräver inloggning").
fn points_elsewhere(w: &[Word]) -> bool {
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
const PRESENT: [(&str, &str); 15] = [
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
fn phrase_end(w: &[Word], i: usize) -> usize {
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
fn important_at(w: &[Word], i: usize) -> Option<usize> {
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
const PROCEDURE: [&str; 9] = [
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
fn decision_procedure(w: &[Word], sub: &Subordinate<'_>) -> bool {
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
fn agent_passive(f: &str, next: &str) -> bool {
    // Not a past passive ("fastställdes av", "antogs av"): a history.
    let past = ["des", "tes", "ogs", "ags"].iter().any(|e| f.ends_with(e));
    next == "av" && f.ends_with('s') && f.chars().count() >= 5 && !past
}

/// A decision taken as the rule says, with no agent ("Beslut om
/// skolplacering fattas efter ansökan …", "Beslut om skolskjuts fattas på
/// bakgrund av …"): `fattas` after a subject that opens the sentence with
/// `Beslut om`, a decision on a named matter. Alone, `fattas` also means
/// "is missing" ("Det fattas …"), and "Beslut fattas ibland" describes.
fn decision_taken(w: &[Word], i: usize) -> bool {
    w.get(i).is_some_and(|x| x.folded == "fattas")
        && w.first()
            .is_some_and(|x| ["beslut", "beslutet", "besluten"].contains(&x.folded.as_str()))
        && w.get(1).is_some_and(|x| x.folded == "om")
}

/// Reads the force of a bullet item: as a sentence, or an imperative without
/// a full stop.
pub(crate) fn read_bullet(s: &str) -> Option<Reading> {
    read(s).or_else(|| imperative(s, &words(s), false))
}

/// Reads the force of one sentence, or `None` when it does not bind.
pub(crate) fn read(s: &str) -> Option<Reading> {
    let w = words(s);
    let sub = Subordinate::new(&w);
    let first = w.first()?;
    if s.trim_end().ends_with('?') {
        return None;
    }
    let mk = |binds, modality, negated, a: usize, b: usize| {
        Some(Reading {
            binds,
            modality: Some(modality),
            negated,
            as_written: s.get(a..b).unwrap_or("").to_owned(),
            at: a,
        })
    };
    // "Med informationssäkerhet avses …" defines a word; it binds nobody.
    if first.folded == "med" && w.iter().any(|x| x.folded == "avses") {
        return None;
    }
    if decision_procedure(&w, &sub) || points_elsewhere(&w) {
        return None;
    }
    // "Ingen utrustning får …", "Inga program får …".
    let subject_negated = ["ingen", "inga", "inget"].contains(&first.folded.as_str());
    let mut fallback: Option<Reading> = None;
    // A right or an intention ("har rätt till …", "strävar efter", "vill
    // vi"), unless a modal verb later in the sentence states the rule
    // ("Alla har rätt till en god arbetsmiljö, därför ska …").
    let mut weak: Option<Reading> = None;
    // A modal verb in a relative clause that describes the subject or the
    // predicate ("Faktorer som ska beaktas är …", "IT är en resurs som skall
    // utnyttjas …"): the rule, when nothing in the main clause binds.
    let mut relative: Option<Reading> = None;
    let body_subject = body_subject_verb(s, &w).or_else(|| we_subject_verb(s, &w));
    for (i, x) in w.iter().enumerate() {
        let f = x.folded.as_str();
        let next = w.get(i + 1).map(|n| n.folded.as_str()).unwrap_or("");
        let modal = match f {
            "ska" | "skall" => Some(Modality::Ska),
            "bör" => Some(Modality::Bor),
            "kravs" if required_by_law_cited(&w, i) => None,
            "maste" | "kravs" | "kraver" | "obligatoriskt" => Some(Modality::Maste),
            "behover" if !needs_a_thing(&w, i) && !our_need(&w, i) => Some(Modality::Maste),
            "får" if far_is_modal(s, &w, i) => Some(Modality::Far),
            _ => None,
        };
        if let Some(m) = modal {
            if sub.at(i) {
                if relative.is_none() && describing_relative(&w, i) && !sub.reported(i) {
                    let neg = negated_after(&w, i);
                    let end = neg.and_then(|k| w.get(k)).map_or(x.end, |n| n.end);
                    relative = mk(Binds::Modal, m, neg.is_some(), x.start, end);
                }
                continue;
            }
            let neg = negated_after(&w, i);
            let end = neg.and_then(|k| w.get(k)).map_or(x.end, |n| n.end);
            return mk(
                Binds::Modal,
                m,
                neg.is_some() || subject_negated,
                x.start,
                end,
            );
        }
        // "har rätt att" → får, also with words between ("har enligt lagen
        // rätt att", "har skolan rätt att", "äger nämnden rätt att").
        let right = ["har", "ager"].contains(&f)
            && w.get(i + 1..(i + 6).min(w.len())).is_some_and(|n| {
                n.iter()
                    .position(|y| y.folded == "ratt")
                    .is_some_and(|k| !n.get(..k).is_some_and(|b| b.iter().any(|y| y.clause_end)))
            });
        if right && !sub.at(i) {
            let end = w.get(i + 1).map_or(x.end, |n| n.end);
            weak = weak.or_else(|| mk(Binds::Modal, Modality::Far, false, x.start, end));
            continue;
        }
        // "strävar efter att", "eftersträvar", "Genom … vill vi skapa …":
        // an intention (not "Med denna policy vill arbetsgivaren klargöra",
        // which says what the document is for).
        let wants = f == "vill"
            && (next == "vi"
                || (i > 0 && w.get(i - 1).is_some_and(|p| p.folded == "vi"))
                || organisation_wants(&w, i))
            && !w.windows(2).any(|p| {
                matches!(p, [a, b] if a.folded == "med"
                    && ["denna", "detta", "dessa"].contains(&b.folded.as_str()))
            })
            && next != "garna"
            && !(i.saturating_sub(2)..i).any(|k| w.get(k).is_some_and(|p| p.folded == "att"));
        // "lovar att:" (a medborgarlöfte), "har ambitionen att", "Kommunens
        // ambition är att …": the same family of intentions.
        let intends = ["stravar", "efterstravar", "efterstravas"].contains(&f)
            || (f == "lovar" && next == "att")
            || (INTENTION_NOUNS.contains(&f) && intention_of_holder(&w, i));
        if (wants || intends) && !sub.at(i) {
            weak = weak.or_else(|| mk(Binds::Modal, Modality::Avsikt, false, x.start, x.end));
            continue;
        }
        // "Nämnden har att ansvara för …", "I denna situation har nämnden
        // även att följa …": `har att` + an infinitive is an obligation.
        if f == "har"
            && !sub.at(i)
            && let Some(k) = has_to(&w, i)
        {
            let end = w.get(k).map_or(x.end, |a| a.end);
            return mk(Binds::Modal, Modality::Maste, false, x.start, end);
        }
        // "har skyldighet att", "är skyldiga att" → måste.
        // "Alla kommuner är enligt arkivlagen skyldiga att …".
        let verb_before = (i.saturating_sub(4)..i).rev().find(|&k| {
            w.get(k)
                .is_some_and(|p| ["har", "ar"].contains(&p.folded.as_str()))
        });
        if ["skyldighet", "skyldig", "skyldiga"].contains(&f)
            && next == "att"
            && verb_before.is_some()
            && !["sedan", "nar", "eftersom", "da"].contains(&first.folded.as_str())
            && !sub.at(i)
        {
            let p = verb_before
                .and_then(|k| w.get(k))
                .map_or(x.start, |p| p.start);
            let end = w.get(i + 1).map_or(x.end, |n| n.end);
            return mk(Binds::Modal, Modality::Maste, false, p, end);
        }
        // "X är ett (absolut) krav" → måste.
        if f == "krav"
            && (i.saturating_sub(3)..i).any(|k| w.get(k).is_some_and(|p| p.folded == "ar"))
            && w.get(i.saturating_sub(2)..i)
                .is_some_and(|ps| ps.iter().any(|p| p.folded == "ett"))
            && !sub.at(i)
        {
            let a = w
                .get(i.saturating_sub(3)..i)
                .and_then(|ps| ps.iter().find(|p| p.folded == "ar"))
                .map_or(x.start, |p| p.start);
            return mk(Binds::Modal, Modality::Maste, false, a, x.end);
        }
        // A permission: "Avsteg från policyn kan göras efter beslut …",
        // "Undantag kan medges" (an exception as subject), or "Skolskjuts
        // kan endast beviljas …", "Ytterligare namn kan förekomma", "Bidrag
        // kan lämnas …" (a granting verb after kan).
        if f == "kan"
            && !sub.at(i)
            && (["avsteg", "undantag", "avvikelse", "avvikelser", "dispens"]
                .contains(&first.folded.as_str())
                || w.get(i + 1..(i + 4).min(w.len())).is_some_and(|n| {
                    n.iter().any(|y| {
                        [
                            "beviljas",
                            "medges",
                            "goras",
                            "forekomma",
                            "erhallas",
                            "tillatas",
                            // "Bidrag kan lämnas …", "Ekonomiskt stöd kan
                            // utgå …", "Bidrag kan ej sökas av
                            // privatpersoner": Kristianstad, Åstorp,
                            // Härjedalen, Nyköping, Upplands Väsby, Gagnef.
                            "lamnas",
                            "utga",
                            "sokas",
                        ]
                        .contains(&y.folded.as_str())
                    })
                })
                || gets(&w, i))
        {
            return mk(
                Binds::Modal,
                Modality::Far,
                negated_after(&w, i).is_some(),
                x.start,
                x.end,
            );
        }
        // "har möjlighet att" → får; "är tillåten" → får (not negated).
        if f == "mojlighet"
            && next == "att"
            && i > 0
            && w.get(i - 1).is_some_and(|p| p.folded == "har")
            && !sub.at(i)
        {
            let a = w.get(i - 1).map_or(x.start, |p| p.start);
            return mk(Binds::Modal, Modality::Far, false, a, x.end);
        }
        // `Det är endast tillåtet att …` (Grums Hyresbostäder `blind15/`):
        // a restricting adverb between.
        let back = |k: usize| {
            i.checked_sub(k)
                .and_then(|j| w.get(j))
                .map(|p| p.folded.as_str())
        };
        let copula_before = back(1) == Some("ar")
            || (matches!(
                back(1),
                Some("endast" | "bara" | "enbart" | "alltid" | "dock")
            ) && back(2) == Some("ar"));
        if f.starts_with("tillat") && copula_before && !sub.at(i) {
            return mk(Binds::Modal, Modality::Far, false, x.start, x.end);
        }
        // "Det är därför otillåtet att …", "… är otillåten": predicative,
        // after a copula within three words. Attributive before a noun
        // ("otillåten påverkan", "otillåtna program", Timrå `blind69/`)
        // names a kind of act and binds nobody.
        if f.starts_with("otillat") && !sub.at(i) && after_copula(&w, i) {
            return mk(Binds::Modal, Modality::Far, true, x.start, x.end);
        }
        if f.starts_with("tillat")
            && i > 0
            && !sub.at(i)
            && let Some(p) = w.get(i - 1)
            && ["ej", "inte", "icke", "aldrig"].contains(&p.folded.as_str())
        {
            return mk(Binds::Modal, Modality::Far, true, p.start, x.end);
        }
        // "Distansdeltagande tillåts inte vid omröstning …": the present
        // passive of tillåta as the main verb is a permission.
        if f == "tillats" && !sub.at(i) && main_passive(&w, i) {
            let neg = negated_after(&w, i);
            let end = neg.and_then(|k| w.get(k)).map_or(x.end, |n| n.end);
            return mk(Binds::Modal, Modality::Far, neg.is_some(), x.start, end);
        }
        if f.starts_with("forbjud") && !sub.at(i) {
            return mk(Binds::Modal, Modality::Far, true, x.start, x.end);
        }
        // "ställer krav på att", "ställs krav på": → måste; not when a law
        // sets the demand ("Lagstiftningen ställer krav på att kommunen
        // upprättar …": the legal frame, not a rule of the document).
        if ["staller", "stalls"].contains(&f)
            && next == "krav"
            && w.get(i + 2).is_some_and(|p| p.folded == "pa")
            && w.get(i + 3).is_some_and(|a| a.folded == "att")
            && !sub.at(i)
            && !w.get(..i).unwrap_or(&[]).iter().any(|p| is_law(&p.folded))
        {
            let end = phrase_end(&w, i + 1);
            return mk(Binds::Modal, Modality::Maste, false, x.start, end);
        }
        // "avses", "planeras": an intention, not yet a rule.
        // "Med myndighet avses …" defines a word.
        // Nor `avses med` (`I dessa taxeföreskrifter avses med …`), nor
        // `avses` in a relative clause describing a thing (`fastighet som
        // … enligt beviljat bygglov avses att bebyggas …`, Askersund
        // `blind100/`): a definition.
        let defines =
            (i.saturating_sub(16)..i).any(|k| w.get(k).is_some_and(|p| p.folded == "som"));
        if ["avses", "planeras"].contains(&f) && first.folded != "med" && !sub.at(i) {
            // `avses med` opens a list of definitions: nothing of its own.
            // A definition's relative clause still states how the document
            // counts a thing (a taxa's `Bostadsfastighet: fastighet som …
            // avses att bebyggas …`): a binding present, no intention.
            if next == "med" {
                return None;
            }
            if defines {
                return Some(Reading::unmodal(Binds::Present, s, x.start..x.end));
            }
            return mk(Binds::Modal, Modality::Avsikt, false, x.start, x.end);
        }
        if fallback.is_some() || sub.at(i) {
            continue;
        }
        let binds = match f {
            "ansvarar" | "ansvara" => Some(Binds::Responsibility),
            // "är ansvarig för"; not a label "Ansvarig verksamhet".
            // Also a compound ("är personuppgiftsansvarig").
            _ if (f.ends_with("ansvarig") || f.ends_with("ansvariga"))
                && (next == "for"
                    || (i.saturating_sub(3)..i).any(|k| {
                        w.get(k)
                            .is_some_and(|p| ["ar", "vara", "blir"].contains(&p.folded.as_str()))
                    })) =>
            {
                Some(Binds::Responsibility)
            }
            // "har ett ansvar", "är varje myndighets ansvar", "har varje
            // nämnd och styrelse ansvar"; not "roller och ansvar".
            // Also a compound ("har uppföljningsansvar"), in the verb's own
            // clause.
            _ if (f.ends_with("ansvar") || f.ends_with("ansvaret"))
                && (i.saturating_sub(6)..i).any(|k| {
                    w.get(k).is_some_and(|p| {
                        ["har", "ha", "bar", "tar", "ar", "innebar"].contains(&p.folded.as_str())
                    }) && (["ansvar", "ansvaret", "huvudansvar", "huvudansvaret"].contains(&f)
                        || !w.get(k..i).is_some_and(|b| b.iter().any(|y| y.clause_end)))
                }) =>
            {
                Some(Binds::Responsibility)
            }
            // "Ledningens viktigaste uppgifter är: …", "Chefernas ansvar är
            // att …", "Ombudets roll är att …", a label "Ombudets
            // uppgifter:": a duty named after its holder.
            _ if DUTY_NOUNS.contains(&f) && duty_of_holder(s, &w, i) => Some(Binds::Responsibility),
            // "svarar för", "Samtidigt svarar de övriga cheferna för …".
            "svarar"
                if w.get(i + 1..(i + 6).min(w.len()))
                    .is_some_and(|n| n.iter().any(|y| y.folded == "for")) =>
            {
                Some(Binds::Responsibility)
            }
            // "Ansvaret för … åvilar kommunstyrelsen", "Det åligger nämnden
            // att …", "Ansvaret … ligger hos den som kallar".
            "avilar" | "aligger" => Some(Binds::Responsibility),
            "ligger" | "vilar" | "foljer"
                if (0..i).any(|k| w.get(k).is_some_and(|p| p.folded.starts_with("ansvar"))) =>
            {
                Some(Binds::Responsibility)
            }
            // "Kommunstyrelsen består av 11 ledamöter" (a reglemente).
            "bestar" if next == "av" && body_subject == Some(i) => Some(Binds::Present),
            "galler"
                if i > 0
                    && !w
                        .get(i - 1)
                        .is_some_and(|p| ["det", "vad"].contains(&p.folded.as_str()))
                    && !law_in_force(&w, i)
                    && !law_subject(&w, i)
                    && !undated_validity(&w, i) =>
            {
                Some(Binds::Scope)
            }
            "omfattar" | "omfattas" if !legal_frame(&w, i) => Some(Binds::Scope),
            // "Föreskrifterna är tillämpliga på …", "Föreliggande ägarpolicy
            // är direkt och fullt tillämplig på …" (lokala föreskrifter of
            // Vara, Töreboda, Boden, Vellinge; Malung-Sälen): where the
            // text applies; `är` within the three words before.
            "tillamplig" | "tillampliga"
                if next == "pa"
                    && (i.saturating_sub(4)..i)
                        .any(|k| w.get(k).is_some_and(|p| p.folded == "ar")) =>
            {
                Some(Binds::Scope)
            }
            // "Synpunkter ersätter inte överklagande …", "En rapport i
            // systemet ersätter aldrig en polisanmälan": what a thing does
            // not replace is a principle; not a relation between documents
            // (no document kind in the sentence), not what happens today.
            "ersatter"
                if ["inte", "aldrig", "ej"].contains(&next)
                    && !sub.at(i)
                    && !describes_now(&w)
                    && crate::structure::kind_word(s).is_none() =>
            {
                Some(Binds::Present)
            }
            // "Policyn riktar sig till alla anställda".
            "riktar" if next == "sig" && w.get(i + 2).is_some_and(|t| t.folded == "till") => {
                Some(Binds::Scope)
            }
            "gallande" if i > 0 && w.get(i - 1).is_some_and(|p| p.folded == "blir") => {
                Some(Binds::Scope)
            }
            _ => (PRESENT
                .iter()
                .any(|(v, after)| *v == f && (after.is_empty() || *after == next))
                || body_subject == Some(i)
                || ((passive_like(f)
                    || agent_passive(f, next)
                    || decision_taken(&w, i)
                    || kan_passive(&w, i)
                    || takes_place(&w, i))
                    && main_passive(&w, i)
                    && !table_cell(x)
                    && !legal_frame(&w, i)
                    && s.trim_start().starts_with(char::is_uppercase)))
            .then_some(Binds::Present),
        };
        // "gäller från och med 2019-10-25" is validity; "Begreppet X
        // omfattar" a definition; "gäller … följande reglemente" introduces it;
        // a scope needs whom it applies to: not nothing ("För X gäller" lost
        // its list), nor one word with no full stop after it ("Programmet
        // gäller perioden" lost its years; "Planen omfattar elnätet." stays).
        let stopped = s.trim_end().ends_with(['.', '!', '?']);
        let binds = binds.filter(|b| {
            *b != Binds::Scope
                || !(["fran", "till", "tills", "tillsvidare", "fr.o.m", "t.o.m"].contains(&next)
                    || w.len() <= i + 1
                    || (w.len() == i + 2 && !stopped)
                    || x.clause_end
                    || w.get(i + 1).is_some_and(|n| n.clause_end)
                    || (f != "tillamplig"
                        && f != "tillampliga"
                        && w.iter().any(|y| y.folded == "foljande"))
                    || w.iter().take(i).any(|y| y.folded.starts_with("begrepp")))
        });
        // "Det är viktigt att …", "Det är av stor vikt att …".
        let (binds, end) = match binds {
            Some(b) => (Some(b), phrase_end(&w, i)),
            None => match important_at(&w, i) {
                Some(e) => (Some(Binds::Present), e),
                None => (None, x.end),
            },
        };
        // "För revidering ansvarar: Kommunstyrelsen" is a label of a
        // document's information box, not a sentence.
        // (A duty noun before a colon is a lead-in: "Ombudets uppgifter:".)
        let label = s.get(x.end..).is_some_and(|r| r.starts_with(':'))
            && ["ansvarar", "svarar", "galler"].contains(&f);
        let binds = binds.filter(|_| !label);
        if let Some(b) = binds {
            let negated = subject_negated || negated_after(&w, i).is_some();
            fallback = Some(Reading {
                binds: b,
                modality: None,
                negated,
                as_written: s.get(x.start..end).unwrap_or("").to_owned(),
                at: x.start,
            });
        }
    }
    if weak.is_some() {
        return weak;
    }
    if fallback.is_some() {
        return fallback;
    }
    imperative(s, &w, true)
        .or(relative)
        .or_else(|| cleft_holder(s, &w))
}

/// A lead-in that names the conditions a rule rests on and lists them
/// below ("Förutsättningarna för att styrdokumenten ska ge effekt är att de
/// också:", "Utgångspunkten för bedömningen är:", "Villkoren för bidrag
/// är:"): its items are the rule's conditions, read in the present tense.
/// The subject is one of the condition nouns with what it conditions after
/// `för` (not "Utgångspunkter i vårt arbete är:", which lists principles),
/// its verb `är`, and the lead-in ends in a colon. A lead-in ending in the
/// rules its items state (`… våra ordningsregler:`, [`rules_lead_in`]) is
/// read alike.
pub(super) fn criteria_lead_in(s: &str) -> Option<Reading> {
    const CONDITIONS: [&str; 5] = [
        "forutsattning",
        "utgangspunkt",
        "villkor",
        "kriteri",
        "krav",
    ];
    if !s.trim_end().ends_with(':') {
        return None;
    }
    let w = words(s);
    if let Some(r) = rules_lead_in(s, &w).or_else(|| applies_lead_in(s, &w)) {
        return Some(r);
    }
    let first = w.first()?;
    if !(first.capital
        && CONDITIONS.iter().any(|c| first.folded.starts_with(c))
        && w.get(1).is_some_and(|n| n.folded == "for"))
    {
        return None;
    }
    let i = w.iter().position(|x| x.folded == "ar")?;
    let tail = w.get(i + 1..).unwrap_or_default();
    let plain = tail.is_empty() || tail.first().is_some_and(|t| t.folded == "att");
    if i > 14 || !plain || w.get(..i)?.iter().any(|x| x.clause_end) {
        return None;
    }
    let x = w.get(i)?;
    Some(Reading::unmodal(Binds::Present, s, x.start..x.end))
}

/// A lead-in whose main clause is `gäller följande` (+ at most one noun,
/// `principer`, `förutsättningar`) after a fronted clause ("Vid
/// fördelning av platser gäller följande:", "För att rasterna ska fungera
/// gäller följande:"), or that ends in the instructions listed below it
/// ("… är det viktigt att följa instruktionerna nedan:", Sydarkivera
/// `blind11/`): each item is one of the rules, with the item's own modal
/// verb or none; the lead-in lends it no force. `w` are the words of `s`,
/// which ends in a colon.
fn applies_lead_in(s: &str, w: &[Word]) -> Option<Reading> {
    const LISTED: [&str; 5] = ["instruktion", "anvisning", "regl", "rutin", "steg"];
    let n = w.len();
    let at = |k: usize| w.get(k).map_or("", |x| x.folded.as_str());
    let applies = (n.saturating_sub(3)..n)
        .find(|&k| at(k) == "galler" && at(k + 1) == "foljande")
        .filter(|&k| k > 0);
    let below = (n >= 3 && at(n - 1) == "nedan" && LISTED.iter().any(|l| at(n - 2).starts_with(l)))
        .then(|| n - 2);
    let x = w.get(applies.or(below)?)?;
    Some(Reading::unmodal(Binds::Present, s, x.start..x.end))
}

/// A lead-in that ends in the rules its items state ("Här kan du ta del
/// av våra ordningsregler:" + "att inte grilla på balkongen"): each item
/// is one of the rules, with no modality of its own. `w` are the words of
/// `s`, which ends in a colon; the last word is a compound of `regler`
/// (`ordningsregler`, `trivselreglerna`), never the plain noun alone
/// after a preposition of topic ("Mer om reglerna:" names no rules of its
/// own: the word must follow `våra`, `dessa`, `följande` or a genitive).
fn rules_lead_in(s: &str, w: &[Word]) -> Option<Reading> {
    let n = w.len();
    let last = w.last()?;
    let f = last.folded.as_str();
    let rules = ["regler", "reglerna"]
        .iter()
        .any(|r| f.ends_with(r) && f.len() > r.len() + 2);
    let owned = n >= 2
        && w.get(n - 2).is_some_and(|x| {
            ["vara", "dessa", "foljande", "bolagets", "kommunens"].contains(&x.folded.as_str())
        });
    if !(rules && owned) {
        return None;
    }
    Some(Reading::unmodal(Binds::Present, s, last.start..last.end))
}

/// A heading or short label line that names the requirements listed below
/// it ("Krav för bidrag till ungdomsverksamhet", "Kriterier för etablering
/// av en process"): its items are requirements in the present tense, with
/// no modality. A condition noun opens it with `för` after it, as in
/// [`criteria_lead_in`]; not "Förutsättningar för kommunikation", whose
/// items (one spent truth) are facts the document describes, not
/// requirements, and not a sentence (a full stop or colon ends it).
pub(super) fn requirement_heading(s: &str) -> Option<Reading> {
    if s.trim_end().ends_with(['.', ':', '!', '?']) {
        return None;
    }
    let w = words(s);
    let first = w.first()?;
    let opens = first.capital
        && ["krav", "kriteri", "villkor"]
            .iter()
            .any(|c| first.folded.starts_with(c))
        && w.get(1).is_some_and(|n| n.folded == "for");
    if !opens || w.len() > 10 {
        return None;
    }
    Some(Reading::unmodal(Binds::Present, s, first.start..first.end))
}

/// The index of the `att` of an obligation, `har (subject) (adverb) att`
/// and an infinitive, after `har` at `i`: "Nämnden har att ansvara …",
/// "… har nämnden även att följa …". Between them only a definite subject
/// or an adverb, never a supine ("har valt att", "har slutat att") or a
/// noun that takes the `att` itself ("har möjlighet att", "har rätt att");
/// not "har att göra med".
fn has_to(w: &[Word], i: usize) -> Option<usize> {
    const ADVERBS: [&str; 5] = ["aven", "ocksa", "alltid", "darfor", "dessutom"];
    let k = (i + 1..=i + 3).find(|&k| w.get(k).is_some_and(|x| x.folded == "att"))?;
    let between = w.get(i + 1..k)?;
    let fits = between.iter().all(|y| {
        let f = y.folded.as_str();
        !y.clause_end
            && !INTENTION_NOUNS.contains(&f)
            && ![
                "uppgiften",
                "skyldigheten",
                "ratten",
                "mojligheten",
                "formagan",
            ]
            .contains(&f)
            && (ADVERBS.contains(&f)
                || (f.chars().count() >= 5 && (f.ends_with("en") || f.ends_with("na"))))
    }) && !w.get(i).is_some_and(|x| x.clause_end);
    let inf = w.get(k + 1)?;
    let gora_med = inf.folded == "gora" && w.get(k + 2).is_some_and(|m| m.folded == "med");
    (fits && !gora_med && inf.folded.ends_with('a')).then_some(k)
}

/// Whether `vill` at `i` has the organisation as its subject: "Kommunen
/// vill fortsätta …", "Här vill kommunen förbättra …", "Kopparstaden vill
/// bidra …" (its name first); not "Det vill säga", "Hur vill du …", "Vi
/// vill gärna ha dig kvar" or "vill att" (read by "vill vi" and the modal
/// after it).
fn organisation_wants(w: &[Word], i: usize) -> bool {
    const HOLDERS: [&str; 7] = [
        "kommunen",
        "staden",
        "regionen",
        "landstinget",
        "bolaget",
        "forbundet",
        "namnden",
    ];
    const NOT_NAMES: [&str; 6] = ["det", "hur", "vad", "varfor", "vilka", "vilken"];
    let next = w.get(i + 1).map_or("", |n| n.folded.as_str());
    let holder_after = HOLDERS.contains(&next);
    let holder_before = i > 0
        && w.get(i - 1).is_some_and(|p| {
            HOLDERS.contains(&p.folded.as_str())
                || (i == 1
                    && p.capital
                    && p.folded.chars().count() >= 6
                    && !NOT_NAMES.contains(&p.folded.as_str()))
        });
    let verb_at = if holder_after { i + 2 } else { i + 1 };
    let verb = w.get(verb_at).map_or("", |n| n.folded.as_str());
    (holder_after || holder_before)
        && !["att", "garna", "saga", "du", "ni", "man"].contains(&verb)
        && !verb.is_empty()
        && !w.get(i.saturating_sub(1)).is_some_and(|p| p.clause_end)
}

/// A cleft that names who holds a task: "Det är informationsägaren som
/// ansvarar för att …", "Det är verksamheten som äger behovsanalysen", "Det
/// är en kommungemensam beredningsgrupp som behandlar …" — the holder in a
/// definite form or after `en`/`ett`, then `som` and a present-tense verb
/// (not `gäller`, which describes: "Det är en förordning som gäller …").
/// A restricting adverb may stand before the holder ("Det är endast
/// nämnden som …"). A holder named otherwise — after a genitive or a
/// possessive ("Det är skolans rektor som beslutar …", "Det är din chef i
/// samråd med HR som beslutar …"), as a bare noun ("Det är mentor som
/// beviljar …") or as several bodies ("Det är kultur- och
/// fritidsförvaltningen och föreningsbyrån som ansvarar …") — holds a task
/// only with a verb of deciding or answering for; never a holder that
/// opens with a preposition ("Det är genom förbundsordningen som …").
fn cleft_holder(s: &str, w: &[Word]) -> Option<Reading> {
    const RESTRICTING: [&str; 4] = ["bara", "endast", "enbart", "alltid"];
    const DECIDING: [&str; 9] = [
        "beslutar",
        "beviljar",
        "avgor",
        "ansoker",
        "bestammer",
        "provar",
        "handlagger",
        "utser",
        "ansvarar",
    ];
    const PREPOSITIONS: [&str; 12] = [
        "genom", "i", "pa", "for", "med", "under", "vid", "av", "till", "om", "efter", "utan",
    ];
    // The holder's possessive: yours or ours (`Det är din chef som …`),
    // not the module's [`POSSESSIVES`], which opens a noun phrase after a
    // modal and leaves out `vår` (folded `var`, also "was").
    const HOLDER_POSSESSIVES: [&str; 6] = ["din", "ditt", "er", "ert", "var", "vart"];
    let first = w.first()?;
    if !(first.capital && first.folded == "det" && w.get(1)?.folded == "ar") {
        return None;
    }
    let h = 2 + usize::from(
        w.get(2)
            .is_some_and(|x| RESTRICTING.contains(&x.folded.as_str())),
    );
    let k = (h + 1..=h + 6).find(|&k| w.get(k).is_some_and(|x| x.folded == "som"))?;
    let holder = w.get(h..k)?;
    let opening = holder.first()?.folded.as_str();
    let head = holder.last()?.folded.as_str();
    if holder.iter().any(|x| x.clause_end || x.folded == "att") || PREPOSITIONS.contains(&opening) {
        return None;
    }
    let v = w.get(k + 1)?;
    let f = v.folded.as_str();
    let verb = f.chars().count() >= 4
        && f.ends_with('r')
        && !["galler", "finns", "kan", "blir", "hade"].contains(&f)
        && !f.ends_with("ner");
    if !verb {
        return None;
    }
    let definite = ["en", "et", "na"].iter().any(|e| head.ends_with(e))
        || (head.ends_with('n') && head.chars().count() >= 6);
    let article = ["en", "ett"].contains(&opening);
    let plain = (definite || article) && holder.len() <= 4;
    let genitive = holder.len() >= 2 && opening.ends_with('s') && opening.chars().count() >= 5;
    let named = genitive || HOLDER_POSSESSIVES.contains(&opening) || holder.len() <= 2 || definite;
    if !(plain || (named && DECIDING.contains(&f))) {
        return None;
    }
    let binds = if f == "ansvarar" {
        Binds::Responsibility
    } else {
        Binds::Present
    };
    Some(Reading::unmodal(binds, s, v.start..v.end))
}

/// Whether a modal verb at `i` stands in a relative clause that describes
/// the sentence's subject ("Faktorer som ska beaktas är …") or the
/// predicate of its "är" ("IT-säkerhet är en del i processen som ska bidra
/// …", "Hemkatalogen är ditt arkiv, som du skall använda …"), not inside an
/// infinitive ("Syftet är att beskriva de krav som ska ställas").
fn describing_relative(w: &[Word], i: usize) -> bool {
    let Some(k) = relative_before(w, i) else {
        return false;
    };
    let before = w.get(..k).unwrap_or(&[]);
    (k <= 2
        || before
            .iter()
            .any(|p| ["ar", "utgor"].contains(&p.folded.as_str())))
        && !before.iter().any(|p| p.folded == "att")
}

/// A list item that opens with an imperative, whether or not it ends with
/// a full stop ("Skicka inte enstaka handlingar"): its reading.
pub(crate) fn imperative_item(s: &str) -> Option<Reading> {
    imperative(s, &words(s), false)
}

/// An imperative opening a rule ("Installera inga program själv.", "Lås
/// skärmen när du lämnar datorn"); a sentence must end with a full stop
/// (`full_stop`), a bullet need not.
fn imperative(s: &str, w: &[Word], full_stop: bool) -> Option<Reading> {
    let first = w.first()?;
    // "Kontakta oss om du vill ta del av originalet" offers a service on
    // the reader's wish; it is no rule.
    let on_wish = w.windows(3).any(|t| {
        matches!(t, [a, b, c] if a.folded == "om" && b.folded == "du"
            && ["vill", "onskar"].contains(&c.folded.as_str()))
    });
    if IMPERATIVES.contains(&first.folded.as_str())
        && !on_wish
        && (!full_stop || s.trim_end().ends_with(['.', '!']))
        && s.get(first.start..first.end)
            .is_some_and(|t| t.starts_with(char::is_uppercase))
    {
        let negated = w.iter().any(|x| NEGATIONS.contains(&x.folded.as_str()));
        return Some(Reading {
            binds: Binds::Imperative,
            modality: None,
            negated,
            as_written: s.get(first.start..first.end).unwrap_or("").to_owned(),
            at: first.start,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Option<(Binds, Option<Modality>, bool)> {
        read(s).map(|r| (r.binds, r.modality, r.negated))
    }

    type Reading = Option<(Binds, Option<Modality>, bool)>;

    /// `bor` (lives) and `far` (father, travels) fold like the modals `bör`
    /// and `får`; only the letters as written make the modal (also when the
    /// ö is written with a combining mark).
    #[test]
    fn modal_needs_its_letters() {
        const BOR: Reading = Some((Binds::Modal, Some(Modality::Bor), false));
        const FAR: Reading = Some((Binds::Modal, Some(Modality::Far), false));
        cases(&[
            ("Nämnden bör samråda med föreningarna.", BOR),
            ("Nämnden bo\u{308}r samråda med föreningarna.", BOR),
            ("Besökare får parkera vid entrén.", FAR),
            // An infinitive in -e (`Ansökan får avse en tidsperiod …`,
            // Bjurholm `blind58/`).
            ("Ansökan får avse en tidsperiod av högst tre år.", FAR),
            ("BESÖKARE FÅR PARKERA VID ENTRÉN.", FAR),
        ]);
        for s in [
            "Hälften av invånarna bor i dag utmed de nya ledningarna.",
            "Deras far hämta barnen vid skolan varje fredag.",
            "Turisterna far vidare till fjällen.",
        ] {
            assert!(
                m(s).is_none_or(|(b, modality, _)| b != Binds::Modal
                    && !matches!(modality, Some(Modality::Bor | Modality::Far))),
                "{s}: {:?}",
                m(s)
            );
        }
    }

    /// `får` after a fronted phrase, its pronoun subject between it and the
    /// infinitive; a thing received, or `får` opening a question, is no rule.
    #[test]
    fn far_with_its_subject_after_it() {
        permits_and_receives(
            &[
                "Som besökare får du endast parkera vid entrén.",
                "När du rastar hunden och den gör sina behov, får inget lämnas kvar på gården.",
                "I tvättstugan får man inte röka.",
            ],
            &[
                "Efter ansökan får du ett brev med beslutet.",
                "Får du parkera vid entrén?",
            ],
        );
    }

    /// Each of `permits` reads as a `får` rule, none of `receives` does.
    fn permits_and_receives(permits: &[&str], receives: &[&str]) {
        for s in permits {
            assert!(
                m(s).is_some_and(
                    |(b, modality, _)| b == Binds::Modal && modality == Some(Modality::Far)
                ),
                "{s}: {:?}",
                m(s)
            );
        }
        for s in receives {
            assert!(
                m(s).is_none_or(|(_, modality, _)| modality != Some(Modality::Far)),
                "{s}: {:?}",
                m(s)
            );
        }
    }

    /// `får` over a noun subject after a fronted phrase, or over a
    /// prepositional phrase, to its infinitive; a passive infinitive in
    /// -es; not over an article's noun or a clause (things received).
    #[test]
    fn far_over_a_phrase_to_its_infinitive() {
        permits_and_receives(
            &[
                "Vid äktenskapsskillnad får sökande överlåta sin plats till medsökande.",
                "Dock får beslut av principiell natur hänskjutas till utskottet.",
                "Om det finns problem, får flaggan halas före mörkrets inbrott.",
                "Kommuner får efter beslut av fullmäktige lämna över vården av en angelägenhet.",
                "Nämnden får för varje kalenderår besluta att höja taxan.",
                "Inramningarna får inte förses med reklambudskap.",
                "Du får givetvis inte heller ladda ner sådant som är olagligt.",
                "Antalet får totalt vara högst sex.",
                "Den får inte heller menligt påverka nätets funktion.",
                "Chefen får, om detta medgivits i delegationsordningen, vidaredelegera rätten.",
            ],
            &[
                "Vid behov får eleven en dator att låna.",
                "Efter beslutet får föreningen bidrag för att anordna läger.",
                "Nämnden får rapporter om hur arbetet går.",
                "Efter ansökan får sökanden en kopia.",
                "På så sätt får alla god information inom Nora kommuns områden.",
                "Eleven får, efter ansökan, en dator att låna.",
            ],
        );
    }

    /// Every sentence reads as its expected reading.
    fn cases(list: &[(&str, Reading)]) {
        for (text, expected) in list {
            assert_eq!(m(text).as_ref(), expected.as_ref(), "{text}");
        }
    }

    const SKA: Reading = Some((Binds::Modal, Some(Modality::Ska), false));
    const MASTE: Reading = Some((Binds::Modal, Some(Modality::Maste), false));
    const BOR_MODAL: Reading = Some((Binds::Modal, Some(Modality::Bor), false));
    const FAR: Reading = Some((Binds::Modal, Some(Modality::Far), false));
    const FAR_NOT: Reading = Some((Binds::Modal, Some(Modality::Far), true));
    const RESPONSIBILITY: Reading = Some((Binds::Responsibility, None, false));
    const SCOPE: Reading = Some((Binds::Scope, None, false));

    #[test]
    fn modal_verbs_and_negation() {
        cases(&[
            ("Alla incidenter ska rapporteras.", SKA),
            ("Internet får inte användas för surfning.", FAR_NOT),
            ("Ingen utrustning får anslutas till nätverket.", FAR_NOT),
            ("Det är ej tillåtet att försöka få åtkomst.", FAR_NOT),
            (
                "Enbart Kommunens e-postsystem, Outlook,får användas för e-post.",
                FAR,
            ),
            ("Arbetet kräver att alla deltar.", MASTE),
        ]);
    }

    #[test]
    fn reported_rules_do_not_bind() {
        cases(&[
            (
                "Detta dokument redovisar hur förvaltning av kommunens IT-system skall utföras.",
                None,
            ),
            ("Du får information av din chef.", None),
            // What another text says.
            (
                "Skolans läroplan säger att skolan ska samverka med föreningar.",
                None,
            ),
            (
                "I 3 § sägs om avgifterna att \"nämnden ska besluta om taxan\".",
                None,
            ),
            // "säger" with no rule after it is no report.
            (
                "Kunden säger upp avtalet och ska meddela leverantören.",
                SKA,
            ),
            (
                "För att processen ska kunna bedrivas, krävs resurser.",
                MASTE,
            ),
        ]);
    }

    #[test]
    fn a_reporting_clause_goes_on_across_a_list_or_an_insert() {
        cases(&[
            (
                "Lagen reglerar hur inköp av varor, tjänster och byggen ska göras.",
                None,
            ),
            ("Planen visar hur vi, på ett enkelt sätt, ska arbeta.", None),
            ("När du har fått ett uppdrag, ska du följa riktlinjen.", SKA),
            (
                "Chefen avgör hur arbetet sker, och alla ska följa planen.",
                SKA,
            ),
            (
                "När en nämnd byter sitt arbetssätt och det påverkar arkivet, ska nämnden samråda.",
                SKA,
            ),
        ]);
    }

    #[test]
    fn a_purpose_clause_does_not_bind() {
        cases(&[
            (
                "Rutinen är framtagen för att alla anställda ska arbeta lika.",
                None,
            ),
            ("Arbetet syftar till att staden ska vara trygg.", None),
            // The content of a goal or a wish (invented wording).
            (
                "Staten har en plan, med målet att alla hushåll ska ha fiber.",
                None,
            ),
            (
                "Skolorna har uttryckt önskemål om att proven ska vara digitala.",
                None,
            ),
            ("Målet är att alla hushåll ska ha fiber.", SKA),
            (
                "Syftet med planen är att du som läsare ska förstå arbetet.",
                None,
            ),
            (
                "Planen syftar till att beskriva arbetet och ska användas av alla.",
                SKA,
            ),
            ("För att vara behörig ska du ha ett konto.", SKA),
            // A fronted purpose with its own modal, or an infinitive after
            // an adverb, ends before the main clause's verb (invented).
            (
                "För att en kamera inte ska störa måste skylten sitta synligt.",
                MASTE,
            ),
            (
                "För att regelbundet kunna följa upp arbetet ska rapporterna sparas.",
                SKA,
            ),
            (
                "För att inte förlora data ska kopiorna tas varje natt.",
                SKA,
            ),
            // An infinitive in `-s` opens the purpose as well (invented).
            (
                "För att lyckas med omställningen måste parkerna skötas väl.",
                MASTE,
            ),
            (
                "För att barnas lek ska vara trygg måste grindarna stängas.",
                MASTE,
            ),
            // `detta` opens a subject, not an infinitive (invented).
            (
                "För att detta ska kunna ske bör parkerna vara öppna för alla.",
                BOR_MODAL,
            ),
            (
                "För att detta ska vara tydligt krävs en fast ordning för namn.",
                MASTE,
            ),
            ("För att den ska fungera behövs en rutin.", None),
            (
                "För att arbetet ska kunna göras lika behöver också roller definieras.",
                None,
            ),
            // "vad" after a preposition is "det som", not a question.
            (
                "Utöver vad som följer av lag gäller detta reglemente för nämnden.",
                SCOPE,
            ),
            ("För uppföljning ansvarar: Kommunstyrelsen", None),
            (
                "Lagstiftningen är styrande och ställer krav på att nämnden gör en plan.",
                None,
            ),
            ("Policyn ställer krav på att alla gör en plan.", MASTE),
            // A fronted clause that had its verb: the modal is the main one.
            (
                "Innan en resa beställs ska föraren kontrollera körkortet.",
                SKA,
            ),
            ("Hur systemen används ska beskrivas i planen.", SKA),
            ("När incidenter ska rapporteras framgår av rutinen.", None),
            // A name ending like an infinitive opens a subject.
            ("Målet för att Vara kommun ska växa är tydligt.", None),
        ]);
    }

    #[test]
    fn obligations_without_a_modal_verb() {
        cases(&[
            (
                "Ansvaret för arkivet åvilar kommunstyrelsen.",
                RESPONSIBILITY,
            ),
            ("Det åligger nämnden att föra register.", RESPONSIBILITY),
            (
                "Ansvaret för valet av lokal ligger hos den som bokar.",
                RESPONSIBILITY,
            ),
            (
                "Samtidigt svarar de övriga cheferna för sina enheter.",
                RESPONSIBILITY,
            ),
            ("Alla anställda har skyldighet att följa rutinen.", MASTE),
            (
                "Enligt lagen är kommunen skyldig att anordna skjuts.",
                MASTE,
            ),
            ("Skolskjuts kan endast beviljas i vissa fall.", FAR),
            ("Bidrag kan lämnas till ideella föreningar.", FAR),
            ("Stöd kan utgå till föreningar med ungdomsverksamhet.", FAR),
            ("Bidrag kan ej sökas av privatpersoner.", FAR_NOT),
            ("Ideella föreningar kan få stöd för sin verksamhet.", FAR),
            ("Förvaltningschefen föredrar ärendet.", None),
            ("Föreningen kan även få bidrag för lokaler.", FAR),
            // A body's `kan` says what it does, as its present tense
            // does; a thing's what may happen.
            (
                "Kultur- och fritidsnämnden kan besluta att godkänna annan organisation.",
                Some((Binds::Present, None, false)),
            ),
            (
                "Direktionen kan delegera beslutanderätt till anställd.",
                Some((Binds::Present, None, false)),
            ),
            // A thing's `kan` with a passive infinitive is what the rule
            // lets happen (kan63: 148 such sentences in the spent truths);
            // what may befall it is no rule.
            (
                "Vägen kan stängas vid halka.",
                Some((Binds::Present, None, false)),
            ),
            ("Vägen kan påverkas av halka.", None),
            ("Det är viktigt att veta vad kommunen kan erbjuda.", None),
            (
                "Det gynnar alla, då eleverna kan få mer kontakt med arbetslivet.",
                None,
            ),
            ("Partierna har möjlighet att använda adressen.", FAR),
            ("Privat användning är tillåten i begränsad omfattning.", FAR),
            ("Personangrepp är aldrig tillåtet.", FAR_NOT),
            ("Det är endast tillåtet att grilla med elgrill.", FAR),
            ("Brott mot reglerna kan medföra påföljder.", None),
            ("För att resan ska räknas krävs att den är beordrad.", MASTE),
            // `såväl … som` coordinates; its `som` opens no relative clause.
            (
                "Verksamheten såväl i skolan som i förskolan ska präglas av trygghet.",
                SKA,
            ),
            // A law's demand restated binds nobody here; the document's
            // own demand does.
            (
                "Enligt lagen om parkering krävs det tillstånd för att ställa upp skyltar.",
                None,
            ),
            (
                "Enligt dessa regler krävs dessutom tillstånd för att ställa upp skyltar.",
                MASTE,
            ),
            (
                "Enligt lagen har varje nämnd och styrelse ansvar för sitt arkiv.",
                RESPONSIBILITY,
            ),
            (
                "Policyn riktar sig till alla anställda.",
                Some((Binds::Scope, None, false)),
            ),
            ("Rökfria lokaler är ett absolut krav.", MASTE),
            ("Det är därför otillåtet att röka i tjänsten.", FAR_NOT),
            ("Avsteg från rutinen kan göras efter beslut av chefen.", FAR),
            // A right gives way to the rule that follows it.
            (
                "Alla har rätt till en trygg miljö, därför ska lokalerna vara rökfria.",
                SKA,
            ),
            ("Samordnaren har rätt att stänga av konton.", FAR),
            // A right with words between "har" and "rätt".
            ("Arbetsgivaren har enligt lagen rätt att se loggarna.", FAR),
            (
                "Vid misstanke om fusk har skolan rätt att granska kontot.",
                FAR,
            ),
            ("Efter prövning äger nämnden rätt att medge undantag.", FAR),
            // A compound of "ansvarig" or "ansvar".
            ("Du är personuppgiftsansvarig för bilderna.", RESPONSIBILITY),
            (
                "Varje chef har uppföljningsansvar för att rutinen följs.",
                RESPONSIBILITY,
            ),
            ("Dokumentet beskriver roller och uppföljningsansvar.", None),
            // A present passive with its agent.
            (
                "Beslut om kameror fattas av nämnden.",
                Some((Binds::Present, None, false)),
            ),
            (
                "Driften av utrustningen sköts av fastighetsenheten.",
                Some((Binds::Present, None, false)),
            ),
            ("Beslut fattas ibland.", None),
            // The decision's procedure around a document.
            (
                "Kommunstyrelsen föreslår fullmäktige besluta att planen ska gälla.",
                None,
            ),
            (
                "Nämnden beslutar att förslaget ska skickas på remiss.",
                None,
            ),
            ("Härefter förklaras överläggningen avslutad.", None),
            (
                "Nämnden beslutar om bidrag.",
                Some((Binds::Present, None, false)),
            ),
            ("Planen fastställdes av fullmäktige.", None),
            ("I det syfte vi har, ingår ett samhällsansvar.", None),
        ]);
    }

    #[test]
    fn a_thing_needed_is_no_duty() {
        assert_eq!(
            m("Alla hushåll behöver en snabb uppkoppling för att klara vardagen."),
            None
        );
        assert_eq!(m("Du behöver Foxit Viewer för att läsa filerna."), None);
        assert_eq!(
            m("Både elever och lärare behöver mer tid för läsning."),
            None
        );
        // The organisation's own need, with "vi" after the verb.
        assert_eq!(
            m("I vår verksamhet behöver vi hantera många adresser."),
            None
        );
        assert_eq!(
            m("För att svara dig behöver vi ibland läsa ditt ärende."),
            None
        );
        // An infinitive after it, or a name that is the inverted subject.
        assert_eq!(
            m("Varje chef behöver se över behörigheterna."),
            Some((Binds::Modal, Some(Modality::Maste), false))
        );
        assert_eq!(
            m("Därför behöver Servicenämnden ta fram en rutin."),
            Some((Binds::Modal, Some(Modality::Maste), false))
        );
    }

    #[test]
    fn intentions() {
        let avsikt = Some((Binds::Modal, Some(Modality::Avsikt), false));
        assert_eq!(m("Kommunen strävar efter att minska olyckorna."), avsikt);
        assert_eq!(m("Genom vår service vill vi skapa förtroende."), avsikt);
        assert_eq!(m("Med denna plan vill vi beskriva arbetet."), None);
        assert_eq!(m("Nämnden har ambitionen att bygga ut nätet."), avsikt);
        assert_eq!(m("Regionens ambition är att halvera utsläppen."), avsikt);
        assert_eq!(m("Skolan och polisen lovar att:"), avsikt);
        assert_eq!(
            m("Planen anger den övergripande ambitionen för kommunen."),
            None
        );
        assert_eq!(m("Avsikten med planen är att beskriva läget."), None);
        assert_eq!(m("Avsikten är att reglera arbetet."), None);
        assert_eq!(m("Arbetet handlar om att vi vill lyssna."), None);
        assert_eq!(m("Kommunen vill fortsätta bygga ut cykelvägarna."), avsikt);
        assert_eq!(m("Här vill kommunen minska köerna."), avsikt);
        assert_eq!(
            m("Norrbybostäder vill bidra till en trygg stadsdel."),
            avsikt
        );
        assert_eq!(m("Det vill säga de regler som gäller här."), None);
        assert_eq!(m("Hur vill du bli kontaktad?"), None);
        assert_eq!(m("Med denna policy vill kommunen beskriva arbetet."), None);
        // `avses` plans; in a definition it means.
        assert_eq!(m("Ett nytt råd avses inrättas under året."), avsikt);
        assert_eq!(
            m(
                "Bostadsfastighet: fastighet som är bebyggd eller enligt bygglov avses att bebyggas för bostäder."
            ),
            Some((Binds::Present, None, false))
        );
        assert_eq!(
            m("I dessa föreskrifter avses med taxa det som följer."),
            None
        );
    }

    #[test]
    fn har_att_with_an_infinitive_is_an_obligation() {
        let maste = Some((Binds::Modal, Some(Modality::Maste), false));
        cases(&[
            ("Styrelsen har att bevaka bolagets intressen.", maste),
            (
                "Vid upphandling har förvaltningen även att följa lagen.",
                maste,
            ),
            ("Kommunen har valt att arbeta med en modell.", None),
            (
                "Kommunen har ambitionen att bygga ut nätet.",
                Some((Binds::Modal, Some(Modality::Avsikt), false)),
            ),
            ("Frågan har att göra med ekonomin.", None),
        ]);
    }

    #[test]
    fn what_a_thing_does_not_replace_is_a_principle() {
        let not = Some((Binds::Present, None, true));
        cases(&[
            ("Chatten ersätter inte en formell ansökan.", not),
            ("Ett larm i appen ersätter aldrig ett samtal till 112.", not),
            ("Denna riktlinje ersätter inte policyn.", None),
            (
                "Tjänsten ersätter inte det utbyte som idag sker per post.",
                None,
            ),
        ]);
    }

    #[test]
    fn a_lead_in_naming_conditions() {
        for s in [
            "Förutsättningarna för att reglerna ska fungera är att de också:",
            "Utgångspunkten för prövningen av en ansökan är:",
            "Villkoren för bidrag är:",
        ] {
            assert!(criteria_lead_in(s).is_some(), "{s}");
        }
        for s in [
            "Villkoren för bidrag är följande.",
            "Syftet med riktlinjen är:",
            "Kraven finns i bilagan, de är:",
            "Utgångspunkter i vårt arbete är:",
        ] {
            assert!(criteria_lead_in(s).is_none(), "{s}");
        }
    }

    #[test]
    fn a_lead_in_ending_in_its_rules() {
        for s in [
            "Nedan följer våra trivselregler:",
            "I huset gäller dessa ordningsregler:",
        ] {
            let r = criteria_lead_in(s);
            assert!(r.as_ref().is_some_and(|r| r.modality.is_none()), "{s}");
        }
        for s in [
            "Mer om reglerna:",
            "Läs våra regler",
            "Kontakta oss om trivselregler:",
        ] {
            assert!(criteria_lead_in(s).is_none(), "{s}");
        }
    }

    #[test]
    fn a_heading_naming_requirements() {
        for s in [
            "Krav för stöd till kulturföreningar",
            "Kriterier för val av leverantör",
            "Villkor för lån av lokal",
        ] {
            let r = requirement_heading(s);
            assert!(r.as_ref().is_some_and(|r| r.modality.is_none()), "{s}");
        }
        for s in [
            "Förutsättningar för samverkan",
            "Krav på leverantören",
            "Krav för stöd till föreningar är följande.",
            "Vi ställer krav för att nå målen",
        ] {
            assert!(requirement_heading(s).is_none(), "{s}");
        }
    }

    #[test]
    fn a_cleft_names_the_holder_of_a_task() {
        cases(&[
            (
                "Det är förvaltningschefen som ansvarar för att planen följs.",
                Some((Binds::Responsibility, None, false)),
            ),
            (
                "Det är nämnden som äger frågan.",
                Some((Binds::Present, None, false)),
            ),
            (
                "Det är en särskild arbetsgrupp som bereder ansökningarna.",
                Some((Binds::Present, None, false)),
            ),
            ("Det är en förordning som gäller i hela EU.", None),
            ("Det är teknik som klarar att överföra bild.", None),
            (
                "Det är skolans rektor som beslutar om en elev ska få ledigt.",
                Some((Binds::Present, None, false)),
            ),
            (
                "Det är endast nämnden som beviljar undantag.",
                Some((Binds::Present, None, false)),
            ),
            (
                "Det är din chef i samråd med HR som beslutar om ledigheten.",
                Some((Binds::Present, None, false)),
            ),
            (
                "Det är mentor som beviljar ledighet för en dag.",
                Some((Binds::Present, None, false)),
            ),
            // A bare or genitive holder with a verb that decides nothing.
            ("Det är kommunens medarbetare som möter invånarna.", None),
            ("Det är genom förbundsordningen som förbundet bildas.", None),
        ]);
    }

    #[test]
    fn a_modal_in_a_describing_relative_clause() {
        let ska = Some((Binds::Modal, Some(Modality::Ska), false));
        assert_eq!(m("IT är en resurs som ska användas effektivt."), ska);
        assert_eq!(m("Faktorer som ska beaktas är tid och kostnad."), ska);
        assert_eq!(m("Den som företräder kommunen ska vara opartisk."), ska);
        assert_eq!(m("Dokumentet beskriver de krav som ska ställas."), None);
        assert_eq!(m("Syftet är att beskriva de krav som ska ställas."), None);
        // A comma ends what `som` opened: the modal after it is the main
        // clause's (invented wording after Arvika).
        assert_eq!(
            m("Om två har lika lång tid som ledamot, ska den äldste leda mötet."),
            ska
        );
        // A short -s passive with its particle is the relative clause's verb.
        assert_eq!(m("Hälften av de bilar som köps in ska vara elbilar."), ska);
        assert_ne!(
            m("Vi strävar efter att varor som köps in ska vara ekologiska."),
            ska
        );
        // An insert that concedes reports nothing; `så` after a condition
        // opens the main clause.
        assert_eq!(
            m("Alla invånare, oavsett vem man är eller hur man lever, ska ha tillgång till konst."),
            ska
        );
        assert_eq!(
            m("Om tillstånd beviljas så skall även ett foto lämnas in."),
            ska
        );
        assert_eq!(m("Om du ska resa så tar du tåget."), None);
    }

    #[test]
    fn definitions_aims_and_receiving() {
        assert_eq!(
            m("Med bisyssla avses varje uppdrag som den anställde fullgör."),
            None
        );
        assert_eq!(m("Då får dina kollegor ett brev."), None);
    }

    #[test]
    fn responsibility_scope_and_imperative() {
        assert_eq!(
            m("Socialnämnden svarar för information till allmänheten."),
            Some((Binds::Responsibility, None, false))
        );
        assert_eq!(
            m("Detta reglemente gäller för kommunens myndigheter."),
            Some((Binds::Scope, None, false))
        );
        assert_eq!(
            m("Installera eller uppgradera inga program själv."),
            Some((Binds::Imperative, None, true))
        );
        // A scope that lost whom it applies to (invented wording).
        assert_eq!(m("Denna plan gäller perioden"), None);
        assert_eq!(m("För kommunens arkiv gäller"), None);
        assert_eq!(
            m("Planen omfattar elnätet."),
            Some((Binds::Scope, None, false))
        );
        assert_eq!(
            m("Planen gäller alla nämnder."),
            Some((Binds::Scope, None, false))
        );
        assert_eq!(m("Lösenordet är personligt."), None);
        // Where a text applies, `följande` places included; not applicable
        // laws, nor rules applicable by a measure (invented wording).
        let scope = Some((Binds::Scope, None, false));
        assert_eq!(
            m("Föreskrifterna är tillämpliga på följande platser: torget."),
            scope
        );
        assert_eq!(
            m("Denna policy är direkt och fullt tillämplig på alla bolag."),
            scope
        );
        assert_eq!(m("Här finns tillämpliga lagar på området."), None);
        assert_eq!(m("Reglerna är tillämpliga med hänsyn till ägandet."), None);
        // A duty named after its holder, and a role's duties.
        let resp = Some((Binds::Responsibility, None, false));
        assert_eq!(m("Styrelsens främsta uppgifter är:"), resp);
        assert_eq!(m("Rektorns ansvar är att leda skolan."), resp);
        assert_eq!(m("Samordnarens roll är att samla nämnderna."), resp);
        assert_eq!(m("Arkivariens uppgifter:"), resp);
        assert_eq!(m("Ägarskapet innebär ansvar för att planen följs."), resp);
        assert_eq!(m("Dina uppgifter är bara synliga för handläggaren."), None);
        assert_eq!(
            m("En känslig uppgift är till exempel ett personnummer."),
            None
        );
        // Pointing elsewhere, or a service offered on the reader's wish.
        assert_eq!(m("Läs mer om arkivet på webbplatsen."), None);
        assert_eq!(m("Läs riktlinjen nedan i bifogad fil."), None);
        assert_eq!(m("Nedan listas sidor om dataskydd."), None);
        assert_eq!(m("Den här tjänsten kräver inloggning."), None);
        assert_eq!(m("För frågor om arkivet hänvisas till arkivarien."), None);
        // A condition without its comma, then the modal and its subject.
        assert_eq!(
            m("Om du saknar legitimation behöver din chef vara med."),
            Some((Binds::Modal, Some(Modality::Maste), false))
        );
        assert_eq!(m("Om du ska resa utomlands gäller andra regler."), None);
        // "vem som …" reports, like "vad som …".
        assert_eq!(m("Det är inte lätt att veta vem som har ansvar."), None);
        assert_eq!(m("Kontakta arkivet om du vill läsa originalet."), None);
        assert_eq!(
            m("Läs instruktionen innan du startar datorn."),
            Some((Binds::Imperative, None, false))
        );
        assert_eq!(
            m("Det är angeläget att styrdokumenten samordnas."),
            Some((Binds::Present, None, false))
        );
        assert_eq!(m("Det är viktigt att veta var gränsen går."), None);
        // A sentence adverb after `är`, and the greatest weight.
        for s in [
            "Det är därför viktigt att rekryteringen sker professionellt.",
            "Det är också angeläget att resor sker på ett säkert sätt.",
            "Det är därför av stor vikt att alla regler efterföljs.",
            "Det är av största vikt att alla hjälps åt.",
        ] {
            assert_eq!(m(s), Some((Binds::Present, None, false)), "{s}");
        }
        assert_eq!(m("Det är därför lätt att förstå reglerna."), None);
        let r = read("Det är viktigt att du känner till policyn.").unwrap();
        assert_eq!((r.binds, r.modality), (Binds::Present, None));
        assert_eq!(r.as_written, "Det är viktigt att");
        let r = read("Kommunstyrelsen ansvarar för att planen följs.").unwrap();
        assert_eq!(r.as_written, "ansvarar för att");
        let r = read("Policyn ställer krav på att alla deltar.").unwrap();
        assert_eq!(
            (r.modality, r.as_written.as_str()),
            (Some(Modality::Maste), "ställer krav på att")
        );
    }

    #[test]
    fn a_decision_taken_without_an_agent_binds() {
        let present = Some((Binds::Present, None, false));
        assert_eq!(
            m("Beslut om bidrag fattas efter ansökan från föreningen."),
            present
        );
        assert_eq!(
            m("Beslutet om bidrag fattas på grundval av ansökan."),
            present
        );
        assert_eq!(m("Det fattas pengar i budgeten."), None);
        assert_eq!(m("Vi vet inte när beslut fattas i frågan."), None);
    }

    #[test]
    fn short_s_passives_and_tillats_bind_in_the_main_clause() {
        cases(&[
            (
                "Lösenordet byts var 90:e dag.",
                Some((Binds::Present, None, false)),
            ),
            (
                "Styrgruppens möten hålls varje kvartal.",
                Some((Binds::Present, None, false)),
            ),
            ("Kamerabevakning bedrivs genom trygghetskameror.", None),
            (
                "Fjärranslutning tillåts inte från privata datorer.",
                Some((Binds::Modal, Some(Modality::Far), true)),
            ),
            (
                "Fjärranslutning tillåts för anställda med kommunens dator.",
                Some((Binds::Modal, Some(Modality::Far), false)),
            ),
            // Not in a clause after "att": no rule of the document.
            ("Vi vet att lösenordet byts ofta.", None),
        ]);
    }

    #[test]
    fn a_law_in_force_from_a_date_is_no_scope() {
        // Invented wording: a date, then the law that applies from it.
        assert_eq!(m("Sedan den 1 juli 2021 gäller den nya lagen."), None);
        assert_eq!(
            m("Från och med den 1 mars 2020 gäller EU:s nya förordning."),
            None
        );
        // A domain before it, or the document after it: a scope.
        assert_eq!(
            m("För kommunens parker gäller miljöbalken."),
            Some((Binds::Scope, None, false))
        );
        assert_eq!(
            m("Sedan den 1 juli 2021 gäller policyn alla anställda."),
            Some((Binds::Scope, None, false))
        );
    }

    #[test]
    fn a_capitalised_passive_is_a_table_cell() {
        // Invented wording: a flattened records-plan row, its verb a cell.
        assert_eq!(m("Mötesanteckningar Pärm Bevaras 2 år Arkivrum"), None);
        assert_eq!(m("Ansökningar original GALLRAS Efter 3 år"), None);
        // The same verb in a sentence binds.
        assert_eq!(
            m("Mötesanteckningar bevaras i arkivrummet."),
            Some((Binds::Present, None, false))
        );
    }

    #[test]
    fn far_before_vara_permits_and_far_before_vara_receives() {
        // Invented wording: `vara` (be) and `våra` (our) fold alike.
        assert_eq!(
            m("Du får inte vara berusad i lokalerna."),
            Some((Binds::Modal, Some(Modality::Far), true))
        );
        assert_ne!(
            m("Då får våra kunder ett brev.").and_then(|r| r.1),
            Some(Modality::Far)
        );
    }

    #[test]
    fn otillaten_binds_as_a_predicate_only() {
        // Invented wording.
        assert_eq!(
            m("Det är därför otillåtet att röka i lokalen."),
            Some((Binds::Modal, Some(Modality::Far), true))
        );
        assert_eq!(
            m("All sådan användning är otillåten.").and_then(|r| r.1),
            Some(Modality::Far)
        );
        // Attributive: a kind of act, no permission (Timrå `blind69/`).
        assert_eq!(
            m("Polisanmäl alltid otillåten påverkan.").and_then(|r| r.1),
            None
        );
        assert_eq!(
            m("Otillåten påverkan ska alltid polisanmälas.").and_then(|r| r.1),
            Some(Modality::Ska)
        );
    }

    #[test]
    fn a_definite_plural_after_för_att_is_the_purpose_s_subject() {
        // Invented wording. The purpose's own `ska` is not the rule.
        assert_eq!(m("För att rasterna ska fungera gäller följande:"), None);
        assert_eq!(
            m("För att eleverna ska trivas måste alla hjälpas åt.").and_then(|r| r.1),
            Some(Modality::Maste)
        );
        // `värna` is a verb: its purpose has no subject, and `ska` after
        // it is the main clause's.
        assert_eq!(
            m("För att värna miljön ska alla resor planeras.").and_then(|r| r.1),
            Some(Modality::Ska)
        );
    }

    #[test]
    fn om_after_a_decision_asks_whether() {
        // Invented wording.
        assert_eq!(
            m("Rektor tar ett beslut om eleven får vara ledig.").and_then(|r| r.1),
            None
        );
        assert_eq!(
            m("Chefen prövar om tjänsten behöver tillsättas.").and_then(|r| r.1),
            None
        );
        // A rule about the decision keeps its force.
        assert_eq!(
            m("Beslut om ledighet ska fattas av rektor.").and_then(|r| r.1),
            Some(Modality::Ska)
        );
        assert!(m("Skriftligt beslut om avgiften skickas ut.").is_some());
    }

    /// A short condition first, then the modal with a noun subject after
    /// it: the modal is the main clause's; a modal followed at once by its
    /// infinitive is the condition's own.
    #[test]
    fn a_modal_with_its_noun_subject_after_a_condition() {
        for t in [
            "Om tomma stolar uppstår under mandatperioden ska partistödet begränsas.",
            "Om en elev bryter mot ordningsreglerna måste samtal föras på olika nivåer.",
        ] {
            assert!(m(t).is_some_and(|(b, _, _)| b == Binds::Modal), "{t}");
        }
        assert!(m("Om du under resan ska hämta bagage.").is_none());
    }

    /// `gäller från och med` with its date lost is no statement; with a
    /// date, a year's noun or a period it is.
    #[test]
    fn a_validity_whose_date_was_lost_is_no_statement() {
        for t in [
            "Antagen av kommunfullmäktige , 172, gäller fr o m INLEDNING",
            "Riktlinjerna gäller fr.o.m. Bakgrund",
            "Kansli gäller fr",
            "Policyn gäller från och med Inledning",
        ] {
            assert!(m(t).is_none(), "{t}");
        }
        for t in [
            "Avgifterna gäller fr o m 2021-01-01.",
            "Regeln gäller fr o m 2014 års val.",
        ] {
            assert!(m(t).is_some(), "{t}");
        }
    }

    /// A law coming into force is no scope of this document, however long
    /// its name; a domain before `gäller` is.
    #[test]
    fn a_law_in_force_is_no_scope() {
        assert_eq!(
            m(
                "Sedan den 1 januari 2009 gäller en ny sammanhållen och gemensam diskrimineringslag för arbetslivet."
            ),
            None
        );
        assert_eq!(
            m("Sedan den 25 maj 2018 gäller EU:s dataskyddsförordning."),
            None
        );
        assert_eq!(
            m("För kommunens avfallshantering gäller miljöbalken och denna föreskrift."),
            Some((Binds::Scope, None, false))
        );
    }
}
