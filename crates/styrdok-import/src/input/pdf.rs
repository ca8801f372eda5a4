//! The text layer of a PDF, page by page, with `pdf-extract`.
//!
//! `pdf-extract` writes the text in content-stream order (the order a word
//! processor wrote it, column by column), a new line where the baseline
//! moves and a blank line where the gap is larger than a line — the
//! paragraph breaks the importer reads. Line-end hyphens stay for the
//! importer's hyphenation rule; running headers and footers (`Sida 3 (7)`,
//! the title repeated) are the importer's page furniture; ligatures (`ﬁ`,
//! `ﬂ`) are expanded by [`styrdok_core::text::expand_ligatures`].
//!
//! A PDF whose pages have no text at all is a scan: [`ImportError::NeedsOcr`].
//! A page that cannot be read is a note, not a silent gap. `pdf-extract`
//! can panic on malformed files; the panic is caught and reported as a
//! damaged PDF.

use std::panic::{AssertUnwindSafe, catch_unwind};

use pdf_extract::{Document, PlainTextOutput, output_doc_page};

use super::{Input, InputFormat, ReadAs};
use crate::error::ImportError;

fn damaged(message: impl std::fmt::Display) -> ImportError {
    ImportError::Damaged {
        format: "PDF",
        message: message.to_string(),
    }
}

/// Reads the text of every page.
pub(super) fn read(bytes: &[u8]) -> Result<Input, ImportError> {
    let read = catch_unwind(AssertUnwindSafe(|| pages(bytes)));
    let (texts, mut notes) = match read {
        Ok(r) => r?,
        Err(panic) => {
            let why = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "the PDF reader stopped".into());
            return Err(damaged(format!("the PDF reader failed: {why}")));
        }
    };
    let count = u32::try_from(texts.len()).unwrap_or(u32::MAX);
    let with_text = texts.iter().filter(|t| !t.trim().is_empty()).count();
    if with_text == 0 {
        return Err(ImportError::NeedsOcr { pages: count });
    }
    let without: Vec<String> = texts
        .iter()
        .enumerate()
        .filter(|(_, t)| t.trim().is_empty())
        .map(|(i, _)| (i + 1).to_string())
        .collect();
    if !without.is_empty() {
        notes.push(format!(
            "page(s) {} of {count} have no text layer (scanned?); their text is missing",
            without.join(", ")
        ));
    }
    let mut text = String::new();
    for t in &texts {
        text.push_str(&styrdok_core::text::expand_ligatures(t));
        text.push_str("\n\n");
    }
    Ok(Input {
        text,
        read_as: ReadAs {
            format: InputFormat::Pdf,
            encoding: None,
            pages: Some(count),
        },
        notes,
    })
}

/// The text of each page, and notes on pages that could not be read.
fn pages(bytes: &[u8]) -> Result<(Vec<String>, Vec<String>), ImportError> {
    let mut doc = Document::load_mem(bytes).map_err(damaged)?;
    if doc.is_encrypted() && doc.decrypt("").is_err() {
        return Err(damaged(
            "it is encrypted with a password; save an unprotected copy and import that",
        ));
    }
    let numbers: Vec<u32> = doc.get_pages().keys().copied().collect();
    if numbers.is_empty() {
        return Err(damaged("it has no pages"));
    }
    let mut texts = Vec::with_capacity(numbers.len());
    let mut notes = Vec::new();
    for n in numbers {
        let mut page = String::new();
        let result = {
            let mut out = PlainTextOutput::new(&mut page);
            output_doc_page(&doc, &mut out, n)
        };
        if let Err(e) = result {
            notes.push(format!("page {n} could not be read: {e}"));
        }
        texts.push(page);
    }
    Ok((texts, notes))
}
