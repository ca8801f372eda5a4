//! `styrdok import FILE`.

use clap::Args;

use crate::common::{CliError, Ctx};

/// Arguments of `styrdok import`.
#[derive(Debug, Args)]
pub(crate) struct ImportArgs {}

pub(crate) fn run(_args: ImportArgs, _ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    Err(CliError::Usage(
        "`styrdok import` is not available yet".into(),
    ))
}
