//! Classifying an element that could not be read, structurally.
//!
//! The code of a shape diagnostic is chosen by comparing the JSON value at
//! the failing path with what the register's JSON Schema (derived from the
//! Rust types) expects there — an unknown key, a missing required key, a
//! value of the wrong JSON type, a string outside a vocabulary, or a value
//! of a date, id or diarienummer type — never by reading the error
//! message. The message is written from the same comparison, so no Rust
//! type names or serde internals reach the user; only the messages of the
//! model's own parsers (dates, ids, diarienummer), which are written for
//! people, are passed on.

use std::sync::OnceLock;

use serde_json::Value;
use styrdok_core::text::shorten;
use styrdok_core::{DiagnosticCode, PARTY_ID_PATTERN};

use crate::codes;
use crate::position::escape_token;

fn root() -> &'static Value {
    static ROOT: OnceLock<Value> = OnceLock::new();
    ROOT.get_or_init(|| schemars::schema_for!(crate::Register).as_value().clone())
}

/// Follows `$ref`s: the schema and the name of the last definition.
fn resolve<'a>(mut s: &'a Value, mut name: Option<&'a str>) -> (&'a Value, Option<&'a str>) {
    for _ in 0..16 {
        let Some(r) = s.get("$ref").and_then(Value::as_str) else {
            break;
        };
        let Some(def) = r.strip_prefix("#/$defs/") else {
            break;
        };
        match root().get("$defs").and_then(|d| d.get(def)) {
            Some(d) => {
                s = d;
                name = Some(def);
            }
            None => break,
        }
    }
    (s, name)
}

/// The schema and its branches (`anyOf`, `oneOf`, `allOf`), resolved.
fn branches(s: &Value) -> Vec<(&Value, Option<&str>)> {
    let mut out = vec![resolve(s, None)];
    let mut i = 0;
    while let Some(&(cur, name)) = out.get(i) {
        for key in ["anyOf", "oneOf", "allOf"] {
            if let Some(Value::Array(bs)) = cur.get(key) {
                for b in bs {
                    let (r, n) = resolve(b, name);
                    out.push((r, n.or(name)));
                }
            }
        }
        i += 1;
        if i > 64 {
            break;
        }
    }
    out
}

/// The schema of the child `seg` of a value of schema `s`.
fn child<'a>(s: &'a Value, seg: &str) -> Option<&'a Value> {
    for (b, _) in branches(s) {
        if let Some(p) = b.get("properties").and_then(|p| p.get(seg)) {
            return Some(p);
        }
        if seg.parse::<usize>().is_ok()
            && let Some(items) = b.get("items")
        {
            return Some(items);
        }
        if let Some(ap) = b.get("additionalProperties").filter(|v| v.is_object()) {
            return Some(ap);
        }
    }
    None
}

fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// The schema at a pointer into a register.
fn schema_at(pointer: &str) -> Option<&'static Value> {
    let mut s = root();
    for seg in pointer.split('/').skip(1) {
        s = child(s, &unescape(seg))?;
    }
    Some(s)
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn in_words(t: &str) -> &'static str {
    match t {
        "null" => "null",
        "boolean" => "true or false",
        "integer" => "a whole number",
        "number" => "a number",
        "string" => "a string",
        "array" => "a list",
        "object" => "an object",
        _ => "a value",
    }
}

/// JSON types the schema allows (empty: any).
fn types(s: &Value) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (b, _) in branches(s) {
        match b.get("type") {
            Some(Value::String(t)) => out.push(t.clone()),
            Some(Value::Array(ts)) => {
                out.extend(ts.iter().filter_map(Value::as_str).map(str::to_owned))
            }
            _ => {
                if b.get("const").is_some_and(Value::is_string)
                    || b.get("enum").is_some_and(Value::is_array)
                {
                    out.push("string".into());
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The strings of a vocabulary (empty: not one).
fn vocabulary(s: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for (b, _) in branches(s) {
        if let Some(c) = b.get("const").and_then(Value::as_str) {
            out.push(c.to_owned());
        }
        if let Some(Value::Array(e)) = b.get("enum") {
            out.extend(e.iter().filter_map(Value::as_str).map(str::to_owned));
        }
    }
    out
}

fn properties(s: &Value) -> (Vec<String>, Vec<String>, bool) {
    let (mut props, mut required, mut open) = (Vec::new(), Vec::new(), false);
    for (b, _) in branches(s) {
        if let Some(Value::Object(p)) = b.get("properties") {
            props.extend(p.keys().cloned());
        }
        if let Some(Value::Array(r)) = b.get("required") {
            required.extend(r.iter().filter_map(Value::as_str).map(str::to_owned));
        }
        if b.get("additionalProperties")
            .is_some_and(|a| a != &Value::Bool(false))
        {
            open = true;
        }
    }
    (props, required, open)
}

fn list(words: &[String]) -> String {
    let shown: Vec<&str> = words.iter().take(12).map(String::as_str).collect();
    let more = words.len().saturating_sub(shown.len());
    if more > 0 {
        format!("{} … ({more} more)", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

/// The code, the pointer relative to the element (an unknown key's own
/// pointer) and a message for an element that could not be read: `value`
/// is the element's JSON, `base` the pointer of an element of its kind in
/// the register (`/documents/0`), `path` the failing path inside it,
/// `parser_message` the message of the parser that failed (used only for
/// dates, ids, diarienummer and kinds, whose parsers write for people).
pub(crate) fn classify(
    value: &Value,
    base: &str,
    path: &str,
    parser_message: &str,
) -> (DiagnosticCode, String, String) {
    let full = format!("{base}{path}");
    let pointer = path.to_owned();
    let at = if path.is_empty() {
        value
    } else {
        value.pointer(path).unwrap_or(&Value::Null)
    };
    // An unknown key: at the path itself, or in the object there.
    if let Some((parent, key)) = full.rsplit_once('/')
        && let Some(ps) = schema_at(parent)
        && value.pointer(path).is_some()
        && !path.is_empty()
    {
        let (props, _, open) = properties(ps);
        let key = unescape(key);
        if !open && !props.is_empty() && !props.contains(&key) && key.parse::<usize>().is_err() {
            // The keys of settings.severity are diagnostic codes: values of
            // a vocabulary, not fields.
            if parent.ends_with("/settings/severity") || parent == "/severity" {
                return (
                    codes::BAD_VALUE,
                    pointer.clone(),
                    format!(
                        "unknown diagnostic code \"{}\" (codes look like SD101; see docs/diagnostics.md)",
                        shorten(&key, 60)
                    ),
                );
            }
            return (
                codes::UNKNOWN_FIELD,
                pointer.clone(),
                format!(
                    "unknown field \"{}\"; expected one of: {}",
                    shorten(&key, 60),
                    list(&props)
                ),
            );
        }
    }
    let Some(s) = schema_at(&full) else {
        return (codes::SHAPE, pointer, "this part cannot be read".into());
    };
    let allowed = types(s);
    let found = json_type(at);
    let type_ok = allowed.is_empty()
        || allowed
            .iter()
            .any(|t| t == found || (t == "number" && found == "integer"));
    if let Value::Object(m) = at
        && type_ok
    {
        let (props, required, open) = properties(s);
        if !open
            && !props.is_empty()
            && let Some(k) = m.keys().find(|k| !props.contains(k))
        {
            return (
                codes::UNKNOWN_FIELD,
                format!("{pointer}/{}", escape_token(k)),
                format!(
                    "unknown field \"{}\"; expected one of: {}",
                    shorten(k, 60),
                    list(&props)
                ),
            );
        }
        if let Some(k) = required.iter().find(|k| !m.contains_key(*k)) {
            return (
                codes::MISSING_FIELD,
                pointer,
                format!("missing field \"{k}\""),
            );
        }
    }
    let name = branches(s)
        .iter()
        .rev()
        .find_map(|(_, n)| *n)
        .unwrap_or_default();
    let special = if name.contains("Date") {
        Some(codes::BAD_DATE)
    } else if name == "Dnr" {
        Some(codes::BAD_DNR)
    } else if name.ends_with("Id")
        || name == "ControlRef"
        || s.get("pattern").and_then(Value::as_str) == Some(PARTY_ID_PATTERN)
    {
        // An id type, or a party reference (its field carries the pattern
        // of `PartyId` beside its own description).
        Some(codes::BAD_ID)
    } else if name.ends_with("Kind") {
        // An open vocabulary (a document kind: built-ins or a taxonomy's
        // slug) read by its own parser.
        Some(codes::BAD_VALUE)
    } else {
        None
    };
    if !type_ok && special.is_none_or(|_| !matches!(at, Value::String(_))) {
        let want: Vec<&str> = allowed.iter().map(|t| in_words(t)).collect();
        return (
            codes::WRONG_TYPE,
            pointer,
            format!("expected {}, found {}", want.join(" or "), in_words(found)),
        );
    }
    let vocab = vocabulary(s);
    if let Value::String(v) = at
        && !vocab.is_empty()
        && !vocab.contains(v)
    {
        return (
            codes::BAD_VALUE,
            pointer,
            format!(
                "unknown value \"{}\"; expected one of: {}",
                shorten(v, 60),
                list(&vocab)
            ),
        );
    }
    if let Some(code) = special {
        return (code, pointer, clean(parser_message));
    }
    if let Value::Array(items) = at
        && let Some(min) = s.get("minItems").and_then(Value::as_u64)
        && (items.len() as u64) < min
    {
        return (
            codes::WRONG_TYPE,
            pointer,
            format!("expected at least {min} element(s)"),
        );
    }
    if let Value::Number(_) = at {
        return (
            codes::BAD_VALUE,
            pointer,
            "the number is out of range".into(),
        );
    }
    (codes::SHAPE, pointer, clean(parser_message))
}

/// A parser's message, safe to show: control characters escaped, cut.
fn clean(msg: &str) -> String {
    shorten(&styrdok_core::vocab::humanize_serde_message(msg), 200)
}
