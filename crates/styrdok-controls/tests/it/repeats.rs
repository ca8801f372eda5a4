//! Blind labelled sets hold statements of new documents, so a statement
//! repeated word for word from an earlier set (a template sentence on
//! another organisation's page, a page that moved) measures a sentence the
//! suggester may have been tuned on. The repeats already in the spent sets
//! are counted and disclosed (`docs/suggestions.md`, "Statements found
//! twice"); no later set may add one.

use std::collections::HashMap;
use std::path::PathBuf;

/// Statements of the labelled sets through blind116 whose words (case and
/// spacing aside) an earlier file of `tests/data` already holds, counted
/// at stop 67 (2026-12-07), when the lead's check found them.
const REPEATS_THROUGH_BLIND116: usize = 64;

/// The order the sets were made in: the seed sets, then the blind sets by
/// number.
fn order(name: &str) -> (u32, String) {
    let n = name
        .strip_prefix("blind")
        .and_then(|r| r.split('-').next())
        .and_then(|d| d.parse().ok())
        .unwrap_or(0);
    (n, name.to_owned())
}

#[test]
fn no_blind_set_repeats_an_earlier_statement() {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data"));
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with("-statements.json"))
        .collect();
    files.sort_by_key(|n| order(n));
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut repeats = Vec::new();
    for f in &files {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join(f)).unwrap()).unwrap();
        let Some(list) = v.get("statements").and_then(|s| s.as_array()) else {
            continue;
        };
        for s in list {
            let Some(text) = s.get("text").and_then(|t| t.as_str()) else {
                continue;
            };
            let key = text
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            match seen.get(&key) {
                Some(first) if first != f && f.starts_with("blind") => {
                    repeats.push(format!("{f}: {text}"));
                }
                Some(_) => {}
                None => {
                    seen.insert(key, f.clone());
                }
            }
        }
    }
    assert_eq!(
        repeats.len(),
        REPEATS_THROUGH_BLIND116,
        "statements of blind sets repeated from an earlier set:\n{}",
        repeats.join("\n")
    );
}
