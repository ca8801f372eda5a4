//! A small CSV reader: rows addressed by column name, errors with line numbers.

use crate::ControlsError;

/// One parsed CSV table.
pub(crate) struct Table {
    pub(crate) name: String,
    headers: Vec<String>,
    rows: Vec<(u64, Vec<String>)>,
}

/// One row, with its line number.
pub(crate) struct Row<'a> {
    table: &'a Table,
    pub(crate) line: u64,
    fields: &'a [String],
}

impl Table {
    /// Parses `text`; every column in `required` must be present.
    pub(crate) fn parse(name: &str, text: &str, required: &[&str]) -> Result<Self, ControlsError> {
        let mut reader = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .comment(None)
            .from_reader(text.as_bytes());
        let headers: Vec<String> = reader
            .headers()
            .map_err(|e| ControlsError::csv(name, 1, e.to_string()))?
            .iter()
            .map(str::to_owned)
            .collect();
        for r in required {
            if !headers.iter().any(|h| h == r) {
                return Err(ControlsError::csv(name, 1, format!("missing column {r:?}")));
            }
        }
        let mut rows = Vec::new();
        for rec in reader.records() {
            let rec = rec.map_err(|e| {
                let line = e.position().map_or(0, |p| p.line());
                ControlsError::csv(name, line, e.to_string())
            })?;
            let line = rec.position().map_or(0, |p| p.line());
            rows.push((line, rec.iter().map(str::to_owned).collect()));
        }
        Ok(Table {
            name: name.to_owned(),
            headers,
            rows,
        })
    }

    /// The rows.
    pub(crate) fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.rows.iter().map(move |(line, fields)| Row {
            table: self,
            line: *line,
            fields,
        })
    }
}

impl<'a> Row<'a> {
    /// The field in column `name` ("" when absent).
    pub(crate) fn get(&self, name: &str) -> &'a str {
        self.table
            .headers
            .iter()
            .position(|h| h == name)
            .and_then(|i| self.fields.get(i))
            .map_or("", String::as_str)
    }

    /// An error located at this row.
    pub(crate) fn error(&self, message: impl Into<String>) -> ControlsError {
        ControlsError::csv(&self.table.name, self.line, message)
    }
}
