#pragma once

#define CHECK(condition) do { if (!(condition)) check_failed(#condition); } while (0)
#define LOG_AT(level, message) log_message(level, message)
#define TRACE_ENABLED 1

void check_failed(const char* what);
void log_message(int level, const char* message);
