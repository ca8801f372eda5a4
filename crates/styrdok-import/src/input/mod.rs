//! From the bytes of a file to the text the importer reads, saying what was
//! read: plain text in UTF-8 (with or without a byte-order mark), UTF-16
//! (with a BOM, or without one when every other byte is zero) or
//! Windows-1252; with the `pdf` feature the text layer of a PDF; with the
//! `docx` feature the paragraphs and tables of a Word document.
//!
//! What is not text — an empty file, an image, an archive, a binary, a
//! scanned PDF without a text layer — is an [`ImportError`] saying what it
//! got, never an empty draft.
//!
//! Limits: an input file may be at most [`MAX_INPUT_BYTES`] and the text
//! read from it at most [`MAX_TEXT_BYTES`]; larger inputs are refused with
//! [`ImportError::TooLarge`] before anything is parsed.

#[cfg(feature = "docx")]
mod docx;
#[cfg(feature = "pdf")]
mod pdf;

use std::fmt;
use std::io::Read;
use std::path::Path;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::error::ImportError;

/// The largest input file read, in bytes (256 MiB): a PDF full of images
/// can be large although its text is small.
pub const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// The largest text imported, in bytes of UTF-8 (64 MiB, about 1.5 million
/// lines; the longest real styrdokument is well under 1 MiB).
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;

/// The format an input was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum InputFormat {
    /// Plain text.
    Text,
    /// The text layer of a PDF.
    Pdf,
    /// A Word document (Office Open XML, .docx).
    Docx,
}

/// The character encoding plain text was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub enum TextEncoding {
    /// UTF-8 without a byte-order mark.
    #[serde(rename = "utf-8")]
    Utf8,
    /// UTF-8 with a byte-order mark.
    #[serde(rename = "utf-8-bom")]
    Utf8Bom,
    /// UTF-16, little-endian (with a BOM, or recognised by its zero bytes).
    #[serde(rename = "utf-16le")]
    Utf16Le,
    /// UTF-16, big-endian.
    #[serde(rename = "utf-16be")]
    Utf16Be,
    /// Windows-1252 (a superset of Latin-1's printable characters): the
    /// bytes were not valid UTF-8.
    #[serde(rename = "windows-1252")]
    Windows1252,
}

impl TextEncoding {
    /// The encoding's name as people write it.
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "UTF-8",
            TextEncoding::Utf8Bom => "UTF-8 with byte-order mark",
            TextEncoding::Utf16Le => "UTF-16LE",
            TextEncoding::Utf16Be => "UTF-16BE",
            TextEncoding::Windows1252 => "Windows-1252",
        }
    }
}

/// What an input was read as.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ReadAs {
    /// The format.
    pub format: InputFormat,
    /// For plain text, the encoding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<TextEncoding>,
    /// For a PDF, the number of pages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pages: Option<u32>,
}

impl ReadAs {
    /// Plain text in `encoding`.
    pub fn text(encoding: TextEncoding) -> Self {
        ReadAs {
            format: InputFormat::Text,
            encoding: Some(encoding),
            pages: None,
        }
    }
}

impl fmt::Display for ReadAs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.format {
            InputFormat::Text => write!(
                f,
                "text, {}",
                self.encoding.map_or("UTF-8", TextEncoding::name)
            ),
            InputFormat::Pdf => match self.pages {
                Some(1) => write!(f, "PDF text layer, 1 page"),
                Some(n) => write!(f, "PDF text layer, {n} pages"),
                None => write!(f, "PDF text layer"),
            },
            InputFormat::Docx => write!(f, "Word document (.docx)"),
        }
    }
}

/// The text read from an input, and what it was read as.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Input {
    /// The text.
    pub text: String,
    /// What it was read as.
    pub read_as: ReadAs,
    /// Things a reader should know about how it was read (the bytes were not
    /// valid UTF-8, a page of a PDF had no text).
    pub notes: Vec<String>,
}

/// Reads a file: refuses what is not a regular file or is larger than
/// [`MAX_INPUT_BYTES`], then [`read_bytes`].
///
/// # Errors
///
/// As [`read_file_bytes`] (the file cannot be read, is not a regular file
/// or is too large), then as [`read_bytes`] (empty, not text, unsupported
/// or too much text).
pub fn read_path(path: &Path) -> Result<Input, ImportError> {
    read_bytes(&read_file_bytes(path)?)
}

/// The bytes of a file, refusing what is not a regular file or is larger
/// than [`MAX_INPUT_BYTES`] (what [`read_path`] reads before decoding).
///
/// # Errors
///
/// `ImportError::Read` when the file's metadata or contents cannot be read;
/// `ImportError::NotAFile` when `path` is not a regular file;
/// `ImportError::TooLarge` when the file is larger than [`MAX_INPUT_BYTES`].
pub fn read_file_bytes(path: &Path) -> Result<Vec<u8>, ImportError> {
    let io = |source| ImportError::Read {
        path: path.to_owned(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(ImportError::NotAFile {
            path: path.to_owned(),
        });
    }
    if meta.len() > MAX_INPUT_BYTES {
        return Err(ImportError::TooLarge {
            what: "file",
            size: meta.len(),
            limit: MAX_INPUT_BYTES,
        });
    }
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::new();
    // The file may grow while it is read: read one byte past the limit.
    file.take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    Ok(bytes)
}

/// Reads the bytes of one input: recognises PDF and .docx by their first
/// bytes, decodes anything else as text.
///
/// # Errors
///
/// `ImportError::TooLarge` when `bytes` exceed [`MAX_INPUT_BYTES`] or the
/// decoded text exceeds [`MAX_TEXT_BYTES`]; `ImportError::Empty` when
/// `bytes` is empty or the text is only white space; `ImportError::NotText`
/// for a known binary format (an image, an archive, an old Office file, a
/// program) or text that does not decode (see [`decode_text`]);
/// `ImportError::Unsupported` for a PDF or zip archive when the `pdf` or
/// `docx` feature is off; and the PDF and .docx readers' own errors (for
/// instance a scanned PDF with no text).
pub fn read_bytes(bytes: &[u8]) -> Result<Input, ImportError> {
    let size = bytes.len() as u64;
    if size > MAX_INPUT_BYTES {
        return Err(ImportError::TooLarge {
            what: "file",
            size,
            limit: MAX_INPUT_BYTES,
        });
    }
    if bytes.is_empty() {
        return Err(ImportError::Empty {
            what: "the input is empty (0 bytes)".into(),
        });
    }
    let input = if bytes.starts_with(b"%PDF-") {
        read_pdf(bytes)?
    } else if bytes.starts_with(b"PK\x03\x04") {
        read_zip(bytes)?
    } else if let Some(what) = known_binary(bytes) {
        return Err(ImportError::NotText { what: what.into() });
    } else {
        decode_text(bytes)?
    };
    if input.text.len() > MAX_TEXT_BYTES {
        return Err(ImportError::TooLarge {
            what: "text",
            size: input.text.len() as u64,
            limit: MAX_TEXT_BYTES as u64,
        });
    }
    if input.text.trim().is_empty() {
        return Err(ImportError::Empty {
            what: format!(
                "the input ({}) holds no text, only white space",
                input.read_as
            ),
        });
    }
    Ok(input)
}

#[cfg(feature = "pdf")]
fn read_pdf(bytes: &[u8]) -> Result<Input, ImportError> {
    pdf::read(bytes)
}

#[cfg(not(feature = "pdf"))]
fn read_pdf(_: &[u8]) -> Result<Input, ImportError> {
    Err(ImportError::Unsupported {
        what: "a PDF, and this build of styrdok-import reads PDFs only with its `pdf` feature"
            .into(),
    })
}

#[cfg(feature = "docx")]
fn read_zip(bytes: &[u8]) -> Result<Input, ImportError> {
    docx::read(bytes)
}

#[cfg(not(feature = "docx"))]
fn read_zip(_: &[u8]) -> Result<Input, ImportError> {
    Err(ImportError::Unsupported {
        what: "a zip archive (a .docx is one), and this build of styrdok-import reads Word \
               documents only with its `docx` feature"
            .into(),
    })
}

/// File formats recognised by their first bytes that are not text.
fn known_binary(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: [(&[u8], &str); 9] = [
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"II*\x00", "a TIFF image"),
        (b"MM\x00*", "a TIFF image"),
        (
            b"\xd0\xcf\x11\xe0",
            "an old Office file (.doc/.xls); save it as .docx or PDF",
        ),
        (b"\x1f\x8b", "a gzip archive"),
        (b"\x7fELF", "an executable program"),
        (
            b"{\\rtf",
            "an RTF document; save it as .docx, PDF or plain text",
        ),
    ];
    MAGIC
        .iter()
        .find(|(m, _)| bytes.starts_with(m))
        .map(|(_, what)| *what)
}

/// Decodes plain text: a BOM decides; else UTF-16 without a BOM when one
/// byte of each pair is almost always zero; else UTF-8 when valid; else
/// Windows-1252. Text with NUL bytes or many control characters is not
/// text.
///
/// # Errors
///
/// `ImportError::NotText` when text with a UTF-8 byte-order mark is not
/// valid UTF-8, UTF-16 text has invalid code units, or the decoded text
/// holds NUL bytes or too many control characters.
pub fn decode_text(bytes: &[u8]) -> Result<Input, ImportError> {
    let mut notes = Vec::new();
    let (text, encoding) = if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        (utf8(rest)?, TextEncoding::Utf8Bom)
    } else if bytes.starts_with(b"\xff\xfe") {
        (utf16(bytes, encoding_rs::UTF_16LE)?, TextEncoding::Utf16Le)
    } else if bytes.starts_with(b"\xfe\xff") {
        (utf16(bytes, encoding_rs::UTF_16BE)?, TextEncoding::Utf16Be)
    } else if let Some(le) = utf16_without_bom(bytes) {
        let (enc, te) = if le {
            (encoding_rs::UTF_16LE, TextEncoding::Utf16Le)
        } else {
            (encoding_rs::UTF_16BE, TextEncoding::Utf16Be)
        };
        notes.push(format!("read as {} (no byte-order mark)", te.name()));
        (utf16(bytes, enc)?, te)
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_owned(), TextEncoding::Utf8),
            Err(e) => {
                let (cow, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
                notes.push(format!(
                    "not valid UTF-8 (byte offset {}); read as Windows-1252",
                    e.valid_up_to()
                ));
                (cow.into_owned(), TextEncoding::Windows1252)
            }
        }
    };
    if let Some(what) = not_text(&text) {
        return Err(ImportError::NotText { what });
    }
    Ok(Input {
        text,
        read_as: ReadAs::text(encoding),
        notes,
    })
}

fn utf8(bytes: &[u8]) -> Result<String, ImportError> {
    std::str::from_utf8(bytes)
        .map(str::to_owned)
        .map_err(|e| ImportError::NotText {
            what: format!(
                "text with a UTF-8 byte-order mark but invalid UTF-8 at byte offset {}",
                e.valid_up_to() + 3
            ),
        })
}

fn utf16(bytes: &[u8], enc: &'static encoding_rs::Encoding) -> Result<String, ImportError> {
    let (cow, _, had_errors) = enc.decode(bytes);
    if had_errors {
        return Err(ImportError::NotText {
            what: format!("{} text with invalid code units", enc.name()),
        });
    }
    Ok(cow.into_owned())
}

/// `Some(true)` for UTF-16LE, `Some(false)` for BE, when at least 90% of
/// the odd (LE) or even (BE) bytes of the first 4 KiB are zero and almost
/// none of the others: text in a Latin script looks like that.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let head = bytes.get(..bytes.len().min(4096))?;
    if head.len() < 4 || head.len() % 2 != 0 {
        return None;
    }
    let pairs = head.len() / 2;
    let (mut even0, mut odd0) = (0, 0);
    for pair in head.chunks_exact(2) {
        if let [a, b] = pair {
            even0 += usize::from(*a == 0);
            odd0 += usize::from(*b == 0);
        }
    }
    let most = |n: usize| n * 10 >= pairs * 9;
    let few = |n: usize| n * 20 <= pairs;
    if most(odd0) && few(even0) {
        Some(true)
    } else if most(even0) && few(odd0) {
        Some(false)
    } else {
        None
    }
}

/// Why decoded text is not text, if it is not: a NUL character, or more
/// than one control character in twenty (tabs, line ends and form feeds
/// are text).
fn not_text(text: &str) -> Option<String> {
    if let Some(at) = text.find('\0') {
        return Some(format!("binary data (a NUL byte at character offset {at})"));
    }
    let (mut total, mut control) = (0usize, 0usize);
    for c in text.chars() {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0c}' | '\u{0b}') {
            control += 1;
        }
    }
    (control * 20 > total)
        .then(|| format!("binary data ({control} control characters in {total}, not text)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_without_bom_is_recognised() {
        let le: Vec<u8> = "Policy för IT"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(utf16_without_bom(&le), Some(true));
        let be: Vec<u8> = "Policy för IT"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(utf16_without_bom(&be), Some(false));
        assert_eq!(utf16_without_bom(b"Policy for IT!"), None);
    }

    #[test]
    fn control_characters_make_binary() {
        assert!(not_text("Policy\tför\r\nIT\u{0c}").is_none());
        assert!(not_text("a\u{1}\u{2}\u{3}b").is_some());
        assert!(not_text("a\0b").is_some());
    }
}
