//! Statements through the public API: each form the statement reader
//! knows, with its modality, negation, lead-in, split, provenance, and the
//! scope, requirements and cited documents read beside them.

use styrdok_import::{Modality, RequirementTarget, StatementType, import};

const TEXT: &str = "Riktlinje för informationssäkerhet

1. Omfattning

Riktlinjen gäller för alla anställda i kommunen.

2. Ansvar

Kommunstyrelsen ansvarar för att:
• följa upp informationssäkerheten
• rapportera incidenter till kommunfullmäktige

Kommunstyrelsen ska fastställa riktlinjer för
informationsklassning. Alla incidenter ska rapporteras och kontinuerlig
uppföljning skall ske årligen.

3. Regler

Ingen utrustning får anslutas utan IT-enhetens godkännande. Detta dokument
beskriver hur systemen ska förvaltas. Installera inga program själv.
Arbetet bygger på kommunens IT-strategi.
";

fn find<'a>(
    d: &'a styrdok_import::ImportDraft,
    start: &str,
) -> (usize, &'a styrdok_import::Statement) {
    d.statements
        .iter()
        .enumerate()
        .find(|(_, s)| s.text.starts_with(start))
        .unwrap_or_else(|| panic!("no statement starting {start:?}: {:#?}", d.statements))
}

#[test]
fn statement_forms() {
    let d = import(TEXT);
    // Scope.
    let (_, s) = find(&d, "Riktlinjen gäller");
    assert_eq!(s.statement_type, StatementType::Scope);
    assert_eq!(s.section.as_deref(), Some("1"));
    assert_eq!(d.scope.len(), 1);
    assert_eq!(d.scope[0].as_written, "alla anställda i kommunen");
    // Bullets inherit the lead-in's subject and force.
    let (i, s) = find(&d, "följa upp");
    assert_eq!(
        s.lead_in.as_deref(),
        Some("Kommunstyrelsen ansvarar för att:")
    );
    assert_eq!(s.subject_as_written.as_deref(), Some("Kommunstyrelsen"));
    assert_eq!(s.statement_type, StatementType::Responsibility);
    assert_eq!(s.modality_as_written.as_deref(), Some("ansvarar för att"));
    let p = &d.provenance[&format!("/statements/{i}")];
    assert_eq!(p.text, "• följa upp informationssäkerheten");
    find(&d, "rapportera incidenter");
    // A sentence across a line break, with what it requires.
    let (i, s) = find(&d, "Kommunstyrelsen ska fastställa");
    assert_eq!(
        s.text,
        "Kommunstyrelsen ska fastställa riktlinjer för informationsklassning."
    );
    assert_eq!(s.modality, Some(Modality::Ska));
    let p = &d.provenance[&format!("/statements/{i}")];
    assert_eq!((p.lines.start, p.lines.end), (13, 14));
    assert_eq!(d.requires.len(), 1);
    let r = &d.requires[0];
    assert_eq!(r.what, "riktlinjer för informationsklassning");
    assert_eq!(r.target, RequirementTarget::Document);
    assert_eq!(
        r.by.as_ref().map(|b| b.name.as_str()),
        Some("Kommunstyrelsen")
    );
    // Coordinated clauses: two statements.
    let (_, a) = find(&d, "Alla incidenter ska rapporteras");
    assert_eq!(a.text, "Alla incidenter ska rapporteras");
    let (_, b) = find(&d, "kontinuerlig uppföljning");
    assert_eq!(b.modality_as_written.as_deref(), Some("skall"));
    assert_eq!(b.modality, Some(Modality::Ska));
    // Negation by the subject; an imperative; a reported rule is none.
    let (_, s) = find(&d, "Ingen utrustning");
    assert!(s.negated);
    assert_eq!(s.modality, Some(Modality::Far));
    let (_, s) = find(&d, "Installera");
    assert!(s.negated);
    assert!(
        !d.statements
            .iter()
            .any(|s| s.text.starts_with("Detta dokument"))
    );
    // A document cited by name.
    assert_eq!(d.cited.len(), 1);
    assert_eq!(d.cited[0].title.as_deref(), Some("kommunens IT-strategi"));
}

#[test]
fn statements_read_back_from_json() {
    let d = import(TEXT);
    let json = d.to_json().unwrap();
    let back: styrdok_import::ImportDraft = serde_json::from_str(&json).unwrap();
    assert_eq!(back, d);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    // modality and negated are always written, as readings.
    assert_eq!(v["statements"][0]["modality"], "none");
    assert_eq!(v["statements"][0]["negated"], false);
}
