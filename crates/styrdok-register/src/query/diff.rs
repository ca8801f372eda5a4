//! The difference between two registers.

use schemars::JsonSchema;
use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use crate::Register;

/// One field whose value differs.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct FieldChange {
    /// The field name (a top-level key of the element's JSON).
    pub field: String,
    /// The old value (`null` when absent).
    pub old: Value,
    /// The new value (`null` when absent).
    pub new: Value,
}

/// An element (document, organisation, body …) present in both registers
/// whose fields differ.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct ItemChange {
    /// The id.
    pub id: String,
    /// The fields that differ, by name.
    pub fields: Vec<FieldChange>,
}

/// What differs between two registers, by id.
#[derive(Debug, Clone, PartialEq, Default, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct RegisterDiff {
    /// Documents only in the new register.
    pub documents_added: Vec<String>,
    /// Documents only in the old register.
    pub documents_removed: Vec<String>,
    /// Documents in both whose fields differ.
    pub documents_changed: Vec<ItemChange>,
    /// Organisations only in the new register.
    pub organisations_added: Vec<String>,
    /// Organisations only in the old register.
    pub organisations_removed: Vec<String>,
    /// Organisations in both whose own fields differ (name, kind, profile,
    /// owner, aliases, delegations …; bodies, roles and groups are listed
    /// apart).
    pub organisations_changed: Vec<ItemChange>,
    /// Bodies, roles and groups only in the new register.
    pub parties_added: Vec<String>,
    /// Bodies, roles and groups only in the old register.
    pub parties_removed: Vec<String>,
    /// Bodies, roles and groups in both whose fields differ.
    pub parties_changed: Vec<ItemChange>,
    /// Other parts that differ as a whole: `title`, `profiles`, `sources`,
    /// `control_links`, `settings`.
    pub other_parts_changed: Vec<String>,
}

impl RegisterDiff {
    /// Whether the registers are equal.
    pub fn is_empty(&self) -> bool {
        self.documents_added.is_empty()
            && self.documents_removed.is_empty()
            && self.documents_changed.is_empty()
            && self.organisations_added.is_empty()
            && self.organisations_removed.is_empty()
            && self.organisations_changed.is_empty()
            && self.parties_added.is_empty()
            && self.parties_removed.is_empty()
            && self.parties_changed.is_empty()
            && self.other_parts_changed.is_empty()
    }
}

fn to_value<T: Serialize>(t: &T) -> Value {
    serde_json::to_value(t).unwrap_or(Value::Null)
}

/// Field-level difference of two JSON objects, by top-level key (sorted),
/// leaving out `skip` keys.
fn fields(old: &Value, new: &Value, skip: &[&str]) -> Vec<FieldChange> {
    let empty = serde_json::Map::new();
    let o = old.as_object().unwrap_or(&empty);
    let n = new.as_object().unwrap_or(&empty);
    let keys: BTreeSet<&String> = o.keys().chain(n.keys()).collect();
    keys.into_iter()
        .filter(|k| !skip.contains(&k.as_str()))
        .filter_map(|k| {
            let a = o.get(k).cloned().unwrap_or(Value::Null);
            let b = n.get(k).cloned().unwrap_or(Value::Null);
            (a != b).then(|| FieldChange {
                field: k.clone(),
                old: a,
                new: b,
            })
        })
        .collect()
}

/// Compares two id-keyed sets of JSON values.
fn compare(
    old: BTreeMap<String, Value>,
    new: BTreeMap<String, Value>,
    skip: &[&str],
) -> (Vec<String>, Vec<String>, Vec<ItemChange>) {
    let added = new
        .keys()
        .filter(|k| !old.contains_key(*k))
        .cloned()
        .collect();
    let removed = old
        .keys()
        .filter(|k| !new.contains_key(*k))
        .cloned()
        .collect();
    let changed = old
        .iter()
        .filter_map(|(id, a)| {
            let b = new.get(id)?;
            let f = fields(a, b, skip);
            (!f.is_empty()).then(|| ItemChange {
                id: id.clone(),
                fields: f,
            })
        })
        .collect();
    (added, removed, changed)
}

fn parties(reg: &Register) -> BTreeMap<String, Value> {
    let mut m = BTreeMap::new();
    for o in &reg.organisations {
        for b in &o.bodies {
            m.insert(b.id.to_string(), to_value(b));
        }
        for r in &o.roles {
            m.insert(r.id.to_string(), to_value(r));
        }
        for g in &o.groups {
            m.insert(g.id.to_string(), to_value(g));
        }
    }
    m
}

/// The difference between `old` and `new`: documents, organisations and
/// their bodies, roles and groups added, removed and changed (field by
/// field, by id), and which other parts differ. Lists are sorted by id.
pub fn diff(old: &Register, new: &Register) -> RegisterDiff {
    let docs = |r: &Register| {
        r.documents
            .iter()
            .map(|d| (d.id.to_string(), to_value(d)))
            .collect::<BTreeMap<_, _>>()
    };
    let orgs = |r: &Register| {
        r.organisations
            .iter()
            .map(|o| (o.id.to_string(), to_value(o)))
            .collect::<BTreeMap<_, _>>()
    };
    let (documents_added, documents_removed, documents_changed) =
        compare(docs(old), docs(new), &[]);
    let (organisations_added, organisations_removed, organisations_changed) =
        compare(orgs(old), orgs(new), &["bodies", "roles", "groups"]);
    let (parties_added, parties_removed, parties_changed) =
        compare(parties(old), parties(new), &[]);
    let mut other_parts_changed = Vec::new();
    let parts: [(&str, Value, Value); 5] = [
        ("title", to_value(&old.title), to_value(&new.title)),
        ("profiles", to_value(&old.profiles), to_value(&new.profiles)),
        ("sources", to_value(&old.sources), to_value(&new.sources)),
        (
            "control_links",
            to_value(&old.control_links),
            to_value(&new.control_links),
        ),
        ("settings", to_value(&old.settings), to_value(&new.settings)),
    ];
    for (name, a, b) in parts {
        if a != b {
            other_parts_changed.push(name.to_owned());
        }
    }
    RegisterDiff {
        documents_added,
        documents_removed,
        documents_changed,
        organisations_added,
        organisations_removed,
        organisations_changed,
        parties_added,
        parties_removed,
        parties_changed,
        other_parts_changed,
    }
}
