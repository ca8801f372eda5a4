//! Look, don't read: a register as a self-contained HTML report (overview,
//! timeline, supersession graph, control coverage heatmap, RACI matrix,
//! diagnostics — SVG laid out here, nothing loaded from the network), and
//! as tables (CSV, or Parquet with the `parquet` feature) for DuckDB,
//! pandas, R, Spark or Trino.
//!
//! Both writers refuse to overwrite what styrdok did not write, and write
//! every file atomically.
//!
//! ```
//! let loaded = styrdok_register::bundled();
//! let reg = loaded.register.as_ref().expect("the seeds load");
//! let at = chrono::NaiveDate::from_ymd_opt(2010, 1, 1);
//! let html = styrdok_report::render(reg, &loaded.diagnostics, &styrdok_report::Options::new(at));
//! assert!(html.contains(r#"<html lang="sv">"#));
//! let tables = styrdok_report::export::tables(reg, &loaded.diagnostics, at);
//! assert!(tables.iter().any(|t| t.name == "documents" && !t.rows.is_empty()));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod export;
mod html;
mod safety;
pub mod svg;

use std::path::PathBuf;

pub use html::{GENERATOR, Options, Page, render, render_split, write_report, write_split};

/// Errors of this crate.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReportError {
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        #[source]
        source: std::io::Error,
    },
    /// The output exists and styrdok did not write it: it is left alone.
    #[error("{}: will not overwrite: {why}", path.display())]
    NotOurs {
        /// The file or directory.
        path: PathBuf,
        /// Why it is not ours.
        why: String,
    },
    /// Writing through the register crate failed.
    #[error(transparent)]
    Register(#[from] styrdok_register::RegisterError),
    /// A table could not be encoded.
    #[error("cannot encode a table: {0}")]
    Encode(String),
}

impl ReportError {
    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        ReportError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}
