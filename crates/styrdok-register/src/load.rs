//! Loading a register with located diagnostics.
//!
//! Two steps: parse each file keeping positions (the [`PositionIndex`] is
//! built lazily, only when a diagnostic needs a line and column), then
//! deserialize each organisation, document, profile, source and control link
//! on its own, so one bad document never hides the problems of the others.
//! Every diagnostic gets file, JSON pointer, line and column — also for a
//! register in directory form, where each element has its own file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::{Arc, OnceLock};

use serde::de::DeserializeOwned;
use serde_json::Value;
use styrdok_core::text::shorten;
use styrdok_core::{Diagnostic, Location};

use crate::codes;
use crate::position::{LineIndex, PositionIndex, escape_token};
use crate::read::{Decoded, MAX_DOCUMENTS, decode, read_regular, scan_limits};
use crate::{FORMAT_VERSION, Register, RegisterError};

/// One file a register was read from.
#[derive(Debug, Clone)]
struct SourceFile {
    file: Option<String>,
    text: Arc<str>,
    index: OnceLock<Option<PositionIndex>>,
}

/// Where an element of the register was read from: a source file and the
/// pointer of the element within it.
#[derive(Debug, Clone)]
struct Origin {
    source: usize,
    pointer: String,
}

/// The result of loading: the register (with every element that could be
/// read), every diagnostic found while reading and checking it, and what is
/// needed to locate further diagnostics in the files.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The register; `None` only when the text is not JSON at all or not an
    /// object.
    pub register: Option<Register>,
    /// Diagnostics, located.
    pub diagnostics: Vec<Diagnostic>,
    /// The register's file (or directory) name.
    pub file: Option<String>,
    /// Ids of elements that could not be read (so references to them are
    /// not reported again as dangling).
    pub unreadable_ids: BTreeSet<String>,
    /// How many elements (organisations, documents, profiles, sources,
    /// control links, element files, settings) could not be read and were
    /// left out of the register. A register with omissions must not be
    /// written: it would silently shrink.
    pub omitted: usize,
    sources: Vec<SourceFile>,
    /// For each list part, the origin of each element that was read
    /// (elements that could not be read are left out of the register).
    origins: BTreeMap<&'static str, Vec<Origin>>,
}

impl Loaded {
    pub(crate) fn new(file: Option<&str>) -> Self {
        Loaded {
            register: None,
            diagnostics: Vec::new(),
            file: file.map(str::to_owned),
            unreadable_ids: BTreeSet::new(),
            omitted: 0,
            sources: Vec::new(),
            origins: BTreeMap::new(),
        }
    }

    /// Records that the next element of `part` was read from a whole file.
    pub(crate) fn push_origin(&mut self, part: &'static str, source: usize) {
        self.origins.entry(part).or_default().push(Origin {
            source,
            pointer: String::new(),
        });
    }

    fn add_source(&mut self, file: Option<&str>, text: &str) -> usize {
        self.sources.push(SourceFile {
            file: file.map(str::to_owned),
            text: Arc::from(text),
            index: OnceLock::new(),
        });
        self.sources.len() - 1
    }

    /// Whether every element of the input was read (nothing left out).
    /// A register is complete when this holds and it is `Some`.
    pub fn is_complete(&self) -> bool {
        self.omitted == 0 && self.register.is_some()
    }

    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// Fills in file, line and column of a diagnostic whose pointer is into
    /// the register's main file.
    pub fn locate(&self, d: Diagnostic) -> Diagnostic {
        self.locate_in(d, 0)
    }

    fn locate_in(&self, mut d: Diagnostic, source: usize) -> Diagnostic {
        let src = self.sources.get(source);
        let loc = d.location.get_or_insert_with(Location::default);
        if loc.file.is_none() {
            loc.file = src
                .and_then(|s| s.file.clone())
                .or_else(|| self.file.clone());
        }
        if loc.line.is_none()
            && let Some(src) = src
            && let Some(index) = src.index.get_or_init(|| PositionIndex::build(&src.text))
        {
            let prefer_key = d.code == codes::UNKNOWN_FIELD || d.code == codes::DUPLICATE_KEY;
            if let Some((line, col)) = index.locate(&src.text, &loc.pointer, prefer_key) {
                loc.line = Some(line);
                loc.column = Some(col);
            }
        }
        d
    }

    /// Adds diagnostics computed on the register (`/documents/3/kind`, whose
    /// list indices skip unreadable elements): maps each to the file and
    /// pointer the element was read from, then locates it.
    pub fn push_checked(&mut self, diags: impl IntoIterator<Item = Diagnostic>) {
        for mut d in diags {
            let mut source = 0;
            if let Some(loc) = &mut d.location
                && let Some((src, pointer)) = self.origin_of(&loc.pointer)
            {
                source = src;
                loc.pointer = pointer;
            }
            let d = self.locate_in(d, source);
            self.diagnostics.push(d);
        }
    }

    /// Maps a pointer into the register (`/documents/3/kind`) to the pointer
    /// into the file the element was read from.
    pub fn file_pointer(&self, pointer: &str) -> String {
        self.origin_of(pointer)
            .map(|(_, p)| p)
            .unwrap_or_else(|| pointer.to_owned())
    }

    fn origin_of(&self, pointer: &str) -> Option<(usize, String)> {
        let mut parts = pointer.splitn(4, '/');
        let (_, part, index) = (parts.next(), parts.next(), parts.next());
        let rest = parts.next();
        let o = self
            .origins
            .get(part?)?
            .get(index?.parse::<usize>().ok()?)?;
        Some(match rest {
            Some(r) => (o.source, format!("{}/{r}", o.pointer)),
            None => (o.source, o.pointer.clone()),
        })
    }

    /// Adds diagnostics whose pointers are into the main file, locating each.
    pub fn push_all(&mut self, diags: impl IntoIterator<Item = Diagnostic>) {
        self.push_in(diags, 0);
    }

    fn push_in(&mut self, diags: impl IntoIterator<Item = Diagnostic>, source: usize) {
        for d in diags {
            let d = self.locate_in(d, source);
            self.diagnostics.push(d);
        }
    }
}

/// Reads and loads a register file. I/O problems are an error; everything
/// wrong inside the file is a diagnostic.
///
/// A directory is read in the directory form (see [`crate::dir`]).
///
/// # Errors
///
/// `RegisterError::Io` when the file (or a file of a register directory)
/// cannot be read; `RegisterError::Limit` when it is not a regular file, is
/// larger than the loader's limit, or its content is beyond a limit of the
/// loader (nested too deep, a string too long).
pub fn load_path(path: &Path) -> Result<Loaded, RegisterError> {
    if path.is_dir() {
        return crate::dir::load_dir(path).and_then(|l| limit_error(l, path));
    }
    let name = path.display().to_string();
    let loaded = match read_text(path)? {
        Ok((text, note)) => {
            let mut loaded = load_str(&text, Some(&name));
            if let Some(d) = note {
                loaded.diagnostics.insert(0, d);
            }
            loaded
        }
        Err(d) => {
            let mut loaded = Loaded::new(Some(&name));
            loaded.diagnostics.push(d);
            loaded
        }
    };
    limit_error(loaded, path)
}

/// A limit diagnostic becomes an error of the whole load (exit 2).
fn limit_error(loaded: Loaded, path: &Path) -> Result<Loaded, RegisterError> {
    match loaded.diagnostics.iter().find(|d| d.code == codes::LIMIT) {
        Some(d) => Err(RegisterError::Limit {
            path: path.to_path_buf(),
            message: match &d.location {
                Some(l) if l.file.as_deref() != Some(&*path.display().to_string()) => {
                    format!("{}: {}", l, d.message)
                }
                Some(Location {
                    line: Some(line),
                    column: Some(col),
                    ..
                }) => format!("at {line}:{col}: {}", d.message),
                _ => d.message.clone(),
            },
        }),
        None => Ok(loaded),
    }
}

/// Reads a register file's text: a regular file within the size limit,
/// decoded (see [`crate::read`]). `Ok(Err(d))` when it is not text (SD107);
/// the note says which encoding was read when it was not plain UTF-8.
pub(crate) fn read_text(
    path: &Path,
) -> Result<Result<(String, Option<Diagnostic>), Diagnostic>, RegisterError> {
    let bytes = read_regular(path)?;
    let file = path.display().to_string();
    let at = |d: Diagnostic, line: Option<u32>| {
        let mut d = d;
        d.location = Some(Location {
            file: Some(file.clone()),
            pointer: String::new(),
            line,
            column: line.map(|_| 1),
        });
        d
    };
    Ok(match decode(bytes) {
        Decoded::Text(text, None) => Ok((text, None)),
        Decoded::Text(text, Some(enc)) => {
            let d = Diagnostic::info(
                codes::ENCODING_READ,
                format!("read as {enc}; styrdok writes registers as UTF-8 without one"),
            );
            Ok((text, Some(at(d, None))))
        }
        Decoded::NotUtf8(offset) => Err(at(
            Diagnostic::error(
                codes::NOT_UTF8,
                format!(
                    "the file is not UTF-8 text: invalid byte at byte offset {offset} \
                     (save it as UTF-8)"
                ),
            ),
            None,
        )),
    })
}

/// The seed register bundled with the library, as JSON text.
pub const BUNDLED_JSON: &str = include_str!("../data/seeds.register.json");

/// The file name diagnostics of the bundled register use.
pub const BUNDLED_NAME: &str = "<bundled>/seeds.register.json";

/// Loads the bundled seed register.
pub fn bundled() -> Loaded {
    load_str(BUNDLED_JSON, Some(BUNDLED_NAME))
}

pub(crate) const PARTS: [&str; 8] = [
    "format_version",
    "title",
    "profiles",
    "sources",
    "organisations",
    "documents",
    "control_links",
    "settings",
];

/// Loads a register from text, gathering every problem; `file` names it in
/// locations. Runs the reference checks ([`crate::check_references`]) and
/// taxonomy checks too; [`crate::check`] adds the cross-checks.
pub fn load_str(text: &str, file: Option<&str>) -> Loaded {
    let mut loaded = Loaded::new(file);
    if let Some(d) = limit_diagnostic(text, file) {
        loaded.diagnostics.push(d);
        return loaded;
    }
    let Some(reg) = read_main(&mut loaded, text, file, PARTS.as_slice()) else {
        return loaded;
    };
    finish(loaded, reg)
}

/// Reads one register object (a single-file register, or the manifest of a
/// directory) as source 0; `allowed` lists its top-level keys.
pub(crate) fn read_main(
    loaded: &mut Loaded,
    text: &str,
    file: Option<&str>,
    allowed: &[&str],
) -> Option<Register> {
    let src = loaded.add_source(file, text);
    let root: Value = parse(loaded, text, src)?;
    let Value::Object(top) = &root else {
        let d = Diagnostic::error(
            codes::NOT_A_REGISTER,
            format!(
                "a register file must be a JSON object with format_version, organisations \
                 and documents; this file is {}",
                json_kind(&root)
            ),
        )
        .at("");
        loaded.push_in([d], src);
        return None;
    };
    if !top.contains_key("format_version") && top.contains_key("id") && top.contains_key("kind") {
        let what = if top.contains_key("bodies")
            || top.contains_key("name") && !top.contains_key("title")
        {
            "an organisation"
        } else {
            "a document"
        };
        let d = Diagnostic::error(
            codes::NOT_A_REGISTER,
            format!(
                "this file is {what} (it has an id and a kind), not a register; a register \
                 lists it under \"{}\" beside \"format_version\": \"{FORMAT_VERSION}\"",
                if what == "a document" {
                    "documents"
                } else {
                    "organisations"
                }
            ),
        )
        .at("");
        loaded.push_in([d], src);
        return None;
    }
    let mut diags = Vec::new();
    for key in top.keys() {
        if !allowed.contains(&key.as_str()) {
            diags.push(
                Diagnostic::error(
                    codes::UNKNOWN_FIELD,
                    format!(
                        "\"{}\" is not part of a register; expected one of: {}",
                        shorten(key, 60),
                        allowed.join(", ")
                    ),
                )
                .at(format!("/{}", escape_token(key))),
            );
        }
    }
    match top.get("format_version") {
        Some(Value::String(v)) if v == FORMAT_VERSION => {}
        Some(v) => diags.push(
            Diagnostic::error(
                codes::FORMAT_VERSION,
                format!(
                    "format_version is {}; this version of styrdok reads \"{FORMAT_VERSION}\"",
                    shorten(&v.to_string(), 40)
                ),
            )
            .at("/format_version"),
        ),
        None => diags.push(
            Diagnostic::error(
                codes::FORMAT_VERSION,
                format!("format_version is missing; add \"format_version\": \"{FORMAT_VERSION}\""),
            )
            .at(""),
        ),
    }
    if let Some(Value::Array(docs)) = top.get("documents")
        && docs.len() > MAX_DOCUMENTS
    {
        let d = Diagnostic::error(
            codes::LIMIT,
            format!(
                "the register has {} documents; styrdok reads at most {MAX_DOCUMENTS}",
                docs.len()
            ),
        )
        .at("/documents");
        loaded.push_in([d], src);
        return None;
    }
    let mut reg = Register::new();
    let mut omitted = 0;
    reg.title = part_one(top, "title", &mut diags, &mut omitted).flatten();
    reg.settings = part_one(top, "settings", &mut diags, &mut omitted).unwrap_or_default();
    let mut read = Reader {
        top,
        diags: &mut diags,
        unreadable: &mut loaded.unreadable_ids,
        origins: &mut loaded.origins,
        source: src,
        omitted: &mut omitted,
    };
    reg.profiles = read.list("profiles");
    reg.sources = read.list("sources");
    reg.organisations = read.list("organisations");
    reg.documents = read.list("documents");
    reg.control_links = read.list("control_links");
    loaded.omitted += omitted;
    diags.extend(crate::settings_diagnostics(&reg.settings));
    crate::apply_severity(&reg.settings, &mut diags);
    loaded.push_in(diags, src);
    Some(reg)
}

/// A diagnostic (SD109) for the first limit `text` is beyond, located.
pub(crate) fn limit_diagnostic(text: &str, file: Option<&str>) -> Option<Diagnostic> {
    let (message, offset) = scan_limits(text)?;
    let (line, column) = LineIndex::new(text).line_col(text, offset);
    let mut d = Diagnostic::error(codes::LIMIT, message);
    d.location = Some(Location {
        file: file.map(str::to_owned),
        pointer: String::new(),
        line: Some(line),
        column: Some(column),
    });
    Some(d)
}

/// Parses a source's text, reporting a syntax error and duplicate keys.
fn parse(loaded: &mut Loaded, text: &str, src: usize) -> Option<Value> {
    let root: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let what = if text.trim().is_empty() {
                "the file is empty; a register is a JSON object".to_owned()
            } else {
                format!(
                    "the file is not valid JSON: {}",
                    strip_position(&e.to_string())
                )
            };
            let mut d = Diagnostic::error(codes::JSON_SYNTAX, what);
            // serde_json counts columns in bytes; report characters.
            let lines = LineIndex::new(text);
            let (line, column) = lines.line_col(text, lines.offset_of(e.line(), e.column()));
            d.location = Some(Location {
                file: loaded.sources.get(src).and_then(|s| s.file.clone()),
                pointer: String::new(),
                line: Some(line),
                column: Some(column),
            });
            loaded.diagnostics.push(d);
            return None;
        }
    };
    let dups: Vec<Diagnostic> = crate::position::duplicate_keys(text)
        .into_iter()
        .map(|p| {
            let key = p.rsplit('/').next().unwrap_or(&p).to_owned();
            Diagnostic::error(
                codes::DUPLICATE_KEY,
                format!(
                    "the key \"{key}\" appears twice in the same object; only one would be kept"
                ),
            )
            .at(p)
        })
        .collect();
    loaded.push_in(dups, src);
    Some(root)
}

/// Reads one element of `part` from its own file (directory form): the whole
/// file is the element. Returns it with its source; the caller records the
/// origin with [`Loaded::push_origin`] in the order it adds the element.
pub(crate) fn read_element_file<T: DeserializeOwned>(
    loaded: &mut Loaded,
    part: &'static str,
    text: &str,
    file: &str,
) -> Option<(T, usize)> {
    let src = loaded.add_source(Some(file), text);
    let Some(root) = parse(loaded, text, src) else {
        loaded.omitted += 1;
        return None;
    };
    match serde_path_to_error::deserialize::<_, T>(&root) {
        Ok(t) => Some((t, src)),
        Err(e) => {
            loaded.omitted += 1;
            let id = root.get("id").and_then(Value::as_str);
            if let Some(id) = id {
                loaded.unreadable_ids.insert(id.to_owned());
            }
            let what = id.map_or_else(|| part.trim_end_matches('s').to_owned(), |i| shorten(i, 60));
            let d = shape_diagnostic(&root, "", &format!("/{part}/0"), &what, &e);
            loaded.push_in([d], src);
            None
        }
    }
}

/// Runs the reference and taxonomy checks and completes the result.
pub(crate) fn finish(mut loaded: Loaded, reg: Register) -> Loaded {
    let checked = crate::checks::load_checks(&reg, &loaded.unreadable_ids);
    loaded.push_checked(checked);
    loaded.register = Some(reg);
    loaded
}

/// What kind of JSON value this is, in words.
fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list (a JSON array)",
        Value::Object(_) => "an object",
    }
}

fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_owned(),
        None => msg.to_owned(),
    }
}

fn part_one<T: DeserializeOwned>(
    top: &serde_json::Map<String, Value>,
    key: &str,
    diags: &mut Vec<Diagnostic>,
    omitted: &mut usize,
) -> Option<T> {
    let v = top.get(key)?;
    match serde_path_to_error::deserialize::<_, T>(v) {
        Ok(t) => Some(t),
        Err(e) => {
            *omitted += 1;
            diags.push(shape_diagnostic(
                v,
                &format!("/{key}"),
                &format!("/{key}"),
                key,
                &e,
            ));
            None
        }
    }
}

struct Reader<'a> {
    top: &'a serde_json::Map<String, Value>,
    diags: &'a mut Vec<Diagnostic>,
    unreadable: &'a mut BTreeSet<String>,
    origins: &'a mut BTreeMap<&'static str, Vec<Origin>>,
    source: usize,
    omitted: &'a mut usize,
}

impl Reader<'_> {
    fn list<T: DeserializeOwned>(&mut self, key: &'static str) -> Vec<T> {
        let (items, kept) = part_list(self.top, key, self.diags, self.unreadable);
        if let Some(Value::Array(all)) = self.top.get(key) {
            *self.omitted += all.len().saturating_sub(kept.len());
        } else if self.top.contains_key(key) {
            *self.omitted += 1;
        }
        let source = self.source;
        self.origins
            .entry(key)
            .or_default()
            .extend(kept.into_iter().map(|i| Origin {
                source,
                pointer: format!("/{key}/{i}"),
            }));
        items
    }
}

fn part_list<T: DeserializeOwned>(
    top: &serde_json::Map<String, Value>,
    key: &str,
    diags: &mut Vec<Diagnostic>,
    unreadable: &mut BTreeSet<String>,
) -> (Vec<T>, Vec<usize>) {
    let Some(v) = top.get(key) else {
        return (Vec::new(), Vec::new());
    };
    let Value::Array(items) = v else {
        diags.push(
            Diagnostic::error(
                codes::WRONG_TYPE,
                format!("\"{key}\" must be a list (a JSON array)"),
            )
            .at(format!("/{key}")),
        );
        return (Vec::new(), Vec::new());
    };
    let mut out = Vec::with_capacity(items.len());
    let mut kept = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match serde_path_to_error::deserialize::<_, T>(item) {
            Ok(t) => {
                out.push(t);
                kept.push(i);
            }
            Err(e) => {
                let id = item.get("id").and_then(Value::as_str);
                if let Some(id) = id {
                    unreadable.insert(id.to_owned());
                }
                let what = match id {
                    Some(id) => format!("{key}/{i} ({})", shorten(id, 60)),
                    None => format!("{key}/{i}"),
                };
                let base = format!("/{key}/{i}");
                diags.push(shape_diagnostic(item, &base, &base, &what, &e));
            }
        }
    }
    (out, kept)
}

fn shape_diagnostic(
    value: &Value,
    base: &str,
    schema_base: &str,
    what: &str,
    e: &serde_path_to_error::Error<serde_json::Error>,
) -> Diagnostic {
    let mut path = String::new();
    for seg in e.path().iter() {
        match seg {
            serde_path_to_error::Segment::Seq { index } => path.push_str(&format!("/{index}")),
            serde_path_to_error::Segment::Map { key } => {
                path.push('/');
                path.push_str(&escape_token(key));
            }
            _ => {}
        }
    }
    // The parser's own message, without serde_json's position (the
    // location says where).
    let inner = strip_position(&e.inner().to_string());
    let (code, rel, message) = crate::shape::classify(value, schema_base, &path, &inner);
    let message = if rel.is_empty() {
        format!("{what}: {message}")
    } else {
        format!("{what}: at {}: {message}", rel.trim_start_matches('/'))
    };
    Diagnostic::error(code, message).at(format!("{base}{rel}"))
}
