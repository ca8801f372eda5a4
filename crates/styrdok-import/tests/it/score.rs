//! Field-level precision and recall of drafts against a ground truth.

use std::collections::BTreeMap;

use serde_json::{Value, json};
use styrdok_core::text::fold;
use styrdok_import::ImportDraft;

/// Scalar fields scored.
pub(crate) const SCALARS: [&str; 12] = [
    "kind",
    "title",
    "adopted_by",
    "decision_date",
    "decision_paragraph",
    "dnr",
    "validity",
    "owner",
    "review",
    "last_updated",
    "required_by_law",
    "print_stage",
];

/// True/false positives and false negatives of one field.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub(crate) struct Counts {
    pub(crate) tp: u32,
    pub(crate) fp: u32,
    pub(crate) fn_: u32,
}

impl Counts {
    pub(crate) fn precision(&self) -> Option<f64> {
        let d = self.tp + self.fp;
        (d > 0).then(|| f64::from(self.tp) / f64::from(d))
    }
    pub(crate) fn recall(&self) -> Option<f64> {
        let d = self.tp + self.fn_;
        (d > 0).then(|| f64::from(self.tp) / f64::from(d))
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

/// Normalizes a string for comparison: folded, punctuation trimmed.
pub(crate) fn norm(s: &str) -> String {
    fold(s)
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}

fn norm_value(v: &Value) -> Value {
    match v {
        Value::String(s) => Value::String(norm(s)),
        Value::Array(a) => Value::Array(a.iter().map(norm_value).collect()),
        Value::Object(o) => {
            Value::Object(o.iter().map(|(k, v)| (k.clone(), norm_value(v))).collect())
        }
        other => other.clone(),
    }
}

/// The comparable form of a predicted scalar field, shaped like the truth.
/// An object-valued field compares only the keys the truth gives (the
/// seeds' truth gives `name`/`kind` for bodies, `as_written` and
/// `until_further_notice` for validity, `as_written` for review).
fn predicted_scalar(d: &Value, t: &Value, field: &str) -> Value {
    let v = &d[field];
    match (v, &t[field]) {
        (Value::Object(o), Value::Object(keys)) => Value::Object(
            keys.keys()
                .map(|k| (k.clone(), o.get(k).cloned().unwrap_or(Value::Null)))
                .collect(),
        ),
        _ => v.clone(),
    }
}

fn truth_scalar(t: &Value, field: &str) -> Value {
    t[field].clone()
}

fn relation_key(r: &Value) -> Value {
    let t = &r["target"];
    let mut key = serde_json::Map::new();
    key.insert("kind".into(), r["kind"].clone());
    key.insert("announced".into(), r["announced"].clone());
    for f in ["title", "dnr", "date", "kind", "quantifier"] {
        if !t[f].is_null() {
            key.insert(format!("target.{f}"), norm_value(&t[f]));
        }
    }
    if let Some(s) = t["sections"].as_array().filter(|a| !a.is_empty()) {
        key.insert("target.sections".into(), Value::Array(s.clone()));
    }
    if let Some(c) = t["candidates"].as_array().filter(|a| !a.is_empty()) {
        let titles: Vec<Value> = c
            .iter()
            .map(|x| {
                if x.is_string() {
                    norm_value(x)
                } else {
                    norm_value(&x["title"])
                }
            })
            .collect();
        key.insert("target.candidates".into(), Value::Array(titles));
    }
    Value::Object(key)
}

fn duty_key(d: &Value) -> Value {
    let body = if d["body"].is_string() {
        &d["body"]
    } else {
        &d["body"]["name"]
    };
    json!([norm_value(body), norm_value(&d["text"])])
}

fn section_key(s: &Value) -> Value {
    json!([s["number"], norm_value(&s["heading"])])
}

fn list_counts(pred: &[Value], truth: &[Value]) -> (Counts, Vec<Value>, Vec<Value>) {
    let mut remaining: Vec<Value> = truth.to_vec();
    let mut c = Counts::default();
    let mut extra = Vec::new();
    for p in pred {
        if let Some(i) = remaining.iter().position(|t| t == p) {
            remaining.remove(i);
            c.tp += 1;
        } else {
            c.fp += 1;
            extra.push(p.clone());
        }
    }
    c.fn_ = remaining.len() as u32;
    (c, extra, remaining)
}

type KeyFn = fn(&Value) -> Value;

/// One document's comparison.
#[derive(Debug, Default)]
pub(crate) struct Report {
    pub(crate) fields: BTreeMap<String, Counts>,
    pub(crate) mismatches: Vec<String>,
}

impl Report {
    pub(crate) fn merge(&mut self, o: &Report) {
        for (k, v) in &o.fields {
            self.fields.entry(k.clone()).or_default().add(*v);
        }
        self.mismatches.extend(o.mismatches.iter().cloned());
    }
    /// Prints the per-field table (Markdown) and the mismatches.
    pub(crate) fn print(&self) {
        let pct = |x: Option<f64>| x.map_or_else(|| "n/a".into(), |v| format!("{v:.3}"));
        let row = |name: &str, c: &Counts| {
            println!(
                "| {name} | {} | {} | {} | {} | {} |",
                c.tp,
                c.fp,
                c.fn_,
                pct(c.precision()),
                pct(c.recall())
            );
        };
        println!("| field | tp | fp | fn | precision | recall |");
        println!("|---|---:|---:|---:|---:|---:|");
        for (f, c) in &self.fields {
            row(f, c);
        }
        row("**all**", &self.total());
        for m in &self.mismatches {
            println!("MISMATCH {m}");
        }
    }

    pub(crate) fn total(&self) -> Counts {
        let mut t = Counts::default();
        for v in self.fields.values() {
            t.add(*v);
        }
        t
    }
}

/// Compares a draft with its truth.
pub(crate) fn compare(name: &str, draft: &ImportDraft, truth: &Value) -> Report {
    let d = serde_json::to_value(draft).unwrap();
    let mut r = Report::default();
    for f in SCALARS {
        let p = norm_value(&predicted_scalar(&d, truth, f));
        let t = norm_value(&truth_scalar(truth, f));
        let mut c = Counts::default();
        if !p.is_null() && p == t {
            c.tp = 1;
        } else {
            if !p.is_null() {
                c.fp = 1;
            }
            if !t.is_null() {
                c.fn_ = 1;
            }
        }
        if c.tp == 0 && (c.fp > 0 || c.fn_ > 0) {
            r.mismatches
                .push(format!("{name} {f}: predicted {p}, truth {t}"));
        }
        r.fields.insert(f.to_owned(), c);
    }
    let lists: [(&str, KeyFn); 3] = [
        ("relations", relation_key),
        ("duties", duty_key),
        ("sections", section_key),
    ];
    for (f, key) in lists {
        // A truth without the list (the realistic set has no sections) does
        // not score it.
        let Some(truth) = truth[f].as_array() else {
            continue;
        };
        let pred: Vec<Value> = d[f].as_array().unwrap().iter().map(key).collect();
        let truth: Vec<Value> = truth.iter().map(key).collect();
        let (c, extra, missing) = list_counts(&pred, &truth);
        for e in extra {
            r.mismatches.push(format!("{name} {f} extra: {e}"));
        }
        for m in missing {
            r.mismatches.push(format!("{name} {f} missing: {m}"));
        }
        r.fields.insert(f.to_owned(), c);
    }
    r
}

/// Compares one key of an object-valued field (`adopted_by` → `kind`) like
/// a scalar, under the name `field.key`: the body's classified kind scored
/// apart from its name as written.
pub(crate) fn compare_key(
    name: &str,
    draft: &ImportDraft,
    truth: &Value,
    field: &str,
    key: &str,
) -> Report {
    let d = serde_json::to_value(draft).unwrap();
    let p = norm_value(&d[field][key]);
    let t = norm_value(&truth[field][key]);
    let f = format!("{field}.{key}");
    let mut c = Counts::default();
    if !p.is_null() && p == t {
        c.tp = 1;
    } else {
        c.fp = u32::from(!p.is_null());
        c.fn_ = u32::from(!t.is_null());
    }
    let mut r = Report::default();
    if c.tp == 0 && (c.fp > 0 || c.fn_ > 0) {
        r.mismatches
            .push(format!("{name} {f}: predicted {p}, truth {t}"));
    }
    r.fields.insert(f, c);
    r
}
