// Speech labelled by layout rather than by a verb: a transcript's or a headline's
// "PENCE: Well, the question …" / "Pence: Flowers won't be at debate", and a reader
// quote signed with a dash, "“The most unqualified candidate ever.” ― Maria Ortiz".
#pragma once

#include "extract/context.h"

namespace claimgraph::extract {

/// Finds labelled speech in every paragraph, among tokens no other frame used.
void find_labelled(Context& ctx);

}  // namespace claimgraph::extract
