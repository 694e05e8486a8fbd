#!/usr/bin/env bash
# Resolve benchmark: the candidate events of a report in a large synthetic
# dataset, through EventCandidateIndex beside a scan of every event, for one
# report and a batch (bench/resolve_bench.cpp). Prints; asserts nothing.
#   bench/resolve-bench.sh [EVENTS] [REPORTS] [SEED]      (defaults: 1000000 1000 1)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cmake --preset bench >/dev/null
cmake --build build/bench --target resolve_bench >/dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
build/bench/resolve_bench "${1:-1000000}" "${2:-1000}" "${3:-1}"
