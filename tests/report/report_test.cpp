// The HTML and Markdown reports: escaped, self-contained, well-formed; on the Sosnovka case.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "report/report.h"
#include "test_support.h"

namespace claimgraph {

using testing::run_cli;

namespace {

const xmlChar* xml(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

// The page parsed as XML (the report writes polyglot markup), with XPath counts.
struct Page {
    xmlDocPtr doc = nullptr;
    explicit Page(const std::string& s)
        : doc(xmlReadMemory(s.data(), static_cast<int>(s.size()), "index.html", nullptr,
                            XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOERROR | XML_PARSE_HUGE)) {}
    ~Page() {
        if (doc) xmlFreeDoc(doc);
    }
    int count(const char* xpath) const {
        xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
        xmlXPathRegisterNs(ctx, xml("h"), xml("http://www.w3.org/1999/xhtml"));
        xmlXPathRegisterNs(ctx, xml("s"), xml("http://www.w3.org/2000/svg"));
        xmlXPathObjectPtr r = xmlXPathEvalExpression(xml(xpath), ctx);
        const int n = r && r->nodesetval ? r->nodesetval->nodeNr : -1;
        xmlXPathFreeObject(r);
        xmlXPathFreeContext(ctx);
        return n;
    }
};

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Nothing in the page makes the browser fetch anything.
void expect_self_contained(const std::string& html) {
    for (const char* bad :
         {"<script", "<link", " src=", "url(", "@import", "href=\"http", "href=\"//", "<iframe", "<img"})
        EXPECT_EQ(html.find(bad), std::string::npos) << bad;
}

report::ReportData hostile() {
    report::ReportData d;
    d.title = "A <b>bold</b> title";
    ClaimRow row;
    row.id = "0123456789abcdef";
    row.text = "</text></svg><script>alert(1)</script> & \"x\" | y";
    row.source_id = "src";
    row.source_name = "Mr <i>X</i>";
    row.documents.push_back({"doc0123456789ab", std::string("Outlet | A"), std::string("2026-01-01"), 0, 5, "", false,
                             "words", std::nullopt});
    report::ClaimEntry c;
    c.row = row;
    c.independent = 1;
    c.snippets.push_back({"doc0123456789ab", "Outlet", "2026-01-01", "", "<before>", "</mark><script>", "&after"});
    d.claims.push_back(c);
    d.sources.push_back({"src", "Mr <i>X</i>", SourceType::person, "", {}, std::nullopt, 1, 1, std::nullopt});
    DisputeRow dispute;
    dispute.basis = "curated";
    // clang-format off
    dispute.from = {"a", "<svg onload=alert(1)>", std::string("src"), std::string("Mr <i>X</i>"), std::nullopt, std::nullopt};
    dispute.to = {"b", "plain | pipe", std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    // clang-format on
    d.disputes.push_back(dispute);
    return d;
}

}  // namespace

TEST(Report, ArticleTextIsTextInHtmlAndMarkdown) {
    const report::ReportData d = hostile();
    const std::string html = report::html(d);
    Page page(html);
    ASSERT_NE(page.doc, nullptr) << "the page is not well-formed";
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<svg onload"), std::string::npos);
    EXPECT_NE(html.find("&lt;/text&gt;&lt;/svg&gt;&lt;script&gt;"), std::string::npos);
    EXPECT_EQ(page.count("//h:mark"), 1);  // the claim's words, and only they, highlighted
    EXPECT_EQ(page.count("//h:i"), 0);
    expect_self_contained(html);
    const std::string md = report::markdown(d);
    EXPECT_NE(md.find("plain \\| pipe"), std::string::npos) << md;  // a pipe does not break the table
}

TEST(Report, ATimelineChartHasAPointPerDatedFigureAndALinePerSource) {
    graph::Timeline t;
    t.measure = "killed";
    t.points = {{"s1", "14", "gov", "Governor", std::string("2026-03-14T09:10"), 14, std::nullopt, std::nullopt},
                {"s2", "20", "min", "Ministry", std::string("2026-03-14T11:30"), 20, std::nullopt, std::nullopt},
                {"s3", "24", "gov", "Governor", std::string("2026-03-14T21:40"), 24, std::nullopt, 14},
                {"s4", "30", "x", "Undated", std::nullopt, 30, std::nullopt, std::nullopt}};
    const std::string svg = report::timeline_chart(t);
    Page chart(svg);
    ASSERT_NE(chart.doc, nullptr) << svg;
    EXPECT_EQ(chart.count("//s:circle"), 3);  // the undated figure stays in the table
    EXPECT_EQ(chart.count("//s:polyline"), 1);  // the governor's two figures joined
    EXPECT_EQ(chart.count("//s:rect"), 2);  // a legend entry per source on the chart
}

TEST(Report, TheSosnovkaReportIsSelfContainedAndWrittenWhole) {
    const std::string dir = testing::temp_dir() + "/report-case";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string db = dir + "/s.db";
    const std::string root = CLAIMGRAPH_SOURCE_DIR;
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, root + "/graphs/sosnovka-market/articles"}).code, 0);
    ASSERT_EQ(run_cli({"import", "--db", db, root + "/graphs/sosnovka-market/curated.dot"}).code, 0);
    const std::string out = dir + "/report";
    const auto r = run_cli({"report", "--db", db, "-o", out, "--title", "Sosnovka market strike"});
    ASSERT_EQ(r.code, 0) << r.err;
    const std::string html = read(out + "/index.html");
    Page page(html);
    ASSERT_NE(page.doc, nullptr) << "index.html is not well-formed";
    expect_self_contained(html);
    for (const char* id : {"disputes", "timelines", "sources", "claims", "origins", "documents"})
        EXPECT_EQ(page.count(("//h:section[@id='" + std::string(id) + "']/h:h2").c_str()), 1) << id;
    const auto claims = run_cli({"claims", "--db", db, "--format", "csv"}).out;
    const auto lines = static_cast<int>(std::count(claims.begin(), claims.end(), '\n')) - 1;
    EXPECT_EQ(page.count("//h:article[@class='claim']"), lines);
    EXPECT_EQ(page.count("//h:div[@class='dispute']"), 11);
    EXPECT_GT(page.count("//h:article[@class='claim']//s:svg"), 0);  // provenance diagrams inline
    EXPECT_EQ(page.count("//h:section[@id='timelines']//s:circle"), 6);
    EXPECT_NE(html.find("revised from 24"), std::string::npos);
    EXPECT_NE(html.find("Circular reporting"), std::string::npos);
    // the Markdown summary, golden
    EXPECT_EQ(testing::check_golden("sosnovka.report.md", read(out + "/report.md")), "");
    // the same report again replaces the folder whole; a folder that cannot be made leaves nothing
    ASSERT_EQ(run_cli({"report", "--db", db, "-o", out, "--title", "Sosnovka market strike"}).code, 0);
    EXPECT_EQ(read(out + "/index.html"), html);
    const auto bad = run_cli({"report", "--db", db, "-o", dir + "/missing/parent/report"});
    EXPECT_EQ(bad.code, 1);
    EXPECT_FALSE(std::filesystem::exists(dir + "/missing"));
    for (const auto& e : std::filesystem::directory_iterator(dir))  // no temporary folder left behind
        EXPECT_NE(e.path().filename().string().front(), '.') << e.path();
}

}  // namespace claimgraph
