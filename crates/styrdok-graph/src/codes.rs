//! Diagnostic codes of this crate (listed in `docs/graph.md`): those found
//! while building the graph and those of [`crate::check_integrity`]. Their
//! own module, so that the graph and its checks both use them without the
//! graph depending on the check module.

use styrdok_core::DiagnosticCode;

/// A supersession edge would close a cycle; it is refused (error).
pub const CYCLE: DiagnosticCode = DiagnosticCode::Cycle;
/// Two documents replace the same whole document (error).
pub const TWO_SUCCESSORS: DiagnosticCode = DiagnosticCode::TwoSuccessors;
/// A document replaces or repeals one decided after it (error).
pub const REPLACES_LATER: DiagnosticCode = DiagnosticCode::ReplacesLater;
/// A document replaces or repeals one adopted by a higher or another
/// body (error).
pub const AUTHORITY: DiagnosticCode = DiagnosticCode::Authority;
/// A replaced document is still declared in force (warning).
pub const STILL_DECLARED_IN_FORCE: DiagnosticCode = DiagnosticCode::StillDeclaredInForce;
/// A relation names a document that is not in the register (error).
pub const DANGLING_TARGET: DiagnosticCode = DiagnosticCode::DanglingTarget;
/// A concretizing document is in force while its parent is not (warning).
pub const PARENT_NOT_IN_FORCE: DiagnosticCode = DiagnosticCode::ParentNotInForce;
/// A partial replacement names a section the target does not have (error).
pub const MISSING_SECTION: DiagnosticCode = DiagnosticCode::MissingSection;
/// Two documents share an id (error).
pub const DUPLICATE_ID: DiagnosticCode = DiagnosticCode::GraphDuplicateId;
/// A stub no relation touches (info).
pub const ORPHAN_STUB: DiagnosticCode = DiagnosticCode::OrphanStub;
