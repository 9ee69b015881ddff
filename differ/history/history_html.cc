// The history as one page: the timeline (inline SVG, drawn here so that
// nothing is fetched and the output is byte-for-byte deterministic), the
// releases table, and each release's findings behind a <details>.
#include <algorithm>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "history/history.h"
#include "html_page.h"
#include "report_advice.h"
#include "report_html.h"

namespace apicompat {
namespace {

// The categories of breaking changes, bottom to top in the bars.
struct CategoryStyle {
  const char* name;
  const char* color;
  uint32_t (CategoryCounts::*count)() const;
};
constexpr CategoryStyle kCategories[] = {{"api", "#cf222e", &CategoryCounts::api},
                                         {"abi", "#bc4c00", &CategoryCounts::abi},
                                         {"policy", "#8250df", &CategoryCounts::policy}};

// The plot's geometry, in SVG user units.
struct Plot {
  int releases;
  double left = 56, right = 16, width = 900;
  double decls_top = 40, decls_bottom = 170;
  double breaks_top = 220, breaks_bottom = 330;
  bool rotate_labels() const { return releases > 8; }
  double height() const { return rotate_labels() ? 420 : 370; }
  double step() const { return (width - left - right) / std::max(releases, 1); }
  double x(int i) const { return left + (i + 0.5) * step(); }
};

std::string Num(double value) { return absl::StrFormat("%.1f", value); }

uint32_t Breaks(const Release& release) {
  uint32_t total = 0;
  for (const CategoryStyle& category : kCategories) {
    total += (release.breaks_by_category().*category.count)();
  }
  return total;
}

std::string Anchor(const Release& release) { return absl::StrCat("release-", release.tag()); }

// A horizontal axis line with its top value, and the panel's title.
std::string Axis(const Plot& plot, double top, double bottom, uint32_t max,
                 absl::string_view title) {
  return absl::StrCat(
      "<text x=\"", Num(plot.left), "\" y=\"", Num(top - 16), "\" font-weight=\"600\">", title,
      "</text>\n<line class=\"grid\" x1=\"", Num(plot.left), "\" x2=\"",
      Num(plot.width - plot.right), "\" y1=\"", Num(bottom), "\" y2=\"", Num(bottom),
      "\"/>\n<line class=\"grid\" stroke-dasharray=\"3 3\" x1=\"", Num(plot.left), "\" x2=\"",
      Num(plot.width - plot.right), "\" y1=\"", Num(top), "\" y2=\"", Num(top),
      "\"/>\n<text x=\"", Num(plot.left - 6), "\" y=\"", Num(top + 4),
      "\" text-anchor=\"end\">", max, "</text>\n<text x=\"", Num(plot.left - 6), "\" y=\"",
      Num(bottom + 4), "\" text-anchor=\"end\">0</text>\n");
}

std::string DeclarationsLine(const History& history, const Plot& plot) {
  uint32_t max = 1;
  for (const Release& release : history.releases()) max = std::max(max, release.declarations());
  auto y = [&](uint32_t value) {
    return plot.decls_bottom - (plot.decls_bottom - plot.decls_top) * value / max;
  };
  std::string points, dots;
  for (int i = 0; i < history.releases_size(); ++i) {
    const Release& release = history.releases(i);
    std::string x = Num(plot.x(i)), at = Num(y(release.declarations()));
    absl::StrAppend(&points, i == 0 ? "" : " ", x, ",", at);
    absl::StrAppend(&dots, "<circle class=\"decl-point\" cx=\"", x, "\" cy=\"", at,
                    "\" r=\"4\" fill=\"#0969da\"><title>", HtmlEscape(release.tag()), ": ",
                    release.declarations(), " declarations</title></circle>\n<text x=\"", x,
                    "\" y=\"", Num(y(release.declarations()) - 9), "\" text-anchor=\"middle\">",
                    release.declarations(), "</text>\n");
  }
  return absl::StrCat(Axis(plot, plot.decls_top, plot.decls_bottom, max, "Declarations"),
                      "<polyline id=\"declarations-line\" fill=\"none\" stroke=\"#0969da\" "
                      "stroke-width=\"2\" points=\"",
                      points, "\"/>\n", dots);
}

std::string BreakBars(const History& history, const Plot& plot) {
  uint32_t max = 1;
  for (const Release& release : history.releases()) max = std::max(max, Breaks(release));
  double scale = (plot.breaks_bottom - plot.breaks_top) / max;
  double bar = std::min(plot.step() * 0.5, 48.0);
  std::string out = Axis(plot, plot.breaks_top, plot.breaks_bottom, max,
                         "Breaking changes by category");
  for (int i = 0; i < history.releases_size(); ++i) {
    const Release& release = history.releases(i);
    double base = plot.breaks_bottom;
    for (const CategoryStyle& category : kCategories) {
      uint32_t count = (release.breaks_by_category().*category.count)();
      if (count == 0) continue;
      double height = count * scale;
      base -= height;
      absl::StrAppend(&out, "<rect class=\"break-bar\" data-category=\"", category.name,
                      "\" x=\"", Num(plot.x(i) - bar / 2), "\" y=\"", Num(base), "\" width=\"",
                      Num(bar), "\" height=\"", Num(height), "\" fill=\"", category.color,
                      "\"><title>", HtmlEscape(release.tag()), ": ", count, " ", category.name,
                      " break", count == 1 ? "" : "s", "</title></rect>\n");
    }
    if (Breaks(release) > 0) {
      absl::StrAppend(&out, "<text x=\"", Num(plot.x(i)), "\" y=\"", Num(base - 5),
                      "\" text-anchor=\"middle\">", Breaks(release), "</text>\n");
    }
  }
  double x = plot.width - plot.right - 3 * 78;
  for (const CategoryStyle& category : kCategories) {
    absl::StrAppend(&out, "<rect x=\"", Num(x), "\" y=\"", Num(plot.breaks_top - 27),
                    "\" width=\"12\" height=\"12\" fill=\"", category.color, "\"/><text x=\"",
                    Num(x + 17), "\" y=\"", Num(plot.breaks_top - 17), "\">", category.name,
                    "</text>\n");
    x += 78;
  }
  return out;
}

// The tags under the plot, linking to their findings; a release whose bump
// is too low in red, marked.
std::string Labels(const History& history, const Plot& plot) {
  std::string out;
  double y = plot.breaks_bottom + 20;
  for (int i = 0; i < history.releases_size(); ++i) {
    const Release& release = history.releases(i);
    std::string transform =
        plot.rotate_labels() ? absl::StrCat(" transform=\"rotate(-35 ", Num(plot.x(i)), " ",
                                            Num(y), ")\"")
                             : "";
    absl::StrAppend(&out, "<a href=\"#", HtmlEscape(Anchor(release)), "\"><text class=\"tag",
                    release.bump_matches() ? "" : " mismatch", "\" x=\"", Num(plot.x(i)),
                    "\" y=\"", Num(y), "\" text-anchor=\"",
                    plot.rotate_labels() ? "end" : "middle", "\"", transform, ">",
                    release.bump_matches() ? "" : "⚠ ", HtmlEscape(release.tag()),
                    "</text></a>\n");
  }
  return out;
}

std::string Timeline(const History& history) {
  Plot plot{history.releases_size()};
  return absl::StrCat(
      "<figure id=\"timeline\" style=\"margin:0\"><svg xmlns=\"http://www.w3.org/2000/svg\" "
      "role=\"img\" aria-label=\"Declarations and breaking changes per release\" viewBox=\"0 0 ",
      Num(plot.width), " ", Num(plot.height()), "\" width=\"100%\">\n",
      DeclarationsLine(history, plot), BreakBars(history, plot), Labels(history, plot),
      "</svg></figure>\n");
}

std::string Badge(absl::string_view kind, absl::string_view text) {
  return absl::StrCat("<span class=\"badge ", kind, "\">", HtmlEscape(text), "</span>");
}

std::string VersionCell(const Release& release) {
  if (release.previous().empty()) return "";
  if (release.bump_matches()) return Badge("match", "ok");
  return absl::StrCat(Badge("mismatch", "too low"), " a ", HtmlEscape(release.release_bump()),
                      " release with changes requiring ", HtmlEscape(release.required_bump()),
                      ": should have been ", HtmlEscape(release.required_release()));
}

std::string Row(const Release& release) {
  const Counts& counts = release.counts();
  bool first = release.previous().empty();
  return absl::StrCat(
      "<tr class=\"release", release.bump_matches() ? "" : " mismatch", "\" data-tag=\"",
      HtmlEscape(release.tag()), "\"><td><a href=\"#", HtmlEscape(Anchor(release)), "\">",
      HtmlEscape(release.tag()), "</a></td><td class=\"number\">", release.declarations(),
      "</td><td>", first ? "first release" : Badge(release.verdict(), release.verdict()),
      "</td><td>", HtmlEscape(release.required_bump()), "</td><td>",
      HtmlEscape(release.release_bump()), "</td><td>", VersionCell(release),
      "</td><td class=\"number\">", counts.error(), "</td><td class=\"number\">", counts.warning(),
      "</td><td class=\"number\">", counts.info(), "</td><td class=\"number\">",
      counts.acknowledged(), "</td></tr>\n");
}

std::string Table(const History& history) {
  std::string out =
      "<table id=\"releases\">\n<thead><tr><th>Release</th><th>Declarations</th><th>Against the "
      "previous</th><th>Required bump</th><th>Release bump</th><th>Version</th><th>Errors</th>"
      "<th>Warnings</th><th>Info</th><th>Acknowledged</th></tr></thead>\n<tbody>\n";
  for (const Release& release : history.releases()) absl::StrAppend(&out, Row(release));
  return absl::StrCat(out, "</tbody>\n</table>\n");
}

std::string Details(const Release& release) {
  if (release.previous().empty()) {
    return absl::StrCat("<details class=\"release-findings\" id=\"", HtmlEscape(Anchor(release)),
                        "\"><summary>", HtmlEscape(release.tag()), ": the first release, ",
                        release.declarations(), " declarations</summary></details>\n");
  }
  Report report;
  *report.mutable_findings() = release.findings();
  return absl::StrCat(
      "<details class=\"release-findings\" id=\"", HtmlEscape(Anchor(release)), "\"><summary>",
      HtmlEscape(release.tag()), " against ", HtmlEscape(release.previous()), ": ",
      release.findings_size(), " finding", release.findings_size() == 1 ? "" : "s",
      "</summary>\n",
      release.findings().empty() ? "<p>No API changes.</p>\n" : HtmlFindings(report, 3),
      "</details>\n");
}

std::string Overview(const History& history) {
  int breaking = 0, mismatched = 0;
  for (const Release& release : history.releases()) {
    breaking += release.verdict() == "breaking";
    mismatched += !release.bump_matches();
  }
  return absl::StrCat(
      "<p class=\"verdict", mismatched > 0 ? " breaking" : "", "\" id=\"overview\">",
      history.releases_size(), " releases (tags ", HtmlEscape(history.tag_pattern()), "): ",
      breaking, " breaking, ", mismatched, " with a version bump too low for their changes.</p>\n");
}

// Opens a release's findings when its link is followed.
constexpr char kScript[] = R"js((function () {
  function open() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.tagName === 'DETAILS') target.open = true;
  }
  window.addEventListener('hashchange', open);
  open();
  document.body.setAttribute('data-ready', 'true');
})();
)js";

}  // namespace

std::string RenderHistoryHtml(const History& history) {
  std::string title = absl::StrCat("API history of ", history.api_file());
  std::string body = absl::StrCat("<header>\n<h1>", HtmlEscape(title), "</h1>\n",
                                  Overview(history), "</header>\n");
  if (history.releases().empty()) {
    absl::StrAppend(&body, "<p>No releases.</p>\n");
    return HtmlPage(title, body, kScript);
  }
  absl::StrAppend(&body, Timeline(history), "<h2>Releases</h2>\n", Table(history),
                  "<h2>Findings per release</h2>\n");
  for (const Release& release : history.releases()) absl::StrAppend(&body, Details(release));
  return HtmlPage(title, body, kScript);
}

}  // namespace apicompat
