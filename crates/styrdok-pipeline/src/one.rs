//! One document, without a register: what `styrdok import FILE --format
//! json` prints. The document in the register's own format (with its
//! `imported` provenance), the organisation it would be added with, its
//! stubs and suggested control links, and the draft alongside (every field's
//! original lines, text, rule and confidence) — the draft and the document
//! carry the same facts.

use schemars::JsonSchema;
use serde::Serialize;
use styrdok_import::ImportDraft;
use styrdok_model::Document;
use styrdok_org::Organisation;
use styrdok_register::{ControlLinkRecord, Register};

use crate::{ImportOptions, Input, InputOutcome, Outcome, PipelineError, import_into};

/// One imported document with everything it brings.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct ImportedDocument {
    /// The document, as a register holds it; `null` when no single
    /// organisation was recognised and none was given (see `needs_org`).
    pub document: Option<Document>,
    /// The organisation the document belongs to, as it would be added to a
    /// register that lacks it (with any body or role import created).
    pub organisation: Option<Organisation>,
    /// Stub documents for the citations that fit no document.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub stubs: Vec<Document>,
    /// Suggested control links from the document's statements.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub control_links: Vec<ControlLinkRecord>,
    /// Why there is no document (no organisation, or several, recognised).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub needs_org: Vec<String>,
    /// The draft the document was made from, with each field's provenance
    /// (original lines and text, rule, confidence).
    pub draft: ImportDraft,
}

/// Imports one input (`name` and its `bytes`) on its own, into an empty
/// register: the document, its organisation and stubs as
/// [`import_into`] would add them.
///
/// # Errors
///
/// `PipelineError::Input` when the bytes cannot be imported (empty, not
/// text, too large, unsupported); `PipelineError::UnknownOrganisation`
/// when `org` names no known organisation.
pub fn import_one(
    name: &str,
    bytes: Vec<u8>,
    org: Option<&str>,
) -> Result<ImportedDocument, PipelineError> {
    let draft = styrdok_import::import_bytes(&bytes).map_err(|e| PipelineError::Input {
        name: name.to_owned(),
        message: e.to_string(),
    })?;
    let mut reg = Register::new();
    let mut options = ImportOptions::new();
    if let Some(o) = org {
        options = options.with_org(o);
    }
    let input = Input::Bytes {
        name: name.to_owned(),
        bytes,
    };
    let report = import_into(&mut reg, &[input], &options)?;
    let outcome: Option<&InputOutcome> = report.inputs.first();
    let needs_org = match outcome {
        Some(o) if o.outcome == Outcome::NeedsOrg => o
            .notes
            .iter()
            .filter(|n| n.contains("--org"))
            .cloned()
            .collect(),
        _ => Vec::new(),
    };
    let (stubs, docs): (Vec<Document>, Vec<Document>) =
        reg.documents.into_iter().partition(Document::is_stub);
    Ok(ImportedDocument {
        document: docs.into_iter().next(),
        organisation: reg.organisations.into_iter().next(),
        stubs,
        control_links: reg.control_links,
        needs_org,
        draft,
    })
}
