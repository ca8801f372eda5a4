//! Suggested control links for the statements of an imported document:
//! the control suggester (`styrdok_controls::suggest_in`) on each
//! statement's text in its context (the document's title and the
//! statement's section heading, weak evidence the explanation names), the best [`MAX_PER_STATEMENT`] suggestions kept, each with status
//! `suggested` (never `confirmed`: coverage counts only what a person
//! confirms) and its explanation (the words that fired, the score).

use styrdok_controls::{ControlLink, Relationship, StatementContext};
use styrdok_core::DocumentId;
use styrdok_register::{ControlLinkRecord, LinkStatus, Register};

/// The most suggestions kept per statement.
pub const MAX_PER_STATEMENT: usize = 3;

/// Adds suggested links for every statement of document `id`; returns how
/// many.
pub(crate) fn suggest_for(reg: &mut Register, id: &DocumentId) -> usize {
    let Some(doc) = reg.document(id.as_str()) else {
        return 0;
    };
    let mut new = Vec::new();
    for st in &doc.statements {
        let mut context = StatementContext::default();
        if let Some(title) = &doc.title {
            context = context.with_document_title(title);
        }
        if let Some(heading) = doc
            .section(st.id.section())
            .and_then(|s| s.heading.as_deref())
        {
            context = context.with_section(heading);
        }
        let mut s = styrdok_controls::suggest_in(&st.text, &context);
        s.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.control.cmp(&b.control))
        });
        for sug in s.into_iter().take(MAX_PER_STATEMENT) {
            let words: Vec<String> = sug
                .triggers
                .iter()
                .map(|t| match t.context {
                    Some(part) => format!("\"{}\" (from the {part})", t.text),
                    None => format!("\"{}\"", t.text),
                })
                .collect();
            let basis = format!(
                "suggested on import from {} (score {:.2})",
                words.join(", "),
                sug.score
            );
            let link = ControlLink::suggested(sug.control, Relationship::IntersectsWith, &basis);
            new.push(ControlLinkRecord::new(st.id.clone(), link));
        }
    }
    let n = new.len();
    reg.control_links.extend(new);
    n
}

/// Whether a person has confirmed a link from a statement of `id` (a
/// replacement would leave it pointing at a statement that may be gone).
pub(crate) fn has_confirmed(reg: &Register, id: &DocumentId) -> bool {
    reg.control_links
        .iter()
        .any(|l| l.statement.document() == id && l.status == LinkStatus::Confirmed)
}

/// Removes the suggested links from statements of `id`.
pub(crate) fn remove_suggested(reg: &mut Register, id: &DocumentId) {
    reg.control_links
        .retain(|l| !(l.statement.document() == id && l.status == LinkStatus::Suggested));
}
