#!/usr/bin/env bash
# `apicompat check --format sarif` validates against the SARIF 2.1.0 JSON
# schema: for libgeo 1.0 -> 1.1 (breaks, one of them acknowledged, so that
# results and suppressed results are both there), for a compatible change
# (no result), `apicompat diff --format sarif` of the two snapshots, and
# `apicompat impact --format sarif`.
# Usage: sarif_schema_test.sh APICOMPAT PLUGIN CLANGXX
set -euo pipefail

# shellcheck source=tests/scripts/ci_test_setup.sh
source "$(dirname "$0")/ci_test_setup.sh" "$@"
validate() {
  node "${SOURCE_DIR}/tests/scripts/validate_sarif.cjs" "${NODE_MODULES}" "$1" >"${scratch}/out" 2>&1 ||
    fail "$1 does not validate: $(cat "${scratch}/out")"
}

repo="${scratch}/repo"
make_libgeo_repo "${repo}"
snapshot_sources "${repo}"
cd "${repo}"

# One break acknowledged, with a reason: the first drafted entry.
"${APICOMPAT}" check --library geo --public-dir include --write-acknowledgements "${scratch}/draft.txtpb" \
  build >/dev/null 2>&1 || true
awk '/^acknowledged/ { n++ } n <= 1' "${scratch}/draft.txtpb" |
  sed 's/TODO: explain why this break is acceptable/agreed in the 1.1 review/' >apicompat.config.txtpb
grep -q '^acknowledged' apicompat.config.txtpb || fail "no acknowledgement drafted: $(cat "${scratch}/draft.txtpb")"

status=0
"${APICOMPAT}" check --library geo --public-dir include --format sarif --output "${scratch}/breaking.sarif" \
  build >/dev/null 2>"${scratch}/err" || status=$?
[[ "${status}" == 1 ]] || fail "breaking check: exit ${status}: $(cat "${scratch}/err")"
validate "${scratch}/breaking.sarif"
# What the schema does not require but code scanning reads.
node -e '
  const run = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).runs[0];
  const problems = [];
  if (!run.results.some((r) => !r.suppressions)) problems.push("no unsuppressed result");
  if (!run.results.some((r) => r.suppressions && r.suppressions[0].justification === "agreed in the 1.1 review"))
    problems.push("no suppression with the acknowledgement as justification");
  for (const rule of run.tool.driver.rules) {
    if (!rule.shortDescription || !rule.fullDescription || !rule.help || !rule.help.text || !rule.help.markdown)
      problems.push(`rule ${rule.id} lacks a description or help`);
  }
  if (problems.length) { console.error(problems.join("\n")); process.exit(1); }
' "${scratch}/breaking.sarif" 2>"${scratch}/out" || fail "breaking.sarif: $(cat "${scratch}/out")"

"${APICOMPAT}" merge -o "${scratch}/1.1.apisnap" build >/dev/null 2>"${scratch}/err" ||
  fail "merge: $(cat "${scratch}/err")"
"${APICOMPAT}" diff api/geo.apisnap.txtpb "${scratch}/1.1.apisnap" --format sarif \
  >"${scratch}/diff.sarif" 2>"${scratch}/err" || true
validate "${scratch}/diff.sarif"

rm apicompat.config.txtpb
use_libgeo "${repo}" 1.0
snapshot_sources "${repo}"
"${APICOMPAT}" check --library geo --public-dir include --format sarif --output "${scratch}/compatible.sarif" \
  build >/dev/null 2>"${scratch}/err" || fail "compatible check failed: $(cat "${scratch}/err")"
validate "${scratch}/compatible.sarif"

# `apicompat impact --format sarif`: results located at a consumer's uses
# (tests/impact), the dependency's declaration a related location.
for version in 2.0 3.0; do
  include="${SOURCE_DIR}/tests/impact/lib-${version}/include"
  echo '#include <lib/trainer.h>' >"${scratch}/lib-${version}.cc"
  "${CLANGXX}" -std=c++17 -fsyntax-only -I"${include}" -fplugin="${PLUGIN}" \
    -fplugin-arg-apicompat-public-dir="${include}" \
    -fplugin-arg-apicompat-out="${scratch}/lib-${version}.apisnap" "${scratch}/lib-${version}.cc" ||
    fail "lib ${version} did not compile"
done
"${APICOMPAT}" impact --uses "${SOURCE_DIR}/tests/impact/recorded/trainer.uses.txtpb" --format sarif \
  "${scratch}/lib-2.0.apisnap" "${scratch}/lib-3.0.apisnap" >"${scratch}/impact.sarif" 2>"${scratch}/err" || true
grep -q '"relatedLocations"' "${scratch}/impact.sarif" || fail "impact.sarif: $(cat "${scratch}/err")"
validate "${scratch}/impact.sarif"

# The validator does reject what is not SARIF 2.1.0.
sed 's/"version": *"2.1.0"/"version": "2.0.0"/' "${scratch}/breaking.sarif" >"${scratch}/wrong.sarif"
if node "${SOURCE_DIR}/tests/scripts/validate_sarif.cjs" "${NODE_MODULES}" "${scratch}/wrong.sarif" \
  >/dev/null 2>&1; then
  fail "the validator accepts version 2.0.0"
fi

finish
echo "sarif: apicompat's SARIF validates against the SARIF 2.1.0 schema"
