//! `styrdok controls …`.

use clap::Args;

use crate::common::{CliError, Ctx};

/// Arguments of `styrdok controls`.
#[derive(Debug, Args)]
pub(crate) struct ControlsArgs {}

pub(crate) fn run(_args: ControlsArgs, _ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    Err(CliError::Usage(
        "`styrdok controls` is not available yet".into(),
    ))
}
