//! The readable summary `styrdok import` prints without `--format json`.

use std::fmt::Write;

use crate::draft::{BodyRef, ImportDraft, Target};

fn body(b: &BodyRef) -> String {
    match b.kind {
        Some(k) => format!("{} ({})", b.name, k.id()),
        None => b.name.clone(),
    }
}

fn target(t: &Target) -> String {
    let mut parts = Vec::new();
    if let Some(q) = t.quantifier {
        parts.push(format!("{q:?} of {}", t.candidates.len()).to_lowercase());
    }
    if let Some(k) = &t.kind {
        parts.push(k.id().to_owned());
    }
    if let Some(x) = &t.title {
        parts.push(format!("\"{x}\""));
    }
    if let Some(x) = &t.description {
        parts.push(x.clone());
    }
    if let Some(x) = &t.dnr {
        parts.push(format!("[{x}]"));
    }
    if let Some(x) = &t.date {
        parts.push(format!("({x})"));
    }
    if !t.sections.is_empty() {
        parts.push(format!("sections {}", t.sections.join(", ")));
    }
    parts.join(" ")
}

/// Renders the summary.
pub(crate) fn render(d: &ImportDraft) -> String {
    let mut s = String::new();
    let unknown = "unknown";
    if let Some(r) = &d.read_as {
        let _ = writeln!(s, "read as:        {r}");
    }
    let conf = |key: &str| {
        d.provenance
            .get(key)
            .map(|p| format!("  [line {}, {:.2}]", p.lines.start, p.confidence))
            .unwrap_or_default()
    };
    let _ = writeln!(
        s,
        "title:          {}{}",
        d.title.as_deref().unwrap_or(unknown),
        conf("/title")
    );
    let _ = writeln!(
        s,
        "kind:           {}{}",
        d.kind
            .as_ref()
            .map(|k| k.id().to_owned())
            .unwrap_or_else(|| unknown.into()),
        conf("/kind")
    );
    let _ = writeln!(
        s,
        "adopted by:     {}{}",
        d.adopted_by
            .as_ref()
            .map(body)
            .unwrap_or_else(|| unknown.into()),
        conf("/adopted_by")
    );
    let _ = writeln!(
        s,
        "decision date:  {}{}{}",
        d.decision_date
            .map(|x| x.to_string())
            .unwrap_or_else(|| unknown.into()),
        d.decision_paragraph
            .as_deref()
            .map(|p| format!(", {p}"))
            .unwrap_or_default(),
        conf("/decision_date")
    );
    let _ = writeln!(
        s,
        "dnr:            {}{}",
        d.dnr.as_deref().unwrap_or(unknown),
        conf("/dnr")
    );
    let _ = writeln!(
        s,
        "validity:       {}{}",
        d.validity
            .as_ref()
            .map(|v| v.as_written.clone())
            .unwrap_or_else(|| unknown.into()),
        conf("/validity")
    );
    let _ = writeln!(
        s,
        "owner:          {}{}",
        d.owner.as_ref().map(body).unwrap_or_else(|| unknown.into()),
        conf("/owner")
    );
    let _ = writeln!(
        s,
        "review:         {}{}",
        d.review
            .as_ref()
            .map(|r| r.as_written.clone())
            .unwrap_or_else(|| unknown.into()),
        conf("/review")
    );
    if let Some(u) = d.last_updated {
        let _ = writeln!(
            s,
            "last updated:   {u} (not a decision date){}",
            conf("/last_updated")
        );
    }
    if let Some(st) = d.print_stage {
        let _ = writeln!(s, "print stage:    {st:?}");
    }
    if !d.metadata_as_written.is_empty() {
        let _ = writeln!(s, "\nmetadata as written:");
        for (k, v) in &d.metadata_as_written {
            let _ = writeln!(s, "  {k}: {v}");
        }
    }
    let _ = writeln!(s, "\nsections ({}):", d.sections.len());
    for x in &d.sections {
        let _ = writeln!(
            s,
            "  {}{}",
            x.number
                .as_deref()
                .map(|n| format!("{n} "))
                .unwrap_or_default(),
            x.heading
        );
    }
    let _ = writeln!(s, "\nrelations ({}):", d.relations.len());
    for (i, r) in d.relations.iter().enumerate() {
        let kind = serde_json::to_value(r.kind)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        let _ = writeln!(
            s,
            "  {kind}{} {}{}",
            if r.announced { " (announced)" } else { "" },
            target(&r.target),
            conf(&format!("/relations/{i}"))
        );
    }
    let _ = writeln!(s, "\nduties ({}):", d.duties.len());
    for (i, x) in d.duties.iter().enumerate() {
        let _ = writeln!(
            s,
            "  {} — {} {}{}",
            body(&x.body),
            x.phrase,
            x.text,
            conf(&format!("/duties/{i}"))
        );
    }
    if !d.conflicts.is_empty() {
        let _ = writeln!(s, "\nconflicts ({}):", d.conflicts.len());
        for c in &d.conflicts {
            let values: Vec<String> = c
                .candidates
                .iter()
                .map(|x| format!("{} (line {})", x.value, x.source.lines.start))
                .collect();
            let _ = writeln!(s, "  {}: {}", c.field, values.join(" vs "));
        }
    }
    s
}
