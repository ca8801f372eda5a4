#!/usr/bin/env bash
# Validates the seed register and its directory form with Python's
# `jsonschema` against the committed schemas, and checks that every
# shape-error fixture is rejected (docs/integrators.md). Run from the
# repository root; installs jsonschema into a venv under target/.
set -euo pipefail

venv=target/schemas-python-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/python" -c 'import jsonschema' 2>/dev/null ||
  "$venv/bin/pip" install --quiet 'jsonschema>=4.18'

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seed=crates/styrdok-register/data/seeds.register.json
# The directory form, written by styrdok itself.
cargo run --quiet --bin styrdok -- convert --from "$seed" --to dir "$work/register" >/dev/null

"$venv/bin/python" docs/integrators/validate.py \
  schemas "$seed" "$work/register" tests/schema-fixtures/shape-errors.json
