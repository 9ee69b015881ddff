#pragma once

namespace units {

typedef unsigned int u32;
using real = double;

struct Meters {
    double value;
};

unsigned int scale(unsigned int factor, double ratio);
double to_feet(Meters m);

struct Sample {
    unsigned int id;
    double value;
};

}  // namespace units
