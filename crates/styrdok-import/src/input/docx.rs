//! Word documents (.docx, Office Open XML): the text of the main document
//! part, paragraphs and tables in document order.
//!
//! A paragraph becomes its text followed by a blank line (a line break
//! inside it, `<w:br/>`, a new line); a list paragraph (`<w:numPr>`) that is
//! not a heading begins with `• `; a table row becomes one line with its
//! cells separated by spaces, as text extracted from a PDF shows a
//! metadata table. Page headers and footers live in other parts and are not
//! read; deleted text (`<w:delText>`) and field codes (`<w:instrText>`)
//! are not text.

use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::Event;

use super::{Input, InputFormat, MAX_TEXT_BYTES, ReadAs};
use crate::error::ImportError;

fn damaged(message: impl std::fmt::Display) -> ImportError {
    ImportError::Damaged {
        format: "Word document",
        message: message.to_string(),
    }
}

/// Reads a zip archive that should be a Word document.
pub(super) fn read(bytes: &[u8]) -> Result<Input, ImportError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(damaged)?;
    let mut part = match zip.by_name("word/document.xml") {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => {
            return Err(ImportError::NotText {
                what: "a zip archive without word/document.xml, not a Word document (.docx)".into(),
            });
        }
        Err(e) => return Err(damaged(e)),
    };
    // The XML is several times its text; a bomb stops at the limit.
    let limit = (MAX_TEXT_BYTES as u64).saturating_mul(8);
    let mut xml = String::new();
    part.by_ref()
        .take(limit + 1)
        .read_to_string(&mut xml)
        .map_err(damaged)?;
    if xml.len() as u64 > limit {
        return Err(ImportError::TooLarge {
            what: "document part (word/document.xml)",
            size: xml.len() as u64,
            limit,
        });
    }
    Ok(Input {
        text: document_text(&xml)?,
        read_as: ReadAs {
            format: InputFormat::Docx,
            encoding: None,
            pages: None,
        },
        notes: Vec::new(),
    })
}

/// Where the text being read goes.
#[derive(Default)]
struct State {
    out: String,
    /// The paragraph being read.
    para: String,
    /// Inside `<w:t>`.
    in_text: bool,
    /// The paragraph is a list item.
    list: bool,
    /// The paragraph has a heading style.
    heading: bool,
    /// Open tables: the rows' cells so far, innermost last.
    tables: Vec<Vec<String>>,
}

impl State {
    fn end_paragraph(&mut self) {
        let text = std::mem::take(&mut self.para);
        let text = text.trim();
        let line = if self.list && !self.heading && !text.is_empty() {
            format!("• {text}")
        } else {
            text.to_owned()
        };
        self.list = false;
        self.heading = false;
        match self.tables.last_mut() {
            // In a table cell: the cell collects its paragraphs.
            Some(row) => {
                if let Some(cell) = row.last_mut() {
                    if !cell.is_empty() && !line.is_empty() {
                        cell.push(' ');
                    }
                    cell.push_str(&line.replace('\n', " "));
                }
            }
            None => {
                if !line.is_empty() {
                    self.out.push_str(&line);
                    self.out.push_str("\n\n");
                }
            }
        }
    }
}

fn local(name: &[u8]) -> &[u8] {
    name.rsplit(|&b| b == b':').next().unwrap_or(name)
}

/// The text of `word/document.xml`.
pub(crate) fn document_text(xml: &str) -> Result<String, ImportError> {
    let mut reader = Reader::from_str(xml);
    let mut s = State::default();
    loop {
        let event = reader.read_event().map_err(|e| {
            damaged(format!(
                "word/document.xml is not well-formed XML at byte {}: {e}",
                reader.buffer_position()
            ))
        })?;
        match event {
            Event::Start(e) => match local(e.name().as_ref()) {
                b"t" => s.in_text = true,
                b"p" => s.para.clear(),
                b"tbl" => s.tables.push(Vec::new()),
                b"tr" => {
                    if let Some(row) = s.tables.last_mut() {
                        row.clear();
                    }
                }
                b"tc" => {
                    if let Some(row) = s.tables.last_mut() {
                        row.push(String::new());
                    }
                }
                b"numPr" => s.list = true,
                _ => {}
            },
            Event::Empty(e) => match local(e.name().as_ref()) {
                b"br" | b"cr" => s.para.push('\n'),
                b"tab" => s.para.push(' '),
                b"numPr" => s.list = true,
                b"pStyle" => {
                    let style = e
                        .attributes()
                        .flatten()
                        .find(|a| local(a.key.as_ref()) == b"val")
                        .map(|a| String::from_utf8_lossy(&a.value).to_lowercase())
                        .unwrap_or_default();
                    s.heading = style.starts_with("heading")
                        || style.starts_with("rubrik")
                        || style == "title";
                }
                _ => {}
            },
            Event::Text(t) if s.in_text => {
                let text = t.unescape().map_err(|e| {
                    damaged(format!(
                        "an entity in word/document.xml at byte {}: {e}",
                        reader.buffer_position()
                    ))
                })?;
                s.para.push_str(&text);
            }
            Event::CData(t) if s.in_text => {
                s.para.push_str(&String::from_utf8_lossy(&t));
            }
            Event::End(e) => match local(e.name().as_ref()) {
                b"t" => s.in_text = false,
                b"p" => s.end_paragraph(),
                b"tr" => {
                    let cells: Vec<String> =
                        s.tables.last_mut().map(std::mem::take).unwrap_or_default();
                    let line = cells
                        .iter()
                        .map(|c| c.trim())
                        .filter(|c| !c.is_empty())
                        .collect::<Vec<_>>()
                        .join(" ");
                    if !line.is_empty() {
                        if s.tables.len() > 1 {
                            // A nested table's row goes into the outer cell.
                            let outer = s.tables.len() - 2;
                            if let Some(cell) =
                                s.tables.get_mut(outer).and_then(|row| row.last_mut())
                            {
                                cell.push(' ');
                                cell.push_str(&line);
                            }
                        } else {
                            s.out.push_str(&line);
                            s.out.push('\n');
                        }
                    }
                }
                b"tbl" => {
                    s.tables.pop();
                    if s.tables.is_empty() {
                        s.out.push('\n');
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        if s.out.len() > MAX_TEXT_BYTES {
            return Err(ImportError::TooLarge {
                what: "text",
                size: s.out.len() as u64,
                limit: MAX_TEXT_BYTES as u64,
            });
        }
    }
    Ok(s.out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_tables_and_lists_in_order() {
        let xml = r#"<w:document xmlns:w="x"><w:body>
            <w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr/></w:pPr><w:r><w:t>Policy f&#246;r IT</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>Beslutad av</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Datum</w:t></w:r></w:p></w:tc></w:tr>
            <w:tr><w:tc><w:p><w:r><w:t>Kommunfullmäktige</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2018-06-25</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:r><w:t xml:space="preserve">Första </w:t></w:r><w:r><w:t>raden</w:t><w:br/><w:t>andra</w:t><w:delText>bort</w:delText></w:r></w:p>
            <w:p><w:pPr><w:numPr><w:ilvl w:val="0"/></w:numPr></w:pPr><w:r><w:t>en punkt &amp; till</w:t></w:r></w:p>
            </w:body></w:document>"#;
        let text = document_text(xml).unwrap();
        assert_eq!(
            text,
            "Policy för IT\n\nBeslutad av Datum\nKommunfullmäktige 2018-06-25\n\nFörsta raden\nandra\n\n• en punkt & till\n\n"
        );
    }

    #[test]
    fn broken_xml_is_an_error() {
        assert!(document_text("<w:p><w:t>x</w:p>").is_err());
    }
}
