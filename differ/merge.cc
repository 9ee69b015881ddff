#include "merge.h"

#include <algorithm>
#include <map>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "snapshot_io.h"

namespace apicompat {
namespace {

struct Seen {
  Decl decl;
  std::string bytes;  // the serialized decl, for cheap exact comparison
  std::string unit;
};

std::string UnitName(const Snapshot& snapshot) {
  const auto& units = snapshot.header().translation_units();
  return units.empty() ? "<unnamed>" : absl::StrJoin(units, ",");
}

bool IsForwardDeclaration(const Decl& decl) {
  return decl.has_record() && !decl.record().is_complete();
}

}  // namespace

absl::StatusOr<MergeResult> MergeSnapshots(std::vector<Snapshot> inputs,
                                           const MergeOptions& options) {
  // Input order must not matter: process by TU name, then by content.
  std::vector<std::pair<std::string, Snapshot*>> ordered;
  for (Snapshot& input : inputs) {
    Finalize(input);
    ordered.emplace_back(absl::StrCat(UnitName(input), "\n",
                                      Serialize(input, SnapshotFormat::kBinary)),
                         &input);
  }
  std::sort(ordered.begin(), ordered.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });

  MergeResult result;
  Header* header = result.snapshot.mutable_header();
  std::map<std::string, Seen> by_id;
  std::vector<std::string> conflicts;
  bool have_header = false;
  for (auto& [key, input] : ordered) {
    if (!have_header) {
      // Compiler and target facts come from the first TU in name order.
      *header = input->header();
      header->clear_translation_units();
      have_header = true;
    }
    for (const std::string& unit : input->header().translation_units()) {
      header->add_translation_units(unit);
    }
    std::string unit = UnitName(*input);
    for (Decl& decl : *input->mutable_decls()) {
      std::string bytes = decl.SerializeAsString();
      auto [it, inserted] = by_id.try_emplace(decl.id());
      Seen& seen = it->second;
      if (inserted) {
        seen = Seen{std::move(decl), std::move(bytes), unit};
      } else if (seen.bytes == bytes || IsForwardDeclaration(decl)) {
        continue;
      } else if (IsForwardDeclaration(seen.decl)) {
        seen = Seen{std::move(decl), std::move(bytes), unit};
      } else {
        conflicts.push_back(absl::StrCat("'", decl.qualified_name(), "' (",
                                         decl.location().file(), ":",
                                         decl.location().line(), ") differs between ",
                                         seen.unit, " and ", unit));
      }
    }
  }
  if (!conflicts.empty() && !options.keep_first) {
    return absl::FailedPreconditionError(absl::StrCat(
        "conflicting declarations: ", conflicts.front(),
        conflicts.size() > 1 ? absl::StrCat(" (and ", conflicts.size() - 1, " more)") : "",
        "; a header must mean the same in every translation unit "
        "(check per-file -D flags), or pass --keep-first"));
  }
  for (std::string& conflict : conflicts) {
    result.warnings.push_back(absl::StrCat("kept the first of conflicting declarations: ",
                                           conflict));
  }
  for (auto& [id, seen] : by_id) *result.snapshot.add_decls() = std::move(seen.decl);
  Finalize(result.snapshot);
  return result;
}

}  // namespace apicompat
