#include "merge.h"

#include <algorithm>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "decl_difference.h"
#include "language_standard.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"
#include "snapshot_io.h"

namespace apicompat {
namespace {

std::string UnitName(const Snapshot& snapshot) {
  const auto& units = snapshot.header().translation_units();
  return units.empty() ? "<unnamed>" : absl::StrJoin(units, ",");
}

// A record only forward-declared, or an enum only declared opaque
// (`enum class E : int;`): what a TU that saw its definition knows better.
bool IsForwardDeclaration(const Decl& decl) {
  if (decl.has_enum_decl()) return decl.enum_decl().enumerators().empty();
  return decl.has_record() && !decl.record().is_complete();
}

// Libraries compile their own sources with their deprecations switched
// off (lz4's LZ4_DISABLE_DEPRECATE_WARNINGS, OpenSSL's
// OPENSSL_SUPPRESS_DEPRECATED): users, who set no such macro, see the
// declaration deprecated.
void ShareDeprecation(Decl& a, Decl& b) {
  bool a_deprecated = a.stability().tier() == DEPRECATED;
  bool b_deprecated = b.stability().tier() == DEPRECATED;
  if (a_deprecated == b_deprecated) return;
  if (a_deprecated ? b.stability().tier() != STABLE : a.stability().tier() != STABLE) return;
  if (a_deprecated) {
    *b.mutable_stability() = a.stability();
  } else {
    *a.mutable_stability() = b.stability();
  }
}

// Makes `a` and `b` agree on what one TU can learn only by seeing more
// headers than the other, or what the library's own sources switch off:
// the union is the truth.
void ShareLearnedFacts(Decl& a, Decl& b) {
  ShareDeprecation(a, b);
  if (!a.has_function() || !b.has_function()) return;
  Function& in_a = *a.mutable_function();
  Function& in_b = *b.mutable_function();
  bool is_inline = in_a.is_inline() || in_b.is_inline();
  in_a.set_is_inline(is_inline);
  in_b.set_is_inline(is_inline);
  int shared = std::min(in_a.parameters_size(), in_b.parameters_size());
  for (int i = 0; i < shared; ++i) {
    Parameter& param_a = *in_a.mutable_parameters(i);
    Parameter& param_b = *in_b.mutable_parameters(i);
    if (param_a.has_default() == param_b.has_default()) continue;
    const Parameter& known = param_a.has_default() ? param_a : param_b;
    Parameter& learner = param_a.has_default() ? param_b : param_a;
    learner.set_has_default(true);
    learner.set_default_text(known.default_text());
  }
}

// Every type's spelling in `message`, recursively: what the declaration
// chosen for the location happens to write, shown to humans only.
void ClearSpellings(google::protobuf::Message& message) {
  if (auto* type = dynamic_cast<Type*>(&message)) {
    type->clear_spelling();
    return;
  }
  const auto* reflection = message.GetReflection();
  std::vector<const google::protobuf::FieldDescriptor*> fields;
  reflection->ListFields(message, &fields);
  for (const auto* field : fields) {
    if (field->cpp_type() != google::protobuf::FieldDescriptor::CPPTYPE_MESSAGE) continue;
    if (!field->is_repeated()) {
      ClearSpellings(*reflection->MutableMessage(&message, field));
      continue;
    }
    for (int i = 0; i < reflection->FieldSize(message, field); ++i) {
      ClearSpellings(*reflection->MutableRepeatedMessage(&message, field, i));
    }
  }
}

// Without what depends on which redeclaration a TU recorded: its location
// and what is written there (parameter names, type spellings); the
// canonical facts remain.
Decl WithoutPlace(Decl decl) {
  decl.clear_location();
  if (decl.has_function()) {
    for (Parameter& param : *decl.mutable_function()->mutable_parameters()) param.clear_name();
  }
  ClearSpellings(decl);
  return decl;
}

bool IsEarlier(const Location& a, const Location& b) {
  return a.file() != b.file() ? a.file() < b.file() : a.line() < b.line();
}

// Which of two versions provides the place: the earlier location, then (for
// one location written two ways) the smaller bytes, so the choice does not
// depend on TU order.
bool PlacedFirst(const Decl& a, const Decl& b) {
  if (IsEarlier(a.location(), b.location())) return true;
  if (IsEarlier(b.location(), a.location())) return false;
  return a.SerializeAsString() <= b.SerializeAsString();
}

bool Same(const Decl& a, const Decl& b) { return a.SerializeAsString() == b.SerializeAsString(); }

// "record 'S' (api.h:3): field 'x' at offset 0 bits in a.cc, 64 in b.cc".
std::string DescribeConflict(const Decl& a, const std::string& unit_a, const Decl& b,
                             const std::string& unit_b) {
  Decl shared_a = a, shared_b = b;
  ShareLearnedFacts(shared_a, shared_b);
  std::string difference =
      DescribeDifference(WithoutPlace(shared_a), unit_a, WithoutPlace(shared_b), unit_b);
  if (difference.empty()) difference = absl::StrCat("differs between ", unit_a, " and ", unit_b);
  return absl::StrCat(DescribeDecl(a), ": ", difference);
}

}  // namespace

std::optional<Decl> CombineDecls(const Decl& a, const Decl& b) {
  if (IsForwardDeclaration(a) != IsForwardDeclaration(b)) {
    return IsForwardDeclaration(a) ? b : a;
  }
  Decl shared_a = a, shared_b = b;
  ShareLearnedFacts(shared_a, shared_b);
  if (!Same(WithoutPlace(shared_a), WithoutPlace(shared_b))) return std::nullopt;
  return PlacedFirst(a, b) ? std::move(shared_a) : std::move(shared_b);
}

void SnapshotMerger::Add(const Snapshot& input, absl::string_view bytes) {
  ++input_count_;
  std::string unit = UnitName(input);
  // Compiler and target facts come from the first TU in name order.
  if (!have_header_ || unit < header_unit_) {
    header_ = input.header();
    header_unit_ = unit;
    have_header_ = true;
  }
  CombineLanguage(input.header(), language_);
  for (const std::string& name : input.header().translation_units()) units_.push_back(name);
  for (const std::string& dir : input.header().uses_of()) uses_of_.insert(dir);
  std::vector<absl::string_view> written;
  // Bytes that cannot be told from those parsed are not used.
  if (!SplitDecls(bytes, written) || static_cast<int>(written.size()) != input.decls_size()) {
    written.clear();
  }
  for (int i = 0; i < input.decls_size(); ++i) {
    Consider(input.decls(i), written.empty() ? absl::string_view() : written[i], unit);
  }
  // A consumer's uses: those in its own headers recur in every TU that
  // includes them, and are kept once.
  for (const Use& use : input.uses()) {
    std::string key = use.SerializeAsString();
    uses_.try_emplace(std::move(key), use);
  }
}

void SnapshotMerger::Consider(const Decl& decl, absl::string_view written,
                              const std::string& unit) {
  Versions& versions = by_id_[decl.id()];
  // Bytes as written equal to a version's key are that version: most
  // declarations, seen alike in every TU, are never serialized again. A new
  // version is keyed by the bytes it was written as, if any: two versions
  // whose keys differ are still compared by their facts (Combined).
  auto it = written.empty() ? versions.end() : versions.find(written);
  if (it == versions.end()) {
    bool inserted;
    std::tie(it, inserted) = versions.try_emplace(
        written.empty() ? decl.SerializeAsString() : std::string(written));
    if (inserted) {
      it->second = Version{decl, unit, 1};
      known_.emplace(it->first, &it->second.decl);
      return;
    }
  }
  Version& version = it->second;
  if (version.count == 0 || unit < version.unit) version.unit = unit;
  ++version.count;
}

// Folds the versions in TU-name order (then by bytes), so that which TUs a
// conflict names, and what --keep-first keeps, do not depend on input order.
// A version that conflicts is reported against the first earlier version it
// conflicts with, and left out.
Decl SnapshotMerger::Combined(Versions& versions, std::vector<std::string>& conflicts,
                               std::vector<std::string>& warnings) {
  // The common case: every TU saw the declaration alike.
  if (versions.size() == 1) return std::move(versions.begin()->second.decl);
  bool macro = versions.begin()->second.decl.kind() == MACRO;
  std::vector<std::string> macro_conflicts;
  std::vector<std::string>& found = macro ? macro_conflicts : conflicts;
  std::vector<Version*> ordered;
  for (auto& [bytes, version] : versions) ordered.push_back(&version);
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const Version* a, const Version* b) { return a->unit < b->unit; });
  Decl merged = ordered.front()->decl;
  for (size_t i = 1; i < ordered.size(); ++i) {
    if (std::optional<Decl> combined = CombineDecls(merged, ordered[i]->decl)) {
      merged = *std::move(combined);
      continue;
    }
    size_t against = 0;
    while (against + 1 < i && CombineDecls(ordered[against]->decl, ordered[i]->decl)) ++against;
    found.push_back(DescribeConflict(ordered[against]->decl, ordered[against]->unit,
                                     ordered[i]->decl, ordered[i]->unit));
  }
  // A macro defined in several places alike combines like any declaration;
  // one defined differently is configuration-dependent.
  if (!macro_conflicts.empty()) return MajorityMacro(versions, warnings);
  return merged;
}

// A macro defined differently in different TUs: a configuration macro that
// some sources set before including the header (`#define LIB_NO_DEPRECATE`)
// selects another definition. Macros have no one-definition rule and no
// layout: the definition most TUs saw (on a tie, the first TU's by name) is
// the library's, with a warning naming the others.
Decl SnapshotMerger::MajorityMacro(Versions& versions, std::vector<std::string>& warnings) {
  // Versions that differ only in where the macro is defined count as one
  // definition: the earliest placed of them represents it.
  std::map<std::string, Version> definitions;
  for (auto& [bytes, version] : versions) {
    auto [it, inserted] = definitions.try_emplace(WithoutPlace(version.decl).SerializeAsString(),
                                                  version);
    if (inserted) continue;
    Version& kept = it->second;
    size_t count = kept.count + version.count;
    std::string unit = std::min(kept.unit, version.unit);
    if (PlacedFirst(version.decl, kept.decl)) kept = version;
    kept.count = count;
    kept.unit = unit;
  }
  Version* chosen = nullptr;
  for (auto& [key, version] : definitions) {
    if (chosen == nullptr || version.count > chosen->count ||
        (version.count == chosen->count && version.unit < chosen->unit)) {
      chosen = &version;
    }
  }
  std::vector<std::string> others;
  for (auto& [key, version] : definitions) {
    if (&version == chosen) continue;
    others.push_back(absl::StrCat("'", version.decl.macro().replacement(), "' in ", version.unit,
                                  version.count > 1 ? absl::StrCat(" and ", version.count - 1,
                                                                   " more")
                                                    : ""));
  }
  std::sort(others.begin(), others.end());
  warnings.push_back(absl::StrCat(
      "macro '", chosen->decl.qualified_name(), "' (", chosen->decl.location().file(), ":",
      chosen->decl.location().line(), ") depends on the including translation unit: kept '",
      chosen->decl.macro().replacement(), "' (", chosen->unit,
      chosen->count > 1 ? absl::StrCat(" and ", chosen->count - 1, " more") : "",
      "), not ", absl::StrJoin(others, ", ")));
  return std::move(chosen->decl);
}

const Decl* SnapshotMerger::Adopt(absl::string_view bytes) {
  auto known = known_.find(bytes);
  if (known != known_.end()) return known->second;
  Decl decl;
  if (!decl.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) return nullptr;
  Versions& versions = by_id_[decl.id()];
  auto it = versions.try_emplace(std::string(bytes)).first;
  it->second.decl = std::move(decl);
  known_.emplace(it->first, &it->second.decl);
  return &it->second.decl;
}

absl::StatusOr<MergeResult> SnapshotMerger::Finish() {
  known_.clear();  // the versions are moved out
  std::vector<std::string> conflicts;
  std::vector<std::string> warnings;
  std::vector<Decl> decls;
  decls.reserve(by_id_.size());
  std::vector<std::pair<absl::string_view, Versions*>> ordered;
  ordered.reserve(by_id_.size());
  for (auto& [id, versions] : by_id_) ordered.emplace_back(id, &versions);
  std::sort(ordered.begin(), ordered.end());
  for (auto& [id, versions] : ordered) decls.push_back(Combined(*versions, conflicts, warnings));
  by_id_.clear();
  if (!conflicts.empty() && !options_.keep_first) {
    return absl::FailedPreconditionError(absl::StrCat(
        "conflicting declarations: ", conflicts.front(),
        conflicts.size() > 1 ? absl::StrCat(" (and ", conflicts.size() - 1, " more)") : "",
        "; a header must declare the same in every translation unit "
        "(--keep-first keeps the first one's version)"));
  }
  MergeResult result;
  result.input_count = input_count_;
  result.warnings = std::move(warnings);
  for (std::string& conflict : conflicts) {
    result.warnings.push_back(
        absl::StrCat("kept the first of conflicting declarations: ", conflict));
  }
  *result.snapshot.mutable_header() = std::move(header_);
  result.snapshot.mutable_header()->clear_translation_units();
  Header& header = *result.snapshot.mutable_header();
  header.set_language(language_.language());
  header.set_language_standard(language_.language_standard());
  for (std::string& unit : units_) result.snapshot.mutable_header()->add_translation_units(std::move(unit));
  // Every TU's uses-of dirs: those of the header's TU in their order, then
  // any other TU's, sorted.
  for (const std::string& dir : header.uses_of()) uses_of_.erase(dir);
  for (const std::string& dir : uses_of_) header.add_uses_of(dir);
  uses_of_.clear();
  for (Decl& decl : decls) *result.snapshot.add_decls() = std::move(decl);
  for (auto& [key, use] : uses_) *result.snapshot.add_uses() = std::move(use);
  uses_.clear();
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
