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
