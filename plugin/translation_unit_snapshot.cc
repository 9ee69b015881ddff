#include "translation_unit_snapshot.h"

#include "api_collector.h"
#include "plugin_options.h"

namespace apicompat {

void SnapshotOfTranslationUnit(clang::CompilerInstance& compiler, clang::ASTContext& context,
                               const std::vector<std::string>& public_dirs,
                               const std::vector<std::string>& excludes,
                               llvm::StringRef input_file, Snapshot& snapshot) {
  std::string working_dir = WorkingDirectory(compiler);
  CollectPublicApi(context, &compiler.getPreprocessor(),
                   CollectorOptions{public_dirs, excludes, working_dir}, snapshot);
  Header& header = *snapshot.mutable_header();
  header.add_translation_units(TranslationUnitName(public_dirs, working_dir, input_file));
  for (std::string& name : PublicDirNames(public_dirs, working_dir)) {
    header.add_public_dirs(std::move(name));
  }
}

}  // namespace apicompat
