#pragma once

namespace json {
inline namespace v3 {  // expect: inline-namespace-changed info json::v3

struct Value {
    int kind;
    double number;
};

Value parse(const char* text);
const char* kind_name(const Value& value);

}  // namespace v3

namespace v4 {  // expect: inline-namespace-changed error json::v4

struct Options {
    bool allow_comments;
};

}  // namespace v4
}  // namespace json
