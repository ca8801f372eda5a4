//! `styrdok check [PATH]` and `styrdok schema`.

use std::path::PathBuf;

use clap::Args;

use crate::common::{CliError, Ctx};

/// Arguments of `styrdok check`.
#[derive(Debug, Default, Args)]
pub(crate) struct CheckArgs {
    /// A register file (default: the bundled seed register).
    pub(crate) path: Option<PathBuf>,
}

/// Arguments of `styrdok schema`.
#[derive(Debug, Default, Args)]
pub(crate) struct SchemaArgs {}

pub(crate) fn run(_args: CheckArgs, _ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    Err(CliError::Usage(
        "`styrdok check` is not available yet".into(),
    ))
}

pub(crate) fn schema(_args: SchemaArgs, _ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    Err(CliError::Usage(
        "`styrdok schema` is not available yet".into(),
    ))
}
