//! One table per concept of a register. Column names and types are
//! documented in `docs/export.md`; a test checks that the two agree.

use chrono::NaiveDate;
use serde::Serialize;
use styrdok_core::{DateValue, Diagnostic};
use styrdok_graph::DocumentGraph;
use styrdok_register::Hierarchy;
use styrdok_register::Register;

use super::table::{ColumnType as T, Table, Value};

/// The machine id of a serialized enum (`riktlinje`, `requirement`).
fn id_of(v: &impl Serialize) -> Value {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => Value::Text(s),
        Ok(serde_json::Value::Null) | Err(_) => Value::Null,
        Ok(other) => Value::Text(other.to_string()),
    }
}

/// The three columns of a partial date: as written, earliest day, latest
/// day (null where the date does not bound it).
fn date3(d: &DateValue) -> [Value; 3] {
    let written = if d.is_unknown() {
        Value::Null
    } else {
        Value::Text(d.to_string())
    };
    [written, Value::date(d.earliest()), Value::date(d.latest())]
}

fn date3_cols(name: &'static [&'static str; 3]) -> [(&'static str, T); 3] {
    [(name[0], T::Text), (name[1], T::Date), (name[2], T::Date)]
}

/// An optional text or id as a cell.
fn opt<T: AsRef<str>>(s: &Option<T>) -> Value {
    Value::text(s.as_ref().map(AsRef::as_ref))
}

fn name_of(h: &Hierarchy<'_>, id: Option<&str>) -> Value {
    Value::text(id.and_then(|i| h.name_of(i)))
}

/// Every table of `reg`, with the documents' status at `at` when given
/// and the `diagnostics` (from loading and checking) as their own table.
pub fn tables(reg: &Register, diagnostics: &[Diagnostic], at: Option<NaiveDate>) -> Vec<Table> {
    let h = Hierarchy::new(reg);
    vec![
        organisations(reg),
        bodies(reg),
        groups(reg),
        group_members(reg),
        roles(reg),
        documents(reg, &h, at),
        sections(reg),
        statements(reg),
        duties(reg, &h),
        relations(reg),
        control_links(reg),
        diagnostics_table(diagnostics),
    ]
}

fn organisations(reg: &Register) -> Table {
    let mut t = Table::new(
        "organisations",
        &[
            ("id", T::Text),
            ("name", T::Text),
            ("kind", T::Text),
            ("profile", T::Text),
            ("owner", T::Text),
        ],
    );
    for o in &reg.organisations {
        t.push(vec![
            o.id.as_str().into(),
            o.name.as_str().into(),
            id_of(&o.kind),
            opt(&o.profile),
            Value::text(o.owner.as_ref().map(|x| x.to_string())),
        ]);
    }
    t
}

fn bodies(reg: &Register) -> Table {
    let mut t = Table::new(
        "bodies",
        &[
            ("organisation", T::Text),
            ("id", T::Text),
            ("name", T::Text),
            ("kind", T::Text),
        ],
    );
    for o in &reg.organisations {
        for b in &o.bodies {
            t.push(vec![
                o.id.as_str().into(),
                b.id.as_str().into(),
                b.name.as_str().into(),
                id_of(&b.kind),
            ]);
        }
    }
    t
}

fn groups(reg: &Register) -> Table {
    let mut t = Table::new(
        "groups",
        &[
            ("organisation", T::Text),
            ("id", T::Text),
            ("name", T::Text),
            ("include_owned", T::Bool),
        ],
    );
    for o in &reg.organisations {
        for g in &o.groups {
            t.push(vec![
                o.id.as_str().into(),
                g.id.as_str().into(),
                g.name.as_str().into(),
                g.include_owned.into(),
            ]);
        }
    }
    t
}

fn group_members(reg: &Register) -> Table {
    let mut t = Table::new(
        "group_members",
        &[
            ("organisation", T::Text),
            ("group_id", T::Text),
            ("member", T::Text),
            ("member_name", T::Text),
            ("member_kind", T::Text),
        ],
    );
    let h = Hierarchy::new(reg);
    for o in &reg.organisations {
        for g in &o.groups {
            for m in &g.members {
                t.push(vec![
                    o.id.as_str().into(),
                    g.id.as_str().into(),
                    m.as_str().into(),
                    name_of(&h, Some(m)),
                    Value::Null,
                ]);
            }
            for k in &g.member_kinds {
                t.push(vec![
                    o.id.as_str().into(),
                    g.id.as_str().into(),
                    Value::Null,
                    Value::Null,
                    id_of(k),
                ]);
            }
        }
    }
    t
}

fn roles(reg: &Register) -> Table {
    let mut t = Table::new(
        "roles",
        &[
            ("organisation", T::Text),
            ("id", T::Text),
            ("name", T::Text),
            ("kind", T::Text),
            ("held_in", T::Text),
        ],
    );
    for o in &reg.organisations {
        for r in &o.roles {
            let held: Vec<String> = r
                .held_in
                .iter()
                .map(|b| b.to_string())
                .chain(r.held_in_kinds.iter().map(|k| format!("kind:{k}")))
                .collect();
            t.push(vec![
                o.id.as_str().into(),
                r.id.as_str().into(),
                r.name.as_str().into(),
                id_of(&r.kind),
                Value::text((!held.is_empty()).then(|| held.join(";"))),
            ]);
        }
    }
    t
}

fn documents(reg: &Register, h: &Hierarchy<'_>, at: Option<NaiveDate>) -> Table {
    let mut cols = vec![
        ("id", T::Text),
        ("organisation", T::Text),
        ("organisation_name", T::Text),
        ("title", T::Text),
        ("kind", T::Text),
        ("stage", T::Text),
        ("stub", T::Bool),
        ("adopted_by", T::Text),
        ("adopted_by_name", T::Text),
        ("decision_paragraph", T::Text),
        ("dnr", T::Text),
    ];
    cols.extend(date3_cols(&[
        "decision_date",
        "decision_date_earliest",
        "decision_date_latest",
    ]));
    cols.extend(date3_cols(&[
        "entry_into_force",
        "entry_into_force_earliest",
        "entry_into_force_latest",
    ]));
    cols.extend(date3_cols(&[
        "valid_until",
        "valid_until_earliest",
        "valid_until_latest",
    ]));
    cols.extend([
        ("status_at", T::Date),
        ("status", T::Text),
        ("in_force", T::Text),
        ("status_detail", T::Text),
    ]);
    let mut t = Table::new("documents", &cols);
    let graph = at.map(|_| DocumentGraph::build(&reg.documents));
    for d in &reg.documents {
        let org = d.org();
        let org_name = reg.organisation(org.as_str()).map(|o| o.name.clone());
        let dnr: Vec<String> = d.dnr.iter().map(|x| x.to_string()).collect();
        let mut row = vec![
            d.id.as_str().into(),
            org.as_str().into(),
            Value::text(org_name),
            opt(&d.title),
            Value::Text(d.kind.to_string()),
            d.stage.map_or_else(|| "unknown".into(), |s| id_of(&s)),
            d.citation.is_some().into(),
            opt(&d.adopted_by),
            name_of(h, d.adopted_by.as_deref()),
            opt(&d.decision_paragraph),
            Value::text((!dnr.is_empty()).then(|| dnr.join(";"))),
        ];
        row.extend(date3(&d.decision_date));
        let eif = d
            .entry_into_force
            .as_ref()
            .map(|f| f.value)
            .unwrap_or(d.decision_date);
        row.extend(date3(&eif));
        let until = d
            .validity
            .as_ref()
            .map(|v| v.until)
            .unwrap_or(DateValue::Unknown);
        row.extend(date3(&until));
        match (at, &graph) {
            (Some(day), Some(g)) => match g.status_at(&d.id, day) {
                Ok(st) => {
                    row.push(Value::Date(day));
                    row.push(Value::Text(st.kind().id().to_owned()));
                    row.push(id_of(&st.in_force()));
                    row.push(Value::Text(st.summary()));
                }
                Err(_) => row.extend([Value::Date(day), Value::Null, Value::Null, Value::Null]),
            },
            _ => row.extend([Value::Null, Value::Null, Value::Null, Value::Null]),
        }
        t.push(row);
    }
    t
}

fn sections(reg: &Register) -> Table {
    let mut t = Table::new(
        "sections",
        &[
            ("document", T::Text),
            ("id", T::Text),
            ("heading", T::Text),
            ("parent", T::Text),
            ("known_from_citation", T::Bool),
            ("position", T::Int),
        ],
    );
    for d in &reg.documents {
        for (i, s) in d.sections.iter().enumerate() {
            t.push(vec![
                d.id.as_str().into(),
                s.id.as_str().into(),
                opt(&s.heading),
                opt(&s.parent),
                s.known_from_citation.into(),
                Value::Int(i64::try_from(i).unwrap_or(i64::MAX)),
            ]);
        }
    }
    t
}

fn statements(reg: &Register) -> Table {
    let mut t = Table::new(
        "statements",
        &[
            ("id", T::Text),
            ("document", T::Text),
            ("section", T::Text),
            ("n", T::Int),
            ("type", T::Text),
            ("modality", T::Text),
            ("negated", T::Bool),
            ("modality_as_written", T::Text),
            ("subject", T::Text),
            ("text", T::Text),
        ],
    );
    for d in &reg.documents {
        for s in &d.statements {
            t.push(vec![
                s.id.to_string().into(),
                d.id.as_str().into(),
                s.id.section().into(),
                Value::Int(i64::from(s.id.n())),
                id_of(&s.statement_type),
                s.modality.map_or_else(|| "none".into(), |m| id_of(&m)),
                s.negated.into(),
                opt(&s.modality_as_written),
                opt(&s.subject),
                s.text.as_str().into(),
            ]);
        }
    }
    t
}

fn duties(reg: &Register, h: &Hierarchy<'_>) -> Table {
    let mut t = Table::new(
        "duties",
        &[
            ("document", T::Text),
            ("id", T::Text),
            ("holder", T::Text),
            ("holder_name", T::Text),
            ("activity", T::Text),
            ("letter", T::Text),
            ("section", T::Text),
            ("counterpart", T::Text),
            ("via", T::Text),
            ("statements", T::Text),
            ("text", T::Text),
        ],
    );
    for d in &reg.documents {
        for duty in &d.duties {
            let sts: Vec<String> = duty
                .statements
                .iter()
                .map(|l| l.statement.to_string())
                .collect();
            t.push(vec![
                d.id.as_str().into(),
                duty.id.as_str().into(),
                duty.holder.as_str().into(),
                name_of(h, Some(&duty.holder)),
                duty.activity.as_str().into(),
                Value::Text(duty.letter().0.letter().to_string()),
                opt(&duty.section),
                opt(&duty.counterpart),
                opt(&duty.via),
                Value::text((!sts.is_empty()).then(|| sts.join(";"))),
                duty.text.as_str().into(),
            ]);
        }
    }
    t
}

fn relations(reg: &Register) -> Table {
    let mut t = Table::new(
        "relations",
        &[
            ("document", T::Text),
            ("position", T::Int),
            ("kind", T::Text),
            ("subject", T::Text),
            ("target", T::Text),
            ("candidates", T::Text),
            ("quantifier", T::Text),
            ("sections", T::Text),
            ("announced", T::Bool),
            ("description", T::Text),
            ("stated_in", T::Text),
            ("statement", T::Text),
        ],
    );
    for d in &reg.documents {
        for (i, r) in d.relations.iter().enumerate() {
            let cands: Vec<&str> = r.candidates.iter().map(|c| c.as_str()).collect();
            t.push(vec![
                d.id.as_str().into(),
                Value::Int(i64::try_from(i).unwrap_or(i64::MAX)),
                Value::Text(r.kind.id().to_owned()),
                Value::text(Some(r.subject.as_ref().unwrap_or(&d.id).to_string())),
                Value::text(r.target.as_ref().map(|x| x.to_string())),
                Value::text((!cands.is_empty()).then(|| cands.join(";"))),
                r.quantifier.as_ref().map_or(Value::Null, id_of),
                Value::text((!r.sections.is_empty()).then(|| r.sections.join(";"))),
                r.announced.into(),
                opt(&r.description),
                opt(&r.stated_in),
                Value::text(r.statement.as_ref().map(|s| s.to_string())),
            ]);
        }
    }
    t
}

fn control_links(reg: &Register) -> Table {
    let mut t = Table::new(
        "control_links",
        &[
            ("statement", T::Text),
            ("document", T::Text),
            ("control", T::Text),
            ("framework", T::Text),
            ("control_id", T::Text),
            ("relationship", T::Text),
            ("status", T::Text),
            ("basis", T::Text),
        ],
    );
    for l in &reg.control_links {
        t.push(vec![
            l.statement.to_string().into(),
            l.statement.document().as_str().into(),
            l.control.to_string().into(),
            l.control.framework().into(),
            l.control.control().into(),
            id_of(&l.relationship),
            id_of(&l.status),
            l.basis.as_str().into(),
        ]);
    }
    t
}

fn diagnostics_table(diags: &[Diagnostic]) -> Table {
    let mut t = Table::new(
        "diagnostics",
        &[
            ("code", T::Text),
            ("severity", T::Text),
            ("message", T::Text),
            ("file", T::Text),
            ("pointer", T::Text),
            ("line", T::Int),
            ("column", T::Int),
            ("subjects", T::Text),
        ],
    );
    for d in diags {
        let loc = d.location.as_ref();
        t.push(vec![
            d.code.to_string().into(),
            id_of(&d.severity),
            d.message.as_str().into(),
            Value::text(loc.and_then(|l| l.file.clone())),
            Value::text(loc.map(|l| l.pointer.clone())),
            loc.and_then(|l| l.line)
                .map_or(Value::Null, |x| Value::Int(i64::from(x))),
            loc.and_then(|l| l.column)
                .map_or(Value::Null, |x| Value::Int(i64::from(x))),
            Value::text((!d.subjects.is_empty()).then(|| d.subjects.join(";"))),
        ]);
    }
    t
}
