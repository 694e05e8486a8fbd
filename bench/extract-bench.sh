#!/usr/bin/env bash
# Extraction speed, ours and compromise's (npm), on the same >= 10 MB of
# article text in one run. Prints both figures; asserts nothing.
#   bench/extract-bench.sh [MB]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mb="${1:-10}"
cmake --preset bench >/dev/null
cmake --build build/bench >/dev/null
[ -d node_modules/compromise ] || npm ci --silent
corpus="build/bench/corpus.jsonl"
build/bench/extract_bench --mb "$mb" --corpus "$corpus"
node bench/extract_bench.mjs "$corpus"
