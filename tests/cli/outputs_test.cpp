// Outputs never destroy a user's files (issue 17): a report folder is written into, never
// emptied; -o replaces only claimgraph's own outputs, writes through devices and pipes,
// follows links, and never overwrites the database.
#include <filesystem>
#include <string>
#include <thread>

#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "test_support.h"
#include "util/output.h"

namespace claimgraph {

using testing::run_cli;

namespace {

namespace fs = std::filesystem;

// A folder holding a note and a database of the port-strike article.
struct Case {
    std::string dir = testing::temp_dir() + "/c";
    std::string db = dir + "/c.db";
    Case() {
        fs::create_directories(dir);
        testing::write_file(dir + "/notes", "keep\n");
        const auto r = run_cli({"ingest", "-q", "--db", db, testing::data_path("port-strike.txt")});
        EXPECT_EQ(r.code, 0) << r.err;
    }
};

}  // namespace

TEST(Outputs, AReportIntoAFolderOfOtherFilesIsRefusedAndEmptiesNothing) {
    const Case c;
    const auto r = run_cli({"report", "--db", c.db, "-o", c.dir});
    EXPECT_EQ(r.code, 1);
    // (the database's -shm and -wal files may be listed too: a reader leaves them)
    EXPECT_TRUE(r.err.starts_with("claimgraph: error: '" + c.dir + "': holds files claimgraph did not write (c.db, "))
        << r.err;
    EXPECT_TRUE(r.err.ends_with("); nothing was written (--force writes the report's files beside them)\n")) << r.err;
    EXPECT_EQ(testing::read_file(c.dir + "/notes"), "keep\n");
    EXPECT_FALSE(fs::exists(c.dir + "/index.html"));
    // with --force the report's two files go beside the others, which stay as they were
    const auto forced = run_cli({"report", "--db", c.db, "-o", c.dir, "--force"});
    ASSERT_EQ(forced.code, 0) << forced.err;
    EXPECT_TRUE(fs::exists(c.dir + "/index.html"));
    EXPECT_TRUE(fs::exists(c.dir + "/report.md"));
    EXPECT_EQ(testing::read_file(c.dir + "/notes"), "keep\n");
    EXPECT_EQ(run_cli({"documents", "--db", c.db}).code, 0);  // the database is whole
}

TEST(Outputs, AReportFolderOfItsOwnFilesIsWrittenAgainButAUsersReportMdIsNot) {
    const Case c;
    const std::string out = c.dir + "/report";
    ASSERT_EQ(run_cli({"report", "--db", c.db, "-o", out}).code, 0);
    ASSERT_EQ(run_cli({"report", "--db", c.db, "-o", out, "--title", "Again"}).code, 0);
    EXPECT_NE(testing::read_file(out + "/report.md").find("# Again"), std::string::npos);
    // a folder whose report.md is the user's own text: not replaced
    const std::string mine = c.dir + "/mine";
    fs::create_directories(mine);
    testing::write_file(mine + "/report.md", "# My notes\n");
    const auto r = run_cli({"report", "--db", c.db, "-o", mine});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "claimgraph: error: '" + mine + "/report.md': exists and is not a claimgraph output; not "
                     "overwritten (--force replaces it)\n");
    EXPECT_EQ(testing::read_file(mine + "/report.md"), "# My notes\n");
}

TEST(Outputs, TheDatabaseIsNeverOverwrittenForceOrNot) {
    const Case c;
    const std::string before = testing::read_file(c.db);
    for (const bool force : {false, true}) {
        std::vector<std::string> args{"export", "--db", c.db, "--format", "json", "-o", c.db};
        if (force) args.push_back("--force");
        const auto r = run_cli(args);
        EXPECT_EQ(r.code, 1);
        EXPECT_EQ(r.err, "claimgraph: error: '" + c.db + "': is the database this command reads; not overwritten\n");
    }
    EXPECT_EQ(testing::read_file(c.db), before);
    // another database: refused unless --force
    const std::string other = c.dir + "/other.db";
    fs::copy_file(c.db, other);
    const auto r = run_cli({"render", "--db", c.db, "--format", "dot", "-o", other});
    EXPECT_EQ(r.err, "claimgraph: error: '" + other + "': is an SQLite database; not overwritten (--force replaces it)\n");
}

TEST(Outputs, AFileThatIsNotAClaimgraphOutputIsReplacedOnlyWithForce) {
    const Case c;
    const auto r = run_cli({"render", "--db", c.db, "--format", "svg", "-o", c.dir + "/notes"});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err, "claimgraph: error: '" + c.dir + "/notes': exists and is not a claimgraph output; not overwritten "
                     "(--force replaces it)\n");
    EXPECT_EQ(testing::read_file(c.dir + "/notes"), "keep\n");
    // an earlier render is replaced
    const std::string svg = c.dir + "/graph.svg";
    ASSERT_EQ(run_cli({"render", "--db", c.db, "--format", "svg", "-o", svg}).code, 0);
    EXPECT_EQ(run_cli({"render", "--db", c.db, "--format", "svg", "-o", svg, "--theme", "dark"}).code, 0);
    EXPECT_EQ(run_cli({"render", "--db", c.db, "--format", "svg", "-o", c.dir + "/notes", "--force"}).code, 0);
    EXPECT_NE(testing::read_file(c.dir + "/notes"), "keep\n");
}

TEST(Outputs, ALinkIsFollowedAndStaysALink) {
    const Case c;
    const std::string target = c.dir + "/graph.dot", link = c.dir + "/latest.dot";
    ASSERT_EQ(run_cli({"export", "--db", c.db, "--format", "dot", "-o", target}).code, 0);
    fs::create_symlink("graph.dot", link);
    ASSERT_EQ(run_cli({"export", "--db", c.db, "--format", "json", "-o", link}).code, 0);
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_EQ(testing::read_file(target).substr(0, 1), "{");  // the target has the new output
    // a link to a user's file: the file is protected as itself
    fs::create_symlink("notes", c.dir + "/to-notes");
    EXPECT_EQ(run_cli({"export", "--db", c.db, "--format", "json", "-o", c.dir + "/to-notes"}).code, 1);
    EXPECT_EQ(testing::read_file(c.dir + "/notes"), "keep\n");
}

TEST(Outputs, AFifoIsWrittenThroughNotReplaced) {
    const Case c;
    const std::string fifo = c.dir + "/pipe";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    std::string got;
    std::thread reader([&] { got = testing::read_file(fifo); });
    const auto r = run_cli({"export", "--db", c.db, "--format", "dot", "-o", fifo});
    reader.join();
    EXPECT_EQ(r.code, 0) << r.err;
    EXPECT_TRUE(got.starts_with("digraph claimgraph")) << got.substr(0, 40);
    struct stat st {};
    ASSERT_EQ(::stat(fifo.c_str(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
}

TEST(Outputs, TheOutputsOfEveryFormatAreKnownForOurs) {
    const Case c;
    for (const char* format : {"dot", "json", "prov-json", "prov-n", "graphml", "claimreview"}) {
        const auto r = run_cli({"export", "--db", c.db, "--format", format});
        EXPECT_TRUE(is_claimgraph_output(r.out.substr(0, 4096))) << format;
    }
    for (const char* format : {"svg", "dot"})
        EXPECT_TRUE(is_claimgraph_output(run_cli({"render", "--db", c.db, "--format", format}).out.substr(0, 4096)))
            << format;
    for (const char* format : {"text", "json", "dot", "svg"}) {
        const auto r = run_cli({"trace", "--db", c.db, "9d04c46c", "--format", format});
        EXPECT_TRUE(is_claimgraph_output(r.out.substr(0, 4096))) << format << ": " << r.out.substr(0, 60);
    }
    EXPECT_TRUE(is_claimgraph_output(run_cli({"diff", c.db, c.db}).out));
    EXPECT_FALSE(is_claimgraph_output("keep\n"));
    EXPECT_FALSE(is_claimgraph_output("{\"name\": \"my-package\"}"));
    EXPECT_FALSE(is_claimgraph_output(std::string("SQLite format 3\0", 16)));
}

TEST(Outputs, AJsonDumpNestedAHundredThousandLevelsIsAClearError) {
    const Case c;
    const std::string deep = c.dir + "/deep.json";
    testing::write_file(deep, "{\"format\": \"claimgraph\", \"version\": 1, \"nodes\": [{\"id\": \"a\", \"kind\": \"source\", "
                              "\"attrs\": {\"x\": " + std::string(100000, '[') + std::string(100000, ']') + "}}]}");
    const auto r = run_cli({"import", "--db", c.db, deep});
    EXPECT_EQ(r.code, 1);
    EXPECT_NE(r.err.find("nested more than 512 levels deep"), std::string::npos) << r.err;
}

}  // namespace claimgraph
