// Built against new/ with the uses of its headers recorded; old/ is the
// minimum: what it lacks or declares differently is reported at the use.
#include "lib.h"

int use() {
  lib::Config config{1, 2};
  config.seed = 3;  // expect: used-missing-in-minimum error lib::Config::seed
  lib::stage(1, true);  // expect: used-incompatible-in-minimum error lib::stage(int, bool)
  lib::Stager stager(2);  // expect: used-missing-in-minimum error lib::Stager
  return lib::version() + config.epochs;
}
