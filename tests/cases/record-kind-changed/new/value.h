#pragma once

namespace script {

union Number {  // expect: record-kind-changed error script::Number
    long integer;
    double real;
};

Number make_number(double value);

}  // namespace script
