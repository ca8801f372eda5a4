#!/usr/bin/env bash
# Opens the seed register's HTML report in headless Chromium (Debian's
# `chromium`, installed when missing): no console errors (SVG attribute
# errors, failed loads, anything logged), the main landmarks present, the
# timeline and the supersession graph showing Stockholm's partial
# replacement of chapter 3; saves a screenshot under target/ci-report/.
# Run from the repository root; idempotent.
set -euo pipefail

if ! command -v chromium >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
fi

cargo build -q --bin styrdok
bin="${CARGO_TARGET_DIR:-target}/debug/styrdok"
out=target/ci-report
mkdir -p "$out"
# --out replaces only a report styrdok wrote; a fixed day keeps it reproducible
"$bin" report --at 2010-01-01 --out "$out/seeds.html"

profile=$(mktemp -d "${TMPDIR:-/tmp}/styrdok-chromium.XXXXXX")
trap 'rm -rf "$profile"' EXIT
chrome() {
    chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run \
        --user-data-dir="$profile" --enable-logging=stderr --v=0 "$@"
}
url="file://$PWD/$out/seeds.html"
start=$(date +%s%N)
chrome --dump-dom "$url" > "$out/seeds.dom.html" 2> "$out/chromium.log"
end=$(date +%s%N)
chrome --window-size=1400,3000 --screenshot="$out/seeds.png" "$url" >/dev/null 2>> "$out/chromium.log"
echo "rendered in $(( (end - start) / 1000000 )) ms (headless Chromium, load + DOM dump); screenshot $out/seeds.png"

fail=0
# console messages (errors and anything else the page logs) and failed loads
if grep -E 'CONSOLE|Uncaught|net::ERR_|Failed to load' "$out/chromium.log"; then
    echo "FAIL: the page logged to the console or failed to load something (see $out/chromium.log)"
    fail=1
fi

python3 - "$out/seeds.dom.html" <<'PY' || fail=1
import re
import sys

dom = open(sys.argv[1], encoding="utf-8").read()
problems = []


def need(cond, what):
    if not cond:
        problems.append(what)


need('<html lang="sv">' in dom, 'lang="sv"')
need('name="generator" content="styrdok report' in dom, "generator marker")
for tag in ["header", "nav", "main", "footer"]:
    need(re.search(rf"<{tag}[\s>]", dom), f"landmark <{tag}>")
for sec in ["oversikt", "tidslinje", "graf", "tackning", "raci", "krav", "diagnostik", "dokument"]:
    need(f'<section id="{sec}"' in dom, f"section #{sec}")
need("<script" not in dom, "no script")
need(not re.search(r'(src|href)="https?:', dom), "nothing from the network")


def section(name):
    m = re.search(rf'<section id="{name}".*?(?=<section id="|</main>)', dom, re.S)
    return m.group(0) if m else ""


part = "stockholm/it-program ersätter delvis avsnitt 3 stockholm/policy-och-riktlinjer-for-informationssakerhet-2005"
tl, graph = section("tidslinje"), section("graf")
need('data-kind="replaces_in_part"' in tl and part in tl, "timeline: Stockholm's partial replacement of chapter 3")
need("ersätter delvis avsnitt 3</text>" in tl, "timeline: visible label")
need('data-kind="replaces_in_part"' in graph and part in graph, "graph: Stockholm's partial replacement of chapter 3")
need("ersätter delvis avsnitt 3</text>" in graph, "graph: visible label")
need('data-style="candidate"' in graph, "graph: candidates drawn apart")
need(re.search(r'id="st-stockholm/it-program#', dom), "statement anchors")
if problems:
    print("FAIL:", *problems, sep="\n  ")
    sys.exit(1)
print("ok   landmarks, sections, partial replacement of chapter 3 in timeline and graph")
PY
exit "$fail"
