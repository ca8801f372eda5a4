use thiserror::Error;

/// Errors from parsing the core vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum CoreError {
    /// An id is not a valid slug path.
    #[error("invalid {what} id {value:?}: {reason}")]
    InvalidId {
        /// Which kind of id was expected.
        what: &'static str,
        /// The text given.
        value: String,
        /// Why it is invalid.
        reason: String,
    },
    /// A date is not a valid partial date.
    #[error("invalid date {value:?}: {reason}")]
    InvalidDate {
        /// The text given.
        value: String,
        /// Why it is invalid.
        reason: String,
    },
    /// A diarienummer could not be recognised.
    #[error(
        "invalid diarienummer {0:?}: expected a case number such as \"KS 2018/1092\" or \"034-418/2005\""
    )]
    InvalidDnr(String),
    /// A diarienummer that is only a date (`2019-05-13`): a date written
    /// where a case number was expected, never a case number.
    #[error(
        "invalid diarienummer {0:?}: this is a date, and a diarienummer is never only a date; expected a case number such as \"KS 2018/1092\""
    )]
    DateAsDnr(String),
    /// A kind name is not in the vocabulary.
    #[error("unknown {what} {value:?}; expected one of: {expected}")]
    UnknownKind {
        /// Which vocabulary.
        what: &'static str,
        /// The text given.
        value: String,
        /// The accepted machine ids.
        expected: String,
    },
}
