//! `styrdok import PATH… [--org ORG] --into REGISTER [--format json]` and
//! `styrdok import FILE [--format json] [--out FILE]`.
//!
//! With `--into`: files, folders (recursively; only .txt, .pdf and .docx
//! inside folders) and `-` (standard input) are imported into the register
//! by [`styrdok_pipeline::import_into`], which the register is created for
//! when it does not exist (a path ending in `.json` is a file, anything else
//! a directory) and then written atomically through
//! [`styrdok_register::write`] — only over a register, never over anything
//! else. The summary (documents added, updated, unchanged; fields left
//! unknown; low-confidence fields; unresolved references; inputs needing
//! `--org`) goes to stdout, as JSON with `--format json`; a progress bar to
//! stderr on a terminal. Exit 1 when an input was not imported (unreadable,
//! a conflict, needing `--org`), after writing the others.
//!
//! Without `--into`: one document. `--format json` prints it as a register
//! holds it (organisation recognised or `--org`, `imported` provenance,
//! stubs, suggested control links) with the draft alongside (each field's
//! lines, text, rule and confidence): `styrdok_pipeline::import_one`. The
//! table format prints a readable summary of the draft.
//! Reads plain text (UTF-8, UTF-16, Windows-1252), PDF (text layer) and
//! Word documents (.docx); says on stderr what it read. An empty file, a
//! binary, an image or a scanned PDF is refused with exit 1; a missing
//! file, a directory or a file over the size limit with exit 2.

use std::path::{Path, PathBuf};

use clap::Args;

use crate::common::{CliError, Ctx, EXIT_OK, TableOrJson, write_atomic};

mod into;

/// Arguments of `styrdok import`.
#[derive(Debug, Args)]
pub(crate) struct ImportArgs {
    /// Documents: files (plain text in UTF-8, UTF-16 or Windows-1252, PDF
    /// with a text layer, Word .docx), folders (with --into) or `-` for
    /// standard input.
    #[arg(required = true, value_name = "PATH")]
    pub(crate) paths: Vec<PathBuf>,
    /// Import into this register (created when it does not exist: a path
    /// ending in .json is a file, anything else a directory).
    #[arg(long, value_name = "REGISTER")]
    pub(crate) into: Option<PathBuf>,
    /// The organisation of every document (id, name or SCB code), instead
    /// of the one each document's front matter names.
    #[arg(long, value_name = "ORG")]
    pub(crate) org: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TableOrJson::Table)]
    pub(crate) format: TableOrJson,
    /// Write the output to this file (atomically) instead of stdout.
    #[arg(long)]
    pub(crate) out: Option<PathBuf>,
}

pub(crate) fn run(args: ImportArgs, ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    if args.into.is_some() {
        return into::run(args, ctx);
    }
    let [file] = args.paths.as_slice() else {
        return Err(CliError::Usage(
            "several documents need --into REGISTER (without it, import reads one file)".into(),
        ));
    };
    if args.org.is_some() && args.format != TableOrJson::Json {
        return Err(CliError::Usage(
            "--org needs --into REGISTER or --format json".into(),
        ));
    }
    let bytes = read_bytes(file)?;
    let input = styrdok_import::input::read_bytes(&bytes).map_err(|e| error(file, e))?;
    let read_as = input.read_as.clone();
    let notes = input.notes.clone();
    writeln!(ctx.err, "{}: read as {read_as}", file.display())?;
    for note in notes {
        writeln!(ctx.err, "{}: {note}", file.display())?;
    }
    let draft = styrdok_import::import_input(input);
    let rendered = match args.format {
        TableOrJson::Json => {
            let name = file.display().to_string();
            let one = styrdok_pipeline::import_one(&name, bytes, args.org.as_deref()).map_err(
                |e| match e {
                    styrdok_pipeline::PipelineError::Input { .. } => {
                        CliError::Invalid(e.to_string())
                    }
                    other => CliError::Usage(other.to_string()),
                },
            )?;
            crate::cmd::schema::output_text("import", &one)?
        }
        TableOrJson::Table => draft.summary(),
    };
    match &args.out {
        Some(path) => write_atomic(path, rendered.as_bytes())?,
        None => ctx.out.write_all(rendered.as_bytes())?,
    }
    Ok(EXIT_OK)
}

/// The bytes of one file, or of standard input for `-`.
fn read_bytes(file: &Path) -> Result<Vec<u8>, CliError> {
    if file.as_os_str() == "-" {
        return stdin_bytes();
    }
    styrdok_import::input::read_file_bytes(file).map_err(|e| error(file, e))
}

/// All of standard input.
fn stdin_bytes() -> Result<Vec<u8>, CliError> {
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map_err(|source| {
        CliError::Io {
            path: PathBuf::from("-"),
            source,
        }
    })?;
    Ok(bytes)
}

/// The CLI error for an import error: the input itself is bad (empty, not
/// text, a scan) → exit 1; it could not be read or is over a limit → exit 2.
fn error(path: &std::path::Path, e: styrdok_import::ImportError) -> CliError {
    match e {
        styrdok_import::ImportError::Read { path, source } => CliError::Io { path, source },
        e if e.is_bad_input() => CliError::Invalid(format!("{}: {e}", path.display())),
        e => CliError::Io {
            path: path.to_owned(),
            source: std::io::Error::other(e.to_string()),
        },
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use std::path::Path;

    /// Runs the CLI; `args` include the program name.
    fn run(args: &[&str]) -> (i32, String, String) {
        crate::test_support::run_cli(&args[1..])
    }

    /// `styrdok import INPUT EXTRA…`.
    fn import(input: &Path, extra: &[&str]) -> (i32, String, String) {
        let mut a = vec!["styrdok", "import", input.to_str().unwrap()];
        a.extend_from_slice(extra);
        run(&a)
    }

    /// `styrdok import INPUT --into INTO EXTRA…`.
    fn import_into(input: &Path, into: &Path, extra: &[&str]) -> (i32, String, String) {
        let mut a = vec!["--into", into.to_str().unwrap()];
        a.extend_from_slice(extra);
        import(input, &a)
    }

    fn seed(name: &str) -> String {
        format!("{}/../../data/seeds/{name}.txt", env!("CARGO_MANIFEST_DIR"))
    }

    #[test]
    fn json_contract() {
        let solna = seed("004_4c60dbe115476b24");
        let args = [
            "styrdok", "import", &solna, "--org", "0586", "--format", "json",
        ];
        let (code, out, _) = run(&args);
        assert_eq!(code, 0);
        let whole: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(whole["document"]["kind"], "policy");
        assert_eq!(
            whole["document"]["adopted_by_provenance"]["basis"],
            "imported"
        );
        let v = whole["draft"].clone();
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
        let (_, again, _) = run(&args);
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
        assert_eq!(v["draft"]["kind"], "program");
    }

    #[test]
    fn unreadable_file_is_exit_2_with_path() {
        let (code, _, err) = run(&["styrdok", "import", "/no/such/file.txt"]);
        assert_eq!(code, 2);
        assert!(err.contains("/no/such/file.txt"), "{err}");
    }

    #[test]
    fn says_what_it_read_on_stderr() {
        let dir = tempfile::tempdir().unwrap();
        let text = std::fs::read_to_string(seed("002_81470e80bb465a5a")).unwrap();
        let bom = dir.path().join("bom.txt");
        std::fs::write(&bom, [b"\xef\xbb\xbf".as_slice(), text.as_bytes()].concat()).unwrap();
        let (code, out, err) = run(&["styrdok", "import", bom.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        assert!(
            err.contains("read as text, UTF-8 with byte-order mark"),
            "{err}"
        );
        assert!(
            out.contains("read as:        text, UTF-8 with byte-order mark"),
            "{out}"
        );
        assert!(out.contains("Kommunstyrelsen (styrelse)"), "{out}");
        let latin = dir.path().join("latin.txt");
        std::fs::write(
            &latin,
            b"Riktlinje f\xf6r IT\n\nAntagen av kommunfullm\xe4ktige 2020-01-15\n",
        )
        .unwrap();
        let (code, out, err) = import(&latin, &["--format", "json"]);
        assert_eq!(code, 0, "{err}");
        assert!(err.contains("Windows-1252"), "{err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["draft"]["title"], "Riktlinje för IT");
        assert_eq!(v["draft"]["read_as"]["encoding"], "windows-1252");
        assert!(v["document"].is_null(), "no organisation: {v}");
        assert!(v["needs_org"][0].as_str().unwrap().contains("--org"), "{v}");
    }

    #[test]
    fn empty_binary_and_directory_inputs_fail_with_what_they_are() {
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("empty.txt");
        std::fs::write(&empty, b"").unwrap();
        let (code, out, err) = run(&["styrdok", "import", empty.to_str().unwrap()]);
        assert_eq!(code, 1, "{err}");
        assert!(out.is_empty());
        assert!(
            err.contains("empty.txt") && err.contains("empty (0 bytes)"),
            "{err}"
        );
        let bin = dir.path().join("x.bin");
        std::fs::write(
            &bin,
            (0..2048).map(|i| (i % 256) as u8).collect::<Vec<u8>>(),
        )
        .unwrap();
        let (code, _, err) = run(&["styrdok", "import", bin.to_str().unwrap()]);
        assert_eq!(code, 1, "{err}");
        assert!(err.contains("binary data"), "{err}");
        let png = dir.path().join("scan.png");
        std::fs::write(&png, b"\x89PNG\r\n\x1a\n rest").unwrap();
        let (code, _, err) = run(&["styrdok", "import", png.to_str().unwrap()]);
        assert_eq!(code, 1);
        assert!(err.contains("PNG image"), "{err}");
        let (code, _, err) = run(&["styrdok", "import", dir.path().to_str().unwrap()]);
        assert_eq!(code, 2);
        assert!(err.contains("not a regular file"), "{err}");
    }

    const NO_ORG: &str =
        "Riktlinje för arkiv\n\nAntagen av kommunstyrelsen 2019-04-08\n\nArkivet ska vårdas.\n";

    #[test]
    fn into_needs_org_then_org_by_scb_code_creates_the_register() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in");
        std::fs::create_dir(&input).unwrap();
        std::fs::write(input.join("arkiv.txt"), NO_ORG).unwrap();
        let reg = dir.path().join("reg.json");
        let (code, out, err) = import(&input, &["--into", reg.to_str().unwrap()]);
        assert_eq!(code, 1, "{out}{err}");
        assert!(out.contains("needs --org"), "{out}");
        assert!(out.contains("import them again with --org"), "{out}");
        // Nothing added, but the new register exists (empty).
        let text = std::fs::read_to_string(&reg).unwrap();
        assert!(!text.contains("arkiv"), "{text}");
        // Mjölby's SCB kommunkod.
        let (code, out, err) = import(
            &input,
            &[
                "--org",
                "0586",
                "--into",
                reg.to_str().unwrap(),
                "--format",
                "json",
            ],
        );
        assert_eq!(code, 0, "{out}{err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["added"], 1, "{out}");
        assert_eq!(v["organisations_added"][0], "mjolby", "{out}");
        let loaded = styrdok_register::load_path(&reg).unwrap();
        let r = loaded.register.unwrap();
        let d = r.document("mjolby/riktlinje-for-arkiv-2019").unwrap();
        assert_eq!(d.adopted_by.as_deref(), Some("mjolby/ks"));
        let (code, out, _) = run(&["styrdok", "check", reg.to_str().unwrap()]);
        assert_eq!(code, 0, "{out}");
    }

    #[test]
    fn into_refuses_a_file_that_is_not_a_register_and_an_unknown_org() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("arkiv.txt");
        std::fs::write(&input, NO_ORG).unwrap();
        let notes = dir.path().join("notes.json");
        std::fs::write(&notes, "[1, 2, 3]").unwrap();
        let (code, _, err) = import_into(&input, &notes, &["--org", "mjolby"]);
        assert_ne!(code, 0, "{err}");
        assert_eq!(std::fs::read_to_string(&notes).unwrap(), "[1, 2, 3]");
        let reg = dir.path().join("new-register");
        let (code, _, err) = import_into(&input, &reg, &["--org", "Ingenstans"]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains("Ingenstans"), "{err}");
        assert!(!reg.exists(), "nothing written");
    }

    #[test]
    fn into_an_edited_copy_is_a_conflict_and_the_register_stays() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("arkiv.txt");
        std::fs::write(&input, NO_ORG).unwrap();
        let reg = dir.path().join("reg");
        let args = |extra: &[&str]| import_into(&input, &reg, extra);
        let (code, out, err) = args(&["--org", "mjolby"]);
        assert_eq!(code, 0, "{out}{err}");
        let doc = reg.join("documents/mjolby/riktlinje-for-arkiv-2019.json");
        // A person confirms the title.
        let text = std::fs::read_to_string(&doc).unwrap();
        let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v.as_object_mut().unwrap().remove("title_provenance");
        std::fs::write(&doc, serde_json::to_string_pretty(&v).unwrap()).unwrap();
        let edited = std::fs::read(&doc).unwrap();
        std::fs::write(&input, NO_ORG.replace("2019-04-08", "2019-05-06")).unwrap();
        let (code, out, _) = args(&["--org", "mjolby"]);
        assert_eq!(code, 1, "{out}");
        assert!(out.contains("conflict"), "{out}");
        assert_eq!(
            std::fs::read(&doc).unwrap(),
            edited,
            "the edited copy stays"
        );
    }
}
