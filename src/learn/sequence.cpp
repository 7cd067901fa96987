#include "learn/sequence.h"

#include "learn/features.h"

namespace claimgraph::learn {

namespace {

constexpr std::uint64_t kTransition = 0x7472616e73ULL;  // "trans"

// Scores of every label at every position, and of every label after every previous one.
template <typename Model>
void scores_of(const Model& m, std::size_t labels, const std::vector<std::vector<std::uint64_t>>& features,
               std::vector<std::vector<float>>& emissions, std::vector<std::vector<float>>& transitions) {
    emissions.assign(features.size(), std::vector<float>(labels, 0.0f));
    for (std::size_t i = 0; i < features.size(); ++i) m.score(features[i], emissions[i].data());
    transitions.assign(labels + 1, std::vector<float>(labels, 0.0f));
    for (std::size_t p = 0; p <= labels; ++p) {
        const std::uint64_t f = transition_feature(p);
        m.score(std::span<const std::uint64_t>(&f, 1), transitions[p].data());
    }
}

}  // namespace

std::uint64_t transition_feature(std::size_t previous) { return feature(kTransition, previous); }

std::vector<std::size_t> viterbi(const std::vector<std::vector<float>>& emissions,
                                 const std::vector<std::vector<float>>& transitions) {
    const std::size_t n = emissions.size();
    if (n == 0) return {};
    const std::size_t labels = emissions[0].size();
    std::vector<std::vector<float>> best(n, std::vector<float>(labels));
    std::vector<std::vector<std::size_t>> back(n, std::vector<std::size_t>(labels, 0));
    for (std::size_t y = 0; y < labels; ++y) best[0][y] = emissions[0][y] + transitions[labels][y];
    for (std::size_t i = 1; i < n; ++i)
        for (std::size_t y = 0; y < labels; ++y) {
            std::size_t arg = 0;
            float top = best[i - 1][0] + transitions[0][y];
            for (std::size_t p = 1; p < labels; ++p) {
                const float s = best[i - 1][p] + transitions[p][y];
                if (s > top) {
                    top = s;
                    arg = p;
                }
            }
            best[i][y] = top + emissions[i][y];
            back[i][y] = arg;
        }
    std::vector<std::size_t> out(n);
    std::size_t y = 0;
    for (std::size_t k = 1; k < labels; ++k)
        if (best[n - 1][k] > best[n - 1][y]) y = k;
    for (std::size_t i = n; i-- > 0;) {
        out[i] = y;
        y = back[i][y];
    }
    return out;
}

std::vector<std::size_t> SequencePerceptron::decode(const std::vector<std::vector<std::uint64_t>>& features) const {
    std::vector<std::vector<float>> e, t;
    scores_of(m_model, labels(), features, e, t);
    return viterbi(e, t);
}

std::size_t SequencePerceptron::train(const std::vector<std::vector<std::uint64_t>>& features,
                                      const std::vector<std::size_t>& gold) {
    const std::vector<std::size_t> guess = decode(features);
    std::size_t wrong = 0;
    for (std::size_t i = 0; i < features.size(); ++i) {
        const std::size_t gp = i ? gold[i - 1] : labels(), pp = i ? guess[i - 1] : labels();
        if (gold[i] != guess[i]) {
            ++wrong;
            m_model.update(features[i], gold[i], guess[i]);
        }
        if (gold[i] != guess[i] || gp != pp) {
            const std::uint64_t tg = transition_feature(gp), tp = transition_feature(pp);
            m_model.adjust(std::span<const std::uint64_t>(&tg, 1), gold[i], 1.0f);
            m_model.adjust(std::span<const std::uint64_t>(&tp, 1), guess[i], -1.0f);
        }
    }
    m_model.tick();
    return wrong;
}

SequenceModel::SequenceModel(LinearModel model) : m_model(std::move(model)) {
    const std::size_t labels = m_model.classes();
    m_transitions.assign(labels + 1, std::vector<float>(labels, 0.0f));
    for (std::size_t p = 0; p <= labels; ++p) {
        const std::uint64_t f = transition_feature(p);
        m_model.score(std::span<const std::uint64_t>(&f, 1), m_transitions[p].data());
    }
}

std::vector<std::size_t> SequenceModel::decode(const std::vector<std::vector<std::uint64_t>>& features) const {
    std::vector<std::vector<float>> emissions(features.size(), std::vector<float>(m_model.classes(), 0.0f));
    for (std::size_t i = 0; i < features.size(); ++i) m_model.score(features[i], emissions[i].data());
    return viterbi(emissions, m_transitions);
}

}  // namespace claimgraph::learn
