#!/bin/sh
# The share of error findings of the breaking tests/cases proven by their
# witnesses (docs/accuracy.md): runs rule_cases_test, which compiles every
# error's witness against the case's old/ and new/ headers, and sums up.
# usage: tests/scripts/witness_accuracy.sh [BUILD_DIR]   (default: build)
set -eu
build=${1:-build}
tally=$(mktemp)
trap 'rm -f "$tally"' EXIT
APICOMPAT_WITNESS_TALLY=$tally "$build/bin/rule_cases_test" >/dev/null 2>&1 || {
  echo "witness_accuracy: rule_cases_test failed; run it for details" >&2
  exit 1
}
awk '
  { total++; count[$3]++; if ($3 != "proven") missing[$2 " " $3]++ }
  END {
    printf "error findings of breaking cases: %d\n", total
    for (s in count) printf "  %-9s %d (%.1f%%)\n", s, count[s], 100 * count[s] / total
    if (length(missing)) print "not proven, by rule:"
    for (m in missing) printf "  %s: %d\n", m, missing[m]
  }' "$tally"
