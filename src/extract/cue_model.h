// The learned part of extraction: which words of a parsed sentence are the heads of
// attribution cues ("said", but also "found", "wants", "referring to", "support for", the
// long tail of beliefs, intentions and findings that word lists do not reach). A binary
// averaged perceptron over the word, its tags, its place in the tree and its dependents'
// relations, trained on gold attributions (PolNeAR's train split).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/gold.h"
#include "learn/model.h"
#include "syntax/conllu.h"

namespace claimgraph::extract {

/// The version of the cue model's feature templates.
inline constexpr std::uint64_t kCueTemplates = 0x6375650000000001ULL;

/// A parsed sentence with what the cue model and the span readers need of its tree.
struct ParsedSentence {
    syntax::Sentence sentence;
    std::vector<std::vector<std::size_t>> children;  ///< per word, its dependents (word indices)
    std::vector<bool> quoted;  ///< per word, inside quotation marks
};
ParsedSentence parsed(syntax::Sentence s);

class CueModel {
public:
    explicit CueModel(learn::LinearModel model);
    /// Trains on the gold articles (tokenized, tagged and parsed with the built-in models);
    /// cue-head precision and recall on `dev` after each epoch go to `log`. With `runs` > 1,
    /// the mean of that many perceptrons, each trained in another order.
    static learn::LinearModel train(const std::vector<GoldArticle>& train, const std::vector<GoldArticle>& dev,
                                    std::size_t epochs, std::uint64_t seed, std::size_t runs = 1,
                                    std::string* log = nullptr);

    /// How strongly word `i` heads a cue (above 0: it does).
    float score(const ParsedSentence& s, std::size_t i) const;

private:
    learn::LinearModel m_model;
};

/// Every sentence of the text, tokenized, tagged and parsed by the built-in models; with
/// `max_words`, the sentences longer than that are left out (neither tagged nor parsed).
std::vector<ParsedSentence> parse_text(std::string_view text, std::size_t from = 0, std::size_t max_words = 0);

}  // namespace claimgraph::extract
