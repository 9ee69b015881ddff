#include "html_page.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace apicompat {
namespace {

// Light and dark, readable printed; system fonts only (nothing fetched).
constexpr char kStyle[] = R"css(
:root { --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa;
  --error: #cf222e; --warning: #9a6700; --info: #0969da; --ok: #1a7f37; --ack: #8250df; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --panel: #151b23;
    --error: #f85149; --warning: #d29922; --info: #4493f8; --ok: #3fb950; --ack: #ab7df8; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; color: var(--fg); background: var(--bg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
code, pre { font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem;
  margin: 0; overflow-x: auto; white-space: pre-wrap; word-break: break-word; }
.verdict { font-size: 1.1rem; font-weight: 600; padding: .6rem .9rem; border-radius: 6px;
  border-left: 6px solid var(--ok); background: var(--panel); }
.verdict.breaking, .verdict.failed { border-left-color: var(--error); }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 1rem 0; }
dl.summary dt { color: var(--muted); }
dl.summary dd { margin: 0; }
.badge { display: inline-block; border-radius: 1rem; padding: 0 .55rem; font-size: 12px; font-weight: 600;
  color: #fff; background: var(--muted); vertical-align: middle; }
.badge.error, .badge.breaking, .badge.mismatch { background: var(--error); }
.badge.warning { background: var(--warning); }
.badge.info { background: var(--info); }
.badge.compatible, .badge.match { background: var(--ok); }
.badge.acknowledged { background: var(--ack); }
.filters { display: flex; flex-wrap: wrap; gap: .75rem; align-items: center; padding: .6rem .8rem;
  background: var(--panel); border: 1px solid var(--line); border-radius: 6px; position: sticky; top: 0; z-index: 1; }
.filters input, .filters select { font: inherit; padding: .2rem .4rem; color: var(--fg); background: var(--bg);
  border: 1px solid var(--line); border-radius: 4px; }
.finding { border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; margin: .8rem 0; }
.finding.acknowledged { border-left: 4px solid var(--ack); }
.finding h4 { margin: 0 0 .3rem; font-size: 1rem; }
.finding .location { color: var(--muted); font-size: 13px; margin: 0; }
.decls { display: grid; grid-template-columns: 1fr 1fr; gap: .6rem; margin: .6rem 0; }
.decls figure { margin: 0; min-width: 0; }
.decls figcaption { font-size: 12px; color: var(--muted); font-weight: 600; }
.decls .absent { color: var(--muted); font-style: italic; }
details { margin: .4rem 0; }
summary { cursor: pointer; color: var(--info); }
.doc { border-left: 3px solid var(--line); padding: 0 .8rem; margin: .4rem 0; }
.doc p, .doc ul { margin: .5rem 0; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { color: var(--muted); font-weight: 600; }
td:first-child { white-space: nowrap; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
tr.mismatch td:first-child { border-left: 4px solid var(--error); }
svg text { fill: var(--fg); font: 12px system-ui, sans-serif; }
svg .grid { stroke: var(--line); }
svg text.mismatch { fill: var(--error); font-weight: 700; }
.hidden { display: none; }
footer { margin-top: 2rem; color: var(--muted); font-size: 13px; }
@media (max-width: 50rem) { .decls { grid-template-columns: 1fr; } }
)css";

// `code` and **bold** in escaped text (neither contains the other in
// rules.md); an unpaired marker stays as written.
std::string Inline(absl::string_view text) {
  std::string out;
  bool code = false, bold = false;
  for (size_t i = 0; i < text.size(); ++i) {
    // A marker opens only when a later one closes it.
    if (text[i] == '`' && (code || text.find('`', i + 1) != absl::string_view::npos)) {
      absl::StrAppend(&out, code ? "</code>" : "<code>");
      code = !code;
    } else if (!code && text.substr(i, 2) == "**" &&
               (bold || text.find("**", i + 2) != absl::string_view::npos)) {
      absl::StrAppend(&out, bold ? "</strong>" : "<strong>");
      bold = !bold;
      ++i;
    } else {
      absl::StrAppend(&out, HtmlEscape(text.substr(i, 1)));
    }
  }
  return out;
}

// A block of lines between blank lines (not a code block).
std::string Block(std::vector<absl::string_view> lines) {
  while (!lines.empty() && absl::StartsWith(lines.front(), "#")) lines.erase(lines.begin());
  if (lines.empty()) return "";
  if (!absl::StartsWith(lines.front(), "- ")) {
    return absl::StrCat("<p>", Inline(absl::StrJoin(lines, "\n")), "</p>\n");
  }
  std::vector<std::string> items;
  for (absl::string_view line : lines) {
    if (absl::ConsumePrefix(&line, "- ") || items.empty()) {
      items.emplace_back(line);
    } else {
      absl::StrAppend(&items.back(), "\n", line);
    }
  }
  std::string out = "<ul>";
  for (const std::string& item : items) absl::StrAppend(&out, "<li>", Inline(item), "</li>");
  return absl::StrCat(out, "</ul>\n");
}

}  // namespace

std::string RulesMarkdownToHtml(absl::string_view markdown) {
  std::string out, code;
  std::vector<absl::string_view> block;
  bool in_code = false;
  for (absl::string_view line : absl::StrSplit(markdown, '\n')) {
    if (absl::StartsWith(line, "```")) {
      if (in_code) absl::StrAppend(&out, "<pre><code>", HtmlEscape(code), "</code></pre>\n");
      absl::StrAppend(&out, Block(block));
      block.clear();
      code.clear();
      in_code = !in_code;
    } else if (in_code) {
      absl::StrAppend(&code, code.empty() ? "" : "\n", line);
    } else if (absl::StripAsciiWhitespace(line).empty()) {
      absl::StrAppend(&out, Block(block));
      block.clear();
    } else {
      block.push_back(line);
    }
  }
  if (in_code) absl::StrAppend(&out, "<pre><code>", HtmlEscape(code), "</code></pre>\n");
  return absl::StrCat(out, Block(block));
}

std::string HtmlEscape(absl::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string HtmlPage(absl::string_view title, absl::string_view body, absl::string_view script) {
  return absl::StrCat("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
                      // Nothing may be fetched: no network, not even a favicon.
                      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ",
                      "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n",
                      "<link rel=\"icon\" href=\"data:,\">\n<title>", HtmlEscape(title),
                      "</title>\n<style>", kStyle, "</style>\n</head>\n<body>\n", body,
                      "<footer>Generated by apicompat.</footer>\n",
                      script.empty() ? "" : absl::StrCat("<script>\n", script, "</script>\n"),
                      "</body>\n</html>\n");
}

}  // namespace apicompat
