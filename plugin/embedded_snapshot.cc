#include "embedded_snapshot.h"

#include "absl/strings/str_cat.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/Basic/TargetInfo.h"
#include "clang/Basic/Version.h"
#include "clang/Frontend/FrontendOptions.h"
#include "snapshot_frame.h"

namespace apicompat {
namespace {

#if CLANG_VERSION_MAJOR >= 18
constexpr auto kOrdinary = clang::StringLiteralKind::Ordinary;
#elif CLANG_VERSION_MAJOR >= 15
constexpr auto kOrdinary = clang::StringLiteral::Ordinary;
#else
constexpr auto kOrdinary = clang::StringLiteral::Ascii;
#endif

// Long enough to keep the assembler's per-directive cost low, short enough
// for readable `-S` output.
constexpr size_t kBytesPerDirective = 4096;

void AppendEscaped(unsigned char byte, std::string& out) {
  if (byte >= 0x20 && byte < 0x7f && byte != '"' && byte != '\\') {
    out.push_back(static_cast<char>(byte));
    return;
  }
  out.push_back('\\');
  out.push_back(static_cast<char>('0' + (byte >> 6)));
  out.push_back(static_cast<char>('0' + ((byte >> 3) & 7)));
  out.push_back(static_cast<char>('0' + (byte & 7)));
}

}  // namespace

Embedding EmbeddingOf(const clang::CompilerInstance& compiler, const clang::ASTContext& context) {
  switch (compiler.getFrontendOpts().ProgramAction) {
    case clang::frontend::EmitObj:
    case clang::frontend::EmitAssembly:
    case clang::frontend::EmitBC:
    case clang::frontend::EmitLLVM:
      break;
    default:
      return Embedding::kNoCode;
  }
  if (!context.getTargetInfo().getTriple().isOSBinFormatELF()) return Embedding::kNotElf;
  // Module inline asm is kept in bitcode and assembled at link time.
  const clang::CodeGenOptions& codegen = compiler.getCodeGenOpts();
  if (codegen.PrepareForLTO || codegen.PrepareForThinLTO) return Embedding::kBitcode;
  return Embedding::kObject;
}

std::string SectionAssembly(const std::string& frame) {
  // "" flags: not allocated, so never loaded and never collected by
  // --gc-sections (which only drops allocated sections).
  std::string assembly =
      absl::StrCat("\t.pushsection ", kSnapshotSectionName, ",\"\",%progbits\n");
  assembly.reserve(assembly.size() + frame.size() * 2);
  for (size_t start = 0; start < frame.size(); start += kBytesPerDirective) {
    assembly += "\t.ascii \"";
    size_t end = std::min(frame.size(), start + kBytesPerDirective);
    for (size_t i = start; i < end; ++i) {
      AppendEscaped(static_cast<unsigned char>(frame[i]), assembly);
    }
    assembly += "\"\n";
  }
  assembly += "\t.popsection\n";
  return assembly;
}

void EmitFileScopeAssembly(clang::CompilerInstance& compiler, clang::ASTContext& context,
                           const std::string& assembly) {
  clang::SourceLocation nowhere;
  clang::QualType type = context.getStringLiteralArrayType(
      context.CharTy, static_cast<unsigned>(assembly.size()));
  clang::StringLiteral* text = clang::StringLiteral::Create(
      context, assembly, kOrdinary, /*Pascal=*/false, type, nowhere);
  clang::FileScopeAsmDecl* decl = clang::FileScopeAsmDecl::Create(
      context, context.getTranslationUnitDecl(), text, nowhere, nowhere);
  // The multiplexing consumer: every consumer sees it, the code generator
  // (the main action's consumer) included.
  compiler.getASTConsumer().HandleTopLevelDecl(clang::DeclGroupRef(decl));
}

}  // namespace apicompat
