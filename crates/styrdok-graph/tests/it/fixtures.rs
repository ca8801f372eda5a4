//! The Stockholm IT-program and what it cites, built in code (from seed 001
//! §1), with the program's date either known or only bounded.

use chrono::NaiveDate;
use styrdok_core::{BodyKind, DateValue, DocumentId, DocumentKind, PartialDate, PartyId};
use styrdok_graph::{DocumentGraph, Status};
use styrdok_model::{Citation, Document, Quantifier, Relation, RelationKind, Section, Stage};

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Asserts the status of each document on the day `at`.
pub fn assert_statuses(g: &DocumentGraph, at: &str, expected: &[(&str, Status)]) {
    for (doc, want) in expected {
        assert_eq!(
            &g.status_at(&id(doc), day(at)).unwrap(),
            want,
            "{doc} on {at}"
        );
    }
}

/// Wholly replaced by the IT-program, which took effect on 2008-06-16.
pub fn superseded_by_program() -> Status {
    Status::Superseded {
        by: id(PROGRAM),
        since: DateValue::day(day("2008-06-16")).unwrap(),
    }
}

/// A party id.
pub fn party(s: &str) -> PartyId {
    s.parse().unwrap()
}

pub fn id(s: &str) -> DocumentId {
    s.parse().unwrap()
}

pub const PROGRAM: &str = "stockholm/it-program";
pub const POLICY: &str = "stockholm/policy-och-riktlinjer-for-informationssakerhet";
pub const TELEFON: &str = "stockholm/telefonpolicy";
pub const HANDBOK: &str = "stockholm/it-handbok";
pub const RIKTLINJER: &str = "stockholm/riktlinjer-for-informationssakerhet";
pub const ESTRATEGI: &str = "stockholm/e-strategi";
pub const NY_ESTRATEGI: &str = "stockholm/ny-e-strategi";

fn stub(id_: &str, kind: DocumentKind, title: &str, date: DateValue) -> Document {
    let mut d = Document::new(id(id_), kind);
    d.title = Some(title.into());
    d.decision_date = date;
    d.stage = Some(Stage::Adopted);
    d.adopter_kind = Some(BodyKind::Fullmaktige);
    d.citation = Some(Citation {
        cited_in: id(PROGRAM),
        section: Some("1".into()),
        as_written: title.into(),
        also_mentioned_as: Vec::new(),
    });
    d
}

/// The program and its citations. `program_date`: the program's decision
/// date (the seed gives none: `{"not_before": "2007"}`).
pub fn stockholm(program_date: DateValue) -> Vec<Document> {
    let mut program = Document::new(id(PROGRAM), DocumentKind::Program);
    program.title = Some("IT-program för Stockholms stad".into());
    program.stage = Some(Stage::Adopted);
    program.adopted_by = Some(party("stockholm/kf"));
    program.adopter_kind = Some(BodyKind::Fullmaktige);
    program.decision_date = program_date;
    program.sections = (1..=8).map(|i| Section::new(i.to_string(), None)).collect();

    let mut policy = stub(
        POLICY,
        DocumentKind::Policy,
        "Policy och riktlinjer för informationssäkerhet, Stockholms stad",
        DateValue::day(day("2005-06-13")).unwrap(),
    );
    policy.sections = (1..=5).map(|i| Section::new(i.to_string(), None)).collect();
    let telefon = stub(
        TELEFON,
        DocumentKind::Policy,
        "Telefonpolicy för Stockholms stad",
        DateValue::day(day("1996-09-11")).unwrap(),
    );
    let handbok = stub(
        HANDBOK,
        DocumentKind::Other,
        "IT-handbok för Stockholms stad",
        DateValue::Unknown,
    );
    let riktlinjer = stub(
        RIKTLINJER,
        DocumentKind::Riktlinje,
        "Riktlinjer för informationssäkerhet i Stockholms stad",
        DateValue::Unknown,
    );
    let estrategi = stub(
        ESTRATEGI,
        DocumentKind::Strategi,
        "e-strategi för Stockholms stad",
        DateValue::day(day("2001-02-19")).unwrap(),
    );
    let mut ny = stub(
        NY_ESTRATEGI,
        DocumentKind::Strategi,
        "Ny e-strategi för Stockholms stad",
        DateValue::Bounded {
            not_before: Some(PartialDate::from_year(2006).unwrap()),
            not_after: None,
        },
    );
    ny.adopter_kind = Some(BodyKind::Fullmaktige);

    let mut part = Relation::to(RelationKind::ReplacesInPart, id(POLICY));
    part.sections = vec!["3".into()];
    part.stated_in = Some("1".into());
    program.relations.push(part);
    program
        .relations
        .push(Relation::to(RelationKind::Replaces, id(TELEFON)));
    for t in [HANDBOK, RIKTLINJER, ESTRATEGI] {
        program
            .relations
            .push(Relation::to(RelationKind::ComplementedBy, id(t)));
    }
    let mut some = Relation::to(RelationKind::Replaces, id(HANDBOK));
    some.target = None;
    some.candidates = vec![id(HANDBOK), id(RIKTLINJER), id(ESTRATEGI)];
    some.quantifier = Some(Quantifier::Some);
    some.announced = true;
    program.relations.push(some);
    program
        .relations
        .push(Relation::to(RelationKind::ComplementedBy, id(NY_ESTRATEGI)));
    let mut ny_replaces = Relation::to(RelationKind::Replaces, id(ESTRATEGI));
    ny_replaces.subject = Some(id(NY_ESTRATEGI));
    program.relations.push(ny_replaces);

    vec![program, policy, telefon, handbok, riktlinjer, estrategi, ny]
}

pub fn known() -> Vec<Document> {
    stockholm(DateValue::day(day("2008-06-16")).unwrap())
}

pub fn bounded() -> Vec<Document> {
    stockholm(DateValue::Bounded {
        not_before: Some(PartialDate::from_year(2007).unwrap()),
        not_after: None,
    })
}

/// A plain document with an exact decision date.
pub fn doc(id_: &str, kind: DocumentKind, date: &str) -> Document {
    let mut d = Document::new(id(id_), kind);
    d.stage = Some(Stage::Adopted);
    d.decision_date = DateValue::day(day(date)).unwrap();
    d
}
