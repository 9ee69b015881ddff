#pragma once

namespace shapes {

// Clang computes the exception specification of S() only in a TU that
// uses it: old/ has no such TU, new/ has one, and neither may record it.
struct S {
    S() = default;
    virtual void f();
};

}  // namespace shapes
