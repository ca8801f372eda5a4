//! The bundled municipality directory: counts, codes, ids, lookup,
//! recognition from front matter and the organisation it makes.

use std::collections::{BTreeMap, HashSet};

use styrdok_core::{BodyKind, OrgKind, Provenance};
use styrdok_org::directory::{Directory, EntryKind, directory};

/// Kommuner per län, from SCB's kommunkoder for the 2024 division.
const KOMMUNER_PER_LAN: [(&str, usize); 21] = [
    ("01", 26),
    ("03", 8),
    ("04", 9),
    ("05", 13),
    ("06", 13),
    ("07", 8),
    ("08", 12),
    ("09", 1),
    ("10", 5),
    ("12", 33),
    ("13", 6),
    ("14", 49),
    ("17", 16),
    ("18", 12),
    ("19", 10),
    ("20", 15),
    ("21", 10),
    ("22", 7),
    ("23", 8),
    ("24", 15),
    ("25", 14),
];

fn id_of(q: &str) -> Option<String> {
    directory().lookup(q).map(|e| e.id.to_string())
}

fn recognised(text: &str) -> Vec<String> {
    directory()
        .recognise(text)
        .iter()
        .map(|e| e.id.to_string())
        .collect()
}

#[test]
fn bundled_data_parses() {
    let dir = Directory::bundled().expect("the bundled directory parses");
    assert_eq!(dir.entries().len(), directory().entries().len());
    assert!(!directory().entries().is_empty());
}

#[test]
fn all_290_kommuner_and_21_regioner_gotland_in_both() {
    let dir = directory();
    assert_eq!(dir.kommuner().count(), 290);
    assert_eq!(dir.regioner().count(), 21);
    assert_eq!(dir.counties().len(), 21);
    // Gotland is one entry counted in both totals: 290 + 21 - 1.
    assert_eq!(dir.entries().len(), 310);
    let both: Vec<_> = dir
        .entries()
        .iter()
        .filter(|e| e.kind == EntryKind::KommunAndRegion)
        .collect();
    assert_eq!(both.len(), 1);
    let gotland = both[0];
    assert_eq!(gotland.name, "Region Gotland");
    assert_eq!(gotland.kommunkod.as_deref(), Some("0980"));
    assert_eq!(gotland.lanskod, "09");
    assert_eq!(dir.lookup("0980").map(|e| &e.id), Some(&gotland.id));
    assert_eq!(dir.lookup("09").map(|e| &e.id), Some(&gotland.id));
}

#[test]
fn codes_are_unique_and_well_formed() {
    let dir = directory();
    let lans: HashSet<&str> = dir.counties().iter().map(|c| c.code.as_str()).collect();
    assert_eq!(lans.len(), 21);
    let mut kommunkoder = HashSet::new();
    for k in dir.kommuner() {
        let code = k.kommunkod.as_deref().expect("a kommun has a kommunkod");
        assert!(
            code.len() == 4 && code.bytes().all(|b| b.is_ascii_digit()),
            "{code}"
        );
        assert!(kommunkoder.insert(code), "kommunkod {code} twice");
        assert!(lans.contains(&code[..2]), "{code}: no län {}", &code[..2]);
        assert_eq!(k.lanskod, code[..2]);
    }
    let mut region_codes = HashSet::new();
    for r in dir.regioner() {
        assert!(lans.contains(r.lanskod.as_str()), "{}", r.name);
        assert!(
            region_codes.insert(r.lanskod.as_str()),
            "two regions in län {}",
            r.lanskod
        );
    }
    // Every län has exactly one region.
    assert_eq!(region_codes, lans);
}

#[test]
fn kommuner_per_lan_match_scb() {
    let mut counted: BTreeMap<String, usize> = BTreeMap::new();
    for k in directory().kommuner() {
        *counted.entry(k.lanskod.clone()).or_default() += 1;
    }
    let expected: BTreeMap<String, usize> = KOMMUNER_PER_LAN
        .iter()
        .map(|(c, n)| ((*c).to_owned(), *n))
        .collect();
    assert_eq!(counted, expected);
    assert_eq!(expected.values().sum::<usize>(), 290);
}

#[test]
fn ids_are_unique_slugs_and_habo_hagbo_follow_the_rule() {
    let dir = directory();
    let mut ids = HashSet::new();
    for e in dir.entries() {
        assert!(ids.insert(e.id.as_str()), "id {} twice", e.id);
        assert_eq!(
            e.id.as_str(),
            e.id.as_str().to_ascii_lowercase(),
            "{}",
            e.name
        );
    }
    // Habo (0643) is written without diacritics and keeps the plain slug;
    // Håbo (0305) gets its code appended.
    let habo = dir.lookup("0643").unwrap();
    let hbo = dir.lookup("0305").unwrap();
    assert_eq!(habo.id.as_str(), "habo");
    assert_eq!(hbo.id.as_str(), "habo-0305");
    assert_eq!(hbo.name, "Håbo kommun");
    assert_eq!(hbo.to_string(), "Håbo kommun (habo-0305, kommunkod 0305)");
    assert_eq!(
        dir.lookup("01").unwrap().to_string(),
        "Region Stockholm (region-stockholm, länskod 01)"
    );
    assert_eq!(id_of("solna").as_deref(), Some("solna"));
    assert_eq!(id_of("0101"), None);
    for (code, id) in [
        ("01", "region-stockholm"),
        ("14", "vastra-gotalandsregionen"),
        ("0139", "upplands-bro"),
        ("0114", "upplands-vasby"),
        ("1462", "lilla-edet"),
        ("2023", "malung-salen"),
        ("1280", "malmo"),
    ] {
        assert_eq!(id_of(code).as_deref(), Some(id), "{code}");
    }
}

#[test]
fn official_names_follow_the_compound_rule_or_the_stad_list() {
    // "X kommun" with the compound -s after a consonant; the kommuner that
    // style themselves "stad" are the known list.
    let stad: HashSet<&str> = [
        "Borås",
        "Göteborg",
        "Haparanda",
        "Helsingborg",
        "Landskrona",
        "Lidingö",
        "Malmö",
        "Mölndal",
        "Solna",
        "Stockholm",
        "Sundbyberg",
        "Trollhättan",
        "Vaxholm",
        "Västerås",
    ]
    .into();
    let mut stader = 0;
    for k in directory()
        .kommuner()
        .filter(|e| e.kind == EntryKind::Kommun)
    {
        let s = &k.short_name;
        let stem = if s.ends_with(['a', 'e', 'i', 'o', 'u', 'y', 'å', 'ä', 'ö', 's', 'x']) {
            s.clone()
        } else {
            format!("{s}s")
        };
        if stad.contains(s.as_str()) {
            stader += 1;
            assert_eq!(k.name.to_lowercase(), format!("{stem} stad").to_lowercase());
        } else {
            assert_eq!(k.name, format!("{stem} kommun"));
        }
    }
    assert_eq!(stader, stad.len());
}

#[test]
fn lookup_by_id_name_form_and_code_any_case_and_diacritics() {
    for q in [
        "solna",
        "Solna",
        "Solna stad",
        "Solna kommun",
        "SOLNA STAD",
        "  solna   stad ",
        "0184",
    ] {
        assert_eq!(id_of(q).as_deref(), Some("solna"), "{q}");
    }
    for q in [
        "Stockholms stad",
        "Stockholm",
        "stockholms kommun",
        "Stockholms",
        "0180",
    ] {
        assert_eq!(id_of(q).as_deref(), Some("stockholm"), "{q}");
    }
    for q in [
        "Region Stockholm",
        "region-stockholm",
        "Stockholms läns landsting",
        "SLL",
        "01",
    ] {
        assert_eq!(id_of(q).as_deref(), Some("region-stockholm"), "{q}");
    }
    assert_eq!(
        id_of("Landstinget i Värmland").as_deref(),
        Some("region-varmland")
    );
    for (q, id) in [
        ("Landstinget Värmland", "region-varmland"),
        ("Landstinget Jönköpings län", "region-jonkopings-lan"),
        ("Landstinget Kalmar län", "region-kalmar-lan"),
        ("Landstinget i Östergötland", "region-ostergotland"),
    ] {
        assert_eq!(id_of(q).as_deref(), Some(id), "{q}");
    }
    assert_eq!(
        id_of("Västra Götalandsregionen").as_deref(),
        Some("vastra-gotalandsregionen")
    );
    assert_eq!(id_of("VGR").as_deref(), Some("vastra-gotalandsregionen"));
    assert_eq!(id_of("Region Skåne").as_deref(), Some("region-skane"));
    assert_eq!(id_of("region skane").as_deref(), Some("region-skane"));
    assert_eq!(id_of("Orebro").as_deref(), Some("orebro"));
    assert_eq!(id_of("Örebro kommun").as_deref(), Some("orebro"));
    assert_eq!(
        id_of("Region Örebro län").as_deref(),
        Some("region-orebro-lan")
    );
    assert_eq!(id_of("Malmo stad").as_deref(), Some("malmo"));
    assert_eq!(id_of("Upplands Bro").as_deref(), Some("upplands-bro"));
    assert_eq!(
        id_of("upplands-väsby kommun").as_deref(),
        Some("upplands-vasby")
    );
    assert_eq!(id_of("Västerås stad").as_deref(), Some("vasteras"));
    assert_eq!(id_of("Gotland").as_deref(), Some("region-gotland"));
    assert_eq!(id_of("Gotlands kommun").as_deref(), Some("region-gotland"));
    // Diacritics decide between Habo and Håbo; folded away they are ambiguous
    // only when nothing matches exactly.
    assert_eq!(id_of("Håbo").as_deref(), Some("habo-0305"));
    assert_eq!(id_of("HÅBO KOMMUN").as_deref(), Some("habo-0305"));
    assert_eq!(id_of("Habo").as_deref(), Some("habo"));
    assert_eq!(id_of("Habo kommun").as_deref(), Some("habo"));
    // Decomposed (NFD) å is the same letter.
    assert_eq!(id_of("Ha\u{30a}bo").as_deref(), Some("habo-0305"));
    assert_eq!(id_of("Sundbyberg stad").as_deref(), Some("sundbyberg"));
    assert_eq!(id_of("Uppsala stad").as_deref(), Some("uppsala"));
    assert_eq!(id_of("Solnas kommun").as_deref(), Some("solna"));
    assert_eq!(id_of("Solnas").as_deref(), Some("solna"));
    assert_eq!(id_of("Västerås").as_deref(), Some("vasteras"));
    assert_eq!(id_of("Atlantis"), None);
    assert_eq!(id_of(""), None);
}

#[test]
fn every_entry_is_found_by_its_id_code_name_and_forms_and_recognised_by_its_name() {
    let dir = directory();
    for e in dir.entries() {
        let same = |q: &str| dir.lookup(q).map(|x| x.id.as_str()) == Some(e.id.as_str());
        assert!(same(e.id.as_str()), "{}", e.id);
        assert!(same(e.code()), "{} {}", e.id, e.code());
        assert!(same(&e.name), "{}", e.name);
        for f in &e.forms {
            assert!(same(f), "{}: form {f:?}", e.id);
        }
        let title = format!(
            "Policy för informationssäkerhet\n{}\nAntagen av fullmäktige",
            e.name
        );
        let found: Vec<&str> = dir
            .recognise(&title)
            .iter()
            .map(|x| x.id.as_str())
            .collect();
        assert_eq!(found, [e.id.as_str()], "{}", e.name);
    }
}

#[test]
fn recognises_the_own_name_forms() {
    let cases: [(&str, &str); 16] = [
        ("Informationssäkerhetspolicy\nSolna stad", "solna"),
        ("STOCKHOLMS STAD\nIT-program", "stockholm"),
        (
            "Riktlinjer för Stockholms stads informationssäkerhet",
            "stockholm",
        ),
        (
            "Policy för Huddinge kommuns arbete med dataskydd",
            "huddinge",
        ),
        ("Västerås stad\nRiktlinje", "vasteras"),
        (
            "Region Skåne\nPolicy för informationssäkerhet",
            "region-skane",
        ),
        ("Region Skånes policy", "region-skane"),
        ("Stockholms läns landsting\nRiktlinje", "region-stockholm"),
        ("Landstinget i Värmland\nPolicy", "region-varmland"),
        (
            "Västra Götalandsregionens riktlinje",
            "vastra-gotalandsregionen",
        ),
        ("Region Jönköpings län\nRiktlinje", "region-jonkopings-lan"),
        ("Upplands Väsby kommun\nIT-policy", "upplands-vasby"),
        ("Kommun: Mark\nDokumenttyp: Policy", "mark"),
        (
            "Antagen av kommunfullmäktige i Haninge 2019-05-13",
            "haninge",
        ),
        (
            "Fastställd av Regionfullmäktige i Västerbotten",
            "region-vasterbotten",
        ),
        ("Region Gotland\nRegionstyrelsen", "region-gotland"),
    ];
    for (text, id) in cases {
        assert_eq!(recognised(text), [id], "{text}");
    }
    assert_eq!(
        recognised("| Organisation | Lilla Edets kommun |"),
        ["lilla-edet"]
    );
    assert_eq!(recognised("Region: Stockholm"), ["region-stockholm"]);
    assert_eq!(
        recognised("Landsting: Stockholms läns landsting"),
        ["region-stockholm"]
    );
    assert_eq!(recognised("Kommun: Stockholm"), ["stockholm"]);
    assert_eq!(recognised("Region: Solna"), Vec::<String>::new());
    assert_eq!(recognised("Håbo kommun"), ["habo-0305"]);
    assert_eq!(recognised("Habo kommun"), ["habo"]);
    assert_eq!(recognised("Ha\u{30a}bo kommun"), ["habo-0305"]);
}

#[test]
fn recognition_ignores_what_is_not_an_own_name() {
    for text in [
        "Riktlinje för kommunen",
        "Policy\nAntagen av kommunfullmäktige 2020-01-01",
        "Plan för arbetet i Stockholm",
        "Den mark kommun äger ska skötas",
        "Stockholms län",
        "Sveriges Kommuner och Regioner",
        "Regionen ska verka för",
        "",
    ] {
        assert_eq!(recognised(text), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn recognition_returns_every_distinct_organisation_in_order() {
    assert_eq!(
        recognised("Avtal mellan Solna stad och Stockholms stad\nSolna stad"),
        ["solna", "stockholm"]
    );
    assert_eq!(
        recognised("Kommun: Solna\nSolna stad\nSolna kommuns riktlinje"),
        ["solna"]
    );
}

#[test]
fn a_list_of_kommuner_names_every_one() {
    assert_eq!(
        recognised("Instruktion för användare inom Götene, Lidköping och Skara kommuner"),
        ["gotene", "lidkoping", "skara"]
    );
    assert_eq!(
        recognised("IT-strategi för Munkfors, Forshaga, Kils och Grums kommun"),
        ["munkfors", "forshaga", "kil", "grums"]
    );
    assert_eq!(
        recognised("Avtal mellan Upplands Väsby och Sollentuna kommuner"),
        ["upplands-vasby", "sollentuna"]
    );
    // Not lists: one name, a name not joined by "och", lower case.
    assert_eq!(recognised("Riktlinje för Skara kommun"), ["skara"]);
    assert_eq!(
        recognised("Samverkan med Lidköping. Skara kommun"),
        ["skara"]
    );
    assert_eq!(
        recognised("marken och skara kommuner"),
        Vec::<String>::new()
    );
}

#[test]
fn organisation_has_generic_profile_and_standard_bodies() {
    let solna = directory().lookup("Solna").unwrap().organisation();
    assert_eq!(solna.id.as_str(), "solna");
    assert_eq!(solna.name, "Solna stad");
    assert_eq!(solna.kind, OrgKind::Kommun);
    assert_eq!(solna.profile.as_deref(), Some("builtin:generic"));
    let ids: Vec<&str> = solna.bodies.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, ["solna/kf", "solna/ks"]);
    let kf = solna.body("solna/kf").unwrap();
    assert_eq!(kf.name, "Kommunfullmäktige");
    assert_eq!(kf.kind, BodyKind::Fullmaktige);
    assert_eq!(solna.body("solna/ks").unwrap().kind, BodyKind::Styrelse);
    assert!(solna.bodies.iter().all(|b| matches!(
        &b.provenance,
        Provenance::Derived { rule } if rule == "directory-standard-bodies"
    )));
    // The organisation's own resolver finds its bodies and forms.
    assert_eq!(
        solna.resolve("KF").map(|r| r.id).as_deref(),
        Some("solna/kf")
    );
    assert!(solna.aliases.iter().any(|a| a == "Solna kommun"));

    let region = directory()
        .lookup("Region Stockholm")
        .unwrap()
        .organisation();
    assert_eq!(region.kind, OrgKind::Region);
    let ids: Vec<&str> = region.bodies.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, ["region-stockholm/rf", "region-stockholm/rs"]);
    assert_eq!(
        region.body("region-stockholm/rf").unwrap().name,
        "Regionfullmäktige"
    );
    assert_eq!(
        region.resolve("RS").map(|r| r.id).as_deref(),
        Some("region-stockholm/rs")
    );

    let gotland = directory().lookup("0980").unwrap().organisation();
    assert_eq!(gotland.kind, OrgKind::Region);
    assert!(gotland.body("region-gotland/rf").is_some());
}

#[test]
fn bad_data_is_an_error_with_its_line() {
    let e = Directory::parse("lan;01;Stockholms län\nkommun;01x4;Solna stad;Solna;\n").unwrap_err();
    assert_eq!(e.line, 2);
    assert!(e.to_string().contains("not 4 digits"), "{e}");
    let e = Directory::parse("kommun;0184;Solna stad;Solna;\n").unwrap_err();
    assert!(e.to_string().contains("no `lan` line"), "{e}");
    let e = Directory::parse("lan;01;Stockholms län\nbolag;0184;X;Y;\n").unwrap_err();
    assert!(e.to_string().contains("unknown record kind"), "{e}");
    let e = Directory::parse("lan;01;Stockholms län\nkommun;0184;Solna stad\n").unwrap_err();
    assert!(e.to_string().contains("fields"), "{e}");
    let e = Directory::parse(
        "lan;01;Stockholms län\nkommun;0184;Solna stad;Solna;\nkommun;0184;Sulna kommun;Sulna;\n",
    )
    .unwrap_err();
    assert!(e.to_string().contains("0184"), "{e}");
    // Found after reading, yet still the line of the second record.
    assert_eq!(e.line, 3, "{e}");
    // Two names folding to one slug, neither plain: both get their code.
    let d = Directory::parse(
        "lan;01;Stockholms län\nkommun;0101;Åby kommun;Åby;\nkommun;0102;Äby kommun;Äby;\n",
    )
    .unwrap();
    let ids: Vec<&str> = d.entries().iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["aby-0101", "aby-0102"]);
}

proptest::proptest! {
    /// Any text: no panic, distinct entries, and a lookup of what was
    /// recognised by its own name finds it again.
    #[test]
    fn recognise_and_lookup_take_any_text(text in "(?s)[A-Za-zÅÄÖåäöé0-9 ,.:|\t\n\u{30a}\u{ad}-]{0,200}") {
        let found = directory().recognise(&text);
        let mut ids: Vec<&str> = found.iter().map(|e| e.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        proptest::prop_assert_eq!(ids.len(), found.len());
        for e in found {
            proptest::prop_assert_eq!(directory().lookup(&e.name).map(|x| &x.id), Some(&e.id));
        }
        let _ = directory().lookup(&text);
        let _ = directory().lookup_all(&text);
    }
}
