//! Big generated inputs (never committed): the draft's JSON grows linearly
//! with the input. Sizes, not times, are asserted; timings are in
//! docs/reliability.md ("Import") (`cargo run --release -p styrdok-import
//! --example scale`).

use styrdok_import::import;

const HEAD: &str = "Riktlinje för prov\n\nAntagen av kommunfullmäktige 2020-01-15, § 3\n\n";

fn hyphenated(n: usize) -> String {
    let mut s = HEAD.to_owned();
    for _ in 0..n {
        s.push_str("informations-\n");
    }
    s
}

fn bullets(n: usize) -> String {
    let mut s = HEAD.to_owned();
    s.push_str("Kommunstyrelsen ansvarar för att:\n");
    for i in 0..n {
        s.push_str(&format!("• följa upp område nummer {i}\n"));
    }
    s
}

fn json_len(text: &str) -> usize {
    import(text).to_json().unwrap().len()
}

/// Doubling the input at most doubles the output (plus a little), and the
/// output is a bounded multiple of the input. Returns the draft of `n`.
fn assert_linear(what: &str, make: fn(usize) -> String, n: usize) -> styrdok_import::ImportDraft {
    let (small, large) = (make(n / 2), make(n));
    let draft = import(&large);
    let (a, b) = (json_len(&small), draft.to_json().unwrap().len());
    assert!(
        b * 10 <= a * 21,
        "{what}: {n} lines give {b} bytes of JSON, {} give {a}: not linear",
        n / 2
    );
    // A bullet under a lead-in is both a duty and a statement (which
    // repeats its lead-in, as the register's statements do), each with its
    // provenance: about 25 bytes of pretty JSON per byte of such a list.
    assert!(
        b <= 32 * large.len(),
        "{what}: {b} bytes of JSON from {} bytes of text",
        large.len()
    );
    draft
}

#[test]
fn forty_thousand_hyphenated_lines_give_linear_output() {
    assert_linear("hyphenated lines", hyphenated, 40_000);
    // The hyphenation rule still holds: one joined word.
    let d = import(&hyphenated(4));
    let adoption = &d.provenance["/adopted_by"];
    assert!(adoption.text.contains("informations-"));
}

#[test]
fn eight_thousand_bullets_give_linear_output() {
    let d = assert_linear("bullets", bullets, 8_000);
    assert_eq!(d.duties.len(), 8_000);
    // Each duty's provenance is its own bullet line.
    let p = &d.provenance["/duties/7999"];
    assert_eq!(p.lines.start, p.lines.end);
    assert_eq!(p.text, "• följa upp område nummer 7999");
}
