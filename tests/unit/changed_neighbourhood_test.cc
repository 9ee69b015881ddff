// Which declarations `diff` reads (differ/changed_neighbourhood.h): those
// that changed and those their checks may consult, on both sides alike.
// Every rule case also runs through it end to end (rule_cases_test compares
// each report with that of a baseline read whole).
#include "changed_neighbourhood.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace apicompat {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

Decl Function(const std::string& name, const std::string& parameter) {
  Decl decl;
  decl.set_kind(FUNCTION);
  decl.set_qualified_name(name);
  decl.set_id(absl::StrCat("function:", name, "(", parameter, ")"));
  decl.mutable_function()->add_parameters()->mutable_type()->set_canonical(parameter);
  return decl;
}

Decl Record(const std::string& name, int size, const std::string& base = "") {
  Decl decl;
  decl.set_kind(RECORD);
  decl.set_qualified_name(name);
  decl.set_id(absl::StrCat("record:", name));
  decl.mutable_record()->set_size_bytes(size);
  if (!base.empty()) decl.mutable_record()->add_bases()->mutable_type()->set_canonical(base);
  return decl;
}

Decl OfKind(DeclKind kind, const std::string& name) {
  Decl decl;
  decl.set_kind(kind);
  decl.set_qualified_name(name);
  decl.set_id(absl::StrCat(kind, ":", name));
  return decl;
}

// A side of the diff as its bytes and their summaries.
class Side {
 public:
  explicit Side(const std::vector<Decl>& decls) {
    for (const Decl& decl : decls) bytes_.push_back(decl.SerializeAsString());
    std::vector<absl::string_view> views(bytes_.begin(), bytes_.end());
    EXPECT_TRUE(SummarizeDecls(views, summaries_));
  }
  const std::vector<DeclSummary>& summaries() const { return summaries_; }
  // The ids of the declarations `read` selects.
  std::vector<std::string> Read(const std::vector<bool>& read) const {
    std::vector<std::string> ids;
    for (size_t i = 0; i < read.size(); ++i) {
      if (read[i]) ids.emplace_back(summaries_[i].id);
    }
    return ids;
  }

 private:
  std::vector<std::string> bytes_;
  std::vector<DeclSummary> summaries_;
};

TEST(ChangedNeighbourhoodTest, ReadsChangesAndOverloadsNotTheRest) {
  Side before({Function("lib::f", "int"), Function("lib::f", "double"),
               Function("lib::g", "int"), Function("lib::h", "int")});
  Side after({Function("lib::f", "long"), Function("lib::f", "double"),
              Function("lib::g", "int")});
  std::optional<Neighbourhood> read =
      ChangedNeighbourhood(before.summaries(), after.summaries());
  ASSERT_TRUE(read.has_value());
  // f(int) became f(long); h was removed; f(double), an overload, is read;
  // g is not.
  EXPECT_THAT(before.Read(read->before),
              ElementsAre("function:lib::f(int)", "function:lib::f(double)",
                          "function:lib::h(int)"));
  EXPECT_THAT(after.Read(read->after),
              ElementsAre("function:lib::f(long)", "function:lib::f(double)"));
}

TEST(ChangedNeighbourhoodTest, ReadsTheRecordOfAChangedMemberItsMembersAndBases) {
  std::vector<Decl> common = {Record("lib::Base", 8), Function("lib::Base::run", "int"),
                              Record("lib::Other", 8), Function("lib::Other::run", "int"),
                              Function("lib::Shape::area", "int")};
  std::vector<Decl> old_decls = common, new_decls = common;
  old_decls.push_back(Record("lib::Shape", 16, "lib::Base"));
  new_decls.push_back(Record("lib::Shape", 16, "lib::Base"));
  new_decls.push_back(Function("lib::Shape::perimeter", "int"));  // added
  Side before(old_decls), after(new_decls);
  std::optional<Neighbourhood> read =
      ChangedNeighbourhood(before.summaries(), after.summaries());
  ASSERT_TRUE(read.has_value());
  EXPECT_THAT(after.Read(read->after),
              UnorderedElementsAre("record:lib::Base", "function:lib::Base::run(int)",
                                   "function:lib::Shape::area(int)", "record:lib::Shape",
                                   "function:lib::Shape::perimeter(int)"));
  // The same declarations on the other side, where they exist.
  EXPECT_THAT(before.Read(read->before),
              UnorderedElementsAre("record:lib::Base", "function:lib::Base::run(int)",
                                   "function:lib::Shape::area(int)", "record:lib::Shape"));
}

TEST(ChangedNeighbourhoodTest, ReadsMembersOfAChangedRecord) {
  Side before({Record("lib::S", 8), Function("lib::S::get", "int"), Function("lib::f", "int")});
  Side after({Record("lib::S", 16), Function("lib::S::get", "int"), Function("lib::f", "int")});
  std::optional<Neighbourhood> read =
      ChangedNeighbourhood(before.summaries(), after.summaries());
  ASSERT_TRUE(read.has_value());
  EXPECT_THAT(after.Read(read->after), ElementsAre("record:lib::S", "function:lib::S::get(int)"));
}

TEST(ChangedNeighbourhoodTest, AlwaysReadsMacrosTypedefsNamespacesAndMarkedDeclarations) {
  Decl deprecated = Function("lib::old", "int");
  deprecated.mutable_stability()->set_tier(DEPRECATED);
  std::vector<Decl> common = {OfKind(MACRO, "LIB_VERSION"), OfKind(TYPEDEF, "lib::size"),
                              OfKind(NAMESPACE, "lib"), deprecated, Function("lib::g", "int")};
  std::vector<Decl> old_decls = common, new_decls = common;
  new_decls.push_back(Function("lib::added", "int"));
  Side before(old_decls), after(new_decls);
  std::optional<Neighbourhood> read =
      ChangedNeighbourhood(before.summaries(), after.summaries());
  ASSERT_TRUE(read.has_value());
  EXPECT_THAT(after.Read(read->after),
              ElementsAre("7:LIB_VERSION", "4:lib::size", "6:lib", "function:lib::old(int)",
                          "function:lib::added(int)"));
}

TEST(ChangedNeighbourhoodTest, NothingChangedReadsOnlyWhatIsAlwaysRead) {
  Side side({Function("lib::f", "int"), Record("lib::S", 8)});
  std::optional<Neighbourhood> read = ChangedNeighbourhood(side.summaries(), side.summaries());
  ASSERT_TRUE(read.has_value());
  EXPECT_THAT(side.Read(read->before), ElementsAre());
}

TEST(ChangedNeighbourhoodTest, AChangedNamespaceOrExposedDetailReadsEverything) {
  Decl inline_ns = OfKind(NAMESPACE, "lib::v1");
  inline_ns.mutable_namespace_decl()->set_is_inline(true);
  Side plain({OfKind(NAMESPACE, "lib::v1"), Function("lib::f", "int")});
  Side inlined({inline_ns, Function("lib::f", "int")});
  EXPECT_FALSE(ChangedNeighbourhood(plain.summaries(), inlined.summaries()).has_value());

  Decl detail = Record("lib::detail::Impl", 8);
  detail.set_exposed_detail(true);
  Decl grown = Record("lib::detail::Impl", 16);
  grown.set_exposed_detail(true);
  Side before({detail}), after({grown});
  EXPECT_FALSE(ChangedNeighbourhood(before.summaries(), after.summaries()).has_value());
}

}  // namespace
}  // namespace apicompat
