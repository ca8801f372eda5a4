//! `styrdok status`, `styrdok graph`, `styrdok lineage`.

use clap::Args;

use crate::common::{CliError, Ctx};

/// Arguments of `styrdok status`.
#[derive(Debug, Args)]
pub(crate) struct StatusArgs {}
/// Arguments of `styrdok graph`.
#[derive(Debug, Args)]
pub(crate) struct GraphArgs {}
/// Arguments of `styrdok lineage`.
#[derive(Debug, Args)]
pub(crate) struct LineageArgs {}

pub(crate) fn status(_args: StatusArgs, _ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    Err(CliError::Usage(
        "`styrdok status` is not available yet".into(),
    ))
}
pub(crate) fn graph(_args: GraphArgs, _ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    Err(CliError::Usage(
        "`styrdok graph` is not available yet".into(),
    ))
}
pub(crate) fn lineage(_args: LineageArgs, _ctx: &mut Ctx<'_>) -> Result<i32, CliError> {
    Err(CliError::Usage(
        "`styrdok lineage` is not available yet".into(),
    ))
}
