// The bad-input matrix (DESIGN.md §7, issue 8): each kind of broken or hostile input that
// fact-checkers feed claimgraph, run through the command line, with the exact message and
// exit code it gets. Inputs are written by the tests; none is a real article.
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "load/loader.h"
#include "test_support.h"
#include "util/error.h"

namespace claimgraph {

namespace {

using testing::run_cli;
using testing::write_file;

// A folder the test writes its inputs in.
class BadInput : public ::testing::Test {
protected:
    void SetUp() override { dir = testing::temp_dir(); }
    std::string path(const std::string& name) const { return dir + "/" + name; }
    std::string put(const std::string& name, const std::string& bytes) const {
        write_file(path(name), bytes);
        return path(name);
    }
    // `extract FILE`: the exit code and stderr
    testing::CliResult extract(const std::vector<std::string>& args) const {
        std::vector<std::string> all{"extract"};
        all.insert(all.end(), args.begin(), args.end());
        return run_cli(all);
    }
    std::string dir;
};

std::string error_line(const std::string& message) { return "claimgraph: error: " + message + "\n"; }

// `size` bytes of plain sentences, written in 1 MB pieces.
void write_large(const std::string& path, std::size_t size) {
    std::string piece;
    while (piece.size() < 1'000'000) piece += "Officials said the road was closed. ";
    piece.resize(1'000'000);
    std::ofstream out(path, std::ios::binary);
    for (std::size_t written = 0; written < size; written += piece.size())
        out.write(piece.data(), static_cast<std::streamsize>(std::min(piece.size(), size - written)));
}

std::size_t statements_in(const std::string& json_line) {
    return nlohmann::json::parse(json_line)["statements"].size();
}

}  // namespace

// --- files ------------------------------------------------------------------------------

TEST_F(BadInput, AMissingFile) {
    const auto r = extract({path("missing.txt")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, error_line("'" + path("missing.txt") + "': no such file or directory"));
    const auto i = run_cli({"ingest", "--db", path("a.db"), path("missing.txt")});
    EXPECT_EQ(i.code, 1);
    EXPECT_EQ(i.err, error_line("'" + path("missing.txt") + "': no such file or directory"));
    EXPECT_FALSE(std::filesystem::exists(path("a.db"))) << "a failed ingest left a database behind";
}

TEST_F(BadInput, AFileTheUserCannotRead) {
    const std::string locked = put("locked.txt", "Officials said the road was closed.\n");
    ::chmod(locked.c_str(), 0);
    ::chmod(dir.c_str(), 0755);
    // root reads any file: the check runs in a child that gives up root first
    int pipefd[2];
    ASSERT_EQ(::pipe(pipefd), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(pipefd[0]);
        std::string message = "(no error)";
        if (::geteuid() != 0 || (::setgid(65534) == 0 && ::setuid(65534) == 0)) {
            try {
                load::load_file(locked);
            } catch (const Error& e) {
                message = e.what();
            }
        } else {
            message = "(could not drop root)";
        }
        if (::write(pipefd[1], message.data(), message.size()) < 0) ::_exit(2);
        ::_exit(0);
    }
    ::close(pipefd[1]);
    std::string message;
    char buffer[512];
    for (ssize_t n; (n = ::read(pipefd[0], buffer, sizeof buffer)) > 0;)
        message.append(buffer, static_cast<std::size_t>(n));
    ::close(pipefd[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    EXPECT_EQ(message, "'" + locked + "': cannot read: Permission denied");
}

TEST_F(BadInput, ADirectoryWithoutArticles) {
    put("notes.md", "not an article");
    const auto r = extract({dir});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, error_line("'" + dir + "': no articles (*.txt, *.html, *.jsonl) in directory"));
}

TEST_F(BadInput, BinaryFiles) {
    // the first bytes of a PNG image, saved under a name that says text
    const std::string png = put("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    auto r = extract({png});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, error_line("'" + png + "': binary file (contains NUL bytes), not an article"));
    const std::string page = put("page.html", std::string("<html><body><p>Officials said\0 it.</p></body></html>", 52));
    r = extract({page});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, error_line("'" + page + "': binary file (contains NUL bytes), not an article"));
    const std::string batch = put("batch.jsonl", std::string("\0\0\0\0", 4));
    r = extract({batch});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, error_line("'" + batch + "': no articles in JSON Lines file (1 line skipped; first: " + batch +
                                ":1:1: binary line (contains NUL bytes))"));
}

// Invalid UTF-8 is an error naming line, column and byte offset, never replaced: every
// span claimgraph reports points at bytes of the file, and a replacement would move them.
TEST_F(BadInput, InvalidUtf8IsAnErrorWithItsPosition) {
    const std::string text = put("latin1.txt", "title: Caf\xE9\n\nOfficials said it.\n");
    auto r = extract({text});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, error_line(text + ":1:11: invalid UTF-8 at byte 10"));
    // a truncated sequence at the very end
    const std::string cut = put("cut.txt", "Officials said it was \xE2\x80");
    r = extract({cut});
    EXPECT_EQ(r.err, error_line(cut + ":1:23: invalid UTF-8 at byte 22"));
    // an overlong encoding of '/', and a UTF-16 surrogate encoded in UTF-8
    EXPECT_EQ(extract({put("overlong.txt", "a\xC0\xAF")}).err,
              error_line(path("overlong.txt") + ":1:2: invalid UTF-8 at byte 1"));
    EXPECT_EQ(extract({put("surrogate.txt", "ab\xED\xA0\x80")}).err,
              error_line(path("surrogate.txt") + ":1:3: invalid UTF-8 at byte 2"));
    const std::string page = put("p.html", "<html><body>\n<p>Caf\xE9 owners said it.</p></body></html>");
    EXPECT_EQ(extract({page}).err, error_line(page + ":2:7: invalid UTF-8 at byte 19"));
    // in a batch, the line is skipped and the others are read
    const std::string batch = put("b.jsonl", "{\"text\": \"Police said two cars burned.\"}\n{\"text\": \"Caf\xE9\"}\n");
    r = extract({"--format", "json", batch});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "claimgraph: warning: " + batch + ":2:14: invalid UTF-8 at byte 54; skipped\n");
    EXPECT_EQ(statements_in(r.out), 1u);
}

TEST_F(BadInput, EmptyFiles) {
    for (const char* name : {"zero.txt", "zero.html", "zero.jsonl"}) {
        const std::string p = put(name, "");
        const auto r = extract({p});
        EXPECT_EQ(r.code, 1) << name;
        EXPECT_EQ(r.err, error_line("'" + p + "': empty file"));
    }
    const std::string blank = put("blank.txt", " \n\t\r\n\n");
    EXPECT_EQ(extract({blank}).err, error_line("'" + blank + "': empty file"));
    // a page with markup and no text
    const std::string page = put("bare.html", "<html><head><title></title></head><body><div></div></body></html>");
    EXPECT_EQ(extract({page}).err, error_line("'" + page + "': no article text in HTML page"));
    // a header block and no body is an article with no statements, not an error
    const auto r = extract({put("header.txt", "title: Only a title\n\n")});
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_EQ(r.out, path("header.txt") + ": 0 statements\n");
}

TEST_F(BadInput, OneBadFileAmongGoodOnesIsSkipped) {
    const std::string good = put("a.txt", "Officials said the road was closed.\n");
    const std::string bad = put("b.txt", std::string("\0", 1));
    const std::string also = put("c.txt", "Police said two cars burned.\n");
    const auto r = extract({"--format", "json", good, bad, also});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "claimgraph: warning: '" + bad + "': binary file (contains NUL bytes), not an article; skipped\n");
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2) << "both good files are read";
    // a path that does not exist is a mistake in the command: nothing is read
    const auto m = extract({good, path("missing.txt")});
    EXPECT_EQ(m.code, 1);
    EXPECT_EQ(m.out, "");
    EXPECT_EQ(m.err, error_line("'" + path("missing.txt") + "': no such file or directory"));
}

// --- size -------------------------------------------------------------------------------

TEST_F(BadInput, A100MbFileIsRefusedBeforeItIsRead) {
    write_large(path("dump.txt"), 100'000'000);
    const auto r = extract({path("dump.txt")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, error_line("'" + path("dump.txt") +
                                "': 100 MB, over the 16 MB limit for one article (raise it with --max-article-mb)"));
    const auto i = run_cli({"ingest", "--db", path("a.db"), path("dump.txt")});
    EXPECT_EQ(i.code, 1);
    EXPECT_EQ(i.err, r.err);
    std::filesystem::remove(path("dump.txt"));
    // the limit is the user's to raise; and it applies to the pages of a folder as well
    write_large(path("two.txt"), 2'000'000);
    EXPECT_EQ(extract({"--max-article-mb", "1", path("two.txt")}).err,
              error_line("'" + path("two.txt") +
                         "': 2 MB, over the 1 MB limit for one article (raise it with --max-article-mb)"));
    const auto raised = extract({"--max-article-mb", "3", "--format", "json", path("two.txt")});
    EXPECT_EQ(raised.code, 0) << raised.err;
    EXPECT_EQ(statements_in(raised.out), 2'000'000u / 36);  // one per whole sentence of 36 bytes
    EXPECT_EQ(extract({"--max-article-mb", "0", path("two.txt")}).code, 2);
}

TEST_F(BadInput, A30MbLineOfABatchIsSkippedAndTheRestRead) {
    {
        std::ofstream out(path("b.jsonl"), std::ios::binary);
        out << "{\"text\": \"Police said two cars burned.\"}\n{\"text\": \"";
        const std::string piece(1'000'000, 'x');
        for (int i = 0; i < 30; ++i) out << piece;
        out << "\"}\n{\"text\": \"Officials said the road was closed.\"}\n";
    }
    const auto r = extract({"--format", "json", path("b.jsonl")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(
        r.err,
        "claimgraph: warning: " + path("b.jsonl") +
            ":2:1: line of 30.0 MB, over the 16 MB limit for one article (raise it with --max-article-mb); skipped\n");
    // the two good lines, each on its own output line
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 2);
    // the byte offsets of lines after the long one still count every byte of it
    const auto size = std::filesystem::file_size(path("b.jsonl"));
    std::ofstream(path("b.jsonl"), std::ios::app) << "{\"text\": \"\xFF\"}\n";
    const std::string err = extract({path("b.jsonl")}).err;
    EXPECT_NE(err.find(":4:11: invalid UTF-8 at byte " + std::to_string(size + 10) + ";"), std::string::npos) << err;
}

TEST_F(BadInput, StandardInputHasTheSameLimit) {
    // a pipe cannot be measured first: it is read up to the limit and refused there
    const std::string big(2'000'001, 'a');
    FILE* saved = std::freopen(put("in.txt", big).c_str(), "rb", stdin);
    ASSERT_NE(saved, nullptr);
    const auto r = extract({"--max-article-mb", "2", "-"});
    std::clearerr(stdin);
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, error_line("'<stdin>': over the 2 MB limit for one article (raise it with --max-article-mb)"));
}

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
