//! The timeline: one lane per document kind, one bar per document from its
//! entry into force to the end of its force; a date known only as a range
//! is drawn as a hatched stretch over the range, never as a guessed day;
//! replacements and partial replacements are drawn as connectors from the
//! successor to the document it replaces.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};
use styrdok_graph::{EdgeKind, EdgeStyle, StatusKind, status_colour};

use super::{dash, esc, kind_word_sv, status_word_sv, style_word_sv};

/// One document on the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TimelineBar {
    /// The document id.
    pub id: String,
    /// Its title (or id).
    pub label: String,
    /// Its kind (the lane).
    pub kind: String,
    /// Entry into force: earliest and latest possible day (both `None`
    /// when unknown).
    pub start: (Option<NaiveDate>, Option<NaiveDate>),
    /// End of force (replaced wholly, repealed, expired): earliest and
    /// latest possible day; `None` when still in force or unknown.
    pub end: Option<(Option<NaiveDate>, Option<NaiveDate>)>,
    /// Status at the report's date.
    pub status: StatusKind,
    /// Where the bar links to (`#doc-…` or `org-x.html#doc-…`).
    pub href: String,
}

/// A connector: `from` replaces (wholly or in part) `to`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Connector {
    pub(crate) from: String,
    pub(crate) to: String,
    pub(crate) kind: EdgeKind,
    pub(crate) style: EdgeStyle,
    pub(crate) sections: Vec<String>,
}

const LEFT: f64 = 130.0;
const ROW: f64 = 22.0;
const BAR: f64 = 14.0;

/// One bar of the timeline: a rectangle `BAR` high with its fill and stroke.
fn bar(items: &mut String, x: f64, y: f64, width: f64, style: &str) {
    let _ = write!(
        items,
        "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{width:.1}\" height=\"{BAR}\" {style}/>"
    );
}
const PX_PER_YEAR: f64 = 48.0;

/// The timeline SVG of `bars` up to `at`, with `connectors` between them.
pub(crate) fn timeline_svg_with(
    bars: &[TimelineBar],
    connectors: &[Connector],
    at: NaiveDate,
) -> String {
    let years: Vec<i32> = bars
        .iter()
        .flat_map(|b| {
            [b.start.0, b.start.1]
                .into_iter()
                .chain(b.end.iter().flat_map(|e| [e.0, e.1]))
        })
        .flatten()
        .map(|d| d.year())
        .collect();
    let y0 = years
        .iter()
        .copied()
        .min()
        .unwrap_or(at.year())
        .min(at.year())
        - 1;
    let y1 = years
        .iter()
        .copied()
        .max()
        .unwrap_or(at.year())
        .max(at.year())
        + 1;
    let x_of = |d: NaiveDate| {
        let start = NaiveDate::from_ymd_opt(y0, 1, 1).unwrap_or(d);
        LEFT + (d - start).num_days() as f64 / 365.25 * PX_PER_YEAR
    };
    let x_end = LEFT + f64::from(y1 - y0 + 1) * PX_PER_YEAR;
    // lanes by kind; rows packed greedily inside a lane
    let mut lanes: BTreeMap<&str, Vec<&TimelineBar>> = BTreeMap::new();
    for b in bars {
        lanes.entry(b.kind.as_str()).or_default().push(b);
    }
    let mut placed: BTreeMap<&str, (f64, f64, f64)> = BTreeMap::new(); // id -> (x_start_latest, x_end, y)
    let mut body = String::new();
    let mut y = 30.0;
    for (kind, mut lane) in lanes {
        lane.sort_by(|a, b| (a.start.0, &a.id).cmp(&(b.start.0, &b.id)));
        let lane_top = y;
        let mut rows_end: Vec<f64> = Vec::new();
        let mut items = String::new();
        for b in lane {
            let unknown_start = b.start.0.is_none() && b.start.1.is_none();
            let xs0 = b.start.0.map_or(LEFT, x_of);
            let xe = match &b.end {
                Some((e0, _)) => e0.map_or(x_of(at), x_of),
                None => x_of(at),
            }
            .max(xs0 + 2.0);
            // a start known only as "not before": uncertain up to the end
            let xs1 = b.start.1.map_or(xe, x_of).clamp(xs0, xe);
            let xe1 = match &b.end {
                Some((e0, e1)) if e0.is_some() => e1.map_or(x_of(at), x_of).max(xe),
                _ => xe,
            };
            let label_w = (b.label.chars().count().min(40) as f64) * 6.2;
            let need_end = xe1.max(xs0 + label_w) + 6.0;
            let row = match rows_end.iter().position(|&e| e < xs0) {
                Some(r) => r,
                None => {
                    rows_end.push(0.0);
                    rows_end.len() - 1
                }
            };
            if let Some(slot) = rows_end.get_mut(row) {
                *slot = need_end;
            }
            let by = lane_top + row as f64 * ROW;
            placed.insert(b.id.as_str(), (xs0, xe, by));
            let fill = status_colour(b.status);
            let tip = format!(
                "{} ({}) — {}; i kraft från {}{}",
                b.label,
                b.id,
                status_word_sv(b.status),
                range_text(b.start),
                b.end
                    .map(|e| format!(", till {}", range_text(e)))
                    .unwrap_or_default()
            );
            let _ = write!(
                items,
                "<a href=\"{}\" class=\"tl-doc\" data-id=\"{}\"><title>{}</title>",
                esc(&b.href),
                esc(&b.id),
                esc(&tip)
            );
            const UNCERTAIN: &str = "fill=\"url(#uncertain)\" stroke=\"#777\" stroke-width=\"0.5\"";
            if unknown_start {
                // no date at all: a dashed outline from the axis, labelled
                let outline = "fill=\"none\" stroke=\"#555\" stroke-dasharray=\"3 3\"";
                bar(&mut items, LEFT, by, (xe - LEFT).max(4.0), outline);
            } else {
                if xs1 > xs0 + 0.5 {
                    bar(&mut items, xs0, by, xs1 - xs0, UNCERTAIN);
                }
                let known = format!("fill=\"{fill}\" stroke=\"#333\" stroke-width=\"0.7\"");
                bar(&mut items, xs1, by, xe - xs1, &known);
                if xe1 > xe + 0.5 {
                    bar(&mut items, xe, by, xe1 - xe, UNCERTAIN);
                }
            }
            let _ = write!(
                items,
                "<text x=\"{:.1}\" y=\"{:.1}\" class=\"tl-label\">{}</text></a>",
                xs0 + 3.0,
                by + BAR - 3.5,
                esc(&shorten(&b.label, 40))
            );
        }
        let lane_h = (rows_end.len().max(1) as f64) * ROW + 6.0;
        let _ = write!(
            body,
            "<g class=\"lane\"><rect x=\"0\" y=\"{:.1}\" width=\"{x_end:.1}\" height=\"{lane_h:.1}\" fill=\"#f7f7f7\" stroke=\"#ddd\"/><text x=\"6\" y=\"{:.1}\" class=\"lane-label\">{}</text>{items}</g>",
            lane_top - 3.0,
            lane_top + 12.0,
            esc(kind)
        );
        y += lane_h + 4.0;
    }
    // connectors: from the successor's start to the replaced bar
    let mut conn = String::new();
    for c in connectors {
        let (Some(&(fx, _, fy)), Some(&(_, tx_end, ty))) =
            (placed.get(c.from.as_str()), placed.get(c.to.as_str()))
        else {
            continue;
        };
        let colour = styrdok_graph::edge_colour(c.kind);
        let x2 = fx.min(tx_end.max(fx));
        let (y1, y2) = (fy + BAR / 2.0, ty + BAR / 2.0);
        let mut what = kind_word_sv(c.kind).to_owned();
        if !c.sections.is_empty() {
            let _ = write!(what, " avsnitt {}", c.sections.join(", "));
        }
        if c.style != EdgeStyle::Effective {
            let _ = write!(what, " ({})", style_word_sv(c.style));
        }
        let _ = write!(
            conn,
            "<g class=\"tl-conn\" data-kind=\"{}\"><title>{} {} {}</title><path d=\"M{fx:.1},{y1:.1} C{:.1},{y1:.1} {:.1},{y2:.1} {x2:.1},{y2:.1}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.6\" stroke-dasharray=\"{}\" marker-end=\"url(#tl-arrow)\"/>",
            c.kind.id(),
            esc(&c.from),
            esc(&what),
            esc(&c.to),
            fx - 25.0,
            x2 + 25.0,
            dash(c.style)
        );
        if c.kind == EdgeKind::ReplacesInPart {
            let _ = write!(
                conn,
                "<text x=\"{:.1}\" y=\"{:.1}\" class=\"tl-conn-label\" fill=\"{colour}\">{}</text>",
                x2 + 4.0,
                y2 + BAR + 6.0,
                esc(&what)
            );
        }
        conn.push_str("</g>");
    }
    // axis
    let height = y + 24.0;
    let mut axis = String::new();
    let step = if y1 - y0 > 40 { 5 } else { 1 };
    for yr in (y0..=y1).filter(|yr| yr % step == 0) {
        if let Some(d) = NaiveDate::from_ymd_opt(yr, 1, 1) {
            let x = x_of(d);
            let _ = write!(
                axis,
                "<line x1=\"{x:.1}\" y1=\"20\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#e3e3e3\"/><text x=\"{x:.1}\" y=\"14\" class=\"axis\">{yr}</text>",
                height - 20.0
            );
        }
    }
    let xa = x_of(at);
    let _ = write!(
        axis,
        "<line x1=\"{xa:.1}\" y1=\"18\" x2=\"{xa:.1}\" y2=\"{:.1}\" stroke=\"#c00\" stroke-width=\"1.5\"/><text x=\"{:.1}\" y=\"{:.1}\" class=\"axis\" fill=\"#c00\">{at}</text>",
        height - 16.0,
        xa + 3.0,
        height - 6.0
    );
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" role=\"img\" aria-labelledby=\"tl-title\" width=\"{:.0}\" height=\"{height:.0}\" viewBox=\"0 0 {:.0} {height:.0}\"><title id=\"tl-title\">Tidslinje: dokument per slag och år</title><defs><pattern id=\"uncertain\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#999\" stroke-width=\"2\"/></pattern><marker id=\"tl-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker></defs>{axis}{body}{conn}</svg>",
        x_end + 10.0,
        x_end + 10.0
    )
}

/// The timeline SVG of `bars` up to `at` (without connectors).
pub fn timeline_svg(bars: &[TimelineBar], at: NaiveDate) -> String {
    timeline_svg_with(bars, &[], at)
}

fn range_text(r: (Option<NaiveDate>, Option<NaiveDate>)) -> String {
    match r {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("någon gång {a} – {b}"),
        (Some(a), None) => format!("tidigast {a}"),
        (None, Some(b)) => format!("senast {b}"),
        (None, None) => "okänt datum".into(),
    }
}

fn shorten(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}
