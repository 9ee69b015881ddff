// Unit tests of the differ's trickier reasoning, on snapshots built by hand:
// name splitting, vtable slot shifts, field matching and the grouping of an
// edit's consequences into one finding.
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "apicompat/snapshot.pb.h"
#include "checks/parameter_types.h"
#include "differ.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"
#include "inline_namespaces.h"
#include "match.h"
#include "names.h"
#include "record_diff.h"
#include "typedef_tags.h"
#include "vtable_diff.h"

namespace apicompat {
namespace {

Snapshot Parse(const std::string& text) {
  Snapshot snapshot;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &snapshot)) << text;
  snapshot.mutable_header()->set_decl_count(snapshot.decls_size());
  return snapshot;
}

Record ParseRecord(const std::string& text) {
  Record record;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &record)) << text;
  return record;
}

// "rule severity decl" of every finding, in report order.
std::vector<std::string> Findings(const Report& report) {
  std::vector<std::string> lines;
  for (const Finding& finding : report.findings()) {
    lines.push_back(absl::StrCat(finding.rule(), " ", finding.severity(), " ", finding.decl()));
  }
  return lines;
}

std::string Message(const Report& report, const std::string& rule) {
  for (const Finding& finding : report.findings()) {
    if (finding.rule() == rule) return finding.message();
  }
  return "";
}

// A return type spelled by the same typedef before and after, whose target
// changed: the message shows the two types that differ, not the typedef's
// name twice (abseil's `HashSlotFn get_hash_slot_fn()`).
TEST(MessagesTest, TypesSpelledAlikeAreShownCanonical) {
  auto function = [](const std::string& target) {
    return Parse(absl::StrCat(R"pb(
      decls {
        id: "function:lib::hasher()" kind: FUNCTION qualified_name: "lib::hasher"
        function { return_type { canonical: ")pb", target, R"pb(" spelling: "HashFn" } }
      })pb"));
  };
  Report report = Diff(function("size_t (*)(void *)"), function("size_t (*)(void *, size_t)"),
                       DiffOptions());
  EXPECT_EQ(Message(report, "return-type-changed"),
            "'lib::hasher()' now returns 'size_t (*)(void *, size_t)' instead of "
            "'size_t (*)(void *)'");
}

TEST(NamesTest, SplitsQualifiedNamesOutsideTemplateArgumentsAndOperators) {
  EXPECT_EQ(SplitQualifiedName("geo::Shape::area"),
            std::make_pair(std::string("geo::Shape"), std::string("area")));
  EXPECT_EQ(SplitQualifiedName("area"), std::make_pair(std::string(""), std::string("area")));
  EXPECT_EQ(SplitQualifiedName("ns::Box<std::pair<int, int>>::get").first,
            "ns::Box<std::pair<int, int>>");
  EXPECT_EQ(SplitQualifiedName("ns::Path::operator std::basic_string<char>"),
            std::make_pair(std::string("ns::Path"),
                           std::string("operator std::basic_string<char>")));
  EXPECT_EQ(SplitQualifiedName("ns::Less::operator()").second, "operator()");
  EXPECT_EQ(SplitQualifiedName("ns::operator_helper").second, "operator_helper");
}

TEST(NamesTest, UnqualifiedSignatureKeepsParametersWhole) {
  EXPECT_EQ(UnqualifiedSignature("Shape::area() const"), "area() const");
  EXPECT_EQ(UnqualifiedSignature("geo::Circle::scale(double)"), "scale(double)");
  EXPECT_EQ(UnqualifiedSignature("ns::Less::operator()(const ns::Key &, const ns::Key &) const"),
            "operator()(const ns::Key &, const ns::Key &) const");
  EXPECT_EQ(UnqualifiedSignature("ns::Box<ns::T>::put(ns::T)"), "put(ns::T)");
  EXPECT_EQ(ItaniumSourceNames("lib::v2"), "3lib2v2");
}

constexpr char kShapeVtable[] = R"pb(
  is_complete: true is_polymorphic: true size_bytes: 8 align_bytes: 8
  vtable { kind: VTABLE_OFFSET_TO_TOP }
  vtable { kind: VTABLE_RTTI name: "Shape" }
  vtable { kind: VTABLE_COMPLETE_DTOR name: "Shape::~Shape()" }
  vtable { kind: VTABLE_DELETING_DTOR name: "Shape::~Shape()" }
  vtable { kind: VTABLE_FUNCTION name: "Shape::area() const" }
  vtable { kind: VTABLE_FUNCTION name: "Shape::perimeter() const" }
)pb";

// Shape with `virtual void scale(double)` declared between area and perimeter.
std::string ShapeWithScale() {
  std::string text = kShapeVtable;
  text.replace(text.find("Shape::area() const"), 19, "Shape::scale(double)");
  text.replace(text.find("Shape::perimeter() const"), 24, "Shape::area() const");
  return text + R"pb(vtable { kind: VTABLE_FUNCTION name: "Shape::perimeter() const" })pb";
}

TEST(VtableDiffTest, InsertionShiftsTheEntriesAfterIt) {
  Record before = ParseRecord(kShapeVtable);
  Record after = ParseRecord(ShapeWithScale());
  VtableDiff diff = CompareVtables(before, after);
  ASSERT_EQ(diff.added.size(), 1u);
  EXPECT_EQ(diff.added[0].key, "scale(double)");
  EXPECT_EQ(diff.added[0].slot, 2);
  EXPECT_TRUE(diff.removed.empty());
  EXPECT_TRUE(diff.moved.empty());
  ASSERT_EQ(diff.shifted.size(), 2u);
  EXPECT_EQ(diff.shifted[0].after.key, "area() const");
  EXPECT_EQ(diff.shifted[0].before.slot, 2);
  EXPECT_EQ(diff.shifted[0].after.slot, 3);
  EXPECT_EQ(DescribeShifts(diff.shifted),
            "'area() const' (slot 2 -> 3), 'perimeter() const' (slot 3 -> 4)");
}

TEST(VtableDiffTest, AnOverrideKeepsItsSlot) {
  Record base = ParseRecord(kShapeVtable);
  Record derived = ParseRecord(kShapeVtable);
  derived.mutable_vtable(4)->set_name("Circle::area() const");
  EXPECT_TRUE(CompareVtables(base, derived).empty());
}

TEST(VtableDiffTest, SwappedEntriesAreMovedNotAddedAndRemoved) {
  Record before = ParseRecord(kShapeVtable);
  Record after = ParseRecord(kShapeVtable);
  after.mutable_vtable(4)->set_name("Shape::perimeter() const");
  after.mutable_vtable(5)->set_name("Shape::area() const");
  VtableDiff diff = CompareVtables(before, after);
  EXPECT_TRUE(diff.added.empty());
  EXPECT_TRUE(diff.removed.empty());
  ASSERT_EQ(diff.moved.size(), 1u);
}

constexpr char kPoint[] = R"pb(
  record_kind: STRUCT is_complete: true size_bytes: 12 align_bytes: 4
  fields { name: "x" type { canonical: "int" } offset_bits: 0 access: PUBLIC }
  fields { name: "y" type { canonical: "int" } offset_bits: 32 access: PUBLIC }
  fields { name: "z" type { canonical: "int" } offset_bits: 64 access: PUBLIC }
)pb";

TEST(RecordDiffTest, PrivateFieldRenamedAtTheSameOffsetIsARename) {
  Record before = ParseRecord(R"pb(
    is_complete: true size_bytes: 8 align_bytes: 4
    fields { name: "count_" type { canonical: "int" } offset_bits: 0 access: PRIVATE }
    fields { name: "size_" type { canonical: "int" } offset_bits: 32 access: PRIVATE }
  )pb");
  Record after = before;
  after.mutable_fields(1)->set_name("length_");
  FieldMatch match = MatchFields(before, after);
  EXPECT_TRUE(match.added.empty());
  EXPECT_TRUE(match.removed.empty());
  ASSERT_EQ(match.kept.size(), 2u);
  EXPECT_TRUE(match.kept[1].renamed);
  EXPECT_EQ(PrimaryLayoutCause(before, after), LayoutCause::kNone);
}

TEST(RecordDiffTest, FieldInsertedMidStructNamesSizeAndShiftedOffsets) {
  Record before = ParseRecord(kPoint);
  Record after = ParseRecord(R"pb(
    record_kind: STRUCT is_complete: true size_bytes: 16 align_bytes: 4
    fields { name: "x" type { canonical: "int" } offset_bits: 0 access: PUBLIC }
    fields { name: "w" type { canonical: "int" } offset_bits: 32 access: PUBLIC }
    fields { name: "y" type { canonical: "int" } offset_bits: 64 access: PUBLIC }
    fields { name: "z" type { canonical: "int" } offset_bits: 96 access: PUBLIC }
  )pb");
  EXPECT_EQ(PrimaryLayoutCause(before, after), LayoutCause::kFields);
  EXPECT_EQ(LayoutEffects(before, after),
            "; the size grows from 12 to 16 bytes; 'y' moves from offset 4 to 8, "
            "'z' from 8 to 12");
}

std::string RecordDecl(const std::string& name, const std::string& record, int line) {
  return absl::StrCat("decls { id: \"record:", name, "\" kind: RECORD qualified_name: \"", name,
                      "\" location { file: \"p.h\" line: ", line, " } record { ", record, " } }");
}

TEST(GroupingTest, FieldInsertionIsOneFinding) {
  Snapshot before = Parse(RecordDecl("geo::Point", kPoint, 3));
  Snapshot after = Parse(RecordDecl("geo::Point", R"pb(
    record_kind: STRUCT is_complete: true size_bytes: 16 align_bytes: 4
    fields { name: "x" type { canonical: "int" } offset_bits: 0 access: PUBLIC }
    fields { name: "w" type { canonical: "int" } offset_bits: 32 access: PUBLIC }
    fields { name: "y" type { canonical: "int" } offset_bits: 64 access: PUBLIC }
    fields { name: "z" type { canonical: "int" } offset_bits: 96 access: PUBLIC }
  )pb", 3));
  Report report = Diff(before, after, {});
  EXPECT_EQ(Findings(report), std::vector<std::string>{"field-added error geo::Point::w"});
  EXPECT_NE(Message(report, "field-added").find("the size grows from 12 to 16 bytes"),
            std::string::npos);
}

TEST(GroupingTest, LayoutChangeWithoutOwnCauseIsReportedAsSuch) {
  Record grown = ParseRecord(kPoint);
  grown.set_size_bytes(16);
  grown.mutable_fields(2)->set_offset_bits(96);
  std::string text;
  google::protobuf::TextFormat::PrintToString(grown, &text);
  Report report = Diff(Parse(RecordDecl("geo::Point", kPoint, 3)),
                       Parse(RecordDecl("geo::Point", text, 3)), {});
  EXPECT_EQ(Findings(report), std::vector<std::string>{"record-size-changed error geo::Point"});
}

std::string Method(const std::string& record, const std::string& signature,
                   const std::string& facts, int line) {
  std::string name = absl::StrCat(record, "::", signature.substr(0, signature.find('(')));
  return absl::StrCat("decls { id: \"function:", record, "::", signature,
                      "\" kind: FUNCTION qualified_name: \"", name,
                      "\" access: PUBLIC location { file: \"s.h\" line: ", line,
                      " } function { role: ROLE_METHOD is_virtual: true ", facts, " } }");
}

TEST(GroupingTest, VirtualMethodInsertedIsOneFindingNamingTheShiftedSlots) {
  Snapshot before = Parse(absl::StrCat(RecordDecl("Shape", kShapeVtable, 1),
                                       Method("Shape", "area() const", "is_const: true", 2),
                                       Method("Shape", "perimeter() const", "is_const: true", 3)));
  Snapshot after = Parse(absl::StrCat(RecordDecl("Shape", ShapeWithScale(), 1),
                                      Method("Shape", "area() const", "is_const: true", 2),
                                      Method("Shape", "scale(double)", "", 3),
                                      Method("Shape", "perimeter() const", "is_const: true", 4)));
  Report report = Diff(before, after, {});
  EXPECT_EQ(Findings(report), std::vector<std::string>{"virtual-method-added error Shape::scale"});
  EXPECT_NE(Message(report, "virtual-method-added")
                .find("'area() const' (slot 2 -> 3), 'perimeter() const' (slot 3 -> 4)"),
            std::string::npos)
      << Message(report, "virtual-method-added");
}

TEST(GroupingTest, EnumeratorInsertedBeforeASentinelIsAWarning) {
  auto with = [](const std::string& enumerators) {
    return Parse(absl::StrCat(
        "decls { id: \"enum:Channel\" kind: ENUM qualified_name: \"Channel\" "
        "location { file: \"c.h\" line: 1 } enum_decl { underlying_type { canonical: \"unsigned int\" } ",
        enumerators, " } }"));
  };
  Snapshot before = with(R"pb(enumerators { name: "RED" value: "0" }
                             enumerators { name: "GREEN" value: "1" }
                             enumerators { name: "CHANNEL_COUNT" value: "2" })pb");
  Snapshot sentinel = with(R"pb(enumerators { name: "RED" value: "0" }
                               enumerators { name: "GREEN" value: "1" }
                               enumerators { name: "BLUE" value: "2" }
                               enumerators { name: "CHANNEL_COUNT" value: "3" })pb");
  Snapshot shifted = with(R"pb(enumerators { name: "BLUE" value: "0" }
                              enumerators { name: "RED" value: "1" }
                              enumerators { name: "GREEN" value: "2" }
                              enumerators { name: "CHANNEL_COUNT" value: "3" })pb");
  EXPECT_EQ(Findings(Diff(before, sentinel, {})),
            std::vector<std::string>{"enumerator-added warning Channel::BLUE"});
  EXPECT_EQ(Findings(Diff(before, shifted, {})),
            std::vector<std::string>{"enumerator-added error Channel::BLUE"});
}

TEST(InlineNamespaceTest, RenameIsOneFindingForAllItsSymbols) {
  auto with = [](const std::string& ns, const std::string& symbol_ns) {
    return Parse(absl::StrCat(
        "decls { id: \"function:lib::f()\" kind: FUNCTION qualified_name: \"lib::f\" "
        "location { file: \"l.h\" line: 4 } mangled_names: \"_ZN3lib", symbol_ns,
        "1fEv\" function {} }"
        "decls { id: \"function:lib::g()\" kind: FUNCTION qualified_name: \"lib::g\" "
        "location { file: \"l.h\" line: 5 } mangled_names: \"_ZN3lib", symbol_ns,
        "1gEv\" function {} }"
        "decls { id: \"namespace:lib\" kind: NAMESPACE qualified_name: \"lib\" "
        "location { file: \"l.h\" line: 2 } namespace_decl {} }"
        "decls { id: \"namespace:lib::", ns, "\" kind: NAMESPACE qualified_name: \"lib::", ns,
        "\" location { file: \"l.h\" line: 3 } namespace_decl { is_inline: true } }"));
  };
  Report report = Diff(with("v1", "2v1"), with("v2", "2v2"), {});
  EXPECT_EQ(Findings(report), std::vector<std::string>{"inline-namespace-changed error lib::v2"});
  EXPECT_NE(Message(report, "inline-namespace-changed").find("2 declarations"), std::string::npos);
}

TEST(InlineNamespaceTest, DroppingANamespaceRewritesWholeNamesOnly) {
  Snapshot snapshot = Parse(R"pb(
    decls {
      id: "function:lib::v1::area(const lib::v1::Shape &, mylib::v1::Unit)"
      kind: FUNCTION
      qualified_name: "lib::v1::area"
      location { file: "lib/v1::x.h" line: 3 }
      mangled_names: "_ZN3lib2v14areaERKNS0_5ShapeEN5mylib2v14UnitE"
      function { parameters { type { canonical: "const lib::v1::Shape &" } } }
    }
    decls { id: "record:lib::v1::Shape" kind: RECORD qualified_name: "lib::v1::Shape" }
  )pb");
  std::unique_ptr<Snapshot> copy = WithoutNamespaces(snapshot, {"lib::v1"});
  ASSERT_NE(copy, nullptr);
  EXPECT_EQ(copy->decls(0).id(), "function:lib::area(const lib::Shape &, mylib::v1::Unit)");
  EXPECT_EQ(copy->decls(0).qualified_name(), "lib::area");
  EXPECT_EQ(copy->decls(0).function().parameters(0).type().canonical(), "const lib::Shape &");
  EXPECT_EQ(copy->decls(0).mangled_names(0), snapshot.decls(0).mangled_names(0));
  EXPECT_EQ(copy->decls(0).location().file(), "lib/v1::x.h");
  EXPECT_EQ(copy->decls(1).id(), "record:lib::Shape");
  EXPECT_EQ(WithoutNamespaces(snapshot, {}), nullptr);
}

TEST(TypedefTagTest, ATagGivenToATypedefNamedTypeRenamesTheTypeNotTheTypedef) {
  Snapshot untagged = Parse(R"pb(
    decls { id: "record:point_t" kind: RECORD qualified_name: "point_t" record {} }
    decls {
      id: "typedef:point_t" kind: TYPEDEF qualified_name: "point_t"
      typedef_decl { target { canonical: "point_t" spelling: "struct point_t" } }
    }
    decls {
      id: "function:f(point_t *, point_t2)" kind: FUNCTION qualified_name: "f"
      mangled_names: "_Z1fP7point_t8point_t2"
      function { parameters { type { canonical: "point_t *" spelling: "point_t *" } } }
    }
  )pb");
  Snapshot tagged = Parse(R"pb(
    decls { id: "record:point" kind: RECORD qualified_name: "point" record {} }
    decls {
      id: "typedef:point_t" kind: TYPEDEF qualified_name: "point_t"
      typedef_decl { target { canonical: "point" spelling: "struct point" } }
    }
  )pb");
  std::vector<TypedefTag> tags = TagsAddedIn(untagged, tagged);
  ASSERT_EQ(tags.size(), 1u);
  EXPECT_EQ(tags[0].typedef_name, "point_t");
  EXPECT_EQ(tags[0].tag, "point");
  EXPECT_TRUE(TagsAddedIn(tagged, untagged).empty());  // no type named by a typedef in `tagged`
  EXPECT_TRUE(TagsAddedIn(tagged, tagged).empty());
  std::unique_ptr<Snapshot> copy = WithTags(untagged, tags);
  ASSERT_NE(copy, nullptr);
  EXPECT_EQ(copy->decls(0).id(), "record:point");
  EXPECT_EQ(copy->decls(1).id(), "typedef:point_t");
  EXPECT_EQ(copy->decls(1).qualified_name(), "point_t");
  EXPECT_EQ(copy->decls(1).typedef_decl().target().spelling(), "struct point");
  EXPECT_EQ(copy->decls(2).id(), "function:f(point *, point_t2)");
  EXPECT_EQ(copy->decls(2).function().parameters(0).type().spelling(), "point_t *");
  EXPECT_EQ(copy->decls(2).mangled_names(0), "_Z1fP7point_t8point_t2");
}

TEST(ParameterTypesTest, TopLevelQualifiersAreNoPartOfTheType) {
  EXPECT_EQ(ParameterTypeKey("int *const"), ParameterTypeKey("int *"));
  EXPECT_EQ(ParameterTypeKey("const int"), ParameterTypeKey("int"));
  EXPECT_NE(ParameterTypeKey("const int *"), ParameterTypeKey("int *"));
  EXPECT_NE(ParameterTypeKey("const char *const *"), ParameterTypeKey("const char **"));
  EXPECT_EQ(ParameterTypeKey("std::map<int, const char *> &"),
            ParameterTypeKey("std::map<int, const char *> &"));
  EXPECT_NE(ParameterTypeKey("std::map<int, const char *> &"),
            ParameterTypeKey("std::map<int, char *> &"));
  EXPECT_EQ(ParameterTypeKey("void (*)(int)"), "void (*)(int)");
}

TEST(ParameterTypesTest, PointeeConstFollowsQualificationConversions) {
  EXPECT_EQ(ClassifyPointeeConst("int *", "const int *"), PointeeConst::kConvertsInC);
  EXPECT_EQ(ClassifyPointeeConst("const char **", "const char *const *"),
            PointeeConst::kConvertsInC);
  EXPECT_EQ(ClassifyPointeeConst("Point &", "const Point &"), PointeeConst::kConvertsInC);
  EXPECT_EQ(ClassifyPointeeConst("int *", "const int *const"), PointeeConst::kConvertsInC);
  EXPECT_EQ(ClassifyPointeeConst("char **", "const char *const *"), PointeeConst::kConvertsInCxx);
  // Not a safe conversion: a `char**` would let `const char*` be stored.
  EXPECT_EQ(ClassifyPointeeConst("char **", "const char **"), PointeeConst::kNone);
  EXPECT_EQ(ClassifyPointeeConst("int *&", "const int *&"), PointeeConst::kNone);
  EXPECT_EQ(ClassifyPointeeConst("Point &&", "const Point &&"), PointeeConst::kNone);
  EXPECT_EQ(ClassifyPointeeConst("const int *", "int *"), PointeeConst::kNone);
  EXPECT_EQ(ClassifyPointeeConst("int *", "volatile int *"), PointeeConst::kNone);
  EXPECT_EQ(ClassifyPointeeConst("int", "const int"), PointeeConst::kNone);
  EXPECT_EQ(ClassifyPointeeConst("int *", "const long *"), PointeeConst::kNone);
  EXPECT_EQ(ClassifyPointeeConst("void (*)(int *)", "void (*)(const int *)"), PointeeConst::kNone);
}

std::string Function(const std::string& signature, const std::string& facts,
                     const std::string& access = "PUBLIC") {
  std::string name = signature.substr(0, signature.find('('));
  return absl::StrCat("decls { id: \"function:", signature, "\" kind: FUNCTION qualified_name: \"",
                      name, "\" access: ", access,
                      " location { file: \"d.h\" line: 1 } function { ", facts, " } }");
}

std::string Params(const std::vector<std::string>& types) {
  std::string text;
  for (const std::string& type : types) {
    absl::StrAppend(&text, "parameters { type { canonical: \"", type, "\" } } ");
  }
  return text;
}

TEST(MatchTest, AWeakOverloadPairingIsARemovalAndAnAddition) {
  Snapshot before = Parse(Function("Doc::SetError(int, const char *, const char *, int)",
                                   Params({"int", "const char *", "const char *", "int"})));
  Snapshot private_variadic = Parse(Function("Doc::SetError(int, int, const char *, ...)",
                                             Params({"int", "int", "const char *"}) +
                                                 "is_variadic: true",
                                             "PRIVATE"));
  Snapshot public_variadic = Parse(Function("Doc::SetError(int, int, const char *, ...)",
                                            Params({"int", "int", "const char *"}) +
                                                "is_variadic: true"));
  Snapshot one_more = Parse(Function("Doc::SetError(int, const char *, const char *, int, bool)",
                                     Params({"int", "const char *", "const char *", "int",
                                             "bool"})));
  EXPECT_EQ(Findings(Diff(before, private_variadic, {})),
            std::vector<std::string>{"function-removed error Doc::SetError"});
  EXPECT_EQ(Findings(Diff(before, public_variadic, {})),
            (std::vector<std::string>{"function-added info Doc::SetError",
                                      "function-removed error Doc::SetError"}));
  // Alike: one function that changed.
  EXPECT_EQ(Findings(Diff(before, one_more, {})),
            std::vector<std::string>{"parameter-added error Doc::SetError"});
}

TEST(MatchTest, ADeletedFunctionPairsOnlyWithADeletedOne) {
  Snapshot before = Parse(Function("f(int)", Params({"int"}) + "is_deleted: true"));
  Snapshot deleted = Parse(Function("f(long)", Params({"long"}) + "is_deleted: true"));
  Snapshot callable = Parse(Function("f(long)", Params({"long"})));
  EXPECT_EQ(Findings(Diff(before, deleted, {})),
            std::vector<std::string>{"parameter-type-changed info f"});
  EXPECT_EQ(Findings(Diff(before, callable, {})),
            (std::vector<std::string>{"function-added info f", "function-removed info f"}));
  // A callable function replaced by a deleted one of other parameters: the
  // old one is gone (its symbol too), not "deleted with a parameter change".
  EXPECT_EQ(Findings(Diff(Parse(Function("f(int)", Params({"int"}))), deleted, {})),
            (std::vector<std::string>{"function-added info f", "function-removed error f"}));
}

TEST(MatchTest, AnonymousEnumsMatchByTheirEnumerators) {
  auto with = [](const std::string& name, const std::string& enumerators) {
    return absl::StrCat("decls { id: \"enum:ns::", name, "\" kind: ENUM qualified_name: \"ns::",
                        name, "\" location { file: \"e.h\" line: 1 } enum_decl { ", enumerators,
                        " } }");
  };
  std::string ab =
      R"pb(enumerators { name: "A" value: "0" } enumerators { name: "B" value: "1" })pb";
  Snapshot anonymous = Parse(with("(anonymous enum A)", ab));
  Snapshot named = Parse(with("Letters", ab));
  Snapshot other = Parse(with("Digits", R"pb(enumerators { name: "ZERO" value: "0" })pb"));
  EXPECT_TRUE(IsAnonymousEnum(anonymous.decls(0)));
  EXPECT_FALSE(IsAnonymousEnum(named.decls(0)));
  EXPECT_EQ(Findings(Diff(anonymous, named, {})),
            std::vector<std::string>{"type-added info ns::Letters"});
  EXPECT_EQ(Findings(Diff(named, anonymous, {})),
            std::vector<std::string>{"type-removed error ns::Letters"});
  EXPECT_EQ(Findings(Diff(anonymous, other, {})),
            (std::vector<std::string>{"type-added info ns::Digits",
                                      "type-removed error ns::(anonymous enum A)"}));
}

// Whether the collector saw a defaulted member's noexcept depends on the
// translation unit (Clang computes it when the member is used): never an
// error.
TEST(FunctionSpecifierTest, ImplicitSpecifiersOfDefaultedMembersAreInfo) {
  auto with = [](const std::string& facts) {
    return Parse(absl::StrCat(
        "decls { id: \"function:S::S()\" kind: FUNCTION qualified_name: \"S::S\" access: PUBLIC "
        "location { file: \"s.h\" line: 2 } function { role: ROLE_CONSTRUCTOR is_inline: true ",
        facts, " } }"));
  };
  Snapshot evaluated = with("is_defaulted: true is_noexcept: true is_constexpr: true");
  Snapshot unevaluated = with("is_defaulted: true");
  Snapshot user_provided = with("");
  EXPECT_EQ(Findings(Diff(evaluated, unevaluated, {})),
            (std::vector<std::string>{"function-constexpr-removed info S::S",
                                      "function-noexcept-changed info S::S"}));
  EXPECT_EQ(Findings(Diff(unevaluated, evaluated, {})),
            std::vector<std::string>{"function-noexcept-changed info S::S"});
  EXPECT_EQ(Findings(Diff(evaluated, user_provided, {})),
            (std::vector<std::string>{"function-constexpr-removed error S::S",
                                      "function-noexcept-changed error S::S"}));
}

}  // namespace
}  // namespace apicompat
