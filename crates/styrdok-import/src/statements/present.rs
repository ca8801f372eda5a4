//! The binding present tense: what a document states as done, not as
//! something that ought to be done, and still binds — a present passive in
//! the main clause ("Gemensamma tjänster prioriteras vid upphandling", "I
//! allt utvecklingsarbete beaktas informationssäkerhet") and a body or role
//! with its present-tense verb ("Kommunchefen biträder kommunstyrelsen",
//! "IT-samordnaren tilldelar konton").

use super::reading::Word;

/// Whether a folded word looks like a present passive ("prioriteras",
/// "genomförs", "fastställs", "tas", "används"), not a genitive ("kommunens",
/// "förvaltningarnas") or a verb whose -s form is its active voice
/// ("hoppas", "lyckas", "kallas").
pub(crate) fn passive_like(f: &str) -> bool {
    // Besides the -as forms, the -s passives of verbs whose stem does not
    // end in a ("Lösenordet byts …", "Presidiet väljs …", "Sammanträdena
    // hålls …"). Not "bedrivs", "läggs", "följs": on the eight real sets
    // they described more often than they bound ("Kamerabevakning bedrivs
    // genom trygghetskameror", "I systemet läggs även in …").
    const SHORT: [&str; 12] = [
        "tas", "ges", "ses", "gors", "fors", "sands", "hors", "byts", "valjs", "tillats", "halls",
        "skots",
    ];
    // Verbs whose -s form is active, and the relations a document states
    // of itself ("kompletteras med", "konkretiseras i"), read as relations.
    const NOT_RULES: [&str; 14] = [
        "hoppas",
        "lyckas",
        "trivas",
        "kallas",
        "andas",
        "fattas",
        "minnas",
        "synas",
        "brottas",
        "kompletteras",
        "konkretiseras",
        "ersatts",
        "inkluderas",
        // "Upphandling definieras som köp …": a definition.
        "definieras",
    ];
    /// Compound verbs whose -förs/-görs form is a passive (not a place name
    /// such as "Degerfors").
    const COMPOUNDS: [&str; 9] = [
        "genomfors",
        "utfors",
        "infors",
        "overfors",
        "tillfors",
        "utgors",
        "anvands",
        "stalls",
        "faststalls",
    ];
    let n = f.chars().count();
    if NOT_RULES.contains(&f) {
        return false;
    }
    SHORT.contains(&f)
        || COMPOUNDS.iter().any(|e| f.ends_with(e))
        || (n >= 6 && f.ends_with("as") && !f.ends_with("nas"))
        || (n >= 6 && ["mnas", "pnas", "gnas"].iter().any(|e| f.ends_with(e)))
}

/// Whether `kan` at `i` opens a passive infinitive, after at most two
/// adverbs ("Plats i tomtkon kan inte överlåtas", "Saluplats kan bokas för
/// minst en dag", "Arvode kan betalas ut till …"): what a rule lets happen,
/// read as a binding present when `kan` is the main clause's verb. The
/// spent truths hold 148 such sentences (105 of them with no modality, 43
/// as `får`); the granting verbs the reader knows (`beviljas`, `lämnas` …)
/// stay a permission. Not after `det`, `man`, `detta` or `vi` ("Det kan
/// konstateras att …": a remark), nor with a verb of seeing, judging or
/// suffering, nor a verb whose -as form is active ("kan hoppas").
pub(super) fn kan_passive(w: &[Word], i: usize) -> bool {
    const ADVERBS: [&str; 12] = [
        "inte", "ej", "endast", "bara", "enbart", "ocksa", "aven", "dock", "alltid", "darfor",
        "normalt", "sedan",
    ];
    if w.get(i).is_none_or(|x| x.folded != "kan")
        || w.first()
            .is_some_and(|f| ["det", "man", "detta", "vi"].contains(&f.folded.as_str()))
    {
        return false;
    }
    // Verbs of seeing, judging or suffering: what may be said of a thing,
    // no rule ("… kan bedömas vara ett allmännyttigt ändamål", "Grundvattnet
    // kan också påverkas negativt", "Policyn kan läsas nedan").
    const DESCRIBING: [&str; 24] = [
        "lasas",
        "bedomas",
        "sammanfattas",
        "paverkas",
        "jamstallas",
        "jamforas",
        "uppfattas",
        "upplevas",
        "utsattas",
        "drabbas",
        "klassificeras",
        "utlasas",
        "hanforas",
        "harledas",
        "betraktas",
        "beskrivas",
        "forklaras",
        "tolkas",
        "konstateras",
        "noteras",
        "anses",
        "raknas",
        "forvantas",
        "forstas",
    ];
    let Some(v) = w
        .iter()
        .skip(i + 1)
        .take(3)
        .find(|y| !ADVERBS.contains(&y.folded.as_str()))
    else {
        return false;
    };
    // Short stems too ("bokas", "hyras"), which `passive_like` leaves to a
    // longer word.
    let f = v.folded.as_str();
    let n = f.chars().count();
    !DESCRIBING.contains(&f) && f.ends_with("as") && n >= 5 && (n == 5 || passive_like(f))
}

/// Whether the word at `i` is `sker` ("takes place"): a rule's procedure
/// stated in the present ("Betalning sker mot faktura", "Anvisning sker i
/// turordning efter anmälningstid", "Justering av avgifterna sker årligen
/// …"), read as a binding present where it is the main clause's verb in
/// second place, as a present passive is. The spent truths hold 63 of the
/// 85 sentences of that shape in documents with statement truths (the
/// others mostly describe: `Detta sker genom samarbete …`, `Dagligen sker
/// möten …`): not after a pronoun, and `main_passive` leaves out what
/// happens today.
pub(super) fn takes_place(w: &[Word], i: usize) -> bool {
    const PRONOUNS: [&str; 8] = ["det", "detta", "dessa", "den", "de", "vilket", "man", "vi"];
    w.get(i).is_some_and(|x| x.folded == "sker")
        && w.first()
            .is_some_and(|f| !PRONOUNS.contains(&f.folded.as_str()))
}

/// Whether the verb at `i` states the legal frame around the document, not
/// a rule of it: "regleras"/"styrs" ("Undantagen regleras i
/// sekretesslagen", "Verksamheten styrs av en rad dokument"), or an agent
/// or place that is a law ("Bildmaterialet omfattas av
/// offentlighets- och sekretesslagen").
pub(super) fn legal_frame(w: &[Word], i: usize) -> bool {
    let f = w.get(i).map_or("", |x| x.folded.as_str());
    let by_law = w
        .get(i + 1)
        .is_some_and(|n| ["av", "i", "enligt"].contains(&n.folded.as_str()))
        && w.get(i + 2..(i + 5).min(w.len()))
            .is_some_and(|a| a.iter().any(|y| is_law(&y.folded)));
    ["regleras", "styrs"].contains(&f) || by_law || law_subject(w, i)
}

/// Whether the subject before the verb at `i` is a law, the sentence's
/// first one to four words with a law's name last and no preposition
/// among them: "Lagen gäller inte för vad som utspelar sig mellan
/// privatpersoner" (`blind69/`), "Förordningen tillämpas på behandling …",
/// "Den nya diskrimineringslagen omfattas av …" (Lysekil `blind81/`) say
/// what a law does, not what this document binds. Not "Utöver det som
/// föreskrivs i kommunallagen gäller …" (a preposition: the document's own
/// rule after it).
pub(super) fn law_subject(w: &[Word], i: usize) -> bool {
    const NOT_IN_SUBJECT: [&str; 10] = [
        "utover", "enligt", "i", "for", "av", "inom", "med", "vad", "som", "till",
    ];
    let Some(subject) = w.get(..i).filter(|s| (1..=4).contains(&s.len())) else {
        return false;
    };
    // `bestämmelser` names this document's own rules too (`Dessa
    // bestämmelser gäller för förtroendevalda …`): not a law here.
    subject
        .last()
        .is_some_and(|l| names_law(&l.folded) && !l.folded.ends_with("bestammelser"))
        && !subject
            .iter()
            .any(|x| x.clause_end || NOT_IN_SUBJECT.contains(&x.folded.as_str()))
}

/// Whether a folded word names a law ("sekretesslagen", "lagstiftningen",
/// "förordningar", "bestämmelser").
pub(super) fn is_law(f: &str) -> bool {
    const LAW_ENDS: [&str; 9] = [
        "lag",
        "lagen",
        "lagar",
        "lagarna",
        "lagstiftning",
        "lagstiftningen",
        "forordningen",
        "forordningar",
        "bestammelser",
    ];
    LAW_ENDS.iter().any(|e| f.ends_with(e))
}

/// Whether a folded word names a law, its regulation form and the GDPR
/// included ("dataskyddsförordning", "gdpr"): [`is_law`] widened for a
/// law's own name.
pub(super) fn names_law(f: &str) -> bool {
    is_law(f) || f.ends_with("forordning") || f == "gdpr"
}

/// The furthest word a present passive after a subject with a relative
/// clause may be, counted from the sentence's start.
const RELATIVE_SUBJECT_MAX: usize = 16;

/// Whether a present passive at `i` is the main clause's verb, in second
/// place: after a subject ("IT-tjänster levereras …", "Den information du
/// lagrar säkerhetskopieras …") or a fronted phrase ("I allt
/// utvecklingsarbete beaktas …"), with no finite verb before it.
pub(super) fn main_passive(w: &[Word], i: usize) -> bool {
    const FINITE: [&str; 16] = [
        "ar", "har", "kan", "blir", "finns", "var", "hade", "galler", "ska", "skall", "får", "far",
        "bör", "bor", "maste", "innebar",
    ];
    const SUBORDINATORS: [&str; 11] = [
        "om", "nar", "eftersom", "da", "innan", "medan", "sedan", "fast", "trots", "sa", "ifall",
    ];
    // "Oavsett den hanteras i …" is a clause left alone; "Oavsett ålder
    // ges möjlighet …" fronts a phrase before the main verb.
    let lone_clause = w.first().is_some_and(|f| f.folded == "oavsett")
        && w.get(1).is_some_and(|n| {
            [
                "den", "det", "de", "om", "hur", "var", "vem", "vad", "vilken", "vilket", "vilka",
            ]
            .contains(&n.folded.as_str())
        });
    // A fronted means ("Genom god kommunikation skapas samhörighet", "Med
    // samverkan förbättras …") says what follows from something, not who
    // must do what.
    const MEANS: [&str; 2] = ["genom", "med"];
    // A subject closed by a relative clause may be long ("Medarbetare som
    // går i pension med en sammanhängande anställningstid upp till fem år
    // uppvaktas …", Vetlanda `blind44/`): the verb counts from its `som`.
    (1..=10).contains(&subject_end(w, i, &FINITE))
        && i <= RELATIVE_SUBJECT_MAX
        && !lone_clause
        && !generic_subject(w)
        && w.first().is_some_and(|f| {
            !SUBORDINATORS.contains(&f.folded.as_str()) && !MEANS.contains(&f.folded.as_str())
        })
        && !describes_now(w)
        && !w
            .get(..subject_end(w, i, &FINITE))
            .unwrap_or(&[])
            .iter()
            .any(|p| {
                p.clause_end
                    || FINITE.contains(&p.folded.as_str())
                    || ["att", "som"].contains(&p.folded.as_str())
            })
}

/// Where the subject before a main verb at `i` ends when a short relative
/// clause with its own finite verb closes it ("Framtagen rutin som gruppen
/// är överens om skickas …", "Avsnitt som inte är relevanta utelämnas"):
/// at its `som`, so that the clause's verb is not taken for the main
/// clause's; else at `i`. The form is in Region Jämtland Härjedalen's and
/// Region Jönköpings län's routines (blind9).
fn subject_end(w: &[Word], i: usize, finite: &[&str]) -> usize {
    let Some(j) = w
        .get(..i)
        .and_then(|b| b.iter().position(|p| p.folded == "som"))
    else {
        return i;
    };
    let clause = w.get(j + 1..i).unwrap_or(&[]);
    let verbs = clause
        .iter()
        .filter(|p| finite.contains(&p.folded.as_str()))
        .count();
    // A modal verb in it belongs to the main clause ("Handlingar som
    // tillhör ärendet ska lagras …"): the clause must have a verb of its own.
    const MODALS: [&str; 6] = ["ska", "skall", "kan", "får", "bör", "maste"];
    // Or a clause opening with a present-tense verb of its own, the -r form
    // after `som` ("som går i pension med …", "som slutar sin anställning"),
    // up to a dozen words: one verb, not coordinated ("som stödjer och
    // följer upp …" names members of a list), under a subject, not a fronted
    // phrase ("I lagarna som reglerar socialtjänsten ställs krav …").
    const NOT_VERBS: [&str; 10] = [
        "efter", "under", "over", "eller", "infor", "var", "nar", "dar", "mer", "fler",
    ];
    const FRONTED: [&str; 12] = [
        "i", "inom", "for", "med", "enligt", "vid", "pa", "av", "genom", "till", "mot", "om",
    ];
    let own_verb = verbs <= 1
        && (2..=12).contains(&clause.len())
        && clause.first().is_some_and(|v| {
            v.folded.chars().count() >= 3
                && v.folded.ends_with('r')
                && !v.capital
                && !NOT_VERBS.contains(&v.folded.as_str())
        })
        && !clause
            .iter()
            .any(|p| ["och", "eller"].contains(&p.folded.as_str()))
        && w.first()
            .is_some_and(|f| !FRONTED.contains(&f.folded.as_str()));
    let closed = j >= 1
        && (((2..=5).contains(&clause.len()) && verbs == 1) || own_verb)
        && !clause.iter().any(|p| {
            p.clause_end
                || ["att", "som"].contains(&p.folded.as_str())
                || MODALS.contains(&p.folded.as_str())
        });
    if closed { j } else { i }
}

/// Whether a sentence opens with an indefinite subject ("En kopia skickas
/// till …", "Ett program handlar om …", "En policy uttrycker …"): in the
/// present tense it describes what such a thing is or does in general, not
/// who must do what.
fn generic_subject(w: &[Word]) -> bool {
    w.first()
        .is_some_and(|f| f.capital && ["en", "ett"].contains(&f.folded.as_str()))
}

/// Whether a sentence says what happens now rather than what must happen:
/// "Riktlinjerna tas nu fram …", "Information behandlas idag i …", or what a
/// word means ("… inkluderas i begreppet myndighet").
pub(super) fn describes_now(w: &[Word]) -> bool {
    w.iter().any(|x| {
        ["nu", "idag", "redan", "vanligtvis", "oftast", "narvarande"].contains(&x.folded.as_str())
            || x.folded.starts_with("begrepp")
    }) || w
        .windows(2)
        .any(|p| matches!(p, [a, b] if a.folded == "i" && b.folded == "dag"))
}

/// The word index of the present-tense verb right after a sentence's
/// subject when the subject is a body or a role ("Kommunchefen biträder
/// kommunstyrelsen …", "ADB-samordnaren tilldelar e-postadress …",
/// "Kommunchefen är chef över …"): in a document that says who does what,
/// that is the rule.
pub(super) fn body_subject_verb(s: &str, w: &[Word]) -> Option<usize> {
    let k = body_subject(s, w)?;
    let v = w.get(k)?;
    if describes_now(w) {
        return None;
    }
    let next = w.get(k + 1).map_or("", |n| n.folded.as_str());
    let verb = match v.folded.as_str() {
        "ar" => {
            [
                "chef",
                "ordforande",
                "arkivmyndighet",
                "personuppgiftsansvarig",
            ]
            .contains(&next)
                || role_noun(w, k + 1)
        }
        // What a body can do is what it does, given a verb after it
        // ("Kultur- och fritidsnämnden kan besluta att godkänna annan
        // organisation", Eslöv `blind9/`; "Direktionen kan delegera …"):
        // 28 of 32 such sentences in the spent truths are statements, 15
        // of them with no modal verb (none), 13 read as `får`.
        "kan" => w.get(k + 1).is_some_and(|n| !n.clause_end),
        "har" | "finns" | "var" | "blir" => false,
        f => f.chars().count() >= 4 && f.ends_with('r') && !f.ends_with("ner"),
    };
    verb.then_some(k)
}

/// The word index right after a sentence's subject when the subject is a
/// body or a role of one to three words and a lower-case word follows it
/// (the verb): `Kommunchefen` in "Kommunchefen biträder …", `Kultur- och
/// fritidsnämnden` in "Kultur- och fritidsnämnden kan besluta …".
fn body_subject(s: &str, w: &[Word]) -> Option<usize> {
    let first = w.first()?;
    if !s
        .get(first.start..)
        .is_some_and(|t| t.starts_with(char::is_uppercase))
        || generic_subject(w)
    {
        return None;
    }
    for k in 1..=3usize.min(w.len().saturating_sub(1)) {
        let subject = w.get(..k)?;
        if subject.iter().any(|p| p.clause_end) {
            return None;
        }
        let last = subject.last()?;
        let name = s.get(first.start..last.end)?;
        // One role in the definite singular ("ADB-samordnaren",
        // "Arkivmyndigheten"), not "Alla medarbetare".
        let role = k == 1
            && ["en", "et", "n"].iter().any(|e| last.folded.ends_with(e))
            && crate::draft::is_role_name(name);
        let body = crate::draft::classify_body(name).is_some() && !last.folded.ends_with('s');
        if !(role || body) {
            continue;
        }
        let v = w.get(k)?;
        return s
            .get(v.start..)
            .is_some_and(|t| t.starts_with(char::is_lowercase))
            .then_some(k);
    }
    None
}

/// The word index of the present-tense verb after a sentence-opening `Vi`
/// (the organisation speaking of itself): "Vi bedömer varje kandidat i
/// förhållande till dessa krav" (Kungsbacka `blind80/`), "Vi tar emot
/// synpunkter både muntligen och skriftligen", "Vi gör alltid en
/// kreditupplysning …" — the commitments of a policy or a housing
/// company's rules, which the truths count (33 such sentences in the spent
/// truths, 12 not, most of those visions and a site's cookie notice). Not
/// `är`, `har`, `kan`, `finns`, `vill`, `blir` (a description, a
/// possession, an intention), nor a verb of knowing, presenting or using
/// (`Vi förstår att …`, `Vi presenterar de mål …`, `Vi använder tre olika
/// metoder …`, `Vi reserverar oss för … tryckfel`), nor a means to a vision
/// (`Vi växer genom att …`), nor a sentence about cookies or what happens
/// now.
pub(super) fn we_subject_verb(s: &str, w: &[Word]) -> Option<usize> {
    const NOT_COMMITTING: [&str; 16] = [
        "ar",
        "har",
        "kan",
        "finns",
        "vill",
        "blir",
        "var",
        "hoppas",
        "tror",
        "kommer",
        "forstar",
        "vet",
        "presenterar",
        "anvander",
        "reserverar",
        "tycker",
    ];
    let first = w.first()?;
    if s.get(first.start..first.end) != Some("Vi") {
        return None;
    }
    let v = w.get(1)?;
    let f = v.folded.as_str();
    let finite = f.chars().count() >= 3 && f.ends_with('r') && !NOT_COMMITTING.contains(&f);
    let cookies = w.iter().any(|x| x.folded.starts_with("cookie"));
    let means = w
        .windows(2)
        .any(|p| matches!(p, [a, b] if a.folded == "genom" && b.folded == "att"));
    (finite && !cookies && !means && !describes_now(w)).then_some(1)
}

/// A role the body holds, after its `är` ("Nämnden är mottagare och
/// utredare av …", "Norrby kommun är värdkommun …", "Direktören är högsta
/// tjänsteman i …"): an agent noun in `-are`, a host `-kommun`, or `högsta
/// tjänsteman`, optionally after `även`/`också`.
fn role_noun(w: &[Word], mut i: usize) -> bool {
    let f = |k: usize| w.get(k).map_or("", |x| x.folded.as_str());
    if ["aven", "ocksa"].contains(&f(i)) {
        i += 1;
    }
    let n = f(i);
    (n.ends_with("are") && n.chars().count() >= 7)
        || (n.ends_with("kommun") && n.chars().count() > 6)
        || (n == "hogsta" && f(i + 1) == "tjansteman")
}

#[cfg(test)]
mod tests {
    use super::super::reading::Binds;
    use super::super::reading::read;

    fn m(s: &str) -> Option<(Binds, Option<crate::draft::Modality>, bool)> {
        read(s).map(|r| (r.binds, r.modality, r.negated))
    }

    #[test]
    fn a_fronted_means_or_a_lone_subordinate_clause_is_no_rule() {
        assert_eq!(m("Genom god planering skapas trygghet i arbetet."), None);
        assert_eq!(m("Med samverkan förbättras också servicen."), None);
        assert_eq!(m("Oavsett den lagras i molnet eller på papper."), None);
        assert_eq!(
            m("Oavsett bakgrund ges alla samma stöd."),
            Some((Binds::Present, None, false))
        );
        assert_eq!(
            m("I allt utvecklingsarbete beaktas tillgängligheten."),
            Some((Binds::Present, None, false))
        );
    }

    /// A definition, and an indefinite subject in the present tense, state
    /// no rule (invented wording).
    #[test]
    fn a_definition_or_a_generic_subject_is_no_rule() {
        assert_eq!(m("Inköp definieras som köp eller hyra av varor."), None);
        assert_eq!(m("En kopia skickas till arkivet varje månad."), None);
        assert_eq!(m("Ett reglemente beskriver nämndens uppgifter."), None);
        assert_eq!(
            m("Kopian skickas till arkivet varje månad."),
            Some((Binds::Present, None, false))
        );
        // An indefinite subject with a modal verb still binds.
        assert_eq!(
            m("En kopia ska skickas till arkivet."),
            Some((Binds::Modal, Some(crate::draft::Modality::Ska), false))
        );
    }

    /// A subject closed by a short relative clause with its own verb, then
    /// the main clause's present passive (invented wording).
    #[test]
    fn a_passive_after_a_relative_clause_in_the_subject() {
        let present = Some((Binds::Present, None, false));
        assert_eq!(
            m("Listan som nämnden är enig om skickas till arkivet."),
            present
        );
        assert_eq!(m("Bilagor som inte är aktuella tas bort."), present);
        // The passive of the relative clause itself, or a clause with no
        // verb of its own, is no main verb.
        assert_eq!(m("Ärenden som fattas av nämnden."), None);
        assert_eq!(
            m("Kopior som hör till ärendet ska sparas i arkivet."),
            Some((Binds::Modal, Some(crate::draft::Modality::Ska), false))
        );
        // A relative clause opening with its own present-tense verb may
        // be long (Vetlanda `blind44/`).
        assert_eq!(
            m("Frågor som rör nämndens arbete i stort hanteras av kansliet."),
            present
        );
        assert_eq!(
            m(
                "Medarbetare som går i pension efter en lång anställningstid i kommunen uppvaktas med en gåva."
            ),
            present
        );
    }

    /// `kan` before a passive infinitive in the main clause lets something
    /// happen under the rule (invented wording); a remark or a verb of
    /// judging does not.
    #[test]
    fn kan_with_a_passive_infinitive() {
        let present = Some((Binds::Present, None, false));
        assert_eq!(m("Saluplats kan bokas för högst sex månader."), present);
        assert_eq!(
            m("Arvode enligt detta reglemente kan betalas ut till ledamöter."),
            present
        );
        assert_eq!(
            m("Plats i kön kan inte överlåtas till någon annan."),
            Some((Binds::Present, None, true))
        );
        assert_eq!(m("Det kan konstateras att kön är lång."), None);
        assert_eq!(m("Grundvattnet kan också påverkas negativt."), None);
        assert_eq!(m("Policyn kan läsas i sin helhet nedan."), None);
        assert_eq!(
            m("Om det behövs kan undervisningen förläggas på en annan skola."),
            None
        );
    }

    #[test]
    fn what_takes_place_as_a_rule() {
        // Stop 64, from the spent truths (63 of 85 such sentences held).
        let present = Some((Binds::Present, None, false));
        assert_eq!(m("Betalning sker alltid mot faktura."), present);
        assert_eq!(
            m("Anvisning sker i turordning efter anmälningstid."),
            present
        );
        assert_eq!(m("Detta sker genom samarbete mellan bolagen."), None);
        assert_eq!(
            m("Samarbetet sker idag mellan kommunens verksamheter."),
            None
        );
    }

    #[test]
    fn the_legal_frame_is_no_rule() {
        assert_eq!(m("Undantagen regleras i sekretesslagen."), None);
        assert_eq!(
            m("Verksamheten styrs av en rad olika dokument och lagar."),
            None
        );
        assert_eq!(
            m("Inspelat material omfattas av offentlighets- och sekretesslagen."),
            None
        );
        // A law as the subject: what the law does.
        assert_eq!(
            m("Lagen gäller inte för vad som sker mellan privatpersoner."),
            None
        );
        assert_eq!(
            m("Den nya diskrimineringslagen omfattas av sju lagar."),
            None
        );
        assert_eq!(
            m("Förordningen tillämpas på all behandling av personuppgifter."),
            None
        );
        // This document's own rules are no law.
        assert_eq!(
            m("Dessa bestämmelser gäller för förtroendevalda i nämnderna."),
            Some((Binds::Scope, None, false))
        );
        // A preposition before the law: the document's own rule.
        assert_eq!(
            m("Utöver det som föreskrivs i kommunallagen gäller detta reglemente för nämnden."),
            Some((Binds::Scope, None, false))
        );
        assert_eq!(
            m("Alla anställda omfattas av policyn."),
            Some((Binds::Scope, None, false))
        );
        assert_eq!(
            m("Beslut om kameror fattas av nämnden."),
            Some((Binds::Present, None, false))
        );
    }

    #[test]
    fn the_organisation_as_we_and_its_present_tense() {
        let present = Some((Binds::Present, None, false));
        assert_eq!(
            m("Vi bedömer varje kandidat i förhållande till dessa krav."),
            present
        );
        assert_eq!(
            m("Vi tar emot synpunkter både muntligen och skriftligen."),
            present
        );
        // A description, a cookie notice, what happens now: no rule.
        assert_eq!(m("Vi är en kommun i tillväxt."), None);
        assert_eq!(
            m("Vi använder cookies för att förbättra webbplatsen."),
            None
        );
        assert_eq!(m("Vi arbetar nu med en ny plan."), None);
        assert_eq!(m("Vi använder tre olika metoder för markanvisning."), None);
        assert_eq!(m("Vi växer genom att stärka vår identitet."), None);
    }

    #[test]
    fn a_body_or_role_and_its_present_tense() {
        let present = Some((Binds::Present, None, false));
        assert_eq!(m("Förvaltningschefen är chef över förvaltningen."), present);
        assert_eq!(
            m("IT-samordnaren tilldelar konton till nyanställda."),
            present
        );
        assert_eq!(m("Styrelsen består av sju ledamöter."), present);
        // The role a body holds.
        assert_eq!(m("Nämnden är mottagare av alla anmälningar."), present);
        assert_eq!(m("Direktören är högsta tjänsteman i förbundet."), present);
        assert_eq!(
            m("Förvaltningschefen är även beställare av tjänsterna."),
            present
        );
        assert_eq!(m("Nämnden är viktig för kommunen."), None);
        assert_eq!(m("Nämnden är högsta beslutande organ."), None);
        // Not a body, not a verb, not now.
        assert_eq!(m("Systemet tilldelar konton."), None);
        assert_eq!(m("Anna Berg säkerhetssamordnare Bilagor 1"), None);
        assert_eq!(m("Förvaltningschefen har tolv medarbetare."), None);
    }

    #[test]
    fn present_passives_in_the_main_clause() {
        let present = Some((Binds::Present, None, false));
        assert_eq!(
            m("Gemensamma tjänster prioriteras vid upphandling."),
            present
        );
        assert_eq!(m("I allt arbete beaktas sekretessen."), present);
        assert_eq!(m("Uppföljningen genomförs av ekonomienheten."), present);
        assert_eq!(
            m("Den information du sparar säkerhetskopieras varje natt."),
            present
        );
        for not_a_rule in [
            "Riktlinjerna tas nu fram för att hjälpa de anställda.",
            "Policyn kompletteras med en handbok.",
            "Om filerna raderas kan de inte återställas.",
            "Policy för Degerfors kommun antogs i juni.",
            "I reglementet inkluderas dessa organ i begreppet myndighet.",
            "Nämndernas beslut protokollförs.",
        ] {
            assert_eq!(m(not_a_rule), None, "{not_a_rule}");
        }
    }
}
