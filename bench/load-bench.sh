#!/usr/bin/env bash
# Load benchmark: a 1,000,000-event dataset (and a 100,000 one) opened,
# side by side in one run, as a format 3 snapshot whose index is built (the
# old way) and as a format 4 snapshot that stores its index (adopted: read
# and checked), then as JSON; natively (bench/load_bench.cpp, one process
# per file under /usr/bin/time -v for the peak memory) and in headless
# Chromium (the web app with ?large=, see bench/web-load.mjs). Prints
# figures; asserts nothing.
#   bench/load-bench.sh [EVENTS] [SEED]      (defaults: 1000000 1)
# LOAD_BENCH_JSON=0 skips the JSON run (minutes at 1M); LOAD_BENCH_BUILD=DIR
# uses DIR/accord and DIR/load_bench, already built (no preset builds). Needs ./build-wasm.sh
# first for the browser half (skipped without dist/web).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
events="${1:-1000000}"
seed="${2:-1}"
data="build/bench-data"
mkdir -p "$data"

accord=build/native/accord
load_bench=build/bench/load_bench
if [ -n "${LOAD_BENCH_BUILD:-}" ]; then
  accord="$LOAD_BENCH_BUILD/accord"
  load_bench="$LOAD_BENCH_BUILD/load_bench"
else
  cmake --preset native >/dev/null
  cmake --build build/native --target accord >/dev/null
  cmake --preset bench >/dev/null
  cmake --build build/bench --target load_bench >/dev/null
fi

json="$data/events-$events-seed$seed.json"
snap="$data/events-$events-seed$seed.v4.snap"
with_json="${LOAD_BENCH_JSON:-1}"
[ "$with_json" = 0 ] || [ -f "$json" ] || "$accord" synth "$events" --seed "$seed" --out "$json" >&2
sizes="$events"
[ "$events" -gt 100000 ] && sizes="100000 $events"
for n in $sizes; do
  [ -f "$data/events-$n-seed$seed.v3.snap" ] ||
    "$accord" synth "$n" --seed "$seed" --format snapshot --no-index --out "$data/events-$n-seed$seed.v3.snap" >&2
  [ -f "$data/events-$n-seed$seed.v4.snap" ] ||
    "$accord" synth "$n" --seed "$seed" --format snapshot --out "$data/events-$n-seed$seed.v4.snap" >&2
done

echo "# Load benchmark: $events synthetic events (seed $seed)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "files: JSON $([ "$with_json" = 0 ] && echo "(skipped)" || echo "$(( $(stat -c %s "$json") / 1000000 ))") MB, snapshot v3 (dataset) $(( $(stat -c %s "$data/events-$events-seed$seed.v3.snap") / 1000000 )) MB," \
     "v4 (dataset + index) $(( $(stat -c %s "$snap") / 1000000 )) MB"
echo
echo "## Native (read, check, build or adopt the index, as the app does on its worker thread)"
run() {
  /usr/bin/time -v "$load_bench" "$1" 2> "$data/time.txt"
  echo "  /usr/bin/time: peak RSS $(( $(awk -F': ' '/Maximum resident set size/ {print $2}' "$data/time.txt") / 1024 )) MB," \
       "wall $(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$data/time.txt"); load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
for n in $sizes; do
  echo "### $n events: format 3 + index build, then format 4 with its stored index"
  run "$data/events-$n-seed$seed.v3.snap"
  run "$data/events-$n-seed$seed.v4.snap"
done
if [ "$with_json" != 0 ]; then
  echo "### JSON"
  run "$json"
fi

echo
echo "## Browser (headless Chromium, the web app opening ?large=FILE)"
if [ -f dist/web/accord-atlas.wasm ]; then
  for f in "$data/events-$events-seed$seed.v3.snap" "$snap" $([ "$with_json" = 0 ] || echo "$json"); do
    if [ "$(stat -c %s "$f")" -gt 1073741824 ]; then  # web/glue.js refuses a ?large= file over 1 GB
      echo "  skipped $f: over the 1 GB the web loader takes"
      continue
    fi
    node bench/web-load.mjs "$f" || echo "  (the browser run of $f failed: see above)"
  done
else
  echo "  skipped: no dist/web (run ./build-wasm.sh first)"
fi
