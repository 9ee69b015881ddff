// A check looks at one matched pair of declarations and reports findings.
// Each check is one small class covering one aspect (a function's parameter
// list, its return type, ...); the rules it may emit are in rule_catalog.cc.
#ifndef APICOMPAT_DIFFER_CHECKS_CHECK_H_
#define APICOMPAT_DIFFER_CHECKS_CHECK_H_

#include <memory>
#include <vector>

#include "findings.h"
#include "match.h"

namespace apicompat {

class Check {
 public:
  virtual ~Check() = default;
  virtual void Run(const DeclPair& pair, FindingSink& sink) const = 0;
};

std::unique_ptr<Check> MakeFunctionPresenceCheck();
std::unique_ptr<Check> MakeParameterListCheck();
std::unique_ptr<Check> MakeParameterDefaultCheck();
std::unique_ptr<Check> MakeReturnTypeCheck();
std::unique_ptr<Check> MakeStabilityCheck();

// Every check, in the order their findings are produced.
std::vector<std::unique_ptr<Check>> AllChecks();

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CHECKS_CHECK_H_
