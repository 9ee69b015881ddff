#pragma once

namespace json {

class Value {
public:
    Value(const char* text);
    Value(bool flag);
    Value(int number);
    int type() const;
};

void set_indent(int spaces);
void set_width(long width);

}  // namespace json
