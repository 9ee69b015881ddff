#include "impact/impact.h"

#include <algorithm>
#include <tuple>

#include "impact/use_reach.h"

namespace apicompat {
namespace {

Impact& ImpactFor(const std::vector<Consumer>& consumers, Report& report) {
  Impact& impact = *report.mutable_impact();
  for (const Consumer& consumer : consumers) impact.add_projects(consumer.project);
  return impact;
}

// The counts and verdict again, for the findings kept.
void Resummarize(const Policy& policy, Report& report) {
  report.clear_counts();
  report.clear_required_bump();
  report.clear_verdict();
  report.clear_failed();
  Summarize(policy, report);
}

}  // namespace

Report ImpactOfChange(const std::vector<Consumer>& consumers, const Snapshot& old_dependency,
                      const Snapshot& new_dependency, const DiffOptions& options) {
  std::vector<FindingSubject> subjects;
  Report diff = Diff(old_dependency, new_dependency, options, &subjects);
  UseReach reach(consumers, old_dependency, new_dependency);
  Report report;
  Impact& impact = ImpactFor(consumers, report);
  for (int i = 0; i < diff.findings_size(); ++i) {
    std::vector<UseSite> sites = reach.Reached(diff.findings(i), subjects[i]);
    if (sites.empty()) {
      impact.set_unaffected(impact.unaffected() + 1);
      continue;
    }
    Finding& kept = *report.add_findings() = diff.findings(i);
    for (UseSite& site : sites) *kept.add_uses() = std::move(site);
  }
  Resummarize(options.policy, report);
  return report;
}

Report UsesAgainstVersions(const std::vector<Consumer>& consumers,
                           const std::vector<BoundVersion>& bounds, const Policy& policy) {
  std::vector<Finding> findings;
  Report report;
  Impact& impact = ImpactFor(consumers, report);
  for (const BoundVersion& bound : bounds) {
    CheckUsesAgainst(consumers, bound, findings);
    (bound.bound == Bound::kMinimum ? impact.mutable_minimum_version()
                                    : impact.mutable_maximum_version())
        ->assign(bound.version);
  }
  auto key = [](const Finding& f) {
    return std::make_tuple(f.uses(0).project(), f.file(), f.line(), f.rule(), f.decl());
  };
  std::stable_sort(findings.begin(), findings.end(),
                   [&](const Finding& a, const Finding& b) { return key(a) < key(b); });
  for (Finding& finding : findings) *report.add_findings() = std::move(finding);
  Resummarize(policy, report);
  return report;
}

}  // namespace apicompat
