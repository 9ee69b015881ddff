#include "policy/acknowledgements.h"

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/text_format.h"
#include "policy/policy.h"

namespace apicompat {
namespace {

constexpr char kPlaceholderReason[] = "TODO: explain why this break is acceptable";

constexpr char kHeader[] =
    "# apicompat configuration (docs/policy.md).\n"
    "# Acknowledgements written by `apicompat diff --write-acknowledgements`:\n"
    "# replace each TODO reason with why the break is acceptable.\n";

std::string ToText(const Config& config) {
  google::protobuf::TextFormat::Printer printer;
  printer.SetUseUtf8StringEscaping(true);
  std::string text;
  printer.PrintToString(config, &text);
  return text;
}

}  // namespace

bool IsPlaceholderReason(absl::string_view reason) {
  reason = absl::StripAsciiWhitespace(reason);
  // "TODO", "TODO: ...", not "Todos los usuarios ...".
  bool todo = absl::StartsWith(reason, "TODO") &&
              (reason.size() == 4 || !absl::ascii_isalpha(reason[4]));
  return reason.empty() || reason == kPlaceholderReason || todo;
}

std::string FindingKey(const Finding& finding, const DeclPair& pair) {
  const Decl& subject = pair.before != nullptr ? *pair.before : *pair.after;
  absl::string_view name = finding.decl();
  if (name == subject.qualified_name()) {
    absl::string_view id = subject.id();
    size_t colon = id.find(':');
    if (colon != absl::string_view::npos && id.substr(colon, 2) != "::") {
      name = id.substr(colon + 1);
    }
  }
  return absl::StrCat(finding.rule(), ":", name);
}

const Acknowledgement* FindAcknowledgement(const Config& config, absl::string_view key) {
  for (const Acknowledgement& acknowledgement : config.acknowledged()) {
    if (acknowledgement.key() == key) return &acknowledgement;
  }
  return nullptr;
}

std::string ConfigWithAcknowledgements(const Config& config, const Report& report) {
  std::string out = absl::StrCat(kHeader, ToText(config));
  absl::flat_hash_set<std::string> written;
  for (const Finding& finding : report.findings()) {
    if (!FailsCheck(finding, report) || !written.insert(finding.key()).second) continue;
    Config entry;
    Acknowledgement* acknowledgement = entry.add_acknowledged();
    acknowledgement->set_key(finding.key());
    acknowledgement->set_reason(kPlaceholderReason);
    absl::StrAppend(&out, "\n# ", finding.file(), ":", finding.line(), ": [", finding.rule(),
                    "] ", finding.decl(), ": ", finding.message(), "\n", ToText(entry));
  }
  return out;
}

}  // namespace apicompat
