// apicompat check: the CI gate. Compares the current build's snapshot with
// the library's API file as released (git_baseline.h), reports where CI
// shows it, and fails on breaking changes and, if asked, on an API file
// that was not updated.
#include <stdlib.h>

#include <filesystem>
#include <iostream>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "cli/api_file.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/compare.h"
#include "cli/rebuild_baseline.h"
#include "cli/snapshot_inputs.h"
#include "config.h"
#include "empty_snapshot.h"
#include "git_baseline.h"
#include "listing/api_listing.h"
#include "snapshot_io.h"
#include "unknown_facts.h"

namespace apicompat {
namespace {

namespace fs = std::filesystem;

}  // namespace

std::vector<FlagSpec> CheckFlagSpecs() {
  std::vector<FlagSpec> specs = CompareFlagSpecs();
  for (FlagSpec spec : ApiFileFlagSpecs()) specs.push_back(spec);
  for (FlagSpec spec : ProgressFlagSpecs()) specs.push_back(spec);
  for (FlagSpec spec : std::vector<FlagSpec>{{"--baseline", "", true},
                                             {"--tag-pattern", "", true},
                                             {"--public-dir", "", true, true},
                                             {"--require-updated-api-file", "", false},
                                             {"--allow-empty", "", false},
                                             {"--keep-first", "", false},
                                             {"--rebuild-baseline", "", false},
                                             {"--rebuild-arg", "", true, true}}) {
    specs.push_back(spec);
  }
  return specs;
}

namespace {

// Where paths in the report are relative to: the repository's root, or the
// working directory outside git.
fs::path ProjectRoot(const std::string& api_file) {
  absl::StatusOr<GitRepository> repo = GitRepository::Containing(api_file);
  std::error_code error;
  return repo.ok() ? fs::path(repo->root()) : fs::weakly_canonical(fs::current_path(error));
}

std::string RelativeTo(const fs::path& root, const fs::path& path) {
  std::error_code error;
  fs::path relative = fs::weakly_canonical(fs::absolute(path), error).lexically_relative(root);
  return relative.empty() ? path.generic_string() : relative.generic_string();
}

// Findings name headers relative to their public directory; annotations and
// code scanning need them relative to the repository. A header that no
// longer exists (a removal) is placed in the first public directory.
void RelocateFindings(const std::vector<std::string>& public_dirs, const fs::path& root,
                      Report& report) {
  if (public_dirs.empty()) return;
  absl::flat_hash_map<std::string, std::string> relocated;
  for (Finding& finding : *report.mutable_findings()) {
    if (finding.file().empty()) continue;
    auto [it, added] = relocated.try_emplace(finding.file());
    if (added) {
      fs::path chosen = fs::path(public_dirs.front()) / finding.file();
      for (const std::string& dir : public_dirs) {
        std::error_code error;
        if (fs::exists(fs::path(dir) / finding.file(), error)) {
          chosen = fs::path(dir) / finding.file();
          break;
        }
      }
      it->second = RelativeTo(root, chosen);
    }
    finding.set_file(it->second);
  }
}

// Only the declarations make the API: a header that differs (another
// compiler or apicompat version wrote it) is no change.
std::string DeclBytes(const Snapshot& snapshot) {
  Snapshot decls;
  *decls.mutable_decls() = snapshot.decls();
  Finalize(decls);
  return Serialize(decls, SnapshotFormat::kBinary);
}

std::string ChangeCounts(const Snapshot& committed, const Snapshot& current) {
  absl::flat_hash_map<std::string, const Decl*> before;
  for (const Decl& decl : committed.decls()) before[decl.id()] = &decl;
  int added = 0, changed = 0;
  for (const Decl& decl : current.decls()) {
    auto it = before.find(decl.id());
    if (it == before.end()) {
      ++added;
      continue;
    }
    if (it->second->SerializeAsString() != decl.SerializeAsString()) ++changed;
    before.erase(it);
  }
  return absl::StrCat(added, " added, ", before.size(), " removed, ", changed, " changed");
}

// --require-updated-api-file: the committed API file (in CI the working
// tree is the commit under test) must hold the current API, and its listing
// beside it must be the current API's. One problem at most: an outdated
// snapshot says to commit both.
std::optional<ReportContext::Problem> OutdatedApiFile(const ApiFile& api_file,
                                                      const std::vector<std::string>& inputs,
                                                      const Snapshot& current,
                                                      const fs::path& root) {
  std::string shown = RelativeTo(root, api_file.path);
  std::string listing = RelativeTo(root, api_file.listing);
  std::string update = absl::StrCat("run `apicompat update ", api_file.flag, " ",
                                    absl::StrJoin(inputs, " "), "` and commit ");
  absl::StatusOr<Snapshot> committed = ReadSnapshot(api_file.path);
  if (!committed.ok()) {
    return ReportContext::Problem{
        shown, absl::StrCat("the API file cannot be read (", committed.status().message(),
                            "): ", update, shown, " and ", listing)};
  }
  if (DeclBytes(*committed) != DeclBytes(current)) {
    return ReportContext::Problem{
        shown, absl::StrCat("the API changed (declarations: ", ChangeCounts(*committed, current),
                            ") but ", shown, " was not updated: ", update, shown, " and ",
                            listing)};
  }
  absl::StatusOr<std::string> listed = ReadFileContents(api_file.listing);
  if (!listed.ok()) {
    return ReportContext::Problem{
        listing, absl::StrCat("the API listing ", listing, " cannot be read (",
                              listed.status().message(), "): ", update, listing)};
  }
  if (*listed == RenderApiListing(current)) return std::nullopt;
  return ReportContext::Problem{
      listing, absl::StrCat("the API listing ", listing, " is not the listing of ", shown,
                            " (edited by hand, or written by another apicompat version): ",
                            update, listing)};
}

// The release tag's version is the baseline of the semantic-versioning
// verdict, unless --baseline-version says otherwise.
absl::Status UseTagVersion(const ParsedArgs& args, const Baseline& baseline, Policy& policy) {
  if (!baseline.version || args.Has("--baseline-version")) return absl::OkStatus();
  if (policy.current_version && *policy.current_version < *baseline.version) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--current-version ", policy.current_version->text, " is older than the baseline's ",
        "release ", baseline.version->text, ": pass the version being prepared"));
  }
  policy.baseline_version = baseline.version;
  return absl::OkStatus();
}

// Where the configuration may be in a commit: the file in force (--config
// or found by default) at its path in the repository, else where
// FindDefaultConfig looks (beside the API file, at the root).
std::vector<std::string> ConfigCandidates(const GitRepository& repo, const ApiFile& api_file,
                                          const std::string& config_path) {
  if (!config_path.empty()) {
    absl::StatusOr<std::string> relative = repo.RelativePath(config_path);
    if (relative.ok()) return {*relative};
  }
  std::vector<std::string> candidates;
  if (absl::StatusOr<std::string> api = repo.RelativePath(api_file.path); api.ok()) {
    std::string dir = fs::path(*api).parent_path().generic_string();
    candidates.push_back(dir.empty() ? kConfigFileName : absl::StrCat(dir, "/", kConfigFileName));
  }
  candidates.push_back(kConfigFileName);
  return candidates;
}

// The configuration at the baseline's commit (defaults if it had none), so
// that what the current one loosens is reported; nullopt for a baseline
// that is a file, which has no configuration beside it.
absl::StatusOr<std::optional<Config>> BaselineConfig(const Baseline& baseline,
                                                     const ApiFile& api_file,
                                                     const std::string& config_path) {
  if (baseline.commit.empty()) return std::nullopt;
  absl::StatusOr<GitRepository> repo = GitRepository::Containing(api_file.path);
  if (!repo.ok()) return repo.status();
  std::string name = baseline.tag.empty() ? baseline.commit.substr(0, 12) : baseline.tag;
  for (const std::string& candidate : ConfigCandidates(*repo, api_file, config_path)) {
    absl::StatusOr<std::optional<std::string>> text =
        repo->FileAt(baseline.commit, candidate, name);
    if (!text.ok()) return text.status();
    if (!*text) continue;
    absl::StatusOr<Config> config = ParseConfig(**text, absl::StrCat(name, ":", candidate));
    if (!config.ok()) return config.status();
    return *std::move(config);
  }
  return Config();
}

// --rebuild-baseline replaces the stored baseline by a snapshot of its
// commit's sources taken now; without it, a baseline whose collector
// computed some fact differently gets a note offering it.
absl::Status RebuildOrNote(const ParsedArgs& args, const ApiFile& api_file,
                           const Snapshot& current, Baseline& baseline) {
  if (!args.Has("--rebuild-baseline")) {
    std::string note = RecomputedFactsNote(baseline.snapshot, current);
    if (!note.empty()) std::cerr << "apicompat: note: " << note << "\n";
    return absl::OkStatus();
  }
  if (baseline.commit.empty()) {
    return absl::InvalidArgumentError(
        "--rebuild-baseline needs a baseline from git (a tag or a branch), not a file");
  }
  absl::StatusOr<GitRepository> repo = GitRepository::Containing(api_file.path);
  if (!repo.ok()) return repo.status();
  RebuildRequest request{baseline.commit,
                         baseline.tag.empty() ? baseline.commit.substr(0, 12) : baseline.tag,
                         args.GetAll("--public-dir"), args.GetAll("--rebuild-arg")};
  absl::StatusOr<Snapshot> rebuilt = RebuildBaseline(*repo, request);
  if (!rebuilt.ok()) return rebuilt.status();
  baseline.snapshot = *std::move(rebuilt);
  absl::StrAppend(&baseline.description, ", rebuilt from its sources by this apicompat");
  std::cerr << "apicompat: baseline rebuilt from the sources at " << request.name
            << " by this apicompat (header mode)\n";
  return absl::OkStatus();
}

// Locally, a configuration edited but not committed decides the check's
// policy; CI checks the committed one. Say so.
void WarnIfConfigUncommitted(const ApiFile& api_file, const std::string& config_path) {
  if (config_path.empty()) return;
  absl::StatusOr<GitRepository> repo = GitRepository::Containing(config_path);
  if (!repo.ok()) return;
  absl::StatusOr<std::string> relative = repo->RelativePath(config_path);
  absl::StatusOr<std::string> text = ReadFileContents(config_path);
  if (!relative.ok() || !text.ok()) return;
  absl::StatusOr<std::optional<std::string>> committed = repo->FileAt("HEAD", *relative, "HEAD");
  if (committed.ok() && *committed && **committed == *text) return;
  std::cerr << "apicompat: warning: " << *relative
            << (committed.ok() && *committed ? " differs from the committed one (HEAD)"
                                             : " is not committed")
            << ": this check applies it, CI applies the committed one\n";
}

// The directories witnesses include from, relative to the repository: the
// public dirs (--public-dir, else the snapshot's, taken as relative to the
// repository).
std::vector<std::string> WitnessDirs(const std::vector<std::string>& public_dirs,
                                     const fs::path& root, const Header& header) {
  std::vector<std::string> dirs;
  for (const std::string& dir : public_dirs) dirs.push_back(RelativeTo(root, dir));
  if (dirs.empty()) dirs.assign(header.public_dirs().begin(), header.public_dirs().end());
  return dirs;
}

// check --witnesses: the current headers from the working tree, the
// baseline's from the baseline commit's objects, extracted below `scratch`,
// unless --current-include and --baseline-include name them.
absl::Status FindWitnessIncludes(const std::vector<std::string>& dirs, const fs::path& root,
                                 const Baseline& baseline, const std::string& scratch,
                                 WitnessOptions& options) {
  if (options.current_include.empty()) {
    for (const std::string& dir : dirs) options.current_include.push_back((root / dir).string());
  }
  if (!options.baseline_include.empty()) return absl::OkStatus();
  if (baseline.commit.empty()) {
    return absl::InvalidArgumentError(
        "--witnesses: the baseline is a file, not a commit: give --baseline-include");
  }
  absl::StatusOr<GitRepository> repo = GitRepository::Containing(root.string());
  if (!repo.ok()) return repo.status();
  absl::Status extracted = repo->ExtractDirectories(baseline.commit, dirs, scratch);
  if (!extracted.ok()) return extracted;
  for (const std::string& dir : dirs) options.baseline_include.push_back((fs::path(scratch) / dir).string());
  return absl::OkStatus();
}

// A directory removed when the check ends.
class ScratchDir {
 public:
  ScratchDir() {
    std::string pattern = (fs::temp_directory_path() / "apicompat-witness-XXXXXX").string();
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~ScratchDir() {
    std::error_code error;
    if (!path_.empty()) fs::remove_all(path_, error);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace

int RunCheck(const Args& raw) {
  absl::StatusOr<ParsedArgs> args = ParseArgs(raw, CheckFlagSpecs());
  if (!args.ok()) return Fail(args.status());
  absl::StatusOr<ApiFile> api_file = ReadApiFileFlags(*args, "check");
  if (!api_file.ok()) return Fail(api_file.status());
  std::vector<std::string> public_dirs;
  for (const std::string& dir : args->GetAll("--public-dir")) {
    std::error_code error;
    if (fs::is_regular_file(dir, error)) {
      // A single public header: findings name it relative to its directory.
      public_dirs.push_back(fs::path(dir).parent_path().string());
    } else if (fs::is_directory(dir, error)) {
      public_dirs.push_back(dir);
    } else {
      return Fail(absl::StrCat("check: public dir '", dir,
                               "' is neither a directory nor a header file"));
    }
  }
  const std::vector<std::string>& inputs = args->positional();
  if (inputs.empty()) {
    return Fail("check: no current snapshot given: pass the build's *.apisnap files or build "
                "directories");
  }
  absl::StatusOr<CompareSettings> settings = ReadCompareFlags(*args, api_file->path);
  if (!settings.ok()) return Fail(absl::StrCat("check: ", settings.status().message()));
  absl::StatusOr<std::vector<SnapshotInput>> found = ExpandSnapshotInputs(inputs);
  if (!found.ok()) return Fail(absl::StrCat("check: ", found.status().message()));
  std::vector<std::string> snapshot_files;
  for (const SnapshotInput& input : *found) snapshot_files.push_back(input.path);
  snapshot_files.push_back(api_file->path);
  if (args->Get("--baseline", "auto") != "auto") snapshot_files.push_back(args->Get("--baseline"));
  absl::Status distinct = RefuseOutputsOverInputs(*settings, snapshot_files);
  if (!distinct.ok()) return Fail(absl::StrCat("check: ", distinct.message()));
  MergeOptions merge;
  merge.keep_first = args->Has("--keep-first");
  absl::StatusOr<MergeResult> current = ReadMergedSnapshot(inputs, merge);
  if (!current.ok()) return Fail(absl::StrCat("check: ", current.status().message()));
  // An empty current API would pass against an empty baseline forever, and
  // against a real one report everything removed for a build mistake.
  absl::Status nonempty =
      RefuseEmptySnapshot(current->snapshot, "check", args->Has("--allow-empty"));
  if (!nonempty.ok()) return Fail(nonempty);
  BaselineRequest request{api_file->path, args->Get("--baseline", "auto"),
                          args->Get("--tag-pattern", kDefaultTagPattern)};
  absl::StatusOr<Baseline> baseline = LoadBaseline(request);
  if (!baseline.ok()) return Fail(absl::StrCat("check: ", baseline.status().message()));
  absl::Status versions = UseTagVersion(*args, *baseline, settings->diff.policy);
  if (!versions.ok()) return Fail(absl::StrCat("check: ", versions.message()));
  for (const std::string& note : baseline->notes) std::cerr << "apicompat: " << note << "\n";
  absl::Status rebuilt = RebuildOrNote(*args, *api_file, current->snapshot, *baseline);
  if (!rebuilt.ok()) return Fail(absl::StrCat("check: ", rebuilt.message()));
  if (!args->Has("--baseline-config")) {
    absl::StatusOr<std::optional<Config>> released =
        BaselineConfig(*baseline, *api_file, settings->config_path);
    if (!released.ok()) return Fail(absl::StrCat("check: ", released.status().message()));
    settings->diff.policy.baseline_config = *std::move(released);
  }
  WarnIfConfigUncommitted(*api_file, settings->config_path);

  fs::path root = ProjectRoot(api_file->path);
  ScratchDir scratch;
  if (settings->witnesses) {
    absl::Status found = FindWitnessIncludes(
        WitnessDirs(public_dirs, root, current->snapshot.header()), root, *baseline,
        scratch.path(), *settings->witnesses);
    if (!found.ok()) return Fail(absl::StrCat("check: ", found.message()));
  }
  absl::StatusOr<Report> diffed = DiffAsSettingsSay(baseline->snapshot, current->snapshot, *settings);
  if (!diffed.ok()) return Fail(absl::StrCat("check: ", diffed.status().message()));
  Report& report = *diffed;
  BaselineSource& source = *report.mutable_baseline();
  source.set_description(baseline->description);
  source.set_tag(baseline->tag);
  source.set_commit(baseline->commit);
  for (const std::string& tag : baseline->head_tags) source.add_head_tags(tag);
  RelocateFindings(public_dirs, root, report);
  ReportContext context{baseline->description, {}};
  if (args->Has("--require-updated-api-file")) {
    if (auto problem = OutdatedApiFile(*api_file, inputs, current->snapshot, root)) {
      context.problems.push_back(*std::move(problem));
    }
  }
  return PublishReport(report, *settings, context);
}

}  // namespace apicompat
