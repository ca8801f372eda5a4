use chrono::NaiveDate;
use styrdok_report::export::{Format, Table, Value, tables, write_tables};

fn seeds() -> styrdok_register::Loaded {
    styrdok_register::bundled()
}

fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn table<'a>(ts: &'a [Table], name: &str) -> &'a Table {
    ts.iter().find(|t| t.name == name).unwrap()
}

fn col(t: &Table, name: &str) -> usize {
    t.columns.iter().position(|c| c.0 == name).unwrap()
}

#[test]
fn every_table_is_well_typed_and_documented() {
    let l = seeds();
    let reg = l.register.as_ref().unwrap();
    let ts = tables(reg, &l.diagnostics, Some(day("2006-01-01")));
    let names: Vec<&str> = ts.iter().map(|t| t.name).collect();
    assert_eq!(
        names,
        [
            "organisations",
            "bodies",
            "groups",
            "group_members",
            "roles",
            "documents",
            "sections",
            "statements",
            "duties",
            "relations",
            "control_links",
            "diagnostics"
        ]
    );
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/export.md"))
        .unwrap();
    for t in &ts {
        t.check().unwrap();
        // docs/export.md lists every column of every table with its type
        let section = doc
            .split("\n### ")
            .find(|s| s.starts_with(&format!("`{}`", t.name)))
            .unwrap_or_else(|| panic!("docs/export.md has no section for {}", t.name));
        for (c, ty) in &t.columns {
            assert!(
                section.contains(&format!("| `{c}` | {} |", ty.name())),
                "docs/export.md: {}.{c} ({}) is not documented",
                t.name,
                ty.name()
            );
        }
    }
    assert_eq!(table(&ts, "documents").rows.len(), reg.documents.len());
    assert_eq!(
        table(&ts, "organisations").rows.len(),
        reg.organisations.len()
    );
    assert_eq!(
        table(&ts, "control_links").rows.len(),
        reg.control_links.len()
    );
}

#[test]
fn partial_dates_are_three_columns() {
    let l = seeds();
    let reg = l.register.as_ref().unwrap();
    let ts = tables(reg, &l.diagnostics, Some(day("2006-01-01")));
    let t = table(&ts, "documents");
    let row = t
        .rows
        .iter()
        .find(|r| r[col(t, "id")] == Value::from("stockholm/it-program"))
        .unwrap();
    // "not before 2007": as written, an earliest day, no latest
    assert_eq!(row[col(t, "decision_date")], Value::from("not before 2007"));
    assert_eq!(
        row[col(t, "decision_date_earliest")],
        Value::Date(day("2007-01-01"))
    );
    assert_eq!(row[col(t, "decision_date_latest")], Value::Null);
    // decided not before 2007: certainly not yet decided on 2006-01-01
    assert_eq!(row[col(t, "status")], Value::from("not_yet_decided"));
    assert_eq!(row[col(t, "in_force")], Value::from("no"));
    let infosak = t
        .rows
        .iter()
        .find(|r| r[col(t, "decision_date")] == Value::from("2005-06-13"))
        .unwrap();
    assert_eq!(
        infosak[col(t, "decision_date_earliest")],
        Value::Date(day("2005-06-13"))
    );
    assert_eq!(
        infosak[col(t, "decision_date_latest")],
        Value::Date(day("2005-06-13"))
    );
}

#[test]
fn csv_has_a_header_and_one_line_per_row() {
    let l = seeds();
    let reg = l.register.as_ref().unwrap();
    let ts = tables(reg, &l.diagnostics, None);
    let t = table(&ts, "statements");
    let bytes = Format::Csv.encode(t).unwrap();
    let mut r = csv::Reader::from_reader(bytes.as_slice());
    let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(header[0], "id");
    assert_eq!(r.records().count(), t.rows.len());
}

#[test]
fn export_refuses_a_directory_it_did_not_write() {
    let l = seeds();
    let reg = l.register.as_ref().unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    let err = write_tables(reg, &l.diagnostics, None, Format::Csv, dir.path()).unwrap_err();
    assert!(err.to_string().contains("will not overwrite"), "{err}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
        "mine"
    );
    // a new directory, then again into the same: ours, allowed
    let out = dir.path().join("export");
    let files = write_tables(reg, &l.diagnostics, None, Format::Csv, &out).unwrap();
    assert_eq!(files.len(), 13);
    write_tables(reg, &l.diagnostics, None, Format::Csv, &out).unwrap();
    // a file we did not write beside ours, under a table's name: refused
    std::fs::remove_file(out.join("duties.csv")).unwrap();
    std::fs::write(out.join("duties.csv"), "theirs").unwrap();
    let m = std::fs::read_to_string(out.join("manifest.json")).unwrap();
    std::fs::write(
        out.join("manifest.json"),
        m.replace("\"duties.csv\"", "\"x.csv\""),
    )
    .unwrap();
    assert!(write_tables(reg, &l.diagnostics, None, Format::Csv, &out).is_err());
    assert_eq!(
        std::fs::read_to_string(out.join("duties.csv")).unwrap(),
        "theirs"
    );
}

#[cfg(feature = "parquet")]
mod parquet_round_trip {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    use parquet::record::{Field, Row};

    use super::*;

    fn read(path: &std::path::Path) -> (Vec<String>, Vec<Row>) {
        let f = std::fs::File::open(path).unwrap();
        let r = SerializedFileReader::new(f).unwrap();
        let names = r
            .metadata()
            .file_metadata()
            .schema_descr()
            .columns()
            .iter()
            .map(|c| c.name().to_owned())
            .collect();
        let rows = r.get_row_iter(None).unwrap().map(|r| r.unwrap()).collect();
        (names, rows)
    }

    fn field<'a>(names: &[String], row: &'a Row, col: &str) -> &'a Field {
        let i = names.iter().position(|n| n == col).unwrap();
        row.get_column_iter().nth(i).unwrap().1
    }

    #[test]
    fn every_table_reads_back() {
        let l = seeds();
        let reg = l.register.as_ref().unwrap();
        let at = Some(day("2006-01-01"));
        let ts = tables(reg, &l.diagnostics, at);
        let dir = tempfile::tempdir().unwrap();
        write_tables(reg, &l.diagnostics, at, Format::Parquet, dir.path()).unwrap();
        for t in &ts {
            let (names, rows) = read(&dir.path().join(format!("{}.parquet", t.name)));
            let expected: Vec<&str> = t.columns.iter().map(|c| c.0).collect();
            assert_eq!(names, expected, "{}", t.name);
            assert_eq!(rows.len(), t.rows.len(), "{}", t.name);
            // every cell reads back as written
            for (row, want) in rows.iter().zip(&t.rows) {
                for ((_, got), want) in row.get_column_iter().zip(want) {
                    let same = match (got, want) {
                        (Field::Null, Value::Null) => true,
                        (Field::Str(a), Value::Text(b)) => a == b,
                        (Field::Bool(a), Value::Bool(b)) => a == b,
                        (Field::Long(a), Value::Int(b)) => a == b,
                        (Field::Date(a), Value::Date(b)) => {
                            i64::from(*a)
                                == (*b - NaiveDate::from_ymd_opt(1970, 1, 1).unwrap()).num_days()
                        }
                        _ => false,
                    };
                    assert!(same, "{}: {got:?} != {want:?}", t.name);
                }
            }
        }
        // a few values by name
        let (names, rows) = read(&dir.path().join("documents.parquet"));
        let prog = rows
            .iter()
            .find(
                |r| matches!(field(&names, r, "id"), Field::Str(s) if s == "stockholm/it-program"),
            )
            .unwrap();
        assert_eq!(field(&names, prog, "kind"), &Field::Str("program".into()));
        assert_eq!(field(&names, prog, "decision_date_latest"), &Field::Null);
        assert!(matches!(field(&names, prog, "status_at"), Field::Date(_)));
        let (names, rows) = read(&dir.path().join("organisations.parquet"));
        assert!(
            rows.iter()
                .any(|r| field(&names, r, "name") == &Field::Str("Stockholms stad".into()))
        );
    }
}
