//! `styrdok status`, `styrdok graph`, `styrdok lineage`.

use schemars::JsonSchema;
use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use serde::Serialize;
use styrdok_core::{DocumentId, OrgId, text::fold};
use styrdok_graph::{DocumentGraph, EdgeKind, ExportOptions, Lineage, LineageEntry, Status};

use crate::common::{CliError, Ctx, EXIT_OK, TableOrJson, load_register, parse_day, write_json};

/// Arguments of `styrdok status`.
#[derive(Debug, Args)]
pub(crate) struct StatusArgs {
    /// The day, YYYY-MM-DD.
    #[arg(long)]
    at: String,
    /// A register file (default: the bundled seed register).
    path: Option<PathBuf>,
    /// Only documents of this organisation.
    #[arg(long)]
    org: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: TableOrJson,
}

/// Graph export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub(crate) enum GraphFormat {
    /// Graphviz DOT.
    #[default]
    Dot,
    /// A Mermaid flowchart.
    Mermaid,
    /// JSON: nodes and edges.
    Json,
}

/// Arguments of `styrdok graph`.
#[derive(Debug, Args)]
pub(crate) struct GraphArgs {
    /// A register file (default: the bundled seed register).
    path: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: GraphFormat,
    /// Colour nodes by their status at this day, YYYY-MM-DD (with a legend).
    #[arg(long)]
    at: Option<String>,
    /// Only these relation kinds, comma-separated: replaces,
    /// replaces_in_part, repeals, amends, complements, concretizes,
    /// references (only documents touching them are drawn).
    #[arg(long, value_delimiter = ',')]
    kind: Vec<String>,
    /// Only this organisation's documents (and the documents their
    /// relations point to).
    #[arg(long)]
    org: Option<String>,
}

/// The relation kinds `--kind` accepts, as the graph normalizes them.
const EDGE_KINDS: [EdgeKind; 7] = [
    EdgeKind::Replaces,
    EdgeKind::ReplacesInPart,
    EdgeKind::Repeals,
    EdgeKind::Amends,
    EdgeKind::Complements,
    EdgeKind::Concretizes,
    EdgeKind::References,
];

/// Parses one `--kind` value (`replaces_in_part`, also `replaces-in-part`;
/// `complemented_by` and `concretized_by` name the same edges as
/// `complements` and `concretizes`).
fn parse_edge_kind(s: &str) -> Result<EdgeKind, CliError> {
    let norm = s.trim().to_lowercase().replace('-', "_");
    let norm = match norm.as_str() {
        "complemented_by" => "complements",
        "concretized_by" => "concretizes",
        other => other,
    };
    EDGE_KINDS
        .into_iter()
        .find(|k| k.id() == norm)
        .ok_or_else(|| {
            let all: Vec<&str> = EDGE_KINDS.iter().map(|k| k.id()).collect();
            CliError::Usage(format!(
                "--kind {s}: not a relation kind; use one or more of {}",
                all.join(", "),
                s = crate::common::quoted(s)
            ))
        })
}

/// Arguments of `styrdok lineage`.
#[derive(Debug, Args)]
pub(crate) struct LineageArgs {
    /// The document id (`stockholm/it-program`).
    doc_id: String,
    /// A register file (default: the bundled seed register).
    path: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: TableOrJson,
}

/// Loads a register and builds its graph; warns on stderr when the
/// register has errors (`styrdok check` lists them).
fn load_graph(
    path: Option<&std::path::Path>,
    ctx: &mut Ctx<'_>,
) -> Result<DocumentGraph, CliError> {
    load_graph_for(path, None, ctx).map(|(g, _)| g)
}

/// [`load_graph`], also resolving `--org` as people type it
/// (`crate::common::find_org`).
fn load_graph_for(
    path: Option<&std::path::Path>,
    org: Option<&str>,
    ctx: &mut Ctx<'_>,
) -> Result<(DocumentGraph, Option<OrgId>), CliError> {
    let loaded = load_register(path)?;
    let reg = crate::common::register_of(&loaded)?;
    let errors = loaded.diagnostics.iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        writeln!(
            ctx.err,
            "warning: the register has {errors} error(s); run `styrdok check` to see them"
        )?;
    }
    let org = match org {
        Some(o) => Some(crate::common::find_org(reg, o)?.id.clone()),
        None => None,
    };
    Ok((DocumentGraph::build(reg.documents.iter()), org))
}

#[derive(Debug, Serialize, JsonSchema)]
pub(crate) struct StatusLine<'a> {
    id: &'a DocumentId,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    kind: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    stub: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    missing: bool,
    status: Status,
}

#[derive(Debug, Serialize, JsonSchema)]
pub(crate) struct StatusReport<'a> {
    at: chrono::NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    organisation: Option<&'a OrgId>,
    documents: Vec<StatusLine<'a>>,
}

pub(crate) fn status(args: StatusArgs, ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    let at = parse_day(&args.at)?;
    let (graph, org) = load_graph_for(args.path.as_deref(), args.org.as_deref(), ctx)?;
    let mut lines: Vec<StatusLine<'_>> = graph
        .statuses_at(at)
        .into_iter()
        .filter(|(n, _)| org.as_ref().is_none_or(|o| &n.organisation == o))
        .map(|(n, status)| StatusLine {
            id: &n.id,
            title: n.title.as_deref(),
            kind: n.kind.to_string(),
            stub: n.stub,
            missing: n.missing,
            status,
        })
        .collect();
    if let Some(o) = &org
        && lines.is_empty()
    {
        return Err(CliError::Invalid(format!(
            "no documents of the organisation {o} in the register"
        )));
    }
    lines.sort_by(|a, b| a.id.cmp(b.id));
    match args.format {
        TableOrJson::Json => write_json(
            ctx.out,
            "status",
            &StatusReport {
                at,
                organisation: org.as_ref(),
                documents: lines,
            },
        )?,
        TableOrJson::Table => {
            let rows: Vec<[String; 3]> = lines
                .iter()
                .map(|l| {
                    let mut what = l.kind.clone();
                    if l.stub {
                        what.push_str(" (stub)");
                    }
                    if l.missing {
                        what = "(not in register)".into();
                    }
                    [l.id.to_string(), what, l.status.summary()]
                })
                .collect();
            writeln!(ctx.out, "Status at {at}")?;
            table(ctx.out, ["DOCUMENT", "KIND", "STATUS"], &rows)?;
        }
    }
    Ok(EXIT_OK)
}

pub(crate) fn graph(args: GraphArgs, ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    let at = args.at.as_deref().map(parse_day).transpose()?;
    let mut opts = ExportOptions::new().at(at);
    if !args.kind.is_empty() {
        let kinds = args
            .kind
            .iter()
            .map(|k| parse_edge_kind(k))
            .collect::<Result<Vec<_>, _>>()?;
        opts = opts.kinds(kinds);
    }
    let graph = load_graph(args.path.as_deref(), ctx)?;
    if let Some(o) = args.org.as_deref() {
        let org: OrgId = o.parse().map_err(|e| {
            CliError::Usage(format!("--org {o}: {e}", o = crate::common::quoted(o)))
        })?;
        if !graph.nodes().any(|n| n.organisation == org) {
            return Err(CliError::Invalid(format!(
                "no documents of the organisation {org} in the register"
            )));
        }
        opts = opts.organisation(org);
    }
    match args.format {
        GraphFormat::Dot => ctx.out.write_all(graph.to_dot_with(&opts).as_bytes())?,
        GraphFormat::Mermaid => ctx.out.write_all(graph.to_mermaid_with(&opts).as_bytes())?,
        GraphFormat::Json => write_json(ctx.out, "graph", &graph.to_json_with(&opts))?,
    }
    Ok(EXIT_OK)
}

pub(crate) fn lineage(args: LineageArgs, ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    let graph = load_graph(args.path.as_deref(), ctx)?;
    let id: Option<DocumentId> = args.doc_id.parse().ok();
    let Some(id) = id.filter(|i| graph.contains(i)) else {
        return Err(CliError::Invalid(not_found(&graph, &args.doc_id)));
    };
    let lineage = graph
        .lineage(&id)
        .map_err(|e| CliError::Invalid(e.to_string()))?;
    match args.format {
        TableOrJson::Json => write_json(ctx.out, "lineage", &lineage)?,
        TableOrJson::Table => lineage_table(ctx.out, &lineage)?,
    }
    Ok(EXIT_OK)
}

fn lineage_table(out: &mut dyn Write, l: &Lineage) -> Result<(), CliError> {
    writeln!(
        out,
        "{}{} — decided {}, in force from {}",
        l.id,
        l.title
            .as_deref()
            .map(|t| format!(" “{t}”"))
            .unwrap_or_default(),
        l.decision_date,
        l.entry_into_force
    )?;
    let row = |e: &LineageEntry, dir: &str| {
        let mut rel = e.relation.id().to_string();
        if !e.sections.is_empty() {
            rel = format!("{rel} ({})", e.sections.join(", "));
        }
        [
            dir.to_string(),
            e.depth.to_string(),
            e.id.to_string(),
            rel,
            e.via.to_string(),
            e.decision_date.to_string(),
            e.entry_into_force.to_string(),
        ]
    };
    let rows: Vec<[String; 7]> = l
        .predecessors
        .iter()
        .map(|e| row(e, "predecessor"))
        .chain(l.successors.iter().map(|e| row(e, "successor")))
        .collect();
    if rows.is_empty() {
        writeln!(out, "no predecessors or successors")?;
        return Ok(());
    }
    table(
        out,
        [
            "", "DEPTH", "DOCUMENT", "RELATION", "VIA", "DECIDED", "IN FORCE",
        ],
        &rows,
    )
}

/// The message for an id not in the graph, with near matches.
fn not_found(graph: &DocumentGraph, asked: &str) -> String {
    let key = fold(asked);
    let last = key.rsplit('/').next().unwrap_or(&key).to_string();
    let mut near: Vec<(usize, &str)> = graph
        .nodes()
        .filter_map(|n| {
            let id = n.id.as_str();
            let tail = id.rsplit('/').next().unwrap_or(id);
            let d = styrdok_core::vocab::edit_distance(&last, tail);
            let close =
                d <= 3 || (last.len() >= 3 && (tail.contains(&last) || last.contains(tail)));
            close.then_some((d, id))
        })
        .collect();
    near.sort();
    near.truncate(5);
    let mut msg = format!(
        "no document {asked} in the register",
        asked = crate::common::quoted(asked)
    );
    if !near.is_empty() {
        let ids: Vec<&str> = near.iter().map(|(_, i)| *i).collect();
        msg.push_str(&format!("; did you mean {}?", ids.join(", ")));
    }
    msg
}

/// A plain left-aligned table.
fn table<const N: usize>(
    out: &mut dyn Write,
    head: [&str; N],
    rows: &[[String; N]],
) -> Result<(), CliError> {
    let mut width = head.map(|h| h.chars().count());
    for r in rows {
        for (w, c) in width.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i + 1 == N {
                s.push_str(c);
            } else {
                s.push_str(c);
                let w = width.get(i).copied().unwrap_or(0);
                s.push_str(&" ".repeat(w.saturating_sub(c.chars().count()) + 2));
            }
        }
        s.trim_end().to_string()
    };
    writeln!(out, "{}", line(head.to_vec()))?;
    for r in rows {
        writeln!(out, "{}", line(r.iter().map(String::as_str).collect()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use styrdok_core::{DateValue, DocumentKind};
    use styrdok_model::{Document, Relation, RelationKind, Section, Stage};

    fn register_file() -> tempfile::NamedTempFile {
        let day = |s: &str| {
            DateValue::day(chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()).unwrap()
        };
        let mut policy = Document::new("stockholm/infosak".parse().unwrap(), DocumentKind::Policy);
        policy.title = Some("Policy och riktlinjer för informationssäkerhet".into());
        policy.stage = Some(Stage::Adopted);
        policy.decision_date = day("2005-06-13");
        policy.sections = (1..=5).map(|i| Section::new(i.to_string(), None)).collect();
        let mut tel = Document::new(
            "stockholm/telefonpolicy".parse().unwrap(),
            DocumentKind::Policy,
        );
        tel.stage = Some(Stage::Adopted);
        tel.decision_date = day("1996-09-11");
        let mut prog = Document::new(
            "stockholm/it-program".parse().unwrap(),
            DocumentKind::Program,
        );
        prog.title = Some("IT-program för Stockholms stad".into());
        prog.stage = Some(Stage::Adopted);
        prog.decision_date = day("2008-06-16");
        let mut part = Relation::to(RelationKind::ReplacesInPart, policy.id.clone());
        part.sections = vec!["3".into()];
        prog.relations.push(part);
        prog.relations
            .push(Relation::to(RelationKind::Replaces, tel.id.clone()));
        let mut reg = styrdok_register::Register::new();
        reg.documents = vec![policy, tel, prog];
        let f = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(f.path(), serde_json::to_string(&reg).unwrap()).unwrap();
        f
    }

    /// Runs the CLI; `args` include the program name.
    fn run(args: &[&str]) -> (i32, String, String) {
        crate::test_support::run_cli(&args[1..])
    }

    #[test]
    fn status_table_and_json() {
        let f = register_file();
        let p = f.path().to_str().unwrap();
        let (code, out, _) = run(&["styrdok", "status", "--at", "2009-01-01", p]);
        assert_eq!(code, 0, "{out}");
        assert!(
            out.contains("partly superseded: 3 by stockholm/it-program since 2008-06-16"),
            "{out}"
        );
        assert!(
            out.contains("superseded by stockholm/it-program since 2008-06-16"),
            "{out}"
        );
        let (code, out, _) = run(&[
            "styrdok",
            "status",
            "--at",
            "2006-01-01",
            p,
            "--format",
            "json",
        ]);
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let docs = v["documents"].as_array().unwrap();
        let st =
            |id: &str| docs.iter().find(|d| d["id"] == id).unwrap()["status"]["status"].clone();
        assert_eq!(st("stockholm/it-program"), "not_yet_decided");
        assert_eq!(st("stockholm/infosak"), "in_force");
        assert_eq!(st("stockholm/telefonpolicy"), "in_force");
        // inexact dates are a usage error
        let (code, _, err) = run(&["styrdok", "status", "--at", "2009", p]);
        assert_eq!(code, 2, "{err}");
        let (code, _, _) = run(&[
            "styrdok",
            "status",
            "--at",
            "2009-01-01",
            p,
            "--org",
            "solna",
        ]);
        assert_eq!(code, 1);
    }

    #[test]
    fn graph_formats_and_lineage() {
        let f = register_file();
        let p = f.path().to_str().unwrap();
        let (code, out, _) = run(&[
            "styrdok",
            "graph",
            "--format",
            "dot",
            "--at",
            "2009-01-01",
            p,
        ]);
        assert_eq!(code, 0);
        assert!(out.starts_with("digraph styrdok {"), "{out}");
        let (code, out, _) = run(&["styrdok", "graph", "--format", "mermaid", p]);
        assert_eq!(code, 0);
        assert!(out.starts_with("flowchart LR\n"), "{out}");
        let (code, out, _) = run(&["styrdok", "graph", "--format", "json", p]);
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["edges"].as_array().unwrap().len(), 2);
        let (code, out, _) = run(&["styrdok", "lineage", "stockholm/telefonpolicy", p]);
        assert_eq!(code, 0);
        assert!(
            out.contains("successor") && out.contains("stockholm/it-program"),
            "{out}"
        );
        let (code, out, _) = run(&[
            "styrdok",
            "lineage",
            "stockholm/it-program",
            p,
            "--format",
            "json",
        ]);
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["predecessors"].as_array().unwrap().len(), 2);
        let (code, _, err) = run(&["styrdok", "lineage", "stockholm/it-progam", p]);
        assert_eq!(code, 1);
        assert!(err.contains("did you mean stockholm/it-program"), "{err}");
    }

    #[test]
    fn graph_filters_on_the_seeds() {
        // the bundled seeds: each edge once, replacements only, by organisation
        let (code, out, err) = run(&["styrdok", "graph", "--kind", "replaces,replaces_in_part"]);
        assert_eq!(code, 0, "{err}");
        let edges: Vec<&str> = out
            .lines()
            .filter(|l| l.contains(" -> ") && l.starts_with("  \""))
            .collect();
        assert!(!edges.is_empty());
        assert!(
            edges.iter().all(|l| l.contains("label=\"replaces")),
            "{out}"
        );
        let unique: std::collections::BTreeSet<&&str> = edges.iter().collect();
        assert_eq!(unique.len(), edges.len(), "{out}");
        assert!(out.contains("replaces in part (3)"), "{out}");
        // the references stated twice in the seeds are drawn once
        let (code, all, _) = run(&["styrdok", "graph"]);
        assert_eq!(code, 0);
        let pairs: Vec<String> = all
            .lines()
            .filter(|l| l.starts_with("  \"") && l.contains(" -> "))
            .map(|l| {
                l.split(" [").next().unwrap_or_default().to_owned()
                    + l.split("label=")
                        .nth(1)
                        .unwrap_or_default()
                        .split(',')
                        .next()
                        .unwrap_or_default()
            })
            .collect();
        let set: std::collections::BTreeSet<&String> = pairs.iter().collect();
        assert_eq!(set.len(), pairs.len(), "{all}");
        let (code, out, _) = run(&["styrdok", "graph", "--org", "solna", "--format", "json"]);
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert!(v["edges"].as_array().unwrap().iter().all(|e| {
            e["from"].as_str().unwrap().starts_with("solna/")
                || e["to"].as_str().unwrap().starts_with("solna/")
        }));
        assert!(
            !v["nodes"]
                .as_array()
                .unwrap()
                .iter()
                .any(|n| n["id"].as_str().unwrap().starts_with("stockholm/"))
        );
        let (code, _, err) = run(&["styrdok", "graph", "--kind", "ersatter"]);
        assert_eq!(code, 2);
        assert!(err.contains("replaces_in_part"), "{err}");
        let (code, _, _) = run(&["styrdok", "graph", "--org", "nowhere"]);
        assert_eq!(code, 1);
    }
}
