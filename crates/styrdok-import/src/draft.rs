//! The draft a text import produces: the output contract of `styrdok import`.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use styrdok_core::{BodyKind, DocumentKind, PartialDate};

/// What the plain text of one styrdokument says about itself, field by field,
/// with where each field came from.
///
/// Every field the text does not state is `None` (serialized as `null`) or
/// empty; nothing is filled in from outside the text. Keys serialize in
/// declaration order, so the JSON is stable byte for byte. Unknown fields are
/// accepted when reading a draft back (`deny_unknown_fields` is not set) so
/// that older readers keep working when the contract grows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ImportDraft {
    /// The document kind (`policy`, `program`, …; `other` when the text names
    /// a kind no vocabulary has).
    pub kind: Option<DocumentKind>,
    /// The word the kind was read from, as written (`Policy`, `IT-policyn`).
    pub kind_as_written: Option<String>,
    /// The title as written.
    pub title: Option<String>,
    /// The body that adopted the document, as the text names it.
    pub adopted_by: Option<BodyRef>,
    /// The decision date (beslutsdatum); never a page-update date.
    pub decision_date: Option<PartialDate>,
    /// The paragraph of the minutes (`§ 129`), as written.
    pub decision_paragraph: Option<String>,
    /// The document's own diarienummer, as written.
    pub dnr: Option<String>,
    /// How long the document is valid.
    pub validity: Option<Validity>,
    /// Who owns (is responsible for) the document: Dokumentansvarig,
    /// Dokumentägare, "förvaltas av".
    pub owner: Option<BodyRef>,
    /// When or how often the document is reviewed.
    pub review: Option<Review>,
    /// When the page or file was last updated ("Senast uppdaterad") — not a
    /// decision date.
    pub last_updated: Option<PartialDate>,
    /// "Antagen till följd av lag": whether a law required the document.
    pub required_by_law: Option<bool>,
    /// The stage of this print, when the text marks it ("FÖRSLAG TILL").
    pub print_stage: Option<PrintStage>,
    /// Every metadata label and its value exactly as written, so a value
    /// stated as blank ("---") stays distinct from a label that is absent.
    pub metadata_as_written: BTreeMap<String, String>,
    /// Section headings in text order.
    pub sections: Vec<Section>,
    /// Relations the document states to other documents, in text order.
    pub relations: Vec<Relation>,
    /// Duties the document assigns, one per activity, in text order.
    pub duties: Vec<Duty>,
    /// The normative sentences (and the scope and responsibility sentences)
    /// the document states, in text order; a bullet under a lead-in is one
    /// statement, and coordinated clauses that need different controls are
    /// two.
    #[serde(default)]
    pub statements: Vec<Statement>,
    /// Whom or what the document says it applies to ("gäller för …",
    /// "omfattar …"), as written.
    #[serde(default)]
    pub scope: Vec<ScopeEntry>,
    /// What the document says must be created ("Kommunstyrelsen ska
    /// fastställa riktlinjer för …", "… ska upprätta en plan för …").
    #[serde(default)]
    pub requires: Vec<Required>,
    /// Other documents the text names without a relation word ("bygger på
    /// kommunens IT-säkerhetspolicy"): stub candidates with what the
    /// citation states. Documents a relation holds are not repeated here.
    #[serde(default)]
    pub cited: Vec<Target>,
    /// Fields the text states more than once with different values.
    pub conflicts: Vec<Conflict>,
    /// For every extracted field, keyed by JSON pointer into this draft
    /// (`/adopted_by`, `/relations/0`, `/duties/3`): the original lines and
    /// text it came from and a confidence.
    pub provenance: BTreeMap<String, FieldProvenance>,
    /// What the input was read as (format, encoding, pages), when the
    /// draft was imported from a file or bytes rather than a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub read_as: Option<crate::input::ReadAs>,
}

impl ImportDraft {
    /// An empty draft: nothing known.
    pub fn empty() -> Self {
        ImportDraft {
            kind: None,
            kind_as_written: None,
            title: None,
            adopted_by: None,
            decision_date: None,
            decision_paragraph: None,
            dnr: None,
            validity: None,
            owner: None,
            review: None,
            last_updated: None,
            required_by_law: None,
            print_stage: None,
            metadata_as_written: BTreeMap::new(),
            sections: Vec::new(),
            relations: Vec::new(),
            duties: Vec::new(),
            statements: Vec::new(),
            scope: Vec::new(),
            requires: Vec::new(),
            cited: Vec::new(),
            conflicts: Vec::new(),
            provenance: BTreeMap::new(),
            read_as: None,
        }
    }
}

/// A body (or role, or group) as the text names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct BodyRef {
    /// The name as written (`kommunfullmäktige`, `IT-rådet`).
    pub name: String,
    /// The classified kind, when [`BodyKind::classify`] recognizes it; for a
    /// coordination ("Nämnder och styrelser") the members' common kind, or
    /// `None` when they differ.
    pub kind: Option<BodyKind>,
    /// The members of a coordination ("Förvaltningschefer och bolagschefer").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<BodyRef>,
}

impl BodyRef {
    /// A body named `name`, classified with [`BodyKind::classify`];
    /// coordinations ("A och B") get members.
    pub fn new(name: &str) -> Self {
        let name = name.trim();
        // "Kultur- och fritidsnämnden" is one name: a suspended compound;
        // so is "Vård och äldreomsorgsnämnden", its hyphen lost in
        // extraction (Alingsås `blind152/`): one capitalised word that
        // names no body, `och`, and one word that does.
        let lost_hyphen = match name.split_whitespace().collect::<Vec<_>>().as_slice() {
            [first, och, last] => {
                *och == "och"
                    && first.starts_with(char::is_uppercase)
                    && classify_body(first).is_none()
                    && last.starts_with(char::is_lowercase)
                    && classify_body(last).is_some()
            }
            _ => false,
        };
        // "Driftnämnd Kultur och skola": a nämnd named with its area
        // (Region Halland `blind163/`) is one name.
        let with_area = match name.split_whitespace().collect::<Vec<_>>().as_slice() {
            [head, area, och, last] => {
                *och == "och"
                    && classify_body(head) == Some(BodyKind::Namnd)
                    && area.starts_with(char::is_uppercase)
                    && last.starts_with(char::is_lowercase)
                    && classify_body(last).is_none()
            }
            _ => false,
        };
        let parts: Vec<&str> =
            if name.contains("- och ") || name.contains("- samt ") || lost_hyphen || with_area {
                vec![name]
            } else {
                name.split(" och ")
                    .flat_map(|p| p.split(" samt "))
                    .map(str::trim)
                    .filter(|p| !p.is_empty())
                    .collect()
            };
        // "nämnden för utbildning, kultur och fritid", "nämnden för teknik
        // och miljö": a coordination inside what the body is for, when a
        // later part names no body, is one name.
        let folded = styrdok_core::text::fold(name);
        let inside_for = folded
            .find(" for ")
            .is_some_and(|f| folded.find(" och ").is_some_and(|o| f < o))
            && parts.iter().skip(1).any(|p| classify_body(p).is_none());
        if parts.len() > 1 && !inside_for {
            let members: Vec<BodyRef> = parts
                .iter()
                .map(|p| BodyRef {
                    name: (*p).to_owned(),
                    kind: classify_body(p),
                    members: Vec::new(),
                })
                .collect();
            let first = members.first().and_then(|m| m.kind);
            let kind = if members.iter().all(|m| m.kind == first) {
                first
            } else {
                None
            };
            return BodyRef {
                name: name.to_owned(),
                kind,
                members,
            };
        }
        BodyRef {
            name: name.to_owned(),
            kind: classify_body(name).or(with_area.then_some(BodyKind::Namnd)),
            members: Vec::new(),
        }
    }
    /// Whether the name (or every member) is a recognized body.
    pub fn is_recognized(&self) -> bool {
        if self.members.is_empty() {
            self.kind.is_some()
        } else {
            self.members.iter().all(|m| m.kind.is_some())
        }
    }

    /// Whether the name can hold a duty: a recognized body, or a functional
    /// role such as "Informationssäkerhetssamordnaren" or "Varje medarbetare"
    /// (its `kind` stays `None`: a role is not a body).
    pub fn can_hold_duty(&self) -> bool {
        if self.members.is_empty() {
            self.kind.is_some() || is_role_name(&self.name)
        } else {
            self.members
                .iter()
                .all(|m| m.kind.is_some() || is_role_name(&m.name))
        }
    }
}

/// Endings of the names of functional roles, which are not bodies but may
/// hold duties (systemägaren, informationssäkerhetssamordnaren,
/// dataskyddsombudet, varje medarbetare); matched on the folded last word.
const ROLE_ENDINGS: [&str; 18] = [
    "samordnare",
    "administrator",
    "ordforande",
    "lakare",
    "sekreterare",
    "delegat",
    "attestant",
    "ombud",
    "agare",
    "ansvarig",
    "forvaltare",
    "handlaggare",
    "medarbetare",
    "anstallda",
    "anstalld",
    "strateg",
    "arkivarie",
    "controller",
];

/// [`BodyKind::classify`], plus forms it does not know: `VD` (the managing
/// director of a company, an official), a kommunalförbund's `direktion`
/// (`Förbundsdirektionen`: the förbund's board, its styrelse; Kommunallagen
/// 9 kap. lets a förbund with a direktion have it act for both fullmäktige
/// and styrelse), and "styrelsen för/i X AB" (a company board, the company
/// named after the head word).
/// Whether `name` names an elected body: a fullmäktige, a styrelse or a
/// nämnd.
pub(crate) fn elected_body(name: &str) -> bool {
    matches!(
        classify_body(name),
        Some(BodyKind::Fullmaktige | BodyKind::Styrelse | BodyKind::Namnd)
    )
}

/// A nämnd written as its acronym (`TN`, `MN`, `BUN`, `KFN`, `SBN`):
/// two to four capitals, the last `N` for `nämnd` (Hallstahammar
/// `blind116/`, Hudiksvall `blind55/`: `Antagen av TN 2017-08-21`,
/// `Antagen i TN 2016-09-19`; both truths name `TN` a nämnd). Which nämnd
/// an acronym stands for differs between organisations, so only its kind
/// is read; capitalised words that end in `N` are not acronyms.
pub(crate) fn namnd_acronym(name: &str) -> bool {
    (2..=4).contains(&name.chars().count())
        && name.ends_with('N')
        && name.chars().all(|c| c.is_uppercase())
        && !crate::lexicon::CAPITAL_WORDS_ENDING_IN_N.contains(&name)
}

pub(crate) fn classify_body(name: &str) -> Option<BodyKind> {
    if role_before_unit(name) {
        return Some(BodyKind::Tjansteperson);
    }
    let f = styrdok_core::text::fold(name.trim());
    // A board named bare or as "ours" (`styrelsen`, `vår styrelse`,
    // `bolagets styrelse`): a kommun's, region's or förbund's board is
    // named with its prefix (`kommunstyrelsen`, `förbundsstyrelsen`), so a
    // bare one is a company's (Östersundshem `blind28/`, Flens Bostad
    // `blind34/`, Bromöllahem `blind51/`).
    if ["styrelsen", "var styrelse", "bolagets styrelse"].contains(&f.as_str()) {
        return Some(BodyKind::Bolagsstyrelse);
    }
    if let Some(k) = BodyKind::classify(name) {
        return Some(k);
    }
    if namnd_acronym(name.trim()) {
        return Some(BodyKind::Namnd);
    }
    let words: Vec<&str> = f.split_whitespace().collect();
    let last = words
        .last()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != ':'))
        .unwrap_or("");
    if ["vd", "vd:n", "vd:ns"].contains(&last) {
        return Some(BodyKind::Tjansteperson);
    }
    if ["direktion", "direktionen", "direktionens"]
        .iter()
        .any(|e| last.ends_with(e))
    {
        return Some(BodyKind::Styrelse);
    }
    // A management group of officials (`Socialförvaltningens
    // ledningsgrupp`, `kommunledningsgrupp`; `chefgruppen`, Ånge
    // `blind48/`) adopts for the administration.
    if [
        "ledningsgrupp",
        "ledningsgruppen",
        "ledningsgruppens",
        "chefgrupp",
        "chefgruppen",
        "chefsgrupp",
        "chefsgruppen",
    ]
    .iter()
    .any(|e| last.ends_with(e))
    {
        return Some(BodyKind::Forvaltning);
    }
    if let [head, link, .., "ab"] = words.as_slice()
        && ["for", "i"].contains(link)
        && BodyKind::classify(head) == Some(BodyKind::Styrelse)
    {
        return Some(BodyKind::Bolagsstyrelse);
    }
    // "Kommunfullmäktige i Götene kommun", "Direktionen för Värends
    // Räddningstjänst": a body and the organisation it belongs to (one to
    // three capitalized words, and `kommun`, `stad`, `region`).
    let name = name.trim();
    for link in [" i ", " för "] {
        if let Some((head, org)) = name.split_once(link)
            && !head.contains(' ')
            && qualifies(org)
        {
            return classify_body(head);
        }
    }
    None
}

/// Whether a name is an official's role followed by the unit the role
/// belongs to (`chef, kommunledningssektorn`, `enhetschef för gemensamma
/// förvaltningen`, `säkerhetssamordnare kommunledningskontoret`): the head
/// word decides, not the unit's word at the end. Elected roles
/// (`ordförande`) and a whole staff (`medarbetare`) are no officials.
fn role_before_unit(name: &str) -> bool {
    let f = styrdok_core::text::fold(name.trim());
    let Some((head, rest)) = f.split_once(' ') else {
        return false;
    };
    let comma = head.ends_with(',');
    let head = head.trim_end_matches(',');
    let rest = rest.trim();
    // A unit's name is short: `för gemensamma förvaltningen`, not a clause
    // going on after it.
    if rest.split_whitespace().count() > 4 {
        return false;
    }
    let unit_after = comma
        || rest.starts_with("for ")
        || rest.starts_with("vid ")
        || (!rest.contains(' ')
            && matches!(
                BodyKind::classify(rest),
                Some(BodyKind::Forvaltning | BodyKind::Enhet)
            ));
    let official = BodyKind::classify(head) == Some(BodyKind::Tjansteperson)
        || (is_role_name(head)
            && !["ordforande", "medarbetare", "anstall", "ledamot"]
                .iter()
                .any(|w| head.starts_with(w)));
    unit_after && official
}

/// The kind of an owner named by an official's title alone
/// (`Informatör`, `kommunikatören`, `webbredaktören`,
/// `säkerhetssamordnaren`): a tjänsteperson. Owners only: in a duty, a
/// role such as `systemägaren` is no body.
pub(crate) fn owner_ref(name: &str) -> BodyRef {
    let mut b = BodyRef::new(name);
    if b.kind.is_none()
        && b.members.is_empty()
        && (is_official_title(&b.name) || statutory_care_role(&b.name))
    {
        b.kind = Some(BodyKind::Tjansteperson);
    }
    b
}

/// The officials hälso- och sjukvårdslagen (11 kap. 4 §) gives a kommun's
/// care: a medically responsible nurse or rehabilitation officer
/// (`Medicinskt ansvarig sjuksköterska`, `MAS`, `MAR`), who decide the
/// routines of that care (Höganäs, Motala `blind135/`).
pub(crate) fn statutory_care_role(name: &str) -> bool {
    let f = styrdok_core::text::fold(name.trim());
    (f.starts_with("medicinskt ansvarig") && f.split_whitespace().count() <= 5)
        || ["mas", "mar"].contains(&f.as_str())
}

/// Endings of officials' titles (folded, one word): `-samordnare`,
/// `-strateg`, `-arkivarie` of [`ROLE_ENDINGS`] and the `-atör`/`-tör`
/// titles (`informatör`, `kommunikatör`, `redaktör`).
fn is_official_title(name: &str) -> bool {
    let f = styrdok_core::text::fold(name.trim());
    if f.contains(' ') {
        return false;
    }
    let stem = ["en", "n", ""]
        .iter()
        .find_map(|e| {
            f.strip_suffix(e).filter(|s| {
                ["ator", "redaktor", "ordnare"]
                    .iter()
                    .any(|end| s.ends_with(end))
            })
        })
        .is_some();
    stem || (is_role_name(&f)
        && !["ordforande", "medarbetare", "anstall"]
            .iter()
            .any(|w| f.starts_with(w)))
}

/// Whether `org` names an organisation after a body's name.
fn qualifies(org: &str) -> bool {
    let words: Vec<&str> = org.split_whitespace().collect();
    let org_word = |w: &str| {
        matches!(
            styrdok_core::text::fold(w).as_str(),
            "kommun" | "kommuns" | "stad" | "stads" | "region" | "landsting" | "kommunalforbund"
        )
    };
    (1..=3).contains(&words.len())
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || org_word(w))
        && !words
            .iter()
            .any(|w| DocumentKind::recognize_compound(w).is_some())
}

/// Whether `name` is a functional role ("Informationssäkerhetssamordnaren",
/// "Varje medarbetare", "Systemägare"), allowing definite and plural endings.
pub(crate) fn is_role_name(name: &str) -> bool {
    let f = styrdok_core::text::fold(name);
    let last = f.split_whitespace().last().unwrap_or("");
    ROLE_ENDINGS.iter().any(|stem| {
        ["", "n", "en", "et", "na", "a", "e", "r", "rna"]
            .iter()
            .any(|e| last.ends_with(&format!("{stem}{e}")))
    })
}

/// How long a document is valid, as the text says it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Validity {
    /// The phrase as written (`Tills vidare`, `2023–2026`).
    pub as_written: String,
    /// "tills vidare" / "tillsvidare".
    pub until_further_notice: bool,
    /// First day (or year) of validity, when stated.
    pub from: Option<PartialDate>,
    /// Last day (or year) of validity, inclusive, when stated.
    pub until: Option<PartialDate>,
    /// Whether the text calls the period a mandatperiod.
    pub mandate_period: bool,
}

/// When or how often the document is reviewed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Review {
    /// The value as written (`årligen`, `2020-12-31`, `---`).
    pub as_written: String,
    /// The review date, when the value is one.
    pub date: Option<PartialDate>,
    /// Whether the value is stated as blank (`---`, `-`).
    pub stated_blank: bool,
}

/// The stage of the print the text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PrintStage {
    /// A proposal print ("FÖRSLAG TILL").
    Proposal,
    /// A draft print ("UTKAST").
    Draft,
}

/// A section heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Section {
    /// The section id: its number (`3.2`) or, unnumbered, the heading's slug.
    pub id: String,
    /// The number as written, without a trailing dot.
    pub number: Option<String>,
    /// The heading text as written.
    pub heading: String,
    /// Nesting level: 1 for `3`, 2 for `3.2`; 1 for unnumbered headings.
    pub level: u32,
}

/// The kinds of relations and quantifiers are the model's own, so a draft's
/// relations convert without translation.
pub use styrdok_model::{Quantifier, RelationKind};

/// A relation the document states.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Relation {
    /// The kind, from this document's point of view.
    pub kind: RelationKind,
    /// What the relation points at.
    pub target: Target,
    /// An intent not yet carried out ("några kommer att ersättas").
    pub announced: bool,
    /// The section the relation is stated in.
    pub section: Option<String>,
}

/// The other document of a relation: whatever the citing text gives.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Target {
    /// The title as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The kind, when the text names it as a kind word ("riktlinjerna IT").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<DocumentKind>,
    /// The diarienummer as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dnr: Option<String>,
    /// The date the citing text gives the target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// The sections concerned ("endast kapitel 3").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sections: Vec<String>,
    /// A description when there is no title ("beslut i kommunstyrelsen").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// For a set of candidates: how many of them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantifier: Option<Quantifier>,
    /// The candidates, when the relation concerns some of a listed set.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<Target>,
}

/// A duty the document assigns to a body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Duty {
    /// Who holds the duty.
    pub body: BodyRef,
    /// The activity as written (a bullet's text, or what follows the
    /// responsibility phrase).
    pub text: String,
    /// The responsibility phrase as written (`ansvarar för att`, `ska`,
    /// `är ägare av`).
    pub phrase: String,
    /// The section the duty is stated in.
    pub section: Option<String>,
}

/// The kinds of statements, their modality and what a requirement asks to be
/// created are the model's own, so a draft's statements convert into register
/// statements without translation; a scope entry is the model's own too.
pub use styrdok_model::{Modality, RequirementTarget, ScopeEntry, StatementType};

/// A normative sentence of the document, shaped like the register's
/// statement (`styrdok_model::Statement`) less its id, which needs the
/// document's id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Statement {
    /// The sentence (or, when split, the clause) exactly as written, joined
    /// across line breaks.
    pub text: String,
    /// What kind of statement.
    #[serde(rename = "type")]
    pub statement_type: StatementType,
    /// The section the statement is in.
    pub section: Option<String>,
    /// The normalized modality (`none` for a bare present tense, a scope or
    /// a responsibility phrase). Unlike a register statement, a draft
    /// always writes the modality and its negation, so `none` and `false`
    /// are explicit readings, not omissions (no modal verb is `"none"`).
    #[serde(with = "styrdok_model::modality_or_none")]
    #[schemars(schema_with = "styrdok_model::modality_or_none::schema")]
    pub modality: Option<Modality>,
    /// Whether the modality is negated ("ska inte", "får inte", "ej
    /// tillåtet", "Ingen … får").
    #[serde(default)]
    pub negated: bool,
    /// The marker as written, as the register records it: `ska`, `skall`,
    /// `får inte`, `krävs`, `behöver`, `har rätt att`, `ej tillåtet`,
    /// `ansvarar för att`, `gäller för`, `det är viktigt att`, a bare present
    /// tense (`fastställs`) or an imperative (`Installera`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality_as_written: Option<String>,
    /// For a bullet, the lead-in it belongs to, as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead_in: Option<String>,
    /// Who the statement is about, as written: the sentence's subject, or
    /// for a bullet its lead-in's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject_as_written: Option<String>,
}

/// Something the document says must be created.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Required {
    /// What, as written ("riktlinjer för informationssäkerhet").
    pub what: String,
    /// The document kind, when it is a document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<DocumentKind>,
    /// Whether it is a document, a body or a function.
    pub target: RequirementTarget,
    /// Who is to create it, as the text names them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<BodyRef>,
    /// One per … ("varje nämnd"), as written.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per: Option<String>,
    /// The section that says it.
    pub section: Option<String>,
}

/// A field the text states more than once with different values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Conflict {
    /// The field (`adopted_by`, `decision_date`, `kind`).
    pub field: String,
    /// Every value the text gives, with where.
    pub candidates: Vec<ConflictCandidate>,
}

/// One of a conflict's values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ConflictCandidate {
    /// The value as the field would hold it.
    pub value: serde_json::Value,
    /// Where it was read.
    pub source: FieldProvenance,
}

/// Where a field came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct FieldProvenance {
    /// The original lines (1-based, inclusive).
    pub lines: LineSpan,
    /// The original text of those lines, exactly, joined with `\n`.
    pub text: String,
    /// How sure the importer is, 0–1 (see `docs/import.md`).
    pub confidence: f64,
    /// The recognizer rule that produced the field.
    pub rule: String,
}

/// A span of original lines, 1-based and inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct LineSpan {
    /// First line.
    pub start: usize,
    /// Last line.
    pub end: usize,
}

impl LineSpan {
    /// A span.
    pub fn new(start: usize, end: usize) -> Self {
        LineSpan {
            start: start.min(end),
            end: start.max(end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_namnd_acronym_is_a_namnd() {
        for a in ["TN", "MN", "BUN", "KFN", "SBN"] {
            assert_eq!(classify_body(a), Some(BodyKind::Namnd), "{a}");
        }
        // Capitalised words ending in `N`, lower case, too long: not.
        for w in ["PLAN", "DEN", "EN", "Tn", "MILJN", "N"] {
            assert!(!namnd_acronym(w), "{w}");
        }
        let d =
            crate::import("Plan för lekplatser\n\nAntagen av TN 2017-08-21 Dnr: 189/15\n\nText.\n");
        let b = d.adopted_by.expect("adopter");
        assert_eq!((b.name.as_str(), b.kind), ("TN", Some(BodyKind::Namnd)));
    }

    #[test]
    fn a_suspended_compound_whose_hyphen_was_lost_is_one_name() {
        // Invented names.
        let one = BodyRef::new("Skola och fritidsnämnden");
        assert!(one.members.is_empty());
        assert_eq!(one.kind, Some(BodyKind::Namnd));
        let two = BodyRef::new("Kommunstyrelsen och fritidsnämnden");
        assert_eq!(two.members.len(), 2);
    }

    #[test]
    fn a_coordination_inside_what_a_body_is_for_is_one_name() {
        // Invented names.
        let one = BodyRef::new("nämnden för utbildning, kultur och fritid");
        assert!(one.members.is_empty());
        assert_eq!(one.kind, Some(BodyKind::Namnd));
        let two = BodyRef::new("nämnden för teknik och kommunstyrelsen");
        assert_eq!(two.members.len(), 2);
        let two = BodyRef::new("kommunstyrelsen och nämnden för teknik");
        assert_eq!(two.members.len(), 2);
    }

    #[test]
    fn an_official_before_the_unit_is_an_official() {
        // Invented names.
        for name in [
            "chef, planeringsenheten",
            "avdelningschef för tekniska förvaltningen",
            "IT-samordnare stadsbyggnadskontoret",
        ] {
            assert_eq!(classify_body(name), Some(BodyKind::Tjansteperson), "{name}");
        }
        // The unit alone, a body and an elected role stay as they were.
        assert_eq!(
            classify_body("tekniska förvaltningen"),
            Some(BodyKind::Forvaltning)
        );
        assert_eq!(
            classify_body("Styrelsen för Norrby Energi AB"),
            Some(BodyKind::Bolagsstyrelse)
        );
        assert_ne!(
            classify_body("ordförande i tekniska förvaltningen"),
            Some(BodyKind::Tjansteperson)
        );
    }

    #[test]
    fn a_bare_board_is_a_company_board() {
        for name in ["Styrelsen", "vår styrelse", "bolagets styrelse"] {
            assert_eq!(
                classify_body(name),
                Some(BodyKind::Bolagsstyrelse),
                "{name}"
            );
        }
        // A prefixed board stays the organisation's executive board.
        for name in ["kommunstyrelsen", "Förbundsstyrelsen", "regionstyrelsen"] {
            assert_eq!(classify_body(name), Some(BodyKind::Styrelse), "{name}");
        }
    }

    #[test]
    fn a_management_group_adopts_for_the_administration() {
        // Invented names.
        for name in [
            "Tekniska förvaltningens ledningsgrupp",
            "ledningsgruppen",
            "förvaltningsledningsgrupp",
            "chefgruppen",
        ] {
            assert_eq!(classify_body(name), Some(BodyKind::Forvaltning), "{name}");
        }
        let d = crate::import(
            "Rutin för nycklar\n\nAntagen av stadslednings-\ngrupp, mars 2021\n\nNycklar ska kvitteras.\n",
        );
        let by = d.adopted_by.expect("an adopter");
        assert_eq!(
            (by.name.as_str(), by.kind),
            ("stadsledningsgrupp", Some(BodyKind::Forvaltning))
        );
    }

    #[test]
    fn an_owner_named_by_a_title_is_an_official() {
        for name in [
            "Informatör",
            "webbredaktören",
            "Kvalitetssamordnaren",
            "GIS-strateg",
        ] {
            assert_eq!(
                owner_ref(name).kind,
                Some(BodyKind::Tjansteperson),
                "{name}"
            );
        }
        for name in ["Ordföranden", "Norrby hamn", "faktor"] {
            assert_eq!(owner_ref(name).kind, None, "{name}");
        }
    }
}
