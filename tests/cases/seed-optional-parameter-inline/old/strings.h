#pragma once

namespace text {

inline int count_char(const char* s, char c) {
    int n = 0;
    for (; *s; ++s) {
        if (*s == c) ++n;
    }
    return n;
}

int compare(const char* a, const char* b);

}  // namespace text
