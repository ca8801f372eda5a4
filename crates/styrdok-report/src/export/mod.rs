//! Tables for the tools researchers use: one table per concept, written as
//! CSV or (with the `parquet` feature) Parquet files, plus a
//! `manifest.json` naming every table with its columns, types and row
//! count. Column names and types are documented in `docs/export.md`.

mod csv;
#[cfg(feature = "parquet")]
mod parquet;
mod table;
mod tables;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;
use styrdok_core::Diagnostic;
use styrdok_register::Register;

pub use self::csv::to_csv;
#[cfg(feature = "parquet")]
pub use self::parquet::to_parquet;
pub use table::{ColumnType, Table, Value};
pub use tables::tables;

use crate::ReportError;
use crate::safety;

/// The file styrdok writes beside the tables, and recognises an export
/// directory by.
pub const MANIFEST: &str = "manifest.json";
/// The marker in the manifest.
pub const GENERATOR: &str = "styrdok export";

/// A table file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Format {
    /// CSV with a header row.
    Csv,
    /// Apache Parquet (needs the `parquet` feature).
    Parquet,
}

impl Format {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Parquet => "parquet",
        }
    }

    /// The bytes of one table in this format.
    ///
    /// # Errors
    ///
    /// `ReportError::Encode` when the table cannot be encoded, or for
    /// [`Format::Parquet`] when this build lacks the `parquet` feature.
    pub fn encode(self, t: &Table) -> Result<Vec<u8>, ReportError> {
        match self {
            Format::Csv => to_csv(t).map_err(|e| ReportError::Encode(e.to_string())),
            #[cfg(feature = "parquet")]
            Format::Parquet => to_parquet(t).map_err(|e| ReportError::Encode(e.to_string())),
            #[cfg(not(feature = "parquet"))]
            Format::Parquet => Err(ReportError::Encode(
                "this build has no Parquet support (the `parquet` feature of styrdok-report)"
                    .into(),
            )),
        }
    }
}

#[derive(Serialize)]
struct Manifest<'a> {
    generator: String,
    format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    at: Option<NaiveDate>,
    tables: Vec<ManifestTable<'a>>,
}

#[derive(Serialize)]
struct ManifestTable<'a> {
    name: &'a str,
    file: String,
    rows: usize,
    columns: Vec<ManifestColumn<'a>>,
}

#[derive(Serialize)]
struct ManifestColumn<'a> {
    name: &'a str,
    #[serde(rename = "type")]
    ty: &'static str,
}

/// Writes every table of `reg` into `dir` (created when missing) as
/// `<table>.<ext>`, each atomically, then `manifest.json`. Refuses a
/// directory that is not empty unless styrdok wrote it (its manifest), and
/// any existing file the previous manifest does not list. Returns the
/// files written.
///
/// # Errors
///
/// `ReportError::NotOurs` when `dir` is not empty and not written by
/// styrdok, or an existing file is not listed in its previous manifest;
/// `ReportError::Io` (or `ReportError::Register` from the atomic write) when
/// the directory or a file cannot be created, read or written;
/// `ReportError::Encode` when a table cannot be encoded in `format`.
pub fn write_tables(
    reg: &Register,
    diagnostics: &[Diagnostic],
    at: Option<NaiveDate>,
    format: Format,
    dir: &Path,
) -> Result<Vec<PathBuf>, ReportError> {
    let previous = safety::prepare_dir(dir, MANIFEST, GENERATOR)?;
    let tables = tables(reg, diagnostics, at);
    let mut written = Vec::new();
    let mut manifest = Manifest {
        generator: format!("{GENERATOR} {}", env!("CARGO_PKG_VERSION")),
        format: format.extension(),
        at,
        tables: Vec::new(),
    };
    // check every target before writing any
    let files: Vec<String> = tables
        .iter()
        .map(|t| format!("{}.{}", t.name, format.extension()))
        .collect();
    for f in &files {
        safety::check_in_dir(&safety::join(dir, f), f, previous.as_deref())?;
    }
    for (t, f) in tables.iter().zip(files) {
        let path = safety::join(dir, &f);
        // listed in the previous manifest (checked above for all files)
        safety::write(&path, &format.encode(t)?, &|_| true)?;
        written.push(path);
        manifest.tables.push(ManifestTable {
            name: t.name,
            file: f,
            rows: t.rows.len(),
            columns: t
                .columns
                .iter()
                .map(|(n, ty)| ManifestColumn {
                    name: n,
                    ty: ty.name(),
                })
                .collect(),
        });
    }
    let text =
        serde_json::to_string_pretty(&manifest).map_err(|e| ReportError::Encode(e.to_string()))?;
    let m = safety::join(dir, MANIFEST);
    safety::write(&m, text.as_bytes(), &|old| {
        safety::has_marker(old, GENERATOR)
    })?;
    written.push(m);
    Ok(written)
}
