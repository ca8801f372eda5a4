//! OSCAL export.

use serde_json::{Map, Value, json};

use super::{ATTRIBUTES_NS, ID_PREFIX, STYRDOK_NS, catalog_uuid};
use crate::attributes::ClassificationSource;
use crate::catalog::{Catalog, Control, Group, Link, Part, Prop};

pub(super) fn export_id(id: &str) -> String {
    if id.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{ID_PREFIX}{id}")
    } else {
        id.to_owned()
    }
}

pub(super) fn ours(name: &str, value: &str) -> Prop {
    let mut p = Prop::new(name, value);
    p.ns = Some(STYRDOK_NS.to_owned());
    p
}

fn prop_json(p: &Prop) -> Value {
    let mut m = Map::new();
    m.insert("name".into(), json!(p.name));
    if let Some(u) = &p.uuid {
        m.insert("uuid".into(), json!(u));
    }
    if let Some(ns) = &p.ns {
        m.insert("ns".into(), json!(ns));
    }
    m.insert("value".into(), json!(p.value));
    if let Some(c) = &p.class {
        m.insert("class".into(), json!(c));
    }
    if let Some(g) = &p.group {
        m.insert("group".into(), json!(g));
    }
    if let Some(r) = &p.remarks {
        m.insert("remarks".into(), json!(r));
    }
    Value::Object(m)
}

fn link_json(l: &Link) -> Value {
    let mut m = Map::new();
    m.insert("href".into(), json!(l.href));
    if let Some(v) = &l.rel {
        m.insert("rel".into(), json!(v));
    }
    if let Some(v) = &l.media_type {
        m.insert("media-type".into(), json!(v));
    }
    if let Some(v) = &l.resource_fragment {
        m.insert("resource-fragment".into(), json!(v));
    }
    if let Some(v) = &l.text {
        m.insert("text".into(), json!(v));
    }
    Value::Object(m)
}

fn part_json(p: &Part) -> Value {
    let mut m = Map::new();
    if let Some(v) = &p.id {
        m.insert("id".into(), json!(v));
    }
    m.insert("name".into(), json!(p.name));
    if let Some(v) = &p.ns {
        m.insert("ns".into(), json!(v));
    }
    if let Some(v) = &p.class {
        m.insert("class".into(), json!(v));
    }
    if let Some(v) = &p.title {
        m.insert("title".into(), json!(v));
    }
    put_list(&mut m, "props", p.props.iter().map(prop_json));
    if let Some(v) = &p.prose {
        m.insert("prose".into(), json!(v));
    }
    put_list(&mut m, "parts", p.parts.iter().map(part_json));
    put_list(&mut m, "links", p.links.iter().map(link_json));
    Value::Object(m)
}

fn put_list(m: &mut Map<String, Value>, key: &str, items: impl Iterator<Item = Value>) {
    let v: Vec<Value> = items.collect();
    if !v.is_empty() {
        m.insert(key.into(), Value::Array(v));
    }
}

fn control_json(c: &Control, map_ids: bool) -> Value {
    let mut m = Map::new();
    m.insert(
        "id".into(),
        json!(if map_ids {
            export_id(&c.id)
        } else {
            c.id.clone()
        }),
    );
    if let Some(v) = &c.class {
        m.insert("class".into(), json!(v));
    }
    m.insert("title".into(), json!(c.title));
    put_list(
        &mut m,
        "params",
        c.params.iter().map(|p| Value::Object(p.clone())),
    );
    let mut props: Vec<Prop> = c.props.clone();
    if let Some(l) = &c.label_sv {
        let mut p = ours("label", l);
        p.class = Some("sv".into());
        props.push(p);
    }
    if let Some(t) = &c.theme {
        props.push(ours("theme", t));
    }
    if c.new_in_edition {
        props.push(ours("new-in-edition", "true"));
    }
    if let Some(a) = &c.attributes {
        for (t, v) in a.pairs() {
            let mut p = Prop::new(t, v);
            p.ns = Some(ATTRIBUTES_NS.to_owned());
            props.push(p);
        }
        let mut p = ours(
            "classification-source",
            match &a.classification_source {
                ClassificationSource::Project => "project",
                ClassificationSource::User { .. } => "user",
                ClassificationSource::Imported => "imported",
            },
        );
        if let ClassificationSource::User { label } = &a.classification_source {
            p.remarks = Some(label.clone());
        }
        props.push(p);
    }
    put_list(&mut m, "props", props.iter().map(prop_json));
    put_list(&mut m, "links", c.links.iter().map(link_json));
    put_list(&mut m, "parts", c.parts.iter().map(part_json));
    put_list(
        &mut m,
        "controls",
        c.controls.iter().map(|c| control_json(c, map_ids)),
    );
    if let Some(v) = &c.remarks {
        m.insert("remarks".into(), json!(v));
    }
    Value::Object(m)
}

fn group_json(g: &Group, map_ids: bool) -> Value {
    let mut m = Map::new();
    if let Some(v) = &g.id {
        m.insert(
            "id".into(),
            json!(if map_ids { export_id(v) } else { v.clone() }),
        );
    }
    if let Some(v) = &g.class {
        m.insert("class".into(), json!(v));
    }
    m.insert("title".into(), json!(g.title));
    put_list(
        &mut m,
        "params",
        g.params.iter().map(|p| Value::Object(p.clone())),
    );
    let mut props = g.props.clone();
    if let Some(l) = &g.label_sv {
        let mut p = ours("label", l);
        p.class = Some("sv".into());
        props.push(p);
    }
    put_list(&mut m, "props", props.iter().map(prop_json));
    put_list(&mut m, "links", g.links.iter().map(link_json));
    put_list(&mut m, "parts", g.parts.iter().map(part_json));
    put_list(
        &mut m,
        "groups",
        g.groups.iter().map(|g| group_json(g, map_ids)),
    );
    put_list(
        &mut m,
        "controls",
        g.controls.iter().map(|c| control_json(c, map_ids)),
    );
    Value::Object(m)
}

/// Exports a catalogue as an OSCAL catalog document
/// (`{"catalog": {uuid, metadata, groups, controls, back-matter}}`).
/// Deterministic: the uuid is the imported one or a v5 uuid, and
/// `last-modified` is the catalogue's own date.
pub fn export_oscal(catalog: &Catalog) -> Value {
    let map_ids = !catalog.framework.derived;
    let mut md = Map::new();
    md.insert("title".into(), json!(catalog.metadata.title));
    if let Some(v) = &catalog.metadata.published {
        md.insert("published".into(), json!(v));
    }
    md.insert(
        "last-modified".into(),
        json!(catalog.metadata.last_modified),
    );
    md.insert("version".into(), json!(catalog.metadata.version));
    md.insert(
        "oscal-version".into(),
        json!(catalog.metadata.oscal_version),
    );
    for (k, v) in &catalog.metadata.extra {
        md.insert(k.clone(), v.clone());
    }
    if !catalog.framework.derived {
        let mut props: Vec<Value> = md
            .get("props")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let f = &catalog.framework;
        props.push(prop_json(&ours("framework", &f.id)));
        props.push(prop_json(&ours("framework-title", &f.title)));
        if let Some(e) = &f.edition {
            props.push(prop_json(&ours("edition", e)));
        }
        if let Some(p) = &f.publisher {
            props.push(prop_json(&ours("publisher", p)));
        }
        props.push(prop_json(&ours("id-mapping", "a-prefix")));
        md.insert("props".into(), Value::Array(props));
    }
    if let Some(v) = &catalog.metadata.remarks {
        md.insert("remarks".into(), json!(v));
    }
    let mut cat = Map::new();
    let uuid = catalog
        .uuid
        .clone()
        .unwrap_or_else(|| catalog_uuid(catalog).to_string());
    cat.insert("uuid".into(), json!(uuid));
    cat.insert("metadata".into(), Value::Object(md));
    put_list(
        &mut cat,
        "controls",
        catalog.controls.iter().map(|c| control_json(c, map_ids)),
    );
    put_list(
        &mut cat,
        "groups",
        catalog.groups.iter().map(|g| group_json(g, map_ids)),
    );
    if let Some(b) = &catalog.back_matter {
        cat.insert("back-matter".into(), b.clone());
    }
    json!({ "catalog": Value::Object(cat) })
}
