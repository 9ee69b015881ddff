#include "impact/consumer.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"

namespace apicompat {

std::string UseKindName(UseKind kind) {
  return absl::StrReplaceAll(absl::AsciiStrToLower(UseKind_Name(kind)), {{"_", "-"}});
}

UseSite SiteOf(const Use& use, const Consumer& consumer, bool named) {
  UseSite site;
  site.set_file(use.site().file());
  site.set_line(use.site().line());
  site.set_kind(UseKindName(use.kind()));
  if (named) site.set_project(consumer.project);
  return site;
}

std::string NameOfId(const std::string& id) {
  // Kinds are single words: the first ':' not part of a '::' ends the kind.
  size_t colon = id.find(':');
  if (colon == std::string::npos || id.compare(colon, 2, "::") == 0) return id;
  return id.substr(colon + 1);
}

std::string UsedName(const Use& use) {
  std::string name = NameOfId(use.decl_id());
  return use.member().empty() ? name : absl::StrCat(name, "::", use.member());
}

}  // namespace apicompat
