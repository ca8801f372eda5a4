//! `styrdok convert OUT [--from PATH] [--to file|dir]`.

use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use styrdok_register::write::{Existing, resolve_target, write_register_dir, write_register_file};

use crate::common::{CliError, Ctx, EXIT_INVALID, EXIT_OK, load_register};

/// Arguments of `styrdok convert`.
#[derive(Debug, Args)]
pub(crate) struct ConvertArgs {
    /// Where to write: a `.json` file or a directory. An existing target
    /// must be a register (replaced only with `--force`) or an empty
    /// directory; anything else is refused.
    out: PathBuf,
    /// The register to convert (a file or a directory; default: the bundled
    /// seed register).
    #[arg(long)]
    from: Option<PathBuf>,
    /// The form to write (default: `file` when OUT ends in `.json`, else
    /// `dir`).
    #[arg(long, value_enum)]
    to: Option<Form>,
    /// Replace an existing register at OUT. In a register directory only
    /// the register's own files are replaced (`register.json`,
    /// `organisations/**/*.json`, `documents/**/*.json`); everything else
    /// (`.git`, notes) is kept.
    #[arg(long)]
    force: bool,
}

/// The two forms of a register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Form {
    /// One JSON file.
    File,
    /// A directory: register.json, organisations/*.json, documents/**/*.json.
    Dir,
}

/// Refuses a target inside the register being converted (`--from reg
/// reg/documents`): writing there would mix the copy into the original.
fn check_not_inside(from: Option<&Path>, out: &Path) -> Result<(), CliError> {
    let Some(from) = from else {
        return Ok(());
    };
    let source = std::fs::canonicalize(from).map_err(|source| CliError::Io {
        path: from.to_path_buf(),
        source,
    })?;
    let target = resolve_target(out)?;
    if target != source && target.starts_with(&source) {
        return Err(CliError::Refused(format!(
            "{}: is inside the register being converted ({}); write it elsewhere (nothing was written)",
            out.display(),
            from.display()
        )));
    }
    Ok(())
}

pub(crate) fn run(args: ConvertArgs, ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    let loaded = load_register(args.from.as_deref())?;
    // Never write a register with errors or with elements that could not be
    // read: they would be lost.
    let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
    let Some(reg) = loaded
        .register
        .as_ref()
        .filter(|_| errors.is_empty() && loaded.omitted == 0)
    else {
        for d in &errors {
            writeln!(ctx.err, "{d}")?;
        }
        writeln!(
            ctx.err,
            "error: the register has {} error(s){}; nothing was written (run `styrdok check`)",
            errors.len(),
            if loaded.omitted > 0 {
                format!(" and {} element(s) that could not be read", loaded.omitted)
            } else {
                String::new()
            }
        )?;
        return Ok(EXIT_INVALID);
    };
    let form = args
        .to
        .unwrap_or(if args.out.extension().is_some_and(|e| e == "json") {
            Form::File
        } else {
            Form::Dir
        });
    check_not_inside(args.from.as_deref(), &args.out)?;
    let existing = if args.force {
        Existing::ReplaceRegister
    } else {
        Existing::Refuse
    };
    match form {
        Form::File => write_register_file(reg, &args.out, existing)?,
        Form::Dir => write_register_dir(reg, &args.out, existing)?,
    }
    writeln!(
        ctx.out,
        "wrote {} organisation(s) and {} document(s) to {} ({})",
        reg.organisations.len(),
        reg.documents.len(),
        args.out.display(),
        match form {
            Form::File => "one file",
            Form::Dir => "directory",
        }
    )?;
    Ok(EXIT_OK)
}

#[cfg(test)]
mod tests {
    use crate::test_support::run_cli as run;

    #[test]
    fn convert_to_dir_and_back_checks_clean() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("seeds");
        let d = dir.to_str().unwrap();
        let (code, out, err) = run(&["convert", d]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("directory"), "{out}");
        let (code, _, _) = run(&["check", d]);
        assert_eq!(code, 0);
        let file = tmp.path().join("seeds.json");
        let f = file.to_str().unwrap();
        let (code, _, err) = run(&["convert", f, "--from", d]);
        assert_eq!(code, 0, "{err}");
        let a: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let b: serde_json::Value = serde_json::from_str(styrdok_register::BUNDLED_JSON).unwrap();
        assert_eq!(a, b);
    }

    #[test]
    fn convert_refuses_a_register_with_errors() {
        let tmp = tempfile::tempdir().unwrap();
        let bad = tmp.path().join("bad.json");
        std::fs::write(&bad, r#"{"format_version": "1", "documents": [{"id": "x/y", "kind": "policy", "decision_date": "2018-02-30"}]}"#).unwrap();
        let out = tmp.path().join("out.json");
        let (code, _, err) = run(&[
            "convert",
            out.to_str().unwrap(),
            "--from",
            bad.to_str().unwrap(),
        ]);
        assert_eq!(code, 1);
        assert!(err.contains("SD113"), "{err}");
        assert!(!out.exists());
    }
}
