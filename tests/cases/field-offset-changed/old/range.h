#pragma once

namespace text {

struct Range {
    unsigned begin;
    unsigned end;
};

Range find(const char* haystack, const char* needle);

}  // namespace text
