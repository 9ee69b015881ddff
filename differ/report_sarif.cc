// SARIF 2.1.0, as GitHub code scanning reads it:
// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
#include "absl/container/btree_map.h"
#include "absl/strings/str_cat.h"
#include "json_value.h"
#include "report.h"
#include "report_advice.h"
#include "report_uses.h"
#include "rule_catalog.h"
#include "rule_docs.h"
#include "witness/witness_text.h"

namespace apicompat {
namespace {

constexpr char kSchema[] = "https://json.schemastore.org/sarif-2.1.0.json";

// SARIF has no "info": its "note" is the same.
std::string Level(absl::string_view severity) {
  return severity == Name(Severity::kInfo) ? "note" : std::string(severity);
}

JsonValue Text(absl::string_view text) {
  return JsonValue::Object().Set("text", JsonValue::String(text));
}

// The rule's documentation travels with the report: code scanning shows
// `help` next to each alert, and installed users have no docs/ checkout.
JsonValue Help(const RuleInfo& rule) {
  JsonValue help = Text(absl::StrCat("How to fix: ", rule.fix, ". Details: apicompat explain ",
                                     rule.id));
  if (std::optional<absl::string_view> section = RuleSection(rule.id)) {
    help.Set("markdown", JsonValue::String(*section));
  }
  return help;
}

JsonValue RuleDescriptor(const RuleInfo& rule) {
  std::string full = RuleWhatChanged(rule.id);
  JsonValue descriptor =
      JsonValue::Object()
          .Set("id", JsonValue::String(rule.id))
          .Set("shortDescription", Text(rule.summary))
          .Set("fullDescription", Text(full.empty() ? std::string(rule.summary) : full))
          .Set("help", Help(rule));
  if (absl::string_view docs = APICOMPAT_DOCS_URL; !docs.empty()) {
    descriptor.Set("helpUri", JsonValue::String(absl::StrCat(docs, "/rules.md#", rule.id)));
  }
  return descriptor
      .Set("defaultConfiguration",
           JsonValue::Object().Set("level", JsonValue::String(Level(Name(rule.severity)))))
      .Set("properties",
           JsonValue::Object()
               .Set("category", JsonValue::String(Name(rule.category)))
               .Set("bump", JsonValue::String(Name(rule.bump)))
               .Set("tags", JsonValue::Array().Add(JsonValue::String(Name(rule.category)))));
}

JsonValue Location(const std::string& file, uint32_t line) {
  JsonValue physical = JsonValue::Object().Set(
      "artifactLocation", JsonValue::Object().Set("uri", JsonValue::String(file)));
  // SARIF lines start at 1; 0 means unknown.
  if (line > 0) {
    physical.Set("region", JsonValue::Object().Set("startLine", JsonValue::Number(line)));
  }
  return JsonValue::Object().Set("physicalLocation", std::move(physical));
}

// An exempt or acknowledged finding is a suppressed result: shown, not an
// open alert.
JsonValue Suppressions(const Finding& finding) {
  JsonValue suppressions = JsonValue::Array();
  if (finding.acknowledged()) {
    suppressions.Add(JsonValue::Object()
                         .Set("kind", JsonValue::String("external"))
                         .Set("justification", JsonValue::String(finding.acknowledgement())));
  } else if (finding.exempt()) {
    suppressions.Add(JsonValue::Object()
                         .Set("kind", JsonValue::String("inSource"))
                         .Set("justification",
                              JsonValue::String("exempt (internal, experimental or deprecated) "
                                                "in the baseline")));
  }
  return suppressions;
}

JsonValue Result(const Finding& finding, const Report& report, int rule_index) {
  std::string message = absl::StrCat(finding.decl(), ": ", finding.message());
  if (std::string fix = FixText(finding.rule());
      !fix.empty() && finding.severity() != Name(Severity::kInfo)) {
    absl::StrAppend(&message, " How to fix: ", fix);
  }
  if (std::string witness = WitnessText(finding, report, ""); !witness.empty()) {
    absl::StrAppend(&message, "\nWitness: ", witness);
  }
  JsonValue result = JsonValue::Object()
                         .Set("ruleId", JsonValue::String(finding.rule()))
                         .Set("level", JsonValue::String(Level(finding.severity())))
                         .Set("message", Text(message));
  if (rule_index >= 0) result.Set("ruleIndex", JsonValue::Number(rule_index));
  if (!finding.uses().empty()) {
    // An impact finding: code scanning in the consumer's repository shows
    // the uses; the dependency's declaration is related.
    JsonValue uses = JsonValue::Array();
    for (const UseSite& site : finding.uses()) {
      uses.Add(Location(site.file(), site.line()).Set("message", Text(UseSiteText(site))));
    }
    result.Set("locations", std::move(uses));
    if (!finding.file().empty()) {
      result.Set("relatedLocations",
                 JsonValue::Array().Add(Location(finding.file(), finding.line())
                                            .Set("id", JsonValue::Number(0))
                                            .Set("message", Text(finding.decl()))));
    }
  } else if (!finding.file().empty()) {
    result.Set("locations", JsonValue::Array().Add(Location(finding.file(), finding.line())));
  }
  // Keeps an alert the same alert when lines move.
  std::string key = finding.key().empty() ? absl::StrCat(finding.rule(), ":", finding.decl())
                                          : finding.key();
  result.Set("partialFingerprints",
             JsonValue::Object().Set("apicompatKey/v1", JsonValue::String(key)));
  if (JsonValue suppressions = Suppressions(finding); !suppressions.empty()) {
    result.Set("suppressions", std::move(suppressions));
  }
  JsonValue properties = JsonValue::Object()
                             .Set("category", JsonValue::String(finding.category()))
                             .Set("bump", JsonValue::String(finding.bump()));
  if (finding.has_witness()) {
    properties.Set("witness", JsonValue::Object()
                                  .Set("status", JsonValue::String(finding.witness().status()))
                                  .Set("code", JsonValue::String(finding.witness().code()))
                                  .Set("reason", JsonValue::String(finding.witness().reason())));
  }
  return result.Set("properties", std::move(properties));
}

// Problems beyond the findings (an outdated API file) are notifications of
// the run, not results about code.
JsonValue Invocation(const ReportContext& context) {
  JsonValue notifications = JsonValue::Array();
  for (const ReportContext::Problem& problem : context.problems) {
    JsonValue notification = JsonValue::Object()
                                 .Set("level", JsonValue::String("error"))
                                 .Set("message", Text(problem.message));
    if (!problem.file.empty()) {
      notification.Set("locations", JsonValue::Array().Add(Location(problem.file, 0)));
    }
    notifications.Add(std::move(notification));
  }
  JsonValue invocation = JsonValue::Object().Set("executionSuccessful", JsonValue::Bool(true));
  if (!notifications.empty()) {
    invocation.Set("toolExecutionNotifications", std::move(notifications));
  }
  return invocation;
}

}  // namespace

std::string RenderSarif(const Report& report, const ReportContext& context) {
  // The rules the results refer to, by id; ruleIndex points into them.
  absl::btree_map<std::string, int> rule_index;
  for (const Finding& finding : report.findings()) {
    if (FindRule(finding.rule()) != nullptr) rule_index.emplace(finding.rule(), 0);
  }
  JsonValue rules = JsonValue::Array();
  int next = 0;
  for (auto& [id, index] : rule_index) {
    index = next++;
    rules.Add(RuleDescriptor(*FindRule(id)));
  }
  JsonValue results = JsonValue::Array();
  for (const Finding& finding : report.findings()) {
    auto it = rule_index.find(finding.rule());
    results.Add(Result(finding, report, it == rule_index.end() ? -1 : it->second));
  }
  JsonValue properties = JsonValue::Object()
                             .Set("verdict", JsonValue::String(report.verdict()))
                             .Set("requiredBump", JsonValue::String(report.required_bump()))
                             .Set("failed", JsonValue::Bool(report.failed() ||
                                                            !context.problems.empty()));
  if (!context.baseline.empty()) properties.Set("baseline", JsonValue::String(context.baseline));
  if (report.has_impact()) {
    JsonValue projects = JsonValue::Array();
    for (const std::string& project : report.impact().projects()) {
      projects.Add(JsonValue::String(project));
    }
    properties.Set("projects", std::move(projects))
        .Set("unaffected", JsonValue::Number(report.impact().unaffected()));
  }
  JsonValue driver = JsonValue::Object()
                         .Set("name", JsonValue::String("apicompat"))
                         .Set("semanticVersion", JsonValue::String(APICOMPAT_VERSION));
  if (absl::string_view home = APICOMPAT_HOMEPAGE_URL; !home.empty()) {
    driver.Set("informationUri", JsonValue::String(home));
  }
  driver.Set("rules", std::move(rules));
  JsonValue run = JsonValue::Object()
                      .Set("tool", JsonValue::Object().Set("driver", std::move(driver)))
                      .Set("invocations", JsonValue::Array().Add(Invocation(context)))
                      .Set("results", std::move(results))
                      .Set("properties", std::move(properties));
  return JsonValue::Object()
      .Set("$schema", JsonValue::String(kSchema))
      .Set("version", JsonValue::String("2.1.0"))
      .Set("runs", JsonValue::Array().Add(std::move(run)))
      .Print();
}

}  // namespace apicompat
