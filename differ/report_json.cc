#include "google/protobuf/util/json_util.h"
#include "report.h"

namespace apicompat {

std::string RenderProtoJson(const google::protobuf::Message& message) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = true;
  options.preserve_proto_field_names = true;
  // Stable keys for scripts: zero counts and empty fields are printed too.
  options.always_print_primitive_fields = true;
  std::string json;
  // Printing a fully-initialized proto3 message cannot fail.
  (void)google::protobuf::util::MessageToJsonString(message, &json, options);
  return json;
}

std::string RenderJson(const Report& report) { return RenderProtoJson(report); }

}  // namespace apicompat
