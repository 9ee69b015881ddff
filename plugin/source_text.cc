#include "source_text.h"

#include "clang/Lex/Lexer.h"
#include "llvm/ADT/StringExtras.h"
#include "snapshot_write.h"

namespace apicompat {

std::string CollapseWhitespace(llvm::StringRef text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (llvm::isSpace(c)) {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return ValidUtf8(std::move(out));
}

std::string WrittenText(clang::SourceRange range, const clang::SourceManager& sources,
                        const clang::LangOptions& language) {
  if (range.isInvalid()) return "";
  clang::CharSourceRange chars = sources.getExpansionRange(range);
  return CollapseWhitespace(clang::Lexer::getSourceText(chars, sources, language));
}

}  // namespace apicompat
