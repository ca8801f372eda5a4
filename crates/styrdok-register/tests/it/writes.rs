//! Writes never destroy data: refusals, files the register does not own,
//! permissions, symlinks, and failures midway leaving the old data
//! byte-identical with no temporary files left.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use styrdok_register::write::{
    Existing, WriteOptions, write_atomic, write_register_dir, write_register_dir_with,
    write_register_file, write_register_file_with,
};
use styrdok_register::{Register, RegisterError, bundled, load_path};

fn reg() -> Register {
    bundled().register.unwrap()
}

/// Every file below `root` (symlinks not followed) with its bytes.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            let p = e.path();
            let ft = e.file_type().unwrap();
            if ft.is_dir() {
                stack.push(p);
            } else if ft.is_file() {
                out.insert(
                    p.strip_prefix(root).unwrap().to_path_buf(),
                    std::fs::read(&p).unwrap(),
                );
            }
        }
    }
    out
}

/// No `.styrdok-new-*` / `.styrdok-old-*` anywhere below `root`.
fn no_temporaries(root: &Path) {
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            let name = e.file_name().to_string_lossy().into_owned();
            assert!(
                !name.starts_with(".styrdok-new-") && !name.starts_with(".styrdok-old-"),
                "left behind: {}",
                e.path().display()
            );
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            }
        }
    }
}

fn refused(r: Result<(), RegisterError>) -> String {
    match r {
        Err(e @ RegisterError::Refused { .. }) => e.to_string(),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn a_directory_that_is_not_a_register_is_refused_even_with_force() {
    let tmp = tempfile::tempdir().unwrap();
    let victim = tmp.path().join("victim");
    std::fs::create_dir(&victim).unwrap();
    std::fs::write(victim.join("thesis.tex"), "thesis").unwrap();
    for e in [Existing::Refuse, Existing::ReplaceRegister] {
        let msg = refused(write_register_dir(&reg(), &victim, e));
        assert!(msg.contains("not a register directory"), "{msg}");
    }
    assert_eq!(
        std::fs::read_to_string(victim.join("thesis.tex")).unwrap(),
        "thesis"
    );
    assert_eq!(snapshot(&victim).len(), 1);
    no_temporaries(tmp.path());
}

#[test]
fn replacing_a_register_directory_keeps_what_it_does_not_own() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("reg");
    let mut r = reg();
    write_register_dir(&r, &dir, Existing::Refuse).unwrap();
    std::fs::create_dir_all(dir.join(".git/objects")).unwrap();
    std::fs::write(dir.join(".git/HEAD"), "ref: refs/heads/main\n").unwrap();
    std::fs::write(dir.join("README.md"), "# our register\n").unwrap();
    std::fs::write(dir.join("NOTES.md"), "notes\n").unwrap();
    std::fs::write(dir.join("documents/notes.txt"), "kept\n").unwrap();
    // Without --force: refused, nothing changed.
    let before = snapshot(&dir);
    let msg = refused(write_register_dir(&r, &dir, Existing::Refuse));
    assert!(msg.contains("--force"), "{msg}");
    assert_eq!(snapshot(&dir), before);
    // With --force: the register's files replaced, the rest kept.
    let gone = r.documents.pop().unwrap();
    write_register_dir(&r, &dir, Existing::ReplaceRegister).unwrap();
    for kept in [".git/HEAD", "README.md", "NOTES.md", "documents/notes.txt"] {
        assert_eq!(
            std::fs::read(dir.join(kept)).unwrap(),
            before[Path::new(kept)],
            "{kept}"
        );
    }
    assert!(dir.join(".git/objects").is_dir());
    assert!(!dir.join(format!("documents/{}.json", gone.id)).exists());
    assert_eq!(load_path(&dir).unwrap().register.unwrap(), r);
    no_temporaries(tmp.path());
}

#[test]
fn a_plain_file_is_never_replaced_by_a_register() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("notes.json");
    std::fs::write(&file, "{\"mine\": true}").unwrap();
    let msg = refused(write_register_dir(&reg(), &file, Existing::ReplaceRegister));
    assert!(msg.contains("is a file"), "{msg}");
    let msg = refused(write_register_file(
        &reg(),
        &file,
        Existing::ReplaceRegister,
    ));
    assert!(msg.contains("not a file this command writes"), "{msg}");
    let plain = tmp.path().join("notes");
    std::fs::write(&plain, "mine").unwrap();
    refused(write_register_dir(
        &reg(),
        &plain,
        Existing::ReplaceRegister,
    ));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "{\"mine\": true}");
    assert_eq!(std::fs::read_to_string(&plain).unwrap(), "mine");
    no_temporaries(tmp.path());
}

#[test]
fn a_register_file_is_replaced_only_with_force() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("reg.json");
    let mut r = reg();
    write_register_file(&r, &file, Existing::Refuse).unwrap();
    let before = std::fs::read(&file).unwrap();
    let msg = refused(write_register_file(&r, &file, Existing::Refuse));
    assert!(msg.contains("--force"), "{msg}");
    assert_eq!(std::fs::read(&file).unwrap(), before);
    r.documents.pop();
    write_register_file(&r, &file, Existing::ReplaceRegister).unwrap();
    assert_eq!(load_path(&file).unwrap().register.unwrap(), r);
}

#[cfg(unix)]
#[test]
fn permissions_are_kept_and_new_files_are_not_private() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    // What the umask makes of a new file.
    let reference = tmp.path().join("reference");
    std::fs::write(&reference, "x").unwrap();
    let umasked = std::fs::metadata(&reference).unwrap().permissions().mode() & 0o777;
    let new = tmp.path().join("new.json");
    write_register_file(&reg(), &new, Existing::Refuse).unwrap();
    let mode = std::fs::metadata(&new).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, umasked, "a new file gets 0666 minus the umask");
    std::fs::set_permissions(&new, std::fs::Permissions::from_mode(0o640)).unwrap();
    write_register_file(&reg(), &new, Existing::ReplaceRegister).unwrap();
    let mode = std::fs::metadata(&new).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640, "a replaced file keeps its permissions");
    // Element files of a directory too.
    let dir = tmp.path().join("dir");
    write_register_dir(&reg(), &dir, Existing::Refuse).unwrap();
    let m = std::fs::metadata(dir.join("register.json"))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(m, umasked);
}

#[cfg(unix)]
#[test]
fn a_symlinked_target_is_followed() {
    let tmp = tempfile::tempdir().unwrap();
    let real = tmp.path().join("real.json");
    write_register_file(&reg(), &real, Existing::Refuse).unwrap();
    let link = tmp.path().join("link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let mut r = reg();
    r.documents.truncate(1);
    write_register_file(&r, &link, Existing::ReplaceRegister).unwrap();
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(load_path(&real).unwrap().register.unwrap(), r);
    // A link to a directory register.
    let real_dir = tmp.path().join("real-dir");
    write_register_dir(&reg(), &real_dir, Existing::Refuse).unwrap();
    let link_dir = tmp.path().join("link-dir");
    std::os::unix::fs::symlink(&real_dir, &link_dir).unwrap();
    write_register_dir(&r, &link_dir, Existing::ReplaceRegister).unwrap();
    assert!(
        std::fs::symlink_metadata(&link_dir)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(load_path(&real_dir).unwrap().register.unwrap(), r);
    no_temporaries(tmp.path());
}

#[test]
fn a_write_failing_midway_leaves_the_old_register_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let mut r = reg();
    let total = serde_json::to_vec_pretty(&r).unwrap().len() as u64;
    // Directory, replaced in place.
    let dir = tmp.path().join("reg");
    write_register_dir(&r, &dir, Existing::Refuse).unwrap();
    std::fs::write(dir.join("README.md"), "mine").unwrap();
    let before = snapshot(&dir);
    r.documents.pop();
    r.title = Some("changed".into());
    for fail_after in [0, 1, 5_000, total / 2] {
        let e = write_register_dir_with(&r, &dir, Existing::ReplaceRegister, Some(fail_after))
            .unwrap_err();
        assert!(e.to_string().contains("injected"), "{e}");
        assert_eq!(snapshot(&dir), before, "after failing at {fail_after}");
        no_temporaries(tmp.path());
    }
    // A new directory: nothing at all is left.
    let fresh = tmp.path().join("fresh");
    write_register_dir_with(&r, &fresh, Existing::Refuse, Some(5_000)).unwrap_err();
    assert!(!fresh.exists());
    // A file.
    let file = tmp.path().join("reg.json");
    write_register_file(&reg(), &file, Existing::Refuse).unwrap();
    let old = std::fs::read(&file).unwrap();
    write_register_file_with(&r, &file, Existing::ReplaceRegister, Some(total / 2)).unwrap_err();
    assert_eq!(std::fs::read(&file).unwrap(), old);
    // The shared helper, on a user's file.
    let user = tmp.path().join("report.csv");
    std::fs::write(&user, "a,b\n1,2\n").unwrap();
    let same = |_: &[u8]| true;
    let opts = WriteOptions::replace_if(&same).failing_after(3);
    write_atomic(&user, b"a,b\n3,4\n", &opts).unwrap_err();
    assert_eq!(std::fs::read(&user).unwrap(), b"a,b\n1,2\n");
    no_temporaries(tmp.path());
    // Without a failure, the same writes succeed.
    write_register_dir(&r, &dir, Existing::ReplaceRegister).unwrap();
    assert_eq!(load_path(&dir).unwrap().register.unwrap(), r);
}

#[test]
fn a_target_whose_parent_is_a_file_fails_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let parent = tmp.path().join("plain");
    std::fs::write(&parent, "mine").unwrap();
    assert!(write_register_file(&reg(), &parent.join("reg.json"), Existing::Refuse).is_err());
    assert!(write_register_dir(&reg(), &parent.join("reg"), Existing::Refuse).is_err());
    assert!(write_atomic(&parent.join("x.csv"), b"x", &WriteOptions::new()).is_err());
    assert_eq!(std::fs::read_to_string(&parent).unwrap(), "mine");
    assert_eq!(snapshot(tmp.path()).len(), 1);
    no_temporaries(tmp.path());
}

#[test]
fn duplicate_ids_never_collapse_into_one_file() {
    let tmp = tempfile::tempdir().unwrap();
    let mut r = reg();
    let twin = r.documents[0].clone();
    r.documents.push(twin);
    let dir = tmp.path().join("reg");
    let msg = refused(write_register_dir(&r, &dir, Existing::Refuse));
    assert!(msg.contains("duplicate id"), "{msg}");
    assert!(!dir.exists());
    no_temporaries(tmp.path());
}

#[test]
fn an_empty_directory_and_dot_paths_leave_nothing_behind() {
    let tmp = tempfile::tempdir().unwrap();
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    // `empty/.` and `empty/sub/..` are the directory itself.
    write_register_dir(&reg(), &empty.join("."), Existing::Refuse).unwrap();
    assert_eq!(load_path(&empty).unwrap().register.unwrap(), reg());
    std::fs::create_dir(empty.join("sub")).unwrap();
    write_register_dir(&reg(), &empty.join("sub/.."), Existing::ReplaceRegister).unwrap();
    assert!(empty.join("sub").is_dir(), "not the register's: kept");
    let other = tmp.path().join("other");
    std::fs::create_dir(&other).unwrap();
    std::fs::write(other.join("x"), "mine").unwrap();
    refused(write_register_dir(
        &reg(),
        &other.join("."),
        Existing::ReplaceRegister,
    ));
    no_temporaries(tmp.path());
}
