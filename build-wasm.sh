#!/usr/bin/env bash
# Builds the WebAssembly bundle of Accord Atlas into dist/web/.
#   ./build-wasm.sh                 build, then print the bundle sizes
#   ./build-wasm.sh --serve [PORT]  build, then serve dist/web on
#                                   http://localhost:PORT/ (default 8080)
#   ./build-wasm.sh --dataset FILE [--out DIR] [--title T] [--home ID]
#                                   build, then publish FILE as the site's
#                                   dataset (accord publish) into DIR
#                                   (default dist/web); --serve serves DIR
set -euo pipefail
root="$(cd "$(dirname "$0")" && pwd)"
cd "$root"

serve=0
port=8080
dataset=""
site_out=""
publish_flags=()
while [ $# -gt 0 ]; do
  case "$1" in
    --serve) serve=1; if [ $# -gt 1 ] && [[ "$2" =~ ^[0-9]+$ ]]; then port="$2"; shift; fi ;;
    --dataset|--out|--title|--home)
      [ $# -gt 1 ] || { echo "build-wasm.sh: $1 needs a value" >&2; exit 2; }
      case "$1" in
        --dataset) dataset="$(realpath "$2")" ;;
        --out) site_out="$(realpath -m "$2")" ;;
        *) publish_flags+=("$1" "$2") ;;
      esac
      shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "build-wasm.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

# Idempotent: returns quickly once everything is installed.
scripts/install-deps.sh

# Debian's emcc needs Node to see its modules, and a writable cache.
export NODE_PATH=/usr/share/nodejs
export EM_CACHE="$root/.deps/em-cache"

start=$(date +%s)
cmake --preset wasm >/dev/null  # CMakePresets.json: Emscripten's toolchain, NODE_PATH and EM_CACHE
cmake --build --preset wasm
echo "build-wasm: built in $(( $(date +%s) - start )) s"

dist="$root/dist/web"
rm -rf "$dist"
mkdir -p "$dist"
cp web/index.html web/glue.js web/manifest.webmanifest web/icon-192.png web/icon-512.png "$dist/"
cp build/wasm/accord-atlas.js build/wasm/accord-atlas.wasm build/wasm/accord-atlas.data "$dist/"
cp assets/fonts/OFL.txt "$dist/fonts-OFL.txt"  # the fonts travel inside accord-atlas.data
# The release: every file the service worker caches, with its SHA-256,
# written into sw.js. The worker installs a release only when every file it
# fetches matches (web/sw.js); the release's id is a hash of them all.
# fonts-OFL.txt too: the app's Publish site... fetches every file, offline as well.
release_files=(index.html glue.js manifest.webmanifest icon-192.png icon-512.png
  accord-atlas.js accord-atlas.wasm accord-atlas.data fonts-OFL.txt)
release_id=$(cd "$dist" && cat "${release_files[@]}" | sha256sum | cut -c1-16)
release="{ id: '$release_id', files: {"
for f in "${release_files[@]}"; do
  release+=" '$f': '$(sha256sum "$dist/$f" | cut -c1-64)',"
done
release="${release%,} } }"
sed "s|/\*ACCORD_RELEASE\*/.*/\*END_ACCORD_RELEASE\*/|/*ACCORD_RELEASE*/ $release /*END_ACCORD_RELEASE*/|" \
  web/sw.js >"$dist/sw.js"
grep -q "id: '$release_id'" "$dist/sw.js" || { echo "build-wasm: the release was not written into sw.js" >&2; exit 1; }
echo "build-wasm: release $release_id (${#release_files[@]} files)"

# A published atlas: accord publish (the native CLI) puts the dataset in
# and writes the site's own release; the budget below counts it.
if [ -n "$dataset" ]; then
  [ -n "$site_out" ] || site_out="$dist"
  if [ ! -x build/native/accord ]; then
    cmake --preset native >/dev/null
    cmake --build build/native --target accord
  fi
  build/native/accord publish "$dataset" --out "$site_out" --web "$dist" "${publish_flags[@]}"
  dist="$site_out"
elif [ -n "$site_out" ] || [ ${#publish_flags[@]} -gt 0 ]; then
  echo "build-wasm.sh: --out, --title and --home go with --dataset FILE" >&2
  exit 2
fi

# The budget (docs: under 2 MB gzipped for the whole bundle).
budget=$((2 * 1024 * 1024))
total=0
printf '%-24s %10s %10s\n' file bytes gzipped
for f in "$dist"/*; do
  size=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total=$((total + gz))
  printf '%-24s %10d %10d\n' "$(basename "$f")" "$size" "$gz"
done
printf "build-wasm: $(realpath --relative-to="$root" "$dist") is %d bytes gzipped (%s MB; budget 2 MB)\n" "$total" \
  "$(awk -v t="$total" 'BEGIN { printf "%.2f", t / 1048576 }')"
if [ "$total" -gt "$budget" ]; then
  echo "build-wasm: over the 2 MB budget" >&2
  exit 1
fi

if [ "$serve" -eq 1 ]; then
  echo "build-wasm: serving $dist on http://localhost:$port/ (Ctrl-C stops)"
  exec python3 -m http.server "$port" --bind 127.0.0.1 --directory "$dist"
fi
