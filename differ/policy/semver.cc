#include "policy/semver.h"

#include <vector>

#include "absl/algorithm/container.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace apicompat {

absl::StatusOr<Version> ParseVersion(absl::string_view text) {
  absl::string_view numbers = text;
  absl::ConsumePrefix(&numbers, "v");
  numbers = numbers.substr(0, numbers.find_first_of("-+"));
  std::vector<absl::string_view> parts = absl::StrSplit(numbers, '.');
  Version version;
  version.text = std::string(text);
  int* fields[] = {&version.major, &version.minor, &version.patch};
  bool valid = parts.size() <= 3;
  for (size_t i = 0; valid && i < parts.size(); ++i) {
    // SimpleAtoi takes signs and spaces, which versions do not have.
    valid = !parts[i].empty() && absl::c_all_of(parts[i], absl::ascii_isdigit) &&
            absl::SimpleAtoi(parts[i], fields[i]);
  }
  if (!valid) {
    return absl::InvalidArgumentError(
        absl::StrCat("'", text, "' is not a version (MAJOR.MINOR.PATCH)"));
  }
  return version;
}

Bump ReleaseBump(const Version& from, const Version& to) {
  if (to.major != from.major) return Bump::kMajor;
  if (to.minor != from.minor) return Bump::kMinor;
  if (to.patch != from.patch) return Bump::kPatch;
  return Bump::kNone;
}

Bump EffectiveBump(Bump required, const Version& baseline) {
  return baseline.major == 0 && required == Bump::kMajor ? Bump::kMinor : required;
}

std::string NextRelease(const Version& baseline, Bump bump) {
  const Version& b = baseline;
  switch (EffectiveBump(bump, baseline)) {
    case Bump::kMajor: return absl::StrCat(b.major + 1, ".0.0");
    case Bump::kMinor: return absl::StrCat(b.major, ".", b.minor + 1, ".0");
    case Bump::kPatch: return absl::StrCat(b.major, ".", b.minor, ".", b.patch + 1);
    case Bump::kNone: break;
  }
  return absl::StrCat(b.major, ".", b.minor, ".", b.patch);
}

}  // namespace apicompat
