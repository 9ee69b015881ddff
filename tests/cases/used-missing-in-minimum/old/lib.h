// The consumer's minimum supported version of the dependency.
#pragma once

namespace lib {

struct Config {
  int epochs;
};

void stage(int step);
int version();

}  // namespace lib
