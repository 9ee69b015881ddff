#pragma once

namespace text {

inline int count_char(const char* s, char c, int max_count = -1) {  // expect: parameter-added-with-default info text::count_char
    int n = 0;
    for (; *s && n != max_count; ++s) {
        if (*s == c) ++n;
    }
    return n;
}

int compare(const char* a, const char* b);

}  // namespace text
