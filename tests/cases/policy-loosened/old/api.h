#pragma once

// The configuration lowers function-removed to info; the baseline's did not
// (case.cfg: --baseline-config): the removal is reported at its lowered
// severity, and the loosening as a policy error of its own.

namespace lib {

int keep(int x);
int scale(int x);  // expect: function-removed info lib::scale; policy-loosened error lib::scale

}  // namespace lib
