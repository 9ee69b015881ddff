#pragma once

namespace store {

static const int kMajorVersion = 1;
static const int kMinorVersion = 22;
constexpr int kBlockSize = 4096;

}  // namespace store

static const int TIXML2_MAJOR_VERSION = 9;
