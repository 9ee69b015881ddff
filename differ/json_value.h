// A JSON document built in code, for the report formats that are JSON
// documents of their own schema (SARIF). Members print in the order they
// were set, so the output is deterministic (protobuf's Struct is a hash map).
#ifndef APICOMPAT_DIFFER_JSON_VALUE_H_
#define APICOMPAT_DIFFER_JSON_VALUE_H_

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "absl/strings/string_view.h"

namespace apicompat {

class JsonValue {
 public:
  static JsonValue Object() { return JsonValue(Members()); }
  static JsonValue Array() { return JsonValue(Elements()); }
  static JsonValue String(absl::string_view text) { return JsonValue(std::string(text)); }
  static JsonValue Number(int64_t number) { return JsonValue(number); }
  static JsonValue Bool(bool value) { return JsonValue(value); }

  // Adds a member to an object; returns it for chaining.
  JsonValue& Set(absl::string_view key, JsonValue value);
  // Appends an element to an array.
  JsonValue& Add(JsonValue value);
  bool empty() const;  // an object or array without members

  // Indented by two spaces, with a final newline.
  std::string Print() const;

 private:
  using Members = std::vector<std::pair<std::string, JsonValue>>;
  using Elements = std::vector<JsonValue>;
  template <typename T>
  explicit JsonValue(T value) : value_(std::move(value)) {}
  void PrintTo(std::string& out, int indent) const;

  std::variant<bool, int64_t, std::string, Members, Elements> value_;
};

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_JSON_VALUE_H_
