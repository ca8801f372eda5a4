//! Plain text of a real styrdokument → an [`ImportDraft`], honestly.
//!
//! Researchers and municipalities start from PDFs; their extracted text has
//! stray whitespace, page headers ("FÖRSLAG TILL IT-program Sida 13 (13)"),
//! hyphenation ("IT-\nprogrammet") and metadata tables whose header and
//! value rows land on separate lines. [`import`] cleans that up and reads
//! kind, title, adopting body, decision date, diarienummer, validity, owner,
//! review, relations to other documents, duties and section headings — each
//! with its provenance (original lines, their exact text, a confidence and
//! the rule that read it).
//!
//! What the text does not say stays unknown: no field is ever filled with a
//! value the text does not contain, and a text that contradicts itself gets
//! a [`Conflict`] listing every value.
//!
//! [`import_file`] and [`import_bytes`] first read the input ([`input`]):
//! text in UTF-8, UTF-16 or Windows-1252 with any line ends, and — with the
//! `pdf` and `docx` cargo features — the text layer of a PDF and the
//! paragraphs and tables of a Word document. What is not text (empty, binary,
//! an image, a scanned PDF) is an [`ImportError`], never an empty draft.
//!
//! ```
//! let text = "Riktlinje för informationssäkerhet\n\n\
//!             Fastställd av Kommunfullmäktige den 25 juni 2018, § 129\n\n\
//!             Dokumentet ersätter: Riktlinje för IT-säkerhet (2012-03-01)\n";
//! let draft = styrdok_import::import(text);
//! assert_eq!(draft.kind.as_ref().map(|k| k.id()), Some("riktlinje"));
//! assert_eq!(draft.adopted_by.as_ref().map(|b| b.name.as_str()), Some("Kommunfullmäktige"));
//! assert_eq!(draft.decision_date.map(|d| d.to_string()).as_deref(), Some("2018-06-25"));
//! assert_eq!(draft.decision_paragraph.as_deref(), Some("§ 129"));
//! assert_eq!(draft.relations.len(), 1);
//! println!("{}", draft.to_json()?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

// `&text[a..b]` panics on an offset inside a character; it did on real text.
#![deny(clippy::string_slice)]
#![cfg_attr(test, allow(clippy::string_slice))]

mod collect;
mod convert;
mod dates;
mod draft;
mod duties;
mod error;
pub mod input;
mod lexicon;
mod metadata;
mod page_name;
mod pre;
mod re;
mod recognize;
mod relation_companions;
mod relation_forms;
mod relation_links;
mod relations;
mod rules;
mod segment;
mod statements;
mod structure;
mod summary;
mod title;

use std::path::Path;

pub use draft::{
    BodyRef, Conflict, ConflictCandidate, Duty, FieldProvenance, ImportDraft, LineSpan, Modality,
    PrintStage, Quantifier, Relation, RelationKind, Required, RequirementTarget, Review,
    ScopeEntry, Section, Statement, StatementType, Target, Validity,
};
pub use error::ImportError;
pub use input::{InputFormat, ReadAs, TextEncoding};
pub use rules::{RULES, Rule};

use collect::{Fields, Src};
use structure::UnitKind;

/// Imports the plain text of one document. Never panics; an empty or
/// unrecognizable text gives an empty draft.
pub fn import(text: &str) -> ImportDraft {
    let p = pre::prepare(text);
    let mut fields = Fields::default();
    let mut consumed = metadata::scan(&p, &mut fields);
    let mut draft = ImportDraft::empty();

    // Title, and the kind the title names: a "Dokumentnamn" label wins over
    // the first line.
    let title = fields
        .title
        .best_src()
        .map(|(t, src)| {
            let span = (src.start, src.end);
            let label = structure::clean_title(t);
            // The name label shortened by its prepositions (`Dokumentnamn:
            // Riktlinjer enskilda avlopp` under `Riktlinjer för enskilda
            // avlopp`, Älvsbyn `blind23/`): the first line's fuller name.
            let first = structure::title_line(&p, &consumed)
                .map(|(_, line)| title::trim_page_notes(structure::clean_title(&line)).to_owned())
                .filter(|line| title::same_name_fuller(label, line));
            (span, span, first.unwrap_or_else(|| label.to_owned()), None)
        })
        .or_else(|| {
            let read = structure::title_line(&p, &consumed).map(|(line, t)| {
                let (line, end, raw) =
                    structure::title_as_the_document_writes_it(&p, &consumed, line, t);
                let t = title::trim_page_notes(structure::clean_title(&raw)).to_owned();
                // A name wrapped after a preposition or conjunction.
                let (end, t) = title::wrapped_on(&p, end, &t).unwrap_or((end, t));
                (line, end, t, raw)
            });
            // Page chrome is no title: abstain rather than invent one.
            let read = read.filter(|(_, _, t, _)| !title::is_chrome_title(t));
            // A web title whose line breaks became full stops: the name as
            // the document's first page writes it.
            if let Some((_, _, t, _)) = &read
                && let Some((j, name)) = title::unbroken(&p, t)
            {
                return Some(((j, j), (j, j), name, Some(("title-web-lines-joined", 0.7))));
            }
            match read {
                Some((line, end, t, raw)) => Some(
                    title::fuller(&p, &consumed, end, &t, &raw)
                        .map(|(j, f)| ((line, end), (j, j), f, Some(("title-fuller-name", 0.8))))
                        .or_else(|| {
                            title::continued_below(&p, end, &t).map(|(j, f)| {
                                ((line, end), (j, j), f, Some(("title-continued-below", 0.7)))
                            })
                        })
                        .or_else(|| {
                            title::restated_without_suffix(&p, end, &t).map(|(j, f)| {
                                (
                                    (line, end),
                                    (j, j),
                                    f,
                                    Some(("title-without-web-suffix", 0.7)),
                                )
                            })
                        })
                        .or_else(|| {
                            title::for_subtitle(&p, end, &t).map(|(j, f)| {
                                ((line, end), (j, j), f, Some(("title-for-subtitle", 0.7)))
                            })
                        })
                        .or_else(|| {
                            title::kind_subtitle(&p, end, &t).map(|(j, f)| {
                                ((line, end), (j, j), f, Some(("title-kind-subtitle", 0.7)))
                            })
                        })
                        .unwrap_or(((line, end), (line, end), t, None)),
                ),
                None => title::above_adoption(&p, &consumed)
                    .filter(|(_, t)| !title::is_chrome_title(t))
                    .map(|(j, t)| ((j, j), (j, j), t, Some(("title-above-adoption", 0.7))))
                    .or_else(|| {
                        page_name::named_on_page(&p)
                            .filter(|(_, t)| !title::is_chrome_title(t))
                            .map(|(j, t)| ((j, j), (j, j), t, Some((page_name::RULE, 0.6))))
                    })
                    .or_else(|| {
                        title::after_collection_header(&p).map(|(j, t)| {
                            (
                                (j, j),
                                (j, j),
                                t,
                                Some(("title-after-collection-header", 0.6)),
                            )
                        })
                    }),
            }
        });
    // `read` is the title's own line(s), `at` where the name was read (a
    // fuller name further down).
    if let Some((_, at, t, rule)) = &title {
        let (rule, conf) = rule.unwrap_or(if structure::kind_word(t).is_some() {
            ("title-first-line", 0.85)
        } else {
            ("title-first-line", 0.6)
        });
        draft.title = Some(title::trim_page_notes(t).to_owned());
        // A plan's period in its title (`IT-strategi 2017-2020`).
        if let Some(v) = title::period(t) {
            fields
                .validity
                .push(v, Src::new(*at, 0.6, "validity-from-title"));
        } else if let Some((j, v)) = title::period_of_download_title(&p, t) {
            fields
                .validity
                .push(v, Src::new((j, j), 0.6, "validity-from-title"));
        }
        draft
            .provenance
            .insert("/title".into(), Src::new(*at, conf, rule).provenance(&p));
        // A title naming three kinds or more (`Kommunala policyer, planer
        // och program`) names a collection: no kind from it.
        if let Some((k, w)) = structure::kind_word(t).filter(|_| structure::kinds_named(t) < 3) {
            fields.kind_words.push((at.0, w.to_owned()));
            if structure::kind_with_goals(t) {
                // `Vision och mål`: goals, a kind outside the vocabulary.
                fields.kind.push(
                    styrdok_core::DocumentKind::Other,
                    Src::new((at.0, at.0), 0.85, "kind-other-goals-title"),
                );
            } else {
                fields
                    .kind
                    .push(k, Src::new((at.0, at.0), 0.85, "kind-from-title"));
            }
        } else if let Some(w) = structure::rules_head(t) {
            // `Regelverk för …`: a body of rules, kind regler.
            fields.kind_words.push((at.0, w.to_owned()));
            fields.kind.push(
                styrdok_core::DocumentKind::Regler,
                Src::new((at.0, at.0), 0.6, "kind-from-title"),
            );
        } else if let Some(w) = structure::other_kind_head(t) {
            // `Renhållningsordning för …`: a kind outside the vocabulary.
            fields.kind_words.push((at.0, w.to_owned()));
            fields.kind.push(
                styrdok_core::DocumentKind::Other,
                Src::new((at.0, at.0), 0.6, "kind-other-from-title"),
            );
        }
    }
    // A bare kind label above the title ("Riktlinje").
    if let Some(((tl, _), _, _, _)) = &title {
        for (i, l) in p.lines.iter().enumerate().take(*tl) {
            if let Some(k) = structure::kind_label_line(&l.text) {
                fields.kind_words.push((i, l.text.trim().to_owned()));
                fields
                    .kind
                    .push(k, Src::new((i, i), 0.9, "kind-label-line"));
            }
        }
    }
    // A title wrapped onto more lines: the lines after its first are the
    // title too, not text.
    if let Some(((line, end), _, _, _)) = &title {
        for j in line + 1..=*end {
            pre::set(&mut consumed, j);
        }
    }
    // A name read inside a page of text leaves the page to be read.
    let title_line = title
        .as_ref()
        .filter(|t| t.3.is_none_or(|(rule, _)| rule != page_name::RULE))
        .map(|t| t.0.0);
    let units = structure::units(&p, &consumed, title_line);
    // Self-descriptions may name the kind; read them before the rest needs it.
    let pre_kind = {
        let mut tmp = Fields::default();
        let ctx = recognize::Context {
            units: &units,
            kind: None,
            title: draft.title.as_deref(),
        };
        recognize::scan(&ctx, &mut tmp);
        tmp.kind.resolve("kind", &p).map(|(k, _, _)| k)
    };
    let known_kind = fields.kind.best(&p).map(|(k, _)| k).or(pre_kind);
    let ctx = recognize::Context {
        units: &units,
        kind: known_kind.as_ref(),
        title: draft.title.as_deref(),
    };
    recognize::scan(&ctx, &mut fields);
    // Adoption facts above the title and on its line.
    if let Some(tl) = title_line {
        let front = structure::front_units(&p, &consumed, tl);
        let ctx = recognize::Context {
            units: &front,
            kind: known_kind.as_ref(),
            title: draft.title.as_deref(),
        };
        recognize::scan_adoption(&ctx, &mut fields);
    }

    // Sections.
    for u in &units {
        if let UnitKind::Heading { number } = &u.kind {
            let heading = u.joined.text.trim().to_owned();
            let id = u.section.clone().unwrap_or_default();
            let level = number
                .as_ref()
                .map(|n| n.split('.').count() as u32)
                .unwrap_or(1);
            let i = draft.sections.len();
            let conf = if number.is_some() { 0.9 } else { 0.6 };
            let span = u.joined.full_span();
            draft.provenance.insert(
                format!("/sections/{i}"),
                Src::new(
                    span,
                    conf,
                    if number.is_some() {
                        "heading-numbered"
                    } else {
                        "heading-unnumbered"
                    },
                )
                .provenance(&p),
            );
            draft.sections.push(Section {
                id,
                number: number.clone(),
                heading,
                level,
            });
        }
    }

    // Single-valued fields.
    macro_rules! resolve {
        ($field:ident) => {
            if let Some((v, prov, conflict)) =
                std::mem::take(&mut fields.$field).resolve(stringify!($field), &p)
            {
                draft.$field = Some(v);
                draft
                    .provenance
                    .insert(concat!("/", stringify!($field)).into(), prov);
                if let Some(c) = conflict {
                    draft.conflicts.push(c);
                }
            }
        };
    }
    // Nothing named the kind: a scope sentence with the kind's definite
    // form, else the kind a demonstrative names (`Detta ägardirektiv avser
    // …`).
    if fields.kind.best_src().is_none()
        && let Some(((k, span, w), confidence, rule)) =
            recognize::self_kind::kind_from_scope(&units)
                .map(|f| (f, 0.6, "kind-self-scope"))
                .or_else(|| {
                    recognize::self_kind::kind_from_demonstrative(&units)
                        .map(|f| (f, 0.55, "kind-self-demonstrative"))
                })
    {
        fields.kind_words.push((span.0, w));
        fields.kind.push(k, Src::new(span, confidence, rule));
    }
    let kind_words = fields.kind_words.clone();
    resolve!(kind);
    if let Some(prov) = draft.provenance.get("/kind") {
        let line = prov.lines.start - 1;
        draft.kind_as_written = kind_words
            .iter()
            .find(|(l, _)| {
                let orig = p.orig_line(*l);
                orig >= line && orig < prov.lines.end
            })
            .map(|(_, w)| w.trim_end_matches([',', '.', ':']).to_owned());
    }
    // "KF" in one place and "Kommunfullmäktige" in another are one adopter,
    // not a conflict: the abbreviation gives way to the full name.
    fields.adopted_by.retain_given_all(|b, all| {
        let abbreviation = b.name.chars().count() <= 4 && b.name.chars().all(char::is_uppercase);
        !(abbreviation
            && b.kind.is_some()
            && all
                .iter()
                .any(|o| o.kind == b.kind && o.name.chars().count() > 4))
    });
    // No adoption read: the one body after a flattened run of labels
    // holding an adopter label.
    if fields.adopted_by.best_src().is_none()
        && let Some((name, line)) = metadata::adopter_after_label_run(&p)
    {
        fields.adopted_by.push(
            draft::BodyRef::new(&name),
            Src::new((line, line), 0.6, "metadata-label-run-adopter"),
        );
    }
    // No decision date read: a line that is only a body with its meeting's
    // date and paragraph, a value of a flattened document table, gives the
    // adopter, date and paragraph (only date and paragraph when the adopter
    // read is that body; nothing when it is another).
    if fields.decision_date.best_src().is_none()
        && let Some((name, date, par, line)) = metadata::decision_line(&p)
    {
        let src = || Src::new((line, line), 0.6, "decision-line-alone");
        let same = |b: &draft::BodyRef| {
            styrdok_core::text::fold(&b.name) == styrdok_core::text::fold(&name)
        };
        match fields.adopted_by.best(&p) {
            None => {
                fields.adopted_by.push(draft::BodyRef::new(&name), src());
                fields.decision_date.push(date, src());
                fields.decision_paragraph.push(par, src());
            }
            Some((b, _)) if same(&b) => {
                fields.decision_date.push(date, src());
                if fields.decision_paragraph.best_src().is_none() {
                    fields.decision_paragraph.push(par, src());
                }
            }
            Some(_) => {}
        }
    }
    // No adoption read: a fullmäktige heading the document is its adopter.
    if fields.adopted_by.best_src().is_none()
        && let Some((name, line)) = metadata::fullmaktige_in_head(&p)
    {
        fields.adopted_by.push(
            draft::BodyRef::new(&name),
            Src::new((line, line), 0.5, "adopter-heading-the-document"),
        );
    }
    // No adoption read: a sentence naming the body that adopts the
    // document itself (`Kommunfullmäktige antar reglementet.`).
    if fields.adopted_by.best_src().is_none()
        && let Some(title) = draft.title.as_deref()
        && let Some((name, line)) = metadata::adopter_of_own_sentence(&p, title)
    {
        // `Direktionen för X`: the body is the name's first word.
        let mut body = draft::BodyRef::new(&name);
        if body.kind.is_none() {
            body.kind = name
                .split_whitespace()
                .next()
                .and_then(draft::classify_body);
        }
        fields
            .adopted_by
            .push(body, Src::new((line, line), 0.5, "adopter-of-own-sentence"));
    }
    // No diarienummer read: the one written without a label in a head
    // line.
    if fields.dnr.best_src().is_none()
        && let Some((dnr, line)) = metadata::dnr_in_head_line(&p)
    {
        fields
            .dnr
            .push(dnr, Src::new((line, line), 0.5, "dnr-in-head-line"));
    }
    // Two diarienummer as sure as each other (a later protocol's copied
    // above the plan, Lessebo `blind123/`): the one on the line that
    // states the adoption read is the document's.
    if let Some((_, d)) = fields.decision_date.best_src() {
        fields.dnr.prefer_on_lines_of(d, &p);
    }
    resolve!(adopted_by);
    resolve!(decision_date);
    resolve!(decision_paragraph);
    resolve!(dnr);
    resolve!(validity);
    resolve!(owner);
    resolve!(review);
    resolve!(last_updated);
    resolve!(required_by_law);
    if let Some((stage, line)) = p.print_stage {
        draft.print_stage = Some(stage);
        draft.provenance.insert(
            "/print_stage".into(),
            Src::new((line, line), 0.8, "print-stage-marker").provenance(&p),
        );
    }
    draft.metadata_as_written = std::mem::take(&mut fields.metadata_as_written);

    // Relations; a page flattened into one line whose labels the metadata
    // consumed is read as text too (`text_units`, as for statements).
    let text_skipped = statements::skipped_for_text(&p, &consumed);
    let text_units_read;
    let units: &[structure::Unit] = if text_skipped == consumed {
        &units
    } else {
        text_units_read = structure::units(&p, &text_skipped, title_line);
        &text_units_read
    };
    let mut rels = relations::scan(units, draft.kind.as_ref(), draft.title.as_deref());
    relations::drop_restated(&mut rels);
    relations::name_earlier_titles(&mut rels);
    for (kind, value, line) in std::mem::take(&mut fields.relation_values) {
        // "Ersätter: Riktlinjer för X och Rutin för Y": one per title.
        for part in value.split(';').flat_map(relations::split_titles) {
            if let Some(t) = relations::parse_citation(part) {
                let k = if kind == RelationKind::Replaces && !t.sections.is_empty() {
                    RelationKind::ReplacesInPart
                } else {
                    kind
                };
                rels.push((
                    Relation {
                        kind: k,
                        target: t,
                        announced: false,
                        section: None,
                    },
                    Src::new((line, line), 0.9, "metadata-relation"),
                ));
            }
        }
    }
    // No replacement read: the document a flattened label run's
    // `Ersätter` names among values that slid past their labels.
    if !rels.iter().any(|(r, _)| {
        matches!(
            r.kind,
            RelationKind::Replaces | RelationKind::ReplacesInPart
        )
    }) && let Some((name, line)) = metadata::replaced_after_label_run(&p, draft.title.as_deref())
        && let Some(t) = relations::parse_citation(&name)
    {
        rels.push((
            Relation {
                kind: RelationKind::Replaces,
                target: t,
                announced: false,
                section: None,
            },
            Src::new((line, line), 0.6, "metadata-relation-label-run"),
        ));
    }
    // Governing and related documents named in metadata lines, which the
    // text units lack or hold as headings (`… Övergripande dokument
    // Säkerhetspolicy för X …`).
    for (i, line) in p.lines.iter().enumerate() {
        let found = relation_links::in_metadata_line(
            &line.text,
            draft.kind.as_ref(),
            draft.title.as_deref(),
        );
        for (k, t) in found {
            if rels.iter().any(|(r, _)| r.kind == k && r.target == t) {
                continue;
            }
            let r = Relation {
                kind: k,
                target: t,
                announced: false,
                section: None,
            };
            rels.push((r, Src::new((i, i), 0.8, "metadata-governing-relation")));
        }
    }
    rels.sort_by_key(|(_, src)| src.start);
    relations::drop_repeated(&mut rels);
    let mut known_dnr: Vec<String> = Vec::new();
    for (r, _) in &rels {
        known_dnr.extend(r.target.dnr.clone());
        known_dnr.extend(r.target.candidates.iter().filter_map(|c| c.dnr.clone()));
    }
    known_dnr.extend(draft.dnr.clone());
    rels.extend(relations::references(units, &known_dnr));
    for (i, (r, src)) in rels.into_iter().enumerate() {
        draft
            .provenance
            .insert(format!("/relations/{i}"), src.provenance(&p));
        draft.relations.push(r);
    }

    // Duties and statements read the same running text.
    let cut = statements::cut_line(&p);
    for (i, (d, src)) in duties::scan(units, cut).into_iter().enumerate() {
        draft
            .provenance
            .insert(format!("/duties/{i}"), src.provenance(&p));
        draft.duties.push(d);
    }
    add_statements(&mut draft, &p, units);
    draft
}

/// Statements, scope and requires, each with its provenance.
fn add_statements(draft: &mut ImportDraft, p: &pre::Prepared<'_>, units: &[structure::Unit]) {
    let found = statements::scan(units, draft.title.as_deref(), statements::cut_line(p));
    for (i, (s, src)) in found.statements.into_iter().enumerate() {
        draft
            .provenance
            .insert(format!("/statements/{i}"), src.provenance(p));
        draft.statements.push(s);
    }
    for (i, (e, src)) in found.scope.into_iter().enumerate() {
        draft
            .provenance
            .insert(format!("/scope/{i}"), src.provenance(p));
        draft.scope.push(e);
    }
    for (i, (r, src)) in found.requires.into_iter().enumerate() {
        draft
            .provenance
            .insert(format!("/requires/{i}"), src.provenance(p));
        draft.requires.push(r);
    }
    // A document a relation already holds is not cited twice.
    let held = |t: &Target| {
        let key = t.title.as_deref().map(styrdok_core::text::fold);
        draft.relations.iter().any(|r| {
            std::iter::once(&r.target)
                .chain(&r.target.candidates)
                .any(|o| {
                    (key.is_some() && o.title.as_deref().map(styrdok_core::text::fold) == key)
                        || (t.dnr.is_some() && o.dnr == t.dnr)
                })
        })
    };
    let cited: Vec<_> = found.cited.into_iter().filter(|(t, _)| !held(t)).collect();
    for (i, (t, src)) in cited.into_iter().enumerate() {
        draft
            .provenance
            .insert(format!("/cited/{i}"), src.provenance(p));
        draft.cited.push(t);
    }
}

/// Reads and imports a file: plain text in UTF-8, UTF-16 or Windows-1252,
/// and (with the `pdf` and `docx` features) PDF and Word documents; the
/// draft's [`ImportDraft::read_as`] says what was read. An empty file, a
/// binary, an image or a scanned PDF is an error saying what it is.
///
/// # Errors
///
/// As [`input::read_path`]: the file cannot be read, is not a regular
/// file, is too large, is empty, or is not text that can be read.
pub fn import_file(path: &Path) -> Result<ImportDraft, ImportError> {
    Ok(import_input(input::read_path(path)?))
}

/// Imports the bytes of one input, as [`import_file`] does.
///
/// # Errors
///
/// As [`input::read_bytes`]: the bytes are too many, empty, or not text
/// that can be read.
pub fn import_bytes(bytes: &[u8]) -> Result<ImportDraft, ImportError> {
    Ok(import_input(input::read_bytes(bytes)?))
}

/// Imports text already read, recording what it was read as.
pub fn import_input(input: input::Input) -> ImportDraft {
    let mut draft = import(&input.text);
    draft.read_as = Some(input.read_as);
    draft
}

impl ImportDraft {
    /// The draft as pretty-printed JSON (stable key order).
    ///
    /// # Errors
    ///
    /// `ImportError::Json` when the draft cannot be serialised (not expected
    /// in practice).
    pub fn to_json(&self) -> Result<String, ImportError> {
        serde_json::to_string_pretty(self).map_err(ImportError::Json)
    }
    /// A readable summary, one fact per line.
    pub fn summary(&self) -> String {
        summary::render(self)
    }
}
