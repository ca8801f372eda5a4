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
//!
//! Nothing is skipped silently: an id the layout lists whose file is
//! missing, a layout that is not lists of ids, an id listed twice (SD106,
//! SD201), a `.JSON` name, a FIFO or device, a symlinked directory (never
//! followed) and a `documents` that is a file (SD105) are errors, and the
//! element counts as left out ([`Loaded::omitted`]). Only regular files
//! are opened.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde_json::Value;
use styrdok_core::text::shorten;
use styrdok_core::{Diagnostic, Location};
use styrdok_model::Document;
use styrdok_org::Organisation;

use crate::codes;
use crate::load::{self, Loaded, PARTS, finish, limit_diagnostic, read_element_file, read_main};
use crate::position::escape_token;
use crate::write::Existing;
use crate::{Register, RegisterError};

/// The name of the manifest in a register directory.
pub const MANIFEST: &str = "register.json";

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> RegisterError + '_ {
    move |source| RegisterError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// A diagnostic about a whole file (no line).
fn file_diagnostic(code: styrdok_core::DiagnosticCode, file: &Path, message: String) -> Diagnostic {
    let mut d = Diagnostic::error(code, message);
    d.location = Some(Location {
        file: Some(file.display().to_string()),
        pointer: String::new(),
        line: None,
        column: None,
    });
    d
}

/// Every regular `*.json` file below `dir/part`, in path order, as paths
/// relative to `dir`. Directory symlinks are not followed; files that look
/// like part of the register but are not read (a `.JSON` name, a FIFO or
/// device, a symlinked directory, a `part` that is a file) are reported
/// (SD105).
fn element_files(
    loaded: &mut Loaded,
    dir: &Path,
    part: &str,
) -> Result<Vec<PathBuf>, RegisterError> {
    let mut out = Vec::new();
    let root = dir.join(part);
    match std::fs::symlink_metadata(&root) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(out),
        Err(e) => return Err(io(&root)(e)),
        Ok(m) if m.is_dir() => {}
        Ok(_) => {
            loaded.diagnostics.push(file_diagnostic(
                codes::FILE_SKIPPED,
                &root,
                format!("\"{part}\" must be a directory (symbolic links are not followed); nothing in it was read"),
            ));
            loaded.omitted += 1;
            return Ok(out);
        }
    }
    let mut stack = vec![PathBuf::from(part)];
    while let Some(rel) = stack.pop() {
        let abs = dir.join(&rel);
        for entry in std::fs::read_dir(&abs).map_err(io(&abs))? {
            let entry = entry.map_err(io(&abs))?;
            let ft = entry.file_type().map_err(io(&abs))?;
            let child = rel.join(entry.file_name());
            let ext = child
                .extension()
                .map(|e| e.to_string_lossy().into_owned())
                .unwrap_or_default();
            let json = ext == "json";
            let json_like = ext.eq_ignore_ascii_case("json");
            if ft.is_dir() {
                stack.push(child);
                continue;
            }
            let target = if ft.is_symlink() {
                std::fs::metadata(dir.join(&child)).ok()
            } else {
                None
            };
            let regular = ft.is_file() || target.as_ref().is_some_and(std::fs::Metadata::is_file);
            let why = if target.as_ref().is_some_and(std::fs::Metadata::is_dir) {
                Some("is a symbolic link to a directory, which is not followed".to_owned())
            } else if json_like && !regular {
                Some(
                    "is not a regular file (a FIFO, a device, a socket or a broken link)"
                        .to_owned(),
                )
            } else if json_like && !json {
                Some(format!(
                    "ends in \".{}\"; element files end in \".json\" (rename it)",
                    shorten(&ext, 10)
                ))
            } else {
                None
            };
            if let Some(why) = why {
                loaded.diagnostics.push(file_diagnostic(
                    codes::FILE_SKIPPED,
                    &dir.join(&child),
                    format!("not read: it {why}"),
                ));
                loaded.omitted += 1;
            } else if json && regular {
                out.push(child);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The layout of a manifest: the id lists, validated (SD110, SD111, SD201
/// and SD106 diagnostics with pointers into the manifest).
struct Layout {
    organisations: Vec<String>,
    documents: Vec<String>,
}

fn read_layout(manifest: &Value, diags: &mut Vec<Diagnostic>) -> Layout {
    let mut layout = Layout {
        organisations: Vec::new(),
        documents: Vec::new(),
    };
    let Some(v) = manifest.get("layout") else {
        return layout;
    };
    let Value::Object(m) = v else {
        diags.push(
            Diagnostic::error(
                codes::LAYOUT,
                "\"layout\" must be an object with the lists \"organisations\" and \"documents\"",
            )
            .at("/layout"),
        );
        return layout;
    };
    for (key, list) in m {
        let into = match key.as_str() {
            "organisations" => &mut layout.organisations,
            "documents" => &mut layout.documents,
            _ => {
                diags.push(
                    Diagnostic::error(
                        codes::UNKNOWN_FIELD,
                        format!(
                            "\"{}\" is not part of a layout; expected organisations, documents",
                            shorten(key, 60)
                        ),
                    )
                    .at(format!("/layout/{}", escape_token(key))),
                );
                continue;
            }
        };
        let Value::Array(items) = list else {
            diags.push(
                Diagnostic::error(codes::LAYOUT, format!("layout.{key} must be a list of ids"))
                    .at(format!("/layout/{key}")),
            );
            continue;
        };
        let mut seen = HashSet::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            match item {
                Value::String(id) if seen.insert(id.as_str()) => into.push(id.clone()),
                Value::String(id) => diags.push(
                    Diagnostic::error(
                        codes::DUPLICATE_ID,
                        format!("layout.{key} lists {} twice", shorten(id, 60)),
                    )
                    .at(format!("/layout/{key}/{i}")),
                ),
                _ => diags.push(
                    Diagnostic::error(
                        codes::LAYOUT,
                        format!("layout.{key} must list ids (strings)"),
                    )
                    .at(format!("/layout/{key}/{i}")),
                ),
            }
        }
    }
    layout
}

/// Reads every element file of `part`, ordered by the layout (files it
/// does not list after, in path order); an id the layout lists whose file
/// is missing is reported (SD106).
fn read_part<T: serde::de::DeserializeOwned>(
    loaded: &mut Loaded,
    part: &'static str,
    dir: &Path,
    order: &[String],
    id_of: fn(&T) -> &str,
    layout_diags: &mut Vec<Diagnostic>,
) -> Result<Vec<(T, usize)>, RegisterError> {
    let files = element_files(loaded, dir, part)?;
    let present: HashSet<&Path> = files.iter().map(PathBuf::as_path).collect();
    for (i, id) in order.iter().enumerate() {
        if !present.contains(element_path(part, id).as_path()) {
            layout_diags.push(
                Diagnostic::error(
                    codes::LAYOUT,
                    format!(
                        "layout lists {} but its file {} is missing",
                        shorten(id, 60),
                        element_path(part, id).display()
                    ),
                )
                .at(format!("/layout/{part}/{i}")),
            );
            loaded.omitted += 1;
        }
    }
    let mut items = Vec::with_capacity(files.len());
    for rel in &files {
        let f = dir.join(rel);
        let name = f.display().to_string();
        match load::read_text(&f)? {
            Ok((text, note)) => {
                if let Some(d) = limit_diagnostic(&text, Some(&name)) {
                    loaded.diagnostics.push(d);
                    continue;
                }
                loaded.diagnostics.extend(note);
                if let Some(item) = read_element_file::<T>(loaded, part, &text, &name) {
                    items.push(item);
                }
            }
            Err(d) => {
                loaded.diagnostics.push(d);
                loaded.omitted += 1;
            }
        }
    }
    let rank: HashMap<&str, usize> = order
        .iter()
        .enumerate()
        .map(|(i, id)| (id.as_str(), i))
        .collect();
    items.sort_by_key(|(t, _)| rank.get(id_of(t)).copied().unwrap_or(usize::MAX));
    Ok(items)
}

/// Loads a register in directory form.
///
/// # Errors
///
/// `RegisterError::Io` when the manifest or a directory of elements cannot
/// be read; `RegisterError::Limit` when a file to read is not a regular
/// file or is larger than the loader's limit. Everything wrong inside the
/// files is a diagnostic of the returned [`Loaded`], not an error.
pub fn load_dir(dir: &Path) -> Result<Loaded, RegisterError> {
    let manifest = dir.join(MANIFEST);
    let mut loaded = Loaded::new(Some(&dir.display().to_string()));
    let (text, note) = match load::read_text(&manifest)? {
        Ok(t) => t,
        Err(d) => {
            loaded.diagnostics.push(d);
            return Ok(loaded);
        }
    };
    let mname = manifest.display().to_string();
    if let Some(d) = limit_diagnostic(&text, Some(&mname)) {
        loaded.diagnostics.push(d);
        return Ok(loaded);
    }
    loaded.diagnostics.extend(note);
    let mut allowed = PARTS.to_vec();
    allowed.push("layout");
    let Some(mut reg) = read_main(&mut loaded, &text, Some(&mname), &allowed) else {
        return Ok(loaded);
    };
    let mut layout_diags = Vec::new();
    let layout = serde_json::from_str::<Value>(&text)
        .map(|v| read_layout(&v, &mut layout_diags))
        .unwrap_or(Layout {
            organisations: Vec::new(),
            documents: Vec::new(),
        });
    let orgs = read_part::<Organisation>(
        &mut loaded,
        "organisations",
        dir,
        &layout.organisations,
        |o| o.id.as_str(),
        &mut layout_diags,
    )?;
    for (o, src) in orgs {
        reg.organisations.push(o);
        loaded.push_origin("organisations", src);
    }
    let docs = read_part::<Document>(
        &mut loaded,
        "documents",
        dir,
        &layout.documents,
        |d| d.id.as_str(),
        &mut layout_diags,
    )?;
    for (d, src) in docs {
        reg.documents.push(d);
        loaded.push_origin("documents", src);
    }
    loaded.push_all(layout_diags);
    Ok(finish(loaded, reg))
}

/// The `layout` of a register, as it is written in the manifest.
pub(crate) fn layout_value(reg: &Register) -> serde_json::Value {
    serde_json::json!({
        "organisations": reg.organisations.iter().map(|o| o.id.to_string()).collect::<Vec<_>>(),
        "documents": reg.documents.iter().map(|d| d.id.to_string()).collect::<Vec<_>>(),
    })
}

/// The relative path of an element file: its id's segments.
pub(crate) fn element_path(part: &str, id: &str) -> PathBuf {
    let mut p = PathBuf::from(part);
    for seg in id.split('/') {
        p.push(seg);
    }
    p.set_extension("json");
    p
}

/// Writes a register as one JSON file, atomically, replacing an existing
/// register file (anything else at `path` is refused): see
/// [`crate::write::write_register_file`].
///
/// # Errors
///
/// As [`crate::write::write_register_file`]: `RegisterError::Refused` when
/// `path` is something other than a register file, `RegisterError::Io`
/// when it cannot be written, `RegisterError::Serialize` when the register
/// cannot be serialised.
pub fn write_file(reg: &Register, path: &Path) -> Result<(), RegisterError> {
    crate::write::write_register_file(reg, path, Existing::ReplaceRegister)
}

/// Writes a register in directory form, replacing an existing register
/// directory in place and keeping the files it does not own (anything that
/// is not a register is refused): see [`crate::write::write_register_dir`].
///
/// # Errors
///
/// As [`crate::write::write_register_dir`]: `RegisterError::Refused` when
/// `dir` is a file or a non-empty directory that is not a register, or two
/// elements would share a file (a duplicate id); `RegisterError::Io` when a
/// file cannot be written; `RegisterError::Serialize` when an element
/// cannot be serialised.
pub fn write_dir(reg: &Register, dir: &Path) -> Result<(), RegisterError> {
    crate::write::write_register_dir(reg, dir, Existing::ReplaceRegister)
}
