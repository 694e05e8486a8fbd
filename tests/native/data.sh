#!/usr/bin/env bash
# The user's data in the native app under a virtual X server, driven with
# xdotool like a user: starting with nothing stored, importing a dataset
# through the Data window, the data surviving a restart, bad files (cut
# short, an array, image bytes, empty, 20 MB) each refused with a message
# while the stored files stay byte-identical, exporting, a damaged store
# (notice, the file left alone, Restore backup after confirming), and
# --data FILE shown as "not your data".
#   tests/native/data.sh [path/to/accord-atlas]
# Screenshots go to test-artifacts/native-data-*.png.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
app="${1:-$root/build/native/accord-atlas}"
artifacts="$root/test-artifacts"
fixtures="$root/tests/fixtures"
mkdir -p "$artifacts"
work="$(mktemp -d)"

name=native-data
source "$(dirname "$0")/session.sh"
require Xvfb xdotool import python3 sha256sum
check_detail() { [ -n "$app_pid" ] && echo " (the app says: $(q "d['message']" | tr '\n' ' ' | cut -c1-200))"; }
wait_seconds=10
start_virtual_display 231 300
export XDG_CONFIG_HOME="$work/config"
export XDG_DATA_HOME="$work/data"          # starts empty: nothing stored
export XDG_DOWNLOAD_DIR="$work/downloads"  # where exports go
mkdir -p "$XDG_DOWNLOAD_DIR"
store="$XDG_DATA_HOME/accord-atlas/dataset.json"
state="$work/state.json"
shipped_events=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["events"]))' "$root/assets/dataset.json")

shot() { sleep 0.4; import -window root "$artifacts/native-data-$1.png"; }
click() {  # click WIDGET
  local expr="next(([int(v[0] + v[2] / 2), int(v[1] + v[3] / 2)] for k, v in s['widgets'].items() if k == '$1'), None)"
  if ! wait_for "$expr" 5; then
    fail "widget \"$1\" was never drawn (widgets: $(q "', '.join(sorted(s['widgets']))" | cut -c1-300))"
    return 1
  fi
  set -- $(q "' '.join(map(str, $expr))")
  xdotool mousemove --window "$window" "$1" "$2"
  sleep 0.15
  xdotool click 1
  sleep 0.3
}
# import_path PATH: types PATH into the Data window's path field (a click
# selects what it held) and presses Enter once the app has taken every key
# (it reads one key per frame, and a software-rendered frame takes a while).
import_path() {
  click 'data:path' || return 1
  xdotool type --delay 8 "$1"
  wait_for "d['path'] == '$1'" 30 || fail "typing $1: the field holds \"$(q "d['path']")\""
  xdotool key Return
  sleep 0.3
}
hashes() { sha256sum "$store" "$store.bak" 2>/dev/null; }

# --- nothing stored: the shipped dataset, then an import that is kept -------
if start_app first; then
  check "nothing stored: the shipped dataset is shown" wait_for "d['store'] == 'missing' and s['events'] == $shipped_events"
  check "nothing is written at start-up" test ! -e "$store"
  click data && check "the Data button opens the Data window" wait_for "d['window_open'] and 'data:path' in s['widgets']"
  shot window
  import_path "$fixtures/small.json"
  check "importing small.json adds its 3 events" wait_for "d['report'] and d['report']['added_events'] == 3 and s['events'] == $shipped_events + 3"
  check "the import is saved in XDG_DATA_HOME" test -s "$store"
  shot imported
  stop_app
fi

if start_app restart; then
  check "after a restart the imported events are there" wait_for "d['store'] == 'ok' and s['events'] == $shipped_events + 3"
  click data
  before=$(hashes)

  # --- bad files: a message each, the stored files byte-identical -------------
  cp "$root/web/icon-192.png" "$work/picture.json"
  : >"$work/empty.json"
  python3 -c 'import sys; open(sys.argv[1], "w").write("{\"title\": \"" + "x" * (20 * 1024 * 1024) + "\"}")' "$work/big.json"
  bad() {  # bad FILE EXPECTED-TEXT WHAT
    import_path "$1"
    if wait_for "d['message_is_error'] and '$2' in d['message']" 10; then pass "$3: \"$(q "d['message']" | head -1 | cut -c1-120)\""
    else fail "$3: message was \"$(q "d['message']" | head -2)\""; fi
    check "$3: the app keeps running" kill -0 "$app_pid"
    check "$3: the stored files are byte-identical" test "$(hashes)" = "$before"
  }
  bad "$fixtures/data/cut-short.json" "line 2" "a JSON file cut short (line and column)"
  shot bad-json
  bad "$fixtures/data/array.json" "top level" "a .json holding an array"
  bad "$work/picture.json" "binary" "image bytes named .json"
  bad "$work/empty.json" "empty" "an empty file"
  bad "$work/big.json" "MB are refused" "a 20 MB file (refused before reading)"
  bad "$fixtures/import-one-refused.json" "p-nobody" "a file with one refused record (all or nothing)"
  cp "$fixtures/small.json" "$work/small-utf16.json" && python3 -c "import sys; t=open(sys.argv[1], encoding='utf-8').read(); open(sys.argv[1], 'w', encoding='utf-16').write(t)" "$work/small-utf16.json"
  bad "$work/small-utf16.json" "UTF-16" "a UTF-16 file (named as such)"
  shot too-large
  check "the refusals left the data shown as it was" wait_for "s['events'] == $shipped_events + 3"

  # --- a spreadsheet's CSV: how it was read is said -------------------------------
  import_path "$fixtures/csv/excel-semicolon.csv"
  check "a semicolon CSV with day-first dates imports with its notes" wait_for "d['report'] and d['report']['added_events'] == 3 and \"';' as the separator\" in d['message'] and 'DD/MM/YYYY' in d['message']"
  before=$(hashes)

  # --- the same file again: already present, nothing written --------------------
  import_path "$fixtures/small.json"
  check "re-importing small.json adds nothing" wait_for "d['report'] and d['report']['added'] == 0 and d['report']['unchanged'] > 0"
  check "re-importing wrote nothing" test "$(hashes)" = "$before"

  # --- export, then the export re-imports as already present -----------------------
  click 'data:export-json'
  exported="$XDG_DOWNLOAD_DIR/accord-atlas-dataset.json"
  check "Export dataset writes to the Downloads folder" wait_for "d['last_export'] == '$exported'"
  check "the export holds every event shown" python3 -c "import json,sys; sys.exit(len(json.load(open('$exported'))['events']) != $shipped_events + 6)"
  click 'data:export-json'
  check "a second export does not replace the first" wait_for "d['last_export'].endswith('accord-atlas-dataset (2).json')"
  import_path "$exported"
  check "the export re-imports as already present" wait_for "d['report'] and d['report']['added'] == 0 and d['report']['name'] == 'accord-atlas-dataset.json'"

  click 'data:export-csv'
  exported_csv="$XDG_DOWNLOAD_DIR/accord-atlas-events.csv"
  check "Export events writes a CSV" wait_for "d['last_export'] == '$exported_csv'"
  import_path "$exported_csv"
  check "the CSV export re-imports as already present" wait_for "d['report'] and d['report']['added'] == 0 and d['report']['name'] == 'accord-atlas-events.csv'"
  check "re-importing the exports wrote nothing" test "$(hashes)" = "$before"

  # --- a second import makes the backup used below ----------------------------------
  import_path "$fixtures/data/one-more-event.json"
  check "importing one more event adds it" wait_for "d['report'] and d['report']['added_events'] == 1 and s['events'] == $shipped_events + 7"
  check "the previous version is kept as the backup" test -s "$store.bak"
  stop_app
fi

# --- a damaged store: a notice, the file left alone, restore on confirmation ---
head -c 300 "$store" >"$work/damaged.json"
cp "$work/damaged.json" "$store"
damaged=$(sha256sum <"$store")
if start_app damaged; then
  check "a damaged store is reported with line and column" wait_for "d['store'] == 'corrupted' and 'line' in d['corruption'] and 'column' in d['corruption']"
  check "the shipped dataset is shown meanwhile" wait_for "s['events'] == $shipped_events and 'store:notice' in s['widgets']"
  shot damaged
  click data
  import_path "$fixtures/data/one-more-event.json"
  check "an import over a damaged store is refused" wait_for "d['message_is_error']"
  check "the damaged file is not overwritten" test "$(sha256sum <"$store")" = "$damaged"
  click data:close
  click 'store:restore'
  check "Restore backup asks first" wait_for "'store:restore-confirm' in s['widgets']"
  check "nothing is restored before confirming" test "$(sha256sum <"$store")" = "$damaged"
  shot restore-confirm
  click 'store:restore-confirm'
  check "after confirming, the backup is restored" wait_for "d['store'] == 'ok' and s['events'] == $shipped_events + 6"
  check "the damaged file is kept as .corrupt" test "$(sha256sum <"$store.corrupt")" = "$damaged"
  stop_app
fi

# --- a damaged store with no backup: keep a copy, then start fresh -------------
cp "$work/damaged.json" "$store"
rm -f "$store.bak"
if start_app fresh; then
  check "a damaged store without backup is reported" wait_for "d['store'] == 'corrupted' and not d['backup_available']"
  click 'store:download-damaged'
  check "Download damaged file saves a copy" wait_for "'copy of the damaged file was saved' in d['message']"
  check "the copy is the damaged file byte for byte" test "$(sha256sum <"$XDG_DOWNLOAD_DIR/accord-atlas-damaged.json")" = "$damaged"
  click 'store:fresh'
  check "Start fresh asks first" wait_for "'store:fresh-confirm' in s['widgets']"
  check "nothing is set aside before confirming" test "$(sha256sum <"$store")" = "$damaged"
  shot fresh-confirm
  click 'store:fresh-confirm'
  check "after confirming, what is shown is stored and loads" wait_for "d['store'] == 'ok' and s['events'] == $shipped_events"
  check "the damaged file is kept beside it" test "$(sha256sum <"$store.corrupt-2")" = "$damaged"
  check "the new store is the dataset shown" python3 -c "import json,sys; sys.exit(len(json.load(open('$store'))['events']) != $shipped_events)"
  stop_app
fi

# --- another program writes the file while the app runs: reload, or merge ---
other_program_adds() {  # other_program_adds ID: an event added the way the CLI would (a rename over the file)
  python3 - "$store" "$1" <<'PY'
import json, os, sys
path, new_id = sys.argv[1], sys.argv[2]
d = json.load(open(path))
e = dict(d['events'][0], id=new_id, title='An event another program added')
d['events'].append(e)
open(path + '.w', 'w').write(json.dumps(d, ensure_ascii=False))
os.replace(path + '.w', path)
PY
}
nudge() { xdotool mousemove --window "$window" 20 300; sleep 1.2; xdotool mousemove --window "$window" 30 310; sleep 0.3; }
if start_app changed; then
  check "the stored data is shown" wait_for "d['store'] == 'ok' and s['events'] == $shipped_events"
  other_program_adds ev-from-elsewhere
  nudge
  check "the app notices the file changed on disk" wait_for "d['disk_changed'] and 'store:reload' in s['widgets']" 10
  shot changed
  click 'store:reload'
  check "Reload shows the other program's event" wait_for "not d['disk_changed'] and s['events'] == $shipped_events + 1"
  other_program_adds ev-from-elsewhere-2
  nudge
  check "a second change is noticed too" wait_for "d['disk_changed'] and 'store:merge' in s['widgets']" 10
  click 'store:merge'
  check "Merge keeps the other program's event and saves" wait_for "not d['disk_changed'] and s['events'] == $shipped_events + 2 and 'merged' in d['message']"
  check "the merged file holds both programs' events" python3 -c "import json,sys; ids={e['id'] for e in json.load(open('$store'))['events']}; sys.exit(not {'ev-from-elsewhere','ev-from-elsewhere-2'} <= ids)"
  stop_app
fi

# --- --data FILE is not the user's data --------------------------------------
before=$(hashes)
if start_app foreign --data "$fixtures/data/one-more-event.json"; then
  check "--data FILE is shown as not your data" wait_for "d['foreign'] == 'one-more-event.json' and s['events'] == 1 and 'link:banner' in s['widgets']"
  shot foreign
  click 'link:keep'
  check "Keep my data goes back to the user's data" wait_for "d['foreign'] is None and s['events'] == $shipped_events + 2"
  check "viewing another file changed nothing stored" test "$(hashes)" = "$before"
  stop_app
fi
if start_app foreign-replace --data "$fixtures/data/one-more-event.json"; then
  click 'link:replace'
  check "Replace asks first" wait_for "d['confirming_replace'] and 'link:replace-confirm' in s['widgets']"
  check "nothing is replaced before confirming" test "$(hashes)" = "$before"
  click 'link:replace-confirm'
  check "after confirming, the user's data is replaced" wait_for "d['foreign'] is None and d['store'] == 'ok' and s['events'] == 1"
  stop_app
fi

finish
