#!/usr/bin/env bash
# End-to-end smoke test of the native app under a virtual X server:
# it opens, draws a timeline that is not blank (wide and phone-sized
# windows), stays idle when nothing happens, and exits 0 on SIGTERM and
# with --quit-after-frames.
#   tests/native/smoke.sh [path/to/accord-atlas]
# Screenshots go to test-artifacts/native-*.png.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
app="${1:-$root/build/native/accord-atlas}"
artifacts="$root/test-artifacts"
mkdir -p "$artifacts"
work="$(mktemp -d)"

name=native
source "$(dirname "$0")/session.sh"
require Xvfb import convert
start_virtual_display 91 160
export XDG_CONFIG_HOME="$work/config"  # the user's saved settings (a dark theme) stay out of it

# Waits until the app printed its first-frame line; 0 when it did.
wait_first_frame() {
  local log="$1"
  for _ in $(seq 300); do
    grep -q "first frame" "$log" 2>/dev/null && return 0
    kill -0 "$app_pid" 2>/dev/null || return 1
    sleep 0.05
  done
  return 1
}

# CPU ticks (user + system) the process used so far.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

# Launches the app in a window of WxH, screenshots it to NAME, checks it
# idles, then stops it with SIGTERM and checks the exit code.
run_window() {
  local size="$1" name="$2"
  shift 2
  local log="$work/$name.log" shot="$artifacts/$name.png"
  "$app" --window "$size" --scale 1 "$@" >"$log" 2>&1 &
  app_pid=$!
  if ! wait_first_frame "$log"; then
    fail "$name: no first frame ($(tr '\n' ' ' <"$log"))"
    kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null; app_pid=""
    return
  fi
  pass "$name: first frame ($(grep -o 'first frame after [0-9]* ms' "$log"))"
  sleep 1  # a few frames settle, then the app goes idle

  rm -f "$shot"
  import -window root "$shot"
  local colours
  colours=$(convert "$shot" -format %k info: 2>/dev/null || echo 0)
  if [ "${colours:-0}" -gt 10 ]; then pass "$name: screenshot has $colours colours ($shot)"
  else fail "$name: screenshot looks blank ($colours colours, $shot)"; fi

  # Idle: no input, so no frames: the process should use next to no CPU.
  local before after
  before=$(cpu_ticks "$app_pid")
  sleep 2
  after=$(cpu_ticks "$app_pid")
  if [ $((after - before)) -le 10 ]; then pass "$name: idle ($((after - before)) CPU ticks in 2 s)"
  else fail "$name: busy while idle ($((after - before)) CPU ticks in 2 s)"; fi

  kill -TERM "$app_pid"
  local rc=0
  wait "$app_pid" || rc=$?
  app_pid=""
  if [ "$rc" -eq 0 ]; then pass "$name: exits 0 on SIGTERM"
  else fail "$name: exit code $rc on SIGTERM"; fi
}

# The event with the most participants shows the most of the detail pane.
event=$(python3 -c '
import json, sys
events = json.load(open(sys.argv[1]))["events"]
print(max(events, key=lambda e: len(e.get("participants", [])))["id"] if events else "")
' "$root/assets/dataset.json" 2>/dev/null || true)

run_window 1280x800 native-timeline
run_window 390x780 native-timeline-narrow
if [ -n "$event" ]; then
  run_window 1280x800 native-event --event "$event"
  run_window 390x780 native-event-narrow --event "$event"
fi
# Story mode opened by its link: a card, idle while not playing.
run_window 1280x800 native-story --hash "#/story?partner=LAO&step=2"
run_window 390x780 native-story-narrow --hash "#/story?partner=LAO&step=2"

# --quit-after-frames ends the app by itself.
if timeout 30 "$app" --quit-after-frames 5 >"$work/quit.log" 2>&1; then pass "--quit-after-frames 5 exits 0"
else fail "--quit-after-frames 5: exit code $? ($(tr '\n' ' ' <"$work/quit.log"))"; fi

# A missing dataset is reported in the window, not a crash.
if timeout 30 "$app" --data "$work/missing.json" --quit-after-frames 3 >"$work/missing.log" 2>&1 &&
  grep -q "0 events" "$work/missing.log"; then pass "a missing dataset opens an empty timeline"
else fail "a missing dataset: $(tr '\n' ' ' <"$work/missing.log")"; fi

finish
