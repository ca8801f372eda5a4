//! RACI matrices: rows are activities, columns parties; letters from the
//! phrase table (`styrdok_org::raci`, documented in `docs/raci.md`).

use schemars::JsonSchema;
use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use styrdok_core::{Diagnostic, DocumentId, PartyId};
use styrdok_org::Raci;

use crate::Hierarchy;
use crate::Register;
use crate::codes;

/// A column: a party.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct RaciColumn {
    /// The party id.
    pub id: String,
    /// Its name in the register (the id when it is not in the register).
    pub name: String,
}

/// One cell: the letters a party has for an activity.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct RaciCell {
    /// The letters, in R, A, C, I order.
    pub letters: BTreeSet<Raci>,
    /// True when the cell's A is derived (a row with R and no A: the body
    /// accountable under kommunallagen, else the adopting body), not stated.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub derived_a: bool,
    /// The duties behind the letters (`<document>#<duty>`).
    pub duties: Vec<String>,
}

impl RaciCell {
    /// The cell as text: `R`, `A/R` … (`A*` for a derived A).
    pub fn text(&self) -> String {
        self.letters
            .iter()
            .map(|l| {
                if *l == Raci::Accountable && self.derived_a {
                    "A*".to_owned()
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("/")
    }
}

/// One row: an activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct RaciRow {
    /// The activity id.
    pub activity: String,
    /// The organisation of the documents stating it.
    pub organisation: String,
    /// The documents stating it.
    pub documents: Vec<DocumentId>,
    /// A label: the first duty's text.
    pub label: String,
    /// Cells by party id.
    pub cells: BTreeMap<String, RaciCell>,
}

/// A RACI matrix of one document or the whole register.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
#[non_exhaustive]
pub struct RaciMatrix {
    /// The document, or `None` for the whole register.
    pub document: Option<DocumentId>,
    /// The parties, in order of first appearance.
    pub columns: Vec<RaciColumn>,
    /// The activities, in order of first appearance.
    pub rows: Vec<RaciRow>,
    /// Warnings (two accountable parties in one row, SD510); pointers are
    /// relative to the document (`/duties/3`) for one document's matrix, and
    /// into the register (`/documents/2/duties/3`) for the whole register's.
    pub diagnostics: Vec<Diagnostic>,
}

/// The RACI matrix of one document (`Some(id)`) or of every document.
///
/// Rows are activities (`duty.activity`, per organisation), so the same
/// activity stated twice is one row. The holder's letter is
/// [`styrdok_org::Duty::letter`]; a counterpart is `I`. A row with an R but
/// no A gets the adopting body of the first document stating it as a
/// derived A. Two distinct parties with a stated A in one row give an SD510
/// warning. An unknown document id gives an empty matrix.
pub fn raci_matrix(reg: &Register, doc: Option<&DocumentId>) -> RaciMatrix {
    let h = Hierarchy::new(reg);
    let docs = reg
        .documents
        .iter()
        .enumerate()
        .filter(|(_, d)| doc.is_none_or(|id| &d.id == id));
    raci_matrix_of(&h, docs, doc)
}

/// The RACI matrix of the given documents (with their indices in the
/// register), for callers that already hold a [`Hierarchy`] and the
/// documents: building one per document of a large register stays linear.
pub(crate) fn raci_matrix_of<'r>(
    h: &Hierarchy<'r>,
    docs: impl Iterator<Item = (usize, &'r styrdok_model::Document)>,
    doc: Option<&DocumentId>,
) -> RaciMatrix {
    let mut m = RaciMatrix {
        document: doc.cloned(),
        columns: Vec::new(),
        rows: Vec::new(),
        diagnostics: Vec::new(),
    };
    let mut row_ix: BTreeMap<(String, String), usize> = BTreeMap::new();
    // For the two-A warning: the first duty giving each A, per row.
    let mut first_a: Vec<Vec<(PartyId, usize, DocumentId)>> = Vec::new();
    let docs: Vec<(usize, &styrdok_model::Document)> = docs.collect();
    let by_id: std::collections::HashMap<&DocumentId, &styrdok_model::Document> =
        docs.iter().map(|(_, d)| (&d.id, *d)).collect();
    for &(i, d) in &docs {
        let org = d.org().to_string();
        for (j, duty) in d.duties.iter().enumerate() {
            let key = (org.clone(), duty.activity.clone());
            let r = *row_ix.entry(key).or_insert_with(|| {
                m.rows.push(RaciRow {
                    activity: duty.activity.clone(),
                    organisation: org.clone(),
                    documents: Vec::new(),
                    label: duty.text.clone(),
                    cells: BTreeMap::new(),
                });
                first_a.push(Vec::new());
                m.rows.len() - 1
            });
            let Some(row) = m.rows.get_mut(r) else {
                continue;
            };
            if !row.documents.contains(&d.id) {
                row.documents.push(d.id.clone());
            }
            let tag = format!("{}#{}", d.id, duty.id);
            let letters = styrdok_org::raci::duty_letters(duty);
            // The holder's A (stated, or from "genom X"), for the two-A warning.
            let letter = letters
                .iter()
                .find(|(p, _, _)| p == &duty.holder)
                .map_or(Raci::Responsible, |(_, l, _)| *l);
            let mut put = |party: &str, l: Raci, cols: &mut Vec<RaciColumn>| {
                if !cols.iter().any(|c| c.id == party) {
                    cols.push(RaciColumn {
                        id: party.to_owned(),
                        name: h.name_of(party).unwrap_or(party).to_owned(),
                    });
                }
                let cell = row.cells.entry(party.to_owned()).or_default();
                cell.letters.insert(l);
                if !cell.duties.contains(&tag) {
                    cell.duties.push(tag.clone());
                }
            };
            for (party, l, _) in &letters {
                put(party, *l, &mut m.columns);
            }
            if letter == Raci::Accountable
                && let Some(seen) = first_a.get_mut(r)
                && !seen.iter().any(|(p, _, _)| p == &duty.holder)
            {
                if let Some((other, _, _)) = seen.first() {
                    let ptr = if doc.is_some() {
                        format!("/duties/{j}")
                    } else {
                        format!("/documents/{i}/duties/{j}")
                    };
                    m.diagnostics.push(
                        Diagnostic::warning(
                            codes::TWO_ACCOUNTABLE,
                            format!(
                                "{}: the activity \"{}\" has two accountable parties, {} and {}; a RACI row should have one A",
                                d.id, duty.activity, other, duty.holder
                            ),
                        )
                            .at(ptr)
                        .about(&d.id)
                        .about(&duty.holder),
                    );
                }
                seen.push((duty.holder.clone(), j, d.id.clone()));
            }
        }
    }
    // Derived A: a row with R and no A takes the adopting body.
    for row in &mut m.rows {
        let has_a = row
            .cells
            .values()
            .any(|c| c.letters.contains(&Raci::Accountable));
        let has_r = row
            .cells
            .values()
            .any(|c| c.letters.contains(&Raci::Responsible));
        if has_a || !has_r {
            continue;
        }
        // The body accountable under kommunallagen for the R's activity
        // (styrdok_org::raci::kl_accountable), else the adopting body.
        let adopter = kl_accountable_of(h, row).or_else(|| {
            row.documents
                .first()
                .and_then(|id| by_id.get(id))
                .and_then(|d| d.adopted_by.as_ref().map(PartyId::to_string))
        });
        if let Some(a) = adopter {
            if !m.columns.iter().any(|c| c.id == a) {
                m.columns.push(RaciColumn {
                    name: h.name_of(&a).unwrap_or(&a).to_owned(),
                    id: a.clone(),
                });
            }
            let cell = row.cells.entry(a).or_default();
            cell.letters.insert(Raci::Accountable);
            cell.derived_a = true;
        }
    }
    m
}

/// The first R holder's accountable body under kommunallagen.
fn kl_accountable_of(h: &Hierarchy<'_>, row: &RaciRow) -> Option<String> {
    row.cells
        .iter()
        .filter(|(_, c)| c.letters.contains(&Raci::Responsible))
        .find_map(|(p, _)| {
            let org = h.org_of(p)?;
            styrdok_org::raci::kl_accountable(org, p).map(|(a, _)| a)
        })
}

fn header(m: &RaciMatrix) -> Vec<String> {
    let mut h = vec!["activity".to_owned()];
    if m.document.is_none() {
        h.push("documents".to_owned());
    }
    h.extend(m.columns.iter().map(|c| c.name.clone()));
    h
}

fn record(m: &RaciMatrix, row: &RaciRow) -> Vec<String> {
    let mut r = vec![row.activity.clone()];
    if m.document.is_none() {
        r.push(
            row.documents
                .iter()
                .map(|d| d.as_str())
                .collect::<Vec<_>>()
                .join(" "),
        );
    }
    r.extend(
        m.columns
            .iter()
            .map(|c| row.cells.get(&c.id).map(RaciCell::text).unwrap_or_default()),
    );
    r
}

impl RaciMatrix {
    /// Whether any cell has a derived A.
    pub fn has_derived(&self) -> bool {
        self.rows
            .iter()
            .any(|r| r.cells.values().any(|c| c.derived_a))
    }

    /// CSV: a header of party names, one record per activity; `A*` marks a
    /// derived A.
    ///
    /// # Errors
    ///
    /// The `csv::Error` of the writer when a record cannot be written (not
    /// expected, as it writes to memory).
    pub fn to_csv(&self) -> Result<String, csv::Error> {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(header(self))?;
        for row in &self.rows {
            w.write_record(record(self, row))?;
        }
        let bytes = w.into_inner().map_err(|e| e.into_error())?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// A Markdown table, with a note when an A is derived.
    pub fn to_markdown(&self) -> String {
        let esc = |s: &str| s.replace('|', "\\|").replace('\n', " ");
        let h = header(self);
        let mut out = format!(
            "| {} |\n|{}\n",
            h.iter().map(|s| esc(s)).collect::<Vec<_>>().join(" | "),
            h.iter().map(|_| "---|").collect::<String>()
        );
        for row in &self.rows {
            let r = record(self, row);
            out.push_str(&format!(
                "| {} |\n",
                r.iter().map(|s| esc(s)).collect::<Vec<_>>().join(" | ")
            ));
        }
        if self.has_derived() {
            out.push_str("\n`A*`: derived — the row has an R and no A, so the body accountable under kommunallagen (a nämnd for its own activity, the styrelse for leading and coordinating) is A, else the adopting body (docs/raci.md).\n");
        }
        out
    }

    /// A plain-text table with aligned columns.
    pub fn to_table(&self) -> String {
        let h = header(self);
        let rows: Vec<Vec<String>> = self.rows.iter().map(|r| record(self, r)).collect();
        let widths: Vec<usize> = (0..h.len())
            .map(|i| {
                rows.iter()
                    .filter_map(|r| r.get(i))
                    .chain(h.get(i))
                    .map(|c| c.chars().count())
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let line = |cells: &[String]| {
            let mut s = cells
                .iter()
                .zip(&widths)
                .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
                .collect::<Vec<_>>()
                .join("  ");
            s.truncate(s.trim_end().len());
            s.push('\n');
            s
        };
        let mut out = line(&h);
        for r in &rows {
            out.push_str(&line(r));
        }
        if self.has_derived() {
            out.push_str(
                "A* = derived: the row has an R and no A, so the body accountable under kommunallagen is A, else the adopting body (docs/raci.md)\n",
            );
        }
        out
    }
}
