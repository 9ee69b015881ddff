// Built against old/ with the uses of its headers recorded; new/ is the
// maximum: what it lacks or declares differently is reported at the use.
#include "lib.h"

double use() {
  lib::legacy_seed(7);  // expect: used-missing-in-maximum error lib::legacy_seed(int)
  lib::load("a.cfg");  // expect: used-incompatible-in-maximum error lib::load(const char *)
  return lib::evaluate(1) + lib::version();  // expect: used-incompatible-in-maximum error lib::evaluate(int)
}
