//! Tests of the sentence reader (invented wording unless a test names
//! its source).

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
const RIGHT: Reading = Some((Binds::Present, None, false));

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
        // A right binds as a principle, with no modal verb (the truths'
        // reading, 53 to 14), also with words between "har" and "rätt".
        ("Samordnaren har rätt att stänga av konton.", RIGHT),
        (
            "Arbetsgivaren har enligt lagen rätt att se loggarna.",
            RIGHT,
        ),
        (
            "Vid misstanke om fusk har skolan rätt att granska kontot.",
            RIGHT,
        ),
        (
            "Efter prövning äger nämnden rätt att medge undantag.",
            RIGHT,
        ),
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
