#pragma once

int scale(int value, int factor);  // expect: parameter-default-added info scale
