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
    #![allow(clippy::unwrap_used)]
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

    fn names(dir: &std::path::Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn convert_refuses_a_directory_that_is_not_a_register() {
        let tmp = tempfile::tempdir().unwrap();
        let victim = tmp.path().join("victim");
        std::fs::create_dir(&victim).unwrap();
        std::fs::write(victim.join("thesis.tex"), "thesis").unwrap();
        let v = victim.to_str().unwrap();
        for args in [vec!["convert", v], vec!["convert", v, "--force"]] {
            let (code, _, err) = run(&args);
            assert_eq!(code, 2, "{err}");
            assert!(err.contains("not a register directory"), "{err}");
        }
        assert_eq!(
            std::fs::read_to_string(victim.join("thesis.tex")).unwrap(),
            "thesis"
        );
        // `victim/.` and `victim/sub/..` are the same directory.
        std::fs::create_dir(victim.join("sub")).unwrap();
        for p in ["victim/.", "victim/sub/.."] {
            let t = tmp.path().join(p);
            let (code, _, err) = run(&["convert", t.to_str().unwrap(), "--force"]);
            assert_eq!(code, 2, "{err}");
        }
        assert_eq!(names(tmp.path()), vec!["victim"]);
        assert_eq!(names(&victim), vec!["sub", "thesis.tex"]);
    }

    #[test]
    fn convert_onto_a_register_directory_needs_force_and_keeps_other_files() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("self");
        let d = dir.to_str().unwrap();
        assert_eq!(run(&["convert", d]).0, 0);
        std::fs::create_dir(dir.join(".git")).unwrap();
        std::fs::write(dir.join(".git/HEAD"), "ref").unwrap();
        std::fs::write(dir.join("README.md"), "readme").unwrap();
        std::fs::write(dir.join("NOTES.md"), "notes").unwrap();
        let (code, _, err) = run(&["convert", d, "--from", d]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("--force"), "{err}");
        let (code, _, err) = run(&["convert", d, "--from", d, "--force"]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(
            std::fs::read_to_string(dir.join(".git/HEAD")).unwrap(),
            "ref"
        );
        assert_eq!(
            std::fs::read_to_string(dir.join("README.md")).unwrap(),
            "readme"
        );
        assert_eq!(
            std::fs::read_to_string(dir.join("NOTES.md")).unwrap(),
            "notes"
        );
        assert_eq!(run(&["check", d]).0, 0);
        // Into a path inside the source: refused, the source unchanged.
        let docs = dir.join("documents");
        let before = std::fs::read_dir(&docs).unwrap().count();
        let (code, _, err) = run(&["convert", docs.to_str().unwrap(), "--from", d, "--force"]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("inside the register"), "{err}");
        let inner = dir.join("copy.json");
        let (code, _, _) = run(&["convert", inner.to_str().unwrap(), "--from", d]);
        assert_eq!(code, 2);
        assert!(!inner.exists());
        assert_eq!(std::fs::read_dir(&docs).unwrap().count(), before);
        assert_eq!(names(tmp.path()), vec!["self"]);
    }

    #[test]
    fn convert_onto_a_plain_file_is_refused_and_leaves_it_alone() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("notes");
        std::fs::write(&file, "mine").unwrap();
        let (code, _, err) = run(&["convert", file.to_str().unwrap(), "--force"]);
        assert_eq!(code, 2, "{err}");
        let json = tmp.path().join("data.json");
        std::fs::write(&json, "[1, 2]").unwrap();
        let (code, _, err) = run(&["convert", json.to_str().unwrap(), "--force"]);
        assert_eq!(code, 2, "{err}");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
        assert_eq!(std::fs::read_to_string(&json).unwrap(), "[1, 2]");
        assert_eq!(names(tmp.path()), vec!["data.json", "notes"]);
    }

    #[test]
    fn a_downgraded_shape_code_never_lets_a_register_shrink() {
        let tmp = tempfile::tempdir().unwrap();
        let reg = tmp.path().join("reg.json");
        let text = r#"{"format_version": "1",
          "settings": {"severity": {"SD111": "warning", "SD201": "info"}},
          "organisations": [{"id": "ort", "name": "Ort", "kind": "kommun"}],
          "documents": [
            {"id": "ort/a", "kind": "policy"},
            {"id": "ort/b", "kind": "policy", "surprise": 1}
          ]}"#;
        std::fs::write(&reg, text).unwrap();
        let r = reg.to_str().unwrap();
        let (code, _, err) = run(&["check", r]);
        assert_eq!(code, 1, "{err}");
        let (code, _, err) = run(&["convert", r, "--from", r, "--force"]);
        assert_eq!(code, 1, "{err}");
        assert_eq!(std::fs::read_to_string(&reg).unwrap(), text);
    }

    #[test]
    fn duplicate_ids_in_directory_form_are_an_error_everywhere() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("reg");
        let d = dir.to_str().unwrap();
        assert_eq!(run(&["convert", d]).0, 0);
        // A second file holding the same document.
        std::fs::copy(
            dir.join("documents/stockholm/it-program.json"),
            dir.join("documents/stockholm/copy.json"),
        )
        .unwrap();
        let (code, out, _) = run(&["check", d]);
        assert_eq!(code, 1);
        assert!(out.contains("SD201"), "{out}");
        let out_file = tmp.path().join("out.json");
        let (code, _, _) = run(&["convert", out_file.to_str().unwrap(), "--from", d]);
        assert_eq!(code, 1);
        assert!(!out_file.exists());
    }
}
