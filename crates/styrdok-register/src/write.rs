//! Writing without destroying: the one atomic-write helper every command
//! uses, and the two forms of a register.
//!
//! Rules (see `docs/reliability.md`):
//!
//! - A target that exists is replaced only when it is what the command
//!   writes ([`Replace`]); anything else is refused with
//!   [`RegisterError::Refused`] and left as it was.
//! - A file is written to a temporary file beside its target
//!   (`.styrdok-new-*`), synced, and renamed over it, so the target is
//!   either the old or the new file. A new file gets `0666` minus the
//!   umask (usually `0644`); a replaced file keeps its permissions. A
//!   symlinked target is followed: the link stays, its target is replaced.
//! - A new register directory is written whole under a temporary name
//!   beside it and renamed into place. An existing register directory is
//!   updated in place, without touching anything the register does not own
//!   (`.git`, notes, a README: anything but `register.json` and the
//!   `*.json` files under `organisations/` and `documents/`): first every
//!   new file is staged beside its target; only when all are staged are
//!   they renamed over their targets, the manifest last, and the element
//!   files the new register no longer has removed. A failure while staging
//!   removes the staged files and leaves the old register byte-identical.

use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::dir::{MANIFEST, element_path, layout_value};
use crate::{Register, RegisterError};

/// Prefix of temporary files and directories (removed on failure).
pub const TEMP_PREFIX: &str = ".styrdok-new-";

/// When an existing target may be replaced.
#[derive(Clone, Copy)]
#[non_exhaustive]
pub enum Replace<'a> {
    /// Never: an existing target is refused.
    Never,
    /// When the existing regular file's bytes satisfy the test (it is what
    /// the command writes: a register, a report it produced …).
    IfOwned(&'a dyn Fn(&[u8]) -> bool),
}

impl std::fmt::Debug for Replace<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Replace::Never => f.write_str("Never"),
            Replace::IfOwned(_) => f.write_str("IfOwned(..)"),
        }
    }
}

/// How to write.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct WriteOptions<'a> {
    /// When an existing target may be replaced.
    pub replace: Replace<'a>,
    /// Fault injection for tests: the write fails after this many bytes
    /// (over all files of one operation).
    #[doc(hidden)]
    pub fail_after: Option<u64>,
}

impl<'a> WriteOptions<'a> {
    /// Options that replace nothing.
    pub fn new() -> Self {
        WriteOptions {
            replace: Replace::Never,
            fail_after: None,
        }
    }

    /// Options that replace an existing file the test accepts.
    pub fn replace_if(owned: &'a dyn Fn(&[u8]) -> bool) -> Self {
        WriteOptions {
            replace: Replace::IfOwned(owned),
            fail_after: None,
        }
    }

    /// The same options, failing after `bytes` bytes (tests).
    #[doc(hidden)]
    pub fn failing_after(mut self, bytes: u64) -> Self {
        self.fail_after = Some(bytes);
        self
    }
}

impl Default for WriteOptions<'_> {
    fn default() -> Self {
        Self::new()
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> RegisterError + '_ {
    move |source| RegisterError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn refused(path: &Path, reason: impl Into<String>) -> RegisterError {
    RegisterError::Refused {
        path: path.to_path_buf(),
        reason: reason.into(),
    }
}

/// A writer that fails once its byte budget is spent (fault injection).
struct Budgeted<'b, W> {
    inner: W,
    left: &'b Cell<Option<u64>>,
}

impl<W: Write> Write for Budgeted<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = match self.left.get() {
            None => buf.len(),
            Some(0) => return Err(std::io::Error::other("injected write failure")),
            Some(left) => buf.len().min(usize::try_from(left).unwrap_or(usize::MAX)),
        };
        let head = buf.get(..n).unwrap_or(buf);
        let written = self.inner.write(head)?;
        if let Some(left) = self.left.get() {
            self.left.set(Some(left.saturating_sub(written as u64)));
        }
        Ok(written)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// The directory a path is in (`.` for a bare name).
fn parent_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The path a write goes to: an existing path (or symlink) resolved to
/// what it points at; a new path's directory resolved, its name kept.
///
/// # Errors
///
/// `RegisterError::Refused` when `path` is a symbolic link to nothing or
/// names no file (ends in `.` or `..`); `RegisterError::Io` when the path,
/// or a new path's directory, cannot be resolved.
pub fn resolve_target(path: &Path) -> Result<PathBuf, RegisterError> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) => {
            if meta.file_type().is_symlink() && std::fs::metadata(path).is_err() {
                return Err(refused(
                    path,
                    "is a symbolic link to something that does not exist",
                ));
            }
            std::fs::canonicalize(path).map_err(io(path))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let name = path
                .file_name()
                .filter(|n| *n != "." && *n != "..")
                .ok_or_else(|| refused(path, "names no file"))?;
            let parent = parent_of(path);
            let parent = std::fs::canonicalize(&parent).map_err(io(&parent))?;
            Ok(parent.join(name))
        }
        Err(e) => Err(io(path)(e)),
    }
}

/// A temporary file beside `target`, readable like a new file (0666 minus
/// the umask) or with `mode` when replacing.
fn temp_beside(
    dir: &Path,
    target: &Path,
    mode: Option<std::fs::Permissions>,
) -> Result<tempfile::NamedTempFile, RegisterError> {
    let mut b = tempfile::Builder::new();
    b.prefix(TEMP_PREFIX).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        b.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let tmp = b.tempfile_in(dir).map_err(io(target))?;
    if let Some(p) = mode {
        tmp.as_file().set_permissions(p).map_err(io(target))?;
    }
    Ok(tmp)
}

fn write_temp(
    tmp: &mut tempfile::NamedTempFile,
    bytes: &[u8],
    budget: &Cell<Option<u64>>,
    target: &Path,
) -> Result<(), RegisterError> {
    let mut w = Budgeted {
        inner: tmp.as_file_mut(),
        left: budget,
    };
    w.write_all(bytes).map_err(io(target))?;
    w.flush().map_err(io(target))?;
    tmp.as_file().sync_all().map_err(io(target))
}

/// Writes `bytes` to `path` atomically, refusing an existing target that
/// `options` does not allow to replace (see the module documentation).
///
/// # Errors
///
/// `RegisterError::Refused` when the target is a directory or not a
/// regular file, or exists and `options` does not allow replacing it (or
/// its content is not one this command writes); `RegisterError::Io` when
/// the target cannot be resolved or read, or the temporary file cannot be
/// created, written or renamed over it. Nothing is written then.
pub fn write_atomic(
    path: &Path,
    bytes: &[u8],
    options: &WriteOptions<'_>,
) -> Result<(), RegisterError> {
    let target = resolve_target(path)?;
    let mode = match std::fs::metadata(&target) {
        Ok(meta) => {
            if !meta.is_file() {
                return Err(refused(
                    path,
                    if meta.is_dir() {
                        "is a directory; nothing was written"
                    } else {
                        "is not a regular file; nothing was written"
                    },
                ));
            }
            match options.replace {
                Replace::Never => {
                    return Err(refused(path, "exists; nothing was written"));
                }
                Replace::IfOwned(owned) => {
                    let old = std::fs::read(&target).map_err(io(path))?;
                    if !owned(&old) {
                        return Err(refused(
                            path,
                            "exists and is not a file this command writes; nothing was written",
                        ));
                    }
                }
            }
            Some(meta.permissions())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(io(path)(e)),
    };
    let dir = parent_of(&target);
    let mut tmp = temp_beside(&dir, path, mode)?;
    let budget = Cell::new(options.fail_after);
    write_temp(&mut tmp, bytes, &budget, path)?;
    tmp.persist(&target).map_err(|e| RegisterError::Io {
        path: path.to_path_buf(),
        source: e.error,
    })?;
    Ok(())
}

/// Whether `bytes` are a register file: a JSON object with a
/// `format_version` (any other content is not one).
pub fn is_register_file(bytes: &[u8]) -> bool {
    #[derive(Deserialize)]
    struct Head {
        #[allow(dead_code)]
        format_version: serde_json::Value,
    }
    serde_json::from_slice::<Head>(bytes).is_ok()
}

/// Whether `dir` holds a register in directory form (a manifest that is a
/// register file).
pub fn is_register_dir(dir: &Path) -> bool {
    let m = dir.join(MANIFEST);
    std::fs::symlink_metadata(&m).is_ok_and(|meta| meta.is_file())
        && std::fs::read(&m).is_ok_and(|b| is_register_file(&b))
}

/// Whether an existing register at the target may be replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Existing {
    /// Refuse any existing target (an empty directory excepted).
    #[default]
    Refuse,
    /// Replace an existing register (`--force`); anything that is not a
    /// register is still refused.
    ReplaceRegister,
}

fn pretty<T: Serialize>(value: &T) -> Result<Vec<u8>, RegisterError> {
    let mut text = serde_json::to_vec_pretty(value)?;
    text.push(b'\n');
    Ok(text)
}

/// Writes a register as one JSON file, atomically.
///
/// # Errors
///
/// `RegisterError::Refused` when `path` is already a register and
/// `existing` is [`Existing::Refuse`], or is something other than a register
/// file; `RegisterError::Serialize` when the register cannot be serialised;
/// `RegisterError::Io` when the file cannot be written (see
/// [`write_atomic`]).
pub fn write_register_file(
    reg: &Register,
    path: &Path,
    existing: Existing,
) -> Result<(), RegisterError> {
    write_register_file_with(reg, path, existing, None)
}

#[doc(hidden)]
pub fn write_register_file_with(
    reg: &Register,
    path: &Path,
    existing: Existing,
    fail_after: Option<u64>,
) -> Result<(), RegisterError> {
    let owned = |b: &[u8]| is_register_file(b);
    let mut options = match existing {
        Existing::Refuse => WriteOptions::new(),
        Existing::ReplaceRegister => WriteOptions::replace_if(&owned),
    };
    options.fail_after = fail_after;
    let target = resolve_target(path)?;
    if target.is_file()
        && existing == Existing::Refuse
        && std::fs::read(&target).is_ok_and(|b| is_register_file(&b))
    {
        return Err(refused(
            path,
            "is a register already; pass --force to replace it",
        ));
    }
    write_atomic(path, &pretty(reg)?, &options)
}

/// The files of a register in directory form: relative path → bytes, the
/// manifest last. Two elements that would share a file are refused (a
/// duplicate id would otherwise collapse to one file).
fn dir_files(reg: &Register) -> Result<Vec<(PathBuf, Vec<u8>)>, RegisterError> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    let mut seen = BTreeSet::new();
    let mut add = |rel: PathBuf, bytes: Vec<u8>| -> Result<(), RegisterError> {
        if !seen.insert(rel.clone()) {
            return Err(RegisterError::Refused {
                path: rel,
                reason: "two elements of the register would be written to this file \
                         (a duplicate id); nothing was written"
                    .into(),
            });
        }
        files.push((rel, bytes));
        Ok(())
    };
    for o in &reg.organisations {
        add(element_path("organisations", o.id.as_str()), pretty(o)?)?;
    }
    for d in &reg.documents {
        add(element_path("documents", d.id.as_str()), pretty(d)?)?;
    }
    let mut manifest = serde_json::to_value(reg)?;
    if let Some(m) = manifest.as_object_mut() {
        m.remove("organisations");
        m.remove("documents");
        m.insert("layout".into(), layout_value(reg));
    }
    add(PathBuf::from(MANIFEST), pretty(&manifest)?)?;
    Ok(files)
}

/// The files an existing register directory owns: its manifest and every
/// regular `*.json` file below `organisations/` and `documents/` (directory
/// symlinks are not followed), as relative paths.
fn owned_files(dir: &Path) -> Result<BTreeSet<PathBuf>, RegisterError> {
    let mut out = BTreeSet::new();
    if std::fs::symlink_metadata(dir.join(MANIFEST)).is_ok_and(|m| m.is_file()) {
        out.insert(PathBuf::from(MANIFEST));
    }
    for part in ["organisations", "documents"] {
        let mut stack = vec![PathBuf::from(part)];
        while let Some(rel) = stack.pop() {
            let abs = dir.join(&rel);
            let Ok(meta) = std::fs::symlink_metadata(&abs) else {
                continue;
            };
            if !meta.is_dir() {
                continue;
            }
            for entry in std::fs::read_dir(&abs).map_err(io(&abs))? {
                let entry = entry.map_err(io(&abs))?;
                let ft = entry.file_type().map_err(io(&abs))?;
                let child = rel.join(entry.file_name());
                if ft.is_dir() {
                    stack.push(child);
                } else if ft.is_file() && child.extension().is_some_and(|e| e == "json") {
                    out.insert(child);
                }
            }
        }
    }
    Ok(out)
}

/// Writes a register in directory form (see the module documentation):
/// a new directory whole, an existing register directory in place only
/// with [`Existing::ReplaceRegister`], an empty directory in place; any
/// other existing target is refused.
///
/// # Errors
///
/// `RegisterError::Refused` when `dir` is a file, a non-empty directory
/// that is not a register directory, a register directory and `existing`
/// is [`Existing::Refuse`], or two elements would share a file (a
/// duplicate id); `RegisterError::Serialize` when an element cannot be
/// serialised; `RegisterError::Io` when the directory cannot be read or a
/// file cannot be written.
pub fn write_register_dir(
    reg: &Register,
    dir: &Path,
    existing: Existing,
) -> Result<(), RegisterError> {
    write_register_dir_with(reg, dir, existing, None)
}

#[doc(hidden)]
pub fn write_register_dir_with(
    reg: &Register,
    dir: &Path,
    existing: Existing,
    fail_after: Option<u64>,
) -> Result<(), RegisterError> {
    let files = dir_files(reg)?;
    let target = resolve_target(dir)?;
    let budget = Cell::new(fail_after);
    match std::fs::metadata(&target) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            write_new_dir(&files, &target, &budget, dir)
        }
        Err(e) => Err(io(dir)(e)),
        Ok(meta) if !meta.is_dir() => Err(refused(
            dir,
            "is a file, not a directory; a register directory cannot replace it (nothing was written)",
        )),
        Ok(_) => {
            let empty = std::fs::read_dir(&target)
                .map_err(io(dir))?
                .next()
                .is_none();
            if !empty {
                if !is_register_dir(&target) {
                    return Err(refused(
                        dir,
                        format!(
                            "exists and is not a register directory (no {MANIFEST}); nothing was written"
                        ),
                    ));
                }
                if existing != Existing::ReplaceRegister {
                    return Err(refused(
                        dir,
                        "is a register already; pass --force to replace it (files the register does not own are kept)",
                    ));
                }
            }
            update_dir(&files, &target, &budget, dir)
        }
    }
}

fn write_new_dir(
    files: &[(PathBuf, Vec<u8>)],
    target: &Path,
    budget: &Cell<Option<u64>>,
    shown: &Path,
) -> Result<(), RegisterError> {
    let parent = parent_of(target);
    let tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempdir_in(&parent)
        .map_err(io(shown))?;
    for (rel, bytes) in files {
        let p = tmp.path().join(rel);
        if let Some(d) = p.parent() {
            std::fs::create_dir_all(d).map_err(io(shown))?;
        }
        let f = std::fs::File::create(&p).map_err(io(shown))?;
        let mut w = Budgeted {
            inner: f,
            left: budget,
        };
        w.write_all(bytes).map_err(io(shown))?;
        w.inner.sync_all().map_err(io(shown))?;
    }
    // `tmp` is removed if the rename fails.
    std::fs::rename(tmp.path(), target).map_err(io(shown))?;
    let _ = tmp.keep();
    Ok(())
}

fn update_dir(
    files: &[(PathBuf, Vec<u8>)],
    target: &Path,
    budget: &Cell<Option<u64>>,
    shown: &Path,
) -> Result<(), RegisterError> {
    let old = owned_files(target)?;
    // Refuse to put a file where something that is not a regular file is,
    // or a directory where a file is.
    for (rel, _) in files {
        let mut p = PathBuf::new();
        let comps: Vec<_> = rel.components().collect();
        for (i, c) in comps.iter().enumerate() {
            p.push(c);
            let last = i + 1 == comps.len();
            if let Ok(meta) = std::fs::symlink_metadata(target.join(&p))
                && ((last && !meta.is_file()) || (!last && !meta.is_dir()))
            {
                return Err(refused(
                    &target.join(&p),
                    "is in the way of a file of the register; nothing was written",
                ));
            }
        }
    }
    // Stage: every new file beside its target. Dropping the stage (on any
    // error) removes the staged files and the directories it created.
    let mut created: Vec<PathBuf> = Vec::new();
    let staged = stage(files, target, budget, shown, &mut created);
    let staged = match staged {
        Ok(s) => s,
        Err(e) => {
            for d in created.iter().rev() {
                let _ = std::fs::remove_dir(d);
            }
            return Err(e);
        }
    };
    // Commit: renames, the manifest last (it is last in `files`).
    let new: BTreeSet<&PathBuf> = files.iter().map(|(r, _)| r).collect();
    for (tmp, dest) in staged {
        tmp.persist(&dest).map_err(|e| RegisterError::Io {
            path: dest.clone(),
            source: e.error,
        })?;
    }
    // Element files the new register no longer has.
    let mut dirs = BTreeMap::new();
    for rel in old.iter().filter(|r| !new.contains(r)) {
        let p = target.join(rel);
        std::fs::remove_file(&p).map_err(io(&p))?;
        let mut d = rel.parent();
        while let Some(x) = d.filter(|x| !x.as_os_str().is_empty()) {
            dirs.insert(x.components().count(), x.to_path_buf());
            d = x.parent();
        }
    }
    // Remove directories emptied by that (deepest first); a non-empty one
    // stays.
    let mut emptied: Vec<PathBuf> = dirs.into_values().collect();
    emptied.sort_by_key(|p| std::cmp::Reverse(p.components().count()));
    for d in emptied {
        let _ = std::fs::remove_dir(target.join(d));
    }
    Ok(())
}

type Staged = Vec<(tempfile::NamedTempFile, PathBuf)>;

fn stage(
    files: &[(PathBuf, Vec<u8>)],
    target: &Path,
    budget: &Cell<Option<u64>>,
    shown: &Path,
    created: &mut Vec<PathBuf>,
) -> Result<Staged, RegisterError> {
    let mut staged = Vec::with_capacity(files.len());
    for (rel, bytes) in files {
        let dest = target.join(rel);
        let dir = parent_of(&dest);
        let mut missing = Vec::new();
        let mut d = Some(dir.as_path());
        while let Some(x) = d.filter(|x| !x.exists()) {
            missing.push(x.to_path_buf());
            d = x.parent();
        }
        for m in missing.into_iter().rev() {
            std::fs::create_dir(&m).map_err(io(shown))?;
            created.push(m);
        }
        let mode = std::fs::metadata(&dest).ok().map(|m| m.permissions());
        let mut tmp = temp_beside(&dir, shown, mode)?;
        write_temp(&mut tmp, bytes, budget, shown)?;
        staged.push((tmp, dest));
    }
    Ok(staged)
}
