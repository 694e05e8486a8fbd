#!/usr/bin/env bash
# Views benchmark: the Partners, Outcomes, Agreements and People views'
# numbers over a large synthetic dataset, a pass per view (analytics.h)
# beside the sliced EventTallies (bench/views_bench.cpp), natively and in
# WebAssembly under Node. Prints; asserts nothing.
#   bench/views-bench.sh [EVENTS] [SEED]      (defaults: 1000000 1)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cmake --preset bench >/dev/null
cmake --build build/bench --target views_bench >/dev/null

export NODE_PATH=/usr/share/nodejs            # Debian's emcc needs it
export EM_CACHE="$root/.deps/em-cache"        # a writable copy of the cache
[ -d "$EM_CACHE" ] || cp -r /usr/share/emscripten/cache "$EM_CACHE"
source bench/core_layers.sh
core_layer_sources text model index synth
sources=(bench/views_bench.cpp "${core_sources[@]}")
wasm_js="build/bench/views_bench_wasm.js"
rebuild=0
[ -f "$wasm_js" ] || rebuild=1
for f in "${sources[@]}" core/*/*.h; do [ "$f" -nt "$wasm_js" ] && rebuild=1; done
if [ "$rebuild" = 1 ]; then
  echo "building the WebAssembly bench..." >&2
  em++ -std=c++17 -O3 -fexceptions "${core_includes[@]}" "${sources[@]}" -o "$wasm_js" \
    -sENVIRONMENT=node -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=4GB
fi

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo; echo "## native"; build/bench/views_bench "${1:-1000000}" "${2:-1}"
# Node 20 would fetch() the .wasm by path, which fails: it reads it from disk instead.
echo; echo "## WebAssembly (Node $(node --version))"; node --no-experimental-fetch "$wasm_js" "${1:-1000000}" "${2:-1}"
