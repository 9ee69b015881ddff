// The witness generators, one per family of rules: which user code shows a
// finding (docs/witnesses.md lists them by rule).
#ifndef APICOMPAT_DIFFER_WITNESS_GENERATORS_H_
#define APICOMPAT_DIFFER_WITNESS_GENERATORS_H_

#include "absl/strings/string_view.h"
#include "witness/plan.h"

namespace apicompat {

using Generator = Generated (*)(const WitnessSubject&);

// The generator for `rule`, or null when no code can show its findings.
Generator GeneratorFor(absl::string_view rule);

// The plan for one finding, or why there is none.
Generated GenerateWitness(const WitnessSubject& subject);

// The families (function_witness.cc, class_witness.cc, type_witness.cc,
// layout_witness.cc).
Generated AddressWitness(const WitnessSubject& subject);        // exact signature
Generated CallWitness(const WitnessSubject& subject);           // call without defaults
Generated ConstexprWitness(const WitnessSubject& subject);      // constant evaluation
Generated ExplicitWitness(const WitnessSubject& subject);       // copy-initialization
Generated OverrideWitness(const WitnessSubject& subject);       // deriving and overriding
Generated AbstractWitness(const WitnessSubject& subject);       // instantiable class
Generated FinalWitness(const WitnessSubject& subject);          // deriving
Generated PolymorphicWitness(const WitnessSubject& subject);    // std::is_polymorphic
Generated VtableWitness(const WitnessSubject& subject);         // vtable dumps
Generated VirtualityWitness(const WitnessSubject& subject);     // override or vtable
Generated SpecialMemberWitness(const WitnessSubject& subject);  // type traits
Generated CallingConventionWitness(const WitnessSubject& subject);
Generated BaseClassWitness(const WitnessSubject& subject);
Generated TypeUseWitness(const WitnessSubject& subject);        // naming the type
Generated RecordKindWitness(const WitnessSubject& subject);
Generated EnumScopeWitness(const WitnessSubject& subject);
Generated UnderlyingTypeWitness(const WitnessSubject& subject);
Generated TypedefTargetWitness(const WitnessSubject& subject);
Generated EnumeratorWitness(const WitnessSubject& subject);     // value asserted
Generated EnumValuesWitness(const WitnessSubject& subject);     // values that shifted
Generated NoexceptWitness(const WitnessSubject& subject);        // noexcept operator
Generated SymbolWitness(const WitnessSubject& subject);         // the compiler's IR
Generated TemplateWitness(const WitnessSubject& subject);       // naming a specialization
Generated MacroWitness(const WitnessSubject& subject);
Generated MacroParametersWitness(const WitnessSubject& subject);
Generated VariableWitness(const WitnessSubject& subject);       // address taken
Generated VariableTypeWitness(const WitnessSubject& subject);
Generated ConstantValueWitness(const WitnessSubject& subject);
Generated RemovalWitness(const WitnessSubject& subject);        // by the kind removed
Generated SizeWitness(const WitnessSubject& subject);
Generated AlignmentWitness(const WitnessSubject& subject);
Generated FieldOffsetWitness(const WitnessSubject& subject);
Generated FieldUseWitness(const WitnessSubject& subject);       // member access
Generated LayoutWitness(const WitnessSubject& subject);         // size, offsets, dump
Generated FieldTypeWitness(const WitnessSubject& subject);

// Shared by the families.
// The baseline record that declares member `decl` (a method), or null.
const Decl* OwnerRecord(const Decl& decl, const WitnessSubject& subject);
// The baseline declaration with `id`, or null.
const Decl* BaselineDecl(absl::string_view id, const WitnessSubject& subject);
// The record layout dump of the record, compared between the versions.
Generated RecordLayoutDump(const Decl& record, const WitnessSubject& subject, bool decisive);

}  // namespace apicompat

#endif  // APICOMPAT_DIFFER_WITNESS_GENERATORS_H_
