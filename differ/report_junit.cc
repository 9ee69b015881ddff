// JUnit XML, the test-report format GitLab, Jenkins and others display: a
// test case per finding (failing when the finding fails the check), per
// problem beyond the findings, and for the semantic-versioning verdict.
#include "absl/strings/str_cat.h"
#include "report.h"
#include "report_advice.h"
#include "report_uses.h"

namespace apicompat {
namespace {

// Escapes markup and drops the control characters XML 1.0 forbids.
std::string Xml(absl::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t') out += c;
    }
  }
  return out;
}

struct TestCase {
  std::string classname;
  std::string name;
  std::string file;
  uint32_t line = 0;
  enum Outcome { kPassed, kFailed, kSkipped } outcome = kPassed;
  std::string message;  // of the failure or skip
  std::string details;  // the failure's text
};

TestCase FromFinding(const Report& report, const Finding& finding) {
  TestCase test{finding.file().empty() ? "apicompat" : finding.file(),
                absl::StrCat(finding.rule(), " ", finding.decl()), finding.file(), finding.line()};
  if (finding.acknowledged()) {
    test.outcome = TestCase::kSkipped;
    test.message = absl::StrCat("acknowledged: ", finding.acknowledgement());
  } else if (finding.exempt()) {
    test.outcome = TestCase::kSkipped;
    test.message = "exempt in the baseline";
  } else if (FailsReport(report, finding)) {
    test.outcome = TestCase::kFailed;
    test.message = absl::StrCat(finding.severity(), ": ", finding.message());
    test.details = absl::StrCat(finding.file(), ":", finding.line(), ": ", finding.severity(),
                                ": [", finding.rule(), "] ", finding.decl(), ": ",
                                finding.message(), "\nHow to fix: ", FixText(finding.rule()),
                                "\n");
    if (!finding.uses().empty()) absl::StrAppend(&test.details, UsesText(finding), "\n");
  }
  // An impact finding is the consumer's: located at its first use.
  if (!finding.uses().empty()) {
    test.file = finding.uses(0).file();
    test.line = finding.uses(0).line();
    test.classname = test.file;
  }
  return test;
}

std::vector<TestCase> TestCases(const Report& report, const ReportContext& context) {
  std::vector<TestCase> tests;
  for (const Finding& finding : report.findings()) tests.push_back(FromFinding(report, finding));
  for (const ReportContext::Problem& problem : context.problems) {
    tests.push_back({"apicompat", problem.file.empty() ? "check" : problem.file, problem.file, 0,
                     TestCase::kFailed, problem.message, problem.message});
  }
  if (!report.semver().empty()) {
    bool enough = report.semver() == "satisfied";
    tests.push_back({"apicompat", "semantic version", "", 0,
                     enough ? TestCase::kPassed : TestCase::kFailed, VerdictText(report),
                     absl::StrCat(VerdictText(report), "\n", WaysForward(report))});
  }
  // A report without findings is one passing test, so that it is seen.
  if (tests.empty()) tests.push_back({"apicompat", "API compatibility", "", 0});
  return tests;
}

std::string Render(const TestCase& test) {
  std::string out = absl::StrCat("    <testcase classname=\"", Xml(test.classname), "\" name=\"",
                                 Xml(test.name), "\"");
  if (!test.file.empty()) absl::StrAppend(&out, " file=\"", Xml(test.file), "\"");
  if (test.line > 0) absl::StrAppend(&out, " line=\"", test.line, "\"");
  switch (test.outcome) {
    case TestCase::kPassed:
      return absl::StrCat(out, "/>\n");
    case TestCase::kSkipped:
      return absl::StrCat(out, ">\n      <skipped message=\"", Xml(test.message),
                          "\"/>\n    </testcase>\n");
    case TestCase::kFailed:
      break;
  }
  return absl::StrCat(out, ">\n      <failure message=\"", Xml(test.message),
                      "\" type=\"apicompat\">", Xml(test.details), "</failure>\n    </testcase>\n");
}

// What the check compared with, where JUnit readers show suite metadata.
std::string Properties(const Report& report, const ReportContext& context) {
  std::string properties;
  if (!context.baseline.empty()) {
    absl::StrAppend(&properties, "      <property name=\"baseline\" value=\"",
                    Xml(context.baseline), "\"/>\n");
  }
  if (std::string unaffected = UnaffectedText(report); !unaffected.empty()) {
    absl::StrAppend(&properties, "      <property name=\"unaffected\" value=\"",
                    Xml(unaffected), "\"/>\n");
  }
  if (properties.empty()) return "";
  return absl::StrCat("    <properties>\n", properties, "    </properties>\n");
}

}  // namespace

std::string RenderJunit(const Report& report, const ReportContext& context) {
  std::vector<TestCase> tests = TestCases(report, context);
  int failures = 0, skipped = 0;
  std::string body;
  for (const TestCase& test : tests) {
    failures += test.outcome == TestCase::kFailed;
    skipped += test.outcome == TestCase::kSkipped;
    absl::StrAppend(&body, Render(test));
  }
  std::string counts = absl::StrCat("tests=\"", tests.size(), "\" failures=\"", failures,
                                    "\" errors=\"0\" skipped=\"", skipped, "\"");
  return absl::StrCat("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                      "<testsuites name=\"apicompat\" ", counts, ">\n",
                      "  <testsuite name=\"apicompat\" ", counts, ">\n", Properties(report, context),
                      body,
                      "  </testsuite>\n</testsuites>\n");
}

}  // namespace apicompat
