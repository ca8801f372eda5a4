#!/usr/bin/env python3
"""Writes the bad-input fixtures of tests/it/bad_input.rs.

Run from the repository root: python3 tests/bad-input/gen.py
The files it writes are committed; this script documents how each was made
(and makes the byte-level ones: BOM, UTF-16, NUL, binary, PDF). Only Python 3.
"""
import copy, json, os

ROOT = os.path.dirname(os.path.abspath(__file__))

def body(short, name, kind):
    return {"id": f"ort/{short}", "name": name, "kind": kind}


PROFILE = "builtin:solna-2018"
BASE = {
    "format_version": "1",
    "profiles": [PROFILE],
    "organisations": [{
        "id": "ort", "name": "Orts kommun", "kind": "kommun", "profile": PROFILE,
        "bodies": [body("kf", "Kommunfullmäktige", "fullmaktige"),
                   body("ks", "Kommunstyrelsen", "styrelse")],
    }],
    "documents": [
        {"id": "ort/policy", "title": "Informationssäkerhetspolicy", "kind": "policy",
         "stage": "adopted", "adopted_by": "ort/kf", "decision_date": "2018-05-28",
         "validity": {"kind": "until_further_notice"},
         "sections": [{"id": "1", "heading": "Syfte"}, {"id": "2", "heading": "Ansvar"}]},
        {"id": "ort/riktlinje", "title": "Riktlinje för informationssäkerhet", "kind": "riktlinje",
         "stage": "adopted", "adopted_by": "ort/ks", "decision_date": "2019-01-10",
         "validity": {"kind": "until_further_notice"}},
    ],
}


def dump(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def write(folder, name, data):
    os.makedirs(os.path.join(ROOT, folder), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(ROOT, folder, name), "wb") as f:
        f.write(data)


def reg(name, mutate=None, raw=None):
    obj = copy.deepcopy(BASE)
    if mutate:
        r = mutate(obj)
        if r is not None:
            obj = r
    write("register", name + ".json", raw if raw is not None else dump(obj))


def doc(i, **fields):
    def m(o):
        o["documents"][i].update(fields)
    return m


def docs(*extra):
    def m(o):
        o["documents"].extend(copy.deepcopy(list(extra)))
    return m


def chain(n):
    """n documents replacing each other in a ring (a cycle of length n)."""
    out = []
    for k in range(n):
        out.append({"id": f"ort/r{k}", "title": f"Regel {k}", "kind": "riktlinje", "stage": "adopted",
                    "adopted_by": "ort/ks", "decision_date": f"201{k}-01-10",
                    "relations": [{"kind": "replaces", "target": f"ort/r{(k + 1) % n}"}]})
    return out


good = dump(BASE)

# --- JSON syntax at several places, truncation, empty input --------------
reg("syntax-missing-comma-top", raw=good.replace('"format_version": "1",', '"format_version": "1"', 1))
reg("syntax-missing-comma-deep", raw=good.replace('"stage": "adopted",', '"stage": "adopted"', 1))
reg("syntax-trailing-comma", raw=good.replace('"kind": "styrelse"\n', '"kind": "styrelse",\n', 1))
reg("syntax-unclosed-string", raw=good.replace('"Syfte"', '"Syfte', 1))
reg("syntax-bad-literal", raw=good.replace('"stage": "adopted"', '"stage": tru', 1))
reg("syntax-single-quotes", raw=good.replace('"ort/kf"', "'ort/kf'", 1))
reg("syntax-comment", raw=good.replace('{\n', '{\n  // a comment\n', 1))
reg("syntax-last-line", raw=good.rstrip("\n") + "}\n")
reg("truncated-10pct", raw=good[: len(good) // 10])
reg("truncated-50pct", raw=good[: len(good) // 2])
reg("truncated-last-brace", raw=good.rstrip().rstrip("}"))
reg("empty-file", raw="")
reg("whitespace-only", raw="  \n\n\t\n")
reg("not-an-object-array", raw="[\n  1\n]\n")
reg("not-an-object-string", raw='"register"\n')
reg("not-an-object-null", raw="null\n")

# --- wrong types ------------------------------------------------------------
reg("wrong-type-title-number", doc(0, title=42))
reg("wrong-type-documents-object", lambda o: o.update(documents={"id": "ort/a"}))
reg("wrong-type-date-number", doc(0, decision_date=20180528))
reg("wrong-type-bodies-string", lambda o: o["organisations"][0].update(bodies="ort/kf"))
reg("wrong-type-every-years-negative", doc(0, review={"every_years": -4}))
reg("wrong-type-every-years-float", doc(0, review={"every_years": 2.5}))
reg("wrong-type-number-too-big", doc(0, review={"every_years": 1e400}))

# --- unknown enum values and fields ------------------------------------------
reg("unknown-document-kind", doc(0, kind="Policy!"))
reg("unknown-stage", doc(0, stage="antagen?"))
reg("unknown-relation-kind", doc(1, relations=[{"kind": "ersatter", "target": "ort/policy"}]))
reg("unknown-org-kind", lambda o: o["organisations"][0].update(kind="landsting"))
reg("unknown-validity-kind", doc(0, validity={"kind": "forever"}))
reg("unknown-field-document", doc(0, adoptd_by="ort/kf"))
reg("unknown-field-top", lambda o: o.update(documens=[]))

# --- impossible dates, end before start ----------------------------------------
reg("impossible-date-feb-30", doc(0, decision_date="2018-02-30"))
reg("impossible-date-month-13", doc(0, decision_date="2018-13"))
reg("impossible-date-format", doc(0, decision_date="28/05/2018"))
reg("impossible-date-year-0", doc(0, decision_date="0000-01-01"))
reg("end-before-start-validity", doc(0, validity={"kind": "period", "from": "2020-01-01", "until": "2019-12-31"}))
reg("end-before-start-bounds", doc(0, decision_date={"not_before": "2019-01-01", "not_after": "2018-01-01"}))

# --- duplicate ids and keys ------------------------------------------------------
reg("duplicate-document-id", doc(1, id="ort/policy"))
reg("duplicate-body-id", lambda o: o["organisations"][0]["bodies"][1].update(id="ort/kf"))
reg("duplicate-organisation-id", lambda o: o["organisations"].append(copy.deepcopy(o["organisations"][0])))
reg("duplicate-key", raw=good.replace('"title": "Informationssäkerhetspolicy",',
                                      '"title": "Informationssäkerhetspolicy",\n      "title": "IT-policy",', 1))
reg("duplicate-key-top", raw=good.replace('"format_version": "1",', '"format_version": "1",\n  "format_version": "1",', 1))

# --- self-replacement, cycles 1..5, dangling references, sections ---------------
reg("self-replacement", doc(0, relations=[{"kind": "replaces", "target": "ort/policy"}]))
reg("self-partial-replacement", doc(0, relations=[{"kind": "replaces_in_part", "target": "ort/policy", "sections": ["1"]}]))
for n in range(1, 6):
    reg(f"cycle-{n}", docs(*chain(n)))
reg("dangling-relation-target", doc(1, relations=[{"kind": "replaces", "target": "ort/gammal"}]))
reg("dangling-adopted-by", doc(0, adopted_by="ort/bun"))
reg("dangling-organisation", doc(0, id="annan/policy"))
reg("partial-replacement-missing-section",
    doc(1, relations=[{"kind": "replaces_in_part", "target": "ort/policy", "sections": ["7"]}]))

# --- deep nesting ---------------------------------------------------------------------
reg("deep-nesting-200", doc(0, title=json.loads("[" * 200 + "]" * 200)))
reg("deep-nesting-100000", raw=good.replace('"title": "Riktlinje för informationssäkerhet"',
                                            '"title": ' + "[" * 100000 + "]" * 100000, 1))

# --- the wrong kind of file --------------------------------------------------------
reg("document-not-register", lambda o: o["documents"][0])
reg("organisation-not-register", lambda o: o["organisations"][0])
write("register", "bom-utf8.json", b"\xef\xbb\xbf" + good.encode("utf-8"))
write("register", "utf16-le.json", b"\xff\xfe" + good.encode("utf-16-le"))
write("register", "utf16-be.json", b"\xfe\xff" + good.encode("utf-16-be"))
write("register", "invalid-utf8.json", good.encode("utf-8").replace("Syfte".encode(), b"Syf\xfft\xe9", 1))

# --- control characters, huge ids, serde internals ------------------------------------
reg("esc-in-title", doc(0, title="IT-policy\x1b[2J\x1b[31mRÖD"))
reg("nul-in-title", doc(0, title="IT\x00policy"))
reg("esc-in-id", doc(0, id="ort/p\x1b[2Jx"))
reg("huge-id", doc(0, id="ort/" + "x" * 5000 + "!"))
reg("serde-empty-document-array", lambda o: o.update(documents=[[]]))
reg("serde-profile-number", lambda o: o.update(profiles=[42]))
reg("serde-validity-string", doc(0, validity="until_further_notice"))

# --- review arithmetic -------------------------------------------------------------------
reg("every-years-overflow", doc(0, review={"every_years": 4294967295}))
reg("every-years-million", doc(0, review={"every_years": 1000000}))
reg("every-years-too-big", doc(0, review={"every_years": 4294967296}))

# --- import: text that is not what it seems ------------------------------------------------
with open(os.path.join(ROOT, "..", "..", "data", "seeds", "003_7b5c5afe83316d9b.txt"), encoding="utf-8") as f:
    seed = f.read()
write("import", "bom.txt", b"\xef\xbb\xbf" + seed.encode("utf-8"))
write("import", "cr-only.txt", seed.replace("\r\n", "\n").replace("\n", "\r"))
write("import", "crlf.txt", seed.replace("\r\n", "\n").replace("\n", "\r\n"))
write("import", "latin1.txt", seed.encode("latin-1"))
write("import", "utf16-le.txt", b"\xff\xfe" + seed.encode("utf-16-le"))
write("import", "empty.txt", b"")
write("import", "binary.bin", bytes(range(256)) * 4)
write("import", "nul-in-text.txt", seed.replace("IT-stöd", "IT\x00stöd").encode("utf-8"))
write("import", "pdf-bytes.pdf",
      b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
      b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\nstream\n\x78\x9c\x03\x00\x00\x00\x00\x01\nendstream\n"
      b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")

# --- controls import: OSCAL rules ------------------------------------------------------------
CAT = {"catalog": {
    "uuid": "74c8ba1e-5cd4-4ad1-bbfd-d888e2f6c724",
    "metadata": {"title": "Prov", "version": "1", "oscal-version": "1.1.2",
                 "last-modified": "2024-01-01T00:00:00Z"},
    "groups": [{"id": "g1", "title": "Grupp", "controls": [
        {"id": "c1", "title": "Första"},
        {"id": "c2", "title": "Andra", "params": [{"id": "c2_prm1"}],
         "parts": [{"id": "c2_smt", "name": "statement", "prose": "Gör så."}]},
    ]}],
}}


def cat(name, mutate=None, raw=None):
    obj = copy.deepcopy(CAT)
    if mutate:
        mutate(obj["catalog"])
    write("controls", name + ".json", raw if raw is not None else dump(obj))


def ctl(i, **fields):
    def m(c):
        c["groups"][0]["controls"][i].update(fields)
    return m


cat("duplicate-control-id", ctl(1, id="c1"))
cat("duplicate-group-and-part-id", lambda c: c["groups"][0].update(id="c2_smt"))
cat("bad-id-path", ctl(0, id="a-/../x"))
cat("empty-id", ctl(0, id=""))
cat("id-starts-with-digit", ctl(0, id="1a"))
cat("non-uuid", lambda c: c.update(uuid="not-a-uuid"))
cat("uuid-version-1", lambda c: c.update(uuid="74c8ba1e-5cd4-1ad1-bbfd-d888e2f6c724"))
cat("many-problems", lambda c: (c.update(uuid="x"), ctl(1, id="c1")(c), ctl(0, params=[{"id": "p"}, {"id": "p"}])(c)))
cat("syntax-error", raw=dump(CAT).replace('"title": "Första"', '"title": "Första",', 1))
cat("empty-file", raw="")
cat("unknown-member", ctl(0, titel="x"))
cat("wrong-type", ctl(0, title=["x"]))
cat("missing-metadata", lambda c: c.pop("metadata"))
cat("esc-in-id", ctl(0, id="c\x1b[2J"))
