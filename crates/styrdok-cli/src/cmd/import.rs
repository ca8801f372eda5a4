//! `styrdok import FILE [--format json] [--out FILE]`.

use std::path::PathBuf;

use clap::Args;

use crate::common::{CliError, Ctx, EXIT_OK, TableOrJson, write_atomic};

/// Arguments of `styrdok import`.
#[derive(Debug, Args)]
pub(crate) struct ImportArgs {
    /// The plain text of one document (UTF-8).
    pub(crate) file: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableOrJson::Table)]
    pub(crate) format: TableOrJson,
    /// Write the output to this file (atomically) instead of stdout.
    #[arg(long)]
    pub(crate) out: Option<PathBuf>,
}

pub(crate) fn run(args: ImportArgs, ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    let bytes = std::fs::read(&args.file).map_err(|source| CliError::Io {
        path: args.file.clone(),
        source,
    })?;
    let text = String::from_utf8_lossy(&bytes);
    let draft = styrdok_import::import(&text);
    let rendered = match args.format {
        TableOrJson::Json => {
            let mut s = draft
                .to_json()
                .map_err(|e| CliError::Invalid(e.to_string()))?;
            s.push('\n');
            s
        }
        TableOrJson::Table => draft.summary(),
    };
    match &args.out {
        Some(path) => write_atomic(path, rendered.as_bytes())?,
        None => ctx.out.write_all(rendered.as_bytes())?,
    }
    Ok(EXIT_OK)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    /// Runs the CLI; `args` include the program name.
    fn run(args: &[&str]) -> (i32, String, String) {
        crate::test_support::run_cli(&args[1..])
    }

    fn seed(name: &str) -> String {
        format!("{}/../../data/seeds/{name}.txt", env!("CARGO_MANIFEST_DIR"))
    }

    #[test]
    fn json_contract() {
        let (code, out, _) = run(&[
            "styrdok",
            "import",
            &seed("004_4c60dbe115476b24"),
            "--format",
            "json",
        ]);
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        for key in [
            "kind",
            "title",
            "adopted_by",
            "decision_date",
            "dnr",
            "validity",
            "owner",
            "relations",
            "duties",
            "provenance",
        ] {
            assert!(v.get(key).is_some(), "missing {key}");
        }
        assert_eq!(v["kind"], "policy");
        assert_eq!(v["adopted_by"]["name"], "Kommunfullmäktige");
        assert_eq!(v["adopted_by"]["kind"], "fullmaktige");
        assert_eq!(v["decision_date"], "2018-05-28");
        assert!(v["dnr"].is_null());
        // Deterministic.
        let (_, again, _) = run(&[
            "styrdok",
            "import",
            &seed("004_4c60dbe115476b24"),
            "--format",
            "json",
        ]);
        assert_eq!(out, again);
    }

    #[test]
    fn summary_and_out_file() {
        let (code, out, _) = run(&["styrdok", "import", &seed("002_81470e80bb465a5a")]);
        assert_eq!(code, 0);
        assert!(out.contains("Kommunstyrelsen (styrelse)"), "{out}");
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("draft.json");
        let (code, out, _) = run(&[
            "styrdok",
            "import",
            &seed("001_b90bddabf8e63766"),
            "--format",
            "json",
            "--out",
            target.to_str().unwrap(),
        ]);
        assert_eq!(code, 0);
        assert!(out.is_empty());
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
        assert_eq!(v["kind"], "program");
    }

    #[test]
    fn unreadable_file_is_exit_2_with_path() {
        let (code, _, err) = run(&["styrdok", "import", "/no/such/file.txt"]);
        assert_eq!(code, 2);
        assert!(err.contains("/no/such/file.txt"), "{err}");
    }
}
