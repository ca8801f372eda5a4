//! The register loader at element level: one document or one organisation
//! from JSON, then validated against the bundled taxonomy.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use styrdok_model::{Document, Taxonomy};
use styrdok_org::Organisation;

fn taxonomy() -> &'static Option<Taxonomy> {
    static T: OnceLock<Option<Taxonomy>> = OnceLock::new();
    T.get_or_init(|| {
        let loaded = styrdok_register::bundled();
        loaded
            .register
            .as_ref()
            .and_then(|r| r.taxonomy_for(None).cloned())
    })
}

fuzz_target!(|data: &[u8]| {
    let org = serde_json::from_slice::<Organisation>(data).ok();
    if let Some(o) = &org {
        let _ = o.resolve("KS");
        let _ = o.resolve("nämnderna");
    }
    if let Ok(doc) = serde_json::from_slice::<Document>(data)
        && let Some(t) = taxonomy()
    {
        let _ = styrdok_model::validate_document(&doc, t, org.as_ref());
    }
});
