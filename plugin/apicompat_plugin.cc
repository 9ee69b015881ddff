// The Clang plugin: runs the collector after the front end has built the AST
// and writes the translation unit's snapshot. It must never break or slow a
// user's build: every problem becomes a warning on stderr (not a Clang
// diagnostic, which -Werror would turn into a failed compile).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendOptions.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "google/protobuf/arena.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "embedded_snapshot.h"
#include "plugin_options.h"
#include "snapshot_frame.h"
#include "snapshot_write.h"
#include "translation_unit_snapshot.h"

namespace apicompat {
namespace {

void Warn(llvm::StringRef message) {
  llvm::errs() << "warning: apicompat: " << message << "\n";
}

std::string EmbeddingWarning(Embedding embedding, const std::string& sidecar) {
  if (embedding == Embedding::kBitcode) {
    return absl::StrCat("with -flto objects are LLVM bitcode, which apicompat cannot read: the "
                        "snapshot is also written to ", sidecar,
                        " (the linked binary carries the embedded one)");
  }
  return absl::StrCat("cannot embed the snapshot: the target's objects are not ELF of a CPU "
                      "target; writing ", sidecar, " instead");
}

class SnapshotWriter : public clang::ASTConsumer {
 public:
  SnapshotWriter(clang::CompilerInstance& compiler, PluginOptions options,
                 std::string input_file)
      : compiler_(compiler),
        options_(std::move(options)),
        scope_{options_.public_dirs, options_.excludes, options_.uses_of, options_.project_root},
        input_file_(std::move(input_file)),
        uses_(WatchUses(compiler, scope_)) {}

  void HandleTranslationUnit(clang::ASTContext& context) override {
    // A failed compile produces no object, so it produces no snapshot.
    if (compiler_.getDiagnostics().hasErrorOccurred()) return;
    std::string path = SnapshotPath(compiler_, options_, input_file_);
    if (path.empty()) return;  // -o /dev/null
    if (!options_.embed && FormatForPath(path) == SnapshotFormat::kText) {
      Warn(absl::StrCat(path, ": the plugin writes binary snapshots; name it .apisnap "
                              "(`apicompat merge -o FILE.txtpb` writes the text form)"));
      return;
    }
    // One arena for the whole snapshot: thousands of small messages and
    // strings, allocated by bumping a pointer and never freed one by one.
    auto arena = std::make_unique<google::protobuf::Arena>();
    Snapshot* snapshot = google::protobuf::Arena::CreateMessage<Snapshot>(arena.get());
    SnapshotOfTranslationUnit(compiler_, context, scope_, input_file_, uses_.get(), *snapshot);
    Embedding embedding = EmbeddingOf(compiler_, context);
    bool code = embedding == Embedding::kObject || embedding == Embedding::kBitcode;
    if (options_.embed && code) {
      Finalize(*snapshot);
      EmitFileScopeAssembly(compiler_, context,
                            SectionAssembly(Frame(kSnapshotFrameMagic, SerializeBinary(*snapshot))));
    }
    if (!options_.embed || embedding != Embedding::kObject) {
      if (options_.embed && embedding != Embedding::kNoCode) Warn(EmbeddingWarning(embedding, path));
      WriteSidecar(path, *snapshot, /*object_carries_digest=*/!options_.embed && code, context);
    }
    // Like Clang's own AST under -disable-free (what the driver passes):
    // the process ends with this compile, so freeing would only cost time.
    if (compiler_.getFrontendOpts().DisableFree) (void)arena.release();
  }

 private:
  // The snapshot next to the object; when there is an object, it carries
  // the sidecar's digest, so that readers refuse a sidecar left over from
  // another compile (a ccache hit restores the object, never the sidecar).
  void WriteSidecar(const std::string& path, Snapshot& snapshot, bool object_carries_digest,
                    clang::ASTContext& context) {
    std::string absolute = AbsolutePath(path, WorkingDirectory(compiler_));
    if (std::optional<std::string> problem = SharedOutFileProblem(compiler_, options_)) {
      Warn(*problem);
    }
    llvm::sys::fs::create_directories(llvm::sys::path::parent_path(absolute));
    // Serialized once: the digest is of exactly the bytes written.
    Finalize(snapshot);
    std::string bytes = SerializeBinary(snapshot);
    std::string error = WriteOutputFile(absolute, bytes);
    if (!error.empty()) return Warn(error);
    if (!object_carries_digest || !options_.out.empty()) return;
    EmitFileScopeAssembly(compiler_, context,
                          SectionAssembly(Frame(kSidecarFrameMagic, SidecarDigest(bytes))));
  }

  clang::CompilerInstance& compiler_;
  PluginOptions options_;
  SnapshotScope scope_;
  std::string input_file_;
  std::unique_ptr<UseCollector> uses_;  // null without uses-of dirs
};

class ApicompatAction : public clang::PluginASTAction {
 protected:
  std::unique_ptr<clang::ASTConsumer> CreateASTConsumer(
      clang::CompilerInstance& compiler, llvm::StringRef input_file) override {
    for (const std::string& problem : options_.problems) Warn(problem);
    if (options_.public_dirs.empty() && options_.uses_of.empty()) {
      Warn("no -fplugin-arg-apicompat-public-dir=DIR (nor uses-of=DIR) given: no snapshot "
           "written");
      return std::make_unique<clang::ASTConsumer>();
    }
    // A misspelled path would record nothing, silently, forever.
    for (const std::string& problem :
         MissingPublicDirProblems(options_, WorkingDirectory(compiler))) {
      Warn(problem);
    }
    // A precompiled header is no object of the library: the translation
    // units that include it record its declarations.
    if (compiler.getFrontendOpts().ProgramAction == clang::frontend::GeneratePCH) {
      return std::make_unique<clang::ASTConsumer>();
    }
    return std::make_unique<SnapshotWriter>(compiler, options_, input_file.str());
  }

  // Never fails: a bad argument must not stop the user's compile.
  bool ParseArgs(const clang::CompilerInstance&,
                 const std::vector<std::string>& args) override {
    options_ = ParsePluginArgs(args);
    return true;
  }

  // Runs before the main action, so the object file is still produced.
  ActionType getActionType() override { return AddBeforeMainAction; }

 private:
  PluginOptions options_;
};

clang::FrontendPluginRegistry::Add<ApicompatAction> registration(
    "apicompat", "write an apicompat snapshot of the public API");

}  // namespace
}  // namespace apicompat
