//! The labelled real statements the learned parts are trained from.
//!
//! Each set is a JSON file of `tests/data/` (`{"statements": [{"id",
//! "organisation", "lead_in", "text", "controls"}, …]}`, described in
//! `tests/data/README.md`): sentences taken word for word from public
//! documents of Swedish kommuner, regioner and agencies, each labelled with
//! the ISO/IEC 27001:2022 Annex A controls a careful reader links to it, or
//! `[]` (no information-security content). The sets listed in
//! [`TRAINING_SETS`] are built into the library; a blind set is never among
//! them (it measures new organisations and must stay unseen).

use std::collections::BTreeSet;
use std::sync::OnceLock;

use serde_json::Value;

use crate::ControlsError;

use super::StatementContext;

/// One labelled statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelledStatement {
    /// The statement's id in its set (`rs001`, `t3s012` …).
    pub id: String,
    /// The organisation whose document states it.
    pub organisation: String,
    /// The lead-in (for a bullet) and the sentence, joined by a space.
    pub text: String,
    /// Annex A control ids (`"5.17"`); empty: no information-security content.
    pub controls: BTreeSet<String>,
    /// Its document's title (`document`) and its section heading
    /// (`section`), where the set gives them.
    pub context: StatementContext,
}

/// The labelled sets built into the library, by file name: every real
/// set whose one blind run is spent (`real`, `blind2`, `blind3`, `blind4`,
/// `blind4b`) and the tuning sets (`tune3`, `tune4`, `tune5`). Never a
/// blind set that has not been run.
pub const TRAINING_SETS: [&str; 8] = [
    "real-statements.json",
    "blind2-statements.json",
    "tune3-statements.json",
    "blind3-statements.json",
    "tune4-statements.json",
    "blind4-statements.json",
    "blind4b-statements.json",
    "tune5-statements.json",
];

const EMBEDDED: [&str; 8] = [
    include_str!("../../tests/data/real-statements.json"),
    include_str!("../../tests/data/blind2-statements.json"),
    include_str!("../../tests/data/tune3-statements.json"),
    include_str!("../../tests/data/blind3-statements.json"),
    include_str!("../../tests/data/tune4-statements.json"),
    include_str!("../../tests/data/blind4-statements.json"),
    include_str!("../../tests/data/blind4b-statements.json"),
    include_str!("../../tests/data/tune5-statements.json"),
];

/// Parses one labelled set (`name` is used in errors); `document` and
/// `section`, where a statement has them, become its
/// [`LabelledStatement::context`].
///
/// # Errors
///
/// `ControlsError::Csv` (line 0) naming `name` and the statement when the JSON
/// cannot be read, has no `statements` array, or a statement lacks `id`,
/// `organisation`, `text` or a `controls` array of strings.
pub fn parse_labelled(name: &str, json: &str) -> Result<Vec<LabelledStatement>, ControlsError> {
    let err = |message: String| ControlsError::csv(name, 0, message);
    let v: Value = serde_json::from_str(json).map_err(|e| err(format!("not JSON: {e}")))?;
    let items = v
        .get("statements")
        .and_then(Value::as_array)
        .ok_or_else(|| err("no \"statements\" array".to_owned()))?;
    items
        .iter()
        .enumerate()
        .map(|(n, s)| {
            let field = |k: &str| {
                s.get(k)
                    .and_then(Value::as_str)
                    .ok_or_else(|| err(format!("statement {}: no string {k:?}", n + 1)))
            };
            let text = field("text")?;
            let text = match s.get("lead_in").and_then(Value::as_str) {
                Some(l) => format!("{l} {text}"),
                None => text.to_owned(),
            };
            let controls = s
                .get("controls")
                .and_then(Value::as_array)
                .and_then(|a| {
                    a.iter()
                        .map(|c| c.as_str().map(str::to_owned))
                        .collect::<Option<BTreeSet<String>>>()
                })
                .ok_or_else(|| err(format!("statement {}: no \"controls\" list", n + 1)))?;
            let mut context = StatementContext::default();
            if let Some(title) = s.get("document").and_then(Value::as_str) {
                context = context.with_document_title(title);
            }
            if let Some(heading) = s.get("section").and_then(Value::as_str) {
                context = context.with_section(heading);
            }
            Ok(LabelledStatement {
                id: field("id")?.to_owned(),
                organisation: field("organisation")?.to_owned(),
                text,
                controls,
                context,
            })
        })
        .collect()
}

/// The statements of every set in [`TRAINING_SETS`], in that order
/// (parsed once per process; a set that fails to parse, which only a
/// broken build can cause, is left out).
pub fn training_statements() -> &'static [LabelledStatement] {
    static ALL: OnceLock<Vec<LabelledStatement>> = OnceLock::new();
    ALL.get_or_init(|| {
        TRAINING_SETS
            .iter()
            .zip(EMBEDDED)
            .filter_map(|(name, json)| parse_labelled(name, json).ok())
            .flatten()
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_sets_parse() {
        for (name, json) in TRAINING_SETS.iter().zip(EMBEDDED) {
            let set = parse_labelled(name, json).unwrap();
            assert!(set.len() > 100, "{name}");
        }
        assert!(training_statements().iter().any(|s| s.controls.is_empty()));
    }

    #[test]
    fn a_broken_set_says_what_is_wrong() {
        let e = parse_labelled("x.json", "{\"statements\": [{\"id\": \"a\"}]}").unwrap_err();
        assert!(e.to_string().contains("x.json"), "{e}");
        assert!(e.to_string().contains("statement 1"), "{e}");
        assert!(parse_labelled("x.json", "[").is_err());
    }
}
