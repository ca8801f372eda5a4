//! A column-typed table: what CSV and Parquet are written from.

use chrono::NaiveDate;

/// The type of a column. Every column may hold nulls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ColumnType {
    /// UTF-8 text (Parquet `BYTE_ARRAY` / `STRING`).
    Text,
    /// A day (Parquet `INT32` / `DATE`).
    Date,
    /// A boolean.
    Bool,
    /// A 64-bit integer.
    Int,
}

impl ColumnType {
    /// The name used in `docs/export.md`.
    pub fn name(self) -> &'static str {
        match self {
            ColumnType::Text => "text",
            ColumnType::Date => "date",
            ColumnType::Bool => "bool",
            ColumnType::Int => "int64",
        }
    }
}

/// One cell.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Value {
    /// Null.
    Null,
    /// Text.
    Text(String),
    /// A day.
    Date(NaiveDate),
    /// A boolean.
    Bool(bool),
    /// An integer.
    Int(i64),
}

impl Value {
    /// Text, or null for `None`.
    pub fn text(s: Option<impl Into<String>>) -> Self {
        s.map_or(Value::Null, |s| Value::Text(s.into()))
    }

    /// A day, or null for `None`.
    pub fn date(d: Option<NaiveDate>) -> Self {
        d.map_or(Value::Null, Value::Date)
    }

    /// As CSV text: null is empty, days ISO, booleans `true`/`false`.
    pub fn to_csv(&self) -> String {
        match self {
            Value::Null => String::new(),
            Value::Text(s) => s.clone(),
            Value::Date(d) => d.format("%Y-%m-%d").to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Int(i) => i.to_string(),
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

/// A named table with typed columns.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Table {
    /// The table's name (the file stem: `documents.parquet`).
    pub name: &'static str,
    /// Column names and types.
    pub columns: Vec<(&'static str, ColumnType)>,
    /// Rows; each has one value per column, of the column's type or null.
    pub rows: Vec<Vec<Value>>,
}

impl Table {
    /// An empty table.
    pub fn new(name: &'static str, columns: &[(&'static str, ColumnType)]) -> Self {
        Table {
            name,
            columns: columns.to_vec(),
            rows: Vec::new(),
        }
    }

    /// Adds a row. A row of the wrong length or with a value of the wrong
    /// type is a bug in the table builders, reported by
    /// [`Table::check`] (tests run it on every table).
    pub fn push(&mut self, row: Vec<Value>) {
        self.rows.push(row);
    }

    /// Checks every row's length and value types.
    ///
    /// # Errors
    ///
    /// A message naming the table and row when a row has a different number
    /// of values than the table has columns, or a value's type does not match
    /// its column's type (null fits every column).
    pub fn check(&self) -> Result<(), String> {
        for (i, row) in self.rows.iter().enumerate() {
            if row.len() != self.columns.len() {
                return Err(format!(
                    "{}: row {i} has {} values for {} columns",
                    self.name,
                    row.len(),
                    self.columns.len()
                ));
            }
            for (v, (name, ty)) in row.iter().zip(&self.columns) {
                let ok = matches!(
                    (v, ty),
                    (Value::Null, _)
                        | (Value::Text(_), ColumnType::Text)
                        | (Value::Date(_), ColumnType::Date)
                        | (Value::Bool(_), ColumnType::Bool)
                        | (Value::Int(_), ColumnType::Int)
                );
                if !ok {
                    return Err(format!(
                        "{}: row {i}, column {name}: {v:?} is not {}",
                        self.name,
                        ty.name()
                    ));
                }
            }
        }
        Ok(())
    }
}
