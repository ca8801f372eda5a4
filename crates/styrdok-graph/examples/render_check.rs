//! Prints the DOT (default) or Mermaid (`--mermaid`) export of a small graph
//! with awkward labels (Swedish letters, quotes, backslashes, newlines,
//! partial replacements, announced candidates), for checking with the real
//! tools in CI:
//!
//! ```sh
//! cargo run -q -p styrdok-graph --example render_check > target/graph-check.dot
//! dot -Tsvg target/graph-check.dot -o target/graph-check.svg
//! ```
#![allow(missing_docs)]

use chrono::NaiveDate;
use styrdok_core::{DateValue, DocumentKind, PartialDate};
use styrdok_graph::DocumentGraph;
use styrdok_model::{Document, Quantifier, Relation, RelationKind, Section, Stage};

fn doc(
    id: &str,
    kind: DocumentKind,
    title: &str,
    date: DateValue,
) -> Result<Document, Box<dyn std::error::Error>> {
    let mut d = Document::new(id.parse()?, kind);
    d.title = Some(title.into());
    d.stage = Some(Stage::Adopted);
    d.decision_date = date;
    Ok(d)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let day = |s: &str| s.parse::<PartialDate>().map(DateValue::Known);
    let mut program = doc(
        "stockholm/it-program",
        DocumentKind::Program,
        "IT-program för Stockholms stad",
        day("2008-06-16")?,
    )?;
    let mut policy = doc(
        "stockholm/policy-och-riktlinjer-for-informationssakerhet",
        DocumentKind::Policy,
        "Policy och riktlinjer för informationssäkerhet, Stockholms stad",
        day("2005-06-13")?,
    )?;
    policy.sections = (1..=5).map(|i| Section::new(i.to_string(), None)).collect();
    let telefon = doc(
        "stockholm/telefonpolicy",
        DocumentKind::Policy,
        "Telefonpolicy för \"Stockholms\" stad \\ test\nrad två",
        day("1996-09-11")?,
    )?;
    let handbok = doc(
        "stockholm/it-handbok",
        DocumentKind::Other,
        "IT-handbok <för> Stockholms stad | #1",
        DateValue::Unknown,
    )?;
    let ny = doc(
        "stockholm/ny-e-strategi",
        DocumentKind::Strategi,
        "Ny e-strategi för Stockholms stad",
        DateValue::Bounded {
            not_before: Some(PartialDate::from_year(2006)?),
            not_after: None,
        },
    )?;
    let mut part = Relation::to(RelationKind::ReplacesInPart, policy.id.clone());
    part.sections = vec!["3".into()];
    program.relations.push(part);
    program
        .relations
        .push(Relation::to(RelationKind::Replaces, telefon.id.clone()));
    program.relations.push(Relation::to(
        RelationKind::ComplementedBy,
        handbok.id.clone(),
    ));
    program
        .relations
        .push(Relation::to(RelationKind::ComplementedBy, ny.id.clone()));
    let mut some = Relation::to(RelationKind::Replaces, handbok.id.clone());
    some.target = None;
    some.candidates = vec![handbok.id.clone()];
    some.quantifier = Some(Quantifier::Some);
    some.announced = true;
    program.relations.push(some);
    program.relations.push(Relation::to(
        RelationKind::References,
        "stockholm/beslut-036-4971-2006".parse()?,
    ));
    let g = DocumentGraph::build([&program, &policy, &telefon, &handbok, &ny]);
    let at = NaiveDate::from_ymd_opt(2009, 1, 1);
    if std::env::args().any(|a| a == "--mermaid") {
        print!("{}", g.to_mermaid(at));
    } else {
        print!("{}", g.to_dot(at));
    }
    Ok(())
}
