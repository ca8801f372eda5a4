//! Agreement between the published JSON Schemas and the loader, over the
//! fixtures in `tests/schema-fixtures/`:
//!
//! - valid fixtures (the seed register, its directory form file by file,
//!   the built-in taxonomies, catalogues and mappings) validate against
//!   their schemas and load without errors;
//! - every shape-error fixture (`shape-errors.json`) is rejected by BOTH
//!   the schema and the loader, the loader with the expected code;
//! - every loader-only case (`loader-only.json`) is valid against its schema,
//!   rejected by the loader, and its rule is listed in `docs/integrators.md`.

use std::path::{Path, PathBuf};

use serde_json::Value;
use styrdok::core::Severity;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The committed schema `name`, compiled once per test thread.
fn schema_errors(name: &str, value: &Value) -> Vec<String> {
    thread_local! {
        static VALIDATORS: std::cell::RefCell<std::collections::HashMap<String, jsonschema::Validator>> =
            std::cell::RefCell::default();
    }
    VALIDATORS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let v = cache.entry(name.to_owned()).or_insert_with(|| {
            let path = root().join("schemas").join(format!("{name}.schema.json"));
            let schema: Value =
                serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
            jsonschema::draft202012::new(&schema).unwrap()
        });
        v.iter_errors(value)
            .map(|e| format!("{e} at {}", e.instance_path))
            .collect()
    })
}

fn seed() -> Value {
    serde_json::from_str(styrdok::register::BUNDLED_JSON).unwrap()
}

fn fixtures(file: &str) -> Vec<Value> {
    let text = std::fs::read_to_string(root().join("tests/schema-fixtures").join(file)).unwrap();
    let v: Value = serde_json::from_str(&text).unwrap();
    v["cases"].as_array().unwrap().clone()
}

/// Sets `pointer` in `v` to `value`, adding the key to its parent object.
fn set(v: &mut Value, pointer: &str, value: Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    match v
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("no {parent}"))
    {
        Value::Object(m) => {
            m.insert(key.to_owned(), value);
        }
        Value::Array(a) => a[key.parse::<usize>().unwrap()] = value,
        other => panic!("{parent} is {other}"),
    }
}

fn remove(v: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    v.pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .unwrap()
        .remove(key)
        .unwrap_or_else(|| panic!("no {pointer}"));
}

fn mutate(mut v: Value, case: &Value) -> Value {
    if let Some(sets) = case["set"].as_object() {
        for (p, value) in sets {
            set(&mut v, p, value.clone());
        }
    }
    if let Some(rm) = case["remove"].as_array() {
        for p in rm {
            remove(&mut v, p.as_str().unwrap());
        }
    }
    v
}

/// The loader's error codes for a register text.
fn loader_errors_file(text: &str) -> Vec<(String, String)> {
    errors(styrdok::register::load_str(text, Some("fixture.json")))
}

fn errors(loaded: styrdok::register::Loaded) -> Vec<(String, String)> {
    loaded
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| (d.code.to_string(), d.message.clone()))
        .collect()
}

/// The register's directory form, written by the register crate.
fn dir_form(reg: &Value) -> tempfile::TempDir {
    let parsed: styrdok::register::Register = serde_json::from_value(reg.clone()).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    styrdok::register::dir::write_dir(&parsed, &tmp.path().join("reg")).unwrap();
    tmp
}

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            json_files(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// What the schema and the loader say about one case: (schema accepts,
/// loader errors).
fn judge(case: &Value) -> (bool, Vec<(String, String)>, String) {
    let schema = case["schema"].as_str().unwrap();
    let base = case["base"].as_str().unwrap();
    if schema == "manifest" {
        let tmp = dir_form(&seed());
        let dir = tmp.path().join("reg");
        let manifest_path = dir.join("register.json");
        let manifest: Value =
            serde_json::from_str(&std::fs::read_to_string(&manifest_path).unwrap()).unwrap();
        let manifest = mutate(manifest, case);
        std::fs::write(
            &manifest_path,
            serde_json::to_string_pretty(&manifest).unwrap(),
        )
        .unwrap();
        let errs = errors(styrdok::register::load_path(&dir).unwrap());
        let ok = schema_errors("manifest", &manifest).is_empty();
        return (ok, errs, serde_json::to_string(&manifest).unwrap());
    }
    let reg = mutate(seed(), case);
    let mut text = serde_json::to_string_pretty(&reg).unwrap();
    if let Some(key) = case["raw_duplicate_key"].as_str() {
        // A key twice in one object: JSON parsers keep one; the loader
        // reports it.
        let first = format!("\"{key}\":");
        let at = text.find(&first).unwrap();
        text.insert_str(at, &format!("\"{key}\": \"a duplicate\",\n  "));
    }
    let as_parsed: Value = serde_json::from_str(&text).unwrap();
    let instance = as_parsed.pointer(base).unwrap().clone();
    let ok = schema_errors(schema, &instance).is_empty();
    (
        ok,
        loader_errors_file(&text),
        serde_json::to_string(&instance).unwrap(),
    )
}

#[test]
fn shape_errors_are_rejected_by_both_the_schema_and_the_loader() {
    let cases = fixtures("shape-errors.json");
    assert!(cases.len() >= 50, "{}", cases.len());
    let mut disagree = Vec::new();
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        let (schema_ok, loader_errs, _) = judge(case);
        let code_ok = match case["code"].as_str() {
            Some(code) => loader_errs.iter().any(|(c, _)| c == code),
            None => !loader_errs.is_empty(),
        };
        if schema_ok || loader_errs.is_empty() || !code_ok {
            disagree.push(format!(
                "{name}: schema {}, loader {:?}",
                if schema_ok { "accepts" } else { "rejects" },
                loader_errs
            ));
        }
        // Messages are for people: no Rust type names.
        for (_, m) in &loader_errs {
            for rust in ["struct ", "enum ", "variant `", "Option<", "Vec<"] {
                assert!(!m.contains(rust), "{name}: {m}");
            }
        }
    }
    println!(
        "schema/loader agreement on shape errors: {}/{}",
        cases.len() - disagree.len(),
        cases.len()
    );
    assert!(disagree.is_empty(), "{disagree:#?}");
}

/// A diarienummer with its archive code joined by a comma is one value
/// for the committed schema and for the loader alike.
#[test]
fn a_dnr_with_an_archive_code_is_accepted_by_both() {
    let case = serde_json::json!({
        "schema": "document",
        "base": "/documents/0",
        "set": {"/documents/0/dnr": ["Ks 2013/0489,024"]}
    });
    let (schema_ok, loader_errs, instance) = judge(&case);
    assert!(schema_ok, "{instance}");
    assert!(loader_errs.is_empty(), "{loader_errs:?}");
}

#[test]
fn loader_only_rules_are_listed_and_hold() {
    let doc = std::fs::read_to_string(root().join("docs/integrators.md")).unwrap();
    for case in fixtures("loader-only.json") {
        let rule = case["rule"].as_str().unwrap();
        assert!(
            doc.contains(&format!("**{rule}**")),
            "docs/integrators.md does not list the loader-only rule **{rule}**"
        );
        let (schema_ok, loader_errs, instance) = judge(&case);
        assert!(
            schema_ok,
            "{rule}: the schema rejects {instance}; not loader-only"
        );
        assert!(
            !loader_errs.is_empty(),
            "{rule}: the loader accepts {instance}"
        );
        if let Some(code) = case["code"].as_str() {
            assert!(
                loader_errs.iter().any(|(c, _)| c == code),
                "{rule}: {loader_errs:?}"
            );
        }
    }
}

#[test]
fn the_seed_register_and_its_directory_form_are_valid_file_by_file() {
    let reg = seed();
    let errs = schema_errors("register", &reg);
    assert!(errs.is_empty(), "{errs:#?}");
    assert!(loader_errors_file(styrdok::register::BUNDLED_JSON).is_empty());
    let tmp = dir_form(&reg);
    let dir = tmp.path().join("reg");
    let mut files = Vec::new();
    json_files(&dir, &mut files);
    let mut counted = [0usize; 3];
    for f in &files {
        let rel = f.strip_prefix(&dir).unwrap().to_string_lossy().into_owned();
        let (schema, i) = if rel == "register.json" {
            ("manifest", 0)
        } else if rel.starts_with("organisations") {
            ("organisation", 1)
        } else {
            assert!(rel.starts_with("documents"), "{rel}");
            ("document", 2)
        };
        counted[i] += 1;
        let v: Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        let errs = schema_errors(schema, &v);
        assert!(errs.is_empty(), "{rel} against {schema}: {errs:#?}");
    }
    assert_eq!(counted[0], 1);
    assert_eq!(counted[1], reg["organisations"].as_array().unwrap().len());
    assert_eq!(counted[2], reg["documents"].as_array().unwrap().len());
    assert!(errors(styrdok::register::load_path(&dir).unwrap()).is_empty());
}

#[test]
fn builtin_taxonomies_catalogues_and_mappings_are_valid() {
    for t in styrdok::model::profiles::all() {
        let v = serde_json::to_value(t).unwrap();
        let errs = schema_errors("taxonomy", &v);
        assert!(errs.is_empty(), "{}: {errs:#?}", t.id);
        let back: styrdok::model::Taxonomy = serde_json::from_value(v).unwrap();
        assert_eq!(&back, t);
    }
    let lib = styrdok::controls::Library::builtin().unwrap();
    for c in &lib.catalogs {
        let v = serde_json::to_value(c).unwrap();
        let errs = schema_errors("catalogue", &v);
        assert!(errs.is_empty(), "{}: {errs:#?}", c.framework.id);
        let back: styrdok::controls::Catalog = serde_json::from_value(v).unwrap();
        assert_eq!(&back, c);
    }
    let v = serde_json::to_value(&lib.crosswalk).unwrap();
    let errs = schema_errors("mapping", &v);
    assert!(errs.is_empty(), "{errs:#?}");
    // A mapping without its rationale is rejected by both.
    let mut bad = v.clone();
    bad["mappings"][0]
        .as_object_mut()
        .unwrap()
        .remove("rationale");
    assert!(!schema_errors("mapping", &bad).is_empty());
    assert!(serde_json::from_value::<styrdok::controls::Crosswalk>(bad).is_err());
    // A taxonomy with a document kind that is not canonical, too.
    let mut bad = serde_json::to_value(&styrdok::model::profiles::all()[0]).unwrap();
    let kinds = bad["kinds"].as_array_mut().unwrap();
    kinds[0]["kind"] = "Policy".into();
    assert!(!schema_errors("taxonomy", &bad).is_empty());
    assert!(serde_json::from_value::<styrdok::model::Taxonomy>(bad).is_err());
}

#[test]
fn generated_documents_and_organisations_are_valid() {
    // The round-trip tests' generators: whatever the types can hold and
    // serialize, the schemas accept.
    crate::roundtrip::on_big_stack(crate::roundtrip::document(), 48, |d| {
        let v = serde_json::to_value(&d).unwrap();
        let errs = schema_errors("document", &v);
        assert!(errs.is_empty(), "{v}: {errs:#?}");
    });
    crate::roundtrip::on_big_stack(crate::roundtrip::organisation(), 48, |o| {
        let v = serde_json::to_value(&o).unwrap();
        let errs = schema_errors("organisation", &v);
        assert!(errs.is_empty(), "{v}: {errs:#?}");
    });
}
