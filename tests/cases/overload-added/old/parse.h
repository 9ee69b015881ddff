#pragma once

namespace text {

int parse_int(const char* digits);
double parse_double(const char* digits);
void trim(char* s);
void trim(char* s, char c);

class Tokenizer {
public:
    explicit Tokenizer(const char* input);
    bool next(char* out, unsigned long size);
};

}  // namespace text
