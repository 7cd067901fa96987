// Reported speech: "X said (that) …", "…, said X", "according to X, …", "reportedly".
#pragma once

#include "extract/context.h"

namespace claimgraph::extract {

/// Finds reported-speech statements in sentence `s` among tokens not yet used by a
/// direct quotation. Content that contains quoted words is `mixed`.
void find_reported(Context& ctx, const Sentence& s);

}  // namespace claimgraph::extract
