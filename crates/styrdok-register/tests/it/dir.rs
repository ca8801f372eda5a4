//! The directory form: round trips with the single-file form and located
//! diagnostics per element file.

use std::path::Path;

use styrdok_register::dir::{MANIFEST, write_dir, write_file};
use styrdok_register::{bundled, load_path};

fn no_errors(l: &styrdok_register::Loaded) {
    assert!(!l.has_errors(), "{:#?}", l.diagnostics);
}

#[test]
fn bundled_register_round_trips_through_a_directory_and_a_file() {
    let original = bundled().register.unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("register");
    write_dir(&original, &dir).unwrap();
    assert!(dir.join(MANIFEST).is_file());
    assert!(dir.join("documents/stockholm/it-program.json").is_file());
    assert!(dir.join("organisations/solna.json").is_file());
    let from_dir = load_path(&dir).unwrap();
    no_errors(&from_dir);
    assert_eq!(from_dir.register.as_ref().unwrap(), &original);

    let file = tmp.path().join("register.json");
    write_file(from_dir.register.as_ref().unwrap(), &file).unwrap();
    let from_file = load_path(&file).unwrap();
    no_errors(&from_file);
    assert_eq!(from_file.register.unwrap(), original);
    // Same diagnostics (infos) in both forms, apart from where they point.
    assert_eq!(
        from_dir
            .diagnostics
            .iter()
            .map(|d| &d.code)
            .collect::<Vec<_>>(),
        bundled()
            .diagnostics
            .iter()
            .map(|d| &d.code)
            .collect::<Vec<_>>()
    );
}

#[test]
fn writing_a_directory_replaces_the_old_one_whole() {
    let mut reg = bundled().register.unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("reg");
    write_dir(&reg, &dir).unwrap();
    let removed = reg.documents.pop().unwrap();
    write_dir(&reg, &dir).unwrap();
    let path = dir.join(format!("documents/{}.json", removed.id));
    assert!(!path.exists(), "{} should be gone", path.display());
    assert_eq!(load_path(&dir).unwrap().register.unwrap(), reg);
    // Nothing left over beside it.
    let leftovers: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, vec![std::ffi::OsString::from("reg")]);
}

fn write(dir: &Path, rel: &str, text: &str) {
    let p = dir.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

#[test]
fn diagnostics_name_the_element_file_with_line_and_column() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write(dir, MANIFEST, "{\"format_version\": \"1\"}\n");
    write(
        dir,
        "organisations/ort.json",
        "{\n  \"id\": \"ort\", \"name\": \"Orts kommun\", \"kind\": \"kommun\",\n  \"bodies\": [{\"id\": \"ort/kf\", \"name\": \"KF\", \"kind\": \"fullmaktige\"}]\n}\n",
    );
    // A good document with a dangling relation, and a bad one.
    write(
        dir,
        "documents/ort/a.json",
        "{\n  \"id\": \"ort/a\",\n  \"kind\": \"policy\",\n  \"relations\": [{\"kind\": \"replaces\", \"target\": \"ort/old\"}]\n}\n",
    );
    write(
        dir,
        "documents/ort/b.json",
        "{\n  \"id\": \"ort/b\",\n  \"kind\": \"policy\",\n  \"decision_date\": \"2018-02-30\"\n}\n",
    );
    let loaded = load_path(dir).unwrap();
    let find = |code: &str| {
        loaded
            .diagnostics
            .iter()
            .find(|d| d.code == code)
            .unwrap_or_else(|| panic!("no {code}: {:#?}", loaded.diagnostics))
            .location
            .clone()
            .unwrap()
    };
    let dangling = find("SD204");
    assert!(
        dangling
            .file
            .as_deref()
            .unwrap()
            .ends_with("documents/ort/a.json")
    );
    assert_eq!(dangling.pointer, "/relations/0/target");
    assert_eq!((dangling.line, dangling.column), (Some(4), Some(48)));
    let date = find("SD113");
    assert!(
        date.file
            .as_deref()
            .unwrap()
            .ends_with("documents/ort/b.json")
    );
    assert_eq!(date.pointer, "/decision_date");
    assert_eq!((date.line, date.column), (Some(4), Some(20)));
    // The good document was read although the other one was not.
    assert_eq!(loaded.register.unwrap().documents.len(), 1);
}

#[test]
fn a_directory_without_a_manifest_is_an_io_error() {
    let tmp = tempfile::tempdir().unwrap();
    let err = load_path(tmp.path()).unwrap_err();
    assert!(err.to_string().contains(MANIFEST), "{err}");
}

/// A register directory written from the bundled register.
fn written() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("reg");
    write_dir(&bundled().register.unwrap(), &dir).unwrap();
    (tmp, dir)
}

fn codes(l: &styrdok_register::Loaded) -> Vec<String> {
    l.diagnostics.iter().map(|d| d.code.to_string()).collect()
}

fn has(l: &styrdok_register::Loaded, code: &str, file_end: &str) {
    assert!(
        l.diagnostics.iter().any(|d| d.code == code
            && d.is_error()
            && d.location
                .as_ref()
                .and_then(|x| x.file.as_deref())
                .is_some_and(|f| f.ends_with(file_end))),
        "no {code} for {file_end}: {:#?}",
        l.diagnostics
    );
}

#[test]
fn a_document_listed_in_the_layout_whose_file_is_missing_is_an_error() {
    let (_tmp, dir) = written();
    std::fs::remove_file(dir.join("documents/stockholm/it-program.json")).unwrap();
    let l = load_path(&dir).unwrap();
    has(&l, "SD106", MANIFEST);
    assert_eq!(l.omitted, 1);
    assert!(!l.is_complete());
}

#[test]
fn documents_that_is_a_file_is_an_error() {
    let (_tmp, dir) = written();
    std::fs::remove_dir_all(dir.join("documents")).unwrap();
    std::fs::write(dir.join("documents"), "x").unwrap();
    let l = load_path(&dir).unwrap();
    has(&l, "SD105", "documents");
    assert!(l.omitted > 0);
}

#[test]
fn case_variants_of_json_and_non_regular_files_are_errors() {
    let (_tmp, dir) = written();
    let from = dir.join("documents/stockholm/it-program.json");
    std::fs::rename(&from, dir.join("documents/stockholm/it-program.JSON")).unwrap();
    let l = load_path(&dir).unwrap();
    has(&l, "SD105", "it-program.JSON");
    #[cfg(unix)]
    {
        // A symlink to /dev/zero named *.json: not read (it would never end).
        std::os::unix::fs::symlink("/dev/zero", dir.join("documents/zero.json")).unwrap();
        // Two directory symlink loops: not followed.
        std::os::unix::fs::symlink(".", dir.join("documents/loop1")).unwrap();
        std::os::unix::fs::symlink("..", dir.join("documents/stockholm/loop2")).unwrap();
        let l = load_path(&dir).unwrap();
        has(&l, "SD105", "zero.json");
        has(&l, "SD105", "loop1");
        has(&l, "SD105", "loop2");
        assert!(
            !codes(&l).contains(&"SD201".to_owned()),
            "{:#?}",
            l.diagnostics
        );
    }
}

#[cfg(unix)]
#[test]
fn a_fifo_named_json_does_not_block() {
    let (_tmp, dir) = written();
    let fifo = dir.join("documents/pipe.json");
    let ok = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !ok.is_ok_and(|s| s.success()) {
        eprintln!("mkfifo not available; skipped");
        return;
    }
    let l = load_path(&dir).unwrap();
    has(&l, "SD105", "pipe.json");
    // A FIFO given as the register itself is refused, not opened.
    assert!(load_path(&fifo).is_err());
}

#[test]
fn the_layout_is_validated() {
    let (_tmp, dir) = written();
    let m = dir.join(MANIFEST);
    let text = std::fs::read_to_string(&m).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    for (layout, code) in [
        (serde_json::json!("x"), "SD106"),
        (serde_json::json!(null), "SD106"),
        (serde_json::json!({"documents": "x"}), "SD106"),
        (serde_json::json!({"documents": [null]}), "SD106"),
        (
            serde_json::json!({"documents": ["nobody/nothing"]}),
            "SD106",
        ),
        (
            serde_json::json!({"documents": ["stockholm/it-program", "stockholm/it-program"]}),
            "SD201",
        ),
        (serde_json::json!({"extra": []}), "SD111"),
    ] {
        v["layout"] = layout.clone();
        std::fs::write(&m, serde_json::to_string_pretty(&v).unwrap()).unwrap();
        let l = load_path(&dir).unwrap();
        let d = l
            .diagnostics
            .iter()
            .find(|d| d.code == code)
            .unwrap_or_else(|| panic!("{layout}: no {code}: {:#?}", l.diagnostics));
        let loc = d.location.as_ref().unwrap();
        assert!(loc.pointer.starts_with("/layout"), "{layout}: {loc:?}");
        assert!(loc.line.is_some(), "{layout}: located");
    }
}

#[test]
fn invalid_utf8_fails_only_that_file_and_names_the_offset() {
    let (_tmp, dir) = written();
    let f = dir.join("documents/stockholm/it-program.json");
    let mut bytes = std::fs::read(&f).unwrap();
    bytes.insert(10, 0xFF);
    std::fs::write(&f, bytes).unwrap();
    let l = load_path(&dir).unwrap();
    has(&l, "SD107", "it-program.json");
    let d = l.diagnostics.iter().find(|d| d.code == "SD107").unwrap();
    assert!(d.message.contains("byte offset 10"), "{}", d.message);
    assert_eq!(l.omitted, 1);
    let reg = l.register.unwrap();
    assert_eq!(
        reg.documents.len() + 1,
        bundled().register.unwrap().documents.len()
    );
}

#[test]
fn bom_and_utf16_registers_are_read_and_say_so() {
    let tmp = tempfile::tempdir().unwrap();
    let text = styrdok_register::BUNDLED_JSON;
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(text.as_bytes());
    let f = tmp.path().join("bom.json");
    std::fs::write(&f, bom).unwrap();
    let l = load_path(&f).unwrap();
    no_errors(&l);
    assert_eq!(l.register.unwrap(), bundled().register.unwrap());
    let mut utf16 = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let f = tmp.path().join("utf16.json");
    std::fs::write(&f, utf16).unwrap();
    let l = load_path(&f).unwrap();
    no_errors(&l);
    let note = l.diagnostics.iter().find(|d| d.code == "SD108").unwrap();
    assert!(note.message.contains("UTF-16LE"), "{}", note.message);
    assert_eq!(l.register.unwrap(), bundled().register.unwrap());
}

#[test]
fn limits_are_errors_not_hangs() {
    let tmp = tempfile::tempdir().unwrap();
    let f = tmp.path().join("deep.json");
    let deep = format!(
        "{{\"format_version\": \"1\", \"title\": {}1{}}}",
        "[".repeat(500),
        "]".repeat(500)
    );
    std::fs::write(&f, deep).unwrap();
    match load_path(&f) {
        Err(e @ styrdok_register::RegisterError::Limit { .. }) => {
            assert!(e.to_string().contains("nested"), "{e}")
        }
        other => panic!("{other:?}"),
    }
}
