//! From a folder of real documents to a checked register in one command:
//! 22 texts of the import corpus, 3 PDFs and a Word document generated from
//! 4 more (the import crate's own generators), imported with
//! `styrdok import DIR --into REG`; `check` passes, `status`, `duties` and
//! `lineage` answer from the register, and importing again changes nothing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[path = "../../crates/styrdok-import/tests/it/formats/docxgen.rs"]
#[allow(dead_code, unreachable_pub)]
mod docxgen;
#[path = "../../crates/styrdok-import/tests/it/formats/pdfgen.rs"]
#[allow(dead_code, unreachable_pub)]
mod pdfgen;

use crate::run;

const TEXTS: [&str; 22] = [
    "001_varnamo_informationssakerhetspolicy",
    "002_lulea_riktlinjer-roller-systemforvaltning",
    "004_mjolby_policy-informationssakerhet",
    "005_arvika_policy-informationssakerhet-2018",
    "007_arvika_arkivreglemente",
    "008_sundbyberg_foreskrifter-arkivvard",
    "009_ange_riktlinjer-arkiv",
    "010_laxa_arkivreglemente",
    "011_kalix_arkivreglemente",
    "012_eda_arkivreglemente",
    "013_mullsjo_arkivreglemente",
    "014_harjedalen_arkivreglemente",
    "015_vaxjo_upphandlings-inkopspolicy",
    "016_habo_riktlinjer-upphandling",
    "018_mullsjo_it-strategi",
    "019_sunne_it-strategi",
    "021_mjolby_it-strategi-2017-2020",
    "022_salem_it-strategi-2010",
    "025_mjolby_riktlinjer-personuppgifter",
    "026_vara_arbetsinstruktion-kommundirektor",
    "027_harjedalen_kommunchefsinstruktion",
    "035_karlsborg_reglemente-socialnamnden",
];

fn corpus(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("crates/styrdok-import/tests/corpus/real")
        .join(format!("{name}.txt"));
    std::fs::read_to_string(p).unwrap()
}

/// The folder: texts, PDFs (one column, two columns with running header
/// and footer, ligatures) and a .docx, plus a note that is skipped.
fn folder(dir: &Path) {
    for name in TEXTS {
        std::fs::write(dir.join(format!("{name}.txt")), corpus(name)).unwrap();
    }
    let pdfs = dir.join("pdf");
    std::fs::create_dir(&pdfs).unwrap();
    let layouts = [
        ("042_tyreso_kommunikationspolicy", pdfgen::Layout::default()),
        (
            "043_botkyrka_policy-sociala-medier",
            pdfgen::Layout {
                two_columns: true,
                running: true,
                ..Default::default()
            },
        ),
        (
            "045_tingsryd_riktlinjer-sociala-medier",
            pdfgen::Layout {
                ligatures: true,
                ..Default::default()
            },
        ),
    ];
    for (name, layout) in layouts {
        let pdf = pdfgen::pdf(&corpus(name), layout);
        std::fs::write(pdfs.join(format!("{name}.pdf")), pdf).unwrap();
    }
    let docx = docxgen::docx(&corpus("046_kumla_riktlinjer-sociala-medier"));
    std::fs::write(dir.join("046_kumla_riktlinjer-sociala-medier.docx"), docx).unwrap();
    std::fs::write(
        dir.join("LÄSMIG.md"),
        "Hämtat från kommunernas webbplatser.\n",
    )
    .unwrap();
}

/// Every file under `dir`, relative path → bytes.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(
                    p.strip_prefix(dir).unwrap().to_owned(),
                    std::fs::read(&p).unwrap(),
                );
            }
        }
    }
    out
}

#[test]
fn a_folder_of_real_documents_becomes_a_checked_register() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("hämtat");
    std::fs::create_dir(&input).unwrap();
    folder(&input);
    let reg = tmp.path().join("register");
    let (code, out, err) = run(&[
        "import",
        input.to_str().unwrap(),
        "--into",
        reg.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{out}\n{err}");
    let summary: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        summary["schema"]
            .as_str()
            .map(|s| s.contains("import-summary")),
        Some(true)
    );
    assert_eq!(summary["added"], 26, "{out}");
    assert_eq!(summary["skipped"], 1, "{out}");
    assert_eq!(summary["needs_org"], 0, "{out}");
    assert_eq!(summary["failed"], 0, "{out}");
    for format in ["pdf", "docx"] {
        assert!(
            summary["inputs"].as_array().unwrap().iter().any(|i| {
                i["outcome"] == "added"
                    && i["input"].as_str().unwrap().ends_with(format)
                    && i["notes"][0].as_str().unwrap().contains(&format!(
                        "read as {}",
                        if format == "pdf" { "PDF" } else { "Word" }
                    ))
            }),
            "no {format} added: {out}"
        );
    }
    let r = reg.to_str().unwrap();
    let (code, out, err) = run(&["check", r]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(out.contains("0 error(s)"), "{out}");
    assert!(
        out.contains("SD701"),
        "imported facts are reported unconfirmed: {out}"
    );

    // status, duties and lineage answer from it.
    let (code, out, _) = run(&["status", r, "--at", "2024-01-01", "--format", "json"]);
    assert_eq!(code, 0, "{out}");
    let status: serde_json::Value = serde_json::from_str(&out).unwrap();
    let text = status.to_string();
    assert!(
        text.contains("vaxjo/policy-upphandlings-och-inkopspolicy-for-vaxjo-kommun"),
        "{out}"
    );
    let (code, out, err) = run(&["duties", r, "--body", "karlsborg/socialnamnden"]);
    assert_eq!(code, 0, "{out}\n{err}");
    assert!(out.to_lowercase().contains("socialnämnden"), "{out}");
    let (code, out, err) = run(&[
        "lineage",
        "harjedalen/instruktion-kommunchefsinstruktion-2023",
        r,
    ]);
    assert_eq!(code, 0, "{out}\n{err}");

    // Importing the same folder again changes nothing, byte for byte.
    let before = snapshot(&reg);
    let (code, out, err) = run(&[
        "import",
        input.to_str().unwrap(),
        "--into",
        r,
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{out}\n{err}");
    let again: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (again["added"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(26)),
        "{out}"
    );
    assert_eq!(
        snapshot(&reg),
        before,
        "the register changed on a second import"
    );
}
