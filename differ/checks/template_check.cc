// template-parameters-changed: a class, function, alias or variable
// template's parameter list. Every difference of one declaration is one
// finding; a parameter added with a default is compatible on its own.
#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "checks/check.h"
#include "describe.h"

namespace apicompat {
namespace {

std::string KindName(TemplateParameterKind kind) {
  switch (kind) {
    case TEMPLATE_TYPE: return "type";
    case TEMPLATE_NON_TYPE: return "non-type";
    case TEMPLATE_TEMPLATE: return "template";
    default: return "unknown";
  }
}

std::string Describe(const TemplateParameter& param, int index) {
  return param.name().empty() ? absl::StrCat("parameter ", index + 1)
                              : absl::StrCat("parameter ", index + 1, " '", param.name(), "'");
}

bool IsTemplate(const Decl& decl) {
  if (decl.template_parameters_size() > 0) return true;
  if (decl.has_function()) return decl.function().is_template();
  if (decl.has_record()) return decl.record().is_template();
  return false;
}

class TemplateCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& /*context*/,
           FindingSink& sink) const override {
    if (!IsKept(pair)) return;
    const Decl& before = *pair.before;
    const Decl& after = *pair.after;
    const std::string& name = after.qualified_name();
    if (IsTemplate(before) != IsTemplate(after)) {
      sink.Add("template-parameters-changed", pair,
               IsTemplate(after)
                   ? absl::StrCat("'", name, "' became a template; uses without "
                                             "template arguments no longer compile")
                   : absl::StrCat("'", name, "' is no longer a template; uses with "
                                             "template arguments no longer compile"));
      return;
    }
    std::vector<std::string> breaks, additions;
    Compare(before, after, breaks, additions);
    if (!breaks.empty()) {
      breaks.insert(breaks.end(), additions.begin(), additions.end());
      sink.Add("template-parameters-changed", pair,
               absl::StrCat("template parameters of '", name, "': ",
                            absl::StrJoin(breaks, "; "),
                            "; uses, explicit instantiations and specializations "
                            "written for the old list no longer compile"));
    } else if (!additions.empty()) {
      sink.AddInfo("template-parameters-changed", pair,
                   absl::StrCat("template parameters of '", name, "': ",
                                absl::StrJoin(additions, "; ")));
    }
  }

 private:
  static void Compare(const Decl& before, const Decl& after, std::vector<std::string>& breaks,
                      std::vector<std::string>& additions) {
    int common = std::min(before.template_parameters_size(), after.template_parameters_size());
    for (int i = 0; i < common; ++i) {
      const TemplateParameter& old_param = before.template_parameters(i);
      const TemplateParameter& new_param = after.template_parameters(i);
      std::string what = Describe(new_param, i);
      if (old_param.kind() != new_param.kind()) {
        breaks.push_back(absl::StrCat(what, " changed from a ", KindName(old_param.kind()),
                                      " to a ", KindName(new_param.kind()), " parameter"));
        continue;
      }
      if (old_param.type().canonical() != new_param.type().canonical()) {
        auto [was, now] = ShownApart(old_param.type(), new_param.type());
        breaks.push_back(absl::StrCat(what, " changed type from '", was, "' to '", now, "'"));
      }
      if (old_param.is_pack() != new_param.is_pack()) {
        breaks.push_back(absl::StrCat(what, new_param.is_pack() ? " became" : " is no longer",
                                      " a pack"));
      }
      if (old_param.has_default() && !new_param.has_default()) {
        breaks.push_back(absl::StrCat(what, " lost its default '", old_param.default_text(), "'"));
      }
      if (old_param.constraint() != new_param.constraint() && !new_param.constraint().empty()) {
        breaks.push_back(absl::StrCat(what, " is now constrained by '",
                                      new_param.constraint(), "'"));
      }
    }
    std::string old_requires = absl::StrReplaceAll(before.requires_clause(), {{" ", ""}});
    std::string new_requires = absl::StrReplaceAll(after.requires_clause(), {{" ", ""}});
    if (old_requires != new_requires && !new_requires.empty()) {
      breaks.push_back(absl::StrCat("it now requires '", after.requires_clause(), "'"));
    }
    for (int i = common; i < before.template_parameters_size(); ++i) {
      breaks.push_back(absl::StrCat(Describe(before.template_parameters(i), i), " was removed"));
    }
    for (int i = common; i < after.template_parameters_size(); ++i) {
      const TemplateParameter& param = after.template_parameters(i);
      if (param.has_default() || param.is_pack()) {
        additions.push_back(absl::StrCat(Describe(param, i), " was added with ",
                                         param.is_pack() ? "an empty pack" : "a default"));
      } else {
        breaks.push_back(absl::StrCat(Describe(param, i), " was added without a default"));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeTemplateCheck() {
  return std::make_unique<TemplateCheck>();
}

}  // namespace apicompat
