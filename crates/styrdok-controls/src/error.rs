//! The one error type of this crate.

use thiserror::Error;

/// Errors from loading catalogues, mappings, lexicons and OSCAL documents.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ControlsError {
    /// A CSV table could not be read.
    #[error("{table}: line {line}: {message}")]
    Csv {
        /// Which table (file name or description).
        table: String,
        /// The 1-based line number, 0 when unknown.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// An OSCAL document does not have the expected shape.
    #[error("invalid oscal at {pointer}: {message}")]
    Oscal {
        /// The JSON pointer of the offending value (`/catalog/groups/0/id`).
        pointer: String,
        /// What is wrong.
        message: String,
    },
    /// An OSCAL document is not valid JSON (SD101, with line and column), or
    /// has the expected shape but breaks what OSCAL requires (duplicate or
    /// malformed ids, malformed uuids): every problem, located.
    #[error("invalid oscal: {}", first_of(.0))]
    OscalInvalid(Vec<styrdok_core::Diagnostic>),
    /// A control, framework or vocabulary value is not known.
    #[error("unknown {what} {value:?}")]
    Unknown {
        /// What kind of thing was looked up.
        what: &'static str,
        /// The value given.
        value: String,
    },
    /// An id from core did not validate.
    #[error(transparent)]
    Core(#[from] styrdok_core::CoreError),
}

fn first_of(diags: &[styrdok_core::Diagnostic]) -> String {
    match diags {
        [] => "no problems".to_owned(),
        [one] => one.to_string(),
        [one, rest @ ..] => format!("{one} and {} more", rest.len()),
    }
}

impl ControlsError {
    pub(crate) fn csv(table: &str, line: u64, message: impl Into<String>) -> Self {
        ControlsError::Csv {
            table: table.to_owned(),
            line,
            message: message.into(),
        }
    }
    pub(crate) fn oscal(pointer: &str, message: impl Into<String>) -> Self {
        ControlsError::Oscal {
            pointer: pointer.to_owned(),
            message: message.into(),
        }
    }
}
