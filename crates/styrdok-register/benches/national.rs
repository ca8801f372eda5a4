//! The national register as its own command (too long for a routine
//! criterion run): one timing of the floor or of load + check on a file
//! made by `styrdok gen`, run under `/usr/bin/time -v` for peak memory.
//!
//! ```text
//! styrdok gen --orgs 311 --docs-per-org 1000 --seed 7 --out /tmp/nat.json
//! cargo bench -p styrdok-register --bench national -- floor /tmp/nat.json
//! cargo bench -p styrdok-register --bench national -- check /tmp/nat.json
//! ```
#![allow(missing_docs, clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let (Some(mode), Some(path)) = (args.first(), args.get(1)) else {
        eprintln!("usage: national floor|check FILE");
        return;
    };
    let t = Instant::now();
    let text = std::fs::read_to_string(path).expect("readable file");
    let read = t.elapsed();
    let t = Instant::now();
    match mode.as_str() {
        "floor" => {
            let v: serde_json::Value = serde_json::from_str(&text).expect("JSON");
            println!(
                "floor: serde_json::Value parse {:.2} s (read {:.2} s)",
                t.elapsed().as_secs_f64(),
                read.as_secs_f64()
            );
            drop(v);
        }
        _ => {
            let mut l = styrdok_register::load_str(&text, Some(path));
            let load = t.elapsed();
            styrdok_register::check_loaded(&mut l, chrono::NaiveDate::from_ymd_opt(2026, 1, 1));
            println!(
                "load {:.2} s, load + check {:.2} s (read {:.2} s), {} diagnostics, errors: {}",
                load.as_secs_f64(),
                t.elapsed().as_secs_f64(),
                read.as_secs_f64(),
                l.diagnostics.len(),
                l.has_errors()
            );
        }
    }
}
