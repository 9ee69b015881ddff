// Where checks put what they find: fills category, severity and bump from
// the rule catalogue and the location from the declaration concerned.
#ifndef APICOMPAT_DIFFER_FINDINGS_H_
#define APICOMPAT_DIFFER_FINDINGS_H_

#include <string>
#include <vector>

#include "apicompat/report.pb.h"
#include "apicompat/snapshot.pb.h"
#include "match.h"
#include "rule_catalog.h"

namespace apicompat {

class FindingSink {
 public:
  // Reports `rule_id` about `pair`, located at the current declaration when
  // it exists, else at the baseline's. `decl` overrides the reported name
  // (e.g. "Record::field"); by default it is the declaration's own.
  void Add(absl::string_view rule_id, const DeclPair& pair,
           std::string message, std::string decl = "");
  // Like Add, with the severity lowered to info (e.g. an ABI break of an
  // inline function, which has no symbol to break).
  void AddInfo(absl::string_view rule_id, const DeclPair& pair,
               std::string message, std::string decl = "");
  // Like Add, with the rule's default severity and bump replaced, for a
  // rule whose weight depends on the case (an enumerator appended, or
  // inserted before existing ones).
  void AddAs(Severity severity, Bump bump, absl::string_view rule_id,
             const DeclPair& pair, std::string message, std::string decl = "");

  std::vector<Finding>& findings() { return findings_; }
  // The pair each finding is about, in the same order: the stability
  // policy judges a finding by its declaration's tier.
  const std::vector<DeclPair>& subjects() const { return subjects_; }

 private:
  Finding& Emit(absl::string_view rule_id, const DeclPair& pair,
                std::string message, std::string decl);

  std::vector<Finding> findings_;
  std::vector<DeclPair> subjects_;
};

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_FINDINGS_H_
