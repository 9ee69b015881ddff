#pragma once

namespace logging {

enum class Level { Debug, Info, Warning, Error };

void write(Level level, const char* message);  // expect: parameter-removed error logging::write
void flush();

}  // namespace logging
