//! Every deliberately wrong register file in `tests/fixtures/bad/` yields a
//! located diagnostic with the expected code, pointer, line and column. The
//! expectations were computed from the text by `gen_bad.py`, independently
//! of the Rust code.

use std::path::PathBuf;

use serde::Deserialize;
use styrdok_core::Diagnostic;

#[derive(Debug, Deserialize)]
struct Expected {
    file: String,
    code: String,
    pointer: String,
    line: u32,
    column: u32,
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad")
}

fn show(diags: &[Diagnostic]) -> String {
    diags.iter().map(|d| format!("  {d}\n")).collect()
}

#[test]
fn every_bad_file_gives_the_expected_located_diagnostic() {
    let text = std::fs::read_to_string(fixtures().join("expected.json")).unwrap();
    let expected: Vec<Expected> = serde_json::from_str(&text).unwrap();
    assert!(expected.len() >= 30, "at least 30 wrong files");
    let mut failures = Vec::new();
    for e in &expected {
        let path = fixtures().join(&e.file);
        let loaded = styrdok_register::load_path(&path).unwrap();
        assert!(loaded.has_errors(), "{}: no error at all", e.file);
        let found = loaded.diagnostics.iter().find(|d| {
            d.code == *e.code && d.location.as_ref().is_some_and(|l| l.pointer == e.pointer)
        });
        match found {
            None => failures.push(format!(
                "{}: expected {} at {:?}, got:\n{}",
                e.file,
                e.code,
                e.pointer,
                show(&loaded.diagnostics)
            )),
            Some(d) => {
                let loc = d.location.as_ref().unwrap();
                if loc.line != Some(e.line) || loc.column != Some(e.column) {
                    failures.push(format!(
                        "{}: {} expected at {}:{}, got {:?}:{:?}",
                        e.file, e.code, e.line, e.column, loc.line, loc.column
                    ));
                }
                if loc.file.as_deref() != Some(path.display().to_string().as_str()) {
                    failures.push(format!("{}: the location does not name the file", e.file));
                }
                if d.message.trim().is_empty() {
                    failures.push(format!("{}: empty message", e.file));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn four_planted_errors_give_four_located_diagnostics() {
    let text = r#"{
  "format_version": "1",
  "organisations": [
    {"id": "ort", "name": "Orts kommun", "kind": "kommun",
     "bodies": [{"id": "ort/kf", "name": "Kommunfullmäktige", "kind": "fullmaktige"},
                {"id": "ort/kf", "name": "Kommunstyrelsen", "kind": "styrelse"}]}
  ],
  "documents": [
    {"id": "ort/a", "kind": "policy", "decision_date": "2018-02-30"},
    {"id": "ort/b", "kind": "riktlinje", "relations": [{"kind": "replaces", "target": "ort/finns-inte"}]},
    {"id": "ort/c", "kind": "Riktlinje för IT!"}
  ]
}"#;
    let loaded = styrdok_register::load_str(text, Some("planted.json"));
    let errors: Vec<_> = loaded.diagnostics.iter().filter(|d| d.is_error()).collect();
    let got: Vec<(&str, &str, Option<u32>)> = errors
        .iter()
        .map(|d| {
            let l = d.location.as_ref().unwrap();
            (d.code.id(), l.pointer.as_str(), l.line)
        })
        .collect();
    assert_eq!(
        got.len(),
        4,
        "expected exactly four errors, got:\n{}",
        show(&loaded.diagnostics)
    );
    for want in [
        ("SD201", "/organisations/0/bodies/1/id", Some(6)),
        ("SD113", "/documents/0/decision_date", Some(9)),
        ("SD204", "/documents/1/relations/0/target", Some(10)),
        ("SD112", "/documents/2/kind", Some(11)),
    ] {
        assert!(got.contains(&want), "missing {want:?} in {got:?}");
    }
}

/// Messages say what was expected in words: no Rust type names, no serde
/// internals; the code is chosen by the value's shape, not the message.
#[test]
fn messages_are_free_of_rust_and_serde_internals() {
    let cases = [
        (
            r#"{"format_version": "1", "documents": [[]]}"#,
            "SD110",
            "/documents/0",
            "expected an object, found a list",
        ),
        (
            r#"{"format_version": "1", "profiles": [5]}"#,
            "SD110",
            "/profiles/0",
            "found a whole number",
        ),
        (
            r#"{"format_version": "1", "profiles": [{"id": "x", "bogus": 1}]}"#,
            "SD111",
            "/profiles/0/bogus",
            "unknown field \"bogus\"",
        ),
        (
            r#"{"format_version": "1", "documents": [{"id": "o/d", "kind": "policy", "review": {"every_years": 4294967296}}]}"#,
            "SD112",
            "/documents/0/review/every_years",
            "out of range",
        ),
        (
            r#"{"format_version": "1", "documents": [{"id": "o/d"}]}"#,
            "SD115",
            "/documents/0",
            "missing field \"kind\"",
        ),
        (
            r#"{"format_version": "1", "sources": [{"id": "s", "kind": "lag", "identifier": "x", "title": "t"}]}"#,
            "SD112",
            "/sources/0/kind",
            "unknown value \"lag\"",
        ),
    ];
    for (text, code, pointer, words) in cases {
        let l = styrdok_register::load_str(text, Some("t.json"));
        let d = l
            .diagnostics
            .iter()
            .find(|d| d.code == code)
            .unwrap_or_else(|| panic!("{text}: no {code}: {}", show(&l.diagnostics)));
        assert_eq!(d.location.as_ref().unwrap().pointer, pointer, "{text}");
        assert!(d.message.contains(words), "{text}: {}", d.message);
        for internal in ["struct ", "untagged", "enum ", "invalid length", "elements"] {
            assert!(!d.message.contains(internal), "{text}: {}", d.message);
        }
        assert!(l.omitted > 0, "{text}: an element was left out");
    }
    // A document where a register is expected says so.
    let l = styrdok_register::load_str(r#"{"id": "o/d", "kind": "policy"}"#, Some("d.json"));
    assert!(
        l.diagnostics[0].message.contains("is a document"),
        "{}",
        show(&l.diagnostics)
    );
    // Echoed values are cut and control characters escaped.
    let long = format!(
        r#"{{"format_version": "1", "x{}": 1}}"#,
        "\\u001b".repeat(500)
    );
    let l = styrdok_register::load_str(&long, Some("t.json"));
    let m = &l.diagnostics[0].message;
    assert!(
        m.contains("more characters") && !m.contains('\u{1b}'),
        "{m}"
    );
}

/// A party reference that is not a slug path (an adopter, owner, duty
/// holder, body link, group member or delegation) is SD114 at the field,
/// with the id parser's message; one that is well formed but names no party
/// stays SD203, reported by the reference check.
#[test]
fn malformed_party_references_are_bad_ids_at_their_field() {
    let org = |extra: &str| {
        format!(
            r#"{{"id": "ort", "name": "Orts kommun", "kind": "kommun",
     "bodies": [{{"id": "ort/kf", "name": "Kommunfullmäktige", "kind": "fullmaktige"}},
                {{"id": "ort/ks", "name": "Kommunstyrelsen", "kind": "styrelse"{extra}}}]}}"#
        )
    };
    let cases = [
        (
            format!(
                r#"{{"format_version": "1", "organisations": [{}], "documents": [{{"id": "ort/a", "kind": "policy", "adopted_by": "Ort/KS"}}]}}"#,
                org("")
            ),
            "/documents/0/adopted_by",
        ),
        (
            format!(
                r#"{{"format_version": "1", "organisations": [{}], "documents": [{{"id": "ort/a", "kind": "policy", "owner": "ort/"}}]}}"#,
                org("")
            ),
            "/documents/0/owner",
        ),
        (
            format!(
                r#"{{"format_version": "1", "organisations": [{}], "documents": [{{"id": "ort/a", "kind": "policy", "duties": [{{"id": "1", "holder": "ort ks", "activity": "a", "text": "t"}}]}}]}}"#,
                org("")
            ),
            "/documents/0/duties/0/holder",
        ),
        (
            format!(
                r#"{{"format_version": "1", "organisations": [{}]}}"#,
                org(r#", "links": [{"kind": "appointed_by", "target": "ort//kf"}]"#)
            ),
            "/organisations/0/bodies/1/links/0/target",
        ),
        (
            r#"{"format_version": "1", "organisations": [{"id": "ort", "name": "O", "kind": "kommun",
     "groups": [{"id": "ort/alla", "name": "Alla", "members": ["ort/kf", "ORT/KS"]}]}]}"#
                .to_owned(),
            "/organisations/0/groups/0/members/1",
        ),
        (
            r#"{"format_version": "1", "organisations": [{"id": "ort", "name": "O", "kind": "kommun",
     "delegations": [{"from": "ort/ks", "to": "-ort/x", "matters": "m"}]}]}"#
                .to_owned(),
            "/organisations/0/delegations/0/to",
        ),
    ];
    for (text, pointer) in &cases {
        let loaded = styrdok_register::load_str(text, Some("party.json"));
        let found = loaded.diagnostics.iter().find(|d| {
            d.location
                .as_ref()
                .is_some_and(|l| l.pointer == *pointer && l.line.is_some())
        });
        let Some(d) = found else {
            panic!("nothing at {pointer}:\n{}", show(&loaded.diagnostics));
        };
        assert_eq!(d.code.id(), "SD114", "{pointer}: {d}");
        assert!(d.message.contains("invalid party id"), "{pointer}: {d}");
        assert!(!loaded.is_complete(), "{pointer}: the element is left out");
    }
    let dangling = format!(
        r#"{{"format_version": "1", "organisations": [{}], "documents": [{{"id": "ort/a", "kind": "policy", "adopted_by": "ort/bun"}}]}}"#,
        org("")
    );
    let loaded = styrdok_register::load_str(&dangling, Some("party.json"));
    let codes: Vec<&str> = loaded.diagnostics.iter().map(|d| d.code.id()).collect();
    assert!(codes.contains(&"SD203"), "{codes:?}");
    assert!(!codes.contains(&"SD114"), "{codes:?}");
    assert!(loaded.is_complete());
}

/// A delegation's document kinds are document kinds: the canonical ids a
/// document's `kind` holds (or a taxonomy's slug); a spelling is SD112 at
/// the element, with the kind parser's "did you mean".
#[test]
fn delegation_document_kinds_are_canonical_kinds() {
    let text = |kinds: &str| {
        format!(
            r#"{{"format_version": "1", "organisations": [{{"id": "ort", "name": "O", "kind": "kommun",
     "delegations": [{{"from": "ort/ks", "to": "ort/kd", "matters": "m", "document_kinds": {kinds}}}]}}]}}"#
        )
    };
    let loaded = styrdok_register::load_str(&text(r#"["riktlinje", "handlingsplan"]"#), None);
    let reg = loaded.register.as_ref().unwrap();
    assert_eq!(
        reg.organisations[0].delegations[0].document_kinds,
        [
            styrdok_core::DocumentKind::Riktlinje,
            styrdok_core::DocumentKind::Custom("handlingsplan".into())
        ]
    );
    let loaded = styrdok_register::load_str(&text(r#"["Riktlinjer"]"#), None);
    let d = loaded
        .diagnostics
        .iter()
        .find(|d| d.code.id() == "SD112")
        .unwrap_or_else(|| panic!("no SD112:\n{}", show(&loaded.diagnostics)));
    let loc = d.location.as_ref().unwrap();
    assert_eq!(
        loc.pointer,
        "/organisations/0/delegations/0/document_kinds/0"
    );
    assert!(d.message.contains("riktlinje"), "{d}");
}

/// A source id is one slug: a law's number as written is SD114 at its
/// field, in the register's sources and in a document's citation alike.
#[test]
fn source_ids_are_one_slug() {
    for (text, pointer) in [
        (
            r#"{"format_version": "1", "sources": [{"id": "sfs/2009-400", "kind": "law", "identifier": "SFS 2009:400", "title": "Offentlighets- och sekretesslag"}]}"#,
            "/sources/0/id",
        ),
        (
            r#"{"format_version": "1", "documents": [{"id": "ort/a", "kind": "policy", "cites": [{"source": "SFS 2009:400"}]}]}"#,
            "/documents/0/cites/0/source",
        ),
    ] {
        let loaded = styrdok_register::load_str(text, Some("source.json"));
        let d = loaded
            .diagnostics
            .iter()
            .find(|d| d.location.as_ref().is_some_and(|l| l.pointer == pointer))
            .unwrap_or_else(|| panic!("nothing at {pointer}:\n{}", show(&loaded.diagnostics)));
        assert_eq!(d.code.id(), "SD114", "{d}");
        assert!(d.message.contains("invalid source id"), "{d}");
    }
}
