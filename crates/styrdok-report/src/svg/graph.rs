//! The supersession graph laid out in layers (no Graphviz): a document that
//! replaces others stands to the right of them, so time runs left to right.
//! Within a layer documents are ordered by the mean position of the ones
//! they replace (one barycentre sweep), then by id.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use styrdok_graph::{EdgeStyle, GraphView, StatusKind, edge_colour, status_colour, wrap};

use super::{dash, esc, kind_word_sv, status_word_sv, style_word_sv};

const W: f64 = 230.0;
const GAP_X: f64 = 150.0;
const LINE: f64 = 14.0;
const GAP_Y: f64 = 16.0;

/// Where each node of a view is drawn.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GraphLayout {
    /// (x, y, width, height) per document id.
    pub boxes: BTreeMap<String, (f64, f64, f64, f64)>,
    /// Layer per document id (0 = replaces nothing drawn).
    pub layers: BTreeMap<String, usize>,
    /// The drawing's size.
    pub size: (f64, f64),
}

fn lines_of(view_node: &styrdok_graph::ViewNode<'_>) -> Vec<String> {
    let n = view_node.node;
    let mut l = match &n.title {
        Some(t) => wrap(t, 32),
        None => vec![n.id.to_string()],
    };
    l.truncate(3);
    let date = if n.decision_date.is_unknown() {
        "datum okänt".to_owned()
    } else {
        format!("beslutad {}", super::date_sv(&n.decision_date))
    };
    l.push(format!("{} · {date}", n.kind));
    l
}

/// Lays out a view: layer = 1 + the highest layer of the documents a
/// document acts upon (cycles, which the supersession graph refuses, are
/// cut); rows ordered by barycentre.
// Every index below is a node position taken from `ids` or an edge list
// built from it, and every vector has `ids.len()` (or `n_layers`) entries,
// so indexing cannot go out of bounds; `.get()` at each of the 23 places
// would only hide the algorithm.
#[allow(clippy::indexing_slicing)]
pub fn layout_graph(view: &GraphView<'_>) -> GraphLayout {
    let ids: Vec<&str> = view.nodes.iter().map(|n| n.node.id.as_str()).collect();
    let index: HashMap<&str, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); ids.len()];
    for e in &view.edges {
        if let (Some(&a), Some(&b)) = (index.get(e.from.id.as_str()), index.get(e.to.id.as_str()))
            && a != b
        {
            out[a].push(b);
        }
    }
    // longest path, iteratively (0 = unvisited, 1 = on stack, 2 = done)
    let mut layer = vec![0usize; ids.len()];
    let mut state = vec![0u8; ids.len()];
    for start in 0..ids.len() {
        if state[start] != 0 {
            continue;
        }
        let mut stack = vec![(start, 0usize)];
        state[start] = 1;
        while let Some(&mut (v, ref mut k)) = stack.last_mut() {
            if let Some(&w) = out[v].get(*k) {
                *k += 1;
                if state[w] == 0 {
                    state[w] = 1;
                    stack.push((w, 0));
                }
            } else {
                layer[v] = out[v]
                    .iter()
                    .filter(|&&w| state[w] == 2)
                    .map(|&w| layer[w] + 1)
                    .max()
                    .unwrap_or(0);
                state[v] = 2;
                stack.pop();
            }
        }
    }
    let n_layers = layer.iter().copied().max().map_or(0, |m| m + 1);
    let mut by_layer: Vec<Vec<usize>> = vec![Vec::new(); n_layers];
    for (i, &l) in layer.iter().enumerate() {
        by_layer[l].push(i);
    }
    let heights: Vec<f64> = view
        .nodes
        .iter()
        .map(|n| lines_of(n).len() as f64 * LINE + 10.0)
        .collect();
    let mut pos = vec![0f64; ids.len()];
    let mut boxes = BTreeMap::new();
    let mut max_h: f64 = 0.0;
    for (l, members) in by_layer.iter_mut().enumerate() {
        if l > 0 {
            members.sort_by(|&a, &b| {
                let bary = |v: usize| {
                    if out[v].is_empty() {
                        f64::MAX
                    } else {
                        out[v].iter().map(|&w| pos[w]).sum::<f64>() / out[v].len() as f64
                    }
                };
                bary(a)
                    .partial_cmp(&bary(b))
                    .unwrap_or(std::cmp::Ordering::Equal)
                    .then(ids[a].cmp(ids[b]))
            });
        }
        let mut y = 10.0;
        for &v in members.iter() {
            pos[v] = y;
            boxes.insert(
                ids[v].to_owned(),
                (10.0 + l as f64 * (W + GAP_X), y, W, heights[v]),
            );
            y += heights[v] + GAP_Y;
        }
        max_h = max_h.max(y);
    }
    GraphLayout {
        layers: ids
            .iter()
            .enumerate()
            .map(|(i, id)| ((*id).to_owned(), layer[i]))
            .collect(),
        boxes,
        size: (20.0 + n_layers as f64 * (W + GAP_X), max_h + 10.0),
    }
}

/// The SVG of a view laid out by [`layout_graph`]: boxes filled by status
/// (stubs dashed), titles with the id as tooltip, each linking through
/// `href(id)`; edges coloured by kind, dashed when announced, dotted for
/// candidates, with the sections of a partial replacement as a label.
pub fn supersession_svg(view: &GraphView<'_>, href: &dyn Fn(&str) -> String) -> String {
    let lay = layout_graph(view);
    let mut s = String::new();
    let (w, h) = lay.size;
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" role=\"img\" aria-labelledby=\"g-title\" width=\"{w:.0}\" height=\"{h:.0}\" viewBox=\"0 0 {w:.0} {h:.0}\"><title id=\"g-title\">Ersättningsgraf</title><defs><marker id=\"g-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#333\"/></marker></defs>"
    );
    for e in &view.edges {
        let (Some(a), Some(b)) = (
            lay.boxes.get(e.from.id.as_str()),
            lay.boxes.get(e.to.id.as_str()),
        ) else {
            continue;
        };
        // from the successor's left side to the replaced box's right side
        let (x1, y1) = (a.0, a.1 + a.3 / 2.0);
        let (x2, y2) = (b.0 + b.2, b.1 + b.3 / 2.0);
        let mid = (x1 + x2) / 2.0;
        let style = e.style();
        let mut what = kind_word_sv(e.edge.kind).to_owned();
        if !e.edge.sections.is_empty() {
            let _ = write!(what, " avsnitt {}", e.edge.sections.join(", "));
        }
        if style != EdgeStyle::Effective {
            let _ = write!(what, " ({})", style_word_sv(style));
        }
        let _ = write!(
            s,
            "<g class=\"g-edge\" data-kind=\"{}\" data-style=\"{}\"><title>{} {} {}</title><path d=\"M{x1:.1},{y1:.1} C{mid:.1},{y1:.1} {mid:.1},{y2:.1} {x2:.1},{y2:.1}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.6\" stroke-dasharray=\"{}\" marker-end=\"url(#g-arrow)\"/>",
            e.edge.kind.id(),
            style.word(),
            esc(e.from.id.as_str()),
            esc(&what),
            esc(e.to.id.as_str()),
            edge_colour(e.edge.kind),
            dash(style),
        );
        if !e.edge.sections.is_empty() {
            let _ = write!(
                s,
                "<text x=\"{:.1}\" y=\"{:.1}\" class=\"g-edge-label\" fill=\"{}\">{}</text>",
                mid,
                (y1 + y2) / 2.0 - 4.0,
                edge_colour(e.edge.kind),
                esc(&what)
            );
        }
        s.push_str("</g>");
    }
    for n in &view.nodes {
        let Some(&(x, y, bw, bh)) = lay.boxes.get(n.node.id.as_str()) else {
            continue;
        };
        let kind = n
            .status
            .as_ref()
            .map_or(StatusKind::Unknown, |st| st.kind());
        let dash_attr = if n.node.missing {
            " stroke-dasharray=\"2 3\""
        } else if n.node.stub {
            " stroke-dasharray=\"6 3\""
        } else {
            ""
        };
        let tip = format!(
            "{} — {}{}",
            n.node.id,
            status_word_sv(kind),
            if n.node.stub {
                " (stubbe: känd bara från en hänvisning)"
            } else {
                ""
            }
        );
        let _ = write!(
            s,
            "<a href=\"{}\" class=\"g-node\" data-id=\"{}\"><title>{}</title><rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{bw:.1}\" height=\"{bh:.1}\" rx=\"5\" fill=\"{}\" stroke=\"#333\"{dash_attr}/>",
            esc(&href(n.node.id.as_str())),
            esc(n.node.id.as_str()),
            esc(&tip),
            status_colour(kind)
        );
        let lines = lines_of(n);
        for (i, line) in lines.iter().enumerate() {
            let _ = write!(
                s,
                "<text x=\"{:.1}\" y=\"{:.1}\" class=\"{}\">{}</text>",
                x + 6.0,
                y + 16.0 + i as f64 * LINE,
                if i + 1 == lines.len() {
                    "g-meta"
                } else {
                    "g-title"
                },
                esc(line)
            );
        }
        s.push_str("</a>");
    }
    s.push_str("</svg>");
    s
}
