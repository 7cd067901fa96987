// Reported speech read off the dependency parse, where the word rules found nothing: a
// cue verb whose clausal complement is its content and whose subject speaks. "Police
// said five people died in the fire." and "The mayor told reporters the bridge was
// safe." have no "that" for the rules to hold on to; their parse has a ccomp.
#pragma once

#include "extract/context.h"

namespace claimgraph::extract {

class CueModel;

/// Finds statements in sentence `s` from its parse (tagger and parser built in), among
/// tokens no other frame used. Parses only sentences holding a free cue verb, or with
/// `every_sentence` each one with a free word. With `cues`, the words the model takes for
/// cues are read as cues too, whatever their part of speech ("referring to", "support for").
void find_parsed(Context& ctx, const Sentence& s, const CueModel* cues = nullptr, bool every_sentence = false);

}  // namespace claimgraph::extract
