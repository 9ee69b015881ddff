// Stability marks (apicompat/attributes.h) and standard deprecations.
#ifndef COMP_STABILITY_H
#define COMP_STABILITY_H

#include "apicompat/attributes.h"

namespace comp {

APICOMPAT_INTERNAL_API int internal_helper(int value);
APICOMPAT_EXPERIMENTAL_API int preview_feature(int value);
APICOMPAT_DEPRECATED("1.2", "2.0", "comp::train_v2", "faster and thread-safe")
int train(int epochs);
[[deprecated("use train")]] int legacy_train(int epochs);

class APICOMPAT_INTERNAL_API Cache {
 public:
  int lookup(int key) const;

 private:
  int slots_[8];
};

class APICOMPAT_EXPERIMENTAL_API Preview {
 public:
  virtual ~Preview();
  virtual int render() = 0;
};

struct APICOMPAT_DEPRECATED("1.0", "3.0", "comp::Config", "merged") OldConfig {
  int retries;
};

enum APICOMPAT_EXPERIMENTAL_API Channel { kStable, kBeta };

namespace tools APICOMPAT_INTERNAL_API {
int debug_dump(const char* path);
}  // namespace tools

APICOMPAT_EXPERIMENTAL_API extern const int kPreviewLimit;

}  // namespace comp

#endif  // COMP_STABILITY_H
