#pragma once

/* C functions keep their symbol whatever their parameter types; callers
   passing the old types still convert implicitly. A parameter's own const
   is no change at all. */
int buf_sum(const int* values, int count);  // expect: parameter-pointee-const-added info buf_sum
int buf_write(const char* const* chunks, int count);  // expect: parameter-pointee-const-added info buf_write
void buf_clear(char* const data, const int size);
