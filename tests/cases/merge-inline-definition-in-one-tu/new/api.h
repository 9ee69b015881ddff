#pragma once

struct Counter {
    int next();  // expect: function-became-inline error Counter::next
    int value;
};
