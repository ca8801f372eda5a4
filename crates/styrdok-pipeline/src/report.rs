//! What one import run did: per input, and in sum.

use schemars::JsonSchema;
use serde::Serialize;

/// The outcome of [`crate::import_into`]: one line per input in the order
/// the inputs were merged (sorted by name), and the totals.
#[derive(Debug, Clone, Default, PartialEq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct ImportReport {
    /// Documents added to the register.
    pub added: usize,
    /// Documents replaced by a changed input (the register's copy was
    /// written by import and not edited since).
    pub updated: usize,
    /// Inputs whose document the register already holds unchanged.
    pub unchanged: usize,
    /// Inputs not added because no organisation, or more than one, was
    /// recognised and none was given (`--org`).
    pub needs_org: usize,
    /// Inputs whose document a person has edited since import wrote it:
    /// nothing was changed.
    pub conflicts: usize,
    /// Inputs that could not be read (empty, not text, a scan, …).
    pub failed: usize,
    /// Files inside folders that were skipped (not .txt, .pdf or .docx).
    pub skipped: usize,
    /// Organisations added to the register.
    pub organisations_added: Vec<String>,
    /// Bodies and roles import created because a text named one the
    /// register lacked.
    pub parties_created: Vec<String>,
    /// Stub documents created for citations that fit no document.
    pub stubs_created: usize,
    /// Fields the texts leave unknown, over the documents written.
    pub fields_unknown: usize,
    /// Fields read with a confidence below [`styrdok_core::Confidence::LOW`].
    pub fields_low_confidence: usize,
    /// References that did not resolve to one document of the register
    /// (stubs, ambiguous, description only).
    pub references_unresolved: usize,
    /// References resolved to a document of the register or of this run.
    pub references_resolved: usize,
    /// Control links suggested for the statements of the documents written
    /// (status `suggested`).
    pub links_suggested: usize,
    /// Each input.
    pub inputs: Vec<InputOutcome>,
}

/// What happened to one input.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct InputOutcome {
    /// The input as named (a path, or `-`).
    pub input: String,
    /// What happened.
    pub outcome: Outcome,
    /// The document's id, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// The organisation, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    /// Why, and anything worth knowing (what the input was read as, which
    /// organisations were recognised, the fields left unknown).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    /// Fields the text does not state (`title`, `adopted_by`, …).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unknown_fields: Vec<String>,
    /// Fields read with low confidence, as `pointer (rule, confidence)`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub low_confidence: Vec<String>,
    /// References that did not resolve to one document, as written.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub unresolved: Vec<String>,
}

/// What happened to one input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Outcome {
    /// A new document.
    Added,
    /// The document was replaced.
    Updated,
    /// Nothing to do.
    Unchanged,
    /// Not added: give `--org`.
    NeedsOrg,
    /// Not changed: the register's copy was edited since import wrote it.
    Conflict,
    /// Could not be read.
    Failed,
    /// Not a .txt, .pdf or .docx file inside a folder.
    Skipped,
}

impl InputOutcome {
    pub(crate) fn new(input: &str, outcome: Outcome) -> Self {
        InputOutcome {
            input: input.to_owned(),
            outcome,
            document: None,
            organisation: None,
            notes: Vec::new(),
            unknown_fields: Vec::new(),
            low_confidence: Vec::new(),
            unresolved: Vec::new(),
        }
    }
    pub(crate) fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }
}

impl ImportReport {
    /// Adds an input's outcome and counts it.
    pub(crate) fn push(&mut self, o: InputOutcome) {
        match o.outcome {
            Outcome::Added => self.added += 1,
            Outcome::Updated => self.updated += 1,
            Outcome::Unchanged => self.unchanged += 1,
            Outcome::NeedsOrg => self.needs_org += 1,
            Outcome::Conflict => self.conflicts += 1,
            Outcome::Failed => self.failed += 1,
            Outcome::Skipped => self.skipped += 1,
        }
        self.inputs.push(o);
    }

    /// Whether the register was changed.
    pub fn changed(&self) -> bool {
        self.added + self.updated > 0
    }

    /// The inputs with this outcome.
    pub fn with(&self, outcome: Outcome) -> impl Iterator<Item = &InputOutcome> {
        self.inputs.iter().filter(move |o| o.outcome == outcome)
    }
}
