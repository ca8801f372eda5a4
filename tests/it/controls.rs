//! `styrdok controls coverage` on the bundled seed register.

use serde_json::Value;

use crate::run;

fn statements(c: &Value, key: &str) -> Vec<String> {
    c[key]
        .as_array()
        .map(|a| a.iter().map(|s| s.as_str().unwrap().to_owned()).collect())
        .unwrap_or_default()
}

#[test]
fn seed_coverage_shows_stockholm_and_solna_statements_and_uncovered_themes() {
    let (code, out, err) = run(crate::SEED_COVERAGE_JSON);
    assert_eq!(code, 0, "{err}");
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["framework"], "iso27001:2022");
    // Stockholm §6: "Grundnivån för säkerheten ska fastställas genom
    // informationsklassificering" → 5.12. The program's adoption date is
    // unknown (only "not before 2007"), so it is shown apart as "in force
    // unknown", never counted as covered.
    let c512 = &r["controls"]["5.12"];
    let unknown = statements(c512, "in_force_unknown");
    assert!(
        unknown
            .iter()
            .any(|s| s.starts_with("stockholm/it-program#6:")),
        "{c512}"
    );
    assert!(
        statements(c512, "confirmed")
            .iter()
            .all(|s| !s.starts_with("stockholm/"))
    );
    // Stockholm §6 "Alla incidenter ska rapporteras" → incident management.
    let incident: Vec<String> = ["5.24", "5.25", "5.26", "6.8"]
        .iter()
        .flat_map(|c| statements(&r["controls"][*c], "in_force_unknown"))
        .collect();
    assert!(
        incident
            .iter()
            .any(|s| s.starts_with("stockholm/it-program#6:")),
        "{incident:?}"
    );
    // Solna's Informationssäkerhetspolicy (KF 2018-05-28) is in force in 2020:
    // its ISMS principle covers clause 4.4 and its classification sentence 5.12.
    let solna = |c: &str| {
        statements(&r["controls"][c], "confirmed")
            .into_iter()
            .any(|s| s.starts_with("solna/informationssakerhetspolicy-2018#"))
    };
    assert!(solna("clause-4.4"), "{}", r["controls"]["clause-4.4"]);
    assert!(solna("5.12"));
    assert_eq!(r["controls"]["5.12"]["status"], "covered");
    // Themes no seed document in force covers.
    let uncovered: Vec<&str> = r["themes_not_covered"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    assert!(uncovered.contains(&"physical"), "{uncovered:?}");
}

#[test]
fn coverage_before_the_2018_policy_covers_less() {
    let count = |at: &str| {
        let (code, out, _) = run(&["controls", "coverage", "--at", at, "--format", "json"]);
        assert_eq!(code, 0);
        let r: Value = serde_json::from_str(&out).unwrap();
        r["controls"]
            .as_object()
            .unwrap()
            .values()
            .filter(|c| c["status"] == "covered")
            .count()
    };
    assert!(count("2017-01-01") < count("2020-01-01"));
}
