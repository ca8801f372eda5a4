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
        // A truth that writes a review as its words alone (`"review": "en
        // gång per mandatperiod"`, blind71): the words as written.
        (Value::Object(o), Value::String(_)) if o.contains_key("as_written") => {
            o.get("as_written").cloned().unwrap_or(Value::Null)
        }
        _ => v.clone(),
    }
}

/// A body's name without its organisation written after it (`Miljö- och
/// byggnämnden i Vetlanda kommun` → `Miljö- och byggnämnden`), in the
/// prediction and the truth alike: the register resolves both to the same
/// body, and the truths write it either way (Vetlanda `blind154/` with it,
/// Borgholm `blind23/` without).
fn without_organisation(mut v: Value) -> Value {
    if let Some(name) = v.get("name").and_then(Value::as_str)
        && let Some(head) = styrdok_core::BodyKind::name_without_organisation(name)
    {
        let head = head.to_owned();
        v["name"] = Value::String(head);
    }
    v
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

/// The target facts a relation's truth and prediction are compared on by
/// [`relation_identified`]: scalar facts, then the sections.
const TARGET_FACTS: [&str; 5] = ["title", "dnr", "date", "kind", "quantifier"];

/// The normalized candidate titles of a target (`{quantifier, candidates}`).
fn candidate_titles(t: &Value) -> Vec<Value> {
    t["candidates"]
        .as_array()
        .map(|c| {
            c.iter()
                .map(|x| {
                    if x.is_string() {
                        norm_value(x)
                    } else {
                        norm_value(&x["title"])
                    }
                })
                .filter(|x| !x.is_null())
                .collect()
        })
        .unwrap_or_default()
}

/// The second, lenient relation measure, "found (kind right, target
/// identified)": the relation's kind and `announced` equal the truth's, and
///
/// - the target is **identified** by at least one stated identifying fact
///   equal to the truth's (normalized as [`norm`]): the title, or the
///   diarienummer, or the date together with the target's kind, or (for a
///   `{quantifier, candidates}` target) the quantifier with at least one
///   candidate title in common; and
/// - **no stated fact contradicts** it: none of title, dnr, date, kind,
///   quantifier, sections is stated by both with different values (a fact
///   only one side states is no contradiction).
///
/// A relation the strict key ([`relation_key`]: every stated target field
/// equal) matches is always identified too, so this measure is never below
/// the strict one; a target stated only as a description is matched by the
/// strict key alone.
pub(crate) fn relation_identified(pred: &Value, truth: &Value) -> bool {
    if relation_key(pred) == relation_key(truth) {
        return true;
    }
    if pred["kind"] != truth["kind"] || pred["announced"] != truth["announced"] {
        return false;
    }
    let (p, t) = (&pred["target"], &truth["target"]);
    let fact = |v: &Value, f: &str| Some(norm_value(&v[f])).filter(|x| !x.is_null());
    let contradicts = TARGET_FACTS
        .iter()
        .any(|f| matches!((fact(p, f), fact(t, f)), (Some(a), Some(b)) if a != b))
        || matches!(
            (p["sections"].as_array(), t["sections"].as_array()),
            (Some(a), Some(b)) if !a.is_empty() && !b.is_empty() && a != b
        );
    if contradicts {
        return false;
    }
    let same = |f: &str| fact(p, f).is_some() && fact(p, f) == fact(t, f);
    let (pc, tc) = (candidate_titles(p), candidate_titles(t));
    same("title")
        || same("dnr")
        || (same("date") && same("kind"))
        || (same("quantifier") && pc.iter().any(|c| tc.contains(c)))
}

/// Words naming an organisation's kind, in the forms a title writes them.
const ORG_WORDS: [&str; 13] = [
    "kommun",
    "kommuns",
    "stad",
    "stads",
    "region",
    "regions",
    "regionen",
    "landsting",
    "landstings",
    "landstinget",
    "landstingets",
    "kommunkoncern",
    "kommunkoncernen",
];

/// A title's words with the organisation's name taken out, case and
/// punctuation aside: `<name> kommuns|stads …` (a possessive), `i|för|inom
/// <one to three words> kommun|stad|region|landsting` and a bare `<name>
/// kommun` (a separate organisation line) are dropped. The second, lenient
/// title measure compares these; the strict measure stays [`norm`].
pub(crate) fn title_without_organisation(t: &str) -> Vec<String> {
    let ws: Vec<String> = fold(t)
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .map(|w| w.trim_matches('-').to_owned())
        .filter(|w| !w.is_empty())
        .collect();
    let is_org = |w: &str| ORG_WORDS.contains(&w);
    let is_prep = |w: &str| ["i", "for", "inom"].contains(&w);
    let mut drop = vec![false; ws.len()];
    for (i, w) in ws.iter().enumerate() {
        if !is_org(w) {
            continue;
        }
        drop[i] = true;
        let before = i.checked_sub(1).filter(|&k| !is_org(&ws[k]));
        if ["region", "regionen", "landstinget"].contains(&w.as_str())
            && before.is_none_or(|k| is_prep(&ws[k]))
            && i + 1 < ws.len()
        {
            // `inom Region Norrby`: the name after the kind word.
            drop[i + 1] = true;
            if let Some(k) = before {
                drop[k] = true;
            }
            continue;
        }
        // `i Upplands Väsby kommun`: up to three name words back to the
        // preposition; without one, the name is the word before.
        let prep = (1..=4)
            .filter_map(|n| i.checked_sub(n))
            .find(|&k| is_prep(&ws[k]));
        let from = prep.or(before).unwrap_or(i);
        for d in drop.iter_mut().take(i).skip(from) {
            *d = true;
        }
    }
    ws.into_iter()
        .zip(drop)
        .filter(|(_, d)| !d)
        .map(|(w, _)| w)
        .collect()
}

/// The lenient title measure: equal once the organisation's name and case
/// are set aside ([`title_without_organisation`]); a title that is only the
/// organisation's name never matches.
pub(crate) fn title_equal_lenient(pred: &str, truth: &str) -> bool {
    let (p, t) = (
        title_without_organisation(pred),
        title_without_organisation(truth),
    );
    !t.is_empty() && p == t
}

/// Pairs predicted relations with truth relations by the strict key first,
/// then by [`relation_identified`], each truth relation used once: the
/// lenient measure's counts.
pub(crate) fn relations_identified(pred: &[Value], truth: &[Value]) -> Counts {
    let mut left: Vec<&Value> = truth.iter().collect();
    let mut unmatched: Vec<&Value> = Vec::new();
    for p in pred {
        let key = relation_key(p);
        match left.iter().position(|t| relation_key(t) == key) {
            Some(i) => {
                left.remove(i);
            }
            None => unmatched.push(p),
        }
    }
    let mut fp = 0;
    for p in unmatched {
        match left.iter().position(|t| relation_identified(p, t)) {
            Some(i) => {
                left.remove(i);
            }
            None => fp += 1,
        }
    }
    let fn_ = left.len() as u32;
    Counts {
        tp: truth.len() as u32 - fn_,
        fp,
        fn_,
    }
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
        let p = norm_value(&without_organisation(predicted_scalar(&d, truth, f)));
        let t = norm_value(&without_organisation(truth_scalar(truth, f)));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(kind: &str, target: Value) -> Value {
        json!({"kind": kind, "announced": false, "target": target})
    }

    #[test]
    fn a_body_with_or_without_its_organisation_is_the_same() {
        let with = json!({"name": "Miljö- och byggnämnden i Vetlanda kommun", "kind": "namnd"});
        let without = json!({"name": "Miljö- och byggnämnden", "kind": "namnd"});
        assert_eq!(
            norm_value(&without_organisation(with)),
            norm_value(&without_organisation(without))
        );
        let other = json!({"name": "Socialnämnden i Vetlanda kommun", "kind": "namnd"});
        assert_ne!(
            norm_value(&without_organisation(other)),
            norm_value(&without_organisation(
                json!({"name": "Miljö- och byggnämnden"})
            ))
        );
    }

    #[test]
    fn the_lenient_title_measure() {
        for (a, b) in [
            (
                "Riktlinjer för inköp i Norrby kommun",
                "Riktlinjer för inköp",
            ),
            (
                "Norrby kommuns riktlinjer för inköp",
                "RIKTLINJER FÖR INKÖP",
            ),
            ("Plan för arkiv för Norrby kommun", "Plan för arkiv"),
            ("Biblioteksplan Norrby kommun", "Biblioteksplan"),
            (
                "Policy för personal inom Region Norrby",
                "Policy för personal",
            ),
        ] {
            assert!(title_equal_lenient(a, b), "{a} / {b}");
            assert!(title_equal_lenient(b, a), "{b} / {a}");
        }
        // Other words still count; the strict measure is untouched.
        assert!(!title_equal_lenient(
            "Riktlinjer för inköp 2020",
            "Riktlinjer för inköp"
        ));
        assert!(!title_equal_lenient("Policy för IT", "Riktlinjer för IT"));
        assert!(!title_equal_lenient("Norrby kommun", "Norrby kommun"));
        assert_ne!(
            norm("Riktlinjer för inköp i Norrby kommun"),
            norm("Riktlinjer för inköp")
        );
    }

    #[test]
    fn the_lenient_relation_measure() {
        let truth = rel(
            "replaces",
            json!({"title": "Policy för X", "date": "2015-03-12"}),
        );
        // Title right, the date left out: identified, not strictly equal.
        let partial = rel("replaces", json!({"title": "Policy för X"}));
        assert!(relation_identified(&partial, &truth));
        assert_ne!(relation_key(&partial), relation_key(&truth));
        // A contradicting date, a wrong kind, a title with a word more: not.
        let other_date = rel(
            "replaces",
            json!({"title": "Policy för X", "date": "2016-01-01"}),
        );
        assert!(!relation_identified(&other_date, &truth));
        let kind = rel("repeals", json!({"title": "Policy för X"}));
        assert!(!relation_identified(&kind, &truth));
        let longer = rel("replaces", json!({"title": "Policy för X kommun"}));
        assert!(!relation_identified(&longer, &truth));
        // The date with the target's kind identifies.
        let t2 = rel(
            "replaces",
            json!({"kind": "policy", "date": "2015-03-12", "dnr": "KS 2015/1"}),
        );
        let p2 = rel("replaces", json!({"kind": "policy", "date": "2015-03-12"}));
        assert!(relation_identified(&p2, &t2));
        // A description alone is matched only by the strict key.
        let t3 = rel("complemented_by", json!({"description": "lokala rutiner"}));
        let p3 = rel("complemented_by", json!({"title": "Lokala rutiner"}));
        assert!(!relation_identified(&p3, &t3));
        assert_eq!(
            relations_identified(&[partial, p3], &[truth, t3]),
            Counts {
                tp: 1,
                fp: 1,
                fn_: 1
            }
        );
    }
}
