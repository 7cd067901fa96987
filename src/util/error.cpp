#include "util/error.h"

namespace claimgraph {

Error::Error(const std::string& message, ExitCode code) : std::runtime_error(message), m_code(code) {}

void throw_usage(const std::string& message) { throw Error(message, ExitCode::usage); }

}  // namespace claimgraph
