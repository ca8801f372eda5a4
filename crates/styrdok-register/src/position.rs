//! JSON pointers → line and column, from a positions-keeping parse.

use std::collections::HashMap;

use jsonc_parser::ast::{ObjectPropName, Value};
use jsonc_parser::{CollectOptions, ParseOptions, parse_to_ast};

/// Maps every JSON pointer of a document to the line and column (1-based,
/// column in characters) where its value starts; object members also map
/// their key's position, so "unknown field" errors point at the key.
#[derive(Debug, Clone, Default)]
pub struct PositionIndex {
    values: HashMap<String, usize>,
    keys: HashMap<String, usize>,
    line_starts: Vec<usize>,
    text: String,
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
            line_starts: std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect(),
            text: text.to_owned(),
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

    /// The line and column of the byte offset.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        let col = self
            .text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(0);
        (line as u32 + 1, col as u32 + 1)
    }

    /// The position of a pointer: its key when `prefer_key` and it is an
    /// object member, else its value; falls back to the nearest ancestor
    /// that exists (a missing field points at its object).
    pub fn locate(&self, pointer: &str, prefer_key: bool) -> Option<(u32, u32)> {
        let mut p = pointer.to_owned();
        loop {
            let hit = if prefer_key {
                self.keys.get(&p).or_else(|| self.values.get(&p))
            } else {
                self.values.get(&p).or_else(|| self.keys.get(&p))
            };
            if let Some(off) = hit {
                return Some(self.line_col(*off));
            }
            match p.rfind('/') {
                Some(i) => p.truncate(i),
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
    use super::*;

    #[test]
    fn pointers_map_to_lines() {
        let text = "{\n  \"a\": [1,\n    {\"b/c\": \"x\"}],\n  \"d\": null\n}";
        let idx = PositionIndex::build(text).unwrap();
        assert_eq!(idx.locate("/a/1/b~1c", false), Some((3, 13)));
        assert_eq!(idx.locate("/a/1/b~1c", true), Some((3, 6)));
        assert_eq!(idx.locate("/d", true), Some((4, 3)));
        assert_eq!(idx.locate("/a/1/missing", false), Some((3, 5)));
        assert!(PositionIndex::build("{").is_none());
    }

    #[test]
    fn duplicate_keys_found() {
        let text = "{\"id\": 1,\n \"id\": 2, \"a\": [{\"b/c\": 1, \"b/c\": [true]}]}";
        assert_eq!(duplicate_keys(text), vec!["/id", "/a/0/b~1c"]);
        let idx = PositionIndex::build(text).unwrap();
        assert_eq!(idx.locate("/id", true), Some((2, 2)));
        assert!(duplicate_keys("{\"a\": 1, \"b\": {\"a\": 2}}").is_empty());
    }
}
