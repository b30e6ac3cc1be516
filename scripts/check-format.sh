#!/usr/bin/env bash
# Fails when a C++ file is not formatted as .clang-format says (clang-format 14, Debian 12's), and
# names the files; `clang-format -i FILE…` formats them.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find core cli gui report tests bench packaging \( -name '*.cpp' -o -name '*.h' \) -type f | sort)
if ! clang-format --dry-run --Werror "${files[@]}" 2>/tmp/check-format.$$; then
  grep -o '^[^:]*:' /tmp/check-format.$$ | sort -u | sed 's/:$//; s/^/check-format: not formatted: /' >&2
  rm -f /tmp/check-format.$$
  echo "check-format: run clang-format -i on the files above" >&2
  exit 1
fi
rm -f /tmp/check-format.$$
echo "check-format: ${#files[@]} files formatted"
