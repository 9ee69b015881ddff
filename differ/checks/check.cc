#include "checks/check.h"

namespace apicompat {

std::vector<std::unique_ptr<Check>> AllChecks() {
  std::vector<std::unique_ptr<Check>> checks;
  checks.push_back(MakeStabilityCheck());
  checks.push_back(MakeFunctionPresenceCheck());
  checks.push_back(MakeParameterListCheck());
  checks.push_back(MakeParameterDefaultCheck());
  checks.push_back(MakeReturnTypeCheck());
  return checks;
}

}  // namespace apicompat
