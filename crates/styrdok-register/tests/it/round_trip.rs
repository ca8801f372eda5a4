//! A register never silently shrinks: for any register `check` accepts,
//! writing it to a file and to a directory and reading it back gives a
//! register `diff` calls equal, with the same number of every element.

use proptest::prelude::*;
use styrdok_register::write::{Existing, write_register_dir, write_register_file};
use styrdok_register::{Loaded, Register, bundled, check_loaded, load_path, load_str, query};

/// The number of every element: organisations, bodies, roles, groups,
/// documents, sections, statements, duties, relations, control links.
fn counts(r: &Register) -> [usize; 10] {
    let sum = |f: fn(&styrdok_model::Document) -> usize| r.documents.iter().map(f).sum();
    [
        r.organisations.len(),
        r.organisations.iter().map(|o| o.bodies.len()).sum(),
        r.organisations.iter().map(|o| o.roles.len()).sum(),
        r.organisations.iter().map(|o| o.groups.len()).sum(),
        r.documents.len(),
        sum(|d| d.sections.len()),
        sum(|d| d.statements.len()),
        sum(|d| d.duties.len()),
        sum(|d| d.relations.len()),
        r.control_links.len(),
    ]
}

/// Whether `check` (loader checks and cross-checks) accepts the register.
fn accepted(text: &str) -> Option<Register> {
    let mut l: Loaded = load_str(text, Some("generated.json"));
    check_loaded(&mut l, None);
    (l.is_complete() && !l.has_errors()).then_some(l.register?)
}

/// Registers made from the bundled one: all or all but one of its documents in any
/// order, titles replaced by arbitrary text (control characters, quotes,
/// non-ASCII), organisations in any order.
fn registers() -> impl Strategy<Value = String> {
    let base = bundled().register.unwrap();
    let n = base.documents.len();
    let m = base.organisations.len();
    (
        proptest::sample::subsequence((0..n).collect::<Vec<_>>(), n.saturating_sub(1)..=n)
            .prop_shuffle(),
        Just((0..m).collect::<Vec<_>>()).prop_shuffle(),
        proptest::collection::vec(
            proptest::option::of("\\PC{0,12}|[\\x00-\\x1f\"\\\\]{0,4}"),
            n,
        ),
    )
        .prop_map(move |(docs, orgs, titles)| {
            let mut r = base.clone();
            r.documents = docs
                .iter()
                .filter_map(|&i| {
                    let mut d = base.documents.get(i)?.clone();
                    if let Some(t) = titles.get(i).cloned().flatten() {
                        d.title = Some(t);
                    }
                    Some(d)
                })
                .collect();
            r.organisations = orgs
                .iter()
                .filter_map(|&i| base.organisations.get(i).cloned())
                .collect();
            serde_json::to_string(&r).unwrap()
        })
}

/// Registers from `styrdok gen`: any seed, 1–4 organisations, 1–12
/// documents each (chains, partial replacements, duties, control links,
/// partial and bounded dates), valid by construction.
fn generated() -> impl Strategy<Value = String> {
    (any::<u64>(), 1usize..=4, 1usize..=12).prop_map(|(seed, orgs, docs_per_org)| {
        let opts = styrdok_register::generate::GenOptions {
            orgs,
            docs_per_org,
            seed,
            errors: Default::default(),
        };
        let reg = styrdok_register::generate::generate(&opts).unwrap();
        serde_json::to_string(&reg).unwrap()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, max_global_rejects: 256, ..ProptestConfig::default() })]

    #[test]
    fn file_and_directory_round_trips_lose_nothing(text in prop_oneof![registers(), generated()]) {
        let Some(original) = accepted(&text) else {
            return Err(TestCaseError::reject("check does not accept it"));
        };
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("reg");
        write_register_dir(&original, &dir, Existing::Refuse).unwrap();
        let from_dir = load_path(&dir).unwrap();
        prop_assert!(from_dir.is_complete(), "{:#?}", from_dir.diagnostics);
        let from_dir = from_dir.register.unwrap();
        let file = tmp.path().join("reg.json");
        write_register_file(&from_dir, &file, Existing::Refuse).unwrap();
        let back = load_path(&file).unwrap();
        prop_assert!(back.is_complete(), "{:#?}", back.diagnostics);
        let back = back.register.unwrap();
        for r in [&from_dir, &back] {
            prop_assert!(query::diff(&original, r).is_empty(), "{:#?}", query::diff(&original, r));
            prop_assert_eq!(counts(&original), counts(r));
        }
        prop_assert_eq!(&back, &original);
    }
}

#[test]
fn counts_see_every_element() {
    // The bundled register has some of each kind the counts look at, so a
    // lost element would change them.
    let c = counts(&bundled().register.unwrap());
    assert!(
        c[0] > 1 && c[1] > 1 && c[4] > 1 && c[5] > 0 && c[6] > 0,
        "{c:?}"
    );
}

#[test]
fn generated_registers_are_accepted_so_the_property_sees_them() {
    let opts = styrdok_register::generate::GenOptions {
        orgs: 3,
        docs_per_org: 10,
        seed: 7,
        errors: Default::default(),
    };
    let text =
        serde_json::to_string(&styrdok_register::generate::generate(&opts).unwrap()).unwrap();
    let reg = accepted(&text).expect("check accepts a generated register");
    assert_eq!(reg.documents.len(), 30);
}
