//! The HTML report: one self-contained page (CSS and SVG inline, no script,
//! nothing from the network, `lang="sv"`, printable), or at national scale
//! an index page plus one page per organisation.

mod sections;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use styrdok_controls::CoverageReport;
use styrdok_core::{Diagnostic, OrgId};
use styrdok_graph::{DocumentGraph, Status};
use styrdok_register::Hierarchy;
use styrdok_register::query::{RaciMatrix, raci_matrix};
use styrdok_register::{Register, coverage_at};

use crate::svg::{doc_anchor, esc, fragment, statement_anchor};
use crate::{ReportError, safety};

/// The generator marker every report page carries in a `<meta
/// name="generator">` near its start; `--out` overwrites only files that
/// carry it.
pub const GENERATOR: &str = "styrdok report";

/// What a report shows.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The day statuses, coverage and the timeline's "now" refer to.
    pub at: NaiveDate,
    /// Only this organisation (single page).
    pub organisation: Option<OrgId>,
    /// The page title (default: the register's title, or "styrdok").
    pub title: Option<String>,
}

impl Options {
    /// A report at `at` (the Unix epoch's day when `None`, which callers
    /// avoid by passing a day: the CLI passes today).
    pub fn new(at: Option<NaiveDate>) -> Self {
        Options {
            at: at.unwrap_or_default(),
            organisation: None,
            title: None,
        }
    }

    /// Only `org`.
    pub fn organisation(mut self, org: OrgId) -> Self {
        self.organisation = Some(org);
        self
    }
}

/// One page of a split report.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Page {
    /// The file name (`index.html`, `org-stockholm.html`).
    pub file: String,
    /// The page.
    pub html: String,
}

/// Everything computed once for all pages.
pub(crate) struct Ctx<'r> {
    pub(crate) reg: &'r Register,
    pub(crate) at: NaiveDate,
    pub(crate) graph: DocumentGraph,
    pub(crate) status: HashMap<String, Status>,
    pub(crate) h: Hierarchy<'r>,
    pub(crate) coverage: Option<CoverageReport>,
    pub(crate) raci: RaciMatrix,
    /// What the documents require to exist, matched against the register.
    pub(crate) requires: styrdok_register::query::requires::RequiresReport,
    /// The page each document is on (`""` = this single page); documents
    /// not on any page are not linked.
    pub(crate) page_of_org: BTreeMap<String, String>,
    /// Organisation names.
    pub(crate) org_name: BTreeMap<String, String>,
    /// Documents by organisation, in register order.
    pub(crate) docs_by_org: BTreeMap<String, Vec<&'r styrdok_model::Document>>,
    /// Diagnostics about a document, by its organisation.
    pub(crate) diags_by_org: BTreeMap<String, Vec<&'r Diagnostic>>,
    /// Diagnostics about no single document.
    pub(crate) diags_global: Vec<&'r Diagnostic>,
    /// Per organisation and control: the confirmed, suggested and
    /// in-force-unknown statements of its documents.
    pub(crate) cov_by_org: BTreeMap<String, BTreeMap<String, [Vec<String>; 3]>>,
}

impl<'r> Ctx<'r> {
    fn new(reg: &'r Register, diags: &'r [Diagnostic], at: NaiveDate) -> Self {
        let graph = DocumentGraph::build(&reg.documents);
        let status = graph
            .statuses_at(at)
            .into_iter()
            .map(|(n, s)| (n.id.to_string(), s))
            .collect();
        let coverage = styrdok_controls::iso27001_2022()
            .ok()
            .map(|c| coverage_at(reg, &c, at));
        let mut org_name: BTreeMap<String, String> = reg
            .organisations
            .iter()
            .map(|o| (o.id.to_string(), o.name.clone()))
            .collect();
        for d in &reg.documents {
            let o = d.org().to_string();
            org_name.entry(o.clone()).or_insert(o);
        }
        let mut docs_by_org: BTreeMap<String, Vec<&styrdok_model::Document>> = BTreeMap::new();
        for d in &reg.documents {
            docs_by_org.entry(d.org().to_string()).or_default().push(d);
        }
        let mut ctx = Ctx {
            reg,
            at,
            graph,
            status,
            h: Hierarchy::new(reg),
            coverage,
            raci: raci_matrix(reg, None),
            requires: styrdok_register::query::requires::requirements(reg, None, None, Some(at)),
            page_of_org: BTreeMap::new(),
            org_name,
            docs_by_org,
            diags_by_org: BTreeMap::new(),
            diags_global: Vec::new(),
            cov_by_org: BTreeMap::new(),
        };
        for d in diags {
            match sections::diag_doc(&ctx, d) {
                Some(doc) => ctx
                    .diags_by_org
                    .entry(doc.org().to_string())
                    .or_default()
                    .push(d),
                None => ctx.diags_global.push(d),
            }
        }
        let mut cov: BTreeMap<String, BTreeMap<String, [Vec<String>; 3]>> = BTreeMap::new();
        if let Some(rep) = &ctx.coverage {
            for (cid, c) in &rep.controls {
                for (i, set) in [&c.confirmed, &c.suggested, &c.in_force_unknown]
                    .into_iter()
                    .enumerate()
                {
                    for st in set {
                        let org = ctx.doc_org(st.document().as_str());
                        if let Some(slot) = cov
                            .entry(org)
                            .or_default()
                            .entry(cid.clone())
                            .or_default()
                            .get_mut(i)
                        {
                            slot.push(st.to_string());
                        }
                    }
                }
            }
        }
        ctx.cov_by_org = cov;
        ctx
    }

    /// The organisation of a document id (from the register, else the
    /// id's prefix).
    pub(crate) fn org_of_doc(&self, id: &str) -> String {
        id.split('/').next().unwrap_or(id).to_owned()
    }

    /// A link to a document's section, or `None` when it is on no page.
    pub(crate) fn doc_href(&self, id: &str, org: &str) -> Option<String> {
        let page = self.page_of_org.get(org)?;
        Some(format!("{page}#{}", fragment(&doc_anchor(id))))
    }

    /// A link to a statement, or `None`.
    pub(crate) fn statement_href(&self, st: &str) -> Option<String> {
        let doc = st.split('#').next().unwrap_or(st);
        let org = self.doc_org(doc);
        let page = self.page_of_org.get(&org)?;
        Some(format!("{page}#{}", fragment(&statement_anchor(st))))
    }

    /// The organisation of a document of the register.
    pub(crate) fn doc_org(&self, id: &str) -> String {
        self.graph
            .node(&match id.parse() {
                Ok(i) => i,
                Err(_) => return self.org_of_doc(id),
            })
            .map(|n| n.organisation.to_string())
            .unwrap_or_else(|| self.org_of_doc(id))
    }

    /// `<a href>` around `text` when the document is on a page.
    pub(crate) fn doc_link(&self, id: &str, text: &str) -> String {
        match self.doc_href(id, &self.doc_org(id)) {
            Some(h) => format!("<a href=\"{}\">{}</a>", esc(&h), esc(text)),
            None => esc(text),
        }
    }

    /// `<a href>` to a statement, its id as text.
    pub(crate) fn statement_link(&self, st: &str) -> String {
        match self.statement_href(st) {
            Some(h) => format!("<a href=\"{}\">{}</a>", esc(&h), esc(st)),
            None => esc(st),
        }
    }

    /// A party's name (the id when unknown).
    pub(crate) fn party_name(&self, id: &str) -> String {
        self.h.name_of(id).unwrap_or(id).to_owned()
    }

    /// A document's title (or id).
    pub(crate) fn title_of(&self, id: &str) -> String {
        id.parse()
            .ok()
            .and_then(|i| self.graph.node(&i))
            .and_then(|n| n.title.clone())
            .unwrap_or_else(|| id.to_owned())
    }
}

const CSS: &str = r#"
:root{--fg:#1a1a1a;--muted:#555;--line:#ccc}
body{font-family:system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--fg);margin:0;line-height:1.4}
header,main,footer{padding:0 1.5rem}
header{border-bottom:3px solid #2171b5}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
h2{border-bottom:1px solid var(--line);margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.2rem .45rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}
td.n{text-align:right}
.scroll{overflow-x:auto;max-width:100%}
.swatch{display:inline-block;width:1em;height:1em;border:1px solid #333;vertical-align:middle;margin-right:.3em}
.legend{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;font-size:.9rem;list-style:none;padding:0}
.muted{color:var(--muted)}
.sev-error{color:#a50f15;font-weight:bold}.sev-warning{color:#a63603}
svg text{font-family:system-ui,Helvetica,Arial,sans-serif}
.tl-label{font-size:10px}.lane-label{font-size:11px;font-weight:bold;fill:#333}.axis{font-size:10px;fill:#555}
.tl-conn-label,.g-edge-label{font-size:10px;font-weight:bold}
.g-title{font-size:11px}.g-meta{font-size:10px;fill:#444}
.heat td{text-align:center;min-width:4.5rem}
ol.statements li{margin:.2rem 0}
section.doc{content-visibility:auto;contain-intrinsic-size:auto 14rem}
:target{outline:3px solid #fdae6b}
@media print{nav,.noprint{display:none}.scroll{overflow:visible}svg{max-width:100%;height:auto}h2{break-after:avoid}section.doc{break-inside:avoid}}
"#;

fn shell(
    title: &str,
    at: NaiveDate,
    nav: &[(&str, &str)],
    main: &str,
    footer_note: &str,
) -> String {
    let mut s = String::with_capacity(main.len() + 4096);
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"{GENERATOR} {}\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<header>\n<h1>{}</h1>\n<p class=\"muted\">Rapport över styrdokument per {at}. Skapad av styrdok ur registret; varje uppgift länkar till sitt dokument och, där det finns, till meningen den vilar på.</p>\n<nav aria-label=\"Innehåll\"><ul>",
        env!("CARGO_PKG_VERSION"),
        esc(title),
        esc(title),
    );
    for (href, label) in nav {
        let _ = write!(s, "<li><a href=\"{}\">{}</a></li>", esc(href), esc(label));
    }
    let _ = write!(
        s,
        "</ul></nav>\n</header>\n<main>\n{main}\n</main>\n<footer>\n<p class=\"muted\">{} Status, täckning och tidslinje gäller {at}. Datum som bara är kända som intervall visas som intervall (streckade fält), aldrig som gissade dagar.</p>\n</footer>\n</body>\n</html>\n",
        esc(footer_note)
    );
    s
}

fn all_orgs(ctx: &Ctx<'_>) -> Vec<String> {
    ctx.org_name.keys().cloned().collect()
}

/// One self-contained page of the register (or of `opts.organisation`).
pub fn render(reg: &Register, diags: &[Diagnostic], opts: &Options) -> String {
    let mut ctx = Ctx::new(reg, diags, opts.at);
    let orgs: Vec<String> = match &opts.organisation {
        Some(o) => vec![o.to_string()],
        None => all_orgs(&ctx),
    };
    ctx.page_of_org = orgs.iter().map(|o| (o.clone(), String::new())).collect();
    let title = opts
        .title
        .clone()
        .or_else(|| reg.title.clone())
        .unwrap_or_else(|| "Styrdokument".into());
    let title = match &opts.organisation {
        Some(o) => format!(
            "{} — {}",
            title,
            ctx.org_name
                .get(o.as_str())
                .map_or(o.as_str(), |s| s.as_str())
        ),
        None => title,
    };
    let scope: BTreeSet<String> = orgs.iter().cloned().collect();
    let main = sections::org_page_main(&ctx, &scope);
    shell(&title, opts.at, &sections::NAV, &main, "")
}

/// The split report: `index.html` (every organisation in one table with
/// its counts and coverage by theme) and `org-<id>.html` per organisation.
pub fn render_split(reg: &Register, diags: &[Diagnostic], opts: &Options) -> Vec<Page> {
    let mut ctx = Ctx::new(reg, diags, opts.at);
    let orgs = all_orgs(&ctx);
    ctx.page_of_org = orgs.iter().map(|o| (o.clone(), page_file(o))).collect();
    let title = opts
        .title
        .clone()
        .or_else(|| reg.title.clone())
        .unwrap_or_else(|| "Styrdokument".into());
    let mut pages = vec![Page {
        file: "index.html".into(),
        html: shell(
            &title,
            opts.at,
            &sections::INDEX_NAV,
            &sections::index_main(&ctx, &orgs),
            "Registret är delat: en sida per organisation.",
        ),
    }];
    for o in &orgs {
        let scope: BTreeSet<String> = [o.clone()].into_iter().collect();
        let name = ctx.org_name.get(o).cloned().unwrap_or_else(|| o.clone());
        let mut nav: Vec<(&str, &str)> = vec![("index.html", "← Alla organisationer")];
        nav.extend(sections::NAV);
        pages.push(Page {
            file: page_file(o),
            html: shell(
                &format!("{title} — {name}"),
                opts.at,
                &nav,
                &sections::org_page_main(&ctx, &scope),
                "",
            ),
        });
    }
    pages
}

/// The file of an organisation's page.
fn page_file(org: &str) -> String {
    format!("org-{}.html", org.replace('/', "-"))
}

/// Writes one report page to `path` atomically; refuses to overwrite a
/// file that is not a styrdok report.
///
/// # Errors
///
/// `ReportError::NotOurs` when `path` exists and is not a styrdok report;
/// `ReportError::Io` (or `ReportError::Register` from the atomic write)
/// when it cannot be read or written.
pub fn write_report(path: &Path, html: &str) -> Result<(), ReportError> {
    safety::check_overwrite(path, GENERATOR)?;
    safety::write(path, html.as_bytes(), &|old| {
        safety::has_marker(old, GENERATOR)
    })
}

/// Writes a split report into `dir` (created when missing). An existing
/// directory must be empty or hold a styrdok `index.html`; every existing
/// page to be replaced must be a styrdok report. Returns the files written.
///
/// # Errors
///
/// `ReportError::NotOurs` when `dir` is neither empty nor holds a styrdok
/// `index.html`, or a page to be replaced is not a styrdok report;
/// `ReportError::Io` (or `ReportError::Register` from the atomic write)
/// when the directory or a page cannot be created, read or written.
pub fn write_split(dir: &Path, pages: &[Page]) -> Result<Vec<PathBuf>, ReportError> {
    safety::prepare_dir(dir, "index.html", GENERATOR)?;
    for p in pages {
        safety::check_overwrite(&safety::join(dir, &p.file), GENERATOR)?;
    }
    let mut out = Vec::new();
    // pages first, the index last: a crash leaves the old index pointing
    // at complete pages
    for p in pages
        .iter()
        .filter(|p| p.file != "index.html")
        .chain(pages.iter().filter(|p| p.file == "index.html"))
    {
        let path = safety::join(dir, &p.file);
        safety::write(&path, p.html.as_bytes(), &|old| {
            safety::has_marker(old, GENERATOR)
        })?;
        out.push(path);
    }
    Ok(out)
}
