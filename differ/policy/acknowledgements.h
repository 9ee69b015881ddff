// Acknowledged breaks: findings the configuration accepts, named by a key
// that survives line moves and tells overloads apart.
#ifndef APICOMPAT_DIFFER_POLICY_ACKNOWLEDGEMENTS_H_
#define APICOMPAT_DIFFER_POLICY_ACKNOWLEDGEMENTS_H_

#include <string>

#include "absl/strings/string_view.h"
#include "apicompat/config.pb.h"
#include "apicompat/report.pb.h"
#include "match.h"

namespace apicompat {

// `<rule>:<declaration>`: the finding's declaration name, and for a finding
// about the declaration itself its id without the kind, which for a function
// carries the parameter types: "parameter-type-changed:geo::rotate(geo::Point, double)".
// The baseline's declaration names it when there is one, as that is what
// users were promised.
std::string FindingKey(const Finding& finding, const DeclPair& pair);

// The configuration's acknowledgement of `key`, or null.
const Acknowledgement* FindAcknowledgement(const Config& config, absl::string_view key);

// Whether `reason` is still the placeholder --write-acknowledgements drafts
// (or any reason starting with the word "TODO"): no reason at all.
bool IsPlaceholderReason(absl::string_view reason);

// `config` as text, plus an acknowledgement with a placeholder reason for
// each finding of `report` that fails the check: what
// `--write-acknowledgements` writes, for the maintainer to fill in.
std::string ConfigWithAcknowledgements(const Config& config, const Report& report);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_POLICY_ACKNOWLEDGEMENTS_H_
