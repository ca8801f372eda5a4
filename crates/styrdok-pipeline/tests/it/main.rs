//! Tests of `import_into` on registers built here.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod org;
mod reimport;
mod supersede;

use std::path::Path;

use styrdok_pipeline::{ImportOptions, ImportReport, Input, import_into};
use styrdok_register::Register;

/// A register with Mjölby kommun, its fullmäktige and styrelse.
pub(crate) fn mjolby() -> Register {
    let text = r#"{"format_version": "1", "profiles": ["builtin:generic"],
      "organisations": [{"id": "mjolby", "name": "Mjölby kommun", "kind": "kommun",
        "profile": "builtin:generic",
        "bodies": [{"id": "mjolby/kf", "name": "Kommunfullmäktige", "kind": "fullmaktige"},
                   {"id": "mjolby/ks", "name": "Kommunstyrelsen", "kind": "styrelse"}]}]}"#;
    styrdok_register::load_str(text, None).register.unwrap()
}

/// Writes `files` (name, text) into `dir`.
pub(crate) fn write(dir: &Path, files: &[(&str, &str)]) {
    for (name, text) in files {
        std::fs::write(dir.join(name), text).unwrap();
    }
}

/// Imports `dir` into `reg`.
pub(crate) fn import_dir(reg: &mut Register, dir: &Path, org: Option<&str>) -> ImportReport {
    let mut options = ImportOptions::new();
    if let Some(o) = org {
        options = options.with_org(o);
    }
    import_into(reg, &[Input::Path(dir.to_owned())], &options).unwrap()
}

/// Error diagnostics of `styrdok check` on `reg`.
pub(crate) fn errors(reg: &Register) -> Vec<String> {
    styrdok_register::check(reg, None)
        .into_iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect()
}
