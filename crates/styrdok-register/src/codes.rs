//! Diagnostic codes of the register (listed in `docs/diagnostics.md`).

use styrdok_core::DiagnosticCode;

/// The file is not valid JSON.
pub const JSON_SYNTAX: DiagnosticCode = DiagnosticCode::JsonSyntax;
/// A key appears twice in one JSON object.
pub const DUPLICATE_KEY: DiagnosticCode = DiagnosticCode::DuplicateKey;
/// `format_version` is missing or not supported.
pub const FORMAT_VERSION: DiagnosticCode = DiagnosticCode::FormatVersion;
/// The file is not a JSON object.
pub const NOT_A_REGISTER: DiagnosticCode = DiagnosticCode::NotARegister;
/// A value has the wrong JSON type.
pub const WRONG_TYPE: DiagnosticCode = DiagnosticCode::WrongType;
/// A field is not part of the format (a typo would lose data).
pub const UNKNOWN_FIELD: DiagnosticCode = DiagnosticCode::UnknownField;
/// A value is not in its vocabulary (unknown kind, stage, relation …).
pub const BAD_VALUE: DiagnosticCode = DiagnosticCode::BadValue;
/// A date is malformed or does not exist (2018-02-30).
pub const BAD_DATE: DiagnosticCode = DiagnosticCode::BadDate;
/// An id is not a valid slug path.
pub const BAD_ID: DiagnosticCode = DiagnosticCode::BadId;
/// A required field is missing.
pub const MISSING_FIELD: DiagnosticCode = DiagnosticCode::MissingField;
/// A diarienummer cannot be read.
pub const BAD_DNR: DiagnosticCode = DiagnosticCode::BadDnr;
/// Another shape problem.
pub const SHAPE: DiagnosticCode = DiagnosticCode::Shape;
/// Two things share an id.
pub const DUPLICATE_ID: DiagnosticCode = DiagnosticCode::DuplicateId;
/// A reference to an organisation that does not exist.
pub const UNKNOWN_ORGANISATION: DiagnosticCode = DiagnosticCode::UnknownOrganisation;
/// A reference to a body, role or group that does not exist.
pub const UNKNOWN_PARTY: DiagnosticCode = DiagnosticCode::UnknownParty;
/// A reference to a document that does not exist.
pub const UNKNOWN_DOCUMENT: DiagnosticCode = DiagnosticCode::UnknownDocument;
/// A statement id that does not belong to its document, or repeats.
pub const BAD_STATEMENT_ID: DiagnosticCode = DiagnosticCode::BadStatementId;
/// A control link to a statement that does not exist.
pub const UNKNOWN_STATEMENT: DiagnosticCode = DiagnosticCode::UnknownStatement;
/// A reference to a control no catalogue has.
pub const UNKNOWN_CONTROL: DiagnosticCode = DiagnosticCode::UnknownControl;
/// A reference to a taxonomy profile that does not exist.
pub const UNKNOWN_PROFILE: DiagnosticCode = DiagnosticCode::UnknownProfile;
/// A reference to a source (law, standard) that does not exist.
pub const UNKNOWN_SOURCE: DiagnosticCode = DiagnosticCode::UnknownSource;
/// A reference to a section the document does not have.
pub const UNKNOWN_SECTION: DiagnosticCode = DiagnosticCode::UnknownSection;
/// A body, role, group or document id that does not start with its
/// organisation's id.
pub const ID_OUTSIDE_ORGANISATION: DiagnosticCode = DiagnosticCode::IdOutsideOrganisation;
/// A document adopted on delegation (or by an official) with no delegation
/// path from a body allowed to adopt its kind (KL 6 kap 37–38 §§).
pub const NO_DELEGATION: DiagnosticCode = DiagnosticCode::NoDelegation;
/// A matter of principle (the kind's rule says `principiell`) adopted by
/// someone other than fullmäktige (KL 5 kap 1 §).
pub const PRINCIPLE_NOT_BY_FULLMAKTIGE: DiagnosticCode = DiagnosticCode::PrincipleNotByFullmaktige;
/// A delegation kommunallagen does not allow: to a group of employees, of a
/// matter of principle, or passed on without the right to pass it on.
pub const DELEGATION_NOT_ALLOWED: DiagnosticCode = DiagnosticCode::DelegationNotAllowed;
/// Whether a replacing or repealing document's adopter is the same as or
/// above the target's cannot be decided from the register (info).
pub const AUTHORITY_UNDECIDED: DiagnosticCode = DiagnosticCode::AuthorityUndecided;
/// A document's stated review date is before the date checked (warning).
pub const REVIEW_OVERDUE: DiagnosticCode = DiagnosticCode::ReviewOverdue;
/// Decision date + the review interval (the document's or its kind's in
/// the taxonomy) is before the date checked (warning).
pub const REVIEW_INTERVAL_PASSED: DiagnosticCode = DiagnosticCode::ReviewIntervalPassed;
/// A duty names a holder, counterpart or via of another organisation (not
/// the document's, nor one owning or owned by it).
pub const DUTY_PARTY_OUTSIDE_ORGANISATION: DiagnosticCode =
    DiagnosticCode::DutyPartyOutsideOrganisation;
/// A delegation path exists, but a hop does not say it covers the kind
/// (info).
pub const DELEGATION_KINDS_UNSTATED: DiagnosticCode = DiagnosticCode::DelegationKindsUnstated;
/// Two distinct parties are accountable (A) for one RACI row (warning).
pub const TWO_ACCOUNTABLE: DiagnosticCode = DiagnosticCode::TwoAccountable;
/// A file in a register directory that was not read (`.JSON`, not a
/// regular file, a symlinked directory, `documents` that is a file).
pub const FILE_SKIPPED: DiagnosticCode = DiagnosticCode::FileSkipped;
/// The `layout` of a register directory is wrong.
pub const LAYOUT: DiagnosticCode = DiagnosticCode::LayoutMismatch;
/// The file is not UTF-8 text.
pub const NOT_UTF8: DiagnosticCode = DiagnosticCode::NotUtf8;
/// The file was read as UTF-8 with a BOM or as UTF-16 (info).
pub const ENCODING_READ: DiagnosticCode = DiagnosticCode::EncodingRead;
/// The file is beyond a limit of the loader.
pub const LIMIT: DiagnosticCode = DiagnosticCode::LimitExceeded;
/// An imported document holds facts no person has confirmed.
pub const IMPORTED_UNCONFIRMED: DiagnosticCode = DiagnosticCode::ImportedUnconfirmed;
/// An imported fact is below the confidence threshold.
pub const IMPORTED_LOW_CONFIDENCE: DiagnosticCode = DiagnosticCode::ImportedLowConfidence;
/// An imported document does not name its adopter.
pub const IMPORTED_ADOPTER_NOT_NAMED: DiagnosticCode = DiagnosticCode::ImportedAdopterNotNamed;
/// An imported relation fits several documents.
pub const IMPORTED_RELATION_AMBIGUOUS: DiagnosticCode = DiagnosticCode::ImportedRelationAmbiguous;
/// An imported relation points at a stub.
pub const IMPORTED_RELATION_TO_STUB: DiagnosticCode = DiagnosticCode::ImportedRelationToStub;
/// Import created a party the text names.
pub const IMPORTED_PARTY_CREATED: DiagnosticCode = DiagnosticCode::ImportedPartyCreated;
