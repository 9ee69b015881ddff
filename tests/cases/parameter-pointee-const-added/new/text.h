#pragma once

// const added to what a parameter points to: calls still compile. Functions
// with C linkage keep their symbol (info; a warning when C itself would not
// convert the argument); C++ functions get a new mangled name (an ABI break),
// unless they are inline.
#ifdef __cplusplus
extern "C" {
#endif

int text_join(const char* const* parts, int count, char* out);  // expect: parameter-pointee-const-added info text_join
int text_sum(const int* values, int count);  // expect: parameter-pointee-const-added info text_sum
void text_sort(const char* const* lines, int count);  // expect: parameter-pointee-const-added warning text_sort

#ifdef __cplusplus
}
#endif

namespace text {

int sum(const int* values, int count);  // expect: parameter-pointee-const-added error text::sum
double sum(const double* values, int count);  // expect: parameter-pointee-const-added error text::sum
int join(const char* const* parts, char* out);  // expect: parameter-pointee-const-added error text::join
void split(const char** lines, int count);  // expect: parameter-type-changed error text::split
inline int first(const int* values) { return values[0]; }  // expect: parameter-pointee-const-added info text::first
void trim(char* const line, const int length);
void tokenize(const long& count);  // expect: parameter-pointee-const-added error text::tokenize

}  // namespace text
