#pragma once

namespace json {
namespace v3 {

struct Value {
    int kind;
    double number;
};

Value parse(const char* text);
const char* kind_name(const Value& value);

}  // namespace v3

inline namespace v4 {

struct Options {
    bool allow_comments;
};

}  // namespace v4
}  // namespace json
