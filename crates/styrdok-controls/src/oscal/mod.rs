//! OSCAL catalog JSON export and import.
//!
//! Ids: OSCAL tokens must start with a letter, so a control or group id
//! starting with a digit (`5.15`, `21.2.a`) is exported with the prefix
//! `a-` (`a-5.15`), and the catalog's metadata says so with the prop
//! `id-mapping` = `a-prefix` in [`STYRDOK_NS`]; import strips the prefix only
//! when that prop is present, so foreign catalogs keep their ids as they are.
//! Our own fields travel as namespaced props: the ISO/IEC 27002:2022
//! attributes in [`ATTRIBUTES_NS`] (name = attribute type, value =
//! vocabulary name) and the Swedish label, theme, new-in-edition flag and
//! classification source in [`STYRDOK_NS`].

use uuid::Uuid;

use crate::catalog::Catalog;

mod export;
mod import;

pub use export::export_oscal;
pub use import::{check_oscal, import_oscal, import_oscal_str};

/// The OSCAL version built-in catalogues declare.
pub const OSCAL_VERSION: &str = "1.1.2";
/// The namespace of styrdok's own props.
pub const STYRDOK_NS: &str = "https://styrdok.example/ns/oscal";
/// The namespace of the ISO/IEC 27002:2022 attribute props.
pub const ATTRIBUTES_NS: &str = "https://styrdok.example/ns/iso27002-attributes";
/// The prefix given to ids that start with a digit.
pub const ID_PREFIX: &str = "a-";

fn namespace() -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, STYRDOK_NS.as_bytes())
}

/// The deterministic (v5) uuid of a catalogue.
pub fn catalog_uuid(catalog: &Catalog) -> Uuid {
    Uuid::new_v5(
        &namespace(),
        format!(
            "catalog/{}/{}",
            catalog.framework.id, catalog.metadata.version
        )
        .as_bytes(),
    )
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::export::export_id;
    use super::import::{Ctx, import_id};
    use super::*;
    use crate::ControlsError;

    #[test]
    fn id_mapping() {
        assert_eq!(export_id("5.15"), "a-5.15");
        assert_eq!(export_id("clause-9.2"), "clause-9.2");
        assert_eq!(export_id("A.5.1.1"), "A.5.1.1");
        let ctx = Ctx { strip_prefix: true };
        assert_eq!(import_id(&ctx, "a-5.15".into()), "5.15");
        assert_eq!(import_id(&ctx, "a-bc".into()), "a-bc");
        let ctx = Ctx {
            strip_prefix: false,
        };
        assert_eq!(import_id(&ctx, "a-5.15".into()), "a-5.15");
    }

    #[test]
    fn errors_name_the_pointer() {
        let doc = json!({"catalog": {"uuid": "x", "metadata": {"title": "t", "version": "1", "oscal-version": "1.1.2", "last-modified": "2020-01-01T00:00:00Z"},
            "groups": [{"title": "g", "controls": [{"id": "c1"}]}]}});
        let err = import_oscal(&doc).unwrap_err();
        assert_eq!(
            err,
            ControlsError::Oscal {
                pointer: "/catalog/groups/0/controls/0".into(),
                message: "missing required member \"title\"".into()
            }
        );
    }
}
