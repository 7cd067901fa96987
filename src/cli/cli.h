// The command line: parses arguments and runs one command. main() only forwards here,
// and tests call run() in-process with string streams.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace claimgraph::cli {

/// Runs `claimgraph <args…>` (args excludes the program name), writing results to `out`
/// and messages to `err`. Returns the exit code: 0 ok, 1 failure, 2 usage error.
/// Never throws.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace claimgraph::cli
