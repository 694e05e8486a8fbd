#!/usr/bin/env bash
# Runs every test: installs dependencies, builds native and web, then runs
# the Catch2 unit tests, the CLI tests, the native window test (Xvfb) and
# the browser test (headless Chromium) through CTest.
# Screenshots land in test-artifacts/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

scripts/install-deps.sh

jobs="$(nproc)"
echo "== native build"
cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j "$jobs"

echo "== web build"
./build-wasm.sh

echo "== tests"
mkdir -p test-artifacts
ctest --test-dir build/native --output-on-failure -j "$jobs"
