// The averaged perceptron (Collins 2002; Freund and Schapire's averaging), for the
// multi-class decisions of the tagger and the parser and, in sequence.h, for whole
// sequences decoded with Viterbi. Written here rather than taken from a library: no
// Debian-packaged C++ library trains a sparse hashed-feature perceptron and writes a
// model small and fast enough to link into the program (docs/syntax.md: "the learner").
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <unordered_map>
#include <vector>

#include "learn/model.h"

namespace claimgraph::learn {

class AveragedPerceptron {
public:
    explicit AveragedPerceptron(std::size_t classes);

    std::size_t classes() const noexcept { return m_classes; }
    /// Adds the current (not averaged) weights of `features` to `scores`.
    void score(std::span<const std::uint64_t> features, float* scores) const;
    /// The best class for `features`, of those `allowed` marks (all when empty); ties go to
    /// the lower class.
    std::size_t predict(std::span<const std::uint64_t> features, const std::vector<bool>& allowed = {}) const;
    /// One mistake: `features` vote `truth` up and `guess` down by `by`.
    void update(std::span<const std::uint64_t> features, std::size_t truth, std::size_t guess, float by = 1.0f);
    /// `features` vote for `cls` by `by` (negative: against): half of an update, for
    /// structured learning where the truth and the guess have different features.
    void adjust(std::span<const std::uint64_t> features, std::size_t cls, float by);
    /// One training instance has been seen (whether or not it was a mistake): the clock
    /// the averages are kept by.
    void tick() noexcept { ++m_clock; }

    /// The averaged weights as a compact model, leaving out features seen in fewer than
    /// `min_updates` updates and weights smaller than `min_weight` (pruning).
    LinearModel averaged(std::size_t min_updates = 1, float min_weight = 0.0f) const;
    /// The same weights as rows, in feature order, for averaging several runs (mean_model).
    std::vector<LinearModel::Row> averaged_rows(std::size_t min_updates = 1, float min_weight = 0.0f) const;

    std::size_t features() const noexcept { return m_rows.size(); }

private:
    struct Entry {
        std::uint16_t cls;
        float weight;
        double total;  ///< weight summed over the clock so far, up to `stamp`
        std::uint64_t stamp;  ///< clock when `total` was last brought up to date
    };
    struct Row {
        std::vector<Entry> entries;
        std::uint32_t updates = 0;
    };
    void add(Row& row, std::size_t cls, float by);

    std::size_t m_classes;
    std::uint64_t m_clock = 1;
    std::unordered_map<std::uint64_t, Row> m_rows;
};

/// The mean of the weights of several runs (perceptrons trained on the same data in other
/// orders): a feature one run lacks counts as 0 there. Scores are the mean of the runs'
/// scores, which varies less with the order of training than any one run does.
LinearModel mean_model(std::size_t classes, const std::vector<std::vector<LinearModel::Row>>& runs);

/// `runs` trainings (at least one) and the mean of their weights: run r is `train(seed +
/// 1000 * r, r)`, which returns its averaged rows (averaged_rows).
LinearModel mean_of_runs(std::size_t classes, std::size_t runs, std::uint64_t seed,
                         const std::function<std::vector<LinearModel::Row>(std::uint64_t, std::size_t)>& train);

}  // namespace claimgraph::learn
