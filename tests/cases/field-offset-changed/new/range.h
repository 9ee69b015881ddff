#pragma once

namespace text {

struct Range {  // expect: field-offset-changed error text::Range::end
    unsigned end;
    unsigned begin;
};

Range find(const char* haystack, const char* needle);

}  // namespace text
