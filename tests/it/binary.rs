//! The built `styrdok` binary: exit codes and process behaviour.

use std::process::Command;

fn styrdok() -> Command {
    escargot::CargoBuild::new()
        .bin("styrdok")
        .current_release()
        .current_target()
        .run()
        .expect("cargo build --bin styrdok")
        .command()
}

#[test]
fn binary_checks_the_bundled_register_without_arguments() {
    let out = styrdok().output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    assert!(stdout.contains("stockholm/it-program"), "{stdout}");
}

#[test]
fn binary_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{ not json").unwrap();
    let out = styrdok().arg("check").arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = styrdok()
        .arg("check")
        .arg(dir.path().join("missing.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = styrdok().arg("--help").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("check"));
}
