//! Writes simple PDFs from text with lopdf: Helvetica, one or two columns,
//! running header and footer, table rows as cells, ligatures.

use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, Stream, dictionary};

/// How to lay the text out.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Layout {
    /// Two columns per page.
    pub(crate) two_columns: bool,
    /// A running header (the first line) and footer (`Sida n (N)`) on each page.
    pub(crate) running: bool,
    /// `fi` and `fl` written with the ligature glyphs.
    pub(crate) ligatures: bool,
    /// No text at all: each page only an image (a scan).
    pub(crate) image_only: bool,
}

/// One text line: cells (a table row has several, placed apart).
fn cells(line: &str) -> Vec<String> {
    line.split(" | ").map(str::to_owned).collect()
}

fn encode(s: &str, ligatures: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if ligatures && c == 'f' {
            match chars.peek() {
                Some('i') => {
                    chars.next();
                    out.push(0x81);
                    continue;
                }
                Some('l') => {
                    chars.next();
                    out.push(0x8d);
                    continue;
                }
                _ => {}
            }
        }
        let mut buf = [0u8; 4];
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut buf));
        out.extend(bytes.iter());
    }
    out
}

const LINE: f64 = 11.0;
const TOP: f64 = 800.0;
const BOTTOM: f64 = 60.0;

/// The PDF of `text`. Blank lines become a larger gap; a line with ` | `
/// between cells becomes a table row whose cells stand apart.
pub(crate) fn pdf(text: &str, layout: Layout) -> Vec<u8> {
    let lines: Vec<&str> = text.lines().collect();
    let title = lines
        .iter()
        .find(|l| !l.trim().is_empty())
        .map(|l| l.trim())
        .unwrap_or("");
    // Split into pages and columns by height.
    let columns = if layout.two_columns { 2 } else { 1 };
    let mut pages: Vec<Vec<Vec<(f64, &str)>>> = Vec::new(); // page -> column -> (y, line)
    let mut page: Vec<Vec<(f64, &str)>> = vec![Vec::new()];
    let mut y = TOP - if layout.running { 30.0 } else { 0.0 };
    let top = y;
    for l in &lines {
        if l.trim().is_empty() {
            y -= LINE * 0.8;
            continue;
        }
        if y < BOTTOM {
            if page.len() < columns {
                page.push(Vec::new());
            } else {
                pages.push(std::mem::replace(&mut page, vec![Vec::new()]));
            }
            y = top;
        }
        page.last_mut().unwrap().push((y, l));
        y -= LINE;
    }
    pages.push(page);
    let n = pages.len();

    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => dictionary! {
            "Type" => "Encoding",
            "BaseEncoding" => "WinAnsiEncoding",
            "Differences" => vec![Object::Integer(0x81), Object::Name(b"fi".to_vec()), Object::Integer(0x8d), Object::Name(b"fl".to_vec())],
        },
    });
    let image_id = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject", "Subtype" => "Image", "Width" => 2, "Height" => 2,
            "ColorSpace" => "DeviceGray", "BitsPerComponent" => 8,
        },
        vec![0, 255, 255, 0],
    ));
    let resources_id = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font_id },
        "XObject" => dictionary! { "Im1" => image_id },
    });
    let mut kids = Vec::new();
    for (pi, cols) in pages.iter().enumerate() {
        let mut ops = Vec::new();
        let text_at = |ops: &mut Vec<Operation>, x: f64, y: f64, s: &str| {
            ops.push(Operation::new("BT", vec![]));
            ops.push(Operation::new("Tf", vec!["F1".into(), 9.into()]));
            ops.push(Operation::new("Td", vec![x.into(), y.into()]));
            ops.push(Operation::new(
                "Tj",
                vec![Object::string_literal(encode(s, layout.ligatures))],
            ));
            ops.push(Operation::new("ET", vec![]));
        };
        if layout.image_only {
            ops.push(Operation::new("q", vec![]));
            ops.push(Operation::new(
                "cm",
                vec![
                    500.into(),
                    0.into(),
                    0.into(),
                    700.into(),
                    50.into(),
                    80.into(),
                ],
            ));
            ops.push(Operation::new("Do", vec!["Im1".into()]));
            ops.push(Operation::new("Q", vec![]));
        } else {
            if layout.running {
                text_at(&mut ops, 50.0, 815.0, title);
            }
            for (ci, col) in cols.iter().enumerate() {
                let x0 = if ci == 0 { 50.0 } else { 310.0 };
                for (y, l) in col {
                    for (k, c) in cells(l).iter().enumerate() {
                        text_at(&mut ops, x0 + 120.0 * k as f64, *y, c);
                    }
                }
            }
            if layout.running {
                text_at(&mut ops, 480.0, 30.0, &format!("Sida {} ({n})", pi + 1));
            }
        }
        let content = Content { operations: ops };
        let content_id = doc.add_object(Stream::new(dictionary! {}, content.encode().unwrap()));
        let page_id = doc.add_object(dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "Contents" => content_id,
            "Resources" => resources_id,
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
        });
        kids.push(page_id.into());
    }
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => n as i64 }),
    );
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}
