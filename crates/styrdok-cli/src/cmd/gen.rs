//! `styrdok gen --orgs N --docs-per-org M --seed S --out PATH`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use styrdok_register::generate::{ErrorKind, GenOptions, generate};

use crate::common::{CliError, Ctx, EXIT_OK};

/// Arguments of `styrdok gen`.
#[derive(Debug, Args)]
pub(crate) struct GenArgs {
    /// Number of organisations (kommuner, every 14th a region).
    #[arg(long)]
    orgs: usize,
    /// Documents per organisation.
    #[arg(long)]
    docs_per_org: usize,
    /// The seed: the same arguments always give the same register.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Where to write; must not exist yet.
    #[arg(long)]
    out: PathBuf,
    /// The form to write (default: `file` when OUT ends in `.json`, else
    /// `dir`).
    #[arg(long, value_enum)]
    form: Option<Form>,
    /// Errors to inject, as KIND=N,...; kinds: dangling-holder,
    /// dangling-target, unknown-control, replaces-later.
    #[arg(long)]
    errors: Option<String>,
}

/// The two forms of a register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Form {
    /// One JSON file.
    File,
    /// A directory: register.json, organisations/*.json, documents/**/*.json.
    Dir,
}

fn parse_errors(spec: &str) -> Result<BTreeMap<ErrorKind, usize>, CliError> {
    let mut out = BTreeMap::new();
    for part in spec.split(',').filter(|p| !p.trim().is_empty()) {
        let (k, n) = part.split_once('=').ok_or_else(|| {
            CliError::Usage(format!(
                "--errors: {part} is not KIND=N",
                part = crate::common::quoted(part)
            ))
        })?;
        let kind = ErrorKind::parse(k.trim()).ok_or_else(|| {
            let kinds: Vec<_> = ErrorKind::ALL.iter().map(|k| k.name()).collect();
            CliError::Usage(format!(
                "--errors: unknown kind {}; expected one of {}",
                crate::common::quoted(k.trim()),
                kinds.join(", ")
            ))
        })?;
        let n: usize = n.trim().parse().map_err(|_| {
            CliError::Usage(format!(
                "--errors: {part}: N must be a whole number",
                part = crate::common::quoted(part)
            ))
        })?;
        *out.entry(kind).or_insert(0) += n;
    }
    Ok(out)
}

pub(crate) fn run(args: GenArgs, ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    let errors = args
        .errors
        .as_deref()
        .map(parse_errors)
        .transpose()?
        .unwrap_or_default();
    // Never overwrite: a generated register is a new register.
    if args.out.symlink_metadata().is_ok() {
        return Err(CliError::Usage(format!(
            "{} already exists; gen writes only a new file or directory (remove it or choose another --out)",
            args.out.display()
        )));
    }
    let opts = GenOptions {
        orgs: args.orgs,
        docs_per_org: args.docs_per_org,
        seed: args.seed,
        errors,
    };
    let reg = generate(&opts).map_err(|e| CliError::Invalid(e.to_string()))?;
    let form = args
        .form
        .unwrap_or(if args.out.extension().is_some_and(|e| e == "json") {
            Form::File
        } else {
            Form::Dir
        });
    let result = match form {
        Form::File => styrdok_register::dir::write_file(&reg, &args.out),
        Form::Dir => styrdok_register::dir::write_dir(&reg, &args.out),
    };
    result.map_err(|e| match e {
        styrdok_register::RegisterError::Io { path, source } => CliError::Io { path, source },
        other => CliError::Invalid(other.to_string()),
    })?;
    writeln!(
        ctx.err,
        "wrote {} organisations and {} documents to {}",
        reg.organisations.len(),
        reg.documents.len(),
        args.out.display()
    )?;
    Ok(EXIT_OK)
}

#[cfg(test)]
mod tests {
    fn run(args: &[&str]) -> (i32, String) {
        let mut out = Vec::new();
        let mut err = Vec::new();
        let code = crate::run(args, &mut out, &mut err);
        (code, String::from_utf8_lossy(&err).into_owned())
    }

    /// `styrdok gen --orgs ORGS --docs-per-org DOCS --out OUT` and `more`.
    fn generate(orgs: &str, docs: &str, out: &str, more: &[&str]) -> (i32, String) {
        let mut args = vec![
            "styrdok",
            "gen",
            "--orgs",
            orgs,
            "--docs-per-org",
            docs,
            "--out",
            out,
        ];
        args.extend_from_slice(more);
        run(&args)
    }

    #[test]
    fn gen_then_check_exits_0_in_both_forms() {
        let Ok(dir) = tempfile::tempdir() else {
            panic!("no temporary directory");
        };
        for (name, form) in [("reg.json", "file"), ("reg", "dir")] {
            let p = dir.path().join(name);
            let p = p.to_string_lossy();
            let (code, err) = generate("3", "30", &p, &["--seed", "7", "--form", form]);
            assert_eq!(code, 0, "{err}");
            let (code, err) = run(&["styrdok", "check", &p, "--at", "2026-01-01"]);
            assert_eq!(code, 0, "{err}");
        }
    }

    #[test]
    fn gen_refuses_an_existing_target_and_leaves_it_alone() {
        let Ok(dir) = tempfile::tempdir() else {
            panic!("no temporary directory");
        };
        let p = dir.path().join("thesis.json");
        assert!(std::fs::write(&p, "my thesis").is_ok());
        let ps = p.to_string_lossy();
        let (code, err) = generate("1", "10", &ps, &[]);
        assert_eq!(code, 2);
        assert!(err.contains("already exists"), "{err}");
        assert_eq!(
            std::fs::read_to_string(&p).ok().as_deref(),
            Some("my thesis")
        );
    }

    #[test]
    fn injected_errors_make_check_fail_and_bad_kinds_are_usage_errors() {
        let Ok(dir) = tempfile::tempdir() else {
            panic!("no temporary directory");
        };
        let p = dir.path().join("bad.json");
        let ps = p.to_string_lossy();
        let (code, err) = generate("2", "20", &ps, &["--errors", "dangling-holder=2"]);
        assert_eq!(code, 0, "{err}");
        let (code, _) = run(&["styrdok", "check", &ps]);
        assert_eq!(code, 1);
        let q = dir.path().join("x.json");
        let (code, err) = generate("1", "1", &q.to_string_lossy(), &["--errors", "nonsense=1"]);
        assert_eq!(code, 2);
        assert!(err.contains("unknown kind"), "{err}");
    }
}
