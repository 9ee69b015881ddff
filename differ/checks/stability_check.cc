// exemption-added, exemption-removed, deprecation-added: changes of a
// declaration's stability tier. Withdrawing a stable declaration from the
// promise is itself a finding, so it cannot silence the other checks.
#include "absl/strings/str_cat.h"
#include "checks/check.h"
#include "describe.h"

namespace apicompat {
namespace {

bool IsExemption(Tier tier) { return tier == INTERNAL || tier == EXPERIMENTAL; }

class StabilityCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& /*context*/,
           FindingSink& sink) const override {
    if (pair.before == nullptr || pair.after == nullptr) return;
    Tier before = pair.before->stability().tier();
    Tier after = pair.after->stability().tier();
    if (before == STABLE && IsExemption(after)) {
      sink.Add("exemption-added", pair,
               absl::StrCat("stable '", pair.after->qualified_name(),
                            "' is now marked ", TierName(after),
                            "; users rely on it as released"));
    } else if (IsExemption(before) && after == STABLE) {
      sink.Add("exemption-removed", pair,
               absl::StrCat("'", pair.after->qualified_name(), "' was ",
                            TierName(before), " and is now stable"));
    } else if (before == STABLE && after == DEPRECATED) {
      const Stability& mark = pair.after->stability();
      std::string details;
      if (!mark.since().empty()) absl::StrAppend(&details, " since ", mark.since());
      if (!mark.removal().empty()) absl::StrAppend(&details, ", removal in ", mark.removal());
      if (!mark.alternative().empty()) absl::StrAppend(&details, ", use ", mark.alternative());
      sink.Add("deprecation-added", pair,
               absl::StrCat("'", pair.after->qualified_name(), "' is deprecated", details));
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeStabilityCheck() {
  return std::make_unique<StabilityCheck>();
}

}  // namespace apicompat
