//! Every real text of the corpora, and variants of it that real extraction
//! produces (a page flattened to one line, lines out of order, a cut in the
//! middle, decomposed letters, doubled spacing, a CRLF file), imports
//! without a panic and without a value that is not in its input. The first
//! run of a blind set found a panic on real text that the generated
//! property tests had not (`docs/import.md`, "The third blind set"); this
//! test keeps every real form in the net.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

use styrdok_import::import;
use unicode_normalization::UnicodeNormalization;

use crate::invariants::check_no_invention;

/// The corpora's directories (every one of them is spent: no set is blind;
/// blind8 to blind141 joined at their one runs).
fn corpora() -> Vec<PathBuf> {
    [
        "real", "blind2", "tune3", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8",
        "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16",
        "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24",
        "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32",
        "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40",
        "blind41", "blind42", "blind43", "blind44", "blind45", "blind46", "blind47", "blind48",
        "blind49", "blind50", "blind51", "blind52", "blind53", "blind54", "blind55", "blind56",
        "blind57", "blind58", "blind59", "blind62", "blind63", "blind64", "blind65", "blind66",
        "blind67", "blind68", "blind69", "blind70", "blind71", "blind72", "blind73", "blind74",
        "blind75", "blind76", "blind77", "blind78", "blind79", "blind80", "blind81", "blind82",
        "blind83", "blind84", "blind85", "blind86", "blind87", "blind88", "blind89", "blind90",
        "blind91", "blind92", "blind93", "blind94", "blind95", "blind96", "blind97", "blind98",
        "blind99", "blind100", "blind101", "blind102", "blind103", "blind104", "blind105",
        "blind106", "blind107", "blind108", "blind109", "blind110", "blind111", "blind112",
        "blind113", "blind114", "blind115", "blind116", "blind117", "blind118", "blind119",
        "blind120", "blind121", "blind122", "blind123", "blind124", "blind125", "blind126",
        "blind127", "blind128", "blind129", "blind130", "blind131", "blind132", "blind133",
        "blind134", "blind135", "blind136", "blind137", "blind138", "blind139", "blind140",
        "blind141",
    ]
    .iter()
    .map(|d| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus")).join(d))
    .collect()
}

/// The text cut near its middle, at a character boundary.
fn half(t: &str) -> (&str, &str) {
    let mut k = t.len() / 2;
    while !t.is_char_boundary(k) {
        k += 1;
    }
    t.split_at(k)
}

fn variants(t: &str) -> Vec<(&'static str, String)> {
    let (a, b) = half(t);
    let mut reversed: Vec<&str> = t.lines().collect();
    reversed.reverse();
    vec![
        ("as stored", t.to_owned()),
        (
            "flattened to one line",
            t.lines().collect::<Vec<_>>().join(" "),
        ),
        ("lines in reverse order", reversed.join("\n")),
        ("first half", a.to_owned()),
        ("second half", b.to_owned()),
        ("decomposed (NFD)", t.nfd().collect()),
        ("spaces doubled", t.replace(' ', "  ")),
        ("CRLF line ends", t.replace('\n', "\r\n")),
    ]
}

#[test]
fn real_texts_and_their_variants_never_panic_never_invent() {
    let mut failures = Vec::new();
    let mut texts = 0;
    for dir in corpora() {
        for f in crate::real_corpus::texts_in(&dir) {
            let t = std::fs::read_to_string(&f).unwrap();
            texts += 1;
            for (name, v) in variants(&t) {
                let run = catch_unwind(AssertUnwindSafe(|| check_no_invention(&v, &import(&v))));
                if let Err(e) = run {
                    let msg = e
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| e.downcast_ref::<&str>().map(|s| (*s).to_owned()))
                        .unwrap_or_default();
                    failures.push(format!("{} ({name}): {msg}", f.display()));
                }
            }
        }
    }
    assert!(texts >= 180, "only {texts} corpus texts found");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
