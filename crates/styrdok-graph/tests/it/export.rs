use std::collections::HashSet;

use regex::Regex;
use styrdok_core::DocumentKind;
use styrdok_graph::{DocumentGraph, JsonGraph, dot_quote, mermaid_id};
use styrdok_model::{Relation, RelationKind};

use crate::fixtures::*;

/// A small grammar check of the Mermaid flowchart subset we emit: a
/// `flowchart LR` header, node lines `ID["label"]`, edge lines
/// `ID -->|"label"| ID` or `ID -.->|"label"| ID`; labels without raw
/// quotes; every edge endpoint declared.
fn check_mermaid(src: &str) -> Result<(usize, usize), String> {
    let mut lines = src.lines();
    if lines.next() != Some("flowchart LR") {
        return Err("missing header".into());
    }
    let node = Regex::new(r#"^  ([A-Za-z_][A-Za-z0-9_]*)\["([^"]*)"\]$"#).unwrap();
    let edge = Regex::new(
        r#"^  ([A-Za-z_][A-Za-z0-9_]*) (-->|-\.->)\|"([^"]*)"\| ([A-Za-z_][A-Za-z0-9_]*)$"#,
    )
    .unwrap();
    let mut declared = HashSet::new();
    let (mut nodes, mut edges) = (0, 0);
    for (i, line) in lines.enumerate() {
        if let Some(c) = node.captures(line) {
            if !declared.insert(c[1].to_string()) {
                return Err(format!("line {}: node {} declared twice", i + 2, &c[1]));
            }
            nodes += 1;
        } else if let Some(c) = edge.captures(line) {
            for end in [&c[1], &c[4]] {
                if !declared.contains(end) {
                    return Err(format!("line {}: undeclared node {end}", i + 2));
                }
            }
            edges += 1;
        } else {
            return Err(format!("line {}: not a node or edge: {line}", i + 2));
        }
    }
    Ok((nodes, edges))
}

/// Structure of the DOT we emit: statements one a line, strings balanced.
fn check_dot(src: &str) -> Result<(usize, usize), String> {
    let q = r#""(?:[^"\\]|\\.)*""#;
    let node = Regex::new(&format!(r"^  ({q}) \[label=({q})(, style=\w+)?\];$")).unwrap();
    let edge = Regex::new(&format!(
        r"^  ({q}) -> ({q}) \[label=({q})(, style=\w+)?\];$"
    ))
    .unwrap();
    let lines: Vec<&str> = src.lines().collect();
    if lines.first() != Some(&"digraph styrdok {") || lines.last() != Some(&"}") {
        return Err("not a digraph".into());
    }
    let (mut n, mut e) = (0, 0);
    for l in &lines[1..lines.len() - 1] {
        if node.is_match(l) {
            n += 1;
        } else if edge.is_match(l) {
            e += 1;
        } else if !(l.starts_with("  rankdir")
            || l.starts_with("  node [")
            || l.starts_with("  edge ["))
        {
            return Err(format!("bad line: {l}"));
        }
    }
    Ok((n, e))
}

fn awkward() -> Vec<styrdok_model::Document> {
    let mut a = doc("q/a", DocumentKind::Policy, "2001-01-01");
    a.title = Some("Policy \"Säkerhet\" för Åre | Öland #1 <x> \\ slut\nny rad".into());
    let mut b = doc("q/end", DocumentKind::Policy, "2002-01-01");
    b.relations
        .push(Relation::to(RelationKind::Replaces, a.id.clone()));
    vec![a, b]
}

#[test]
fn mermaid_is_a_valid_flowchart() {
    for docs in [known(), bounded(), awkward()] {
        let g = DocumentGraph::build(&docs);
        let m = g.to_mermaid(Some(day("2009-01-01")));
        let (n, e) = check_mermaid(&m).unwrap_or_else(|e| panic!("{e}\n{m}"));
        assert_eq!((n, e), (g.node_count(), g.edge_count()));
    }
    let g = DocumentGraph::build(&known());
    let m = g.to_mermaid(Some(day("2009-01-01")));
    assert!(m.contains(r#"-->|"replaces_in_part (3)"|"#), "{m}");
    assert!(m.contains("-.->"), "announced edges are dotted: {m}");
    assert!(
        m.contains("partly superseded: 3 by stockholm/it-program since 2008-06-16"),
        "{m}"
    );
    assert_eq!(mermaid_id(&id("q/end")), "d_q__end");
    // the checker itself rejects broken input
    assert!(check_mermaid("flowchart LR\n  a[\"x\"y\"]\n").is_err());
    assert!(check_mermaid("graph TD\n").is_err());
    assert!(check_mermaid("flowchart LR\n  a -->|\"x\"| b\n").is_err());
}

#[test]
fn dot_quotes_and_labels() {
    for docs in [known(), awkward()] {
        let g = DocumentGraph::build(&docs);
        let d = g.to_dot(Some(day("2009-01-01")));
        let (n, e) = check_dot(&d).unwrap_or_else(|e| panic!("{e}\n{d}"));
        assert_eq!((n, e), (g.node_count(), g.edge_count()));
    }
    assert_eq!(dot_quote("a\"b\\c\nd"), r#""a\"b\\c\nd""#);
    let g = DocumentGraph::build(&known());
    let d = g.to_dot(Some(day("2009-01-01")));
    assert!(d.contains("Telefonpolicy för Stockholms stad"), "{d}");
    assert!(
        d.contains("superseded by stockholm/it-program since 2008-06-16"),
        "{d}"
    );
    assert!(d.contains(r#"[label="replaces_in_part (3)"]"#), "{d}");
    assert!(check_dot("digraph styrdok {\n  \"a\" [label=\"x\"y\"];\n}").is_err());
}

#[test]
fn json_is_deterministic_and_round_trips() {
    let docs = known();
    let mut rev = docs.clone();
    rev.reverse();
    let a =
        serde_json::to_string_pretty(&DocumentGraph::build(&docs).to_json(Some(day("2009-01-01"))))
            .unwrap();
    let b =
        serde_json::to_string_pretty(&DocumentGraph::build(&rev).to_json(Some(day("2009-01-01"))))
            .unwrap();
    assert_eq!(a, b);
    let back: JsonGraph = serde_json::from_str(&a).unwrap();
    assert_eq!(back.nodes.len(), 7);
    let v: serde_json::Value = serde_json::from_str(&a).unwrap();
    let edge = v["edges"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "replaces_in_part")
        .unwrap();
    assert_eq!(edge["from"], PROGRAM);
    assert_eq!(edge["to"], POLICY);
    assert_eq!(edge["sections"][0], "3");
    assert_eq!(edge["stated_by"], PROGRAM);
    // complemented_by stated on the program becomes complements from the stub
    assert!(
        v["edges"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "complements"
                && e["from"] == HANDBOK
                && e["to"] == PROGRAM
                && e["stated_by"] == PROGRAM)
    );
    let node = v["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == TELEFON)
        .unwrap();
    assert_eq!(node["status"]["status"], "superseded");
}
