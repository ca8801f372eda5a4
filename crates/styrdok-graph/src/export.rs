//! Export: Graphviz DOT, Mermaid flowchart, JSON.

use schemars::JsonSchema;
use std::fmt::Write as _;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use styrdok_core::DocumentId;

use crate::edge::Edge;
use crate::graph::{DocumentGraph, Node};
use crate::status::Status;

/// One node of the JSON export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct JsonNode {
    /// The node's data.
    #[serde(flatten)]
    pub node: Node,
    /// Its status at the export's date, when one was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
}

/// One edge of the JSON export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct JsonEdge {
    /// The acting document.
    pub from: DocumentId,
    /// The document acted upon.
    pub to: DocumentId,
    /// The edge's data.
    #[serde(flatten)]
    pub edge: Edge,
}

/// The JSON export: nodes sorted by id, edges by (from, to, kind, stating
/// document).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct JsonGraph {
    /// The date statuses are given for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<NaiveDate>,
    /// Nodes.
    pub nodes: Vec<JsonNode>,
    /// Edges.
    pub edges: Vec<JsonEdge>,
}

impl DocumentGraph {
    fn sorted_nodes(&self, at: Option<NaiveDate>) -> Vec<(&Node, Option<Status>)> {
        let mut v: Vec<(&Node, Option<Status>)> = self
            .indices()
            .map(|ix| (self.at(ix), at.map(|d| self.status_ix(ix, d))))
            .collect();
        v.sort_by(|a, b| a.0.id.cmp(&b.0.id));
        v
    }

    fn sorted_edges(&self) -> Vec<(&Node, &Node, &Edge)> {
        let mut v: Vec<_> = self.edges().collect();
        v.sort_by(|a, b| {
            (&a.0.id, &a.1.id, a.2.kind, &a.2.stated_by, &a.2.sections).cmp(&(
                &b.0.id,
                &b.1.id,
                b.2.kind,
                &b.2.stated_by,
                &b.2.sections,
            ))
        });
        v
    }

    /// The JSON export, with statuses when `at` is given.
    pub fn to_json(&self, at: Option<NaiveDate>) -> JsonGraph {
        JsonGraph {
            at,
            nodes: self
                .sorted_nodes(at)
                .into_iter()
                .map(|(n, status)| JsonNode {
                    node: n.clone(),
                    status,
                })
                .collect(),
            edges: self
                .sorted_edges()
                .into_iter()
                .map(|(a, b, e)| JsonEdge {
                    from: a.id.clone(),
                    to: b.id.clone(),
                    edge: e.clone(),
                })
                .collect(),
        }
    }

    /// Graphviz DOT: one box per document labelled with title, kind, dates
    /// and (with `at`) status; one edge per relation labelled by kind, with
    /// the sections of a partial replacement; announced and unresolved
    /// edges dashed; dangling targets dotted.
    pub fn to_dot(&self, at: Option<NaiveDate>) -> String {
        let mut s = String::from(
            "digraph styrdok {\n  rankdir=LR;\n  node [shape=box, fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n",
        );
        for (n, status) in self.sorted_nodes(at) {
            let label = node_lines(n, status.as_ref()).join("\n");
            let style = if n.missing {
                ", style=dotted"
            } else if n.stub {
                ", style=dashed"
            } else {
                ""
            };
            let _ = writeln!(
                s,
                "  {} [label={}{style}];",
                dot_quote(n.id.as_str()),
                dot_quote(&label)
            );
        }
        for (a, b, e) in self.sorted_edges() {
            let style = if e.is_effective() {
                ""
            } else {
                ", style=dashed"
            };
            let _ = writeln!(
                s,
                "  {} -> {} [label={}{style}];",
                dot_quote(a.id.as_str()),
                dot_quote(b.id.as_str()),
                dot_quote(&edge_label(e))
            );
        }
        s.push_str("}\n");
        s
    }

    /// A Mermaid `flowchart LR`: node ids sanitized, labels quoted;
    /// announced and unresolved edges dotted (`-.->`).
    pub fn to_mermaid(&self, at: Option<NaiveDate>) -> String {
        let mut s = String::from("flowchart LR\n");
        for (n, status) in self.sorted_nodes(at) {
            let label = node_lines(n, status.as_ref())
                .iter()
                .map(|l| mermaid_escape(l))
                .collect::<Vec<_>>()
                .join("<br/>");
            let _ = writeln!(s, "  {}[\"{label}\"]", mermaid_id(&n.id));
        }
        for (a, b, e) in self.sorted_edges() {
            let arrow = if e.is_effective() { "-->" } else { "-.->" };
            let _ = writeln!(
                s,
                "  {} {arrow}|\"{}\"| {}",
                mermaid_id(&a.id),
                mermaid_escape(&edge_label(e)),
                mermaid_id(&b.id)
            );
        }
        s
    }
}

fn node_lines(n: &Node, status: Option<&Status>) -> Vec<String> {
    let mut lines = vec![n.title.clone().unwrap_or_else(|| n.id.to_string())];
    let mut meta = vec![n.kind.to_string()];
    if n.missing {
        meta = vec!["not in register".into()];
    } else if n.stub {
        meta.push("stub".into());
    }
    lines.push(format!("{} · {}", n.id, meta.join(", ")));
    if !n.missing {
        let mut dates = format!("decided {}", n.decision_date);
        if n.entry_into_force != n.decision_date {
            let _ = write!(dates, ", in force from {}", n.entry_into_force);
        }
        if !n.valid_until.is_unknown() {
            let _ = write!(dates, ", valid until {}", n.valid_until);
        }
        lines.push(dates);
    }
    if let Some(st) = status {
        lines.push(st.summary());
    }
    lines
}

fn edge_label(e: &Edge) -> String {
    let mut l = e.kind.id().to_string();
    if !e.sections.is_empty() {
        let _ = write!(l, " ({})", e.sections.join(", "));
    }
    if e.announced {
        l.push_str(" [announced]");
    }
    if e.unresolved {
        l.push_str(" [candidate]");
    }
    l
}

/// A DOT double-quoted string: backslashes and quotes escaped, newlines as
/// `\n` (a centred line break in Graphviz labels).
pub fn dot_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A Mermaid node id for a document id: `d_` + the id with `/` as `__` and
/// `-` as `_` (injective, since ids are slugs with single hyphens).
pub fn mermaid_id(id: &DocumentId) -> String {
    let mut out = String::from("d_");
    for c in id.as_str().chars() {
        match c {
            '/' => out.push_str("__"),
            '-' => out.push('_'),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ => out.push('_'),
        }
    }
    out
}

/// Text for inside a quoted Mermaid label: `"`, `#`, `<`, `>` and `|` as
/// Mermaid entity codes, newlines as spaces.
pub fn mermaid_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '#' => out.push_str("#35;"),
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '|' => out.push_str("#124;"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
