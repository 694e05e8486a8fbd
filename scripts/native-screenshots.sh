#!/usr/bin/env bash
# Screenshots of the native app's views under a virtual X server, at a
# desktop size and a phone size, for docs/screenshots and for looking at a
# view after changing it.
#   scripts/native-screenshots.sh [--app PATH] [--data FILE] [--out DIR] HASH...
#   scripts/native-screenshots.sh '#/trends' '#/trends?by=topic&period=year'
#   SETTLE=20 scripts/native-screenshots.sh --data big.snap "#/network"   (large data: wait longer)
# Each HASH gives DIR/native-1280x800-VIEW.png and DIR/native-390x844-VIEW.png
# (VIEW: the hash with its punctuation as dashes). DIR: test-artifacts.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
app="$root/build/native/accord-atlas"
data=""  # the app's own (a --data file is shown as "not your data")
out="$root/test-artifacts"
while [ $# -gt 0 ]; do
  case "$1" in
    --app) app="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: $0 [--app PATH] [--data FILE] [--out DIR] HASH..." >&2; exit 2; }
for tool in Xvfb xdotool import; do
  command -v "$tool" >/dev/null || { echo "$0: $tool is missing (scripts/install-deps.sh)" >&2; exit 1; }
done
mkdir -p "$out"
work="$(mktemp -d)"
xvfb_pid="" app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

# A screen taller than a phone's 844 px (tests/native/xvfb.sh's is 800).
display=""
for n in $(seq 170 190); do
  [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { display=":$n"; break; }
done
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.05; done
export DISPLAY="$display" SDL_AUDIODRIVER=dummy
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"  # no saved theme or data of the user's

for hash in "$@"; do
  view="$(echo "${hash#\#/}" | tr -c 'a-zA-Z0-9\n' '-' | sed 's/-*$//')"
  for size in 1280x800 390x844; do
    log="$work/app.log"
    "$app" ${data:+--data "$data"} --hash "$hash" --window "$size" --scale 1 >"$log" 2>&1 &
    app_pid=$!
    for _ in $(seq 300); do grep -q "first frame" "$log" 2>/dev/null && break; sleep 0.05; done
    window="$(xdotool search --sync --name 'Accord Atlas' | head -1)"
    xdotool mousemove --window "$window" 2 2  # the window's corner: no hover, no tooltip
    sleep "${SETTLE:-1.5}"  # the tallies and a few frames settle (SETTLE=seconds for large data)
    import -window "$window" "$out/native-$size-$view.png"
    echo "$out/native-$size-$view.png"
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
  done
done
