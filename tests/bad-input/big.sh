#!/usr/bin/env bash
# The former hangs and blow-ups of issue 10, generated at growing sizes and
# run through the release binary under /usr/bin/time; prints one Markdown
# row per run (case, N, input size, exit, wall, CPU, peak memory, output
# size) for docs/reliability.md. Inputs are written to target/big/ and each
# is deleted after its run; nothing here is committed.
#
#   cargo build --release --bin styrdok
#   tests/bad-input/big.sh [path/to/styrdok] [case ...]
#
# Cases: hyphenated paragraph bullets pages onefile bigstring diff links
# (all when none is named).
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-${CARGO_TARGET_DIR:-target}/release/styrdok}
bin=$(realpath "$bin")
shift || true
cases=${*:-hyphenated paragraph bullets pages onefile bigstring diff links}
root=$(pwd)
work=target/big
mkdir -p "$work"
cd "$work"

# gen KIND N FILE: writes one generated input.
gen() {
  python3 - "$@" <<'PY'
import json, sys
kind, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
head = "Riktlinje för prov\n\nAntagen av kommunfullmäktige 2020-01-15, § 3\n\n"
org = {"id": "ort", "name": "Orts kommun", "kind": "kommun",
       "bodies": [{"id": "ort/kf", "name": "Kommunfullmäktige", "kind": "fullmaktige"}]}
with open(out, "w", encoding="utf-8") as f:
    if kind == "hyphenated":      # n lines ending in a hyphen
        f.write(head + "informations-\n" * n)
    elif kind == "paragraph":     # one paragraph over n lines
        f.write(head + "text som fortsätter på nästa rad utan slut\n" * n)
    elif kind == "bullets":       # one lead-in, n duty bullets
        f.write(head + "Kommunstyrelsen ansvarar för att:\n")
        f.writelines(f"• följa upp område nummer {i}\n" for i in range(n))
    elif kind == "pages":         # n pages of 38 lines, a running header and footer
        f.write(head)
        for p in range(n):
            f.writelines(f"rad {i} på sidan {p + 1} av löptexten i dokumentet\n" for i in range(38))
            f.write(f"Riktlinje för prov\nSida {p + 1} ({n})\n")
    elif kind == "onefile":       # n valid documents on one line
        docs = ({"id": f"ort/d{i}", "kind": "riktlinje", "adopted_by": "ort/kf",
                 "decision_date": "2020-01-01"} for i in range(n))
        f.write('{"format_version":"1","organisations":' + json.dumps([org], separators=(",", ":")))
        f.write(',"documents":[' + ",".join(json.dumps(d, separators=(",", ":")) for d in docs) + "]}")
    elif kind in ("title", "id"):  # one string of n bytes
        big = "x" * n
        doc = {"id": "ort/a", "kind": "riktlinje", "adopted_by": "ort/kf", "title": big} \
            if kind == "title" else {"id": f"ort/{big}!", "kind": "riktlinje", "adopted_by": "ort/kf"}
        json.dump({"format_version": "1", "organisations": [org], "documents": [doc]}, f)
    elif kind in ("diff-a", "diff-b"):  # n documents, pretty-printed; b changes every 10th title
        docs = []
        for i in range(n):
            title = f"Riktlinje nummer {i} för informationssäkerhet i Orts kommun"
            if kind == "diff-b" and i % 10 == 0:
                title += " (reviderad)"
            d = {"id": f"ort/d{i}", "kind": "riktlinje", "title": title, "organisation": "ort",
                 "adopted_by": "ort/kf", "decision_date": f"20{i % 20 + 10}-0{i % 9 + 1}-15",
                 "notes": [f"Anteckning om dokument {i}: beslutat i kommunfullmäktige, se protokollet."]}
            if i > 0:
                d["relations"] = [{"kind": "references", "target": f"ort/d{i - 1}"}]
            docs.append(d)
        json.dump({"format_version": "1", "organisations": [org], "documents": docs},
                  f, ensure_ascii=False, indent=2)
PY
}

# measure CASE N INPUT-SIZE COMMAND...: runs it, prints a row.
measure() {
  local what=$1 n=$2 size=$3
  shift 3
  local exit=0
  /usr/bin/time -f '%e %U %S %M' -o time.txt "$@" > out.txt 2> err.txt || exit=$?
  read -r wall user sys rss < <(tail -n 1 time.txt)
  local out
  out=$(( $(stat -c %s out.txt) + $(stat -c %s err.txt) ))
  printf '| %s | %s | %s | %s | %s s | %.2f s | %d MB | %s |\n' \
    "$what" "$n" "$size" "$exit" "$wall" "$(awk "BEGIN{print $user + $sys}")" $((rss / 1024)) "$out"
  if grep -q 'panicked' err.txt; then echo "PANIC in $what $n" >&2; cat err.txt >&2; fi
}

kb() { echo "$(( $(stat -c %s "$1") / 1000 )) KB"; }

echo '| case | N | input | exit | wall | CPU (user + sys) | peak memory | output bytes |'
echo '|---|---:|---:|---:|---:|---:|---:|---:|'
for c in $cases; do
  case $c in
    hyphenated) for n in 10000 40000 100000; do gen hyphenated $n in.txt
      measure "import, lines ending in a hyphen" $n "$(kb in.txt)" "$bin" import --format json in.txt; done ;;
    paragraph) for n in 20000 40000 80000; do gen paragraph $n in.txt
      measure "import, one paragraph over N lines" $n "$(kb in.txt)" "$bin" import --format json in.txt; done ;;
    bullets) for n in 2000 8000 20000; do gen bullets $n in.txt
      measure "import, one lead-in and N bullets" $n "$(kb in.txt)" "$bin" import --format json in.txt; done ;;
    pages) for n in 250 1000 2500; do gen pages $n in.txt
      measure "import, N pages with header and footer" $n "$(kb in.txt)" "$bin" import --format json in.txt; done ;;
    onefile) for n in 10000 100000 1000000; do gen onefile $n in.json
      measure "check, N documents on one line" $n "$(kb in.json)" "$bin" check --format json --at 2026-12-01 in.json; done ;;
    bigstring) for k in title id; do gen $k 100000000 in.json
      measure "check, a 100 MB $k" 1 "$(kb in.json)" "$bin" check --at 2026-12-01 in.json; done ;;
    diff) for n in 21600 43200 80000; do gen diff-a $n a.json; gen diff-b $n b.json
      measure "diff of two registers of N documents" $n "2 × $(kb a.json)" "$bin" diff a.json b.json; done
      rm -f a.json b.json ;;
    links) rm -rf reg; "$bin" convert reg --from "$root/crates/styrdok-register/data/seeds.register.json" --to dir > /dev/null
      ln -s . reg/documents/self1; ln -s . reg/documents/self2; ln -s ../documents reg/organisations/loop
      mkfifo reg/documents/x.json
      measure "check, register dir with self-symlinks and a FIFO x.json" 3 "dir" timeout 60 "$bin" check --format json --at 2026-12-01 reg
      grep -A6 "\"SD105\"" out.txt | grep "\"file\"" >&2 || true
      rm -rf reg ;;
    *) echo "unknown case $c" >&2; exit 2 ;;
  esac
  rm -f in.txt in.json
done
rm -f out.txt err.txt time.txt
