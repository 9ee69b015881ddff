#include "policy/deprecation_timeline.h"

#include <optional>

#include "absl/strings/str_cat.h"

namespace apicompat {
namespace {

// The announced removal version, when the mark has one that parses.
std::optional<Version> RemovalVersion(const Decl& decl) {
  if (decl.stability().tier() != DEPRECATED) return std::nullopt;
  absl::StatusOr<Version> removal = ParseVersion(decl.stability().removal());
  if (!removal.ok()) return std::nullopt;
  return *removal;
}

// The removal of a declaration deprecated in the baseline: what its mark
// promised decides.
void CheckRemoval(const DeclPair& pair, const Version& current, FindingSink& sink) {
  const Decl& removed = *pair.before;
  std::optional<Version> removal = RemovalVersion(removed);
  if (removal && current < *removal) {
    sink.Add("deprecated-removed-early", pair,
             absl::StrCat("'", removed.qualified_name(), "' was removed in ", current.text,
                          ", but its deprecation announced removal in ", removal->text));
  } else if (removal) {
    sink.Add("removed-after-deprecation", pair,
             absl::StrCat("'", removed.qualified_name(), "' was removed in ", current.text,
                          " as announced (removal in ", removal->text, ")"));
  } else {
    const Stability& mark = removed.stability();
    sink.Add("removed-after-deprecation", pair,
             absl::StrCat("'", removed.qualified_name(), "' was removed in ", current.text,
                          "; it was deprecated", mark.since().empty() ? "" : " since ",
                          mark.since(),
                          mark.removal().empty()
                              ? " without a removal version"
                              : absl::StrCat(" with removal in '", mark.removal(),
                                             "', which is not a version")));
  }
}

}  // namespace

void CheckDeprecationTimeline(const DeclPair& pair, const Version& current, FindingSink& sink) {
  if (pair.after == nullptr) {
    if (pair.before->stability().tier() == DEPRECATED) CheckRemoval(pair, current, sink);
    return;
  }
  // Still here: judged by the removal version announced now, which a
  // release may have postponed.
  std::optional<Version> removal = RemovalVersion(*pair.after);
  if (removal && !(current < *removal)) {
    sink.Add("deprecation-removal-overdue", pair,
             absl::StrCat("'", pair.after->qualified_name(), "' is still present in ",
                          current.text, ", but its deprecation announced removal in ",
                          removal->text));
  }
}

}  // namespace apicompat
