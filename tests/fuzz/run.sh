#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 60) on its seed corpus and prints what each found:
#   tests/fuzz/run.sh [SECONDS] [TARGET…]
# Builds nothing: build first with `cmake --preset fuzz && cmake --build --preset fuzz`.
# Environment: FUZZ_BUILD_DIR (default build/fuzz), FUZZ_WORK_DIR (default $FUZZ_BUILD_DIR/fuzz-work),
# FUZZ_FRESH=1 to start from the seeds alone instead of the corpus earlier runs grew,
# FUZZ_ARGS for extra libFuzzer options (e.g. "-jobs=2 -workers=2").
# Exits 1 when any target found a crash, timeout, leak or out-of-memory; the input is kept in
# $FUZZ_WORK_DIR/<target>/artifacts/ (tests/fuzz/README.md says how it becomes a regression test).
set -uo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-60}"
shift || true
build="${FUZZ_BUILD_DIR:-$root/build/fuzz}"
work="${FUZZ_WORK_DIR:-$build/fuzz-work}"
all=(packloader expression profile answers catalog transfer signing packcsv)
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")

if [[ ! "$seconds" =~ ^[0-9]+$ ]]; then
  echo "usage: $0 [SECONDS] [TARGET…]   (targets: ${all[*]})" >&2
  exit 2
fi
for t in "${targets[@]}"; do
  if [[ ! -x "$build/bin/fuzz_$t" ]]; then
    echo "run.sh: $build/bin/fuzz_$t is missing; build it: cmake --preset fuzz && cmake --build --preset fuzz" >&2
    exit 2
  fi
done
if [[ ! -d "$build/fuzz-seeds" ]]; then
  "$root/tests/fuzz/seeds.sh" "$build/fuzz-seeds" "$build" >/dev/null
fi

export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export LANG=C.UTF-8 LC_ALL=C.UTF-8

failed=0
summary=()
for t in "${targets[@]}"; do
  dir="$work/$t"
  [[ "${FUZZ_FRESH:-0}" == 1 ]] && rm -rf "$dir"
  rm -rf "$dir/artifacts"
  mkdir -p "$dir/corpus" "$dir/artifacts"
  cp -n "$build/fuzz-seeds/$t"/* "$dir/corpus/" 2>/dev/null || true
  dict=()
  [[ -f "$build/fuzz-seeds/$t.dict" ]] && dict=(-dict="$build/fuzz-seeds/$t.dict")
  log="$dir/fuzz.log"
  echo "== $t: ${seconds} s (log: $log)"
  # shellcheck disable=SC2086 # FUZZ_ARGS is a list of options
  "$build/bin/fuzz_$t" "$dir/corpus" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$dir/artifacts/" "${dict[@]}" ${FUZZ_ARGS:-} >"$log" 2>&1
  rc=$?
  execs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
  rate="$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)"
  last="$(grep -E '^#[0-9]+' "$log" | tail -1)"
  cov="$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")"
  ft="$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")"
  corpus="$(find "$dir/corpus" -type f | wc -l)"
  found=("$dir"/artifacts/*)
  [[ -e "${found[0]}" ]] || found=()
  if ((rc != 0 || ${#found[@]} > 0)); then
    failed=1
    result="FOUND (exit $rc): ${found[*]:-see the log}"
    grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|contract broken' "$log" | sed 's/^/   /'
  else
    result="ok"
  fi
  line="$(printf '%-11s %6s s  %10s execs  %7s exec/s  cov %6s  ft %6s  corpus %5s  %s' \
    "$t" "$seconds" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" "$corpus" "$result")"
  echo "$line"
  summary+=("$line")
done

echo
echo "== fuzz summary"
printf '%s\n' "${summary[@]}"
exit "$failed"
