//! SVG pictures laid out in Rust (no Graphviz at run time): the timeline of
//! documents and the supersession graph. Both are plain SVG text meant to be
//! inlined in the HTML report; every shape links to its document.

mod graph;
pub(crate) mod timeline;

pub use graph::{GraphLayout, layout_graph, supersession_svg};
pub use timeline::{TimelineBar, timeline_svg};

use styrdok_graph::StatusKind;

/// Escapes text for XML/HTML (`&`, `<`, `>`, `"`, `'`); control characters
/// other than newline and tab are shown as `\u{1b}`-style text (as
/// `styrdok_core::text::shorten` shows them), so nothing from the register
/// can break the markup.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// A URL fragment for an element id: characters a fragment may not hold
/// raw (`#`, `%`, spaces, quotes, `<`, `>`, non-ASCII…) percent-encoded.
pub fn fragment(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/:!$()*+,;=@".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The element id of a document's section in the report.
pub fn doc_anchor(id: &str) -> String {
    format!("doc-{id}")
}

/// The element id of a statement in the report.
pub fn statement_anchor(id: &str) -> String {
    format!("st-{id}")
}

/// A partial date in Swedish words ("tidigast 2007", "okänt").
pub fn date_sv(d: &styrdok_core::DateValue) -> String {
    use styrdok_core::DateValue;
    match d {
        DateValue::Unknown => "okänt".into(),
        DateValue::Bounded {
            not_before,
            not_after,
        } => match (not_before, not_after) {
            (Some(a), Some(b)) => format!("mellan {a} och {b}"),
            (Some(a), None) => format!("tidigast {a}"),
            (None, Some(b)) => format!("senast {b}"),
            (None, None) => "okänt".into(),
        },
        other => other.to_string(),
    }
}

/// The Swedish word for a status, as the report's legends use it.
pub fn status_word_sv(kind: StatusKind) -> &'static str {
    match kind {
        StatusKind::NotYetDecided => "ej beslutad",
        StatusKind::DecidedNotInForce => "beslutad, ännu ej i kraft",
        StatusKind::InForce => "i kraft",
        StatusKind::PartlySuperseded => "delvis ersatt",
        StatusKind::Superseded => "ersatt",
        StatusKind::Repealed => "upphävd",
        StatusKind::Expired => "upphört att gälla",
        StatusKind::Unknown => "okänd",
        _ => "annan",
    }
}

/// The Swedish words for a relation kind.
pub fn kind_word_sv(kind: styrdok_graph::EdgeKind) -> &'static str {
    use styrdok_graph::EdgeKind as K;
    match kind {
        K::Replaces => "ersätter",
        K::ReplacesInPart => "ersätter delvis",
        K::Repeals => "upphäver",
        K::Amends => "ändrar",
        K::Complements => "kompletterar",
        K::Concretizes => "konkretiserar",
        K::References => "hänvisar till",
        _ => "relation",
    }
}

/// The Swedish word for an edge style.
pub fn style_word_sv(style: styrdok_graph::EdgeStyle) -> &'static str {
    match style {
        styrdok_graph::EdgeStyle::Effective => "genomförd",
        styrdok_graph::EdgeStyle::Announced => "aviserad",
        styrdok_graph::EdgeStyle::Candidate => "kandidat",
        _ => "",
    }
}

/// The SVG `stroke-dasharray` of an edge style.
pub fn dash(style: styrdok_graph::EdgeStyle) -> &'static str {
    match style {
        styrdok_graph::EdgeStyle::Announced => "8 4",
        styrdok_graph::EdgeStyle::Candidate => "2 4",
        _ => "none",
    }
}
