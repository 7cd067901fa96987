// More training trees from the treebanks' own: the constructions news is made of and web
// text has few of. Reported speech in news drops its "that" ("Police said five people
// died"); EWT and GUM have 64 such clauses after "say" or "tell" and hundreds with "that".
#pragma once

#include <vector>

#include "syntax/conllu.h"

namespace claimgraph::syntax {

/// For every sentence with a clausal complement (ccomp) of a verb opened by the
/// complementizer "that" (a leaf, not inside a multiword token), a copy without that
/// word, heads renumbered; the copies only, in the order of the sentences.
std::vector<Sentence> without_complementizer(const std::vector<Sentence>& sentences);

}  // namespace claimgraph::syntax
