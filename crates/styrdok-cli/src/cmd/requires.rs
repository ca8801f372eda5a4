//! `styrdok requires`: which documents, bodies and functions the register's
//! documents say must exist, and whether the register has them.

use std::path::PathBuf;

use clap::Args;
use styrdok_register::query::requires::{RequiresReport, requirements};

use crate::common::{CliError, Ctx, EXIT_OK, TableOrJson, load_register, parse_day, write_json};

/// Arguments of `styrdok requires`.
#[derive(Debug, Args)]
pub(crate) struct RequiresArgs {
    /// Only this organisation's documents (id, name or usual form).
    #[arg(long)]
    org: Option<String>,
    /// Only this document's requirements (a document id).
    #[arg(long)]
    doc: Option<String>,
    /// Check the matches' status at this date (YYYY-MM-DD); without it,
    /// whether a match exists at all.
    #[arg(long)]
    at: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: TableOrJson,
    /// A register file (default: the bundled seed register).
    path: Option<PathBuf>,
}

/// Runs `styrdok requires`.
pub(crate) fn run(args: RequiresArgs, ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    let at = args.at.as_deref().map(parse_day).transpose()?;
    let loaded = load_register(args.path.as_deref())?;
    let Some(reg) = loaded.register.as_ref() else {
        for d in &loaded.diagnostics {
            writeln!(ctx.err, "{d}")?;
        }
        return Err(CliError::Invalid(
            "the register could not be read; run `styrdok check` for the full list".into(),
        ));
    };
    let org = match &args.org {
        Some(o) => Some(crate::common::find_org(reg, o)?.id.clone()),
        None => None,
    };
    let doc = match &args.doc {
        Some(d) => Some(
            reg.document(d.trim())
                .ok_or_else(|| {
                    CliError::Usage(format!(
                        "--doc: no document {} in the register (see `styrdok status` for the ids)",
                        crate::common::quoted(d)
                    ))
                })?
                .id
                .clone(),
        ),
        None => None,
    };
    let report = requirements(reg, org.as_ref(), doc.as_ref(), at);
    match args.format {
        TableOrJson::Json => write_json(ctx.out, "requires", &report)?,
        TableOrJson::Table => print(&report, ctx)?,
    }
    Ok(EXIT_OK)
}

fn print(r: &RequiresReport, ctx: &mut Ctx<'_>) -> Result<(), CliError> {
    let out = &mut *ctx.out;
    match r.at {
        Some(d) => writeln!(out, "Requirements, with statuses at {d}")?,
        None => writeln!(out, "Requirements (statuses not checked; give --at DATE)")?,
    }
    if r.rows.is_empty() {
        writeln!(out, "no document states a requirement")?;
    }
    let mut last = None;
    for row in &r.rows {
        if last != Some(&row.document) {
            writeln!(out)?;
            writeln!(
                out,
                "{} — {}",
                row.document,
                row.document_title.as_deref().unwrap_or("(no title)")
            )?;
            last = Some(&row.document);
        }
        let what = match (&row.kind, row.target) {
            (Some(k), _) => format!("a {k}"),
            (None, t) => format!(
                "a {}",
                serde_json::to_value(t)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default()
            ),
        };
        let who = match (&row.for_member_name, &row.by_name) {
            (Some(m), Some(g)) => format!(" by {m} (each of {g})"),
            (None, Some(b)) => format!(" by {b}"),
            _ => String::new(),
        };
        writeln!(
            out,
            "  §{}  {what}{who}: {}",
            row.section.as_deref().unwrap_or("?"),
            row.what
        )?;
        if let Some(s) = &row.sentence {
            writeln!(out, "      \"{s}\"")?;
        }
        if let Some(p) = &row.per {
            writeln!(out, "      per: {p}")?;
        }
        writeln!(out, "      → {}", row.fulfilment.label().to_uppercase())?;
        for m in &row.matches {
            let status = m
                .status
                .as_deref()
                .map(|s| format!(" [{s}]"))
                .unwrap_or_default();
            writeln!(
                out,
                "        {} {}{status}: {}",
                m.id,
                m.title.as_deref().unwrap_or(""),
                m.basis.join("; ")
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::test_support::run_cli;

    #[test]
    fn seed_003_requires_two_riktlinjer_and_has_neither() {
        let (code, out, err) = run_cli(&["requires", "--org", "kommun-003"]);
        assert_eq!(code, 0, "{err}");
        assert!(
            out.contains("Kommunstyrelsen ska fastställa riktlinjer"),
            "{out}"
        );
        assert_eq!(out.matches("→ MISSING").count(), 2, "{out}");
        let (code, json, err) = run_cli(&[
            "requires",
            "--org",
            "kommun-003",
            "--format",
            "json",
            "--at",
            "2020-01-01",
        ]);
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let rows = v["rows"].as_array().unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0]["by"], "kommun-003/ks");
        assert_eq!(rows[0]["kind"], "riktlinje");
        assert_eq!(rows[0]["fulfilment"], "missing");
        assert_eq!(rows[1]["by"], "kommun-003/it-avdelningen");
        assert_eq!(
            rows[1]["statement"],
            "kommun-003/it-stod-policy#brodtext:18"
        );
    }

    #[test]
    fn per_member_rows_and_matches_with_status() {
        let (code, json, err) = run_cli(&[
            "requires",
            "--org",
            "Stockholms stad",
            "--format",
            "json",
            "--at",
            "2012-01-01",
        ]);
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let rows = v["rows"].as_array().unwrap();
        // "lokala riktlinjer" applies to each of Nämnder och styrelser.
        let local: Vec<&serde_json::Value> = rows
            .iter()
            .filter(|r| r["what"] == "lokala riktlinjer")
            .collect();
        assert!(local.len() >= 2, "{local:?}");
        assert!(local.iter().all(|r| r["for_member"].is_string()));
        // §6: classification, risk analysis, a security organisation.
        for what in [
            "informationsklassificering",
            "riskanalys",
            "säkerhetsorganisation",
        ] {
            assert!(
                rows.iter()
                    .any(|r| r["section"] == "6" && r["what"].as_str().unwrap().contains(what)),
                "{what}"
            );
        }
        let (code, _, err) = run_cli(&["requires", "--org", "Stokholm"]);
        assert_eq!(code, 1);
        assert!(
            err.contains("did you mean stockholm (Stockholms stad)"),
            "{err}"
        );
    }

    #[test]
    fn org_names_work_in_every_command() {
        // status --org "Stockholms stad", with JSON.
        let (code, json, err) = run_cli(&[
            "status",
            "--org",
            "Stockholms stad",
            "--at",
            "2012-01-01",
            "--format",
            "json",
        ]);
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["organisation"], "stockholm");
        let docs = v["documents"].as_array().unwrap();
        assert!(
            docs.iter()
                .all(|d| d["id"].as_str().unwrap().starts_with("stockholm/"))
        );
        let st = |id: &str| {
            docs.iter().find(|d| d["id"] == id).unwrap()["status"]["status"]
                .as_str()
                .unwrap()
                .to_owned()
        };
        // The e-strategi's replacement is only announced; the program's
        // adoption date is not in the text.
        assert_eq!(st("stockholm/e-strategi-2001"), "in_force");
        assert_eq!(st("stockholm/it-program"), "unknown");
        assert_eq!(docs.len(), 20);
        // The same organisation by id, short form and case.
        for name in ["stockholm", "Stockholm", "STOCKHOLMS STAD"] {
            let (code, _, err) = run_cli(&["status", "--org", name, "--at", "2012-01-01"]);
            assert_eq!(code, 0, "{name}: {err}");
        }
        let (code, _, err) = run_cli(&["duties", "--body", "KS", "--org", "Stockholms stad"]);
        assert_eq!(code, 0, "{err}");
        let (code, _, err) = run_cli(&[
            "controls",
            "coverage",
            "--org",
            "Solna stad",
            "--as-written",
        ]);
        assert_eq!(code, 0, "{err}");
        // Unknown: every command lists the known ones.
        for cmd in [
            vec!["status", "--org", "Göteborg", "--at", "2012-01-01"],
            vec!["duties", "--body", "KS", "--org", "Göteborg"],
            vec!["controls", "coverage", "--org", "Göteborg"],
            vec!["requires", "--org", "Göteborg"],
        ] {
            let (code, _, err) = run_cli(&cmd);
            assert_eq!(code, 1, "{cmd:?}");
            assert!(err.contains("haninge (Haninge kommun)"), "{cmd:?}: {err}");
        }
    }
}
