#pragma once

namespace logging {

enum class Level { Debug, Info, Warning, Error };

void write(Level level, const char* component, const char* message);
void flush();

}  // namespace logging
