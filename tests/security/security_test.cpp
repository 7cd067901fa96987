// Article text, names and metadata are data everywhere: a hostile article ingested, then
// rendered, reported, exported and searched, never reaches a reader's browser as code or
// the database as SQL.
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "load/graph_file.h"
#include "test_support.h"

namespace claimgraph {

namespace {

using testing::run_cli;

// Written by us: markup, script and SQL where article text, names and metadata go.
const char* const kHostile =
    "title: <script>alert(1)</script> Bridge \"strike\"\n"
    "outlet: Evil <b>Outlet</b> & Co\n"
    "url: javascript:alert(1)\n"
    "date: 2026-03-01\n"
    "\n"
    "\u201CThe bridge was hit </text></svg><script>alert(1)</script> at dawn,\u201D said Governor Lena Fisk.\n"
    "\n"
    "Police said that 3 people were killed near the <img src=x onerror=alert(1)> depot.\n"
    "\n"
    "Officials said that the toll was '); DROP TABLE statements; -- 4.\n";

class Hostile : public ::testing::Test {
protected:
    void SetUp() override {
        dir = testing::temp_dir();
        db = dir + "/h.db";
        testing::write_file(dir + "/hostile.txt", kHostile);
        const auto r = run_cli({"ingest", "-q", "--db", db, dir + "/hostile.txt"});
        ASSERT_EQ(r.code, 0) << r.err;
    }
    std::string dir, db;
};

}  // namespace

TEST_F(Hostile, SvgKeepsQuotesAsText) {
    const auto r = run_cli({"render", "--db", db, "--format", "svg"});
    ASSERT_EQ(r.code, 0) << r.err;
    EXPECT_GE(testing::xpath_count(r.out, "//s:g[@class='node statement']"), 3) << "not well-formed SVG";
    EXPECT_EQ(testing::xpath_count(r.out, "//*[local-name()='script']"), 0);
    EXPECT_EQ(testing::xpath_count(r.out, "//*[local-name()='img']"), 0);
    EXPECT_EQ(testing::xpath_count(r.out, "//@*[starts-with(name(), 'on')]"), 0);
    // no link anywhere goes to the metadata's javascript: URL (a tooltip may show it, as text)
    EXPECT_EQ(testing::xpath_count(r.out, "//@*[local-name()='href' and contains(., 'javascript:')]"), 0);
    // the words are there, as text
    EXPECT_GE(testing::xpath_count(r.out, "//s:text[contains(., '<script>')]"), 1);
    EXPECT_EQ(r.out.find("<script"), std::string::npos);
}

TEST_F(Hostile, TheReportKeepsEverythingAsText) {
    const auto r = run_cli({"report", "--db", db, "-o", dir + "/report"});
    ASSERT_EQ(r.code, 0) << r.err;
    const std::string page = testing::read_file(dir + "/report/index.html");
    EXPECT_GE(testing::xpath_count(page, "//h:h1"), 1) << "the page does not parse";
    EXPECT_EQ(testing::xpath_count(page, "//*[local-name()='script']"), 0);
    EXPECT_EQ(testing::xpath_count(page, "//*[local-name()='img']"), 0);
    EXPECT_EQ(testing::xpath_count(page, "//@*[starts-with(name(), 'on')]"), 0);
    EXPECT_EQ(testing::xpath_count(page, "//@href[not(starts-with(., '#'))]"), 0);  // links stay in the page
    EXPECT_GE(testing::xpath_count(page, "//*[contains(text(), '</text></svg><script>')]"), 1);
    // the report writes its two files inside the folder it was given, and nothing else
    std::vector<std::string> written;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
        const std::string name = std::filesystem::relative(e.path(), dir).string();
        if (e.is_regular_file() && name != "hostile.txt" && !name.starts_with("h.db")) written.push_back(name);
    }
    std::sort(written.begin(), written.end());
    EXPECT_EQ(written, (std::vector<std::string>{"report/index.html", "report/report.md"}));
}

TEST_F(Hostile, DotExportQuotesTextThatReadsBackTheSame) {
    const auto r = run_cli({"export", "--db", db, "--format", "dot"});
    ASSERT_EQ(r.code, 0) << r.err;
    const load::GraphFile f = load::read_graph_file(r.out);
    EXPECT_FALSE(f.has_errors()) << load::format_diagnostics("export.dot", f.diagnostics);
    bool found = false;
    for (const Node& n : f.graph.nodes)
        found = found || n.label.find("</text></svg><script>alert(1)</script>") != std::string::npos;
    EXPECT_TRUE(found);
}

TEST_F(Hostile, SearchAndSourceFiltersAreBoundNotSpliced) {
    for (const char* search : {"'); DROP TABLE statements; --", "\" OR 1=1 --", "bridge\" NEAR(", "*"}) {
        const auto r = run_cli({"claims", "--db", db, "--search", search, "--format", "csv"});
        EXPECT_EQ(r.code, 0) << search << ": " << r.err;
    }
    const auto none = run_cli({"claims", "--db", db, "--source", "x' OR '1'='1", "--format", "csv"});
    EXPECT_EQ(none.code, 0) << none.err;
    EXPECT_EQ(none.out.find('\n'), none.out.size() - 1) << "only the header: " << none.out;
    // and the table is still there, whole: the header and the three claims
    const auto all = run_cli({"claims", "--db", db, "--format", "csv"});
    EXPECT_EQ(std::count(all.out.begin(), all.out.end(), '\n'), 4) << all.out;
}

}  // namespace claimgraph
