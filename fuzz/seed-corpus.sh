#!/usr/bin/env bash
# Fills fuzz/corpus/<target>/ with starting inputs from the repository (the
# corpus itself is not committed). Run from anywhere; idempotent.
set -euo pipefail
cd "$(dirname "$0")"
root=..
mk() { mkdir -p "corpus/$1"; }
mk register_file; mk register_element; mk parsers; mk import_text; mk oscal_import
cp "$root"/crates/styrdok-register/data/seeds.register.json corpus/register_file/
cp "$root"/tests/bad-input/register/*.json corpus/register_file/ 2>/dev/null || true
cp "$root"/crates/styrdok-register/tests/fixtures/bad/*.json corpus/register_file/
# One document and one organisation per file, cut from the seed register.
python3 - "$root"/crates/styrdok-register/data/seeds.register.json <<'PY'
import json, sys
reg = json.load(open(sys.argv[1], encoding="utf-8"))
for i, d in enumerate(reg["documents"][:40]):
    open(f"corpus/register_element/doc{i}.json", "w", encoding="utf-8").write(json.dumps(d, ensure_ascii=False))
for i, o in enumerate(reg["organisations"]):
    open(f"corpus/register_element/org{i}.json", "w", encoding="utf-8").write(json.dumps(o, ensure_ascii=False))
PY
i=0
for s in "dnr 034-418/2005" "KS 2018/123" "Dnr: KS-2016-00345" "2018-05-28" "2018-05" "2018" \
         "2018-02-30" '{"not_before":"2018","not_after":"2019-05"}' '"2018-05-28"' "Riktlinjerna" \
         "policy" "Kommunstyrelsen" "nämnderna" "KSAU" "IT-rådet" "stockholm/it-program" \
         "ort/policy#1:2" "iso27001:2022#A.5.15" "fullmäktige" "Barn- och utbildningsnämnden"; do
  printf '%s' "$s" > "corpus/parsers/s$i"; i=$((i + 1))
done
cp "$root"/data/seeds/*.txt corpus/import_text/
cp "$root"/tests/bad-input/import/* corpus/import_text/ 2>/dev/null || true
cp "$root"/data/reference/oscal/basic-catalog.json corpus/oscal_import/
cp "$root"/tests/bad-input/controls/*.json corpus/oscal_import/ 2>/dev/null || true
for t in corpus/*; do echo "$t: $(ls "$t" | wc -l) files"; done
