// Part-of-speech tagging: each word gets a universal tag (UPOS) and a Penn Treebank tag
// (XPOS) together, as one of the pairs the treebanks use, and a lemma. Two greedy averaged
// perceptrons, left to right: the first over the word, its affixes and shape, its
// neighbours, the tags already given, and the tags the training data gave each neighbour
// ("ambiguity classes"); the second sees the first's tags of the words that follow too.
// Lemmas come from a table of what the treebanks give each (word, tag), then from rules.
// Words the training data gave one class nearly always (a tag dictionary: "the", "said",
// commas) get it without scoring, which halves the work on news.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "learn/model.h"
#include "learn/model_file.h"
#include "syntax/conllu.h"
#include "syntax/hash_table.h"

namespace claimgraph::syntax {

/// The version of the tagger's feature templates: a model trained with others is refused.
inline constexpr std::uint64_t kTaggerTemplates = 0x7461670000000004ULL;

struct TrainOptions {
    std::size_t epochs = 10;
    std::uint64_t seed = 1;
    std::size_t min_updates = 2;  ///< features seen in fewer updates are left out of the model
    std::size_t jackknife = 5;  ///< parser: folds the training tags come from (1: the tagger given)
    float min_weight = 0.0f;
    std::string data, revision, created;  ///< what the model file records
    bool quiet = false;
};

class Tagger {
public:
    /// Reads a model file (learn::read_model's errors).
    Tagger(std::string_view bytes, const std::string& name);
    /// Trains on `train` (reporting accuracy on `dev` after each epoch unless quiet) and
    /// returns the model file's bytes.
    static std::string train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev,
                             const TrainOptions& options, std::string* log = nullptr);

    /// Fills upos, xpos and lemma of every word. A word the first pass is sure of (its best
    /// class leads the next by `sure` or more, in the model's score units) keeps the first
    /// pass's class without the second pass scoring it; an infinite `sure` scores every word
    /// twice.
    void tag(Sentence& sentence, float sure) const;
    void tag(Sentence& sentence) const { tag(sentence, kSureMargin); }

    /// The lead `tag` trusts the first pass at. Chosen on EWT dev with the shipped model: at
    /// 24 its UPOS (95.03) and the parser's LAS (80.19) on the tags equal two passes' (95.02,
    /// 80.17), against 94.95 for the first pass alone, and extraction takes 10-12% less time.
    static constexpr float kSureMargin = 24.0f;

    const learn::ModelFile& info() const noexcept { return m_file; }
    std::size_t model_bytes() const noexcept { return m_bytes; }

private:
    learn::ModelFile m_file;
    learn::LinearModel m_first;  ///< the first pass: what comes before each word
    learn::LinearModel m_model;  ///< the second: the first pass's classes of what follows too
    std::vector<std::string> m_upos, m_xpos;  ///< per class
    HashTable64 m_ambiguity;  ///< word hash → its tag set's hash
    HashTable64 m_lemmas;  ///< hash of (word, class) → its lemma's index in m_lemma_texts
    std::vector<std::string> m_lemma_texts;
    HashTable64 m_dictionary;  ///< word hash → the class it always has
    std::size_t m_bytes = 0;
};

/// The lemma rules use for a word the table does not have: "-ies" → "-y" for plural nouns
/// and third-person verbs, "-ed", "-ing", "-s", "-er", "-est" stripped by tag; the word in
/// lower case otherwise (upper case kept for proper nouns).
std::string rule_lemma(std::string_view form, std::string_view xpos, std::string_view upos);

}  // namespace claimgraph::syntax
