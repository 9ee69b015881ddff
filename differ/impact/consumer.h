// A consumer of a dependency, as `apicompat impact` reads it: a project's
// name and the uses its build recorded (`apicompat flags --uses-of DIR`).
#ifndef APICOMPAT_DIFFER_IMPACT_CONSUMER_H_
#define APICOMPAT_DIFFER_IMPACT_CONSUMER_H_

#include <string>

#include "apicompat/report.pb.h"
#include "apicompat/snapshot.pb.h"

namespace apicompat {

struct Consumer {
  std::string project;
  Snapshot uses;  // Snapshot.uses is what counts; its decls are the consumer's own API
};

// "call", "type-by-value", ...: the UseKind's name in lower case with dashes.
std::string UseKindName(UseKind kind);

// The use site of `use` by `consumer`; `project` is set only when there are
// several consumers (`named`).
UseSite SiteOf(const Use& use, const Consumer& consumer, bool named);

// The declaration an id names, as people read it: the id without its kind,
// so a function keeps its parameter types ("lib::stage(int, bool)"), and a
// member after it ("lib::Config::retries").
std::string UsedName(const Use& use);
std::string NameOfId(const std::string& id);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_IMPACT_CONSUMER_H_
