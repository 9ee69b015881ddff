#include "checks/listing.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace apicompat {

std::string QuotedList(const std::vector<std::string>& names, size_t max_listed) {
  std::vector<std::string> shown;
  for (size_t i = 0; i < names.size() && i < max_listed; ++i) {
    shown.push_back(absl::StrCat("'", names[i], "'"));
  }
  if (names.size() > max_listed) shown.push_back(absl::StrCat(names.size() - max_listed, " more"));
  return absl::StrJoin(shown, ", ");
}

}  // namespace apicompat
