//! Write safety: never overwrite what styrdok did not write; every file
//! written atomically (through `styrdok_register::write::write_atomic`,
//! which checks ownership again at the moment it replaces a file).

use std::path::{Path, PathBuf};

use crate::ReportError;

/// How many bytes of an existing file are read to find the generator
/// marker.
const HEAD: usize = 4096;

/// The start of an existing file (up to 4 KiB).
fn head(path: &Path) -> Result<Vec<u8>, ReportError> {
    use std::io::Read;
    let f = std::fs::File::open(path).map_err(|e| ReportError::io(path, e))?;
    let mut buf = Vec::with_capacity(HEAD);
    f.take(HEAD as u64)
        .read_to_end(&mut buf)
        .map_err(|e| ReportError::io(path, e))?;
    Ok(buf)
}

/// Checks that `path` may be written: it does not exist, or it is a
/// regular file whose first 4 KiB contain `marker` (styrdok wrote it).
pub(crate) fn check_overwrite(path: &Path, marker: &str) -> Result<(), ReportError> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(ReportError::io(path, e)),
    };
    if !meta.is_file() {
        return Err(ReportError::NotOurs {
            path: path.to_path_buf(),
            why: "it exists and is not a regular file".into(),
        });
    }
    if has_marker(&head(path)?, marker) {
        Ok(())
    } else {
        Err(ReportError::NotOurs {
            path: path.to_path_buf(),
            why: format!("it exists and was not written by styrdok (no {marker:?} in it)"),
        })
    }
}

/// Prepares an output directory: creates it when missing; an existing one
/// must be empty or hold the file `manifest` whose start contains
/// `marker` (a directory styrdok wrote before). Returns the manifest's
/// text when there is one.
pub(crate) fn prepare_dir(
    dir: &Path,
    manifest: &str,
    marker: &str,
) -> Result<Option<String>, ReportError> {
    match std::fs::symlink_metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dir).map_err(|e| ReportError::io(dir, e))?;
            return Ok(None);
        }
        Err(e) => return Err(ReportError::io(dir, e)),
        Ok(m) if !m.is_dir() => {
            return Err(ReportError::NotOurs {
                path: dir.to_path_buf(),
                why: "it exists and is not a directory".into(),
            });
        }
        Ok(_) => {}
    }
    let m = dir.join(manifest);
    if m.exists() {
        check_overwrite(&m, marker)?;
        let text = std::fs::read_to_string(&m).map_err(|e| ReportError::io(&m, e))?;
        return Ok(Some(text));
    }
    let mut entries = std::fs::read_dir(dir).map_err(|e| ReportError::io(dir, e))?;
    if entries.next().is_some() {
        return Err(ReportError::NotOurs {
            path: dir.to_path_buf(),
            why: format!(
                "the directory is not empty and has no {manifest} written by styrdok; choose an empty or new directory"
            ),
        });
    }
    Ok(None)
}

/// Checks a file to be written into a directory styrdok wrote before: it
/// may exist only if the previous manifest lists it.
pub(crate) fn check_in_dir(
    path: &Path,
    name: &str,
    previous: Option<&str>,
) -> Result<(), ReportError> {
    if !path.exists() {
        return Ok(());
    }
    let listed = previous.is_some_and(|m| m.contains(&format!("\"{name}\"")));
    if listed {
        Ok(())
    } else {
        Err(ReportError::NotOurs {
            path: path.to_path_buf(),
            why: "it exists and styrdok's manifest does not list it".into(),
        })
    }
}

/// Writes atomically (temporary file in the same directory, then rename);
/// an existing file is replaced only when `owned` accepts its bytes.
pub(crate) fn write(
    path: &Path,
    bytes: &[u8],
    owned: &dyn Fn(&[u8]) -> bool,
) -> Result<(), ReportError> {
    let opts = styrdok_register::write::WriteOptions::replace_if(owned);
    styrdok_register::write::write_atomic(path, bytes, &opts).map_err(ReportError::from)
}

/// Whether the first 4 KiB of `bytes` contain `marker`.
pub(crate) fn has_marker(bytes: &[u8], marker: &str) -> bool {
    let head = bytes.get(..HEAD).unwrap_or(bytes);
    head.windows(marker.len().max(1))
        .any(|w| w == marker.as_bytes())
}

/// `dir/name`.
pub(crate) fn join(dir: &Path, name: &str) -> PathBuf {
    dir.join(name)
}
