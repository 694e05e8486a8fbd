#!/usr/bin/env bash
# Many `accord add --new` at once on one file (each article a new event, twice:
# resolution is not what this tests): each that reports success must be
# in the file at the end (the lock makes them take turns), each that does
# not must say it found the file in use, and the file must validate. Usage: concurrent_writers.sh ACCORD FIXTURES WORKDIR
set -uo pipefail
accord="$1" fixtures="$2" work="$3"
rm -rf "$work" && mkdir -p "$work"
data="$work/shared.json"
cp "$fixtures/small.json" "$data"
before=$("$accord" --data "$data" stats | awk '/^events/ {print $2}')

pids=()
n=0
for round in 1 2; do
  for article in "$fixtures"/articles/*.txt; do
    n=$((n + 1))
    "$accord" add "$article" --into "$data" --new --today 2026-11-23 >"$work/out.$n" 2>"$work/err.$n" &
    pids+=($!)
  done
done
ok=0
for i in "${!pids[@]}"; do
  if wait "${pids[$i]}"; then ok=$((ok + 1)); fi
done
after=$("$accord" --data "$data" stats | awk '/^events/ {print $2}')
"$accord" --data "$data" validate >/dev/null || { echo "FAIL: the file does not validate"; exit 1; }
echo "$n writers at once: $ok reported success; events $before -> $after"
if [ "$((before + ok))" -ne "$after" ]; then
  echo "FAIL: $((before + ok - after)) changes that reported success are missing"
  cat "$work"/err.* | sort | uniq -c | head
  exit 1
fi
# A writer that waited too long (a slow machine, a sanitizer build) must
# say so and change nothing; any other failure is a bug.
refused=$(cat "$work"/err.* | grep -c "is in use by accord add (pid [0-9]*) (waited .*; nothing was changed")
if [ "$((ok + refused))" -ne "$n" ] || [ "$ok" -eq 0 ]; then
  echo "FAIL: $((n - ok - refused)) writers failed otherwise:"
  cat "$work"/err.* | sort | uniq -c | head
  exit 1
fi
echo "$refused waited their 5 s and stopped with a message, changing nothing"
echo "1 passed, 0 failed"
