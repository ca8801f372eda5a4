//! The register loader at file level: arbitrary bytes as a single-file
//! register, then the cross-checks when it loaded.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut loaded = styrdok_register::load_str(text, Some("fuzz.json"));
    let at = chrono::NaiveDate::from_ymd_opt(2026, 1, 1);
    styrdok_register::check_loaded(&mut loaded, at);
    for d in &loaded.diagnostics {
        let _ = d.to_string();
    }
});
