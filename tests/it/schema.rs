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
fn cli_schema_command_prints_the_committed_schema() {
    let (code, out, _) = crate::run(&["schema"]);
    assert_eq!(code, 0);
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schemas/register.schema.json");
    let committed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let printed: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(committed, printed);
}
