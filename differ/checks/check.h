// A check looks at one matched pair of declarations and reports findings.
// Each check is one small class covering one aspect (a function's parameter
// list, its return type, ...); the rules it may emit are in rule_catalog.cc.
// Where one edit changes several facts, the check of the cause reports it
// once, naming the consequences, and the checks of the consequences stay
// silent (a field inserted mid-struct is one field-added, not also a size
// and an offset change).
//
// A check reports only what differs between its pair's two sides: the rest
// of the diff (the context) may qualify or suppress a finding, never make
// one. The differ relies on it: it does not run the checks of a pair whose
// two sides are one message (identical bytes, parsed once), which is most
// pairs of a large diff. A consequence in one declaration of another's
// change is reported on the pair that changed, or in Finish.
#ifndef APICOMPAT_DIFFER_CHECKS_CHECK_H_
#define APICOMPAT_DIFFER_CHECKS_CHECK_H_

#include <memory>
#include <vector>

#include "diff_context.h"
#include "findings.h"
#include "match.h"

namespace apicompat {

class Check {
 public:
  virtual ~Check() = default;
  // One matched pair; `context` holds the rest of the diff (the enclosing
  // record, the overload set) for checks whose rules depend on it.
  virtual void Run(const DeclPair& pair, const DiffContext& context,
                   FindingSink& sink) const {}
  // Once, after every pair: for findings about the diff as a whole (one per
  // inline namespace, not one per declaration in it).
  virtual void Finish(const DiffContext& context, FindingSink& sink) const {}
};

std::unique_ptr<Check> MakeFunctionPresenceCheck();
std::unique_ptr<Check> MakeParameterListCheck();
std::unique_ptr<Check> MakeParameterDefaultCheck();
std::unique_ptr<Check> MakeReturnTypeCheck();
std::unique_ptr<Check> MakeStabilityCheck();
std::unique_ptr<Check> MakeOverloadCheck();
std::unique_ptr<Check> MakeMethodQualifierCheck();
std::unique_ptr<Check> MakeFunctionAccessCheck();
std::unique_ptr<Check> MakeFunctionSpecifierCheck();
std::unique_ptr<Check> MakeVirtualMethodCheck();
std::unique_ptr<Check> MakeVtableCheck();
std::unique_ptr<Check> MakeClassCheck();
std::unique_ptr<Check> MakeRecordNamespaceCheck();
std::unique_ptr<Check> MakeTypePresenceCheck();
std::unique_ptr<Check> MakeRecordLayoutCheck();
std::unique_ptr<Check> MakeFieldCheck();
std::unique_ptr<Check> MakeSpecialMemberCheck();
std::unique_ptr<Check> MakeBaseClassCheck();
std::unique_ptr<Check> MakeEnumCheck();
std::unique_ptr<Check> MakeTypedefCheck();
std::unique_ptr<Check> MakeTypedefTagCheck();
std::unique_ptr<Check> MakeVariableCheck();
std::unique_ptr<Check> MakeTemplateCheck();
std::unique_ptr<Check> MakeNamespaceCheck();
std::unique_ptr<Check> MakeMacroCheck();

// Every check, in the order their findings are produced.
std::vector<std::unique_ptr<Check>> AllChecks();

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CHECKS_CHECK_H_
