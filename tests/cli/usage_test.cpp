// The command line fits people's habits (issue 23): options before the command, and the
// nearest command or option named when one is mistyped.
#include <gtest/gtest.h>

#include "cli/usage.h"
#include "test_support.h"

namespace claimgraph {

namespace {

using testing::run_cli;

const std::vector<std::string> kCommands = {"extract", "ingest", "claims", "sources", "disputes", "render", "report"};

// A database holding the port-strike article, made once per test.
std::string small_db(const std::string& name) {
    const std::string db = testing::temp_dir() + "/" + name + ".db";
    const auto r = run_cli({"ingest", "-q", "--db", db, testing::data_path("port-strike.txt")});
    EXPECT_EQ(r.code, 0) << r.err;
    return db;
}

}  // namespace

TEST(Usage, NamesTheNearestCommandOrNone) {
    EXPECT_EQ(cli::nearest_name("claim", kCommands), "claims");    // a letter missing
    EXPECT_EQ(cli::nearest_name("cliams", kCommands), "claims");   // two letters swapped
    EXPECT_EQ(cli::nearest_name("rendr", kCommands), "render");
    EXPECT_EQ(cli::nearest_name("disp", kCommands), "disputes");   // the start of one
    EXPECT_EQ(cli::nearest_name("reprot", kCommands), "report");
    EXPECT_EQ(cli::nearest_name("graph", kCommands), std::nullopt);  // nothing near
    EXPECT_EQ(cli::nearest_name("ex", kCommands), std::nullopt);     // too short to be a start
}

TEST(Usage, AMistypedCommandGetsTheNearestOne) {
    const auto r = run_cli({"claim"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err,
              "claimgraph: error: unknown command 'claim'; did you mean 'claims'?\n"
              "run 'claimgraph --help' for usage\n");
    const auto far = run_cli({"--db", "x.db", "frobnicate"});
    EXPECT_EQ(far.code, 2);
    EXPECT_EQ(far.err, "claimgraph: error: unknown command 'frobnicate'\nrun 'claimgraph --help' for usage\n");
}

TEST(Usage, AMistypedOptionGetsTheNearestOneOfItsCommand) {
    const std::string db = small_db("typo");
    const auto r = run_cli({"claims", "--db", db, "--serch", "strike"});
    EXPECT_EQ(r.code, 2);
    EXPECT_NE(r.err.find("did you mean '--search'?"), std::string::npos) << r.err;
    const auto sub = run_cli({"sources", "--db", db, "--formt", "json"});
    EXPECT_EQ(sub.code, 2);
    EXPECT_NE(sub.err.find("did you mean '--format'?"), std::string::npos) << sub.err;
}

TEST(Usage, TheDatabaseMayBeNamedBeforeTheCommand) {
    const std::string db = small_db("global");
    const auto after = run_cli({"claims", "--db", db});
    ASSERT_EQ(after.code, 0) << after.err;
    ASSERT_NE(after.out.find("statements"), std::string::npos);
    const auto before = run_cli({"--db", db, "claims"});
    EXPECT_EQ(before.code, 0) << before.err;
    EXPECT_EQ(before.out, after.out);
    const auto joined = run_cli({"--db=" + db, "claims"});
    EXPECT_EQ(joined.out, after.out);
    // a subcommand of a command reads it too: the claim is found, not "no such database"
    const auto confirm = run_cli({"--db", db, "claims", "confirm", "0000000000", "1111111111"});
    EXPECT_NE(confirm.code, 0);
    EXPECT_EQ(confirm.err.find("no such database"), std::string::npos) << confirm.err;
    EXPECT_NE(confirm.err.find("0000000000"), std::string::npos) << confirm.err;
}

TEST(Usage, ADatabaseBeforeACommandThatReadsNoneIsRefused) {
    const auto r = run_cli({"--db", "x.db", "extract", testing::data_path("port-strike.txt")});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err, "claimgraph: error: --db: 'extract' reads no database\nrun 'claimgraph --help' for usage\n");
    const auto twice = run_cli({"--db", "a.db", "claims", "--db", "b.db"});
    EXPECT_EQ(twice.code, 2);
    EXPECT_NE(twice.err.find("--db: given both before and after the command"), std::string::npos) << twice.err;
    const auto bare = run_cli({"--db"});
    EXPECT_EQ(bare.code, 2);
    EXPECT_NE(bare.err.find("--db: a database file is expected after it"), std::string::npos) << bare.err;
}

}  // namespace claimgraph
