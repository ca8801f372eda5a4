//! The bundled directory of Sweden's 290 kommuner and 21 regioner.
//!
//! Keyed by SCB's codes: the four-digit kommunkod (its first two digits are
//! the länskod) and, for a region, the two-digit länskod. Region Gotland is
//! both a kommun (0980) and a region (09): one entry, [`EntryKind::KommunAndRegion`],
//! counted in both totals. The data is this project's own, written from
//! public facts cited in `crates/styrdok-org/data/README.md`; the id and
//! form rules are in `docs/directory.md`.
//!
//! [`directory()`] gives the directory, parsed once. [`Directory::lookup`]
//! finds an entry by id, name, usual form or code; [`Directory::recognise`]
//! finds the organisations a document's front matter names as its own; and
//! [`Entry::organisation`] makes a register [`Organisation`] with the
//! standard bodies.
//!
//! ```
//! use styrdok_org::directory::{directory, EntryKind};
//!
//! let dir = directory();
//! let solna = dir.lookup("Solna stad").expect("Solna is a kommun");
//! assert_eq!(solna.id.as_str(), "solna");
//! assert_eq!(solna.kommunkod.as_deref(), Some("0184"));
//! assert_eq!(dir.lookup("0184").map(|e| e.id.as_str()), Some("solna"));
//! assert_eq!(dir.lookup("landstinget i värmland").map(|e| e.id.as_str()), Some("region-varmland"));
//! assert_eq!(dir.lookup("Håbo").map(|e| e.id.as_str()), Some("habo-0305"));
//!
//! let found = dir.recognise("Informationssäkerhetspolicy för Solna stad\nAntagen av kommunfullmäktige 2020-03-16");
//! assert_eq!(found.len(), 1);
//!
//! let org = found[0].organisation();
//! assert_eq!(org.profile.as_deref(), Some("builtin:generic"));
//! assert!(org.body("solna/kf").is_some() && org.body("solna/ks").is_some());
//!
//! let gotland = dir.lookup("Gotlands kommun").expect("Gotland");
//! assert_eq!(gotland.kind, EntryKind::KommunAndRegion);
//! assert!(gotland.is_kommun() && gotland.is_region());
//! ```

mod data;
mod forms;
mod recognise;

use std::collections::HashMap;
use std::sync::OnceLock;

use styrdok_core::text::slugify;
use styrdok_core::{BodyId, BodyKind, OrgId, OrgKind, Provenance};

use crate::{Body, Organisation};

/// The bundled data file.
const BUNDLED: &str = include_str!("../../data/municipalities.csv");

/// The profile a recognised organisation gets when the register does not
/// hold it yet: the open generic hierarchy.
pub const DEFAULT_PROFILE: &str = "builtin:generic";

/// The provenance rule of the standard bodies an entry's organisation gets
/// (documented in docs/directory.md).
pub const STANDARD_BODIES_RULE: &str = "directory-standard-bodies";

/// How many lines from the top of a text count as its front matter (title,
/// header lines, the metadata block, the adoption line): what
/// [`Directory::recognise`] is meant to be given.
pub const FRONT_MATTER_LINES: usize = 25;

/// The front matter of a document's text: its first [`FRONT_MATTER_LINES`]
/// non-empty lines, trimmed.
pub fn front_matter(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(FRONT_MATTER_LINES)
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether an entry is a kommun, a region, or both (Region Gotland).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EntryKind {
    /// A kommun (kommunkod, four digits).
    Kommun,
    /// A region (länskod, two digits).
    Region,
    /// A kommun with a region's tasks: Region Gotland (0980, län 09).
    KommunAndRegion,
}

/// A län: its SCB code and name.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct County {
    /// Länskod, two digits ("01").
    pub code: String,
    /// Name ("Stockholms län").
    pub name: String,
}

/// A fullmäktige or styrelse every entry's organisation has.
#[derive(Debug, Clone, PartialEq, Eq)]
struct StandardBody {
    id: BodyId,
    name: &'static str,
    kind: BodyKind,
}

/// A kommun or region of the directory.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Entry {
    /// Stable id: the slug of the name (`solna`, `region-stockholm`),
    /// collisions resolved by the rule in docs/directory.md (`habo-0305`).
    pub id: OrgId,
    /// Official name as the organisation styles itself ("Solna stad",
    /// "Haninge kommun", "Region Stockholm").
    pub name: String,
    /// The name without "kommun", "stad" or "Region" ("Solna",
    /// "Stockholm", "Värmland"; "Jönköpings län" for Region Jönköpings län).
    pub short_name: String,
    /// Kommun, region or both.
    pub kind: EntryKind,
    /// SCB kommunkod (four digits) of a kommun, and of Gotland.
    pub kommunkod: Option<String>,
    /// SCB länskod (two digits): a region's own code, a kommun's län.
    pub lanskod: String,
    /// The län's name ("Stockholms län").
    pub lan: String,
    /// Other forms people write ("Solna", "Solna kommun", "Landstinget i
    /// Värmland"), the official name left out.
    pub forms: Vec<String>,
    bodies: Vec<StandardBody>,
    /// The line of the data file it was read from (1-based), so that an
    /// error found after reading (a code given twice) can name it.
    line: usize,
}

impl Entry {
    /// Whether it is a kommun (Gotland included).
    pub fn is_kommun(&self) -> bool {
        matches!(self.kind, EntryKind::Kommun | EntryKind::KommunAndRegion)
    }

    /// Whether it is a region (Gotland included).
    pub fn is_region(&self) -> bool {
        matches!(self.kind, EntryKind::Region | EntryKind::KommunAndRegion)
    }

    /// The SCB code that identifies it: the kommunkod of a kommun (and of
    /// Gotland), the länskod of a region.
    pub fn code(&self) -> &str {
        self.kommunkod.as_deref().unwrap_or(&self.lanskod)
    }

    /// The register's kind: a region, or Gotland, is [`OrgKind::Region`]
    /// (Gotland's bodies are Regionfullmäktige and Regionstyrelsen);
    /// otherwise [`OrgKind::Kommun`].
    pub fn org_kind(&self) -> OrgKind {
        if self.is_region() {
            OrgKind::Region
        } else {
            OrgKind::Kommun
        }
    }

    /// A register [`Organisation`] for this entry: its id, official name,
    /// the usual forms as aliases, the [`DEFAULT_PROFILE`], and the
    /// standard bodies with derived provenance ([`STANDARD_BODIES_RULE`]):
    /// `<id>/kf` Kommunfullmäktige and `<id>/ks` Kommunstyrelsen for a
    /// kommun, `<id>/rf` Regionfullmäktige and `<id>/rs` Regionstyrelsen for
    /// a region and for Gotland.
    pub fn organisation(&self) -> Organisation {
        let mut org = Organisation::new(self.id.clone(), self.name.clone(), self.org_kind());
        org.aliases = self.forms.clone();
        org.profile = Some(DEFAULT_PROFILE.to_owned());
        org.bodies = self
            .bodies
            .iter()
            .map(|b| {
                let mut body = Body::new(b.id.clone(), b.name, b.kind);
                body.provenance = Provenance::derived(STANDARD_BODIES_RULE);
                body
            })
            .collect();
        org
    }
}

impl std::fmt::Display for Entry {
    /// "Solna stad (solna, kommunkod 0184)", "Region Stockholm
    /// (region-stockholm, länskod 01)".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let code = if self.kommunkod.is_some() {
            "kommunkod"
        } else {
            "länskod"
        };
        write!(f, "{} ({}, {code} {})", self.name, self.id, self.code())
    }
}

/// A line of the data file that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryError {
    /// 1-based line number in the data file.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for DirectoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "municipality directory, line {}: {}",
            self.line, self.message
        )
    }
}

impl std::error::Error for DirectoryError {}

/// The kommuner and regioner, with indexes for lookup and recognition.
#[derive(Debug, Clone, Default)]
pub struct Directory {
    counties: Vec<County>,
    entries: Vec<Entry>,
    /// Lower-cased exact keys (id, codes, name, forms) → entry indexes.
    exact: HashMap<String, Vec<usize>>,
    /// Slugged keys (case, diacritics, spaces and hyphens folded).
    slugs: HashMap<String, Vec<usize>>,
    recogniser: recognise::Recogniser,
}

/// The bundled directory, parsed on first use. The data is tested to parse
/// (`bundled_data_parses`); should it ever not, this is an empty directory
/// (every lookup `None`) rather than a panic, and [`Directory::bundled`]
/// gives the error.
pub fn directory() -> &'static Directory {
    static DIR: OnceLock<Directory> = OnceLock::new();
    DIR.get_or_init(|| Directory::bundled().unwrap_or_default())
}

/// NFC, lower-cased, whitespace collapsed: the exact lookup key.
fn exact_key(s: &str) -> String {
    styrdok_core::text::nfc(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Directory {
    /// Parses the bundled data file.
    ///
    /// # Errors
    ///
    /// A [`DirectoryError`] with the line of the data file that could not
    /// be read; the bundled file is tested to parse.
    pub fn bundled() -> Result<Directory, DirectoryError> {
        Directory::parse(BUNDLED)
    }

    /// Parses a directory in the data file's format (see
    /// `crates/styrdok-org/data/README.md`).
    ///
    /// # Errors
    ///
    /// A [`DirectoryError`] naming the line: a record of unknown kind or
    /// with the wrong number of fields, a code that is not 2 (län, region)
    /// or 4 (kommun) digits, a code whose län no `lan` line names, an empty
    /// name, or two entries with the same code.
    pub fn parse(text: &str) -> Result<Directory, DirectoryError> {
        let (counties, entries) = data::parse(text)?;
        let mut dir = Directory {
            counties,
            entries,
            ..Directory::default()
        };
        let mut codes: HashMap<String, usize> = HashMap::new();
        for (i, e) in dir.entries.iter().enumerate() {
            let mut keys = vec![e.id.to_string(), e.name.clone()];
            keys.extend(e.forms.iter().cloned());
            if e.is_kommun() {
                // "Stockholms", "Sundbyberg stad", "Uppsala stad": stems
                // with either form word, as people type them.
                for stem in forms::kommun_stems(&e.short_name) {
                    keys.push(format!("{stem} kommun"));
                    keys.push(format!("{stem} stad"));
                    keys.push(stem);
                }
            }
            let mut own_codes = Vec::new();
            if let Some(k) = &e.kommunkod {
                own_codes.push(k.clone());
            }
            if e.is_region() {
                own_codes.push(e.lanskod.clone());
            }
            for c in &own_codes {
                if let Some(&other) = codes.get(c) {
                    let other = dir.entries.get(other).map(|o| o.name.as_str());
                    return Err(DirectoryError {
                        line: e.line,
                        message: format!(
                            "the code {c} is given to both {} and {}",
                            other.unwrap_or_default(),
                            e.name
                        ),
                    });
                }
                codes.insert(c.clone(), i);
            }
            keys.extend(own_codes);
            for k in keys {
                push_unique(dir.exact.entry(exact_key(&k)).or_default(), i);
                push_unique(dir.slugs.entry(slugify(&k)).or_default(), i);
            }
        }
        dir.recogniser = recognise::Recogniser::new(&dir.entries);
        Ok(dir)
    }

    /// Every entry: the 21 regioner and 290 kommuner (Gotland once), in the
    /// data file's order (by län, each region before its kommuner).
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The kommuner (290, Gotland included).
    pub fn kommuner(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.is_kommun())
    }

    /// The regioner (21, Gotland included).
    pub fn regioner(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.is_region())
    }

    /// The 21 län.
    pub fn counties(&self) -> &[County] {
        &self.counties
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id.as_str() == id)
    }

    /// Finds the entry a name or code stands for: its id (`solna`), its
    /// official name ("Solna stad"), a usual form ("Solna", "Solna kommun",
    /// "Stockholms läns landsting"), its SCB code ("0184"; a region's
    /// länskod "01"). Case and spacing do not matter; diacritics and
    /// hyphens do not either, unless that makes the name ambiguous ("Habo"
    /// is Habo, "Håbo" is Håbo, "HABO" is Habo).
    ///
    /// `None` when nothing or more than one entry matches; see
    /// [`Directory::lookup_all`] for the candidates.
    pub fn lookup(&self, given: &str) -> Option<&Entry> {
        match self.lookup_all(given).as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }

    /// Every entry [`Directory::lookup`] could mean: the exact (case-folded)
    /// matches if any, else the matches with diacritics, spaces and hyphens
    /// folded too.
    pub fn lookup_all(&self, given: &str) -> Vec<&Entry> {
        self.lookup_indices(given)
            .iter()
            .filter_map(|&i| self.entries.get(i))
            .collect()
    }

    /// The indexes of [`Directory::lookup_all`]'s entries.
    fn lookup_indices(&self, given: &str) -> &[usize] {
        self.exact
            .get(&exact_key(given))
            .or_else(|| self.slugs.get(&slugify(given)))
            .map_or(&[], Vec::as_slice)
    }

    /// The organisations a document's front matter names as its own:
    /// its own name forms ("Solna stad", "Haninge kommun", "Region
    /// Stockholm", "Stockholms läns landsting", genitives such as
    /// "Stockholms stads" and "Huddinge kommuns"), metadata labels
    /// ("Kommun: Solna", "Organisation: Region Skåne") and the adopting
    /// body's line ("Antagen av kommunfullmäktige i Haninge"). Bare place
    /// names elsewhere ("i Stockholm"), lower-case words ("mark kommun
    /// äger") and "kommunen" alone are not matches.
    ///
    /// Pass only the front matter: body text mentions other organisations.
    /// Distinct entries in order of first mention; the caller decides what
    /// none or several mean.
    pub fn recognise(&self, front_matter: &str) -> Vec<&Entry> {
        self.recogniser
            .recognise(self, front_matter)
            .into_iter()
            .filter_map(|i| self.entries.get(i))
            .collect()
    }
}

fn push_unique(v: &mut Vec<usize>, i: usize) {
    if !v.contains(&i) {
        v.push(i);
    }
}
