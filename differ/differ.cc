#include "differ.h"

#include <algorithm>
#include <tuple>

#include "checks/check.h"
#include "match.h"
#include "rule_catalog.h"

namespace apicompat {
namespace {

// What users were promised is what the baseline says: a declaration exempt
// there (internal, experimental, deprecated) may change freely. An added
// declaration is judged by its own tier.
bool IsExempt(const DeclPair& pair) {
  const Decl& promise = pair.before != nullptr ? *pair.before : *pair.after;
  return promise.stability().tier() != STABLE;
}

Bump ParseBump(const std::string& name) {
  for (Bump bump : {Bump::kNone, Bump::kPatch, Bump::kMinor, Bump::kMajor}) {
    if (Name(bump) == name) return bump;
  }
  return Bump::kNone;
}

void Summarize(Report& report) {
  Counts* counts = report.mutable_counts();
  Bump required = Bump::kNone;
  for (const Finding& finding : report.findings()) {
    if (finding.severity() == "error") counts->set_error(counts->error() + 1);
    if (finding.severity() == "warning") counts->set_warning(counts->warning() + 1);
    if (finding.severity() == "info") counts->set_info(counts->info() + 1);
    if (!finding.exempt()) required = std::max(required, ParseBump(finding.bump()));
  }
  report.set_verdict(counts->error() > 0 ? "breaking" : "compatible");
  report.set_required_bump(std::string(Name(required)));
}

}  // namespace

Report Diff(const Snapshot& baseline, const Snapshot& current,
            const DiffOptions& options) {
  std::vector<std::unique_ptr<Check>> checks = AllChecks();
  std::vector<Finding> kept;
  for (const DeclPair& pair : MatchDecls(baseline, current)) {
    FindingSink sink;
    for (const auto& check : checks) check->Run(pair, sink);
    bool exempt = IsExempt(pair);
    for (Finding& finding : sink.findings()) {
      // Policy findings are about the tiers themselves: never exempt.
      if (exempt && finding.category() != "policy") {
        if (!options.verbose) continue;
        finding.set_exempt(true);
        finding.set_severity(std::string(Name(Severity::kInfo)));
        finding.set_bump(std::string(Name(Bump::kNone)));
      }
      kept.push_back(std::move(finding));
    }
  }
  std::sort(kept.begin(), kept.end(), [](const Finding& a, const Finding& b) {
    return std::make_tuple(a.file(), a.line(), a.rule(), a.decl(), a.message()) <
           std::make_tuple(b.file(), b.line(), b.rule(), b.decl(), b.message());
  });
  Report report;
  for (Finding& finding : kept) *report.add_findings() = std::move(finding);
  Summarize(report);
  return report;
}

}  // namespace apicompat
