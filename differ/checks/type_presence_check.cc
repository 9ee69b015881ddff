// type-removed, type-added: records, enums and typedefs. The members of a
// type that came or went with it are part of this finding, not findings
// of their own.
#include "absl/strings/str_cat.h"
#include "checks/check.h"
#include "describe.h"

namespace apicompat {
namespace {

bool IsType(const Decl& decl) {
  return decl.kind() == RECORD || decl.kind() == ENUM || decl.kind() == TYPEDEF;
}

std::string KindName(const Decl& decl) {
  switch (decl.kind()) {
    case RECORD: return decl.record().is_template()
                            ? absl::StrCat(RecordKindName(decl.record().record_kind()), " template")
                            : RecordKindName(decl.record().record_kind());
    case ENUM: return decl.enum_decl().is_scoped() ? "enum class" : "enum";
    default: return "typedef";
  }
}

std::string Members(const Decl& decl, const SnapshotIndex& index) {
  size_t count = index.Members(decl.qualified_name()).size();
  if (decl.kind() != RECORD || count == 0) return "";
  return absl::StrCat(" with its ", count, count == 1 ? " member" : " members");
}

class TypePresenceCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& context,
           FindingSink& sink) const override {
    if (IsKept(pair) || !IsType(Latest(pair)) || EnclosingRecordCameOrWent(pair, context)) {
      return;
    }
    // A detail type comes and goes with the public declarations exposing
    // it, which are reported themselves.
    if (Latest(pair).exposed_detail()) return;
    const Decl& decl = Latest(pair);
    if (IsRemoved(pair)) {
      sink.Add("type-removed", pair,
               absl::StrCat(KindName(decl), " '", decl.qualified_name(), "' was removed",
                            Members(decl, context.before()),
                            "; code using it no longer compiles"));
    } else {
      sink.Add("type-added", pair,
               absl::StrCat(KindName(decl), " '", decl.qualified_name(), "' was added",
                            Members(decl, context.after())));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeTypePresenceCheck() {
  return std::make_unique<TypePresenceCheck>();
}

}  // namespace apicompat
