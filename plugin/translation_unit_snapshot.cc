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
  RecordLanguage(compiler, header);
}

}  // namespace apicompat
