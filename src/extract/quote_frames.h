// The words around a quotation that say whose it is (quote_frames.cpp); the direct
// finder (direct.cpp) reads quotations with them.
#pragma once

#include <optional>

#include "extract/context.h"
#include "extract/frames.h"
#include "extract/quotes.h"

namespace claimgraph::extract {

/// A verb that frames a quotation after it: a verb of speech, or "read" ("“…,” it read").
bool frames_quotation(const Context& ctx, std::size_t i);

/// Tokens [a, b) are a setting (where, when, on what), not a clause: no quotation, no
/// sentence's end, no cue verb.
bool no_clause_between(const Context& ctx, std::size_t a, std::size_t b);

/// “…,” SPEAKER said / “…,” said SPEAKER after quotation `q` (not past `ceiling`): fills
/// `f`'s cue and source and returns the frame's end token (exclusive).
std::optional<std::size_t> speaker_after(const Context& ctx, const Quote& q, std::size_t ceiling, Found& f);

/// SPEAKER said: “…” / SPEAKER said, “…” / SPEAKER said “…” before the quotation opening at
/// `open`, not reaching before `floor`.
bool speaker_before(const Context& ctx, std::size_t floor, std::size_t open, Found& f);

/// "Said Maria Okafor, who …, “…”": sentence `s` opens with the speech verb, the speaker
/// after it, then the quotation opening at `open`.
bool verb_opens_sentence(const Context& ctx, const Sentence& s, std::size_t open, Found& f);

/// "Mr. Smith shot back: “…”", "She then addressed the crowd again: “…”": sentence `s`
/// opens with a speaker and a clause of a few words that ends in a colon, and quotation `q`
/// after the colon ends the sentence (`floor`: where the search may start, the sentence's
/// first token for this frame). The speaker said it; the cue is the clause's words.
bool clause_before_colon(const Context& ctx, const Sentence& s, std::size_t floor, const Quote& q, Found& f);

}  // namespace claimgraph::extract
