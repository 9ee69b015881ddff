#pragma once

#include <cstdint>

#include "charset.h"

enum class CharSet : uint64_t { c = 1, p = 1u << 18 };
