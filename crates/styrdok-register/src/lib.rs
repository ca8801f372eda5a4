//! A whole register of organisations and documents.
//!
//! Loading keeps positions, so every diagnostic says file, JSON pointer,
//! line and column; cross-checks join documents, bodies, taxonomies, the
//! graph and the controls.

mod format;

pub use format::{
    ControlLinkRecord, FORMAT_VERSION, LinkStatus, ProfileDecl, Register, Settings, Source,
    SourceKind,
};
