#include "source_text.h"

#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "clang/Lex/Lexer.h"
#include "snapshot_write.h"

namespace apicompat {

std::string CollapseWhitespace(llvm::StringRef text) {
  return ValidUtf8(absl::StrJoin(absl::StrSplit(absl::string_view(text.data(), text.size()),
                                      absl::ByAnyChar(" \t\r\n\f\v"), absl::SkipEmpty()),
                                 " "));
}

std::string WrittenText(clang::SourceRange range, const clang::SourceManager& sources,
                        const clang::LangOptions& language) {
  if (range.isInvalid()) return "";
  clang::CharSourceRange chars = sources.getExpansionRange(range);
  return CollapseWhitespace(clang::Lexer::getSourceText(chars, sources, language));
}

}  // namespace apicompat
