#!/usr/bin/env bash
# clang-tidy on core (the checks and why some are left out: .clang-tidy). Any finding fails: the
# configuration turns every warning into an error. Needs a configured build for compile_commands.json.
# Usage: scripts/check-tidy.sh [PRESET]   (default: dev)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
build="build/$preset"
if [[ ! -f "$build/compile_commands.json" ]]; then
  echo "check-tidy: $build/compile_commands.json is missing; run: cmake --preset $preset" >&2
  exit 2
fi
# Sources under core/ only (not the generated moc files under build/). find, not git ls-files: CI may
# run on an exported tree without .git. With no file named, run-clang-tidy would check everything.
mapfile -t sources < <(find core -name '*.cpp' | sort)
if ((${#sources[@]} == 0)); then
  echo "check-tidy: no sources found under core/" >&2
  exit 2
fi
jobs=$(nproc)
# run-clang-tidy exits non-zero when any file has an error; -quiet drops the per-file banner.
if ! run-clang-tidy -p "$build" -j "$jobs" -quiet -header-filter="^$PWD/core/" \
  "${sources[@]/#/$PWD/}" >"$build/clang-tidy.log" 2>&1; then
  sed 's/\x1b\[[0-9;]*m//g' "$build/clang-tidy.log" | grep -E '^/.*(error|warning):' | sort -u >&2 ||
    cat "$build/clang-tidy.log" >&2
  echo "check-tidy: findings above (whole log: $build/clang-tidy.log)" >&2
  exit 1
fi
echo "check-tidy: ${#sources[@]} files in core/ clean"
