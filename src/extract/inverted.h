// Frames whose speaker follows the content: "CONTENT, said X." / "CONTENT, X said (on
// Sunday)." / "CONTENT, the mayor told reporters." (and "The bridge, the mayor said, was
// safe", the frame inside the clause); and the listener after "told", which relays what it
// heard when it is an agency or an outlet ("told Reuters").
#pragma once

#include <cstddef>
#include <optional>

#include "extract/context.h"
#include "extract/lexicon.h"

namespace claimgraph::extract {

/// The listener after "told", "informed", "telling": a phrase ("reporters", "the Reuters
/// news agency") or an object pronoun ("him"). nullopt when neither stands at `c`.
struct Listener {
    std::size_t next;  ///< the token after the listener
    std::optional<Range> phrase;  ///< the listener when it is a phrase
};
std::optional<Listener> listener_at(const Context& ctx, std::size_t c, std::size_t ceiling);

/// The listener when it is an agency or outlet, which relays what it was told ("told
/// Reuters"); none for anyone else ("told reporters").
std::optional<Range> relaying(const Context& ctx, const Listener& listener);

/// "said in an interview with Reuters", "said in a statement to Channel 9": the
/// publication after a cue's statement noun relays it (the listener's phrase is the relay).
std::optional<Listener> relay_after_cue(const Context& ctx, Range cue, std::size_t ceiling);

/// CONTENT, said X. / CONTENT, X said. — for the cue verb `verb` at token `v`; the token
/// after the frame, nullopt when the sentence is not so framed.
std::optional<std::size_t> inverted(Context& ctx, const Sentence& s, std::size_t v, const CueVerb& verb);

}  // namespace claimgraph::extract
