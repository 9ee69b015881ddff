// apicompat history: the library's API across its releases, from the API
// file at every release tag (history/), as a page, JSON or release notes.
#include <iostream>

#include "absl/strings/str_cat.h"
#include "cli/api_file.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/snapshot_inputs.h"
#include "history/history.h"
#include "snapshot_io.h"

namespace apicompat {
namespace {

struct HistoryFormat {
  absl::string_view name;
  std::string (*render)(const History&);
};

constexpr HistoryFormat kFormats[] = {{"html", RenderHistoryHtml},
                                      {"json", RenderHistoryJson},
                                      {"markdown", RenderHistoryMarkdown}};

const HistoryFormat* FindFormat(absl::string_view name) {
  for (const HistoryFormat& format : kFormats) {
    if (format.name == name) return &format;
  }
  return nullptr;
}

}  // namespace

std::vector<FlagSpec> HistoryFlagSpecs() {
  std::vector<FlagSpec> specs = ApiFileFlagSpecs();
  for (FlagSpec spec : std::vector<FlagSpec>{{"--tag-pattern", "", true},
                                             {"--pre-releases", "", false},
                                             {"--format", "", true},
                                             {"--output", "-o", true},
                                             {"--since", "", true}}) {
    specs.push_back(spec);
  }
  return specs;
}

int RunHistory(const Args& raw) {
  absl::StatusOr<ParsedArgs> args = ParseArgs(raw, HistoryFlagSpecs());
  if (!args.ok()) return Fail(args.status());
  if (!args->positional().empty()) {
    return Fail(absl::StrCat("history: unexpected argument '", args->positional().front(),
                             "' (the releases are the tags: --tag-pattern GLOB)"));
  }
  const HistoryFormat* format = FindFormat(args->Get("--format", "html"));
  if (format == nullptr) {
    return Fail(absl::StrCat("history: unknown format '", args->Get("--format"),
                             "' (html, json or markdown)"));
  }
  absl::StatusOr<ApiFile> api_file = ReadApiFileFlags(*args, "history");
  if (!api_file.ok()) return Fail(api_file.status());
  std::string output = args->Get("--output");
  if (!output.empty() && !IsStandardOutput(output)) {
    absl::Status distinct = RefuseOutputOverInputs("--output", output, {api_file->path});
    if (!distinct.ok()) return Fail(absl::StrCat("history: ", distinct.message()));
  }
  ReleaseRequest request{api_file->path, args->Get("--tag-pattern", kDefaultTagPattern),
                         args->Has("--pre-releases")};
  absl::StatusOr<Releases> releases = ReadReleases(request);
  if (!releases.ok()) return Fail(absl::StrCat("history: ", releases.status().message()));
  absl::StatusOr<History> history =
      ComputeHistory(*releases, request.tag_pattern, args->Get("--since"));
  if (!history.ok()) return Fail(absl::StrCat("history: ", history.status().message()));
  for (const std::string& note : releases->notes) std::cerr << "apicompat: " << note << "\n";
  std::string text = format->render(*history);
  if (output.empty()) {
    std::cout << text;
    return kExitOk;
  }
  absl::Status written = WriteOutput(output, text);
  return written.ok() ? kExitOk : Fail(written);
}

}  // namespace apicompat
