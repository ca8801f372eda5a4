//! The built-in catalogues and mappings, embedded from `data/*.csv`.

use styrdok_core::ControlRef;

use crate::ControlsError;
use crate::attributes::{Attributes, ClassificationSource};
use crate::catalog::{Catalog, Control, Framework, Group, Metadata, Prop};
use crate::klassa::Aspect;
use crate::mapping::{Crosswalk, Mapping};
use crate::table::Table;

/// ISO/IEC 27001:2022: Annex A controls and clauses 4–10.
pub const ISO27001_2022: &str = "iso27001:2022";
/// ISO/IEC 27001:2013 Annex A.
pub const ISO27001_2013: &str = "iso27001:2013";
/// NIS2 (EU 2022/2555) article 21(2) measures.
pub const NIS2_2022: &str = "nis2:2022";
/// SKR KLASSA's four aspects (as mapping sources: `klassa/konfidentialitet`).
pub const KLASSA: &str = "klassa";
/// The id of the group holding ISO/IEC 27001:2022 clauses 4–10.
pub const CLAUSES_GROUP: &str = "clauses";

/// The date the built-in data was last revised: the `last-modified` of
/// every built-in catalogue's OSCAL export (never "now").
pub const DATA_LAST_MODIFIED: &str = "2026-11-22T00:00:00Z";
/// The version string of the built-in data.
pub const DATA_VERSION: &str = "styrdok-0.1.0";

const ANNEX_A_2022: &str = include_str!("../data/iso27001-2022-annex-a.csv");
const CLAUSES_2022: &str = include_str!("../data/iso27001-2022-clauses.csv");
const THEMES_2022: &str = include_str!("../data/themes.csv");
const ANNEX_A_2013: &str = include_str!("../data/iso27001-2013-annex-a.csv");
const SECTIONS_2013: &str = include_str!("../data/iso27001-2013-sections.csv");
const MAP_2013_2022: &str = include_str!("../data/mapping-2013-2022.csv");
const NIS2: &str = include_str!("../data/nis2-art21.csv");
const ASPECTS: &str = include_str!("../data/aspects.csv");

fn metadata(title: &str) -> Metadata {
    Metadata {
        title: title.to_owned(),
        version: DATA_VERSION.to_owned(),
        oscal_version: crate::oscal::OSCAL_VERSION.to_owned(),
        last_modified: DATA_LAST_MODIFIED.to_owned(),
        published: None,
        remarks: Some(
            "Titles, Swedish labels and attribute classifications are the styrdok project's own work, not text of the standard."
                .to_owned(),
        ),
        extra: serde_json::Map::new(),
    }
}

fn empty_catalog(id: &str, title: &str, edition: &str, publisher: &str) -> Catalog {
    Catalog {
        framework: Framework {
            id: id.to_owned(),
            title: title.to_owned(),
            edition: Some(edition.to_owned()),
            publisher: Some(publisher.to_owned()),
            derived: false,
        },
        uuid: None,
        metadata: metadata(title),
        groups: Vec::new(),
        controls: Vec::new(),
        back_matter: None,
    }
}

fn label_prop(id: &str) -> Prop {
    Prop::new("label", id)
}

/// ISO/IEC 27001:2022: the 93 Annex A controls grouped by theme
/// (organizational, people, physical, technological) with our attribute
/// classification, then clauses 4–10 in the group [`CLAUSES_GROUP`]
/// (sub-clauses nested in their clause).
///
/// # Errors
///
/// `ControlsError::Csv` when an embedded table (themes, Annex A, clauses)
/// cannot be read or lacks a column, or a row is invalid: `new_in_2022`
/// not `true` or `false`, an unknown attribute value, an unknown theme, or
/// a clause whose parent is not defined before it. Only a broken build of
/// the embedded data can fail.
pub fn iso27001_2022() -> Result<Catalog, ControlsError> {
    let mut cat = empty_catalog(
        ISO27001_2022,
        "ISO/IEC 27001:2022 Annex A controls and clauses 4-10",
        "2022",
        "ISO/IEC",
    );
    let themes = Table::parse(
        "themes.csv",
        THEMES_2022,
        &["id", "clause", "title_en", "title_sv"],
    )?;
    for row in themes.rows() {
        let mut g = Group::new(row.get("id"), row.get("title_en"));
        g.label_sv = Some(row.get("title_sv").to_owned()).filter(|s| !s.is_empty());
        g.props.push(label_prop(row.get("clause")));
        cat.groups.push(g);
    }
    let annex = Table::parse(
        "iso27001-2022-annex-a.csv",
        ANNEX_A_2022,
        &[
            "id",
            "theme",
            "title_en",
            "title_sv",
            "new_in_2022",
            "control_type",
            "properties",
            "concepts",
            "capabilities",
            "domains",
        ],
    )?;
    for row in annex.rows() {
        let id = row.get("id");
        let mut c = Control::new(id, row.get("title_en"));
        c.label_sv = Some(row.get("title_sv").to_owned()).filter(|s| !s.is_empty());
        c.theme = Some(row.get("theme").to_owned());
        c.new_in_edition = match row.get("new_in_2022") {
            "true" => true,
            "false" => false,
            other => {
                return Err(row.error(format!("new_in_2022 must be true or false, not {other:?}")));
            }
        };
        c.props.push(label_prop(id));
        c.attributes = Some(
            Attributes::parse(
                [
                    row.get("control_type"),
                    row.get("properties"),
                    row.get("concepts"),
                    row.get("capabilities"),
                    row.get("domains"),
                ],
                ClassificationSource::Project,
            )
            .map_err(|e| row.error(e.to_string()))?,
        );
        let theme = row.get("theme");
        let group = cat
            .groups
            .iter_mut()
            .find(|g| g.id.as_deref() == Some(theme))
            .ok_or_else(|| row.error(format!("unknown theme {theme:?}")))?;
        group.controls.push(c);
    }
    let mut clauses_group = Group::new(CLAUSES_GROUP, "Requirements: clauses 4-10");
    clauses_group.label_sv = Some("Krav: avsnitt 4–10".to_owned());
    let clauses = Table::parse(
        "iso27001-2022-clauses.csv",
        CLAUSES_2022,
        &["id", "parent", "title_en", "title_sv"],
    )?;
    for row in clauses.rows() {
        let id = row.get("id");
        let mut c = Control::new(id, row.get("title_en"));
        c.label_sv = Some(row.get("title_sv").to_owned()).filter(|s| !s.is_empty());
        c.class = Some("clause".to_owned());
        c.props.push(label_prop(id.trim_start_matches("clause-")));
        let parent = row.get("parent");
        if parent.is_empty() {
            clauses_group.controls.push(c);
        } else {
            let slot = find_in(&mut clauses_group.controls, parent)
                .ok_or_else(|| row.error(format!("parent {parent:?} not defined before {id:?}")))?;
            slot.controls.push(c);
        }
    }
    cat.groups.push(clauses_group);
    Ok(cat)
}

fn find_in<'a>(cs: &'a mut [Control], id: &str) -> Option<&'a mut Control> {
    for c in cs {
        if c.id == id {
            return Some(c);
        }
        if let Some(f) = find_in(&mut c.controls, id) {
            return Some(f);
        }
    }
    None
}

/// ISO/IEC 27001:2013 Annex A: 114 controls grouped by section (A.5 …
/// A.18) and, within a section, by control objective (A.5.1 …).
///
/// # Errors
///
/// `ControlsError::Csv` when an embedded table (sections, Annex A) cannot
/// be read or lacks a column, or a row's objective is not `A.n.m` or names
/// an unknown section. Only a broken build of the embedded data can fail.
pub fn iso27001_2013() -> Result<Catalog, ControlsError> {
    let mut cat = empty_catalog(
        ISO27001_2013,
        "ISO/IEC 27001:2013 Annex A controls",
        "2013",
        "ISO/IEC",
    );
    let sections = Table::parse(
        "iso27001-2013-sections.csv",
        SECTIONS_2013,
        &["id", "title_en", "title_sv"],
    )?;
    for row in sections.rows() {
        let mut g = Group::new(row.get("id"), row.get("title_en"));
        g.label_sv = Some(row.get("title_sv").to_owned()).filter(|s| !s.is_empty());
        cat.groups.push(g);
    }
    let annex = Table::parse(
        "iso27001-2013-annex-a.csv",
        ANNEX_A_2013,
        &["id", "group", "group_title_en", "title_en", "title_sv"],
    )?;
    for row in annex.rows() {
        let id = row.get("id");
        let objective = row.get("group");
        let section_id = objective
            .rsplit_once('.')
            .map(|(s, _)| s)
            .ok_or_else(|| row.error(format!("objective {objective:?} is not A.n.m")))?;
        let section = cat
            .groups
            .iter_mut()
            .find(|g| g.id.as_deref() == Some(section_id))
            .ok_or_else(|| row.error(format!("unknown section {section_id:?}")))?;
        if !section
            .groups
            .iter()
            .any(|g| g.id.as_deref() == Some(objective))
        {
            section
                .groups
                .push(Group::new(objective, row.get("group_title_en")));
        }
        let Some(obj) = section
            .groups
            .iter_mut()
            .find(|g| g.id.as_deref() == Some(objective))
        else {
            return Err(row.error("objective group vanished"));
        };
        let mut c = Control::new(id, row.get("title_en"));
        c.label_sv = Some(row.get("title_sv").to_owned()).filter(|s| !s.is_empty());
        c.props.push(label_prop(id));
        obj.controls.push(c);
    }
    Ok(cat)
}

/// NIS2 (Directive (EU) 2022/2555) article 21(2) points (a)–(j).
///
/// # Errors
///
/// `ControlsError::Csv` when the embedded NIS2 table cannot be read or
/// lacks a column. Only a broken build of the embedded data can fail.
pub fn nis2_2022() -> Result<Catalog, ControlsError> {
    let mut cat = empty_catalog(
        NIS2_2022,
        "NIS2 Directive (EU) 2022/2555 Article 21(2) cybersecurity risk-management measures",
        "2022",
        "European Union",
    );
    let mut g = Group::new("art-21.2", "Article 21(2) measures");
    g.label_sv = Some("Artikel 21.2 åtgärder".to_owned());
    let t = Table::parse("nis2-art21.csv", NIS2, &["id", "title_en", "title_sv"])?;
    for row in t.rows() {
        let id = row.get("id");
        let mut c = Control::new(id, row.get("title_en"));
        c.label_sv = Some(row.get("title_sv").to_owned()).filter(|s| !s.is_empty());
        let point = id.rsplit('.').next().unwrap_or(id);
        c.props.push(label_prop(&format!("21(2)({point})")));
        g.controls.push(c);
    }
    cat.groups.push(g);
    Ok(cat)
}

fn cref(
    framework: &str,
    control: &str,
    row: &crate::table::Row<'_>,
) -> Result<ControlRef, ControlsError> {
    ControlRef::new(framework, control).map_err(|e| row.error(e.to_string()))
}

/// The ISO/IEC 27001:2013 → 2022 correspondence.
///
/// # Errors
///
/// `ControlsError::Csv` when the embedded mapping table cannot be read or
/// lacks a column, or a row has an invalid control id or an unknown
/// relationship. Only a broken build of the embedded data can fail.
pub fn mappings_2013_2022() -> Result<Vec<Mapping>, ControlsError> {
    let t = Table::parse(
        "mapping-2013-2022.csv",
        MAP_2013_2022,
        &["from", "to", "relationship", "rationale"],
    )?;
    t.rows()
        .map(|row| {
            Ok(Mapping {
                source: cref(ISO27001_2013, row.get("from"), &row)?,
                target: cref(ISO27001_2022, row.get("to"), &row)?,
                relationship: row
                    .get("relationship")
                    .parse()
                    .map_err(|e: ControlsError| row.error(e.to_string()))?,
                rationale: row.get("rationale").to_owned(),
            })
        })
        .collect()
}

/// NIS2 article 21(2) measures → ISO/IEC 27001:2022 controls and clauses.
///
/// # Errors
///
/// `ControlsError::Csv` when the embedded NIS2 table cannot be read or
/// lacks a column, or a row has an unknown relationship or an invalid
/// control id. Only a broken build of the embedded data can fail.
pub fn mappings_nis2() -> Result<Vec<Mapping>, ControlsError> {
    let t = Table::parse(
        "nis2-art21.csv",
        NIS2,
        &["id", "controls", "relationship", "rationale"],
    )?;
    let mut out = Vec::new();
    for row in t.rows() {
        let rel = row
            .get("relationship")
            .parse()
            .map_err(|e: ControlsError| row.error(e.to_string()))?;
        for c in row.get("controls").split_whitespace() {
            out.push(Mapping {
                source: cref(NIS2_2022, row.get("id"), &row)?,
                target: cref(ISO27001_2022, c, &row)?,
                relationship: rel,
                rationale: row.get("rationale").to_owned(),
            });
        }
    }
    Ok(out)
}

/// KLASSA's aspects → ISO/IEC 27001:2022 controls. Each aspect is
/// `intersects-with` each listed control: the control serves the aspect,
/// and the aspect (a property of information) is more than one control.
///
/// # Errors
///
/// `ControlsError::Csv` when the embedded aspects table cannot be read or
/// lacks a column, or a row names an unknown aspect or an invalid control
/// id. Only a broken build of the embedded data can fail.
pub fn mappings_aspects() -> Result<Vec<Mapping>, ControlsError> {
    let t = Table::parse("aspects.csv", ASPECTS, &["aspect", "controls", "rationale"])?;
    let mut out = Vec::new();
    for row in t.rows() {
        let aspect: Aspect = row
            .get("aspect")
            .parse()
            .map_err(|e: ControlsError| row.error(e.to_string()))?;
        for c in row.get("controls").split_whitespace() {
            out.push(Mapping {
                source: cref(KLASSA, aspect.id(), &row)?,
                target: cref(ISO27001_2022, c, &row)?,
                relationship: crate::mapping::Relationship::IntersectsWith,
                rationale: row.get("rationale").to_owned(),
            });
        }
    }
    Ok(out)
}

/// The ISO property an aspect maps to, as the data states it (empty for spårbarhet).
///
/// # Errors
///
/// `ControlsError::Csv` when the embedded aspects table cannot be read or
/// lacks a column, or a row names an unknown aspect or an unknown ISO
/// property. Only a broken build of the embedded data can fail.
pub fn aspect_properties()
-> Result<Vec<(Aspect, Option<crate::attributes::SecurityProperty>)>, ControlsError> {
    let t = Table::parse("aspects.csv", ASPECTS, &["aspect", "iso_property"])?;
    t.rows()
        .map(|row| {
            let aspect: Aspect = row
                .get("aspect")
                .parse()
                .map_err(|e: ControlsError| row.error(e.to_string()))?;
            let p = row.get("iso_property");
            let prop = if p.is_empty() {
                None
            } else {
                Some(
                    p.parse()
                        .map_err(|e: ControlsError| row.error(e.to_string()))?,
                )
            };
            Ok((aspect, prop))
        })
        .collect()
}

/// Every built-in catalogue and mapping, with lookups across them.
#[derive(Debug, Clone)]
pub struct Library {
    /// The catalogues: iso27001:2022, iso27001:2013, nis2:2022.
    pub catalogs: Vec<Catalog>,
    /// All built-in mappings.
    pub crosswalk: Crosswalk,
}

impl Library {
    /// Loads the built-in data.
    ///
    /// # Errors
    ///
    /// `ControlsError::Csv` when any built-in catalogue or mapping fails to
    /// load (see [`iso27001_2022`], [`iso27001_2013`], [`nis2_2022`],
    /// [`mappings_2013_2022`], [`mappings_nis2`], [`mappings_aspects`]). Only a
    /// broken build of the embedded data can fail.
    pub fn builtin() -> Result<Self, ControlsError> {
        let mut mappings = mappings_2013_2022()?;
        mappings.extend(mappings_nis2()?);
        mappings.extend(mappings_aspects()?);
        Ok(Library {
            catalogs: vec![iso27001_2022()?, iso27001_2013()?, nis2_2022()?],
            crosswalk: Crosswalk { mappings },
        })
    }

    /// The catalogue of a framework.
    pub fn catalog(&self, framework: &str) -> Option<&Catalog> {
        self.catalogs.iter().find(|c| c.framework.id == framework)
    }

    /// The control a reference names.
    pub fn resolve(&self, r: &ControlRef) -> Option<&Control> {
        self.catalog(r.framework())?.control(r.control())
    }

    /// Every control with this bare id, in any catalogue.
    pub fn find_bare(&self, id: &str) -> Vec<ControlRef> {
        self.catalogs
            .iter()
            .filter(|c| c.control(id).is_some())
            .filter_map(|c| ControlRef::new(&c.framework.id, id).ok())
            .collect()
    }

    /// Controls of `to` that `control` maps to.
    pub fn map(&self, control: &ControlRef, to: &str) -> Vec<Mapping> {
        self.crosswalk.map(control, to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_load_with_expected_counts() {
        let c22 = iso27001_2022().unwrap();
        let annex: usize = ["organizational", "people", "physical", "technological"]
            .iter()
            .map(|t| c22.controls_in(t).len())
            .sum();
        assert_eq!(annex, 93);
        assert_eq!(c22.controls_in("organizational").len(), 37);
        assert_eq!(c22.controls_in("people").len(), 8);
        assert_eq!(c22.controls_in("physical").len(), 14);
        assert_eq!(c22.controls_in("technological").len(), 34);
        assert!(c22.control("clause-9.2").is_some());
        assert!(c22.control("clause-6.1.2").is_some());
        assert_eq!(c22.new_controls().len(), 11);
        let c13 = iso27001_2013().unwrap();
        assert_eq!(c13.len(), 114);
        assert_eq!(c13.groups.len(), 14);
        let n = nis2_2022().unwrap();
        assert_eq!(n.len(), 10);
        assert!(!mappings_2013_2022().unwrap().is_empty());
        assert!(!mappings_nis2().unwrap().is_empty());
        assert_eq!(aspect_properties().unwrap().len(), 4);
        assert!(Library::builtin().is_ok());
    }
}
