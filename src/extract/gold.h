// Gold attributions in the JSON Lines form of ../shared/data (PolNeAR, GGT, the seed):
// one article per line, its text and its attributions with source, cue and content spans
// as code-point offsets. Read here for training and evaluating the learned extractor;
// spans come back as byte offsets into the text, as everything else in claimgraph.
#pragma once

#include <string>
#include <vector>

#include "model/attribution.h"

namespace claimgraph::extract {

struct GoldAttribution {
    std::vector<Span> source, cue, content;  ///< byte spans; any may be empty
    std::string cue_class;  ///< "speech", "other" or empty
    std::string kind;  ///< "direct", "indirect", "mixed" or empty
    std::string source_text, source_reference;  ///< the source as written; what it refers to
};

struct GoldArticle {
    std::string id, split;  ///< split: "train", "dev", … (official_split), or empty
    Document document;
    std::vector<GoldAttribution> attributions;
};

/// Reads a gold file. `split`, when not empty, keeps only the articles of that split.
/// Throws claimgraph::Error naming FILE:LINE for a line that is not such an article.
std::vector<GoldArticle> read_gold(const std::string& path, const std::string& split = "");
/// The articles of several gold files, in order.
std::vector<GoldArticle> read_gold(const std::vector<std::string>& paths, const std::string& split = "");

}  // namespace claimgraph::extract
