//! `styrdok export`: one table per concept as CSV or Parquet files.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use styrdok_report::export::{Format, write_tables};

use crate::cmd::report::to_cli;
use crate::common::{CliError, Ctx, EXIT_OK, load_register, parse_day, today};

/// Table formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum TableFormat {
    /// Apache Parquet (uncompressed).
    Parquet,
    /// CSV with a header row.
    Csv,
}

/// Arguments of `styrdok export`.
#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    /// A register file or directory (default: the bundled seed register).
    path: Option<PathBuf>,
    /// The file format.
    #[arg(long, value_enum)]
    format: TableFormat,
    /// The directory to write (created when missing; an existing one must
    /// be empty or an earlier export).
    #[arg(long)]
    out: PathBuf,
    /// Give each document's status at this day, YYYY-MM-DD (without it the
    /// status columns are empty).
    #[arg(long)]
    at: Option<String>,
}

pub(crate) fn run(args: ExportArgs, ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    let at = args.at.as_deref().map(parse_day).transpose()?;
    let mut loaded = load_register(args.path.as_deref())?;
    styrdok_register::check_loaded(&mut loaded, Some(at.map_or_else(today, Ok)?));
    let reg = crate::common::register_of(&loaded)?;
    let format = match args.format {
        TableFormat::Parquet => Format::Parquet,
        TableFormat::Csv => Format::Csv,
    };
    let files = write_tables(reg, &loaded.diagnostics, at, format, &args.out).map_err(to_cli)?;
    writeln!(
        ctx.err,
        "wrote {} files to {}",
        files.len(),
        args.out.display()
    )?;
    Ok(EXIT_OK)
}

#[cfg(test)]
mod tests {
    use crate::test_support::run_cli;

    #[test]
    fn exports_csv_and_parquet() {
        let dir = tempfile::tempdir().unwrap();
        for f in ["csv", "parquet"] {
            let out = dir.path().join(f);
            let (code, _, err) = run_cli(&[
                "export",
                "--format",
                f,
                "--at",
                "2006-01-01",
                "--out",
                out.to_str().unwrap(),
            ]);
            assert_eq!(code, 0, "{err}");
            assert!(out.join(format!("documents.{f}")).is_file());
            assert!(out.join("manifest.json").is_file());
        }
        let (code, _, err) = run_cli(&[
            "export",
            "--format",
            "csv",
            "--out",
            dir.path().to_str().unwrap(),
        ]);
        assert_eq!(
            code, 2,
            "a non-empty directory styrdok did not write: {err}"
        );
    }
}
