//! Coverage: which controls of a catalogue the statements of documents in
//! force address, confirmed or only suggested, by theme and by organisation.
//!
//! A pure function over generic inputs: the register crate turns its
//! documents, statements, duties and in-force status at a date into
//! [`CoverageInput`]s.

use schemars::JsonSchema;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use styrdok_core::{ControlRef, OrgId, StatementId, Tri};

use crate::catalog::Catalog;
use crate::link::{ControlLink, LinkStatus};
use crate::mapping::Relationship;

/// One statement's link to a control, with what the register knows about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageInput {
    /// The statement holding the link.
    pub statement: StatementId,
    /// The organisation whose document states it.
    pub organisation: OrgId,
    /// The link.
    pub link: ControlLink,
    /// Whether the statement's document is in force at the date asked about.
    pub in_force: Tri,
    /// Bodies accountable for the statement (from the duties that discharge it).
    pub accountable: Vec<String>,
}

/// How well one control is covered.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CoverageStatus {
    /// A confirmed link from a statement of a document in force.
    Covered,
    /// Only suggested links from documents in force.
    SuggestedOnly,
    /// Only links from documents whose in-force status is unknown.
    InForceUnknown,
    /// No document addresses it.
    NotAddressed,
}

/// The coverage of one control.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct ControlCoverage {
    /// The control's title.
    pub title: String,
    /// Its theme (or outermost group).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// The status.
    pub status: CoverageStatus,
    /// Statements in force with a confirmed link.
    pub confirmed: BTreeSet<StatementId>,
    /// Statements in force with only a suggested link (shown apart).
    pub suggested: BTreeSet<StatementId>,
    /// Statements whose in-force status is unknown (shown apart).
    pub in_force_unknown: BTreeSet<StatementId>,
    /// Bodies accountable through the confirmed statements.
    pub accountable: BTreeSet<String>,
}

/// Counts for one theme.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct ThemeCoverage {
    /// Controls in the theme.
    pub total: usize,
    /// Covered.
    pub covered: usize,
    /// Suggested only.
    pub suggested_only: usize,
    /// In-force status unknown only.
    pub in_force_unknown: usize,
    /// Not addressed.
    pub not_addressed: usize,
}

/// Coverage per organisation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct OrgCoverage {
    /// Controls this organisation's documents in force cover (confirmed).
    pub covered: BTreeSet<String>,
    /// Controls only suggested.
    pub suggested: BTreeSet<String>,
    /// Covered controls per theme.
    pub covered_by_theme: BTreeMap<String, usize>,
}

/// The coverage report of one catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct CoverageReport {
    /// The framework.
    pub framework: String,
    /// Every control of the catalogue, by id.
    pub controls: BTreeMap<String, ControlCoverage>,
    /// Counts per theme.
    pub by_theme: BTreeMap<String, ThemeCoverage>,
    /// Per organisation.
    pub by_organisation: BTreeMap<OrgId, OrgCoverage>,
    /// Controls no document addresses.
    pub not_addressed: Vec<String>,
    /// Themes none of whose controls is covered.
    pub themes_not_covered: Vec<String>,
    /// Covered controls with no accountable body.
    pub without_accountable: Vec<String>,
    /// Links to controls outside this catalogue (other frameworks or
    /// unknown ids), with the statements holding them.
    pub outside_catalog: BTreeMap<ControlRef, BTreeSet<StatementId>>,
}

/// Computes coverage of `catalog` from statement links. Links with
/// relationship `no-relationship` and statements not in force (`Tri::No`)
/// are ignored; see `docs/controls.md` for the semantics.
pub fn coverage(
    catalog: &Catalog,
    inputs: impl IntoIterator<Item = CoverageInput>,
) -> CoverageReport {
    let entries = catalog.entries();
    let mut controls: BTreeMap<String, ControlCoverage> = entries
        .iter()
        .map(|e| {
            (
                e.control.id.clone(),
                ControlCoverage {
                    title: e.control.title.clone(),
                    theme: e.theme().map(str::to_owned),
                    status: CoverageStatus::NotAddressed,
                    confirmed: BTreeSet::new(),
                    suggested: BTreeSet::new(),
                    in_force_unknown: BTreeSet::new(),
                    accountable: BTreeSet::new(),
                },
            )
        })
        .collect();
    let mut by_organisation: BTreeMap<OrgId, OrgCoverage> = BTreeMap::new();
    let mut outside: BTreeMap<ControlRef, BTreeSet<StatementId>> = BTreeMap::new();
    for input in inputs {
        if input.link.relationship == Relationship::NoRelationship || input.in_force == Tri::No {
            continue;
        }
        let r = &input.link.control;
        let slot = if r.framework() == catalog.framework.id {
            controls.get_mut(r.control())
        } else {
            None
        };
        let Some(slot) = slot else {
            outside
                .entry(r.clone())
                .or_default()
                .insert(input.statement.clone());
            continue;
        };
        match (input.in_force, input.link.status) {
            (Tri::Unknown, _) => {
                slot.in_force_unknown.insert(input.statement.clone());
            }
            (_, LinkStatus::Confirmed) => {
                slot.confirmed.insert(input.statement.clone());
                slot.accountable.extend(input.accountable.iter().cloned());
                by_organisation
                    .entry(input.organisation.clone())
                    .or_default()
                    .covered
                    .insert(r.control().to_owned());
            }
            (_, _) => {
                slot.suggested.insert(input.statement.clone());
                by_organisation
                    .entry(input.organisation.clone())
                    .or_default()
                    .suggested
                    .insert(r.control().to_owned());
            }
        }
    }
    let mut by_theme: BTreeMap<String, ThemeCoverage> = BTreeMap::new();
    let mut not_addressed = Vec::new();
    let mut without_accountable = Vec::new();
    for e in &entries {
        let Some(c) = controls.get_mut(&e.control.id) else {
            continue;
        };
        c.status = if !c.confirmed.is_empty() {
            CoverageStatus::Covered
        } else if !c.suggested.is_empty() {
            CoverageStatus::SuggestedOnly
        } else if !c.in_force_unknown.is_empty() {
            CoverageStatus::InForceUnknown
        } else {
            CoverageStatus::NotAddressed
        };
        let t = by_theme
            .entry(c.theme.clone().unwrap_or_else(|| "-".into()))
            .or_default();
        t.total += 1;
        match c.status {
            CoverageStatus::Covered => {
                t.covered += 1;
                if c.accountable.is_empty() {
                    without_accountable.push(e.control.id.clone());
                }
            }
            CoverageStatus::SuggestedOnly => t.suggested_only += 1,
            CoverageStatus::InForceUnknown => t.in_force_unknown += 1,
            CoverageStatus::NotAddressed => {
                t.not_addressed += 1;
                not_addressed.push(e.control.id.clone());
            }
        }
    }
    for org in by_organisation.values_mut() {
        for id in &org.covered {
            if let Some(theme) = controls.get(id).and_then(|c| c.theme.clone()) {
                *org.covered_by_theme.entry(theme).or_default() += 1;
            }
        }
    }
    let themes_not_covered = by_theme
        .iter()
        .filter(|(_, t)| t.covered == 0)
        .map(|(k, _)| k.clone())
        .collect();
    CoverageReport {
        framework: catalog.framework.id.clone(),
        controls,
        by_theme,
        by_organisation,
        not_addressed,
        themes_not_covered,
        without_accountable,
        outside_catalog: outside,
    }
}
