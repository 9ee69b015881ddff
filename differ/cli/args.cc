#include "cli/args.h"

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "cli/suggest.h"

namespace apicompat {
namespace {

const FlagSpec kHelp = {"--help", "-h", false, true};

const FlagSpec* FindSpec(const std::string& name, absl::Span<const FlagSpec> specs) {
  for (const FlagSpec& spec : specs) {
    if (name == spec.name || (!spec.alias.empty() && name == spec.alias)) return &spec;
  }
  return name == kHelp.name || name == kHelp.alias ? &kHelp : nullptr;
}

absl::Status UnknownFlag(const std::string& name, absl::Span<const FlagSpec> specs) {
  std::vector<std::string> known = {kHelp.name};
  for (const FlagSpec& spec : specs) {
    known.push_back(spec.name);
    if (!spec.alias.empty()) known.push_back(spec.alias);
  }
  return absl::InvalidArgumentError(
      absl::StrCat("unknown flag '", name, "'", DidYouMean(name, known)));
}

}  // namespace

std::string ParsedArgs::Get(const std::string& name, const std::string& fallback) const {
  auto it = values_.find(name);
  return it == values_.end() || it->second.empty() ? fallback : it->second.back();
}

std::vector<std::string> ParsedArgs::GetAll(const std::string& name) const {
  auto it = values_.find(name);
  return it == values_.end() ? std::vector<std::string>() : it->second;
}

absl::StatusOr<ParsedArgs> ParseArgs(absl::Span<const std::string> args,
                                     absl::Span<const FlagSpec> specs) {
  ParsedArgs parsed;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") {
      parsed.positional_.insert(parsed.positional_.end(), args.begin() + i + 1, args.end());
      break;
    }
    if (arg.size() < 2 || arg[0] != '-') {
      parsed.positional_.push_back(arg);
      continue;
    }
    std::string name = arg, value;
    bool inline_value = false;
    if (size_t eq = arg.find('='); absl::StartsWith(arg, "--") && eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      inline_value = true;
    }
    const FlagSpec* spec = FindSpec(name, specs);
    if (spec == nullptr) return UnknownFlag(name, specs);
    if (spec->takes_value && !inline_value) {
      if (i + 1 >= args.size()) {
        return absl::InvalidArgumentError(absl::StrCat("flag '", name, "' needs a value"));
      }
      value = args[++i];
    } else if (!spec->takes_value && inline_value) {
      return absl::InvalidArgumentError(absl::StrCat("flag '", name, "' takes no value"));
    }
    std::vector<std::string>& values = parsed.values_[spec->name];
    if (spec->takes_value && !spec->repeatable && !values.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(
          "flag '", name, "' given twice ('", values.front(), "' and '", value,
          "'): it takes one value"));
    }
    values.push_back(value);
  }
  return parsed;
}

}  // namespace apicompat
