// The tagger and parser models that ship inside the program (src/syntax/models/*.cgm,
// linked in as bytes), loaded once on first use.
#pragma once

#include "syntax/parser.h"
#include "syntax/tagger.h"

namespace claimgraph::syntax {

/// The built-in models; Error when this build has none (scripts/train-syntax.sh trains them).
const Tagger& builtin_tagger();
const Parser& builtin_parser();

}  // namespace claimgraph::syntax
