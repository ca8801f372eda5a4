#!/usr/bin/env bash
# Loads the Parquet export of the seed register into DuckDB (Python `duckdb`
# from PyPI, in a virtual environment under target/) and answers two
# questions in SQL, comparing each answer with the CLI's own:
#   1. which Stockholm documents were in force on 2006-01-01
#      (vs `styrdok status --at 2006-01-01 --org stockholm --format json`)
#   2. what kommunstyrelsen answers for
#      (vs `styrdok duties --body Kommunstyrelsen --format json`)
# Exits non-zero on any mismatch. Run from the repository root; idempotent.
set -euo pipefail

cargo build -q --bin styrdok
bin="${CARGO_TARGET_DIR:-target}/debug/styrdok"
venv=target/ci-venv-duckdb
work=target/ci-export-duckdb

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c 'import duckdb' 2>/dev/null; then
    "$venv/bin/pip" install --quiet duckdb
fi

mkdir -p "$work"
# The export directory is styrdok's own (its manifest.json): re-runs replace it.
"$bin" export --format parquet --at 2006-01-01 --out "$work/parquet"
"$bin" status --at 2006-01-01 --org stockholm --format json > "$work/status.json"
"$bin" duties --body Kommunstyrelsen --format json > "$work/duties.json"

"$venv/bin/python" - "$work" <<'PY'
import json
import sys

import duckdb

work = sys.argv[1]
pq = f"{work}/parquet"
con = duckdb.connect()
for t in ["documents", "bodies", "groups", "group_members", "roles", "duties"]:
    con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{pq}/{t}.parquet')")

failures = 0


def compare(question, sql_rows, cli_rows):
    global failures
    sql_set, cli_set = set(sql_rows), set(cli_rows)
    if sql_set == cli_set and len(sql_rows) == len(sql_set):
        print(f"ok   {question}: {len(sql_set)} rows agree")
        for r in sorted(sql_set):
            print("       ", *r)
    else:
        failures += 1
        print(f"FAIL {question}")
        print("  only in DuckDB:", sorted(sql_set - cli_set))
        print("  only in styrdok:", sorted(cli_set - sql_set))


# 1. Stockholm documents in force on 2006-01-01: certainly, and "may be"
# (status unknown but possibly in force) apart, as `styrdok status` says.
status = json.load(open(f"{work}/status.json"))
in_force = ("in_force", "partly_superseded")
cli_yes = [(d["id"],) for d in status["documents"] if d["status"]["status"] in in_force]
cli_maybe = [
    (d["id"],)
    for d in status["documents"]
    if d["status"]["status"] == "unknown"
    and any(c in in_force for c in d["status"].get("candidates", []))
]
sql_yes = con.execute(
    """SELECT id FROM documents
       WHERE organisation = 'stockholm' AND status_at = DATE '2006-01-01'
         AND in_force = 'yes'"""
).fetchall()
sql_maybe = con.execute(
    """SELECT id FROM documents
       WHERE organisation = 'stockholm' AND in_force = 'unknown'"""
).fetchall()
compare("Stockholm documents in force on 2006-01-01", sql_yes, cli_yes)
compare("Stockholm documents that may be in force on 2006-01-01", sql_maybe, cli_maybe)
# Honest dates: nothing in force was certainly decided after the day.
late = con.execute(
    """SELECT id FROM documents WHERE organisation = 'stockholm' AND in_force = 'yes'
       AND decision_date_earliest > DATE '2006-01-01'"""
).fetchall()
if late:
    failures += 1
    print("FAIL in force but decided after 2006-01-01:", late)

# 2. What kommunstyrelsen answers for: duties it holds, duties of the groups
# it belongs to (by membership or by body kind), of roles held in it, and
# duties naming it as counterpart or via — each (party, as, document, duty).
duties = json.load(open(f"{work}/duties.json"))
cli_duties = [
    (d["party"], d["as"], d["document"], d["duty"])
    for d in duties["duties"] + duties["may_apply"]
]
sql_duties = con.execute(
    """WITH ks AS (SELECT id, kind, organisation FROM bodies WHERE name = 'Kommunstyrelsen')
       SELECT ks.id, 'holder', d.document, d.id FROM duties d JOIN ks ON d.holder = ks.id
       UNION ALL
       SELECT DISTINCT ks.id, 'group', d.document, d.id
         FROM duties d JOIN group_members gm ON d.holder = gm.group_id
         JOIN ks ON gm.organisation = ks.organisation
                AND (gm.member = ks.id OR gm.member_kind = ks.kind)
       UNION ALL
       SELECT ks.id, 'role', d.document, d.id
         FROM duties d JOIN roles r ON d.holder = r.id
         JOIN ks ON r.organisation = ks.organisation
                AND list_contains(string_split(coalesce(r.held_in, ''), ';'), ks.id)
       UNION ALL
       SELECT ks.id, 'counterpart', d.document, d.id FROM duties d JOIN ks ON d.counterpart = ks.id
       UNION ALL
       SELECT ks.id, 'via', d.document, d.id FROM duties d JOIN ks ON d.via = ks.id"""
).fetchall()
compare("What kommunstyrelsen answers for", sql_duties, cli_duties)

sys.exit(1 if failures else 0)
PY
