// record-kind-changed, record-size-changed, record-alignment-changed,
// field-offset-changed, record-calling-convention-changed. Size, alignment
// and offsets are consequences: reported here only when no edit of the
// record itself (a field, a base, its polymorphism) explains them, e.g.
// when a member's own type grew, or `alignas` or packing changed.
#include "absl/strings/str_cat.h"
#include "checks/check.h"
#include "describe.h"
#include "record_diff.h"

namespace apicompat {
namespace {

// The first kept field that moved, for naming the finding.
const Field* FirstMoved(const Record& before, const Record& after) {
  for (const FieldPair& pair : MatchFields(before, after).kept) {
    if (pair.before->offset_bits() != pair.after->offset_bits()) return pair.after;
  }
  return nullptr;
}

class RecordLayoutCheck : public Check {
 public:
  void Run(const DeclPair& pair, const DiffContext& context,
           FindingSink& sink) const override {
    if (!IsKept(pair) || pair.after->kind() != RECORD) return;
    const Record& before = pair.before->record();
    const Record& after = pair.after->record();
    const std::string& name = pair.after->qualified_name();
    if (IsUnion(before) != IsUnion(after)) {
      sink.Add("record-kind-changed", pair,
               absl::StrCat("'", name, "' was a ", RecordKindName(before.record_kind()),
                            " and is now a ", RecordKindName(after.record_kind()),
                            ": its fields ", IsUnion(after) ? "now overlap" : "no longer overlap",
                            BothHaveLayout(pair) ? LayoutEffects(before, after) : "",
                            "; declarations naming it with the old keyword no "
                            "longer compile"));
      return;
    }
    if (!BothHaveLayout(pair)) return;
    if (PrimaryLayoutCause(before, after) == LayoutCause::kNone &&
        LayoutChanged(before, after)) {
      size_t reported = sink.findings().size();
      ReportUnexplainedLayout(pair, sink);
      if (sink.findings().size() > reported) {
        sink.findings().back().mutable_message()->append(
            ExposedThrough(*pair.after, context.after().snapshot()));
      }
    }
    if (before.passed_in_registers() != after.passed_in_registers() &&
        before.is_polymorphic() == after.is_polymorphic()) {
      sink.Add("record-calling-convention-changed", pair,
               absl::StrCat("'", name, "' is now passed and returned ",
                            after.passed_in_registers()
                                ? "in registers (it became trivially copyable or destructible)"
                                : "by invisible reference (it gained a non-trivial copy "
                                  "or move constructor or destructor)",
                            "; functions taking or returning it by value disagree "
                            "with programs built against the old header"));
    }
  }

 private:
  static void ReportUnexplainedLayout(const DeclPair& pair, FindingSink& sink) {
    const Record& before = pair.before->record();
    const Record& after = pair.after->record();
    const std::string& name = pair.after->qualified_name();
    std::string effects = LayoutEffects(before, after);
    std::string consequence =
        "; programs built against the old header allocate, copy and access "
        "it with the old layout";
    if (before.size_bytes() != after.size_bytes()) {
      sink.Add("record-size-changed", pair,
               absl::StrCat("the layout of '", name, "' changed", effects, consequence));
    } else if (before.align_bytes() != after.align_bytes()) {
      sink.Add("record-alignment-changed", pair,
               absl::StrCat("the layout of '", name, "' changed", effects, consequence));
    } else if (const Field* moved = FirstMoved(before, after)) {
      sink.Add("field-offset-changed", pair,
               absl::StrCat("fields of '", name, "' moved", effects, consequence),
               FieldName(*pair.after, *moved));
      LocateAtField(*moved, sink.findings().back());
    }
  }
};

}  // namespace

std::unique_ptr<Check> MakeRecordLayoutCheck() {
  return std::make_unique<RecordLayoutCheck>();
}

}  // namespace apicompat
