// Every rule has its three things: an implementation (it is in the
// catalogue the checks report through), a section in docs/rules.md, and at
// least one end-to-end case whose expectations name it.
#include <filesystem>
#include <regex>
#include <set>
#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "rule_catalog.h"
#include "support/test_support.h"

namespace apicompat::testing {
namespace {

namespace fs = std::filesystem;

std::set<std::string> RulesWithCases() {
  static const std::regex kExpect(R"(expect:\s*(.*))");
  static const std::regex kRule(R"((?:^|;)\s*([a-z][a-z0-9-]+)\s+(?:error|warning|info)\b)");
  std::set<std::string> rules;
  for (const auto& entry : fs::recursive_directory_iterator(SourceDir() + "/tests/cases")) {
    // Headers, and the sources of a consumer (the used-* rules' cases).
    bool consumer = entry.path().parent_path().filename() == "consumer";
    if (entry.path().extension() != ".h" && !(consumer && entry.path().extension() == ".cc")) {
      continue;
    }
    std::string text = ReadFile(entry.path().string());
    for (std::sregex_iterator it(text.begin(), text.end(), kExpect), end; it != end; ++it) {
      std::string items = (*it)[1].str();
      for (std::sregex_iterator rule(items.begin(), items.end(), kRule); rule != end; ++rule) {
        rules.insert((*rule)[1].str());
      }
    }
  }
  return rules;
}

TEST(RuleCatalogTest, EveryRuleIsDocumented) {
  std::string docs = ReadFile(SourceDir() + "/docs/rules.md");
  for (const RuleInfo& rule : AllRules()) {
    EXPECT_NE(docs.find(absl::StrCat("\n## ", rule.id, "\n")), std::string::npos)
        << "docs/rules.md has no '## " << rule.id << "' section";
  }
}

TEST(RuleCatalogTest, EveryRuleHasAnEndToEndCase) {
  std::set<std::string> covered = RulesWithCases();
  for (const RuleInfo& rule : AllRules()) {
    EXPECT_TRUE(covered.count(std::string(rule.id)))
        << "no tests/cases expectation names " << rule.id;
  }
}

TEST(RuleCatalogTest, IdsAreUniqueAndFindable) {
  std::set<std::string> ids;
  for (const RuleInfo& rule : AllRules()) {
    EXPECT_TRUE(ids.insert(std::string(rule.id)).second) << rule.id;
    EXPECT_EQ(FindRule(rule.id), &rule);
    EXPECT_FALSE(rule.summary.empty()) << rule.id;
    EXPECT_FALSE(rule.fix.empty()) << rule.id;
  }
  EXPECT_EQ(FindRule("no-such-rule"), nullptr);
}

}  // namespace
}  // namespace apicompat::testing
