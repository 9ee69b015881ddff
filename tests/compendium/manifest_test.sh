#!/bin/sh
# The compendium only grows: every file in MANIFEST.sha256 is present and
# unchanged, and every file of format-*/ and headers/ is listed.
set -u
cd "$(dirname "$0")" || exit 2
status=0
if ! sha256sum --check --strict --quiet MANIFEST.sha256; then
  echo "compendium: a stored file changed or disappeared; stored snapshots and" \
       "headers are never edited (tests/compendium/README.md)" >&2
  status=1
fi
listed=$(mktemp)
trap 'rm -f "$listed"' EXIT
sed 's/^[0-9a-f]*  //' MANIFEST.sha256 | LC_ALL=C sort > "$listed"
unlisted=$(find format-* headers -type f | LC_ALL=C sort | LC_ALL=C comm -23 - "$listed")
if [ -n "$unlisted" ]; then
  echo "compendium: not in MANIFEST.sha256 (add: sha256sum FILE >> MANIFEST.sha256):" >&2
  printf '  %s\n' $unlisted >&2
  status=1
fi
exit $status
