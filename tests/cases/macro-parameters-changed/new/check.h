#pragma once

#define CHECK(condition, message) do { if (!(condition)) check_failed(message); } while (0)  // expect: macro-parameters-changed error CHECK
#define LOG_AT(level, ...) log_message(level, __VA_ARGS__)  // expect: macro-parameters-changed error LOG_AT
#define TRACE_ENABLED() 1  // expect: macro-parameters-changed error TRACE_ENABLED

void check_failed(const char* what);
void log_message(int level, const char* message);
