#include "config.h"

#include <filesystem>
#include <system_error>

#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "cli/suggest.h"
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
    if (acknowledgement.reason().empty()) {
      return Invalid(path, absl::StrCat("acknowledged key '", key, "' has no reason"));
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
  Config config;
  if (absl::Status parsed = ParseTextProto(*text, config); !parsed.ok()) {
    // Compiler style, so editors jump to the line.
    return absl::InvalidArgumentError(absl::StrCat("config ", path, ":", parsed.message()));
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
