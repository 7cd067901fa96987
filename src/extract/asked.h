// A question reported without its asker: "Asked whether the bridge was safe, the mayor
// said …" — the question ("whether the bridge was safe") is a statement of its own, cued by
// "Asked", whose source the sentence does not name (PolNeAR marks it so; the answer is the
// verb after it, found by the other frames).
#pragma once

#include "extract/context.h"

namespace claimgraph::extract {

/// Reads the question of a sentence that opens with "Asked" (or "When asked"); none with
/// --scope speech, whose statements are claims someone made.
void find_asked(Context& ctx, const Sentence& s);

}  // namespace claimgraph::extract
