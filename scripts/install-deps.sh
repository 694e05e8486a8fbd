#!/usr/bin/env bash
# Installs everything the builds and tests need on Debian 12. Safe to run
# twice: each step checks whether its result is already there.
#   scripts/install-deps.sh            native + web + test tools
# Results that are not Debian packages land in .deps/ (git-ignored).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
deps="$root/.deps"
mkdir -p "$deps"

log() { printf '[deps] %s\n' "$*"; }

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi

packages=(
  build-essential cmake ninja-build pkg-config dpkg-dev
  libsdl2-dev libgl-dev nlohmann-json3-dev catch2 fonts-noto-core
  emscripten node-acorn nodejs
  chromium xvfb xauth xdotool imagemagick python3 clang-format libxml2-utils
)
# Debian packages npm apart from nodejs; NodeSource's nodejs bundles it.
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# apt-get source needs deb-src entries for the same suites as the binaries.
src_list=/etc/apt/sources.list.d/accord-atlas-src.sources
need_update=0
if [ ! -f "$src_list" ]; then
  log "adding deb-src entries ($src_list)"
  $sudo_cmd tee "$src_list" >/dev/null <<'EOF'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  need_update=1
fi
if [ ${#missing[@]} -gt 0 ] || [ $need_update -eq 1 ]; then
  log "apt-get update"
  $sudo_cmd apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  log "installing: ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Dear ImGui 1.86 sources (with the SDL2 and OpenGL3 backends), shared by both targets.
if [ ! -f "$deps/imgui/imgui.cpp" ]; then
  log "fetching Dear ImGui sources (apt-get source imgui)"
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get source -qq imgui >/dev/null 2>&1)
  srcdir="$(find "$tmp" -maxdepth 1 -type d -name 'imgui-*' | head -1)"
  rm -rf "$deps/imgui" && mv "$srcdir" "$deps/imgui"
  rm -rf "$tmp"
fi

# nlohmann/json for emcc without -I/usr/include (it would pull glibc headers in).
if [ ! -f "$deps/include/nlohmann/json.hpp" ]; then
  mkdir -p "$deps/include"
  cp -r /usr/include/nlohmann "$deps/include/"
fi

# A writable copy of Emscripten's frozen cache.
if [ ! -d "$deps/em-cache" ]; then
  log "copying Emscripten cache"
  cp -r /usr/share/emscripten/cache "$deps/em-cache.tmp" && mv "$deps/em-cache.tmp" "$deps/em-cache"
fi
export EM_CACHE="$deps/em-cache"
export NODE_PATH=/usr/share/nodejs

# SDL2 for the web, built once from Debian's source package.
if [ ! -f "$deps/sdl2-web/lib/libSDL2.a" ]; then
  log "building SDL2 for the web (a few minutes, once)"
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get source -qq libsdl2 >/dev/null 2>&1)
  srcdir="$(find "$tmp" -maxdepth 1 -type d -name 'libsdl2-*' | head -1)"
  emcmake cmake -S "$srcdir" -B "$tmp/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF \
    -DCMAKE_INSTALL_PREFIX="$deps/sdl2-web" >"$deps/sdl2-web-build.log" 2>&1
  cmake --build "$tmp/build" >>"$deps/sdl2-web-build.log" 2>&1
  cmake --install "$tmp/build" >>"$deps/sdl2-web-build.log" 2>&1
  rm -rf "$tmp"
fi

# Node packages for browser tests and map shapes (versions pinned in package-lock.json).
if [ ! -d "$root/node_modules/playwright-core" ] || [ ! -d "$root/node_modules/world-atlas" ]; then
  log "npm ci"
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
fi

log "ready"
