//! The registry of recognizer rules: every rule id a field's provenance can
//! name, with its confidence and what it reads. `docs/import.md` holds the
//! same table between `<!-- rules:begin -->` and `<!-- rules:end -->`; a
//! test fails when they differ (and prints the table to paste), and another
//! when the code names a rule the registry lacks.

/// One recognizer rule: the id provenance names, its confidence and what
/// it reads.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Rule {
    /// The id written in provenance (`adoption-phrase`).
    pub id: &'static str,
    /// The confidence it gives a field read alone (a conflict caps it at
    /// 0.5; some rules give less in weaker cases, said in the description).
    pub confidence: f64,
    /// What it reads, with an example.
    pub description: &'static str,
}

const fn r(id: &'static str, confidence: f64, description: &'static str) -> Rule {
    Rule {
        id,
        confidence,
        description,
    }
}

/// Every rule, in reading order.
pub const RULES: &[Rule] = &[
    r(
        "metadata-table",
        0.95,
        "A row of labels and a row of values (`Dokumenttyp Giltighetstid` / `Policy Tills vidare`), split by cell types; 0.7 when another split fits as well",
    ),
    r(
        "metadata-label",
        0.95,
        "`Label: value` or `Label value` with a typed value (`Diarienummer: KS 2018/1092`); 0.85 for free text after a colon",
    ),
    r(
        "metadata-label-prefix",
        0.8,
        "A label whose value runs into other text on a flattened line: the longest typed start of it (`Giltighetstid: gäller tills vidare Sundbybergs stad …`)",
    ),
    r(
        "metadata-vertical",
        0.9,
        "A label alone on its line, its value on the next",
    ),
    r(
        "metadata-bracketed",
        0.7,
        "A line wholly in round brackets ending in a date and a meeting paragraph: the decision's date and paragraph (`(H 2013 nr 44, P 2013-03-21, § 22)`, Göteborg; an adoption phrase in brackets, `(Beslutat av … 2018-04-25, § 38/2018)`, Hultsfred, is read by `adoption-phrase`)",
    ),
    r(
        "dnr-in-heading",
        0.7,
        "A diarienummer alone (no label) in the document's first lines, such as one cut from a letterhead line (`IT-strategi för Sunne kommun KS2016/846/01`; a series joined to its year by `/`, `… Tranefors KSKF/2018:419 …`, only before any label in the line)",
    ),
    r(
        "dnr-in-head-line",
        0.5,
        "No diarienummer read, and exactly one written without a label inside a line of the document's first 12 filled lines: a series, a space and a number with its year joined by `/` (`Örebro kommun 2020-01-21 Ks 900/2019 orebro.se`, `1 1(11) KS 2012/0133 mot mutor och jäv`); two different numbers, fullmäktige's paragraph `KF 27/2011` and a label's value give none",
    ),
    r(
        "metadata-relation",
        0.9,
        "The value of an `Ersätter` / `Upphäver` label, as a cited document",
    ),
    r(
        "metadata-governing-relation",
        0.8,
        "A governing or related document named on a metadata line (`Styrande dokument:`, `Överordnat dokument`, `Övergripande dokument`, `Relaterade styrdokument:`): concretizes (a document above this one's kind) or references",
    ),
    r(
        "title-first-line",
        0.85,
        "The title: a `Dokumentnamn` label, or the first title-shaped line (0.6 when it names no document kind); a bare kind with running text under it (`Regler`); under a site's section heading (`Styrande dokument och avtal`), the next name whose head is a kind outside the vocabulary (`Delegationsordning för …`)",
    ),
    r(
        "title-fuller-name",
        0.8,
        "The fuller name the document gives itself below a shorter title line, with the title's words in order (`Kommunikationspolicy` → `Kommunikationspolicy för Tyresö kommun`, `Socialnämnden - reglemente` → `Reglemente för Socialnämnden`)",
    ),
    r(
        "title-web-lines-joined",
        0.7,
        "A web title whose line breaks became full stops, read where the document writes it whole: the organisation before it dropped, parts joined while the next continues it (`Norrby kommun. Dokumenthanteringsplan. för Kommunstyrelsen` → `Dokumenthanteringsplan för Kommunstyrelsen`), or every part joined where a line of the text opens with the joined name (`Delegationsreglemente. Kommunstyrelsen` → `Delegationsreglemente Kommunstyrelsen`)",
    ),
    r(
        "title-above-adoption",
        0.7,
        "When no line can be the title: the name after a letterhead, right above its adoption line, from its last capitalised kind word (`… Systemansvarig Regler och riktlinjer för e-post …` / `Fastställda av kommunstyrelsen`)",
    ),
    r(
        "title-named-on-page",
        0.6,
        "When no line can be the title: the name inside a page-flattened first page, a capitalised kind word (or the head noun of a kind outside them: `Ägardirektiv`, `Föreskrifter`, `Delegationsordning`) and what a preposition joins to it, a year after `år` included, up to a capitalised word, number, label or adoption participle (`1 Samlingen 1(4) Riktlinjer för bruk av mobila enheter antagna av …`); abstains when the line's names differ or the name ends in a suspended compound (`… för arbets- och` at a line's end)",
    ),
    r(
        "title-continued-below",
        0.7,
        "A title line that is the start of a longer name the document writes in the next lines, on one line or wrapped over short ones, ending right before its adoption phrase or a label (`Riktlinjer för handläggning` / `1 Riktlinjer för handläggning av ärenden enligt … Dnr: …`): the longer name, 25 words at most",
    ),
    r(
        "title-without-web-suffix",
        0.7,
        "A title line with a suffix after ` - ` (a site's category or slogan, up to eight words with three before the dash) whose document restates the name without it in the next lines, alone on its line or before its adoption phrase (`Policy för sponsring inom Norrby stad - Policy` / `Policy för sponsring inom Norrby stad`): the name as restated",
    ),
    r(
        "title-for-subtitle",
        0.7,
        "A title line the document restates below with a subtitle opening with a capitalised `För` and a lower-case word other than `att`, on the same line or the next (`Parkpolicy` / `1 1 PARKPOLICY För personal i Norrby kommun Antagen av …`): the name with its subtitle, up to an adoption phrase or a label, two to eight words with no clause word",
    ),
    r(
        "title-kind-subtitle",
        0.7,
        "A title naming no kind that the document restates below on a line of its own, its kind on the next line (`UPPHANDLING OCH INKÖP` / `POLICY MED RIKTLINJER`): the name with its kind line, two to five words opening with a kind word",
    ),
    r(
        "title-after-collection-header",
        0.6,
        "When nothing else gave a title: the name after a statute collection's header in capitals on a flattened first page, from its capitalised kind word to the line's end or its adoption phrase, 25 words at most (`1 KOMMUNAL FÖRFATTNINGSSAMLING FÖR NORRBY KOMMUN KFS 2017:07 Reglemente för … Antagen av …`)",
    ),
    r(
        "kind-from-title",
        0.85,
        "The kind named by the title's kind word (`IT-policy för …` → policy)",
    ),
    r(
        "kind-other-from-title",
        0.6,
        "A title opening with the head noun of a document outside the built-in kinds (lexicon: `Renhållningsordning`, `Föreskrifter`, `Direktiv`, `Risk- och sårbarhetsanalys`, also after one or two adjectives in -a: `Generella föreskrifter`; goals: `Mål`, `Inriktningsmål`) and naming none of them: kind `other`",
    ),
    r(
        "kind-other-goals-title",
        0.85,
        "A title coordinating its kind word with goals (`Vision och mål`, `Vision, mål och värdegrund`): a document of goals, kind `other`",
    ),
    r(
        "kind-label-line",
        0.9,
        "A bare kind above the title (`Riktlinje`, `POLICY`)",
    ),
    r(
        "kind-self-description",
        0.7,
        "`IT-policyn är ett styrdokument …`: the kind the document calls itself",
    ),
    r(
        "kind-self-scope",
        0.6,
        "When nothing else names the kind: a sentence opening with a kind's definite form and `gäller` or `omfattar` (`Policyn omfattar alla anställda …`), or saying what the document is (`Detta dokument är en instruktion för …`)",
    ),
    r(
        "decided-on-document",
        0.75,
        "A body that has decided on a document of this kind, anywhere in a sentence, past tense only (`Sociala nämnden beslutade … om följande riktlinjer`, `Förbundsstyrelsen har för sin del beslutat om denna delegationsordning`): adopted by that body",
    ),
    r(
        "kind-self-demonstrative",
        0.55,
        "When nothing else names the kind: a demonstrative before a kind word anywhere in a sentence (`Detta ägardirektiv avser …`, `i enlighet med denna delegationsordning`, `Dessa riktlinjer gäller …`), the kind named most often (`bestämmelser` only when no other kind word is); a head noun outside the built-in kinds (`ägardirektiv`, `föreskrifter`, `taxa`) is kind `other`",
    ),
    r(
        "adoption-phrase",
        0.9,
        "An adoption verb form (lexicon) + `av` + a body, then a date and `§` (`Antagen av kommunfullmäktige 2018-06-25, § 129`, `§ 52, 2004-05-25`); 0.85 after a self-reference; 0.75 for a date with `§` later in the sentence",
    ),
    r(
        "adoption-phrase-lost-characters",
        0.6,
        "The paragraph number of an adoption phrase whose `§` (and date) extraction lost (`Antagen av kommunfullmäktige , 140`, `2018-05-07, 58`)",
    ),
    r(
        "adoption-phrase-year",
        0.8,
        "A year alone right after the adopting body, at the sentence's end or before `,`/`§` (`Antagen av kommunfullmäktige 2006`): the decision's year; a paragraph written with its four-digit year, `§` kept or lost (`Antagen av fritidsnämnden 19/2014`, `Antagen: KF 246/2006`): the year and the paragraph as written",
    ),
    r(
        "adoption-active",
        0.8,
        "A body at a sentence's start adopting this document in an active form (`Kommunfullmäktige fastställde den här policyn 21 april 2005`); the first date after it is the decision's; or the date and `§` between the verb (or `har`) and the object, which then may also open with this document's kind word and name a word of its title (`Kommunfullmäktige antog den 29 augusti 2022, § 112 reglemente för …`); or this document's kind word after at most two of `nya`, `reviderade`, the date right after it ending the sentence (`Kommunfullmäktige fastställde nya reviderade riktlinjer 2019-03-12.`)",
    ),
    r(
        "adoption-inverted",
        0.75,
        "A fronted adverbial, an active adoption verb, then the body (`Vid sitt möte antog regionfullmäktige en policy för …`, `Den 3 maj 2015 fastställde Regionfullmäktige …`), the object a document of this document's kind; not after `tidigare`, `som`, `förslaget`",
    ),
    r(
        "adoption-decided-on",
        0.75,
        "A body deciding on this document (`Kommunfullmäktige beslutade den 3 maj 2019 om en ny vision för …`, `… beslutade 2016-02-15 § 17 om ett styrdokument …`, `… beslutade kommunstyrelsen att godkänna …`), the object's first four words naming its kind or a word of its title; the date and `§` between verb and object; not after `tidigare`, `som`",
    ),
    r(
        "adoption-document-decided",
        0.8,
        "This document described as a document a body decided on, with the date (`Ett normerande dokument som kommunfullmäktige fattade beslut om 2018-06-11`): the body between `som` and the verb, the date right after it",
    ),
    r(
        "adoption-issuing-formula",
        0.7,
        "The issuing formula of lokala föreskrifter (`Tekniska nämnden föreskriver följande med stöd av 1 § förordningen …`): the body before `föreskriver följande`, the whole of what precedes the verb; a kommun's name is no body",
    ),
    r(
        "metadata-label-run-adopter",
        0.6,
        "No adoption read, and an adopter label (`Fastställare`, `Beslutad av`) in a run of labels flattened onto one line, its own value naming no body: the one body among its value and the first eight words after the run's last label (`Dokumentägare Fastställare Giltig fr.o.m. Anna Berg Landstingsstyrelsen …`); officials left out, two bodies or none give nothing",
    ),
    r(
        "decision-line-alone",
        0.6,
        "No adoption or decision date read, and one line that is only an adopting body with its meeting's date and paragraph (`Kommunfullmäktige 2016-01-25 § 26`, `Kommunstyrelsen (2015-09-02 §124)`), the value under an adopter label of a flattened document table: adopter, decision date and paragraph; two such lines with different decisions give nothing",
    ),
    r(
        "adopter-heading-the-document",
        0.5,
        "No adoption read, and a fullmäktige named alone in the document's head as a letterhead names its body (`… FÖRVALTNING Kommunfullmäktige Resepolicy för …`, `FÖRFATTNINGSSAMLING Kommunfullmäktige KFS 1997`): its adopter; not below a web site's head, in a protocol's or proposal's head, after a preposition, verb or label, nor before a date",
    ),
    r(
        "adopter-of-own-sentence",
        0.5,
        "No adoption read, and a sentence opening with a body says it adopts the document itself with `antar`, `fastställer` or `beslutar … om` (`Kommunfullmäktige antar reglementet.`, `Direktionen för X beslutar enligt förbundsordningen om handlingsprogrammet`): the object is the title's first or last word in the definite form, or every word of a title of two words or more; not when the body does not open the sentence",
    ),
    r(
        "validity-from-title",
        0.6,
        "A span of years ending a title that names a kind (`IT-strategi 2017-2020`), or ending the download button's quoted title of the same document when the title read has none: the period the document is valid",
    ),
    r(
        "decides-and-adopts",
        0.8,
        "`Kommunstyrelsen beslutar` followed by `… policy fastställs` (not under a `Förslag till beslut` heading: a proposal)",
    ),
    r(
        "adoption-date-without-body",
        0.75,
        "`Programmen är antagna den 26 mars 2013`: this document as the subject, a participle with no `av` and the decision's date right after it",
    ),
    r(
        "adoption-genitive-decision",
        0.75,
        "`Kommunfullmäktiges beslut den 16 december 2013 (Utl 2013:161)`: an elected body in the genitive, `beslut` and the date at once",
    ),
    r(
        "managed-by",
        0.7,
        "`Dokumentet förvaltas av kommunstyrelsen`: the owner",
    ),
    r(
        "kept-up-by",
        0.7,
        "`Kansliavdelningen ansvarar för att riktlinjerna hålls uppdaterade`, `Kommunstyrelsen är ansvarig nämnd för att hålla dokumentet uppdaterat`: the body that keeps this document current, its owner",
    ),
    r(
        "validity-phrase",
        0.8,
        "`Policyn gäller tills vidare`, `gäller under mandatperioden 2023–2026`",
    ),
    r(
        "validity-phrase-date-first",
        0.75,
        "`Från och med den 1 januari 2021 har reglementet följande lydelse`",
    ),
    r(
        "review-phrase",
        0.8,
        "`Riktlinjen ses över varje mandatperiod`, `Revideras senast 2025-03-31.`",
    ),
    r(
        "revision-phrase",
        0.75,
        "A revision of this document by a body with its date (`Senast reviderat av kommunstyrelsen den 14 mars 2023, § 52`, `… antaget av … § 145 samt reviderat av kommunfullmäktige den 29 april 2024 § 60`): the latest date in the sentence is its `last_updated`",
    ),
    r(
        "print-stage-marker",
        0.8,
        "`FÖRSLAG TILL`, `UTKAST`: the print stage",
    ),
    r("heading-numbered", 0.9, "A numbered heading (`2.1 Ansvar`)"),
    r(
        "heading-unnumbered",
        0.6,
        "A short unnumbered line between paragraphs",
    ),
    r(
        "relation",
        0.85,
        "A relation phrase (lexicon) and its cited documents from a bulleted list; inline 0.75, `konkretiseras i A och B` 0.8, complemented-by with the citation as subject 0.7",
    ),
    r(
        "metadata-relation-label-run",
        0.6,
        "No replacement read, and a flattened run of labels holding `Ersätter` (no title or repeal label in it) whose values slid past their labels: the first name among the 16 words after the run, a capitalised kind word and what joins it (`Beslutad av Giltig från Ersätter Regionfullmäktige Riktlinjer för informationssäkerhet, RSK …`), not the document's own title",
    ),
    r(
        "relation-announced",
        0.7,
        "`… några kommer att ersättas` after a list: an announced replacement",
    ),
    r(
        "dnr-reference",
        0.6,
        "Any other cited diarienummer: a `references` relation",
    ),
    r(
        "duty-list",
        0.85,
        "`Kommunstyrelsen ansvarar för att:` + bullets: one duty per bullet",
    ),
    r(
        "duty-holder-line",
        0.8,
        "A holder alone on a line (`Systemägaren`) with its duties below",
    ),
    r(
        "duty-bullet",
        0.8,
        "A bullet naming its holder and a responsibility phrase",
    ),
    r(
        "duty-sentence",
        0.8,
        "`X ansvarar för …` in a sentence; 0.7 for `ska` or a bare verb (`Bolaget ska <active verb> …`: the company an owner directive addresses); a section heading that repeats the holder's name before it (`Nämnderna Nämnderna har ansvaret …`) is read once",
    ),
    r(
        "statement-modal",
        0.8,
        "A sentence whose main clause binds by a modal verb (`ska`, `bör`, `får`, `måste`, …) (`statements/`)",
    ),
    r(
        "statement-responsibility",
        0.8,
        "A sentence that binds by a responsibility phrase (`ansvarar för`, `svarar för`)",
    ),
    r(
        "statement-scope",
        0.8,
        "A sentence that binds by stating what the document applies to (`gäller för`)",
    ),
    r(
        "statement-imperative",
        0.6,
        "An imperative that opens a user rule",
    ),
    r(
        "statement-present-tense",
        0.6,
        "A bare present tense that binds",
    ),
    r(
        "statement-bullet",
        0.6,
        "A bullet that takes its lead-in's subject and force (0.8 when the lead-in binds by a modal, a responsibility or a scope); a bullet that opens with an imperative under a modal lead-in not ending in `att` keeps no modality",
    ),
    r(
        "statement-flattened-list",
        0.6,
        "An item of a list that extraction flattened into one line (0.8 as for bullets)",
    ),
    r(
        "scope-statement",
        0.7,
        "What the document applies to, from a scope statement",
    ),
    r(
        "scope-list",
        0.7,
        "What the document applies to, from a list under a scope lead-in",
    ),
    r(
        "requires-statement",
        0.7,
        "What the document requires to exist (`Kommunstyrelsen ska fastställa riktlinjer för …`)",
    ),
    r(
        "cited-by-name",
        0.6,
        "A document cited by its name, as a stub candidate",
    ),
];

/// The rule with this id.
#[cfg(test)]
pub(crate) fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// The Markdown table `docs/import.md` holds.
#[cfg(test)]
pub(crate) fn table() -> String {
    let mut out = String::from("| rule | confidence | reads |\n|---|---:|---|\n");
    for r in RULES {
        out.push_str(&format!(
            "| `{}` | {:.2} | {} |\n",
            r.id, r.confidence, r.description
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The source files whose rule ids the registry must know.
    const SOURCES: &[(&str, &str)] = &[
        ("lib.rs", include_str!("lib.rs")),
        ("metadata.rs", include_str!("metadata.rs")),
        ("recognize/mod.rs", include_str!("recognize/mod.rs")),
        (
            "recognize/adoption_phrase.rs",
            include_str!("recognize/adoption_phrase.rs"),
        ),
        ("recognize/decides.rs", include_str!("recognize/decides.rs")),
        (
            "recognize/managed_by.rs",
            include_str!("recognize/managed_by.rs"),
        ),
        ("recognize/issuing.rs", include_str!("recognize/issuing.rs")),
        (
            "recognize/review_phrase.rs",
            include_str!("recognize/review_phrase.rs"),
        ),
        (
            "recognize/revision_phrase.rs",
            include_str!("recognize/revision_phrase.rs"),
        ),
        (
            "recognize/self_kind.rs",
            include_str!("recognize/self_kind.rs"),
        ),
        (
            "recognize/validity_phrase.rs",
            include_str!("recognize/validity_phrase.rs"),
        ),
        ("relations.rs", include_str!("relations.rs")),
        ("duties.rs", include_str!("duties.rs")),
        ("structure.rs", include_str!("structure.rs")),
        ("statements/mod.rs", include_str!("statements/mod.rs")),
    ];

    #[test]
    fn docs_table_is_the_registry() {
        let doc = include_str!("../../../docs/import.md");
        let (Some(a), Some(b)) = (
            doc.find("<!-- rules:begin -->\n"),
            doc.find("<!-- rules:end -->"),
        ) else {
            panic!("docs/import.md lacks the rules markers");
        };
        let written = &doc[a + "<!-- rules:begin -->\n".len()..b];
        assert_eq!(
            written.trim(),
            table().trim(),
            "docs/import.md's rule table differs from rules.rs; paste:\n{}",
            table()
        );
    }

    #[test]
    fn every_rule_the_code_names_is_registered() {
        let ids = regex::Regex::new(r#"(?s)Src::new\((?:[^;]*?)"([a-z0-9-]+)""#).unwrap();
        let quoted = regex::Regex::new(
            r#""((?:heading|adoption|metadata|statement|scope|requires|cited)-[a-z-]+)""#,
        )
        .unwrap();
        let mut seen = 0;
        for (name, src) in SOURCES {
            for c in ids.captures_iter(src).chain(quoted.captures_iter(src)) {
                let id = &c[1];
                seen += 1;
                assert!(rule(id).is_some(), "{name}: rule {id} is not in RULES");
            }
        }
        assert!(seen > 20);
        for (i, r) in RULES.iter().enumerate() {
            assert!((0.0..=1.0).contains(&r.confidence));
            assert!(RULES.iter().skip(i + 1).all(|o| o.id != r.id), "{}", r.id);
        }
    }
}
