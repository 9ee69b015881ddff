// Stability marks on functions, classes (their members inherit them),
// enums and variables.
#pragma once

#include <apicompat/attributes.h>

namespace shapes {

APICOMPAT_INTERNAL_API int tune_cache(int size);
APICOMPAT_EXPERIMENTAL_API double fast_area(const char* shape);

APICOMPAT_DEPRECATED("2.1", "3.0", "shapes::area_of", "imprecise")
double area(const char* shape);

[[deprecated("use area_of")]] double old_area(const char* shape);

double area_of(const char* shape);

class APICOMPAT_INTERNAL_API Cache {
 public:
  int size() const;
  void clear();
  int entries;
};

class APICOMPAT_EXPERIMENTAL_API Prototype {
 public:
  void run();
  APICOMPAT_DEPRECATED("2.0", "", "", "") void walk();
};

enum class APICOMPAT_EXPERIMENTAL_API Quality { low, high };

APICOMPAT_DEPRECATED("1.5", "3.0", "", "") extern const int kLegacyLimit;

}  // namespace shapes
