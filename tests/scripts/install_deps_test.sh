#!/usr/bin/env bash
# scripts/install-deps as a fresh Debian 12 machine runs it: dpkg-query knows
# no package, apt-cache answers with a long policy (long enough that a reader
# quitting at its first match kills the writer with SIGPIPE), and apt-get
# records what it was asked to do. Runs under the script's own shell options.
set -euo pipefail

script="$(cd "$(dirname "$0")/../.." && pwd)/scripts/install-deps"
# shellcheck source=tests/scripts/harness.sh
source "$(dirname "$0")/harness.sh"

# Stubs on PATH. NO_CANDIDATE lists packages no apt source has until the
# security suite is added (a file in the scratch apt dir says it was), NEVER
# packages no source has at all.
make_stubs() {
  mkdir -p "${scratch}/bin" "${scratch}/etc/sources.list.d"
  : >"${scratch}/etc/sources.list"
  cat >"${scratch}/bin/dpkg-query" <<'EOF'
#!/bin/sh
echo "dpkg-query: no packages found matching $3" >&2
exit 1
EOF
  cat >"${scratch}/bin/apt-cache" <<'EOF'
#!/bin/sh
package="$2"
candidate="1.0-1"
for p in ${NEVER:-}; do
  if [ "$p" = "$package" ]; then candidate="(none)"; fi
done
for p in ${NO_CANDIDATE:-}; do
  if [ "$p" = "$package" ] && [ ! -e "${APICOMPAT_APT_ETC}/sources.list.d/apicompat-bookworm-security.list" ]; then
    candidate="(none)"
  fi
done
echo "${package}:"
echo "  Installed: (none)"
echo "  Candidate: ${candidate}"
i=0
while [ $i -lt 3000 ]; do echo "     1.0-1 500 http://deb.debian.org/debian bookworm/main amd64 Packages"; i=$((i + 1)); done
EOF
  cat >"${scratch}/bin/apt-get" <<'EOF'
#!/bin/sh
echo "apt-get $*" >>"${APT_LOG}"
EOF
  # Root or not, the script may call sudo: run the command as is.
  cat >"${scratch}/bin/sudo" <<'EOF'
#!/bin/sh
exec "$@"
EOF
  chmod +x "${scratch}/bin/"*
}

# run_script NO_CANDIDATE [NEVER [TEST_TOOLS]]: the test tools are left out
# unless TEST_TOOLS is 1 (their npm packages then count as installed).
run_script() {
  : >"${scratch}/apt.log"
  rm -f "${scratch}/etc/sources.list.d/"*
  PATH="${scratch}/bin:${PATH}" APT_LOG="${scratch}/apt.log" APICOMPAT_APT_ETC="${scratch}/etc" \
    APICOMPAT_CLANG_VERSIONS="19 22" APICOMPAT_TEST_TOOLS="${3:-0}" NO_CANDIDATE="$1" \
    NEVER="${2:-}" APICOMPAT_NPM_PREFIX="${scratch}/npm" bash "${script}" >"${scratch}/out" 2>&1
}

make_stubs

# 1. Every package missing, every package available: one install of all.
status=0
run_script "" || status=$?
[[ "${status}" == 0 ]] || fail "fresh machine: exit ${status} ($(cat "${scratch}/out"))"
install_line="$(grep 'apt-get install' "${scratch}/apt.log" || true)"
for package in cmake ninja-build libprotobuf-dev protobuf-compiler libabsl-dev libgtest-dev zlib1g-dev \
  clang-19 libclang-19-dev llvm-19-dev clang-22 libclang-22-dev llvm-22-dev; do
  [[ " ${install_line} " == *" ${package} "* ]] || fail "fresh machine: ${package} not installed: ${install_line}"
done
[[ " ${install_line} " != *" chromium "* ]] || fail "fresh machine: chromium installed without the test tools"

# 2. Clang 22 only in bookworm-security: the suite is added, then installed.
status=0
run_script "clang-22 libclang-22-dev llvm-22-dev" || status=$?
[[ "${status}" == 0 ]] || fail "security suite: exit ${status} ($(cat "${scratch}/out"))"
grep -q 'bookworm-security' "${scratch}/etc/sources.list.d/apicompat-bookworm-security.list" ||
  fail "security suite: not added to the apt sources"
grep -q 'apt-get install.* clang-22' "${scratch}/apt.log" || fail "security suite: clang-22 not installed"

# 3. A package no source has: one clear line, exit 2, nothing installed.
run_script "" "clang-19" || status=$?
[[ "${status}" == 2 ]] || fail "unavailable package: exit ${status}, expected 2"
grep -q 'no apt source has clang-19' "${scratch}/out" || fail "unavailable package: $(cat "${scratch}/out")"
if grep -q 'apt-get install' "${scratch}/apt.log"; then fail "unavailable package: installed anyway"; fi

# 4. With the test tools: Chromium for the HTML pages' browser test too.
mkdir -p "${scratch}/npm"
cp "$(dirname "${script}")/../tests/npm/package-lock.json" "${scratch}/npm/installed-package-lock.json"
status=0
run_script "" "" 1 || status=$?
[[ "${status}" == 0 ]] || fail "test tools: exit ${status} ($(cat "${scratch}/out"))"
grep -q 'apt-get install.* chromium' "${scratch}/apt.log" || fail "test tools: chromium not installed"

finish
echo "install-deps: fresh machine, security suite, unavailable package and test tools behave"
