#include "witness/generators.h"

#include "absl/strings/str_cat.h"
#include "witness/spelling.h"

namespace apicompat {
namespace {

struct RuleGenerator {
  absl::string_view rule;
  Generator generator;
};

// Rules absent here have no generator: policy findings (about the promise,
// not the code) and symbol-only breaks (docs/witnesses.md).
constexpr RuleGenerator kGenerators[] = {
    {"function-removed", AddressWitness},
    {"parameter-removed", AddressWitness},
    {"parameter-added", AddressWitness},
    {"parameter-added-with-default", AddressWitness},
    {"parameter-pointee-const-added", AddressWitness},
    {"parameter-reordered", AddressWitness},
    {"parameter-type-changed", AddressWitness},
    {"return-type-changed", AddressWitness},
    {"method-qualifiers-changed", AddressWitness},
    {"function-static-changed", AddressWitness},
    {"function-access-reduced", AddressWitness},
    {"function-deleted", AddressWitness},
    {"function-noexcept-changed", NoexceptWitness},
    {"function-became-inline", SymbolWitness},
    {"inline-namespace-changed", SymbolWitness},
    {"type-linkage-name-changed", SymbolWitness},
    {"template-parameters-changed", TemplateWitness},
    {"enumerator-added", EnumValuesWitness},
    {"parameter-default-removed", CallWitness},
    {"function-constexpr-removed", ConstexprWitness},
    {"constructor-became-explicit", ExplicitWitness},
    {"virtual-method-removed", OverrideWitness},
    {"method-became-final", OverrideWitness},
    {"method-virtuality-changed", VirtualityWitness},
    {"virtual-method-added", VtableWitness},
    {"vtable-layout-changed", VtableWitness},
    {"pure-virtual-method-added", AbstractWitness},
    {"method-became-pure", AbstractWitness},
    {"record-became-abstract", AbstractWitness},
    {"class-became-final", FinalWitness},
    {"record-became-polymorphic", PolymorphicWitness},
    {"special-member-lost", SpecialMemberWitness},
    {"record-calling-convention-changed", CallingConventionWitness},
    {"base-class-changed", BaseClassWitness},
    {"type-removed", TypeUseWitness},
    {"record-became-namespace", TypeUseWitness},
    {"record-kind-changed", RecordKindWitness},
    {"enum-scope-changed", EnumScopeWitness},
    {"enum-underlying-type-changed", UnderlyingTypeWitness},
    {"typedef-target-changed", TypedefTargetWitness},
    {"enumerator-removed", EnumeratorWitness},
    {"enumerator-value-changed", EnumeratorWitness},
    {"macro-removed", MacroWitness},
    {"macro-parameters-changed", MacroParametersWitness},
    {"variable-removed", VariableWitness},
    {"variable-type-changed", VariableTypeWitness},
    {"constant-value-changed", ConstantValueWitness},
    {"deprecated-removed-early", RemovalWitness},
    {"record-size-changed", SizeWitness},
    {"record-alignment-changed", AlignmentWitness},
    {"field-offset-changed", FieldOffsetWitness},
    {"field-added", LayoutWitness},
    {"field-removed", FieldUseWitness},
    {"field-access-reduced", FieldUseWitness},
    {"field-type-changed", FieldTypeWitness},
};

}  // namespace

Generator GeneratorFor(absl::string_view rule) {
  for (const RuleGenerator& entry : kGenerators) {
    if (entry.rule == rule) return entry.generator;
  }
  return nullptr;
}

Generated GenerateWitness(const WitnessSubject& subject) {
  Generator generator = GeneratorFor(subject.finding->rule());
  if (generator == nullptr) {
    return NoWitness(absl::StrCat("no witness generator for rule ", subject.finding->rule(),
                                  " (docs/witnesses.md)"));
  }
  // Of an added method only its class is known to the baseline.
  bool about_class = generator == VtableWitness || generator == AbstractWitness ||
                     generator == SymbolWitness;
  if (subject.before == nullptr && !about_class) {
    return NoWitness("the finding has no baseline declaration");
  }
  return generator(subject);
}

const Decl* BaselineDecl(absl::string_view id, const WitnessSubject& subject) {
  for (const Decl& decl : subject.baseline->decls()) {
    if (decl.id() == id) return &decl;
  }
  return nullptr;
}

const Decl* OwnerRecord(const Decl& decl, const WitnessSubject& subject) {
  std::string owner = EnclosingScope(decl.qualified_name());
  for (const Decl& candidate : subject.baseline->decls()) {
    if (candidate.kind() == RECORD && candidate.qualified_name() == owner) return &candidate;
  }
  return nullptr;
}

Generated RecordLayoutDump(const Decl& record, const WitnessSubject& subject, bool decisive) {
  WitnessPlan plan;
  plan.code = StaticAssert(absl::StrCat("sizeof(", UserTypeName(record, subject), ") > 0"), subject);
  plan.expectation = Expectation::kDumpDiffers;
  plan.dump_flag = "-fdump-record-layouts";
  plan.dump_record = record.qualified_name();
  plan.decisive = decisive;
  return Planned(std::move(plan));
}

}  // namespace apicompat
