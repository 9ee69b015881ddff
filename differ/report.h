// Renders a Report for people (compiler-style text) and programs (JSON), and
// for where CI shows results (SARIF, GitHub annotations, Markdown, JUnit).
#ifndef APICOMPAT_DIFFER_REPORT_H_
#define APICOMPAT_DIFFER_REPORT_H_

#include <string>
#include <vector>

#include "apicompat/report.pb.h"

namespace apicompat {

// `file:line: severity: [rule] message` per finding, then a summary and how
// to fix each rule that fired.
std::string RenderText(const Report& report);

// The Report message as JSON with its proto field names; the schema is
// proto/apicompat/report.proto.
std::string RenderJson(const Report& report);
// Any message so: proto field names, zero and empty fields printed too.
std::string RenderProtoJson(const google::protobuf::Message& message);

// What a check is about beyond its findings, for the formats CI shows.
struct ReportContext {
  // What the current API was compared with, e.g. "api/geo.apisnap.txtpb at
  // tag v1.0.0"; empty when not known.
  std::string baseline;
  // Failures beyond the findings, e.g. an outdated API file: about `file`
  // (repository-relative, or empty) with a message ending with what to do.
  struct Problem {
    std::string file;
    std::string message;
  };
  std::vector<Problem> problems;
};

// SARIF 2.1.0 (GitHub code scanning): the rules that fired, and a result
// per finding located at its file and line.
std::string RenderSarif(const Report& report, const ReportContext& context = {});

// GitHub Actions workflow commands: an `::error file=...,line=...::`
// (or ::warning, ::notice) annotation per finding, then one for the verdict.
std::string RenderGithub(const Report& report, const ReportContext& context = {});

// A job summary or pull-request comment: the verdict, the required version
// bump, the findings grouped by severity, and how to fix them.
std::string RenderMarkdown(const Report& report, const ReportContext& context = {});

// JUnit XML (GitLab, Jenkins): a test case per finding, failing when the
// finding fails the check.
std::string RenderJunit(const Report& report, const ReportContext& context = {});

// One self-contained HTML page (inline CSS and script, nothing fetched): the
// verdict, the required bump, the baseline, then the findings grouped by
// severity and category with filters, each with its declarations before and
// after, its witness, how to fix it and its rule's documentation.
std::string RenderHtml(const Report& report, const ReportContext& context = {});

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_REPORT_H_
