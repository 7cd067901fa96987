// The bad-input matrix (DESIGN.md §7, issue 8): each kind of broken or hostile input that
// fact-checkers feed claimgraph, run through the command line, with the exact message and
// exit code it gets. Inputs are written by the tests; none is a real article. Files and
// sizes here; quotes, whitespace, HTML, graph files, JSON and metadata in
// bad_input_text_test.cpp.
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
#include "robustness/bad_input_support.h"
#include "test_support.h"
#include "util/error.h"

namespace claimgraph {

using testing::BadInput;
using testing::error_line;
using testing::run_cli;
using testing::statements_in;
using testing::write_large;

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

}  // namespace claimgraph
