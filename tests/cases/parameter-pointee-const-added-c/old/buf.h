#pragma once

int buf_sum(int* values, int count);
int buf_write(const char** chunks, int count);
void buf_clear(char* data, int size);
