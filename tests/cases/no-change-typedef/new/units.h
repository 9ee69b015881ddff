#pragma once

namespace units {

typedef unsigned int u32;
using real = double;

struct Meters {
    real value;
};

u32 scale(u32 factor, real ratio);
real to_feet(Meters m);

struct Sample {
    u32 id;
    real value;
};

}  // namespace units
