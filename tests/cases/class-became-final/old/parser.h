#pragma once

namespace json {

class Parser {
public:
    Parser();
    virtual ~Parser();
    bool parse(const char* text);
    virtual void on_value(const char* key, const char* value);
};

}  // namespace json
