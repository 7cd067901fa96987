// How likely a statement is right: a binary averaged perceptron over what found it, its
// cue, its kind, its speaker's form and type and its content's shape, whose score becomes
// a probability through an isotonic (monotone, step) calibration fitted on scores the
// perceptron gave to articles it was not trained on (two folds of the training articles).
// "Right" is what the scorer counts: the content matches a gold one and the speaker is
// the gold's.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "extract/gold.h"
#include "learn/model.h"
#include "model/attribution.h"

namespace claimgraph::extract {

/// The version of the confidence features.
inline constexpr std::uint64_t kConfidenceTemplates = 0x636f6e0000000001ULL;

struct Options;

class ConfidenceModel {
public:
    /// `steps`: (score, probability) pairs, scores ascending: a score gets the probability
    /// of the last step at or below it (the first step's below all of them).
    ConfidenceModel(learn::LinearModel model, std::vector<std::pair<float, float>> steps);

    /// Trains on the statements `extraction` finds in `train`; a reliability table on
    /// `dev` goes to `log`.
    static ConfidenceModel train(const std::vector<GoldArticle>& train, const std::vector<GoldArticle>& dev,
                                 const Options& extraction, std::size_t epochs, std::uint64_t seed, std::string* log);

    float score(const Attribution& a) const;
    /// The calibrated probability, in [0, 1].
    double confidence(const Attribution& a) const;
    /// The calibrated probability of a score.
    double probability(float score) const;

    const learn::LinearModel& model() const { return m_model; }
    /// The calibration as text ("score probability" lines) and back.
    std::string steps_text() const;
    static std::vector<std::pair<float, float>> parse_steps(const std::string& text);

private:
    learn::LinearModel m_model;
    std::vector<std::pair<float, float>> m_steps;
};

/// Statements grouped by the confidence they were given, in tenths, each bin's share that
/// is right (the reliability table of `eval extractor` and the README).
struct ReliabilityBin {
    std::size_t statements = 0, right = 0;
    double confidence_sum = 0;
};
/// Counts one statement given `confidence` (the bins become ten when empty).
void add_to_reliability(std::vector<ReliabilityBin>& bins, double confidence, bool right);
std::string reliability_table(const std::vector<ReliabilityBin>& bins);

}  // namespace claimgraph::extract
