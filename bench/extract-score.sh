#!/usr/bin/env bash
# Extraction quality on the shared development set, when it exists: per-field
# and overall F1, for all articles and per language (en, fr, vi). Prints the
# scorer's tables; asserts nothing. The project never reads the shared folder
# from its build or tests; only this script does, and only when asked.
#   bench/extract-score.sh [SHARED_DIR] [ACCORD_BINARY]
# SHARED_DIR defaults to ../shared relative to the repository root; it must hold
# devset/gold, devset/articles and tools/score-extract.py. ACCORD_BINARY
# defaults to build/accord (then build/native/accord).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
shared="${1:-../shared}"
shared="$(cd "$shared" 2>/dev/null && pwd)" || { echo "no shared folder at ${1:-../shared}: nothing to score"; exit 0; }
scorer="$shared/tools/score-extract.py"
gold="$shared/devset/gold"
articles="$shared/devset/articles"
if [ ! -f "$scorer" ] || [ ! -d "$gold" ] || [ ! -d "$articles" ]; then
  echo "no dev set or scorer under $shared: nothing to score"
  exit 0
fi
bin="${2:-}"
if [ -z "$bin" ]; then
  for b in build/accord build/native/accord; do [ -x "$b" ] && { bin="$b"; break; }; done
fi
[ -n "$bin" ] && [ -x "$bin" ] || { echo "no accord binary (build first, or pass its path)" >&2; exit 1; }
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
score() {  # score LABEL GOLD_DIR ARTICLES_DIR
  echo "== $1"
  python3 "$scorer" --gold "$2" --articles "$3" --cmd "$bin extract --format record {}"
}
score all "$gold" "$articles"
# Per language: the dev set's file names carry it (dNN_LANG_slug); link each subset.
for lang in en fr vi; do
  mkdir -p "$tmp/$lang/gold" "$tmp/$lang/articles"
  n=0
  for g in "$gold"/*_"$lang"_*.json; do
    [ -e "$g" ] || continue
    name="$(basename "$g" .json)"
    ln -s "$g" "$tmp/$lang/gold/"
    [ -e "$articles/$name.txt" ] && ln -s "$articles/$name.txt" "$tmp/$lang/articles/"
    n=$((n + 1))
  done
  [ "$n" -gt 0 ] && score "$lang" "$tmp/$lang/gold" "$tmp/$lang/articles"
done
