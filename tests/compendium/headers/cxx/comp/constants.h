// Constants and variables: values compiled into users.
#ifndef COMP_CONSTANTS_H
#define COMP_CONSTANTS_H

namespace comp {

constexpr int kMaxSize = 1024;
const long kMinSize = -8;
static const double kRatio = 1.5;
static constexpr unsigned kMask = 0xff00u;
inline constexpr bool kEnabled = true;
const char* const kName = "compendium";
const char kGreeting[] = "hello\tworld";
constexpr char kSeparator = '/';
extern int global_counter;
extern const char* const kBuildId;

struct Limits {
  static constexpr int kDepth = 16;
  static const int kWidth;
  static int instances;
};

}  // namespace comp

#endif  // COMP_CONSTANTS_H
