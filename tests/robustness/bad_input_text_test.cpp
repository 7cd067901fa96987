// The bad-input matrix (DESIGN.md §7, issue 8), continued: quotation marks and whitespace
// by the hundred thousand, HTML's scripts and broken tags, malformed graph files and JSON,
// huge labels, odd metadata; each through the command line, with the exact message and exit
// code it gets (bad_input_test.cpp: files and sizes). Inputs are written by the tests.
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "robustness/bad_input_support.h"
#include "test_support.h"

namespace claimgraph {

using testing::BadInput;
using testing::error_line;
using testing::run_cli;
using testing::statements_in;

// --- quotes and whitespace --------------------------------------------------------------

TEST_F(BadInput, TwoHundredThousandQuoteMarks) {
    auto r = extract({put("marks.txt", std::string(200'000, '"') + "\n")});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, path("marks.txt") + ": 0 statements\n");
    std::string curly;
    for (int i = 0; i < 100'000; ++i) curly += "\u201C\u201D";
    r = extract({put("curly.txt", curly)});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, path("curly.txt") + ": 0 statements\n");
    // 20,000 real quotations in one paragraph: each is found
    std::string yes;
    for (int i = 0; i < 20'000; ++i) yes += "\u201CYes,\u201D he said. ";
    r = extract({"--format", "json", put("yes.txt", "The minister spoke. " + yes)});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(statements_in(r.out), 20'000u);
}

TEST_F(BadInput, NestedAndUnbalancedQuotes) {
    // a thousand levels of “ ‘ “ ‘ … ’ ” ’ ”: double quotes do not nest in news text, so the
    // quotation runs from the first “ to the first ”
    std::string nested = "Police said: ", closing;
    for (int i = 0; i < 1000; ++i) {
        nested += i % 2 == 0 ? "\u201Clevel " : "\u2018level ";
        closing = (i % 2 == 0 ? "\u201D" : "\u2019") + closing;
    }
    auto r = extract({"--format", "json", put("nested.txt", nested + closing + "\n")});
    EXPECT_EQ(r.code, 0) << r.err;
    const auto statements = nlohmann::json::parse(r.out)["statements"];
    ASSERT_EQ(statements.size(), 1u);
    EXPECT_EQ(statements[0]["source"]["text"], "Police");
    EXPECT_EQ(statements[0]["content"]["start"], std::string("Police said: ").size());
    EXPECT_EQ(statements[0]["content"]["end"], nested.size() + std::string("\u2019\u201D").size());
    // a quotation never closed ends with its paragraph; the next paragraph is not swallowed
    r = extract(
        {put("open.txt", "The governor said: \u201CWe will rebuild the bridge,\n\nThe port reopened on Monday.\n")});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, path("open.txt") +
                         ": 1 statement\n   1. [direct] governor (person, governor) \u2014 said @19-49\n"
                         "      \u201CWe will rebuild the bridge,\n");
    // a closing mark with no opening one, and marks of two kinds crossed: the sentence
    // before them is still read
    r = extract({put("stray.txt",
                     "Officials said the road was closed.\u201D \u2018It \u201Cwas\u2019 shut,\u201D police said.\n")});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_NE(r.out.find("      the road was closed\n"), std::string::npos) << r.out;
}

TEST_F(BadInput, PathologicalWhitespace) {
    // a million spaces, a hundred thousand blank lines, carriage returns alone, and tabs
    const std::string text = std::string(1'000'000, ' ') + "Officials said the road was closed." +
                             std::string(100'000, '\n') + "Police said it\rwas\r\rreopened." +
                             std::string(50'000, '\t');
    const auto r = extract({"--format", "json", put("space.txt", text)});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(statements_in(r.out), 2u);
}

// --- HTML -------------------------------------------------------------------------------

TEST_F(BadInput, HtmlScriptsStylesAndBrokenTagsAreNotText) {
    const std::string page = put("p.html",
                                 "<html><head><style>p::after { content: 'Officials said 5 died.' }</style>"
                                 "<script>var s = \"The mayor said the dam broke.\"; if (a < b) {}</script></head>"
                                 "<body><noscript>Analysts said nothing.</noscript>"
                                 "<p>The governor said <b>four people</b> were hurt.<p>Unclosed <i>tag <div></span>"
                                 " Police said two cars burned.<p><<<>>> <a href='javascript:alert(1)' onclick=x>"
                                 "The army said it <!-- a comment said 9 --> withdrew.</a>"
                                 "<script>document.write('Witnesses said')</script></body>");
    const auto r = extract({"--format", "json", page});
    EXPECT_EQ(r.code, 0) << r.err;
    const auto doc = nlohmann::json::parse(r.out);
    std::vector<std::string> contents;
    for (const auto& s : doc["statements"]) contents.push_back(s["content"]["text"]);
    EXPECT_EQ(contents, (std::vector<std::string>{"four people were hurt", "two cars burned", "it withdrew"}));
}

// --- graph files and JSON ---------------------------------------------------------------

TEST_F(BadInput, MalformedGraphFiles) {
    const std::string dot = put("bad.dot", "digraph { a -> ; b [label=\"x\n");
    const auto c = run_cli({"check", dot});
    EXPECT_EQ(c.code, 1);
    EXPECT_EQ(c.out, dot + ":1:16: error: expected a node id, found ';'\n" + dot +
                         ":1:27: error: unterminated string\n" + dot +
                         ":2:1: error: expected an attribute name or ']', found end of file\n" + dot +
                         ":2:1: error: expected '}' before the end of file\n1 file checked: 4 errors, 0 warnings\n");
    const auto i = run_cli({"import", "--db", path("g.db"), dot});
    EXPECT_EQ(i.code, 1);
    EXPECT_EQ(i.err, c.out.substr(0, c.out.rfind("1 file checked")) +
                         error_line("import: the files have errors (listed above); nothing was imported"));
    EXPECT_FALSE(std::filesystem::exists(path("g.db")));
    // not a graph at all
    EXPECT_EQ(
        run_cli({"check", put("prose.dot", "Officials said the road was closed.\n")}).out,
        path("prose.dot") +
            ":1:1: error: expected 'digraph' or 'graph', found 'Officials'\n1 file checked: 1 error, 0 warnings\n");
}

TEST_F(BadInput, MalformedJson) {
    const std::string cut = put("cut.json", "{\"format\": \"claimgraph\",\n \"nodes\": [");
    auto r = run_cli({"import", "--db", path("g.db"), cut});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, error_line(cut + ":2:12: invalid JSON: unexpected end of input; expected '[', '{', or a literal "
                                      "(not a claimgraph JSON dump or PROV-JSON)") +
                         error_line("import: the files have errors (listed above); nothing was imported"));
    r = run_cli({"import", "--db", path("g.db"), put("list.json", "[1, 2]")});
    EXPECT_EQ(r.err, error_line("'" + path("list.json") +
                                "': neither a claimgraph JSON dump nor PROV-JSON (not a JSON object)") +
                         error_line("import: the files have errors (listed above); nothing was imported"));
    r = run_cli(
        {"import", "--db", path("g.db"),
         put("wrong.json", "{\"format\": \"claimgraph\", \"version\": 1, \"nodes\": [{\"id\": 7}], \"edges\": []}")});
    EXPECT_EQ(r.err, error_line("'" + path("wrong.json") + "': nodes[0]: needs a string 'id' and 'kind'") +
                         error_line("import: the files have errors (listed above); nothing was imported"));
    EXPECT_FALSE(std::filesystem::exists(path("g.db")));
    // export's GraphML (or any XML) is no format import reads: said so, not a DOT syntax error
    const std::string xml = put("g.graphml", "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<graphml></graphml>\n");
    r = run_cli({"import", "--db", path("g.db"), xml});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, error_line("'" + xml +
                                "': an XML file (GraphML or HTML?); import reads semantic DOT, claimgraph JSON or "
                                "PROV-JSON (export --format dot|json|prov-json)") +
                         error_line("import: the files have errors (listed above); nothing was imported"));
    EXPECT_FALSE(std::filesystem::exists(path("g.db")));
    // a batch line that is JSON but not an object with text
    r = extract({put("b.jsonl", "[\"text\"]\n{\"text\": 5}\n{\"text\": \"Police said two cars burned.\"}\n")});
    EXPECT_EQ(r.err, "claimgraph: warning: " + path("b.jsonl") + ":1:1: not a JSON object; skipped\n" +
                         "claimgraph: warning: " + path("b.jsonl") + ":2:1: no \"text\" string; skipped\n");
}

TEST_F(BadInput, HugeLabelsAreCutInDiagramsAndKeptInData) {
    const std::string quote(300'000, 'w');
    const std::string article =
        put("a.txt", "title: " + std::string(100'000, 'T') + "\noutlet: " + std::string(50'000, 'O') +
                         "\n\nGovernor Lena Fisk said: \u201C" + quote + "\u201D\n");
    const std::string db = path("a.db");
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", db, article}).code, 0);
    const auto svg = run_cli({"render", "--db", db, "--format", "svg"});
    ASSERT_EQ(svg.code, 0) << svg.err;
    EXPECT_LT(svg.out.size(), 20'000u) << "a label was drawn whole";
    EXPECT_GE(testing::xpath_count(svg.out, "//s:text[contains(., '\u2026')]"), 2);  // the quote and the title, cut
    const auto claims = run_cli({"claims", "--db", db, "--format", "json"});
    ASSERT_EQ(claims.code, 0);
    EXPECT_NE(claims.out.find(quote), std::string::npos) << "the data keeps the whole quotation";
}

// Found by tests/robustness/linear_time.py: an article with no date and no place whose
// statements carry figures made the dispute look-up bind a parameter its query lacks.
TEST_F(BadInput, AnUndatedArticleThatNamesNoPlaceIsStored) {
    const std::string a =
        put("a.txt", "The minister said the death toll was 4.\n\nPolice said 5 people were killed.\n");
    const auto r = run_cli({"ingest", "-q", "--db", path("u.db"), a});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.err, "");
    const auto d = run_cli({"disputes", "--db", path("u.db"), "--format", "json"});
    ASSERT_EQ(d.code, 0) << d.err;
    EXPECT_NE(d.out.find("\"basis\":\"figure\""), std::string::npos) << d.out;
}

// Found by ASan on tests/robustness/linear_time.py: naming the country an accusation
// targets read a string after its end.
TEST_F(BadInput, AccusationsBetweenCountriesAreADispute) {
    const std::string a = put("a.txt",
                              "date: 2024-03-02\n\nRussia accused Ukraine of shelling the town of Brovary.\n\n"
                              "Ukraine accused Russia of the strike on Brovary.\n");
    ASSERT_EQ(run_cli({"ingest", "-q", "--db", path("c.db"), a}).code, 0);
    const auto d = run_cli({"disputes", "--db", path("c.db"), "--format", "json"});
    ASSERT_EQ(d.code, 0) << d.err;
    EXPECT_NE(d.out.find("\"basis\":\"contradiction\""), std::string::npos) << d.out;
}

// --- metadata ---------------------------------------------------------------------------

TEST_F(BadInput, OddMetadataIsLeftOutWithAWarning) {
    const std::string a =
        put("a.txt", "title: T\ndate: yesterday\nurl: javascript:alert(1)\n\nPolice said two cars burned.\n");
    const std::string b =
        put("b.txt", "date: Saturday, March 2, 2024\nurl: https://example.org/b\n\nPolice said the road was shut.\n");
    const std::string c =
        put("c.jsonl", "{\"text\": \"Police said it.\", \"date\": \"2024-02-30\", \"url\": \"file:///etc/passwd\"}\n");
    const std::string db = path("m.db");
    const auto r = run_cli({"ingest", "-q", "--db", db, a, b, c});
    EXPECT_EQ(r.code, 0) << "metadata left out does not fail the run";
    EXPECT_EQ(r.err,
              "claimgraph: warning: '" + a +
                  "': date 'yesterday' is not a date (such as 2024-03-02 or March 2, 2024); left out\n" +
                  "claimgraph: warning: '" + a + "': url 'javascript:alert(1)' is not an http(s) link; left out\n" +
                  "claimgraph: warning: " + c +
                  ":1:1: date '2024-02-30' is not a date (such as 2024-03-02 or March 2, 2024); left out\n" +
                  "claimgraph: warning: " + c + ":1:1: url 'file:///etc/passwd' is not an http(s) link; left out\n");
    const auto docs = run_cli({"documents", "--db", db, "--format", "json"});
    ASSERT_EQ(docs.code, 0) << docs.err;
    std::vector<std::string> dates, urls;
    std::istringstream lines(docs.out);
    for (std::string line; std::getline(lines, line);) {
        const auto d = nlohmann::json::parse(line);
        dates.push_back(d["date"].is_null() ? "null" : d["date"].get<std::string>());
        urls.push_back(d["url"].is_null() ? "null" : d["url"].get<std::string>());
    }
    std::sort(dates.begin(), dates.end());
    std::sort(urls.begin(), urls.end());
    EXPECT_EQ(dates, (std::vector<std::string>{"2024-03-02", "null", "null"}));
    EXPECT_EQ(urls, (std::vector<std::string>{"https://example.org/b", "null", "null"}));
}

}  // namespace claimgraph
