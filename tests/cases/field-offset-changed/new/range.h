#pragma once

namespace text {

struct Range {
    unsigned end;  // expect: field-offset-changed error text::Range::end
    unsigned begin;
};

Range find(const char* haystack, const char* needle);

}  // namespace text
