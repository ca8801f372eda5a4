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
use styrdok_core::{Diagnostic, Location};

use crate::codes;
use crate::position::{PositionIndex, escape_token};
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
            if let Some((line, col)) = index.locate(&loc.pointer, prefer_key) {
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
pub fn load_path(path: &Path) -> Result<Loaded, RegisterError> {
    if path.is_dir() {
        return crate::dir::load_dir(path);
    }
    let text = std::fs::read_to_string(path).map_err(|source| RegisterError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(load_str(&text, Some(&path.display().to_string())))
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
            "a register file must be a JSON object with format_version, organisations and documents",
        )
        .at("");
        loaded.push_in([d], src);
        return None;
    };
    let mut diags = Vec::new();
    for key in top.keys() {
        if !allowed.contains(&key.as_str()) {
            diags.push(
                Diagnostic::error(
                    codes::UNKNOWN_FIELD,
                    format!(
                        "\"{key}\" is not part of a register; expected one of: {}",
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
                    "format_version is {v}; this version of styrdok reads \"{FORMAT_VERSION}\""
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
    let mut reg = Register::new();
    reg.title = part_one(top, "title", &mut diags).flatten();
    reg.settings = part_one(top, "settings", &mut diags).unwrap_or_default();
    let mut read = Reader {
        top,
        diags: &mut diags,
        unreadable: &mut loaded.unreadable_ids,
        origins: &mut loaded.origins,
        source: src,
    };
    reg.profiles = read.list("profiles");
    reg.sources = read.list("sources");
    reg.organisations = read.list("organisations");
    reg.documents = read.list("documents");
    reg.control_links = read.list("control_links");
    diags.extend(crate::settings_diagnostics(&reg.settings));
    crate::apply_severity(&reg.settings, &mut diags);
    loaded.push_in(diags, src);
    Some(reg)
}

/// Parses a source's text, reporting a syntax error and duplicate keys.
fn parse(loaded: &mut Loaded, text: &str, src: usize) -> Option<Value> {
    let root: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            let mut d = Diagnostic::error(
                codes::JSON_SYNTAX,
                format!(
                    "the file is not valid JSON: {}",
                    strip_position(&e.to_string())
                ),
            );
            d.location = Some(Location {
                file: loaded.sources[src].file.clone(),
                pointer: String::new(),
                line: Some(e.line() as u32),
                column: Some(e.column() as u32),
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
    let root = parse(loaded, text, src)?;
    match serde_path_to_error::deserialize::<_, T>(&root) {
        Ok(t) => Some((t, src)),
        Err(e) => {
            let id = root.get("id").and_then(Value::as_str);
            if let Some(id) = id {
                loaded.unreadable_ids.insert(id.to_owned());
            }
            let what = id.map_or_else(|| part.trim_end_matches('s').to_owned(), str::to_owned);
            let d = shape_diagnostic("", &what, &e);
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
) -> Option<T> {
    let v = top.get(key)?;
    match serde_path_to_error::deserialize::<_, T>(v) {
        Ok(t) => Some(t),
        Err(e) => {
            diags.push(shape_diagnostic(&format!("/{key}"), key, &e));
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
}

impl Reader<'_> {
    fn list<T: DeserializeOwned>(&mut self, key: &'static str) -> Vec<T> {
        let (items, kept) = part_list(self.top, key, self.diags, self.unreadable);
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
                    Some(id) => format!("{key}/{i} ({id})"),
                    None => format!("{key}/{i}"),
                };
                diags.push(shape_diagnostic(&format!("/{key}/{i}"), &what, &e));
            }
        }
    }
    (out, kept)
}

fn shape_diagnostic(
    base: &str,
    what: &str,
    e: &serde_path_to_error::Error<serde_json::Error>,
) -> Diagnostic {
    let mut pointer = base.to_owned();
    for seg in e.path().iter() {
        match seg {
            serde_path_to_error::Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
            serde_path_to_error::Segment::Map { key } => {
                pointer.push('/');
                pointer.push_str(&escape_token(key));
            }
            _ => {}
        }
    }
    let inner = e.inner().to_string();
    let inner = strip_position(&inner);
    let code = if inner.starts_with("unknown field") {
        codes::UNKNOWN_FIELD
    } else if inner.starts_with("unknown variant")
        || inner.starts_with("unknown document kind")
        || inner.starts_with("unknown body kind")
        || inner.starts_with("unknown organisation kind")
    {
        codes::BAD_VALUE
    } else if inner.starts_with("invalid date") || inner.contains("not_before") {
        codes::BAD_DATE
    } else if inner.starts_with("invalid diarienummer") {
        codes::BAD_DNR
    } else if inner.contains(" id \"") || inner.starts_with("invalid") && inner.contains(" id ") {
        codes::BAD_ID
    } else if inner.starts_with("missing field") {
        codes::MISSING_FIELD
    } else if inner.starts_with("invalid type") || inner.starts_with("invalid length") {
        codes::WRONG_TYPE
    } else {
        codes::SHAPE
    };
    let field = pointer.strip_prefix(base).filter(|s| !s.is_empty());
    let message = match field {
        Some(f) => format!("{what}: at {}: {inner}", f.trim_start_matches('/')),
        None => format!("{what}: {inner}"),
    };
    // An unknown field is reported at the unknown key itself.
    if code == codes::UNKNOWN_FIELD
        && let Some(name) = inner
            .strip_prefix("unknown field `")
            .and_then(|s| s.split('`').next())
    {
        let key_ptr = format!("/{}", escape_token(name));
        if !pointer.ends_with(&key_ptr) {
            pointer.push_str(&key_ptr);
        }
    }
    Diagnostic::error(code, message).at(pointer)
}
