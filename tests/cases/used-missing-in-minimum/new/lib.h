// The version the consumer is built against.
#pragma once

namespace lib {

struct Config {
  int epochs;
  int seed;
};

void stage(int step, bool async);
int version();

class Stager {
 public:
  explicit Stager(int steps);
};

}  // namespace lib
