//! Diagnostic codes: one enum, one place.
//!
//! Every code's id (`SD101`), default severity, whether a register may
//! downgrade it in `settings.severity`, and its anchor in
//! `docs/diagnostics.md` are declared once, in the table below. A test
//! checks `docs/diagnostics.md` against it.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::Severity;

macro_rules! diagnostic_codes {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident = $id:literal, $severity:ident, $downgrade:ident;
    )*) => {
        /// A diagnostic's stable code (listed in `docs/diagnostics.md`).
        ///
        /// Serialized as its id (`"SD101"`). Shape codes (SD1xx) and
        /// duplicate ids cannot be downgraded: an element that could not be
        /// read would otherwise vanish from the register without an error.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum DiagnosticCode {
            $( $(#[doc = $doc])* $variant, )*
        }

        impl DiagnosticCode {
            /// Every code, in id order.
            pub const ALL: &'static [DiagnosticCode] = &[$(DiagnosticCode::$variant),*];

            /// The stable id, e.g. `"SD101"`.
            pub const fn id(self) -> &'static str {
                match self { $(DiagnosticCode::$variant => $id,)* }
            }

            /// The severity a check gives it unless the register overrides
            /// it (SD301 is an error under a closed taxonomy and info under
            /// an open one; its default is the closed case).
            pub const fn default_severity(self) -> Severity {
                match self { $(DiagnosticCode::$variant => Severity::$severity,)* }
            }

            /// Whether `settings.severity` may lower it below an error.
            pub const fn may_downgrade(self) -> bool {
                match self { $(DiagnosticCode::$variant => diagnostic_codes!(@bool $downgrade),)* }
            }

            /// What it means, in one line (the doc comment of the variant).
            pub fn summary(self) -> &'static str {
                match self { $(DiagnosticCode::$variant => concat!($($doc),*).trim_ascii(),)* }
            }
        }
    };
    (@bool downgradable) => { true };
    (@bool fixed) => { false };
}

diagnostic_codes! {
    /// The file is not valid JSON.
    JsonSyntax = "SD101", Error, fixed;
    /// A key appears twice in one JSON object.
    DuplicateKey = "SD102", Error, fixed;
    /// `format_version` is missing or not supported.
    FormatVersion = "SD103", Error, fixed;
    /// The file is not a JSON object.
    NotARegister = "SD104", Error, fixed;
    /// A file in a register directory that looks like part of the register
    /// was not read: a `.JSON` name, not a regular file, a symlinked
    /// directory, or `documents`/`organisations` that is not a directory.
    FileSkipped = "SD105", Error, fixed;
    /// The `layout` of a register directory is wrong: not a list of ids, an
    /// id listed twice, or an id whose file is missing.
    LayoutMismatch = "SD106", Error, fixed;
    /// The file is not UTF-8 (or UTF-16 with a byte order mark) text.
    NotUtf8 = "SD107", Error, fixed;
    /// The file was read in an encoding other than plain UTF-8 (info).
    EncodingRead = "SD108", Info, fixed;
    /// The file is beyond a limit of the loader (size, string length,
    /// nesting depth, number of documents).
    LimitExceeded = "SD109", Error, fixed;
    /// A value has the wrong JSON type.
    WrongType = "SD110", Error, fixed;
    /// A field is not part of the format (a typo would lose data).
    UnknownField = "SD111", Error, fixed;
    /// A value is not in its vocabulary (unknown kind, stage, relation …).
    BadValue = "SD112", Error, fixed;
    /// A date is malformed or does not exist (2018-02-30).
    BadDate = "SD113", Error, fixed;
    /// An id is not a valid slug path.
    BadId = "SD114", Error, fixed;
    /// A required field is missing.
    MissingField = "SD115", Error, fixed;
    /// A diarienummer cannot be read.
    BadDnr = "SD116", Error, fixed;
    /// Another shape problem.
    Shape = "SD119", Error, fixed;
    /// Two things share an id.
    DuplicateId = "SD201", Error, fixed;
    /// A reference to an organisation that does not exist.
    UnknownOrganisation = "SD202", Error, downgradable;
    /// A reference to a body, role or group that does not exist.
    UnknownParty = "SD203", Error, downgradable;
    /// A reference to a document that does not exist.
    UnknownDocument = "SD204", Error, downgradable;
    /// A statement id that does not belong to its document, or repeats.
    BadStatementId = "SD205", Error, downgradable;
    /// A control link to a statement that does not exist.
    UnknownStatement = "SD206", Error, downgradable;
    /// A reference to a control no catalogue has.
    UnknownControl = "SD207", Error, downgradable;
    /// A reference to a taxonomy profile that does not exist.
    UnknownProfile = "SD208", Error, downgradable;
    /// A reference to a source (law, standard) that does not exist.
    UnknownSource = "SD209", Error, downgradable;
    /// A reference to a section the document does not have.
    UnknownSection = "SD211", Warning, downgradable;
    /// An id that does not start with its organisation's id.
    IdOutsideOrganisation = "SD212", Error, downgradable;
    /// The document's kind is not in the organisation's taxonomy.
    KindNotInTaxonomy = "SD301", Error, downgradable;
    /// The adopter may not adopt this kind under the taxonomy.
    AdopterNotAllowed = "SD302", Error, downgradable;
    /// A kind whose validity is limited or a mandate period has no end.
    ValidityWithoutEnd = "SD303", Warning, downgradable;
    /// The validity contradicts the kind's rule.
    ValidityContradictsRule = "SD304", Warning, downgradable;
    /// An adopted document does not say by whom.
    AdopterUnknown = "SD305", Info, downgradable;
    /// The text is a proposal print of an adopted document.
    ProposalPrint = "SD306", Info, downgradable;
    /// The adopter's kind cannot be determined, so authority is not checked.
    AdopterKindUnknown = "SD307", Warning, downgradable;
    /// Adopted by a body above the one the taxonomy names (fullmäktige
    /// adopting a riktlinje): a deviation from the local model.
    AdopterAboveTaxonomy = "SD308", Warning, downgradable;
    /// The adopter or owner is a body of another organisation.
    PartyOfAnotherOrganisation = "SD309", Error, downgradable;
    /// A supersession edge would close a cycle; it is refused.
    Cycle = "SD401", Error, downgradable;
    /// Two documents replace the same whole document.
    TwoSuccessors = "SD402", Error, downgradable;
    /// A document replaces or repeals one decided after it.
    ReplacesLater = "SD403", Error, downgradable;
    /// A document replaces or repeals one adopted by a higher or another body.
    Authority = "SD404", Error, downgradable;
    /// A replaced document is still declared in force.
    StillDeclaredInForce = "SD405", Warning, downgradable;
    /// A relation names a document that is not in the graph.
    DanglingTarget = "SD406", Error, downgradable;
    /// A concretizing document is in force while its parent is not.
    ParentNotInForce = "SD407", Warning, downgradable;
    /// A partial replacement names a section the target does not have.
    MissingSection = "SD408", Error, downgradable;
    /// Two documents in the graph share an id.
    GraphDuplicateId = "SD409", Error, fixed;
    /// A stub no relation touches.
    OrphanStub = "SD410", Info, downgradable;
    /// Adopted on delegation with no delegation path (KL 6 kap 37–38 §§).
    NoDelegation = "SD501", Error, downgradable;
    /// A matter of principle adopted by someone other than fullmäktige (KL 5 kap 1 §).
    PrincipleNotByFullmaktige = "SD502", Error, downgradable;
    /// A delegation kommunallagen does not allow.
    DelegationNotAllowed = "SD503", Error, downgradable;
    /// Whether a replacing document's adopter ranks high enough cannot be decided.
    AuthorityUndecided = "SD504", Info, downgradable;
    /// The stated review date is before the date checked.
    ReviewOverdue = "SD505", Warning, downgradable;
    /// Decision date plus the review interval is before the date checked.
    ReviewIntervalPassed = "SD506", Warning, downgradable;
    /// A duty's party belongs to another organisation.
    DutyPartyOutsideOrganisation = "SD507", Error, downgradable;
    /// A delegation step does not say it covers the document kind.
    DelegationKindsUnstated = "SD508", Info, downgradable;
    /// Two parties are accountable (A) in one RACI row.
    TwoAccountable = "SD510", Warning, downgradable;
    /// An OSCAL document does not have the shape of a catalog.
    OscalShape = "SD601", Error, fixed;
    /// Two controls, groups or parts (or two params) of an OSCAL catalog share an id.
    OscalDuplicateId = "SD602", Error, fixed;
    /// An OSCAL id is not a token (a letter or _, then letters, digits, _, . or -).
    OscalBadId = "SD603", Error, fixed;
    /// An OSCAL uuid is not a version 4 or 5 UUID.
    OscalBadUuid = "SD604", Error, fixed;
    /// An imported document holds facts the importer read that no person
    /// has confirmed yet.
    ImportedUnconfirmed = "SD701", Info, downgradable;
    /// An imported fact is below the importer's confidence threshold.
    ImportedLowConfidence = "SD702", Warning, downgradable;
    /// An imported document's text does not name who adopted it.
    ImportedAdopterNotNamed = "SD703", Info, downgradable;
    /// An imported relation fits several documents: it keeps them as
    /// candidates and changes no status until one is chosen.
    ImportedRelationAmbiguous = "SD704", Warning, downgradable;
    /// An imported relation points at a stub: the cited document is not in
    /// the register.
    ImportedRelationToStub = "SD705", Info, downgradable;
    /// An imported adopter, owner or duty holder names a body the register
    /// did not have; import created it.
    ImportedPartyCreated = "SD706", Info, downgradable;
}

impl DiagnosticCode {
    /// The anchor of its row in `docs/diagnostics.md`, e.g. `"sd101"`.
    pub fn anchor(self) -> String {
        self.id().to_ascii_lowercase()
    }
}

impl fmt::Display for DiagnosticCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// A string that is not a known diagnostic code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown diagnostic code {0:?} (codes look like SD101; see docs/diagnostics.md)")]
pub struct UnknownCode(pub String);

impl FromStr for DiagnosticCode {
    type Err = UnknownCode;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let upper = s.trim().to_ascii_uppercase();
        DiagnosticCode::ALL
            .iter()
            .copied()
            .find(|c| c.id() == upper)
            .ok_or_else(|| UnknownCode(crate::text::shorten(s, 40)))
    }
}

impl PartialEq<str> for DiagnosticCode {
    fn eq(&self, other: &str) -> bool {
        self.id() == other
    }
}

impl PartialEq<String> for DiagnosticCode {
    fn eq(&self, other: &String) -> bool {
        self.id() == other
    }
}

impl PartialEq<&str> for DiagnosticCode {
    fn eq(&self, other: &&str) -> bool {
        self.id() == *other
    }
}

impl Serialize for DiagnosticCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for DiagnosticCode {
    /// Strict, as everything in a register file: the code exactly as
    /// docs/diagnostics.md writes it (`SD503`, not `sd503`); [`FromStr`] is
    /// the lenient form for command-line arguments.
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Cow::<'de, str>::deserialize(d)?;
        if let Some(c) = DiagnosticCode::ALL.iter().find(|c| c.id() == s) {
            return Ok(*c);
        }
        let ids: Vec<&str> = DiagnosticCode::ALL.iter().map(|c| c.id()).collect();
        Err(serde::de::Error::custom(format!(
            "unknown diagnostic code {:?}: {}codes look like SD101; see docs/diagnostics.md",
            crate::text::shorten(&s, 40),
            crate::vocab::suggest(&s, &ids)
                .map(|c| format!("did you mean `{c}`? "))
                .unwrap_or_default()
        )))
    }
}

impl JsonSchema for DiagnosticCode {
    fn schema_name() -> Cow<'static, str> {
        "DiagnosticCode".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let ids: Vec<&str> = DiagnosticCode::ALL.iter().map(|c| c.id()).collect();
        json_schema!({
            "description": "A diagnostic code (docs/diagnostics.md).",
            "type": "string",
            "enum": ids,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_sorted_and_parse_back() {
        let ids: Vec<&str> = DiagnosticCode::ALL.iter().map(|c| c.id()).collect();
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(ids, sorted);
        for c in DiagnosticCode::ALL {
            assert_eq!(c.id().parse::<DiagnosticCode>(), Ok(*c));
            assert_eq!(
                serde_json::to_string(c).ok(),
                Some(format!("\"{}\"", c.id()))
            );
        }
        assert!("SD999".parse::<DiagnosticCode>().is_err());
        // Files are strict, people's words lenient.
        assert!("sd503".parse::<DiagnosticCode>().is_ok());
        let e = serde_json::from_str::<DiagnosticCode>("\"sd503\"").unwrap_err();
        assert!(e.to_string().contains("did you mean `SD503`?"), "{e}");
    }

    #[test]
    fn shape_codes_cannot_be_downgraded() {
        for c in DiagnosticCode::ALL {
            if c.id().starts_with("SD1") || *c == DiagnosticCode::DuplicateId {
                assert!(!c.may_downgrade(), "{c}");
            }
        }
        assert!(DiagnosticCode::NoDelegation.may_downgrade());
    }
}

#[cfg(test)]
mod doc_tests {
    use super::*;

    /// `docs/diagnostics.md` lists every code once, with its default
    /// severity, its anchor and "fixed" exactly for the codes that may not
    /// be downgraded; and it lists no code the enum lacks.
    #[test]
    fn diagnostics_page_agrees_with_the_enum() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/diagnostics.md");
        let page = std::fs::read_to_string(path).unwrap_or_default();
        assert!(!page.is_empty(), "cannot read {path}");
        let rows: Vec<(String, String)> = page
            .lines()
            .filter_map(|l| {
                let rest = l.strip_prefix("| <a id=\"")?;
                let (anchor, rest) = rest.split_once("\"></a>")?;
                let mut cells = rest.split('|');
                let id = cells.next()?.trim().to_owned();
                assert_eq!(anchor, id.to_ascii_lowercase(), "anchor of {id}");
                Some((id, cells.next()?.trim().to_owned()))
            })
            .collect();
        let listed: Vec<&str> = rows.iter().map(|(id, _)| id.as_str()).collect();
        let ids: Vec<&str> = DiagnosticCode::ALL.iter().map(|c| c.id()).collect();
        assert_eq!(
            listed, ids,
            "docs/diagnostics.md rows vs DiagnosticCode::ALL"
        );
        for ((_, severity), code) in rows.iter().zip(DiagnosticCode::ALL) {
            assert!(
                severity.starts_with(&code.default_severity().to_string()),
                "{code}: page says {severity:?}, enum {}",
                code.default_severity()
            );
            assert_eq!(severity.contains("fixed"), !code.may_downgrade(), "{code}");
        }
    }
}
