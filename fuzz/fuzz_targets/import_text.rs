//! The text importer on arbitrary text: the draft, its JSON and its summary.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let draft = styrdok_import::import(&text);
    let _ = draft.to_json();
    let _ = draft.summary();
});
