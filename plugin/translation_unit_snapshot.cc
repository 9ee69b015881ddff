#include "translation_unit_snapshot.h"

#include "api_collector.h"
#include "plugin_options.h"

namespace apicompat {

void SnapshotOfTranslationUnit(clang::CompilerInstance& compiler, clang::ASTContext& context,
                               const std::vector<std::string>& public_dirs,
                               llvm::StringRef input_file, Snapshot& snapshot) {
  std::string working_dir = WorkingDirectory(compiler);
  CollectPublicApi(context, &compiler.getPreprocessor(),
                   CollectorOptions{public_dirs, working_dir}, snapshot);
  snapshot.mutable_header()->add_translation_units(
      TranslationUnitName(public_dirs, working_dir, input_file));
}

}  // namespace apicompat
