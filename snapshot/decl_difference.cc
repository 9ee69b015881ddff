#include "decl_difference.h"

#include <algorithm>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/message_differencer.h"

namespace apicompat {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using google::protobuf::util::MessageDifferencer;
using Path = std::vector<MessageDifferencer::SpecificField>;

enum class Change { kOnlyInA, kOnlyInB, kModified };

struct Difference {
  Path path;
  Change change;
};

class Collector : public MessageDifferencer::Reporter {
 public:
  explicit Collector(std::vector<Difference>& out) : out_(out) {}
  void ReportAdded(const Message&, const Message&, const Path& path) override {
    out_.push_back({path, Change::kOnlyInB});
  }
  void ReportDeleted(const Message&, const Message&, const Path& path) override {
    out_.push_back({path, Change::kOnlyInA});
  }
  void ReportModified(const Message&, const Message&, const Path& path) override {
    // A message is reported modified after the leaves that differ in it.
    if (path.back().field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) return;
    out_.push_back({path, Change::kModified});
  }

 private:
  std::vector<Difference>& out_;
};

bool IsElement(const FieldDescriptor& field) {
  return field.is_repeated() && field.cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE;
}

// A difference inside a list element (a field, a parameter, a base) is the
// cause; the record's size or a flag beside it is the consequence.
int Rank(const Difference& difference) {
  bool in_element = std::any_of(difference.path.begin(), difference.path.end(),
                                [](const auto& step) { return IsElement(*step.field); });
  if (in_element) return difference.change == Change::kModified ? 0 : 1;
  return 2;
}

// "offset_bits" -> "offset bits", "is_noexcept" -> "noexcept".
std::string Words(const FieldDescriptor& field) {
  std::string name = field.name();
  if (absl::StartsWith(name, "is_")) name = name.substr(3);
  return absl::StrReplaceAll(name, {{"_", " "}});
}

std::string StringField(const Message& message, const char* name) {
  const FieldDescriptor* field = message.GetDescriptor()->FindFieldByName(name);
  if (field == nullptr || field->cpp_type() != FieldDescriptor::CPPTYPE_STRING) return "";
  return message.GetReflection()->GetString(message, field);
}

std::string Named(absl::string_view what, int index, const std::string& name) {
  return name.empty() ? absl::StrCat(what, " ", index + 1)
                      : absl::StrCat(what, " ", index + 1, " '", name, "'");
}

// "field 'x'", "parameter 2 'size'", "base 'Shape'".
std::string ElementLabel(const FieldDescriptor& field, const Message& element, int index) {
  const std::string& list = field.name();
  std::string name = StringField(element, "name");
  if (list == "fields") return absl::StrCat("field '", name, "'");
  if (list == "enumerators") return absl::StrCat("enumerator '", name, "'");
  if (list == "parameters") return Named("parameter", index, name);
  if (list == "template_parameters") return Named("template parameter", index, name);
  if (list == "bases") {
    if (const auto* base = dynamic_cast<const Base*>(&element)) {
      return absl::StrCat("base '", base->type().canonical(), "'");
    }
  }
  if (list == "vtable") return Named("vtable entry", index, name);
  return Named(Words(field), index, name);
}

// `index` is -1 for a singular field.
std::string ValueText(const Message& message, const FieldDescriptor& field, int index) {
  const auto* reflection = message.GetReflection();
  bool repeated = field.is_repeated();
  switch (field.cpp_type()) {
    case FieldDescriptor::CPPTYPE_STRING:
      return absl::StrCat("'",
                          repeated ? reflection->GetRepeatedString(message, &field, index)
                                   : reflection->GetString(message, &field),
                          "'");
    case FieldDescriptor::CPPTYPE_ENUM:
      return absl::AsciiStrToLower(
          (repeated ? reflection->GetRepeatedEnum(message, &field, index)
                    : reflection->GetEnum(message, &field))
              ->name());
    default: {
      std::string text;
      google::protobuf::TextFormat::PrintFieldValueToString(message, &field,
                                                            repeated ? index : -1, &text);
      return text;
    }
  }
}

// "at offset 32 bits in a.cc, 64 in b.cc", "noexcept in a.cc, not in b.cc".
std::string Contrast(const FieldDescriptor& field, const std::string& a, const std::string& unit_a,
                     const std::string& b, const std::string& unit_b) {
  if (field.cpp_type() == FieldDescriptor::CPPTYPE_BOOL) {
    std::string words = Words(field);
    return a == "true" ? absl::StrCat(words, " in ", unit_a, ", not in ", unit_b)
                       : absl::StrCat("not ", words, " in ", unit_a, ", ", words, " in ", unit_b);
  }
  const std::string& name = field.name();
  std::string before = Words(field), after;
  if (name == "offset_bits") before = "at offset", after = " bits";
  if (name == "canonical") before = "";
  if (absl::EndsWith(name, "_bytes")) {
    before = absl::StrReplaceAll(before, {{" bytes", ""}, {"align", "alignment"}});
    after = " bytes";
  }
  return absl::StrCat(before, before.empty() ? "" : " ", a, after, " in ", unit_a, ", ", b,
                      " in ", unit_b);
}

// "in a.cc, not in b.cc": both TUs named, whichever has it.
std::string OnlyIn(bool in_a, const std::string& unit_a, const std::string& unit_b) {
  return in_a ? absl::StrCat("in ", unit_a, ", not in ", unit_b)
              : absl::StrCat("not in ", unit_a, ", in ", unit_b);
}

std::string Render(const Difference& difference, const Decl& a, const std::string& unit_a,
                   const Decl& b, const std::string& unit_b) {
  const Message* in_a = &a;
  const Message* in_b = &b;
  std::vector<std::string> words;
  for (size_t i = 0; i < difference.path.size(); ++i) {
    const auto& step = difference.path[i];
    const FieldDescriptor& field = *step.field;
    int index_a = step.index;
    int index_b = step.new_index >= 0 ? step.new_index : step.index;
    bool last = i + 1 == difference.path.size();
    if (field.cpp_type() != FieldDescriptor::CPPTYPE_MESSAGE) {
      // proto3 reports a scalar left at its default as added or deleted.
      if (difference.change == Change::kModified || !field.is_repeated()) {
        words.push_back(Contrast(field, ValueText(*in_a, field, index_a), unit_a,
                                 ValueText(*in_b, field, index_b), unit_b));
      } else {
        bool only_a = difference.change == Change::kOnlyInA;
        words.push_back(absl::StrCat(
            Words(field), " ",
            ValueText(only_a ? *in_a : *in_b, field, only_a ? index_a : index_b), " ",
            OnlyIn(only_a, unit_a, unit_b)));
      }
      break;
    }
    auto child = [&](const Message* parent, int index) -> const Message* {
      if (parent == nullptr) return nullptr;
      const auto* reflection = parent->GetReflection();
      if (!field.is_repeated()) return &reflection->GetMessage(*parent, &field);
      if (index < 0 || index >= reflection->FieldSize(*parent, &field)) return nullptr;
      return &reflection->GetRepeatedMessage(*parent, &field, index);
    };
    bool only_here = last && difference.change != Change::kModified;
    in_a = only_here && difference.change == Change::kOnlyInB ? nullptr : child(in_a, index_a);
    in_b = only_here && difference.change == Change::kOnlyInA ? nullptr : child(in_b, index_b);
    const Message* present = in_a != nullptr ? in_a : in_b;
    if (IsElement(field) && present != nullptr) {
      words.push_back(ElementLabel(field, *present, in_a != nullptr ? index_a : index_b));
    } else if (field.containing_oneof() == nullptr) {
      words.push_back(Words(field));
    }
    if (only_here) {
      words.push_back(OnlyIn(in_a != nullptr, unit_a, unit_b));
      break;
    }
    if (in_a == nullptr || in_b == nullptr) break;
  }
  return absl::StrJoin(words, " ");
}

std::vector<Difference> Differences(const Decl& a, const Decl& b, bool by_name) {
  std::vector<Difference> found;
  Collector collector(found);
  MessageDifferencer differencer;
  if (by_name) {
    // Fields and enumerators are matched by name, so that one inserted
    // under a -D flag reads as that field, not as every later one renamed.
    differencer.TreatAsMap(Record::descriptor()->FindFieldByName("fields"),
                           Field::descriptor()->FindFieldByName("name"));
    differencer.TreatAsMap(Enum::descriptor()->FindFieldByName("enumerators"),
                           Enumerator::descriptor()->FindFieldByName("name"));
  }
  differencer.ReportDifferencesTo(&collector);
  differencer.Compare(a, b);
  return found;
}

}  // namespace

std::string DescribeDifference(const Decl& a, const std::string& unit_a, const Decl& b,
                               const std::string& unit_b) {
  std::vector<Difference> found = Differences(a, b, /*by_name=*/true);
  // Matched by name, a mere reordering is no difference: compare in order.
  if (found.empty()) found = Differences(a, b, /*by_name=*/false);
  if (found.empty()) return "";
  auto best = std::min_element(found.begin(), found.end(),
                               [](const Difference& x, const Difference& y) {
                                 return Rank(x) < Rank(y);
                               });
  return Render(*best, a, unit_a, b, unit_b);
}

std::string DescribeDecl(const Decl& decl) {
  return absl::StrCat(absl::AsciiStrToLower(DeclKind_Name(decl.kind())), " '",
                      decl.qualified_name(), "' (", decl.location().file(), ":",
                      decl.location().line(), ")");
}

}  // namespace apicompat
