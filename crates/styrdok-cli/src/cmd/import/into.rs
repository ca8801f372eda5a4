//! `styrdok import PATH… --into REGISTER`: the CLI side of
//! [`styrdok_pipeline::import_into`] (load or create, import, write, summary).

use std::path::Path;

use indicatif::{ProgressBar, ProgressStyle};
use styrdok_pipeline::{ImportOptions, ImportReport, Input, Outcome};
use styrdok_register::write::{Existing, is_register_dir, write_register_dir, write_register_file};

use super::{ImportArgs, stdin_bytes};
use crate::common::{CliError, Ctx, EXIT_INVALID, EXIT_OK, TableOrJson, write_json};

pub(super) fn run(args: ImportArgs, ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    let Some(into) = args.into.as_deref() else {
        return Err(CliError::Usage("--into is needed".into()));
    };
    if args.out.is_some() {
        return Err(CliError::Usage(
            "--out is for one document without --into; with --into the register is the output"
                .into(),
        ));
    }
    let (mut reg, dir_form) = open(into)?;
    let mut inputs = Vec::new();
    for p in &args.paths {
        if p.as_os_str() == "-" {
            inputs.push(Input::Bytes {
                name: "-".into(),
                bytes: stdin_bytes()?,
            });
        } else {
            inputs.push(Input::Path(p.clone()));
        }
    }
    let bar = crate::progress::stderr_target().map(|t| {
        let b = ProgressBar::with_draw_target(None, t);
        if let Ok(style) =
            ProgressStyle::with_template("{spinner} read {pos} files ({elapsed}) {msg}")
        {
            b.set_style(style);
        }
        b
    });
    let tick = |name: &str| {
        if let Some(b) = &bar {
            b.set_message(name.to_owned());
            b.inc(1);
        }
    };
    let mut options = ImportOptions::new().with_progress(&tick);
    if let Some(org) = &args.org {
        options = options.with_org(org.clone());
    }
    let report =
        styrdok_pipeline::import_into(&mut reg, &inputs, &options).map_err(|e| match e {
            styrdok_pipeline::PipelineError::Io { path, source } => CliError::Io { path, source },
            other => CliError::Usage(other.to_string()),
        })?;
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let exists = std::fs::symlink_metadata(into).is_ok();
    if report.changed() || !exists {
        if dir_form {
            write_register_dir(&reg, into, Existing::ReplaceRegister)?;
        } else {
            write_register_file(&reg, into, Existing::ReplaceRegister)?;
        }
    }
    match args.format {
        TableOrJson::Json => write_json(ctx.out, "import-summary", &report)?,
        TableOrJson::Table => summary(&report, into, ctx)?,
    }
    let not_imported = report.failed + report.conflicts + report.needs_org;
    Ok(if not_imported > 0 {
        EXIT_INVALID
    } else {
        EXIT_OK
    })
}

/// The register at `path` and whether it is in directory form; a new one
/// when nothing is there (directory form unless the path ends in `.json`).
/// A register that cannot be read completely is refused: writing it would
/// lose what could not be read.
fn open(path: &Path) -> Result<(styrdok_register::Register, bool), CliError> {
    if std::fs::symlink_metadata(path).is_err() {
        let file_form = path.extension().is_some_and(|e| e == "json");
        return Ok((styrdok_register::Register::new(), !file_form));
    }
    let dir_form = is_register_dir(path) || path.is_dir();
    let loaded = crate::common::load_register(Some(path))?;
    if !loaded.is_complete() {
        return Err(CliError::Refused(format!(
            "{}: the register cannot be read completely ({} element(s) left out); \
             nothing was imported (run `styrdok check {}`)",
            path.display(),
            loaded.omitted,
            path.display()
        )));
    }
    let reg = crate::common::register_of(&loaded)?.clone();
    Ok((reg, dir_form))
}

fn summary(report: &ImportReport, into: &Path, ctx: &mut Ctx<'_>) -> Result<(), CliError> {
    let out = &mut *ctx.out;
    for o in &report.inputs {
        let what = match o.outcome {
            Outcome::Added => "added",
            Outcome::Updated => "updated",
            Outcome::Unchanged => "unchanged",
            Outcome::NeedsOrg => "needs --org",
            Outcome::Conflict => "conflict",
            Outcome::Failed => "failed",
            Outcome::Skipped => "skipped",
            _ => "other",
        };
        let doc = o.document.as_deref().unwrap_or("");
        writeln!(
            out,
            "{what:<12} {doc:<50} {}",
            crate::common::safe_text(&o.input)
        )?;
        if !matches!(
            o.outcome,
            Outcome::Added | Outcome::Updated | Outcome::Unchanged
        ) {
            for n in &o.notes {
                writeln!(out, "             {}", crate::common::safe_text(n))?;
            }
        }
    }
    writeln!(out)?;
    writeln!(out, "into {}:", into.display())?;
    let lines = [
        ("documents added", report.added),
        ("documents updated", report.updated),
        ("documents unchanged", report.unchanged),
        ("fields left unknown", report.fields_unknown),
        ("low-confidence fields", report.fields_low_confidence),
        ("references resolved", report.references_resolved),
        ("references unresolved", report.references_unresolved),
        ("stubs created", report.stubs_created),
        ("control links suggested", report.links_suggested),
        ("organisations added", report.organisations_added.len()),
        ("bodies and roles created", report.parties_created.len()),
        ("needing --org", report.needs_org),
        ("conflicts", report.conflicts),
        ("failed", report.failed),
        ("skipped", report.skipped),
    ];
    for (label, n) in lines {
        writeln!(out, "  {label:<26} {n}")?;
    }
    if report.needs_org > 0 {
        writeln!(
            out,
            "\nno single organisation recognised for {} input(s): import them again with --org",
            report.needs_org
        )?;
    }
    Ok(())
}
