//! Times `styrdok_import::import` on generated hostile texts of growing size
//! and prints one Markdown table row per case and size (release build:
//! `cargo run --release -p styrdok-import --example scale`).
//!
//! The cases are the ones that used to grow faster than the input: lines
//! ending in a hyphen, one paragraph over many lines, many pages with
//! running headers and footers, a lead-in with many bullets, one paragraph
//! of many duty sentences.

use std::time::Instant;

/// A generated text of `n` lines for each case.
fn generate(case: &str, n: usize) -> String {
    let mut s =
        String::from("Riktlinje för prov\n\nAntagen av kommunfullmäktige 2020-01-15, § 3\n\n");
    for i in 0..n {
        match case {
            "hyphenated" => s.push_str("informations-\n"),
            "paragraph" => s.push_str("text som fortsätter på nästa rad utan slut\n"),
            "pages" => {
                if i % 40 == 39 {
                    s.push_str(&format!(
                        "Riktlinje för prov\nSida {} ({})\n",
                        i / 40 + 1,
                        n / 40
                    ));
                } else {
                    s.push_str(&format!("rad {i} av löptexten i dokumentet\n"));
                }
            }
            "bullets" => {
                if i == 0 {
                    s.push_str("Kommunstyrelsen ansvarar för att:\n");
                }
                s.push_str(&format!("• följa upp område nummer {i}\n"));
            }
            "sentences" => s.push_str(&format!("Nämnden ska göra uppgift {i}.\n")),
            _ => unreachable!("unknown case"),
        }
    }
    s
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![10_000, 40_000, 100_000]
    } else {
        sizes
    };
    println!("| case | lines | input bytes | seconds | JSON bytes |");
    println!("|---|---:|---:|---:|---:|");
    for case in ["hyphenated", "paragraph", "pages", "bullets", "sentences"] {
        for &n in &sizes {
            let text = generate(case, n);
            let t = Instant::now();
            let draft = styrdok_import::import(&text);
            let secs = t.elapsed().as_secs_f64();
            let json = draft.to_json().map(|j| j.len()).unwrap_or(0);
            println!("| {case} | {n} | {} | {secs:.3} | {json} |", text.len());
        }
    }
}
