#pragma once

namespace app {

extern int verbosity;

}  // namespace app
