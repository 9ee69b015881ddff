#include "merge.h"

#include <algorithm>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "decl_difference.h"
#include "decl_summary.h"
#include "language_standard.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"
#include "snapshot_io.h"
#include "snapshot_write.h"

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
  Versions& versions = VersionsOf(decl.id());
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
      it->second = Version{decl, true, unit, 1};
      known_.emplace(it->first, &it->second.decl);
      return;
    }
  }
  Version& version = it->second;
  if (version.count == 0 || unit < version.unit) version.unit = unit;
  ++version.count;
}

namespace {

// A version read as bytes, parsed the first time Finish needs it.
absl::Status Parse(absl::string_view bytes, Decl& decl, bool& parsed, const std::string& unit) {
  if (parsed) return absl::OkStatus();
  std::string id = decl.id();
  if (!decl.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    return absl::DataLossError(absl::StrCat("declaration '", id, "' as ", unit,
                                            " recorded it is corrupt"));
  }
  parsed = true;
  return absl::OkStatus();
}

}  // namespace

// Folds the versions in TU-name order (then by bytes), so that which TUs a
// conflict names, and what --keep-first keeps, do not depend on input order.
// A version that conflicts is reported against the first earlier version it
// conflicts with, and left out. One version, the common case (every TU saw
// the declaration alike), is `merged` as its bytes when they may stand.
absl::Status SnapshotMerger::Combined(Versions& versions, bool bytes_allowed, Merged& merged,
                                      std::vector<std::string>& conflicts,
                                      std::vector<std::string>& warnings) {
  if (versions.size() == 1 && bytes_allowed) {
    merged.as_bytes = true;
    merged.bytes = versions.begin()->first;
    return absl::OkStatus();
  }
  for (auto& [bytes, version] : versions) {
    absl::Status parsed = Parse(bytes, version.decl, version.parsed, version.unit);
    if (!parsed.ok()) return parsed;
  }
  if (versions.size() == 1) {
    merged.decl = std::move(versions.begin()->second.decl);
    return absl::OkStatus();
  }
  bool macro = versions.begin()->second.decl.kind() == MACRO;
  std::vector<std::string> macro_conflicts;
  std::vector<std::string>& found = macro ? macro_conflicts : conflicts;
  std::vector<Version*> ordered;
  for (auto& [bytes, version] : versions) ordered.push_back(&version);
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const Version* a, const Version* b) { return a->unit < b->unit; });
  Decl folded = ordered.front()->decl;
  for (size_t i = 1; i < ordered.size(); ++i) {
    if (std::optional<Decl> combined = CombineDecls(folded, ordered[i]->decl)) {
      folded = *std::move(combined);
      continue;
    }
    size_t against = 0;
    while (against + 1 < i && CombineDecls(ordered[against]->decl, ordered[i]->decl)) ++against;
    found.push_back(DescribeConflict(ordered[against]->decl, ordered[against]->unit,
                                     ordered[i]->decl, ordered[i]->unit));
  }
  // A macro defined in several places alike combines like any declaration;
  // one defined differently is configuration-dependent.
  merged.decl = macro_conflicts.empty() ? std::move(folded) : MajorityMacro(versions, warnings);
  return absl::OkStatus();
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

SnapshotMerger::Versions& SnapshotMerger::VersionsOf(absl::string_view id) {
  auto [it, inserted] = by_id_.try_emplace(id);
  if (inserted) {
    if (!ids_.empty() && id < ids_.back()) run_starts_.push_back(ids_.size());
    ids_.push_back(it->first);
  }
  return it->second;
}

// Each TU's declarations come in id order: the ids are a few sorted runs,
// merged pairwise (a full sort compared long ids a dozen times each).
std::vector<absl::string_view> SnapshotMerger::SortedIds() {
  std::vector<size_t> starts = {0};
  starts.insert(starts.end(), run_starts_.begin(), run_starts_.end());
  while (starts.size() > 1) {
    std::vector<size_t> merged;
    for (size_t i = 0; i < starts.size(); i += 2) {
      merged.push_back(starts[i]);
      if (i + 1 == starts.size()) break;
      size_t end = i + 2 < starts.size() ? starts[i + 2] : ids_.size();
      std::inplace_merge(ids_.begin() + starts[i], ids_.begin() + starts[i + 1],
                         ids_.begin() + end);
    }
    starts.swap(merged);
  }
  run_starts_.clear();
  return std::move(ids_);
}

const Decl* SnapshotMerger::Adopt(absl::string_view bytes) {
  auto known = known_.find(bytes);
  if (known != known_.end()) return known->second;
  DeclSummary summary;
  if (!SummarizeDecl(bytes, summary)) return nullptr;
  Versions& versions = VersionsOf(summary.id);
  auto it = versions.try_emplace(std::string(bytes)).first;
  Version& version = it->second;
  // What validation needs until it is parsed (the name only to say which
  // declaration has no id).
  version.decl.set_id(std::string(summary.id));
  if (summary.id.empty()) version.decl.set_qualified_name(std::string(summary.qualified_name));
  version.parsed = false;
  known_.emplace(it->first, &version.decl);
  return &version.decl;
}

absl::Status SnapshotMerger::Fold(bool bytes_allowed, std::vector<Merged>& decls,
                                  MergeResult& result) {
  known_.clear();  // the versions are moved out
  std::vector<std::string> conflicts;
  std::vector<std::string> warnings;
  std::vector<absl::string_view> ids = SortedIds();
  decls.resize(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) {
    absl::Status combined =
        Combined(by_id_.find(ids[i])->second, bytes_allowed, decls[i], conflicts, warnings);
    if (!combined.ok()) return combined;
  }
  if (!conflicts.empty() && !options_.keep_first) {
    return absl::FailedPreconditionError(absl::StrCat(
        "conflicting declarations: ", conflicts.front(),
        conflicts.size() > 1 ? absl::StrCat(" (and ", conflicts.size() - 1, " more)") : "",
        "; a header must declare the same in every translation unit "
        "(--keep-first keeps the first one's version)"));
  }
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
  for (auto& [key, use] : uses_) *result.snapshot.add_uses() = std::move(use);
  uses_.clear();
  return absl::OkStatus();
}

absl::StatusOr<MergeResult> SnapshotMerger::Finish() {
  MergeResult result;
  std::vector<Merged> decls;
  absl::Status folded = Fold(/*bytes_allowed=*/false, decls, result);
  if (!folded.ok()) return folded;
  by_id_.clear();
  for (Merged& decl : decls) *result.snapshot.add_decls() = std::move(decl.decl);
  Finalize(result.snapshot);
  result.decl_count = result.snapshot.decls_size();
  return result;
}

absl::StatusOr<MergeResult> SnapshotMerger::FinishBinary() {
  MergeResult result;
  std::vector<Merged> decls;
  absl::Status folded = Fold(/*bytes_allowed=*/true, decls, result);
  if (!folded.ok()) return folded;
  std::vector<std::string> serialized;  // of the declarations combined from several versions
  serialized.reserve(decls.size());
  std::vector<absl::string_view> bytes;
  bytes.reserve(decls.size());
  for (const Merged& decl : decls) {
    bytes.push_back(decl.as_bytes ? decl.bytes
                                  : absl::string_view(serialized.emplace_back(
                                        decl.decl.SerializeAsString())));
  }
  Finalize(result.snapshot);
  result.decl_count = decls.size();
  result.snapshot.mutable_header()->set_decl_count(result.decl_count);
  result.binary = SerializeBinary(result.snapshot, bytes);
  return result;
}

absl::StatusOr<MergeResult> MergeSnapshots(std::vector<Snapshot> inputs,
                                           const MergeOptions& options) {
  SnapshotMerger merger(options);
  for (Snapshot& input : inputs) merger.Add(std::move(input));
  return merger.Finish();
}

}  // namespace apicompat
