//! Synthetic texts for the forms the seeds do not show, and decoys.

use styrdok_core::BodyKind;
use styrdok_import::{RelationKind, import};

fn date(d: Option<styrdok_core::PartialDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

#[test]
fn fastställd_av_with_long_date_and_paragraph() {
    let d = import(
        "Riktlinjer för informationssäkerhet\n\nFastställd av Kommunfullmäktige den 25 juni 2018, § 129\n",
    );
    let a = d.adopted_by.as_ref().unwrap();
    assert_eq!(
        (a.name.as_str(), a.kind),
        ("Kommunfullmäktige", Some(BodyKind::Fullmaktige))
    );
    assert_eq!(date(d.decision_date).as_deref(), Some("2018-06-25"));
    assert_eq!(d.decision_paragraph.as_deref(), Some("§ 129"));
    assert_eq!(d.kind.as_ref().map(|k| k.id()), Some("riktlinje"));
    let p = &d.provenance["/decision_date"];
    assert_eq!(p.lines.start, 3);
    assert!(p.text.contains("25 juni 2018"));
}

#[test]
fn beslutad_av_with_slash_paragraph() {
    let d = import("Regler för e-post\n\nBeslutad av kommunstyrelsen 2017-09-20/§ 189\n");
    assert_eq!(
        d.adopted_by.as_ref().map(|a| a.name.as_str()),
        Some("kommunstyrelsen")
    );
    assert_eq!(
        d.adopted_by.as_ref().and_then(|a| a.kind),
        Some(BodyKind::Styrelse)
    );
    assert_eq!(date(d.decision_date).as_deref(), Some("2017-09-20"));
    assert_eq!(d.decision_paragraph.as_deref(), Some("§ 189"));
}

#[test]
fn antagen_av_iso_and_official() {
    let d = import("Antagen av kommunfullmäktige 2018-06-25, § 129\n");
    assert_eq!(date(d.decision_date).as_deref(), Some("2018-06-25"));
    assert_eq!(d.decision_paragraph.as_deref(), Some("§ 129"));
    let d = import("Rutin för inköp\n\nAntagen av kommundirektören\n");
    assert_eq!(
        d.adopted_by.as_ref().and_then(|a| a.kind),
        Some(BodyKind::Tjansteperson)
    );
    assert_eq!(d.decision_date, None);
}

#[test]
fn label_lines_other_municipality() {
    let d = import(
        "Handlingsplan för digitalisering\n\nFastställare: Landstingsstyrelsen\nDokumentägare: Kanslichef\nDiarienummer: LS 2019/0345\nRevideras: årligen\nGiltighetstid: 2023–2026\n",
    );
    let a = d.adopted_by.as_ref().unwrap();
    assert_eq!(
        (a.name.as_str(), a.kind),
        ("Landstingsstyrelsen", Some(BodyKind::Styrelse))
    );
    assert_eq!(
        d.owner.as_ref().map(|o| o.name.as_str()),
        Some("Kanslichef")
    );
    assert_eq!(d.dnr.as_deref(), Some("LS 2019/0345"));
    assert_eq!(
        d.review.as_ref().map(|r| r.as_written.as_str()),
        Some("årligen")
    );
    let v = d.validity.as_ref().unwrap();
    assert_eq!(
        (date(v.from).as_deref(), date(v.until).as_deref()),
        (Some("2023"), Some("2026"))
    );
    assert_eq!(d.kind.as_ref().map(|k| k.id()), Some("plan"));
    assert_eq!(d.decision_date, None, "no date is stated");
}

#[test]
fn vertical_and_other_table_layouts() {
    let d =
        import("Dokumenttyp\nRiktlinje\nBeslutsdatum\n2019-03-04\nBeslutad av\nKommunstyrelsen\n");
    assert_eq!(d.kind.as_ref().map(|k| k.id()), Some("riktlinje"));
    assert_eq!(date(d.decision_date).as_deref(), Some("2019-03-04"));
    assert_eq!(
        d.adopted_by.as_ref().map(|a| a.name.as_str()),
        Some("Kommunstyrelsen")
    );
    let d = import(
        "Beslutsdatum Beslutande organ Diarienummer Giltighetstid\n\n2020-02-10 Regionstyrelsen RS 2019/112 tillsvidare\n",
    );
    assert_eq!(date(d.decision_date).as_deref(), Some("2020-02-10"));
    assert_eq!(
        d.adopted_by.as_ref().map(|a| a.name.as_str()),
        Some("Regionstyrelsen")
    );
    assert_eq!(d.dnr.as_deref(), Some("RS 2019/112"));
    assert!(d.validity.as_ref().unwrap().until_further_notice);
}

#[test]
fn validity_phrases() {
    let d =
        import("Riktlinje för distansarbete\n\nDokumentet gäller till och med 31 december 2020.\n");
    let v = d.validity.as_ref().unwrap();
    assert_eq!(date(v.until).as_deref(), Some("2020-12-31"));
    assert!(!v.until_further_notice);
    let d = import(
        "Digitaliseringsstrategi 2023–2026\n\nStrategin gäller under mandatperioden 2023–2026.\n",
    );
    let v = d.validity.as_ref().unwrap();
    assert!(v.mandate_period);
    assert_eq!(date(v.from).as_deref(), Some("2023"));
    let d = import("IT-policy\n\nPolicyn gäller tillsvidare.\n");
    assert!(d.validity.as_ref().unwrap().until_further_notice);
}

#[test]
fn relation_forms() {
    let d = import(
        "Riktlinje för e-post\n\nDokumentet ersätter: Riktlinjer för e-post (KS 2012/45)\n\nDenna riktlinje upphäver Regler för e-post antagen 2009-05-11.\n\nRiktlinjen är ett komplement till Informationssäkerhetspolicy för Exempels kommun.\n\nRiktlinjen kompletteras av Rutin för loggning.\n",
    );
    let kinds: Vec<RelationKind> = d.relations.iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        [
            RelationKind::Replaces,
            RelationKind::Repeals,
            RelationKind::Complements,
            RelationKind::ComplementedBy
        ]
    );
    assert_eq!(
        d.relations[0].target.title.as_deref(),
        Some("Riktlinjer för e-post")
    );
    assert_eq!(d.relations[0].target.dnr.as_deref(), Some("KS 2012/45"));
    assert_eq!(
        d.relations[1].target.title.as_deref(),
        Some("Regler för e-post")
    );
    assert_eq!(
        date(d.relations[1].target.date).as_deref(),
        Some("2009-05-11")
    );
    assert_eq!(
        d.relations[3].target.title.as_deref(),
        Some("Rutin för loggning")
    );
    let d = import("Policy för arkiv\n\nErsätter beslut KS 2016/123 § 45\n");
    assert_eq!(d.relations.len(), 1);
    assert_eq!(d.relations[0].target.dnr.as_deref(), Some("KS 2016/123"));
    let d = import(
        "Policy för X\n\nPolicyn ersätter följande dokument:\n• ”Gammal policy” endast avsnitt 2 och 4 (2010-01-01)\n",
    );
    assert_eq!(d.relations[0].kind, RelationKind::ReplacesInPart);
    assert_eq!(d.relations[0].target.sections, ["2", "4"]);
}

#[test]
fn decoys_give_nothing() {
    let d = import(
        "Informationssäkerhet\n\nDataskyddsförordningen ersätter personuppgiftslagen sedan 2018.\n\nDetta upphäver inte linjeansvaret.\n\nDenna typ av dokument fastställs av kommunfullmäktige och gäller tills vidare.\n\nRiktlinjer antas av kommunstyrelsen.\n\nStaden ska arbeta systematiskt.\n",
    );
    assert!(d.relations.is_empty(), "{:?}", d.relations);
    assert_eq!(d.adopted_by, None);
    assert_eq!(d.validity, None);
    assert_eq!(d.decision_date, None);
    assert!(d.duties.is_empty(), "{:?}", d.duties);
    let d = import(
        "POLICY – antas av kommunfullmäktige\n\nEn policy gäller tills vidare.\n\nSyfte\nText.\n",
    );
    assert_eq!(d.adopted_by, None);
    assert_eq!(d.validity, None);
}

#[test]
fn no_year_no_date_and_update_is_not_decision() {
    let d = import("Policy\n\nAntagen av kommunfullmäktige den 25 juni\n");
    assert_eq!(
        d.adopted_by.as_ref().map(|a| a.name.as_str()),
        Some("kommunfullmäktige")
    );
    assert_eq!(d.decision_date, None);
    let d = import("Policy\n\nText.\n\nSenast uppdaterad: 16 december 2016\n");
    assert_eq!(d.decision_date, None);
    assert_eq!(date(d.last_updated).as_deref(), Some("2016-12-16"));
}

#[test]
fn contradictions_are_flagged() {
    let d = import(
        "IT-policy\n\nBeslutad av: Kommunstyrelsen\n\nPolicyn antogs av kommunfullmäktige 2019-01-14.\n",
    );
    assert!(d.adopted_by.is_some());
    let c = d
        .conflicts
        .iter()
        .find(|c| c.field == "adopted_by")
        .expect("conflict");
    assert_eq!(c.candidates.len(), 2);
    assert!(d.provenance["/adopted_by"].confidence <= 0.5);
}

#[test]
fn duty_forms() {
    let d = import(
        "Riktlinje\n\nSocialnämnden svarar för att:\n• följa upp\nlarm\n• rapportera avvikelser\n\nKultur- och fritidsnämnden har ansvar för bibliotekets system.\n\nIT-chefen är ägare av nätverket.\n\nAlla medarbetare ska vara försiktiga.\n",
    );
    let duties = duties_of(&d);
    assert_eq!(
        duties,
        [
            ("Socialnämnden", "följa upp larm"),
            ("Socialnämnden", "rapportera avvikelser"),
            ("Kultur- och fritidsnämnden", "bibliotekets system"),
            ("IT-chefen", "nätverket"),
        ]
    );
}

#[test]
fn empty_and_garbage() {
    let d = import("");
    assert_eq!(d.title, None);
    assert!(d.provenance.is_empty());
    let d = import("\u{c}\n\n  \t\n");
    assert_eq!(d.kind, None);
}

#[test]
fn region_metadata_with_paragraph_and_split_complements() {
    let d = import(
        "REGION EXEMPEL\nInformationssäkerhetspolicy\n\nBeslutad av: Regionfullmäktige\nBeslutsdatum: 2019-04-24, § 56\nDiarienummer: RS/2018:1123\nGiltighetstid: Tillsvidare\n\nSyfte\nPolicyn kompletteras av Riktlinjer för informationsklassning och Riktlinjer för behörighetshantering.\n\nAnsvar\nInformationssäkerhetssamordnaren har ansvar för att samordna arbetet.\nAlla medarbetare ska följa policyn.\n",
    );
    // The organisation line above the title is not the title.
    assert_eq!(d.title.as_deref(), Some("Informationssäkerhetspolicy"));
    assert_eq!(
        d.decision_date.map(|x| x.to_string()).as_deref(),
        Some("2019-04-24")
    );
    assert_eq!(d.decision_paragraph.as_deref(), Some("§ 56"));
    let targets: Vec<&str> = d
        .relations
        .iter()
        .filter_map(|r| r.target.title.as_deref())
        .collect();
    assert_eq!(
        targets,
        [
            "Riktlinjer för informationsklassning",
            "Riktlinjer för behörighetshantering"
        ]
    );
    // A functional role holds a duty through an explicit responsibility
    // phrase; "Alla medarbetare ska …" is a rule, not a duty.
    let holders: Vec<&str> = d.duties.iter().map(|x| x.body.name.as_str()).collect();
    assert_eq!(holders, ["Informationssäkerhetssamordnaren"]);
    assert_eq!(d.duties[0].body.kind, None);
}

#[test]
fn these_guidelines_replace_with_dnr_and_date_and_metadata_lines_are_not_headings() {
    let d = import(
        "Riktlinjer för informationssäkerhet\n\nFastställd av Kommunstyrelsen den 13 december 2022, § 245\nGäller till och med 31 december 2026\n\nDessa riktlinjer ersätter Riktlinjer för IT-säkerhet (KS 2015/334), antagna 2015-09-14.\n\n1. Inledning\nText.\n",
    );
    let r = d.relations.first().expect("a relation");
    assert_eq!(r.kind, RelationKind::Replaces);
    assert_eq!(
        r.target.title.as_deref(),
        Some("Riktlinjer för IT-säkerhet")
    );
    assert_eq!(r.target.dnr.as_deref(), Some("KS 2015/334"));
    assert_eq!(
        r.target.date.map(|x| x.to_string()).as_deref(),
        Some("2015-09-14")
    );
    let headings: Vec<String> = d.sections.iter().map(|s| s.heading.clone()).collect();
    assert!(
        headings
            .iter()
            .all(|h| !h.starts_with("Fastställd") && !h.starts_with("Gäller")),
        "{headings:?}"
    );
}

#[test]
fn front_matter_title_after_metadata_and_coordinated_relations() {
    let d = import(
        "Styrdokument\nDokumenttyp: Riktlinjer\nBeslutad av: Kommunstyrelsen\nBeslutsdatum: 2021-03-15 § 45\nAnsvarig: Säkerhetschef\nGiltighetstid: 2021–2024\nDnr: KS 2020/00456\n\nRiktlinjer för säkerhetsskydd\n\nBakgrund\nDessa riktlinjer konkretiserar kommunens säkerhetspolicy och ersätter Riktlinjer för säkerhetsskydd antagna av kommunstyrelsen 2016-05-10.\n\nAnsvar\nKommundirektören är ytterst ansvarig för säkerhetsskyddet.\n",
    );
    // "Styrdokument" is a generic label; the title names a kind.
    assert_eq!(d.title.as_deref(), Some("Riktlinjer för säkerhetsskydd"));
    assert_eq!(
        d.owner.as_ref().map(|o| o.name.as_str()),
        Some("Säkerhetschef")
    );
    assert_eq!(d.decision_paragraph.as_deref(), Some("§ 45"));
    // The cited document's adoption date is not this document's.
    assert_eq!(
        d.decision_date.map(|x| x.to_string()).as_deref(),
        Some("2021-03-15")
    );
    assert!(d.conflicts.is_empty(), "{:?}", d.conflicts);
    let rels: Vec<(RelationKind, Option<&str>)> = d
        .relations
        .iter()
        .map(|r| (r.kind, r.target.title.as_deref()))
        .collect();
    assert_eq!(
        rels,
        [
            (RelationKind::Concretizes, Some("säkerhetspolicy")),
            (
                RelationKind::Replaces,
                Some("Riktlinjer för säkerhetsskydd")
            ),
        ]
    );
    assert_eq!(
        d.relations[1].target.date.map(|x| x.to_string()).as_deref(),
        Some("2016-05-10")
    );
    assert_eq!(
        d.duties.first().map(|x| x.body.name.as_str()),
        Some("Kommundirektören")
    );
    let headings: Vec<String> = d.sections.iter().map(|s| s.heading.clone()).collect();
    assert_eq!(headings, ["Bakgrund", "Ansvar"]);
}

#[test]
fn front_page_tables_with_name_composite_adoption_and_revision() {
    let d = import(
        "Dokumentnamn Dokumenttyp Fastställd/beslutad\nInformationssäkerhetspolicy Policy KF 2019-02-25, § 23\nBeslutsinstans Giltighetstid Dokumentansvarig\nKommunfullmäktige Tills vidare Kommundirektör\nDiarienummer Senast reviderad\nKS 2018/456 2022-03-01\n\nErsätter: Informationssäkerhetspolicy, KF 2014-06-16 § 102\n\n1 Inledning\nPolicyn kompletteras av riktlinjer som fastställs av kommunstyrelsen.\n",
    );
    assert_eq!(d.title.as_deref(), Some("Informationssäkerhetspolicy"));
    assert_eq!(
        d.kind.as_ref().map(|k| k.to_string()).as_deref(),
        Some("policy")
    );
    // "KF" and "Kommunfullmäktige" are one adopter, not a conflict.
    assert_eq!(
        d.adopted_by.as_ref().map(|b| b.name.as_str()),
        Some("Kommunfullmäktige")
    );
    assert!(d.conflicts.is_empty(), "{:?}", d.conflicts);
    assert_eq!(
        d.decision_date.map(|x| x.to_string()).as_deref(),
        Some("2019-02-25")
    );
    assert_eq!(d.decision_paragraph.as_deref(), Some("§ 23"));
    assert_eq!(d.dnr.as_deref(), Some("KS 2018/456"));
    // "Senast reviderad" is not a decision date.
    assert_eq!(
        d.last_updated.map(|x| x.to_string()).as_deref(),
        Some("2022-03-01")
    );
    let replaced = &d.relations[0];
    assert_eq!(replaced.kind, RelationKind::Replaces);
    assert_eq!(
        replaced.target.title.as_deref(),
        Some("Informationssäkerhetspolicy")
    );
    assert_eq!(
        replaced.target.date.map(|x| x.to_string()).as_deref(),
        Some("2014-06-16")
    );
    // "KF 2014-06" is an adopter and a date, never a diarienummer.
    assert_eq!(replaced.target.dnr, None);
    // Unnamed documents are described, not titled.
    let described = &d.relations[1];
    assert_eq!(described.kind, RelationKind::ComplementedBy);
    assert_eq!(described.target.title, None);
    assert_eq!(
        described.target.description.as_deref(),
        Some("riktlinjer som fastställs av kommunstyrelsen")
    );
}

/// Forms added after the blind set (synthetic texts, other wording than the
/// blind documents).
#[test]
fn forms_after_the_blind_set() {
    // "Beslut:" with an abbreviation, date and paragraph; a kind label and
    // an administration letterhead above the title.
    let d = import(
        "Miljöförvaltningen\n\nANVISNING\n\nAnvisning för kemikalieförteckning\n\nBeslut: KS 2020-02-03 § 14\n",
    );
    assert_eq!(
        d.title.as_deref(),
        Some("Anvisning för kemikalieförteckning")
    );
    assert_eq!(d.adopted_by.as_ref().map(|a| a.name.as_str()), Some("KS"));
    assert_eq!(date(d.decision_date).as_deref(), Some("2020-02-03"));
    assert_eq!(d.decision_paragraph.as_deref(), Some("§ 14"));

    // "Beslutad i <body>"; a review with a floor; a date broken after the
    // month in a citation.
    let d = import(
        "Plan för vattenförsörjning\n\nBeslutad i kommunfullmäktige 2019-10-07 § 55\n\nPlanen ersätter Vattenplan 2010 (KF 2010-03-\n22, § 12).\n\nPlanen ska revideras vid behov, dock minst vart fjärde år.\n",
    );
    assert_eq!(
        d.adopted_by.as_ref().and_then(|a| a.kind),
        Some(BodyKind::Fullmaktige)
    );
    assert_eq!(d.decision_paragraph.as_deref(), Some("§ 55"));
    assert_eq!(
        d.review.as_ref().map(|r| r.as_written.as_str()),
        Some("vid behov, dock minst vart fjärde år")
    );
    let r = &d.relations[0];
    assert_eq!(r.kind, RelationKind::Replaces);
    assert_eq!(date(r.target.date).as_deref(), Some("2010-03-22"));
    assert!(r.target.dnr.is_none());

    // Vertical labels: "Datum" right after the adopter is the decision
    // date; elsewhere it is not.
    let d = import(
        "Regler för bidrag\n\nBeslutande organ\nKultur- och fritidsnämnden\nDatum\n2021-04-12\n",
    );
    assert_eq!(date(d.decision_date).as_deref(), Some("2021-04-12"));
    let d = import("Regler för bidrag\n\nDatum\n2021-04-12\n");
    assert_eq!(d.decision_date, None);

    // A holder alone on a line with its duties in bullets below; a bullet
    // with its own holder and `ska`; an unknown role with `ska` gives none.
    let d = import(
        "Rutin för larm\n\n3 Ansvar\n\nSäkerhetsavdelningen\n– ansvarar för att larmen testas,\n– ska föra logg över larm.\n\n➢ Kommunstyrelsen ska följa upp rutinen.\n➢ Larmkoordinatorn ska ringa vakten.\n",
    );
    let duties = duties_of(&d);
    assert_eq!(
        duties,
        [
            ("Säkerhetsavdelningen", "larmen testas"),
            ("Säkerhetsavdelningen", "föra logg över larm"),
            ("Kommunstyrelsen", "följa upp rutinen"),
        ]
    );
}

/// Forms added after the second blind set (tests/data/blind2), on texts of
/// this test's own.
#[test]
fn second_blind_set_forms() {
    let d = import(
        "Riktlinjer för sophantering\n\nDokumentet har beslutats av miljö- och byggnadsnämnden 2021-09-14, § 77.\nGäller från och med 2021-10-01 och tills vidare\n\nRiktlinjerna konkretiserar Avfallsplan för Ådala kommun som kommunfullmäktige antog 2020-02-03.\nRiktlinjerna kompletteras av nämndernas egna rutiner.\n",
    );
    let a = d.adopted_by.as_ref().unwrap();
    assert_eq!(a.name, "miljö- och byggnadsnämnden");
    assert_eq!(a.kind, Some(BodyKind::Namnd));
    assert_eq!(d.decision_paragraph.as_deref(), Some("§ 77"));
    let v = d.validity.as_ref().unwrap();
    assert!(v.until_further_notice);
    assert_eq!(v.from.map(|x| x.to_string()).as_deref(), Some("2021-10-01"));
    assert_eq!(
        d.relations[0].target.title.as_deref(),
        Some("Avfallsplan för Ådala kommun")
    );
    assert!(d.relations[1].target.title.is_none());

    // A date that lost a digit is not read; the paragraph after it is.
    let d = import("Plan för X\n\nAntagen av KF 2019-0 -25, § 4\n");
    assert_eq!(d.decision_date, None);
    assert_eq!(d.decision_paragraph.as_deref(), Some("§ 4"));

    // A company board and its managing director.
    let d = import(
        "Policy för inköp\n\nFastställd av styrelsen för Ådala Vatten AB 2022-05-02, § 3\n\nVD ska årligen rapportera inköpen till styrelsen.\n",
    );
    let a = d.adopted_by.as_ref().unwrap();
    assert_eq!(a.name, "styrelsen för Ådala Vatten AB");
    assert_eq!(a.kind, Some(BodyKind::Bolagsstyrelse));
    assert_eq!(d.duties.len(), 1);
    assert_eq!(d.duties[0].body.kind, Some(BodyKind::Tjansteperson));
}

/// The draft's duties as (holder, text).
fn duties_of(d: &styrdok_import::ImportDraft) -> Vec<(&str, &str)> {
    d.duties
        .iter()
        .map(|x| (x.body.name.as_str(), x.text.as_str()))
        .collect()
}
