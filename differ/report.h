// Renders a Report for people (compiler-style text) and programs (JSON).
#ifndef APICOMPAT_DIFFER_REPORT_H_
#define APICOMPAT_DIFFER_REPORT_H_

#include <string>

#include "apicompat/report.pb.h"

namespace apicompat {

// `file:line: severity: [rule] message` per finding, then a summary and how
// to fix each rule that fired.
std::string RenderText(const Report& report);

// The Report message as JSON with its proto field names; the schema is
// proto/apicompat/report.proto.
std::string RenderJson(const Report& report);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_REPORT_H_
