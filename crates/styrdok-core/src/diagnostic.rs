//! Located diagnostics.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::DiagnosticCode;

/// How serious a diagnostic is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth knowing; nothing is wrong.
    Info,
    /// Probably wrong or worth a look; does not fail a check.
    Warning,
    /// Wrong; fails a check.
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// Where a diagnostic points: a file, a JSON pointer into it, and the line
/// and column (1-based) the pointer maps to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// The file, as given by the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// A JSON pointer (RFC 6901), `""` for the whole document.
    #[serde(default)]
    pub pointer: String,
    /// 1-based line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// 1-based column (in characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
}

impl Location {
    /// A location by pointer only; the loader fills in file, line and column.
    pub fn pointer(pointer: impl Into<String>) -> Self {
        Location {
            pointer: pointer.into(),
            ..Location::default()
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut wrote = false;
        if let Some(file) = &self.file {
            f.write_str(file)?;
            wrote = true;
        }
        if let Some(line) = self.line {
            write!(f, "{}{line}", if wrote { ":" } else { "line " })?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
            wrote = true;
        }
        if !self.pointer.is_empty() {
            write!(f, "{}{}", if wrote { " at " } else { "at " }, self.pointer)?;
        }
        Ok(())
    }
}

/// One finding of a check: a stable code (listed in `docs/diagnostics.md`),
/// a severity, a message for a municipal archivist, and where.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Diagnostic {
    /// Stable code, e.g. `SD101`.
    pub code: DiagnosticCode,
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong, in plain words.
    pub message: String,
    /// Where, if it points into a file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// The ids involved (documents, bodies, controls), for tools.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub subjects: Vec<String>,
}

impl Diagnostic {
    /// A new diagnostic without a location.
    pub fn new(code: DiagnosticCode, severity: Severity, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity,
            message: message.into(),
            location: None,
            subjects: Vec::new(),
        }
    }
    /// A diagnostic with its code's default severity.
    pub fn of(code: DiagnosticCode, message: impl Into<String>) -> Self {
        Self::new(code, code.default_severity(), message)
    }
    /// An error.
    pub fn error(code: DiagnosticCode, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Error, message)
    }
    /// A warning.
    pub fn warning(code: DiagnosticCode, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Warning, message)
    }
    /// An info.
    pub fn info(code: DiagnosticCode, message: impl Into<String>) -> Self {
        Self::new(code, Severity::Info, message)
    }
    /// Sets the JSON pointer it refers to.
    pub fn at(mut self, pointer: impl Into<String>) -> Self {
        self.location = Some(Location::pointer(pointer));
        self
    }
    /// Adds an id it is about.
    pub fn about(mut self, subject: impl ToString) -> Self {
        self.subjects.push(subject.to_string());
        self
    }
    /// Whether it is an error.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]: {}", self.severity, self.code, self.message)?;
        if let Some(loc) = &self.location {
            write!(f, " ({loc})")?;
        }
        Ok(())
    }
}
