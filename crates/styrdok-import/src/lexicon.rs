//! The importer's Swedish lexicon: the vocabulary the recognizers share —
//! adoption verbs in all their forms, metadata labels, month names, dnr
//! labels, body abbreviations, web-page chrome — in one place, and the
//! regular-expression pieces built from it.
//!
//! Not every word list is here. A short list that belongs to one step's
//! grammar (the conjunctions that end a duty's subject, the words that
//! mark a cited document's version, the reporting verbs of a statement)
//! stays beside that step, with the unit tests that show what it is for;
//! it moves here when a second step needs it. Nothing may keep a second
//! copy of a list that is here.
//!
//! To teach the importer a new phrasing of a shared kind, add the word here:
//!
//! - a new adoption verb or form → [`ADOPTION_VERBS`] (every form of a verb
//!   is listed once; the adoption phrase, the "X beslutar … fastställs"
//!   rule, title cleaning and kind definitions all read it);
//! - a new metadata label → [`LABELS`] (what the label means, and whether it
//!   is distinctive enough to start a new field in the middle of a line);
//! - a month spelling → [`MONTHS`]; a dnr label → [`DNR_LABELS`];
//! - a body abbreviation → [`BODY_ABBREVIATIONS`] (checked against
//!   [`styrdok_core::BodyKind::classify`] by a test); a word in capitals
//!   ending in `N` that is no nämnd's acronym → [`CAPITAL_WORDS_ENDING_IN_N`];
//! - a line of web-page chrome around a document → [`CHROME_LINES`] or
//!   [`CHROME_PREFIXES`]; a button or banner that is never a title →
//!   [`BUTTON_TITLES`];
//! - a verb that ends a cited document's name → [`OBJECT_ENDING_VERBS`];
//! - a form of a revision verb (`reviderad av`) → [`REVISION_FORMS`].
//!
//! Entries are written in their normal Swedish spelling, except the labels,
//! which are folded ([`styrdok_core::text::fold`]: lower case, å/ä → a,
//! ö → o) because labels are compared folded.

/// One verb that says a document was adopted, with its forms.
#[derive(Debug, Clone, Copy)]
pub(crate) struct AdoptionVerb {
    /// The infinitive (`anta`), by which a recognizer picks verbs
    /// ([`adoption_present_active`]).
    pub(crate) lemma: &'static str,
    /// Participles (`antagen`, `antaget`, `antagna`): usable at the start
    /// of a line with no subject ("Antagen av kommunfullmäktige …").
    pub(crate) participles: &'static [&'static str],
    /// Past and perfect passive (`antogs`, `antagits`): need this document
    /// as subject, or a line start.
    pub(crate) past: &'static [&'static str],
    /// Present passive (`antas`): only with this document as subject
    /// ("Dokumentet antas av kommunfullmäktige"), never alone, because
    /// texts describe what kinds of document generally are adopted by whom.
    pub(crate) present: &'static [&'static str],
    /// Active forms (`antog`, `har antagit`, `antar`): a body adopts,
    /// as in a relative clause about a cited document ("… som
    /// regionfullmäktige antog 2020-11-24").
    pub(crate) active: &'static [&'static str],
}

/// Verbs of adoption, every form the importer reads.
pub(crate) const ADOPTION_VERBS: &[AdoptionVerb] = &[
    AdoptionVerb {
        lemma: "anta",
        participles: &["antagen", "antaget", "antagna", "antagits"],
        past: &["antogs"],
        present: &["antas"],
        active: &["antog", "antagit", "antar"],
    },
    AdoptionVerb {
        lemma: "fastställa",
        participles: &["fastställd", "fastställt", "fastställda", "fastställts"],
        past: &["fastställdes"],
        present: &["fastställs"],
        active: &["fastställde", "fastställt", "fastställer"],
    },
    AdoptionVerb {
        lemma: "besluta",
        participles: &["beslutad", "beslutat", "beslutade", "beslutats"],
        past: &["beslutades"],
        present: &["beslutas"],
        active: &["beslutade", "beslutat", "beslutar"],
    },
    AdoptionVerb {
        lemma: "godkänna",
        participles: &["godkänd", "godkänt", "godkända", "godkänts"],
        past: &["godkändes"],
        present: &["godkänns"],
        active: &["godkände", "godkänt", "godkänner"],
    },
    // `Renhållningstaxan för Sigtuna kommun togs i kommunfullmäktige den
    // 25 november 2010` (Sigtuna `blind103/`): the past passive of `ta`
    // only, which like every past form needs this document as subject.
    AdoptionVerb {
        lemma: "ta",
        participles: &[],
        past: &["togs"],
        present: &[],
        active: &[],
    },
    AdoptionVerb {
        lemma: "utfärda",
        participles: &["utfärdad", "utfärdat", "utfärdade", "utfärdats"],
        past: &["utfärdades"],
        present: &["utfärdas"],
        active: &["utfärdade", "utfärdat", "utfärdar"],
    },
];

/// Every adoption verb form of the kinds chosen, longest first (so a
/// regular-expression alternation prefers `fastställdes` to `fastställd`).
pub(crate) fn adoption_forms(participles: bool, past: bool, present: bool) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for v in ADOPTION_VERBS {
        if participles {
            out.extend(v.participles);
        }
        if past {
            out.extend(v.past);
        }
        if present {
            out.extend(v.present);
        }
    }
    out.sort_by_key(|f| std::cmp::Reverse(f.len()));
    out
}

/// Every active form (`antog`, `fastställde`, `beslutar`), longest first.
pub(crate) fn adoption_active_forms() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = ADOPTION_VERBS
        .iter()
        .flat_map(|v| v.active)
        .copied()
        .collect();
    out.sort_by_key(|f| std::cmp::Reverse(f.len()));
    out
}

/// The present-tense active forms (`antar`, `fastställer`) of the verbs
/// whose lemmas are given: of the active forms above, only the present
/// ends in `-r`, as every Swedish present does.
pub(crate) fn adoption_present_active(lemmas: &[&str]) -> Vec<&'static str> {
    ADOPTION_VERBS
        .iter()
        .filter(|v| lemmas.contains(&v.lemma))
        .flat_map(|v| v.active)
        .copied()
        .filter(|f| f.ends_with('r'))
        .collect()
}

/// The states a document is kept in by its owner (`… hålls uppdaterade`,
/// `… hålla dokumentet aktuellt`; `recognize::managed_by`).
pub(crate) const KEPT_CURRENT: &[&str] = &[
    "uppdaterad",
    "uppdaterat",
    "uppdaterade",
    "aktuell",
    "aktuellt",
    "aktuella",
];

/// Adverbials that may stand between an adoption verb and its `av`
/// (`Reglementet antogs första gången av kommunfullmäktige …`, a joint
/// nämnd's reglemente, Gislaved–Gnosjö `blind119/`): the first adoption,
/// which is the decision date a register records. Regex fragments.
pub(crate) const ADOPTION_ADVERBIALS: &[&str] = &[
    r"för\s+första\s+gången",
    r"första\s+gången",
    r"ursprungligen",
];

/// The forms as a regular-expression alternation (`(?:antagen|…)`).
pub(crate) fn alternation(forms: &[&str]) -> String {
    format!("(?:{})", forms.join("|"))
}

/// Whether a folded verb form is a present passive (`antas`, `faststalls`).
pub(crate) fn is_present_passive(folded: &str) -> bool {
    ADOPTION_VERBS
        .iter()
        .flat_map(|v| v.present)
        .any(|f| styrdok_core::text::fold(f) == folded)
}

/// Whether a folded word is a participle or past passive of adoption
/// or revision (`antagen`, `faststalldes`, `reviderat`): a body's name
/// ends before it (`Antagen av kommunfullmäktige Reviderat av …`, Vara
/// `blind103/`).
pub(crate) fn is_decision_participle(folded: &str) -> bool {
    // Folded once: `body_at` asks for every word of every candidate name.
    static FORMS: std::sync::LazyLock<std::collections::HashSet<String>> =
        std::sync::LazyLock::new(|| {
            ADOPTION_VERBS
                .iter()
                .flat_map(|v| v.participles.iter().chain(v.past))
                .chain(REVISION_FORMS)
                .map(|f| styrdok_core::text::fold(f))
                .collect()
        });
    FORMS.contains(folded)
}

/// Forms of `revidera` that say a document was revised by a body
/// ("Senast reviderad av kommunstyrelsen den …"), longest first.
pub(crate) const REVISION_FORMS: &[&str] = &[
    "reviderades",
    "reviderats",
    "reviderade",
    "reviderad",
    "reviderat",
    // A completion by a body with its date is a revision of the text
    // (`… och kompletterat av Kommunstyrelsen den 10 november 1997`,
    // Arvika `blind27/`; `Kompletterad av Regionstyrelsen 2021-10-13.`,
    // Region Halland `blind29/`: both truths record it as `last_updated`).
    // Only the participles: `kompletterar`/`kompletteras` state relations.
    "kompletterad",
    "kompletterat",
];

/// The verb of the issuing formula of lokala föreskrifter (`Tekniska
/// nämnden föreskriver följande med stöd av …`): the body that issues them.
pub(crate) const ISSUING_FORMS: &[&str] = &["föreskriver"];

/// Verbs that say who manages a document ("förvaltas av").
pub(crate) const MANAGED_FORMS: &[&str] = &["förvaltas", "förvaltad", "förvaltat", "ägs"];

/// What a metadata label means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Title,
    /// "Fastställd/beslutad: KF 2019-02-25, § 23": adopter, date, paragraph.
    Adoption,
    Kind,
    Validity,
    /// "Giltig till", "Giltig t.o.m.": a bare date is the last valid day.
    ValidUntil,
    /// "Giltig fr.o.m.": a bare date is where validity starts.
    ValidFrom,
    AdoptedBy,
    /// "Datum" in a table: the decision date when the table has an adopter
    /// column, else nothing.
    TableDate,
    DecisionDate,
    Paragraph,
    Dnr,
    RequiredByLaw,
    Review,
    Owner,
    LastUpdated,
    Replaces,
    Repeals,
    Free,
}

/// A metadata label: folded text, meaning, and whether it is distinctive
/// enough that, capitalized in the middle of a line, it starts a new field
/// without a colon (`Diarienummer KS 2018/1092` in a page flattened to one
/// line). A label that is also an everyday word (`Beslut`, `Datum`,
/// `Version`) starts a field mid-line only with a colon.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Label {
    pub(crate) folded: &'static str,
    pub(crate) field: Field,
    pub(crate) distinctive: bool,
}

const fn l(folded: &'static str, field: Field, distinctive: bool) -> Label {
    Label {
        folded,
        field,
        distinctive,
    }
}

/// Metadata labels, folded.
pub(crate) const LABELS: &[Label] = &[
    l("dokumentnamn", Field::Title, true),
    l("dokumenttitel", Field::Title, true),
    l("styrdokumentets namn", Field::Title, true),
    l("namn pa dokumentet", Field::Title, true),
    l("titel", Field::Title, false),
    l("faststalld/beslutad", Field::Adoption, true),
    l("beslutad/faststalld", Field::Adoption, true),
    l("antagen/faststalld", Field::Adoption, true),
    l("faststalld/upprattad", Field::Adoption, true),
    l("faststalld", Field::Adoption, false),
    // `Beslutad när` beside `Beslutad av` (Strängnäs `blind12/`,
    // Eskilstuna `blind13/`): the decision's date.
    l("beslutad nar", Field::DecisionDate, false),
    l("beslutad", Field::Adoption, false),
    l("antagen", Field::Adoption, false),
    l("antaget", Field::Adoption, false),
    l("beslut", Field::Adoption, false),
    l("status", Field::Adoption, false),
    l("senast reviderad", Field::LastUpdated, true),
    l("reviderad", Field::LastUpdated, false),
    l("dokumenttyp", Field::Kind, true),
    l("dokumentkategori", Field::Kind, true),
    l("dokumentslag", Field::Kind, true),
    l("typ av dokument", Field::Kind, true),
    l("typ av styrdokument", Field::Kind, true),
    l("styrdokumentstyp", Field::Kind, true),
    l("styrdokument", Field::Kind, false),
    l("giltighetstid", Field::Validity, true),
    l("giltighet", Field::Validity, false),
    l("giltighetsperiod", Field::Validity, true),
    l("giltig fr.o.m.", Field::ValidFrom, true),
    l("galler fr.o.m.", Field::ValidFrom, true),
    // Without the full stops (`Gäller fr o m`, `Gäller t o m`: Strängnäs,
    // Eskilstuna, Göteborgsregionen, Timrå, Lysekil).
    l("galler fr o m", Field::ValidFrom, false),
    l("galler t o m", Field::ValidUntil, false),
    l("giltig fran och med", Field::ValidFrom, true),
    l("galler fran och med", Field::ValidFrom, false),
    l("giltig fran", Field::ValidFrom, true),
    l("galler fran", Field::ValidFrom, false),
    l("giltig till", Field::ValidUntil, true),
    l("galler till", Field::ValidUntil, false),
    l("giltig t.o.m.", Field::ValidUntil, true),
    l("galler t.o.m.", Field::ValidUntil, true),
    l("giltig till och med", Field::ValidUntil, true),
    // The adjective agreeing with a plural or neuter name
    // (`PLACERINGSFÖRESKRIFTER Giltiga från den 1 januari 2010`, Härryda
    // `blind80/`; `Giltigt till och med 2019-05-31`, Västernorrland
    // `blind11/`).
    l("giltiga fran och med", Field::ValidFrom, true),
    l("giltigt fran och med", Field::ValidFrom, true),
    l("giltiga fran", Field::ValidFrom, true),
    l("giltigt fran", Field::ValidFrom, true),
    l("giltiga till och med", Field::ValidUntil, true),
    l("giltigt till och med", Field::ValidUntil, true),
    l("giltiga till", Field::ValidUntil, true),
    l("giltigt till", Field::ValidUntil, true),
    l("giltiga t.o.m.", Field::ValidUntil, true),
    l("giltigt t.o.m.", Field::ValidUntil, true),
    l("galler till och med", Field::ValidUntil, false),
    l("galler som langst till", Field::ValidUntil, false),
    l("upphor att galla", Field::ValidUntil, false),
    l("datum", Field::TableDate, false),
    l("beslutande organ", Field::AdoptedBy, true),
    l("beslutande instans", Field::AdoptedBy, true),
    l("beslutande", Field::AdoptedBy, false),
    l("beslutsinstans", Field::AdoptedBy, true),
    // `Nämnd: Byggnadsnämnden Fastställd: 2019-09-25` (Mellerud's internal
    // control plan, `blind124/`): the nämnd whose plan it sets. An everyday
    // word: mid-line only with its colon.
    l("namnd", Field::AdoptedBy, false),
    l("beslutsfattare", Field::AdoptedBy, true),
    l("faststallare", Field::AdoptedBy, true),
    l("faststalld av", Field::AdoptedBy, true),
    l("faststallt av", Field::AdoptedBy, true),
    l("faststallda av", Field::AdoptedBy, true),
    l("beslutad av", Field::AdoptedBy, true),
    l("beslutat av", Field::AdoptedBy, true),
    l("beslutade av", Field::AdoptedBy, true),
    l("antagen av", Field::AdoptedBy, true),
    l("antaget av", Field::AdoptedBy, true),
    l("antagna av", Field::AdoptedBy, true),
    l("godkand av", Field::AdoptedBy, true),
    l("godkant av", Field::AdoptedBy, true),
    l("godkanda av", Field::AdoptedBy, true),
    l("utfardad av", Field::AdoptedBy, true),
    l("beslut av", Field::AdoptedBy, true),
    // Botkyrka's header of every styrdokument (`Dokumentet är beslutat
    // av: Kommunstyrelsen Dokumentet beslutades den: 2 maj 2017 Dokumentet
    // gäller för: … Dokumentet gäller till den: 2 maj 2022 Dokumentansvarig
    // är: …`, `blind100/`): the whole label, so that `Dokumentet` is not
    // read as the end of the value before it.
    l("dokumentet ar beslutat av", Field::AdoptedBy, true),
    l("dokumentet beslutades den", Field::DecisionDate, true),
    l("dokumentet galler till den", Field::ValidUntil, true),
    // `Dokumentet gäller till och med: 2023-12-31` (Lysekil `blind144/`).
    l("dokumentet galler till och med", Field::ValidUntil, true),
    l("dokumentansvarig ar", Field::Owner, true),
    l("for revidering av dokumentet ansvarar", Field::Free, true),
    l("for uppfoljning av dokumentet ansvarar", Field::Free, true),
    l("beslutsdatum", Field::DecisionDate, true),
    l("beslutsdatum och paragraf", Field::DecisionDate, true),
    l("datum for beslut", Field::DecisionDate, true),
    l("faststallelsedatum", Field::DecisionDate, true),
    // Alingsås's cover labels, commas and all (`blind152/`): the date,
    // the nämnd and the paragraph under one label; the owner's title and
    // name; the next review.
    l("faststallelsedatum, namnd, paragraf", Field::Adoption, true),
    l("dokumentansvarig, befattning och namn", Field::Owner, true),
    l("dokumentet galler for, personalkategori", Field::Free, true),
    l("uppdateras nasta gang", Field::Review, true),
    l("antagandedatum", Field::DecisionDate, true),
    l("datum for faststallelse", Field::DecisionDate, true),
    l("tidpunkt for faststallande", Field::DecisionDate, true),
    l("datum for antagande", Field::DecisionDate, true),
    l("faststalld datum", Field::DecisionDate, true),
    l("antagen datum", Field::DecisionDate, true),
    l("beslut antaget/faststallt", Field::Adoption, true),
    l("antaget/faststallt", Field::Adoption, true),
    // `BESLUTAT/ANTAGET Kf , 35` in a flattened table (Pajala
    // `blind113/`): the decision and its body under one label.
    l("beslutat/antaget", Field::Adoption, true),
    l("beslutad/antagen", Field::Adoption, true),
    // `Godkänd/ansvarig Kommunfullmäktige 150/2014` (Mörbylånga
    // `blind113/`): the approving body first.
    l("godkand/ansvarig", Field::Adoption, true),
    l("beslutsparagraf", Field::Paragraph, true),
    l("paragraf", Field::Paragraph, false),
    l("diarienummer", Field::Dnr, true),
    l("diarienr", Field::Dnr, true),
    l("dnr", Field::Dnr, true),
    l("arendenummer", Field::Dnr, true),
    // `Ärendebeteckning: Kst/2015:548` (Örnsköldsvik `blind89/`).
    l("arendebeteckning", Field::Dnr, true),
    l("beteckning/dnr", Field::Dnr, true),
    l("beteckning", Field::Dnr, false),
    l("antagen till foljd av lag", Field::RequiredByLaw, true),
    l("revisionsdatum", Field::Review, true),
    l("revideras", Field::Review, false),
    l("revideras senast", Field::Review, true),
    l("revidering", Field::Review, false),
    l("nasta revidering", Field::Review, true),
    l("aktualitetsprovning", Field::Review, true),
    l("intervall for aktualitetsprovning", Field::Review, true),
    l("ses over", Field::Review, false),
    l("dokumentansvarig", Field::Owner, true),
    // The owning body and the official under it, each on a label of its
    // own (`Dokumentansvarig nämnd: Tekniska nämnden` / `Dokumentansvarig
    // person: Samhällsbyggnadschef`, Mjölby `blind85/`, `blind6/`, `real/`;
    // `Dokumentansvarig förvaltning:`, Region Kronoberg `blind74/`;
    // `Dokumentansvarig avdelning:`, Varberg `blind2/`): every truth names
    // the body, so the official's label is a field of its own.
    l("dokumentansvarig namnd", Field::Owner, true),
    l("dokumentansvarig forvaltning", Field::Owner, true),
    l("dokumentansvarig avdelning", Field::Owner, true),
    l("dokumentansvarig enhet", Field::Owner, true),
    l("dokumentansvarig person", Field::Free, true),
    l("dokumentansvarig tjansteperson", Field::Free, true),
    // Orust's template (`blind91/`, `blind124/`): `Dokumenttyp, datering
    // Strategi, 2018-12-19 | Antagen av … | Antagande dnr,
    // beslutsparagraf (första beslutsdatum) KS/2018:1626 § 7 (2019-02-14)
    // | … | Dokumentansvarig i förvaltningen Fastighetschef | Senast
    // reviderad dnr, beslutsparagraf (beslutsdatum) KS/2020:692 § 179
    // (2020-09-30)`: a decision's record under one label.
    l("dokumentansvarig i forvaltningen", Field::Owner, true),
    l("dokumenttyp, datering", Field::Kind, true),
    l(
        "antagande dnr, beslutsparagraf (forsta beslutsdatum)",
        Field::Dnr,
        true,
    ),
    l(
        "senast reviderad dnr, beslutsparagraf (beslutsdatum)",
        Field::LastUpdated,
        true,
    ),
    l("galler for malgruppen", Field::Free, true),
    l("kontakt om styrdokumentet", Field::Free, true),
    l("dokumentagare", Field::Owner, true),
    l("ansvarig for dokumentet", Field::Owner, true),
    l("ansvarig tjansteperson", Field::Owner, true),
    // Before the bare `Nämnd:` (an adopter) can take its second word.
    l("ansvarig namnd", Field::Owner, true),
    l("ansvarig for revidering", Field::Owner, true),
    // `För revidering ansvarar: Kommunstyrelsen` (Åtvidaberg `blind145/`,
    // Nordmaling `blind115/`): a label, the value not the owner (as `För
    // revidering av dokumentet ansvarar`; the truths differ).
    l("for revidering ansvarar", Field::Free, true),
    // `Ansvarig ägare Avfallschef` (Upplands Väsby `blind145/`).
    l("ansvarig agare", Field::Owner, true),
    l("ansvarig chef for revidering", Field::Owner, true),
    l("ansvarig", Field::Owner, false),
    l("dokumentansvar", Field::Owner, true),
    l("agare", Field::Owner, false),
    l("senast uppdaterad", Field::LastUpdated, true),
    // The neuter, under a cover label (`Senast uppdaterat:`, Alingsås
    // `blind152/`).
    l("senast uppdaterat", Field::LastUpdated, true),
    l("uppdaterad", Field::LastUpdated, false),
    l("senast andrad", Field::LastUpdated, true),
    // A web page's footer (`Sidan uppdaterades 2021-07-19`, `Sidan
    // uppdaterades den 8 juli 2020`, `Sidan uppdaterades senast:`; Åmål
    // `blind156/` and `blind44/`, Luleå `blind105/`, Gislaved `blind108/`,
    // Dals-Ed `blind62/`).
    l("sidan uppdaterades senast", Field::LastUpdated, true),
    l("sidan uppdaterades", Field::LastUpdated, true),
    l("uppfoljning", Field::Free, false),
    // `Följas upp: Vart annat år` in a template row after `Revideras:`
    // (Svenljunga blind114, Gnosjö blind72): a label of its own, so the
    // review value before it ends there.
    l("foljas upp", Field::Free, false),
    l("galler for", Field::Free, false),
    l("dokumentet galler for", Field::Free, true),
    l("malgrupp", Field::Free, true),
    l("kontaktperson", Field::Free, true),
    l("version", Field::Free, false),
    l("upprattad av", Field::Free, true),
    // When the text was drawn up, before its adoption (`… i Skövde kommun
    // Upprättad Mars 2011 Godkänd av Byggnadsnämnden`, `blind127/`): a
    // field of its own, so a title before it ends there.
    l("upprattad", Field::Free, true),
    // `Framtagen av` names who prepared the text, neither adopter nor
    // owner (Region Östergötland blind11, Lund blind17, Gällivare blind28;
    // fix12ze): a field of its own, so a row `Beslutad av Framtagen av`
    // pairs with its values.
    l("framtagen av", Field::Free, true),
    // `Reviderad av: –` after an owner: who revised, a field of its own.
    l("reviderad av", Field::Free, false),
    // Who prepared the decision and who handles the case, each a field of
    // its own after the owner (`Dokumentansvarig: Fastighetschef Beredande
    // politiskt organ: Ekonomiberedningen … Handläggare: …`, Kungälv
    // `blind124/`): neither is the owner nor the adopter.
    l("beredande politiskt organ", Field::Free, true),
    l("beredande organ", Field::Free, true),
    l("handlaggare", Field::Free, false),
    // A region's document head (`Dokumenttitel: … Ämnesområde: Hantera
    // personalfrågor Nivå: Huvuddokument Författare: …`, Landstinget
    // Sörmland `blind140/`): fields of no meaning here that end the value
    // before them. Not `Nivå:`, which ends a download title's line
    // (`Resepolicy. Styrdokument, policy … Nivå:`, Upplands Väsby) whose
    // first sentence is the name.
    l("amnesomrade", Field::Free, true),
    l("forfattare", Field::Free, true),
    l("ersatter", Field::Replaces, false),
    l("dokumentet ersatter", Field::Replaces, true),
    l("upphaver", Field::Repeals, false),
    // Issue 12, fifth round (rel12): the relation labels in more words.
    l("ersatter dokument", Field::Replaces, false),
    l("ersatter styrdokument", Field::Replaces, false),
    // Capitalised mid-line, only a label (`… aktualitetsprövning Ersätter
    // tidigare versioner KF 30 2013`; rel12b).
    l("ersatter tidigare", Field::Replaces, true),
    l("ersatter foljande", Field::Replaces, false),
    l("detta dokument ersatter", Field::Replaces, true),
    l("ersatt dokument", Field::Replaces, false),
    l("ersatta dokument", Field::Replaces, false),
    l("ersatta styrdokument", Field::Replaces, false),
    l("dokumentet upphaver", Field::Repeals, true),
    l("upphaver dokument", Field::Repeals, false),
    l("upphavda dokument", Field::Repeals, false),
    // Issue 12, sixth round (rel12b): an earlier version named in the head.
    l("tidigare version", Field::Replaces, false),
    l("tidigare versioner", Field::Replaces, false),
    l("foregaende version", Field::Replaces, false),
    l("ersatter version", Field::Replaces, false),
];

/// The label with this folded text.
pub(crate) fn label(folded: &str) -> Option<&'static Label> {
    LABELS.iter().find(|l| l.folded == folded)
}

/// Folded generic nouns of a body's kind, indefinite, that name no body by
/// themselves in lower case (`Antagen av: förvaltning`); `fullmäktige`
/// alone does, and is not here.
pub(crate) const GENERIC_BODY_NOUNS: &[&str] = &[
    "forvaltning",
    "namnd",
    "styrelse",
    "utskott",
    "enhet",
    "avdelning",
    "kontor",
];

/// The longest label (in words) a label may have.
pub(crate) const LABEL_MAX_WORDS: usize = 5;

/// Month names and their abbreviations as documents write them.
pub(crate) const MONTHS: [(&str, u32); 24] = [
    ("januari", 1),
    ("februari", 2),
    ("mars", 3),
    ("april", 4),
    ("maj", 5),
    ("juni", 6),
    ("juli", 7),
    ("augusti", 8),
    ("september", 9),
    ("oktober", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("okt", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Whether a capitalised word is the name of a kommun or region of the
/// municipality directory (`Umeå`, `Mariestad`): a unit's name may follow
/// it (`Umeå Fritid`), and it may end a body's name before a date
/// (`Kommunfullmäktige Mariestad 2015-01-26`).
pub(crate) fn place_name(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && !styrdok_org::directory::directory()
            .lookup_all(word.trim_end_matches([',', '.', ':']))
            .is_empty()
}

/// The number of a month name or abbreviation (`dec.` → 12).
pub(crate) fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == w).map(|(_, n)| *n)
}

/// The month names (full names only, or with abbreviations followed by an
/// optional dot) as a regular-expression alternation, longest first.
pub(crate) fn month_alternation(abbreviations: bool) -> String {
    let mut names: Vec<String> = MONTHS
        .iter()
        .enumerate()
        .filter(|(i, _)| abbreviations || *i < 12)
        .map(|(i, (m, _))| {
            if i < 12 {
                (*m).to_owned()
            } else {
                format!(r"{m}\.?")
            }
        })
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    format!("(?:{})", names.join("|"))
}

/// Labels before a diarienummer in running text ("dnr KS 2017/0934").
pub(crate) const DNR_LABELS: &[&str] = &["diarienummer", "diarienr", "dnr", "reg nr", "regnr"];

/// [`DNR_LABELS`] as a regular-expression alternation (a space inside a
/// label may be any white space).
pub(crate) fn dnr_label_alternation() -> String {
    let forms: Vec<String> = DNR_LABELS.iter().map(|l| l.replace(' ', r"\s*")).collect();
    format!("(?:{})", forms.join("|"))
}

/// Phrases that state a relation to another document (`ersätter`,
/// `kompletteras`, `är ett komplement till`); `relations.rs` says which
/// relation each states.
pub(crate) const RELATION_PHRASES: &[&str] = &[
    "ersätter",
    "upphäver",
    "ändrar",
    "kompletterar",
    "kompletteras",
    "konkretiseras",
    "konkretiserar",
    "är ett komplement till",
    "utgör ett komplement till",
    "ersätts",
    "upphävs",
    "utgår från",
    "utgår ifrån",
    "bygger på",
    "är en konkretisering av",
    "utgör en konkretisering av",
    "utgör en del av",
    "är ett kompletterande dokument till",
    "utgör ett kompletterande dokument till",
    // Issue 12, fifth round (rel12): more of the verb families.
    "upphör",
    "ersatte",
    "har ersatt",
    "gäller i stället för",
    "gäller istället för",
    "träder i stället för",
    "som ett komplement till",
    "som komplement till",
    "är en komplettering till",
    "är en komplettering av",
    "utgör en komplettering till",
    "utgör en komplettering av",
    "är ett tillägg till",
    "utgör ett tillägg till",
    "ersätta",
    "upphäva",
    "komplettera",
    "gäller bestämmelserna i",
    "gäller även bestämmelserna i",
    "gäller också bestämmelserna i",
    // Issue 12, sixth round (rel12b): past and perfect forms, read as the
    // present (`relation_forms::present_form`).
    "ersattes",
    "ersatts",
    "upphävdes",
    "upphävts",
    "upphävde",
    "har upphävt",
    "kompletterades",
    "kompletterats",
    "kompletterade",
    "har kompletterat",
    // Issue 12, seventh round (rel12c): the `konkretisera` family in the
    // infinitive (`syftar till att konkretisera`), past and perfect.
    "konkretisera",
    "konkretiserades",
    "konkretiserats",
    "konkretiserade",
    "har konkretiserat",
];

/// Folded stems of documents that support a styrdokument below every
/// document kind (`checklistor`, `manualer`, `lathundar`): a document read
/// together with one of them is completed by it
/// (`relation_companions`).
pub(crate) const SUPPORT_DOCUMENTS: &[&str] = &[
    "checklist",
    "manual",
    "lathund",
    "mall",
    "handbok",
    "handbocker",
    "blankett",
];

/// Folded verbs that end a cited document's name and open the clause's
/// predicate: after `och` (`utgår från Policy för X och beskriver …`),
/// after `tillsammans med X` (`… tillsammans med X anger inriktningen`,
/// `… ska tillsammans med X ge stöd`), or after a capitalised word where
/// extraction lost a full stop (`… från år Programmet omfattar …`).
/// Finite forms and, after a modal, infinitives. Used by `relations` and
/// `relation_companions`.
pub(crate) const OBJECT_ENDING_VERBS: &[&str] = &[
    "anger",
    "ange",
    "ar",
    "vara",
    "beskriver",
    "beskriva",
    "bildar",
    "bilda",
    "fungerar",
    "fungera",
    "galler",
    "ger",
    "ge",
    "har",
    "innehaller",
    "leder",
    "omfattar",
    "omfatta",
    "preciserar",
    "redovisar",
    "reglerar",
    "reglera",
    "sakerstaller",
    "sakerstalla",
    "ska",
    "skall",
    "skapar",
    "skapa",
    "styr",
    "styra",
    "syftar",
    "tydliggor",
    "tydliggora",
    "utgar",
    "utgor",
    "utgora",
    "visar",
];

/// Folded endings of a text before a relation phrase that coordinate a
/// second predicate with the first (`Policyn … är framtagen av … och är att
/// se som ett komplement till …`): the subject is shared.
pub(crate) const COORDINATED_PREDICATES: &[&str] = &[
    "och ar att se",
    "och ska ses",
    "och bor ses",
    "och ar",
    "och utgor",
];

/// Folded adverbs saying documents recur (`kompletteras årligen med
/// ägardirektiv …`): what follows describes documents, naming none.
pub(crate) const RECURRENCE_ADVERBS: &[&str] = &["arligen", "lopande", "fortlopande"];

/// Folded words naming an agreement, a document that may apply beside a
/// reglemente (`samverkansavtal`, `överenskommelsen`).
pub(crate) const AGREEMENT_WORDS: &[&str] = &["avtal", "overenskommelse"];

/// The national statute books (författningssamlingar) whose numbers look
/// like a diarienummer (`SFS 1990:782`, `SOSFS 2014:4`): a law or a
/// regulation, not a document of the organisation, so not a `references`
/// relation read from a number. (A municipality's own collection, `KFS`,
/// is not here: its numbers name its own documents.) Boverket's `BFS`
/// and Naturvårdsverket's `NFS` after Vansbro (`BFS 1992:46`, `blind24/`)
/// and Älvsbyn (`NFS 2006:7`, `blind23/`), whose truths cite no number.
/// Also an EU regulation's number (`GDPR (EU 2016/679)`, Eskilstuna,
/// `blind17/`) and a law's abbreviation before its number
/// (`offentlighets- och sekretesslagen (OSL 2009:400)`, Ånge, `real/`).
pub(crate) const STATUTE_BOOKS: &[&str] = &[
    "SFS", "SOSFS", "MSBFS", "HSLF-FS", "AFS", "RA-FS", "RAFS", "DIFS", "LIVSFS", "KIFS", "BFS",
    "NFS", "EU", "EG", "EEG", "OSL",
];

/// Abbreviations of bodies as documents write them (`Antagen av KF`);
/// [`styrdok_core::BodyKind::classify`] classifies each.
pub(crate) const BODY_ABBREVIATIONS: &[&str] = &[
    "KF", "KS", "RF", "RS", "LF", "LS", "KSAU", "AU", "RSAU", "LSAU",
];

/// Words written in capitals that end in `N` and are no nämnd's acronym
/// ([`crate::draft::namnd_acronym`]): an all-caps title's words (`PLAN`,
/// `DEN`, `EN`).
pub(crate) const CAPITAL_WORDS_ENDING_IN_N: &[&str] = &[
    "EN", "DEN", "MEN", "MAN", "KAN", "HAN", "HON", "SIN", "SEN", "ÄN", "PLAN", "IGEN", "SON",
    "ÅN", "VAN",
];

/// Whether `w` is a body's abbreviation: one of [`BODY_ABBREVIATIONS`] or
/// a nämnd's acronym ([`crate::draft::namnd_acronym`]: `TN`, `BUN`).
pub(crate) fn is_body_abbreviation(w: &str) -> bool {
    BODY_ABBREVIATIONS.contains(&w) || crate::draft::namnd_acronym(w)
}

/// Head nouns of documents whose kind is none of the built-in kinds
/// (`Renhållningsordning för …`, `Föreskrifter för arkivvård`, `Direktiv
/// för …`, `Risk- och sårbarhetsanalys`), folded: a title opening with one
/// names a document of kind `other`. Matched at the end of the title's
/// first word, so compounds count (`Kommunalförbundsordning`).
pub(crate) const OTHER_KIND_NOUNS: &[&str] = &[
    "ordning",
    "ordningen",
    "foreskrift",
    "foreskrifter",
    "foreskrifterna",
    "direktiv",
    "direktivet",
    "analys",
    "analysen",
    "handbok",
    "handboken",
    "taxa",
    "taxan",
];

/// Head nouns of fee documents, folded, read as kind `other` (as a taxa
/// is) only as the first word of a title (`Avgifter enligt miljöbalken`,
/// Härryda `blind39/`; `Avgifter inom äldreomsorgen …`, Jokkmokk
/// `blind35/`; `Ansöknings- och tillsynsavgifter …`, Ekerö `blind33/`),
/// never as a word heading a name inside a page (`Riktlinjer för avgifter
/// i vård och omsorg`, Mellerud `blind35/`, is a riktlinje).
pub(crate) const FEE_NOUNS: &[&str] = &["avgifter", "avgifterna"];

/// Definite forms of [`OTHER_KIND_NOUNS`] (and `föreskriften`) that open a
/// sentence about this document when it has no built-in kind and its
/// title names none (`Föreskriften antogs av kommunfullmäktige …`, Götene
/// `blind49/`), folded. Not `ordningen`, `analysen`, `handboken` or
/// `direktivet`: common words, or other documents' names, in running text.
pub(crate) const SELF_NAMING_OTHER_NOUNS: &[&str] = &["foreskriften", "foreskrifterna", "taxan"];

/// Compounds of [`OTHER_KIND_NOUNS`] that give no `other` kind, folded: a
/// law's name (`Dataskyddsförordningen`), and a body's rules of procedure
/// (`Arbetsordning för kommunfullmäktige`), a reglemente since stop 56
/// (`DocumentKind::recognize_compound`), never `other`.
pub(crate) const OTHER_KIND_EXCEPTIONS: &[&str] = &["forordning", "arbetsordning"];

/// Folded words that may stand between a demonstrative and this
/// document's kind word and keep it this document: the one now made or
/// revised (`Denna nya IT-plan`, `Detta reviderade program`). The
/// statement and adoption readers add `foreslagna`, `aktuella` and `har`
/// ([`NOW_MADE_IN_PROSE`]); the relation reader adds `faststallda` and
/// `beslutade` ([`NOW_MADE_IN_RELATIONS`]).
pub(crate) const NOW_MADE: &[&str] = &[
    "nya",
    "nu",
    "antagna",
    "reviderade",
    "uppdaterade",
    "omarbetade",
];

/// [`NOW_MADE`]'s additions where a sentence names this document in prose.
pub(crate) const NOW_MADE_IN_PROSE: &[&str] = &["foreslagna", "aktuella", "har"];

/// [`NOW_MADE`]'s additions where a relation names this document.
pub(crate) const NOW_MADE_IN_RELATIONS: &[&str] = &["faststallda", "beslutade"];

/// Folded markers that, after a comma closing a lead-in, introduce
/// examples of what the sentence names rather than its completion (`Den
/// enskilde ska ha kvar tillräckligt med pengar för sina personliga behov,
/// till exempel:` + `Mat`, `Kläder`, Götene `blind58/`): the lead-in is the
/// statement, its items illustrate it. After a described set of documents
/// they open the names of some (`andra policys som finns i kommunen till
/// exempel Mål och visioner, IT-regler`; `relation_forms::named_examples`).
pub(crate) const EXAMPLE_MARKERS: &[&str] = &[
    "till exempel",
    "exempelvis",
    "t.ex.",
    "t.ex",
    "t ex",
    "sasom",
    "bland annat",
];

/// Words that begin a sentence about the document itself ("Dokumentet
/// …", "Denna policy …", "Detta reglemente …"): in a page flattened to one
/// line, a new segment starts before them.
pub(crate) const SELF_REFERENCE_STARTS: &[&str] = &["Dokumentet", "Denna", "Detta"];

/// A web page's buttons and banners that a title line may be alone
/// (`Download`, `Transkript`, `Top banner`), folded: never a document's
/// name.
pub(crate) const BUTTON_TITLES: &[&str] = &[
    "download",
    "ladda ner",
    "transkript",
    "ladda ned",
    "top banner",
];

/// A web site's section headings above the documents it lists, folded:
/// never a document's name (Karlstad `tune3/`, Göteborg `blind7/`,
/// Göteborgsregionen `tune3/` and `blind19/`).
pub(crate) const SECTION_HEADINGS: &[&str] = &["styrande dokument", "styrande dokument och avtal"];

/// Lines of web-page chrome around a document's text (a document viewer's
/// buttons, a transcript header), folded; dropped before reading.
pub(crate) const CHROME_LINES: &[&str] = &[
    "transkript",
    "storlek: px",
    "starta visningen fran sidan:",
    "full text",
    "copied!",
    "n/a",
    "protected",
    "no results found",
    "• no results found",
    "loading.... (view fulltext now)",
    "|",
    "till innehallet",
    // A web page's feedback link (Hudiksvall `blind5/`).
    "skicka en kommentar till innehallsansvarig!",
    "- visningar:",
    "visningar:",
    "save this pdf as:",
    "word png txt jpg",
    "download (0)",
    // A municipal web site's navigation and language bar above the page.
    "a-o",
    "• a-o",
    "om webbplatsen",
    "• om webbplatsen",
    "huvudmeny",
    "• huvudmeny",
    // A menu's expand button (Östersundshem `blind101/`).
    "visa undermeny",
    "close",
    "show more",
    "show less",
    "lank till startsidan",
    "till startsidan",
    // Forshaga's site (`blind41/`) spells it without the t.
    "till starsidan",
    "hoppa till innehallet",
];

/// Starts of a document viewer's download button, folded, whose quoted
/// text is the document's title line as the file names it, often with the
/// dates the extracted text lost (`Download "IT-policy. Antagen av
/// kommunfullmäktige 2004-06-14"`): the quoted text is read as a line.
pub(crate) const QUOTING_CHROME: &[&str] = &["download \"", "ladda ner \""];

/// Starts of chrome lines, folded (`Download "IT-policy"`).
pub(crate) const CHROME_PREFIXES: &[&str] = &[
    "share \"",
    "academic year:",
    "this is an html version of an attachment",
    "here you can choose in which language",
    "you also want an epaper",
    "yumpu automatically turns",
    // A site's category heading above a document's page (`Dokument
    // tillhörande kommun och politik`, Vara `blind16/`, `blind54/`,
    // `blind56/`).
    "dokument tillhorande",
    // A translation widget's notice (`Use Google to translate the web
    // site. We take no responsibility …`, Region Västmanland `blind163/`).
    "use google to translate the web",
];

/// Chrome lines known by how they start and end, folded: a site's pointer
/// under its category heading (`Mer information om kommun och politik
/// finns här.`, Vara `blind16/`, `blind54/`, `blind56/`).
pub(crate) const CHROME_FRAMES: &[(&str, &str)] = &[("mer information om ", " finns har.")];

/// Buttons and links of a municipal web site's head, folded: skip links,
/// search, menu, language, listening and sharing buttons, a contact link.
/// A line of a saved page's head made only of them (`Hoppa till innehåll
/// Hoppa till meny`, `Öppna sök Stäng sök Sök`, `Language`) is chrome
/// ([`crate::segment::chrome_head`]); below the head, where a word such as
/// `Kontakt` may head a section, they are read as text.
pub(crate) const WEB_HEAD_PHRASES: &[&str] = &[
    "hoppa till innehallet",
    "hoppa till innehall",
    "hoppa till huvudinnehall",
    "hoppa till meny",
    "hoppa till huvudmeny",
    "hoppa till sok",
    "ga till innehall",
    "ga till innehallet",
    "ga till huvudinnehall",
    "ga till huvudmeny",
    "ga direkt till innehall",
    "till innehall",
    "skip to content",
    "skip to main content",
    "oppna sok",
    "stang sok",
    "sok",
    "sok pa webbplatsen",
    "visa sokformular",
    "dolj sokformular",
    "search",
    "oppna meny",
    "stang meny",
    "meny",
    "huvudmeny",
    "visa meny",
    "dolj meny",
    "menu",
    "language",
    "languages",
    "other languages",
    "sprak",
    "in english",
    "english",
    "sprakhjalp",
    "hur fungerar det",
    "translate",
    "lyssna",
    "lyssna pa sidan",
    "talande webb",
    "las upp",
    "lattlast",
    "lattlast svenska",
    "teckensprak",
    "text",
    "kontrast",
    "mina sidor",
    "logga in",
    "e-tjanster",
    "kontakt",
    "kontakta oss",
    "stall en fraga",
    "dela",
    // A share button (`Dela sidan på sociala medier`, Falun `blind49/`).
    "dela sidan",
    "dela sidan pa sociala medier",
    "kontaktinformation",
    "skriv ut",
    "twitter",
    "facebook",
    "instagram",
    "linkedin",
    "youtube",
    "startsida",
    "till startsidan",
    // Region Stockholm's care-provider guide (`Till start`, `blind129/`).
    "till start",
    // A close button, a translation widget and a link to the kommun's other
    // sites (Karlskoga `blind55/`, Strömsund `blind52/`, Hallstahammar
    // `blind57/`).
    "stang",
    "x",
    "google translate",
    "oversatt sida",
    "oversatt",
    "fler webbplatser",
    // A text-size button (`Stor textstorlek`, Räddningstjänsten Höga
    // Kusten-Ådalen `blind82/`) and a toolbar's label (`Verktygsfält`,
    // Vänersborg `blind95/`). Not Sollentuna's `Till navigation Till
    // innehåll (s)` (`blind11/`, `blind67/`, `blind77/`): measured, its
    // rutin's title `Rutin 7. …` then lost to the page heading above it.
    "stor textstorlek",
    "textstorlek",
    "verktygsfalt",
    // A comment button and an icon's file type left as text (`Kommentera
    // image/svg+xml Skriv ut`, Bromölla `blind121/`).
    "kommentera",
    "image svg xml",
];

/// The verbs a web page's skip link starts with, folded (`Navigera till
/// sidans huvudinnehåll`, `Fortsätt till huvudinnehållet`, `Hoppa till
/// innehåll`); `direkt` may follow them or stand for them (`Direkt till
/// innehållet`). Skip links head saved pages of seven organisations in
/// the spent sets (Kalix, Falkenberg, Kalmarsunds gymnasieförbund, Hylte,
/// Hedemora, Region Jönköpings län, Region Halland).
pub(crate) const SKIP_LINK_VERBS: &[&str] = &["hoppa", "ga", "navigera", "fortsatt", "gar"];

/// What a skip link leads to, folded: the page's (main) content.
pub(crate) const SKIP_LINK_TARGETS: &[&str] =
    &["innehall", "innehallet", "huvudinnehall", "huvudinnehallet"];

/// Words of a logo's or coat of arms' alternative text, folded, which a
/// saved page keeps as a line of its head (`Logotyp för Norrby stad`,
/// `Logotype`, `Norrby kommuns logga`, `Norrby kommunvapen`, `Startsida,
/// Norrby kommun`): a word starting with one of the first, ending with one
/// of the second.
pub(crate) const LOGO_WORD_STARTS: &[&str] = &["logotyp", "logo", "startsida"];
/// See [`LOGO_WORD_STARTS`].
pub(crate) const LOGO_WORD_ENDS: &[&str] = &["logga", "vapen", "logotyp", "logotype"];

/// Words that make a line of a saved page's head a cookie, translation or
/// language notice (`På norrby.se används kakor …`, `Use Google translate
/// to translate the web page …`, `Här kan du välja vilket språk …`, `Du
/// använder en gammal webbläsare`), folded.
pub(crate) const WEB_NOTICE_MARKERS: &[&str] = &[
    "kakor",
    "cookies",
    "google translate",
    "vilket sprak",
    "translate the web page",
    "webblasare",
];

/// Starts of the contact lines under an office's postal address in a page
/// head, folded (`Telefon: …`, `E-post: …`,
/// [`crate::segment::chrome_head`]).
pub(crate) const CONTACT_LABELS: &[&str] = &[
    "tel",
    "e-post",
    "epost",
    "fax",
    "org.nr",
    "organisationsnummer",
];

/// First words of an image's caption, folded (`Illustration över …`,
/// `Foto: …`), or of an icon's text (`Ikon utropstecken`, a warning
/// banner's, Lysekil `blind148/`): a line starting with one is no title.
pub(crate) const CAPTION_STARTS: &[&str] = &["illustration", "foto", "bild", "fotograf", "ikon"];

/// A saved page's breadcrumb labels, folded: the label and the line after
/// it (its value, a site section such as `Kommun och politik`) are chrome.
pub(crate) const BREADCRUMB_LABELS: &[&str] = &["du ar har:", "huvudgren:", "du ar har"];

/// Words a line of web chrome ends with after a date or a count
/// (`15.06.2014 Views`, `1 234 visningar`).
pub(crate) const CHROME_COUNT_SUFFIXES: &[&str] = &["views", "visningar"];

/// Folded verbs that, right after a bare number at a sentence's start,
/// The modal verbs, folded (`ska`, `bör`, `måste`, `får`, `kan`): before a
/// present passive they make it a duty or an intention, not a decision
/// (`ska antas av …`, [`crate::recognize`]'s adoption phrase), and in a
/// sentence's front they end a fronted adverbial (`duties`).
pub(crate) const MODAL_VERBS: [&str; 6] = ["ska", "skall", "maste", "bor", "far", "kan"];

/// show the number to be a paragraph whose sign and subject the extraction
/// lost (`… förbättringar. 2 har det övergripande ansvaret …`), not a count
/// that begins a sentence (`structure::counted_start`).
pub(crate) const VERBS_AFTER_LOST_PARAGRAPH: &[&str] = &[
    "har",
    "kan",
    "ska",
    "skall",
    "far",
    "bor",
    "maste",
    "galler",
    "utgar",
    "sker",
    "blir",
    "avser",
    "tillampas",
];

#[cfg(test)]
mod tests {
    use super::*;
    use styrdok_core::text::fold;

    #[test]
    fn present_active_adoption_forms() {
        assert_eq!(
            adoption_present_active(&["anta", "fastställa"]),
            ["antar", "fastställer"]
        );
        assert_eq!(adoption_present_active(&["besluta"]), ["beslutar"]);
        assert!(adoption_present_active(&["ingen"]).is_empty());
    }

    #[test]
    fn labels_are_folded_and_unique() {
        for (i, l) in LABELS.iter().enumerate() {
            assert_eq!(fold(l.folded), l.folded, "{}", l.folded);
            assert!(l.folded.split_whitespace().count() <= LABEL_MAX_WORDS);
            assert!(
                LABELS.iter().skip(i + 1).all(|o| o.folded != l.folded),
                "{} twice",
                l.folded
            );
        }
    }

    #[test]
    fn abbreviations_classify() {
        for a in BODY_ABBREVIATIONS {
            assert!(styrdok_core::BodyKind::classify(a).is_some(), "{a}");
        }
    }

    #[test]
    fn verb_forms() {
        let all = adoption_forms(true, true, true);
        for f in [
            "antagen",
            "antogs",
            "antaget",
            "fastställd",
            "fastställdes",
            "beslutad",
        ] {
            assert!(all.contains(&f), "{f}");
        }
        assert!(all.contains(&"beslutades") && all.contains(&"godkänd"));
        assert!(is_present_passive("faststalls"));
        assert!(!is_present_passive("faststalld"));
        assert!(all.windows(2).all(|w| w[0].len() >= w[1].len()));
        for line in CHROME_LINES
            .iter()
            .chain(EXAMPLE_MARKERS)
            .chain(CHROME_PREFIXES)
            .chain(WEB_HEAD_PHRASES)
            .chain(LOGO_WORD_STARTS)
            .chain(LOGO_WORD_ENDS)
            .chain(WEB_NOTICE_MARKERS)
            .chain(CONTACT_LABELS)
            .chain(BREADCRUMB_LABELS)
            .chain(CAPTION_STARTS)
            .chain(GENERIC_BODY_NOUNS)
        {
            assert_eq!(fold(line), *line);
        }
        assert_eq!(month("dec."), Some(12));
    }
}
