#pragma once

namespace text {

int parse_int(const char* digits);
int parse_int(const char* digits, int base);  // expect: overload-added warning text::parse_int
double parse_double(const char* digits);
void trim(char* s);
void trim(char* s, char c);
void trim(char* s, const char* set);  // expect: function-added info text::trim

class Tokenizer {
public:
    explicit Tokenizer(const char* input);
    Tokenizer(const char* input, char separator);  // expect: function-added info text::Tokenizer::Tokenizer
    bool next(char* out, unsigned long size);
};

}  // namespace text
