#!/usr/bin/env bash
# Runs every test: installs dependencies, builds native and web, runs the
# Catch2 unit tests and the CLI tests under ASan + UBSan, then all tests
# (unit, CLI, native windows under Xvfb, headless Chromium) through CTest.
# Screenshots land in test-artifacts/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

scripts/install-deps.sh

jobs="$(nproc)"
echo "== native build"
cmake --preset native >/dev/null  # CMakePresets.json: Release, warnings are errors
cmake --build build/native -j "$jobs"

echo "== web build"
./build-wasm.sh

# The core, the CLI and their tests again under AddressSanitizer and
# UndefinedBehaviorSanitizer: memory errors and UB fail the run.
echo "== sanitizer tests (ASan + UBSan)"
cmake --preset sanitize >/dev/null
cmake --build build/sanitize -j "$jobs"
ctest --test-dir build/sanitize --output-on-failure -j "$jobs" -LE ui

echo "== tests"
mkdir -p test-artifacts
ctest --test-dir build/native --output-on-failure -j "$jobs"
