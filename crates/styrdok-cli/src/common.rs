//! What every command shares: the output context, errors and exit codes.

use std::io::Write;
use std::path::PathBuf;

/// Exit code on success.
pub const EXIT_OK: i32 = 0;
/// Exit code when the input is invalid, or for `diff` when registers differ.
pub const EXIT_INVALID: i32 = 1;
/// Exit code on usage or I/O errors.
pub const EXIT_USAGE: i32 = 2;

/// Where a command writes.
pub(crate) struct Ctx<'a> {
    /// Data.
    pub(crate) out: &'a mut dyn Write,
    /// Messages.
    pub(crate) err: &'a mut dyn Write,
}

/// Errors a command ends with.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CliError {
    /// The command line is wrong.
    #[error("{0}")]
    Usage(String),
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        #[source]
        source: std::io::Error,
    },
    /// Writing the output failed.
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
    /// The input is invalid (the message says where).
    #[error("{0}")]
    Invalid(String),
}

impl CliError {
    /// The exit code this error ends the process with.
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Invalid(_) => EXIT_INVALID,
            _ => EXIT_USAGE,
        }
    }
}
