//! The committed JSON Schemas match the types (cargo's manifest.schema.json
//! pattern). Regenerate with `STYRDOK_BLESS=1 cargo test --test it schema`.

use std::path::PathBuf;

fn check(name: &str, schema: schemars::Schema) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(name);
    let fresh = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    if std::env::var_os("STYRDOK_BLESS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{} is stale; regenerate with STYRDOK_BLESS=1 cargo test --test it schema",
        path.display()
    );
}

#[test]
fn register_schema_is_fresh() {
    check(
        "register.schema.json",
        schemars::schema_for!(styrdok::register::Register),
    );
}

#[test]
fn import_draft_schema_is_fresh() {
    check(
        "import-draft.schema.json",
        schemars::schema_for!(styrdok::import::ImportDraft),
    );
}

#[test]
fn import_output_validates_against_its_schema() {
    // The output contract of `styrdok import --format json`, checked on a seed.
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/seeds/004_4c60dbe115476b24.txt");
    let (code, out, err) = crate::run(&["import", path.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let draft: serde_json::Value = serde_json::from_str(&out).unwrap();
    let back: styrdok::import::ImportDraft = serde_json::from_value(draft.clone()).unwrap();
    assert_eq!(serde_json::to_value(&back).unwrap(), draft);
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
        assert!(draft.get(key).is_some(), "missing {key}");
    }
}

#[test]
fn cli_schema_command_prints_the_committed_schema() {
    let (code, out, _) = crate::run(&["schema"]);
    assert_eq!(code, 0);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schemas/register.schema.json");
    let committed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let printed: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(committed, printed);
}

fn validator(name: &str) -> jsonschema::Validator {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("schemas")
        .join(name);
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

#[test]
fn bundled_register_validates_against_the_register_schema() {
    let v = validator("register.schema.json");
    let reg: serde_json::Value = serde_json::from_str(styrdok::register::BUNDLED_JSON).unwrap();
    let errors: Vec<String> = v
        .iter_errors(&reg)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // And the schema rejects what the loader rejects.
    let mut bad = reg.clone();
    bad["documents"][0]["stage"] = "antagen".into();
    assert!(!v.is_valid(&bad));
}

#[test]
fn import_output_validates_against_the_import_schema() {
    let v = validator("import-draft.schema.json");
    for seed in [
        "000_9c5db103755c6d10",
        "001_b90bddabf8e63766",
        "004_4c60dbe115476b24",
    ] {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("data/seeds/{seed}.txt"));
        let (code, out, _) = crate::run(&["import", path.to_str().unwrap(), "--format", "json"]);
        assert_eq!(code, 0);
        let draft: serde_json::Value = serde_json::from_str(&out).unwrap();
        let errors: Vec<String> = v
            .iter_errors(&draft)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{seed}: {errors:#?}");
    }
}
