// The use collector: in a consumer's build (`apicompat flags --uses-of
// DIR`), records every use the consumer's own code makes of the
// declarations of a dependency's headers, as Snapshot.uses.
//
// The consumer's code is every file that is neither under a uses-of dir
// nor a system header; a use counts where the token naming the used
// declaration is written in it, so what the dependency's own macros and
// inline code use is the dependency's business (the expansion of its macro
// is recorded instead). Each use names the used declaration by the id the
// dependency's own snapshot gives it (decl_id.h): a member of a template
// instantiation by its template's, a field or an enumerator by its record's
// or enum's id and its name.
//
// Nothing here runs unless uses-of dirs are given.
#ifndef APICOMPAT_PLUGIN_USE_COLLECTOR_H_
#define APICOMPAT_PLUGIN_USE_COLLECTOR_H_

#include <memory>
#include <string>
#include <vector>

#include "apicompat/snapshot.pb.h"
#include "clang/AST/ASTContext.h"
#include "clang/Frontend/CompilerInstance.h"

namespace apicompat {

class UseCollector {
 public:
  // `uses_of`: the dependency's header dirs (or single headers), absolute
  // or relative to `working_dir`; use sites are named relative to `root`
  // (normalized, ProjectRoot), or by their file name outside it.
  UseCollector(clang::CompilerInstance& compiler, std::vector<std::string> uses_of,
               std::string root, std::string working_dir);
  ~UseCollector();

  // Records macro expansions from now on: called before the preprocessor
  // runs (when the AST consumer is created).
  void WatchMacros();

  // Adds the translation unit's uses to `snapshot.uses`, sorted by decl_id,
  // member, site and kind, without duplicates, and names the uses-of dirs
  // in its header.
  void Collect(clang::ASTContext& context, Snapshot& snapshot);

  class State;

 private:
  // Shared with the preprocessor's callbacks, which it owns.
  std::shared_ptr<State> state_;
};

}  // namespace apicompat

#endif  // APICOMPAT_PLUGIN_USE_COLLECTOR_H_
