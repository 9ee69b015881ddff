#include "checks/check.h"

namespace apicompat {

std::vector<std::unique_ptr<Check>> AllChecks() {
  std::vector<std::unique_ptr<Check>> checks;
  checks.push_back(MakeStabilityCheck());
  checks.push_back(MakeFunctionPresenceCheck());
  checks.push_back(MakeParameterListCheck());
  checks.push_back(MakeParameterDefaultCheck());
  checks.push_back(MakeReturnTypeCheck());
  checks.push_back(MakeOverloadCheck());
  checks.push_back(MakeMethodQualifierCheck());
  checks.push_back(MakeFunctionAccessCheck());
  checks.push_back(MakeFunctionSpecifierCheck());
  checks.push_back(MakeVirtualMethodCheck());
  checks.push_back(MakeVtableCheck());
  checks.push_back(MakeClassCheck());
  checks.push_back(MakeRecordNamespaceCheck());
  checks.push_back(MakeTypePresenceCheck());
  checks.push_back(MakeRecordLayoutCheck());
  checks.push_back(MakeFieldCheck());
  checks.push_back(MakeSpecialMemberCheck());
  checks.push_back(MakeBaseClassCheck());
  checks.push_back(MakeEnumCheck());
  checks.push_back(MakeTypedefCheck());
  checks.push_back(MakeTypedefTagCheck());
  checks.push_back(MakeVariableCheck());
  checks.push_back(MakeTemplateCheck());
  checks.push_back(MakeNamespaceCheck());
  checks.push_back(MakeMacroCheck());
  return checks;
}

}  // namespace apicompat
