#include "translation_unit_snapshot.h"

#include "api_collector.h"
#include "clang/Basic/LangStandard.h"
#include "plugin_options.h"

namespace apicompat {
namespace {

// What a witness needs to compile user code as this TU compiled the
// headers: its language and standard.
void RecordLanguage(const clang::CompilerInstance& compiler, Header& header) {
  const clang::LangOptions& lang = compiler.getLangOpts();
  header.set_language(lang.CPlusPlus ? "c++" : "c");
  header.set_language_standard(
      clang::LangStandard::getLangStandardForKind(lang.LangStd).getName());
}

}  // namespace

std::unique_ptr<UseCollector> WatchUses(clang::CompilerInstance& compiler,
                                        const SnapshotScope& scope) {
  if (scope.uses_of.empty()) return nullptr;
  std::string working_dir = WorkingDirectory(compiler);
  auto uses = std::make_unique<UseCollector>(
      compiler, scope.uses_of, ProjectRoot(scope.public_dirs, scope.project_root, working_dir),
      working_dir);
  uses->WatchMacros();
  return uses;
}

void SnapshotOfTranslationUnit(clang::CompilerInstance& compiler, clang::ASTContext& context,
                               const SnapshotScope& scope, llvm::StringRef input_file,
                               UseCollector* uses, Snapshot& snapshot) {
  std::string working_dir = WorkingDirectory(compiler);
  std::string root = ProjectRoot(scope.public_dirs, scope.project_root, working_dir);
  CollectPublicApi(context, &compiler.getPreprocessor(),
                   CollectorOptions{scope.public_dirs, scope.excludes, working_dir}, snapshot);
  Header& header = *snapshot.mutable_header();
  header.add_translation_units(TranslationUnitName(root, working_dir, input_file));
  for (std::string& name : PublicDirNames(scope.public_dirs, root, working_dir)) {
    header.add_public_dirs(std::move(name));
  }
  RecordLanguage(compiler, header);
  if (uses != nullptr) uses->Collect(context, snapshot);
}

}  // namespace apicompat
