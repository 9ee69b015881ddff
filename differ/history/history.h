// `apicompat history`: the library's API at every release, each release
// compared with the one before it (the differ and the policy, as `check`
// would have judged it), and its renderings.
#ifndef APICOMPAT_DIFFER_HISTORY_HISTORY_H_
#define APICOMPAT_DIFFER_HISTORY_HISTORY_H_

#include <string>

#include "absl/status/statusor.h"
#include "apicompat/report.pb.h"
#include "history/release_tags.h"

namespace apicompat {

// Every release compared with the one before; with `since` (a tag of
// `releases`) only the releases after it, the first compared with it.
absl::StatusOr<History> ComputeHistory(const Releases& releases, const std::string& tag_pattern,
                                       const std::string& since = "");

// The History message as JSON with its proto field names (report.proto).
std::string RenderHistoryJson(const History& history);

// Release notes: a table of the releases, then each release's changes.
std::string RenderHistoryMarkdown(const History& history);

// One self-contained page: a timeline (inline SVG) of the declarations and
// the breaking changes by category per release, a table of the releases
// flagging those whose version bump is too low, and each release's findings
// on demand.
std::string RenderHistoryHtml(const History& history);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_HISTORY_HISTORY_H_
