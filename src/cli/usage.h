// What a person typed against what the command line knows: the nearest command or option
// to a typo ("did you mean 'claims'?"), and options given before the command
// (`claimgraph --db case.db claims`) moved to the command that takes them.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace claimgraph::cli {

/// The name of `known` nearest to `typed`: within a small edit distance (a third of its
/// length, at least 1; a swap of two letters counts as one edit), or one that `typed`
/// begins (at least 3 letters). Ties go to the first in `known`. nullopt when none is near.
std::optional<std::string> nearest_name(const std::string& typed, const std::vector<std::string>& known);

/// The arguments as the parser takes them: `--db PATH` (or `--db=PATH`) given before the
/// command word is moved after the command's own arguments (before a `--`), so that the
/// command (or its subcommand: `claims confirm`) reads it. Throws a usage Error when the
/// command word is unknown (naming the nearest command), when the command reads no
/// database, or when --db is given both before and after it.
std::vector<std::string> place_global_options(const std::vector<std::string>& args, CLI::App& app);

/// The subcommand of `app` named `name`; nullptr when none.
CLI::App* subcommand_named(CLI::App& app, const std::string& name);

/// The long names of `app`'s options, without their dashes ("db", "format").
std::vector<std::string> long_option_names(const CLI::App& app);

/// The command (or subcommand: `claims confirm`) the arguments go to: the first word that
/// is not an option, then its subcommands' words; nullptr when there is no known command.
CLI::App* target_command(const std::vector<std::string>& args, CLI::App& app);

/// "did you mean '--search'?" for the first argument `args` holds that looks like an option
/// (`--x`) and is not one of the options of the command it goes to; "" when none.
std::string option_suggestion(const std::vector<std::string>& args, CLI::App& app);

}  // namespace claimgraph::cli
