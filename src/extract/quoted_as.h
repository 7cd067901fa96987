// "Interfax quoted regional governor Ivan Petrenko as saying the toll had risen.": the
// wire's usual frame. The person quoted speaks, the one who quoted relays; it had been the
// wire's statement, its content "regional governor Ivan Petrenko as saying …".
#pragma once

#include <cstddef>
#include <optional>

#include "extract/context.h"

namespace claimgraph::extract {

/// At the verb "quoted" (token i): "RELAY quoted SPEAKER as saying CONTENT." and
/// "CONTENT, RELAY quoted SPEAKER as saying."; returns the token after what it read.
std::optional<std::size_t> quoted_as_saying(Context& ctx, const Sentence& s, std::size_t i);

}  // namespace claimgraph::extract
