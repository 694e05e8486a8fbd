#!/usr/bin/env bash
# Query benchmark, in one command and one run: the same queries over the same
# synthetic events through the native core, the core compiled to WebAssembly
# (under Node) and crossfilter2 (npm) in that same Node process. Prints
# per-query median and p95 for each, and the ratios; asserts nothing.
#   bench/run.sh [EVENTS] [SEED] [REPS]     (defaults: 1000000 1 30)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
events="${1:-1000000}"
seed="${2:-1}"
reps="${3:-30}"
out="build/bench"

# Native: the bench preset's accord_query_bench (only the layers queries need).
cmake --preset bench >/dev/null
cmake --build "$out" --target accord_query_bench -j2 >/dev/null

# WebAssembly: the same bench source and core files, straight through em++.
export NODE_PATH=/usr/share/nodejs            # Debian's emcc needs it
export EM_CACHE="$root/.deps/em-cache"        # a writable copy of the cache
[ -d "$EM_CACHE" ] || cp -r /usr/share/emscripten/cache "$EM_CACHE"
source bench/core_layers.sh
core_layer_sources text model index synth
sources=(bench/query_bench.cpp "${core_sources[@]}")
wasm_js="$out/query_bench_wasm.js"
rebuild=0
[ -f "$wasm_js" ] || rebuild=1
for f in "${sources[@]}" core/*/*.h; do [ "$f" -nt "$wasm_js" ] && rebuild=1; done
if [ "$rebuild" = 1 ]; then
  echo "building the WebAssembly bench..." >&2
  em++ -std=c++17 -O3 -fexceptions "${core_includes[@]}" "${sources[@]}" -o "$wasm_js" \
    -sENVIRONMENT=node -sMODULARIZE=1 -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB \
    -sEXPORTED_RUNTIME_METHODS=UTF8ToString
fi

[ -d node_modules/crossfilter2 ] || npm ci --silent

echo "native: $events events, seed $seed, $reps runs per query..." >&2
"$out/accord_query_bench" "$events" "$seed" "$reps" > "$out/native.json"
echo "wasm and crossfilter in one Node process..." >&2
# Node 20 would fetch() the .wasm by path, which fails: read it from disk instead.
node --no-experimental-fetch --max-old-space-size=12288 bench/query_bench.mjs "$out/native.json" "$root/$wasm_js" "$events" "$seed" "$reps"
