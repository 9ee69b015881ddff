// Aligning two ordered lists (parameters, vtable entries): the pairs of
// positions a longest common subsequence keeps; everything else was added,
// removed or moved.
#ifndef APICOMPAT_DIFFER_ALIGN_H_
#define APICOMPAT_DIFFER_ALIGN_H_

#include <algorithm>
#include <utility>
#include <vector>

namespace apicompat {

template <typename T, typename Same>
std::vector<std::pair<int, int>> Align(const std::vector<T>& a, const std::vector<T>& b,
                                       Same same) {
  std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1));
  for (int i = static_cast<int>(a.size()) - 1; i >= 0; --i) {
    for (int j = static_cast<int>(b.size()) - 1; j >= 0; --j) {
      lcs[i][j] = same(a[i], b[j]) ? lcs[i + 1][j + 1] + 1
                                   : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::vector<std::pair<int, int>> kept;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (same(a[i], b[j])) {
      kept.emplace_back(i++, j++);
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  return kept;
}

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_ALIGN_H_
