#pragma once

namespace store {

static const int kMajorVersion = 1;
static const int kMinorVersion = 23;  // expect: constant-value-changed info store::kMinorVersion
constexpr int kBlockSize = 8192;  // expect: constant-value-changed warning store::kBlockSize

}  // namespace store

static const int TIXML2_MAJOR_VERSION = 10;  // expect: constant-value-changed info TIXML2_MAJOR_VERSION
