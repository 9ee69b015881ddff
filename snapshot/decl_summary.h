// What a declaration's bytes say about it without parsing them: enough to
// decide which declarations a diff must parse at all (most did not change).
#ifndef APICOMPAT_SNAPSHOT_DECL_SUMMARY_H_
#define APICOMPAT_SNAPSHOT_DECL_SUMMARY_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "apicompat/snapshot.pb.h"

namespace apicompat {

// Views into the declaration's bytes.
struct DeclSummary {
  absl::string_view bytes;  // the whole serialized declaration
  absl::string_view id;
  absl::string_view qualified_name;
  DeclKind kind = DECL_KIND_UNSPECIFIED;
  bool marked = false;          // carries a stability mark (any tier but plain stable)
  bool exposed_detail = false;
};

// The summary of one serialized declaration; false when it is no
// well-formed message (its fields are checked, not what they hold).
bool SummarizeDecl(absl::string_view bytes, DeclSummary& summary);

// One summary per entry of `decls` (SplitDecls); false when one is no
// well-formed message.
bool SummarizeDecls(const std::vector<absl::string_view>& decls,
                    std::vector<DeclSummary>& summaries);

}  // namespace apicompat

#endif  // APICOMPAT_SNAPSHOT_DECL_SUMMARY_H_
