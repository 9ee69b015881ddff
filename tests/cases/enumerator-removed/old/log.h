#pragma once

namespace logging {

enum class Level {
    Trace,
    Debug,
    Info,
    Warning,
    Error
};

void set_level(Level level);

}  // namespace logging
