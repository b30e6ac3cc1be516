#!/usr/bin/env bash
# Fails when lupdate would change the committed translation files, i.e. when a user-visible string was
# added or changed in the code without its Japanese and English translations being updated with it.
#   scripts/check-translations.sh [PRESET]     (default: dev; the preset must be configured)
# The committed files are put back afterwards either way; the difference is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
saved=$(mktemp -d)
trap 'cp "$saved"/*.ts i18n/; rm -rf "$saved"' EXIT
cp i18n/*.ts "$saved/"
cmake --build --preset "$preset" --target update_translations >/dev/null
changed=0
for ts in "$saved"/*.ts; do
  name=$(basename "$ts")
  if ! cmp -s "$ts" "i18n/$name"; then
    echo "check-translations: lupdate changes i18n/$name:" >&2
    diff -u "$ts" "i18n/$name" | head -60 >&2 || true
    changed=1
  fi
done
if ((changed)); then
  echo "check-translations: run 'cmake --build --preset dev --target update_translations', translate what is new" \
       "in i18n/mamori_ja.ts, run scripts/complete-english-ts.py, and commit both files" >&2
  exit 1
fi
echo "check-translations: the translation files match the code"
