//! OSCAL import.

use std::collections::HashMap;

use serde_json::{Map, Value};
use styrdok_core::text::shorten;
use styrdok_core::{Diagnostic, DiagnosticCode};

use super::{ATTRIBUTES_NS, ID_PREFIX, STYRDOK_NS, catalog_uuid};
use crate::ControlsError;
use crate::attributes::{Attributes, ClassificationSource};
use crate::catalog::{Catalog, Control, Framework, Group, Link, Metadata, Param, Part, Prop};

pub(super) struct Ctx {
    pub(super) strip_prefix: bool,
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
                format!("unexpected member \"{}\"", shorten(k, ECHO)),
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

pub(super) fn import_id(ctx: &Ctx, id: String) -> String {
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
                        format!("unknown attribute type \"{}\"", shorten(&p.name, ECHO)),
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
/// offending value. A catalog exported by [`export_oscal`](crate::export_oscal) imports back to
/// an equal [`Catalog`]; a foreign catalog gets a framework id derived from
/// its title and version (marked `derived`).
///
/// # Errors
///
/// `ControlsError::Oscal`, naming the JSON pointer, when the document does
/// not have the shape of an OSCAL catalog (a missing required member, a
/// member of the wrong type, an unexpected member, catalog-level params);
/// `ControlsError::OscalInvalid` when it has the shape but breaks what OSCAL
/// requires (duplicate or malformed ids, malformed uuids).
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
    let problems = check_oscal(doc);
    if !problems.is_empty() {
        return Err(ControlsError::OscalInvalid(problems));
    }
    Ok(catalog)
}

/// Longest input value echoed in a message, in characters.
const ECHO: usize = 60;

/// Checks what OSCAL requires beyond the shape [`import_oscal`] reads:
/// control, group and part ids unique in the catalog and param ids unique
/// (OSCAL's catalog indexes), every id an OSCAL token
/// (`^[_\p{L}][_\p{L}\p{N}.\-]*$`, so no empty ids, slashes or spaces), and
/// every `uuid` a version 4 or 5 UUID in its hyphenated form. Each problem is
/// a diagnostic located by JSON pointer (SD602–SD604); callers holding the
/// text add line and column.
pub fn check_oscal(doc: &Value) -> Vec<Diagnostic> {
    let mut ck = RuleCheck::default();
    if let Some(cat) = doc.get("catalog") {
        ck.uuid(cat.get("uuid"), "/catalog/uuid");
        if let Some(props) = cat.pointer("/metadata/props") {
            ck.props(props, "/catalog/metadata/props");
        }
        ck.items(cat, "/catalog");
        if let Some(Value::Array(res)) = cat.pointer("/back-matter/resources") {
            for (i, r) in res.iter().enumerate() {
                ck.uuid(
                    r.get("uuid"),
                    &format!("/catalog/back-matter/resources/{i}/uuid"),
                );
            }
        }
    }
    ck.out
}

#[derive(Default)]
struct RuleCheck {
    /// Control, group and part ids seen, with the pointer of the first.
    ids: HashMap<String, String>,
    /// Param ids seen.
    params: HashMap<String, String>,
    out: Vec<Diagnostic>,
}

/// Whether `s` is an OSCAL token: a letter or `_`, then letters, digits,
/// `_`, `.` or `-`.
pub(crate) fn is_token(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-'))
}

/// Whether `s` is a version 4 or 5 UUID in OSCAL's hyphenated form.
pub(crate) fn is_oscal_uuid(s: &str) -> bool {
    s.len() == 36
        && uuid::Uuid::try_parse(s).is_ok_and(|u| {
            matches!(u.get_version_num(), 4 | 5) && u.get_variant() == uuid::Variant::RFC4122
        })
}

impl RuleCheck {
    fn uuid(&mut self, v: Option<&Value>, ptr: &str) {
        let Some(Value::String(s)) = v else { return };
        if !is_oscal_uuid(s) {
            self.out.push(
                Diagnostic::error(
                    DiagnosticCode::OscalBadUuid,
                    format!(
                        "uuid \"{}\" is not a version 4 or 5 UUID (like 74c8ba1e-5cd4-4ad1-bbfd-d888e2f6c724)",
                        shorten(s, ECHO)
                    ),
                )
                .at(ptr),
            );
        }
    }

    fn props(&mut self, props: &Value, ptr: &str) {
        let Value::Array(items) = props else { return };
        for (i, p) in items.iter().enumerate() {
            self.uuid(p.get("uuid"), &format!("{ptr}/{i}/uuid"));
        }
    }

    fn id(&mut self, what: &str, v: Option<&Value>, ptr: &str, param: bool) {
        let Some(Value::String(id)) = v else { return };
        let ptr = format!("{ptr}/id");
        if !is_token(id) {
            self.out.push(
                Diagnostic::error(
                    DiagnosticCode::OscalBadId,
                    format!(
                        "{what} id \"{}\" is not an OSCAL token: it must start with a letter or _ and hold only letters, digits, _, . and -",
                        shorten(id, ECHO)
                    ),
                )
                .at(&ptr)
                .about(shorten(id, ECHO)),
            );
        }
        let seen = if param {
            &mut self.params
        } else {
            &mut self.ids
        };
        match seen.get(id) {
            Some(first) => self.out.push(
                Diagnostic::error(
                    DiagnosticCode::OscalDuplicateId,
                    format!(
                        "{what} id \"{}\" is used twice; the first is at {first}",
                        shorten(id, ECHO)
                    ),
                )
                .at(ptr)
                .about(shorten(id, ECHO)),
            ),
            None => {
                seen.insert(id.clone(), ptr);
            }
        }
    }

    /// A catalog, group, control or part: its params, props, parts, and
    /// nested groups and controls.
    fn items(&mut self, v: &Value, ptr: &str) {
        let each = |key: &str| -> Vec<(String, &Value)> {
            match v.get(key) {
                Some(Value::Array(items)) => items
                    .iter()
                    .enumerate()
                    .map(|(i, x)| (format!("{ptr}/{key}/{i}"), x))
                    .collect(),
                _ => Vec::new(),
            }
        };
        for (p, param) in each("params") {
            self.id("param", param.get("id"), &p, true);
        }
        if let Some(props) = v.get("props") {
            self.props(props, &format!("{ptr}/props"));
        }
        for (key, what) in [
            ("groups", "group"),
            ("controls", "control"),
            ("parts", "part"),
        ] {
            for (p, item) in each(key) {
                self.id(what, item.get("id"), &p, false);
                self.items(item, &p);
            }
        }
    }
}

/// Parses OSCAL JSON text; a syntax error is an SD101 diagnostic with its
/// line and column (1-based).
///
/// # Errors
///
/// `ControlsError::OscalInvalid` with one SD101 diagnostic when `text` is
/// not valid JSON; otherwise whatever [`import_oscal`] returns.
pub fn import_oscal_str(text: &str) -> Result<Catalog, ControlsError> {
    let v: Value = serde_json::from_str(text).map_err(|e| {
        let mut d = Diagnostic::error(
            DiagnosticCode::JsonSyntax,
            format!("not valid JSON: {}", syntax_message(&e)),
        )
        .at("");
        if let Some(loc) = &mut d.location {
            loc.line = u32::try_from(e.line()).ok();
            loc.column = u32::try_from(e.column().max(1)).ok();
        }
        ControlsError::OscalInvalid(vec![d])
    })?;
    import_oscal(&v)
}

/// serde_json's message without its own " at line L column C" tail (the
/// location is given separately).
fn syntax_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    match full.rfind(" at line ") {
        Some(i) => full.get(..i).unwrap_or(&full).to_owned(),
        None => full,
    }
}
