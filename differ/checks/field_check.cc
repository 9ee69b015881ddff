// field-removed, field-added, field-type-changed, field-access-reduced.
// The first of these in a record is credited with the layout consequences
// (size, shifted offsets) when fields are what moved the layout; a private
// field renamed at the same offset with the same type is no change, and one
// that changed type without moving anything is at most a warning
// (private_field.h).
#include <utility>

#include "absl/strings/str_cat.h"
#include "checks/check.h"
#include "checks/private_field.h"
#include "describe.h"
#include "record_diff.h"

namespace apicompat {
namespace {

bool IsAccessible(const Field& field) { return field.access() != PRIVATE; }

class FieldCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& context,
           FindingSink& sink) const override {
    if (!BothHaveLayout(pair)) return;
    const Record& before = pair.before->record();
    const Record& after = pair.after->record();
    if (IsUnion(before) != IsUnion(after)) return;  // record-kind-changed says it all
    Reporter reporter(pair, context, sink,
                      ExposedThrough(*pair.after, context.after().snapshot()));
    FieldMatch match = MatchFields(before, after);
    for (const Field* field : match.removed) reporter.Removed(*field);
    for (const FieldPair& kept : match.kept) reporter.Kept(kept);
    for (const Field* field : match.added) reporter.Added(*field);
  }

 private:
  // Reports one record's field changes, appending the layout effects to the
  // first one when fields are the primary cause.
  class Reporter {
   public:
    Reporter(const DeclPair& pair, const DiffContext& context, FindingSink& sink,
             std::string exposed)
        : pair_(pair),
          context_(context),
          sink_(sink),
          exposed_(std::move(exposed)),
          before_(pair.before->record()),
          after_(pair.after->record()),
          layout_changed_(LayoutChanged(before_, after_)),
          effects_(PrimaryLayoutCause(before_, after_) == LayoutCause::kFields
                       ? LayoutEffects(before_, after_)
                       : "") {}

    void Removed(const Field& field) {
      std::string who = IsAccessible(field)
                            ? "; code using it no longer compiles"
                            : "; inline code compiled against the old header still uses it";
      sink_.Add("field-removed", pair_,
                absl::StrCat(Describe(field), " was removed", who, TakeEffects()),
                FieldName(*pair_.before, field));
      AtRecord();
    }

    void Added(const Field& field) {
      std::string message = absl::StrCat(Describe(field), " was added at offset ",
                                         DescribeOffset(field.offset_bits()));
      std::string name = FieldName(*pair_.after, field);
      if (!layout_changed_) {
        sink_.AddAs(Severity::kWarning, Bump::kMinor, "field-added", pair_,
                    absl::StrCat(message, " without changing the size or other "
                                          "offsets; objects created by code built "
                                          "against the old header leave it "
                                          "uninitialized"),
                    name);
        AtField(field);
        return;
      }
      sink_.Add("field-added", pair_,
                absl::StrCat(message, TakeEffects(),
                             "; programs built against the old header allocate "
                             "and access the type with the old layout"),
                name);
      AtField(field);
    }

    void Kept(const FieldPair& kept) {
      const Field& old_field = *kept.before;
      const Field& new_field = *kept.after;
      std::string name = FieldName(*pair_.after, new_field);
      if (kept.renamed && IsAccessible(old_field)) {
        sink_.Add("field-removed", pair_,
                  absl::StrCat(Describe(old_field), " was renamed '", new_field.name(),
                               "' (same offset and type); code using the old "
                               "name no longer compiles"),
                  FieldName(*pair_.before, old_field));
        AtField(new_field);
      }
      if (FieldTypeChanged(old_field, new_field)) TypeChanged(old_field, new_field, name);
      if (AccessReduced(old_field.access(), new_field.access())) {
        sink_.Add("field-access-reduced", pair_,
                  absl::StrCat("'", name, "' was ", AccessName(old_field.access()),
                               " and is now ", AccessName(new_field.access()),
                               "; code using it from outside the class no longer "
                               "compiles"),
                  name);
        AtField(new_field);
      }
    }

   private:
    void TypeChanged(const Field& old_field, const Field& new_field, const std::string& name) {
      std::string message = absl::StrCat("'", name, "' changed type from '", Shown(old_field),
                                         "' to '", Shown(new_field), "'");
      if (!IsAccessible(new_field) && !IsAccessible(old_field) && !layout_changed_) {
        HiddenRetype verdict = JudgeHiddenRetype(pair_, old_field, new_field, context_);
        sink_.AddAs(verdict.severity, Bump::kMinor, "field-type-changed", pair_,
                    absl::StrCat(message, " at the same offset", verdict.why), name);
        AtField(new_field);
        return;
      }
      sink_.Add("field-type-changed", pair_,
                absl::StrCat(message, TakeEffects(),
                             "; code using it may no longer compile, and programs "
                             "built against the old header read it as the old type"),
                name);
      AtField(new_field);
    }

    std::string Describe(const Field& field) const {
      return absl::StrCat(AccessName(field.access()), " field '", field.name(), "' ('",
                          Shown(field), "')");
    }

    static std::string Shown(const Field& field) {
      std::string type = Spelled(field.type());
      if (field.is_bitfield()) absl::StrAppend(&type, " : ", field.bit_width());
      return type;
    }

    // A finding about a field that exists in the new header points at its
    // line there (a removed one stays at its record: see docs/rules.md).
    void AtField(const Field& field) {
      AtRecord();
      LocateAtField(field, sink_.findings().back());
    }
    // Names what exposes a detail record.
    void AtRecord() { sink_.findings().back().mutable_message()->append(exposed_); }

    // The layout effects, once.
    std::string TakeEffects() { return std::exchange(effects_, ""); }

    const DeclPair& pair_;
    const DiffContext& context_;
    FindingSink& sink_;
    std::string exposed_;  // " (exposed through ...)" for a detail record
    const Record& before_;
    const Record& after_;
    bool layout_changed_;
    std::string effects_;
  };
};

}  // namespace

std::unique_ptr<Check> MakeFieldCheck() {
  return std::make_unique<FieldCheck>();
}

}  // namespace apicompat
