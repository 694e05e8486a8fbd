# Sourced by the native window tests once `name`, `app` and `work` are set:
# the pass/fail tally, the checks that the app and tools exist, clean-up on
# exit (the app, the virtual display, $work), and reading the state file
# the app writes after every frame (--state-file "$state"), and starting and
# stopping the app on the virtual display (start_app, stop_app).
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   - $*"; }
fail() { failed=$((failed + 1)); echo "FAIL - $*"; }
check_detail() { :; }  # a test may redefine it: more words for a failed check
check() {  # check "what" command...
  local what="$1"
  shift
  if "$@"; then pass "$what"; else fail "$what$(check_detail)"; fi
}
finish() {
  echo "$name: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}
require() {  # require TOOL...: the app is built and each tool installed, else the test fails
  if [ ! -x "$app" ]; then
    echo "$name: the app is not built: $app" >&2
    failed=1
    finish
  fi
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$name: $tool is missing (scripts/install-deps.sh)" >&2; failed=1; finish; }
  done
}

xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
source "$(dirname "${BASH_SOURCE[0]}")/xvfb.sh"

# q EXPR: a Python expression over the last state (`s`, and `d` for its
# data part); prints its value and fails when it is false or None.
q() { python3 - "$state" "$1" <<'PY' 2>/dev/null
import json, sys
try:
    s = json.load(open(sys.argv[1]))
except Exception:
    sys.exit(1)
v = eval(sys.argv[2], {"s": s, "d": s.get("data", {})})
if v is None or v is False:
    sys.exit(1)
print("" if v is True else v)
PY
}
wait_seconds=5
wait_for() {  # wait_for EXPR [seconds]: until q EXPR holds, while the app runs
  local deadline=$(( $(date +%s) + ${2:-$wait_seconds} ))
  while :; do
    q "$1" >/dev/null && return 0
    kill -0 "$app_pid" 2>/dev/null || return 1
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.05
  done
}

# start_app NAME args...: the app at 1280x800 writing "$state", its output in
# $work/NAME.log; waits for its first frames and its window ($window).
start_app() {
  local name="$1"
  shift
  rm -f "$state"
  "$app" --window 1280x800 --scale 1 --state-file "$state" "$@" >"$work/$name.log" 2>&1 &
  app_pid=$!
  if ! wait_for 's["frames"] > 2' 15; then
    fail "$name: the app did not start ($(tr '\n' ' ' <"$work/$name.log"))"
    return 1
  fi
  window=$(timeout 10 xdotool search --sync --onlyvisible --name 'Accord Atlas' 2>/dev/null | head -1)
  [ -n "$window" ] || { fail "$name: xdotool cannot find the window"; return 1; }
  sleep 0.3
}
stop_app() {
  [ -n "$app_pid" ] || return
  kill -TERM "$app_pid" 2>/dev/null
  wait "$app_pid" 2>/dev/null
  app_pid=""
}
