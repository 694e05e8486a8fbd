#!/usr/bin/env bash
# The Import view in the native app under a virtual X server, driven like
# a user with xdotool: opens #/import, opens an article by typing its path
# (the native app has no file picker), extracts, corrects the title, saves,
# checks the new event on the timeline, undoes and redoes the save with the
# header's Undo and Ctrl+Z, refuses binary junk and a German article gets a
# warning. The saved event survives a restart (the user's stored copy).
#   tests/native/import.sh [path/to/accord-atlas]
# Screenshots go to test-artifacts/native-import-*.png.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
app="${1:-$root/build/native/accord-atlas}"
artifacts="$root/test-artifacts"
fixtures="$root/tests/fixtures/import"
mkdir -p "$artifacts"
work="$(mktemp -d)"

name=native-import
source "$(dirname "$0")/session.sh"
require Xvfb xdotool import python3
start_virtual_display 231 300
# This test's own settings and stored data, never the user's.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" HOME="$work/home"
mkdir -p "$HOME"
state="$work/state.json"

shot() { sleep 0.4; import -window root "$artifacts/native-import-$1.png"; }
click() {
  local name="$1" expr centre
  expr="next(([k] + [int(v[0] + v[2] / 2), int(v[1] + v[3] / 2)] for k, v in sorted(s['widgets'].items()) if k == '$name'), None)"
  if ! wait_for "$expr" 5; then
    fail "widget \"$name\" was never drawn (widgets: $(q "', '.join(sorted(s['widgets']))" | cut -c1-300))"
    return 1
  fi
  centre=$(q "' '.join(map(str, $expr))")
  set -- $centre
  xdotool mousemove --window "$window" "$2" "$3"
  sleep 0.15
  xdotool click 1
  sleep 0.3
}
key() { xdotool key "$1"; sleep 0.3; }
# ctrl KEY: Ctrl held across frames (the app reads modifiers once a frame).
ctrl() { xdotool keydown ctrl; sleep 0.2; xdotool key "$1"; sleep 0.2; xdotool keyup ctrl; sleep 0.3; }
type_text() { xdotool type --delay 15 "$1"; sleep 0.3; }
# open_article PATH: types the path into the path field and opens it.
open_article() {
  click import:open || return 1
  click import:path || return 1
  ctrl a
  type_text "$1"
  click import:path:open
}

if start_app import --hash '#/import'; then
  check "#/import opens the Import view" wait_for 's["view"] == "import" and s["import"]["stage"] == "input"'
  events_before=$(q 's["events"]')

  # Bad input first: nothing is saved, the app keeps running.
  click import:extract
  check "Extract on an empty box says so" wait_for '"the text is empty" in s["import"]["error"]'
  head -c 3000 /dev/urandom >"$work/junk.bin"
  open_article "$work/junk.bin"
  check "binary junk is refused with its name" wait_for '"junk.bin: binary data" in s["import"]["error"] and s["import"]["text_bytes"] == 0'
  open_article "$fixtures/de_laos_treffen.txt"
  check "a German article loads with a warning" wait_for 'any("does not read as English, French or Vietnamese" in w for w in s["import"]["warnings"])'
  shot german

  open_article "$fixtures/en_malaysia_talks.txt"
  check "an English article loads into the box" wait_for 's["import"]["source_name"] == "en_malaysia_talks.txt" and s["import"]["text_bytes"] > 500 and not s["import"]["warnings"]'
  shot text
  click import:extract
  check "Extract shows the draft" wait_for 's["import"]["stage"] == "review"'
  check "spans of several kinds are highlighted" wait_for 'len(s["import"]["spans"]) >= 4 and s["import"]["spans"].get("People", 0) >= 2'
  check "the draft has the date, place and partner" wait_for 's["import"]["date"] == "2025-03-11" and s["import"]["city"] == "Kuala Lumpur" and s["import"]["partners"] == ["MYS"]'
  check "a known person resolves to the dataset" wait_for 'any(p.get("id") == "p-luong-tam-quang" and not p.get("is_new") for p in s["import"]["people"])'
  shot review

  # Correct the title, then save.
  click import:field:title
  ctrl a
  type_text "Vietnam-Malaysia talks on maritime crime"
  key Tab
  check "the corrected title is in the draft" wait_for 's["import"]["title"] == "Vietnam-Malaysia talks on maritime crime"'
  click import:save
  check "Save adds the event and opens it" wait_for "s['events'] == $events_before + 1 and s['view'] == 'event' and s['selected']"
  saved=$(q 's["selected"]')
  shot saved
  check "Undo is offered" wait_for '"undo" in s["widgets"]'
  click undo
  check "Undo removes the saved event" wait_for "s['events'] == $events_before and s['view'] == 'timeline' and s['selected'] is None"
  click import
  check "+ Import opens the Import view again" wait_for 's["view"] == "import" and s["import"]["stage"] == "input"'
  open_article "$fixtures/vi_lao_hoiky.txt"
  click import:extract
  check "a Vietnamese article extracts" wait_for 's["import"]["stage"] == "review" and s["import"]["language"] == "vi" and s["import"]["partners"] == ["LAO"]'
  click import:save
  check "the Vietnamese event is saved" wait_for "s['events'] == $events_before + 1 and s['view'] == 'event'"
  saved=$(q 's["selected"]')

  # Edit the saved event: a new title, then Ctrl+Z restores the old one.
  click edit
  click edit:field:title
  ctrl a
  type_text "Edited title"
  click edit:save
  check "Edit changes the event (Undo names the edit)" wait_for "s['undo_label'] == 'Edit event $saved'"
  shot edited
  ctrl z
  check "Ctrl+Z undoes the edit, the event stays" wait_for "s['undo_label'] != 'Edit event $saved' and s['events'] == $events_before + 1 and s['selected'] == '$saved'"

  # Delete with confirmation, then undo brings it back.
  click delete
  shot delete-confirm
  click delete:confirm
  check "Delete removes the event and leaves its page" wait_for "s['events'] == $events_before and s['view'] == 'timeline' and s['undo_label'] == 'Delete event $saved'"
  click undo
  check "Undo brings the deleted event back" wait_for "s['events'] == $events_before + 1"
  stop_app
  check "the user's stored dataset was written" test -s "$XDG_DATA_HOME/accord-atlas/dataset.json"
fi

# A restart reads the user's stored copy: the saved event is still there.
if [ -n "${saved:-}" ] && start_app restart --hash "#/event?sel=$saved"; then
  check "after a restart the dataset still has the saved event" wait_for "s['events'] == $events_before + 1"
  check "after a restart the saved event opens" wait_for "s['view'] == 'event' and s['selected'] == '$saved'"
  shot restarted
  stop_app
fi

finish
