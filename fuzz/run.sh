#!/usr/bin/env bash
# Builds the libFuzzer binaries with clang (ASan + UBSan) and runs each
# target for a set time on a copy of its seed corpus, then prints the
# executions, executions per second and what was found.
#   fuzz/run.sh [SECONDS] [TARGET...]     default: 600 s, every target
# A crash leaves its input in build/fuzz/crashes/TARGET/; copy it into
# fuzz/regressions/TARGET/ once fixed, and the unit tests replay it forever.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
seconds="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(dataset_json extract url_hash events_csv article_add data_link exchange_import snapshot)

build=build/fuzz
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1"
CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DACCORD_BUILD_APP=OFF -DACCORD_BUILD_TESTS=OFF -DACCORD_BUILD_FUZZERS=ON \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_C_FLAGS="$flags" >/dev/null
cmake --build "$build" -j "$(nproc)" --target $(printf 'fuzz_%s ' "${targets[@]}")

max_len() {  # longer than the largest input each parser is meant to refuse quickly
  case "$1" in
    url_hash) echo 4200 ;;  # the hash limit is 4096 characters
    *) echo 16384 ;;
  esac
}

summary=()
status=0
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  crashes="$build/crashes/$t"
  mkdir -p "$corpus" "$crashes"
  cp -n fuzz/corpus/"$t"/* "$corpus"/ 2>/dev/null || true
  dict=()
  [ -f "fuzz/dict/$t.dict" ] && dict=(-dict="fuzz/dict/$t.dict")
  log="$build/$t.log"
  echo "== fuzzing $t for ${seconds}s (log: $log)"
  set +e
  "$build/fuzz_$t" "$corpus" "${dict[@]}" -max_total_time="$seconds" -max_len="$(max_len "$t")" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$crashes/" >"$log" 2>&1
  rc=$?
  set -e
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  rss=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
  files=$(find "$corpus" -type f | wc -l)
  found=$(find "$crashes" -type f | wc -l)
  result=ok
  if [ "$rc" -ne 0 ]; then result="FAILED (exit $rc, $found input(s) in $crashes)"; status=1; fi
  summary+=("$(printf '%-13s %6ss %12s runs %8s exec/s %6s MB peak %6s corpus  %s' \
    "$t" "$seconds" "$runs" "$rate" "$rss" "$files" "$result")")
  [ "$rc" -ne 0 ] && tail -40 "$log"
done
echo
echo "target         time          runs     exec/s         RSS       corpus"
printf '%s\n' "${summary[@]}"
exit $status
