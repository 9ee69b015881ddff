// The version the consumer is built against.
#pragma once

namespace lib {

int legacy_seed(int seed);
double evaluate(int model);
void load(const char* path);
int version();

}  // namespace lib
