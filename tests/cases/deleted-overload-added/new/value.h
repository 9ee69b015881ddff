#pragma once

#include <cstddef>

namespace json {

class Value {
public:
    // Value(nullptr) reached Value(const char*) before and is rejected now.
    Value(std::nullptr_t) = delete;  // expect: deleted-overload-added warning json::Value::Value
    Value(const char* text);
    Value(bool flag);
    Value(int number);
    // No old overload took two arguments: no call is rejected that compiled.
    Value(int number, int base) = delete;  // expect: function-added info json::Value::Value
    int type() const;
};

// set_indent(2.5) converted to int before.
void set_indent(int spaces);
void set_indent(double spaces) = delete;  // expect: deleted-overload-added warning json::set_indent

// set_width(1) or set_width('x') converted to long before.
void set_width(long width);
template <class T>
void set_width(T width) = delete;  // expect: deleted-overload-added warning json::set_width

// The only function of its name: it rejects nothing that compiled.
void parse(const char* text, int flags) = delete;  // expect: function-added info json::parse

}  // namespace json
