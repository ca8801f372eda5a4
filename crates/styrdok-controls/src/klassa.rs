//! SKR's KLASSA: the information-classification levels 0–4 and the four
//! security aspects Swedish municipalities classify information by.
//!
//! Facts from SKR's public pages: the levels are the value list "Säkerhetsklass
//! enligt SKRs anvisning KLASSA" (<https://www.nationella-riktlinjer.se/dev/nrb/innehall/vardelistor/sakerhetsklass>),
//! the aspects from "Mer om KLASSA"
//! (<https://skr.se/skr/naringslivarbetedigitalisering/digitalisering/arkitektursakerhet/informationssakerhet/klassa40informationsklassning/meromklassa.7588.html>).
//! Level 4 is not handled by KLASSA's requirement catalogues (it is
//! säkerhetsskydd territory), see <https://klassa-info.skr.se/stodmaterial/page/V%C3%A4gledning%20f%C3%B6r%20klassning>.

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use styrdok_core::text::fold;

use crate::ControlsError;
use crate::attributes::SecurityProperty;

/// The source of the level names.
pub const KLASSA_LEVELS_SOURCE: &str =
    "https://www.nationella-riktlinjer.se/dev/nrb/innehall/vardelistor/sakerhetsklass";
/// The source of the aspect names.
pub const KLASSA_ASPECTS_SOURCE: &str = "https://skr.se/skr/naringslivarbetedigitalisering/digitalisering/arkitektursakerhet/informationssakerhet/klassa40informationsklassning/meromklassa.7588.html";

/// A KLASSA level: how much damage a breach of an aspect would cause.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum KlassaLevel {
    /// 0: no or negligible damage.
    Level0,
    /// 1: moderate damage.
    Level1,
    /// 2: significant damage.
    Level2,
    /// 3: serious damage.
    Level3,
    /// 4: exceptionally serious damage (outside KLASSA's requirement catalogues).
    Level4,
}

impl KlassaLevel {
    /// All levels, 0 to 4.
    pub const ALL: [KlassaLevel; 5] = [
        KlassaLevel::Level0,
        KlassaLevel::Level1,
        KlassaLevel::Level2,
        KlassaLevel::Level3,
        KlassaLevel::Level4,
    ];

    /// The level number.
    pub fn number(self) -> u8 {
        match self {
            KlassaLevel::Level0 => 0,
            KlassaLevel::Level1 => 1,
            KlassaLevel::Level2 => 2,
            KlassaLevel::Level3 => 3,
            KlassaLevel::Level4 => 4,
        }
    }

    /// The level from its number.
    pub fn from_number(n: u8) -> Option<Self> {
        Self::ALL.get(usize::from(n)).copied()
    }

    /// The Swedish name of the damage level.
    pub fn name_sv(self) -> &'static str {
        match self {
            KlassaLevel::Level0 => "Ingen eller försumbar skada",
            KlassaLevel::Level1 => "Måttlig skada",
            KlassaLevel::Level2 => "Betydande skada",
            KlassaLevel::Level3 => "Allvarlig skada",
            KlassaLevel::Level4 => "Synnerligen allvarlig skada",
        }
    }

    /// An informal English name.
    pub fn name_en(self) -> &'static str {
        match self {
            KlassaLevel::Level0 => "None or negligible damage",
            KlassaLevel::Level1 => "Moderate damage",
            KlassaLevel::Level2 => "Significant damage",
            KlassaLevel::Level3 => "Serious damage",
            KlassaLevel::Level4 => "Exceptionally serious damage",
        }
    }

    /// Whether KLASSA's requirement catalogues handle this level (0–3).
    pub fn in_klassa_requirements(self) -> bool {
        self != KlassaLevel::Level4
    }
}

/// One of the four aspects (skyddsaspekter) KLASSA classifies by.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Aspect {
    /// Konfidentialitet (Stockholm writes "sekretess").
    Konfidentialitet,
    /// Riktighet.
    Riktighet,
    /// Tillgänglighet.
    Tillganglighet,
    /// Spårbarhet: who did what with the information.
    Sparbarhet,
}

impl Aspect {
    /// All four, in KLASSA's order.
    pub const ALL: [Aspect; 4] = [
        Aspect::Konfidentialitet,
        Aspect::Riktighet,
        Aspect::Tillganglighet,
        Aspect::Sparbarhet,
    ];

    /// The Swedish name.
    pub fn name_sv(self) -> &'static str {
        match self {
            Aspect::Konfidentialitet => "konfidentialitet",
            Aspect::Riktighet => "riktighet",
            Aspect::Tillganglighet => "tillgänglighet",
            Aspect::Sparbarhet => "spårbarhet",
        }
    }

    /// The control id used in mappings (`klassa/<id>`): the folded name.
    pub fn id(self) -> &'static str {
        match self {
            Aspect::Konfidentialitet => "konfidentialitet",
            Aspect::Riktighet => "riktighet",
            Aspect::Tillganglighet => "tillganglighet",
            Aspect::Sparbarhet => "sparbarhet",
        }
    }

    /// Other words documents use for it.
    pub fn synonyms(self) -> &'static [&'static str] {
        match self {
            Aspect::Konfidentialitet => &["sekretess"],
            Aspect::Riktighet => &["korrekthet"],
            Aspect::Tillganglighet => &[],
            Aspect::Sparbarhet => &["ansvarsskyldighet"],
        }
    }

    /// The ISO/IEC 27002:2022 information security property it is. Spårbarhet
    /// has none: it is mapped to controls (logging, monitoring, clock
    /// synchronisation, identity management, evidence) instead.
    pub fn iso_property(self) -> Option<SecurityProperty> {
        match self {
            Aspect::Konfidentialitet => Some(SecurityProperty::Confidentiality),
            Aspect::Riktighet => Some(SecurityProperty::Integrity),
            Aspect::Tillganglighet => Some(SecurityProperty::Availability),
            Aspect::Sparbarhet => None,
        }
    }
}

impl fmt::Display for Aspect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name_sv())
    }
}

impl FromStr for Aspect {
    type Err = ControlsError;
    /// Accepts the name or a synonym, in any case, with or without å/ä/ö.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let f = fold(s);
        Aspect::ALL
            .into_iter()
            .find(|a| a.id() == f || a.synonyms().iter().any(|syn| fold(syn) == f))
            .ok_or_else(|| ControlsError::Unknown {
                what: "aspect",
                value: s.to_owned(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_and_aspects() {
        assert_eq!(KlassaLevel::ALL.len(), 5);
        assert_eq!(KlassaLevel::from_number(3), Some(KlassaLevel::Level3));
        assert_eq!(KlassaLevel::from_number(5), None);
        assert!(!KlassaLevel::Level4.in_klassa_requirements());
        assert_eq!(
            "Sekretess".parse::<Aspect>().ok(),
            Some(Aspect::Konfidentialitet)
        );
        assert_eq!(
            "Spårbarhet".parse::<Aspect>().ok(),
            Some(Aspect::Sparbarhet)
        );
        assert_eq!(Aspect::Sparbarhet.iso_property(), None);
    }

    #[test]
    fn matches_reference_facts() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/reference/vocab/");
        let levels = std::fs::read_to_string(format!("{dir}klassa_levels.csv")).unwrap_or_default();
        for l in KlassaLevel::ALL {
            assert!(
                levels.contains(&format!("{},{}", l.number(), l.name_sv())),
                "{l:?}"
            );
        }
        let aspects =
            std::fs::read_to_string(format!("{dir}klassa_aspects.csv")).unwrap_or_default();
        for a in Aspect::ALL {
            assert!(fold(&aspects).contains(&fold(a.name_sv())), "{a:?}");
        }
    }
}
