// parameter-removed, parameter-added, parameter-added-with-default,
// parameter-reordered, parameter-type-changed, parameter-pointee-const-added.
// Parameters are compared by canonical type without top-level qualifiers
// (not part of the function's type); names only matter to tell a swap of
// same-typed parameters from a rename. A function deleted in both versions
// was never called: its parameter changes are one info finding.
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "align.h"
#include "checks/check.h"
#include "checks/function_facts.h"
#include "checks/parameter_types.h"
#include "describe.h"

namespace apicompat {
namespace {

std::vector<std::string> TypeKeys(const Function& function) {
  std::vector<std::string> types;
  for (const Parameter& param : function.parameters()) {
    types.push_back(ParameterTypeKey(param.type().canonical()));
  }
  return types;
}

bool SameTypeTexts(const Function& before, const Function& after) {
  return absl::c_equal(before.parameters(), after.parameters(),
                       [](const Parameter& a, const Parameter& b) {
                         return a.type().canonical() == b.type().canonical();
                       });
}

// Same types, and the same distinct names in another order: a swap, e.g.
// (int width, int height) -> (int height, int width).
bool NamesPermuted(const Function& before, const Function& after) {
  std::vector<std::string> old_names, new_names;
  for (const Parameter& param : before.parameters()) old_names.push_back(param.name());
  for (const Parameter& param : after.parameters()) new_names.push_back(param.name());
  if (old_names == new_names) return false;
  absl::flat_hash_set<std::string> distinct(old_names.begin(), old_names.end());
  if (distinct.size() != old_names.size() || distinct.contains("")) return false;
  return std::is_permutation(old_names.begin(), old_names.end(), new_names.begin());
}


class ParameterListCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& /*context*/,
           FindingSink& sink) const override {
    if (pair.before == nullptr || pair.after == nullptr ||
        pair.after->kind() != FUNCTION) {
      return;
    }
    const Function& before = pair.before->function();
    const Function& after = pair.after->function();
    // Equal type texts have equal keys: most functions kept, without
    // computing them (what follows would find the types equal).
    if (SameTypeTexts(before, after)) {
      if (!WasDeleted(pair) && NamesPermuted(before, after)) ReportReordered(pair, sink);
      return;
    }
    std::vector<std::string> old_types = TypeKeys(before);
    std::vector<std::string> new_types = TypeKeys(after);
    if (WasDeleted(pair)) {
      if (after.is_deleted() && old_types != new_types) ReportDeletedChanged(pair, sink);
      return;
    }
    bool same_multiset = old_types.size() == new_types.size() &&
                         std::is_permutation(old_types.begin(), old_types.end(),
                                             new_types.begin());
    if (old_types == new_types) {
      if (NamesPermuted(before, after)) ReportReordered(pair, sink);
    } else if (same_multiset) {
      ReportReordered(pair, sink);
    } else if (old_types.size() == new_types.size()) {
      ReportTypeChanges(pair, old_types, new_types, sink);
    } else {
      ReportAddedAndRemoved(pair, Align(old_types, new_types, std::equal_to<std::string>()), sink);
    }
  }

 private:
  static void ReportDeletedChanged(const DeclPair& pair, FindingSink& sink) {
    int old_count = pair.before->function().parameters_size();
    int new_count = pair.after->function().parameters_size();
    absl::string_view rule = old_count == new_count ? "parameter-type-changed"
                             : old_count < new_count ? "parameter-added"
                                                     : "parameter-removed";
    sink.AddInfo(rule, pair,
                 absl::StrCat("the parameters of deleted '", Signature(*pair.before),
                              "' changed to '", Signature(*pair.after),
                              "'; being deleted, it was never called and has no "
                              "symbol: only which calls it rejects changed"));
  }

  static void ReportReordered(const DeclPair& pair, FindingSink& sink) {
    sink.Add("parameter-reordered", pair,
             absl::StrCat("parameters of '", Signature(*pair.before),
                          "' were reordered to '", Signature(*pair.after),
                          "'; existing calls pass arguments to the wrong "
                          "parameters or no longer compile"));
  }

  static void ReportTypeChanges(const DeclPair& pair,
                                const std::vector<std::string>& old_types,
                                const std::vector<std::string>& new_types,
                                FindingSink& sink) {
    const Function& before = pair.before->function();
    const Function& after = pair.after->function();
    for (size_t i = 0; i < old_types.size(); ++i) {
      if (old_types[i] == new_types[i]) continue;
      PointeeConst added = ClassifyPointeeConst(before.parameters(i).type().canonical(),
                                                after.parameters(i).type().canonical());
      // An override of a virtual method must repeat its parameter types:
      // for those, any change breaks the derived classes.
      if (added != PointeeConst::kNone && !after.is_virtual()) {
        ReportPointeeConst(pair, i, added, sink);
        continue;
      }
      auto [was, now] = ShownApart(before.parameters(i).type(), after.parameters(i).type());
      sink.Add("parameter-type-changed", pair,
               absl::StrCat(DescribeParameter(after, i), " of '",
                            pair.after->qualified_name(), "' changed type from '", was,
                            "' to '", now, "'"));
    }
  }

  // Arguments of the old type still convert, so calls compile; whether
  // anything else breaks depends on the symbol: a C (or extern "C")
  // function's does not encode parameter types, a C++ function's does.
  static void ReportPointeeConst(const DeclPair& pair, int i, PointeeConst added,
                                 FindingSink& sink) {
    const Function& before = pair.before->function();
    const Function& after = pair.after->function();
    std::string what = absl::StrCat(DescribeParameter(after, i), " of '",
                                    pair.after->qualified_name(), "' changed type from '",
                                    Spelled(before.parameters(i).type()), "' to '",
                                    Spelled(after.parameters(i).type()), "'");
    if (after.is_extern_c() && added == PointeeConst::kConvertsInC) {
      sink.AddInfo("parameter-pointee-const-added", pair,
                   absl::StrCat(what, ": arguments of the old type convert implicitly and "
                                "the symbol of a function with C linkage does not "
                                "change; only function pointers of the old type need "
                                "a cast"));
    } else if (after.is_extern_c()) {
      sink.AddAs(Severity::kWarning, Bump::kMinor, "parameter-pointee-const-added", pair,
                 absl::StrCat(what, ": C++ callers still compile and the symbol of a "
                              "function with C linkage does not change, but C converts "
                              "only the first pointee implicitly: C callers passing the "
                              "old type get an incompatible-pointer diagnostic"));
    } else {
      ReportSymbolChange("parameter-pointee-const-added", pair,
                         absl::StrCat(what, ": callers still compile, but parameter types "
                                      "are part of a C++ function's mangled name"),
                         sink);
    }
  }

  // An edit that keeps every call compiling but changes the function's
  // symbol: it breaks programs linked against that symbol, when there is
  // one (inline functions and templates are compiled into their callers).
  static void ReportSymbolChange(absl::string_view rule, const DeclPair& pair,
                                 const std::string& what, FindingSink& sink) {
    if (HasOwnSymbol(*pair.before)) {
      sink.Add(rule, pair, absl::StrCat(what, "; the old symbol is gone, so programs "
                                              "linked against it no longer load"));
    } else {
      sink.AddInfo(rule, pair, absl::StrCat(what, "; the function is inline or a "
                                                  "template, so no symbol changes"));
    }
  }

  static void ReportAddedAndRemoved(const DeclPair& pair,
                                    const std::vector<std::pair<int, int>>& kept,
                                    FindingSink& sink) {
    const Function& before = pair.before->function();
    const Function& after = pair.after->function();
    std::vector<bool> old_kept(before.parameters_size()), new_kept(after.parameters_size());
    for (auto [i, j] : kept) {
      old_kept[i] = true;
      new_kept[j] = true;
    }
    for (int i = 0; i < before.parameters_size(); ++i) {
      if (old_kept[i]) continue;
      sink.Add("parameter-removed", pair,
               absl::StrCat(DescribeParameter(before, i), " ('",
                            Spelled(before.parameters(i).type()), "') of '",
                            Signature(*pair.before),
                            "' was removed; existing calls no longer compile"));
    }
    for (int j = 0; j < after.parameters_size(); ++j) {
      if (new_kept[j]) continue;
      std::string what = absl::StrCat(DescribeParameter(after, j), " ('",
                                      Spelled(after.parameters(j).type()),
                                      "') was added to '", Signature(*pair.before), "'");
      if (!after.parameters(j).has_default()) {
        sink.Add("parameter-added", pair,
                 absl::StrCat(what, "; existing calls no longer compile"));
      } else {
        ReportSymbolChange("parameter-added-with-default", pair,
                           absl::StrCat(what, " with a default: callers still compile"),
                           sink);
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeParameterListCheck() {
  return std::make_unique<ParameterListCheck>();
}

}  // namespace apicompat
