//! The small parsers: diarienummer, partial dates, document/body/organisation
//! kinds, ids, and organisation name resolution.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use styrdok_core::{
    BodyKind, ControlRef, DateValue, DocumentId, DocumentKind, Dnr, OrgId, OrgKind, PartialDate,
    StatementId,
};
use styrdok_org::Organisation;

fn organisations() -> &'static Vec<Organisation> {
    static O: OnceLock<Vec<Organisation>> = OnceLock::new();
    O.get_or_init(|| {
        styrdok_register::bundled()
            .register
            .map(|r| r.organisations)
            .unwrap_or_default()
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(d) = s.parse::<Dnr>() {
        let _ = (d.key(), d.year(), d.to_string());
    }
    if let Ok(p) = s.parse::<PartialDate>() {
        let _ = (p.earliest(), p.latest(), p.to_string());
    }
    if let Ok(v) = serde_json::from_str::<DateValue>(s) {
        let _ = (v.earliest(), v.latest(), v.to_string());
    }
    let _ = s.parse::<DocumentKind>();
    let _ = s.parse::<BodyKind>();
    let _ = s.parse::<OrgKind>();
    let _ = s.parse::<OrgId>();
    if let Ok(id) = s.parse::<DocumentId>() {
        let _ = id.organisation();
    }
    let _ = s.parse::<StatementId>();
    let _ = s.parse::<ControlRef>();
    let _ = styrdok_core::text::fold(s);
    let _ = styrdok_core::text::slugify(s);
    let _ = styrdok_core::text::shorten(s, 40);
    for org in organisations() {
        let _ = org.resolve(s);
    }
});
