//! `styrdok duties`, `styrdok raci`, `styrdok review`, `styrdok diff`.
//!
//! Each reads a register file (default: the bundled seed register); a
//! register with errors is still queried, with a note on stderr.

use std::path::PathBuf;

use clap::Args;
use styrdok_register::query::{
    self, DutiesReport, DutyEntry, GraphStatus, HeldAs, RaciMatrix, ReviewReport,
};
use styrdok_register::{Loaded, Register};

use crate::common::{
    CliError, Ctx, EXIT_INVALID, EXIT_OK, TableOrJson, load_register, parse_day, write_atomic,
    write_json,
};

/// Arguments of `styrdok duties`.
#[derive(Debug, Args)]
pub(crate) struct DutiesArgs {
    /// The body, role or group, as people write it ("KS", "Kommunstyrelsen",
    /// "stockholm/ks").
    #[arg(long)]
    body: String,
    /// Only in this organisation (id or name).
    #[arg(long)]
    org: Option<String>,
    /// Only duties of documents in force at this date (YYYY-MM-DD); without
    /// it, the duties of every document.
    #[arg(long)]
    at: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: TableOrJson,
    /// A register file (default: the bundled seed register).
    path: Option<PathBuf>,
}

/// Output formats of `styrdok raci`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
enum RaciFormat {
    /// A plain-text table.
    #[default]
    Table,
    /// CSV.
    Csv,
    /// A Markdown table.
    Markdown,
    /// JSON.
    Json,
}

/// Arguments of `styrdok raci`.
#[derive(Debug, Args)]
pub(crate) struct RaciArgs {
    /// One document's matrix (default: the whole register).
    #[arg(long)]
    doc: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: RaciFormat,
    /// Write to this file (atomically) instead of standard output.
    #[arg(long)]
    out: Option<PathBuf>,
    /// A register file (default: the bundled seed register).
    path: Option<PathBuf>,
}

/// Arguments of `styrdok review`.
#[derive(Debug, Args)]
pub(crate) struct ReviewArgs {
    /// List documents whose review is due before this date (YYYY-MM-DD).
    #[arg(long)]
    before: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: TableOrJson,
    /// A register file (default: the bundled seed register).
    path: Option<PathBuf>,
}

/// Arguments of `styrdok diff`.
#[derive(Debug, Args)]
pub(crate) struct DiffArgs {
    /// The old register file.
    old: PathBuf,
    /// The new register file.
    new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: TableOrJson,
}

/// Loads a register for a query: I/O errors end the command (exit 2), an
/// unreadable file is invalid input (exit 1), errors inside the file are
/// noted on stderr and the readable part is queried.
fn load(path: Option<&std::path::Path>, ctx: &mut Ctx<'_>) -> Result<Register, CliError> {
    let loaded: Loaded = load_register(path)?;
    let name = loaded.file.clone().unwrap_or_default();
    let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
    match loaded.register {
        None => Err(CliError::Invalid(format!(
            "{name} cannot be read as a register:\n{}",
            loaded
                .diagnostics
                .iter()
                .map(|d| format!("  {d}"))
                .collect::<Vec<_>>()
                .join("\n")
        ))),
        Some(reg) => {
            if errors > 0 {
                writeln!(
                    ctx.err,
                    "note: {name} has {errors} error(s) (see `styrdok check`); querying what could be read"
                )?;
            }
            Ok(reg)
        }
    }
}

fn body_names(reg: &Register, org: Option<&str>) -> String {
    let mut lines = Vec::new();
    for o in &reg.organisations {
        if org.is_some_and(|q| q != o.id.as_str() && q != o.name) {
            continue;
        }
        let mut names: Vec<String> = o
            .bodies
            .iter()
            .map(|b| format!("{} ({})", b.name, b.id))
            .collect();
        names.extend(o.groups.iter().map(|g| format!("{} ({})", g.name, g.id)));
        names.extend(o.roles.iter().map(|r| format!("{} ({})", r.name, r.id)));
        lines.push(format!("  {}: {}", o.name, names.join(", ")));
    }
    lines.join("\n")
}

pub(crate) fn duties(args: DutiesArgs, ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    let at = args.at.as_deref().map(parse_day).transpose()?;
    let reg = load(args.path.as_deref(), ctx)?;
    // --org as people type it; resolve_party takes the id.
    let org_id = match &args.org {
        Some(o) => Some(crate::common::find_org(&reg, o)?.id.clone()),
        None => None,
    };
    let parties = query::resolve_party(&reg, &args.body, org_id.as_ref());
    if parties.is_empty() {
        return Err(CliError::Invalid(format!(
            "no body, role or group {}{} in the register; its bodies, groups and roles are:\n{}",
            crate::common::quoted(&args.body),
            args.org
                .as_deref()
                .map(|o| format!(" in {o}"))
                .unwrap_or_default(),
            body_names(&reg, None)
        )));
    }
    let status = GraphStatus::new(&reg);
    let report = query::duties_of(&reg, &parties, at, &status);
    match args.format {
        TableOrJson::Json => write_json(ctx.out, "duties", &report)?,
        TableOrJson::Table => print_duties(&report, ctx)?,
    }
    Ok(EXIT_OK)
}

fn held(e: &DutyEntry) -> String {
    match &e.held_as {
        HeldAs::Holder => String::new(),
        HeldAs::Group { group } => format!(" [via group {group}]"),
        HeldAs::Role { role } => format!(" [role {role}]"),
        HeldAs::Counterpart => format!(" [counterpart of {}]", e.holder),
        HeldAs::Via => format!(" [via, for {}]", e.holder),
        _ => String::new(),
    }
}

fn print_duties(r: &DutiesReport, ctx: &mut Ctx<'_>) -> Result<(), CliError> {
    let out = &mut *ctx.out;
    for p in &r.parties {
        writeln!(
            out,
            "{} ({}, {}){}",
            p.name,
            p.id,
            p.organisation,
            r.at.map(|d| format!(" at {d}")).unwrap_or_default()
        )?;
        let mine = |v: &[DutyEntry]| {
            v.iter()
                .filter(|e| e.party == p.id)
                .cloned()
                .collect::<Vec<_>>()
        };
        let certain = mine(&r.duties);
        let maybe = mine(&r.may_apply);
        if certain.is_empty() && maybe.is_empty() {
            writeln!(out, "  (no duties)")?;
        }
        write_duty_lines(out, &certain)?;
        if !maybe.is_empty() {
            writeln!(
                out,
                "  may apply (the document's status at the date is unknown):"
            )?;
            write_duty_lines(out, &maybe)?;
        }
        writeln!(out)?;
    }
    writeln!(
        out,
        "{} duties, {} that may apply",
        r.duties.len(),
        r.may_apply.len()
    )?;
    Ok(())
}

fn write_duty_lines(out: &mut dyn std::io::Write, v: &[DutyEntry]) -> Result<(), CliError> {
    let mut last_doc = None;
    for e in v {
        if last_doc != Some(&e.document) {
            writeln!(
                out,
                "  {}{}",
                e.document,
                e.document_title
                    .as_deref()
                    .map(|t| format!(" — {t}"))
                    .unwrap_or_default()
            )?;
            last_doc = Some(&e.document);
        }
        writeln!(
            out,
            "    {} §{:<5} {}{}",
            e.letter.letter(),
            e.section.as_deref().unwrap_or("-"),
            e.text,
            held(e)
        )?;
    }
    Ok(())
}

pub(crate) fn raci(args: RaciArgs, ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    let reg = load(args.path.as_deref(), ctx)?;
    let doc = match &args.doc {
        None => None,
        Some(id) => match reg.document(id) {
            Some(d) => Some(d.id.clone()),
            None => {
                let with_duties: Vec<&str> = reg
                    .documents
                    .iter()
                    .filter(|d| !d.duties.is_empty())
                    .map(|d| d.id.as_str())
                    .collect();
                return Err(CliError::Invalid(format!(
                    "no document {id} in the register; documents with duties: {}",
                    with_duties.join(", "),
                    id = crate::common::quoted(id)
                )));
            }
        },
    };
    let m = query::raci_matrix(&reg, doc.as_ref());
    let text = render_raci(&m, args.format)?;
    match &args.out {
        Some(path) => write_atomic(path, text.as_bytes())?,
        // Tables, Markdown and CSV on a terminal: no raw control characters
        // from the register (JSON escapes its own).
        None if args.format == RaciFormat::Json => ctx.out.write_all(text.as_bytes())?,
        None => ctx
            .out
            .write_all(crate::common::safe_text(&text).as_bytes())?,
    }
    for d in &m.diagnostics {
        writeln!(ctx.err, "{}", crate::common::safe_text(&d.to_string()))?;
    }
    Ok(EXIT_OK)
}

fn render_raci(m: &RaciMatrix, format: RaciFormat) -> Result<String, CliError> {
    Ok(match format {
        RaciFormat::Table => m.to_table(),
        RaciFormat::Markdown => m.to_markdown(),
        RaciFormat::Csv => m
            .to_csv()
            .map_err(|e| CliError::Invalid(format!("cannot write CSV: {e}")))?,
        RaciFormat::Json => crate::cmd::schema::output_text("raci", m)?,
    })
}

pub(crate) fn review(args: ReviewArgs, ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    let before = parse_day(&args.before)?;
    let reg = load(args.path.as_deref(), ctx)?;
    let status = GraphStatus::new(&reg);
    let report = query::review_due(&reg, before, &status);
    match args.format {
        TableOrJson::Json => write_json(ctx.out, "review", &report)?,
        TableOrJson::Table => print_review(&report, ctx)?,
    }
    Ok(EXIT_OK)
}

fn print_review(r: &ReviewReport, ctx: &mut Ctx<'_>) -> Result<(), CliError> {
    let out = &mut *ctx.out;
    let section = |out: &mut dyn std::io::Write,
                   title: &str,
                   m: &std::collections::BTreeMap<String, Vec<query::ReviewEntry>>|
     -> Result<(), CliError> {
        writeln!(out, "{title}")?;
        if m.is_empty() {
            writeln!(out, "  (none)")?;
        }
        for (owner, entries) in m {
            writeln!(out, "  owner {owner}")?;
            for e in entries {
                let basis = match &e.review {
                    query::ReviewBasis::Stated => "stated".to_owned(),
                    query::ReviewBasis::Interval { years, source } => {
                        format!("every {years} year(s), {source}")
                    }
                    _ => String::new(),
                };
                writeln!(
                    out,
                    "    {:<50} due {:<12} ({basis}){}",
                    e.document.as_str(),
                    e.deadline.to_string(),
                    e.title
                        .as_deref()
                        .map(|t| format!("  {t}"))
                        .unwrap_or_default()
                )?;
            }
        }
        Ok(())
    };
    section(out, &format!("Due for review before {}:", r.before), &r.due)?;
    section(
        out,
        "May be due (partial or unknown dates, or status unknown):",
        &r.maybe_due,
    )?;
    Ok(())
}

/// Loads a register for `diff`: it must be read completely, or a document
/// that could not be read would show as removed (exit 2).
fn load_whole(path: &std::path::Path) -> Result<Register, CliError> {
    let loaded = load_register(Some(path))?;
    let name = path.display();
    match loaded.register {
        Some(reg) if loaded.omitted == 0 => Ok(reg),
        _ => {
            let shown: Vec<String> = loaded
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .take(10)
                .map(|d| format!("  {d}"))
                .collect();
            Err(CliError::Refused(format!(
                "{name} cannot be read completely ({} element(s) left out), so it cannot be \
                 compared:\n{}",
                loaded.omitted.max(1),
                shown.join("\n")
            )))
        }
    }
}

pub(crate) fn diff(args: DiffArgs, ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    let old = load_whole(&args.old)?;
    let new = load_whole(&args.new)?;
    let d = query::diff(&old, &new);
    match args.format {
        TableOrJson::Json => write_json(ctx.out, "diff", &d)?,
        TableOrJson::Table => {
            let out = &mut *ctx.out;
            if d.is_empty() {
                writeln!(out, "the registers are equal")?;
            }
            let list = |out: &mut dyn std::io::Write, sign: &str, what: &str, ids: &[String]| {
                ids.iter()
                    .try_for_each(|id| writeln!(out, "{sign} {what} {id}"))
            };
            list(out, "+", "document", &d.documents_added)?;
            list(out, "-", "document", &d.documents_removed)?;
            for c in &d.documents_changed {
                let f: Vec<&str> = c.fields.iter().map(|f| f.field.as_str()).collect();
                writeln!(out, "~ document {}: {}", c.id, f.join(", "))?;
            }
            list(out, "+", "organisation", &d.organisations_added)?;
            list(out, "-", "organisation", &d.organisations_removed)?;
            for c in &d.organisations_changed {
                let f: Vec<&str> = c.fields.iter().map(|f| f.field.as_str()).collect();
                writeln!(out, "~ organisation {}: {}", c.id, f.join(", "))?;
            }
            list(out, "+", "party", &d.parties_added)?;
            list(out, "-", "party", &d.parties_removed)?;
            for c in &d.parties_changed {
                let f: Vec<&str> = c.fields.iter().map(|f| f.field.as_str()).collect();
                writeln!(out, "~ party {}: {}", c.id, f.join(", "))?;
            }
            for p in &d.other_parts_changed {
                writeln!(out, "~ {p}")?;
            }
        }
    }
    Ok(if d.is_empty() { EXIT_OK } else { EXIT_INVALID })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    fn fixture() -> String {
        format!(
            "{}/../styrdok-register/tests/fixtures/queries/exby.register.json",
            env!("CARGO_MANIFEST_DIR")
        )
    }

    use crate::test_support::run_cli as run;

    #[test]
    fn duties_of_ks_on_the_bundled_register() {
        let (code, out, _) = run(&["duties", "--body", "Kommunstyrelsen"]);
        assert_eq!(code, 0);
        assert!(out.contains("stockholm/it-program"), "{out}");
        assert!(out.contains("§3.2"), "{out}");
        assert!(out.contains("ägare av de gemensamma systemen"), "{out}");
        let (code, json, _) = run(&[
            "duties",
            "--body",
            "KS",
            "--org",
            "stockholm",
            "--format",
            "json",
        ]);
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["parties"][0]["id"], "stockholm/ks");
        assert!(
            v["duties"]
                .as_array()
                .unwrap()
                .iter()
                .any(|d| d["section"] == "3.2")
        );
    }

    #[test]
    fn an_unknown_body_lists_the_bodies() {
        let f = fixture();
        let (code, out, err) = run(&["duties", "--body", "socialnämnden", &f]);
        assert_eq!(code, 1);
        assert!(out.is_empty());
        assert!(err.contains("Barn- och utbildningsnämnden"), "{err}");
        assert!(err.contains("Kommunstyrelsen"), "{err}");
        let (code, _, err) = run(&["duties", "--body", "KS", "--org", "nowhere", &f]);
        assert_eq!(code, 1);
        assert!(err.contains("exby"), "{err}");
    }

    #[test]
    fn duties_at_a_date_show_what_may_apply() {
        let f = fixture();
        let (code, out, _) = run(&[
            "duties",
            "--body",
            "KS",
            "--org",
            "exby",
            "--at",
            "2015-01-01",
            &f,
        ]);
        assert_eq!(code, 0);
        let (before, after) = out.split_once("may apply").unwrap();
        assert!(before.contains("exby/it-policy-2010"), "{out}");
        assert!(!before.contains("exby/it-policy-2019"), "{out}");
        assert!(after.contains("exby/riktlinje-e-post"), "{out}");
        let (code, _, err) = run(&["duties", "--body", "KS", "--at", "2015-01", &f]);
        assert_eq!(code, 2, "{err}");
    }

    #[test]
    fn raci_of_the_it_program_in_every_format() {
        let (code, table, _) = run(&["raci", "--doc", "stockholm/it-program"]);
        assert_eq!(code, 0);
        // The table shows names (the library's test checks all five).
        let header = table.lines().next().unwrap();
        for n in ["Kommunfullmäktige", "IT-rådet", "Nämnder och styrelser"] {
            assert!(header.contains(n), "{n}: {header}");
        }
        let (_, csv, _) = run(&["raci", "--doc", "stockholm/it-program", "--format", "csv"]);
        assert!(csv.starts_with("activity,Kommunfullmäktige,"), "{csv}");
        let (_, md, _) = run(&[
            "raci",
            "--doc",
            "stockholm/it-program",
            "--format",
            "markdown",
        ]);
        assert!(md.starts_with("| activity | Kommunfullmäktige |"), "{md}");
        let (_, json, _) = run(&["raci", "--doc", "stockholm/it-program", "--format", "json"]);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert!(v["rows"].as_array().unwrap().len() > 10);
        let (code, _, err) = run(&["raci", "--doc", "stockholm/nothing"]);
        assert_eq!(code, 1);
        assert!(err.contains("stockholm/it-program"), "{err}");
    }

    #[test]
    fn raci_out_writes_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("raci.csv");
        let f = fixture();
        let (code, out, _) = run(&[
            "raci",
            "--format",
            "csv",
            "--out",
            path.to_str().unwrap(),
            &f,
        ]);
        assert_eq!(code, 0);
        assert!(out.is_empty());
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("activity,documents,"), "{text}");
        // Only the file itself is left in the directory (no temporary file).
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn review_before_a_date() {
        let f = fixture();
        let (code, out, _) = run(&["review", "--before", "2023-06-01", &f]);
        assert_eq!(code, 0);
        let (due, maybe) = out.split_once("May be due").unwrap();
        assert!(
            due.contains("owner exby/klk") && due.contains("exby/it-policy-2019"),
            "{out}"
        );
        assert!(maybe.contains("exby/skolplan"), "{out}");
        let (_, json, _) = run(&["review", "--before", "2024-01-01", "--format", "json", &f]);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["due"]["exby/bun"][0]["document"], "exby/skolplan");
    }

    #[test]
    fn diff_exits_1_when_registers_differ() {
        let f = fixture();
        let (code, out, _) = run(&["diff", &f, &f]);
        assert_eq!((code, out.trim()), (0, "the registers are equal"));
        let dir = tempfile::tempdir().unwrap();
        let changed = dir.path().join("new.json");
        let text = std::fs::read_to_string(&f)
            .unwrap()
            .replace("\"title\": \"IT-policy\"", "\"title\": \"IT-policy 2.0\"");
        std::fs::write(&changed, text).unwrap();
        let (code, out, _) = run(&["diff", &f, changed.to_str().unwrap()]);
        assert_eq!(code, 1);
        assert_eq!(out.trim(), "~ document exby/it-policy-2019: title");
        let (code, json, _) = run(&["diff", &f, changed.to_str().unwrap(), "--format", "json"]);
        assert_eq!(code, 1);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(
            v["documents_changed"][0]["fields"][0]["new"],
            "IT-policy 2.0"
        );
        let (code, _, _) = run(&["diff", &f, "/nonexistent/register.json"]);
        assert_eq!(code, 2);
    }

    #[test]
    fn diff_of_an_unreadable_register_exits_2_and_removes_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("reg");
        let d = dir.to_str().unwrap();
        assert_eq!(run(&["convert", d]).0, 0);
        let copy = tmp.path().join("copy");
        let c = copy.to_str().unwrap();
        assert_eq!(run(&["convert", c]).0, 0);
        assert_eq!(run(&["diff", d, c]).0, 0);
        // One document unreadable: not "removed", but exit 2.
        std::fs::write(copy.join("documents/stockholm/it-program.json"), "{").unwrap();
        let (code, out, err) = run(&["diff", d, c]);
        assert_eq!(code, 2, "{out}{err}");
        assert!(!out.contains("- document"), "{out}");
        assert!(err.contains("cannot be read completely"), "{err}");
        // A missing file listed in the layout: the same.
        std::fs::remove_file(copy.join("documents/stockholm/it-program.json")).unwrap();
        let (code, out, _) = run(&["diff", d, c]);
        assert_eq!(code, 2);
        assert!(out.is_empty(), "{out}");
    }
}
