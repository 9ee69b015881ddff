#include "api.h"

namespace {
struct T : shapes::S {
    void f() override {}
};
}  // namespace

void make() { T t; t.f(); }
