// Enumerations: scoped and unscoped, fixed underlying types, anonymous,
// negative and extreme values, sentinels.
#ifndef COMP_ENUMS_H
#define COMP_ENUMS_H

#include <stdint.h>

namespace comp {

enum Color { kRed, kGreen = 4, kBlue };

enum class Level : unsigned char { kLow = 1, kMid = 2, kHigh = 255 };

enum class Error : int32_t {
  kOk = 0,
  kNotFound = -2,
  kDenied = -13,
  kCount  // sentinel
};

enum Mask : uint64_t { kNone = 0, kAll = 0xffffffffffffffffULL };

enum { kMaxItems = 64, kMinItems = 1 };

struct Options {
  enum Mode { kFast, kSafe };
  Mode mode;
  Level level;
};

}  // namespace comp

#endif  // COMP_ENUMS_H
