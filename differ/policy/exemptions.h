// The configuration's exemptions: namespaces, name patterns and header paths
// whose declarations are not part of the promise.
#ifndef APICOMPAT_DIFFER_POLICY_EXEMPTIONS_H_
#define APICOMPAT_DIFFER_POLICY_EXEMPTIONS_H_

#include "apicompat/config.pb.h"
#include "apicompat/snapshot.pb.h"

namespace apicompat {

// Whether `config` (with the built-in defaults unless it turns them off)
// exempts `decl`; see proto/apicompat/config.proto for the matching rules.
bool IsExemptByConfig(const Decl& decl, const Config& config);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_POLICY_EXEMPTIONS_H_
