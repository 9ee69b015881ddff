#pragma once

#include <cstdint>

// Declared opaque here and defined in format.h, as abseil's
// FormatConversionCharSet is (extension.h, str_format.h).
enum class CharSet : uint64_t;

template <CharSet C>
struct Result {};

struct Internal {
  static constexpr CharSet p = static_cast<CharSet>(1u << 18);
};

// `Result<CharSet::p>` where the enum's definition is visible, `Result<262144>`
// where it is not: both record the value, so the merge sees one declaration.
Result<Internal::p> Convert(const void* pointer);
