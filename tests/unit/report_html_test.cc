// RenderHtml of reports no run of the differ makes yet: a witness (filled by
// --witnesses), hostile text in every field, no findings at all.
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "apicompat/report.pb.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "html_page.h"
#include "report.h"

namespace apicompat {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kHostile[] = "</script><script>alert('x')</script> & \"q\"";

Report ReportWithWitness() {
  Report report;
  report.set_verdict("breaking");
  report.set_required_bump("major");
  report.mutable_counts()->set_error(1);
  Finding& finding = *report.add_findings();
  finding.set_rule("return-type-changed");
  finding.set_severity("error");
  finding.set_category("api");
  finding.set_decl("ns::f<std::vector<int>>");
  finding.set_message(kHostile);
  finding.set_file("a<b>.h");
  finding.set_line(3);
  finding.set_old_declaration("std::map<int, T&> ns::f();");
  finding.set_new_declaration(kHostile);
  Witness& witness = *finding.mutable_witness();
  witness.set_status("proven");
  witness.set_code("#include <a.h>\nint main() { return f() && 1; }\n");
  witness.set_reason("error: no viable conversion from 'X<int>' to 'Y'");
  UseSite& use = *finding.add_uses();
  use.set_file("src/<main>.cc");
  use.set_line(7);
  use.set_kind("call");
  use.set_project("viewer");
  return report;
}

TEST(ReportHtmlTest, EscapesEveryText) {
  EXPECT_EQ(HtmlEscape("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&#39;");
  std::string html = RenderHtml(ReportWithWitness());
  EXPECT_THAT(html, Not(HasSubstr("alert('x')")));
  EXPECT_THAT(html, HasSubstr("&lt;/script&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; "
                              "&amp; &quot;q&quot;"));
  EXPECT_THAT(html, HasSubstr("<pre><code>std::map&lt;int, T&amp;&gt; ns::f();</code></pre>"));
  EXPECT_THAT(html, HasSubstr("<p class=\"location\">a&lt;b&gt;.h:3</p>"));
  EXPECT_THAT(html, HasSubstr("ns::f&lt;std::vector&lt;int&gt;&gt;</h4>"));
  // One script: the page's own.
  EXPECT_EQ(std::vector<std::string>(absl::StrSplit(html, "<script")).size(), 2u);
}

TEST(ReportHtmlTest, RuleDocumentationMarkdown) {
  EXPECT_EQ(RulesMarkdownToHtml("## some-rule\n**Category** api\n\nWhat changed: `a<b>` and\n"
                                "**bold** & 2 * 3; an odd ` stays.\n\n- one `x`\n  more\n- two\n"
                                "\n```cpp\nf(a && b);  // <old>\n```\nHow to fix: **not**.\n"),
            "<p><strong>Category</strong> api</p>\n"
            "<p>What changed: <code>a&lt;b&gt;</code> and\n<strong>bold</strong> &amp; 2 * 3; an "
            "odd ` stays.</p>\n"
            "<ul><li>one <code>x</code>\n  more</li><li>two</li></ul>\n"
            "<pre><code>f(a &amp;&amp; b);  // &lt;old&gt;</code></pre>\n"
            "<p>How to fix: <strong>not</strong>.</p>\n");
}

TEST(ReportHtmlTest, ShowsTheWitness) {
  std::string html = RenderHtml(ReportWithWitness());
  EXPECT_THAT(html, HasSubstr("<details class=\"witness\" open><summary>Witness: proven</summary>"
                              "<pre><code>#include &lt;a.h&gt;\nint main() { return f() &amp;&amp; "
                              "1; }\n</code></pre><pre class=\"reason\">error: no viable "
                              "conversion from &#39;X&lt;int&gt;&#39; to &#39;Y&#39;</pre>"
                              "</details>"));
}

TEST(ReportHtmlTest, ShowsTheUses) {
  EXPECT_THAT(RenderHtml(ReportWithWitness()),
              HasSubstr("<summary>Used at</summary><ul><li><code>src/&lt;main&gt;.cc:7</code> call "
                        "(viewer)</li></ul>"));
}

TEST(ReportHtmlTest, NoFindingsNoFilters) {
  Report report;
  report.set_verdict("compatible");
  report.set_required_bump("none");
  std::string html = RenderHtml(report, {"api/x.apisnap.txtpb at tag v1.0.0", {}});
  EXPECT_THAT(html, HasSubstr("<h1>apicompat: compatible</h1>"));
  EXPECT_THAT(html, HasSubstr("<p id=\"no-findings\">No changes to report.</p>"));
  EXPECT_THAT(html, HasSubstr("<dd id=\"baseline\">api/x.apisnap.txtpb at tag v1.0.0</dd>"));
  EXPECT_THAT(html, Not(HasSubstr("id=\"filters\"")));
}

TEST(ReportHtmlTest, ProblemsBeyondTheFindings) {
  Report report;
  report.set_verdict("compatible");
  ReportContext context{"", {{"api/x.apisnap.txtpb", "the API changed <3> but ..."}}};
  std::string html = RenderHtml(report, context);
  EXPECT_THAT(html, HasSubstr("<h1>apicompat: check failed</h1>"));
  EXPECT_THAT(html, HasSubstr("<li><code>api/x.apisnap.txtpb</code>: the API changed &lt;3&gt; "
                              "but ...</li>"));
  EXPECT_THAT(html, HasSubstr("<h2>Ways forward</h2>"));
}

}  // namespace
}  // namespace apicompat
