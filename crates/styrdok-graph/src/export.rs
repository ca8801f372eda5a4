//! Export: Graphviz DOT, Mermaid flowchart, JSON — filtered by relation
//! kind and organisation, each edge drawn once, nodes labelled by title
//! (ids as tooltips) and coloured by status, with a legend.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use schemars::JsonSchema;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use styrdok_core::{DocumentId, OrgId};

use crate::edge::{Edge, EdgeKind};
use crate::graph::{DocumentGraph, Node};
use crate::status::{Status, StatusKind};

/// What an export shows: statuses at a date, only some relation kinds, only
/// one organisation's documents.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct ExportOptions {
    /// Colour (DOT, Mermaid) or label (JSON) nodes with their status at this
    /// day.
    pub at: Option<NaiveDate>,
    /// Only edges of these kinds (all kinds when `None`); with a filter,
    /// only documents touching a kept edge are drawn.
    pub kinds: Option<BTreeSet<EdgeKind>>,
    /// Only this organisation's documents and the edges touching them (and
    /// the documents at their other end).
    pub organisation: Option<OrgId>,
}

impl ExportOptions {
    /// Everything, without statuses.
    pub fn new() -> Self {
        Self::default()
    }

    /// With statuses at `at`.
    pub fn at(mut self, at: Option<NaiveDate>) -> Self {
        self.at = at;
        self
    }

    /// Only edges of `kinds`.
    pub fn kinds(mut self, kinds: impl IntoIterator<Item = EdgeKind>) -> Self {
        self.kinds = Some(kinds.into_iter().collect());
        self
    }

    /// Only `org`'s documents.
    pub fn organisation(mut self, org: OrgId) -> Self {
        self.organisation = Some(org);
        self
    }
}

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

/// How an edge is drawn: a claim that changes status, an intent not yet
/// carried out, or one of a set of candidates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EdgeStyle {
    /// Resolved and carried out: a solid line.
    Effective,
    /// Announced ("kommer att ersättas"), resolved to this target: dashed.
    Announced,
    /// One of a set of candidates ("några av dessa"): dotted.
    Candidate,
}

impl EdgeStyle {
    /// The style of an edge (a candidate wins over announced).
    pub fn of(e: &Edge) -> Self {
        if e.unresolved {
            EdgeStyle::Candidate
        } else if e.announced {
            EdgeStyle::Announced
        } else {
            EdgeStyle::Effective
        }
    }

    /// The word used in legends.
    pub fn word(self) -> &'static str {
        match self {
            EdgeStyle::Effective => "carried out",
            EdgeStyle::Announced => "announced",
            EdgeStyle::Candidate => "candidate",
        }
    }

    fn dot(self) -> &'static str {
        match self {
            EdgeStyle::Effective => "solid",
            EdgeStyle::Announced => "dashed",
            EdgeStyle::Candidate => "dotted",
        }
    }
}

/// The fill colour of a status (light enough for black text; distinct for
/// colour-blind readers in lightness as well as hue).
pub fn status_colour(kind: StatusKind) -> &'static str {
    match kind {
        StatusKind::NotYetDecided => "#e0e0e0",
        StatusKind::DecidedNotInForce => "#c6dbef",
        StatusKind::InForce => "#a1d99b",
        StatusKind::PartlySuperseded => "#fdd0a2",
        StatusKind::Superseded => "#bdbdbd",
        StatusKind::Repealed => "#fc9272",
        StatusKind::Expired => "#dadaeb",
        StatusKind::Unknown => "#ffffff",
    }
}

/// The stroke colour of an edge kind.
pub fn edge_colour(kind: EdgeKind) -> &'static str {
    match kind {
        EdgeKind::Replaces => "#000000",
        EdgeKind::ReplacesInPart => "#d94801",
        EdgeKind::Repeals => "#cb181d",
        EdgeKind::Amends => "#6a51a3",
        EdgeKind::Complements => "#2171b5",
        EdgeKind::Concretizes => "#238b45",
        EdgeKind::References => "#969696",
    }
}

/// One node of a [`GraphView`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ViewNode<'g> {
    /// The document.
    pub node: &'g Node,
    /// Its status at the view's date.
    pub status: Option<Status>,
}

/// One drawn edge of a [`GraphView`]: the same (from, to, kind, sections,
/// style) stated several times is one edge.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ViewEdge<'g> {
    /// The acting document.
    pub from: &'g Node,
    /// The document acted upon.
    pub to: &'g Node,
    /// The first statement of the edge.
    pub edge: &'g Edge,
    /// How many times the registers' documents state it.
    pub times_stated: usize,
}

impl ViewEdge<'_> {
    /// How the edge is drawn.
    pub fn style(&self) -> EdgeStyle {
        EdgeStyle::of(self.edge)
    }
}

/// What a picture of the graph shows: the nodes and the edges (each once)
/// after filtering, sorted by id.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct GraphView<'g> {
    /// The date of the statuses.
    pub at: Option<NaiveDate>,
    /// Nodes, by id.
    pub nodes: Vec<ViewNode<'g>>,
    /// Edges, by (from, to, kind, sections, style).
    pub edges: Vec<ViewEdge<'g>>,
}

impl GraphView<'_> {
    /// The status kinds present, for a legend.
    pub fn status_kinds(&self) -> BTreeSet<StatusKind> {
        self.nodes
            .iter()
            .filter_map(|n| n.status.as_ref().map(Status::kind))
            .collect()
    }

    /// The (edge kind, style) pairs present, for a legend.
    pub fn edge_styles(&self) -> BTreeSet<(EdgeKind, EdgeStyle)> {
        self.edges
            .iter()
            .map(|e| (e.edge.kind, e.style()))
            .collect()
    }
}

impl DocumentGraph {
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

    fn edge_kept(opts: &ExportOptions, a: &Node, b: &Node, e: &Edge) -> bool {
        opts.kinds.as_ref().is_none_or(|k| k.contains(&e.kind))
            && opts
                .organisation
                .as_ref()
                .is_none_or(|o| &a.organisation == o || &b.organisation == o)
    }

    /// The filtered picture: with a kind filter only documents touching a
    /// kept edge; otherwise every document (of the organisation, when one
    /// is given) and the other ends of kept edges. Edges stated more than
    /// once are drawn once.
    pub fn view(&self, opts: &ExportOptions) -> GraphView<'_> {
        type Key<'k> = (
            &'k DocumentId,
            &'k DocumentId,
            EdgeKind,
            &'k [String],
            EdgeStyle,
        );
        // Filter before sorting or computing statuses: a view of one
        // organisation of a national register touches a small part of it.
        let mut by_key: BTreeMap<Key<'_>, ViewEdge<'_>> = BTreeMap::new();
        let mut kept: Vec<(&Node, &Node, &Edge)> = self
            .edges()
            .filter(|(a, b, e)| Self::edge_kept(opts, a, b, e))
            .collect();
        kept.sort_by(|a, b| {
            (&a.2.stated_by, &a.2.statement).cmp(&(&b.2.stated_by, &b.2.statement))
        });
        for (a, b, e) in kept {
            let key = (
                &a.id,
                &b.id,
                e.kind,
                e.sections.as_slice(),
                EdgeStyle::of(e),
            );
            by_key
                .entry(key)
                .and_modify(|v| v.times_stated += 1)
                .or_insert(ViewEdge {
                    from: a,
                    to: b,
                    edge: e,
                    times_stated: 1,
                });
        }
        let edges: Vec<ViewEdge<'_>> = by_key.into_values().collect();
        let ends: BTreeSet<&DocumentId> =
            edges.iter().flat_map(|e| [&e.from.id, &e.to.id]).collect();
        let mut nodes: Vec<ViewNode<'_>> = self
            .indices()
            .filter(|&ix| {
                let n = self.at(ix);
                ends.contains(&n.id)
                    || (opts.kinds.is_none()
                        && opts
                            .organisation
                            .as_ref()
                            .is_none_or(|o| &n.organisation == o))
            })
            .map(|ix| ViewNode {
                node: self.at(ix),
                status: opts.at.map(|d| self.status_ix(ix, d)),
            })
            .collect();
        nodes.sort_by(|a, b| a.node.id.cmp(&b.node.id));
        GraphView {
            at: opts.at,
            nodes,
            edges,
        }
    }

    /// The JSON export, with statuses when `at` is given.
    pub fn to_json(&self, at: Option<NaiveDate>) -> JsonGraph {
        self.to_json_with(&ExportOptions::new().at(at))
    }

    /// The JSON export of the filtered graph. Unlike the pictures, every
    /// statement of an edge is kept (with its stating document): JSON is
    /// data, not a picture.
    pub fn to_json_with(&self, opts: &ExportOptions) -> JsonGraph {
        let view = self.view(opts);
        let ids: BTreeSet<&DocumentId> = view.nodes.iter().map(|n| &n.node.id).collect();
        JsonGraph {
            at: opts.at,
            nodes: view
                .nodes
                .iter()
                .map(|n| JsonNode {
                    node: n.node.clone(),
                    status: n.status.clone(),
                })
                .collect(),
            edges: self
                .sorted_edges()
                .into_iter()
                .filter(|(a, b, e)| {
                    Self::edge_kept(opts, a, b, e) && ids.contains(&a.id) && ids.contains(&b.id)
                })
                .map(|(a, b, e)| JsonEdge {
                    from: a.id.clone(),
                    to: b.id.clone(),
                    edge: e.clone(),
                })
                .collect(),
        }
    }

    /// Graphviz DOT of the whole graph (see [`DocumentGraph::to_dot_with`]).
    pub fn to_dot(&self, at: Option<NaiveDate>) -> String {
        self.to_dot_with(&ExportOptions::new().at(at))
    }

    /// Graphviz DOT: one box per document labelled with its title, kind and
    /// decision date, its id (and status reason) as tooltip, filled by
    /// status at `opts.at`; one edge per distinct relation, labelled by kind
    /// (with the sections of a partial replacement), coloured by kind,
    /// dashed when announced and dotted when a candidate; stubs dashed and
    /// documents not in the register dotted; a legend of the statuses and
    /// edge styles drawn.
    pub fn to_dot_with(&self, opts: &ExportOptions) -> String {
        let view = self.view(opts);
        let mut s = String::from(
            "digraph styrdok {\n  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", fontname=\"Helvetica\"];\n  edge [fontname=\"Helvetica\", fontsize=10];\n",
        );
        for n in &view.nodes {
            let node = n.node;
            let style = if node.missing {
                ", style=\"rounded,filled,dotted\""
            } else if node.stub {
                ", style=\"rounded,filled,dashed\""
            } else {
                ""
            };
            let fill = n
                .status
                .as_ref()
                .map(|st| format!(", fillcolor={}", dot_quote(status_colour(st.kind()))))
                .unwrap_or_default();
            let _ = writeln!(
                s,
                "  {} [label={}, tooltip={}{fill}{style}];",
                dot_quote(node.id.as_str()),
                dot_quote(&node_lines(node).join("\n")),
                dot_quote(&tooltip(node, n.status.as_ref())),
            );
        }
        for e in &view.edges {
            let _ = writeln!(
                s,
                "  {} -> {} [label={}, tooltip={}, color={}, style={}];",
                dot_quote(e.from.id.as_str()),
                dot_quote(e.to.id.as_str()),
                dot_quote(&edge_label(e.edge)),
                dot_quote(&edge_tooltip(e)),
                dot_quote(edge_colour(e.edge.kind)),
                e.style().dot(),
            );
        }
        dot_legend(&mut s, &view);
        s.push_str("}\n");
        s
    }

    /// A Mermaid flowchart of the whole graph (see
    /// [`DocumentGraph::to_mermaid_with`]).
    pub fn to_mermaid(&self, at: Option<NaiveDate>) -> String {
        self.to_mermaid_with(&ExportOptions::new().at(at))
    }

    /// A Mermaid `flowchart LR`: node ids sanitized, labels (title, kind,
    /// decision date) quoted; effective edges solid, announced ones dotted
    /// (`-.->`) and candidates dotted with a finer dash; nodes filled by
    /// status through `classDef`s, with a legend subgraph.
    pub fn to_mermaid_with(&self, opts: &ExportOptions) -> String {
        let view = self.view(opts);
        let mut s = String::from("flowchart LR\n");
        for n in &view.nodes {
            let label = node_lines(n.node)
                .iter()
                .map(|l| mermaid_escape(l))
                .collect::<Vec<_>>()
                .join("<br/>");
            let _ = writeln!(s, "  {}[\"{label}\"]", mermaid_id(&n.node.id));
        }
        let mut candidates = Vec::new();
        for (i, e) in view.edges.iter().enumerate() {
            let arrow = match e.style() {
                EdgeStyle::Effective => "-->",
                EdgeStyle::Announced => "-.->",
                EdgeStyle::Candidate => {
                    candidates.push(i.to_string());
                    "-.->"
                }
            };
            let _ = writeln!(
                s,
                "  {} {arrow}|\"{}\"| {}",
                mermaid_id(&e.from.id),
                mermaid_escape(&edge_label(e.edge)),
                mermaid_id(&e.to.id)
            );
        }
        let kinds = view.status_kinds();
        for k in &kinds {
            let members: Vec<String> = view
                .nodes
                .iter()
                .filter(|n| n.status.as_ref().map(Status::kind) == Some(*k))
                .map(|n| mermaid_id(&n.node.id))
                .collect();
            let _ = writeln!(
                s,
                "  classDef st_{} fill:{},stroke:#333333",
                k.id(),
                status_colour(*k)
            );
            let _ = writeln!(s, "  class {} st_{}", members.join(","), k.id());
        }
        if !candidates.is_empty() {
            let _ = writeln!(
                s,
                "  linkStyle {} stroke-dasharray:2 4",
                candidates.join(",")
            );
        }
        if !kinds.is_empty() {
            s.push_str("  subgraph legend[\"Legend: status\"]\n");
            for k in &kinds {
                let _ = writeln!(s, "    legend_{}[\"{}\"]:::st_{}", k.id(), k.word(), k.id());
            }
            s.push_str("  end\n");
        }
        s
    }
}

fn dot_legend(s: &mut String, view: &GraphView<'_>) {
    let kinds = view.status_kinds();
    let styles = view.edge_styles();
    if kinds.is_empty() && styles.is_empty() {
        return;
    }
    s.push_str("  subgraph cluster_legend {\n    label=\"Legend\";\n    fontname=\"Helvetica\";\n");
    for k in &kinds {
        let _ = writeln!(
            s,
            "    {} [label={}, fillcolor={}];",
            dot_quote(&format!("legend:status:{}", k.id())),
            dot_quote(k.word()),
            dot_quote(status_colour(*k)),
        );
    }
    for (i, (kind, style)) in styles.iter().enumerate() {
        let a = format!("legend:edge:{i}:from");
        let b = format!("legend:edge:{i}:to");
        for p in [&a, &b] {
            let _ = writeln!(
                s,
                "    {} [label=\"\", shape=point, width=0.05];",
                dot_quote(p)
            );
        }
        let _ = writeln!(
            s,
            "    {} -> {} [label={}, color={}, style={}];",
            dot_quote(&a),
            dot_quote(&b),
            dot_quote(&format!("{} ({})", kind_word(*kind), style.word())),
            dot_quote(edge_colour(*kind)),
            style.dot(),
        );
    }
    s.push_str("  }\n");
}

/// The relation kind in words ("replaces in part").
pub fn kind_word(kind: EdgeKind) -> &'static str {
    match kind {
        EdgeKind::Replaces => "replaces",
        EdgeKind::ReplacesInPart => "replaces in part",
        EdgeKind::Repeals => "repeals",
        EdgeKind::Amends => "amends",
        EdgeKind::Complements => "complements",
        EdgeKind::Concretizes => "concretizes",
        EdgeKind::References => "references",
    }
}

/// A label's lines: the title wrapped at about 30 characters (the id when
/// there is none), then kind and decision date.
fn node_lines(n: &Node) -> Vec<String> {
    let mut lines = match &n.title {
        Some(t) => wrap(t, 30),
        None => vec![n.id.to_string()],
    };
    let meta = if n.missing {
        "not in register".to_owned()
    } else {
        let date = if n.decision_date.is_unknown() {
            "date unknown".to_owned()
        } else {
            format!("decided {}", n.decision_date)
        };
        let stub = if n.stub { " (stub)" } else { "" };
        format!("{}{stub} · {date}", n.kind)
    };
    lines.push(meta);
    lines
}

/// Words of `s` wrapped into lines of at most about `width` characters.
pub fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    for w in s.split_whitespace() {
        if !cur.is_empty() && cur.chars().count() + 1 + w.chars().count() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(w);
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(cur);
    }
    lines
}

fn tooltip(n: &Node, status: Option<&Status>) -> String {
    match status {
        Some(st) => format!("{} — {}", n.id, st.summary()),
        None => n.id.to_string(),
    }
}

fn edge_tooltip(e: &ViewEdge<'_>) -> String {
    let mut t = format!(
        "{} {} {} (stated by {}",
        e.from.id,
        kind_word(e.edge.kind),
        e.to.id,
        e.edge.stated_by
    );
    if let Some(st) = &e.edge.statement {
        let _ = write!(t, ", {st}");
    }
    if e.times_stated > 1 {
        let _ = write!(t, "; stated {} times", e.times_stated);
    }
    t.push(')');
    t
}

fn edge_label(e: &Edge) -> String {
    let mut l = kind_word(e.kind).to_string();
    if !e.sections.is_empty() {
        let _ = write!(l, " ({})", e.sections.join(", "));
    }
    if e.unresolved {
        l.push_str(" [candidate]");
    } else if e.announced {
        l.push_str(" [announced]");
    }
    l
}

/// A DOT double-quoted string: backslashes and quotes escaped, newlines as
/// `\n` (a centred line break in Graphviz labels), other control
/// characters (NUL, ESC, …) shown as `\u{1b}`-style text, as
/// `styrdok_core::text::shorten` shows them, so they can neither break the
/// DOT nor reach a terminal.
pub fn dot_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            '\t' => out.push(' '),
            c if c.is_control() => {
                let _ = write!(out, "\\\\u{{{:x}}}", u32::from(c));
            }
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
/// Mermaid entity codes, newlines and tabs as spaces, other control
/// characters as `\u{1b}`-style text.
pub fn mermaid_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '#' => out.push_str("#35;"),
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '|' => out.push_str("#124;"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}
