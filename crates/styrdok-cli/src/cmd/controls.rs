//! `styrdok controls …`: list, show, map, suggest, export, import, coverage.

use schemars::JsonSchema;
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use serde::Serialize;
use styrdok_controls::{
    Catalog, Control, ControlsError, Library, Mapping, export_oscal, import_oscal_str, suggest,
};
use styrdok_core::ControlRef;

use crate::common::{CliError, Ctx, EXIT_OK, TableOrJson, write_atomic, write_json};

/// Arguments of `styrdok controls`.
#[derive(Debug, Args)]
pub(crate) struct ControlsArgs {
    #[command(subcommand)]
    command: ControlsCommand,
}

#[derive(Debug, Subcommand)]
enum ControlsCommand {
    /// List the controls of a framework (default: all built-in frameworks).
    List {
        /// Framework id: iso27001:2022, iso27001:2013 or nis2:2022.
        #[arg(long)]
        framework: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: TableOrJson,
    },
    /// Show one control: a full reference (iso27001:2022/5.15) or a bare id.
    Show {
        /// The control.
        id: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: TableOrJson,
    },
    /// Map controls from one framework to another.
    Map {
        /// Source framework, e.g. iso27001:2013.
        #[arg(long)]
        from: String,
        /// Target framework, e.g. iso27001:2022.
        #[arg(long)]
        to: String,
        /// One control of the source framework (bare id or full reference);
        /// default: every mapping between the two.
        control: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: TableOrJson,
    },
    /// Suggest the ISO/IEC 27001:2022 controls a Swedish statement addresses.
    Suggest {
        /// The statement text.
        text: String,
        /// How many suggestions to show.
        #[arg(long, default_value_t = 5)]
        top: usize,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: TableOrJson,
    },
    /// Export a built-in catalogue as OSCAL catalog JSON.
    Export {
        /// Export format.
        #[arg(long, value_enum, default_value_t)]
        format: ExportFormat,
        /// Framework id (default: iso27001:2022).
        #[arg(long, default_value = "iso27001:2022")]
        framework: String,
        /// Write to this file (atomically) instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Read an OSCAL catalog and summarize it.
    Import {
        /// The OSCAL catalog JSON file.
        file: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: TableOrJson,
    },
    /// Coverage of a register's statements at a date (or as written): the
    /// controls each organisation covers, only suggests, and does not address.
    Coverage {
        /// The date, YYYY-MM-DD (default: today).
        #[arg(long, conflicts_with = "as_written")]
        at: Option<String>,
        /// Ignore dates: count every link as written.
        #[arg(long)]
        as_written: bool,
        /// Only this organisation (id, name or usual form: "solna", "Solna stad").
        #[arg(long)]
        org: Option<String>,
        /// Only this document's statements (a document id).
        #[arg(long)]
        doc: Option<String>,
        /// A register file (default: the bundled seed register).
        path: Option<PathBuf>,
        /// Framework id (default: iso27001:2022).
        #[arg(long, default_value = "iso27001:2022")]
        framework: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t)]
        format: TableOrJson,
    },
}

/// Formats of `controls export`.
#[derive(Debug, Clone, Copy, Default, ValueEnum)]
enum ExportFormat {
    /// OSCAL catalog JSON.
    #[default]
    Oscal,
}

fn library() -> Result<Library, CliError> {
    Library::builtin().map_err(|e| CliError::Invalid(format!("built-in data: {e}")))
}

fn catalog<'a>(lib: &'a Library, framework: &str) -> Result<&'a Catalog, CliError> {
    lib.catalog(framework).ok_or_else(|| {
        let known: Vec<&str> = lib
            .catalogs
            .iter()
            .map(|c| c.framework.id.as_str())
            .collect();
        CliError::Usage(format!(
            "unknown framework {framework}; known: {}",
            known.join(", "),
            framework = crate::common::quoted(framework)
        ))
    })
}

/// Resolves a full reference or a bare id (searched in every catalogue).
pub(crate) fn resolve_ref(
    lib: &Library,
    id: &str,
    default_framework: Option<&str>,
) -> Result<ControlRef, CliError> {
    if id.contains('/') {
        let r: ControlRef = id.parse().map_err(|e| CliError::Usage(format!("{e}")))?;
        if lib.resolve(&r).is_none() {
            return Err(CliError::Usage(format!("no control {r}")));
        }
        return Ok(r);
    }
    if let Some(fw) = default_framework {
        return ControlRef::new(fw, id).map_err(|e| CliError::Usage(e.to_string()));
    }
    let found = lib.find_bare(id);
    match found.len() {
        0 => Err(CliError::Usage(format!(
            "no control {id} in any built-in framework",
            id = crate::common::quoted(id)
        ))),
        1 => Ok(found
            .into_iter()
            .next()
            .ok_or_else(|| CliError::Usage("no control".into()))?),
        _ => Err(CliError::Usage(format!(
            "{id} is ambiguous: {}",
            found
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            id = crate::common::quoted(id)
        ))),
    }
}

#[derive(Debug, Serialize, JsonSchema)]
pub(crate) struct ListLine<'a> {
    control: String,
    theme: Option<&'a str>,
    title: &'a str,
    label_sv: Option<&'a str>,
    new_in_edition: bool,
}

fn list_lines<'a>(cat: &'a Catalog) -> Vec<ListLine<'a>> {
    cat.entries()
        .into_iter()
        .map(|e| ListLine {
            control: format!("{}/{}", cat.framework.id, e.control.id),
            theme: e.theme(),
            title: &e.control.title,
            label_sv: e.control.label_sv.as_deref(),
            new_in_edition: e.control.new_in_edition,
        })
        .collect()
}

#[derive(Debug, Serialize, JsonSchema)]
pub(crate) struct ShowOut<'a> {
    control: String,
    #[serde(flatten)]
    body: &'a Control,
    mappings: Vec<Mapping>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub(crate) struct ImportSummary {
    file: String,
    framework: String,
    title: String,
    version: String,
    oscal_version: String,
    groups: usize,
    controls: usize,
}

pub(crate) fn run(args: ControlsArgs, ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    match args.command {
        ControlsCommand::List { framework, format } => {
            let lib = library()?;
            let cats: Vec<&Catalog> = match &framework {
                Some(f) => vec![catalog(&lib, f)?],
                None => lib.catalogs.iter().collect(),
            };
            let lines: Vec<ListLine<'_>> = cats.iter().flat_map(|c| list_lines(c)).collect();
            match format {
                TableOrJson::Json => write_json(ctx.out, "controls-list", &lines)?,
                TableOrJson::Table => {
                    for l in &lines {
                        writeln!(
                            ctx.out,
                            "{:<28} {:<15} {}{}",
                            l.control,
                            l.theme.unwrap_or("-"),
                            l.title,
                            if l.new_in_edition { " (new)" } else { "" }
                        )?;
                    }
                    writeln!(ctx.out, "{} controls", lines.len())?;
                }
            }
        }
        ControlsCommand::Show { id, format } => {
            let lib = library()?;
            let r = resolve_ref(&lib, &id, None)?;
            let control = lib
                .resolve(&r)
                .ok_or_else(|| CliError::Usage(format!("no control {r}")))?;
            let mut mappings = Vec::new();
            for other in lib
                .catalogs
                .iter()
                .map(|c| c.framework.id.as_str())
                .chain(["klassa"])
            {
                if other != r.framework() {
                    mappings.extend(lib.map(&r, other));
                }
            }
            let out = ShowOut {
                control: r.to_string(),
                body: control,
                mappings,
            };
            match format {
                TableOrJson::Json => write_json(ctx.out, "controls-show", &out)?,
                TableOrJson::Table => {
                    writeln!(ctx.out, "{}  {}", out.control, control.title)?;
                    if let Some(l) = &control.label_sv {
                        writeln!(ctx.out, "  sv: {l}")?;
                    }
                    if let Some(t) = &control.theme {
                        writeln!(ctx.out, "  theme: {t}")?;
                    }
                    if control.new_in_edition {
                        writeln!(ctx.out, "  new in this edition")?;
                    }
                    if let Some(a) = &control.attributes {
                        let mut by_type: Vec<(String, Vec<&str>)> = Vec::new();
                        for (t, v) in a.pairs() {
                            match by_type.iter_mut().find(|(k, _)| k == t) {
                                Some((_, vs)) => vs.push(v),
                                None => by_type.push((t.to_owned(), vec![v])),
                            }
                        }
                        for (t, vs) in by_type {
                            writeln!(ctx.out, "  {t}: {}", vs.join(" "))?;
                        }
                        writeln!(
                            ctx.out,
                            "  (attribute values: {} classification)",
                            a.classification_source
                        )?;
                    }
                    for sub in &control.controls {
                        writeln!(ctx.out, "  - {}  {}", sub.id, sub.title)?;
                    }
                    for m in &out.mappings {
                        writeln!(
                            ctx.out,
                            "  {} {} — {}",
                            m.relationship, m.target, m.rationale
                        )?;
                    }
                }
            }
        }
        ControlsCommand::Map {
            from,
            to,
            control,
            format,
        } => {
            let lib = library()?;
            let known = |f: &str| f == "klassa" || lib.catalog(f).is_some();
            for f in [&from, &to] {
                if !known(f) {
                    return Err(CliError::Usage(format!(
                        "unknown framework {f}",
                        f = crate::common::quoted(f)
                    )));
                }
            }
            let mappings = match &control {
                Some(c) => {
                    let r = if c.contains('/') {
                        c.parse::<ControlRef>()
                            .map_err(|e| CliError::Usage(e.to_string()))?
                    } else {
                        resolve_ref(&lib, c, Some(&from))?
                    };
                    if r.framework() != from {
                        return Err(CliError::Usage(format!("{r} is not in {from}")));
                    }
                    lib.map(&r, &to)
                }
                None => lib.crosswalk.between(&from, &to),
            };
            match format {
                TableOrJson::Json => write_json(ctx.out, "controls-map", &mappings)?,
                TableOrJson::Table => {
                    for m in &mappings {
                        writeln!(
                            ctx.out,
                            "{:<26} {:<16} {:<26} {}",
                            m.source.to_string(),
                            m.relationship.as_str(),
                            m.target.to_string(),
                            m.rationale
                        )?;
                    }
                    writeln!(ctx.out, "{} mappings", mappings.len())?;
                    if control.is_none() && to == "iso27001:2022" && from == "iso27001:2013" {
                        let cat = catalog(&lib, &to)?;
                        let new: Vec<&str> =
                            cat.new_controls().iter().map(|c| c.id.as_str()).collect();
                        writeln!(ctx.out, "new in 2022 (no 2013 source): {}", new.join(" "))?;
                    }
                }
            }
        }
        ControlsCommand::Suggest { text, top, format } => {
            let lib = library()?;
            let mut s = suggest(&text);
            s.truncate(top);
            match format {
                TableOrJson::Json => write_json(ctx.out, "controls-suggest", &s)?,
                TableOrJson::Table => {
                    if s.is_empty() {
                        writeln!(ctx.out, "no suggestions")?;
                    }
                    for sug in &s {
                        let title = lib.resolve(&sug.control).map_or("", |c| c.title.as_str());
                        let trig: Vec<String> = sug
                            .triggers
                            .iter()
                            .map(|t| format!("\"{}\"", t.text))
                            .collect();
                        writeln!(
                            ctx.out,
                            "{:<28} {:>5.2}  {}  ← {}",
                            sug.control.to_string(),
                            sug.score,
                            title,
                            trig.join(", ")
                        )?;
                    }
                }
            }
        }
        ControlsCommand::Export {
            format: ExportFormat::Oscal,
            framework,
            out,
        } => {
            let lib = library()?;
            let cat = catalog(&lib, &framework)?;
            let doc = export_oscal(cat);
            let mut text =
                serde_json::to_string_pretty(&doc).map_err(|e| CliError::Invalid(e.to_string()))?;
            text.push('\n');
            match out {
                Some(path) => write_atomic(&path, text.as_bytes())?,
                None => ctx.out.write_all(text.as_bytes())?,
            }
        }
        ControlsCommand::Import { file, format } => {
            let text = std::fs::read_to_string(&file).map_err(|source| CliError::Io {
                path: file.clone(),
                source,
            })?;
            let cat = import_oscal_str(&text).map_err(|e| oscal_error(&file, &text, e))?;
            fn count_groups(gs: &[styrdok_controls::Group]) -> usize {
                gs.iter().map(|g| 1 + count_groups(&g.groups)).sum()
            }
            let summary = ImportSummary {
                file: file.display().to_string(),
                framework: cat.framework.id.clone(),
                title: cat.metadata.title.clone(),
                version: cat.metadata.version.clone(),
                oscal_version: cat.metadata.oscal_version.clone(),
                groups: count_groups(&cat.groups),
                controls: cat.len(),
            };
            match format {
                TableOrJson::Json => write_json(ctx.out, "controls-import", &summary)?,
                TableOrJson::Table => {
                    writeln!(ctx.out, "{}", summary.title)?;
                    writeln!(ctx.out, "  framework id:  {}", summary.framework)?;
                    writeln!(ctx.out, "  version:       {}", summary.version)?;
                    writeln!(ctx.out, "  oscal-version: {}", summary.oscal_version)?;
                    writeln!(ctx.out, "  groups:        {}", summary.groups)?;
                    writeln!(ctx.out, "  controls:      {}", summary.controls)?;
                }
            }
        }
        ControlsCommand::Coverage {
            at,
            as_written,
            org,
            doc,
            path,
            framework,
            format,
        } => {
            let date = match (at, as_written) {
                (_, true) => styrdok_register::CoverageDate::AsWritten,
                (Some(a), false) => {
                    styrdok_register::CoverageDate::At(crate::common::parse_day(&a)?)
                }
                (None, false) => styrdok_register::CoverageDate::At(crate::common::today()?),
            };
            let lib = library()?;
            let catalog = lib.catalog(&framework).ok_or_else(|| {
                CliError::Usage(format!(
                    "unknown framework {framework}; built-in: iso27001:2022, iso27001:2013, nis2:2022", framework = crate::common::quoted(&framework)))
            })?;
            let loaded = crate::common::load_register(path.as_deref())?;
            let Some(reg) = loaded.register.as_ref().filter(|_| !loaded.has_errors()) else {
                for d in &loaded.diagnostics {
                    writeln!(ctx.err, "{d}")?;
                }
                return Err(CliError::Invalid(
                    "the register has errors; run `styrdok check` for the full list".into(),
                ));
            };
            let organisation = match &org {
                Some(o) => Some(crate::common::find_org(reg, o)?.id.clone()),
                None => None,
            };
            let document = match &doc {
                Some(d) => {
                    let found = reg.document(d.trim()).ok_or_else(|| {
                        CliError::Usage(format!(
                            "--doc: no document {} in the register (see `styrdok status` for the ids)",
                            crate::common::quoted(d)
                        ))
                    })?;
                    Some(found.id.clone())
                }
                None => None,
            };
            let q = styrdok_register::CoverageQuery {
                date,
                organisation,
                document,
            };
            let report = styrdok_register::coverage_of(reg, catalog, Some(&lib.crosswalk), &q);
            let view = CoverageView::new(reg, &q, &report);
            match format {
                TableOrJson::Json => write_json(ctx.out, "controls-coverage", &view)?,
                TableOrJson::Table => print_coverage(&view, catalog, ctx)?,
            }
        }
    }
    Ok(EXIT_OK)
}

/// The coverage answer: what was asked, the organisations it covers (with
/// names) and the report.
#[derive(Serialize, schemars::JsonSchema)]
pub(crate) struct CoverageView<'a> {
    /// The date, or null when counted as written.
    at: Option<chrono::NaiveDate>,
    as_written: bool,
    organisation: Option<&'a styrdok_core::OrgId>,
    document: Option<&'a styrdok_core::DocumentId>,
    /// Every organisation asked about, in register order, each with its
    /// covered, suggested-only, may-be-covered and not-addressed controls.
    organisations: Vec<OrgView<'a>>,
    /// Names of the parties and organisations the report names.
    names: std::collections::BTreeMap<&'a str, &'a str>,
    /// The report itself, flattened: `framework`, `controls`, `by_theme`,
    /// `by_attribute`, `by_organisation`, `not_addressed` … at the top level.
    #[serde(flatten)]
    report: &'a styrdok_controls::CoverageReport,
}

#[derive(Serialize, schemars::JsonSchema)]
struct OrgView<'a> {
    id: &'a str,
    name: &'a str,
    coverage: std::borrow::Cow<'a, styrdok_controls::OrgCoverage>,
}

impl<'a> CoverageView<'a> {
    fn new(
        reg: &'a styrdok_register::Register,
        q: &'a styrdok_register::CoverageQuery,
        report: &'a styrdok_controls::CoverageReport,
    ) -> Self {
        let (at, as_written) = match q.date {
            styrdok_register::CoverageDate::At(d) => (Some(d), false),
            styrdok_register::CoverageDate::AsWritten => (None, true),
        };
        let doc_org = q
            .document
            .as_ref()
            .and_then(|d| reg.document(d.as_str()))
            .map(|d| d.org());
        let organisations = reg
            .organisations
            .iter()
            .filter(|o| q.organisation.as_ref().is_none_or(|x| x == &o.id))
            .filter(|o| doc_org.as_ref().is_none_or(|x| x == &o.id))
            .filter(|o| {
                q.organisation.is_some()
                    || q.document.is_some()
                    || reg.documents.iter().any(|d| d.org() == o.id)
            })
            .map(|o| OrgView {
                id: o.id.as_str(),
                name: &o.name,
                coverage: match report.by_organisation.get(&o.id) {
                    Some(c) => std::borrow::Cow::Borrowed(c),
                    // No link at all: every control is not addressed.
                    None => std::borrow::Cow::Owned(styrdok_controls::OrgCoverage {
                        not_addressed: report.controls.keys().cloned().collect(),
                        ..Default::default()
                    }),
                },
            })
            .collect::<Vec<_>>();
        let mut names = std::collections::BTreeMap::new();
        for o in &organisations {
            names.insert(o.id, o.name);
        }
        for c in report.by_organisation.values() {
            for a in c.accountable.keys() {
                names.insert(a.as_str(), crate::common::party_name(reg, a.as_str()));
            }
        }
        CoverageView {
            at,
            as_written,
            organisation: q.organisation.as_ref(),
            document: q.document.as_ref(),
            organisations,
            names,
            report,
        }
    }
}

fn print_coverage(
    v: &CoverageView<'_>,
    catalog: &Catalog,
    ctx: &mut Ctx<'_>,
) -> Result<(), CliError> {
    let r = v.report;
    let out = &mut *ctx.out;
    let when = match v.at {
        Some(d) => format!("at {d} (documents in force that day)"),
        None => "as written (every link, whatever the dates)".to_owned(),
    };
    writeln!(
        out,
        "Coverage of {} ({}) {when}",
        r.framework, catalog.metadata.title
    )?;
    if let Some(d) = v.document {
        writeln!(out, "document: {d}")?;
    }
    writeln!(out)?;
    writeln!(
        out,
        "{:<40} {:>6} {:>8} {:>15} {:>15} {:>14}",
        "theme / tema", "total", "covered", "suggested only", "may be covered", "not addressed"
    )?;
    for (theme, t) in &r.by_theme {
        writeln!(
            out,
            "{:<40} {:>6} {:>8} {:>15} {:>15} {:>14}",
            format!("{theme} / {}", t.theme_sv),
            t.total,
            t.covered,
            t.suggested_only,
            t.in_force_unknown,
            t.not_addressed
        )?;
    }
    if !r.by_attribute.is_empty() {
        writeln!(out)?;
        writeln!(out, "attributes (covered/total controls):")?;
        let mut attr = "";
        let mut line = String::new();
        for a in &r.by_attribute {
            if a.attribute != attr {
                if !line.is_empty() {
                    writeln!(out, "{line}")?;
                }
                attr = &a.attribute;
                line = format!("  {attr}:");
            }
            line.push_str(&format!(
                " {} {}/{},",
                a.value.replace('_', " "),
                a.covered,
                a.total
            ));
        }
        if !line.is_empty() {
            writeln!(out, "{}", line.trim_end_matches(','))?;
        }
    }
    let title = |id: &str| {
        r.controls
            .get(id)
            .map_or(String::new(), |c| match &c.label_sv {
                Some(sv) => format!("{} — {sv}", c.title),
                None => c.title.clone(),
            })
    };
    for o in &v.organisations {
        let c = &o.coverage;
        writeln!(out)?;
        writeln!(out, "== {} ({}) ==", o.name, o.id)?;
        let mut by_control: std::collections::BTreeMap<&str, Vec<&str>> = Default::default();
        for (body, ids) in &c.accountable {
            for id in ids {
                by_control
                    .entry(id.as_str())
                    .or_default()
                    .push(v.names.get(body.as_str()).copied().unwrap_or(body.as_str()));
            }
        }
        let sections: [(&str, &Vec<String>); 4] = [
            ("covered / täckta", &c.covered),
            ("suggested only / endast föreslagna", &c.suggested),
            (
                "may be covered, in force not known / kanske täckta, okänt om gällande",
                &c.in_force_unknown,
            ),
            ("not addressed / inte behandlade", &c.not_addressed),
        ];
        for (label, ids) in sections {
            writeln!(out, "{label} ({}):", ids.len())?;
            for id in ids {
                let mut extra = String::new();
                if let Some(bodies) = by_control.get(id.as_str()) {
                    extra.push_str(&format!("  [accountable: {}]", bodies.join(", ")));
                }
                if c.via_crosswalk.contains(id) {
                    extra.push_str("  [via the 2013→2022 crosswalk]");
                }
                writeln!(out, "  {id:<12} {}{extra}", title(id))?;
            }
        }
        if c.accountable.is_empty() {
            writeln!(out, "accountable bodies: none named by a duty")?;
        } else {
            let list: Vec<String> = c
                .accountable
                .iter()
                .map(|(b, ids)| {
                    format!(
                        "{} ({} controls)",
                        v.names.get(b.as_str()).copied().unwrap_or(b.as_str()),
                        ids.len()
                    )
                })
                .collect();
            writeln!(out, "accountable bodies: {}", list.join(", "))?;
        }
    }
    writeln!(out)?;
    writeln!(
        out,
        "themes no document covers: {}",
        if r.themes_not_covered.is_empty() {
            "none".to_owned()
        } else {
            r.themes_not_covered.join(", ")
        }
    )?;
    if !r.outside_catalog.is_empty() {
        let refs: Vec<String> = r.outside_catalog.keys().map(ToString::to_string).collect();
        writeln!(out, "links outside this catalogue: {}", refs.join(", "))?;
    }
    Ok(())
}

/// An OSCAL import error as located diagnostics, one a line: file,
/// line:column and JSON pointer, then what is wrong.
fn oscal_error(file: &std::path::Path, text: &str, e: ControlsError) -> CliError {
    use styrdok_core::{Diagnostic, DiagnosticCode};
    let name = file.display().to_string();
    let diags = match e {
        ControlsError::OscalInvalid(diags) => diags,
        ControlsError::Oscal { pointer, message } => {
            vec![Diagnostic::error(DiagnosticCode::OscalShape, message).at(pointer)]
        }
        other => return CliError::Invalid(format!("{name}: {other}")),
    };
    let index = styrdok_register::position::PositionIndex::build(text);
    let lines: Vec<String> = diags
        .into_iter()
        .map(|mut d| {
            if let Some(loc) = &mut d.location {
                loc.file = Some(name.clone());
                if loc.line.is_none()
                    && let Some((line, column)) = index.as_ref().and_then(|ix| {
                        ix.locate(
                            text,
                            &loc.pointer,
                            d.message.starts_with("unexpected member"),
                        )
                    })
                {
                    loc.line = Some(line);
                    loc.column = Some(column);
                }
            }
            d.to_string()
        })
        .collect();
    CliError::Invalid(format!(
        "{name} is not a valid OSCAL catalog ({} problem(s)):\n{}",
        lines.len(),
        lines.join("\n")
    ))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    fn run(args: &[&str]) -> (i32, String, String) {
        let all: Vec<&str> = std::iter::once("controls")
            .chain(args.iter().copied())
            .collect();
        crate::test_support::run_cli(&all)
    }

    #[test]
    fn list_show_map_suggest() {
        let (code, out, _) = run(&["list", "--framework", "iso27001:2013", "--format", "json"]);
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["controls"].as_array().unwrap().len(), 114);
        let (code, out, _) = run(&["show", "5.15", "--format", "json"]);
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["control"], "iso27001:2022/5.15");
        assert_eq!(v["title"], "Access control");
        let (code, out, _) = run(&[
            "map",
            "--from",
            "iso27001:2013",
            "--to",
            "iso27001:2022",
            "A.12.3.1",
        ]);
        assert_eq!(code, 0);
        assert!(out.contains("iso27001:2022/8.13"), "{out}");
        let (code, out, _) = run(&[
            "suggest",
            "Alla incidenter ska rapporteras",
            "--format",
            "json",
        ]);
        assert_eq!(code, 0);
        assert!(out.contains("iso27001:2022/6.8"), "{out}");
        let (code, _, err) = run(&["show", "99.99"]);
        assert_eq!(code, 2, "{err}");
    }

    #[test]
    fn export_import_and_errors() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("iso.json");
        let (code, _, err) = run(&[
            "export",
            "--format",
            "oscal",
            "--out",
            file.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        let (code, out, _) = run(&["import", file.to_str().unwrap(), "--format", "json"]);
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["framework"], "iso27001:2022");
        let bad = dir.path().join("bad.json");
        std::fs::write(&bad, "{\"catalog\": {\"uuid\": 1}}").unwrap();
        let (code, _, err) = run(&["import", bad.to_str().unwrap()]);
        assert_eq!(code, 1);
        assert!(
            err.contains("bad.json") && err.contains("/catalog/uuid"),
            "{err}"
        );
        std::fs::write(&bad, "{\n  \"catalog\": [}").unwrap();
        let (code, _, err) = run(&["import", bad.to_str().unwrap()]);
        assert_eq!(code, 1);
        assert!(
            err.contains("[SD101]") && err.contains("bad.json:2:15"),
            "{err}"
        );
        let (code, _, _) = run(&["coverage", "--framework", "nist"]);
        assert_eq!(code, 2);
    }

    #[test]
    fn coverage_per_organisation_table_and_json() {
        let (code, out, err) = run(&["coverage", "--org", "solna", "--at", "2020-01-01"]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("== Solna stad (solna) =="), "{out}");
        assert!(out.contains("not addressed / inte behandlade ("), "{out}");
        assert!(out.contains("may be covered, in force not known"), "{out}");
        // Plain labels, not Rust names; Swedish labels beside titles.
        assert!(!out.contains("InForceUnknown") && !out.contains("NotAddressed"));
        assert!(out.contains("Informationssäkerhetspolicyer"), "{out}");
        assert!(out.contains("accountable: "), "{out}");
        // Catalogue order: 5.2 before 5.10 in the not-addressed list.
        let not = &out[out.find("not addressed / inte behandlade").unwrap()..];
        let p = |id: &str| not.find(&format!("\n  {id} ")).unwrap();
        assert!(p("5.3") < p("5.10") && p("5.10") < p("5.11"));

        let (code, json, err) = run(&[
            "coverage",
            "--org",
            "Solna stad",
            "--at",
            "2020-01-01",
            "--format",
            "json",
        ]);
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["organisation"], "solna");
        let orgs = v["organisations"].as_array().unwrap();
        assert_eq!(orgs.len(), 1);
        let c = &orgs[0]["coverage"];
        let list = |k: &str| -> Vec<String> {
            c[k].as_array()
                .unwrap()
                .iter()
                .map(|x| x.as_str().unwrap().to_owned())
                .collect()
        };
        assert!(list("covered").contains(&"5.1".to_owned()));
        assert!(list("not_addressed").contains(&"8.7".to_owned()));
        // JSON keeps catalogue order too.
        let keys: Vec<&String> = v["controls"].as_object().unwrap().keys().collect();
        let k = |id: &str| keys.iter().position(|x| x.as_str() == id).unwrap();
        assert!(k("5.2") < k("5.10"));
        assert_eq!(v["names"]["solna/ks"], "Kommunstyrelsen");

        // --as-written and --doc.
        let (code, json, _) = run(&[
            "coverage",
            "--doc",
            "solna/it-policy",
            "--as-written",
            "--format",
            "json",
        ]);
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["as_written"], true);
        assert!(v["at"].is_null());
        assert!(
            !v["organisations"][0]["coverage"]["covered"]
                .as_array()
                .unwrap()
                .is_empty()
        );
        let (code, _, err) = run(&["coverage", "--doc", "solna/nothing"]);
        assert_eq!(code, 2, "{err}");
        let (code, _, _) = run(&["coverage", "--at", "2020-01-01", "--as-written"]);
        assert_eq!(code, 2);
    }
}
