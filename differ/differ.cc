#include "differ.h"

#include <algorithm>
#include <tuple>

#include "absl/container/flat_hash_map.h"
#include "checks/check.h"
#include "match.h"
#include "policy/deprecation_timeline.h"
#include "policy/policy_changes.h"
#include "rule_catalog.h"
#include "unknown_facts.h"

namespace apicompat {

namespace {

// `decl` (of the context's normalized copies) as `original` has it, else a
// copy that `subjects` keeps.
const Decl* Stable(const Decl* decl, const absl::flat_hash_map<std::string, const Decl*>& original,
                   DiffSubjects& subjects) {
  if (decl == nullptr) return nullptr;
  auto it = original.find(decl->id());
  if (it != original.end()) return it->second;
  return subjects.copies.emplace_back(std::make_unique<Decl>(*decl)).get();
}

absl::flat_hash_map<std::string, const Decl*> ById(const Snapshot& snapshot) {
  absl::flat_hash_map<std::string, const Decl*> by_id;
  for (const Decl& decl : snapshot.decls()) by_id.emplace(decl.id(), &decl);
  return by_id;
}

void KeepSubjects(const std::vector<std::pair<Finding, DeclPair>>& kept, const Snapshot& baseline,
                  const Snapshot& current, DiffSubjects& subjects) {
  absl::flat_hash_map<std::string, const Decl*> before = ById(baseline), after = ById(current);
  for (const auto& [finding, pair] : kept) {
    subjects.pairs.push_back(
        {Stable(pair.before, before, subjects), Stable(pair.after, after, subjects)});
  }
}

FindingSubject SubjectOf(const DeclPair& pair) {
  return {pair.before != nullptr ? pair.before->id() : "",
          pair.after != nullptr ? pair.after->id() : ""};
}

// The report of `baseline` against `current`; `declarations` come from
// `originals` (the snapshots Diff was given) when they have them.
Report DiffKnown(const Snapshot& baseline, const Snapshot& current,
                 const DiffOptions& options, std::vector<FindingSubject>* subjects,
                 DiffSubjects* declarations,
                 std::pair<const Snapshot*, const Snapshot*> originals) {
  std::vector<std::unique_ptr<Check>> checks = AllChecks();
  DiffContext context(baseline, current);
  FindingSink sink;
  for (const DeclPair& pair : context.pairs()) {
    // One message on both sides (ReadSnapshotPair): nothing of it changed,
    // and checks report only what changed between a pair's two sides (the
    // rest of the diff qualifies a finding, never makes one; check.h).
    if (pair.before != pair.after) {
      for (const auto& check : checks) check->Run(pair, context, sink);
    }
    if (const auto& version = options.policy.current_version) {
      CheckDeprecationTimeline(pair, *version, sink);
    }
    CheckConfigExemption(pair, options.policy, sink);
  }
  for (const auto& check : checks) check->Finish(context, sink);
  std::vector<std::pair<Finding, DeclPair>> kept;
  for (size_t i = 0; i < sink.findings().size(); ++i) {
    Finding& finding = sink.findings()[i];
    const DeclPair& subject = sink.subjects()[i];
    Finding checked = finding;
    ReportUnenforced(options.policy, subject, finding);
    if (ApplyPolicy(subject, options.policy, options.verbose, finding)) {
      if (std::optional<Finding> loosened = LoweredSeverity(checked, finding, options.policy)) {
        kept.emplace_back(*std::move(loosened), subject);
      }
      kept.emplace_back(std::move(finding), subject);
    }
  }
  std::stable_sort(kept.begin(), kept.end(), [](const auto& x, const auto& y) {
    const Finding& a = x.first;
    const Finding& b = y.first;
    return std::make_tuple(a.file(), a.line(), a.rule(), a.decl(), a.message()) <
           std::make_tuple(b.file(), b.line(), b.rule(), b.decl(), b.message());
  });
  Report report;
  for (auto& [finding, subject] : kept) {
    *report.add_findings() = std::move(finding);
    if (subjects != nullptr) subjects->push_back(SubjectOf(subject));
  }
  if (declarations != nullptr) {
    KeepSubjects(kept, *originals.first, *originals.second, *declarations);
  }
  Summarize(options.policy, report);
  return report;
}

}  // namespace

Report Diff(const Snapshot& baseline, const Snapshot& current,
            const DiffOptions& options, std::vector<FindingSubject>* subjects,
            DiffSubjects* declarations) {
  // A fact one side's collector did not know is no change.
  if (auto known = WithCommonFacts(baseline, current)) {
    return DiffKnown(known->first, known->second, options, subjects, declarations,
                     {&baseline, &current});
  }
  return DiffKnown(baseline, current, options, subjects, declarations, {&baseline, &current});
}

}  // namespace apicompat
