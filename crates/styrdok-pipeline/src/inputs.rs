//! The inputs of a run: files, folders (recursively) and standard input,
//! read and imported in parallel.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use sha2::{Digest, Sha256};
use styrdok_import::{ImportDraft, ImportError};

use crate::PipelineError;
use crate::report::{InputOutcome, Outcome};

/// One input as given.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Input {
    /// A file or a folder.
    Path(PathBuf),
    /// Bytes already read (standard input), with the name to report.
    Bytes {
        /// The name (`-` for standard input).
        name: String,
        /// The bytes.
        bytes: Vec<u8>,
    },
}

/// File endings read inside folders; anything else there is skipped with a
/// note. A file named on its own is read whatever its ending.
pub const FOLDER_ENDINGS: [&str; 3] = ["txt", "pdf", "docx"];

/// A file to read.
pub(crate) enum Source {
    File(PathBuf),
    Bytes(String, Vec<u8>),
}

impl Source {
    /// The name it is reported and sorted by.
    pub(crate) fn name(&self) -> String {
        match self {
            Source::File(p) => p.display().to_string(),
            Source::Bytes(n, _) => n.clone(),
        }
    }
}

/// Expands the inputs: folders recursively (directory symlinks are not
/// followed), files in folders that are not .txt/.pdf/.docx (or hidden)
/// reported as skipped. Sorted by name, duplicates removed, so the merge
/// order never depends on the order of a directory listing.
pub(crate) fn expand(inputs: &[Input]) -> Result<(Vec<Source>, Vec<InputOutcome>), PipelineError> {
    let mut files: Vec<PathBuf> = Vec::new();
    let mut bytes: Vec<Source> = Vec::new();
    let mut skipped = Vec::new();
    for input in inputs {
        match input {
            Input::Bytes { name, bytes: b } => bytes.push(Source::Bytes(name.clone(), b.clone())),
            Input::Path(p) => {
                let meta = std::fs::metadata(p).map_err(|source| PipelineError::Io {
                    path: p.clone(),
                    source,
                })?;
                if meta.is_dir() {
                    walk(p, &mut files, &mut skipped)?;
                } else {
                    files.push(p.clone());
                }
            }
        }
    }
    files.sort();
    files.dedup();
    let mut out: Vec<Source> = files.into_iter().map(Source::File).collect();
    out.extend(bytes);
    out.sort_by_key(Source::name);
    skipped.sort_by(|a: &InputOutcome, b| a.input.cmp(&b.input));
    Ok((out, skipped))
}

fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    skipped: &mut Vec<InputOutcome>,
) -> Result<(), PipelineError> {
    let io = |source| PipelineError::Io {
        path: dir.to_owned(),
        source,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let path = entry.path();
        let ft = entry.file_type().map_err(io)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if ft.is_dir() {
            if !name.starts_with('.') {
                walk(&path, files, skipped)?;
            }
            continue;
        }
        let ending = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if ft.is_file() && !name.starts_with('.') && FOLDER_ENDINGS.contains(&ending.as_str()) {
            files.push(path);
        } else {
            skipped.push(
                InputOutcome::new(&path.display().to_string(), Outcome::Skipped).note(
                    "skipped: only .txt, .pdf and .docx files are read inside a folder \
                     (name the file on its own to read it anyway)",
                ),
            );
        }
    }
    Ok(())
}

/// One input read and imported.
pub(crate) struct Read {
    pub(crate) name: String,
    pub(crate) result: Result<ReadOk, ImportError>,
}

pub(crate) struct ReadOk {
    pub(crate) draft: ImportDraft,
    pub(crate) text: String,
    pub(crate) notes: Vec<String>,
    pub(crate) sha256: String,
}

/// Reads and imports every source in parallel; the results keep the
/// sources' order. `progress` is called once per source as it finishes.
pub(crate) fn read_all(
    sources: Vec<Source>,
    progress: Option<&(dyn Fn(&str) + Sync)>,
) -> Vec<Read> {
    sources
        .into_par_iter()
        .map(|s| {
            let name = s.name();
            let result = read_one(s);
            if let Some(p) = progress {
                p(&name);
            }
            Read { name, result }
        })
        .collect()
}

fn read_one(s: Source) -> Result<ReadOk, ImportError> {
    let bytes = match s {
        Source::File(p) => styrdok_import::input::read_file_bytes(&p)?,
        Source::Bytes(_, b) => b,
    };
    let sha256 = sha256_hex(&bytes);
    let input = styrdok_import::input::read_bytes(&bytes)?;
    let text = input.text.clone();
    let mut notes = vec![format!("read as {}", input.read_as)];
    notes.extend(input.notes.iter().cloned());
    let draft = styrdok_import::import_input(input);
    Ok(ReadOk {
        draft,
        text,
        notes,
        sha256,
    })
}

/// SHA-256 of `bytes`, lowercase hex.
pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
