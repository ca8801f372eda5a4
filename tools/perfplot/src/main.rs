//! Draws `docs/performance.svg`: time and peak memory of load + check
//! against register size, beside the floor (the `serde_json::Value` parse
//! of the same bytes) and the targets of issue 11.
//!
//! Input: `docs/performance-data.csv` (every figure, with its source) and,
//! where present, criterion's `target/criterion/load_check/*/N/new/estimates.json`
//! (median), which replace the CSV's times for size N. Dev-only: not a
//! default member of the workspace and a dependency of nothing.
//!
//! ```text
//! cargo run -p styrdok-perfplot -- [DATA.csv] [CRITERION_DIR] [OUT.svg]
//! ```

use plotters::prelude::*;
use std::path::{Path, PathBuf};

/// One register size.
#[derive(Debug, Clone)]
struct Row {
    docs: f64,
    input_mb: f64,
    check_s: Option<f64>,
    floor_s: Option<f64>,
    peak_mb: Option<f64>,
}

fn number(field: Option<&str>) -> Option<f64> {
    field.map(str::trim).filter(|f| !f.is_empty())?.parse().ok()
}

fn read_rows(path: &Path) -> Result<Vec<Row>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.starts_with("documents") || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.splitn(6, ',').collect();
        let (Some(docs), Some(input_mb)) = (number(f.first().copied()), number(f.get(1).copied()))
        else {
            return Err(format!(
                "{}:{}: documents and input_mb must be numbers",
                path.display(),
                i + 1
            ));
        };
        rows.push(Row {
            docs,
            input_mb,
            check_s: number(f.get(2).copied()),
            floor_s: number(f.get(3).copied()),
            peak_mb: number(f.get(4).copied()),
        });
    }
    Ok(rows)
}

/// Criterion's median for `load_check/<bench>/<docs>`, in seconds.
fn criterion_median(dir: &Path, bench: &str, docs: f64) -> Option<f64> {
    let path = dir
        .join(bench)
        .join(format!("{docs}"))
        .join("new/estimates.json");
    let text = std::fs::read_to_string(path).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    Some(v.get("median")?.get("point_estimate")?.as_f64()? / 1e9)
}

fn series(rows: &[Row], f: impl Fn(&Row) -> Option<f64>) -> Vec<(f64, f64)> {
    rows.iter().filter_map(|r| Some((r.docs, f(r)?))).collect()
}

/// One line of a chart: its name in the legend, its points, its colour.
type Line<'a> = (&'a str, Vec<(f64, f64)>, RGBColor);

/// One chart: its caption, its y axis and its lines.
struct Panel<'a> {
    caption: &'a str,
    y: std::ops::Range<f64>,
    y_desc: &'a str,
    lines: [Line<'a>; 3],
}

/// Draws one chart on log–log axes over `x` documents, with a legend.
fn draw_panel(
    area: &DrawingArea<SVGBackend<'_>, plotters::coord::Shift>,
    x: std::ops::Range<f64>,
    panel: Panel<'_>,
) -> Result<(), Box<dyn std::error::Error>> {
    let mut chart = ChartBuilder::on(area)
        .caption(panel.caption, ("sans-serif", 18))
        .margin(10)
        .x_label_area_size(40)
        .y_label_area_size(55)
        .build_cartesian_2d(x.log_scale(), panel.y.log_scale())?;
    chart
        .configure_mesh()
        .x_desc("documents")
        .y_desc(panel.y_desc)
        .draw()?;
    for (name, points, colour) in panel.lines {
        chart
            .draw_series(LineSeries::new(points.clone(), colour.stroke_width(2)))?
            .label(name)
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 18, y)], colour));
        chart.draw_series(points.iter().map(|p| Circle::new(*p, 3, colour.filled())))?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()?;
    Ok(())
}

fn draw(rows: &[Row], out: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let root = SVGBackend::new(out, (1000, 460)).into_drawing_area();
    root.fill(&WHITE)?;
    let (left, right) = root.split_horizontally(500);
    let x = 500f64..500_000f64;
    draw_panel(
        &left,
        x.clone(),
        Panel {
            caption: "Time against register size",
            y: 0.01f64..1000f64,
            y_desc: "seconds",
            lines: [
                (
                    "load + check (styrdok check, CPU)",
                    series(rows, |r| r.check_s),
                    RED,
                ),
                (
                    "floor: serde_json::Value parse",
                    series(rows, |r| r.floor_s),
                    BLUE,
                ),
                (
                    "target: 1.5 x floor",
                    series(rows, |r| r.floor_s.map(|f| f * 1.5)),
                    GREEN,
                ),
            ],
        },
    )?;
    draw_panel(
        &right,
        x,
        Panel {
            caption: "Peak memory against register size",
            y: 1f64..100_000f64,
            y_desc: "MB",
            lines: [
                (
                    "peak memory of styrdok check",
                    series(rows, |r| r.peak_mb),
                    RED,
                ),
                ("input size", series(rows, |r| Some(r.input_mb)), BLUE),
                (
                    "target: 2 x input",
                    series(rows, |r| Some(r.input_mb * 2.0)),
                    GREEN,
                ),
            ],
        },
    )?;
    root.present()?;
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let data = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "docs/performance-data.csv".into()),
    );
    let criterion = PathBuf::from(
        args.next()
            .unwrap_or_else(|| "target/criterion/load_check".into()),
    );
    let out = PathBuf::from(args.next().unwrap_or_else(|| "docs/performance.svg".into()));
    let mut rows = read_rows(&data)?;
    for r in &mut rows {
        let check = criterion_median(&criterion, "load + check", r.docs);
        let floor = criterion_median(&criterion, "floor_ serde_json__Value", r.docs);
        if check.is_some() || floor.is_some() {
            eprintln!("{} documents: times from criterion", r.docs);
        }
        r.check_s = check.or(r.check_s);
        r.floor_s = floor.or(r.floor_s);
    }
    draw(&rows, &out)?;
    eprintln!("wrote {}", out.display());
    Ok(())
}
