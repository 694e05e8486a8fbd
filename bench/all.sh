#!/usr/bin/env bash
# Every benchmark in one run: queries (native, wasm, crossfilter), loading
# a million events (native and browser, JSON and snapshot), editing them
# (the index following an edit beside a rebuild), the web bundle
# (size, first frame, idle CPU), and extraction speed. Prints; asserts nothing.
#   bench/all.sh          (builds what it needs; the web half needs ./build-wasm.sh first)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
echo "== queries"; bench/run.sh
echo; echo "== loading"; bench/load-bench.sh
echo; echo "== editing"; bench/edit-bench.sh
echo; echo "== views"; bench/views-bench.sh
echo; echo "== web bundle"
if [ -f dist/web/index.html ]; then node bench/web-perf.mjs; else echo "skipped: run ./build-wasm.sh first"; fi
echo; echo "== extraction"; bench/extract-bench.sh
echo; echo "== event resolution"; bench/resolve-bench.sh
