#include "learn/perceptron.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

namespace claimgraph::learn {

AveragedPerceptron::AveragedPerceptron(std::size_t classes) : m_classes(classes) {
    if (classes == 0 || classes > 256) throw std::invalid_argument("a perceptron has 1 to 256 classes");
}

void AveragedPerceptron::score(std::span<const std::uint64_t> features, float* scores) const {
    for (const std::uint64_t f : features) {
        auto it = m_rows.find(f);
        if (it == m_rows.end()) continue;
        for (const Entry& e : it->second.entries) scores[e.cls] += e.weight;
    }
}

std::size_t AveragedPerceptron::predict(std::span<const std::uint64_t> features,
                                        const std::vector<bool>& allowed) const {
    std::vector<float> scores(m_classes, 0.0f);
    score(features, scores.data());
    std::size_t best = m_classes;
    for (std::size_t c = 0; c < m_classes; ++c) {
        if (!allowed.empty() && !allowed[c]) continue;
        if (best == m_classes || scores[c] > scores[best]) best = c;
    }
    return best == m_classes ? 0 : best;
}

void AveragedPerceptron::add(Row& row, std::size_t cls, float by) {
    auto it = std::find_if(row.entries.begin(), row.entries.end(), [&](const Entry& e) { return e.cls == cls; });
    if (it == row.entries.end()) {
        row.entries.push_back({static_cast<std::uint16_t>(cls), 0.0f, 0.0, m_clock});
        it = row.entries.end() - 1;
    }
    it->total += static_cast<double>(it->weight) * static_cast<double>(m_clock - it->stamp);
    it->stamp = m_clock;
    it->weight += by;
}

void AveragedPerceptron::update(std::span<const std::uint64_t> features, std::size_t truth, std::size_t guess,
                                float by) {
    if (truth == guess) return;
    for (const std::uint64_t f : features) {
        Row& row = m_rows[f];
        ++row.updates;
        add(row, truth, by);
        add(row, guess, -by);
    }
}

void AveragedPerceptron::adjust(std::span<const std::uint64_t> features, std::size_t cls, float by) {
    for (const std::uint64_t f : features) {
        Row& row = m_rows[f];
        ++row.updates;
        add(row, cls, by);
    }
}

LinearModel AveragedPerceptron::averaged(std::size_t min_updates, float min_weight) const {
    return LinearModel(m_classes, averaged_rows(min_updates, min_weight));
}

std::vector<LinearModel::Row> AveragedPerceptron::averaged_rows(std::size_t min_updates, float min_weight) const {
    std::vector<LinearModel::Row> rows;
    rows.reserve(m_rows.size());
    // in feature order, so that the same training gives the same bytes
    std::vector<std::uint64_t> keys;
    keys.reserve(m_rows.size());
    for (const auto& [f, row] : m_rows) keys.push_back(f);
    std::sort(keys.begin(), keys.end());
    for (const std::uint64_t f : keys) {
        const Row& row = m_rows.at(f);
        if (row.updates < min_updates) continue;
        LinearModel::Row out{f, {}};
        for (const Entry& e : row.entries) {
            const double total = e.total + static_cast<double>(e.weight) * static_cast<double>(m_clock - e.stamp);
            const auto avg = static_cast<float>(total / static_cast<double>(m_clock));
            if (std::fabs(avg) > min_weight && avg != 0.0f) out.weights.emplace_back(e.cls, avg);
        }
        std::sort(out.weights.begin(), out.weights.end());
        if (!out.weights.empty()) rows.push_back(std::move(out));
    }
    return rows;
}

LinearModel mean_model(std::size_t classes, const std::vector<std::vector<LinearModel::Row>>& runs) {
    if (runs.empty()) return LinearModel(classes, {});
    // each feature's weights summed by class over the runs, in feature order
    std::map<std::uint64_t, std::map<std::uint16_t, double>> sums;
    for (const std::vector<LinearModel::Row>& run : runs)
        for (const LinearModel::Row& r : run)
            for (const auto& [c, w] : r.weights) sums[r.feature][c] += w;
    std::vector<LinearModel::Row> rows;
    rows.reserve(sums.size());
    const auto n = static_cast<double>(runs.size());
    for (const auto& [f, by_class] : sums) {
        LinearModel::Row out{f, {}};
        for (const auto& [c, w] : by_class)
            if (w != 0.0) out.weights.emplace_back(c, static_cast<float>(w / n));
        if (!out.weights.empty()) rows.push_back(std::move(out));
    }
    return LinearModel(classes, rows);
}

LinearModel mean_of_runs(std::size_t classes, std::size_t runs, std::uint64_t seed,
                         const std::function<std::vector<LinearModel::Row>(std::uint64_t, std::size_t)>& train) {
    std::vector<std::vector<LinearModel::Row>> rows;
    for (std::size_t r = 0; r < std::max<std::size_t>(runs, 1); ++r) rows.push_back(train(seed + 1000 * r, r));
    return mean_model(classes, rows);
}

}  // namespace claimgraph::learn
