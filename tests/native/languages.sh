#!/usr/bin/env bash
# The native app speaks the system's language: started with LANG=vi_VN.UTF-8
# it draws Vietnamese, with LANG=fr_FR.UTF-8 French, under LC_ALL=C English;
# the Settings choice wins over the system's and is kept for the next start.
#   tests/native/languages.sh [path/to/accord-atlas]
# Screenshots go to test-artifacts/native-lang-*.png.
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
app="${1:-$root/build/native/accord-atlas}"
artifacts="$root/test-artifacts"
mkdir -p "$artifacts"
work="$(mktemp -d)"

name=native-languages
source "$(dirname "$0")/session.sh"
require Xvfb xdotool import python3
start_virtual_display 311 380
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" HOME="$work/home"
mkdir -p "$HOME"
state="$work/state.json"

# run_in LOCALE LANG_CODE TAB_LABEL: the app under LANG=LOCALE (LC_ALL unset).
run_in() {
  local locale="$1" code="$2" label="$3"
  unset LC_ALL
  if LANG="$locale" start_app "$code"; then
    check "LANG=$locale: the state says language $code" wait_for "s['language'] == '$code'"
    check "LANG=$locale: the language follows the system" q "s['language_setting'] == 'system'"
    check "LANG=$locale: the Timeline tab reads '$label'" q "s['labels']['tab:timeline'] == '$label'"
    check "LANG=$locale: tabs keep their names" q "'tab:people' in s['widgets']"
    import -window "$window" "$artifacts/native-lang-$code.png"
  fi
  stop_app
}

run_in vi_VN.UTF-8 vi "Dòng thời gian"
run_in fr_FR.UTF-8 fr "Chronologie"
run_in de_DE.UTF-8 en "Timeline"  # a language the app does not have: English

# LC_ALL=C wins over LANG (as in the C library): English.
export LC_ALL=C.UTF-8
if LANG=vi_VN.UTF-8 start_app c; then
  check "LC_ALL=C.UTF-8 over LANG=vi_VN: English" wait_for "s['language'] == 'en'"
fi
stop_app

# A choice saved in Settings wins over the system's.
mkdir -p "$XDG_CONFIG_HOME/accord-atlas"
echo '{"language":"fr"}' >"$XDG_CONFIG_HOME/accord-atlas/settings.json"
unset LC_ALL
if LANG=vi_VN.UTF-8 start_app saved; then
  check "a saved French choice wins over LANG=vi_VN" wait_for "s['language'] == 'fr' and s['language_setting'] == 'fr'"
  check "the Agreements tab reads 'Accords'" q "s['labels']['tab:agreements'] == 'Accords'"
fi
stop_app
finish
