//! The directory form of a register, and atomic writing of both forms.
//!
//! A register directory holds
//!
//! ```text
//! register.json                       format_version, title, profiles, sources,
//!                                     control_links, settings, and `layout`
//! organisations/<organisation>.json   one organisation per file
//! documents/<organisation>/<name>.json one document per file (the id's
//!                                     segments are the path)
//! ```
//!
//! `layout` lists the organisation and document ids in register order, so a
//! register converted to a directory and back is equal to the original.
//! Files the layout does not list are read too, after the listed ones, in
//! path order. Diagnostics name the file each element was read from, with
//! the pointer and line:column inside it.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use styrdok_model::Document;
use styrdok_org::Organisation;

use crate::load::{Loaded, PARTS, finish, read_element_file, read_main};
use crate::{Register, RegisterError};

/// The name of the manifest in a register directory.
pub const MANIFEST: &str = "register.json";

/// The order of organisations and documents in a directory register.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Layout {
    #[serde(default)]
    organisations: Vec<String>,
    #[serde(default)]
    documents: Vec<String>,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> RegisterError + '_ {
    move |source| RegisterError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Every `*.json` file below `dir`, in path order (missing dir: none).
fn json_files(dir: &Path) -> Result<Vec<PathBuf>, RegisterError> {
    let mut out = Vec::new();
    if !dir.is_dir() {
        return Ok(out);
    }
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).map_err(io(&d))? {
            let p = entry.map_err(io(&d))?.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "json") {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Reads every element file of `part` below `dir`, ordered by `order`.
fn read_part<T: serde::de::DeserializeOwned>(
    loaded: &mut Loaded,
    part: &'static str,
    dir: &Path,
    order: &[String],
    id_of: fn(&T) -> &str,
) -> Result<Vec<(T, usize)>, RegisterError> {
    let mut items = Vec::new();
    for f in json_files(dir)? {
        let text = std::fs::read_to_string(&f).map_err(io(&f))?;
        if let Some(item) = read_element_file::<T>(loaded, part, &text, &f.display().to_string()) {
            items.push(item);
        }
    }
    let rank = |id: &str| order.iter().position(|o| o == id).unwrap_or(usize::MAX);
    items.sort_by_key(|(t, _)| rank(id_of(t)));
    Ok(items)
}

/// Loads a register in directory form.
pub fn load_dir(dir: &Path) -> Result<Loaded, RegisterError> {
    let manifest = dir.join(MANIFEST);
    let text = std::fs::read_to_string(&manifest).map_err(io(&manifest))?;
    let mut loaded = Loaded::new(Some(&dir.display().to_string()));
    let mut allowed = PARTS.to_vec();
    allowed.push("layout");
    let Some(mut reg) = read_main(
        &mut loaded,
        &text,
        Some(&manifest.display().to_string()),
        &allowed,
    ) else {
        return Ok(loaded);
    };
    let layout: Layout = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v.get("layout").cloned())
        .and_then(|l| serde_json::from_value(l).ok())
        .unwrap_or_default();
    let orgs = read_part::<Organisation>(
        &mut loaded,
        "organisations",
        &dir.join("organisations"),
        &layout.organisations,
        |o| o.id.as_str(),
    )?;
    for (o, src) in orgs {
        reg.organisations.push(o);
        loaded.push_origin("organisations", src);
    }
    let docs = read_part::<Document>(
        &mut loaded,
        "documents",
        &dir.join("documents"),
        &layout.documents,
        |d| d.id.as_str(),
    )?;
    for (d, src) in docs {
        reg.documents.push(d);
        loaded.push_origin("documents", src);
    }
    Ok(finish(loaded, reg))
}

fn pretty<T: Serialize>(value: &T) -> Result<Vec<u8>, RegisterError> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    Ok(text.into_bytes())
}

/// Writes `bytes` to `path` atomically: a temporary file in the same
/// directory, synced, then renamed over the target.
pub fn write_file_atomic(path: &Path, bytes: &[u8]) -> Result<(), RegisterError> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(&dir).map_err(io(path))?;
    tmp.write_all(bytes).map_err(io(path))?;
    tmp.as_file().sync_all().map_err(io(path))?;
    tmp.persist(path).map_err(|e| RegisterError::Io {
        path: path.to_path_buf(),
        source: e.error,
    })?;
    Ok(())
}

/// Writes a register as one JSON file, atomically.
pub fn write_file(reg: &Register, path: &Path) -> Result<(), RegisterError> {
    write_file_atomic(path, &pretty(reg)?)
}

/// The relative path of an element file: its id's segments.
fn element_path(part: &str, id: &str) -> PathBuf {
    let mut p = PathBuf::from(part);
    for seg in id.split('/') {
        p.push(seg);
    }
    p.set_extension("json");
    p
}

/// Writes a register in directory form. The whole directory is written
/// under a temporary name beside `dir` and then renamed into place; an
/// existing `dir` is first renamed aside and removed only after the new one
/// is in place, so a crash never leaves a half-written register at `dir`.
pub fn write_dir(reg: &Register, dir: &Path) -> Result<(), RegisterError> {
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".styrdok-new-")
        .tempdir_in(&parent)
        .map_err(io(dir))?;
    let mut manifest = serde_json::to_value(reg)?;
    if let Some(m) = manifest.as_object_mut() {
        m.remove("organisations");
        m.remove("documents");
        m.insert(
            "layout".into(),
            serde_json::to_value(Layout {
                organisations: reg.organisations.iter().map(|o| o.id.to_string()).collect(),
                documents: reg.documents.iter().map(|d| d.id.to_string()).collect(),
            })?,
        );
    }
    let write = |rel: &Path, bytes: Vec<u8>| -> Result<(), RegisterError> {
        let p = tmp.path().join(rel);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).map_err(io(d))?;
        }
        std::fs::write(&p, bytes).map_err(io(&p))
    };
    write(Path::new(MANIFEST), pretty(&manifest)?)?;
    for o in &reg.organisations {
        write(&element_path("organisations", o.id.as_str()), pretty(o)?)?;
    }
    for d in &reg.documents {
        write(&element_path("documents", d.id.as_str()), pretty(d)?)?;
    }
    let new = tmp.keep();
    let backup = if dir.exists() {
        let aside = tempfile::Builder::new()
            .prefix(".styrdok-old-")
            .tempdir_in(&parent)
            .map_err(io(dir))?
            .keep();
        std::fs::remove_dir(&aside).map_err(io(&aside))?;
        std::fs::rename(dir, &aside).map_err(io(dir))?;
        Some(aside)
    } else {
        None
    };
    std::fs::rename(&new, dir).map_err(io(dir))?;
    if let Some(b) = backup {
        std::fs::remove_dir_all(&b).map_err(io(&b))?;
    }
    Ok(())
}
