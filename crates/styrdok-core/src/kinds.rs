//! The document-kind, body-kind and organisation-kind vocabularies.
//!
//! Machine ids are ASCII snake_case, Swedish where a translation would lose
//! meaning. A register file holds the canonical ids only: deserialization is
//! strict and says "did you mean `policy`?" (see [`crate::vocab`]). Parsing
//! people's words with `FromStr` (command-line arguments, name resolution,
//! import) accepts the common spellings, cases, abbreviations and
//! inflections (`nämnd`, `nämnden`, `nämnderna`; `KF`, `KS`, `RS`, `LS`,
//! `KSAU`; kommun-, region-, landstings- and stads- prefixes).

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::CoreError;
use crate::id::is_slug;
use crate::text::{ends_with_inflection_of, fold, is_inflection_of};

/// The kind of a styrdokument.
///
/// Serializes as its id (`policy`, `riktlinje`, …). Kinds a taxonomy adds
/// are [`DocumentKind::Custom`] with their slug (`handlingsplan`);
/// [`DocumentKind::Other`] is a kind the text names that no vocabulary has
/// (the document keeps the label as written).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DocumentKind {
    /// Vision.
    Vision,
    /// Policy: values and stance, usually adopted by fullmäktige.
    Policy,
    /// Program: direction for an area (Stockholm's IT-program).
    Program,
    /// Strategi: concrete measures for a limited period.
    Strategi,
    /// Plan (handlingsplan, IT-plan).
    Plan,
    /// Riktlinje: how something is to be done.
    Riktlinje,
    /// Regler.
    Regler,
    /// Reglemente: a body's rules of procedure.
    Reglemente,
    /// Instruktion.
    Instruktion,
    /// Anvisning: execution of riktlinjer, no political decision.
    Anvisning,
    /// Rutin.
    Rutin,
    /// A kind the text names that no vocabulary has.
    Other,
    /// A kind added by a taxonomy (its slug).
    Custom(String),
}

const DOCUMENT_KINDS: [(DocumentKind, &str, &[&str]); 11] = [
    (DocumentKind::Vision, "vision", &["vision"]),
    (
        DocumentKind::Policy,
        "policy",
        &["policy", "policie", "policies"],
    ),
    (DocumentKind::Program, "program", &["program", "programm"]),
    (
        DocumentKind::Strategi,
        "strategi",
        &["strategi", "strategidokument"],
    ),
    (DocumentKind::Plan, "plan", &["plan", "handlingsplan"]),
    (
        DocumentKind::Riktlinje,
        "riktlinje",
        &["riktlinje", "riktlinj"],
    ),
    // `Tillämpningsbestämmelser`, `Bidragsbestämmelser`: binding rules.
    // `Bidragsnormer`, a board's `normer för kommunala bidrag` (Eslöv,
    // Gislaved): rules for grants too (the importer lets a kind named
    // beside them win: `Normer och riktlinjer …`, Oskarshamn). A
    // kommun's `Stadgar` for a stipendium or a fund (Ljusdal's `Stadgar
    // Kulturstipendium`) are its rules for it.
    (
        DocumentKind::Regler,
        "regler",
        &["regel", "regl", "regler", "bestammelse", "normer", "stadg"],
    ),
    // A fullmäktige's `arbetsordning` (kommunallagen 5 kap. 71 §) is its
    // rules of procedure, as a nämnd's reglemente is the nämnd's (6 kap.
    // 44 §); collections list them together (`Reglementen och
    // arbetsordningar`), and every truth of the import corpus that has one
    // (Arvika, Arboga, Nässjö, Ljungby) files it as a reglemente.
    (
        DocumentKind::Reglemente,
        "reglemente",
        &["reglemente", "reglement", "arbetsordning"],
    ),
    (DocumentKind::Instruktion, "instruktion", &["instruktion"]),
    // `Vägledning för elevhälsa`, `Rehabiliteringsvägledning` (Kristianstad,
    // Göteborg): guidance on how to apply rules, an anvisning.
    (
        DocumentKind::Anvisning,
        "anvisning",
        &["anvisning", "vagledning"],
    ),
    (DocumentKind::Rutin, "rutin", &["rutin"]),
];

/// Compounds whose last part is a kind's stem but which name no document
/// of that kind: `markanvisning` is land allocation (a kommun's
/// agreement giving a builder the right to negotiate for land), not an
/// `anvisning` (Orust `blind69/` was read as one).
const NOT_KIND_COMPOUNDS: [&str; 1] = ["markanvisning"];

impl DocumentKind {
    /// The machine id.
    pub fn id(&self) -> &str {
        match self {
            DocumentKind::Other => "other",
            DocumentKind::Custom(s) => s,
            k => DOCUMENT_KINDS
                .iter()
                .find(|(kind, _, _)| kind == k)
                .map(|(_, id, _)| *id)
                .unwrap_or("other"),
        }
    }
    /// The built-in kinds, in hierarchy order (vision first).
    pub fn builtin() -> impl Iterator<Item = DocumentKind> {
        DOCUMENT_KINDS.iter().map(|(k, _, _)| k.clone())
    }
    /// Recognizes a kind from one word as written, including inflections
    /// (`riktlinjerna`, `policyn`) but not compounds; `None` when not a
    /// built-in kind.
    pub fn recognize(word: &str) -> Option<DocumentKind> {
        let w = fold(word);
        if w == "other" {
            return Some(DocumentKind::Other);
        }
        DOCUMENT_KINDS
            .iter()
            .find(|(_, id, stems)| w == *id || stems.iter().any(|s| is_inflection_of(&w, s)))
            .map(|(k, _, _)| k.clone())
    }
    /// Recognizes a kind from the last part of a compound or title word
    /// (`IT-policyn`, `Informationssäkerhetspolicy`, `e-strategi`).
    pub fn recognize_compound(word: &str) -> Option<DocumentKind> {
        let w = fold(word);
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if let Some(k) = Self::recognize(w) {
            return Some(k);
        }
        if NOT_KIND_COMPOUNDS
            .iter()
            .any(|c| ends_with_inflection_of(w, c))
        {
            return None;
        }
        // Longest stems first so "handlingsplan" beats "plan".
        let mut best: Option<(usize, DocumentKind)> = None;
        for (kind, _, stems) in DOCUMENT_KINDS.iter() {
            for s in stems.iter() {
                if s.len() >= 4
                    && ends_with_inflection_of(w, s)
                    && best.as_ref().is_none_or(|(len, _)| s.len() > *len)
                {
                    best = Some((s.len(), kind.clone()));
                }
            }
        }
        best.map(|(_, k)| k)
    }
}

impl FromStr for DocumentKind {
    type Err = CoreError;
    /// Accepts the built-in ids and their Swedish inflections; any other slug
    /// becomes [`DocumentKind::Custom`] (a taxonomy decides whether it is
    /// known).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some(k) = Self::recognize(s) {
            return Ok(k);
        }
        let t = s.trim();
        if is_slug(t) {
            return Ok(DocumentKind::Custom(t.to_owned()));
        }
        Err(CoreError::UnknownKind {
            what: "document kind",
            value: s.to_owned(),
            expected: "vision, policy, program, strategi, plan, riktlinje, regler, reglemente, \
                       instruktion, anvisning, rutin, other, or a slug a taxonomy defines"
                .into(),
        })
    }
}

impl fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for DocumentKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl DocumentKind {
    /// The kind with exactly this canonical id (`policy`, `other`), or a
    /// taxonomy's slug as [`DocumentKind::Custom`]; the strict form a
    /// register file holds. People's spellings (`Riktlinjerna`) go through
    /// [`FromStr`] instead.
    ///
    /// # Errors
    /// [`CoreError`] when `s` is neither a canonical kind id nor a slug.
    pub fn from_canonical(s: &str) -> Result<DocumentKind, CoreError> {
        if s == "other" {
            return Ok(DocumentKind::Other);
        }
        if let Some((k, _, _)) = DOCUMENT_KINDS.iter().find(|(_, id, _)| *id == s) {
            return Ok(k.clone());
        }
        if is_slug(s) {
            return Ok(DocumentKind::Custom(s.to_owned()));
        }
        let ids: Vec<&str> = DOCUMENT_KINDS
            .iter()
            .map(|(_, id, _)| *id)
            .chain(["other"])
            .collect();
        let hint = Self::recognize(s)
            .map(|k| k.id().to_owned())
            .or_else(|| crate::vocab::suggest(s, &ids).map(str::to_owned));
        Err(CoreError::UnknownKind {
            what: "document kind",
            value: s.to_owned(),
            expected: format!(
                "{}, or a slug a taxonomy defines{} (a register file holds canonical ids only)",
                ids.join(", "),
                hint.map(|h| format!(" — did you mean `{h}`?"))
                    .unwrap_or_default(),
            ),
        })
    }
}

impl<'de> Deserialize<'de> for DocumentKind {
    /// Strict: canonical ids and taxonomy slugs only (see
    /// [`DocumentKind::from_canonical`]).
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        DocumentKind::from_canonical(&s).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for DocumentKind {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DocumentKind".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let builtin: Vec<&str> = DOCUMENT_KINDS
            .iter()
            .map(|(_, id, _)| *id)
            .chain(["other"])
            .collect();
        schemars::json_schema!({
            "description": "The kind of a styrdokument (dokumenttyp): a built-in kind, `other`, or a kind a taxonomy adds (a slug such as `handlingsplan`; the loader checks that a taxonomy of the organisation defines it).",
            "anyOf": [
                {"type": "string", "enum": builtin},
                {"type": "string", "pattern": crate::id::SLUG_PATTERN}
            ],
            "examples": ["policy", "riktlinje", "handlingsplan"]
        })
    }
}

/// Whether a body is political, administrative or advisory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BodyNature {
    /// Elected or appointed by elected representatives (fullmäktige,
    /// styrelser, nämnder, utskott, company boards, revisorer).
    Political,
    /// Officials and their organisations (förvaltningar, units, roles such as
    /// förvaltningschef).
    Administrative,
    /// Gives advice, decides nothing (IT-rådet).
    Advisory,
}

/// The kind of a body (organ).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum BodyKind {
    /// Kommunfullmäktige / regionfullmäktige.
    Fullmaktige,
    /// Kommunstyrelse / regionstyrelse / landstingsstyrelse.
    Styrelse,
    /// A nämnd (committee with its own remit).
    Namnd,
    /// An utskott (KSAU, arbetsutskott).
    Utskott,
    /// The board of a municipal company.
    Bolagsstyrelse,
    /// The auditors (revisorerna).
    Revision,
    /// An advisory council (IT-rådet).
    Rad,
    /// An administration or office (stadsledningskontoret, förvaltningen).
    Forvaltning,
    /// An official acting as adopter or duty-holder (stadsdirektör,
    /// förvaltningschef).
    Tjansteperson,
    /// A unit (IT-avdelningen).
    Enhet,
}

impl BodyKind {
    /// All kinds.
    pub const ALL: [BodyKind; 10] = [
        BodyKind::Fullmaktige,
        BodyKind::Styrelse,
        BodyKind::Namnd,
        BodyKind::Utskott,
        BodyKind::Bolagsstyrelse,
        BodyKind::Revision,
        BodyKind::Rad,
        BodyKind::Forvaltning,
        BodyKind::Tjansteperson,
        BodyKind::Enhet,
    ];

    /// The machine id.
    pub fn id(self) -> &'static str {
        match self {
            BodyKind::Fullmaktige => "fullmaktige",
            BodyKind::Styrelse => "styrelse",
            BodyKind::Namnd => "namnd",
            BodyKind::Utskott => "utskott",
            BodyKind::Bolagsstyrelse => "bolagsstyrelse",
            BodyKind::Revision => "revision",
            BodyKind::Rad => "rad",
            BodyKind::Forvaltning => "forvaltning",
            BodyKind::Tjansteperson => "tjansteperson",
            BodyKind::Enhet => "enhet",
        }
    }

    /// Political, administrative or advisory.
    pub fn nature(self) -> BodyNature {
        match self {
            BodyKind::Fullmaktige
            | BodyKind::Styrelse
            | BodyKind::Namnd
            | BodyKind::Utskott
            | BodyKind::Bolagsstyrelse
            | BodyKind::Revision => BodyNature::Political,
            BodyKind::Rad => BodyNature::Advisory,
            BodyKind::Forvaltning | BodyKind::Tjansteperson | BodyKind::Enhet => {
                BodyNature::Administrative
            }
        }
    }

    /// Whether the kind is political.
    pub fn is_political(self) -> bool {
        self.nature() == BodyNature::Political
    }

    /// A Swedish label.
    pub fn label_sv(self) -> &'static str {
        match self {
            BodyKind::Fullmaktige => "fullmäktige",
            BodyKind::Styrelse => "styrelse",
            BodyKind::Namnd => "nämnd",
            BodyKind::Utskott => "utskott",
            BodyKind::Bolagsstyrelse => "bolagsstyrelse",
            BodyKind::Revision => "revision",
            BodyKind::Rad => "råd",
            BodyKind::Forvaltning => "förvaltning",
            BodyKind::Tjansteperson => "tjänsteperson",
            BodyKind::Enhet => "enhet",
        }
    }

    /// Classifies a name as people write it (`KF`, `Kommunstyrelsen`,
    /// `socialnämnden`, `IT-rådet`, `Stadsledningskontoret`,
    /// `förvaltningschef`, `IT-avdelningen`); the last word decides, and
    /// for a name whose last word names nothing, a one-word nämnd, utskott,
    /// råd or enhet before `för` (`Nämnden för teknik och fritid`,
    /// `Beredningen för ett tryggare Helsingborg`, `Enheten för hälsa och
    /// arbetsmiljö`); `None` when nothing matches.
    pub fn classify(name: &str) -> Option<BodyKind> {
        if let Some(head) = Self::name_without_organisation(name) {
            return Self::classify(head);
        }
        let upper = name.trim().to_uppercase();
        match upper.as_str() {
            "KF" | "RF" | "LF" => return Some(BodyKind::Fullmaktige),
            "KS" | "RS" | "LS" => return Some(BodyKind::Styrelse),
            "KSAU" | "AU" | "RSAU" | "LSAU" => return Some(BodyKind::Utskott),
            _ => {}
        }
        // A body named for its purpose: the words before `för` decide
        // (`Nämnden för teknik och fritid`, `Beredningen för ett tryggare
        // Helsingborg`) when the whole name does not.
        // Not a board: `styrelsen för Ådala Vatten AB` is a company's, which
        // the caller reads from the company's name.
        if let Some((head, _)) = name.trim().split_once(" för ")
            && !head.is_empty()
            && !head.contains(' ')
        {
            return Self::classify_last_word(name).or_else(|| {
                Self::classify_last_word(head).filter(|k| {
                    matches!(
                        k,
                        BodyKind::Namnd | BodyKind::Utskott | BodyKind::Rad | BodyKind::Enhet
                    )
                })
            });
        }
        Self::classify_last_word(name)
    }

    /// A body's name written with its organisation after it (`Miljö- och
    /// byggnämnden i Vetlanda kommun`, `Kommunstyrelsen i Norrby stad`):
    /// the name before ` i `, when one to three capitalised words and
    /// `kommun`, `stad`, `region` or `landsting` follow it. `None` for any
    /// other name (`Nämnden för teknik i staden` keeps its words).
    #[must_use]
    pub fn name_without_organisation(name: &str) -> Option<&str> {
        let name = name.trim();
        let (head, org) = name.rsplit_once(" i ")?;
        let words: Vec<&str> = org.split_whitespace().collect();
        let capitalised = |ws: &[&str]| {
            (1..=3).contains(&ws.len()) && ws.iter().all(|w| w.starts_with(char::is_uppercase))
        };
        // `… i Vetlanda kommun`, `… i Region Skåne`.
        let (last, place) = words.split_last()?;
        let trailing = ["kommun", "stad", "region", "landsting"].contains(&fold(last).as_str())
            && capitalised(place);
        let (first, rest) = words.split_first()?;
        let leading = ["region", "landstinget"].contains(&fold(first).as_str())
            && first.starts_with(char::is_uppercase)
            && capitalised(rest);
        ((trailing || leading) && !head.trim().is_empty()).then(|| head.trim())
    }

    /// [`BodyKind::classify`] by the name's last word.
    fn classify_last_word(name: &str) -> Option<BodyKind> {
        let folded = fold(name);
        let raw_lower = name.trim().to_lowercase();
        // The last word decides ("Stockholms Stadshus AB:s styrelse").
        let w = folded
            .rsplit([' ', '/'])
            .next()
            .unwrap_or(&folded)
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
        let raw_last = raw_lower.rsplit([' ', '/']).next().unwrap_or(&raw_lower);
        let ends = |stem: &str| ends_with_inflection_of(w, stem);
        if ends("chef") || ends("direktor") || w == "chef" {
            return Some(BodyKind::Tjansteperson);
        }
        if ends("forvaltning") || ends("kontor") {
            return Some(BodyKind::Forvaltning);
        }
        if ends("avdelning") || ends("enhet") || ends("sektion") {
            return Some(BodyKind::Enhet);
        }
        // A fullmäktigeberedning prepares matters as an utskott does
        // (kommunallagen 5 kap. 35 §; `Beredningen för ett tryggare
        // Helsingborg`).
        if ends("utskott") || ends("beredning") {
            return Some(BodyKind::Utskott);
        }
        if ends("bolagsstyrelse") || (ends("styrelse") && folded.contains(" ab")) {
            return Some(BodyKind::Bolagsstyrelse);
        }
        if ends("fullmaktige") {
            return Some(BodyKind::Fullmaktige);
        }
        if ends("styrelse") {
            return Some(BodyKind::Styrelse);
        }
        if ends("namnd") {
            return Some(BodyKind::Namnd);
        }
        if ends("revision") || ends("revisor") || ends("revisorer") {
            return Some(BodyKind::Revision);
        }
        if ["råd", "rådet", "råden", "rådets"].iter().any(|s| {
            raw_last.strip_suffix(s).is_some_and(|head| {
                head.is_empty() || head.ends_with('-') || matches!(head, "it" | "ikt")
            })
        }) {
            return Some(BodyKind::Rad);
        }
        None
    }
}

impl fmt::Display for BodyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for BodyKind {
    type Err = CoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        BodyKind::ALL
            .iter()
            .find(|k| k.id() == t)
            .copied()
            .or_else(|| BodyKind::classify(t))
            .ok_or_else(|| CoreError::UnknownKind {
                what: "body kind",
                value: s.to_owned(),
                expected: BodyKind::ALL
                    .iter()
                    .map(|k| k.id())
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }
}

/// The kind of an organisation.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum OrgKind {
    /// A kommun (Solna stad and Stockholms stad are kommuner).
    Kommun,
    /// A region (landsting became regioner in 2019).
    Region,
    /// A kommunalförbund.
    Kommunalforbund,
    /// A municipal company, owned by its kommun or region.
    Bolag,
}

impl OrgKind {
    /// The machine id.
    pub fn id(self) -> &'static str {
        match self {
            OrgKind::Kommun => "kommun",
            OrgKind::Region => "region",
            OrgKind::Kommunalforbund => "kommunalforbund",
            OrgKind::Bolag => "bolag",
        }
    }
}

impl FromStr for OrgKind {
    type Err = CoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let w = fold(s);
        let last = w.rsplit(' ').next().unwrap_or(&w);
        let k = if is_inflection_of(last, "kommun") || is_inflection_of(last, "stad") {
            Some(OrgKind::Kommun)
        } else if is_inflection_of(last, "region") || is_inflection_of(last, "landsting") {
            Some(OrgKind::Region)
        } else if is_inflection_of(last, "kommunalforbund") {
            Some(OrgKind::Kommunalforbund)
        } else if last == "ab" || is_inflection_of(last, "bolag") {
            Some(OrgKind::Bolag)
        } else {
            None
        };
        k.ok_or_else(|| CoreError::UnknownKind {
            what: "organisation kind",
            value: s.to_owned(),
            expected: "kommun, region, kommunalforbund, bolag".into(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compound_that_names_no_kind() {
        assert_eq!(DocumentKind::recognize_compound("Markanvisning"), None);
        assert_eq!(DocumentKind::recognize_compound("markanvisningar"), None);
        assert_eq!(
            DocumentKind::recognize_compound("Tillämpningsanvisning"),
            Some(DocumentKind::Anvisning)
        );
        assert_eq!(
            DocumentKind::recognize_compound("Markanvisningspolicy"),
            Some(DocumentKind::Policy)
        );
    }

    #[test]
    fn document_kinds() {
        assert_eq!(
            "Riktlinjerna".parse::<DocumentKind>().unwrap(),
            DocumentKind::Riktlinje
        );
        assert_eq!(
            "policyn".parse::<DocumentKind>().unwrap(),
            DocumentKind::Policy
        );
        assert_eq!(
            DocumentKind::recognize_compound("IT-programmet"),
            Some(DocumentKind::Program)
        );
        assert_eq!(
            DocumentKind::recognize_compound("Informationssäkerhetspolicyn"),
            Some(DocumentKind::Policy)
        );
        assert_eq!(
            DocumentKind::recognize_compound("e-strategi"),
            Some(DocumentKind::Strategi)
        );
        assert_eq!(
            DocumentKind::recognize_compound("e-postregler"),
            Some(DocumentKind::Regler)
        );
        assert_eq!(
            DocumentKind::recognize_compound("Tillämpningsbestämmelser"),
            Some(DocumentKind::Regler)
        );
        assert_eq!(
            DocumentKind::recognize_compound("Bidragsnormer"),
            Some(DocumentKind::Regler)
        );
        assert_eq!(
            DocumentKind::recognize_compound("Stadgar"),
            Some(DocumentKind::Regler)
        );
        assert_eq!(
            DocumentKind::recognize_compound("Rehabiliteringsvägledning"),
            Some(DocumentKind::Anvisning)
        );
        assert_eq!(DocumentKind::recognize_compound("Riksnormen"), None);
        assert_eq!(DocumentKind::recognize_compound("IT-handbok"), None);
        assert_eq!(
            "handlingsplan".parse::<DocumentKind>().unwrap(),
            DocumentKind::Plan
        );
        assert_eq!(
            "taxa".parse::<DocumentKind>().unwrap(),
            DocumentKind::Custom("taxa".into())
        );
        assert!("Not a kind!".parse::<DocumentKind>().is_err());
        let json = serde_json::to_string(&DocumentKind::Riktlinje).unwrap();
        assert_eq!(json, "\"riktlinje\"");
    }

    #[test]
    fn files_are_strict_people_lenient() {
        let e = serde_json::from_str::<DocumentKind>("\"Policy\"").unwrap_err();
        assert!(e.to_string().contains("did you mean `policy`?"), "{e}");
        let e = serde_json::from_str::<DocumentKind>("\"Riktlinjerna\"").unwrap_err();
        assert!(e.to_string().contains("did you mean `riktlinje`?"), "{e}");
        assert!(!e.to_string().contains("DocumentKind"), "{e}");
        assert_eq!(
            serde_json::from_str::<DocumentKind>("\"policy\"").unwrap(),
            DocumentKind::Policy
        );
        // A taxonomy's slug is read as written; the taxonomy decides.
        assert_eq!(
            serde_json::from_str::<DocumentKind>("\"handlingsplan\"").unwrap(),
            DocumentKind::Custom("handlingsplan".into())
        );
        assert!(serde_json::from_str::<BodyKind>("\"Fullmaktige\"").is_err());
        assert!(serde_json::from_str::<OrgKind>("\"Kommun\"").is_err());
        // People's words stay lenient.
        assert_eq!(
            "Policy".parse::<DocumentKind>().unwrap(),
            DocumentKind::Policy
        );
        assert_eq!(
            "Fullmäktige".parse::<BodyKind>().unwrap(),
            BodyKind::Fullmaktige
        );
        assert_eq!("Kommun".parse::<OrgKind>().unwrap(), OrgKind::Kommun);
    }

    #[test]
    fn a_body_named_with_its_organisation() {
        let strip = BodyKind::name_without_organisation;
        assert_eq!(
            strip("Miljö- och byggnämnden i Vetlanda kommun"),
            Some("Miljö- och byggnämnden")
        );
        assert_eq!(
            strip("Hälso- och sjukvårdsnämnden i Region Skåne"),
            Some("Hälso- och sjukvårdsnämnden")
        );
        assert_eq!(
            strip("Kommunstyrelsen i Norrby stad"),
            Some("Kommunstyrelsen")
        );
        assert_eq!(strip("Nämnden för teknik i staden"), None);
        assert_eq!(strip("Socialnämnden"), None);
        assert_eq!(
            BodyKind::classify("Miljö- och byggnämnden i Vetlanda kommun"),
            Some(BodyKind::Namnd)
        );
    }

    #[test]
    fn body_kinds() {
        use BodyKind::*;
        let cases = [
            ("KF", Fullmaktige),
            ("Kommunfullmäktige", Fullmaktige),
            ("regionfullmäktige", Fullmaktige),
            ("kommunstyrelsen", Styrelse),
            ("Landstingsstyrelsen", Styrelse),
            ("KS", Styrelse),
            ("KSAU", Utskott),
            ("socialnämnden", Namnd),
            ("nämnderna", Namnd),
            ("IT-rådet", Rad),
            ("Stadsledningskontoret", Forvaltning),
            ("kommunstyrelseförvaltningen", Forvaltning),
            ("Stadsledningsförvaltningen", Forvaltning),
            ("förvaltningschefer", Tjansteperson),
            ("stadsdirektören", Tjansteperson),
            ("IT-avdelningen", Enhet),
            ("revisorerna", Revision),
            ("Stockholms Stadshus AB:s styrelse", Bolagsstyrelse),
        ];
        for (name, kind) in cases {
            assert_eq!(BodyKind::classify(name), Some(kind), "{name}");
        }
        assert_eq!(BodyKind::classify("medarbetare"), None);
        // "området" ends in "rådet" but is no council.
        assert_eq!(BodyKind::classify("IT-området"), None);
        assert_eq!(BodyKind::classify("Vid upphandling inom IT-området"), None);
        assert_eq!(BodyKind::classify("ITrådet"), Some(Rad));
        // A body named for its purpose; a fullmäktigeberedning.
        assert_eq!(
            BodyKind::classify("Beredningen för ett tryggare Helsingborg"),
            Some(Utskott)
        );
        assert_eq!(
            BodyKind::classify("Nämnden för teknik och fritid"),
            Some(Namnd)
        );
        // A unit named for its purpose (Landstinget Sörmland `blind140/`).
        assert_eq!(
            BodyKind::classify("Enheten för hälsa och arbetsmiljö"),
            Some(Enhet)
        );
        assert_eq!(
            BodyKind::classify("Policy för kommunstyrelsen"),
            Some(Styrelse)
        );
        assert_eq!(BodyKind::classify("Riktlinjer för parker"), None);
        assert_eq!(BodyKind::classify("styrelsen för Ådala Vatten"), None);
        assert!(!Rad.is_political());
        assert_eq!(Forvaltning.nature(), BodyNature::Administrative);
    }

    #[test]
    fn org_kinds() {
        assert_eq!("Solna stad".parse::<OrgKind>().unwrap(), OrgKind::Kommun);
        assert_eq!("Landstinget".parse::<OrgKind>().unwrap(), OrgKind::Region);
        assert_eq!(
            "Stockholms Stadshus AB".parse::<OrgKind>().unwrap(),
            OrgKind::Bolag
        );
    }
}
