#include "language_standard.h"

#include <tuple>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"

namespace apicompat {

int StandardYear(absl::string_view standard) {
  size_t colon = standard.rfind(':');
  if (colon != absl::string_view::npos) standard.remove_prefix(colon + 1);  // iso9899:2011
  size_t digit = standard.find_first_of("0123456789");
  if (digit == absl::string_view::npos) return 0;
  absl::string_view version = standard.substr(digit);
  // Names of standards before their year was known.
  static constexpr std::pair<absl::string_view, int> kDrafts[] = {
      {"0x", 2011}, {"1y", 2014}, {"1z", 2017}, {"2a", 2020}, {"2b", 2023}, {"2c", 2026},
      {"1x", 2011}, {"2x", 2023}, {"9x", 1999}};
  for (const auto& [name, year] : kDrafts) {
    if (version == name) return year;
  }
  int number = 0;
  if (!absl::SimpleAtoi(version, &number)) return 0;
  if (number >= 1000) return number;
  return number >= 80 ? 1900 + number : 2000 + number;
}

namespace {

// Whether `a` is kept over `b`: C++ over C, then the older standard, then
// by name (so that the result does not depend on the order of TUs).
bool Preferred(const Header& a, const Header& b) {
  auto key = [](const Header& h) {
    return std::make_tuple(h.language() != "c++", StandardYear(h.language_standard()),
                           h.language_standard());
  };
  return key(a) < key(b);
}

}  // namespace

void CombineLanguage(const Header& input, Header& combined) {
  if (!input.language().empty() && (combined.language().empty() || Preferred(input, combined))) {
    combined.set_language(input.language());
    combined.set_language_standard(input.language_standard());
  }
}

}  // namespace apicompat
