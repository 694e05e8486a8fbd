#!/usr/bin/env bash
# The native app on a large synthetic dataset (50,000 events as a binary
# snapshot, written by `accord synth`), under a virtual X server: it loads
# in the background, then a partner chip and a typed search filter it, and
# every count must equal what the CLI (`accord events`) answers over the
# same file; then the Partners matrix, tallied between frames. Behaviour
# only: no timing is asserted.
#   tests/native/large.sh path/to/accord-atlas path/to/accord WORKDIR
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
app="${1:-$root/build/native/accord-atlas}"
cli="${2:-$root/build/native/accord}"
data_dir="${3:-$root/build/native}"
events=50000
work="$(mktemp -d)"

name=native-large
source "$(dirname "$0")/session.sh"
require Xvfb xdotool python3
[ -x "$cli" ] || { echo "$name: build accord first: $cli" >&2; failed=1; finish; }
wait_seconds=10
start_virtual_display 171 240
export XDG_CONFIG_HOME="$work/config"
state="$work/state.json"

data="$data_dir/large-$events.snap"
# Written again when the CLI is newer: a snapshot of an older format is refused.
[ -f "$data" ] && [ "$data" -nt "$cli" ] ||
  "$cli" synth "$events" --seed 3 --format snapshot --out "$data" --force >/dev/null ||
  { fail "accord synth could not write $data"; finish; }

# How many events the CLI finds with these options.
cli_count() { "$cli" --data "$data" events --format csv "$@" | tail -n +2 | grep -c . ; }
click() {
  local expr="next(([int(v[0] + v[2] / 2), int(v[1] + v[3] / 2)] for k, v in s['widgets'].items() if k == '$1'), None)"
  wait_for "$expr" 10 || { fail "widget $1 was never drawn"; return 1; }
  set -- $(q "' '.join(map(str, $expr))")
  xdotool mousemove --window "$window" "$1" "$2"
  sleep 0.15
  xdotool click 1
}

"$app" --window 1280x800 --scale 1 --state-file "$state" --data "$data" >"$work/app.log" 2>&1 &
app_pid=$!
if wait_for 's["frames"] > 0' 20; then pass "the app draws while the data loads"; else fail "no frame ($(tr '\n' ' ' <"$work/app.log"))"; finish; fi
if wait_for "s['events'] == $events and not s['loading']" 90; then
  pass "all $events events loaded in the background ($(grep -o 'loaded in [0-9]* ms' "$work/app.log"))"
else
  fail "the load did not finish: $(q 'dict(events=s["events"], loading=s["loading"])') ($(tr '\n' ' ' <"$work/app.log"))"
  finish
fi
window=$(timeout 10 xdotool search --sync --onlyvisible --name 'Accord Atlas' 2>/dev/null | head -1)
[ -n "$window" ] || { fail "xdotool cannot find the window"; finish; }

# Unfiltered: the chips' counts are the CLI's per-partner counts.
want_khm=$(cli_count --partner KHM)
if wait_for "s['facet_counts']['partners']['KHM'] == $want_khm" 5; then pass "the Cambodia chip counts $want_khm events, as the CLI"
else fail "Cambodia chip: $(q "s['facet_counts']['partners'].get('KHM')"), CLI says $want_khm"; fi

click "filter:partner:LAO"
want=$(cli_count --partner LAO)
if wait_for "s['visible_events'] == $want and 'partner=LAO' in s['hash']" 10; then pass "the Laos chip shows $want events, as the CLI"
else fail "after the Laos chip: $(q 's["visible_events"]') events, CLI says $want"; fi

click "search"
xdotool type --delay 60 "ha noi"
sleep 0.5
want=$(cli_count --partner LAO --text "ha noi")
if wait_for "s['filter'] == 'ha noi' and s['visible_events'] == $want" 15; then pass "Laos + \"ha noi\" shows $want events, as the CLI"
else fail "after typing: filter \"$(q 's["filter"]')\", $(q 's["visible_events"]') events, CLI says $want"; fi
# Each partner chip ignores its own selection: Cambodia with "ha noi".
want_khm=$(cli_count --partner KHM --text "ha noi")
if wait_for "s['facet_counts']['partners']['KHM'] == $want_khm" 5; then pass "with the search, the Cambodia chip counts $want_khm, as the CLI"
else fail "Cambodia chip with the search: $(q "s['facet_counts']['partners'].get('KHM')"), CLI says $want_khm"; fi

# Still answering input: a row opens its event.
frames=$(q 's["frames"]')
click "filter:clear"
if wait_for "s['visible_events'] == $events and s['frames'] > $frames" 10; then pass "Clear filters brings back all $events events"
else fail "after Clear: $(q 's["visible_events"]') events"; fi

# The views' tallies ran in slices between frames after the load, and the
# Partners matrix counts what the CLI counts: its Laos x drugs cell opens
# the timeline on exactly those events.
if wait_for "s['tallies_current'] and 'tallying events' in s['slowest_frame_by_phase']" 20; then
  pass "the views' tallies were made between frames (slices of $(q "round(s['tallies_slowest_poll_ms'], 1)") ms at most)"
else fail "tallies: current $(q "s['tallies_current']"), frames while tallying: $(q "'tallying events' in s['slowest_frame_by_phase']")"; fi
click "tab:partners"
click "matrix:LAO:drugs"
want=$(cli_count --partner LAO --topic drugs)
if wait_for "s['view'] == 'timeline' and s['visible_events'] == $want" 10; then pass "the matrix's Laos x drugs cell opens $want events, as the CLI"
else fail "after the Laos x drugs cell: view $(q 's["view"]'), $(q 's["visible_events"]') events, CLI says $want"; fi
finish
