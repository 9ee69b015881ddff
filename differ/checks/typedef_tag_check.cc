// A tag given to, or taken from, a type named by a typedef (see
// typedef_tags.h; the diff compares both sides under the tag, so no other
// check sees the edit). Adding the tag keeps every use compiling: the tag
// is a new name, `type-added`. In C++ it also becomes the name the type is
// mangled with (a typedef names an unnamed type for linkage purposes only):
// the symbols of C++ functions taking it change, `type-linkage-name-changed`.
// Removing the tag breaks code that wrote `struct tag` (or, in C++, `tag`):
// `type-removed`.
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checks/check.h"
#include "checks/function_facts.h"
#include "checks/listing.h"
#include "describe.h"
#include "names.h"

namespace apicompat {
namespace {

constexpr size_t kMaxListed = 4;

bool Mentions(const Decl& decl, const std::string& encoded) {
  for (const std::string& symbol : decl.mangled_names()) {
    if (absl::StrContains(symbol, encoded)) return true;
  }
  return false;
}

// Kept functions whose symbols spelled the type `from` and now spell it
// `to` (Itanium mangling; C symbols spell no types; an inline function's
// symbol is emitted by each caller, so nobody links against the old one).
std::vector<std::string> Renamed(const DiffContext& context, const std::string& from,
                                 const std::string& to) {
  // The unqualified names: a mangled name abbreviates the scope it shares
  // with the function (`_ZN3gfx4drawENS_7point_tE`).
  std::string from_encoded = ItaniumSourceNames(SplitQualifiedName(from).second);
  std::string to_encoded = ItaniumSourceNames(SplitQualifiedName(to).second);
  std::vector<std::string> renamed;
  for (const DeclPair& pair : context.pairs()) {
    if (IsKept(pair) && pair.after->kind() == FUNCTION && HasOwnSymbol(*pair.before) &&
        Mentions(*pair.before, from_encoded) &&
        Mentions(*pair.after, to_encoded) && !Mentions(*pair.after, from_encoded)) {
      renamed.push_back(pair.after->qualified_name());
    }
  }
  return renamed;
}

std::string Keyword(const Decl& type) {
  return type.kind() == ENUM ? "enum" : RecordKindName(type.record().record_kind());
}

std::string SymbolsChanged(const std::vector<std::string>& renamed) {
  return absl::StrCat("the symbols of ", renamed.size(),
                      renamed.size() == 1 ? " declaration" : " declarations", " changed (",
                      QuotedList(renamed, kMaxListed),
                      "), so programs built against the old version no longer load");
}

class TypedefTagCheck : public Check {
 public:
  void Finish(const DiffContext& context, FindingSink& sink) const override {
    for (const TypedefTag& tag : context.tags_added()) Added(tag, context, sink);
    for (const TypedefTag& tag : context.tags_removed()) Removed(tag, context, sink);
  }

 private:
  static const DeclPair* TypePair(const TypedefTag& tag, const DiffContext& context) {
    return context.PairById(absl::StrCat(tag.kind == ENUM ? "enum:" : "record:", tag.tag));
  }

  static void Added(const TypedefTag& tag, const DiffContext& context, FindingSink& sink) {
    const DeclPair* pair = TypePair(tag, context);
    if (pair == nullptr) return;
    std::string keyword = Keyword(Latest(*pair));
    std::vector<std::string> renamed = Renamed(context, tag.typedef_name, tag.tag);
    if (renamed.empty()) {
      sink.Add("type-added", *pair,
               absl::StrCat("the tag '", keyword, " ", tag.tag, "' was given to the ", keyword,
                            " that only the typedef '", tag.typedef_name,
                            "' named; every use of '", tag.typedef_name,
                            "' compiles and links as before"),
               tag.tag);
      return;
    }
    sink.Add("type-linkage-name-changed", *pair,
             absl::StrCat(keyword, " '", tag.typedef_name, "' got the tag '", tag.tag,
                          "': C++ mangles an unnamed type by its typedef's name only until "
                          "it has a tag; ",
                          SymbolsChanged(renamed)),
             tag.typedef_name);
  }

  static void Removed(const TypedefTag& tag, const DiffContext& context, FindingSink& sink) {
    const DeclPair* pair = TypePair(tag, context);
    if (pair == nullptr) return;
    std::string keyword = Keyword(Latest(*pair));
    std::vector<std::string> renamed = Renamed(context, tag.tag, tag.typedef_name);
    sink.Add("type-removed", *pair,
             absl::StrCat("the tag '", tag.tag, "' of the ", keyword, " named by the typedef '",
                          tag.typedef_name, "' was removed: '", tag.typedef_name,
                          "' still names the type, but code writing '", keyword, " ", tag.tag,
                          "' (or, in C++, '", tag.tag, "') no longer compiles",
                          renamed.empty() ? "" : absl::StrCat("; ", SymbolsChanged(renamed))),
             tag.tag);
  }
};

}  // namespace

std::unique_ptr<Check> MakeTypedefTagCheck() {
  return std::make_unique<TypedefTagCheck>();
}

}  // namespace apicompat
