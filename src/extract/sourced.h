// Statements whose source is named without a speaking subject: "according to X, …",
// "… reportedly …", "in a poll released Monday, …", "…, as the Metro Ledger reported."
// Each returns the token after the statement it found (or where the frame of a verb
// takes over), nullopt when the frame is not at token i.
#pragma once

#include <cstddef>
#include <optional>

#include "extract/context.h"

namespace claimgraph::extract {

/// "According to X, CONTENT." / "CONTENT, according to X." With "According to Channel 9,
/// the spokesman believes …", the token after the comma: the spokesman's verb frame
/// speaks, Channel 9 relays.
std::optional<std::size_t> according_to(Context& ctx, const Sentence& s, std::size_t i);

/// "21 people were killed reportedly …": the clause around the adverb, no source.
std::optional<std::size_t> hedge_adverb(Context& ctx, const Sentence& s, std::size_t i);

/// "In a poll released Monday, 50 percent chose Clinton": the study is the source.
std::optional<std::size_t> in_study(Context& ctx, const Sentence& s, std::size_t i);

/// "CONTENT, as the Metro Ledger reported (on Sunday)."
std::optional<std::size_t> as_reported(Context& ctx, const Sentence& s, std::size_t i);

}  // namespace claimgraph::extract
