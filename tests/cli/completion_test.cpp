// `claimgraph completion bash|zsh|fish`: the scripts are written from the command table;
// the bash one is loaded in a real bash and asked to complete (zsh and fish read theirs
// when they are installed).
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <filesystem>

#include "test_support.h"

namespace claimgraph {

namespace {

using testing::run_cli;

// What a shell prints for `command`.
std::string shell_output(const std::string& command) {
    std::string out;
    FILE* p = ::popen(command.c_str(), "r");
    if (!p) return "(popen failed)";
    std::array<char, 4096> buf{};
    while (std::size_t n = std::fread(buf.data(), 1, buf.size(), p)) out.append(buf.data(), n);
    const int status = ::pclose(p);
    if (status != 0) out += "(exit " + std::to_string(status) + ")";
    return out;
}

// The words bash offers after `words` (the last one being completed), one line.
std::string bash_completes(const std::string& script, const std::string& words) {
    return shell_output("bash --norc --noprofile -c 'source " + script +
                        "; COMP_WORDS=(" + words +
                        "); COMP_CWORD=$((${#COMP_WORDS[@]}-1)); COMPREPLY=(); _claimgraph; "
                        "echo \"${COMPREPLY[*]}\"' 2>&1");
}

}  // namespace

TEST(Completion, BashCompletesCommandsSubcommandsOptionsAndChoices) {
    const std::string dir = testing::temp_dir();
    const std::string script = dir + "/claimgraph.bash";
    const auto r = run_cli({"completion", "bash"});
    ASSERT_EQ(r.code, 0) << r.err;
    testing::write_file(script, r.out);
    EXPECT_EQ(shell_output("bash --norc --noprofile -c 'source " + script + " && complete -p claimgraph'"),
              "complete -o bashdefault -o filenames -F _claimgraph claimgraph\n");
    EXPECT_EQ(bash_completes(script, "claimgraph cla"), "claims\n");
    EXPECT_EQ(bash_completes(script, "claimgraph ver"), "verdict\n");
    EXPECT_EQ(bash_completes(script, "claimgraph claims con"), "confirm\n");
    EXPECT_EQ(bash_completes(script, "claimgraph render --format \"\""), "dot svg png pdf\n");
    EXPECT_EQ(bash_completes(script, "claimgraph --db x.db render --gr"), "--group-by\n");  // a value is no command
    EXPECT_EQ(bash_completes(script, "claimgraph verdict list --format c"), "csv claimreview\n");
    EXPECT_EQ(bash_completes(script, "claimgraph verdict --rating mostly"), "mostly-false mostly-true\n");
    EXPECT_EQ(bash_completes(script, "claimgraph ingest " + dir + "/claimgraph.b"), script + "\n");  // files
}

TEST(Completion, ZshAndFishScriptsAreReadByTheirShells) {
    const std::string dir = testing::temp_dir();
    const auto zsh = run_cli({"completion", "zsh"});
    const auto fish = run_cli({"completion", "fish"});
    ASSERT_EQ(zsh.code, 0);
    ASSERT_EQ(fish.code, 0);
    EXPECT_EQ(zsh.out.substr(0, 19), "#compdef claimgraph");
    EXPECT_NE(fish.out.find("complete -c claimgraph -n '__fish_use_subcommand' -a verdict"), std::string::npos);
    EXPECT_NE(fish.out.find("-l group-by -x -a 'auto none outlet document'"), std::string::npos);
    EXPECT_EQ(run_cli({"completion", "tcsh"}).code, 2);
    testing::write_file(dir + "/_claimgraph", zsh.out);
    testing::write_file(dir + "/claimgraph.fish", fish.out);
    if (std::filesystem::exists("/usr/bin/zsh")) {
        EXPECT_EQ(shell_output("zsh -n " + dir + "/_claimgraph 2>&1"), "");
        // loaded for real: zsh's bash layer defines the function and registers it
        EXPECT_EQ(shell_output("zsh -f -c 'autoload -U compinit && compinit -u && source " + dir +
                               "/_claimgraph && whence -w _claimgraph' 2>&1"),
                  "_claimgraph: function\n");
    }
    if (std::filesystem::exists("/usr/bin/fish")) {
        EXPECT_EQ(shell_output("fish --no-execute " + dir + "/claimgraph.fish 2>&1"), "");
        const std::string offered =
            shell_output("fish -N -c 'source " + dir + "/claimgraph.fish; complete -C \"claimgraph verd\"' 2>&1");
        EXPECT_TRUE(offered.starts_with("verdict\trecord a fact-checker's rating of a claim")) << offered;
        EXPECT_EQ(std::count(offered.begin(), offered.end(), '\n'), 1) << offered;
    }
    if (!std::filesystem::exists("/usr/bin/zsh") || !std::filesystem::exists("/usr/bin/fish"))
        GTEST_SKIP() << "zsh or fish is not installed: their scripts were checked as text only";
}

}  // namespace claimgraph
