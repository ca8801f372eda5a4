//! From a folder of PDFs, Word documents and text files to a register, in
//! one call: [`import_into`].
//!
//! Each input is read and imported in parallel (rayon); the drafts are then
//! merged into the register one by one in the order of their sorted names,
//! so the result never depends on thread timing. For each document:
//!
//! 1. the organisation — `--org`, else the one its own front matter names
//!    ([`org`]); none or several → not added, reported as needing `--org`;
//! 2. its id (`ids`: `<org>/<kind>-<title slug>[-<year>]`, collision rule
//!    dnr then a counter) — or, for an input imported before, the id it got
//!    then: unchanged → nothing; changed and not edited since → replaced;
//!    edited → a conflict, nothing changed ([`record`]);
//! 3. every fact with its `imported` provenance (rule, confidence);
//! 4. once every document of the run is in: adopter and duty holders to the
//!    organisation's parties ([`parties`]), relation targets to documents of
//!    the register or the run, or stubs ([`targets`]); each statement's
//!    suggested control links ([`links`], status `suggested`).
//!
//! What could not be resolved stays in the document (as written, stubs,
//! candidates) for `styrdok check` to report (SD7xx), and is counted in the
//! [`ImportReport`]. See `docs/pipeline.md`.
//!
//! ```
//! use styrdok_pipeline::{ImportOptions, Input, import_into};
//! use styrdok_register::Register;
//!
//! let text = "Riktlinje för informationssäkerhet\n\n\
//!             Fastställd av Kommunfullmäktige i Solna stad den 25 juni 2018, § 129\n";
//! let mut register = Register::new();
//! let input = Input::Bytes { name: "riktlinje.txt".into(), bytes: text.into() };
//! let report = import_into(&mut register, &[input], &ImportOptions::new().with_org("solna"))?;
//! assert_eq!(report.added, 1);
//! let doc = register.documents.first().ok_or("not added")?;
//! assert!(doc.id.as_str().starts_with("solna/riktlinje-"), "{}", doc.id);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod ids;
mod inputs;
pub mod links;
mod one;
pub mod org;
pub mod parties;
pub mod record;
mod report;
mod resolve;
pub mod targets;

use std::collections::BTreeSet;
use std::path::PathBuf;

use styrdok_core::{DocumentId, OrgId};
use styrdok_import::ImportDraft;
use styrdok_register::Register;

pub use inputs::{FOLDER_ENDINGS, Input};
pub use one::{ImportedDocument, import_one};
pub use report::{ImportReport, InputOutcome, Outcome};

/// Errors that stop a run before anything is changed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PipelineError {
    /// An input path could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// What went wrong.
        #[source]
        source: std::io::Error,
    },
    /// The one input of [`import_one`] cannot be imported.
    #[error("{name}: {message}")]
    Input {
        /// The input's name.
        name: String,
        /// Why.
        message: String,
    },
    /// `--org` names no organisation of the register or the directory.
    #[error(
        "--org {given:?}: no organisation of the register or of the directory of kommuner and regioner has this id, name or SCB code"
    )]
    UnknownOrganisation {
        /// What was given.
        given: String,
    },
}

/// How to import.
#[derive(Default)]
#[non_exhaustive]
pub struct ImportOptions<'a> {
    /// The organisation of every input (an id, name or SCB code), instead
    /// of the one each document's front matter names.
    pub org: Option<String>,
    /// Called once per input as it has been read (for a progress bar).
    pub progress: Option<&'a (dyn Fn(&str) + Sync)>,
}

impl std::fmt::Debug for ImportOptions<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImportOptions")
            .field("org", &self.org)
            .field("progress", &self.progress.is_some())
            .finish()
    }
}

impl<'a> ImportOptions<'a> {
    /// Options with nothing given.
    pub fn new() -> Self {
        Self::default()
    }
    /// The same, with `--org`.
    pub fn with_org(mut self, org: impl Into<String>) -> Self {
        self.org = Some(org.into());
        self
    }
    /// The same, reporting progress to `f`.
    pub fn with_progress(mut self, f: &'a (dyn Fn(&str) + Sync)) -> Self {
        self.progress = Some(f);
        self
    }
}

/// Imports `inputs` into `reg` (see the crate documentation). An error
/// (an input path that cannot be read, an unknown `--org`) leaves the
/// register as it was; a single input that cannot be imported is reported
/// as failed and the others go on.
///
/// # Errors
///
/// `PipelineError::UnknownOrganisation` when `options` names an `--org`
/// that is neither in the register nor in the directory of kommuner and
/// regioner; `PipelineError::Io` when an input path (or a directory under
/// one) cannot be read. A single input that cannot be imported is not an
/// error: it is reported as failed.
pub fn import_into(
    reg: &mut Register,
    inputs: &[Input],
    options: &ImportOptions<'_>,
) -> Result<ImportReport, PipelineError> {
    let given = options
        .org
        .as_deref()
        .map(|g| org::given(reg, g))
        .transpose()?;
    let (sources, skipped) = inputs::expand(inputs)?;
    let reads = inputs::read_all(sources, options.progress);
    let mut report = ImportReport::default();
    let mut written: Vec<(DocumentId, ImportDraft, InputOutcome)> = Vec::new();
    for read in reads {
        let ok = match read.result {
            Ok(ok) => ok,
            Err(e) => {
                report.push(InputOutcome::new(&read.name, Outcome::Failed).note(e.to_string()));
                continue;
            }
        };
        let mut outcome = InputOutcome::new(&read.name, Outcome::Unchanged);
        outcome.notes = ok.notes;
        // The same bytes imported before: nothing to do.
        if let Some(d) = reg
            .documents
            .iter()
            .find(|d| record::record(d).is_some_and(|r| r.content_sha256 == ok.sha256))
        {
            outcome.document = Some(d.id.to_string());
            outcome.organisation = Some(d.org().to_string());
            report.push(outcome);
            continue;
        }
        let choice = match &given {
            Some(c) => c.clone(),
            None => org::recognise(reg, &org::front_matter(&ok.text)),
        };
        let org_id: OrgId = match choice {
            org::Choice::Known(id) => id,
            org::Choice::New(o) => {
                let id = o.id.clone();
                report.organisations_added.push(id.to_string());
                reg.organisations.push(*o);
                id
            }
            org::Choice::NeedsOrg(names) => {
                outcome.outcome = Outcome::NeedsOrg;
                outcome.notes.push(if names.is_empty() {
                    "no organisation recognised in the front matter: give --org".into()
                } else {
                    format!(
                        "several organisations recognised in the front matter ({}): give --org",
                        names.join(", ")
                    )
                });
                report.push(outcome);
                continue;
            }
        };
        outcome.organisation = Some(org_id.to_string());
        let file = file_name(&read.name);
        let same_file = reg.documents.iter().position(|d| {
            d.org() == org_id && file != "-" && record::record(d).is_some_and(|r| r.file == file)
        });
        let id = match same_file.and_then(|i| reg.documents.get(i)) {
            Some(old) if record::edited_since_import(old) || links::has_confirmed(reg, &old.id) => {
                outcome.outcome = Outcome::Conflict;
                outcome.document = Some(old.id.to_string());
                outcome.notes.push(format!(
                    "{} was edited since import wrote it (or a control link from it confirmed) and \
                     its input changed: nothing was changed (import the file under another name, \
                     or remove the document first)",
                    old.id
                ));
                report.push(outcome);
                continue;
            }
            Some(old) => {
                let id = old.id.clone();
                reg.documents
                    .retain(|d| !targets::is_import_stub_of(d, &id));
                links::remove_suggested(reg, &id);
                outcome.outcome = Outcome::Updated;
                id
            }
            None => {
                let taken: BTreeSet<String> =
                    reg.documents.iter().map(|d| d.id.to_string()).collect();
                let kind = ok.draft.kind.as_ref();
                let slug = match &ok.draft.title {
                    Some(t) => ids::title_slug(t, kind),
                    None => ids::title_slug(&file_stem(&file), None),
                };
                let year = ok.draft.decision_date.map(|d| d.year());
                let name = ids::name(kind, &slug, year);
                let Some(id) = ids::allocate(&org_id, &name, ok.draft.dnr.as_deref(), &taken)
                else {
                    report.push(
                        InputOutcome::new(&read.name, Outcome::Failed)
                            .note(format!("no document id can be made from {name:?}")),
                    );
                    continue;
                };
                outcome.outcome = Outcome::Added;
                id
            }
        };
        let mut doc = ok.draft.into_imported_document(id.clone(), org_id);
        record::stamp(&mut doc, &file, &ok.sha256);
        match reg.documents.iter().position(|d| d.id == id) {
            Some(i) => {
                if let Some(slot) = reg.documents.get_mut(i) {
                    *slot = doc;
                }
            }
            None => reg.documents.push(doc),
        }
        outcome.document = Some(id.to_string());
        count_fields(&ok.draft, &mut outcome, &mut report);
        written.push((id, ok.draft, outcome));
    }
    for (id, draft, mut outcome) in written {
        resolve::document(reg, &id, &draft, &mut outcome, &mut report);
        report.links_suggested += links::suggest_for(reg, &id);
        report.push(outcome);
    }
    for s in skipped {
        report.push(s);
    }
    report.inputs.sort_by(|a, b| a.input.cmp(&b.input));
    Ok(report)
}

/// The file name of an input (`-` stays `-`).
fn file_name(name: &str) -> String {
    std::path::Path::new(name)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| name.to_owned())
}

fn file_stem(file: &str) -> String {
    std::path::Path::new(file)
        .file_stem()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.to_owned())
}

/// Fields a draft leaves unknown and fields read with low confidence.
fn count_fields(draft: &ImportDraft, outcome: &mut InputOutcome, report: &mut ImportReport) {
    let unknown = [
        ("kind", draft.kind.is_none()),
        ("title", draft.title.is_none()),
        ("adopted_by", draft.adopted_by.is_none()),
        ("decision_date", draft.decision_date.is_none()),
        ("dnr", draft.dnr.is_none()),
        ("validity", draft.validity.is_none()),
        ("owner", draft.owner.is_none()),
        ("review", draft.review.is_none()),
    ];
    for (field, missing) in unknown {
        if missing {
            outcome.unknown_fields.push(field.to_owned());
        }
    }
    report.fields_unknown += outcome.unknown_fields.len();
    for (pointer, p) in &draft.provenance {
        if styrdok_core::Confidence::new(p.confidence).is_low() {
            outcome
                .low_confidence
                .push(format!("{pointer} ({}, {})", p.rule, p.confidence));
        }
    }
    report.fields_low_confidence += outcome.low_confidence.len();
}
