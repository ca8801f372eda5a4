use std::collections::HashSet;

use regex::Regex;
use styrdok_core::DocumentKind;
use styrdok_graph::{
    DocumentGraph, EdgeKind, ExportOptions, JsonGraph, StatusKind, dot_quote, mermaid_escape,
    mermaid_id, status_colour,
};
use styrdok_model::{Relation, RelationKind};

use crate::fixtures::*;

/// A small grammar check of the Mermaid flowchart subset we emit: a
/// `flowchart LR` header, node lines `ID["label"]`, edge lines
/// `ID -->|"label"| ID` or `ID -.->|"label"| ID`, `classDef`/`class`/
/// `linkStyle` lines and one legend subgraph; labels without raw quotes;
/// every edge endpoint and class member declared. Returns (nodes, edges)
/// outside the legend.
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
    let class_def =
        Regex::new(r"^  classDef (st_[a-z_]+) fill:#[0-9a-f]{6},stroke:#333333$").unwrap();
    let class = Regex::new(r"^  class ([A-Za-z0-9_,]+) (st_[a-z_]+)$").unwrap();
    let link_style = Regex::new(r"^  linkStyle ([0-9,]+) stroke-dasharray:2 4$").unwrap();
    let legend_node = Regex::new(r#"^    legend_[a-z_]+\["[a-z ,]+"\]:::(st_[a-z_]+)$"#).unwrap();
    let mut declared = HashSet::new();
    let mut classes = HashSet::new();
    let (mut nodes, mut edges) = (0, 0);
    let mut in_legend = false;
    for (i, line) in lines.enumerate() {
        let n = i + 2;
        if in_legend {
            if line == "  end" {
                in_legend = false;
            } else if let Some(c) = legend_node.captures(line) {
                if !classes.contains(&c[1]) {
                    return Err(format!("line {n}: undefined class {}", &c[1]));
                }
            } else {
                return Err(format!("line {n}: bad legend line: {line}"));
            }
        } else if let Some(c) = node.captures(line) {
            if !declared.insert(c[1].to_string()) {
                return Err(format!("line {n}: node {} declared twice", &c[1]));
            }
            nodes += 1;
        } else if let Some(c) = edge.captures(line) {
            for end in [&c[1], &c[4]] {
                if !declared.contains(end) {
                    return Err(format!("line {n}: undeclared node {end}"));
                }
            }
            edges += 1;
        } else if let Some(c) = class_def.captures(line) {
            classes.insert(c[1].to_string());
        } else if let Some(c) = class.captures(line) {
            if !classes.contains(&c[2]) {
                return Err(format!("line {n}: undefined class {}", &c[2]));
            }
            if let Some(m) = c[1].split(',').find(|m| !declared.contains(*m)) {
                return Err(format!("line {n}: undeclared node {m}"));
            }
        } else if let Some(c) = link_style.captures(line) {
            if c[1]
                .split(',')
                .any(|k| k.parse::<usize>().map_or(true, |k| k >= edges))
            {
                return Err(format!("line {n}: linkStyle of a missing edge"));
            }
        } else if line == "  subgraph legend[\"Legend: status\"]" {
            in_legend = true;
        } else {
            return Err(format!("line {n}: not a node or edge: {line}"));
        }
    }
    if in_legend {
        return Err("unclosed legend".into());
    }
    Ok((nodes, edges))
}

/// Structure of the DOT we emit: statements one a line, strings balanced,
/// attribute lists `key=value` with quoted or bare values, edge endpoints
/// declared, and one legend cluster. Returns (nodes, edges) outside the
/// legend.
fn check_dot(src: &str) -> Result<(usize, usize), String> {
    let q = r#""(?:[^"\\\x00-\x1f]|\\.)*""#;
    let attrs = format!(r"(?:[a-z]+=(?:{q}|[A-Za-z0-9_.]+))(?:, [a-z]+=(?:{q}|[A-Za-z0-9_.]+))*");
    let node = Regex::new(&format!(r"^( {{2,4}})({q}) \[{attrs}\];$")).unwrap();
    let edge = Regex::new(&format!(r"^( {{2,4}})({q}) -> ({q}) \[{attrs}\];$")).unwrap();
    let lines: Vec<&str> = src.lines().collect();
    if lines.first() != Some(&"digraph styrdok {") || lines.last() != Some(&"}") {
        return Err("not a digraph".into());
    }
    let mut declared = HashSet::new();
    let (mut n, mut e) = (0, 0);
    let mut in_legend = false;
    for l in &lines[1..lines.len() - 1] {
        if let Some(c) = node.captures(l) {
            if (c[1].len() == 4) != in_legend {
                return Err(format!("bad indentation: {l}"));
            }
            declared.insert(c[2].to_string());
            if !in_legend {
                n += 1;
            }
        } else if let Some(c) = edge.captures(l) {
            for end in [&c[2], &c[3]] {
                if !declared.contains(end) {
                    return Err(format!("undeclared node {end}: {l}"));
                }
            }
            if !in_legend {
                e += 1;
            }
        } else if *l == "  subgraph cluster_legend {" && !in_legend {
            in_legend = true;
        } else if *l == "  }" && in_legend {
            in_legend = false;
        } else if !(l.starts_with("  rankdir")
            || l.starts_with("  node [")
            || l.starts_with("  edge [")
            || (in_legend && (l.starts_with("    label=") || l.starts_with("    fontname="))))
        {
            return Err(format!("bad line: {l}"));
        }
    }
    if in_legend {
        return Err("unclosed legend".into());
    }
    Ok((n, e))
}

fn awkward() -> Vec<styrdok_model::Document> {
    let mut a = doc("q/a", DocumentKind::Policy, "2001-01-01");
    a.title =
        Some("Policy \"Säkerhet\" för Åre | Öland #1 <x> \\ slut\nny rad\u{0}nul\u{1b}[2J".into());
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
        assert_eq!(n, g.node_count());
        assert!(e <= g.edge_count() && e > 0, "{m}");
        assert!(!m.contains('\u{0}') && !m.contains('\u{1b}'), "{m}");
    }
    let g = DocumentGraph::build(&known());
    let m = g.to_mermaid(Some(day("2009-01-01")));
    assert!(m.contains(r#"-->|"replaces in part (3)"|"#), "{m}");
    assert!(m.contains("-.->"), "announced edges are dotted: {m}");
    assert!(
        m.contains("linkStyle"),
        "candidates have their own dash: {m}"
    );
    // statuses are colours with a legend in words, not reasons in the boxes
    assert!(
        m.contains(r#"legend_partly_superseded["partly superseded"]"#),
        "{m}"
    );
    assert!(!m.contains("since 2008-06-16"), "{m}");
    assert_eq!(mermaid_id(&id("q/end")), "d_q__end");
    assert_eq!(mermaid_escape("a\u{0}b"), r"a\u{0}b");
    // the checker itself rejects broken input
    assert!(check_mermaid("flowchart LR\n  a[\"x\"y\"]\n").is_err());
    assert!(check_mermaid("graph TD\n").is_err());
    assert!(check_mermaid("flowchart LR\n  a -->|\"x\"| b\n").is_err());
    assert!(check_mermaid("flowchart LR\n  a[\"x\"]\n  class a st_x\n").is_err());
}

#[test]
fn dot_quotes_and_labels() {
    for docs in [known(), awkward()] {
        let g = DocumentGraph::build(&docs);
        let d = g.to_dot(Some(day("2009-01-01")));
        let (n, e) = check_dot(&d).unwrap_or_else(|e| panic!("{e}\n{d}"));
        assert_eq!(n, g.node_count());
        assert!(e <= g.edge_count() && e > 0, "{d}");
    }
    assert_eq!(dot_quote("a\"b\\c\nd"), r#""a\"b\\c\nd""#);
    // a NUL or ESC in a title cannot break the DOT (issue 10)
    assert_eq!(dot_quote("a\u{0}b\u{1b}c"), r#""a\\u{0}b\\u{1b}c""#);
    let g = DocumentGraph::build(&known());
    let d = g.to_dot(Some(day("2009-01-01")));
    assert!(d.contains("Telefonpolicy för Stockholms"), "{d}");
    // the id is the tooltip, the status reason too, the box is coloured
    let tel = d
        .lines()
        .find(|l| l.starts_with(&format!("  \"{TELEFON}\" [")))
        .unwrap_or_else(|| panic!("{d}"));
    assert!(
        tel.contains(&format!("tooltip=\"{TELEFON} — superseded by")),
        "{tel}"
    );
    assert!(
        tel.contains(&format!(
            "fillcolor=\"{}\"",
            status_colour(StatusKind::Superseded)
        )),
        "{tel}"
    );
    assert!(!tel.contains("label=\"telefonpolicy"), "{tel}");
    assert!(d.contains(r#"label="replaces in part (3)""#), "{d}");
    assert!(d.contains("subgraph cluster_legend"), "{d}");
    assert!(d.contains(r#"label="superseded""#), "{d}");
    assert!(check_dot("digraph styrdok {\n  \"a\" [label=\"x\"y\"];\n}").is_err());
    assert!(check_dot("digraph styrdok {\n  \"a\" [label=\"x\u{0}\"];\n}").is_err());
    assert!(check_dot("digraph styrdok {\n  \"a\" -> \"b\" [label=\"x\"];\n}").is_err());
}

#[test]
fn filters_by_kind_and_organisation() {
    let g = DocumentGraph::build(&known());
    let all = g.view(&ExportOptions::new());
    assert!(
        all.edges
            .iter()
            .any(|e| e.edge.kind == EdgeKind::Complements)
    );
    let only = g.view(&ExportOptions::new().kinds([EdgeKind::Replaces, EdgeKind::ReplacesInPart]));
    assert!(!only.edges.is_empty());
    assert!(
        only.edges
            .iter()
            .all(|e| matches!(e.edge.kind, EdgeKind::Replaces | EdgeKind::ReplacesInPart))
    );
    // only documents touching a kept edge
    for n in &only.nodes {
        assert!(
            only.edges
                .iter()
                .any(|e| e.from.id == n.node.id || e.to.id == n.node.id),
            "{}",
            n.node.id
        );
    }
    let d = g.to_dot_with(&ExportOptions::new().kinds([EdgeKind::ReplacesInPart]));
    let (_, e) = check_dot(&d).unwrap_or_else(|e| panic!("{e}\n{d}"));
    assert_eq!(e, 1, "{d}");
    // organisation: a register of two organisations keeps one
    let mut docs = known();
    docs.extend(awkward());
    let g = DocumentGraph::build(&docs);
    let q = g.view(&ExportOptions::new().organisation("q".parse().unwrap()));
    assert_eq!(q.nodes.len(), 2);
    assert_eq!(q.edges.len(), 1);
    let j = g.to_json_with(&ExportOptions::new().organisation("q".parse().unwrap()));
    assert_eq!((j.nodes.len(), j.edges.len()), (2, 1));
}

#[test]
fn an_edge_stated_twice_is_drawn_once() {
    let mut docs = known();
    let prog = docs.iter_mut().find(|d| d.id.as_str() == PROGRAM).unwrap();
    let tel = Relation::to(RelationKind::Replaces, id(TELEFON));
    prog.relations.push(tel.clone());
    prog.relations.push(tel);
    let g = DocumentGraph::build(&docs);
    let v = g.view(&ExportOptions::new());
    let to_tel: Vec<_> = v
        .edges
        .iter()
        .filter(|e| e.to.id.as_str() == TELEFON && e.edge.kind == EdgeKind::Replaces)
        .collect();
    assert_eq!(to_tel.len(), 1);
    assert!(to_tel[0].times_stated >= 2);
    // the JSON keeps every statement
    let j = g.to_json(None);
    assert!(
        j.edges
            .iter()
            .filter(|e| e.to.as_str() == TELEFON && e.edge.kind == EdgeKind::Replaces)
            .count()
            >= 2
    );
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
