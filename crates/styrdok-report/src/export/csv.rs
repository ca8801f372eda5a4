//! CSV: one file per table, a header row, RFC 4180 quoting, null as empty.

use super::table::Table;

/// The table as CSV text.
///
/// # Errors
///
/// The `csv::Error` of the writer when a record cannot be written (not
/// expected, as it writes to memory).
pub fn to_csv(t: &Table) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(t.columns.iter().map(|(n, _)| *n))?;
    for row in &t.rows {
        w.write_record(row.iter().map(|v| v.to_csv()))?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}
