// One self-contained HTML page for people reviewing a change: the verdict
// and what it requires first, then every finding with what changed (the
// declarations side by side), why it matters (the rule's documentation) and
// how to fix it, filterable by severity, category and text.
#include "report_html.h"

#include <vector>

#include "absl/strings/str_cat.h"
#include "html_page.h"
#include "report.h"
#include "report_advice.h"
#include "rule_catalog.h"
#include "rule_docs.h"

namespace apicompat {
namespace {

// The severity a finding is shown under: acknowledged breaks on their own.
std::string Group(const Finding& finding) {
  return finding.acknowledged() ? "acknowledged" : finding.severity();
}

struct GroupInfo {
  const char* id;
  const char* heading;
};
constexpr GroupInfo kGroups[] = {{"error", "Errors"},
                                 {"warning", "Warnings"},
                                 {"acknowledged", "Acknowledged"},
                                 {"info", "Info"}};
constexpr const char* kCategories[] = {"api", "abi", "policy"};

std::string Declaration(absl::string_view caption, const std::string& text,
                        absl::string_view absent) {
  std::string code = text.empty()
                         ? absl::StrCat("<p class=\"absent\">", absent, "</p>")
                         : absl::StrCat("<pre><code>", HtmlEscape(text), "</code></pre>");
  return absl::StrCat("<figure><figcaption>", caption, "</figcaption>", code, "</figure>");
}

std::string Declarations(const Finding& finding) {
  if (finding.old_declaration().empty() && finding.new_declaration().empty()) return "";
  return absl::StrCat("<div class=\"decls\">",
                      Declaration("Before", finding.old_declaration(), "(not declared)"),
                      Declaration("After", finding.new_declaration(), "(removed)"), "</div>\n");
}

std::string WitnessHtml(const Finding& finding) {
  if (!finding.has_witness()) return "";
  const Witness& witness = finding.witness();
  std::string out = absl::StrCat("<details class=\"witness\" open><summary>Witness: ",
                                  HtmlEscape(witness.status()), "</summary>");
  if (!witness.code().empty()) {
    absl::StrAppend(&out, "<pre><code>", HtmlEscape(witness.code()), "</code></pre>");
  }
  if (!witness.reason().empty()) {
    absl::StrAppend(&out, "<pre class=\"reason\">", HtmlEscape(witness.reason()), "</pre>");
  }
  return absl::StrCat(out, "</details>\n");
}

// `apicompat impact`: where the consumer uses the changed declaration.
std::string Uses(const Finding& finding) {
  if (finding.uses().empty()) return "";
  std::string out = "<details class=\"uses\" open><summary>Used at</summary><ul>";
  for (const UseSite& use : finding.uses()) {
    absl::StrAppend(&out, "<li><code>", HtmlEscape(use.file()), ":", use.line(), "</code> ",
                    HtmlEscape(use.kind()),
                    use.project().empty() ? "" : absl::StrCat(" (", HtmlEscape(use.project()), ")"),
                    "</li>");
  }
  return absl::StrCat(out, "</ul></details>\n");
}

std::string RuleHelp(const Finding& finding) {
  std::string out;
  if (const RuleInfo* info = FindRule(finding.rule())) {
    absl::StrAppend(&out, "<p class=\"fix\"><strong>How to fix:</strong> ",
                    HtmlEscape(info->fix), ".</p>\n");
  }
  if (std::optional<absl::string_view> section = RuleSection(finding.rule())) {
    absl::StrAppend(&out, "<details class=\"rule-doc\"><summary>Rule documentation: ",
                    HtmlEscape(finding.rule()), "</summary><div class=\"doc\">",
                    RulesMarkdownToHtml(*section), "</div></details>\n");
  }
  return out;
}

std::string Location(const Finding& finding) {
  if (finding.file().empty()) return "";
  std::string where = finding.line() > 0 ? absl::StrCat(finding.file(), ":", finding.line())
                                         : finding.file();
  return absl::StrCat("<p class=\"location\">", HtmlEscape(where), "</p>\n");
}

std::string Article(const Finding& finding, int level) {
  std::string group = Group(finding);
  std::string out = absl::StrCat(
      "<article class=\"finding", finding.acknowledged() ? " acknowledged" : "",
      "\" data-severity=\"", HtmlEscape(group), "\" data-category=\"",
      HtmlEscape(finding.category()), "\">\n<h", level, "><span class=\"badge ",
      HtmlEscape(finding.severity()), "\">", HtmlEscape(finding.severity()), "</span> <code>",
      HtmlEscape(finding.rule()), "</code> ", HtmlEscape(finding.decl()), "</h", level, ">\n",
      Location(finding), "<p class=\"message\">", HtmlEscape(finding.message()), "</p>\n");
  if (finding.acknowledged()) {
    absl::StrAppend(&out, "<p class=\"acknowledgement\"><span class=\"badge acknowledged\">",
                    "acknowledged</span> ", HtmlEscape(finding.acknowledgement()), "</p>\n");
  }
  if (finding.exempt()) absl::StrAppend(&out, "<p><em>Exempt in the baseline.</em></p>\n");
  absl::StrAppend(&out, Declarations(finding), WitnessHtml(finding), Uses(finding),
                  RuleHelp(finding),
                  "</article>\n");
  return out;
}

std::string CategorySection(const Report& report, const std::string& group,
                            const std::string& category, int level) {
  std::string articles;
  int count = 0;
  for (const Finding& finding : report.findings()) {
    if (Group(finding) != group || finding.category() != category) continue;
    ++count;
    absl::StrAppend(&articles, Article(finding, level + 2));
  }
  if (count == 0) return "";
  return absl::StrCat("<section class=\"category\" data-group>\n<h", level + 1, ">", category,
                      " (", count, ")</h", level + 1, ">\n", articles, "</section>\n");
}

std::string Headline(const Report& report, bool failed) {
  if (report.verdict() == "breaking") return "apicompat: breaking changes";
  return failed ? "apicompat: check failed" : "apicompat: compatible";
}

std::string BaselineText(const Report& report, const ReportContext& context) {
  const BaselineSource& source = report.baseline();
  std::string out = HtmlEscape(source.description().empty() ? context.baseline
                                                            : source.description());
  if (!source.tag().empty()) {
    absl::StrAppend(&out, "<br>tag <code class=\"tag\">", HtmlEscape(source.tag()), "</code>");
  }
  if (!source.commit().empty()) {
    absl::StrAppend(&out, source.tag().empty() ? "<br>" : ", ", "commit <code class=\"commit\">",
                    HtmlEscape(source.commit()), "</code>");
  }
  return out;
}

std::string Summary(const Report& report, const ReportContext& context, bool failed) {
  std::string verdict_class = report.verdict() == "breaking" ? "breaking"
                              : failed                       ? "failed"
                                                             : "compatible";
  std::string out = absl::StrCat(
      "<header>\n<h1>", Headline(report, failed), "</h1>\n<p class=\"verdict ", verdict_class,
      "\" id=\"verdict\">", HtmlEscape(VerdictText(report)), failed ? " The check fails." : "",
      "</p>\n<dl class=\"summary\">\n<dt>Required bump</dt><dd id=\"required-bump\">",
      HtmlEscape(report.required_bump()), "</dd>\n");
  if (!report.release_bump().empty()) {
    absl::StrAppend(&out, "<dt>Release</dt><dd>", HtmlEscape(report.baseline_version()), " → ",
                    HtmlEscape(report.current_version()), " (", HtmlEscape(report.release_bump()),
                    ", ", HtmlEscape(report.semver()), ")</dd>\n");
  }
  std::string baseline = BaselineText(report, context);
  if (!baseline.empty()) {
    absl::StrAppend(&out, "<dt>Baseline</dt><dd id=\"baseline\">", baseline, "</dd>\n");
  }
  absl::StrAppend(&out, "<dt>Findings</dt><dd>", HtmlEscape(CountsText(report)),
                  "</dd>\n</dl>\n</header>\n");
  return out;
}

std::string Options(const std::vector<std::string>& values) {
  std::string out = "<option value=\"\">all</option>";
  for (const std::string& value : values) {
    absl::StrAppend(&out, "<option value=\"", value, "\">", value, "</option>");
  }
  return out;
}

// Only the severities and categories present are offered.
std::string Filters(const Report& report) {
  std::vector<std::string> groups, categories;
  for (const GroupInfo& group : kGroups) {
    for (const Finding& finding : report.findings()) {
      if (Group(finding) == group.id) {
        groups.push_back(group.id);
        break;
      }
    }
  }
  for (const char* category : kCategories) {
    for (const Finding& finding : report.findings()) {
      if (finding.category() == category) {
        categories.push_back(category);
        break;
      }
    }
  }
  return absl::StrCat(
      "<form class=\"filters\" id=\"filters\" role=\"search\">\n",
      "<label>Severity <select id=\"filter-severity\">", Options(groups), "</select></label>\n",
      "<label>Category <select id=\"filter-category\">", Options(categories),
      "</select></label>\n",
      "<label>Text <input type=\"search\" id=\"filter-text\" placeholder=\"rule, declaration, "
      "file…\"></label>\n<span id=\"shown-count\"></span>\n</form>\n");
}

std::string Problems(const ReportContext& context) {
  if (context.problems.empty()) return "";
  std::string out = "<h2>Other problems</h2>\n<ul class=\"problems\">\n";
  for (const ReportContext::Problem& problem : context.problems) {
    absl::StrAppend(&out, "<li>",
                    problem.file.empty() ? ""
                                         : absl::StrCat("<code>", HtmlEscape(problem.file),
                                                        "</code>: "),
                    HtmlEscape(problem.message), "</li>\n");
  }
  return absl::StrCat(out, "</ul>\n");
}

// Shows the findings the filters select, and the groups left with any. A
// link may preset them: report.html#severity=error&category=abi&text=Point.
constexpr char kFilterScript[] = R"js((function () {
  var severity = document.getElementById('filter-severity');
  var category = document.getElementById('filter-category');
  var text = document.getElementById('filter-text');
  var shown = document.getElementById('shown-count');
  var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  function apply() {
    var s = severity.value, c = category.value, t = text.value.trim().toLowerCase(), n = 0;
    findings.forEach(function (f) {
      var show = (!s || f.dataset.severity === s) && (!c || f.dataset.category === c) &&
          (!t || f.textContent.toLowerCase().indexOf(t) >= 0);
      f.classList.toggle('hidden', !show);
      if (show) n++;
    });
    document.querySelectorAll('[data-group]').forEach(function (g) {
      g.classList.toggle('hidden', !g.querySelector('.finding:not(.hidden)'));
    });
    shown.textContent = n + ' of ' + findings.length + ' findings shown';
  }
  function fromHash() {
    location.hash.slice(1).split('&').forEach(function (pair) {
      var at = pair.indexOf('='), key = pair.slice(0, at), value = decodeURIComponent(pair.slice(at + 1));
      if (at < 0) return;
      if (key === 'severity') severity.value = value;
      if (key === 'category') category.value = value;
      if (key === 'text') text.value = value;
    });
    apply();
  }
  if (severity) {
    window.addEventListener('hashchange', fromHash);
    severity.addEventListener('change', apply);
    category.addEventListener('change', apply);
    text.addEventListener('input', apply);
    document.getElementById('filters').addEventListener('submit', function (e) { e.preventDefault(); });
    fromHash();
  }
  document.body.setAttribute('data-ready', 'true');
})();
)js";

}  // namespace

std::string HtmlFindings(const Report& report, int level) {
  std::string out;
  for (const GroupInfo& group : kGroups) {
    std::string categories;
    int count = 0;
    for (const Finding& finding : report.findings()) count += Group(finding) == group.id;
    if (count == 0) continue;
    for (const char* category : kCategories) {
      absl::StrAppend(&categories, CategorySection(report, group.id, category, level));
    }
    absl::StrAppend(&out, "<section class=\"severity\" data-severity=\"", group.id,
                    "\" data-group>\n<h",
                    level, ">", group.heading, " (", count, ")</h", level, ">\n", categories,
                    "</section>\n");
  }
  return out;
}

std::string RenderHtml(const Report& report, const ReportContext& context) {
  bool failed = report.failed() || !context.problems.empty();
  std::string body = Summary(report, context, failed);
  if (report.findings().empty()) {
    absl::StrAppend(&body, "<p id=\"no-findings\">No changes to report.</p>\n");
  } else {
    absl::StrAppend(&body, Filters(report), "<main id=\"findings\">\n", HtmlFindings(report),
                    "</main>\n");
  }
  absl::StrAppend(&body, Problems(context));
  if (failed) {
    absl::StrAppend(&body, "<h2>Ways forward</h2>\n<p id=\"ways-forward\">",
                    HtmlEscape(WaysForward(report)), "</p>\n");
  }
  return HtmlPage(Headline(report, failed), body, kFilterScript);
}

}  // namespace apicompat
