# shellcheck shell=bash
# Sourced, with the test's arguments APICOMPAT PLUGIN CLANGXX, by the CI
# tests (ci_templates_test.sh, sarif_schema_test.sh): ends the test when the
# npm tools are missing (node_tools.sh), makes a scratch directory and
# `fail`, and builds git repositories of examples/libgeo whose tag v1.0.0
# carries api/geo.apisnap.txtpb (libgeo 1.0), snapshotted through the real
# plugin with the real Clang, as tests/e2e/check_test.cc does.
SOURCE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
APICOMPAT="$1" PLUGIN="$2" CLANGXX="$3"
# shellcheck source=tests/scripts/node_tools.sh
source "${SOURCE_DIR}/tests/scripts/node_tools.sh"
require_node_tools

# shellcheck source=tests/scripts/harness.sh
source "${SOURCE_DIR}/tests/scripts/harness.sh"

# Per-TU snapshots of the repository's src/*.cpp into its build/ directory.
snapshot_sources() {
  local repo="$1" source
  mkdir -p "${repo}/build"
  for source in "${repo}"/src/*.cpp; do
    "${CLANGXX}" -std=c++17 -fsyntax-only -I"${SOURCE_DIR}/attributes/include" -I"${repo}/include" \
      -fplugin="${PLUGIN}" -fplugin-arg-apicompat-public-dir="${repo}/include" \
      -fplugin-arg-apicompat-out="${repo}/build/$(basename "${source}").o.apisnap" "${source}"
  done
}

# libgeo VERSION's headers and sources in the working tree.
use_libgeo() {
  local repo="$1" version="$2"
  rm -rf "${repo}/include" "${repo}/src" "${repo}/build"
  cp -R "${SOURCE_DIR}/examples/libgeo/${version}/include" "${SOURCE_DIR}/examples/libgeo/${version}/src" "${repo}/"
}

# A repository at REPO: libgeo 1.0 committed with its API file and tagged
# v1.0.0, a commit after the release (the check never takes HEAD's own tag
# as the baseline), then libgeo 1.1 (breaking changes) in the working tree,
# not built.
make_libgeo_repo() {
  local repo="$1"
  mkdir -p "${repo}"
  git -C "${repo}" init -q -b main .
  git -C "${repo}" config user.name "apicompat test"
  git -C "${repo}" config user.email test@example.com
  git -C "${repo}" config commit.gpgsign false
  git -C "${repo}" config tag.gpgsign false
  echo build/ >"${repo}/.gitignore"
  use_libgeo "${repo}" 1.0
  snapshot_sources "${repo}"
  (cd "${repo}" && "${APICOMPAT}" update --library geo build >/dev/null)
  git -C "${repo}" add -A
  git -C "${repo}" commit -q -m "libgeo 1.0"
  git -C "${repo}" tag v1.0.0
  git -C "${repo}" commit -q --allow-empty -m "work after 1.0"
  use_libgeo "${repo}" 1.1
}
