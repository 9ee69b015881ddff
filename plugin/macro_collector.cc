#include "macro_collector.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Basic/Version.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/MacroInfo.h"
#include "llvm/ADT/DenseMap.h"
#include "snapshot_write.h"

namespace apicompat {
namespace {

// The include guards of the headers, by FileID.
class IncludeGuards {
 public:
  explicit IncludeGuards(clang::Preprocessor& preprocessor)
      : preprocessor_(preprocessor), sources_(preprocessor.getSourceManager()) {}

  bool IsGuard(const clang::IdentifierInfo& macro, clang::SourceLocation definition) {
    clang::FileID file = sources_.getFileID(sources_.getExpansionLoc(definition));
    auto [it, inserted] = guards_.try_emplace(file);
    if (inserted) it->second = GuardOf(file);
    return it->second == macro.getName();
  }

 private:
  // Clang's multiple-include optimization knows the guard of a file wrapped
  // in `#ifndef X` / `#define X` ... `#endif`. It gives up when `#pragma
  // once` comes first or anything follows the `#endif`, so the opening of
  // the file is checked too.
  std::string GuardOf(clang::FileID file) {
    clang::HeaderSearch& headers = preprocessor_.getHeaderSearchInfo();
    const clang::IdentifierInfo* controlling = nullptr;
    // Every included header has its HeaderFileInfo by now: getFileInfo
    // finds rather than creates it.
#if CLANG_VERSION_MAJOR >= 18
    if (clang::OptionalFileEntryRef entry = sources_.getFileEntryRefForID(file)) {
      controlling = headers.getFileInfo(*entry).getControllingMacro(
          preprocessor_.getExternalSource());
    }
#else
    if (const clang::FileEntry* entry = sources_.getFileEntryForID(file)) {
      controlling = headers.getFileInfo(entry).getControllingMacro(
          preprocessor_.getExternalSource());
    }
#endif
    if (controlling != nullptr) return controlling->getName().str();
    return OpeningGuard(file);
  }

  // X when the file's first directives, `#pragma once` aside, are
  // `#ifndef X` (or `#if !defined(X)`) then `#define X`, with no other
  // token before them.
  std::string OpeningGuard(clang::FileID file) {
    bool invalid = false;
    llvm::StringRef buffer = sources_.getBufferData(file, &invalid);
    if (invalid) return "";
    clang::Lexer lexer(sources_.getLocForStartOfFile(file), preprocessor_.getLangOpts(),
                       buffer.begin(), buffer.begin(), buffer.end());
    clang::Token token;
    lexer.LexFromRawLexer(token);
    std::vector<std::string> directive = NextDirective(lexer, token);
    while (directive == std::vector<std::string>{"pragma", "once"}) {
      directive = NextDirective(lexer, token);
    }
    std::string guard;
    if (directive.size() == 2 && directive[0] == "ifndef") {
      guard = directive[1];
    } else if (directive.size() >= 4 && directive[0] == "if" && directive[1] == "!" &&
               directive[2] == "defined") {
      guard = directive[3] == "(" && directive.size() == 6 ? directive[4] : directive[3];
      if (directive.size() != 4 && directive.size() != 6) guard.clear();
    }
    directive = NextDirective(lexer, token);
    if (guard.empty() || directive.size() < 2 || directive[0] != "define" ||
        directive[1] != guard) {
      return "";
    }
    return guard;
  }

  // The spellings of the directive starting at `token` (without the '#'),
  // leaving `token` at the start of the next line; empty when `token` does
  // not start a directive.
  std::vector<std::string> NextDirective(clang::Lexer& lexer, clang::Token& token) {
    std::vector<std::string> words;
    if (token.isNot(clang::tok::hash) || !token.isAtStartOfLine()) return words;
    while (!lexer.LexFromRawLexer(token) && !token.isAtStartOfLine()) {
      words.push_back(token.is(clang::tok::raw_identifier)
                          ? token.getRawIdentifier().str()
                          : clang::Lexer::getSpelling(token, sources_,
                                                      preprocessor_.getLangOpts()));
    }
    return words;
  }

  clang::Preprocessor& preprocessor_;
  const clang::SourceManager& sources_;
  llvm::DenseMap<clang::FileID, std::string> guards_;
};

void DescribeMacro(const clang::MacroInfo& info, clang::Preprocessor& preprocessor,
                   Macro& facts) {
  facts.set_is_function_like(info.isFunctionLike());
  facts.set_is_variadic(info.isVariadic());
  for (const clang::IdentifierInfo* param : info.params()) {
    // C99 `...` is the implicit parameter __VA_ARGS__; GNU `args...` is named.
    if (info.isC99Varargs() && param == info.params().back()) continue;
    facts.add_parameters(param->getName().str());
  }
  // Token by token, one space apart: whitespace inside a replacement list
  // means nothing, so it must not show up as a change.
  std::vector<std::string> tokens;
  for (const clang::Token& token : info.tokens()) {
    tokens.push_back(preprocessor.getSpelling(token));
  }
  facts.set_replacement(ValidUtf8(absl::StrJoin(tokens, " ")));
}

}  // namespace

std::vector<Decl> CollectPublicMacros(clang::Preprocessor& preprocessor, PublicFilter& filter) {
  IncludeGuards guards(preprocessor);
  std::vector<Decl> macros;
  for (const auto& [identifier, state] : preprocessor.macros()) {
    llvm::StringRef name = identifier->getName();
    if (name.empty() || name[0] == '_') continue;
    const clang::MacroInfo* info = preprocessor.getMacroInfo(identifier);
    if (info == nullptr || info->isBuiltinMacro()) continue;  // #undef'd, or built in
    clang::SourceLocation loc = info->getDefinitionLoc();
    // Most macros come from system headers: the cheap test goes first.
    if (loc.isInvalid() || filter.IsForeignSystemCode(loc)) continue;
    Location location;
    if (!filter.Locate(loc, &location) || guards.IsGuard(*identifier, loc)) continue;
    Decl decl;
    decl.set_id(absl::StrCat("macro:", name.str()));
    decl.set_kind(MACRO);
    decl.set_qualified_name(name.str());
    *decl.mutable_location() = std::move(location);
    decl.mutable_stability();  // present like every decl's; no mark applies to a macro
    DescribeMacro(*info, preprocessor, *decl.mutable_macro());
    macros.push_back(std::move(decl));
  }
  return macros;
}

}  // namespace apicompat
