#include "name_rewrite.h"

#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/descriptor.h"

namespace apicompat {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::Reflection;

namespace {

bool IsIdentifierChar(char c) { return absl::ascii_isalnum(c) || c == '_'; }

}  // namespace

bool StartsName(absl::string_view text, size_t at) {
  if (at == 0) return true;
  char c = text[at - 1];
  if (IsIdentifierChar(c)) return false;
  return !(c == ':' && at >= 2 && text[at - 2] == ':');
}

std::string ReplaceName(const std::string& text, absl::string_view from, absl::string_view to) {
  if (from.empty()) return text;
  bool whole = IsIdentifierChar(from.back());
  absl::string_view view = text;
  std::string out;
  size_t start = 0;
  for (size_t at = view.find(from); at != absl::string_view::npos; at = view.find(from, at + 1)) {
    size_t end = at + from.size();
    if (!StartsName(text, at) || (whole && end < text.size() && IsIdentifierChar(text[end]))) {
      continue;
    }
    absl::StrAppend(&out, view.substr(start, at - start), to);
    start = end;
  }
  if (start == 0) return text;
  absl::StrAppend(&out, view.substr(start));
  return out;
}

void RewriteNames(
    Message& message,
    absl::FunctionRef<std::string(absl::string_view field, const std::string& text)> rewrite) {
  const Reflection* reflection = message.GetReflection();
  std::vector<const FieldDescriptor*> fields;
  reflection->ListFields(message, &fields);
  for (const FieldDescriptor* field : fields) {
    if (field->name() == "mangled_names" || field->name() == "location") continue;
    if (field->cpp_type() == FieldDescriptor::CPPTYPE_STRING) {
      if (field->is_repeated()) {
        for (int i = 0; i < reflection->FieldSize(message, field); ++i) {
          reflection->SetRepeatedString(
              &message, field, i,
              rewrite(field->name(), reflection->GetRepeatedString(message, field, i)));
        }
      } else {
        reflection->SetString(&message, field,
                              rewrite(field->name(), reflection->GetString(message, field)));
      }
    } else if (field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
      if (field->is_repeated()) {
        for (int i = 0; i < reflection->FieldSize(message, field); ++i) {
          RewriteNames(*reflection->MutableRepeatedMessage(&message, field, i), rewrite);
        }
      } else {
        RewriteNames(*reflection->MutableMessage(&message, field), rewrite);
      }
    }
  }
}

}  // namespace apicompat
