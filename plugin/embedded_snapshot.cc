#include "embedded_snapshot.h"

#include <algorithm>
#include <cstring>

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

// Each byte's spelling in an .ascii string: itself, or a 3-digit octal
// escape. A table, because this runs once per snapshot byte.
struct EscapeTable {
  char text[256][4];
  unsigned char length[256];
  EscapeTable() {
    for (int byte = 0; byte < 256; ++byte) {
      bool plain = byte >= 0x20 && byte < 0x7f && byte != '"' && byte != '\\';
      length[byte] = plain ? 1 : 4;
      text[byte][0] = plain ? static_cast<char>(byte) : '\\';
      text[byte][1] = static_cast<char>('0' + (byte >> 6));
      text[byte][2] = static_cast<char>('0' + ((byte >> 3) & 7));
      text[byte][3] = static_cast<char>('0' + (byte & 7));
    }
  }
};

// Appends the escaped `bytes` to `out`, which has room for 4 per byte.
char* AppendEscaped(absl::string_view bytes, char* out) {
  static const EscapeTable kTable;
  for (unsigned char byte : bytes) {
    std::memcpy(out, kTable.text[byte], 4);  // a fixed-size copy: one store
    out += kTable.length[byte];
  }
  return out;
}

}  // namespace

// CPU targets whose assembler takes `.pushsection`. GPU device compiles
// (CUDA's nvptx, HIP's amdgcn, SPIR-V) emit no such assembly: the asm would
// break their build, and they carry no host API anyway.
static bool TakesSectionDirectives(const llvm::Triple& triple) {
  switch (triple.getArch()) {
    case llvm::Triple::x86:
    case llvm::Triple::x86_64:
    case llvm::Triple::aarch64:
    case llvm::Triple::aarch64_be:
    case llvm::Triple::arm:
    case llvm::Triple::armeb:
    case llvm::Triple::thumb:
    case llvm::Triple::thumbeb:
    case llvm::Triple::ppc:
    case llvm::Triple::ppc64:
    case llvm::Triple::ppc64le:
    case llvm::Triple::riscv32:
    case llvm::Triple::riscv64:
    case llvm::Triple::systemz:
    case llvm::Triple::mips:
    case llvm::Triple::mipsel:
    case llvm::Triple::mips64:
    case llvm::Triple::mips64el:
      return true;
    default:
      return false;
  }
}

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
  const llvm::Triple& triple = context.getTargetInfo().getTriple();
  if (!triple.isOSBinFormatELF() || !TakesSectionDirectives(triple)) return Embedding::kNotElf;
  // Module inline asm is kept in bitcode and assembled at link time.
  const clang::CodeGenOptions& codegen = compiler.getCodeGenOpts();
  if (codegen.PrepareForLTO || codegen.PrepareForThinLTO) return Embedding::kBitcode;
  return Embedding::kObject;
}

std::string SectionAssembly(const std::string& frame) {
  // "" flags: not allocated, so never loaded and never collected by
  // --gc-sections (which only drops allocated sections).
  std::string head = absl::StrCat("\t.pushsection ", kSnapshotSectionName, ",\"\",%progbits\n");
  constexpr absl::string_view kOpen = "\t.ascii \"", kClose = "\"\n";
  constexpr absl::string_view kTail = "\t.popsection\n";
  size_t directives = frame.size() / kBytesPerDirective + 1;
  std::string assembly(head.size() + directives * (kOpen.size() + kClose.size()) +
                           frame.size() * 4 + kTail.size() + 4,
                       '\0');
  char* out = assembly.data();
  auto put = [&out](absl::string_view text) {
    std::memcpy(out, text.data(), text.size());
    out += text.size();
  };
  put(head);
  absl::string_view rest(frame);
  while (!rest.empty()) {
    put(kOpen);
    out = AppendEscaped(rest.substr(0, kBytesPerDirective), out);
    rest.remove_prefix(std::min(rest.size(), kBytesPerDirective));
    put(kClose);
  }
  put(kTail);
  assembly.resize(out - assembly.data());
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
