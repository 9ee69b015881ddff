// The plugin's embed mode: the translation unit's snapshot goes into the
// object file itself, so that whatever caches or ships objects (ccache,
// sccache, remote caches, archives, linkers) carries it along.
#ifndef APICOMPAT_PLUGIN_EMBEDDED_SNAPSHOT_H_
#define APICOMPAT_PLUGIN_EMBEDDED_SNAPSHOT_H_

#include <optional>
#include <string>

#include "clang/AST/ASTContext.h"
#include "clang/Frontend/CompilerInstance.h"

namespace apicompat {

// What this compile's output can carry.
enum class Embedding {
  kNoCode,   // no code is generated (-fsyntax-only): the sidecar is the only way
  kNotElf,   // the target's objects are not ELF: the sidecar
  kBitcode,  // -flto: LLVM bitcode, which apicompat cannot read: the section
             // reaches the linked binary, the sidecar serves the object
  kObject,   // an ELF object (or its assembly)
};
Embedding EmbeddingOf(const clang::CompilerInstance& compiler, const clang::ASTContext& context);

// Assembler text putting `frame` into the snapshot section: `.ascii`
// strings, printable bytes as they are, others as octal escapes.
std::string SectionAssembly(const std::string& frame);

// Hands `assembly` to code generation as a file-scope asm declaration.
// Called from the plugin consumer's HandleTranslationUnit, which runs
// before the main (codegen) consumer's: the code generator emits it as
// module inline asm like any `asm("...")` at namespace scope.
void EmitFileScopeAssembly(clang::CompilerInstance& compiler, clang::ASTContext& context,
                           const std::string& assembly);

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_EMBEDDED_SNAPSHOT_H_
