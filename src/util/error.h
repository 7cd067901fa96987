// The one error type for operational failures (ccache's habit): thrown anywhere,
// caught once in cli::run, printed as "claimgraph: error: <message>".
#pragma once

#include <stdexcept>
#include <string>

namespace claimgraph {

/// Exit codes of the command line (DESIGN.md §4).
enum class ExitCode : int { ok = 0, failure = 1, usage = 2 };

/// An operational failure. `what()` is the message after "claimgraph: error: ",
/// already in the form "<context>: <cause>".
class Error : public std::runtime_error {
public:
    explicit Error(const std::string& message, ExitCode code = ExitCode::failure);
    ExitCode code() const noexcept { return m_code; }

private:
    ExitCode m_code;
};

/// Throws Error with the usage exit code.
[[noreturn]] void throw_usage(const std::string& message);

}  // namespace claimgraph
