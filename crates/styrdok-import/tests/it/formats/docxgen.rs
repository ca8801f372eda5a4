//! Writes a minimal Word document (.docx) from text: each block of lines
//! between blank lines one paragraph (its lines joined by line breaks), a
//! block of lines with ` | ` between cells a table.

use std::io::Write;

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn run(text: &str) -> String {
    format!(
        "<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r>",
        escape(text)
    )
}

/// The `word/document.xml` of `text`.
pub(crate) fn document_xml(text: &str) -> String {
    let mut body = String::new();
    let normalized = text.replace("\r\n", "\n");
    for block in normalized.split("\n\n") {
        let lines: Vec<&str> = block.lines().filter(|l| !l.trim().is_empty()).collect();
        if lines.is_empty() {
            continue;
        }
        if lines.iter().all(|l| l.contains(" | ")) {
            body.push_str("<w:tbl>");
            for l in &lines {
                body.push_str("<w:tr>");
                for cell in l.split(" | ") {
                    body.push_str(&format!("<w:tc><w:p>{}</w:p></w:tc>", run(cell)));
                }
                body.push_str("</w:tr>");
            }
            body.push_str("</w:tbl>");
            continue;
        }
        body.push_str("<w:p>");
        for (i, l) in lines.iter().enumerate() {
            if i > 0 {
                body.push_str("<w:r><w:br/></w:r>");
            }
            body.push_str(&run(l));
        }
        body.push_str("</w:p>");
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    )
}

/// A .docx holding `text`.
pub(crate) fn docx(text: &str) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    let parts = [
        (
            "[Content_Types].xml",
            r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.to_owned(),
        ),
        (
            "_rels/.rels",
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_owned(),
        ),
        ("word/document.xml", document_xml(text)),
    ];
    for (name, content) in parts {
        zip.start_file(name, opts).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
    out.into_inner()
}
