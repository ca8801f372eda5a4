use std::path::PathBuf;

/// Errors from reading or importing an input.
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
    /// The path is a directory, a device or a pipe, not a file.
    #[error("{} is not a regular file", path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// The input is larger than the importer reads.
    #[error("the {what} is {size} bytes, more than the {limit} bytes the importer reads")]
    TooLarge {
        /// `file` or `text`.
        what: &'static str,
        /// Its size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The input holds no text.
    #[error("nothing to import: {what}")]
    Empty {
        /// What was found.
        what: String,
    },
    /// The input is not text (an image, an archive, binary data).
    #[error("not a text, PDF or Word document: the input is {what}")]
    NotText {
        /// What it looks like.
        what: String,
    },
    /// A format this build does not read.
    #[error("cannot import this input: it is {what}")]
    Unsupported {
        /// What it is and why it is not read.
        what: String,
    },
    /// A PDF without a text layer: a scan.
    #[error(
        "the PDF has no text layer ({pages} page(s) without any text): it is probably a scan; \
         run OCR on it first (for example `ocrmypdf in.pdf out.pdf`) and import the result"
    )]
    NeedsOcr {
        /// Its number of pages.
        pages: u32,
    },
    /// A PDF or Word document that could not be read.
    #[error("cannot read the {format}: {message}")]
    Damaged {
        /// `PDF` or `Word document`.
        format: &'static str,
        /// What went wrong.
        message: String,
    },
    /// The draft could not be serialized.
    #[error("cannot serialize the draft")]
    Json(#[source] serde_json::Error),
}

impl ImportError {
    /// Whether the input itself is the problem (not text, empty, damaged, a
    /// scan), as opposed to reading it (a missing file, a size limit).
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            ImportError::Empty { .. }
                | ImportError::NotText { .. }
                | ImportError::Unsupported { .. }
                | ImportError::NeedsOcr { .. }
                | ImportError::Damaged { .. }
        )
    }
}
