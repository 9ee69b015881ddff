// How the reports show a finding's witness.
#ifndef APICOMPAT_DIFFER_WITNESS_WITNESS_TEXT_H_
#define APICOMPAT_DIFFER_WITNESS_WITNESS_TEXT_H_

#include <string>

#include "absl/strings/string_view.h"
#include "apicompat/report.pb.h"

namespace apicompat {

// "compiles against 1.0, fails now:" (the baseline's version, else "the
// baseline"); "compiles against both versions:" for a refuted one; the
// reason for an unproven one. Empty without a witness.
std::string WitnessHeadline(const Finding& finding, const Report& report);

// The headline, then for a proven or refuted witness its code and what the
// compiler said, every line after `indent`.
std::string WitnessText(const Finding& finding, const Report& report, absl::string_view indent);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_WITNESS_WITNESS_TEXT_H_
