#!/usr/bin/env bash
# Load benchmark: a 1,000,000-event dataset opened as JSON and as a binary
# snapshot, natively (bench/load_bench.cpp, under /usr/bin/time -v for the
# peak memory) and in headless Chromium (the web app with ?large=, see
# bench/web-load.mjs). Prints figures; asserts nothing.
#   bench/load-bench.sh [EVENTS] [SEED]      (defaults: 1000000 1)
# Needs ./build-wasm.sh first for the browser half (skipped without dist/web).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
events="${1:-1000000}"
seed="${2:-1}"
data="build/bench-data"
mkdir -p "$data"

cmake --preset native >/dev/null
cmake --build build/native --target accord >/dev/null
cmake --preset bench >/dev/null
cmake --build build/bench --target load_bench >/dev/null

json="$data/events-$events-seed$seed.json"
snap="$data/events-$events-seed$seed.snap"
[ -f "$json" ] || build/native/accord synth "$events" --seed "$seed" --out "$json" >&2
[ -f "$snap" ] || build/native/accord synth "$events" --seed "$seed" --format snapshot --out "$snap" >&2

echo "# Load benchmark: $events synthetic events (seed $seed)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "files: JSON $(( $(stat -c %s "$json") / 1000000 )) MB, snapshot $(( $(stat -c %s "$snap") / 1000000 )) MB"
echo
echo "## Native (read, parse, index, as the app does on its worker thread)"
for f in "$snap" "$json"; do
  /usr/bin/time -v build/bench/load_bench "$f" 2> "$data/time.txt"
  echo "  /usr/bin/time: peak RSS $(( $(awk -F': ' '/Maximum resident set size/ {print $2}' "$data/time.txt") / 1024 )) MB," \
       "wall $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$data/time.txt")"
done

echo
echo "## Browser (headless Chromium, the web app opening ?large=FILE)"
if [ -f dist/web/accord-atlas.wasm ]; then
  for f in "$snap" "$json"; do
    node bench/web-load.mjs "$f" || echo "  (the browser run of $f failed: see above)"
  done
else
  echo "  skipped: no dist/web (run ./build-wasm.sh first)"
fi
