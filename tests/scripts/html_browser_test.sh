#!/usr/bin/env bash
# The HTML pages in a real browser: headless Chromium (Debian's chromium,
# which scripts/install-deps installs) loads `apicompat check --format html`
# and `apicompat history` of a repository of tagged releases
# (history_repo.sh), with no console message (a script error, anything the
# pages' Content-Security-Policy blocked: they must fetch nothing), and
# shows what they promise once their scripts ran: the filters (preset from
# the URL), the timeline, a release's findings opened from its link.
# Screenshots of both pages are taken; with APICOMPAT_SCREENSHOT_DIR they
# are copied there (docs/images: report.png, history.png).
#
# usage: html_browser_test.sh APICOMPAT
# Skipped (exit 77) without chromium, except in CI.
set -euo pipefail

apicompat="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=tests/scripts/harness.sh
source "${here}/harness.sh"
# shellcheck source=tests/scripts/history_repo.sh
source "${here}/history_repo.sh"

browser="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "${browser}" ]]; then
  if [[ -n "${CI:-}" && "${CI}" != false && "${CI}" != 0 ]]; then
    echo "FAIL: chromium is not installed: scripts/install-deps installs it (CI=${CI})" >&2
    exit 1
  fi
  echo "SKIP: chromium is not installed: run scripts/install-deps" >&2
  exit 77
fi

# One headless run: `chrome URL OUT ARGS...` writes the DOM after the
# page's scripts ran (or what ARGS ask) to OUT, and the browser's log to
# OUT.log. No network: every host resolves to nothing.
chrome() {
  local url="$1" out="$2"
  shift 2
  timeout 120 "${browser}" --headless --no-sandbox --disable-gpu --no-first-run \
    --user-data-dir="${scratch}/profile" --host-resolver-rules="MAP * ~NOTFOUND" \
    --enable-logging=stderr --v=0 --hide-scrollbars "$@" "${url}" >"${out}" 2>"${out}.log" ||
    fail "chromium failed on ${url}: $(tail -3 "${out}.log")"
  # Page messages are logged as CONSOLE lines; the pages write none.
  if grep -q ':CONSOLE' "${out}.log"; then
    fail "console messages on ${url}: $(grep ':CONSOLE' "${out}.log")"
  fi
}

expect() {
  local file="$1" what="$2"
  grep -qF -- "${what}" "${file}" || fail "$(basename "${file}"): no '${what}'"
}

repo="${scratch}/repo"
make_history_repo "${repo}" "${apicompat}" 2>"${scratch}/make.log" ||
  { cat "${scratch}/make.log" >&2; exit 1; }

# The report: the pre-release's working tree checked against v1.1.0, as if
# releasing 1.2.0: a removal (error), Point's growth (acknowledged), three
# additions (info), and a version bump too low.
(cd "${repo}" && "${apicompat}" snapshot --no-progress --public-dir include \
  -o "${scratch}/current.apisnap.txtpb" >/dev/null 2>&1)
status=0
(cd "${repo}" && "${apicompat}" check --library shapes --baseline v1.1.0 --current-version 1.2.0 \
  --format html -o "${scratch}/report.html" "${scratch}/current.apisnap.txtpb" >/dev/null 2>&1) ||
  status=$?
[[ "${status}" == 1 ]] || fail "check: exit ${status}, expected 1 (breaking)"
(cd "${repo}" && "${apicompat}" history --library shapes --pre-releases \
  -o "${scratch}/history.html" 2>/dev/null) || fail "history failed"

report="file://${scratch}/report.html"
history="file://${scratch}/history.html"

chrome "${report}" "${scratch}/report.dom" --dump-dom
expect "${scratch}/report.dom" 'data-ready="true"'
expect "${scratch}/report.dom" '5 of 5 findings shown'
expect "${scratch}/report.dom" '<h1>apicompat: breaking changes</h1>'
expect "${scratch}/report.dom" 'tag <code class="tag">v1.1.0</code>, commit <code class="commit">'
expect "${scratch}/report.dom" '<article class="finding acknowledged" data-severity="acknowledged"'
expect "${scratch}/report.dom" '<figcaption>Before</figcaption>'
expect "${scratch}/report.dom" 'template &lt;typename T&gt;'

# The filters, preset by the URL: only the acknowledged break is shown.
chrome "${report}#severity=acknowledged" "${scratch}/filtered.dom" --dump-dom
expect "${scratch}/filtered.dom" '1 of 5 findings shown'
expect "${scratch}/filtered.dom" '<article class="finding hidden" data-severity="error"'
expect "${scratch}/filtered.dom" '<article class="finding acknowledged" data-severity="acknowledged"'
chrome "${report}#text=perimeter" "${scratch}/text.dom" --dump-dom
expect "${scratch}/text.dom" '1 of 5 findings shown'

chrome "${history}" "${scratch}/history.dom" --dump-dom
expect "${scratch}/history.dom" 'data-ready="true"'
expect "${scratch}/history.dom" '<svg xmlns="http://www.w3.org/2000/svg"'
expect "${scratch}/history.dom" '<polyline id="declarations-line"'
expect "${scratch}/history.dom" '<text class="tag mismatch"'
expect "${scratch}/history.dom" '<tr class="release mismatch" data-tag="v1.1.1">'
expect "${scratch}/history.dom" '<tr class="release" data-tag="v2.1.0-rc1">'
# A release's link opens its findings.
chrome "${history}#release-v1.1.1" "${scratch}/opened.dom" --dump-dom
expect "${scratch}/opened.dom" '<details class="release-findings" id="release-v1.1.1" open="">'

# Screenshots, checked to be PNG images.
for shot in report:1280,1500 history:1280,1080; do
  page="${shot%%:*}"
  chrome "file://${scratch}/${page}.html" "${scratch}/${page}.shot" \
    --window-size="${shot#*:}" --screenshot="${scratch}/${page}.png"
  if [[ "$(head -c 8 "${scratch}/${page}.png" 2>/dev/null | od -An -tx1 | tr -d ' \n')" != \
    89504e470d0a1a0a ]]; then
    fail "${page}: no PNG screenshot"
  elif [[ -n "${APICOMPAT_SCREENSHOT_DIR:-}" ]]; then
    cp "${scratch}/${page}.png" "${APICOMPAT_SCREENSHOT_DIR}/${page}.png"
  fi
done

finish
echo "html: the report and the history load in Chromium without console messages"
