// Cues of several words: a verb and its particle ("called for", "pointed out that …"),
// a verb and what is expressed ("expressed concern that …"), a stance ("made it clear
// that …"), "placed the blame on", "put the death toll at".
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "extract/context.h"
#include "extract/lexicon.h"

namespace claimgraph::extract {

/// A cue of several words, the frame it takes its content in and its class.
struct PhraseCue {
    Range cue;
    std::string lemma;
    CueFrame frame = CueFrame::object_content;
    CueClass cls = CueClass::other;
};

/// The cue of several words that opens at token `i`, if one does.
std::optional<PhraseCue> phrase_cue(const Context& ctx, std::size_t i);

}  // namespace claimgraph::extract
