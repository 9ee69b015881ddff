#pragma once

int scale(int value, int factor);
