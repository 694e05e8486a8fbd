#!/usr/bin/env bash
# The native app on a large dataset, under a virtual X server: how long it
# takes to load and to tally the views, then each view opened in turn, and
# the app's longest frame of work in each phase (FrameStats, from its state
# file). Prints; asserts nothing.
#   bench/native-views.sh FILE        (a dataset or snapshot; `accord synth 1000000 --format snapshot`)
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
file="${1:?usage: bench/native-views.sh FILE}"
app="$root/build/native/accord-atlas"
work="$(mktemp -d)"
state="$work/state.json"
name=native-views
source "$root/tests/native/session.sh"
require Xvfb xdotool python3
start_virtual_display 181 250
export XDG_CONFIG_HOME="$work/config"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

started=$(date +%s.%N)
start_app views --data "$file" || finish
wait_seconds=1800
wait_for "not s['loading'] and s['events'] > 0" || { echo "the load did not finish"; finish; }
loaded=$(date +%s.%N)
wait_for "s['tallies_current']" || { echo "the tallies did not finish"; finish; }
tallied=$(date +%s.%N)
echo "$(q "s['events']") events loaded in $(python3 -c "print(round($loaded - $started, 1))") s;" \
  "the views' tallies $(python3 -c "print(round($tallied - $loaded, 1))") s more," \
  "in polls of at most $(q "round(s['tallies_slowest_poll_ms'], 1)") ms ($(q "s['tallies_slowest_poll_phase']"))"
for view in partners outcomes agreements people timeline; do
  set -- $(q "' '.join(str(int(v)) for v in (s['widgets']['tab:$view'][0] + s['widgets']['tab:$view'][2] / 2, s['widgets']['tab:$view'][1] + s['widgets']['tab:$view'][3] / 2))")
  xdotool mousemove --window "$window" "$1" "$2" click 1
  wait_for "s['view'] == '$view'" 30 || echo "the $view tab did not open"
  sleep 1.5
done
echo "the app's longest frame of work per phase (ms):"
q "'\n'.join(f'  {ms:8.1f}  {phase}' for phase, ms in sorted(s['slowest_frame_by_phase'].items(), key=lambda p: -p[1]))"
stop_app
