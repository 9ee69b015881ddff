// enumerator-removed, enumerator-added, enumerator-value-changed,
// enum-underlying-type-changed, enum-scope-changed. Enumerator values are
// compiled into users' binaries. An enumerator inserted before others
// shifts their implicit values: that is reported once, as the insertion,
// weighted by what it shifted (only a trailing count sentinel: warning).
// Anonymous enums are paired by their enumerators (match.cc): one that got
// a name is the name's type-added, one that lost it the name's type-removed.
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "checks/check.h"
#include "checks/listing.h"
#include "describe.h"
#include "names.h"

namespace apicompat {
namespace {

// COLOR_COUNT, kColorCount, Max, LAST, ERR_maxCode, NUM_COLORS: a trailing
// enumerator that counts the others rather than naming a value of its own.
bool IsSentinelName(const std::string& name) {
  return HasIdentifierWord(name, {"COUNT", "MAX", "LAST", "NUM", "TOTAL", "SENTINEL"});
}

// `_LZ4F_dummy_error_enum_for_c89_never_used`, `FOO_FORCE_32BIT`: trailing
// enumerators that only pad or size the enum, after its sentinel.
bool IsPaddingName(const std::string& name) {
  return absl::StartsWith(name, "_") ||
         HasIdentifierWord(name, {"DUMMY", "UNUSED", "FORCE", "PADDING"});
}

// Whether the enumerator at `index` of `e` is its last but for padding.
bool IsTrailing(const Enum& e, int index) {
  for (int i = index + 1; i < e.enumerators_size(); ++i) {
    if (!IsPaddingName(e.enumerators(i).name())) return false;
  }
  return true;
}

struct Shift {
  const Enumerator* before;
  const Enumerator* after;
  // The last enumerator in both versions (but for padding), named like a
  // sentinel, or padding itself.
  bool sentinel;
};

class EnumCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& /*context*/,
           FindingSink& sink) const override {
    if (!IsKept(pair) || pair.after->kind() != ENUM) return;
    const Enum& before = pair.before->enum_decl();
    const Enum& after = pair.after->enum_decl();
    ReportName(pair, sink);
    ReportEnumerators(pair, sink);
    bool retyped = before.underlying_type().canonical() != after.underlying_type().canonical();
    if (before.is_scoped() == after.is_scoped()) {
      if (retyped) {
        sink.Add("enum-underlying-type-changed", pair,
                 absl::StrCat("the underlying type of '", pair.after->qualified_name(),
                              "' changed", Retyped(before, after),
                              "; its size and the functions and fields using it change"));
      }
      return;
    }
    // Without an explicit type, scoped enums are int and unscoped ones what
    // fits: the scope change then retypes the enum too, as part of it.
    std::string also = retyped ? absl::StrCat("; its underlying type changed", Retyped(before, after))
                               : "";
    if (!after.is_scoped()) {
      sink.AddAs(Severity::kWarning, Bump::kMinor, "enum-scope-changed", pair,
                 absl::StrCat("'", pair.after->qualified_name(),
                              "' is no longer scoped; its enumerators now convert to "
                              "int and are visible in the enclosing scope, where they "
                              "may clash with other names", also));
    } else {
      sink.Add("enum-scope-changed", pair,
               absl::StrCat("'", pair.after->qualified_name(),
                            "' became an enum class; enumerators named without "
                            "the enum's name, and implicit conversions to int, no "
                            "longer compile", also));
    }
  }

 private:
  static void ReportName(const DeclPair& pair, FindingSink& sink) {
    bool was_anonymous = IsAnonymousEnum(*pair.before);
    bool is_anonymous = IsAnonymousEnum(*pair.after);
    if (was_anonymous == is_anonymous) return;
    if (was_anonymous) {
      sink.Add("type-added", pair,
               absl::StrCat("the anonymous enum of ", Enumerators(*pair.after), " is now named '",
                            pair.after->qualified_name(), "'; its enumerators, its API until "
                            "now, are unchanged"));
    } else {
      sink.Add("type-removed", pair,
               absl::StrCat("enum '", pair.before->qualified_name(), "' lost its name (its ",
                            "enumerators ", Enumerators(*pair.after), " are now in an anonymous ",
                            "enum); code naming the type no longer compiles"),
               pair.before->qualified_name());
    }
  }

  static std::string Enumerators(const Decl& decl) {
    std::vector<std::string> names;
    for (const Enumerator& e : decl.enum_decl().enumerators()) names.push_back(e.name());
    return QuotedList(names, 3);
  }

  static std::string Retyped(const Enum& before, const Enum& after) {
    auto [was, now] = ShownApart(before.underlying_type(), after.underlying_type());
    return absl::StrCat(" from '", was, "' to '", now, "'");
  }

  static void ReportEnumerators(const DeclPair& pair, FindingSink& sink) {
    const Enum& before = pair.before->enum_decl();
    const Enum& after = pair.after->enum_decl();
    const std::string& name = pair.after->qualified_name();
    size_t first_finding = sink.findings().size();
    // Keys point into the enums: no copy of each name.
    absl::flat_hash_map<absl::string_view, const Enumerator*> old_by_name, new_by_name;
    absl::flat_hash_map<absl::string_view, int> old_index;
    for (int i = 0; i < before.enumerators_size(); ++i) {
      old_by_name[before.enumerators(i).name()] = &before.enumerators(i);
      old_index[before.enumerators(i).name()] = i;
    }
    for (const Enumerator& e : after.enumerators()) new_by_name[e.name()] = &e;
    for (const Enumerator& e : before.enumerators()) {
      if (new_by_name.contains(e.name())) continue;
      sink.Add("enumerator-removed", pair,
               absl::StrCat("'", name, "::", e.name(), "' (", e.value(),
                            ") was removed; code using it no longer compiles"),
               absl::StrCat(name, "::", e.name()));
    }
    // Value changes after an added enumerator are that addition's doing.
    const Enumerator* last_added = nullptr;
    absl::flat_hash_map<const Enumerator*, std::vector<Shift>> shifts;
    std::vector<const Enumerator*> added;
    for (int i = 0; i < after.enumerators_size(); ++i) {
      const Enumerator& e = after.enumerators(i);
      auto old = old_by_name.find(e.name());
      if (old == old_by_name.end()) {
        added.push_back(&e);
        if (last_added == nullptr) last_added = &e;
        continue;
      }
      if (old->second->value() == e.value()) continue;
      bool sentinel = (IsSentinelName(e.name()) || IsPaddingName(e.name())) &&
                      IsTrailing(after, i) && IsTrailing(before, old_index[e.name()]);
      if (last_added != nullptr) {
        shifts[last_added].push_back({old->second, &e, sentinel});
      } else {
        sink.Add("enumerator-value-changed", pair,
                 absl::StrCat("'", name, "::", e.name(), "' changed from ",
                              old->second->value(), " to ", e.value(),
                              "; programs built against the old header still use ",
                              old->second->value()),
                 absl::StrCat(name, "::", e.name()));
      }
    }
    for (const Enumerator* e : added) ReportAdded(pair, *e, shifts[e], sink);
    // Findings about an enumerator that is still there point at its line.
    for (size_t i = first_finding; i < sink.findings().size(); ++i) {
      Finding& finding = sink.findings()[i];
      absl::string_view member = finding.decl();
      if (!absl::ConsumePrefix(&member, absl::StrCat(name, "::"))) continue;
      auto now = new_by_name.find(member);
      if (now != new_by_name.end() && now->second->line() != 0) finding.set_line(now->second->line());
    }
  }

  static void ReportAdded(const DeclPair& pair, const Enumerator& e,
                          const std::vector<Shift>& shifted, FindingSink& sink) {
    const std::string& name = pair.after->qualified_name();
    std::string decl = absl::StrCat(name, "::", e.name());
    std::string message = absl::StrCat("'", decl, "' (", e.value(), ") was added");
    if (shifted.empty()) {
      sink.Add("enumerator-added", pair, message, decl);
      return;
    }
    std::vector<std::string> moves;
    bool only_sentinel = true;
    for (const Shift& shift : shifted) {
      moves.push_back(absl::StrCat("'", shift.after->name(), "' from ", shift.before->value(),
                                   " to ", shift.after->value()));
      only_sentinel = only_sentinel && shift.sentinel;
    }
    std::string shifts = absl::StrJoin(moves, ", ");
    if (only_sentinel) {
      sink.AddAs(Severity::kWarning, Bump::kMinor, "enumerator-added", pair,
                 absl::StrCat(message, " before the sentinel, which moves ", shifts,
                              "; arrays and loops sized by it in programs built "
                              "against the old header are now too small"),
                 decl);
      return;
    }
    sink.AddAs(Severity::kError, Bump::kMajor, "enumerator-added", pair,
               absl::StrCat(message, " before existing enumerators, shifting ", shifts,
                            "; programs built against the old header still use "
                            "the old values"),
               decl);
  }
};

}  // namespace

std::unique_ptr<Check> MakeEnumCheck() {
  return std::make_unique<EnumCheck>();
}

}  // namespace apicompat
