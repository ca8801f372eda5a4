//! OSCAL export validity and import→export round trips.

use std::collections::BTreeMap;

use serde_json::Value;
use styrdok_controls::{Library, export_oscal, import_oscal, import_oscal_str};

const REF: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/reference/oscal/");

fn read(name: &str) -> Value {
    let text = std::fs::read_to_string(format!("{REF}{name}")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn validator() -> jsonschema::Validator {
    jsonschema::validator_for(&read("oscal_catalog_schema-1.0.6.json")).unwrap()
}

fn assert_valid(v: &jsonschema::Validator, doc: &Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(doc)
        .take(10)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(
        errors.is_empty(),
        "{what} is not valid OSCAL:\n{}",
        errors.join("\n")
    );
}

/// Every control object in a catalog JSON, by id.
fn controls_by_id(doc: &Value) -> BTreeMap<String, Value> {
    fn walk(v: &Value, out: &mut BTreeMap<String, Value>) {
        if let Some(cs) = v.get("controls").and_then(Value::as_array) {
            for c in cs {
                let id = c["id"].as_str().unwrap().to_owned();
                assert!(
                    out.insert(id.clone(), c.clone()).is_none(),
                    "duplicate {id}"
                );
                walk(c, out);
            }
        }
        if let Some(gs) = v.get("groups").and_then(Value::as_array) {
            for g in gs {
                walk(g, out);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&doc["catalog"], &mut out);
    out
}

#[test]
fn builtin_exports_are_valid_oscal_and_round_trip() {
    let v = validator();
    let lib = Library::builtin().unwrap();
    for cat in &lib.catalogs {
        let doc = export_oscal(cat);
        assert_valid(&v, &doc, &cat.framework.id);
        assert_eq!(doc["catalog"]["metadata"]["oscal-version"], "1.1.2");
        assert_eq!(
            doc["catalog"]["metadata"]["last-modified"],
            styrdok_controls::DATA_LAST_MODIFIED
        );
        assert_eq!(export_oscal(cat), doc, "deterministic");
        let back = import_oscal(&doc).unwrap();
        assert_eq!(&back, cat, "{} import(export) differs", cat.framework.id);
    }
    let iso = export_oscal(lib.catalog("iso27001:2022").unwrap());
    let controls = controls_by_id(&iso);
    assert!(controls.contains_key("a-5.15"));
    assert!(controls.contains_key("clause-9.2"));
    let props = controls["a-5.15"]["props"].as_array().unwrap();
    assert!(
        props
            .iter()
            .any(|p| p["ns"] == styrdok_controls::ATTRIBUTES_NS
                && p["name"] == "properties"
                && p["value"] == "Confidentiality")
    );
}

fn round_trip(name: &str) -> (Value, Value) {
    let input = read(name);
    let cat = import_oscal(&input).unwrap();
    assert!(cat.framework.derived);
    let output = export_oscal(&cat);
    (input, output)
}

#[test]
fn basic_catalog_round_trips() {
    let (input, output) = round_trip("basic-catalog.json");
    let a = controls_by_id(&input);
    let b = controls_by_id(&output);
    assert!(!a.is_empty());
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (id, c) in &a {
        assert_eq!(c, &b[id], "control {id} differs");
    }
    assert_eq!(input, output, "whole catalog");
    assert_valid(&validator(), &output, "re-exported basic catalog");
}

#[test]
fn nist_800_53_low_baseline_round_trips_and_validates() {
    let (input, output) =
        round_trip("NIST_SP-800-53_rev5_LOW-baseline-resolved-profile_catalog.json");
    let a = controls_by_id(&input);
    let b = controls_by_id(&output);
    assert!(a.len() > 100, "{} controls", a.len());
    assert_eq!(a.len(), b.len());
    for (id, c) in &a {
        assert_eq!(c, &b[id], "control {id} differs");
    }
    assert_eq!(input, output, "whole catalog");
    assert_valid(&validator(), &output, "re-exported NIST catalog");
    let cat = import_oscal(&input).unwrap();
    assert!(cat.control("ac-2").is_some());
}

#[test]
fn bad_input_names_where() {
    let err = import_oscal_str("{\"catalog\": [}")
        .unwrap_err()
        .to_string();
    assert!(err.contains("line 1:"), "{err}");
    let mut doc = read("basic-catalog.json");
    doc["catalog"]["groups"][0]["groups"][0]["controls"][0]["props"] = Value::String("x".into());
    let err = import_oscal(&doc).unwrap_err().to_string();
    assert!(
        err.contains("/catalog/groups/0/groups/0/controls/0/props"),
        "{err}"
    );
}

/// The codes and pointers of an import's OSCAL-rule problems.
fn rule_problems(doc: &Value) -> Vec<(String, String)> {
    match import_oscal(doc) {
        Err(styrdok_controls::ControlsError::OscalInvalid(diags)) => diags
            .iter()
            .map(|d| {
                let ptr = d.location.as_ref().map(|l| l.pointer.clone());
                (d.code.to_string(), ptr.unwrap_or_default())
            })
            .collect(),
        other => panic!("expected OSCAL-rule problems, got {other:?}"),
    }
}

#[test]
fn duplicate_control_ids_are_refused_at_the_second() {
    let mut doc = read("basic-catalog.json");
    let first = doc["catalog"]["groups"][0]["groups"][0]["controls"][0]["id"].clone();
    doc["catalog"]["groups"][1]["groups"][0]["controls"][0]["id"] = first;
    assert_eq!(
        rule_problems(&doc),
        [(
            "SD602".to_owned(),
            "/catalog/groups/1/groups/0/controls/0/id".to_owned()
        )]
    );
}

#[test]
fn ids_must_be_oscal_tokens() {
    for bad in ["a-/../x", "", "1abc", "has space", "-x", "a\u{1b}[2J"] {
        let mut doc = read("basic-catalog.json");
        doc["catalog"]["groups"][0]["groups"][0]["controls"][0]["id"] = bad.into();
        assert_eq!(
            rule_problems(&doc),
            [(
                "SD603".to_owned(),
                "/catalog/groups/0/groups/0/controls/0/id".to_owned()
            )],
            "{bad:?}"
        );
    }
    for good in ["_x", "s1.1-a", "åtgärd_1", "Ω.2"] {
        let mut doc = read("basic-catalog.json");
        doc["catalog"]["groups"][0]["groups"][0]["controls"][0]["id"] = good.into();
        assert!(import_oscal(&doc).is_ok(), "{good:?}");
    }
}

#[test]
fn uuids_must_be_version_4_or_5() {
    for bad in [
        "x",
        "",
        "74c8ba1e5cd44ad1bbfdd888e2f6c724",
        "74c8ba1e-5cd4-1ad1-bbfd-d888e2f6c724",
        "{74c8ba1e-5cd4-4ad1-bbfd-d888e2f6c724}",
        "74c8ba1e-5cd4-4ad1-7bfd-d888e2f6c724",
    ] {
        let mut doc = read("basic-catalog.json");
        doc["catalog"]["uuid"] = bad.into();
        assert_eq!(
            rule_problems(&doc),
            [("SD604".to_owned(), "/catalog/uuid".to_owned())],
            "{bad:?}"
        );
    }
    let mut doc = read("basic-catalog.json");
    doc["catalog"]["uuid"] = "74C8BA1E-5CD4-5AD1-BBFD-D888E2F6C724".into();
    assert!(import_oscal(&doc).is_ok());
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let mut doc = read("basic-catalog.json");
    doc["catalog"]["uuid"] = "nope".into();
    let c = &mut doc["catalog"]["groups"][0]["groups"][0]["controls"];
    c[0]["id"] = "".into();
    let second = c[1]["id"].clone();
    c[0]["params"] = serde_json::json!([{"id": "p1"}, {"id": "p1"}]);
    doc["catalog"]["groups"][1]["groups"][0]["controls"][0]["id"] = second;
    let got = rule_problems(&doc);
    let codes: Vec<&str> = got.iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(codes, ["SD604", "SD603", "SD602", "SD602"], "{got:?}");
}

#[test]
fn syntax_errors_have_a_one_based_line_and_column() {
    for (text, line, column) in [("", 1, 1), ("{\n  \"catalog\": [}", 2, 15)] {
        let Err(styrdok_controls::ControlsError::OscalInvalid(diags)) = import_oscal_str(text)
        else {
            panic!("{text:?} imported");
        };
        let loc = diags[0].location.clone().unwrap();
        assert_eq!(diags[0].code.to_string(), "SD101");
        assert_eq!(
            (loc.line, loc.column),
            (Some(line), Some(column)),
            "{text:?}"
        );
    }
}
