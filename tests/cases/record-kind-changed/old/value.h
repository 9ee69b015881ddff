#pragma once

namespace script {

struct Number {
    long integer;
    double real;
};

Number make_number(double value);

}  // namespace script
