//! JSON pointers → line and column, from a positions-keeping parse.

use std::collections::HashMap;

use jsonc_parser::ast::{ObjectPropName, Value};
use jsonc_parser::{CollectOptions, ParseOptions, parse_to_ast};

/// Line starts and character counts of one text, for turning byte offsets
/// into 1-based lines and columns counted in characters. Built once per
/// file; each lookup is a binary search plus a count over at most
/// [`LineIndex::STRIDE`] bytes, so a minified one-line register with many
/// diagnostics stays linear.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    line_starts: Vec<usize>,
    /// Characters before each multiple of `STRIDE` (rounded up to a
    /// character boundary), and that boundary.
    checkpoints: Vec<(usize, usize)>,
}

impl LineIndex {
    /// Bytes between character-count checkpoints.
    pub const STRIDE: usize = 4096;

    /// Indexes `text`.
    pub fn new(text: &str) -> LineIndex {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        let mut checkpoints = Vec::with_capacity(text.len() / Self::STRIDE + 1);
        let mut chars = 0usize;
        let mut at = 0usize;
        loop {
            checkpoints.push((at, chars));
            let mut next = at.saturating_add(Self::STRIDE).min(text.len());
            while next < text.len() && !text.is_char_boundary(next) {
                next += 1;
            }
            if next <= at {
                break;
            }
            chars += text.get(at..next).map_or(0, |s| s.chars().count());
            at = next;
        }
        LineIndex {
            line_starts,
            checkpoints,
        }
    }

    /// The number of characters before byte `offset` of `text` (the text
    /// this index was built from).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let offset = offset.min(text.len());
        let i = match self.checkpoints.binary_search_by_key(&offset, |c| c.0) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let (at, chars) = self.checkpoints.get(i).copied().unwrap_or((0, 0));
        chars + text.get(at..offset).map_or(0, |s| s.chars().count())
    }

    /// The 1-based line and column (in characters) of byte `offset`; the
    /// column of an empty file is 1.
    pub fn line_col(&self, text: &str, offset: usize) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        let col = self
            .chars_before(text, offset)
            .saturating_sub(self.chars_before(text, start));
        (to_u32(line + 1), to_u32(col + 1))
    }

    /// The byte offset of a 1-based line and a 1-based column counted in
    /// bytes (as `serde_json` reports them).
    pub fn offset_of(&self, line: usize, byte_column: usize) -> usize {
        let start = self
            .line_starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(0);
        start + byte_column.saturating_sub(1)
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Maps every JSON pointer of a document to the byte offset where its value
/// starts; object members also map their key's offset, so "unknown field"
/// errors point at the key.
#[derive(Debug, Clone, Default)]
pub struct PositionIndex {
    values: HashMap<String, usize>,
    keys: HashMap<String, usize>,
    lines: LineIndex,
}

/// Escapes one reference token of a JSON pointer (RFC 6901).
pub fn escape_token(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

impl PositionIndex {
    /// Indexes `text`; `None` when it is not valid JSON.
    pub fn build(text: &str) -> Option<PositionIndex> {
        let options = ParseOptions {
            allow_comments: false,
            allow_loose_object_property_names: false,
            allow_trailing_commas: false,
        };
        let parsed = parse_to_ast(text, &CollectOptions::default(), &options).ok()?;
        let mut index = PositionIndex {
            lines: LineIndex::new(text),
            ..PositionIndex::default()
        };
        if let Some(v) = &parsed.value {
            index.walk(v, String::new());
        }
        Some(index)
    }

    fn walk(&mut self, value: &Value<'_>, pointer: String) {
        let start = match value {
            Value::StringLit(s) => s.range.start,
            Value::NumberLit(n) => n.range.start,
            Value::BooleanLit(b) => b.range.start,
            Value::NullKeyword(n) => n.range.start,
            Value::Object(o) => o.range.start,
            Value::Array(a) => a.range.start,
        };
        self.values.insert(pointer.clone(), start);
        match value {
            Value::Object(o) => {
                for prop in &o.properties {
                    let (name, key_start) = match &prop.name {
                        ObjectPropName::String(s) => (s.value.to_string(), s.range.start),
                        ObjectPropName::Word(w) => (w.value.to_string(), w.range.start),
                    };
                    let child = format!("{pointer}/{}", escape_token(&name));
                    // A duplicated key maps to its last occurrence.
                    self.keys.insert(child.clone(), key_start);
                    self.walk(&prop.value, child);
                }
            }
            Value::Array(a) => {
                for (i, el) in a.elements.iter().enumerate() {
                    self.walk(el, format!("{pointer}/{i}"));
                }
            }
            _ => {}
        }
    }

    /// The line index of the text.
    pub fn lines(&self) -> &LineIndex {
        &self.lines
    }

    /// The position of a pointer in `text` (the text this index was built
    /// from): its key when `prefer_key` and it is an object member, else
    /// its value; falls back to the nearest ancestor that exists (a missing
    /// field points at its object).
    pub fn locate(&self, text: &str, pointer: &str, prefer_key: bool) -> Option<(u32, u32)> {
        let mut p = pointer;
        loop {
            let hit = if prefer_key {
                self.keys.get(p).or_else(|| self.values.get(p))
            } else {
                self.values.get(p).or_else(|| self.keys.get(p))
            };
            if let Some(off) = hit {
                return Some(self.lines.line_col(text, *off));
            }
            match p.rfind('/') {
                Some(i) => p = p.get(..i)?,
                None => return None,
            }
        }
    }
}

/// The pointers of object keys that occur twice in one object (JSON parsers
/// keep only one of them, which would silently lose data). One streaming
/// pass with serde; no pointer is built except for duplicates. Invalid JSON
/// gives an empty list (the syntax error is reported elsewhere).
pub fn duplicate_keys(text: &str) -> Vec<String> {
    use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
    use std::cell::RefCell;

    struct Walk<'a> {
        path: &'a RefCell<Vec<String>>,
        out: &'a RefCell<Vec<String>>,
    }
    impl<'de> DeserializeSeed<'de> for Walk<'_> {
        type Value = ();
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_any(self)
        }
    }
    impl<'de> Visitor<'de> for Walk<'_> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("any JSON value")
        }
        fn visit_bool<E>(self, _: bool) -> Result<(), E> {
            Ok(())
        }
        fn visit_i64<E>(self, _: i64) -> Result<(), E> {
            Ok(())
        }
        fn visit_u64<E>(self, _: u64) -> Result<(), E> {
            Ok(())
        }
        fn visit_f64<E>(self, _: f64) -> Result<(), E> {
            Ok(())
        }
        fn visit_str<E>(self, _: &str) -> Result<(), E> {
            Ok(())
        }
        fn visit_unit<E>(self) -> Result<(), E> {
            Ok(())
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            let mut i = 0usize;
            loop {
                self.path.borrow_mut().push(i.to_string());
                let more = seq.next_element_seed(Walk {
                    path: self.path,
                    out: self.out,
                })?;
                self.path.borrow_mut().pop();
                if more.is_none() {
                    return Ok(());
                }
                i += 1;
            }
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            let mut seen = std::collections::HashSet::new();
            while let Some(key) = map.next_key::<String>()? {
                let duplicate = !seen.insert(key.clone());
                self.path.borrow_mut().push(key);
                if duplicate {
                    let pointer: String = self
                        .path
                        .borrow()
                        .iter()
                        .map(|t| format!("/{}", escape_token(t)))
                        .collect();
                    self.out.borrow_mut().push(pointer);
                }
                map.next_value_seed(Walk {
                    path: self.path,
                    out: self.out,
                })?;
                self.path.borrow_mut().pop();
            }
            Ok(())
        }
    }

    let path = RefCell::new(Vec::new());
    let out = RefCell::new(Vec::new());
    let mut de = serde_json::Deserializer::from_str(text);
    if (Walk {
        path: &path,
        out: &out,
    })
    .deserialize(&mut de)
    .is_err()
    {
        return Vec::new();
    }
    out.into_inner()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn columns_count_characters_across_checkpoints() {
        // One long line of two-byte characters: the column of the last one
        // is its character position, not its byte position.
        let text = "ö".repeat(3 * LineIndex::STRIDE + 7);
        let idx = LineIndex::new(&text);
        let last = text.len() - 2;
        assert_eq!(
            idx.line_col(&text, last),
            (1, (3 * LineIndex::STRIDE + 7) as u32)
        );
        let two = format!("ab\n{text}");
        let idx = LineIndex::new(&two);
        assert_eq!(idx.line_col(&two, 3 + 4), (2, 3));
        assert_eq!(LineIndex::new("").line_col("", 0), (1, 1));
    }

    #[test]
    fn pointers_map_to_lines() {
        let text = "{\n  \"a\": [1,\n    {\"b/c\": \"x\"}],\n  \"d\": null\n}";
        let idx = PositionIndex::build(text).unwrap();
        assert_eq!(idx.locate(text, "/a/1/b~1c", false), Some((3, 13)));
        assert_eq!(idx.locate(text, "/a/1/b~1c", true), Some((3, 6)));
        assert_eq!(idx.locate(text, "/d", true), Some((4, 3)));
        assert_eq!(idx.locate(text, "/a/1/missing", false), Some((3, 5)));
        assert!(PositionIndex::build("{").is_none());
    }

    #[test]
    fn duplicate_keys_found() {
        let text = "{\"id\": 1,\n \"id\": 2, \"a\": [{\"b/c\": 1, \"b/c\": [true]}]}";
        assert_eq!(duplicate_keys(text), vec!["/id", "/a/0/b~1c"]);
        let idx = PositionIndex::build(text).unwrap();
        assert_eq!(idx.locate(text, "/id", true), Some((2, 2)));
        assert!(duplicate_keys("{\"a\": 1, \"b\": {\"a\": 2}}").is_empty());
    }
}
