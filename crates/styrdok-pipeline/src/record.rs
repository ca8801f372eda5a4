//! The import record of a document: which input it was read from (name and
//! content hash) and a hash of what import wrote, so a later run can tell
//! an unchanged input, a changed one and a copy a person has edited apart.
//!
//! The record is the `input` of the `imported` provenance on the
//! document's `stage_provenance` — the stage is the one fact about the
//! whole document the importer judges (adopted when the text states an
//! adopter and a decision date), so its provenance is where the import of
//! the whole document is recorded.

use styrdok_core::{Confidence, ImportedFrom, Provenance};
use styrdok_model::{Document, Stage};

use crate::inputs::sha256_hex;

/// Rule id of an imported document's stage when the text states who
/// adopted it and when.
pub const STAGE_ADOPTED_RULE: &str = "import-stage-from-adoption";
/// Rule id of an imported document's stage when the text does not say.
pub const STAGE_UNKNOWN_RULE: &str = "import-record";

/// The import record of a document, if import wrote it.
pub fn record(doc: &Document) -> Option<&ImportedFrom> {
    match &doc.stage_provenance {
        Provenance::Imported { input, .. } => input.as_ref(),
        _ => None,
    }
}

fn record_mut(doc: &mut Document) -> Option<&mut ImportedFrom> {
    match &mut doc.stage_provenance {
        Provenance::Imported { input, .. } => input.as_mut(),
        _ => None,
    }
}

/// Sets the stage and the import record: adopted (with the lower of the
/// adopter's and the date's confidences) when both are stated, else
/// unknown; then seals the record with the hash of the document.
pub(crate) fn stamp(doc: &mut Document, file: &str, content_sha256: &str) {
    let conf = |p: &Provenance| p.confidence().map(Confidence::value).unwrap_or(1.0);
    let (stage, rule, confidence) =
        if doc.adopted_by_as_written.is_some() && !doc.decision_date.is_unknown() {
            let c = conf(&doc.adopted_by_provenance).min(conf(&doc.decision_date_provenance));
            (Some(Stage::Adopted), STAGE_ADOPTED_RULE, c)
        } else {
            (None, STAGE_UNKNOWN_RULE, 1.0)
        };
    doc.stage = stage;
    doc.stage_provenance = Provenance::Imported {
        rule: rule.into(),
        confidence: Confidence::new(confidence),
        input: Some(ImportedFrom::new(file, content_sha256)),
    };
}

/// Seals the record: stores the hash of the document as it now is.
pub(crate) fn seal(doc: &mut Document) {
    let h = written_hash(doc);
    if let Some(r) = record_mut(doc) {
        r.written_sha256 = h;
    }
}

/// The hash of the document with its record's `written_sha256` empty.
fn written_hash(doc: &Document) -> String {
    let mut d = doc.clone();
    if let Some(r) = record_mut(&mut d) {
        r.written_sha256 = String::new();
    }
    // A Document always serializes (no maps with non-string keys).
    sha256_hex(&serde_json::to_vec(&d).unwrap_or_default())
}

/// Whether a person has changed the document since import wrote it (a
/// document without an import record was not written by import at all).
pub fn edited_since_import(doc: &Document) -> bool {
    match record(doc) {
        Some(r) => r.written_sha256 != written_hash(doc),
        None => true,
    }
}
