// The HTML and Markdown reports: escaped, self-contained, well-formed; on the Sosnovka case.
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
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
    d.sources.push_back({"src", "Mr <i>X</i>", SourceType::person, "", {}, std::nullopt, 1, 1, std::nullopt, std::nullopt});
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

namespace claimgraph {

namespace {

// An archive's worth of report: `claims` claims over `documents` documents (each claim in
// three), `disputes` disputes between neighbours, a figure timeline without dates.
report::ReportData archive(std::size_t claims, std::size_t documents, std::size_t disputes) {
    report::ReportData d;
    d.title = "Archive";
    for (std::size_t i = 0; i < documents; ++i) {
        DocumentRow r;
        r.id = fmt::format("{:016x}", 0xd0c0000000000000ULL + i);
        r.path = fmt::format("{}.txt", i);
        r.outlet = fmt::format("Outlet {}", i % 40);
        r.date = "2026-03-01";
        d.documents.push_back(r);
    }
    for (std::size_t i = 0; i < 60; ++i)
        d.sources.push_back({fmt::format("src{}", i), fmt::format("Speaker {}", i), SourceType::person, "", {},
                             std::nullopt, 1, 1, std::nullopt, std::nullopt});
    for (std::size_t i = 0; i < claims; ++i) {
        report::ClaimEntry c;
        c.row.id = fmt::format("{:016x}", 0xc1a1000000000000ULL + i);
        c.row.text = fmt::format("Claim number {} said about the storm in the harbour", i);
        c.row.source_id = fmt::format("src{}", i % 60);
        c.row.source_name = fmt::format("Speaker {}", i % 60);
        for (std::size_t k = 0; k < 3 && documents; ++k) {
            const DocumentRow& doc = d.documents[(i + k) % documents];
            c.row.documents.push_back({doc.id, doc.outlet, doc.date, 10, 20, "", false, "words", std::nullopt});
            c.snippets.push_back({doc.id, *doc.outlet, *doc.date, "", "before ", "the words", " after"});
        }
        c.independent = 2;
        d.claims.push_back(c);
    }
    for (std::size_t i = 0; i + 1 < claims && d.disputes.size() < disputes; ++i) {
        DisputeRow r;
        r.basis = "figure";
        r.from = {d.claims[i].row.id, d.claims[i].row.text, std::nullopt, std::string("Speaker"), std::nullopt, 3};
        r.to = {d.claims[i + 1].row.id, d.claims[i + 1].row.text, std::nullopt, std::string("Other"), std::nullopt, 4};
        d.disputes.push_back(r);
    }
    graph::Timeline undated;
    undated.measure = "killed";
    undated.points = {{"s1", "14", "gov", "Governor", std::nullopt, 14, std::nullopt, std::nullopt},
                      {"s2", "20", "min", "Ministry", std::nullopt, 20, std::nullopt, std::nullopt}};
    d.timelines.push_back(undated);
    return d;
}

}  // namespace

TEST(ReportPages, PastAPagesWorthEveryClaimDisputeAndDocumentIsOnAPageIndexStaysSmall) {
    const report::ReportData d = archive(2500, 6000, 1200);
    const auto files = report::html_files(d);
    std::set<std::string> names;
    for (const auto& [name, html] : files) names.insert(name);
    EXPECT_EQ(names, (std::set<std::string>{"index.html", "claims-1.html", "claims-2.html", "claims-3.html",
                                            "disputes-1.html", "disputes-2.html", "documents-1.html",
                                            "documents-2.html"}));
    for (const auto& [name, html] : files) {
        EXPECT_LT(html.size(), 2u << 20) << name;
        Page page(html);
        ASSERT_NE(page.doc, nullptr) << name << " is not well-formed";
        expect_self_contained(html);
        EXPECT_TRUE(name == "index.html" || report::is_report_page(name)) << name;
    }
    Page index(files.at("index.html"));
    EXPECT_EQ(index.count("//h:section[@id='claims']/h:article[@class='claim']"), 100);
    EXPECT_EQ(index.count("//h:div[@class='dispute']"), 100);
    // every claim is on exactly one page, and each link to a page finds its anchor there
    std::size_t on_pages = 0;
    for (const char* page : {"claims-1.html", "claims-2.html", "claims-3.html"})
        on_pages += static_cast<std::size_t>(Page(files.at(page)).count("//h:article[@class='claim']"));
    EXPECT_EQ(on_pages, 2500u);
    std::size_t links = 0;
    for (const auto& [name, html] : files)
        for (std::size_t at = html.find("href=\"claims-"); at != std::string::npos;
             at = html.find("href=\"claims-", at + 1)) {
            const std::size_t end = html.find('"', at + 6);
            const std::string target = html.substr(at + 6, end - at - 6);
            const std::size_t hash = target.find('#');
            if (hash == std::string::npos) continue;
            ++links;
            EXPECT_NE(files.at(target.substr(0, hash)).find("id=\"" + target.substr(hash + 1) + "\""), std::string::npos)
                << target;
        }
    EXPECT_GT(links, 0u);
    // a timeline without a dated figure has its table, and no empty chart
    EXPECT_EQ(index.count("//h:section[@id='timelines']//s:svg"), 0);
    EXPECT_EQ(index.count("//h:section[@id='timelines']//h:table"), 1);
    EXPECT_NE(files.at("index.html").find("6000 documents · 60 sources · 2500 claims · 1200 disputes · 1 figure "
                                          "timeline"),
              std::string::npos);
}

TEST(ReportPages, ASmallReportIsOnePageAndARerunWithFewerPagesRemovesTheOld) {
    EXPECT_EQ(report::html_files(archive(50, 20, 5)).size(), 1u);
    EXPECT_TRUE(report::is_report_page("claims-12.html"));
    EXPECT_FALSE(report::is_report_page("claims-.html"));
    EXPECT_FALSE(report::is_report_page("claims-1.html.bak"));
    EXPECT_FALSE(report::is_report_page("notes.html"));
    // through the command: a folder with an earlier report's pages takes the new report, and
    // the pages it no longer has go; a file of the desk's own stays, and is refused
    const std::string dir = testing::temp_dir() + "/pages";
    std::filesystem::create_directories(dir);
    testing::write_file(dir + "/claims-7.html", "<!DOCTYPE html>\n<html><head><meta name=\"generator\" "
                                                "content=\"claimgraph\"/></head></html>\n");
    const std::string db = testing::ingest_articles(
        {{"a.txt", "outlet: Harbour Gazette\ndate: 2026-03-12\n\nGovernor Jane Doe said that 14 people died.\n"}});
    const auto r = run_cli({"report", "--db", db, "-o", dir});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir + "/claims-7.html"));
    testing::write_file(dir + "/claims-8.html", "the desk's own notes\n");
    const auto refused = run_cli({"report", "--db", db, "-o", dir});
    EXPECT_EQ(refused.code, 1);
    EXPECT_NE(refused.err.find("holds files claimgraph did not write (claims-8.html)"), std::string::npos)
        << refused.err;
    EXPECT_TRUE(std::filesystem::exists(dir + "/claims-8.html"));
}

}  // namespace claimgraph
