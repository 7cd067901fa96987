// A publication that closes a sentence whose statement has a speaker of its own relays
// that statement: "The toll rose to 12, governor Ivan Petrenko said, Interfax reported.",
// "“…,” said Elena Sadovskaya, head of the port authority, reports the Harbour Gazette.",
// "“…,” a resident told Channel 9, the station reported." The wire's frame is no statement
// of its own (it had been one, its content the speaker's frame: "governor Ivan Petrenko
// said" reported by Interfax).
#pragma once

#include <functional>
#include <optional>

#include "extract/context.h"

namespace claimgraph::extract {

struct ClosingRelay {
    Range frame;  ///< the words after the comma, to the sentence's end (its full stop left out)
    Range name;  ///< the publication ("Interfax", "the Harbour Gazette", "the station")
    bool named = true;  ///< false for a noun that refers back ("the station", "the newspaper")
};

/// The closing relay of sentence `s`: ", PUBLICATION reported." or ", reports PUBLICATION."
/// (reported, reports, said, says, wrote, writes) after a free verb of speech of its own.
std::optional<ClosingRelay> closing_relay(const Context& ctx, const Sentence& s);

/// Reads sentence `s` (`read` runs the frames) with the relay's words kept from the
/// frames, and gives each statement it made the relay: the publication, or for "the
/// station" the publication the statement or the text before it named last. When it made
/// none, reads it again with the relay's words free.
void read_relayed(Context& ctx, const Sentence& s, const ClosingRelay& relay,
                  const std::function<void(const Sentence&)>& read);

}  // namespace claimgraph::extract
