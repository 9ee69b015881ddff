#include "merge.h"

#include <algorithm>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "snapshot_io.h"

namespace apicompat {
namespace {

std::string UnitName(const Snapshot& snapshot) {
  const auto& units = snapshot.header().translation_units();
  return units.empty() ? "<unnamed>" : absl::StrJoin(units, ",");
}

bool IsForwardDeclaration(const Decl& decl) {
  return decl.has_record() && !decl.record().is_complete();
}

// A namespace is opened in many headers and each TU sees some of them, so
// its recorded opening (the earliest the TU saw) differs between TUs
// without the namespace differing: what matters is the rest.
bool SameNamespace(const Decl& a, const Decl& b) {
  if (a.kind() != NAMESPACE || b.kind() != NAMESPACE) return false;
  Decl a_rest = a, b_rest = b;
  a_rest.clear_location();
  b_rest.clear_location();
  return a_rest.SerializeAsString() == b_rest.SerializeAsString();
}

bool IsEarlier(const Location& a, const Location& b) {
  return a.file() != b.file() ? a.file() < b.file() : a.line() < b.line();
}

}  // namespace

void SnapshotMerger::Add(Snapshot input) {
  ++input_count_;
  std::string unit = UnitName(input);
  // Compiler and target facts come from the first TU in name order.
  if (!have_header_ || unit < header_unit_) {
    header_ = input.header();
    header_unit_ = unit;
    have_header_ = true;
  }
  for (const std::string& name : input.header().translation_units()) units_.push_back(name);
  for (Decl& decl : *input.mutable_decls()) Consider(std::move(decl), unit);
}

// Order independence: whichever TU comes first by name (then by content)
// provides a conflicting declaration, whatever order TUs are added in.
void SnapshotMerger::Consider(Decl decl, const std::string& unit) {
  std::string bytes = decl.SerializeAsString();
  auto [it, inserted] = by_id_.try_emplace(decl.id());
  Seen& seen = it->second;
  if (inserted) {
    seen = Seen{std::move(decl), std::move(bytes), unit, ""};
    return;
  }
  if (seen.bytes == bytes) return;
  if (SameNamespace(decl, seen.decl)) {
    // The earliest opening over all TUs, whatever order they come in.
    if (IsEarlier(decl.location(), seen.decl.location())) {
      seen.decl = std::move(decl);
      seen.bytes = std::move(bytes);
      seen.unit = unit;
    }
    return;
  }
  bool new_is_forward = IsForwardDeclaration(decl);
  bool seen_is_forward = IsForwardDeclaration(seen.decl);
  if (new_is_forward && !seen_is_forward) return;
  if (seen_is_forward && !new_is_forward) {
    seen = Seen{std::move(decl), std::move(bytes), unit, seen.conflicting_unit};
    return;
  }
  bool new_first = std::tie(unit, bytes) < std::tie(seen.unit, seen.bytes);
  std::string other = new_first ? seen.unit : unit;
  if (new_first) seen = Seen{std::move(decl), std::move(bytes), unit, ""};
  if (seen.conflicting_unit.empty() || other < seen.conflicting_unit) {
    seen.conflicting_unit = other;
  }
}

absl::StatusOr<MergeResult> SnapshotMerger::Finish() {
  std::vector<std::string> conflicts;
  for (const auto& [id, seen] : by_id_) {
    if (seen.conflicting_unit.empty()) continue;
    conflicts.push_back(absl::StrCat("'", seen.decl.qualified_name(), "' (",
                                     seen.decl.location().file(), ":",
                                     seen.decl.location().line(), ") differs between ",
                                     seen.unit, " and ", seen.conflicting_unit));
  }
  if (!conflicts.empty() && !options_.keep_first) {
    return absl::FailedPreconditionError(absl::StrCat(
        "conflicting declarations: ", conflicts.front(),
        conflicts.size() > 1 ? absl::StrCat(" (and ", conflicts.size() - 1, " more)") : "",
        "; a header must mean the same in every translation unit "
        "(check per-file -D flags), or pass --keep-first"));
  }
  MergeResult result;
  result.input_count = input_count_;
  for (std::string& conflict : conflicts) {
    result.warnings.push_back(
        absl::StrCat("kept the first of conflicting declarations: ", conflict));
  }
  *result.snapshot.mutable_header() = std::move(header_);
  result.snapshot.mutable_header()->clear_translation_units();
  for (std::string& unit : units_) result.snapshot.mutable_header()->add_translation_units(std::move(unit));
  for (auto& [id, seen] : by_id_) *result.snapshot.add_decls() = std::move(seen.decl);
  by_id_.clear();
  Finalize(result.snapshot);
  return result;
}

absl::StatusOr<MergeResult> MergeSnapshots(std::vector<Snapshot> inputs,
                                           const MergeOptions& options) {
  SnapshotMerger merger(options);
  for (Snapshot& input : inputs) merger.Add(std::move(input));
  return merger.Finish();
}

}  // namespace apicompat
