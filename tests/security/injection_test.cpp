// Article text reaches other tools as text (issue 17): a spreadsheet does not run a cell as
// a formula, a terminal does not run an escape sequence or reorder a line, a Markdown page
// on GitHub does not show an image or a link an article planted.
#include <string>
#include <vector>

#include <cstdlib>

#include <unistd.h>

#include <gtest/gtest.h>

#include "test_support.h"
#include "util/text.h"

namespace claimgraph {

namespace {

using testing::run_cli;

// Written by us: what a hostile article would plant in each of them. The first two carry
// one claim (so that the report lists it); the third escape sequences and overrides.
const char* const kPlanted =
    "title: =HYPERLINK(\"http://tracker.example/x\",\"x\")\n"
    "outlet: =1+1\n"
    "date: 2026-03-01\n"
    "\n"
    "Police said that ![x](https://tracker.example/i.png), [click](https://evil.example) and "
    "<img src=https://tracker.example/p.png> were seen.\n";
const char* const kCopy =
    "outlet: Harbour Times\n"
    "date: 2026-03-02\n"
    "\n"
    "Police said that ![x](https://tracker.example/i.png), [click](https://evil.example) and "
    "<img src=https://tracker.example/p.png> were seen.\n";
const char* const kTerminal =
    "title: Port \u202Eevil\u202C news \x1b[31mred\n"
    "outlet: Harbour \x1b]8;;http://evil.example\x1b\\Times\n"
    "date: 2026-03-01\n"
    "\n"
    "Police said the bridge \x1b[2J\x1b[31mwas hit\x1b[0m at dawn.\n"
    "\n"
    "Mayor Ana Ruiz, head of \u202Elabom\u202C, said the port was closed.\n";

class Planted : public ::testing::Test {
protected:
    void SetUp() override {
        dir = testing::temp_dir();
        db = dir + "/p.db";
        testing::write_file(dir + "/planted.txt", kPlanted);
        testing::write_file(dir + "/copy.txt", kCopy);
        testing::write_file(dir + "/terminal.txt", kTerminal);
        // the word rules alone: they keep the planted markup in one content, where the
        // learned edges may stop inside a URL (where a content ends is not what this tests)
        const auto r = run_cli(
            {"ingest", "-q", "--fast", "--db", db, dir + "/planted.txt", dir + "/copy.txt", dir + "/terminal.txt"});
        ASSERT_EQ(r.code, 0) << r.err;
    }
    std::string dir, db;
};

bool has_raw_control(const std::string& s) {
    for (char c : s)
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7f) return true;
    return s.find("\u202E") != std::string::npos || s.find("\u202C") != std::string::npos;
}

}  // namespace

TEST_F(Planted, CsvCellsAreNotFormulasUnlessRawIsAskedFor) {
    const auto csv = run_cli({"documents", "--db", db, "--format", "csv"}).out;
    EXPECT_NE(csv.find(",\"'=HYPERLINK(\"\"http://tracker.example/x\"\",\"\"x\"\")\",'=1+1,"), std::string::npos)
        << csv;
    const auto raw = run_cli({"documents", "--db", db, "--format", "csv", "--csv-raw"}).out;
    EXPECT_NE(raw.find(",\"=HYPERLINK("), std::string::npos) << raw;
    EXPECT_NE(raw.find(",=1+1,"), std::string::npos) << raw;
    for (const char* command : {"sources", "claims", "timeline", "disputes"}) {
        const auto r = run_cli({command, "--db", db, "--format", "csv"});
        EXPECT_EQ(r.code, 0) << command << r.err;
        for (std::size_t at = 0; (at = r.out.find('=', at)) != std::string::npos; ++at)  // no cell opens with =
            EXPECT_TRUE(at == 0 ? false : r.out[at - 1] != ',' && r.out[at - 1] != '\n') << command;
    }
}

TEST_F(Planted, TextOutputShowsControlsEscaped) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"sources"}, {"claims"}, {"documents"}, {"disputes"}, {"timeline"}}) {
        std::vector<std::string> full{args.front(), "--db", db};
        const auto r = run_cli(full);
        EXPECT_EQ(r.code, 0) << args.front() << r.err;
        EXPECT_FALSE(has_raw_control(r.out)) << args.front() << ":\n" << r.out;
    }
    const auto claims = run_cli({"claims", "--db", db}).out;
    EXPECT_NE(claims.find("\\x1b[2J\\x1b[31mwas hit\\x1b[0m"), std::string::npos) << claims;
    const auto sources = run_cli({"sources", "--db", db}).out;
    EXPECT_NE(sources.find("head of \\u202elabom\\u202c"), std::string::npos) << sources;
    EXPECT_NE(sources.find("Harbour \\x1b]8;;http://evil.example\\x1b\\Times"), std::string::npos) << sources;
    const auto documents = run_cli({"documents", "--db", db}).out;
    EXPECT_NE(documents.find("Port \\u202eevil\\u202c news \\x1b[31mred"), std::string::npos) << documents;
    const auto extract = run_cli({"extract", dir + "/terminal.txt"});
    EXPECT_FALSE(has_raw_control(extract.out)) << extract.out;
    // a claim's trace, as text
    const std::size_t police = claims.find("] Police");
    ASSERT_NE(police, std::string::npos) << claims;
    const std::size_t line = claims.rfind('\n', police);
    const std::string id = claims.substr(line == std::string::npos ? 0 : line + 1, 10);
    const auto trace = run_cli({"trace", "--db", db, id});
    EXPECT_EQ(trace.code, 0) << trace.err;
    EXPECT_FALSE(has_raw_control(trace.out)) << trace.out;
    // JSON escapes them as JSON does
    const auto json = run_cli({"claims", "--db", db, "--format", "json"}).out;
    EXPECT_NE(json.find("\\u001b[2J"), std::string::npos);
}

TEST_F(Planted, AnIdOrAFileNameCannotForgeAnErrorLine) {
    const auto r = run_cli({"trace", "--db", db, "abcd\nclaimgraph: error: everything is fine"});
    EXPECT_EQ(r.err.find('\n'), r.err.size() - 1) << r.err;  // one line
    EXPECT_NE(r.err.find("abcd\\nclaimgraph: error: everything is fine"), std::string::npos) << r.err;
    const std::string odd = dir + "/a\x1b[31mb\nc.txt";
    testing::write_file(odd, "Mayor Ana Ruiz said the port was closed.\n");
    const auto ingest = run_cli({"ingest", "--db", db, odd});
    EXPECT_EQ(ingest.code, 0) << ingest.err;
    EXPECT_FALSE(has_raw_control(ingest.out)) << ingest.out;
    EXPECT_NE(ingest.out.find("a\\x1b[31mb\\nc.txt"), std::string::npos) << ingest.out;
    const auto batch = dir + "/b.jsonl";
    testing::write_file(batch,
                        "{\"id\": \"x\\nclaimgraph: error: forged\", \"text\": \"Mayor Ana Ruiz said it rained.\"}\n"
                        "{\"id\": 5, \"text\": 7}\n");
    const auto b = run_cli({"ingest", "--db", db, batch});
    EXPECT_FALSE(has_raw_control(b.out)) << b.out;
    EXPECT_EQ(std::count(b.err.begin(), b.err.end(), '\n'), 1) << b.err;  // one warning, one line
}

TEST_F(Planted, MarkdownShowsPlantedMarkupAsText) {
    const std::string out = dir + "/report";
    ASSERT_EQ(run_cli({"report", "--db", db, "-o", out}).code, 0);
    const std::string md = testing::read_file(out + "/report.md");
    // each planted construct is there, every markup character of it escaped
    EXPECT_NE(md.find("\\!\\[x\\](https\\://tracker.example/i.png), \\[click\\](https\\://evil.example) and "
                      "\\<img src=https\\://tracker.example/p.png\\>"),
              std::string::npos)
        << md;
    for (const char* raw : {"<img", "![x]", "[click]", "://"})
        for (std::size_t at = md.find(raw); at != std::string::npos; at = md.find(raw, at + 1))
            EXPECT_TRUE(at > 0 && md[at - 1] == '\\') << raw << " unescaped at " << at;
    EXPECT_EQ(text::markdown_text("see www.evil.example or me@evil.example"),
              "see www\\.evil.example or me\\@evil.example");
}

// The report as GitHub would show it: cmark-gfm (Debian's build of GitHub's Markdown, with
// its autolink and table extensions) shows no image and no link. Skipped, with the reason,
// when cmark-gfm is not installed (scripts/install-deps.sh --tests installs it).
TEST_F(Planted, GitHubsMarkdownShowsNoPlantedImageOrLink) {
    if (::access("/usr/bin/cmark-gfm", X_OK) != 0) GTEST_SKIP() << "cmark-gfm is not installed";
    const std::string out = dir + "/report";
    ASSERT_EQ(run_cli({"report", "--db", db, "-o", out}).code, 0);
    for (const std::string& md : {out + "/report.md"}) {
        const std::string html = dir + "/report.html";
        ASSERT_EQ(std::system(("/usr/bin/cmark-gfm -e autolink -e table '" + md + "' > '" + html + "'").c_str()), 0);
        const std::string page = testing::read_file(html);
        EXPECT_NE(page.find("<table>"), std::string::npos);  // the tables still render
        EXPECT_EQ(page.find("<img"), std::string::npos) << page;
        EXPECT_EQ(page.find("<a "), std::string::npos) << page;
        EXPECT_NE(page.find("&lt;img src=https://tracker.example/p.png&gt;"), std::string::npos) << page;
    }
    // the diff of two graph files with a planted label, too
    const std::string a = dir + "/a.dot", b = dir + "/b.dot", diff = dir + "/diff.md";
    testing::write_file(a, "digraph claimgraph {\n}\n");
    testing::write_file(b,
                        "digraph claimgraph {\n  s1 [kind=statement, text=\"![t](https://tracker.example/t.png) "
                        "see www.evil.example\"];\n}\n");
    const auto d = run_cli({"diff", a, b, "-o", diff});
    ASSERT_EQ(d.code, 0) << d.err;
    ASSERT_EQ(std::system(("/usr/bin/cmark-gfm -e autolink -e table '" + diff + "' > '" + diff + ".html'").c_str()), 0);
    const std::string page = testing::read_file(diff + ".html");
    EXPECT_NE(page.find("www.evil.example"), std::string::npos) << page;
    EXPECT_EQ(page.find("<img"), std::string::npos) << page;
    EXPECT_EQ(page.find("<a "), std::string::npos) << page;
}

}  // namespace claimgraph
