#include "policy/exemptions.h"

#include <fnmatch.h>

#include <algorithm>
#include <string>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace apicompat {
namespace {

using Components = std::vector<absl::string_view>;

// The defaults mirror what the plugin never records, so that snapshots from
// elsewhere get the same treatment, plus the usual homes of unfinished code.
constexpr absl::string_view kDefaultNamespaces[] = {"detail", "internal", "impl"};
constexpr absl::string_view kDefaultNames[] = {"_*"};
constexpr absl::string_view kDefaultPaths[] = {"tests/", "experimental/", "legacy/"};

// Whether `matches` holds for an entry the configuration lists, or for one
// of the defaults it keeps.
template <typename Defaults, typename Predicate>
bool AnyEntry(const google::protobuf::RepeatedPtrField<std::string>& configured,
              const Defaults& defaults, const Config& config, Predicate matches) {
  return absl::c_any_of(configured, matches) ||
         (!config.no_default_exemptions() && absl::c_any_of(defaults, matches));
}

bool Glob(absl::string_view pattern, absl::string_view text, int flags = 0) {
  return fnmatch(std::string(pattern).c_str(), std::string(text).c_str(), flags) == 0;
}

bool InExemptNamespace(const Decl& decl, const Components& components, absl::string_view ns) {
  if (absl::StrContains(ns, "::")) {
    return decl.qualified_name() == ns ||
           absl::StartsWith(decl.qualified_name(), absl::StrCat(ns, "::"));
  }
  // The enclosing scopes, and a namespace itself.
  auto scopes_end = components.end() - (decl.kind() == NAMESPACE ? 0 : 1);
  return std::find(components.begin(), scopes_end, ns) != scopes_end;
}

bool HasExemptName(const Decl& decl, const Components& components, absl::string_view pattern) {
  if (absl::StrContains(pattern, "::")) return Glob(pattern, decl.qualified_name());
  return absl::c_any_of(components, [&](absl::string_view c) { return Glob(pattern, c); });
}

// Matched at every directory level: against the path and each of its tails
// that starts after a '/'.
bool InExemptPath(absl::string_view file, absl::string_view pattern) {
  bool directory = absl::EndsWith(pattern, "/");
  for (size_t start = 0; start != absl::string_view::npos;) {
    absl::string_view tail = file.substr(start);
    if (directory ? Glob(absl::StrCat(pattern, "*"), tail) : Glob(pattern, tail, FNM_PATHNAME)) {
      return true;
    }
    size_t slash = file.find('/', start);
    start = slash == absl::string_view::npos ? slash : slash + 1;
  }
  return false;
}

}  // namespace

bool IsExemptByConfig(const Decl& decl, const Config& config) {
  Components components = absl::StrSplit(decl.qualified_name(), "::");
  // A detail type that public declarations expose was recorded on purpose:
  // the default namespace and name exemptions, which mirror what the plugin
  // skips, do not apply to it (configured ones do).
  size_t defaults = decl.exposed_detail() ? 0 : absl::string_view::npos;
  absl::Span<const absl::string_view> namespaces =
      absl::MakeConstSpan(kDefaultNamespaces).subspan(0, defaults);
  absl::Span<const absl::string_view> names = absl::MakeConstSpan(kDefaultNames).subspan(0, defaults);
  return AnyEntry(config.exempt_namespace(), namespaces, config,
                  [&](absl::string_view ns) { return InExemptNamespace(decl, components, ns); }) ||
         AnyEntry(config.exempt_name(), names, config,
                  [&](absl::string_view name) { return HasExemptName(decl, components, name); }) ||
         AnyEntry(config.exempt_path(), kDefaultPaths, config, [&](absl::string_view path) {
           return InExemptPath(decl.location().file(), path);
         });
}

}  // namespace apicompat
