// Semantic versions: parsing, comparing, and which bump a release is.
// https://semver.org; before 1.0.0 the minor number plays the major's role.
#ifndef APICOMPAT_DIFFER_POLICY_SEMVER_H_
#define APICOMPAT_DIFFER_POLICY_SEMVER_H_

#include <string>
#include <tuple>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "rule_catalog.h"

namespace apicompat {

struct Version {
  int major = 0;
  int minor = 0;
  int patch = 0;
  std::string text;  // as written

  // Pre-release and build suffixes are ignored: 2.0.0-rc.1 prepares 2.0.0,
  // so it may already do what 2.0.0 may.
  friend bool operator<(const Version& a, const Version& b) {
    return std::tie(a.major, a.minor, a.patch) < std::tie(b.major, b.minor, b.patch);
  }
};

// `MAJOR[.MINOR[.PATCH]]`, optionally with a leading `v` and a `-pre-release`
// or `+build` suffix; missing numbers are 0 (a removal version "2.0" is
// 2.0.0).
absl::StatusOr<Version> ParseVersion(absl::string_view text);

// The bump a release from `from` to `to` (not older) is: major, minor, patch
// or none.
Bump ReleaseBump(const Version& from, const Version& to);

// What `required` means for a library at `baseline`: before 1.0.0 a breaking
// change is released with a minor bump.
Bump EffectiveBump(Bump required, const Version& baseline);

// The smallest release after `baseline` that makes `bump` (as EffectiveBump
// gives it), e.g. 1.2.3 and major: "2.0.0".
std::string NextRelease(const Version& baseline, Bump bump);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_POLICY_SEMVER_H_
