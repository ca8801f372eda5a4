#!/usr/bin/env bash
# Builds the cargo-fuzz targets in fuzz/ (does not run them: see
# docs/reliability.md, "Fuzzing", for how to run them). Needs the nightly
# toolchain; without it, says so and skips. Installs cargo-fuzz if missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
  echo "fuzz-build: no nightly toolchain (rustup toolchain install nightly); skipped"
  exit 0
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  cargo install --locked cargo-fuzz
fi
cd fuzz
# A dev build without a sanitizer: CI checks that the targets compile;
# running them (release, address sanitizer) is described in docs/reliability.md.
cargo +nightly fuzz build --dev --sanitizer none
cargo +nightly fuzz list
