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

/// Loads the register at `path`, or the bundled seed register without one.
/// I/O problems are errors (exit 2); problems inside the file are
/// diagnostics in the result.
pub(crate) fn load_register(
    path: Option<&std::path::Path>,
) -> Result<styrdok_register::Loaded, CliError> {
    match path {
        None => Ok(styrdok_register::bundled()),
        Some(p) => styrdok_register::load_path(p).map_err(|e| match e {
            styrdok_register::RegisterError::Io { path, source } => CliError::Io { path, source },
            other => CliError::Invalid(other.to_string()),
        }),
    }
}

/// Parses an exact date `YYYY-MM-DD` given on the command line.
pub(crate) fn parse_day(s: &str) -> Result<chrono::NaiveDate, CliError> {
    match s.parse::<styrdok_core::PartialDate>() {
        Ok(p) => p.exact().ok_or_else(|| {
            CliError::Usage(format!("the date {s:?} must be a whole day, YYYY-MM-DD"))
        }),
        Err(e) => Err(CliError::Usage(e.to_string())),
    }
}

/// Output formats shared by commands that print data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub(crate) enum TableOrJson {
    /// A human-readable table.
    #[default]
    Table,
    /// JSON.
    Json,
}

/// Writes `value` as pretty JSON followed by a newline.
pub(crate) fn write_json(
    out: &mut dyn Write,
    value: &impl serde::Serialize,
) -> Result<(), CliError> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| CliError::Invalid(format!("cannot serialize output: {e}")))?;
    writeln!(out, "{text}")?;
    Ok(())
}

/// Writes `bytes` to `path` atomically: a temporary file in the same
/// directory, then a rename, so a crash never leaves a half-written file.
pub(crate) fn write_atomic(path: &std::path::Path, bytes: &[u8]) -> Result<(), CliError> {
    let io = |source| CliError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut tmp = tempfile::NamedTempFile::new_in(&dir).map_err(io)?;
    tmp.write_all(bytes).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

/// Today's date (UTC), for commands whose date defaults to today.
pub(crate) fn today() -> Result<chrono::NaiveDate, CliError> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_err(|e| CliError::Usage(format!("the system clock is before 1970: {e}")))?
        .as_secs();
    i64::try_from(secs)
        .ok()
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .map(|t| t.date_naive())
        .ok_or_else(|| CliError::Usage("the system clock is out of range".into()))
}
