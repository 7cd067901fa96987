// How a cue word reads where it stands: a phrasal verb ("points out"), a noun ("a
// conference call"), or an act that reports no words ("added a goal").
#pragma once

#include <cstddef>

#include "extract/context.h"
#include "extract/frames.h"

namespace claimgraph::extract {

/// "points out" / "pointed out" at `i` (lower case, outside quotation marks).
bool points_out_at(const Context& ctx, std::size_t i);

/// "call" at `i` (after the sentence's first token) is a noun: after a lower-case singular
/// noun it makes a compound with ("conference call", "roll call"), or before "centers".
bool call_is_noun(const Context& ctx, std::size_t i);

/// A statement of "add" whose content opens with a score, a figure or "to" ("added a goal",
/// "added 0.3 per cent", "adding to her lead"): no words are reported.
bool adds_no_words(const Context& ctx, const Found& f);

}  // namespace claimgraph::extract
