#include "config.h"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "cli/suggest.h"
#include "google/protobuf/text_format.h"
#include "policy/acknowledgements.h"
#include "rule_catalog.h"
#include "snapshot_io.h"

namespace apicompat {
namespace {

namespace fs = std::filesystem;

absl::Status Invalid(const std::string& path, absl::string_view why) {
  return absl::InvalidArgumentError(absl::StrCat("config ", path, ": ", why));
}

absl::Status ValidateOverrides(const Config& config, const std::string& path) {
  for (const SeverityOverride& override : config.severity_override()) {
    if (FindRule(override.rule()) == nullptr) {
      return Invalid(path, absl::StrCat("severity_override: unknown rule '", override.rule(),
                                        "'", DidYouMeanRule(override.rule())));
    }
    if (!ParseSeverity(override.severity())) {
      return Invalid(path, absl::StrCat("severity_override for ", override.rule(),
                                        ": unknown severity '", override.severity(),
                                        "' (error, warning or info)"));
    }
  }
  return absl::OkStatus();
}

absl::Status ValidateAcknowledgements(const Config& config, const std::string& path) {
  for (const Acknowledgement& acknowledgement : config.acknowledged()) {
    absl::string_view key = acknowledgement.key();
    absl::string_view rule = key.substr(0, key.find(':'));
    if (rule.size() == key.size() || FindRule(rule) == nullptr) {
      return Invalid(path, absl::StrCat("acknowledged key '", key,
                                        "' is not <rule>:<declaration> with a known rule",
                                        DidYouMeanRule(rule)));
    }
    if (absl::StripAsciiWhitespace(acknowledgement.reason()).empty()) {
      return Invalid(path, absl::StrCat("acknowledged key '", key, "' has no reason"));
    }
    // A drafted entry left as written would let the break pass unreviewed.
    if (IsPlaceholderReason(acknowledgement.reason())) {
      return Invalid(path, absl::StrCat("acknowledged key '", key, "' still has the placeholder "
                                        "reason '", acknowledgement.reason(),
                                        "': write why the break is acceptable"));
    }
  }
  return absl::OkStatus();
}

absl::Status Validate(const Config& config, const std::string& path) {
  for (const std::string& category : config.enforce()) {
    if (category != Name(Category::kApi) && category != Name(Category::kAbi)) {
      return Invalid(path, absl::StrCat("enforce: unknown category '", category,
                                        "' (api or abi; policy is always enforced)"));
    }
  }
  for (const auto* list : {&config.exempt_namespace(), &config.exempt_name(),
                           &config.exempt_path()}) {
    for (const std::string& entry : *list) {
      if (entry.empty()) return Invalid(path, "an exempt_* entry is empty");
    }
  }
  absl::Status overrides = ValidateOverrides(config, path);
  if (!overrides.ok()) return overrides;
  return ValidateAcknowledgements(config, path);
}

// Raw bytes that are not UTF-8, anywhere (comments too): the file is
// reviewed text, and such bytes hide what it says. "L:C".
std::optional<std::string> InvalidUtf8Line(absl::string_view text) {
  int line = 1;
  for (absl::string_view rest = text; !rest.empty(); ++line) {
    absl::string_view current = rest.substr(0, rest.find('\n'));
    rest.remove_prefix(std::min(rest.size(), current.size() + 1));
    std::string valid = ValidUtf8(std::string(current));
    if (valid != current) {
      size_t column = std::mismatch(valid.begin(), valid.end(), current.begin()).first -
                      valid.begin();
      return absl::StrCat(line, ":", column + 1);
    }
  }
  return std::nullopt;
}

// A string field whose value, escapes decoded ("\xff"), is not UTF-8:
// "L:C: field 'name'".
std::optional<std::string> InvalidUtf8Field(const google::protobuf::Message& message,
                                            const google::protobuf::TextFormat::ParseInfoTree& tree) {
  using google::protobuf::FieldDescriptor;
  const google::protobuf::Reflection& reflection = *message.GetReflection();
  std::vector<const FieldDescriptor*> fields;
  reflection.ListFields(message, &fields);
  for (const FieldDescriptor* field : fields) {
    int count = field->is_repeated() ? reflection.FieldSize(message, field) : 1;
    for (int i = 0; i < count; ++i) {
      int index = field->is_repeated() ? i : -1;
      if (field->cpp_type() == FieldDescriptor::CPPTYPE_MESSAGE) {
        const google::protobuf::Message& nested =
            field->is_repeated() ? reflection.GetRepeatedMessage(message, field, i)
                                 : reflection.GetMessage(message, field);
        const auto* nested_tree = tree.GetTreeForNested(field, index);
        if (nested_tree == nullptr) continue;
        if (auto found = InvalidUtf8Field(nested, *nested_tree)) return found;
      } else if (field->cpp_type() == FieldDescriptor::CPPTYPE_STRING) {
        std::string value = field->is_repeated() ? reflection.GetRepeatedString(message, field, i)
                                                 : reflection.GetString(message, field);
        if (ValidUtf8(value) == value) continue;
        google::protobuf::TextFormat::ParseLocation where = tree.GetLocation(field, index);
        return absl::StrCat(where.line + 1, ":", where.column + 1, ": ", field->name());
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> ExistingConfigIn(const fs::path& dir) {
  std::error_code error;
  fs::path candidate = dir / kConfigFileName;
  if (fs::is_regular_file(candidate, error)) return candidate.string();
  return std::nullopt;
}

}  // namespace

absl::StatusOr<Config> LoadConfig(const std::string& path) {
  std::error_code error;
  if (fs::is_directory(path, error)) return Invalid(path, "is a directory");
  absl::StatusOr<std::string> text = ReadFileContents(path);
  if (!text.ok()) return Invalid(path, text.status().message());
  return ParseConfig(*text, path);
}

absl::StatusOr<Config> ParseConfig(absl::string_view text, const std::string& path) {
  // Compiler style ("config FILE:LINE:COLUMN: ..."), so editors jump to it.
  if (std::optional<std::string> where = InvalidUtf8Line(text)) {
    return absl::InvalidArgumentError(
        absl::StrCat("config ", path, ":", *where, ": invalid UTF-8 (the file must be UTF-8 text)"));
  }
  Config config;
  google::protobuf::TextFormat::ParseInfoTree locations;
  if (absl::Status parsed = ParseTextProto(text, config, &locations); !parsed.ok()) {
    return absl::InvalidArgumentError(absl::StrCat("config ", path, ":", parsed.message()));
  }
  if (std::optional<std::string> field = InvalidUtf8Field(config, locations)) {
    return absl::InvalidArgumentError(
        absl::StrCat("config ", path, ":", *field, " is not valid UTF-8 (an escape such as "
                     "\\xff makes a byte that is not text)"));
  }
  absl::Status valid = Validate(config, path);
  if (!valid.ok()) return valid;
  return config;
}

std::optional<std::string> FindDefaultConfig(const std::string& baseline_path) {
  std::error_code error;
  if (!baseline_path.empty()) {
    if (auto beside = ExistingConfigIn(fs::absolute(baseline_path, error).parent_path())) {
      return beside;
    }
  }
  for (fs::path dir = fs::current_path(error); !error && !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", error)) return ExistingConfigIn(dir);
    if (dir == dir.root_path()) break;
  }
  return std::nullopt;
}

}  // namespace apicompat
