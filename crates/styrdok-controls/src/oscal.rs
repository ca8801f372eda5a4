//! OSCAL catalog JSON export and import.
//!
//! Ids: OSCAL tokens must start with a letter, so a control or group id
//! starting with a digit (`5.15`, `21.2.a`) is exported with the prefix
//! `a-` (`a-5.15`), and the catalog's metadata says so with the prop
//! `id-mapping` = `a-prefix` in [`STYRDOK_NS`]; import strips the prefix only
//! when that prop is present, so foreign catalogs keep their ids as they are.
//! Our own fields travel as namespaced props: the ISO/IEC 27002:2022
//! attributes in [`ATTRIBUTES_NS`] (name = attribute type, value =
//! vocabulary name) and the Swedish label, theme, new-in-edition flag and
//! classification source in [`STYRDOK_NS`].

use serde_json::{Map, Value, json};
use uuid::Uuid;

use crate::ControlsError;
use crate::attributes::{Attributes, ClassificationSource};
use crate::catalog::{Catalog, Control, Framework, Group, Link, Metadata, Param, Part, Prop};

/// The OSCAL version built-in catalogues declare.
pub const OSCAL_VERSION: &str = "1.1.2";
/// The namespace of styrdok's own props.
pub const STYRDOK_NS: &str = "https://styrdok.example/ns/oscal";
/// The namespace of the ISO/IEC 27002:2022 attribute props.
pub const ATTRIBUTES_NS: &str = "https://styrdok.example/ns/iso27002-attributes";
/// The prefix given to ids that start with a digit.
pub const ID_PREFIX: &str = "a-";

fn namespace() -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, STYRDOK_NS.as_bytes())
}

/// The deterministic (v5) uuid of a catalogue.
pub fn catalog_uuid(catalog: &Catalog) -> Uuid {
    Uuid::new_v5(
        &namespace(),
        format!(
            "catalog/{}/{}",
            catalog.framework.id, catalog.metadata.version
        )
        .as_bytes(),
    )
}

fn export_id(id: &str) -> String {
    if id.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{ID_PREFIX}{id}")
    } else {
        id.to_owned()
    }
}

fn ours(name: &str, value: &str) -> Prop {
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

// ---------------------------------------------------------------- import

struct Ctx {
    strip_prefix: bool,
}

fn obj<'a>(v: &'a Value, ptr: &str) -> Result<&'a Map<String, Value>, ControlsError> {
    v.as_object()
        .ok_or_else(|| ControlsError::oscal(ptr, "expected an object"))
}

fn check_keys(m: &Map<String, Value>, ptr: &str, allowed: &[&str]) -> Result<(), ControlsError> {
    for k in m.keys() {
        if !allowed.contains(&k.as_str()) {
            return Err(ControlsError::oscal(
                &format!("{ptr}/{}", escape(k)),
                format!("unexpected member {k:?}"),
            ));
        }
    }
    Ok(())
}

fn escape(k: &str) -> String {
    k.replace('~', "~0").replace('/', "~1")
}

fn req_str(m: &Map<String, Value>, key: &str, ptr: &str) -> Result<String, ControlsError> {
    match m.get(key) {
        Some(Value::String(s)) => Ok(s.clone()),
        Some(_) => Err(ControlsError::oscal(
            &format!("{ptr}/{key}"),
            "expected a string",
        )),
        None => Err(ControlsError::oscal(
            ptr,
            format!("missing required member {key:?}"),
        )),
    }
}

fn opt_str(m: &Map<String, Value>, key: &str, ptr: &str) -> Result<Option<String>, ControlsError> {
    match m.get(key) {
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(ControlsError::oscal(
            &format!("{ptr}/{key}"),
            "expected a string",
        )),
        None => Ok(None),
    }
}

fn list<'a, T>(
    m: &'a Map<String, Value>,
    key: &str,
    ptr: &str,
    mut f: impl FnMut(&'a Value, &str) -> Result<T, ControlsError>,
) -> Result<Vec<T>, ControlsError> {
    match m.get(key) {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, v)| f(v, &format!("{ptr}/{key}/{i}")))
            .collect(),
        Some(_) => Err(ControlsError::oscal(
            &format!("{ptr}/{key}"),
            "expected an array",
        )),
    }
}

fn prop_from(v: &Value, ptr: &str) -> Result<Prop, ControlsError> {
    let m = obj(v, ptr)?;
    check_keys(
        m,
        ptr,
        &["name", "uuid", "ns", "value", "class", "group", "remarks"],
    )?;
    Ok(Prop {
        name: req_str(m, "name", ptr)?,
        value: req_str(m, "value", ptr)?,
        ns: opt_str(m, "ns", ptr)?,
        class: opt_str(m, "class", ptr)?,
        uuid: opt_str(m, "uuid", ptr)?,
        group: opt_str(m, "group", ptr)?,
        remarks: opt_str(m, "remarks", ptr)?,
    })
}

fn link_from(v: &Value, ptr: &str) -> Result<Link, ControlsError> {
    let m = obj(v, ptr)?;
    check_keys(
        m,
        ptr,
        &["href", "rel", "media-type", "resource-fragment", "text"],
    )?;
    Ok(Link {
        href: req_str(m, "href", ptr)?,
        rel: opt_str(m, "rel", ptr)?,
        media_type: opt_str(m, "media-type", ptr)?,
        resource_fragment: opt_str(m, "resource-fragment", ptr)?,
        text: opt_str(m, "text", ptr)?,
    })
}

fn part_from(v: &Value, ptr: &str) -> Result<Part, ControlsError> {
    let m = obj(v, ptr)?;
    check_keys(
        m,
        ptr,
        &[
            "id", "name", "ns", "class", "title", "props", "prose", "parts", "links",
        ],
    )?;
    Ok(Part {
        id: opt_str(m, "id", ptr)?,
        name: req_str(m, "name", ptr)?,
        ns: opt_str(m, "ns", ptr)?,
        class: opt_str(m, "class", ptr)?,
        title: opt_str(m, "title", ptr)?,
        props: list(m, "props", ptr, prop_from)?,
        prose: opt_str(m, "prose", ptr)?,
        parts: list(m, "parts", ptr, part_from)?,
        links: list(m, "links", ptr, link_from)?,
    })
}

fn param_from(v: &Value, ptr: &str) -> Result<Param, ControlsError> {
    let m = obj(v, ptr)?;
    req_str(m, "id", ptr)?;
    Ok(m.clone())
}

fn import_id(ctx: &Ctx, id: String) -> String {
    if ctx.strip_prefix
        && let Some(rest) = id.strip_prefix(ID_PREFIX)
        && rest.starts_with(|c: char| c.is_ascii_digit())
    {
        return rest.to_owned();
    }
    id
}

fn control_from(ctx: &Ctx, v: &Value, ptr: &str) -> Result<Control, ControlsError> {
    let m = obj(v, ptr)?;
    check_keys(
        m,
        ptr,
        &[
            "id", "class", "title", "params", "props", "links", "parts", "controls", "remarks",
        ],
    )?;
    let mut c = Control::new(
        &import_id(ctx, req_str(m, "id", ptr)?),
        &req_str(m, "title", ptr)?,
    );
    c.class = opt_str(m, "class", ptr)?;
    c.params = list(m, "params", ptr, param_from)?;
    let props = list(m, "props", ptr, prop_from)?;
    let mut attr_pairs: Vec<(String, String)> = Vec::new();
    let mut source = None;
    for (i, p) in props.into_iter().enumerate() {
        match p.ns.as_deref() {
            Some(STYRDOK_NS) => match p.name.as_str() {
                "label" => c.label_sv = Some(p.value),
                "theme" => c.theme = Some(p.value),
                "new-in-edition" => c.new_in_edition = p.value == "true",
                "classification-source" => {
                    source = Some(match p.value.as_str() {
                        "project" => ClassificationSource::Project,
                        "user" => ClassificationSource::User {
                            label: p.remarks.unwrap_or_default(),
                        },
                        _ => ClassificationSource::Imported,
                    })
                }
                _ => c.props.push(p),
            },
            Some(ATTRIBUTES_NS) => {
                if !crate::attributes::ATTRIBUTE_TYPES.contains(&p.name.as_str()) {
                    return Err(ControlsError::oscal(
                        &format!("{ptr}/props/{i}/name"),
                        format!("unknown attribute type {:?}", p.name),
                    ));
                }
                attr_pairs.push((p.name, p.value));
            }
            _ => c.props.push(p),
        }
    }
    if !attr_pairs.is_empty() || source.is_some() {
        c.attributes = Some(
            Attributes::from_pairs(
                attr_pairs.iter().map(|(a, b)| (a.as_str(), b.as_str())),
                source.unwrap_or(ClassificationSource::Imported),
            )
            .map_err(|e| ControlsError::oscal(&format!("{ptr}/props"), e.to_string()))?,
        );
    }
    c.links = list(m, "links", ptr, link_from)?;
    c.parts = list(m, "parts", ptr, part_from)?;
    c.controls = list(m, "controls", ptr, |v, p| control_from(ctx, v, p))?;
    c.remarks = opt_str(m, "remarks", ptr)?;
    Ok(c)
}

fn group_from(ctx: &Ctx, v: &Value, ptr: &str) -> Result<Group, ControlsError> {
    let m = obj(v, ptr)?;
    check_keys(
        m,
        ptr,
        &[
            "id", "class", "title", "params", "props", "links", "parts", "groups", "controls",
        ],
    )?;
    let mut g = Group::new("", &req_str(m, "title", ptr)?);
    g.id = opt_str(m, "id", ptr)?.map(|id| import_id(ctx, id));
    g.class = opt_str(m, "class", ptr)?;
    g.params = list(m, "params", ptr, param_from)?;
    for p in list(m, "props", ptr, prop_from)? {
        if p.ns.as_deref() == Some(STYRDOK_NS) && p.name == "label" {
            g.label_sv = Some(p.value);
        } else {
            g.props.push(p);
        }
    }
    g.links = list(m, "links", ptr, link_from)?;
    g.parts = list(m, "parts", ptr, part_from)?;
    g.groups = list(m, "groups", ptr, |v, p| group_from(ctx, v, p))?;
    g.controls = list(m, "controls", ptr, |v, p| control_from(ctx, v, p))?;
    Ok(g)
}

fn derived_framework_id(title: &str, version: &str) -> String {
    let mut name: String = styrdok_core::text::slugify(title)
        .chars()
        .take(40)
        .collect();
    while name.ends_with('-') {
        name.pop();
    }
    if name.is_empty() {
        name = "oscal".into();
    }
    let edition: String = version
        .to_ascii_lowercase()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if edition.is_empty() {
        name
    } else {
        format!("{name}:{edition}")
    }
}

/// Imports an OSCAL catalog document. Errors name the JSON pointer of the
/// offending value. A catalog exported by [`export_oscal`] imports back to
/// an equal [`Catalog`]; a foreign catalog gets a framework id derived from
/// its title and version (marked `derived`).
pub fn import_oscal(doc: &Value) -> Result<Catalog, ControlsError> {
    let root = obj(doc, "")?;
    let cat = root
        .get("catalog")
        .ok_or_else(|| ControlsError::oscal("", "missing required member \"catalog\""))?;
    let m = obj(cat, "/catalog")?;
    check_keys(
        m,
        "/catalog",
        &[
            "uuid",
            "metadata",
            "params",
            "controls",
            "groups",
            "back-matter",
        ],
    )?;
    if m.contains_key("params") {
        return Err(ControlsError::oscal(
            "/catalog/params",
            "catalog-level params are not supported",
        ));
    }
    let uuid = req_str(m, "uuid", "/catalog")?;
    let md_ptr = "/catalog/metadata";
    let md = obj(
        m.get("metadata").ok_or_else(|| {
            ControlsError::oscal("/catalog", "missing required member \"metadata\"")
        })?,
        md_ptr,
    )?;
    let mut metadata = Metadata {
        title: req_str(md, "title", md_ptr)?,
        version: req_str(md, "version", md_ptr)?,
        oscal_version: req_str(md, "oscal-version", md_ptr)?,
        last_modified: req_str(md, "last-modified", md_ptr)?,
        published: opt_str(md, "published", md_ptr)?,
        remarks: opt_str(md, "remarks", md_ptr)?,
        extra: Map::new(),
    };
    let mut ours_md: Vec<(String, String)> = Vec::new();
    for (k, v) in md {
        match k.as_str() {
            "title" | "version" | "oscal-version" | "last-modified" | "published" | "remarks" => {}
            "props" => {
                let props = list(md, "props", md_ptr, prop_from)?;
                let mut keep = Vec::new();
                for (p, raw) in props.into_iter().zip(v.as_array().into_iter().flatten()) {
                    if p.ns.as_deref() == Some(STYRDOK_NS) {
                        ours_md.push((p.name, p.value));
                    } else {
                        keep.push(raw.clone());
                    }
                }
                if !keep.is_empty() {
                    metadata.extra.insert(k.clone(), Value::Array(keep));
                }
            }
            _ => {
                metadata.extra.insert(k.clone(), v.clone());
            }
        }
    }
    let get = |n: &str| ours_md.iter().find(|(k, _)| k == n).map(|(_, v)| v.clone());
    let framework = match get("framework") {
        Some(id) => {
            styrdok_core::ControlRef::new(&id, "x")
                .map_err(|e| ControlsError::oscal(&format!("{md_ptr}/props"), e.to_string()))?;
            Framework {
                id,
                title: get("framework-title").unwrap_or_else(|| metadata.title.clone()),
                edition: get("edition"),
                publisher: get("publisher"),
                derived: false,
            }
        }
        None => Framework {
            id: derived_framework_id(&metadata.title, &metadata.version),
            title: metadata.title.clone(),
            edition: Some(metadata.version.clone()),
            publisher: None,
            derived: true,
        },
    };
    let ctx = Ctx {
        strip_prefix: get("id-mapping").as_deref() == Some("a-prefix"),
    };
    let controls = list(m, "controls", "/catalog", |v, p| control_from(&ctx, v, p))?;
    let groups = list(m, "groups", "/catalog", |v, p| group_from(&ctx, v, p))?;
    let back_matter = m.get("back-matter").cloned();
    // Built-ins derive their uuid: keep it implicit when it is the derived one.
    let mut catalog = Catalog {
        framework,
        uuid: Some(uuid.clone()),
        metadata,
        groups,
        controls,
        back_matter,
    };
    if !catalog.framework.derived && catalog_uuid(&catalog).to_string() == uuid {
        catalog.uuid = None;
    }
    Ok(catalog)
}

/// Parses OSCAL JSON text, reporting syntax errors with line:column.
pub fn import_oscal_str(text: &str) -> Result<Catalog, ControlsError> {
    let v: Value = serde_json::from_str(text).map_err(|e| ControlsError::Oscal {
        pointer: format!("line {}:{}", e.line(), e.column()),
        message: e.to_string(),
    })?;
    import_oscal(&v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_mapping() {
        assert_eq!(export_id("5.15"), "a-5.15");
        assert_eq!(export_id("clause-9.2"), "clause-9.2");
        assert_eq!(export_id("A.5.1.1"), "A.5.1.1");
        let ctx = Ctx { strip_prefix: true };
        assert_eq!(import_id(&ctx, "a-5.15".into()), "5.15");
        assert_eq!(import_id(&ctx, "a-bc".into()), "a-bc");
        let ctx = Ctx {
            strip_prefix: false,
        };
        assert_eq!(import_id(&ctx, "a-5.15".into()), "a-5.15");
    }

    #[test]
    fn errors_name_the_pointer() {
        let doc = json!({"catalog": {"uuid": "x", "metadata": {"title": "t", "version": "1", "oscal-version": "1.1.2", "last-modified": "2020-01-01T00:00:00Z"},
            "groups": [{"title": "g", "controls": [{"id": "c1"}]}]}});
        let err = import_oscal(&doc).unwrap_err();
        assert_eq!(
            err,
            ControlsError::Oscal {
                pointer: "/catalog/groups/0/controls/0".into(),
                message: "missing required member \"title\"".into()
            }
        );
    }
}
