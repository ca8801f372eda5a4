//! PDF and Word documents generated here from the real seed texts: the
//! draft from each equals the draft from the text on every metadata field,
//! and on sections, relations and duties.

mod docxgen;
#[cfg(feature = "pdf")]
mod pdfgen;

use styrdok_import::{ImportDraft, ImportError, InputFormat, import, import_bytes};

use crate::encodings::{assert_same_draft, seeds};

/// A seed with a metadata table put under its title: the text form has the
/// table's rows as lines (cells separated by spaces, as extracted text
/// shows them), the generated form as a real table (cells marked ` | `).
pub(crate) fn with_table(text: &str) -> (String, String) {
    let mut lines = text.lines();
    let title = lines.next().unwrap_or("");
    let rest: Vec<&str> = lines.collect();
    let header = ["Beslutad av", "Beslutsdatum", "Diarienummer"];
    let values = ["Kommunfullmäktige", "2019-04-08", "KS 2019/117"];
    let as_text = format!(
        "{title}\n\n{}\n{}\n\n{}\n",
        header.join(" "),
        values.join(" "),
        rest.join("\n")
    );
    let as_cells = format!(
        "{title}\n\n{}\n{}\n\n{}\n",
        header.join(" | "),
        values.join(" | "),
        rest.join("\n")
    );
    (as_text, as_cells)
}

fn metadata_table_read(d: &ImportDraft) {
    assert_eq!(
        d.decision_date.map(|x| x.to_string()).as_deref(),
        Some("2019-04-08")
    );
    assert_eq!(d.dnr.as_deref(), Some("KS 2019/117"));
}

#[test]
fn docx_gives_the_same_draft_as_the_text() {
    for (name, text) in seeds() {
        let want = import(&text);
        let d = import_bytes(&docxgen::docx(&text)).unwrap();
        assert_eq!(
            d.read_as.as_ref().map(|r| r.format),
            Some(InputFormat::Docx)
        );
        assert_same_draft(&name, "docx", &want, &d);
    }
}

#[test]
fn docx_table_rows_read_as_a_metadata_table() {
    let (_, text) = &seeds()[1];
    let (as_text, as_cells) = with_table(text);
    let want = import(&as_text);
    metadata_table_read(&want);
    let d = import_bytes(&docxgen::docx(&as_cells)).unwrap();
    assert_same_draft("with table", "docx", &want, &d);
}

#[test]
fn a_zip_that_is_not_a_word_document_says_so() {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    zip.start_file("notes.txt", zip::write::SimpleFileOptions::default())
        .unwrap();
    std::io::Write::write_all(&mut zip, b"hej").unwrap();
    zip.finish().unwrap();
    let e = import_bytes(out.get_ref()).unwrap_err();
    assert!(matches!(e, ImportError::NotText { .. }), "{e}");
    assert!(e.to_string().contains("not a Word document"), "{e}");
    // A truncated .docx is damaged, not an empty draft.
    let docx = docxgen::docx("Policy för IT\n");
    let e = import_bytes(&docx[..docx.len() / 2]).unwrap_err();
    assert!(e.is_bad_input(), "{e}");
}

#[cfg(feature = "pdf")]
mod pdf {
    use super::pdfgen::{Layout, pdf};
    use super::*;

    fn check(layout: Layout, what: &str) {
        for (name, text) in seeds() {
            let want = import(&text);
            let bytes = pdf(&text, layout);
            let d = import_bytes(&bytes).unwrap();
            let read_as = d.read_as.clone().unwrap();
            assert_eq!(read_as.format, InputFormat::Pdf);
            assert!(read_as.pages.unwrap() >= 1);
            assert_same_draft(&name, what, &want, &d);
        }
    }

    #[test]
    fn one_column_gives_the_same_draft_as_the_text() {
        check(Layout::default(), "PDF, one column");
    }

    #[test]
    fn running_headers_and_footers_are_dropped() {
        check(
            Layout {
                running: true,
                ..Layout::default()
            },
            "PDF, running header and footer",
        );
    }

    #[test]
    fn two_columns_and_ligatures_give_the_same_draft() {
        check(
            Layout {
                two_columns: true,
                running: true,
                ligatures: true,
                ..Layout::default()
            },
            "PDF, two columns, ligatures",
        );
    }

    #[test]
    fn ligatures_are_expanded() {
        let text =
            "Riktlinje för finansiering av flöden\n\nAntagen av kommunfullmäktige 2020-01-15\n";
        let bytes = pdf(
            text,
            Layout {
                ligatures: true,
                ..Layout::default()
            },
        );
        let input = styrdok_import::input::read_bytes(&bytes).unwrap();
        assert!(!input.text.contains('\u{fb01}'), "{}", input.text);
        let d = import_bytes(&bytes).unwrap();
        assert_eq!(
            d.title.as_deref(),
            Some("Riktlinje för finansiering av flöden")
        );
    }

    #[test]
    fn a_metadata_table_reads_as_from_the_text() {
        let (_, text) = &seeds()[1];
        let (as_text, as_cells) = with_table(text);
        let want = import(&as_text);
        metadata_table_read(&want);
        let d = import_bytes(&pdf(&as_cells, Layout::default())).unwrap();
        metadata_table_read(&d);
        assert_same_draft("with table", "PDF", &want, &d);
    }

    #[test]
    fn a_scan_without_text_needs_ocr() {
        let (_, text) = &seeds()[1];
        let bytes = pdf(
            text,
            Layout {
                image_only: true,
                ..Layout::default()
            },
        );
        let e = import_bytes(&bytes).unwrap_err();
        assert!(matches!(e, ImportError::NeedsOcr { .. }), "{e}");
        assert!(e.to_string().contains("OCR"), "{e}");
        assert!(e.is_bad_input());
    }

    #[test]
    fn a_damaged_pdf_is_an_error_not_an_empty_draft() {
        let (_, text) = &seeds()[1];
        let bytes = pdf(text, Layout::default());
        let e = import_bytes(&bytes[..bytes.len() / 3]).unwrap_err();
        assert!(e.is_bad_input(), "{e}");
        let e = import_bytes(b"%PDF-1.5\nnot really").unwrap_err();
        assert!(e.is_bad_input(), "{e}");
    }
}
