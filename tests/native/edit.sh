#!/usr/bin/env bash
# The Edit sheet in the native window, at desktop (1280x800) and phone
# (390x780) sizes, on a copy of the small fixture: the event form opens,
# a new date lists what else changes, a pick list searches as you type,
# and the save lands in the state. Mostly for the screenshots, which the
# headless tests cannot take:
#   tests/native/edit.sh [path/to/accord-atlas]
# Screenshots go to test-artifacts/native-edit-<size>-*.png.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
app="${1:-$root/build/native/accord-atlas}"
artifacts="$root/test-artifacts"
mkdir -p "$artifacts"
work="$(mktemp -d)"

name=native-edit
source "$(dirname "$0")/session.sh"
require Xvfb xdotool import python3
start_virtual_display 241 310
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" HOME="$work/home"
mkdir -p "$HOME"
state="$work/state.json"
cp "$root/tests/fixtures/small.json" "$work/small.json"

shot() { sleep 0.4; import -window "$window" "$artifacts/native-edit-$size-$1.png"; }
centre_of() {  # centre_of NAME: "x y" of the named widget in the last state
  q "' '.join(str(int(v)) for v in [s['widgets']['$1'][0] + s['widgets']['$1'][2] / 2, s['widgets']['$1'][1] + s['widgets']['$1'][3] / 2])"
}
# reveal NAME: wheels the form until the widget is drawn inside it.
reveal() {
  local i
  for i in $(seq 40); do
    q "'$1' in s['widgets'] and s['widgets']['$1'][1] + s['widgets']['$1'][3] <= s['widgets']['edit:form'][1] + s['widgets']['edit:form'][3]" >/dev/null && return 0
    set -- "$1" $(centre_of edit:form)
    xdotool mousemove --window "$window" "$2" "$3" click 5
    sleep 0.15
  done
  return 1
}
click() {
  wait_for "'$1' in s['widgets']" 5 || { fail "widget \"$1\" was never drawn"; return 1; }
  set -- "$1" $(centre_of "$1")
  xdotool mousemove --window "$window" "$2" "$3"
  sleep 0.15
  xdotool click 1
  sleep 0.3
}
ctrl() { xdotool keydown ctrl; sleep 0.2; xdotool key "$1"; sleep 0.2; xdotool keyup ctrl; sleep 0.3; }
type_text() { xdotool type --delay 15 "$1"; sleep 0.3; }

for size in 1280x800 390x780; do
  rm -f "$state"
  "$app" --window "$size" --scale 1 --state-file "$state" --data "$work/small.json" --event ev-1 >"$work/$size.log" 2>&1 &
  app_pid=$!
  if ! wait_for 's["frames"] > 2' 15; then fail "$size: the app did not start"; continue; fi
  window=$(timeout 10 xdotool search --sync --onlyvisible --name 'Accord Atlas' 2>/dev/null | head -1)
  sleep 0.5
  click edit
  check "$size: Edit opens the sheet" wait_for "'edit:save' in s['widgets']"
  shot form
  click edit:field:date
  ctrl a
  type_text 2022-03-04
  check "$size: a new date lists what else changes" wait_for "'edit:also-changes' in s['widgets']"
  shot also-changes
  reveal edit:participants:0:person && click edit:participants:0:person
  sleep 1
  type_text "nguyen thi"
  check "$size: the pick list finds the person typed without diacritics" \
    wait_for "'edit:participants:0:person:option:p-nguyen' in s['widgets']"
  shot pick-list
  click edit:participants:0:person:close
  reveal edit:figures:0:quantity
  shot figures
  click edit:save
  check "$size: Save closes the sheet" wait_for "'edit:save' not in s['widgets']"
  shot saved
  stop_app

  # The agreement's dated history and the person's roles, for the screenshots.
  for page in "agreement?sel=ag-base edit:history:1:source agreement" "person?sel=p-nguyen edit:roles:1:source person"; do
    set -- $page
    rm -f "$state"
    "$app" --window "$size" --scale 1 --state-file "$state" --data "$work/small.json" --hash "#/$1" >"$work/$size-$3.log" 2>&1 &
    app_pid=$!
    if ! wait_for 's["frames"] > 2' 15; then fail "$size: the app did not start for #/$1"; continue; fi
    sleep 0.5
    target="$2" shot_name="$3"
    click edit
    check "$size: Edit opens the $shot_name form" wait_for "'edit:save' in s['widgets']"
    shot "$shot_name"
    reveal "$target"
    check "$size: the $shot_name form reaches its last row" wait_for "'$target' in s['widgets']"
    shot "$shot_name-rows"
    stop_app
  done
done

# Undo across a real reload (#14): an edit saved to the user's own store,
# the app closed and started again, then the header's Undo takes it back,
# in the stored file too.
size=1280x800
store="$XDG_DATA_HOME/accord-atlas"
mkdir -p "$store"
cp "$root/tests/fixtures/small.json" "$store/dataset.json"
renamed="Talks renamed before closing the app"
stored_title() { python3 -c "import json; print(next(e['title'] for e in json.load(open('$store/dataset.json'))['events'] if e['id'] == 'ev-1'))"; }
rm -f "$state"
"$app" --window "$size" --scale 1 --state-file "$state" --event ev-1 >"$work/reload-1.log" 2>&1 &
app_pid=$!
if wait_for 's["frames"] > 2 and s["selected"] == "ev-1"' 15; then
  window=$(timeout 10 xdotool search --sync --onlyvisible --name 'Accord Atlas' 2>/dev/null | head -1)
  sleep 0.5
  click edit
  click edit:field:title
  ctrl a
  type_text "$renamed"
  click edit:save
  check "reload: the edit is saved" wait_for "s['undo_label'] == 'Edit event ev-1'"
  stop_app
  check "reload: the title is stored" test "$(stored_title)" = "$renamed"
  check "reload: the undo history is kept beside the data" test -f "$store/dataset.history.json"
  rm -f "$state"
  "$app" --window "$size" --scale 1 --state-file "$state" --event ev-1 >"$work/reload-2.log" 2>&1 &
  app_pid=$!
  check "reload: Undo is offered after the reload" wait_for "s['undo_label'] == 'Edit event ev-1'" 15
  window=$(timeout 10 xdotool search --sync --onlyvisible --name 'Accord Atlas' 2>/dev/null | head -1)
  shot reload-undo
  click undo
  check "reload: Undo after the reload is done" wait_for "s['undo_label'] == '' and s['redo_label'] == 'Edit event ev-1'"
  check "reload: Undo takes the edit back in the stored file" test "$(stored_title)" != "$renamed"
  stop_app
else
  fail "reload: the app did not start on the user's store"
fi
finish
