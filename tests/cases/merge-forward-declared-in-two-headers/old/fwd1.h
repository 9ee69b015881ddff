#pragma once

class Handle;
enum class Mode : int;  // defined in mode.h, which only a.cc includes
void use1(Handle* handle, Mode mode);
