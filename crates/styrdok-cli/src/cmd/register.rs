//! `styrdok duties`, `styrdok raci`, `styrdok review`, `styrdok diff`.

use clap::Args;

use crate::common::{CliError, Ctx};

/// Arguments of `styrdok duties`.
#[derive(Debug, Args)]
pub(crate) struct DutiesArgs {}
/// Arguments of `styrdok raci`.
#[derive(Debug, Args)]
pub(crate) struct RaciArgs {}
/// Arguments of `styrdok review`.
#[derive(Debug, Args)]
pub(crate) struct ReviewArgs {}
/// Arguments of `styrdok diff`.
#[derive(Debug, Args)]
pub(crate) struct DiffArgs {}

pub(crate) fn duties(_args: DutiesArgs, _ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    Err(CliError::Usage(
        "`styrdok duties` is not available yet".into(),
    ))
}
pub(crate) fn raci(_args: RaciArgs, _ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    Err(CliError::Usage(
        "`styrdok raci` is not available yet".into(),
    ))
}
pub(crate) fn review(_args: ReviewArgs, _ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    Err(CliError::Usage(
        "`styrdok review` is not available yet".into(),
    ))
}
pub(crate) fn diff(_args: DiffArgs, _ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    Err(CliError::Usage(
        "`styrdok diff` is not available yet".into(),
    ))
}
