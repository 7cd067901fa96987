// Whole sequences labelled at once: a first-order structured perceptron (Collins 2002).
// Each position's features score its label; the previous label scores it too (a
// transition, kept as a feature of the same model); Viterbi finds the best sequence.
#pragma once

#include <cstdint>
#include <vector>

#include "learn/model.h"
#include "learn/perceptron.h"

namespace claimgraph::learn {

/// The feature that the previous label is `previous` (`labels` for "none: the first").
std::uint64_t transition_feature(std::size_t previous);

/// Viterbi over `emissions` (per position, a score per label) and a model's transition
/// features: the best labels, ties to the lower label.
std::vector<std::size_t> viterbi(const std::vector<std::vector<float>>& emissions,
                                 const std::vector<std::vector<float>>& transitions);

class SequencePerceptron {
public:
    explicit SequencePerceptron(std::size_t labels) : m_model(labels) {}
    std::size_t labels() const noexcept { return m_model.classes(); }
    /// The best labels for a sequence, with the current weights.
    std::vector<std::size_t> decode(const std::vector<std::vector<std::uint64_t>>& features) const;
    /// Decodes, and where the guess differs from `gold` moves the weights toward it;
    /// returns how many positions were wrong.
    std::size_t train(const std::vector<std::vector<std::uint64_t>>& features, const std::vector<std::size_t>& gold);
    const AveragedPerceptron& model() const noexcept { return m_model; }

private:
    AveragedPerceptron m_model;
};

/// A trained sequence labeller, from SequencePerceptron::model().averaged().
class SequenceModel {
public:
    SequenceModel() = default;
    explicit SequenceModel(LinearModel model);
    std::vector<std::size_t> decode(const std::vector<std::vector<std::uint64_t>>& features) const;
    const LinearModel& linear() const noexcept { return m_model; }

private:
    LinearModel m_model;
    std::vector<std::vector<float>> m_transitions;  ///< [previous (labels: none)][label]
};

}  // namespace claimgraph::learn
