//! The Must-show counts and the integrity of the built-in mappings.

use std::collections::BTreeSet;

use styrdok_controls::{
    Aspect, ClassificationSource, Library, Relationship, SecurityProperty, aspect_properties,
    iso27001_2022,
};
use styrdok_core::ControlRef;

const THEMES: [&str; 4] = ["organizational", "people", "physical", "technological"];

#[test]
fn exactly_93_controls_in_2022_and_114_in_2013() {
    let lib = Library::builtin().unwrap();
    let c22 = lib.catalog("iso27001:2022").unwrap();
    let annex: Vec<_> = THEMES.iter().flat_map(|t| c22.controls_in(t)).collect();
    assert_eq!(annex.len(), 93);
    let ids: BTreeSet<&str> = annex.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), 93, "ids are unique");
    assert!(annex.iter().all(|c| {
        c.attributes
            .as_ref()
            .is_some_and(|a| a.classification_source == ClassificationSource::Project)
    }));
    let clauses = c22.controls_in("clauses");
    assert!(clauses.iter().all(|c| c.id.starts_with("clause-")));
    assert!(
        clauses.len() >= 23,
        "clauses 4-10 with sub-clauses: {}",
        clauses.len()
    );
    let c13 = lib.catalog("iso27001:2013").unwrap();
    assert_eq!(c13.len(), 114);
    let nis2 = lib.catalog("nis2:2022").unwrap();
    assert_eq!(nis2.len(), 10);
}

#[test]
fn every_2013_control_is_mapped_and_every_2022_control_is_reached_or_new() {
    let lib = Library::builtin().unwrap();
    let c13 = lib.catalog("iso27001:2013").unwrap();
    let c22 = lib.catalog("iso27001:2022").unwrap();
    let m = lib.crosswalk.between("iso27001:2013", "iso27001:2022");
    for m in &m {
        assert!(
            c13.control(m.source.control()).is_some(),
            "unknown 2013 id {}",
            m.source
        );
        assert!(
            c22.control(m.target.control()).is_some(),
            "unknown 2022 id {}",
            m.target
        );
        assert!(!m.rationale.is_empty());
    }
    let sources: BTreeSet<&str> = m.iter().map(|m| m.source.control()).collect();
    for e in c13.entries() {
        assert!(
            sources.contains(e.control.id.as_str()),
            "{} not mapped",
            e.control.id
        );
    }
    let targets: BTreeSet<&str> = m.iter().map(|m| m.target.control()).collect();
    let mut new = Vec::new();
    for t in THEMES {
        for c in c22.controls_in(t) {
            if c.new_in_edition {
                new.push(c.id.clone());
                assert!(
                    !targets.contains(c.id.as_str()),
                    "{} is new but mapped",
                    c.id
                );
            } else {
                assert!(
                    targets.contains(c.id.as_str()),
                    "{} neither reached nor new",
                    c.id
                );
            }
        }
    }
    assert_eq!(
        new,
        [
            "5.7", "5.23", "5.30", "7.4", "8.9", "8.10", "8.11", "8.12", "8.16", "8.23", "8.28"
        ]
    );
}

#[test]
fn map_queries_work_both_ways() {
    let lib = Library::builtin().unwrap();
    let old: ControlRef = "iso27001:2013/A.12.3.1".parse().unwrap();
    let fwd = lib.map(&old, "iso27001:2022");
    assert_eq!(fwd.len(), 1);
    assert_eq!(fwd[0].target.control(), "8.13");
    let back = lib.map(&"iso27001:2022/5.15".parse().unwrap(), "iso27001:2013");
    assert!(
        back.len() >= 2,
        "5.15 merges several 2013 controls: {back:?}"
    );
    assert!(back.iter().all(|m| m.source.control() == "5.15"));
    // Inversion turns subset-of into superset-of.
    let direct = lib
        .crosswalk
        .mappings
        .iter()
        .find(|m| m.relationship == Relationship::SubsetOf)
        .unwrap();
    let inv = lib.map(&direct.target, direct.source.framework());
    assert!(
        inv.iter()
            .any(|m| m.target == direct.source && m.relationship == Relationship::SupersetOf)
    );
}

#[test]
fn nis2_and_aspects_map_to_existing_2022_controls() {
    let lib = Library::builtin().unwrap();
    let c22 = lib.catalog("iso27001:2022").unwrap();
    let nis2 = lib.crosswalk.between("nis2:2022", "iso27001:2022");
    let measures: BTreeSet<&str> = nis2.iter().map(|m| m.source.control()).collect();
    assert_eq!(measures.len(), 10);
    for m in &nis2 {
        assert!(c22.control(m.target.control()).is_some(), "{}", m.target);
    }
    let aspects = lib.crosswalk.between("klassa", "iso27001:2022");
    for a in Aspect::ALL {
        assert!(
            aspects.iter().any(|m| m.source.control() == a.id()),
            "{a:?} unmapped"
        );
    }
    for m in &aspects {
        assert!(c22.control(m.target.control()).is_some(), "{}", m.target);
    }
    // Spårbarhet has no ISO property: data and code agree.
    for (aspect, prop) in aspect_properties().unwrap() {
        assert_eq!(prop, aspect.iso_property(), "{aspect:?}");
    }
    assert_eq!(Aspect::Sparbarhet.iso_property(), None);
    assert_eq!(
        Aspect::Konfidentialitet.iso_property(),
        Some(SecurityProperty::Confidentiality)
    );
}

#[test]
fn user_attribute_table_replaces_ours() {
    let mut cat = iso27001_2022().unwrap();
    let csv = "id,control_type,properties,concepts,capabilities,domains\n5.15,Detective,Integrity,Detect,Asset_management,Defence\n";
    assert_eq!(cat.override_attributes(csv, "my licensed copy").unwrap(), 1);
    let a = cat.control("5.15").unwrap().attributes.clone().unwrap();
    assert_eq!(
        a.classification_source,
        ClassificationSource::User {
            label: "my licensed copy".into()
        }
    );
    assert_eq!(
        a.properties.iter().map(|p| p.name()).collect::<Vec<_>>(),
        ["Integrity"]
    );
    // Untouched controls keep ours.
    assert_eq!(
        cat.control("5.16")
            .unwrap()
            .attributes
            .as_ref()
            .unwrap()
            .classification_source,
        ClassificationSource::Project
    );
    // Bad rows change nothing.
    let before = cat.clone();
    let bad = "id,control_type,properties,concepts,capabilities,domains\n5.16,Preventive,,,,\n9.99,Preventive,,,,\n";
    assert!(cat.override_attributes(bad, "x").is_err());
    assert_eq!(cat, before);
    let bad = "id,control_type,properties,concepts,capabilities,domains\n5.16,Sideways,,,,\n";
    let err = cat.override_attributes(bad, "x").unwrap_err().to_string();
    assert!(err.contains("line 2"), "{err}");
}

#[test]
fn control_json_snapshot() {
    let lib = Library::builtin().unwrap();
    let c = lib.resolve(&"iso27001:2022/5.15".parse().unwrap()).unwrap();
    insta::assert_json_snapshot!("control_5_15", c);
}
