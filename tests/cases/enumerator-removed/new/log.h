#pragma once

namespace logging {

enum class Level {  // expect: enumerator-removed error logging::Level::Trace
    Debug = 1,
    Info,
    Warning,
    Error
};

void set_level(Level level);

}  // namespace logging
