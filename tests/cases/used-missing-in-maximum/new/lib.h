// The newest version the consumer must also build against (a nightly).
#pragma once

namespace lib {

float evaluate(int model);
void load(const char* path, int flags);
int version();

}  // namespace lib
