#include "findings.h"

#include <cstdlib>

#include "decl_text.h"

namespace apicompat {

Finding& FindingSink::Emit(absl::string_view rule_id, const DeclPair& pair,
                           std::string message, std::string decl) {
  const RuleInfo* rule = FindRule(rule_id);
  // A check reporting an uncatalogued id is a programming error.
  if (rule == nullptr) std::abort();
  const Decl& located = pair.after != nullptr ? *pair.after : *pair.before;
  subjects_.push_back(pair);
  Finding& finding = findings_.emplace_back();
  finding.set_rule(std::string(rule->id));
  finding.set_category(std::string(Name(rule->category)));
  finding.set_severity(std::string(Name(rule->severity)));
  finding.set_bump(std::string(Name(rule->bump)));
  finding.set_decl(decl.empty() ? located.qualified_name() : std::move(decl));
  finding.set_message(std::move(message));
  finding.set_file(located.location().file());
  finding.set_line(located.location().line());
  // For reports that show the change side by side (HTML).
  if (pair.before != nullptr) finding.set_old_declaration(StandaloneDeclaration(*pair.before));
  if (pair.after != nullptr) finding.set_new_declaration(StandaloneDeclaration(*pair.after));
  return finding;
}

void FindingSink::Add(absl::string_view rule_id, const DeclPair& pair,
                      std::string message, std::string decl) {
  Emit(rule_id, pair, std::move(message), std::move(decl));
}

void FindingSink::AddInfo(absl::string_view rule_id, const DeclPair& pair,
                          std::string message, std::string decl) {
  AddAs(Severity::kInfo, Bump::kMinor, rule_id, pair, std::move(message),
        std::move(decl));
}

void FindingSink::AddAs(Severity severity, Bump bump, absl::string_view rule_id,
                        const DeclPair& pair, std::string message,
                        std::string decl) {
  Finding& finding = Emit(rule_id, pair, std::move(message), std::move(decl));
  finding.set_severity(std::string(Name(severity)));
  finding.set_bump(std::string(Name(bump)));
}

}  // namespace apicompat
