// The extraction stage: one document in, its attributed statements and provenance out.
#pragma once

#include "model/attribution.h"

namespace claimgraph::extract {

class BoundsChooser;
class ConfidenceModel;
class CueModel;

struct Options {
    /// The word rules alone, no parse: several times faster, for archive sweeps (the
    /// parse finds reported speech without "that", which the rules miss).
    bool fast = false;
    /// Only what someone said or wrote ("speech"), not attributed beliefs, intentions and
    /// findings (PolNeAR's wider notion, the default).
    bool speech_only = false;
    /// A quotation that carries on the speaker of the statement just before it ("“A,” she
    /// said. “B.”") becomes a further piece of that statement (one turn, PolNeAR's unit)
    /// instead of a statement of its own (GGT's).
    bool join_turns = false;
    /// A learned cue model (train extractor): the words it takes for cues in the parsed
    /// sentences give statements from their place in the tree.
    const CueModel* cues = nullptr;
    /// Every sentence parsed (for the cue model to read); else only those with a cue verb
    /// of the word lists.
    bool deep = false;
    /// Where contents begin and end (a learned model, bounds.h); none: the rules' edges.
    const BoundsChooser* bounds = nullptr;
    /// Gives each statement its calibrated confidence; none: confidence stays below 0.
    const ConfidenceModel* confidence = nullptr;
    /// With a confidence model: the statements given less are left out.
    double min_confidence = 0;
};

/// Extracts statements and document-level provenance from `doc`. A single pass over the
/// text; never throws on article content (any text gives a possibly empty result).
Extraction extract(const Document& doc, const Options& options = {});

}  // namespace claimgraph::extract
