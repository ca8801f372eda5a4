//! `styrdok check [PATH]`.

use schemars::JsonSchema;
use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::Args;
use serde::Serialize;
use styrdok_core::{Diagnostic, Severity};

use crate::common::{
    CliError, Ctx, EXIT_INVALID, EXIT_OK, TableOrJson, cell, load_register, safe_text, write_json,
};

/// Arguments of `styrdok check`.
#[derive(Debug, Default, Args)]
pub(crate) struct CheckArgs {
    /// A register file (default: the bundled seed register).
    pub(crate) path: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    pub(crate) format: TableOrJson,
    /// The date for date-dependent checks (review overdue), YYYY-MM-DD;
    /// default: today.
    #[arg(long)]
    pub(crate) at: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub(crate) struct OrgSummary {
    id: String,
    name: String,
    kind: String,
    profile: Option<String>,
    bodies: usize,
    roles: usize,
    groups: usize,
    documents: BTreeMap<String, usize>,
    stubs: usize,
    duties: usize,
    statements: usize,
}

#[derive(Debug, Serialize, JsonSchema)]
pub(crate) struct CheckReport {
    file: Option<String>,
    ok: bool,
    errors: usize,
    warnings: usize,
    infos: usize,
    organisations: Vec<OrgSummary>,
    documents: Vec<DocLine>,
    diagnostics: Vec<Diagnostic>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub(crate) struct DocLine {
    id: String,
    kind: String,
    title: Option<String>,
    stub: bool,
    adopted_by: Option<String>,
    decision_date: String,
}

pub(crate) fn run(args: CheckArgs, ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    let at = args
        .at
        .as_deref()
        .map(crate::common::parse_day)
        .transpose()?;
    let mut loaded = load_register(args.path.as_deref())?;
    // Cross-checks (kommunallagen, review overdue at --at, default today;
    // graph integrity) — styrdok_register::checks, added by the queries work;
    // today is taken in UTC (chrono's clock feature is off).
    let at = at.or_else(|| {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_secs();
        chrono::DateTime::from_timestamp(secs as i64, 0).map(|t| t.date_naive())
    });
    styrdok_register::check_loaded(&mut loaded, at);
    let mut organisations = Vec::new();
    let mut documents = Vec::new();
    if let Some(reg) = &loaded.register {
        for o in &reg.organisations {
            let docs: Vec<_> = reg.documents.iter().filter(|d| d.org() == o.id).collect();
            let mut by_kind = BTreeMap::new();
            for d in docs.iter().filter(|d| !d.is_stub()) {
                *by_kind.entry(d.kind.to_string()).or_insert(0) += 1;
            }
            organisations.push(OrgSummary {
                id: o.id.to_string(),
                name: o.name.clone(),
                kind: o.kind.id().to_owned(),
                profile: o.profile.clone(),
                bodies: o.bodies.len(),
                roles: o.roles.len(),
                groups: o.groups.len(),
                documents: by_kind,
                stubs: docs.iter().filter(|d| d.is_stub()).count(),
                duties: docs.iter().map(|d| d.duties.len()).sum(),
                statements: docs.iter().map(|d| d.statements.len()).sum(),
            });
        }
        for d in &reg.documents {
            documents.push(DocLine {
                id: d.id.to_string(),
                kind: d.kind.to_string(),
                title: d.title.clone(),
                stub: d.is_stub(),
                adopted_by: d.adopted_by.as_ref().map(ToString::to_string),
                decision_date: d.decision_date.to_string(),
            });
        }
    }
    let count = |s| {
        loaded
            .diagnostics
            .iter()
            .filter(|d| d.severity == s)
            .count()
    };
    let report = CheckReport {
        file: loaded.file.clone(),
        ok: !loaded.has_errors(),
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        infos: count(Severity::Info),
        organisations,
        documents,
        diagnostics: loaded.diagnostics.clone(),
    };
    match args.format {
        TableOrJson::Json => write_json(ctx.out, "check", &report)?,
        TableOrJson::Table => print_table(&report, ctx)?,
    }
    Ok(if report.ok { EXIT_OK } else { EXIT_INVALID })
}

fn print_table(r: &CheckReport, ctx: &mut Ctx<'_>) -> Result<(), CliError> {
    let out = &mut *ctx.out;
    writeln!(
        out,
        "Register: {}",
        safe_text(r.file.as_deref().unwrap_or("-"))
    )?;
    if !r.organisations.is_empty() {
        writeln!(out)?;
        writeln!(
            out,
            "{:<26} {:<9} {:<24} {:>6} {:>5} {:>6} {:>5} {:>6}  documents by kind",
            "organisation", "kind", "profile", "bodies", "roles", "groups", "stubs", "duties"
        )?;
        for o in &r.organisations {
            let kinds: Vec<String> = o
                .documents
                .iter()
                .map(|(k, n)| format!("{} {n}", cell(k)))
                .collect();
            writeln!(
                out,
                "{:<26} {:<9} {:<24} {:>6} {:>5} {:>6} {:>5} {:>6}  {}",
                cell(&o.id),
                cell(&o.kind),
                cell(o.profile.as_deref().unwrap_or("-")),
                o.bodies,
                o.roles,
                o.groups,
                o.stubs,
                o.duties,
                if kinds.is_empty() {
                    "-".to_owned()
                } else {
                    kinds.join(", ")
                }
            )?;
        }
        writeln!(out)?;
        let w = r
            .documents
            .iter()
            .map(|d| cell(&d.id).chars().count())
            .max()
            .unwrap_or(8)
            .max(8);
        let a = r
            .documents
            .iter()
            .map(|d| cell(d.adopted_by.as_deref().unwrap_or("-")).chars().count())
            .max()
            .unwrap_or(10)
            .max(10);
        writeln!(
            out,
            "{:<w$} {:<11} {:<5} {:<20} {:<a$} title",
            "document", "kind", "stub", "decided", "adopted by"
        )?;
        for d in &r.documents {
            writeln!(
                out,
                "{:<w$} {:<11} {:<5} {:<20} {:<a$} {}",
                cell(&d.id),
                cell(&d.kind),
                if d.stub { "stub" } else { "" },
                cell(&d.decision_date),
                cell(d.adopted_by.as_deref().unwrap_or("-")),
                cell(d.title.as_deref().unwrap_or("-"))
            )?;
        }
    }
    writeln!(out)?;
    for d in &r.diagnostics {
        writeln!(out, "{}", safe_text(&d.to_string()))?;
    }
    writeln!(
        out,
        "{}: {} error(s), {} warning(s), {} info(s)",
        if r.ok { "ok" } else { "FAILED" },
        r.errors,
        r.warnings,
        r.infos
    )?;
    Ok(())
}
