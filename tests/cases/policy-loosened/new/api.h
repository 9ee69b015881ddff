#pragma once

namespace lib {

int keep(int x);

}  // namespace lib
