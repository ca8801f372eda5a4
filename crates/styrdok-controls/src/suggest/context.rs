//! A statement's context: the heading of the section it stands in and the
//! title of its document, read as weak, explained evidence.
//!
//! A sentence such as *De får också individuell pinkod* names no control
//! by itself; under the heading *Passerkort* in a *Riktlinje för
//! passerkort* it is about physical entry. [`ContextEvidence`] reads the
//! heading and the title with the same lexicon and gate list as the
//! sentence (one tokenizer, one lexicon), and [`ContextWeights`] says how
//! much each may count:
//!
//! * **ranking**: a control the heading (or the title) names adds its
//!   score times the part's weight to the same control of the sentence;
//!   a control only the context names may be suggested too, scored under
//!   [`MIN_SCORE`](super::MIN_SCORE) so the sentence's own words always
//!   rank first;
//! * **gate**: a heading or title with an information-security cue adds to
//!   the learned gate's evidence for a borderline sentence; a context with
//!   none (an archive, HR or environment document) takes from it.
//!
//! Every trigger read from the context says so ([`Trigger::context`]):
//! its span points into the heading or the title, not the sentence.

use std::collections::BTreeMap;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::gate::Gate;
use super::lexicon::Lexicon;
use super::words::words;
use super::{MIN_SCORE, Suggestion, Trigger, score};

/// Where a statement stands: its document's title and the heading of its
/// section, each `None` when unknown. The no-context form
/// ([`StatementContext::default`]) suggests exactly what
/// [`Suggester::suggest`](super::Suggester::suggest) does.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StatementContext {
    /// The title of the document (`Riktlinje för passerkort`).
    pub document_title: Option<String>,
    /// The heading of the section the statement stands in (`Lösenord`).
    pub section: Option<String>,
}

impl StatementContext {
    /// A context with the document's title `title` (an empty title is
    /// left out).
    #[must_use]
    pub fn with_document_title(mut self, title: &str) -> Self {
        self.document_title = Some(title.to_owned()).filter(|t| !t.trim().is_empty());
        self
    }

    /// A context with the section heading `heading` (an empty heading is
    /// left out).
    #[must_use]
    pub fn with_section(mut self, heading: &str) -> Self {
        self.section = Some(heading.to_owned()).filter(|t| !t.trim().is_empty());
        self
    }
}

/// The part of a statement's context a trigger was read from.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ContextPart {
    /// The heading of the section the statement stands in.
    SectionHeading,
    /// The title of the statement's document.
    DocumentTitle,
}

/// `section heading`, `document title`.
impl fmt::Display for ContextPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ContextPart::SectionHeading => "section heading",
            ContextPart::DocumentTitle => "document title",
        })
    }
}

/// How much a statement's context counts ([`CONTEXT_WEIGHTS`] is the
/// built-in choice, [`NO_CONTEXT`] ignores the context).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ContextWeights {
    /// The section heading's lexicon score of a control, times this, is
    /// added to the statement's score of that control.
    pub section: f64,
    /// The document title's lexicon score of a control, times this, is
    /// added to the statement's score of that control.
    pub document_title: f64,
    /// Whether a control only the context names may be suggested (scored
    /// as above, but under [`MIN_SCORE`], so after the statement's own).
    pub context_only: bool,
    /// Added to the learned gate's evidence (gate-opener probability plus
    /// the ranker's security share) where the heading or the title has an
    /// information-security cue of the gate list.
    pub security_context: f32,
    /// Taken from the learned gate's evidence where a heading or title is
    /// known and neither has such a cue.
    pub other_context: f32,
}

/// Context ignored: [`Suggester::suggest_in`](super::Suggester::suggest_in)
/// suggests what [`Suggester::suggest`](super::Suggester::suggest) does.
pub const NO_CONTEXT: ContextWeights = ContextWeights {
    section: 0.0,
    document_title: 0.0,
    context_only: false,
    security_context: 0.0,
    other_context: 0.0,
};

/// The built-in weights of a statement's context (chosen on the
/// development estimates, `docs/suggestions.md`, "Twelfth pass").
///
/// The section heading names controls at half its lexicon score (0.25 to
/// 1 gave the same top 3 on every estimate: what counts is that a control
/// only the heading names is suggested, after the sentence's own); the
/// title names none (a title such as *Informationssäkerhetspolicy* is the
/// same for every sentence of a document: counted at 0.25, it gave more
/// `[]` sentences a suggestion and fewer hits). Both count for the gate:
/// ±0.2 (±0.1 and ±0.4 were tried; +0.4 alone found most, but gave more
/// `[]` sentences a suggestion).
pub const CONTEXT_WEIGHTS: ContextWeights = ContextWeights {
    section: 0.5,
    document_title: 0.0,
    context_only: true,
    security_context: 0.2,
    other_context: 0.2,
};

/// A context-only suggestion scores at most this (under [`MIN_SCORE`]).
const CONTEXT_ONLY_MAX: f64 = MIN_SCORE - 0.01;

/// What a statement's context says: the lexicon's controls for its
/// section heading and its document title, and whether each has an
/// information-security cue of the gate list.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContextEvidence {
    /// The lexicon's suggestions for each known part, triggers marked
    /// with the part.
    parts: Vec<(ContextPart, Vec<Suggestion>)>,
    /// Each known part's gate cues (empty: none; a veto counts as none).
    cues: Vec<(ContextPart, Vec<Trigger>)>,
}

impl ContextEvidence {
    /// Reads `context` with `lexicon` and `gate`.
    pub fn read(lexicon: &Lexicon, gate: &Gate, context: &StatementContext) -> Self {
        let mut evidence = ContextEvidence::default();
        for (part, text) in [
            (ContextPart::SectionHeading, &context.section),
            (ContextPart::DocumentTitle, &context.document_title),
        ] {
            let Some(text) = text else { continue };
            let ws = words(text);
            let mut found = score(lexicon, text, &ws);
            for s in &mut found {
                for t in &mut s.triggers {
                    t.context = Some(part);
                }
            }
            let mut cues = gate.cues(text, &ws).unwrap_or_default();
            for t in &mut cues {
                t.context = Some(part);
            }
            evidence.parts.push((part, found));
            evidence.cues.push((part, cues));
        }
        evidence
    }

    /// Whether no heading and no title is known.
    pub fn is_empty(&self) -> bool {
        self.cues.is_empty()
    }

    /// The information-security cues of the heading and the title.
    pub fn security_cues(&self) -> Vec<Trigger> {
        self.cues
            .iter()
            .flat_map(|(_, c)| c.iter().cloned())
            .collect()
    }

    /// What the context adds to the learned gate's evidence under
    /// `weights`: [`ContextWeights::security_context`] where a part has a
    /// cue, minus [`ContextWeights::other_context`] where parts are known
    /// and none has, 0 with no context.
    pub fn gate_shift(&self, weights: &ContextWeights) -> f32 {
        if self.is_empty() {
            0.0
        } else if self.cues.iter().any(|(_, c)| !c.is_empty()) {
            weights.security_context
        } else {
            -weights.other_context
        }
    }

    /// Adds the context's controls to `out` (the statement's own
    /// suggestions, best first) under `weights`: a control `out` has gains
    /// the part's score times the part's weight and the context's
    /// triggers; with [`ContextWeights::context_only`], a control only
    /// the context names joins scored so, at most just under
    /// [`MIN_SCORE`]; then `out` is sorted again, best first.
    pub fn add_to(&self, weights: &ContextWeights, out: &mut Vec<Suggestion>) {
        let mut only: BTreeMap<String, Suggestion> = BTreeMap::new();
        for (part, found) in &self.parts {
            let w = match part {
                ContextPart::SectionHeading => weights.section,
                ContextPart::DocumentTitle => weights.document_title,
            };
            if w <= 0.0 {
                continue;
            }
            for c in found {
                let add = c.score * w;
                if let Some(s) = out.iter_mut().find(|s| s.control == c.control) {
                    s.score = ((s.score + add) * 100.0).round() / 100.0;
                    s.triggers.extend(c.triggers.iter().cloned());
                } else if weights.context_only {
                    let s = only
                        .entry(c.control.to_string())
                        .or_insert_with(|| Suggestion {
                            control: c.control.clone(),
                            title: String::new(),
                            score: 0.0,
                            triggers: Vec::new(),
                        });
                    s.score += add;
                    s.triggers.extend(c.triggers.iter().cloned());
                }
            }
        }
        for (_, mut s) in only {
            s.score = (s.score.min(CONTEXT_ONLY_MAX) * 100.0).round() / 100.0;
            out.push(s);
        }
        out.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.control.cmp(&b.control))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weights() -> ContextWeights {
        ContextWeights {
            section: 0.5,
            document_title: 0.25,
            context_only: true,
            security_context: 0.2,
            other_context: 0.1,
        }
    }

    fn evidence(title: &str, heading: &str) -> ContextEvidence {
        ContextEvidence::read(
            &Lexicon::builtin().unwrap(),
            &Gate::builtin().unwrap(),
            &StatementContext::default()
                .with_document_title(title)
                .with_section(heading),
        )
    }

    #[test]
    fn a_heading_names_what_the_sentence_leaves_unsaid() {
        let mut out = Vec::new();
        evidence("", "Lösenord").add_to(&weights(), &mut out);
        let first = out.first().unwrap();
        assert_eq!(first.control.control(), "5.17");
        assert!(first.score < MIN_SCORE, "{first:?}");
        let t = first.triggers.first().unwrap();
        assert_eq!(t.context, Some(ContextPart::SectionHeading));
        assert_eq!(t.text, "Lösenord");
        assert!(
            first
                .to_string()
                .contains("\"Lösenord\" (from the section heading)"),
            "{first}"
        );
        // Not without context-only suggestions.
        let mut out = Vec::new();
        let only_boost = ContextWeights {
            context_only: false,
            ..weights()
        };
        evidence("", "Lösenord").add_to(&only_boost, &mut out);
        assert!(out.is_empty(), "{out:?}");
    }

    #[test]
    fn the_sentences_own_words_rank_first() {
        let lexicon = Lexicon::builtin().unwrap();
        let text = "Säkerhetskopiering sker varje natt.";
        let mut out = score(&lexicon, text, &words(text));
        let own = out.first().unwrap().control.clone();
        evidence("Riktlinje för lösenord", "Lösenord").add_to(&weights(), &mut out);
        assert_eq!(out.first().unwrap().control, own);
        let added = out.iter().find(|s| s.control.control() == "5.17").unwrap();
        assert!(added.score < MIN_SCORE);
        // Title and heading both count, each marked.
        let parts: Vec<Option<ContextPart>> = added.triggers.iter().map(|t| t.context).collect();
        assert!(
            parts.contains(&Some(ContextPart::SectionHeading)),
            "{parts:?}"
        );
        assert!(
            parts.contains(&Some(ContextPart::DocumentTitle)),
            "{parts:?}"
        );
        // A control the sentence names gains the heading's score.
        let mut out = score(
            &lexicon,
            "Lösenord ska hållas hemliga.",
            &words("Lösenord ska hållas hemliga."),
        );
        let before = out.first().unwrap().score;
        evidence("", "Lösenord").add_to(&weights(), &mut out);
        assert!(out.first().unwrap().score > before, "{out:?}");
    }

    #[test]
    fn the_gate_shift_follows_the_context() {
        let w = weights();
        assert_eq!(ContextEvidence::default().gate_shift(&w), 0.0);
        assert_eq!(
            evidence("Informationssäkerhetspolicy", "").gate_shift(&w),
            0.2
        );
        assert_eq!(evidence("Miljöpolicy", "Syfte").gate_shift(&w), -0.1);
        assert_eq!(
            evidence("Miljöpolicy", "Syfte").gate_shift(&NO_CONTEXT),
            0.0
        );
        let cues = evidence("Miljöpolicy", "Lösenord").security_cues();
        assert!(
            cues.iter()
                .all(|t| t.context == Some(ContextPart::SectionHeading)),
            "{cues:?}"
        );
        assert!(!cues.is_empty());
    }

    #[test]
    fn an_empty_title_or_heading_is_no_context() {
        let c = StatementContext::default()
            .with_document_title(" ")
            .with_section("");
        assert_eq!(c, StatementContext::default());
        assert!(evidence("", "").is_empty());
    }
}
