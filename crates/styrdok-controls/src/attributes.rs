//! The five attribute types of ISO/IEC 27002:2022 (clause 4.2) as typed
//! values, and per-control attribute sets.
//!
//! The value *names* are public vocabulary (3 control types, 3 information
//! security properties, 5 cybersecurity concepts, 15 operational capabilities,
//! 4 security domains). Which values a given control has is this project's own
//! classification ([`ClassificationSource::Project`]); a user who holds the
//! standard can replace it with [`Catalog::override_attributes`].

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::ControlsError;
use crate::catalog::Catalog;

macro_rules! vocab {
    ($(#[$m:meta])* $name:ident, $what:literal, { $($(#[$vm:meta])* $v:ident => $s:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
        #[serde(rename_all = "snake_case")]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vm])* $v),+
        }
        impl $name {
            /// Every value, in the standard's order.
            pub const ALL: &'static [$name] = &[$($name::$v),+];
            /// The vocabulary name as the standard writes the hashtag, without `#`.
            pub fn name(self) -> &'static str {
                match self { $($name::$v => $s),+ }
            }
        }
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }
        impl FromStr for $name {
            type Err = ControlsError;
            /// Accepts the vocabulary name with or without `#`, in any case,
            /// with `_`, `-` or spaces between words.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let norm = |x: &str| x.trim().trim_start_matches('#').to_ascii_lowercase().replace(['-', ' '], "_");
                let wanted = norm(s);
                $name::ALL.iter().copied().find(|v| norm(v.name()) == wanted)
                    .ok_or_else(|| ControlsError::Unknown { what: $what, value: s.to_owned() })
            }
        }
    };
}

vocab!(
    /// Control type: when the control acts relative to an incident.
    ControlType, "control type", {
        /// Acts before an incident.
        Preventive => "Preventive",
        /// Acts when an incident occurs.
        Detective => "Detective",
        /// Acts after an incident.
        Corrective => "Corrective",
    }
);

vocab!(
    /// Information security property the control contributes to.
    SecurityProperty, "information security property", {
        /// Konfidentialitet.
        Confidentiality => "Confidentiality",
        /// Riktighet.
        Integrity => "Integrity",
        /// Tillgänglighet.
        Availability => "Availability",
    }
);

vocab!(
    /// Cybersecurity concept (from ISO/IEC TS 27110).
    CyberConcept, "cybersecurity concept", {
        /// Identify.
        Identify => "Identify",
        /// Protect.
        Protect => "Protect",
        /// Detect.
        Detect => "Detect",
        /// Respond.
        Respond => "Respond",
        /// Recover.
        Recover => "Recover",
    }
);

vocab!(
    /// Operational capability.
    OperationalCapability, "operational capability", {
        /// Governance.
        Governance => "Governance",
        /// Asset management.
        AssetManagement => "Asset_management",
        /// Information protection.
        InformationProtection => "Information_protection",
        /// Human resource security.
        HumanResourceSecurity => "Human_resource_security",
        /// Physical security.
        PhysicalSecurity => "Physical_security",
        /// System and network security.
        SystemAndNetworkSecurity => "System_and_network_security",
        /// Application security.
        ApplicationSecurity => "Application_security",
        /// Secure configuration.
        SecureConfiguration => "Secure_configuration",
        /// Identity and access management.
        IdentityAndAccessManagement => "Identity_and_access_management",
        /// Threat and vulnerability management.
        ThreatAndVulnerabilityManagement => "Threat_and_vulnerability_management",
        /// Continuity.
        Continuity => "Continuity",
        /// Supplier relationships security.
        SupplierRelationshipsSecurity => "Supplier_relationships_security",
        /// Legal and compliance.
        LegalAndCompliance => "Legal_and_compliance",
        /// Information security event management.
        InformationSecurityEventManagement => "Information_security_event_management",
        /// Information security assurance.
        InformationSecurityAssurance => "Information_security_assurance",
    }
);

vocab!(
    /// Security domain.
    SecurityDomain, "security domain", {
        /// Governance and ecosystem.
        GovernanceAndEcosystem => "Governance_and_Ecosystem",
        /// Protection.
        Protection => "Protection",
        /// Defence.
        Defence => "Defence",
        /// Resilience.
        Resilience => "Resilience",
    }
);

/// Who classified a control's attribute values.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", tag = "kind")]
#[non_exhaustive]
pub enum ClassificationSource {
    /// This project's own classification, made from the public control
    /// titles; not the standard's table. Replaceable.
    Project,
    /// Loaded by the user from their own table (e.g. from the standard).
    User {
        /// Where the table came from, as the user named it.
        label: String,
    },
    /// Read from an imported OSCAL catalog.
    Imported,
}

/// Where the values came from, in words: "the project's own", "user table
/// `<label>`", "imported OSCAL".
impl fmt::Display for ClassificationSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClassificationSource::Project => f.write_str("the project's own"),
            ClassificationSource::User { label } => write!(f, "user table {label}"),
            ClassificationSource::Imported => f.write_str("imported OSCAL"),
        }
    }
}

/// The ISO/IEC 27002:2022 attribute values of one control.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub struct Attributes {
    /// Control types.
    pub control_type: BTreeSet<ControlType>,
    /// Information security properties.
    pub properties: BTreeSet<SecurityProperty>,
    /// Cybersecurity concepts.
    pub concepts: BTreeSet<CyberConcept>,
    /// Operational capabilities.
    pub capabilities: BTreeSet<OperationalCapability>,
    /// Security domains.
    pub domains: BTreeSet<SecurityDomain>,
    /// Who classified these values.
    pub classification_source: ClassificationSource,
}

/// The attribute type names as used in CSV headers and OSCAL prop names.
pub const ATTRIBUTE_TYPES: [&str; 5] = [
    "control_type",
    "properties",
    "concepts",
    "capabilities",
    "domains",
];

impl Attributes {
    /// Parses the five space-separated value lists (as in the CSV columns).
    ///
    /// # Errors
    ///
    /// `ControlsError::Unknown` when a value in any of the five lists is not
    /// a name of its attribute type's vocabulary.
    pub fn parse(
        fields: [&str; 5],
        classification_source: ClassificationSource,
    ) -> Result<Self, ControlsError> {
        fn set<T: FromStr<Err = ControlsError> + Ord>(
            s: &str,
        ) -> Result<BTreeSet<T>, ControlsError> {
            s.split_whitespace().map(str::parse).collect()
        }
        Ok(Attributes {
            control_type: set(fields[0])?,
            properties: set(fields[1])?,
            concepts: set(fields[2])?,
            capabilities: set(fields[3])?,
            domains: set(fields[4])?,
            classification_source,
        })
    }

    /// The values as (attribute type, vocabulary name) pairs, in a fixed order.
    pub fn pairs(&self) -> Vec<(&'static str, &'static str)> {
        let mut out = Vec::new();
        out.extend(
            self.control_type
                .iter()
                .map(|v| (ATTRIBUTE_TYPES[0], v.name())),
        );
        out.extend(
            self.properties
                .iter()
                .map(|v| (ATTRIBUTE_TYPES[1], v.name())),
        );
        out.extend(self.concepts.iter().map(|v| (ATTRIBUTE_TYPES[2], v.name())));
        out.extend(
            self.capabilities
                .iter()
                .map(|v| (ATTRIBUTE_TYPES[3], v.name())),
        );
        out.extend(self.domains.iter().map(|v| (ATTRIBUTE_TYPES[4], v.name())));
        out
    }

    /// Builds attributes from (type, value) pairs; unknown types or values are errors.
    ///
    /// # Errors
    ///
    /// `ControlsError::Unknown` when a type is not one of [`ATTRIBUTE_TYPES`]
    /// or a value is not a name of its type's vocabulary.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        classification_source: ClassificationSource,
    ) -> Result<Self, ControlsError> {
        let mut a = Attributes {
            control_type: BTreeSet::new(),
            properties: BTreeSet::new(),
            concepts: BTreeSet::new(),
            capabilities: BTreeSet::new(),
            domains: BTreeSet::new(),
            classification_source,
        };
        for (t, v) in pairs {
            match t {
                "control_type" => {
                    a.control_type.insert(v.parse()?);
                }
                "properties" => {
                    a.properties.insert(v.parse()?);
                }
                "concepts" => {
                    a.concepts.insert(v.parse()?);
                }
                "capabilities" => {
                    a.capabilities.insert(v.parse()?);
                }
                "domains" => {
                    a.domains.insert(v.parse()?);
                }
                other => {
                    return Err(ControlsError::Unknown {
                        what: "attribute type",
                        value: other.to_owned(),
                    });
                }
            }
        }
        Ok(a)
    }
}

impl Catalog {
    /// Replaces the attribute values of the controls of this catalogue named in
    /// `csv` (same column layout as the built-in Annex A table: at least `id`,
    /// `control_type`, `properties`, `concepts`, `capabilities`, `domains`;
    /// other columns are ignored). The replaced sets are marked
    /// [`ClassificationSource::User`] with `label`. Returns how many controls
    /// were updated; an id not in the catalogue is an error, and nothing is
    /// changed when any row is invalid.
    ///
    /// # Errors
    ///
    /// `ControlsError::Csv` (with the line) when the CSV cannot be read, a
    /// required column is missing, a row's id is not a control of this catalogue,
    /// or a row holds a value unknown to its attribute type's vocabulary; the
    /// catalogue is then unchanged.
    pub fn override_attributes(&mut self, csv: &str, label: &str) -> Result<usize, ControlsError> {
        let table = "attribute table";
        let mut reader = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .from_reader(csv.as_bytes());
        let headers = reader
            .headers()
            .map_err(|e| ControlsError::csv(table, 1, e.to_string()))?
            .clone();
        let col = |name: &str| {
            headers
                .iter()
                .position(|h| h == name)
                .ok_or_else(|| ControlsError::csv(table, 1, format!("missing column {name:?}")))
        };
        let id_col = col("id")?;
        let cols = [
            col(ATTRIBUTE_TYPES[0])?,
            col(ATTRIBUTE_TYPES[1])?,
            col(ATTRIBUTE_TYPES[2])?,
            col(ATTRIBUTE_TYPES[3])?,
            col(ATTRIBUTE_TYPES[4])?,
        ];
        let mut updates = Vec::new();
        for (i, rec) in reader.records().enumerate() {
            let line = i as u64 + 2;
            let rec = rec.map_err(|e| ControlsError::csv(table, line, e.to_string()))?;
            let get = |c: usize| rec.get(c).unwrap_or("");
            let id = get(id_col).to_owned();
            if self.control(&id).is_none() {
                return Err(ControlsError::csv(
                    table,
                    line,
                    format!("no control {id:?} in the catalogue"),
                ));
            }
            let attrs = Attributes::parse(
                [
                    get(cols[0]),
                    get(cols[1]),
                    get(cols[2]),
                    get(cols[3]),
                    get(cols[4]),
                ],
                ClassificationSource::User {
                    label: label.to_owned(),
                },
            )
            .map_err(|e| ControlsError::csv(table, line, e.to_string()))?;
            updates.push((id, attrs));
        }
        let n = updates.len();
        for (id, attrs) in updates {
            if let Some(c) = self.control_mut(&id) {
                c.attributes = Some(attrs);
            }
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_sizes_and_parsing() {
        assert_eq!(ControlType::ALL.len(), 3);
        assert_eq!(SecurityProperty::ALL.len(), 3);
        assert_eq!(CyberConcept::ALL.len(), 5);
        assert_eq!(OperationalCapability::ALL.len(), 15);
        assert_eq!(SecurityDomain::ALL.len(), 4);
        assert_eq!(
            "#Asset_management".parse::<OperationalCapability>().ok(),
            Some(OperationalCapability::AssetManagement)
        );
        assert_eq!(
            "governance and ecosystem".parse::<SecurityDomain>().ok(),
            Some(SecurityDomain::GovernanceAndEcosystem)
        );
        assert!("Sideways".parse::<ControlType>().is_err());
    }

    #[test]
    fn vocabulary_matches_reference_file() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/reference/vocab/iso27002_2022_attribute_vocabulary.csv"
        );
        let Ok(text) = std::fs::read_to_string(path) else {
            panic!("reference vocabulary missing at {path}");
        };
        let mut n = 0;
        for line in text.lines().skip(1) {
            let mut f = line.split(',');
            let (Some(kind), Some(value)) = (f.next(), f.next()) else {
                continue;
            };
            let ok = match kind {
                "control_type" => value.parse::<ControlType>().is_ok(),
                "information_security_properties" => value.parse::<SecurityProperty>().is_ok(),
                "cybersecurity_concepts" => value.parse::<CyberConcept>().is_ok(),
                "operational_capabilities" => value.parse::<OperationalCapability>().is_ok(),
                "security_domains" => value.parse::<SecurityDomain>().is_ok(),
                _ => false,
            };
            assert!(ok, "{kind} {value}");
            n += 1;
        }
        assert_eq!(n, 30);
    }
}
