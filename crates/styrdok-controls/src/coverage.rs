//! Coverage: which controls of a catalogue the statements of documents in
//! force address, confirmed or only suggested, by theme and by organisation.
//!
//! A pure function over generic inputs: the register crate turns its
//! documents, statements, duties and in-force status at a date into
//! [`CoverageInput`]s. Links to another edition (ISO/IEC 27001:2013) are
//! counted through the crosswalk ([`through_crosswalk`]) and marked as such.
//!
//! Everything is in catalogue order (5.2 before 5.10), JSON included: the
//! maps are [`IndexMap`]s filled in the order of [`Catalog::entries`].

use schemars::JsonSchema;
use std::collections::{BTreeMap, BTreeSet};

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use styrdok_core::{ControlRef, OrgId, StatementId, Tri};

use crate::catalog::Catalog;
use crate::link::{ControlLink, LinkStatus};
use crate::mapping::{Crosswalk, Relationship};

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
    /// The control the statement was linked to when the link reached this
    /// catalogue through the crosswalk (an ISO/IEC 27001:2013 control);
    /// `None` for a direct link.
    pub via: Option<ControlRef>,
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

impl CoverageStatus {
    /// A plain English label for tables ("not addressed").
    pub fn label(self) -> &'static str {
        match self {
            CoverageStatus::Covered => "covered",
            CoverageStatus::SuggestedOnly => "suggested only",
            CoverageStatus::InForceUnknown => "may be covered (in force not known)",
            CoverageStatus::NotAddressed => "not addressed",
        }
    }

    /// A plain Swedish label for tables ("inte behandlad").
    pub fn label_sv(self) -> &'static str {
        match self {
            CoverageStatus::Covered => "täckt",
            CoverageStatus::SuggestedOnly => "endast föreslagen",
            CoverageStatus::InForceUnknown => "kanske täckt (okänt om gällande)",
            CoverageStatus::NotAddressed => "inte behandlad",
        }
    }
}

/// The coverage of one control.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct ControlCoverage {
    /// The control id (`5.15`).
    pub id: String,
    /// The control's title.
    pub title: String,
    /// Its Swedish label, when the catalogue has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_sv: Option<String>,
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
    /// Statements (of any of the sets above) whose link reached this
    /// control through the crosswalk, with the control they were linked to
    /// (`iso27001:2013/A.9.2.1`): counted, and marked as such.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub via_crosswalk: BTreeMap<StatementId, BTreeSet<ControlRef>>,
}

/// Counts for one theme.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct ThemeCoverage {
    /// The theme's Swedish name (organisatoriska, personella, fysiska,
    /// tekniska; "ledningssystem" for the clauses).
    pub theme_sv: String,
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

/// Coverage per organisation: every control of the catalogue sorted into
/// one of four lists, in catalogue order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct OrgCoverage {
    /// Controls this organisation's documents in force cover (confirmed).
    pub covered: Vec<String>,
    /// Controls only suggested.
    pub suggested: Vec<String>,
    /// Controls addressed only by documents whose in-force status is unknown.
    #[serde(default)]
    pub in_force_unknown: Vec<String>,
    /// Controls none of this organisation's documents addresses.
    #[serde(default)]
    pub not_addressed: Vec<String>,
    /// Covered controls per theme (catalogue order).
    pub covered_by_theme: IndexMap<String, usize>,
    /// Accountable bodies (from duties) and the covered controls they answer
    /// for, in catalogue order.
    #[serde(default)]
    pub accountable: BTreeMap<String, Vec<String>>,
    /// Covered controls counted only through the crosswalk.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub via_crosswalk: Vec<String>,
}

/// Coverage counts for one ISO/IEC 27002:2022 attribute value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct AttributeCoverage {
    /// The attribute type (`properties`, `capabilities` …).
    pub attribute: String,
    /// The value (`Confidentiality`).
    pub value: String,
    /// Controls with this value.
    pub total: usize,
    /// Of those, covered.
    pub covered: usize,
}

/// The coverage report of one catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct CoverageReport {
    /// The framework.
    pub framework: String,
    /// Every control of the catalogue, by id, in catalogue order.
    pub controls: IndexMap<String, ControlCoverage>,
    /// Counts per theme, in catalogue order.
    pub by_theme: IndexMap<String, ThemeCoverage>,
    /// Counts per attribute value (ISO/IEC 27002:2022 attributes), in the
    /// standard's order; empty for a catalogue without attributes.
    #[serde(default)]
    pub by_attribute: Vec<AttributeCoverage>,
    /// Per organisation.
    pub by_organisation: BTreeMap<OrgId, OrgCoverage>,
    /// Controls no document addresses, in catalogue order.
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
    let mut controls: IndexMap<String, ControlCoverage> = entries
        .iter()
        .map(|e| {
            (
                e.control.id.clone(),
                ControlCoverage {
                    id: e.control.id.clone(),
                    title: e.control.title.clone(),
                    label_sv: e.control.label_sv.clone(),
                    theme: e.theme().map(str::to_owned),
                    status: CoverageStatus::NotAddressed,
                    confirmed: BTreeSet::new(),
                    suggested: BTreeSet::new(),
                    in_force_unknown: BTreeSet::new(),
                    accountable: BTreeSet::new(),
                    via_crosswalk: BTreeMap::new(),
                },
            )
        })
        .collect();
    // Per organisation: control id -> (status rank, accountable bodies, via crosswalk only).
    let mut per_org: BTreeMap<OrgId, BTreeMap<String, OrgSlot>> = BTreeMap::new();
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
        if let Some(v) = &input.via {
            slot.via_crosswalk
                .entry(input.statement.clone())
                .or_default()
                .insert(v.clone());
        }
        let org_slot = per_org
            .entry(input.organisation.clone())
            .or_default()
            .entry(r.control().to_owned())
            .or_insert(OrgSlot {
                status: CoverageStatus::NotAddressed,
                accountable: BTreeSet::new(),
                only_via: true,
            });
        let status = match (input.in_force, input.link.status) {
            (Tri::Unknown, _) => {
                slot.in_force_unknown.insert(input.statement.clone());
                CoverageStatus::InForceUnknown
            }
            (_, LinkStatus::Confirmed) => {
                slot.confirmed.insert(input.statement.clone());
                slot.accountable.extend(input.accountable.iter().cloned());
                org_slot
                    .accountable
                    .extend(input.accountable.iter().cloned());
                CoverageStatus::Covered
            }
            (_, _) => {
                slot.suggested.insert(input.statement.clone());
                CoverageStatus::SuggestedOnly
            }
        };
        if status < org_slot.status {
            org_slot.status = status;
        }
        if status == CoverageStatus::Covered && input.via.is_none() {
            org_slot.only_via = false;
        }
    }
    let mut by_theme: IndexMap<String, ThemeCoverage> = IndexMap::new();
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
        let theme = c.theme.clone().unwrap_or_else(|| "-".into());
        let t = by_theme.entry(theme.clone()).or_default();
        t.theme_sv = theme_sv(&theme).to_owned();
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
    let mut by_organisation: BTreeMap<OrgId, OrgCoverage> = BTreeMap::new();
    for (org, slots) in &per_org {
        let mut oc = OrgCoverage::default();
        for e in &entries {
            let id = &e.control.id;
            match slots.get(id) {
                Some(s) if s.status == CoverageStatus::Covered => {
                    oc.covered.push(id.clone());
                    if let Some(theme) = controls.get(id).and_then(|c| c.theme.clone()) {
                        *oc.covered_by_theme.entry(theme).or_default() += 1;
                    }
                    for a in &s.accountable {
                        oc.accountable
                            .entry(a.clone())
                            .or_default()
                            .push(id.clone());
                    }
                    if s.only_via {
                        oc.via_crosswalk.push(id.clone());
                    }
                }
                Some(s) if s.status == CoverageStatus::SuggestedOnly => {
                    oc.suggested.push(id.clone())
                }
                Some(s) if s.status == CoverageStatus::InForceUnknown => {
                    oc.in_force_unknown.push(id.clone())
                }
                _ => oc.not_addressed.push(id.clone()),
            }
        }
        by_organisation.insert(org.clone(), oc);
    }
    let by_attribute = attribute_counts(catalog, &controls);
    let themes_not_covered = by_theme
        .iter()
        .filter(|(_, t)| t.covered == 0)
        .map(|(k, _)| k.clone())
        .collect();
    CoverageReport {
        framework: catalog.framework.id.clone(),
        controls,
        by_theme,
        by_attribute,
        by_organisation,
        not_addressed,
        themes_not_covered,
        without_accountable,
        outside_catalog: outside,
    }
}

/// What one organisation's links say about one control.
#[derive(Debug)]
struct OrgSlot {
    /// The best status (Covered < SuggestedOnly < InForceUnknown).
    status: CoverageStatus,
    accountable: BTreeSet<String>,
    /// Covered only through crosswalked links.
    only_via: bool,
}

/// The Swedish name of a theme.
fn theme_sv(theme: &str) -> &str {
    match theme {
        "organizational" => "organisatoriska",
        "people" => "personella",
        "physical" => "fysiska",
        "technological" => "tekniska",
        "clauses" | "-" => "ledningssystem (krav 4–10)",
        other => other,
    }
}

fn attribute_counts(
    catalog: &Catalog,
    controls: &IndexMap<String, ControlCoverage>,
) -> Vec<AttributeCoverage> {
    let mut out: Vec<AttributeCoverage> = Vec::new();
    for e in catalog.entries() {
        let Some(attrs) = &e.control.attributes else {
            continue;
        };
        let covered = controls
            .get(&e.control.id)
            .is_some_and(|c| c.status == CoverageStatus::Covered);
        for (attribute, value) in attrs.pairs() {
            let i = match out
                .iter()
                .position(|a| a.attribute == attribute && a.value == value)
            {
                Some(i) => i,
                None => {
                    out.push(AttributeCoverage {
                        attribute: attribute.to_owned(),
                        value: value.to_owned(),
                        total: 0,
                        covered: 0,
                    });
                    out.len() - 1
                }
            };
            if let Some(row) = out.get_mut(i) {
                row.total += 1;
                row.covered += usize::from(covered);
            }
        }
    }
    let order = |a: &str| crate::ATTRIBUTE_TYPES.iter().position(|t| *t == a);
    out.sort_by_key(|a| order(&a.attribute));
    out
}

/// Links to controls of another framework, translated into `catalog`'s
/// framework through `crosswalk` (ISO/IEC 27001:2013 → 2022): one input per
/// target control, with `via` naming the control linked to. Links already in
/// the catalogue's framework pass unchanged; a link the crosswalk cannot
/// translate passes unchanged too (and is reported as outside the
/// catalogue). Mappings with `no-relationship` are not followed.
pub fn through_crosswalk(
    catalog: &Catalog,
    crosswalk: &Crosswalk,
    inputs: impl IntoIterator<Item = CoverageInput>,
) -> Vec<CoverageInput> {
    let to = catalog.framework.id.as_str();
    let mut out = Vec::new();
    for input in inputs {
        let r = &input.link.control;
        if r.framework() == to {
            out.push(input);
            continue;
        }
        let targets: Vec<ControlRef> = crosswalk
            .map(r, to)
            .into_iter()
            .filter(|m| m.relationship != Relationship::NoRelationship)
            .map(|m| m.target)
            .collect();
        if targets.is_empty() {
            out.push(input);
            continue;
        }
        for t in targets {
            let mut i = input.clone();
            i.via = Some(r.clone());
            i.link.control = t;
            out.push(i);
        }
    }
    out
}
