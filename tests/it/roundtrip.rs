//! Property tests: serde round trips of every model type are lossless.
//!
//! Strategies build arbitrary values of the core, org, model and register
//! types (within their validity rules: ids are slugs, dates exist); each is
//! serialized to JSON and read back, and must compare equal — and serialize
//! to the same text again.

use std::collections::BTreeMap;

use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use styrdok::core::{
    BodyKind, DateValue, Dnr, DocumentId, DocumentKind, Fact, OrgKind, PartialDate, PartyId,
    Provenance, StatementId,
};
use styrdok::model::{
    Citation, Document, LawBasis, Modality, Quantifier, Relation, RelationKind, Review, ScopeEntry,
    Section, Stage, Statement, StatementType, Taxonomy, Validity, ValidityKind,
};
use styrdok::org::{
    Body, BodyLink, BodyLinkKind, Delegation, Duty, Group, Organisation, Raci, Role, RoleKind,
};
use styrdok::register::Register;

fn slug() -> impl Strategy<Value = String> {
    "[a-z0-9]{1,6}(-[a-z0-9]{1,5}){0,2}"
}

/// A party reference built from slugs (valid by construction).
fn party(id: String) -> PartyId {
    id.parse().expect("slugs joined by / are a party id")
}

fn text() -> impl Strategy<Value = String> {
    // Swedish letters, quotes, dashes and escapes.
    "[a-zA-ZåäöÅÄÖ0-9 ,.:;§\"'–\\-\\\\/()\\[\\]]{0,24}"
}

fn doc_id() -> impl Strategy<Value = DocumentId> {
    (slug(), slug()).prop_map(|(o, d)| format!("{o}/{d}").parse().unwrap())
}

fn partial_date() -> impl Strategy<Value = PartialDate> {
    prop_oneof![
        (1900i32..2100).prop_map(|y| PartialDate::from_year(y).unwrap()),
        (1900i32..2100, 1u32..=12)
            .prop_map(|(year, month)| PartialDate::from_year_month(year, month).unwrap()),
        (1900i32..2100, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| PartialDate::ymd(y, m, d).unwrap()),
    ]
}

fn date_value() -> impl Strategy<Value = DateValue> {
    prop_oneof![
        Just(DateValue::Unknown),
        partial_date().prop_map(DateValue::Known),
        (
            partial_date(),
            option::of(Just(PartialDate::from_year(2100).unwrap()))
        )
            .prop_map(|(a, b)| {
                DateValue::Bounded {
                    not_before: Some(a),
                    not_after: b,
                }
            }),
        partial_date().prop_map(|b| DateValue::Bounded {
            not_before: None,
            not_after: Some(b)
        }),
    ]
}

fn dnr() -> impl Strategy<Value = Dnr> {
    (
        option::of("[A-ZÅÄÖ]{1,4}"),
        1900u32..2100,
        1u32..99999,
        0usize..4,
    )
        .prop_map(|(p, y, n, form)| {
            let s = match form {
                0 => format!("{} {y}/{n}", p.unwrap_or_else(|| "KS".into())),
                1 => format!("dnr {n:03}-{}/{y}", n % 1000),
                2 => format!("{y}:{n}"),
                _ => format!("{}/{y}:{n:05}", p.unwrap_or_else(|| "VON".into())),
            };
            s.parse().unwrap()
        })
}

fn document_kind() -> impl Strategy<Value = DocumentKind> {
    prop_oneof![
        proptest::sample::select(DocumentKind::builtin().collect::<Vec<_>>()),
        Just(DocumentKind::Other),
        "(taxa|handlingsplanering|atgardsprogram)".prop_map(DocumentKind::Custom),
    ]
}

fn body_kind() -> impl Strategy<Value = BodyKind> {
    proptest::sample::select(BodyKind::ALL.to_vec())
}

fn provenance() -> impl Strategy<Value = Provenance> {
    prop_oneof![
        Just(Provenance::Stated),
        slug().prop_map(Provenance::derived),
        text().prop_map(Provenance::external),
    ]
}

fn relation() -> impl Strategy<Value = Relation> {
    (
        proptest::sample::select(vec![
            RelationKind::Replaces,
            RelationKind::ReplacesInPart,
            RelationKind::Repeals,
            RelationKind::Amends,
            RelationKind::Complements,
            RelationKind::ComplementedBy,
            RelationKind::Concretizes,
            RelationKind::ConcretizedBy,
            RelationKind::References,
        ]),
        option::of(doc_id()),
        option::of(doc_id()),
        vec(doc_id(), 0..3),
        option::of(proptest::sample::select(vec![
            Quantifier::All,
            Quantifier::Some,
            Quantifier::One,
        ])),
        vec("[0-9]{1,2}", 0..3),
        any::<bool>(),
        option::of(text()),
        provenance(),
    )
        .prop_map(
            |(
                kind,
                subject,
                target,
                candidates,
                quantifier,
                sections,
                announced,
                as_written,
                provenance,
            )| {
                let mut r = Relation::to(
                    kind,
                    target.clone().unwrap_or_else(|| "a/b".parse().unwrap()),
                );
                r.target = target;
                r.subject = subject;
                r.candidates = candidates;
                r.quantifier = quantifier;
                r.sections = sections;
                r.announced = announced;
                r.as_written = as_written;
                r.provenance = provenance;
                r
            },
        )
}

fn statement(doc: DocumentId) -> impl Strategy<Value = Statement> {
    (
        "[0-9](\\.[0-9]){0,2}",
        1u32..20,
        text(),
        proptest::sample::select(vec![
            StatementType::Requirement,
            StatementType::Permission,
            StatementType::Goal,
            StatementType::Principle,
            StatementType::Responsibility,
            StatementType::Scope,
            StatementType::Definition,
            StatementType::Description,
        ]),
        option::of(proptest::sample::select(vec![
            Modality::Ska,
            Modality::Bor,
            Modality::Far,
            Modality::Maste,
            Modality::Avsikt,
        ])),
        any::<bool>(),
        option::of(text()),
    )
        .prop_map(move |(section, n, t, ty, modality, negated, written)| {
            let mut s = Statement::new(
                StatementId::from_parts(doc.clone(), &section, n).unwrap(),
                t,
                ty,
            );
            s.modality = modality;
            s.negated = negated;
            s.modality_as_written = written;
            s
        })
}

fn duty() -> impl Strategy<Value = Duty> {
    (
        slug(),
        slug(),
        slug(),
        text(),
        option::of(text()),
        option::of(proptest::sample::select(vec![
            Raci::Responsible,
            Raci::Accountable,
            Raci::Consulted,
            Raci::Informed,
        ])),
        option::of(slug()),
    )
        .prop_map(|(id, holder, activity, t, lead, raci, counterpart)| {
            let mut d = Duty::new(id, party(format!("org/{holder}")), activity, t);
            d.lead_in = lead;
            d.raci = raci;
            d.counterpart = counterpart.map(|c| party(format!("org/{c}")));
            d
        })
}

prop_compose! {
    pub(crate) fn document()(id in doc_id(), kind in document_kind())(
        statements in vec(statement(id.clone()), 0..4),
        id in Just(id),
        kind in Just(kind),
        title in option::of(text()),
        stage in option::of(proptest::sample::select(vec![Stage::Draft, Stage::Proposed, Stage::Adopted])),
        adopter_kind in option::of(body_kind()),
        decision_date in date_value(),
        entry in option::of((date_value(), provenance())),
        dnr in vec(dnr(), 0..3),
        validity in option::of((proptest::sample::select(vec![
            ValidityKind::UntilFurtherNotice, ValidityKind::UntilDate, ValidityKind::MandatePeriod, ValidityKind::Period,
        ]), date_value(), option::of(text()))),
        relations in vec(relation(), 0..4),
        duties in vec(duty(), 0..3),
        sections in vec(("[0-9]{1,2}", option::of(text()), any::<bool>()), 0..3),
        metadata in btree_map(text(), text(), 0..3),
        scope in vec((text(), option::of(text())), 0..2),
        stub in option::of((doc_id(), text())),
        law in option::of(any::<bool>()),
        review in option::of((date_value(), option::of(1u32..6))),
    ) -> Document {
        let mut d = Document::new(id, kind);
        d.title = title;
        d.stage = stage;
        d.adopter_kind = adopter_kind;
        d.decision_date = decision_date;
        d.entry_into_force = entry.map(|(value, provenance)| Fact { value, provenance });
        d.dnr = dnr;
        d.validity = validity.map(|(k, until, w)| {
            let mut v = Validity::new(k);
            v.until = until;
            v.as_written = w;
            v
        });
        d.relations = relations;
        d.duties = duties;
        d.statements = statements;
        d.sections = sections.into_iter().map(|(id, h, c)| {
            let mut s = Section::new(id, h);
            s.known_from_citation = c;
            s
        }).collect();
        d.metadata_as_written = metadata.into_iter().collect::<BTreeMap<_, _>>();
        d.scope = scope.into_iter().map(|(w, c)| {
            let mut e = ScopeEntry::new(w);
            e.condition = c;
            e
        }).collect();
        d.citation = stub.map(|(cited_in, as_written)| Citation { cited_in, section: None, as_written, also_mentioned_as: vec![] });
        d.required_by_law = law.map(|required| LawBasis { required, law: None, as_written: None });
        d.review = review.map(|(due, every)| {
            let mut r = Review::new();
            r.due = due;
            r.every_years = every;
            r
        });
        d
    }
}

pub(crate) fn organisation() -> impl Strategy<Value = Organisation> {
    (
        slug(),
        text(),
        proptest::sample::select(vec![
            OrgKind::Kommun,
            OrgKind::Region,
            OrgKind::Kommunalforbund,
            OrgKind::Bolag,
        ]),
        vec(
            (
                slug(),
                text(),
                body_kind(),
                vec(text(), 0..2),
                option::of(slug()),
            ),
            0..4,
        ),
        vec((slug(), text(), any::<bool>()), 0..3),
        vec(
            (slug(), text(), vec(body_kind(), 0..3), any::<bool>()),
            0..2,
        ),
        vec((slug(), slug(), text(), any::<bool>()), 0..2),
    )
        .prop_map(|(id, name, kind, bodies, roles, groups, delegations)| {
            let mut o = Organisation::new(id.parse().unwrap(), name, kind);
            o.bodies = bodies
                .into_iter()
                .map(|(b, n, k, aliases, link)| {
                    let mut body = Body::new(format!("{id}/{b}").parse().unwrap(), n, k);
                    body.aliases = aliases;
                    body.links = link
                        .map(|t| BodyLink {
                            kind: BodyLinkKind::AppointedBy,
                            target: party(format!("{id}/{t}")),
                            provenance: Provenance::Stated,
                        })
                        .into_iter()
                        .collect();
                    body
                })
                .collect();
            o.roles = roles
                .into_iter()
                .map(|(r, n, official)| {
                    let mut role = Role::new(
                        format!("{id}/{r}").parse().unwrap(),
                        n,
                        if official {
                            RoleKind::Official
                        } else {
                            RoleKind::Functional
                        },
                    );
                    role.held_in_kinds = vec![BodyKind::Forvaltning];
                    role
                })
                .collect();
            o.groups = groups
                .into_iter()
                .map(|(g, n, kinds, owned)| {
                    let mut group = Group::new(format!("{id}/{g}").parse().unwrap(), n);
                    group.member_kinds = kinds;
                    group.include_owned = owned;
                    group
                })
                .collect();
            o.delegations = delegations
                .into_iter()
                .map(|(from, to, matters, further)| {
                    let mut d = Delegation::new(
                        party(format!("{id}/{from}")),
                        party(format!("{id}/{to}")),
                        matters,
                    );
                    d.further_delegation = further;
                    d
                })
                .collect();
            o
        })
}

fn roundtrip<T>(value: &T)
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let json = serde_json::to_string_pretty(value).unwrap();
    let back: T = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}\n{json}"));
    assert_eq!(&back, value, "{json}");
    assert_eq!(serde_json::to_string_pretty(&back).unwrap(), json);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn core_types_roundtrip(p in partial_date(), v in date_value(), d in dnr(), k in document_kind(), b in body_kind(), pr in provenance()) {
        roundtrip(&p);
        roundtrip(&v);
        roundtrip(&d);
        roundtrip(&k);
        roundtrip(&b);
        roundtrip(&pr);
    }

    #[test]
    fn relations_and_duties_roundtrip(r in relation(), d in duty()) {
        roundtrip(&r);
        roundtrip(&d);
    }

    #[test]
    fn organisations_roundtrip(o in organisation()) {
        roundtrip(&o);
    }

}

/// Runs a property on a thread with a large stack: the document strategy is
/// a deep composition and overflows the default test-thread stack in debug
/// builds.
pub(crate) fn on_big_stack<S>(strategy: S, cases: u32, f: fn(S::Value))
where
    S: Strategy + Send + 'static,
    S::Value: Send,
{
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut runner =
                proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(cases));
            runner
                .run(&strategy, |v| {
                    f(v);
                    Ok(())
                })
                .unwrap();
        })
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn documents_roundtrip() {
    on_big_stack(document(), 96, |d| roundtrip(&d));
}

#[test]
fn registers_roundtrip() {
    on_big_stack(
        (vec(organisation(), 0..3), vec(document(), 0..3)),
        48,
        |(orgs, docs)| {
            let mut reg = Register::new();
            reg.organisations = orgs;
            reg.documents = docs;
            roundtrip(&reg);
        },
    );
}

#[test]
fn builtin_taxonomies_roundtrip() {
    for t in styrdok::model::profiles::all() {
        roundtrip::<Taxonomy>(t);
    }
}
