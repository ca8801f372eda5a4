//! `styrdok report`: the register as a self-contained HTML report.

use std::path::PathBuf;

use clap::Args;
use styrdok_core::OrgId;
use styrdok_report::{Options, ReportError, render, render_split, write_report, write_split};

use crate::common::{CliError, Ctx, EXIT_OK, load_register, parse_day, today};

/// Arguments of `styrdok report`.
#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    /// A register file or directory (default: the bundled seed register).
    path: Option<PathBuf>,
    /// The day statuses and coverage refer to, YYYY-MM-DD (default: today).
    #[arg(long)]
    at: Option<String>,
    /// Only this organisation (its id, e.g. `stockholm`).
    #[arg(long)]
    org: Option<String>,
    /// Where to write: an HTML file, or with --split a directory. An
    /// existing file is replaced only if styrdok wrote it.
    #[arg(long)]
    out: PathBuf,
    /// Write an index page plus one page per organisation into the
    /// directory --out (for large registers).
    #[arg(long, conflicts_with = "org")]
    split: bool,
}

/// A single page larger than this suggests --split.
const SPLIT_HINT_BYTES: usize = 5 * 1024 * 1024;

pub(crate) fn to_cli(e: ReportError) -> CliError {
    match e {
        ReportError::Io { path, source } => CliError::Io { path, source },
        other => CliError::Usage(other.to_string()),
    }
}

pub(crate) fn run(args: ReportArgs, ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    let at = match args.at.as_deref() {
        Some(a) => parse_day(a)?,
        None => today()?,
    };
    let mut loaded = load_register(args.path.as_deref())?;
    styrdok_register::check_loaded(&mut loaded, Some(at));
    let reg = crate::common::register_of(&loaded)?;
    let mut opts = Options::new(Some(at));
    if let Some(o) = args.org.as_deref() {
        let org: OrgId = o.parse().map_err(|e| {
            CliError::Usage(format!("--org {o}: {e}", o = crate::common::quoted(o)))
        })?;
        if !reg.documents.iter().any(|d| d.org() == org) && reg.organisation(org.as_str()).is_none()
        {
            return Err(CliError::Invalid(format!(
                "no organisation {org} in the register"
            )));
        }
        opts = opts.organisation(org);
    }
    if args.split {
        let pages = render_split(reg, &loaded.diagnostics, &opts);
        let files = write_split(&args.out, &pages).map_err(to_cli)?;
        let biggest = pages.iter().map(|p| p.html.len()).max().unwrap_or(0);
        writeln!(
            ctx.err,
            "wrote {} pages to {} (largest {:.1} MB)",
            files.len(),
            args.out.display(),
            biggest as f64 / 1_048_576.0
        )?;
    } else {
        let html = render(reg, &loaded.diagnostics, &opts);
        write_report(&args.out, &html).map_err(to_cli)?;
        writeln!(
            ctx.err,
            "wrote {} ({:.1} MB)",
            args.out.display(),
            html.len() as f64 / 1_048_576.0
        )?;
        if html.len() > SPLIT_HINT_BYTES {
            writeln!(
                ctx.err,
                "note: the page is over 5 MB; --split writes an index plus one page per organisation"
            )?;
        }
    }
    Ok(EXIT_OK)
}

#[cfg(test)]
mod tests {
    use crate::test_support::run_cli;

    #[test]
    fn writes_the_seed_report_and_refuses_foreign_files() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("r.html");
        let p = out.to_str().unwrap();
        let (code, _, err) = run_cli(&["report", "--at", "2010-01-01", "--out", p]);
        assert_eq!(code, 0, "{err}");
        let html = std::fs::read_to_string(&out).unwrap();
        assert!(html.contains("<html lang=\"sv\">"));
        // again: ours, replaced
        let (code, _, err) =
            run_cli(&["report", "--at", "2010-01-01", "--org", "solna", "--out", p]);
        assert_eq!(code, 0, "{err}");
        // someone else's file: refused, untouched, exit 2
        let theirs = dir.path().join("theirs.html");
        std::fs::write(&theirs, "mine").unwrap();
        let (code, _, err) = run_cli(&["report", "--out", theirs.to_str().unwrap()]);
        assert_eq!(code, 2);
        assert!(err.contains("will not overwrite"), "{err}");
        assert_eq!(std::fs::read_to_string(&theirs).unwrap(), "mine");
        let (code, _, _) = run_cli(&["report", "--org", "nowhere", "--out", p]);
        assert_eq!(code, 1);
        let site = dir.path().join("site");
        let (code, _, err) = run_cli(&["report", "--split", "--out", site.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        assert!(site.join("index.html").is_file() && site.join("org-stockholm.html").is_file());
    }
}
