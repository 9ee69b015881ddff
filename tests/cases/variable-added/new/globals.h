#pragma once

namespace app {

extern int verbosity;
extern bool color_output;  // expect: variable-added info app::color_output
constexpr int kDefaultPort = 8080;  // expect: variable-added info app::kDefaultPort

}  // namespace app
