# shellcheck shell=bash
# Sourced by the HTML tests: make_history_repo DIR APICOMPAT builds a git
# repository of a small library, "shapes", whose API file
# (api/shapes.apisnap.txtpb, taken by `apicompat snapshot` in header mode:
# the real collector in real Clang) is committed at every release tag:
#   v0.9.0      no API file yet (skipped)
#   v1.0.0      Point, area
#   v1.1.0      + perimeter: compatible, a minor release (right)
#   v1.1.1      - perimeter: breaking, a patch release (too low: 2.0.0)
#   v2.0.0      Point grows a field, + clamp<T>, less: breaking, major (right)
#   v2.1.0-rc1  + reset: a pre-release
# The commit of v2.0.0 acknowledges Point's growth in its configuration.
# tests/e2e/history_test.cc builds the same repository.

history_header() {
  local version="$1"
  echo '#pragma once'
  echo 'namespace shapes {'
  if [[ "${version}" == 2* ]]; then
    echo 'struct Point { int x; int y; int z; };'
  else
    echo 'struct Point { int x; int y; };'
  fi
  echo 'int area(const Point& a, const Point& b);'
  [[ "${version}" == 1.1.0 ]] && echo 'int perimeter(const Point& a, const Point& b);'
  if [[ "${version}" == 2* ]]; then
    echo 'template <typename T> T clamp(T value, T low, T high);'
    echo 'bool less(const Point& a, const Point& b) noexcept;'
  fi
  [[ "${version}" == 2.1.0-rc1 ]] && echo 'void reset(Point* p);'
  echo '}  // namespace shapes'
}

history_release() {
  local dir="$1" apicompat="$2" version="$3"
  history_header "${version}" >"${dir}/include/shapes/shapes.h"
  "${apicompat}" snapshot -o "${dir}/api/shapes.apisnap.txtpb" --public-dir "${dir}/include" \
    --no-progress >/dev/null
  git -C "${dir}" add -A
  git -C "${dir}" commit -q -m "shapes ${version}"
  git -C "${dir}" tag -a "v${version}" -m "release ${version}"
}

make_history_repo() {
  local dir="$1" apicompat="$2"
  mkdir -p "${dir}/include/shapes" "${dir}/api"
  git -C "${dir}" init -q -b main
  git -C "${dir}" config user.email test@example.com
  git -C "${dir}" config user.name test
  git -C "${dir}" config commit.gpgsign false
  git -C "${dir}" config tag.gpgsign false
  history_header 1.0.0 >"${dir}/include/shapes/shapes.h"
  git -C "${dir}" add -A
  git -C "${dir}" commit -q -m "shapes before apicompat"
  git -C "${dir}" tag v0.9.0
  history_release "${dir}" "${apicompat}" 1.0.0
  history_release "${dir}" "${apicompat}" 1.1.0
  history_release "${dir}" "${apicompat}" 1.1.1
  cat >"${dir}/apicompat.config.txtpb" <<'CONFIG'
acknowledged {
  key: "field-added:shapes::Point::z"
  reason: "2.0 gives Point a third dimension"
}
CONFIG
  history_release "${dir}" "${apicompat}" 2.0.0
  history_release "${dir}" "${apicompat}" 2.1.0-rc1
}
