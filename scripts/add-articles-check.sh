#!/usr/bin/env bash
# Adds each article of a folder to its own copy of the shipped dataset with
# `accord add`, then checks that the result still opens (`accord validate`).
# For development with a set of real articles that the project does not
# ship (CI runs the same check on tests/fixtures/articles as a unit test):
#   scripts/add-articles-check.sh DIR [ACCORD]
# Prints one line per article and a summary; exits 1 if any add wrote a file
# that does not validate.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:?usage: scripts/add-articles-check.sh DIR [ACCORD]}"
accord="${2:-$root/build/native/accord}"
[ -x "$accord" ] || { echo "no accord binary at $accord (build first, or pass its path)"; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

added=0 refused=0 broken=0
for article in "$dir"/*.txt; do
  name="$(basename "$article")"
  copy="$work/$name.json"
  "$accord" export --format json --out "$copy" >/dev/null 2>&1
  before="$(sha256sum "$copy" | cut -d' ' -f1)"
  if "$accord" add "$article" --into "$copy" >"$work/out" 2>"$work/err"; then
    if "$accord" --data "$copy" validate >/dev/null 2>"$work/verr"; then
      added=$((added + 1))
      echo "added    $name: $(grep '^added' "$work/out")"
    else
      broken=$((broken + 1))
      echo "BROKEN   $name: the add wrote a file that does not validate:"
      sed 's/^/           /' "$work/verr" | head -5
    fi
  else
    refused=$((refused + 1))
    after="$(sha256sum "$copy" | cut -d' ' -f1)"
    unchanged="unchanged"
    [ "$before" = "$after" ] || { unchanged="CHANGED"; broken=$((broken + 1)); }
    echo "refused  $name (file $unchanged): $(tail -1 "$work/err")"
  fi
done
echo "$added added, $refused refused with a message, $broken left a broken or changed file"
[ "$broken" -eq 0 ]
