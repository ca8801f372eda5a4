//! Reading register files: only regular files, within limits, UTF-8 (with
//! or without a byte order mark) or UTF-16 with one.
//!
//! The limits admit a national register (a 2 GB file with a million
//! documents) and stop what would only exhaust memory or time: see
//! `docs/reliability.md`.

use std::io::Read;
use std::path::Path;

use crate::RegisterError;

/// The largest register file (or element file) read: 4 GiB.
pub const MAX_FILE_BYTES: u64 = 4 << 30;
/// The longest string in a register, in bytes of its JSON text: 16 MiB.
pub const MAX_STRING_BYTES: usize = 16 << 20;
/// The deepest nesting of objects and arrays (a register needs about 8).
pub const MAX_DEPTH: usize = 100;
/// The most documents one register holds.
pub const MAX_DOCUMENTS: usize = 5_000_000;

/// Reads a file that must be a regular file (a FIFO or device is refused
/// without opening it) of at most [`MAX_FILE_BYTES`].
pub(crate) fn read_regular(path: &Path) -> Result<Vec<u8>, RegisterError> {
    let io = |source| RegisterError::Io {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(io)?;
    if !meta.is_file() {
        return Err(RegisterError::Limit {
            path: path.to_path_buf(),
            message: "is not a regular file (a FIFO, a device or a socket); not read".into(),
        });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(path));
    }
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(path));
    }
    Ok(bytes)
}

fn too_big(path: &Path) -> RegisterError {
    RegisterError::Limit {
        path: path.to_path_buf(),
        message: format!(
            "is larger than {} GiB, the largest register file styrdok reads",
            MAX_FILE_BYTES >> 30
        ),
    }
}

/// Text decoded from a file's bytes.
#[derive(Debug)]
pub(crate) enum Decoded {
    /// The text, and the encoding when it was not plain UTF-8.
    Text(String, Option<&'static str>),
    /// Not UTF-8: the byte offset of the first invalid byte.
    NotUtf8(usize),
}

/// Decodes register text: UTF-8 (a byte order mark is dropped), or UTF-16
/// with a byte order mark.
pub(crate) fn decode(bytes: Vec<u8>) -> Decoded {
    match encoding_rs::Encoding::for_bom(&bytes) {
        Some((enc, bom)) if enc == encoding_rs::UTF_8 => {
            let rest = bytes.get(bom..).unwrap_or_default();
            match std::str::from_utf8(rest) {
                Ok(s) => Decoded::Text(s.to_owned(), Some("UTF-8 with a byte order mark")),
                Err(e) => Decoded::NotUtf8(bom + e.valid_up_to()),
            }
        }
        Some((enc, bom)) => {
            let rest = bytes.get(bom..).unwrap_or_default();
            match enc.decode_without_bom_handling_and_without_replacement(rest) {
                Some(s) => Decoded::Text(s.into_owned(), Some(enc.name())),
                None => Decoded::NotUtf8(bom),
            }
        }
        None => match String::from_utf8(bytes) {
            Ok(s) => Decoded::Text(s, None),
            Err(e) => Decoded::NotUtf8(e.utf8_error().valid_up_to()),
        },
    }
}

/// The first limit `text` is beyond: a message and the byte offset.
pub(crate) fn scan_limits(text: &str) -> Option<(String, usize)> {
    let mut depth = 0usize;
    let mut in_str = false;
    let mut escaped = false;
    let mut start = 0usize;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        if in_str {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_str = false;
            }
            if i - start > MAX_STRING_BYTES {
                return Some((
                    format!(
                        "a string is longer than {} MiB, the longest styrdok reads",
                        MAX_STRING_BYTES >> 20
                    ),
                    start,
                ));
            }
            continue;
        }
        match b {
            b'"' => {
                in_str = true;
                start = i;
            }
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some((
                        format!(
                            "objects and lists are nested more than {MAX_DEPTH} deep, \
                             the deepest styrdok reads"
                        ),
                        i,
                    ));
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn bom_and_utf16_are_decoded() {
        let text = "{\"a\": \"ö\"}";
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(text.as_bytes());
        assert!(
            matches!(decode(bom), Decoded::Text(s, Some(e)) if s == text && e.contains("byte order"))
        );
        let mut le = vec![0xFF, 0xFE];
        for u in text.encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert!(matches!(decode(le), Decoded::Text(s, Some("UTF-16LE")) if s == text));
        assert!(matches!(
            decode(b"{\"a\": \"\xF6\"}".to_vec()),
            Decoded::NotUtf8(7)
        ));
    }

    #[test]
    fn limits_are_found() {
        assert!(scan_limits("{\"a\": [[1]], \"b\": \"x\\\"[[\"}").is_none());
        let deep = "[".repeat(MAX_DEPTH + 1);
        assert_eq!(scan_limits(&deep).map(|(_, o)| o), Some(MAX_DEPTH));
        let long = format!("[\"{}\"]", "x".repeat(MAX_STRING_BYTES + 1));
        assert_eq!(scan_limits(&long).map(|(_, o)| o), Some(1));
    }
}
