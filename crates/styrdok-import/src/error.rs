use std::path::PathBuf;

/// Errors from importing a file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// The file could not be read.
    #[error("cannot read {}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The draft could not be serialized.
    #[error("cannot serialize the draft")]
    Json(#[source] serde_json::Error),
}
