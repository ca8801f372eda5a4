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
    /// The command refused to go on: a write that would destroy what it
    /// did not write, input beyond a limit, a register that could not be
    /// read completely. Nothing was written.
    #[error("{0}")]
    Refused(String),
}

impl From<styrdok_register::RegisterError> for CliError {
    fn from(e: styrdok_register::RegisterError) -> Self {
        match e {
            styrdok_register::RegisterError::Io { path, source } => CliError::Io { path, source },
            styrdok_register::RegisterError::Serialize(e) => {
                CliError::Invalid(format!("cannot serialize the register: {e}"))
            }
            other => CliError::Refused(other.to_string()),
        }
    }
}

impl CliError {
    /// The exit code this error ends the process with.
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Invalid(_) => EXIT_INVALID,
            CliError::Refused(_) => EXIT_USAGE,
            _ => EXIT_USAGE,
        }
    }
}

/// Loads the register at `path`, or the bundled seed register without one.
/// I/O problems are errors (exit 2); problems inside the file are
/// diagnostics in the result. A load that takes more than a moment shows
/// a spinner on stderr when it is a terminal (nothing otherwise).
/// The loaded register, or an error with its first error diagnostic when
/// the register could not be read at all.
pub(crate) fn register_of(
    loaded: &styrdok_register::Loaded,
) -> Result<&styrdok_register::Register, CliError> {
    loaded.register.as_ref().ok_or_else(|| {
        CliError::Invalid(
            loaded
                .diagnostics
                .iter()
                .find(|d| d.is_error())
                .map(|d| d.to_string())
                .unwrap_or_else(|| "the register cannot be read".into()),
        )
    })
}

pub(crate) fn load_register(
    path: Option<&std::path::Path>,
) -> Result<styrdok_register::Loaded, CliError> {
    match path {
        None => Ok(styrdok_register::bundled()),
        Some(p) => {
            let what = format!("loading {}", p.display());
            let loaded = crate::progress::with_progress(
                crate::progress::stderr_target(),
                crate::progress::DELAY,
                &what,
                || styrdok_register::load_path(p),
            );
            Ok(loaded?)
        }
    }
}

/// A value the user gave, in double quotes, made safe to echo
/// ([`styrdok_core::text::shorten`]): a stray space shows, control
/// characters are escaped and a long value is cut.
pub(crate) fn quoted(s: &str) -> String {
    format!("\"{}\"", styrdok_core::text::shorten(s, CELL))
}

/// Parses an exact date `YYYY-MM-DD` given on the command line.
pub(crate) fn parse_day(s: &str) -> Result<chrono::NaiveDate, CliError> {
    match s.parse::<styrdok_core::PartialDate>() {
        Ok(p) => p.exact().ok_or_else(|| {
            CliError::Usage(format!(
                "the date {} must be a whole day, YYYY-MM-DD",
                quoted(s)
            ))
        }),
        Err(e) => Err(CliError::Usage(e.to_string())),
    }
}

/// Longest input value shown in a table cell, in characters.
pub(crate) const CELL: usize = 80;
/// Longest line of human output or of a message, in characters.
pub(crate) const LINE: usize = 2000;

/// A value from input made safe for a table cell: control characters
/// (ESC, NUL, CR, LF …) escaped as `\u{1b}`, cut at [`CELL`] characters.
pub(crate) fn cell(s: &str) -> String {
    styrdok_core::text::shorten(s, CELL)
}

/// Human output made safe for a terminal: control characters other than the
/// line ends escaped, each line cut at [`LINE`] characters.
pub(crate) fn safe_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let (body, cr) = match line.strip_suffix('\r') {
            Some(b) => (b, "\r"),
            None => (line, ""),
        };
        out.push_str(&styrdok_core::text::shorten(body, LINE));
        out.push_str(cr);
    }
    out
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

/// Writes `value` as the JSON output `name` (its schema name, e.g.
/// `check`): pretty JSON led by `schema` and `format_version`, then a
/// newline. The one JSON writer of the commands; see [`crate::schemas`].
pub(crate) fn write_json(
    out: &mut dyn Write,
    name: &str,
    value: &impl serde::Serialize,
) -> Result<(), CliError> {
    crate::cmd::schema::write_output(out, name, value)
}

/// Writes `bytes` to `path` atomically through the one write helper
/// ([`styrdok_register::write::write_atomic`]): permissions kept, a
/// symlinked target followed. An existing file is replaced only when it is
/// of the kind the command writes ([`same_kind`]); anything else (a
/// directory, a user's file of another kind) is refused with exit 2.
pub(crate) fn write_atomic(path: &std::path::Path, bytes: &[u8]) -> Result<(), CliError> {
    let owned = |old: &[u8]| same_kind(old, bytes);
    write_owned(path, bytes, &owned)
}

/// Writes `bytes` to `path` atomically, replacing an existing file only
/// when `owned` accepts its bytes (it is a file this command produced).
pub(crate) fn write_owned(
    path: &std::path::Path,
    bytes: &[u8],
    owned: &dyn Fn(&[u8]) -> bool,
) -> Result<(), CliError> {
    let options = styrdok_register::write::WriteOptions::replace_if(owned);
    Ok(styrdok_register::write::write_atomic(
        path, bytes, &options,
    )?)
}

/// Whether `old` looks like an earlier output of the same kind as `new`:
/// both JSON objects with the same top-level keys (or both JSON arrays),
/// or both text with the same first line (a CSV or table header).
pub(crate) fn same_kind(old: &[u8], new: &[u8]) -> bool {
    use serde_json::Value;
    let json = |b: &[u8]| serde_json::from_slice::<Value>(b).ok();
    match (json(new), json(old)) {
        (Some(Value::Object(n)), Some(Value::Object(o))) => {
            n.keys().collect::<Vec<_>>() == o.keys().collect::<Vec<_>>()
        }
        (Some(Value::Array(_)), Some(Value::Array(_))) => true,
        (Some(_), _) => false,
        (None, _) => {
            let first = |b: &[u8]| {
                std::str::from_utf8(b)
                    .ok()
                    .and_then(|s| s.lines().next().map(str::to_owned))
            };
            first(old).is_some() && first(old) == first(new)
        }
    }
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

/// Resolves `--org` as people type it (id, name, usual form: "stockholm",
/// "Stockholms stad", "Stockholm") with `styrdok_org::find_organisation`;
/// an unknown or ambiguous name is an error (exit 1) that lists the known
/// organisations and the closest ones.
pub(crate) fn find_org<'r>(
    reg: &'r styrdok_register::Register,
    given: &str,
) -> Result<&'r styrdok_org::Organisation, CliError> {
    styrdok_org::find_organisation(&reg.organisations, given)
        .map_err(|e| CliError::Invalid(format!("--org: {e}")))
}

/// The name of a body, group, role or organisation id in the register (the
/// id itself when it is not there).
pub(crate) fn party_name<'r>(reg: &'r styrdok_register::Register, id: &'r str) -> &'r str {
    for o in &reg.organisations {
        if o.id.as_str() == id {
            return &o.name;
        }
        if let Some(b) = o.body(id) {
            return &b.name;
        }
        if let Some(g) = o.group(id) {
            return &g.name;
        }
        if let Some(r) = o.role(id) {
            return &r.name;
        }
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_text_escapes_controls_keeps_line_ends_and_cuts_long_lines() {
        assert_eq!(
            safe_text("a\u{1b}[2J\r\nb\0c\n"),
            "a\\u{1b}[2J\r\nb\\u{0}c\n"
        );
        let long = "x".repeat(LINE + 5);
        assert_eq!(
            safe_text(&long),
            format!("{}… (5 more characters)", "x".repeat(LINE))
        );
        assert_eq!(cell("ort/p\u{9b}2J"), "ort/p\\u{9b}2J");
    }
}
