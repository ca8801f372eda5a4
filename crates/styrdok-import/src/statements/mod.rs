//! Statements: the normative sentences of a document, with their modality
//! (negation included), type, subject, section and the exact text, and
//! what they say about the document's scope and about what must be
//! created.
//!
//! A sentence is a statement when its main clause binds ([`reading`]): a
//! modal verb (`ska`, `skall`, `bör`, `får`, `måste`, `krävs`, `behöver`,
//! `har rätt att`, `ej tillåtet`), a responsibility phrase (`ansvarar för`,
//! `svarar för`, `är ansvarig`), a scope phrase (`gäller`, `omfattar`), a
//! goal (`syftar till`), an imperative that opens a user rule, or a binding
//! present tense (`utses`, `är arkivmyndighet`). A bullet under a lead-in
//! ending in a colon is a statement of its own with the lead-in's subject
//! and modality, also when extraction flattened the list into one
//! sentence ([`sentence::flattened_list`]). Two coordinated main clauses
//! with subjects and modal verbs of their own ("Alla incidenter ska
//! rapporteras och kontinuerlig uppföljning skall ske") are two
//! statements, since they need different controls.
//!
//! Every statement's text is a slice of its block's joined text: nothing is
//! rephrased.

mod cited;
mod names;
mod present;
mod reading;
mod requires;
mod scope;
pub(crate) mod sentence;
mod vision;

use crate::collect::Src;
use crate::draft::{Required, ScopeEntry, Statement, Target};
use crate::structure::{Unit, UnitKind, sentences};

use reading::{Binds, Reading, read, read_bullet};

/// What the statement scan found, each with its source.
#[derive(Debug, Default)]
pub(crate) struct Found {
    pub(crate) statements: Vec<(Statement, Src)>,
    pub(crate) scope: Vec<(ScopeEntry, Src)>,
    pub(crate) requires: Vec<(Required, Src)>,
    pub(crate) cited: Vec<(Target, Src)>,
}

/// One sentence (or clause, or list item) to emit.
struct Piece<'a> {
    unit: &'a Unit,
    /// Byte range in the unit's joined text.
    range: (usize, usize),
    reading: Reading,
    lead_in: Option<&'a str>,
    /// The lead-in's subject, for a list item.
    lead_subject: Option<String>,
    rule: &'static str,
}

impl<'a> Piece<'a> {
    /// A sentence read on its own: no lead-in, the rule its reading names.
    fn own(unit: &'a Unit, range: (usize, usize), reading: Reading) -> Self {
        Piece {
            unit,
            range,
            rule: rule_of(&reading),
            reading,
            lead_in: None,
            lead_subject: None,
        }
    }
}

/// The line (of [`crate::pre::Prepared::lines`]) where the input stops in
/// the middle of a sentence: the input's last line has text, no line break
/// after it and no full stop (or other sentence end) — an excerpt cut at a
/// fixed length ("… på ett så trafiksäkert s"). A file that ends its last
/// line normally ends with a line break.
pub(crate) fn cut_line(p: &crate::pre::Prepared<'_>) -> Option<usize> {
    let last = p.orig.last()?.trim_end();
    if last.is_empty() || last.ends_with(['.', '!', '?', ':', ';', ')', '"', '”']) {
        return None;
    }
    let orig = p.orig.len().saturating_sub(1);
    p.lines
        .iter()
        .rposition(|l| l.orig == orig && !l.text.is_empty())
}

/// Whether the sentence `range` of `unit` runs to the end of an input cut
/// at line `cut`: the rest of it is not there, so it is no statement.
pub(crate) fn runs_into_cut(unit: &Unit, range: (usize, usize), cut: Option<usize>) -> bool {
    let text = unit.joined.text.as_str();
    cut.is_some()
        && range.1 >= text.trim_end().len()
        && Some(unit.joined.line_at(text.trim_end().len().saturating_sub(1))) == cut
}

/// Which lines the statement and duty readers skip: those the metadata
/// stage consumed, except a page flattened into one line (four sentences
/// and 400 bytes at least), whose labels run into the page's running text
/// ("1 Beslut: Dnr: 2013/258 Sid: 1 REGLEMENTE … Reglementet gäller för
/// …"): its sentences are still the document's.
pub(crate) fn skipped_for_text(p: &crate::pre::Prepared<'_>, consumed: &[bool]) -> Vec<bool> {
    consumed
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            c && !p.lines.get(i).is_some_and(|l| {
                l.text.len() >= 400 && crate::structure::sentences(&l.text).len() >= 4
            })
        })
        .collect()
}

/// Reads every statement, in text order; `cut` is the line where the input
/// stops mid-sentence ([`cut_line`]).
pub(crate) fn scan(units: &[Unit], title: Option<&str>, cut: Option<usize>) -> Found {
    let mut pieces: Vec<Piece<'_>> = Vec::new();
    let mut scope_items: Vec<(ScopeEntry, Src)> = Vec::new();
    let mut listed = vec![false; units.len()];
    let vision = vision::Vision::of(units, title);
    let names = names::Names::of(units.iter().map(|u| u.joined.text.as_str()));
    // The last heading or short label line above (no full stop: "Övergripande
    // mål"), which names what a list of goals below it is.
    let mut label: Option<&str> = None;
    // A heading naming the requirements listed right below it ("Krav för
    // bidrag"): its reading, while its items last.
    let mut requirements: Option<Reading> = None;
    for (ui, u) in units.iter().enumerate() {
        let t = u.joined.text.trim();
        let is_label = matches!(u.kind, UnitKind::Heading { .. })
            || (u.kind == UnitKind::Para
                && !t.ends_with(['.', ':', '!', '?'])
                && t.split_whitespace().count() <= 6);
        if is_label {
            label = Some(t);
        }
        if u.kind != UnitKind::Bullet {
            requirements = matches!(u.kind, UnitKind::Heading { .. } | UnitKind::Para)
                .then(|| reading::requirement_heading(t))
                .flatten();
        }
        // A "heading" that states a rule ("1. Alla medarbetare ska ha ett
        // eget konto") is a numbered sentence, not a heading.
        let heading_rule = matches!(u.kind, UnitKind::Heading { number: Some(_) })
            && u.joined.text.split_whitespace().count() >= 5
            && read(&u.joined.text).is_some_and(|r| r.binds == Binds::Modal);
        if u.generic
            || crate::metadata::is_label_run(t)
            || (matches!(u.kind, UnitKind::Heading { .. }) && !heading_rule)
            || crate::pre::is_set(&listed, ui)
        {
            continue;
        }
        let text = u.joined.text.as_str();
        let sents: Vec<(usize, usize)> = sentences(text)
            .into_iter()
            .flat_map(|r| sentence::split_numbered(text, r))
            .collect();
        let last = sents.len().saturating_sub(1);
        // A lead-in ending in a colon whose items follow it in the same
        // flattened line, each after a bullet glyph ("… ska vara: o öppen
        // o tydlig", "… ska därför: - Genomföra …, - Göra …"): its text,
        // reading and subject while its items last.
        let mut glyph_lead: Option<(&str, Option<Reading>, Option<String>)> = None;
        for (si, &range) in sents.iter().enumerate() {
            let after_glyph = si > 0
                && sents
                    .get(si - 1)
                    .and_then(|p| text.get(p.1..range.0))
                    .is_some_and(sentence::is_bullet_glyph);
            if !after_glyph {
                glyph_lead = None;
            }
            if let Some((lead_text, lead, subject)) = glyph_lead.clone() {
                let item = text.get(range.0..range.1).unwrap_or("");
                // An item that is itself a lead-in starts a new list.
                if sentence::is_lead_in(item) {
                    let lead = read(item);
                    let subject = lead.as_ref().and_then(|r| sentence::subject(item, r.at));
                    glyph_lead = Some((item.trim(), lead, subject));
                    continue;
                }
                // A sentence run into the item ("… planerad Det sker …")
                // ends the item and the list.
                let full = item.len();
                let end = sentence::run_into_sentence(item);
                let (ia, ib) = sentence::item_range(text, (range.0, range.0 + end));
                let item = text.get(ia..ib).unwrap_or("");
                // An item that binds by itself keeps its own force.
                let own = read(item).filter(|r| r.binds == Binds::Modal);
                if let Some(reading) = own.or_else(|| item_reading(item, lead_text, lead.as_ref()))
                {
                    pieces.push(Piece {
                        unit: u,
                        range: (ia, ib),
                        reading,
                        lead_in: Some(lead_text),
                        lead_subject: subject.clone(),
                        rule: "statement-flattened-list",
                    });
                }
                if end < full {
                    glyph_lead = None;
                }
                continue;
            }
            let (a, b) = sentence::trim(text, range, si == 0, title, &names);
            // A lead-in trailing off into its items with an ellipsis is no
            // table of contents (`… ska…` + `…bidra till …`).
            let ellipsis_lead = |s: &str| {
                si == last
                    && sentence::without_trailing_ellipsis(s) != s.trim_end()
                    && sentence::is_open_lead_in(s)
                    && next_is_bullet(units, ui)
            };
            let Some(s) = text.get(a..b).filter(|s| {
                !s.trim().is_empty() && (!sentence::is_furniture(s) || ellipsis_lead(s))
            }) else {
                continue;
            };
            let glyph_next = sents
                .get(si + 1)
                .and_then(|n| text.get(b..n.0))
                .is_some_and(sentence::is_bullet_glyph);
            if sentence::is_lead_in(s) && glyph_next {
                let lead = read(s);
                let subject = lead.as_ref().and_then(|r| sentence::subject(s, r.at));
                glyph_lead = Some((s.trim(), lead, subject));
                continue;
            }
            // (Not a bullet that ends in "och": the list goes on.)
            let open = u.kind != UnitKind::Bullet && sentence::is_open_lead_in(s);
            if si == last && (sentence::is_lead_in(s) || open) && next_is_bullet(units, ui) {
                // A lead-in that lost its colon may be an imperative with
                // no full stop ("Anmäl incidenten om du" + bullets).
                let lead = if open {
                    let s = sentence::without_trailing_ellipsis(s);
                    read_bullet(s).or_else(|| sentence::person_modal(s))
                } else {
                    read(s)
                };
                // A complete sentence before its examples (`…, till
                // exempel:` + `Mat`): the lead-in is the statement; an item
                // with a modal verb of its own is one too.
                if sentence::lists_examples(s)
                    && let Some(r) = lead.clone().filter(|r| r.binds == Binds::Modal)
                {
                    pieces.push(Piece::own(u, (a, b), r));
                    for (vi, v) in bullets_after(units, ui) {
                        crate::pre::set(&mut listed, vi);
                        let vt = v.joined.text.as_str();
                        for (ia, ib) in sentences(vt) {
                            let part = vt.get(ia..ib).unwrap_or("");
                            if let Some(r) = read(part).filter(|r| r.binds == Binds::Modal) {
                                pieces.push(Piece::own(v, (ia, ib), r));
                            }
                        }
                    }
                    continue;
                }
                // A lead-in naming a rule's conditions ("Utgångspunkten
                // för bedömningen är:"): its items are the conditions, and
                // an item with its own modal verb keeps it.
                let criteria = lead.is_none();
                let lead = lead.or_else(|| reading::criteria_lead_in(s));
                let criteria = criteria && lead.is_some();
                let subject = lead
                    .as_ref()
                    .and_then(|r| sentence::subject(s, r.at))
                    .or_else(|| sentence::subject(s, s.find(' ').unwrap_or(0)));
                for (vi, v) in bullets_after(units, ui) {
                    crate::pre::set(&mut listed, vi);
                    let vt = v.joined.text.as_str();
                    // An item of several sentences ("Det är förbjudet att …
                    // X. Även Y är förbjudet."): the first completes the
                    // lead-in, each later one is read as a sentence of its own.
                    let item_sents = sentences(vt);
                    let item = match item_sents.as_slice() {
                        [(ia, ib), _, ..] => (*ia, *ib),
                        _ => (0, vt.trim_end().len()),
                    };
                    // A list of whom the document applies to is its scope,
                    // one entry per item, not a list of statements.
                    if lead.as_ref().is_some_and(|r| r.binds == Binds::Scope) {
                        let who = vt.trim().trim_end_matches([',', ';', '.']).trim();
                        if !who.is_empty() {
                            let mut e = ScopeEntry::new(who);
                            e.section = v.section.clone();
                            scope_items
                                .push((e, Src::new(v.joined.full_span(), 0.7, "scope-list")));
                        }
                        continue;
                    }
                    let first = vt.get(item.0..item.1).unwrap_or(vt);
                    let own = criteria
                        .then(|| read_bullet(first).filter(|r| r.binds == Binds::Modal))
                        .flatten();
                    // A goal in the infinitive under a lead-in that does
                    // not bind ("Därför prioriterar vi att:" + "Stärka …").
                    let goal = || {
                        lead.is_none()
                            .then(|| vision.goal_item(first, v.section.as_deref(), Some(s)))
                            .flatten()
                    };
                    if let Some(reading) = own
                        .or_else(|| item_reading(first, s, lead.as_ref()))
                        .or_else(goal)
                    {
                        pieces.push(Piece {
                            unit: v,
                            range: item,
                            reading,
                            lead_in: Some(s.trim()),
                            lead_subject: subject.clone(),
                            rule: "statement-bullet",
                        });
                    }
                    for &(ra, rb) in item_sents.get(1..).unwrap_or_default() {
                        let Some(part) = vt.get(ra..rb) else { continue };
                        let Some(r) = read(part) else { continue };
                        pieces.push(Piece::own(v, (ra, rb), r));
                    }
                }
                continue;
            }
            // A lead-in run into its first item in a flattened line: the
            // item is the statement, under that lead-in.
            let (a, s, run_in_lead) = match sentence::lead_in_run_in(s) {
                Some(at) => (
                    a + at,
                    s.get(at..).unwrap_or(""),
                    s.get(..at).map(str::trim),
                ),
                None => (a, s, None),
            };
            if let Some((lead_end, items)) = sentence::flattened_list(s) {
                let lead_text = s.get(..lead_end).unwrap_or("").trim();
                let lead = read(lead_text);
                if lead.is_some() {
                    let subject = lead
                        .as_ref()
                        .and_then(|r| sentence::subject(lead_text, r.at));
                    for (ia, ib) in items {
                        let it = s.get(ia..ib).unwrap_or("");
                        if let Some(reading) = item_reading(it, lead_text, lead.as_ref()) {
                            pieces.push(Piece {
                                unit: u,
                                range: (a + ia, a + ib),
                                reading,
                                lead_in: Some(lead_text),
                                lead_subject: subject.clone(),
                                rule: "statement-flattened-list",
                            });
                        }
                    }
                    continue;
                }
            }
            let bullet = u.kind == UnitKind::Bullet;
            for (ra, rb) in split_run_on(s) {
                let Some(part) = s.get(ra..rb) else { continue };
                let reading = if bullet {
                    read_bullet(part)
                } else {
                    read(part)
                };
                // A list item with no lead-in under a goal heading may
                // state a goal in the infinitive ("Skapa bra matvanor …").
                let Some(reading) = reading
                    .or_else(|| vision.read(part, u.section.as_deref()))
                    .or_else(|| {
                        bullet
                            .then(|| vision.goal_item(part, u.section.as_deref(), label))
                            .flatten()
                    })
                    // An item under a heading naming requirements, first
                    // sentence only ("Att föreningen har minst tio
                    // medlemmar.").
                    .or_else(|| {
                        (bullet && si == 0 && ra == 0)
                            .then(|| requirements.clone())
                            .flatten()
                    })
                else {
                    continue;
                };
                for (ca, cb, r) in split_coordinated(part, reading) {
                    pieces.push(Piece {
                        unit: u,
                        range: (a + ra + ca, a + ra + cb),
                        rule: if run_in_lead.is_some() {
                            "statement-flattened-list"
                        } else {
                            rule_of(&r)
                        },
                        reading: r,
                        lead_in: run_in_lead,
                        lead_subject: None,
                    });
                }
            }
        }
    }
    let mut found = Found::default();
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for p in pieces {
        if runs_into_cut(p.unit, p.range, cut) {
            continue;
        }
        let text = p.unit.joined.text.get(p.range.0..p.range.1).unwrap_or("");
        let text = text.trim();
        // A sentence the input repeats word for word (a web page's summary
        // and download line before the text) is one statement.
        if text.is_empty() || !seen.insert(text) {
            continue;
        }
        let span = p.unit.joined.span(p.range.0, p.range.1);
        let subject = p
            .lead_subject
            .clone()
            .or_else(|| sentence::subject(text, p.reading.at));
        let st = Statement {
            text: text.to_owned(),
            statement_type: p.reading.statement_type(text),
            modality: p.reading.modality,
            negated: p.reading.negated,
            modality_as_written: p.reading.written(),
            subject_as_written: subject,
            lead_in: p.lead_in.map(str::to_owned),
            section: p.unit.section.clone(),
        };
        let conf = match p.reading.binds {
            Binds::Modal | Binds::Responsibility | Binds::Scope => 0.8,
            _ => 0.6,
        };
        let src = Src::new(span, conf, p.rule);
        if let Some(e) = scope::entry(&st) {
            found
                .scope
                .push((e, Src::new(span, 0.7, "scope-statement")));
        }
        if let Some(r) = requires::required(&st) {
            found
                .requires
                .push((r, Src::new(span, 0.7, "requires-statement")));
        }
        found.statements.push((st, src));
    }
    found.scope.extend(scope_items);
    for u in units {
        if u.generic || matches!(u.kind, UnitKind::Heading { .. }) {
            continue;
        }
        for (t, (a, b)) in cited::scan(&u.joined.text, title) {
            let fresh = !found.cited.iter().any(|(o, _)| {
                o.title.as_deref().map(styrdok_core::text::fold)
                    == t.title.as_deref().map(styrdok_core::text::fold)
            });
            if fresh {
                found
                    .cited
                    .push((t, Src::new(u.joined.span(a, b), 0.6, "cited-by-name")));
            }
        }
    }
    found
}

fn rule_of(r: &Reading) -> &'static str {
    match r.binds {
        Binds::Modal => "statement-modal",
        Binds::Responsibility => "statement-responsibility",
        Binds::Scope => "statement-scope",
        Binds::Imperative => "statement-imperative",
        Binds::Present => "statement-present-tense",
    }
}

/// A list item's reading: the lead-in's force (the item's text has no
/// marker of its own to point at), or with a lead-in that does not bind, the
/// item's own modal verb — unless the item only completes the lead-in ("att
/// den alltid finns när vi behöver den"). An item that is a sentence of its
/// own with its own modal verb under a lead-in that binds without one
/// ("Låntagaren ansvarar för att eleven följer dessa regler:" + "Datorn bör
/// vara laddad.") keeps its own modal verb: the lead-in's responsibility
/// gives it no modality to inherit.
///
/// An item that opens with an imperative ("Skicka inte enstaka handlingar
/// …") under a lead-in with a modal verb that it does not complete (the
/// lead-in does not end in `att`) is an instruction of its own, with no
/// modality: the lead-in's modal verb is not the item's. After `att`
/// ("Det är förbjudet att:" + "Ladda ner …") the item is the lead-in's
/// infinitive and keeps its force.
fn item_reading(item: &str, lead_text: &str, lead: Option<&Reading>) -> Option<Reading> {
    let first = reading::words(item).first().map(|w| w.folded.clone());
    let completes = first
        .as_deref()
        .is_none_or(|f| ["att", "hur", "nar", "som", "om", "dar"].contains(&f));
    if let Some(l) = lead {
        let ends_in_att = reading::words(lead_text)
            .last()
            .is_some_and(|w| w.folded == "att");
        // (Not under `Du får`: its items are infinitives, not orders.)
        if l.modality.is_some()
            && !ends_in_att
            && sentence::person_modal(lead_text).is_none()
            && let Some(r) = reading::imperative_item(item)
        {
            return Some(r);
        }
        // A sentence of its own with its own modal verb in its main clause
        // keeps it under a lead-in that it does not complete (`Du som hyr
        // lokalen ska följa de regler som finns:` + `Du får inte röka …`,
        // Kungsbacka `blind53/`): the lead-in's modal verb is not the
        // item's. A modal verb after a bracket or a relative clause
        // (`En anställd (denne behöver inte …)`, `… personal som …
        // strävar efter`) is not the item's own.
        let main_clause = |r: &Reading| {
            l.modality.is_none()
                || item
                    .get(..r.at)
                    .is_some_and(|b| !b.contains('(') && !b.split_whitespace().any(|w| w == "som"))
        };
        let own = (!completes && (l.modality.is_none() || !ends_in_att))
            .then(|| read(item).filter(|r| r.binds == Binds::Modal && main_clause(r)))
            .flatten();
        return Some(own.unwrap_or_else(|| Reading { at: 0, ..l.clone() }));
    }
    if completes {
        // A whole conditional rule under a lead-in that does not bind
        // (`Fullmäktige beslutade den 14 oktober 2014, § 83:` + `Om tomma
        // stolar uppstår under mandatperioden ska partistödet begränsas.`,
        // Norrbotten `blind75/`): the modal verb of its main clause, which
        // the reader finds after the condition (a bare condition, `om du
        // ska resa`, has none).
        // Not `när`: an item opened by it under a definition's lead-in is
        // a case of the definition (`En personuppgiftsincident uppstår när
        // …:` + `när någon som inte har behörig tillgång … får tillgång`,
        // Ödeshög `blind4/`).
        if first.as_deref() == Some("om") {
            return read(item).filter(|r| r.binds == Binds::Modal);
        }
        return None;
    }
    read_bullet(item).filter(|r| matches!(r.binds, Binds::Modal | Binds::Imperative))
}

/// Splits a run-on sentence where extraction lost a full stop: "… skall
/// hanteras ansvarsfullt Internet får inte användas …" is two sentences
/// when a capitalized word after a lowercase one opens a clause that binds
/// within three words and the part before binds too. Ranges relative to `s`.
fn split_run_on(s: &str) -> Vec<(usize, usize)> {
    let w = reading::words(s);
    let mut out = Vec::new();
    let mut from = 0;
    for (k, x) in w.iter().enumerate().skip(2) {
        let Some(prev) = w.get(k - 1) else { continue };
        let upper = s
            .get(x.start..)
            .is_some_and(|t| t.starts_with(char::is_uppercase));
        // The word before is lowercase, or a capitalised list word before
        // a definite subject ("… som berör E-post Kalender Snabbmeddelande
        // Innehållet gäller också …").
        let definite = ["et", "en", "na"].iter().any(|e| x.folded.ends_with(e))
            && x.folded.chars().count() >= 6;
        let prev_lower = s
            .get(prev.start..prev.end)
            .is_some_and(|t| t.starts_with(char::is_lowercase) || definite)
            && !NO_END_AFTER.contains(&prev.folded.as_str());
        let gap = s.get(prev.end..x.start).unwrap_or("");
        if !upper || !prev_lower || !gap.trim().is_empty() || x.start <= from {
            continue;
        }
        let (Some(before), Some(after)) = (s.get(from..prev.end), s.get(x.start..)) else {
            continue;
        };
        // The clause after binds within three words, and those words are a
        // subject ("Internet", "Alla anställda"), not a run of capitalised
        // list words ("E-post Kalender Innehållet").
        // A subject may carry a relative clause of its own ("… under vissa
        // förutsättningar Elever som går i fristående skola kan …"), when
        // the clause has its verb before the main one.
        // Goals written one a line with their full stops lost ("…
        // Statistiken ska bifogas protokoll Osakliga skillnader mellan A och
        // B ska upphöra Andelen chefer födda utanför Norden ska öka …",
        // Göta Lejon `blind24/`, Båstad `blind13/`): a longer subject, of
        // up to eight words without a comma, a `som` or an `att`, opens
        // the next goal when both clauses bind by a modal and the one
        // before has its verb after its modal; a name in it stands after a
        // preposition.
        let goal_before = read(before).is_some_and(|r| {
            r.binds == Binds::Modal && reading::words(before.get(r.at..).unwrap_or("")).len() >= 2
        });
        let binds_soon = read(after).is_some_and(|r| {
            let head = after.get(..r.at).unwrap_or("");
            let hw = reading::words(head);
            let som = hw.iter().position(|y| y.folded == "som");
            let goal = goal_before
                && r.binds == Binds::Modal
                && (4..=8).contains(&hw.len())
                && hw.iter().all(|y| {
                    !y.clause_end
                        && !["som", "att", "hur", "vad", "om"].contains(&y.folded.as_str())
                });
            let short = match som {
                None => hw.len() <= 3,
                Some(k) => (1..=3).contains(&k) && (k + 3..=14).contains(&hw.len()),
            };
            let lower_or_name = |j: usize, y: &reading::Word| {
                head.get(y.start..)
                    .is_some_and(|t| t.starts_with(char::is_lowercase))
                    || (goal
                        && j > 0
                        && hw.get(j - 1).is_some_and(|p| {
                            NO_END_AFTER.contains(&p.folded.as_str())
                                || ["utanfor", "mellan", "bland", "over", "mot"]
                                    .contains(&p.folded.as_str())
                        }))
            };
            r.at <= after.len()
                && (short || goal)
                && hw
                    .iter()
                    .enumerate()
                    .skip(1)
                    .all(|(j, y)| lower_or_name(j, y))
        });
        // A body's own two words ending the sentence are the tail of a
        // relative clause whose `som` was left out ("… i den takt och
        // ordningsföljd Kommunstyrelsen bestämmer.", Arvika `blind27/`), not a
        // sentence of their own.
        let clause_tail = reading::words(after).len() <= 2
            && read(after).is_some_and(|r| r.binds == Binds::Present);
        if binds_soon && !clause_tail && read(before).is_some() {
            out.push((from, prev.end));
            from = x.start;
        }
    }
    out.push((from, s.len()));
    out
}

fn next_is_bullet(units: &[Unit], ui: usize) -> bool {
    units
        .get(ui + 1)
        .is_some_and(|v| v.kind == UnitKind::Bullet)
}

/// The bullets right after unit `ui`.
fn bullets_after(units: &[Unit], ui: usize) -> impl Iterator<Item = (usize, &Unit)> {
    units
        .iter()
        .enumerate()
        .skip(ui + 1)
        .take_while(|(_, v)| v.kind == UnitKind::Bullet)
}

/// Splits "A ska X och B skall Y" into its two main clauses when the second
/// has a subject and a modal verb of its own; otherwise the whole sentence.
/// Ranges are relative to `s`.
fn split_coordinated(s: &str, reading: Reading) -> Vec<(usize, usize, Reading)> {
    let whole = vec![(0, s.len(), reading.clone())];
    if reading.binds != Binds::Modal {
        return whole;
    }
    let w = reading::words(s);
    let sub = reading::Subordinate::new(&w);
    for (k, x) in w.iter().enumerate() {
        if x.start <= reading.at || !["och", "samt"].contains(&x.folded.as_str()) {
            continue;
        }
        // The second clause: a subject of one to four words, then its modal.
        let Some(m) = (k + 2..(k + 6).min(w.len())).find(|&m| {
            w.get(m)
                .is_some_and(|y| ["ska", "skall", "bör", "maste"].contains(&y.folded.as_str()))
        }) else {
            continue;
        };
        let between = w.get(k + 1..m).unwrap_or(&[]);
        // "… för alla anställda och förtroendevalda och ska tydliggöra …":
        // a conjunction right before the modal shares the first subject.
        if between
            .last()
            .is_some_and(|y| ["och", "samt", "eller"].contains(&y.folded.as_str()))
        {
            continue;
        }
        if between.iter().any(|y| {
            ["att", "som", "hur", "vad", "det", "de"].contains(&y.folded.as_str()) || y.clause_end
        }) {
            continue;
        }
        // "i första hand ska A användas och i andra hand ska B anlitas": a
        // fronted phrase, not a subject, opens the second clause; the two
        // halves are one rule (an order of preference).
        if between
            .first()
            .is_some_and(|y| FRONTED.contains(&y.folded.as_str()))
        {
            continue;
        }
        let Some(second_start) = w.get(k + 1).map(|y| y.start) else {
            continue;
        };
        // "… om hur information, datasystem och arbetsplatser skall
        // hanteras": the "och" coordinates inside a reported clause.
        let opened = w
            .iter()
            .skip(k.saturating_sub(12))
            .take_while(|y| y.start < x.start)
            .any(|y| {
                y.start > reading.at
                    && [
                        "hur", "vad", "vilka", "vilket", "att", "som", "nar", "dar", "om",
                    ]
                    .contains(&y.folded.as_str())
            });
        if opened || sub.at(m) {
            continue;
        }
        let first = s.get(..x.start).unwrap_or("").trim_end();
        let first = first.trim_end_matches(',').trim_end();
        let second = s.get(second_start..).unwrap_or("");
        // A second clause about what the first names ("… få ett uppdrag
        // och uppdraget ska vara förankrat …") is one rule, one control.
        let first_stems: Vec<String> = reading::words(first)
            .iter()
            .map(|y| stem(&y.folded))
            .collect();
        if between
            .iter()
            .any(|y| y.folded.chars().count() >= 5 && first_stems.contains(&stem(&y.folded)))
        {
            continue;
        }
        if let (Some(r1), Some(r2)) = (read(first), read(second)) {
            return vec![(0, first.len(), r1), (second_start, s.len(), r2)];
        }
    }
    whole
}

/// Prepositions that open a fronted phrase, never a subject.
const FRONTED: [&str; 10] = [
    "i", "vid", "pa", "for", "under", "efter", "inom", "med", "genom", "fran",
];

/// Words after which a sentence never ended: a lost full stop does not
/// follow a preposition or a conjunction ("… förtroendevalda i Falköpings
/// kommun och gäller …", "… av kommunfullmäktige och IT-instruktioner
/// fastställs …").
const NO_END_AFTER: [&str; 29] = [
    "i", "vid", "pa", "for", "av", "till", "med", "om", "inom", "fran", "hos", "under", "efter",
    "och", "eller", "samt", "som", "att", "en", "ett", "den", "det",
    // A subordinating conjunction opens a clause whose subject follows it
    // ("… innan Kommunstyrelsen beslutar om …", Arvika `blind27/`).
    "innan", "nar", "eftersom", "medan", "tills", "vilket", "vilka",
];

/// The first five letters of a folded word: enough to tell "uppdrag" and
/// "uppdraget" are one word.
fn stem(f: &str) -> String {
    f.chars().take(5).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The texts of the statements imported from `t`.
    fn statement_texts(t: &str) -> Vec<String> {
        crate::import(t)
            .statements
            .into_iter()
            .map(|s| s.text)
            .collect()
    }

    /// A sentence whose subject is a name of capitalised words the
    /// document writes after a preposition elsewhere keeps the name's
    /// words; without that evidence the first word reads as a heading.
    #[test]
    fn a_name_written_elsewhere_is_no_heading() {
        let t = statement_texts(
            "Ägardirektiv\n\nDirektivet gäller för Övik Energi.\n\nÖvik Energi ska agera inom kommunens gränser.\n",
        );
        assert!(
            t.iter().any(|s| s.starts_with("Övik Energi ska agera")),
            "{t:?}"
        );
    }

    /// A cover's adoption line run into the sentence below it is cut off
    /// with its date and paragraph (and a heading after it); when only
    /// another label's row follows it, nothing is left.
    #[test]
    fn an_adoption_line_run_into_a_sentence_is_cut_off() {
        let t = statement_texts(
            "Policy mot hot\n\nFastställd av kommunstyrelsen 2014-03-11, § 59\nInledning\nNorrby kommuns anställda ska känna sig trygga i sina uppdrag.\n",
        );
        assert_eq!(
            t,
            ["Norrby kommuns anställda ska känna sig trygga i sina uppdrag."]
        );
        for head in [
            "Fastställt av kommunstyrelsen Gäller som längst till",
            "Antagna av kommunfullmäktige ( ) Gäller för alla nämnder och all verksamhet i kommunen",
        ] {
            let t = statement_texts(&format!(
                "Program\n\nInnehåll 1. Inledning 3 Texter: Anna A Foto: Bo B {head}\n\nProgrammet ska följas upp varje år.\n"
            ));
            assert_eq!(t, ["Programmet ska följas upp varje år."], "{head}");
        }
    }

    #[test]
    fn a_conditional_rule_under_a_lead_in_that_does_not_bind() {
        let t = statement_texts(
            "Regler för partistöd\n\nFullmäktige beslutade den 14 oktober 2014, § 83:\n- Om tomma stolar uppstår ska stödet minskas.\n- Partistöd ska betalas ut i januari.\n",
        );
        assert_eq!(
            t,
            [
                "Om tomma stolar uppstår ska stödet minskas.",
                "Partistöd ska betalas ut i januari."
            ]
        );
        // A bare condition completes the lead-in: no rule of its own.
        let t = statement_texts("Regler för resor\n\nDetta gäller:\n- om du ska resa i tjänsten\n");
        assert!(t.is_empty(), "{t:?}");
    }

    #[test]
    fn a_quoted_name_is_no_heading() {
        let t = statement_texts(
            "Regler för sponsring\n\nNamnet \"Byby kommun\" ska synas i olika sammanhang.\n",
        );
        assert_eq!(t, ["Namnet \"Byby kommun\" ska synas i olika sammanhang."]);
    }

    #[test]
    fn a_name_in_brackets_is_no_heading() {
        let t = statement_texts(
            "Regler för färdtjänst\n\nÄven resor till Byby stadskärna (Finland) får göras.\n",
        );
        assert_eq!(t, ["Även resor till Byby stadskärna (Finland) får göras."]);
    }

    #[test]
    fn a_name_joined_by_an_ampersand_is_no_heading() {
        let t = statement_texts(
            "Regler\n\nText om parker. Park & Förvaltning Norrby ansvarar för alla parker.\n",
        );
        assert!(
            t.iter()
                .any(|s| s.starts_with("Park & Förvaltning Norrby ansvarar")),
            "{t:?}"
        );
    }

    #[test]
    fn coordinated_clauses_split() {
        let s = "Alla incidenter ska rapporteras och kontinuerlig uppföljning skall ske årligen.";
        let r = read(s).unwrap();
        let parts: Vec<&str> = split_coordinated(s, r)
            .iter()
            .map(|(a, b, _)| &s[*a..*b])
            .collect();
        assert_eq!(
            parts,
            [
                "Alla incidenter ska rapporteras",
                "kontinuerlig uppföljning skall ske årligen."
            ]
        );
        let s = "Nämnden ska ta fram och revidera planen.";
        assert_eq!(split_coordinated(s, read(s).unwrap()).len(), 1);
        // The modal right after a conjunction shares the first subject.
        let s = "Planen ska vara ett stöd för alla elever och lärare och ska visa vad som gäller.";
        assert_eq!(split_coordinated(s, read(s).unwrap()).len(), 1);
        // An order of preference is one rule.
        let s = "I första hand ska egna lokaler användas och i andra hand ska hotell anlitas.";
        assert_eq!(split_coordinated(s, read(s).unwrap()).len(), 1);
    }

    #[test]
    fn items_under_a_heading_or_lead_in_naming_requirements() {
        let texts = statement_texts(
            "Stöd till kulturföreningar\n\n\
             Föreningen ska vara registrerad i kommunen.\n\n\
             Krav för stöd till kulturföreningar i kommunen\n\n\
             \u{20}\u{20}• Att föreningen har minst tjugo medlemmar.\n\
             \u{20}\u{20}• Att föreningen lämnar en verksamhetsberättelse varje år.\n\n\
             Föreningen redovisar bidraget i sin bokföring.\n\n\
             \u{20}\u{20}• Att kassören är en annan än ordföranden.\n\n\
             Nedan följer våra trivselregler:\n\n\
             \u{20}\u{20}• att inte spika i väggarna.\n\
             \u{20}\u{20}• att hålla trapphuset fritt.\n",
        );
        for s in [
            "Att föreningen har minst tjugo medlemmar.",
            "Att föreningen lämnar en verksamhetsberättelse varje år.",
            "att inte spika i väggarna.",
            "att hålla trapphuset fritt.",
        ] {
            assert!(texts.iter().any(|t| t == s), "{s}: {texts:?}");
        }
        // A list after a sentence no longer stands under the heading.
        assert!(!texts.iter().any(|t| t.contains("kassören")), "{texts:?}");
    }

    #[test]
    fn examples_after_a_complete_sentence_are_no_statements() {
        let t = "Avgifter\n\nDen enskilde ska ha kvar tillräckligt med pengar för sina personliga behov, till exempel:\n\n • Mat\n • Kläder\n • Tandvård\n";
        assert_eq!(
            statement_texts(t),
            [
                "Den enskilde ska ha kvar tillräckligt med pengar för sina personliga behov, till exempel:"
            ]
        );
        // Without the comma the items complete the lead-in.
        let t = "Regler\n\nDu ska till exempel:\n\n • stänga av datorn\n • låsa dörren\n";
        assert_eq!(statement_texts(t), ["stänga av datorn", "låsa dörren"]);
        assert!(sentence::lists_examples("Vi ska skydda uppgifter, t.ex.:"));
        assert!(!sentence::lists_examples("Du ska till exempel:"));
    }

    #[test]
    fn a_lead_in_that_lost_its_colon() {
        let d = crate::import(
            "Incidenter ska rapporteras samma dag.\n\n\
             Rapportera incidenten till supporten om du\n\n\
             \u{20}\u{20}• har tappat din dator\n\
             \u{20}\u{20}• misstänker intrång\n",
        );
        let items: Vec<(&str, Option<&str>)> = d
            .statements
            .iter()
            .map(|s| (s.text.as_str(), s.lead_in.as_deref()))
            .collect();
        let lead = Some("Rapportera incidenten till supporten om du");
        assert_eq!(
            items.get(1..),
            Some(&[("har tappat din dator", lead), ("misstänker intrång", lead)][..])
        );
        // A line that ends a sentence without its full stop is no lead-in.
        assert!(!sentence::is_open_lead_in("Alla ska följa policyn"));
        assert!(sentence::is_open_lead_in("Det sker genom att"));
        assert!(sentence::is_open_lead_in("Arbetet ska fokusera på"));
        assert!(sentence::is_open_lead_in("Våra besökare ska"));
        assert!(sentence::is_open_lead_in(
            "All kommunikation i Norrby kommun ska…"
        ));
        assert!(!sentence::is_open_lead_in("Alla ska delta…"));
        // Its items open with the ellipsis (invented wording after Mjölby).
        let d = crate::import(
            "Policy för kommunikation\n\nAll kommunikation i Norrby kommun ska…\n\n…bidra till demokrati och hållbarhet\n\n… bidra till att målen nås\n",
        );
        let texts: Vec<&str> = d.statements.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "bidra till demokrati och hållbarhet",
                "bidra till att målen nås"
            ]
        );
        assert!(sentence::is_open_lead_in("All information ska vara"));
        assert!(sentence::is_open_lead_in("Nämnden ska särskilt"));
        assert!(sentence::is_open_lead_in(
            "Nämnden ska fullgöra kommunens uppgifter avseende"
        ));
        assert!(!sentence::is_open_lead_in(
            "Nämnden ska särskilt följa detta"
        ));
        assert!(!sentence::is_open_lead_in("Alla ska delta"));
    }

    #[test]
    fn a_lead_in_that_ends_in_its_modal_verb_gives_its_bullets_its_force() {
        let d = crate::import(
            "Texter på webben ska vara\n\n\
             \u{20}• korta och tydliga.\n\
             \u{20}• skrivna på svenska.\n",
        );
        let items: Vec<(&str, Option<crate::draft::Modality>)> = d
            .statements
            .iter()
            .map(|s| (s.text.as_str(), s.modality))
            .collect();
        let ska = Some(crate::draft::Modality::Ska);
        assert_eq!(
            items,
            [("korta och tydliga.", ska), ("skrivna på svenska.", ska)]
        );
    }

    #[test]
    fn an_imperative_item_under_a_modal_lead_in_has_no_modality() {
        let d = crate::import(
            "Utlåningen ska gå till så här:\n\n\
             \u{20}• Skriv upp varje lån i pärmen.\n\
             \u{20}• Lämna inte ut nycklar till besökare.\n\
             \u{20}• Böckerna ska vara tillbaka inom en månad.\n\n\
             Det är förbjudet att:\n\n\
             \u{20}• Ladda ner filmer på skolans datorer.\n",
        );
        let items = item_modalities(&d);
        use crate::draft::Modality::{Far, Ska};
        assert_eq!(
            items,
            [
                ("Skriv upp varje lån i pärmen.", None, false),
                ("Lämna inte ut nycklar till besökare.", None, true),
                (
                    "Böckerna ska vara tillbaka inom en månad.",
                    Some(Ska),
                    false
                ),
                // After `att` the item is the lead-in's infinitive.
                ("Ladda ner filmer på skolans datorer.", Some(Far), true),
            ]
        );
    }

    #[test]
    fn a_person_and_a_modal_verb_lead_their_infinitive_items() {
        // Invented wording, the form of Karlskoga's allotment rules.
        let d = crate::import(
            "Regler för kolonilotter\n\nDu får\n\n\
             \u{20}• Odla blommor på din lott.\n\n\
             Du får inte\n\n\
             \u{20}• Elda på din lott.\n\
             \u{20}• Använda vattenspridare.\n",
        );
        use crate::draft::Modality::Far;
        assert_eq!(
            item_modalities(&d),
            [
                ("Odla blommor på din lott.", Some(Far), false),
                ("Elda på din lott.", Some(Far), true),
                ("Använda vattenspridare.", Some(Far), true),
            ]
        );
    }

    #[test]
    fn items_under_galler_foljande_keep_their_own_force() {
        // Invented wording, the form of Linköping's playground rules
        // (`blind48/`) and Sydarkivera's delivery instructions
        // (`blind11/`): a purpose with a definite plural subject, then
        // `gäller följande:` or the instructions below. The items are
        // rules with their own modal verb or none; the purpose's `ska` is
        // not theirs.
        let d = crate::import(
            "Regler på skolgården\n\n\
             För att rasterna ska fungera gäller följande:\n\n\
             \u{20}• Vi lyssnar på de vuxna.\n\
             \u{20}• Bollar ska vara av skumgummi.\n\n\
             Vid fördelning av platser gäller följande principer:\n\n\
             \u{20}• Fasta platser fördelas i turordning.\n\n\
             För att leveranserna ska gå smidigt är det viktigt att följa instruktionerna nedan:\n\n\
             \u{20}• Märk pärmarna tydligt.\n\
             \u{20}• Handlingarna ska vara rensade.\n",
        );
        use crate::draft::Modality::Ska;
        assert_eq!(
            item_modalities(&d),
            [
                ("Vi lyssnar på de vuxna.", None, false),
                ("Bollar ska vara av skumgummi.", Some(Ska), false),
                ("Fasta platser fördelas i turordning.", None, false),
                ("Märk pärmarna tydligt.", None, false),
                ("Handlingarna ska vara rensade.", Some(Ska), false),
            ]
        );
    }

    /// Each statement's text, modality and negation.
    fn item_modalities(
        d: &crate::ImportDraft,
    ) -> Vec<(&str, Option<crate::draft::Modality>, bool)> {
        d.statements
            .iter()
            .map(|s| (s.text.as_str(), s.modality, s.negated))
            .collect()
    }

    #[test]
    fn a_bullet_with_its_own_modal_keeps_it_under_a_modal_lead_in() {
        // Invented wording.
        let d = crate::import(
            "Du som lånar lokalen ska följa de regler som finns:\n\n\
             \u{20}• Du får inte röka i lokalen.\n\
             \u{20}• Du städar efter dig.\n\
             \u{20}• En ledare (som inte behöver vara vuxen) stänger dörren.\n",
        );
        let items = item_modalities(&d);
        use crate::draft::Modality::{Far, Ska};
        assert_eq!(
            items,
            [
                ("Du får inte röka i lokalen.", Some(Far), true),
                // No modal verb of its own: the lead-in's.
                ("Du städar efter dig.", Some(Ska), false),
                // A modal verb in a bracket is not the item's own.
                (
                    "En ledare (som inte behöver vara vuxen) stänger dörren.",
                    Some(Ska),
                    false
                ),
            ]
        );
    }

    #[test]
    fn a_bullet_with_its_own_modal_keeps_it_under_a_responsibility_lead_in() {
        let d = crate::import(
            "Hyresgästen ansvarar för att lokalen används enligt dessa villkor:\n\n\
             \u{20}• Nycklarna får bara lånas ut till personalen.\n\
             \u{20}• Lokalen bör vara städad efter varje möte.\n\
             \u{20}• Larmet är kopplat till vaktbolaget.\n\n\
             Förvaltaren ansvarar för:\n\n\
             \u{20}• att fakturor ska skickas i tid.\n",
        );
        let items: Vec<(&str, Option<crate::draft::Modality>)> = d
            .statements
            .iter()
            .map(|s| (s.text.as_str(), s.modality))
            .collect();
        use crate::draft::Modality::{Bor, Far};
        assert_eq!(
            items,
            [
                ("Nycklarna får bara lånas ut till personalen.", Some(Far)),
                ("Lokalen bör vara städad efter varje möte.", Some(Bor)),
                // No modal verb of its own: the lead-in's responsibility.
                ("Larmet är kopplat till vaktbolaget.", None),
                // An item that completes the lead-in stays its.
                ("att fakturor ska skickas i tid.", None),
            ]
        );
    }

    #[test]
    fn a_lost_full_stop_before_a_subject_with_a_relative_clause() {
        assert_eq!(
            statement_texts(
                "Elever i annan skola kan endast beviljas skolskjuts i undantagsfall \
                 Elever som går i friskola och som ansöker om skolskjuts kan endast beviljas \
                 skolskjuts efter prövning."
            ),
            [
                "Elever i annan skola kan endast beviljas skolskjuts i undantagsfall",
                "Elever som går i friskola och som ansöker om skolskjuts kan endast beviljas \
                 skolskjuts efter prövning."
            ]
        );
        // A relative clause right before the modal is the name's, not a
        // subject's: one sentence.
        assert_eq!(
            statement_texts("Nämnden ska informera Arkivet som ska besluta om gallring."),
            ["Nämnden ska informera Arkivet som ska besluta om gallring."]
        );
    }

    /// Invented wording.
    #[test]
    fn goals_one_a_line_with_their_full_stops_lost() {
        assert_eq!(
            statement_texts(
                "Rapporten ska bifogas protokollet Skillnader i lön mellan män och kvinnor \
                 ska upphöra Andelen chefer födda utanför Europa ska öka varje år Andelen \
                 kvinnliga chefer inom tekniska verksamheter ska öka."
            ),
            [
                "Rapporten ska bifogas protokollet",
                "Skillnader i lön mellan män och kvinnor ska upphöra",
                "Andelen chefer födda utanför Europa ska öka varje år",
                "Andelen kvinnliga chefer inom tekniska verksamheter ska öka."
            ]
        );
        // A clause before that does not bind by a modal: one sentence.
        assert_eq!(
            statement_texts(
                "Planen gäller för alla anställda Skillnader i lön mellan män och \
                 kvinnor ska upphöra."
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_lost_full_stop_follows_no_preposition() {
        let parts = |s: &str| -> Vec<String> {
            split_run_on(s)
                .into_iter()
                .map(|(a, b)| s[a..b].to_owned())
                .collect()
        };
        let s = "Policyn gäller alla anställda i Norrby kommun och gäller för alla resor.";
        assert_eq!(parts(s), [s]);
        let s =
            "IT-policyn fastställs av fullmäktige och IT-instruktioner fastställs av styrelsen.";
        assert_eq!(parts(s), [s]);
        assert_eq!(
            parts(
                "Riktlinjen gäller för personal som använder E-post Kalender Innehållet gäller också konsulter."
            ),
            [
                "Riktlinjen gäller för personal som använder E-post Kalender",
                "Innehållet gäller också konsulter."
            ]
        );
        // Invented wording: a capitalised body as the subject of a clause
        // after a conjunction, or of a relative clause without `som` that
        // ends the sentence, is no new sentence.
        let s = "Ansökan ska, innan Nämnden beslutar om bidraget, lämnas till kansliet.";
        assert_eq!(parts(s), [s]);
        let s = "Arbetet ska ske i den takt och ordning Kommunstyrelsen bestämmer.";
        assert_eq!(parts(s), [s]);
    }

    #[test]
    fn a_list_item_of_several_sentences_gives_one_statement_each() {
        let t = "Regler för surfplattor\n\nFöljande regler gäller:\n\n• Plattan ska förvaras inlåst. Förlust ska anmälas till kansliet.\n• Plattan får lånas av ledamöter.\n";
        let texts = statement_texts(t);
        assert_eq!(
            texts,
            [
                "Plattan ska förvaras inlåst.",
                "Förlust ska anmälas till kansliet.",
                "Plattan får lånas av ledamöter."
            ]
        );
    }

    #[test]
    fn glyph_items_after_a_colon_in_a_flattened_line_take_the_lead_in() {
        let t = "Regler för webben\n\nAlla texter ska vara: o korta och tydliga o skrivna för läsaren Det sker genom att o Chefen ansvarar för listan. Den som beställer ska därför: - Kontrollera avtalet, - Göra en analys samt, - Anmäla behandlingen. Nästa mening ska stå kvar.\n";
        let d = crate::import(t);
        let got: Vec<(&str, Option<&str>)> = d
            .statements
            .iter()
            .map(|s| (s.text.as_str(), s.lead_in.as_deref()))
            .collect();
        let texts: Vec<&str> = got.iter().map(|g| g.0).collect();
        assert_eq!(
            texts,
            [
                "korta och tydliga",
                "skrivna för läsaren",
                "Chefen ansvarar för listan.",
                "Kontrollera avtalet",
                "Göra en analys samt",
                "Anmäla behandlingen.",
                "Nästa mening ska stå kvar."
            ]
        );
        assert_eq!(got.first().and_then(|g| g.1), Some("Alla texter ska vara:"));
        assert_eq!(
            d.statements.first().and_then(|s| s.modality),
            Some(styrdok_model::Modality::Ska)
        );
    }

    #[test]
    fn a_flattened_page_that_opens_with_labels_is_still_read() {
        let page = "1 Beslut: 2014-11-24 Dnr: 2013/258 Sid: 1 REGLEMENTE FÖR ERSÄTTNING 1 Grundläggande bestämmelser Reglementet gäller för kommunens förtroendevalda ledamöter och ersättare. Vid varje mandatperiods början skall de förtroendevalda fylla i en försäkran om reglerna. Arvodet betalas ut varje månad till den som har ett uppdrag i nämnden. Ersättning för förlorad arbetsinkomst betalas ut efter intyg från arbetsgivaren till den förtroendevalde.";
        let t = format!("Dnr: 2013/258\n{page}\n");
        let p = crate::pre::prepare(&t);
        // The metadata reader consumed both lines; the page is read again.
        let consumed = vec![true; p.lines.len()];
        let skipped = skipped_for_text(&p, &consumed);
        let page_line = p.lines.iter().position(|l| l.text.len() > 400);
        assert!(page_line.is_some());
        for (i, l) in p.lines.iter().enumerate() {
            assert_eq!(skipped[i], Some(i) != page_line, "{}", l.text);
        }
    }

    #[test]
    fn a_repeated_sentence_is_one_statement() {
        let t = "Resepolicy\n\nResor ska ske tryggt. Alla bokar själva.\n\nResor ska ske tryggt. Bilen ska vara besiktigad.\n";
        let texts = statement_texts(t);
        assert_eq!(
            texts,
            ["Resor ska ske tryggt.", "Bilen ska vara besiktigad."]
        );
    }

    #[test]
    fn an_input_cut_mid_sentence_loses_its_last_sentence() {
        let texts = statement_texts;
        let cut = "Rutin för resor\n\nAlla resor ska bokas i förväg. Resor i tjänsten ska ske på ett så trafiksäkert s";
        assert_eq!(texts(cut), ["Alla resor ska bokas i förväg."]);
        // A whole last line, or a file that ends with a line break, is kept.
        let whole = "Rutin för resor\n\nAlla resor ska bokas i förväg. Resor ska ske tryggt.";
        assert_eq!(texts(whole).len(), 2);
        let ended = "Rutin för resor\n\nAlla resor ska bokas i förväg. Resor ska ske tryggt\n";
        assert_eq!(texts(ended).len(), 2);
    }
}
