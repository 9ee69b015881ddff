// Names listed in a finding's message, quoted and capped: "'a', 'b', 2 more".
#ifndef APICOMPAT_DIFFER_CHECKS_LISTING_H_
#define APICOMPAT_DIFFER_CHECKS_LISTING_H_

#include <string>
#include <vector>

namespace apicompat {

std::string QuotedList(const std::vector<std::string>& names, size_t max_listed);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_CHECKS_LISTING_H_
