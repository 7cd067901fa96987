// Direct quotations and who they are attributed to.
#pragma once

#include "extract/context.h"

namespace claimgraph::extract {

/// Finds the attributed quotations that open in sentence `s`: speaker after the quote
/// (“…,” the ministry said / said Smith), before it (X said: “…”), a headline
/// (“…”: Russia), split quotes (“A,” he said, “B.”) as one statement with two spans, and
/// quote paragraphs that continue the previous speaker.
void find_direct(Context& ctx, const Sentence& s);

/// After the word rules and the parse have read sentence `s`: a quotation framed by a
/// second verb ("The president noted that he taught law, and added: “…”") shares the
/// speaker of the statement the sentence made before it.
void find_direct_after(Context& ctx, const Sentence& s);

}  // namespace claimgraph::extract
