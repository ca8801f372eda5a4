//! `styrdok schema [NAME] [--out DIR]`: the JSON Schemas (draft 2020-12) of
//! every format styrdok reads or writes, and the versioned envelope of every
//! JSON output.
//!
//! Each schema has a stable `$id` under [`BASE_URI`], which carries the
//! format version: `https://example.invalid/styrdok/schemas/v1/register.schema.json`.
//! Every JSON a command prints starts with `"schema"` (that `$id`) and
//! `"format_version"`; a command whose data is a list prints it under a key
//! (`{"schema": …, "format_version": "1", "controls": [...]}`). See
//! `docs/integrators.md`.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde_json::{Map, Value, json};

use crate::common::{CliError, Ctx, EXIT_OK};

/// The base URI of every schema; `v1` is the format version.
pub const BASE_URI: &str = "https://example.invalid/styrdok/schemas/v1/";

/// The format version of the JSON the commands print (the register's is
/// [`styrdok_register::FORMAT_VERSION`]; both are `"1"`).
pub const OUTPUT_FORMAT_VERSION: &str = "1";

/// Arguments of `styrdok schema`.
#[derive(Debug, Default, Args)]
pub(crate) struct SchemaArgs {
    /// Which schema (default: register); `all` with --out writes every one.
    /// Names: see `styrdok schema --list`.
    pub(crate) name: Option<String>,
    /// Write `<name>.schema.json` files into this directory instead of
    /// printing; refuses to overwrite a file that is not a styrdok schema.
    #[arg(long)]
    pub(crate) out: Option<PathBuf>,
    /// List the schema names with what each describes.
    #[arg(long)]
    pub(crate) list: bool,
}

/// What a schema describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemaKind {
    /// A file format styrdok reads.
    Format,
    /// The JSON a command prints.
    Output,
}

/// One published schema.
#[derive(Debug, Clone, Copy)]
pub struct SchemaEntry {
    /// The name (`register`, `controls-list`); the file is
    /// `<name>.schema.json`.
    pub name: &'static str,
    /// A file format or a command's output.
    pub kind: SchemaKind,
    /// What it describes.
    pub about: &'static str,
    /// For an output whose data is a list: the key it is printed under.
    pub list_key: Option<&'static str>,
    make: fn() -> Schema,
}

impl SchemaEntry {
    /// The `$id` of the schema.
    pub fn id(&self) -> String {
        format!("{BASE_URI}{}.schema.json", self.name)
    }
    /// The file name, `<name>.schema.json`.
    pub fn file_name(&self) -> String {
        format!("{}.schema.json", self.name)
    }
    /// The schema, with `$id`, `title` and, for outputs, the envelope.
    pub fn schema(&self) -> Schema {
        let mut s = (self.make)();
        if self.kind == SchemaKind::Output {
            s = envelope(s, &self.id(), self.list_key);
        }
        finish(s, &self.id(), self.name, self.about)
    }
}

/// A file format's schema: what deserialization accepts.
fn root<T: JsonSchema>() -> Schema {
    SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>()
}

/// An output's schema: what serialization writes (fields it skips when
/// empty are optional).
fn output<T: JsonSchema>() -> Schema {
    SchemaSettings::draft2020_12()
        .for_serialize()
        .into_generator()
        .into_root_schema_for::<T>()
}

macro_rules! entries {
    ($($name:literal, $kind:ident, $key:expr, $ty:ty, $about:literal;)*) => {
        /// Every published schema, formats first.
        pub fn schemas() -> Vec<SchemaEntry> {
            vec![$(SchemaEntry {
                name: $name,
                kind: SchemaKind::$kind,
                about: $about,
                list_key: $key,
                make: match SchemaKind::$kind {
                    SchemaKind::Format => root::<$ty>,
                    SchemaKind::Output => output::<$ty>,
                },
            }),*]
        }
    };
}

use crate::cmd::{check, controls, graph};
use styrdok_register::query;

entries! {
    "register", Format, None, styrdok_register::Register,
        "A register in one file (register.json): taxonomies, sources, organisations, documents, control links, settings.";
    "manifest", Format, None, Manifest,
        "The register.json of a register in directory form: the register's other parts, and the order of its organisation and document files (`layout`).";
    "organisation", Format, None, styrdok_org::Organisation,
        "One organisation file of a register in directory form (organisations/<id>.json).";
    "document", Format, None, styrdok_model::Document,
        "One document file of a register in directory form (documents/<organisation>/<name>.json).";
    "taxonomy", Format, None, styrdok_model::Taxonomy,
        "A taxonomy (dokumenthierarki): document kinds, who adopts them, validity rules.";
    "catalogue", Format, None, styrdok_controls::Catalog,
        "A control catalogue (kontrollkatalog) as styrdok holds it (built-in or imported from OSCAL).";
    "mapping", Format, None, styrdok_controls::Crosswalk,
        "A set of mappings between controls of two frameworks (crosswalk).";

    "check", Output, None, check::CheckReport,
        "The output of `styrdok check --format json`.";
    "status", Output, None, graph::StatusReport<'static>,
        "The output of `styrdok status --format json`.";
    "lineage", Output, None, styrdok_graph::Lineage,
        "The output of `styrdok lineage --format json`.";
    "graph", Output, None, styrdok_graph::JsonGraph,
        "The output of `styrdok graph --format json`.";
    "duties", Output, None, query::DutiesReport,
        "The output of `styrdok duties --format json`.";
    "raci", Output, None, query::RaciMatrix,
        "The output of `styrdok raci --format json`.";
    "review", Output, None, query::ReviewReport,
        "The output of `styrdok review --format json`.";
    "diff", Output, None, query::RegisterDiff,
        "The output of `styrdok diff --format json`.";
    "controls-list", Output, Some("controls"), Vec<controls::ListLine<'static>>,
        "The output of `styrdok controls list --format json`.";
    "controls-show", Output, None, controls::ShowOut<'static>,
        "The output of `styrdok controls show --format json`.";
    "controls-map", Output, Some("mappings"), Vec<styrdok_controls::Mapping>,
        "The output of `styrdok controls map --format json`.";
    "controls-suggest", Output, Some("suggestions"), Vec<styrdok_controls::Suggestion>,
        "The output of `styrdok controls suggest --format json`.";
    "controls-coverage", Output, None, controls::CoverageView<'static>,
        "The output of `styrdok controls coverage --format json`: what was asked, each organisation's covered, suggested-only, may-be-covered and not-addressed controls, names, and the coverage report (flattened).";
    "requires", Output, None, query::requires::RequiresReport,
        "The output of `styrdok requires --format json`: what the documents say must exist, and the register's match for each.";
    "controls-import", Output, None, controls::ImportSummary,
        "The output of `styrdok controls import --format json` (the summary of an imported OSCAL catalogue).";
    "import", Output, None, styrdok_pipeline::ImportedDocument,
        "The output of `styrdok import FILE --format json`: the document as a register holds it (imported provenance, organisation, stubs, suggested control links) with the draft alongside (each field's lines, text, rule and confidence).";
    "import-summary", Output, None, styrdok_pipeline::ImportReport,
        "The output of `styrdok import PATH… --into REGISTER --format json`: documents added, updated and unchanged, what was left unknown or unresolved, and each input's outcome.";
}

/// The entry named `name`.
pub fn entry(name: &str) -> Option<SchemaEntry> {
    schemas().into_iter().find(|e| e.name == name)
}

/// The register.json of a directory register. Only its schema is used: the
/// register's schema plus `layout` (the loader reads organisations and
/// documents listed in the manifest too, before the files).
struct Manifest;

impl JsonSchema for Manifest {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Manifest".into()
    }
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> Schema {
        let mut s = styrdok_register::Register::json_schema(generator);
        if let Some(props) = s.get_mut("properties").and_then(Value::as_object_mut) {
            for part in ["organisations", "documents"] {
                if let Some(Value::Object(p)) = props.get_mut(part) {
                    p.insert(
                        "description".into(),
                        format!("Usually absent: in directory form the {part} are one file each under {part}/; any listed here are read first.").into(),
                    );
                }
            }
            props.insert(
                "layout".into(),
                json!({
                    "description": "The order of organisations and documents (ids). Element files it does not list are read too, after the listed ones, in path order.",
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "organisations": {"type": "array", "items": {"type": "string"}, "uniqueItems": true, "default": []},
                        "documents": {"type": "array", "items": {"type": "string"}, "uniqueItems": true, "default": []}
                    }
                }),
            );
        }
        s.insert(
            "description".into(),
            "The manifest (register.json) of a register in directory form: the parts of a register other than its organisations and documents, which are one file each under organisations/ and documents/, and their order (`layout`).".into(),
        );
        s
    }
}

/// Wraps an output schema in the envelope every JSON output has: `schema`
/// and `format_version` first, the data's fields (or its list under
/// `list_key`) after.
fn envelope(mut data: Schema, id: &str, list_key: Option<&str>) -> Schema {
    let head = json!({
        "schema": {"description": "The `$id` of this output's schema.", "const": id},
        "format_version": {"description": "The output's format version.", "const": OUTPUT_FORMAT_VERSION}
    });
    let Some(obj) = data.as_object_mut() else {
        return data;
    };
    let defs = obj.remove("$defs");
    let mut out = Map::new();
    for k in ["$schema", "title", "description"] {
        if let Some(v) = obj.get(k) {
            out.insert(k.into(), v.clone());
        }
    }
    let mut props = head.as_object().cloned().unwrap_or_default();
    let mut required = vec![json!("schema"), json!("format_version")];
    match list_key {
        Some(key) => {
            obj.remove("$schema");
            obj.remove("title");
            props.insert(key.into(), Value::Object(obj.clone()));
            required.push(json!(key));
            out.insert("type".into(), "object".into());
        }
        None => {
            if let Some(Value::Object(p)) = obj.get("properties") {
                props.extend(p.clone());
            }
            if let Some(Value::Array(r)) = obj.get("required") {
                required.extend(r.iter().cloned());
            }
            for (k, v) in obj.iter() {
                if !["$schema", "title", "description", "properties", "required"]
                    .contains(&k.as_str())
                {
                    out.insert(k.clone(), v.clone());
                }
            }
        }
    }
    out.insert("properties".into(), Value::Object(props));
    out.insert("required".into(), Value::Array(required));
    if let Some(d) = defs {
        out.insert("$defs".into(), d);
    }
    Schema::from(out)
}

/// Adds `$id`, a title and the description; keys in a stable order.
fn finish(s: Schema, id: &str, name: &str, about: &str) -> Schema {
    let mut obj = s.to_value().as_object().cloned().unwrap_or_default();
    let mut out = Map::new();
    out.insert(
        "$schema".into(),
        obj.remove("$schema")
            .unwrap_or_else(|| "https://json-schema.org/draft/2020-12/schema".into()),
    );
    out.insert("$id".into(), id.into());
    let type_doc = obj.remove("description");
    obj.remove("title");
    out.insert("title".into(), format!("styrdok {name}").into());
    let description = match type_doc.as_ref().and_then(Value::as_str) {
        Some(d) if d != about => format!("{about}\n\n{d}"),
        _ => about.to_owned(),
    };
    out.insert("description".into(), description.into());
    out.extend(obj);
    Schema::from(out)
}

/// Pretty JSON of a schema with a final newline: the committed bytes.
pub fn to_text(s: &Schema) -> String {
    let mut t = serde_json::to_string_pretty(s).unwrap_or_default();
    t.push('\n');
    t
}

/// Writes `value` as one command's JSON output: `schema` and
/// `format_version` first. `name` is the output's schema name (see
/// [`schemas`]); a list is printed under its key.
pub(crate) fn write_output(
    out: &mut dyn Write,
    name: &str,
    value: &impl serde::Serialize,
) -> Result<(), CliError> {
    let text = output_text(name, value)?;
    out.write_all(text.as_bytes())?;
    Ok(())
}

/// The text [`write_output`] writes.
pub(crate) fn output_text(name: &str, value: &impl serde::Serialize) -> Result<String, CliError> {
    let e = entry(name)
        .filter(|e| e.kind == SchemaKind::Output)
        .ok_or_else(|| {
            CliError::Invalid(format!(
                "no output schema named {name}",
                name = crate::common::quoted(name)
            ))
        })?;
    let data = serde_json::to_value(value)
        .map_err(|err| CliError::Invalid(format!("cannot serialize output: {err}")))?;
    let mut m = Map::new();
    m.insert("schema".into(), e.id().into());
    m.insert("format_version".into(), OUTPUT_FORMAT_VERSION.into());
    match (e.list_key, data) {
        (Some(key), data) => {
            m.insert(key.into(), data);
        }
        (None, Value::Object(fields)) => m.extend(fields),
        (None, other) => {
            m.insert("data".into(), other);
        }
    }
    let mut text = serde_json::to_string_pretty(&Value::Object(m))
        .map_err(|err| CliError::Invalid(format!("cannot serialize output: {err}")))?;
    text.push('\n');
    Ok(text)
}

/// `styrdok schema`.
pub(crate) fn run(args: SchemaArgs, ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    let all = schemas();
    if args.list {
        for e in &all {
            writeln!(
                ctx.out,
                "{:<18} {:<6} {}",
                e.name,
                match e.kind {
                    SchemaKind::Format => "format",
                    SchemaKind::Output => "output",
                },
                e.about
            )?;
        }
        return Ok(EXIT_OK);
    }
    let name = args.name.as_deref().unwrap_or("register");
    let chosen: Vec<SchemaEntry> = if name == "all" {
        all
    } else {
        vec![entry(name).ok_or_else(|| {
            CliError::Usage(format!(
                "no schema named {name}; names: all, {}",
                all.iter().map(|e| e.name).collect::<Vec<_>>().join(", "),
                name = crate::common::quoted(name)
            ))
        })?]
    };
    match &args.out {
        None if chosen.len() > 1 => Err(CliError::Usage(
            "`styrdok schema all` needs --out DIR (one file per schema)".into(),
        )),
        None => {
            for e in &chosen {
                ctx.out.write_all(to_text(&e.schema()).as_bytes())?;
            }
            Ok(EXIT_OK)
        }
        Some(dir) => {
            for e in &chosen {
                write_schema_file(dir, e)?;
                writeln!(ctx.err, "wrote {}", dir.join(e.file_name()).display())?;
            }
            Ok(EXIT_OK)
        }
    }
}

/// Writes one schema file atomically through the register crate's write
/// helper; an existing file is replaced only if it is this schema (its
/// `$id` is the one written), so a file styrdok did not write is refused
/// and left as it was.
fn write_schema_file(dir: &Path, e: &SchemaEntry) -> Result<(), CliError> {
    std::fs::create_dir_all(dir).map_err(|source| CliError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let id = e.id();
    let owned = |old: &[u8]| {
        serde_json::from_slice::<Value>(old)
            .ok()
            .is_some_and(|v| v.get("$id").and_then(Value::as_str) == Some(id.as_str()))
    };
    crate::common::write_owned(
        &dir.join(e.file_name()),
        to_text(&e.schema()).as_bytes(),
        &owned,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::run_cli;

    #[test]
    fn every_schema_has_an_id_under_the_base_and_is_draft_2020_12() {
        let all = schemas();
        assert!(all.len() >= 22);
        let mut ids = std::collections::BTreeSet::new();
        for e in &all {
            let s = e.schema();
            let id = s.get("$id").and_then(Value::as_str).unwrap();
            assert!(id.starts_with(BASE_URI), "{id}");
            assert!(ids.insert(id.to_owned()), "duplicate {id}");
            assert_eq!(
                s.get("$schema").and_then(Value::as_str),
                Some("https://json-schema.org/draft/2020-12/schema")
            );
        }
    }

    #[test]
    fn out_writes_files_and_refuses_foreign_ones() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().to_str().unwrap();
        let (code, _, err) = run_cli(&["schema", "all", "--out", d]);
        assert_eq!(code, 0, "{err}");
        assert!(dir.path().join("manifest.schema.json").is_file());
        // Its own files it may write again.
        let (code, _, err) = run_cli(&["schema", "all", "--out", d]);
        assert_eq!(code, 0, "{err}");
        // A file it did not write stays as it was.
        let foreign = dir.path().join("register.schema.json");
        std::fs::write(&foreign, "my notes\n").unwrap();
        let (code, _, err) = run_cli(&["schema", "register", "--out", d]);
        assert_ne!(code, 0);
        assert!(err.contains("nothing was written"), "{err}");
        assert_eq!(std::fs::read_to_string(&foreign).unwrap(), "my notes\n");
    }

    #[test]
    fn unknown_name_is_a_usage_error_listing_names() {
        let (code, _, err) = run_cli(&["schema", "registr"]);
        assert_eq!(code, 2);
        assert!(err.contains("manifest"), "{err}");
    }

    #[test]
    fn list_outputs_have_their_key() {
        let t = output_text("controls-map", &Vec::<u8>::new()).unwrap();
        let v: Value = serde_json::from_str(&t).unwrap();
        assert_eq!(v["format_version"], "1");
        assert!(v["mappings"].is_array());
        assert!(output_text("register", &()).is_err());
    }
}
