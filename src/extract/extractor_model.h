// The learned extractor as one model file (kind "extractor"): the boundary model that
// places every content's edges (bounds.h), the calibrated confidence of each statement
// (confidence.h) and, optionally, the cue model that reads cues
// the word lists miss (cue_model.h; every sentence is then parsed, so it is several times
// slower). `train extractor` writes it; the shipped one is linked into the program.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/bounds.h"
#include "extract/confidence.h"
#include "extract/cue_model.h"
#include "extract/extractor.h"
#include "extract/gold.h"

namespace claimgraph::extract {

/// The version of the extractor's feature templates (the cue and boundary models').
inline constexpr std::uint64_t kExtractorTemplates = kCueTemplates ^ kBoundsTemplates ^ kConfidenceTemplates;

struct ExtractorTrainOptions {
    std::size_t epochs = 8;
    std::uint64_t seed = 1;
    /// cue and boundary models: the mean of this many perceptrons, each trained in another order
    std::size_t runs = 1;
    bool cues = false;  ///< train the cue model too
    bool join_turns = true;  ///< extract the training articles with quotations joined into turns (PolNeAR's unit)
    std::string data, revision, created;
};

class ExtractorModel {
public:
    /// Reads a model file; throws claimgraph::Error naming `name` when it is not one.
    ExtractorModel(std::string_view bytes, const std::string& name);
    /// Trains on gold articles and returns the model file's bytes; progress on `dev`
    /// goes to `log`.
    static std::string train(const std::vector<GoldArticle>& train, const std::vector<GoldArticle>& dev,
                             const ExtractorTrainOptions& options, std::string* log = nullptr);

    /// `base` with this model's parts in it (the pointers live as long as the model). The
    /// cue model reads the sentences parsed anyway (those with a cue verb), every sentence
    /// when `deep`; with `base.speech_only`, only when `deep`.
    Options options(Options base, bool deep = true) const;
    bool has_cues() const { return m_cues.has_value(); }

private:
    std::optional<CueModel> m_cues;
    std::optional<BoundsModel> m_bounds;
    std::optional<ConfidenceModel> m_confidence;
};

/// The extractor model linked into this program, or null when the build had none.
const ExtractorModel* builtin_extractor();

}  // namespace claimgraph::extract
