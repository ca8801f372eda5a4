//! The `styrdok` command line, as a library.
//!
//! [`run`] parses the arguments, runs the command and returns the exit code:
//! 0 on success; 1 when the input is invalid (including malformed JSON) or,
//! for `diff`, when the registers differ; 2 on usage or I/O errors. Every
//! command that prints data has `--format json`; human output is a table.
//! Without a PATH, commands use the bundled seed register.
//!
//! ```
//! let mut out = Vec::new();
//! let mut err = Vec::new();
//! let code = styrdok_cli::run(["styrdok", "--version"], &mut out, &mut err);
//! assert_eq!(code, 0);
//! ```

use std::ffi::OsString;
use std::io::Write;

use clap::{Parser, Subcommand};

mod cmd;
mod common;
mod progress;

pub use common::{CliError, EXIT_INVALID, EXIT_OK, EXIT_USAGE};

/// The JSON Schemas `styrdok schema` prints (see `docs/integrators.md`).
pub mod schemas {
    pub use crate::cmd::schema::{
        BASE_URI, OUTPUT_FORMAT_VERSION, SchemaEntry, SchemaKind, entry, schemas, to_text,
    };
}

/// styrdok: Swedish municipal governance documents (styrdokument) as a typed,
/// validated, queryable model.
///
/// Without a command, checks the bundled seed register (`styrdok check`).
#[derive(Debug, Parser)]
#[command(
    name = "styrdok",
    version,
    about = "Swedish municipal governance documents (styrdokument) as a typed, validated, queryable model.\nWithout a command, checks the bundled seed register.",
    after_help = "Without a PATH, commands use the bundled seed register. Every command that prints data takes --format json.\nExit codes: 0 success; 1 invalid input (for diff: the registers differ); 2 usage or I/O error."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Load and check a register (default: the bundled seed register).
    Check(cmd::check::CheckArgs),
    /// Status of every document at a date.
    Status(cmd::graph::StatusArgs),
    /// Export the document graph (DOT, Mermaid or JSON).
    Graph(cmd::graph::GraphArgs),
    /// Predecessors and successors of one document.
    Lineage(cmd::graph::LineageArgs),
    /// Control catalogues: list, show, map, suggest, coverage, export, import.
    Controls(cmd::controls::ControlsArgs),
    /// Import documents (text, PDF, .docx; files, folders) into a register
    /// (--into), or turn one into a draft document.
    Import(cmd::import::ImportArgs),
    /// What a body is responsible for at a date.
    Duties(cmd::register::DutiesArgs),
    /// The RACI matrix of one document or the whole register.
    Raci(cmd::register::RaciArgs),
    /// Documents due for review before a date, by owner.
    Review(cmd::register::ReviewArgs),
    /// The difference between two registers (exit 1 when they differ, 2 when
    /// one cannot be read completely).
    Diff(cmd::register::DiffArgs),
    /// What the documents say must exist (documents, bodies, functions), and
    /// whether the register has it.
    Requires(cmd::requires::RequiresArgs),
    /// Print or write the JSON Schemas of every format and JSON output.
    Schema(cmd::schema::SchemaArgs),
    /// Write a register as one file or as a directory (atomically).
    Convert(cmd::convert::ConvertArgs),
    /// Generate a synthetic register (deterministic, valid by construction).
    Gen(cmd::r#gen::GenArgs),
    /// A self-contained HTML report: overview, timeline, graph, coverage, RACI, diagnostics.
    Report(cmd::report::ReportArgs),
    /// One table per concept as Parquet or CSV files, for DuckDB, pandas, R, Spark.
    Export(cmd::export::ExportArgs),
}

/// Runs the command line `args` (the first item is the program name),
/// writing data to `out` and messages to `err`; returns the exit code.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { EXIT_USAGE } else { EXIT_OK };
            let text = e.render().to_string();
            let _ = if code == EXIT_OK {
                out.write_all(text.as_bytes())
            } else {
                err.write_all(text.as_bytes())
            };
            return code;
        }
    };
    let mut ctx = common::Ctx { out, err };
    let result = match cli.command {
        None => cmd::check::run(cmd::check::CheckArgs::default(), &mut ctx),
        Some(Command::Check(a)) => cmd::check::run(a, &mut ctx),
        Some(Command::Schema(a)) => cmd::schema::run(a, &mut ctx),
        Some(Command::Convert(a)) => cmd::convert::run(a, &mut ctx),
        Some(Command::Gen(a)) => cmd::r#gen::run(a, &mut ctx),
        Some(Command::Status(a)) => cmd::graph::status(a, &mut ctx),
        Some(Command::Graph(a)) => cmd::graph::graph(a, &mut ctx),
        Some(Command::Lineage(a)) => cmd::graph::lineage(a, &mut ctx),
        Some(Command::Controls(a)) => cmd::controls::run(a, &mut ctx),
        Some(Command::Import(a)) => cmd::import::run(a, &mut ctx),
        Some(Command::Duties(a)) => cmd::register::duties(a, &mut ctx),
        Some(Command::Raci(a)) => cmd::register::raci(a, &mut ctx),
        Some(Command::Review(a)) => cmd::register::review(a, &mut ctx),
        Some(Command::Diff(a)) => cmd::register::diff(a, &mut ctx),
        Some(Command::Report(a)) => cmd::report::run(a, &mut ctx),
        Some(Command::Export(a)) => cmd::export::run(a, &mut ctx),
        Some(Command::Requires(a)) => cmd::requires::run(a, &mut ctx),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(ctx.err, "error: {}", common::safe_text(&e.to_string()));
            e.exit_code()
        }
    }
}

/// Helpers for the command modules' unit tests.
#[cfg(test)]
pub(crate) mod test_support {
    /// Runs the CLI in-process with `args` (without the program name);
    /// returns (exit code, stdout, stderr).
    pub(crate) fn run_cli(args: &[&str]) -> (i32, String, String) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let argv = std::iter::once("styrdok").chain(args.iter().copied());
        let code = crate::run(argv, &mut out, &mut err);
        (
            code,
            String::from_utf8(out).expect("utf-8 stdout"),
            String::from_utf8(err).expect("utf-8 stderr"),
        )
    }
}
