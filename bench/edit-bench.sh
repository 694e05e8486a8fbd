#!/usr/bin/env bash
# Edit benchmark: one edit, deletion, rename and undo over a large synthetic
# dataset, the index following each (EventIndex::update) beside rebuilding
# it (bench/edit_bench.cpp). Prints; asserts nothing.
#   bench/edit-bench.sh [EVENTS] [SEED]      (defaults: 1000000 1)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cmake --preset bench >/dev/null
cmake --build build/bench --target edit_bench >/dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
build/bench/edit_bench "${1:-1000000}" "${2:-1}"
