// Enumerations: scoped, unscoped, fixed, anonymous, nested.
#pragma once

namespace shapes {

enum class Color : unsigned char { red = 1, green = 2, blue = 4 };

enum Mode { MODE_FAST, MODE_SAFE = 10, MODE_LAST };

enum { SHAPES_MAX_SIDES = 64, SHAPES_MIN_SIDES = 3 };

enum Big : long long { BIG_MIN = -9223372036854775807LL - 1, BIG_MAX = 9223372036854775807LL };

struct Style {
  enum class Line { solid, dashed };
  Line line;
  Color color;
};

}  // namespace shapes
