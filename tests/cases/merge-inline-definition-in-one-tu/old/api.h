#pragma once

struct Counter {
    int next();
    int value;
};
