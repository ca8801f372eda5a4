//! Diagnostic codes of the register (listed in `docs/diagnostics.md`).

/// The file is not valid JSON.
pub const JSON_SYNTAX: &str = "SD101";
/// A key appears twice in one JSON object.
pub const DUPLICATE_KEY: &str = "SD102";
/// `format_version` is missing or not supported.
pub const FORMAT_VERSION: &str = "SD103";
/// The file is not a JSON object.
pub const NOT_A_REGISTER: &str = "SD104";
/// A value has the wrong JSON type.
pub const WRONG_TYPE: &str = "SD110";
/// A field is not part of the format (a typo would lose data).
pub const UNKNOWN_FIELD: &str = "SD111";
/// A value is not in its vocabulary (unknown kind, stage, relation …).
pub const BAD_VALUE: &str = "SD112";
/// A date is malformed or does not exist (2018-02-30).
pub const BAD_DATE: &str = "SD113";
/// An id is not a valid slug path.
pub const BAD_ID: &str = "SD114";
/// A required field is missing.
pub const MISSING_FIELD: &str = "SD115";
/// A diarienummer cannot be read.
pub const BAD_DNR: &str = "SD116";
/// Another shape problem.
pub const SHAPE: &str = "SD119";
/// Two things share an id.
pub const DUPLICATE_ID: &str = "SD201";
/// A reference to an organisation that does not exist.
pub const UNKNOWN_ORGANISATION: &str = "SD202";
/// A reference to a body, role or group that does not exist.
pub const UNKNOWN_PARTY: &str = "SD203";
/// A reference to a document that does not exist.
pub const UNKNOWN_DOCUMENT: &str = "SD204";
/// A statement id that does not belong to its document, or repeats.
pub const BAD_STATEMENT_ID: &str = "SD205";
/// A control link to a statement that does not exist.
pub const UNKNOWN_STATEMENT: &str = "SD206";
/// A reference to a control no catalogue has.
pub const UNKNOWN_CONTROL: &str = "SD207";
/// A reference to a taxonomy profile that does not exist.
pub const UNKNOWN_PROFILE: &str = "SD208";
/// A reference to a source (law, standard) that does not exist.
pub const UNKNOWN_SOURCE: &str = "SD209";
/// A reference to a section the document does not have.
pub const UNKNOWN_SECTION: &str = "SD211";
/// A body, role, group or document id that does not start with its
/// organisation's id.
pub const ID_OUTSIDE_ORGANISATION: &str = "SD212";
/// A document adopted on delegation (or by an official) with no delegation
/// path from a body allowed to adopt its kind (KL 6 kap 37–38 §§).
pub const NO_DELEGATION: &str = "SD501";
/// A matter of principle (the kind's rule says `principiell`) adopted by
/// someone other than fullmäktige (KL 5 kap 1 §).
pub const PRINCIPLE_NOT_BY_FULLMAKTIGE: &str = "SD502";
/// A delegation kommunallagen does not allow: to a group of employees, of a
/// matter of principle, or passed on without the right to pass it on.
pub const DELEGATION_NOT_ALLOWED: &str = "SD503";
/// Whether a replacing or repealing document's adopter is the same as or
/// above the target's cannot be decided from the register (info).
pub const AUTHORITY_UNDECIDED: &str = "SD504";
/// A document's stated review date is before the date checked (warning).
pub const REVIEW_OVERDUE: &str = "SD505";
/// Decision date + the review interval (the document's or its kind's in
/// the taxonomy) is before the date checked (warning).
pub const REVIEW_INTERVAL_PASSED: &str = "SD506";
/// A duty names a holder, counterpart or via of another organisation (not
/// the document's, nor one owning or owned by it).
pub const DUTY_PARTY_OUTSIDE_ORGANISATION: &str = "SD507";
/// A delegation path exists, but a hop does not say it covers the kind
/// (info).
pub const DELEGATION_KINDS_UNSTATED: &str = "SD508";
/// Two distinct parties are accountable (A) for one RACI row (warning).
pub const TWO_ACCOUNTABLE: &str = "SD510";
