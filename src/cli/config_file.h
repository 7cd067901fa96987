// A repository's settings for the command line: `claimgraph.toml` in the working folder
// (or the file `--config FILE` names), read with CLI11's TOML reader. Top-level keys are
// options of every command that has them (`db = "case.db"`); a `[render]` section's keys
// are render's (`theme = "dark"`), `[claims.confirm]` those of `claims confirm`. What the
// command line gives wins.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace claimgraph::cli {

/// The file named by `--config FILE` (or `--config=FILE`, anywhere before a `--`), taken out
/// of `args`; else "claimgraph.toml" when the working folder has one; else "".
std::string take_config_path(std::vector<std::string>& args);

/// `args` (the command line as the parser takes it, place_global_options's) with the
/// settings of the config file `path` added for the options it does not give. Throws a
/// usage Error naming the file, section and key for a section that is no command, a key
/// that is no option there (with the nearest option), or a value a flag cannot take.
std::vector<std::string> apply_config(const std::string& path, std::vector<std::string> args, CLI::App& app);

}  // namespace claimgraph::cli
