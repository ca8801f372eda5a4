//! Parquet: one file per table, one row group, every column `OPTIONAL`,
//! plain encoding, no compression (no codec is compiled in). Text is
//! `BYTE_ARRAY` annotated `STRING`, days `INT32` annotated `DATE`.

use std::sync::Arc;

use parquet::basic::{Compression, LogicalType, Repetition, Type as Physical};
use parquet::data_type::{BoolType, ByteArray, ByteArrayType, Int32Type, Int64Type};
use parquet::errors::ParquetError;
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::types::Type;

use super::table::{ColumnType, Table, Value};

const EPOCH: chrono::NaiveDate = match chrono::NaiveDate::from_ymd_opt(1970, 1, 1) {
    Some(d) => d,
    None => chrono::NaiveDate::MIN,
};

fn schema(t: &Table) -> Result<Type, ParquetError> {
    let mut fields = Vec::with_capacity(t.columns.len());
    for (name, ty) in &t.columns {
        let (physical, logical) = match ty {
            ColumnType::Text => (Physical::BYTE_ARRAY, Some(LogicalType::String)),
            ColumnType::Date => (Physical::INT32, Some(LogicalType::Date)),
            ColumnType::Bool => (Physical::BOOLEAN, None),
            ColumnType::Int => (Physical::INT64, None),
        };
        fields.push(Arc::new(
            Type::primitive_type_builder(name, physical)
                .with_repetition(Repetition::OPTIONAL)
                .with_logical_type(logical)
                .build()?,
        ));
    }
    Type::group_type_builder(t.name).with_fields(fields).build()
}

/// Values of column `i` that are not null, and the definition levels
/// (1 present, 0 null) of every row.
fn column<V>(t: &Table, i: usize, f: impl Fn(&Value) -> Option<V>) -> (Vec<V>, Vec<i16>) {
    let mut vals = Vec::with_capacity(t.rows.len());
    let mut defs = Vec::with_capacity(t.rows.len());
    for row in &t.rows {
        match row.get(i).and_then(&f) {
            Some(v) => {
                vals.push(v);
                defs.push(1);
            }
            None => defs.push(0),
        }
    }
    (vals, defs)
}

/// The table as a Parquet file.
///
/// # Errors
///
/// The `ParquetError` of the writer when the schema cannot be built or a
/// column, row group or the file cannot be written, or `ParquetError::General`
/// when the writer asks for more columns than the table has.
pub fn to_parquet(t: &Table) -> Result<Vec<u8>, ParquetError> {
    let props = Arc::new(
        WriterProperties::builder()
            .set_compression(Compression::UNCOMPRESSED)
            .set_created_by(format!("styrdok {}", env!("CARGO_PKG_VERSION")))
            .build(),
    );
    let mut buf = Vec::new();
    let mut w = SerializedFileWriter::new(&mut buf, Arc::new(schema(t)?), props)?;
    let mut rg = w.next_row_group()?;
    let mut i = 0;
    while let Some(mut col) = rg.next_column()? {
        let ty = t
            .columns
            .get(i)
            .map(|c| c.1)
            .ok_or_else(|| ParquetError::General("more columns than the table".into()))?;
        match ty {
            ColumnType::Text => {
                let (v, d) = column(t, i, |v| match v {
                    Value::Text(s) => Some(ByteArray::from(s.as_str())),
                    _ => None,
                });
                col.typed::<ByteArrayType>()
                    .write_batch(&v, Some(&d), None)?;
            }
            ColumnType::Date => {
                let (v, d) = column(t, i, |v| match v {
                    Value::Date(day) => i32::try_from((*day - EPOCH).num_days()).ok(),
                    _ => None,
                });
                col.typed::<Int32Type>().write_batch(&v, Some(&d), None)?;
            }
            ColumnType::Bool => {
                let (v, d) = column(t, i, |v| match v {
                    Value::Bool(b) => Some(*b),
                    _ => None,
                });
                col.typed::<BoolType>().write_batch(&v, Some(&d), None)?;
            }
            ColumnType::Int => {
                let (v, d) = column(t, i, |v| match v {
                    Value::Int(n) => Some(*n),
                    _ => None,
                });
                col.typed::<Int64Type>().write_batch(&v, Some(&d), None)?;
            }
        }
        col.close()?;
        i += 1;
    }
    rg.close()?;
    w.close()?;
    Ok(buf)
}
