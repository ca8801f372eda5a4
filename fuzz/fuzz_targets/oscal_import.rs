//! The OSCAL catalog importer on arbitrary text, and an export of what it
//! accepted.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(catalog) = styrdok_controls::import_oscal_str(text) {
        let _ = styrdok_controls::export_oscal(&catalog);
    }
});
