#pragma once

namespace cfg {

// 'cfg::Limits::clamp(3)' and 'cfg::Limits::max' still compile and call the
// same symbols; only uses of the name as a type break ('struct Limits;',
// template arguments, sizeof, objects): rare for a struct of static members
// (warning), the point of one with state (error).
namespace Limits {  // expect: record-became-namespace warning cfg::Limits
const int max = 5;
int clamp(int value);
int clamp(long value);  // expect: overload-added warning cfg::Limits::clamp
}  // namespace Limits

namespace Counter {  // expect: record-became-namespace error cfg::Counter
int total();
int next();
}  // namespace Counter

}  // namespace cfg
