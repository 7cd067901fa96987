// claimgraph.toml (cli/config_file.h): a repository's settings, the command line winning,
// and clear errors for what no command takes.
#include <gtest/gtest.h>

#include <filesystem>

#include "test_support.h"

namespace claimgraph {

namespace {

using testing::run_cli;

// Runs in `dir` and comes back, whatever happens.
struct InFolder {
    std::filesystem::path before = std::filesystem::current_path();
    explicit InFolder(const std::string& dir) { std::filesystem::current_path(dir); }
    ~InFolder() { std::filesystem::current_path(before); }
};

}  // namespace

TEST(ConfigFile, TheWorkingFoldersSettingsApplyAndTheCommandLineWins) {
    const std::string db = testing::ingest_articles(
        {{"a.txt", "outlet: Harbour Gazette\ndate: 2026-03-12\n\nGovernor Jane Doe said that 14 people died.\n"}});
    const std::string dir = testing::temp_dir();
    std::filesystem::copy_file(db, dir + "/case.db");
    testing::write_file(dir + "/claimgraph.toml",
                        "# the desk's settings\ndb = \"case.db\"\n\n[render]\ntheme = \"dark\"\nno-legend = true\n\n"
                        "[verdict]\nreviewer = \"Harbour Desk\"\n");
    const InFolder here(dir);
    const auto claims = run_cli({"claims"});
    EXPECT_EQ(claims.code, 0) << claims.err;
    EXPECT_NE(claims.out.find("1 statement\n"), std::string::npos) << claims.out;
    const auto dark = run_cli({"render", "--format", "dot"}).out;
    EXPECT_NE(dark.find("bgcolor=\"#1E1E1E\""), std::string::npos);
    EXPECT_EQ(dark.find("cluster_legend"), std::string::npos);
    const auto light = run_cli({"render", "--format", "dot", "--theme", "light"}).out;  // the command line wins
    EXPECT_EQ(light.find("bgcolor=\"#1E1E1E\""), std::string::npos);
    const std::string claim = claims.out.substr(0, 10);
    const auto verdict = run_cli({"verdict", claim, "--rating", "false", "--date", "2026-03-13"});
    EXPECT_NE(verdict.out.find("by Harbour Desk"), std::string::npos) << verdict.out << verdict.err;
    // a database named on the command line, before or after the command, wins over db =
    const auto other = run_cli({"--db", db, "claims"});
    EXPECT_EQ(other.code, 0) << other.err;
}

TEST(ConfigFile, ConfigNamesAFileAndWhatNoCommandTakesIsAClearError) {
    const std::string dir = testing::temp_dir();
    const auto write = [&](const std::string& name, const std::string& text) {
        testing::write_file(dir + "/" + name, text);
        return dir + "/" + name;
    };
    const auto typo = run_cli({"--config", write("a.toml", "[render]\nthme = \"dark\"\n"), "render"});
    EXPECT_EQ(typo.code, 2);
    EXPECT_NE(typo.err.find("a.toml': [render] thme: render has no option --thme; did you mean 'theme'?"),
              std::string::npos)
        << typo.err;
    const auto key = run_cli({"claims", "--config=" + write("b.toml", "dbb = \"x.db\"\n")});
    EXPECT_EQ(key.code, 2);
    EXPECT_NE(key.err.find("'dbb' is an option of no command; did you mean 'db'?"), std::string::npos) << key.err;
    const auto section = run_cli({"--config", write("c.toml", "[rendr]\ntheme = \"dark\"\n"), "claims"});
    EXPECT_EQ(section.code, 2);
    EXPECT_NE(section.err.find("[rendr] is no command"), std::string::npos) << section.err;
    const auto flag = run_cli({"--config", write("d.toml", "[render]\nno-legend = \"maybe\"\n"), "render"});
    EXPECT_EQ(flag.code, 2);
    EXPECT_NE(flag.err.find("render.no-legend: a flag is true or false, not 'maybe'"), std::string::npos) << flag.err;
    const auto missing = run_cli({"--config", dir + "/none.toml", "claims"});
    EXPECT_EQ(missing.code, 1);
    EXPECT_NE(missing.err.find("--config '" + dir + "/none.toml': no such file"), std::string::npos) << missing.err;
}

}  // namespace claimgraph
