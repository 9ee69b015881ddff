# shellcheck shell=bash
# Sourced by the shell tests: a scratch directory removed on exit, and
# `fail MESSAGE`, which records a failure and lets the test go on, so that
# one run reports every failure; `finish` ends the test with their verdict.
scratch="$(mktemp -d)"
trap 'rm -rf "${scratch}"' EXIT
failures=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

finish() {
  if ((failures > 0)); then exit 1; fi
}
