//! `styrdok check` on the bundled seed register and on malformed files.

use serde_json::Value;

use crate::{run, temp_file};

#[test]
fn check_bundled_register_exits_zero_and_lists_the_seeds() {
    let (code, out, err) = run(&["check", "--format", "json"]);
    assert_eq!(code, 0, "stderr: {err}\nstdout: {out}");
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["ok"], true);
    assert_eq!(report["errors"], 0);
    let docs = report["documents"].as_array().unwrap();
    let non_stub: Vec<&str> = docs
        .iter()
        .filter(|d| d["stub"] == false)
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    // The five seed documents, from four organisations.
    assert_eq!(non_stub.len(), 5, "{non_stub:?}");
    let orgs: std::collections::BTreeSet<&str> = non_stub
        .iter()
        .map(|id| id.split('/').next().unwrap())
        .collect();
    assert_eq!(orgs.len(), 4, "{orgs:?}");
    for id in [
        "stockholm/it-program",
        "solna/it-policy",
        "solna/informationssakerhetspolicy-2018",
        "haninge/it-policy",
        "kommun-003/it-stod-policy",
    ] {
        assert!(non_stub.contains(&id), "{id} missing from {non_stub:?}");
    }
    // Plus the documents they cite, as stubs: at least Stockholm's two
    // replaced, five complementing and two KF decisions, and Solna's two
    // riktlinjer.
    let stubs = docs.iter().filter(|d| d["stub"] == true).count();
    assert!(stubs >= 11, "only {stubs} stubs");
}

#[test]
fn check_without_arguments_prints_a_table() {
    let (code, out, _) = run(&[]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("stockholm/it-program"), "{out}");
    assert!(out.contains("ok: 0 error(s)"), "{out}");
}

fn check_file(text: &str) -> (i32, String, String, std::path::PathBuf) {
    let (dir, path) = temp_file("register.json", text);
    let (code, out, err) = run(&["check", path.to_str().unwrap()]);
    std::mem::forget(dir); // keep the file for the message check below
    (code, out, err, path)
}

const HEAD: &str = r#"{
  "format_version": "1",
  "organisations": [
    {"id": "ort", "name": "Orts kommun", "kind": "kommun",
     "bodies": [{"id": "ort/kf", "name": "Kommunfullmäktige", "kind": "fullmaktige"}]}
  ],
  "documents": [
"#;

#[test]
fn malformed_files_give_located_readable_errors() {
    let file = |doc: &str| format!("{HEAD}    {doc}\n  ]\n}}\n");
    let cases: [(&str, String, &str, &str); 4] = [
        (
            "bad JSON",
            "{\n  \"format_version\": \"1\",\n  \"documents\": [\n}\n".to_owned(),
            "SD101",
            "}",
        ),
        (
            "unknown kind",
            file(r#"{"id": "ort/a", "kind": "Policy!", "adopted_by": "ort/kf"}"#),
            "SD112",
            "\"Policy!\"",
        ),
        (
            "impossible date",
            file(r#"{"id": "ort/a", "kind": "policy", "decision_date": "2018-02-30"}"#),
            "SD113",
            "\"2018-02-30\"",
        ),
        (
            "unknown body",
            file(r#"{"id": "ort/a", "kind": "policy", "adopted_by": "ort/ks"}"#),
            "SD203",
            "\"ort/ks\"",
        ),
    ];
    // `marker` is the text the location must point at; its line and column
    // are found here in the file's text.
    for (what, text, code, marker) in cases {
        let offset = text.rfind(marker).unwrap();
        let line = text[..offset].matches('\n').count() + 1;
        let col = offset - text[..offset].rfind('\n').map_or(0, |i| i + 1) + 1;
        let at = format!(":{line}:{col}");
        let (exit, out, err, path) = check_file(&text);
        assert_eq!(exit, 1, "{what}: exit code; {out}{err}");
        let line = out
            .lines()
            .find(|l| l.contains(&format!("[{code}]")))
            .unwrap_or_else(|| panic!("{what}: no {code} in\n{out}"));
        let expected_loc = format!("{}{at}", path.display());
        assert!(
            line.contains(&expected_loc),
            "{what}: {line} lacks {expected_loc}"
        );
        assert!(line.starts_with("error["), "{what}: {line}");
    }
}

#[test]
fn unreadable_file_is_an_io_error() {
    let (code, _, err) = run(&["check", "/nonexistent/styrdok/register.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("/nonexistent/styrdok/register.json"), "{err}");
}

#[test]
fn usage_errors_exit_two() {
    let (code, _, err) = run(&["check", "--format", "yaml"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, _) = run(&["no-such-command"]);
    assert_eq!(code, 2);
}

#[test]
fn haninge_policy_is_fine_under_its_own_model_and_flagged_under_solnas() {
    use styrdok::model::{profiles, validate_document};
    let loaded = styrdok::register::bundled();
    let reg = loaded.register.as_ref().unwrap();
    let doc = reg.document("haninge/it-policy").unwrap();
    let org = reg.organisation("haninge");
    assert_eq!(doc.adopted_by.as_deref(), Some("haninge/ks"));
    let own = validate_document(doc, profiles::builtin("builtin:haninge-2016").unwrap(), org);
    assert!(own.iter().all(|d| !d.is_error()), "{own:?}");
    let solna = validate_document(doc, profiles::builtin("builtin:solna-2018").unwrap(), org);
    assert!(
        solna.iter().any(|d| d.code == "SD302" && d.is_error()),
        "{solna:?}"
    );
    // And Solna's own KF-adopted policy passes Solna's model.
    let solna_doc = reg
        .document("solna/informationssakerhetspolicy-2018")
        .unwrap();
    let ok = validate_document(
        solna_doc,
        profiles::builtin("builtin:solna-2018").unwrap(),
        reg.organisation("solna"),
    );
    assert!(ok.iter().all(|d| !d.is_error()), "{ok:?}");
}
