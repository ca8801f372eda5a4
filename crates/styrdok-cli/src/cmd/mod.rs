//! One module per command group; each owns its argument types.

pub(crate) mod check;
pub(crate) mod controls;
pub(crate) mod convert;
pub(crate) mod export;
pub(crate) mod r#gen;
pub(crate) mod graph;
pub(crate) mod import;
pub(crate) mod register;
pub(crate) mod report;
pub(crate) mod requires;
pub(crate) mod schema;
