// Direct quotations and who they are attributed to.
#pragma once

#include "extract/context.h"

namespace claimgraph::extract {

/// Finds the attributed quotations that open in sentence `s`: speaker after the quote
/// (“…,” the ministry said / said Smith), before it (X said: “…”), a headline
/// (“…”: Russia), split quotes (“A,” he said, “B.”) as one statement with two spans, and
/// quote paragraphs that continue the previous speaker.
void find_direct(Context& ctx, const Sentence& s);

}  // namespace claimgraph::extract
