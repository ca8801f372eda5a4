//! Reading the bundled data file (`data/municipalities.csv`) into entries.
//!
//! One record a line, fields separated by `;`, `#` starts a comment line:
//! `lan;LÄNSKOD;NAME`, `region;LÄNSKOD;NAME;SHORT;FORMS`,
//! `kommun;KOMMUNKOD;NAME;SHORT;FORMS` and `kommun+region;…` (Gotland).
//! FORMS is a `|`-separated list of other names people write.

use std::collections::HashMap;

use styrdok_core::text::slugify;
use styrdok_core::{BodyId, BodyKind, OrgId};

use super::forms;
use super::{County, DirectoryError, Entry, EntryKind, StandardBody};

/// A record before ids are assigned.
struct Raw {
    line: usize,
    kind: EntryKind,
    code: String,
    name: String,
    short_name: String,
    written_forms: Vec<String>,
}

/// Parses the data file: counties (län) and entries with their ids assigned
/// by the slug rule (see [`assign_ids`]).
pub(super) fn parse(text: &str) -> Result<(Vec<County>, Vec<Entry>), DirectoryError> {
    let mut counties: Vec<County> = Vec::new();
    let mut raws: Vec<Raw> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |message: String| DirectoryError {
            line: line_no,
            message,
        };
        let fields: Vec<&str> = line.split(';').map(str::trim).collect();
        match fields.as_slice() {
            ["lan", code, name] => {
                check_code(code, 2).map_err(err)?;
                counties.push(County {
                    code: (*code).to_owned(),
                    name: (*name).to_owned(),
                });
            }
            [kind, code, name, short, written] => {
                let kind = match *kind {
                    "kommun" => EntryKind::Kommun,
                    "region" => EntryKind::Region,
                    "kommun+region" => EntryKind::KommunAndRegion,
                    other => {
                        return Err(err(format!(
                            "unknown record kind {other:?} (expected lan, region, kommun or kommun+region)"
                        )));
                    }
                };
                let digits = if kind == EntryKind::Region { 2 } else { 4 };
                check_code(code, digits).map_err(err)?;
                if name.is_empty() || short.is_empty() {
                    return Err(err("the name and the short name must not be empty".into()));
                }
                raws.push(Raw {
                    line: line_no,
                    kind,
                    code: (*code).to_owned(),
                    name: (*name).to_owned(),
                    short_name: (*short).to_owned(),
                    written_forms: written
                        .split('|')
                        .map(str::trim)
                        .filter(|f| !f.is_empty())
                        .map(str::to_owned)
                        .collect(),
                });
            }
            _ => {
                return Err(err(format!(
                    "expected `lan;CODE;NAME` or `KIND;CODE;NAME;SHORT;FORMS`, found {} fields",
                    fields.len()
                )));
            }
        }
    }
    let ids = assign_ids(&raws);
    let mut entries = Vec::with_capacity(raws.len());
    for (raw, id) in raws.into_iter().zip(ids) {
        entries.push(entry(raw, id, &counties)?);
    }
    Ok((counties, entries))
}

fn check_code(code: &str, digits: usize) -> Result<(), String> {
    if code.len() == digits && code.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(format!("the code {code:?} is not {digits} digits"))
    }
}

/// The slug an entry's id starts from: a kommun's short name ("Solna" →
/// `solna`), a region's official name ("Region Stockholm" →
/// `region-stockholm`; Gotland, named Region Gotland, → `region-gotland`).
fn base_slug(raw: &Raw) -> String {
    match raw.kind {
        EntryKind::Kommun => slugify(&raw.short_name),
        EntryKind::Region | EntryKind::KommunAndRegion => slugify(&raw.name),
    }
}

/// Whether a name is written without letters that folding changes (å, ä, ö,
/// é, …), so that its slug spells it as written.
fn is_plain(name: &str) -> bool {
    name.chars().all(|c| c.is_ascii() || !c.is_alphabetic())
}

/// Ids by the documented slug rule (docs/directory.md): the slug of the
/// name; when several entries fold to the same slug (Habo and Håbo both give
/// `habo`), the single one whose name is written without diacritics keeps
/// the plain slug and each other one gets its code appended (`habo-0305`
/// for Håbo). When none or more than one of them is plain, every one of
/// them gets its code appended.
fn assign_ids(raws: &[Raw]) -> Vec<String> {
    let bases: Vec<String> = raws.iter().map(base_slug).collect();
    let mut by_base: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, b) in bases.iter().enumerate() {
        by_base.entry(b.as_str()).or_default().push(i);
    }
    let mut ids = bases.clone();
    for members in by_base.values().filter(|m| m.len() > 1) {
        let plain: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&i| raws.get(i).is_some_and(|r| is_plain(&r.short_name)))
            .collect();
        let keeper = match plain.as_slice() {
            [one] => Some(*one),
            _ => None,
        };
        for &i in members {
            if Some(i) != keeper
                && let (Some(id), Some(raw)) = (ids.get_mut(i), raws.get(i))
            {
                *id = format!("{id}-{}", raw.code);
            }
        }
    }
    ids
}

/// The standard bodies: fullmäktige and styrelse, with the region's names
/// for a region (Gotland's are Regionfullmäktige and Regionstyrelsen).
fn standard_bodies(id: &OrgId, kind: EntryKind) -> Result<Vec<StandardBody>, String> {
    let names: [(&str, &str, BodyKind); 2] = match kind {
        EntryKind::Kommun => [
            ("kf", "Kommunfullmäktige", BodyKind::Fullmaktige),
            ("ks", "Kommunstyrelsen", BodyKind::Styrelse),
        ],
        EntryKind::Region | EntryKind::KommunAndRegion => [
            ("rf", "Regionfullmäktige", BodyKind::Fullmaktige),
            ("rs", "Regionstyrelsen", BodyKind::Styrelse),
        ],
    };
    names
        .into_iter()
        .map(|(suffix, name, kind)| {
            let id = BodyId::new(format!("{id}/{suffix}")).map_err(|e| e.to_string())?;
            Ok(StandardBody { id, name, kind })
        })
        .collect()
}

fn entry(raw: Raw, id: String, counties: &[County]) -> Result<Entry, DirectoryError> {
    let err = |message: String| DirectoryError {
        line: raw.line,
        message,
    };
    let lanskod = raw.code.get(..2).unwrap_or_default().to_owned();
    let lan = counties
        .iter()
        .find(|c| c.code == lanskod)
        .map(|c| c.name.clone())
        .ok_or_else(|| {
            err(format!(
                "the code {} starts with {lanskod}, which no `lan` line above names",
                raw.code
            ))
        })?;
    let id = OrgId::new(id).map_err(|e| err(e.to_string()))?;
    let bodies = standard_bodies(&id, raw.kind).map_err(err)?;
    let kommunkod = (raw.kind != EntryKind::Region).then(|| raw.code.clone());
    let forms = forms::usual_forms(
        raw.kind,
        &raw.name,
        &raw.short_name,
        &lan,
        &raw.written_forms,
    );
    Ok(Entry {
        id,
        name: raw.name,
        short_name: raw.short_name,
        kind: raw.kind,
        kommunkod,
        lanskod,
        lan,
        forms,
        bodies,
        line: raw.line,
    })
}
