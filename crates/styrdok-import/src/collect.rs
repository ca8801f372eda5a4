//! Candidate values for the draft's single-valued fields, and how the
//! importer chooses among them.
//!
//! Every recognizer proposes candidates with a source (original lines), a
//! confidence and a rule id. For each field the candidate with the highest
//! confidence wins (the earlier one on ties). When candidates with different
//! values exist, the field keeps the winner, its confidence is capped at
//! [`CONFLICT_CONFIDENCE`], and a [`Conflict`] lists every value with where
//! it was read.

use serde::Serialize;
use styrdok_core::text::fold;

use crate::draft::{Conflict, ConflictCandidate, FieldProvenance};
use crate::pre::Prepared;

/// The confidence a field keeps when the text contradicts itself.
pub(crate) const CONFLICT_CONFIDENCE: f64 = 0.5;

/// Where a candidate was read.
#[derive(Debug, Clone)]
pub(crate) struct Src {
    /// First original line (0-based).
    pub(crate) start: usize,
    /// Last original line (0-based).
    pub(crate) end: usize,
    /// Confidence, 0–1.
    pub(crate) confidence: f64,
    /// The rule id.
    pub(crate) rule: &'static str,
}

impl Src {
    /// A source.
    pub(crate) fn new(span: (usize, usize), confidence: f64, rule: &'static str) -> Self {
        debug_assert!(
            crate::rules::RULES.iter().any(|r| r.id == rule),
            "rule {rule} is not in the registry (rules.rs)"
        );
        Src {
            start: span.0,
            end: span.1,
            confidence,
            rule,
        }
    }
    /// The provenance record.
    pub(crate) fn provenance(&self, p: &Prepared<'_>) -> FieldProvenance {
        let (lines, text) = p.source(self.start, self.end);
        FieldProvenance {
            lines,
            text,
            confidence: self.confidence,
            rule: self.rule.to_owned(),
        }
    }
}

/// The candidates for one field.
#[derive(Debug)]
pub(crate) struct Cands<T> {
    items: Vec<(T, Src)>,
}

impl<T> Default for Cands<T> {
    fn default() -> Self {
        Cands { items: Vec::new() }
    }
}

impl<T: Serialize + Clone> Cands<T> {
    /// Proposes a value.
    pub(crate) fn push(&mut self, value: T, src: Src) {
        self.items.push((value, src));
    }
    /// The best value so far, without consuming the candidates.
    /// Keeps the candidates for which `keep` says yes, given all values.
    pub(crate) fn retain_given_all(&mut self, keep: impl Fn(&T, &[&T]) -> bool) {
        let all: Vec<T> = self.items.iter().map(|(t, _)| t.clone()).collect();
        let refs: Vec<&T> = all.iter().collect();
        self.items.retain(|(t, _)| keep(t, &refs));
    }

    /// Among the most confident candidates, when they differ, raises the
    /// one whose source overlaps the original lines of `src` just above the
    /// others (the conflict is still reported): a tie broken by where the
    /// value stands. Lines compare as the original text has them (the
    /// label segmenter may have split one line in several). Nothing changes
    /// when none or several of them overlap.
    pub(crate) fn prefer_on_lines_of(&mut self, src: &Src, p: &Prepared<'_>) {
        let orig = |s: &Src| (p.orig_line(s.start), p.orig_line(s.end));
        let lines = orig(src);
        let Some(top) = self
            .items
            .iter()
            .map(|(_, s)| s.confidence)
            .reduce(f64::max)
        else {
            return;
        };
        let tied: Vec<usize> = (0..self.items.len())
            .filter(|&i| self.items.get(i).is_some_and(|(_, s)| s.confidence >= top))
            .collect();
        let on: Vec<usize> = tied
            .iter()
            .copied()
            .filter(|&i| {
                self.items.get(i).is_some_and(|(_, s)| {
                    let (a, b) = orig(s);
                    a <= lines.1 && lines.0 <= b
                })
            })
            .collect();
        if tied.len() > 1
            && let [i] = on.as_slice()
            && let Some((_, s)) = self.items.get_mut(*i)
        {
            s.confidence = (s.confidence + 0.001).min(1.0);
        }
    }

    /// The most confident candidate with its source, unresolved.
    pub(crate) fn best_src(&self) -> Option<(&T, &Src)> {
        self.items
            .iter()
            .reduce(|a, b| {
                if b.1.confidence > a.1.confidence {
                    b
                } else {
                    a
                }
            })
            .map(|(t, s)| (t, s))
    }

    pub(crate) fn best(&self, p: &Prepared<'_>) -> Option<(T, FieldProvenance)> {
        self.best_src()
            .map(|(v, src)| (v.clone(), src.provenance(p)))
    }
    /// Chooses: the value, its provenance, and a conflict if the values
    /// differ. Values compare by their JSON with strings folded.
    pub(crate) fn resolve(
        self,
        field: &str,
        p: &Prepared<'_>,
    ) -> Option<(T, FieldProvenance, Option<Conflict>)> {
        let key = |v: &T| fold_json(serde_json::to_value(v).unwrap_or_default());
        // The most confident candidate; the earlier one on ties.
        let mut best: Option<(usize, f64)> = None;
        for (i, (_, s)) in self.items.iter().enumerate() {
            if best.is_none_or(|(_, c)| s.confidence > c) {
                best = Some((i, s.confidence));
            }
        }
        let (b, _) = best?;
        let (_, best_src) = self.items.get(b)?;
        let mut distinct: Vec<(serde_json::Value, usize)> = Vec::new();
        for (i, (v, _)) in self.items.iter().enumerate() {
            let k = key(v);
            if !distinct.iter().any(|(d, _)| *d == k) {
                distinct.push((k, i));
            }
        }
        let mut prov = best_src.provenance(p);
        let conflict = if distinct.len() > 1 {
            prov.confidence = prov.confidence.min(CONFLICT_CONFIDENCE);
            Some(Conflict {
                field: field.to_owned(),
                candidates: distinct
                    .iter()
                    .filter_map(|(_, i)| self.items.get(*i))
                    .map(|(v, src)| ConflictCandidate {
                        value: serde_json::to_value(v).unwrap_or_default(),
                        source: src.provenance(p),
                    })
                    .collect(),
            })
        } else {
            None
        };
        let value = self.items.into_iter().nth(b).map(|(v, _)| v)?;
        Some((value, prov, conflict))
    }
}

/// A JSON value with every string folded (and `members` dropped), for
/// comparing values written differently.
fn fold_json(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::String(s) => Value::String(fold(&s)),
        Value::Array(a) => Value::Array(a.into_iter().map(fold_json).collect()),
        Value::Object(o) => Value::Object(
            o.into_iter()
                .filter(|(k, _)| k != "members" && k != "as_written")
                .map(|(k, v)| (k, fold_json(v)))
                .collect(),
        ),
        other => other,
    }
}

/// Every single-valued field's candidates, plus what metadata recognizers
/// share with the others.
#[derive(Debug, Default)]
pub(crate) struct Fields {
    /// Title from a metadata label ("Dokumentnamn").
    pub(crate) title: Cands<String>,
    /// Kind (with the word as written).
    pub(crate) kind: Cands<styrdok_core::DocumentKind>,
    /// The kind word as written, parallel to `kind` by source line.
    pub(crate) kind_words: Vec<(usize, String)>,
    /// Adopting body.
    pub(crate) adopted_by: Cands<crate::draft::BodyRef>,
    /// Decision date.
    pub(crate) decision_date: Cands<styrdok_core::PartialDate>,
    /// Paragraph of the minutes.
    pub(crate) decision_paragraph: Cands<String>,
    /// Own dnr.
    pub(crate) dnr: Cands<String>,
    /// Validity.
    pub(crate) validity: Cands<crate::draft::Validity>,
    /// Owner.
    pub(crate) owner: Cands<crate::draft::BodyRef>,
    /// Review.
    pub(crate) review: Cands<crate::draft::Review>,
    /// Page update date.
    pub(crate) last_updated: Cands<styrdok_core::PartialDate>,
    /// Antagen till följd av lag.
    pub(crate) required_by_law: Cands<bool>,
    /// Metadata as written.
    pub(crate) metadata_as_written: std::collections::BTreeMap<String, String>,
    /// Values of "Ersätter"/"Upphäver" metadata labels: (relation kind,
    /// value, source line).
    pub(crate) relation_values: Vec<(crate::draft::RelationKind, String, usize)>,
}
