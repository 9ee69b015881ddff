#pragma once

int add(int a, int b);  // expect: function-became-inline error add
