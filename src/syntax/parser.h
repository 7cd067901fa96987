// Dependency parsing: a transition-based parser (arc-hybrid, Kuhlmann et al. 2011) whose
// moves an averaged perceptron chooses, trained with a dynamic oracle (Goldberg and Nivre
// 2013: at each step the moves that lose no more gold arcs than needed are right, and
// training follows its own mistakes after the first pass). A second perceptron gives each
// arc its UD relation as it is made (three moves to score at every step rather than one
// per relation and direction: five times fewer weights read). Projective, one root per
// sentence. It reads words with tags (tagger.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "learn/model.h"
#include "learn/model_file.h"
#include "syntax/conllu.h"
#include "syntax/tagger.h"

namespace claimgraph::syntax {

/// The version of the parser's feature templates: a model trained with others is refused.
inline constexpr std::uint64_t kParserTemplates = 0x7061727365000005ULL;

class Parser {
public:
    /// Reads a model file (learn::read_model's errors).
    Parser(std::string_view bytes, const std::string& name);
    /// Trains on `train`, whose tags it first replaces with the tagger's (trained on the
    /// other folds when options.jackknife > 1, so that the parser learns from tags as good
    /// as it will see), reporting on `dev` tagged by `tagger` after each epoch; returns the
    /// model file's bytes.
    static std::string train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev, const Tagger& tagger,
                             const TrainOptions& options, std::string* log = nullptr);

    /// Sets head and deprel of every word (tags must be set).
    void parse(Sentence& sentence) const;

    const learn::ModelFile& info() const noexcept { return m_file; }
    std::size_t model_bytes() const noexcept { return m_bytes; }

private:
    learn::ModelFile m_file;
    learn::LinearModel m_mover;  ///< shift, left, right (parser_state.h)
    learn::LinearModel m_labeller;  ///< the relation of each arc made, one class per label
    std::vector<std::string> m_labels;
    std::size_t m_bytes = 0;
};

}  // namespace claimgraph::syntax
