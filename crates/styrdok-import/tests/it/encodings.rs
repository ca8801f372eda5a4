//! Encodings, line ends and inputs that are not text: the draft from a BOM,
//! CRLF, CR-only, UTF-16 or Windows-1252 version of a real seed equals the
//! draft from its plain UTF-8 text on every field; an empty file, a binary
//! and an image are refused with what they are.

use std::path::PathBuf;

use styrdok_import::{ImportDraft, ImportError, InputFormat, TextEncoding, import_bytes};

/// The seed texts in `data/seeds`, by name.
pub(crate) fn seeds() -> Vec<(String, String)> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/seeds"));
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    out.sort();
    assert!(out.len() >= 5, "the seeds are in data/seeds");
    out
}

/// The draft with what it was read as left out, for comparing content.
fn content(mut d: ImportDraft) -> ImportDraft {
    d.read_as = None;
    d
}

/// Asserts two drafts agree on every metadata field (named in the message
/// when one differs), then on everything else.
pub(crate) fn assert_same_draft(name: &str, variant: &str, want: &ImportDraft, got: &ImportDraft) {
    macro_rules! field {
        ($f:ident) => {
            assert_eq!(
                want.$f,
                got.$f,
                "{name} ({variant}): {} differs",
                stringify!($f)
            );
        };
    }
    field!(kind);
    field!(kind_as_written);
    field!(title);
    field!(adopted_by);
    field!(decision_date);
    field!(decision_paragraph);
    field!(dnr);
    field!(validity);
    field!(owner);
    field!(review);
    field!(last_updated);
    field!(required_by_law);
    field!(print_stage);
    field!(metadata_as_written);
    field!(sections);
    field!(relations);
    field!(duties);
    field!(conflicts);
}

fn utf16(text: &str, le: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = bom
        .then_some(0xfeff_u16)
        .into_iter()
        .chain(text.encode_utf16());
    for u in units {
        out.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

#[test]
fn every_encoding_and_line_end_gives_the_same_draft() {
    let mut titled = 0;
    for (name, text) in seeds() {
        let plain = import_bytes(text.as_bytes()).unwrap();
        assert_eq!(
            plain.read_as.as_ref().and_then(|r| r.encoding),
            Some(TextEncoding::Utf8)
        );
        titled += usize::from(plain.title.is_some());
        let lf = text.replace("\r\n", "\n");
        let variants: Vec<(&str, Vec<u8>, TextEncoding)> = vec![
            (
                "UTF-8 with BOM",
                [b"\xef\xbb\xbf".as_slice(), text.as_bytes()].concat(),
                TextEncoding::Utf8Bom,
            ),
            (
                "CRLF",
                lf.replace('\n', "\r\n").into_bytes(),
                TextEncoding::Utf8,
            ),
            (
                "CR only",
                lf.replace('\n', "\r").into_bytes(),
                TextEncoding::Utf8,
            ),
            (
                "UTF-16LE with BOM",
                utf16(&text, true, true),
                TextEncoding::Utf16Le,
            ),
            (
                "UTF-16BE with BOM",
                utf16(&text, false, true),
                TextEncoding::Utf16Be,
            ),
            (
                "UTF-16LE without BOM",
                utf16(&text, true, false),
                TextEncoding::Utf16Le,
            ),
            (
                "BOM and CR only",
                [
                    b"\xef\xbb\xbf".as_slice(),
                    lf.replace('\n', "\r").as_bytes(),
                ]
                .concat(),
                TextEncoding::Utf8Bom,
            ),
        ];
        for (variant, bytes, enc) in variants {
            let d = import_bytes(&bytes).unwrap();
            assert_eq!(
                d.read_as.as_ref().and_then(|r| r.encoding),
                Some(enc),
                "{name} ({variant})"
            );
            assert_same_draft(&name, variant, &plain, &d);
            // Provenance too: the same lines, the same text.
            assert_eq!(content(plain.clone()), content(d), "{name} ({variant})");
        }
    }
    assert!(titled >= 3, "the seeds' titles are read");
}

#[test]
fn windows_1252_gives_the_same_draft_and_says_so() {
    let mut encoded = 0;
    for (name, text) in seeds() {
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
        if unmappable {
            // A character Windows-1252 lacks (a private-use bullet): this
            // seed cannot be written in it.
            continue;
        }
        encoded += 1;
        assert!(
            std::str::from_utf8(&bytes).is_err(),
            "{name}: its Windows-1252 bytes are not UTF-8 (å, ä, ö)"
        );
        let input = styrdok_import::input::read_bytes(&bytes).unwrap();
        assert_eq!(input.read_as.encoding, Some(TextEncoding::Windows1252));
        assert!(
            input.notes.iter().any(|n| n.contains("Windows-1252")),
            "{:?}",
            input.notes
        );
        let plain = import_bytes(text.as_bytes()).unwrap();
        let d = import_bytes(&bytes).unwrap();
        assert_same_draft(&name, "Windows-1252", &plain, &d);
        assert_eq!(content(plain), content(d), "{name} (Windows-1252)");
    }
    assert!(
        encoded >= 2,
        "at least two seeds are written in Windows-1252"
    );
}

#[test]
fn latin1_letters_are_read_not_lost() {
    // "Riktlinje för säkerhet" in Windows-1252: ö = F6, ä = E4.
    let bytes = b"Riktlinje f\xf6r s\xe4kerhet\n\nAntagen av kommunfullm\xe4ktige 2020-01-15\n";
    let d = import_bytes(bytes).unwrap();
    assert_eq!(d.title.as_deref(), Some("Riktlinje för säkerhet"));
    assert_eq!(
        d.adopted_by.as_ref().map(|b| b.name.as_str()),
        Some("kommunfullmäktige")
    );
}

#[test]
fn empty_and_blank_inputs_are_refused() {
    for bytes in [
        b"".as_slice(),
        b"   \n\n\t  \r\n",
        b"\xef\xbb\xbf",
        b"\xff\xfe",
    ] {
        let e = import_bytes(bytes).unwrap_err();
        assert!(matches!(e, ImportError::Empty { .. }), "{bytes:?}: {e}");
        assert!(e.is_bad_input());
        assert!(e.to_string().starts_with("nothing to import"), "{e}");
    }
}

#[test]
fn binaries_and_images_are_refused_with_what_they_are() {
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
    let e = import_bytes(png).unwrap_err();
    assert!(e.to_string().contains("a PNG image"), "{e}");
    let doc = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest";
    assert!(import_bytes(doc).unwrap_err().to_string().contains(".doc"));
    // Bytes 0..=255 repeated: NULs and control characters.
    let bin: Vec<u8> = (0..4096).map(|i| (i % 256) as u8).collect();
    let e = import_bytes(&bin).unwrap_err();
    assert!(matches!(e, ImportError::NotText { .. }), "{e}");
    assert!(e.to_string().contains("binary data"), "{e}");
    // Control characters without a NUL.
    let ctl: Vec<u8> = b"Policy\x01\x02\x03\x04\x05\x06\x07\x08".to_vec();
    assert!(matches!(
        import_bytes(&ctl).unwrap_err(),
        ImportError::NotText { .. }
    ));
}

#[test]
fn read_as_names_the_format() {
    let d = import_bytes("Policy för IT\n".as_bytes()).unwrap();
    let r = d.read_as.unwrap();
    assert_eq!(r.format, InputFormat::Text);
    assert_eq!(r.to_string(), "text, UTF-8");
    let d = import_bytes(&utf16("Policy för IT\n", true, true)).unwrap();
    assert!(d.summary().contains("read as:        text, UTF-16LE"));
}

#[test]
fn a_directory_is_not_a_file() {
    let dir = std::env::temp_dir();
    let e = styrdok_import::import_file(&dir).unwrap_err();
    assert!(matches!(e, ImportError::NotAFile { .. }), "{e}");
    assert!(!e.is_bad_input());
}
