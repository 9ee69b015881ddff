// A consumer of lib 2.0 that uses part of it: the impact tests' "trainer".
#include <lib/trainer.h>

struct MyModel : lib::Model {
  double loss() const override { return 0.5; }
};

double train() {
  lib::Config config{10, 0.1, 0};
  config.seed = 7;
  lib::stage(3, true);
  lib::Stager stager(4);
  stager.run();
  lib::Mode mode = lib::Mode::fast;
  MyModel model;
  return lib::evaluate(model) + config.rate + static_cast<int>(mode);
}
