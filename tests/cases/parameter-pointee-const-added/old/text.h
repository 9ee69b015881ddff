#pragma once

#ifdef __cplusplus
extern "C" {
#endif

int text_join(const char** parts, int count, char* out);
int text_sum(int* values, int count);
void text_sort(char** lines, int count);

#ifdef __cplusplus
}
#endif

namespace text {

int sum(int* values, int count);
double sum(double* values, int count);
int join(const char** parts, char* out);
void split(char** lines, int count);
inline int first(int* values) { return values[0]; }
void trim(char* line, int length);
void tokenize(long& count);

}  // namespace text
