#!/usr/bin/env bash
# End-to-end test of the native app under a virtual X server, acting like
# a user with xdotool: clicks the widgets the app reports (--state-file
# writes its state, with the rectangles of named widgets, after every
# frame), and checks what changed: opening an event, Alt+Left (Back) and
# Alt+Right (Forward), a tab, "Copy link", a shared link given with
# --hash (and a nonsense one), and the dark theme surviving a restart.
#   tests/native/e2e.sh [path/to/accord-atlas]
# Screenshots go to test-artifacts/native-e2e-*.png.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
app="${1:-$root/build/native/accord-atlas}"
artifacts="$root/test-artifacts"
mkdir -p "$artifacts"
work="$(mktemp -d)"

name=native-e2e
source "$(dirname "$0")/session.sh"
require Xvfb xdotool import python3
start_virtual_display 161 230
export XDG_CONFIG_HOME="$work/config"  # settings of this test only
state="$work/state.json"

# q, wait_for, start_app and stop_app: tests/native/session.sh.
shot() { sleep 0.4; import -window root "$artifacts/native-e2e-$1.png"; }

# click NAME: clicks the centre of a named widget (or the first whose name
# starts with NAME when it ends in '*'); fails naming a missing widget.
clicked=""
click() {
  local name="$1" expr centre
  expr="next(([k] + [int(v[0] + v[2] / 2), int(v[1] + v[3] / 2)] for k, v in sorted(s['widgets'].items()) if (k.startswith('${name%\*}') if '$name'.endswith('*') else k == '$name')), None)"
  if ! wait_for "$expr" 5; then
    fail "widget \"$name\" was never drawn (widgets: $(q "', '.join(sorted(s['widgets']))" | cut -c1-300))"
    return 1
  fi
  centre=$(q "' '.join(map(str, $expr))")
  clicked="${centre%% *}"
  set -- $centre
  xdotool mousemove --window "$window" "$2" "$3"
  sleep 0.15
  xdotool click 1  # XTEST: a real click (--window would send a synthetic one)
  sleep 0.3
  return 0
}
key() { xdotool key "$1"; sleep 0.3; }

# --- a user session ----------------------------------------------------------
if start_app session; then
  check "starts on the timeline" wait_for 's["view"] == "timeline" and s["events"] > 0'
  shot timeline

  if click 'row:event:*'; then
    event="${clicked#row:event:}"
    check "clicking a row opens the event ($event)" wait_for "s['view'] == 'event' and s['selected'] == '$event'"
    shot event
    key alt+Left
    check "Alt+Left goes back to the timeline" wait_for 's["view"] == "timeline" and s["selected"] is None'
    key alt+Right
    check "Alt+Right goes forward to the event" wait_for "s['view'] == 'event' and s['selected'] == '$event'"
  fi

  if click 'tab:people'; then
    check "the People tab shows people" wait_for 's["view"] == "people"'
    shot people
    key alt+Left
    check "Alt+Left returns from people" wait_for 's["view"] != "people"'
  fi

  if click share; then
    hash=$(q 's["hash"]')
    check "Copy link copies the view's hash ($hash)" wait_for "s['copied_link'] == s['hash']"
    shot link-copied
  fi

  if click settings; then
    shot settings
    if click 'settings:theme:dark'; then
      check "the Dark button switches the theme" wait_for 's["theme"] == "dark"'
      key Escape
      shot dark
      check "the settings file is written" test -s "$XDG_CONFIG_HOME/accord-atlas/settings.json"
    fi
  fi

  # Idle: nothing drawn while nothing happens.
  sleep 0.5
  f0=$(q 's["frames"]')
  sleep 1.5
  f1=$(q 's["frames"]')
  check "idle: no frames while nothing happens ($f0 -> $f1)" test "$f0" = "$f1"
  stop_app
fi

# --- a shared link, and the settings after a restart ---------------------------
if [ -n "${hash:-}" ] && start_app shared --hash "$hash"; then
  check "--hash opens the shared view ($hash)" wait_for "s['hash'] == '$hash' and s['notices'] == []"
  check "the dark theme survived the restart" wait_for 's["theme"] == "dark"'
  shot shared-dark
  stop_app
fi
if start_app people --hash '#/people'; then
  check "--hash '#/people' opens the people view" wait_for 's["view"] == "people"'
  stop_app
fi
if start_app nonsense --hash '#/nowhere?x=1'; then
  check "a nonsense link opens the timeline with a notice" wait_for 's["view"] == "timeline" and len(s["notices"]) > 0'
  shot notice
  if click 'notice:dismiss'; then
    check "the notice can be dismissed" wait_for 's["notices"] == []'
  fi
  stop_app
fi

finish
