#include "json_value.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace apicompat {
namespace {

void AppendQuoted(std::string& out, absl::string_view text) {
  out += '"';
  for (char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          absl::StrAppend(&out, absl::StrFormat("\\u%04x", static_cast<int>(c)));
        } else {
          out += c;  // UTF-8 passes through
        }
    }
  }
  out += '"';
}

}  // namespace

JsonValue& JsonValue::Set(absl::string_view key, JsonValue value) {
  std::get<Members>(value_).emplace_back(std::string(key), std::move(value));
  return *this;
}

JsonValue& JsonValue::Add(JsonValue value) {
  std::get<Elements>(value_).push_back(std::move(value));
  return *this;
}

bool JsonValue::empty() const {
  if (const Members* members = std::get_if<Members>(&value_)) return members->empty();
  if (const Elements* elements = std::get_if<Elements>(&value_)) return elements->empty();
  return false;
}

std::string JsonValue::Print() const {
  std::string out;
  PrintTo(out, 0);
  out += '\n';
  return out;
}

void JsonValue::PrintTo(std::string& out, int indent) const {
  std::string inner(indent + 2, ' ');
  if (const bool* value = std::get_if<bool>(&value_)) {
    out += *value ? "true" : "false";
  } else if (const int64_t* number = std::get_if<int64_t>(&value_)) {
    absl::StrAppend(&out, *number);
  } else if (const std::string* text = std::get_if<std::string>(&value_)) {
    AppendQuoted(out, *text);
  } else if (const Members* members = std::get_if<Members>(&value_)) {
    if (members->empty()) {
      out += "{}";
      return;
    }
    out += "{\n";
    for (size_t i = 0; i < members->size(); ++i) {
      out += inner;
      AppendQuoted(out, (*members)[i].first);
      out += ": ";
      (*members)[i].second.PrintTo(out, indent + 2);
      out += i + 1 < members->size() ? ",\n" : "\n";
    }
    absl::StrAppend(&out, std::string(indent, ' '), "}");
  } else {
    const Elements& elements = std::get<Elements>(value_);
    if (elements.empty()) {
      out += "[]";
      return;
    }
    out += "[\n";
    for (size_t i = 0; i < elements.size(); ++i) {
      out += inner;
      elements[i].PrintTo(out, indent + 2);
      out += i + 1 < elements.size() ? ",\n" : "\n";
    }
    absl::StrAppend(&out, std::string(indent, ' '), "]");
  }
}

}  // namespace apicompat
