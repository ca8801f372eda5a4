//! The bad-input suite: every fixture in `tests/bad-input/` run through the
//! CLI in-process, its exit code and diagnostic codes asserted here, and its
//! complete output (stdout, stderr, exit code) kept as an insta snapshot.
//! `tests/bad-input/README.md` says how the fixtures were made and which
//! snapshots change when which open fix lands.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::run;

/// How a fixture is fed to the CLI.
#[derive(Clone, Copy)]
enum Cmd {
    /// `check --format json --at 2026-12-01 FILE`
    Check,
    /// `check --at 2026-12-01 FILE` (the human table).
    CheckTable,
    /// `import FILE` (the human summary).
    Import,
    /// `controls import FILE`
    Controls,
    /// `graph --format dot FILE` (node labels from register strings).
    Dot,
}

/// One fixture: its path under `tests/bad-input/`, the command, the exit
/// code and the set of diagnostic codes expected.
struct Case(&'static str, Cmd, i32, &'static [&'static str]);

use Cmd::{Check, CheckTable, Controls, Dot, Import};

#[rustfmt::skip]
const CASES: &[Case] = &[
    // JSON syntax at several places, truncation, empty input.
    Case("register/syntax-missing-comma-top.json", Check, 1, &["SD101"]),
    Case("register/syntax-missing-comma-deep.json", Check, 1, &["SD101"]),
    Case("register/syntax-trailing-comma.json", Check, 1, &["SD101"]),
    Case("register/syntax-unclosed-string.json", Check, 1, &["SD101"]),
    Case("register/syntax-bad-literal.json", Check, 1, &["SD101"]),
    Case("register/syntax-single-quotes.json", Check, 1, &["SD101"]),
    Case("register/syntax-comment.json", Check, 1, &["SD101"]),
    Case("register/syntax-last-line.json", Check, 1, &["SD101"]),
    Case("register/truncated-10pct.json", Check, 1, &["SD101"]),
    Case("register/truncated-50pct.json", Check, 1, &["SD101"]),
    Case("register/truncated-last-brace.json", Check, 1, &["SD101"]),
    Case("register/empty-file.json", Check, 1, &["SD101"]),
    Case("register/whitespace-only.json", Check, 1, &["SD101"]),
    Case("register/not-an-object-array.json", Check, 1, &["SD104"]),
    Case("register/not-an-object-string.json", Check, 1, &["SD104"]),
    Case("register/not-an-object-null.json", Check, 1, &["SD104"]),
    // Wrong types.
    Case("register/wrong-type-title-number.json", Check, 1, &["SD110"]),
    Case("register/wrong-type-documents-object.json", Check, 1, &["SD110"]),
    Case("register/wrong-type-date-number.json", Check, 1, &["SD110"]),
    Case("register/wrong-type-bodies-string.json", Check, 1, &["SD110", "SD202", "SD203", "SD307"]),
    Case("register/wrong-type-every-years-negative.json", Check, 1, &["SD112"]),
    Case("register/wrong-type-every-years-float.json", Check, 1, &["SD110"]),
    Case("register/wrong-type-number-too-big.json", Check, 1, &["SD101"]),
    // Unknown enum values and fields.
    Case("register/unknown-document-kind.json", Check, 1, &["SD112"]),
    Case("register/unknown-stage.json", Check, 1, &["SD112"]),
    Case("register/unknown-relation-kind.json", Check, 1, &["SD112"]),
    Case("register/unknown-org-kind.json", Check, 1, &["SD112", "SD202", "SD203", "SD307"]),
    Case("register/unknown-validity-kind.json", Check, 1, &["SD112"]),
    Case("register/unknown-field-document.json", Check, 1, &["SD111"]),
    Case("register/unknown-field-top.json", Check, 1, &["SD111"]),
    // Impossible dates, end before start.
    Case("register/impossible-date-feb-30.json", Check, 1, &["SD113"]),
    Case("register/impossible-date-month-13.json", Check, 1, &["SD113"]),
    Case("register/impossible-date-format.json", Check, 1, &["SD113"]),
    Case("register/impossible-date-year-0.json", Check, 1, &["SD113"]),
    Case("register/end-before-start-validity.json", Check, 1, &["SD113", "SD304"]),
    Case("register/end-before-start-bounds.json", Check, 1, &["SD113"]),
    // Duplicate ids and keys.
    Case("register/duplicate-document-id.json", Check, 1, &["SD201"]),
    Case("register/duplicate-body-id.json", Check, 1, &["SD201", "SD203", "SD307"]),
    Case("register/duplicate-organisation-id.json", Check, 1, &["SD201"]),
    Case("register/duplicate-key.json", Check, 1, &["SD102"]),
    Case("register/duplicate-key-top.json", Check, 1, &["SD102"]),
    // Self-replacement, cycles of length 1 to 5, dangling references.
    Case("register/self-replacement.json", Check, 1, &["SD401"]),
    Case("register/self-partial-replacement.json", Check, 1, &["SD401"]),
    Case("register/cycle-1.json", Check, 1, &["SD401"]),
    Case("register/cycle-2.json", Check, 1, &["SD401", "SD403"]),
    Case("register/cycle-3.json", Check, 1, &["SD401", "SD403"]),
    Case("register/cycle-4.json", Check, 1, &["SD401", "SD403"]),
    Case("register/cycle-5.json", Check, 1, &["SD401", "SD403"]),
    Case("register/dangling-relation-target.json", Check, 1, &["SD204"]),
    Case("register/dangling-adopted-by.json", Check, 1, &["SD203", "SD307"]),
    Case("register/dangling-organisation.json", Check, 1, &["SD202", "SD307"]),
    Case("register/partial-replacement-missing-section.json", Check, 1, &["SD404", "SD408"]),
    // Deep nesting.
    Case("register/deep-nesting-200.json", Check, 2, &[]),
    Case("register/deep-nesting-100000.json", Check, 2, &[]),
    // The wrong kind of file.
    Case("register/does-not-exist.json", Check, 2, &[]),
    Case("register/document-not-register.json", Check, 1, &["SD104"]),
    Case("register/organisation-not-register.json", Check, 1, &["SD104"]),
    Case("register/bom-utf8.json", Check, 0, &["SD108"]),
    Case("register/utf16-le.json", Check, 0, &["SD108"]),
    Case("register/utf16-be.json", Check, 0, &["SD108"]),
    Case("register/invalid-utf8.json", Check, 1, &["SD107"]),
    // Control characters, a huge id, serde internals.
    Case("register/esc-in-title.json", CheckTable, 0, &[]),
    Case("register/nul-in-title.json", CheckTable, 0, &[]),
    Case("register/esc-in-id.json", CheckTable, 1, &["SD114"]),
    Case("register/esc-in-id.json", Check, 1, &["SD114"]),
    Case("register/huge-id.json", CheckTable, 1, &["SD114"]),
    Case("register/esc-in-title.json", Dot, 0, &[]),
    Case("register/nul-in-title.json", Dot, 0, &[]),
    Case("register/serde-empty-document-array.json", Check, 1, &["SD110"]),
    Case("register/serde-profile-number.json", Check, 1, &["SD110"]),
    Case("register/serde-validity-string.json", Check, 1, &["SD110"]),
    // Review arithmetic on input numbers.
    Case("register/every-years-overflow.json", Check, 0, &[]),
    Case("register/every-years-million.json", Check, 0, &[]),
    Case("register/every-years-too-big.json", Check, 1, &["SD112"]),
    // Import: text that is not what it seems.
    Case("import/bom.txt", Import, 0, &[]),
    Case("import/cr-only.txt", Import, 0, &[]),
    Case("import/crlf.txt", Import, 0, &[]),
    Case("import/latin1.txt", Import, 0, &[]),
    Case("import/utf16-le.txt", Import, 0, &[]),
    Case("import/empty.txt", Import, 1, &[]),
    Case("import/binary.bin", Import, 1, &[]),
    Case("import/nul-in-text.txt", Import, 1, &[]),
    Case("import/pdf-bytes.pdf", Import, 1, &[]),
    // controls import: what OSCAL requires.
    Case("controls/duplicate-control-id.json", Controls, 1, &["SD602"]),
    Case("controls/duplicate-group-and-part-id.json", Controls, 1, &["SD602"]),
    Case("controls/bad-id-path.json", Controls, 1, &["SD603"]),
    Case("controls/empty-id.json", Controls, 1, &["SD603"]),
    Case("controls/id-starts-with-digit.json", Controls, 1, &["SD603"]),
    Case("controls/non-uuid.json", Controls, 1, &["SD604"]),
    Case("controls/uuid-version-1.json", Controls, 1, &["SD604"]),
    Case("controls/many-problems.json", Controls, 1, &["SD602", "SD604"]),
    Case("controls/syntax-error.json", Controls, 1, &["SD101"]),
    Case("controls/empty-file.json", Controls, 1, &["SD101"]),
    Case("controls/unknown-member.json", Controls, 1, &["SD601"]),
    Case("controls/wrong-type.json", Controls, 1, &["SD601"]),
    Case("controls/missing-metadata.json", Controls, 1, &["SD601"]),
    Case("controls/esc-in-id.json", Controls, 1, &["SD603"]),
];

const DIR: &str = "tests/bad-input";

fn args(case: &Case) -> Vec<String> {
    let file = format!("{DIR}/{}", case.0);
    let at = ["--at", "2026-12-01"];
    let v: Vec<&str> = match case.1 {
        Check => [&["check", "--format", "json"], &at[..], &[&file]].concat(),
        CheckTable => [&["check"], &at[..], &[&file]].concat(),
        Import => vec!["import", &file],
        Controls => vec!["controls", "import", &file],
        Dot => vec!["graph", "--format", "dot", &file],
    };
    v.into_iter().map(str::to_owned).collect()
}

/// The codes in an output: a JSON report's diagnostics, or `[SD…]` in text.
fn codes(stdout: &Value, text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    if let Some(diags) = stdout.get("diagnostics").and_then(Value::as_array) {
        out.extend(
            diags
                .iter()
                .filter_map(|d| d["code"].as_str().map(str::to_owned)),
        );
    }
    for (i, _) in text.match_indices("[SD") {
        if let Some(code) = text.get(i + 1..i + 6) {
            out.insert(code.to_owned());
        }
    }
    out
}

#[test]
fn every_fixture_has_a_case() {
    let mut listed: BTreeSet<String> = CASES.iter().map(|c| c.0.to_owned()).collect();
    listed.remove("register/does-not-exist.json");
    let mut found = BTreeSet::new();
    for sub in ["register", "import", "controls"] {
        for e in std::fs::read_dir(format!("{DIR}/{sub}")).unwrap() {
            let name = e.unwrap().file_name().into_string().unwrap();
            found.insert(format!("{sub}/{name}"));
        }
    }
    assert_eq!(listed, found);
    assert!(CASES.len() >= 60, "{} cases", CASES.len());
}

#[test]
fn bad_registers() {
    run_cases(|c| c.0.starts_with("register/") && matches!(c.1, Check));
}

#[test]
fn bad_registers_in_tables() {
    run_cases(|c| matches!(c.1, CheckTable));
}

#[test]
fn bad_registers_in_graphs() {
    run_cases(|c| matches!(c.1, Dot));
}

#[test]
fn bad_import_texts() {
    run_cases(|c| matches!(c.1, Import));
}

#[test]
fn bad_oscal_catalogs() {
    run_cases(|c| matches!(c.1, Controls));
}

fn run_cases(which: impl Fn(&Case) -> bool) {
    let mut failures = Vec::new();
    for case in CASES.iter().filter(|c| which(c)) {
        let argv = args(case);
        let refs: Vec<&str> = argv.iter().map(String::as_str).collect();
        let (exit, stdout, stderr) = run(&refs);
        let parsed =
            serde_json::from_str::<Value>(&stdout).unwrap_or(Value::String(stdout.clone()));
        let got = codes(&parsed, &format!("{stdout}\n{stderr}"));
        let want: BTreeSet<String> = case.3.iter().map(|s| (*s).to_owned()).collect();
        // Columns are 1-based wherever a diagnostic has one.
        let zero_column = stdout.contains("\"column\": 0") || stdout.contains(":0)");
        // No raw control character from the input reaches a terminal or a
        // DOT file (a NUL made DOT unparsable, ESC cleared the screen).
        let raw_control = format!("{stdout}{stderr}")
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\t'));
        if exit != case.2 || want != got || zero_column || raw_control {
            failures.push(format!(
                "{} ({}): exit {exit} (want {}), codes {got:?} (want {want:?}), zero column: {zero_column}, raw control character: {raw_control}",
                case.0,
                refs.join(" "),
                case.2
            ));
        }
        let suffix = match case.1 {
            CheckTable => "_table",
            Dot => "_dot",
            Check | Import | Controls => "",
        };
        let name = format!("{}{suffix}", case.0.replace(['/', '.'], "_"));
        let snapshot = json!({
            "command": format!("styrdok {}", refs.join(" ")),
            "exit": exit,
            "stdout": parsed,
            "stderr": stderr,
        });
        keep(&name, &snapshot);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Keeps `snapshot` as `snapshots/bad_input/NAME.snap`.
fn keep(name: &str, snapshot: &Value) {
    insta::with_settings!({ prepend_module_to_snapshot => false, snapshot_path => "snapshots/bad_input" }, {
        insta::assert_json_snapshot!(name, snapshot);
    });
}

/// A register directory with two self-symlinks, a symlink to `/dev/zero`
/// named like an element file and a FIFO named `x.json` (made here: git
/// keeps no FIFO). Loops made traversal exponential and the FIFO blocked
/// forever; now each is SD105, nothing is read twice and the run ends.
#[cfg(unix)]
#[test]
fn bad_register_dir_with_loops_and_a_fifo() {
    use std::os::unix::fs::symlink;

    let tmp = tempfile::tempdir().unwrap();
    let reg = tmp.path().join("reg");
    let reg_arg = reg.to_str().unwrap();
    let seeds = "crates/styrdok-register/data/seeds.register.json";
    let (exit, _, err) = run(&["convert", reg_arg, "--from", seeds, "--to", "dir"]);
    assert_eq!(exit, 0, "{err}");
    let check = ["check", "--format", "json", "--at", "2026-12-01", reg_arg];
    let (_, clean, _) = run(&check);
    let mut want = codes(&serde_json::from_str(&clean).unwrap(), "");
    want.insert("SD105".to_owned());
    let docs = reg.join("documents");
    symlink(".", docs.join("self1")).unwrap();
    symlink(".", docs.join("self2")).unwrap();
    symlink("/dev/zero", docs.join("zero.json")).unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(docs.join("x.json"))
        .status();
    assert!(fifo.is_ok_and(|s| s.success()), "mkfifo failed");

    let (exit, stdout, stderr) = run(&check);
    let stdout = stdout.replace(reg_arg, "REG");
    let mut parsed: Value = serde_json::from_str(&stdout).unwrap();
    // SD105 comes in the order the directory lists its entries, which
    // differs between file systems: sorted here so the snapshot is stable.
    if let Some(diags) = parsed["diagnostics"].as_array_mut() {
        diags.sort_by_key(|d| (d["code"].to_string(), d["location"]["file"].to_string()));
    }
    let got = codes(&parsed, &stderr);
    assert_eq!(exit, 1, "{stdout}\n{stderr}");
    // The seed register's own notes, plus SD105: nothing read twice (SD201).
    assert_eq!(got, want, "{stdout}");
    for name in ["self1", "self2", "zero.json", "x.json"] {
        assert!(
            stdout.contains(&format!("documents/{name}")),
            "no SD105 for {name}: {stdout}"
        );
    }
    let snapshot = json!({
        "command": "styrdok check --format json --at 2026-12-01 REG",
        "exit": exit,
        "stdout": parsed,
        "stderr": stderr.replace(reg_arg, "REG"),
    });
    keep("register-dir_loops-and-fifo", &snapshot);
}

/// The big cases, generated here and never committed: a register of
/// `STYRDOK_BIG_N` documents (default 1,000,000) on one line, a 100 MB title
/// and a 100 MB invalid id, and an import text of 40,000 hyphenated lines.
/// Prints timings and output sizes for `docs/reliability.md`; asserts only
/// that each finishes without a panic and says what it read. Run in a
/// release build:
/// `cargo test --release --test it big_cases -- --ignored --nocapture`.
#[test]
#[ignore = "big generated inputs; run in release, see tests/bad-input/README.md"]
fn big_cases() {
    use std::fmt::Write as _;
    use std::time::Instant;

    let n: usize = std::env::var("STYRDOK_BIG_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let head = r#"{"format_version":"1","organisations":[{"id":"ort","name":"Orts kommun","kind":"kommun","bodies":[{"id":"ort/kf","name":"Kommunfullmäktige","kind":"fullmaktige"}]}],"documents":["#;
    let mut text = String::from(head);
    for i in 0..n {
        if i > 0 {
            text.push(',');
        }
        write!(
            text,
            r#"{{"id":"ort/d{i}","kind":"riktlinje","adopted_by":"ort/kf","decision_date":"2020-01-01"}}"#
        )
        .unwrap();
    }
    text.push_str("]}");
    let t = Instant::now();
    let mut loaded = styrdok::register::load_str(&text, Some("big.json"));
    let load = t.elapsed();
    styrdok::register::check_loaded(&mut loaded, chrono::NaiveDate::from_ymd_opt(2026, 12, 1));
    println!(
        "{n} documents, {} MB on one line: load {:.1?}, load+check {:.1?}, {} diagnostics",
        text.len() / 1_000_000,
        load,
        t.elapsed(),
        loaded.diagnostics.len()
    );
    assert!(loaded.register.is_some());
    drop(loaded);
    drop(text);

    for (what, field, value) in [
        ("100 MB title", "title", "x".repeat(100_000_000)),
        (
            "100 MB invalid id",
            "id",
            format!("ort/{}!", "x".repeat(100_000_000)),
        ),
    ] {
        let text = format!(
            r#"{head}{{"id":"ort/a","kind":"riktlinje","adopted_by":"ort/kf","{field}":"{value}"}}]}}"#
        )
        .replacen(r#""id":"ort/a","kind""#, r#""kind""#, usize::from(field == "id"));
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.json");
        std::fs::write(&path, &text).unwrap();
        let t = Instant::now();
        let (exit, out, err) = run(&["check", "--at", "2026-12-01", path.to_str().unwrap()]);
        println!(
            "{what}: exit {exit} in {:.1?}, {} bytes of output",
            t.elapsed(),
            out.len() + err.len()
        );
        // Was: the id echoed twice, 209 MB of output.
        assert!(out.len() + err.len() <= 8192, "{what}: output not cut");
    }

    let mut text = String::from("Riktlinje för informationssäkerhet\n\n");
    for i in 0..40_000 {
        writeln!(text, "Informations{i}säker-").unwrap();
    }
    let t = Instant::now();
    let draft = styrdok::import::import(&text);
    println!(
        "40,000 hyphenated lines ({} KB): import {:.1?}, {} bytes of JSON",
        text.len() / 1000,
        t.elapsed(),
        draft.to_json().map(|j| j.len()).unwrap_or(0)
    );
}
