//! The catalogue model: OSCAL-shaped (groups, controls, params, props,
//! links, parts, nested controls) plus our own fields (Swedish label, theme,
//! ISO/IEC 27002:2022 attributes).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::attributes::Attributes;

/// Which framework a catalogue is: the `<framework>` part of a
/// [`styrdok_core::ControlRef`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct Framework {
    /// The framework id, e.g. `iso27001:2022`.
    pub id: String,
    /// A human title.
    pub title: String,
    /// The edition, e.g. `2022`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<String>,
    /// Who publishes it, e.g. `ISO/IEC`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Whether the id was derived on import (from the title and version of
    /// a foreign OSCAL catalog) rather than declared; export then writes
    /// no styrdok metadata props and maps no ids.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub derived: bool,
}

/// OSCAL catalog metadata (the parts we model; the rest is kept verbatim in
/// `extra` so that imported catalogs export unchanged).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct Metadata {
    /// Title.
    pub title: String,
    /// The catalog's own version.
    pub version: String,
    /// The OSCAL version it declares.
    pub oscal_version: String,
    /// When it was last modified: the data's own date, never "now".
    pub last_modified: String,
    /// When it was published, if stated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
    /// Other OSCAL metadata members (props, links, roles, parties, …), verbatim.
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub extra: Map<String, Value>,
}

/// An OSCAL property: a name/value pair, optionally namespaced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct Prop {
    /// The name (a token).
    pub name: String,
    /// The value.
    pub value: String,
    /// The namespace URI of the name, when not OSCAL's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ns: Option<String>,
    /// A class.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    /// A uuid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// A group (OSCAL 1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}

impl Prop {
    /// A plain property.
    pub fn new(name: &str, value: &str) -> Self {
        Prop {
            name: name.to_owned(),
            value: value.to_owned(),
            ns: None,
            class: None,
            uuid: None,
            group: None,
            remarks: None,
        }
    }
}

/// An OSCAL link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct Link {
    /// The target (URI or `#uuid` fragment).
    pub href: String,
    /// The relation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rel: Option<String>,
    /// The media type (`media-type` in OSCAL).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
    /// A fragment of the resource (`resource-fragment`, OSCAL 1.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_fragment: Option<String>,
    /// The link text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// An OSCAL part: a piece of control text (statement, guidance, item …),
/// possibly nested.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct Part {
    /// The part id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The part name (`statement`, `guidance`, `item`, …).
    pub name: String,
    /// The namespace of the name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ns: Option<String>,
    /// A class.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    /// A title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Properties.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    /// The prose (markdown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prose: Option<String>,
    /// Sub-parts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
    /// Links.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
}

/// An OSCAL parameter, kept as its JSON object (its shape — label, select,
/// constraints, guidelines, values — is carried through unchanged).
pub type Param = Map<String, Value>;

/// One control.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct Control {
    /// The control id within its framework (`5.15`, `clause-9.2`, `A.9.2.1`, `ac-2`).
    pub id: String,
    /// A class.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    /// The short English title (our own wording for ISO controls).
    pub title: String,
    /// Our own Swedish label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_sv: Option<String>,
    /// The theme (for ISO/IEC 27001:2022 Annex A: organizational, people,
    /// physical, technological).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<String>,
    /// Whether the control is new in this edition (the 11 new 2022 controls).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub new_in_edition: bool,
    /// ISO/IEC 27002:2022 attributes, with who classified them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<Attributes>,
    /// Parameters.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<Param>,
    /// Properties.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    /// Links.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// Parts (statement, guidance, …).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
    /// Nested controls (enhancements, sub-clauses).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<Control>,
    /// Remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}

impl Control {
    /// A control with only an id and a title.
    pub fn new(id: &str, title: &str) -> Self {
        Control {
            id: id.to_owned(),
            class: None,
            title: title.to_owned(),
            label_sv: None,
            theme: None,
            new_in_edition: false,
            attributes: None,
            params: Vec::new(),
            props: Vec::new(),
            links: Vec::new(),
            parts: Vec::new(),
            controls: Vec::new(),
            remarks: None,
        }
    }
}

/// A group of controls (a theme, a clause group, an Annex A section).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct Group {
    /// The group id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// A class.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    /// The title.
    pub title: String,
    /// Our own Swedish label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_sv: Option<String>,
    /// Parameters.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<Param>,
    /// Properties.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    /// Links.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    /// Parts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
    /// Sub-groups.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    /// Controls.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<Control>,
}

impl Group {
    /// A group with an id and a title.
    pub fn new(id: &str, title: &str) -> Self {
        Group {
            id: Some(id.to_owned()),
            class: None,
            title: title.to_owned(),
            label_sv: None,
            params: Vec::new(),
            props: Vec::new(),
            links: Vec::new(),
            parts: Vec::new(),
            groups: Vec::new(),
            controls: Vec::new(),
        }
    }
}

/// A control catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct Catalog {
    /// Which framework this is.
    pub framework: Framework,
    /// The OSCAL uuid when imported; built-ins derive a v5 uuid on export.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// Metadata.
    pub metadata: Metadata,
    /// Groups.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    /// Controls outside any group.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<Control>,
    /// OSCAL back-matter, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub back_matter: Option<Value>,
}

/// A control found by walking a catalogue, with where it sits.
#[derive(Debug, Clone, Copy)]
pub struct ControlEntry<'a> {
    /// The control.
    pub control: &'a Control,
    /// The id of the outermost group holding it (`None` for top-level controls).
    pub top_group: Option<&'a str>,
    /// The id of the innermost group holding it.
    pub group: Option<&'a str>,
    /// The parent control id, for nested controls.
    pub parent: Option<&'a str>,
}

impl<'a> ControlEntry<'a> {
    /// The theme: the control's own theme, else its outermost group id.
    pub fn theme(&self) -> Option<&'a str> {
        self.control.theme.as_deref().or(self.top_group)
    }
}

impl Catalog {
    /// Every control, depth first in document order, nested ones included.
    pub fn entries(&self) -> Vec<ControlEntry<'_>> {
        fn walk_controls<'a>(
            cs: &'a [Control],
            top: Option<&'a str>,
            group: Option<&'a str>,
            parent: Option<&'a str>,
            out: &mut Vec<ControlEntry<'a>>,
        ) {
            for c in cs {
                out.push(ControlEntry {
                    control: c,
                    top_group: top,
                    group,
                    parent,
                });
                walk_controls(&c.controls, top, group, Some(&c.id), out);
            }
        }
        fn walk_groups<'a>(gs: &'a [Group], top: Option<&'a str>, out: &mut Vec<ControlEntry<'a>>) {
            for g in gs {
                let top = top.or(g.id.as_deref());
                walk_controls(&g.controls, top, g.id.as_deref(), None, out);
                walk_groups(&g.groups, top, out);
            }
        }
        let mut out = Vec::new();
        walk_controls(&self.controls, None, None, None, &mut out);
        walk_groups(&self.groups, None, &mut out);
        out
    }

    /// The number of controls, nested ones included.
    pub fn len(&self) -> usize {
        self.entries().len()
    }

    /// Whether the catalogue has no controls.
    pub fn is_empty(&self) -> bool {
        self.entries().is_empty()
    }

    /// The control with this id, anywhere in the catalogue.
    pub fn control(&self, id: &str) -> Option<&Control> {
        self.entries()
            .into_iter()
            .find(|e| e.control.id == id)
            .map(|e| e.control)
    }

    /// The entry (control and position) with this id.
    pub fn entry(&self, id: &str) -> Option<ControlEntry<'_>> {
        self.entries().into_iter().find(|e| e.control.id == id)
    }

    /// The control with this id, mutably.
    pub fn control_mut(&mut self, id: &str) -> Option<&mut Control> {
        fn in_controls<'a>(cs: &'a mut [Control], id: &str) -> Option<&'a mut Control> {
            for c in cs {
                if c.id == id {
                    return Some(c);
                }
                if let Some(found) = in_controls(&mut c.controls, id) {
                    return Some(found);
                }
            }
            None
        }
        fn in_groups<'a>(gs: &'a mut [Group], id: &str) -> Option<&'a mut Control> {
            for g in gs {
                if let Some(found) = in_controls(&mut g.controls, id) {
                    return Some(found);
                }
                if let Some(found) = in_groups(&mut g.groups, id) {
                    return Some(found);
                }
            }
            None
        }
        if let Some(c) = in_controls(&mut self.controls, id) {
            return Some(c);
        }
        in_groups(&mut self.groups, id)
    }

    /// The controls of the outermost group `group_id` (nested ones included).
    pub fn controls_in(&self, group_id: &str) -> Vec<&Control> {
        self.entries()
            .into_iter()
            .filter(|e| e.top_group == Some(group_id))
            .map(|e| e.control)
            .collect()
    }

    /// The controls marked new in this edition.
    pub fn new_controls(&self) -> Vec<&Control> {
        self.entries()
            .into_iter()
            .filter(|e| e.control.new_in_edition)
            .map(|e| e.control)
            .collect()
    }
}
