//! The sections of a report page.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use chrono::NaiveDate;
use styrdok_controls::CoverageStatus;
use styrdok_core::{DateValue, Severity};
use styrdok_graph::{EdgeKind, EdgeStyle, ExportOptions, StatusKind, edge_colour, status_colour};

use super::Ctx;
use crate::svg::timeline::Connector;
use crate::svg::{
    TimelineBar, doc_anchor, esc, kind_word_sv, statement_anchor, status_word_sv, style_word_sv,
    supersession_svg,
};

/// The navigation of an organisation's page (section anchors).
pub(super) const NAV: [(&str, &str); 8] = [
    ("#oversikt", "Översikt"),
    ("#tidslinje", "Tidslinje"),
    ("#graf", "Ersättningsgraf"),
    ("#tackning", "Täckning ISO/IEC 27001:2022"),
    ("#raci", "RACI"),
    ("#krav", "Krav"),
    ("#diagnostik", "Diagnostik"),
    ("#dokument", "Dokument"),
];

/// The navigation of the index page.
pub(super) const INDEX_NAV: [(&str, &str); 3] = [
    ("#organisationer", "Organisationer"),
    ("#tackning", "Täckning ISO/IEC 27001:2022"),
    ("#diagnostik", "Diagnostik"),
];

const SUPERSESSION: [EdgeKind; 4] = [
    EdgeKind::Replaces,
    EdgeKind::ReplacesInPart,
    EdgeKind::Repeals,
    EdgeKind::Amends,
];

fn status_kind(ctx: &Ctx<'_>, id: &str) -> StatusKind {
    ctx.status.get(id).map_or(StatusKind::Unknown, |s| s.kind())
}

fn date_text(d: &DateValue) -> String {
    crate::svg::date_sv(d)
}

/// The machine id of a serialized enum (`kommun`).
fn serde_id(v: &impl serde::Serialize) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn status_legend(kinds: &BTreeSet<StatusKind>) -> String {
    let mut s = String::from("<ul class=\"legend\" aria-label=\"Förklaring: status\">");
    for k in kinds {
        let _ = write!(
            s,
            "<li><span class=\"swatch\" style=\"background:{}\"></span>{}</li>",
            status_colour(*k),
            status_word_sv(*k)
        );
    }
    s.push_str("</ul>");
    s
}

fn edge_legend(styles: &BTreeSet<(EdgeKind, EdgeStyle)>) -> String {
    let mut s = String::from("<ul class=\"legend\" aria-label=\"Förklaring: relationer\">");
    for (k, st) in styles {
        let _ = write!(
            s,
            "<li><svg width=\"40\" height=\"10\" aria-hidden=\"true\"><line x1=\"0\" y1=\"5\" x2=\"40\" y2=\"5\" stroke=\"{}\" stroke-width=\"2\" stroke-dasharray=\"{}\"/></svg> {} ({})</li>",
            edge_colour(*k),
            crate::svg::dash(*st),
            kind_word_sv(*k),
            style_word_sv(*st)
        );
    }
    s.push_str("</ul>");
    s
}

/// The main content of an organisation's page (or of the single page
/// covering `scope`).
pub(super) fn org_page_main(ctx: &Ctx<'_>, scope: &BTreeSet<String>) -> String {
    let mut s = String::new();
    overview(ctx, scope, &mut s);
    timeline(ctx, scope, &mut s);
    graph(ctx, scope, &mut s);
    coverage(ctx, scope, &mut s);
    raci(ctx, scope, &mut s);
    requirements(ctx, scope, &mut s);
    diagnostics(ctx, Some(scope), &mut s);
    documents(ctx, scope, &mut s);
    s
}

fn overview(ctx: &Ctx<'_>, scope: &BTreeSet<String>, s: &mut String) {
    s.push_str("<section id=\"oversikt\" aria-labelledby=\"h-oversikt\"><h2 id=\"h-oversikt\">Översikt</h2>");
    for org in scope {
        let name = ctx
            .org_name
            .get(org)
            .cloned()
            .unwrap_or_else(|| org.clone());
        let o = ctx.reg.organisation(org);
        let docs: &[&styrdok_model::Document] =
            ctx.docs_by_org.get(org).map_or(&[], |v| v.as_slice());
        let _ = write!(
            s,
            "<h3>{}</h3><p>{} · {} dokument ({} kända bara från hänvisningar) · {} organ</p>",
            esc(&name),
            o.map(|o| esc(&serde_id(&o.kind))).unwrap_or_default(),
            docs.len(),
            docs.iter().filter(|d| d.citation.is_some()).count(),
            o.map_or(0, |o| o.bodies.len()),
        );
        // kinds × statuses
        let mut counts: BTreeMap<String, BTreeMap<StatusKind, usize>> = BTreeMap::new();
        let mut present: BTreeSet<StatusKind> = BTreeSet::new();
        for d in docs {
            let k = status_kind(ctx, d.id.as_str());
            present.insert(k);
            *counts
                .entry(d.kind.to_string())
                .or_default()
                .entry(k)
                .or_default() += 1;
        }
        let _ = write!(
            s,
            "<div class=\"scroll\"><table><caption>Dokument per slag och status {}</caption><thead><tr><th scope=\"col\">Slag</th>",
            ctx.at
        );
        for k in &present {
            let _ = write!(s, "<th scope=\"col\">{}</th>", status_word_sv(*k));
        }
        s.push_str("<th scope=\"col\">Totalt</th></tr></thead><tbody>");
        for (kind, row) in &counts {
            let _ = write!(s, "<tr><th scope=\"row\">{}</th>", esc(kind));
            for k in &present {
                let _ = write!(
                    s,
                    "<td class=\"n\">{}</td>",
                    row.get(k).copied().unwrap_or(0)
                );
            }
            let _ = write!(
                s,
                "<td class=\"n\">{}</td></tr>",
                row.values().sum::<usize>()
            );
        }
        s.push_str("</tbody></table></div>");
        // the documents themselves
        s.push_str("<div class=\"scroll\"><table><caption>Dokumenten</caption><thead><tr><th scope=\"col\">Titel</th><th scope=\"col\">Slag</th><th scope=\"col\">Status</th><th scope=\"col\">Antagen av</th><th scope=\"col\">Beslutsdatum</th></tr></thead><tbody>");
        for d in docs {
            let title = d.title.clone().unwrap_or_else(|| d.id.to_string());
            let adopter = d
                .adopted_by
                .as_deref()
                .map(|a| ctx.party_name(a))
                .or_else(|| d.adopted_by_as_written.clone())
                .unwrap_or_default();
            let _ = write!(
                s,
                "<tr><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                ctx.doc_link(d.id.as_str(), &title),
                if d.citation.is_some() {
                    " <span class=\"muted\">(hänvisning)</span>"
                } else {
                    ""
                },
                esc(&d.kind.to_string()),
                status_word_sv(status_kind(ctx, d.id.as_str())),
                esc(&adopter),
                esc(&date_text(&d.decision_date)),
            );
        }
        s.push_str("</tbody></table></div>");
    }
    s.push_str("</section>");
}

fn range(d: &DateValue) -> (Option<NaiveDate>, Option<NaiveDate>) {
    (d.earliest(), d.latest())
}

fn timeline(ctx: &Ctx<'_>, scope: &BTreeSet<String>, s: &mut String) {
    s.push_str("<section id=\"tidslinje\" aria-labelledby=\"h-tidslinje\"><h2 id=\"h-tidslinje\">Tidslinje</h2><p>Ett fält per dokument från ikraftträdande till dess det ersattes, upphävdes eller upphörde; en rad per dokumentslag. Streckade fält är datum som bara är kända som intervall. Pilar går från det ersättande dokumentet till det ersatta.</p>");
    let mut bars = Vec::new();
    let mut kinds = BTreeSet::new();
    let nodes = scope
        .iter()
        .flat_map(|o| ctx.docs_by_org.get(o).into_iter().flatten())
        .filter_map(|d| ctx.graph.node(&d.id));
    for n in nodes {
        if n.missing {
            continue;
        }
        // the end of force: a whole replacement or repeal carried out, or
        // the end of validity
        let mut end: Option<(Option<NaiveDate>, Option<NaiveDate>)> = None;
        for (succ, e) in ctx.graph.incoming(&n.id) {
            if e.kind.ends_whole() && e.is_effective() {
                let r = range(&succ.entry_into_force);
                end = Some(match end {
                    Some((a, b)) => (a.min(r.0).or(a).or(r.0), b.min(r.1).or(b).or(r.1)),
                    None => r,
                });
            }
        }
        if end.is_none() && !n.valid_until.is_unknown() {
            end = Some(range(&n.valid_until));
        }
        let k = status_kind(ctx, n.id.as_str());
        kinds.insert(k);
        bars.push(TimelineBar {
            id: n.id.to_string(),
            label: n.title.clone().unwrap_or_else(|| n.id.to_string()),
            kind: n.kind.to_string(),
            start: range(&n.entry_into_force),
            end,
            status: k,
            href: ctx
                .doc_href(n.id.as_str(), n.organisation.as_str())
                .unwrap_or_default(),
        });
    }
    let mut conns = Vec::new();
    let mut styles = BTreeSet::new();
    for (a, b, e) in ctx.graph.edges() {
        if matches!(
            e.kind,
            EdgeKind::Replaces | EdgeKind::ReplacesInPart | EdgeKind::Repeals
        ) && (scope.contains(a.organisation.as_str()) || scope.contains(b.organisation.as_str()))
        {
            let style = EdgeStyle::of(e);
            styles.insert((e.kind, style));
            conns.push(Connector {
                from: a.id.to_string(),
                to: b.id.to_string(),
                kind: e.kind,
                style,
                sections: e.sections.clone(),
            });
        }
    }
    conns.sort_by(|x, y| (&x.from, &x.to, x.kind).cmp(&(&y.from, &y.to, y.kind)));
    conns.dedup();
    if bars.is_empty() {
        s.push_str("<p>Inga dokument.</p></section>");
        return;
    }
    let _ = write!(
        s,
        "<div class=\"scroll\">{}</div>{}{}</section>",
        crate::svg::timeline::timeline_svg_with(&bars, &conns, ctx.at),
        status_legend(&kinds),
        edge_legend(&styles)
    );
}

fn graph(ctx: &Ctx<'_>, scope: &BTreeSet<String>, s: &mut String) {
    s.push_str("<section id=\"graf\" aria-labelledby=\"h-graf\"><h2 id=\"h-graf\">Ersättningsgraf</h2><p>Dokument som ersätter, delvis ersätter, upphäver eller ändrar andra, i lager: det ersättande står till höger. Färgen är status den dagen; streckad ram är ett dokument känt bara från en hänvisning. Håll pekaren över en ruta för dess id.</p>");
    let mut any = false;
    for org in scope {
        let opts = ExportOptions::new()
            .at(Some(ctx.at))
            .kinds(SUPERSESSION)
            .organisation(match org.parse() {
                Ok(o) => o,
                Err(_) => continue,
            });
        let view = ctx.graph.view(&opts);
        if view.edges.is_empty() {
            continue;
        }
        any = true;
        if scope.len() > 1 {
            let _ = write!(
                s,
                "<h3>{}</h3>",
                esc(ctx.org_name.get(org).map_or(org.as_str(), |x| x.as_str()))
            );
        }
        let href = |id: &str| ctx.doc_href(id, &ctx.doc_org(id)).unwrap_or_default();
        let _ = write!(
            s,
            "<div class=\"scroll\">{}</div>{}{}",
            supersession_svg(&view, &href),
            status_legend(&view.status_kinds()),
            edge_legend(&view.edge_styles())
        );
    }
    if !any {
        s.push_str("<p>Inga ersättningar i registret.</p>");
    }
    s.push_str("</section>");
}

fn heat_colour(share: f64) -> String {
    // white to green
    let g = (255.0 - share * 120.0).round() as u8;
    let r = (255.0 - share * 200.0).round() as u8;
    format!("rgb({r},{g},{r})")
}

fn coverage(ctx: &Ctx<'_>, scope: &BTreeSet<String>, s: &mut String) {
    s.push_str("<section id=\"tackning\" aria-labelledby=\"h-tackning\"><h2 id=\"h-tackning\">Täckning av ISO/IEC 27001:2022</h2>");
    let Some(rep) = &ctx.coverage else {
        s.push_str("<p>Katalogen kunde inte läsas.</p></section>");
        return;
    };
    let _ = write!(
        s,
        "<p>Kontroller som en mening i ett dokument i kraft {} täcker med en <strong>bekräftad</strong> länk, och apart de som bara har <em>föreslagna</em> länkar. Ansvariga organ kommer från de åtaganden som uppfyller meningen.</p>",
        ctx.at
    );
    heatmap(ctx, scope.iter(), s);
    // the controls addressed in scope
    let mut rows = String::new();
    let empty = BTreeMap::new();
    for (cid, c) in &rep.controls {
        let mut sets: [Vec<String>; 3] = Default::default();
        for org in scope {
            if let Some(v) = ctx.cov_by_org.get(org).unwrap_or(&empty).get(cid) {
                for (slot, part) in sets.iter_mut().zip(v) {
                    slot.extend(part.iter().cloned());
                }
            }
        }
        let [conf, sugg, unk] = sets;
        if conf.is_empty() && sugg.is_empty() && unk.is_empty() {
            continue;
        }
        let acc: Vec<String> = c
            .accountable
            .iter()
            .filter(|b| scope.iter().any(|o| b.starts_with(&format!("{o}/"))))
            .map(|b| ctx.party_name(b))
            .collect();
        let status = if !conf.is_empty() {
            "täckt (bekräftad)"
        } else if !sugg.is_empty() {
            "bara föreslagen"
        } else {
            "osäkert om i kraft"
        };
        let links = |v: &[String]| {
            v.iter()
                .map(|st| ctx.statement_link(st))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = write!(
            rows,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(cid),
            esc(&c.title),
            status,
            links(&conf),
            links(&sugg),
            links(&unk),
            esc(&acc.join(", ")),
        );
    }
    if rows.is_empty() {
        s.push_str("<p>Ingen mening länkar till någon kontroll.</p>");
    } else {
        let _ = write!(
            s,
            "<div class=\"scroll\"><table><caption>Kontroller som dokumenten berör</caption><thead><tr><th scope=\"col\">Kontroll</th><th scope=\"col\">Titel</th><th scope=\"col\">Läge</th><th scope=\"col\">Bekräftade meningar</th><th scope=\"col\">Föreslagna meningar</th><th scope=\"col\">I kraft okänt</th><th scope=\"col\">Ansvariga organ</th></tr></thead><tbody>{rows}</tbody></table></div>"
        );
    }
    s.push_str("</section>");
}

/// Organisations × themes: covered (confirmed) controls of the theme's
/// total, with the suggested-only count apart.
fn heatmap<'a>(ctx: &Ctx<'_>, orgs: impl Iterator<Item = &'a String>, s: &mut String) {
    let Some(rep) = &ctx.coverage else { return };
    let themes: Vec<&String> = rep.by_theme.keys().collect();
    let _ = write!(
        s,
        "<div class=\"scroll\"><table class=\"heat\"><caption>Täckta kontroller per tema (bekräftade / antal; föreslagna inom parentes)</caption><thead><tr><th scope=\"col\">Organisation</th>"
    );
    for t in &themes {
        let _ = write!(s, "<th scope=\"col\">{}</th>", esc(t));
    }
    s.push_str("</tr></thead><tbody>");
    for org in orgs {
        let oc = org.parse().ok().and_then(|o| rep.by_organisation.get(&o));
        let name = ctx
            .org_name
            .get(org)
            .cloned()
            .unwrap_or_else(|| org.clone());
        let link = match ctx.page_of_org.get(org) {
            Some(p) if !p.is_empty() => {
                format!("<a href=\"{}#tackning\">{}</a>", esc(p), esc(&name))
            }
            _ => esc(&name),
        };
        let _ = write!(s, "<tr><th scope=\"row\">{link}</th>");
        for t in &themes {
            let total = rep.by_theme.get(*t).map_or(0, |x| x.total);
            let covered = oc
                .and_then(|c| c.covered_by_theme.get(*t))
                .copied()
                .unwrap_or(0);
            let suggested = oc.map_or(0, |c| {
                c.suggested
                    .iter()
                    .filter(|cid| {
                        !c.covered.contains(*cid)
                            && rep.controls.get(*cid).and_then(|x| x.theme.as_ref()) == Some(*t)
                    })
                    .count()
            });
            let share = if total == 0 {
                0.0
            } else {
                covered as f64 / total as f64
            };
            let _ = write!(
                s,
                "<td style=\"background:{}\" title=\"{} av {} bekräftade, {} bara föreslagna\">{covered}/{total}{}</td>",
                heat_colour(share),
                covered,
                total,
                suggested,
                if suggested > 0 {
                    format!(" ({suggested})")
                } else {
                    String::new()
                }
            );
        }
        s.push_str("</tr>");
    }
    s.push_str("</tbody></table></div>");
    let _ = CoverageStatus::Covered;
}

fn raci(ctx: &Ctx<'_>, scope: &BTreeSet<String>, s: &mut String) {
    s.push_str("<section id=\"raci\" aria-labelledby=\"h-raci\"><h2 id=\"h-raci\">RACI</h2><p>Rader är aktiviteter, kolumner parter. R utför, A ansvarar (beslutar), C rådfrågas, I informeras; A* är härlett, inte uttryckt i texten.</p>");
    let rows: Vec<&styrdok_register::query::RaciRow> = ctx
        .raci
        .rows
        .iter()
        .filter(|r| scope.contains(&r.organisation))
        .collect();
    if rows.is_empty() {
        s.push_str("<p>Inga åtaganden.</p></section>");
        return;
    }
    let used: BTreeSet<&String> = rows.iter().flat_map(|r| r.cells.keys()).collect();
    let cols: Vec<&styrdok_register::query::RaciColumn> = ctx
        .raci
        .columns
        .iter()
        .filter(|c| used.contains(&c.id))
        .collect();
    s.push_str("<div class=\"scroll\"><table><caption>RACI-matris</caption><thead><tr><th scope=\"col\">Aktivitet</th>");
    for c in &cols {
        let _ = write!(
            s,
            "<th scope=\"col\" title=\"{}\">{}</th>",
            esc(&c.id),
            esc(&c.name)
        );
    }
    s.push_str("<th scope=\"col\">Dokument</th></tr></thead><tbody>");
    for r in rows {
        let _ = write!(
            s,
            "<tr><th scope=\"row\" title=\"{}\">{}</th>",
            esc(&r.activity),
            esc(&r.label)
        );
        for c in &cols {
            match r.cells.get(&c.id) {
                Some(cell) => {
                    // link the letters to the duty's document
                    let duty = cell.duties.first().cloned().unwrap_or_default();
                    let doc = duty.split('#').next().unwrap_or_default();
                    let text = cell.text();
                    let link = match ctx.doc_href(doc, &ctx.doc_org(doc)) {
                        Some(h) => format!(
                            "<a href=\"{}\" title=\"{}\">{}</a>",
                            esc(&h),
                            esc(&cell.duties.join(", ")),
                            esc(&text)
                        ),
                        None => esc(&text),
                    };
                    let _ = write!(s, "<td>{link}</td>");
                }
                None => s.push_str("<td></td>"),
            }
        }
        let docs: Vec<String> = r
            .documents
            .iter()
            .map(|d| ctx.doc_link(d.as_str(), &ctx.title_of(d.as_str())))
            .collect();
        let _ = write!(s, "<td>{}</td></tr>", docs.join("; "));
    }
    s.push_str("</tbody></table></div></section>");
}

/// The document a diagnostic is about: its `/documents/N` pointer, else a
/// subject that is a document.
pub(super) fn diag_doc<'r>(
    ctx: &Ctx<'r>,
    d: &styrdok_core::Diagnostic,
) -> Option<&'r styrdok_model::Document> {
    let p = d
        .location
        .as_ref()
        .map(|l| l.pointer.as_str())
        .unwrap_or_default();
    if let Some(rest) = p.strip_prefix("/documents/") {
        let n: usize = rest.split('/').next().unwrap_or_default().parse().ok()?;
        return ctx.reg.documents.get(n);
    }
    d.subjects.iter().find_map(|s| ctx.reg.document(s))
}

/// What the documents say must exist (a riktlinje, a body, a function),
/// who must create it, and whether the register holds it: the row links to
/// the requiring document and the sentence, each match to its document.
fn requirements(ctx: &Ctx<'_>, scope: &BTreeSet<String>, s: &mut String) {
    use styrdok_register::query::requires::Fulfilment;
    s.push_str("<section id=\"krav\" aria-labelledby=\"h-krav\"><h2 id=\"h-krav\">Krav</h2><p>Vad dokumenten säger ska finnas, vem som ska ta fram det, och om registret har det vid datumet.</p>");
    let rows: Vec<_> = ctx
        .requires
        .rows
        .iter()
        .filter(|r| scope.contains(r.organisation.as_str()))
        .collect();
    if rows.is_empty() {
        s.push_str("<p>Inga krav på andra dokument.</p></section>");
        return;
    }
    s.push_str("<div class=\"scroll\"><table><caption>Krav och om de är uppfyllda</caption><thead><tr><th scope=\"col\">Dokument</th><th scope=\"col\">Mening</th><th scope=\"col\">Ska finnas</th><th scope=\"col\">Av</th><th scope=\"col\">I registret</th></tr></thead><tbody>");
    for r in rows {
        let doc = ctx.doc_link(
            r.document.as_str(),
            r.document_title.as_deref().unwrap_or(r.document.as_str()),
        );
        let sentence = match (&r.statement, &r.sentence) {
            (Some(st), Some(text)) => match ctx.statement_href(&st.to_string()) {
                Some(href) => format!("<a href=\"{}\">{}</a>", esc(&href), esc(text)),
                None => esc(text),
            },
            (_, Some(text)) => esc(text),
            _ => String::new(),
        };
        let by = match (&r.for_member_name, &r.by_name, &r.by) {
            (Some(m), _, _) => esc(m),
            (None, Some(n), _) => esc(n),
            (None, None, Some(id)) => esc(id),
            _ => "–".into(),
        };
        let verdict = match r.fulfilment {
            Fulfilment::Exists => "finns",
            Fulfilment::ExistsStatusUnknown => "finns, om det gäller är okänt",
            Fulfilment::ExistsNotInForce => "finns men gäller inte",
            Fulfilment::Missing => "saknas",
            Fulfilment::NotInRegister => "inte i registret (organ eller funktion)",
            _ => "okänt",
        };
        let matches: Vec<String> = r
            .matches
            .iter()
            .map(|m| ctx.doc_link(&m.id, m.title.as_deref().unwrap_or(&m.id)))
            .collect();
        let _ = write!(
            s,
            "<tr><td>{doc}</td><td>{sentence}</td><td>{}</td><td>{by}</td><td>{verdict}{}</td></tr>",
            esc(&r.what),
            if matches.is_empty() {
                String::new()
            } else {
                format!(": {}", matches.join(", "))
            }
        );
    }
    s.push_str("</tbody></table></div></section>");
}

pub(super) fn diagnostics(ctx: &Ctx<'_>, scope: Option<&BTreeSet<String>>, s: &mut String) {
    s.push_str("<section id=\"diagnostik\" aria-labelledby=\"h-diagnostik\"><h2 id=\"h-diagnostik\">Diagnostik</h2>");
    let mut rows = String::new();
    let mut n = 0usize;
    // a page of organisations shows their documents' diagnostics; the
    // diagnostics about no single document go to the index (or to the
    // single page)
    let single = ctx.page_of_org.values().all(|p| p.is_empty());
    let mut list: Vec<&styrdok_core::Diagnostic> = Vec::new();
    match scope {
        Some(sc) => {
            for o in sc {
                list.extend(ctx.diags_by_org.get(o).into_iter().flatten().copied());
            }
            if single && ctx.reg.organisations.len() <= sc.len() {
                list.extend(ctx.diags_global.iter().copied());
            }
        }
        None => list.extend(ctx.diags_global.iter().copied()),
    }
    for d in list {
        let doc = diag_doc(ctx, d);
        n += 1;
        let loc = d
            .location
            .as_ref()
            .map(|l| {
                let mut t = l.file.clone().unwrap_or_default();
                if let (Some(line), Some(col)) = (l.line, l.column) {
                    let _ = write!(t, ":{line}:{col}");
                }
                format!("{t} {}", l.pointer)
            })
            .unwrap_or_default();
        let sev = match d.severity {
            Severity::Error => ("sev-error", "fel"),
            Severity::Warning => ("sev-warning", "varning"),
            _ => ("", "info"),
        };
        let _ = write!(
            rows,
            "<tr><td>{}</td><td class=\"{}\">{}</td><td>{}</td><td><code>{}</code></td><td>{}</td></tr>",
            esc(&d.code.to_string()),
            sev.0,
            sev.1,
            esc(&d.message),
            esc(loc.trim()),
            doc.map(|x| ctx.doc_link(
                x.id.as_str(),
                &x.title.clone().unwrap_or_else(|| x.id.to_string())
            ))
            .unwrap_or_default()
        );
    }
    if n == 0 {
        s.push_str("<p>Inga diagnoser.</p>");
    } else {
        let _ = write!(
            s,
            "<div class=\"scroll\"><table><caption>{n} diagnoser</caption><thead><tr><th scope=\"col\">Kod</th><th scope=\"col\">Allvar</th><th scope=\"col\">Meddelande</th><th scope=\"col\">Plats</th><th scope=\"col\">Dokument</th></tr></thead><tbody>{rows}</tbody></table></div>"
        );
    }
    s.push_str("</section>");
}

fn documents(ctx: &Ctx<'_>, scope: &BTreeSet<String>, s: &mut String) {
    s.push_str("<section id=\"dokument\" aria-labelledby=\"h-dokument\"><h2 id=\"h-dokument\">Dokument</h2>");
    for d in ctx
        .reg
        .documents
        .iter()
        .filter(|d| scope.contains(d.org().as_str()))
    {
        let title = d.title.clone().unwrap_or_else(|| d.id.to_string());
        let st = ctx
            .status
            .get(d.id.as_str())
            .map(|x| (status_word_sv(x.kind()), x.summary()))
            .unwrap_or(("okänd", String::new()));
        let _ = write!(
            s,
            "<section class=\"doc\" id=\"{}\"><h3>{}</h3><dl><dt>Id</dt><dd><code>{}</code></dd><dt>Slag</dt><dd>{}</dd><dt>Status {}</dt><dd>{} <span class=\"muted\">({})</span></dd>",
            esc(&doc_anchor(d.id.as_str())),
            esc(&title),
            esc(d.id.as_str()),
            esc(&d.kind.to_string()),
            ctx.at,
            st.0,
            esc(&st.1),
        );
        if let Some(a) = &d.adopted_by {
            let _ = write!(s, "<dt>Antagen av</dt><dd>{}</dd>", esc(&ctx.party_name(a)));
        }
        let _ = write!(
            s,
            "<dt>Beslutsdatum</dt><dd>{}</dd>",
            esc(&date_text(&d.decision_date))
        );
        if let Some(c) = &d.citation {
            let _ = write!(
                s,
                "<dt>Känd från</dt><dd>{} {}: ”{}”</dd>",
                ctx.doc_link(c.cited_in.as_str(), &ctx.title_of(c.cited_in.as_str())),
                c.section
                    .as_deref()
                    .map(|x| format!("avsnitt {}", esc(x)))
                    .unwrap_or_default(),
                esc(&c.as_written)
            );
        }
        s.push_str("</dl>");
        if !d.relations.is_empty() {
            s.push_str("<h4>Relationer</h4><ul>");
            for r in &d.relations {
                let target = r
                    .target
                    .as_ref()
                    .map(|t| ctx.doc_link(t.as_str(), &ctx.title_of(t.as_str())))
                    .or_else(|| {
                        (!r.candidates.is_empty()).then(|| {
                            r.candidates
                                .iter()
                                .map(|c| ctx.doc_link(c.as_str(), &ctx.title_of(c.as_str())))
                                .collect::<Vec<_>>()
                                .join(", ")
                        })
                    })
                    .or_else(|| r.description.as_deref().map(esc))
                    .unwrap_or_default();
                let mut what = r.kind.id().replace('_', " ");
                if !r.sections.is_empty() {
                    what = format!("{what} (avsnitt {})", r.sections.join(", "));
                }
                if r.announced {
                    what.push_str(" [aviserad]");
                }
                let _ = write!(
                    s,
                    "<li>{} {}{}</li>",
                    esc(&what),
                    target,
                    r.statement
                        .as_ref()
                        .map(|st| format!(" — {}", ctx.statement_link(&st.to_string())))
                        .unwrap_or_default()
                );
            }
            s.push_str("</ul>");
        }
        if !d.statements.is_empty() {
            s.push_str("<h4>Meningar</h4><ol class=\"statements\">");
            for st in &d.statements {
                let id = st.id.to_string();
                let _ = write!(
                    s,
                    "<li id=\"{}\"><code>{}</code> {}</li>",
                    esc(&statement_anchor(&id)),
                    esc(&id),
                    esc(&st.text)
                );
            }
            s.push_str("</ol>");
        }
        s.push_str("</section>");
    }
    s.push_str("</section>");
}

/// The index page of a split report.
pub(super) fn index_main(ctx: &Ctx<'_>, orgs: &[String]) -> String {
    let mut s = String::from(
        "<section id=\"organisationer\" aria-labelledby=\"h-org\"><h2 id=\"h-org\">Organisationer</h2><div class=\"scroll\"><table><caption>En sida per organisation</caption><thead><tr><th scope=\"col\">Organisation</th><th scope=\"col\">Dokument</th><th scope=\"col\">I kraft</th><th scope=\"col\">Status okänd</th><th scope=\"col\">Fel</th><th scope=\"col\">Varningar</th></tr></thead><tbody>",
    );
    let mut per: BTreeMap<String, [usize; 5]> = BTreeMap::new();
    for d in &ctx.reg.documents {
        let e = per.entry(d.org().to_string()).or_default();
        e[0] += 1;
        match status_kind(ctx, d.id.as_str()) {
            StatusKind::InForce | StatusKind::PartlySuperseded => e[1] += 1,
            StatusKind::Unknown => e[2] += 1,
            _ => {}
        }
    }
    for (org, ds) in &ctx.diags_by_org {
        let e = per.entry(org.clone()).or_default();
        for d in ds {
            match d.severity {
                Severity::Error => e[3] += 1,
                Severity::Warning => e[4] += 1,
                _ => {}
            }
        }
    }
    for o in orgs {
        let c = per.get(o).copied().unwrap_or_default();
        let name = ctx.org_name.get(o).cloned().unwrap_or_else(|| o.clone());
        let page = ctx.page_of_org.get(o).cloned().unwrap_or_default();
        let _ = write!(
            s,
            "<tr><th scope=\"row\"><a href=\"{}\">{}</a></th><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(&page),
            esc(&name),
            c[0],
            c[1],
            c[2],
            c[3],
            c[4]
        );
    }
    s.push_str("</tbody></table></div></section><section id=\"tackning\" aria-labelledby=\"h-tackning\"><h2 id=\"h-tackning\">Täckning av ISO/IEC 27001:2022</h2>");
    heatmap(ctx, orgs.iter(), &mut s);
    s.push_str("</section>");
    diagnostics(ctx, None, &mut s);
    s
}
