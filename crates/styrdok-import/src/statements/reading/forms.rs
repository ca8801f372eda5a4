//! Sentence forms read whole: lead-ins to criteria and rules, requirement
//! headings, cleft holders, imperative items.

use super::*;

/// A lead-in that names the conditions a rule rests on and lists them
/// below ("Förutsättningarna för att styrdokumenten ska ge effekt är att de
/// också:", "Utgångspunkten för bedömningen är:", "Villkoren för bidrag
/// är:"): its items are the rule's conditions, read in the present tense.
/// The subject is one of the condition nouns with what it conditions after
/// `för` (not "Utgångspunkter i vårt arbete är:", which lists principles),
/// its verb `är`, and the lead-in ends in a colon. A lead-in ending in the
/// rules its items state (`… våra ordningsregler:`, [`rules_lead_in`]) is
/// read alike.
pub(crate) fn criteria_lead_in(s: &str) -> Option<Reading> {
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
pub(super) fn applies_lead_in(s: &str, w: &[Word]) -> Option<Reading> {
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
pub(super) fn rules_lead_in(s: &str, w: &[Word]) -> Option<Reading> {
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
pub(crate) fn requirement_heading(s: &str) -> Option<Reading> {
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
pub(super) fn has_to(w: &[Word], i: usize) -> Option<usize> {
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
pub(super) fn organisation_wants(w: &[Word], i: usize) -> bool {
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
pub(super) fn cleft_holder(s: &str, w: &[Word]) -> Option<Reading> {
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
pub(super) fn describing_relative(w: &[Word], i: usize) -> bool {
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
pub(super) fn imperative(s: &str, w: &[Word], full_stop: bool) -> Option<Reading> {
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
