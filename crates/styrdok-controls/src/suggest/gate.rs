//! The gate: does a statement have information-security content at all?
//!
//! A statement passes when at least one *cue* of the gate list
//! (`lexicon/sv-gate.csv`) matches it: words that name information as an
//! asset, its protection, or the IT, records and personal data it lives in
//! (`informationssäkerhet`, `lösenord`, `personuppgifter`, `e-post`,
//! `behörighet`, `gallras` …). A governance sentence with none
//! ("Kommunstyrelsen ska följa upp policyn", "Upphandling ska planeras i god
//! tid") gets no suggestion, however many generic lexicon words (`ansvar`,
//! `följa upp`, `upphandling`, `lag`) it has. A row marked `stop` takes its
//! words out of play the way a longer phrase beats a shorter one
//! (`information till allmänheten` is public communication, not an asset).
//! A row marked `veto` closes the gate for the sentence it matches in,
//! whatever cues that sentence has (the other sentences of a statement keep
//! theirs; a statement of one sentence closes): a
//! sentence about a document's own scope ("Riktlinjerna gäller för alla
//! anställda", "Denna instruktion vänder sig till …") names who it applies
//! to, not a control; so does a sentence about equipment as property
//! (pawning, damages, ownership, the loan period) or about the secrecy
//! review of a request for a public document. A row marked `strong` is a
//! cue whose evidence is decisive: with the learned parts, a statement with
//! one passes even where the learned gate-opener and ranker would close it
//! (rows whose sentences the spent sets label with a control in several
//! organisations and never `[]`). Tokens match as in the lexicon.

use crate::ControlsError;
use crate::table::Table;

use super::Trigger;
use super::lexicon::{Pattern, TokenPat, pattern_rows};
use super::words::{Hit, Word, kept_hits};

/// What a gate row does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Marks information-security content.
    Cue,
    /// Marks it decisively: the learned parts do not close the gate.
    Strong,
    /// Takes its words out of play (a non-security sense).
    Stop,
    /// Closes the gate: the statement is about a document's own scope, or
    /// another subject with no information-security content.
    Veto,
}

/// One gate row.
#[derive(Debug, Clone, PartialEq)]
struct GateEntry {
    pattern: String,
    parsed: Pattern,
    kind: Kind,
}

/// The list of cues that mark information-security content.
#[derive(Debug, Clone, PartialEq)]
pub struct Gate {
    entries: Vec<GateEntry>,
}

const GATE_SV: &str = include_str!("../../lexicon/sv-gate.csv");

impl Gate {
    /// The built-in Swedish gate list.
    ///
    /// # Errors
    ///
    /// `ControlsError::Csv` when the embedded gate list fails to parse (see
    /// [`Gate::parse`]). Only a broken build of the embedded data can fail.
    pub fn builtin() -> Result<Self, ControlsError> {
        Self::parse("lexicon/sv-gate.csv", GATE_SV)
    }

    /// Parses a gate CSV (`pattern,kind,note`, kind `cue`, `strong`, `stop` or `veto`). Rows
    /// whose pattern starts with `#` are comments.
    ///
    /// # Errors
    ///
    /// `ControlsError::Csv` (naming `name` and the line) when the CSV cannot
    /// be read or lacks the `pattern` or `kind` column, or a row is invalid:
    /// its pattern is not folded or has an empty part, or its kind is not
    /// `cue`, `strong`, `stop` or `veto`.
    pub fn parse(name: &str, text: &str) -> Result<Self, ControlsError> {
        let t = Table::parse(name, text, &["pattern", "kind"])?;
        let mut entries = Vec::new();
        for item in pattern_rows(&t) {
            let (row, pattern, parsed) = item?;
            let kind = match row.get("kind") {
                "cue" => Kind::Cue,
                "strong" => Kind::Strong,
                "stop" => Kind::Stop,
                "veto" => Kind::Veto,
                other => {
                    return Err(row.error(format!(
                        "kind {other:?} is not \"cue\", \"strong\", \"stop\" or \"veto\""
                    )));
                }
            };
            entries.push(GateEntry {
                pattern: pattern.to_owned(),
                parsed,
                kind,
            });
        }
        Ok(Gate { entries })
    }

    /// A gate that lets everything through (no cue needed).
    pub fn open() -> Self {
        Gate {
            entries: vec![GateEntry {
                pattern: "*".to_owned(),
                parsed: Pattern {
                    phrase: vec![TokenPat::parse("*")],
                    also: Vec::new(),
                },
                kind: Kind::Cue,
            }],
        }
    }

    /// The cues of `text`, in text order (empty when the statement has
    /// none), or `None` when a veto row matches (a document's own scope,
    /// equipment as property, a public-access request).
    pub fn check(&self, text: &str) -> Option<Vec<Trigger>> {
        self.cues(text, &super::words::words(text))
    }

    /// Whether a row marked `strong` matches `text` (whichever row a longer
    /// or overlapping match kept among [`Gate::check`]'s cues): decisive
    /// evidence the learned parts do not overrule. A veto still closes the
    /// gate.
    pub fn has_strong_cue(&self, text: &str) -> bool {
        self.strong_in(&super::words::words(text))
    }

    /// [`Gate::has_strong_cue`] on the words of a text.
    pub(crate) fn strong_in(&self, ws: &[Word]) -> bool {
        let strong: Vec<&Pattern> = self
            .entries
            .iter()
            .filter(|e| e.kind == Kind::Strong)
            .map(|e| &e.parsed)
            .collect();
        !kept_hits(&strong, ws).is_empty()
    }

    /// [`Gate::check`] on the words of `text`.
    pub(crate) fn cues(&self, text: &str, ws: &[Word]) -> Option<Vec<Trigger>> {
        let patterns: Vec<&Pattern> = self.entries.iter().map(|e| &e.parsed).collect();
        let hits = kept_hits(&patterns, ws);
        let kind = |p: usize| self.entries.get(p).map(|e| e.kind);
        // A veto closes the sentences it matches in: a statement of several
        // sentences keeps the cues of the others (`Analoga handlingar ska
        // förvaras i en godkänd arkivlokal … Samråd med Regionarkivet ska
        // ske innan …`, Region Stockholm: the consultation is vetoed, the
        // archive premises are not). A statement of one sentence closes.
        let sentence = sentence_of_words(text, ws);
        // The sentences a hit spans, first to last.
        let span = |h: &Hit| {
            let at = |i: usize| sentence.get(i).copied().unwrap_or(0);
            at(h.first)..=at(h.last)
        };
        let vetoed: Vec<usize> = hits
            .iter()
            .filter(|h| kind(h.pattern) == Some(Kind::Veto))
            .flat_map(span)
            .collect();
        let in_vetoed = |h: &Hit| span(h).any(|k| vetoed.contains(&k));
        let is_cue = |h: &Hit| matches!(kind(h.pattern), Some(Kind::Cue | Kind::Strong));
        if !vetoed.is_empty() && !hits.iter().any(|h| is_cue(h) && !in_vetoed(h)) {
            return None;
        }
        let mut out: Vec<Trigger> = hits
            .into_iter()
            .filter_map(|h| {
                let e = self.entries.get(h.pattern)?;
                if !matches!(e.kind, Kind::Cue | Kind::Strong) || in_vetoed(&h) {
                    return None;
                }
                let (a, b) = (ws.get(h.first)?, ws.get(h.last)?);
                Some(Trigger {
                    text: text.get(a.start..b.end)?.to_owned(),
                    start: a.start,
                    end: b.end,
                    pattern: e.pattern.clone(),
                    context: None,
                })
            })
            .collect();
        out.sort_by(|a, b| (a.start, a.end, &a.pattern).cmp(&(b.start, b.end, &b.pattern)));
        out.dedup_by(|a, b| (a.start, a.end) == (b.start, b.end));
        Some(out)
    }
}

/// The sentence index of each word of `text`: a new sentence begins after
/// a word followed by `.`, `!` or `?` and whitespace.
fn sentence_of_words(text: &str, ws: &[Word]) -> Vec<usize> {
    let mut out = Vec::with_capacity(ws.len());
    let mut k = 0;
    for (i, w) in ws.iter().enumerate() {
        out.push(k);
        let gap = ws
            .get(i + 1)
            .and_then(|n| text.get(w.end..n.start))
            .unwrap_or("");
        if gap.trim_start().starts_with(['.', '!', '?']) && gap.ends_with(char::is_whitespace) {
            k += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A veto closes its own sentence; the cues of another sentence of the
    /// same statement remain (invented wording after Region Stockholm).
    #[test]
    fn a_veto_closes_only_its_sentence() {
        let g = Gate::parse(
            "test",
            "pattern,kind,note\narkivlokal*,cue,\nsamrad* & *arkiv*,veto,\n",
        )
        .expect("gate");
        let one = "Samråd med stadsarkivet ska ske innan en arkivlokal byggs.";
        assert!(g.check(one).is_none());
        let two = "Handlingar ska förvaras i en arkivlokal. Samråd med stadsarkivet ska ske innan en ny byggs.";
        let cues = g.check(two).expect("open");
        assert_eq!(cues.len(), 1);
        assert_eq!(cues.first().map(|c| c.text.as_str()), Some("arkivlokal"));
        let both =
            "Samråd med stadsarkivet ska ske. Arkivlokalen ska byggas efter samråd med arkivet.";
        assert!(g.check(both).is_none());
    }
}
