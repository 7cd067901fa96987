#include "extract/bounds_train.h"

#include <algorithm>
#include <random>

#include <fmt/format.h>

#include "extract/bounds.h"
#include "learn/perceptron.h"
#include "util/text.h"

namespace claimgraph::extract {

namespace {

// One decision: the features of every candidate edge, and which of them give the gold's
// words; `rules` is the candidate the rules proposed.
struct Instance {
    std::vector<std::vector<std::uint64_t>> candidates;
    std::vector<char> good;
    std::size_t rules = 0;
};

struct Instances {
    std::vector<Instance> starts, ends;
};

std::size_t overlap(Span a, Span b) {
    return a.start < b.end && b.start < a.end ? std::min(a.end, b.end) - std::max(a.start, b.start) : 0;
}

// Stands in for the model while training: records each proposal's candidates next to the
// gold content that the proposal overlaps most (preferring one whose cue it shares), and
// keeps the rules' edges so that extraction runs as the rules would.
class Recorder final : public BoundsChooser {
public:
    explicit Recorder(Instances& out) : m_out(out) {}
    void article(const GoldArticle* a) { m_gold = a; }

    Range choose(const Context& ctx, const BoundsQuery& q, const std::vector<Range>& content) const override {
        const Range rules{content.front().first, content.back().last};
        const GoldAttribution* g = gold_for(ctx, q, rules);
        if (!g) return rules;
        const Span gc{g->content.front().start, g->content.back().end};
        const auto& toks = ctx.toks.tokens;
        const auto first = static_cast<std::size_t>(
            std::partition_point(toks.begin(), toks.end(), [&](const Token& t) { return t.end <= gc.start; }) -
            toks.begin());
        const auto last = static_cast<std::size_t>(
            std::partition_point(toks.begin(), toks.end(), [&](const Token& t) { return t.start < gc.end; }) -
            toks.begin());
        record(ctx, q, q.lo, content.front().last, first, rules.first, true, m_out.starts);
        const std::size_t from = std::max(std::min(first, rules.last - 1) + 1, content.back().first + 1);
        record(ctx, q, from, q.hi + 1, last, rules.last, false, m_out.ends);
        return rules;
    }

private:
    const GoldAttribution* gold_for(const Context& ctx, const BoundsQuery& q, Range rules) const {
        const Span found = ctx.span(rules);
        const GoldAttribution* best = nullptr;
        std::size_t best_score = 0;
        for (const GoldAttribution& g : m_gold->attributions) {
            if (g.content.empty()) continue;
            const Span gc{g.content.front().start, g.content.back().end};
            const std::size_t o = overlap(found, gc);
            if (o * 10 < 3 * std::min(found.end - found.start, gc.end - gc.start)) continue;
            bool same_cue = false;
            if (q.cue)
                for (const Span& c : g.cue) same_cue = same_cue || overlap(ctx.span(*q.cue), c) > 0;
            const std::size_t score = o + (same_cue ? 1'000'000 : 0);
            if (score > best_score) {
                best_score = score;
                best = &g;
            }
        }
        return best;
    }

    // The candidates [from, to) of one edge, when the gold's edge is among them (up to
    // tokens without words).
    static void record(const Context& ctx, const BoundsQuery& q, std::size_t from, std::size_t to, std::size_t gold,
                       std::size_t rules, bool start, std::vector<Instance>& out) {
        if (from >= to) return;
        Instance in;
        bool any = false;
        for (std::size_t k = from; k < to; ++k) {
            if (start ? !start_allowed(q, k) : !end_allowed(q, k)) continue;
            in.candidates.emplace_back();
            if (start)
                start_features(ctx, q, k, in.candidates.back());
            else
                end_features(ctx, q, k, in.candidates.back());
            const bool good = same_words(ctx, k, gold);
            in.good.push_back(good);
            any = any || good;
            if (k == rules) in.rules = in.candidates.size() - 1;
        }
        if (any) out.push_back(std::move(in));
    }

    Instances& m_out;
    const GoldArticle* m_gold = nullptr;
};

Instances collect(const std::vector<GoldArticle>& articles, Options options) {
    Instances out;
    Recorder recorder(out);
    options.bounds = &recorder;
    for (const GoldArticle& a : articles) {
        recorder.article(&a);
        (void)extract(a.document, options);
    }
    return out;
}

template <typename Score>
std::size_t argmax(const Instance& in, Score score) {
    std::size_t pick = 0;
    float top = -1e30f;
    for (std::size_t k = 0; k < in.candidates.size(); ++k) {
        const float s = score(in.candidates[k]);
        if (s > top) {
            top = s;
            pick = k;
        }
    }
    return pick;
}

std::size_t right_on(const learn::LinearModel& m, const std::vector<Instance>& held) {
    std::size_t right = 0;
    for (const Instance& in : held)
        right += in.good[argmax(in, [&](const std::vector<std::uint64_t>& f) {
            float s = 0;
            m.score(f, &s);
            return s;
        })];
    return right;
}

std::vector<learn::LinearModel::Row> train_run(const std::vector<Instance>& data, const std::vector<Instance>& held,
                                               const char* what, std::size_t epochs, std::uint64_t seed,
                                               std::string* log) {
    learn::AveragedPerceptron p(1);
    std::vector<std::size_t> order(data.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::mt19937_64 random(seed);
    const auto current = [&](const std::vector<std::uint64_t>& f) {
        float s = 0;
        p.score(f, &s);
        return s;
    };
    for (std::size_t epoch = 1; epoch <= epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), random);
        std::size_t wrong = 0;
        for (std::size_t k : order) {
            const Instance& in = data[k];
            const std::size_t guess = argmax(in, current);
            if (!in.good[guess]) {
                // the best-scoring of the right candidates is the one to prefer
                std::size_t truth = 0;
                float top = -1e30f;
                for (std::size_t c = 0; c < in.candidates.size(); ++c) {
                    if (!in.good[c]) continue;
                    const float s = current(in.candidates[c]);
                    if (s > top) {
                        top = s;
                        truth = c;
                    }
                }
                p.adjust(in.candidates[truth], 0, 1.0f);
                p.adjust(in.candidates[guess], 0, -1.0f);
                ++wrong;
            }
            p.tick();
        }
        if (log && !held.empty()) {
            const std::size_t right = right_on(p.averaged(1), held);
            std::size_t rules = 0;
            for (const Instance& in : held) rules += in.good[in.rules];
            *log += fmt::format(
                "{} epoch {}: {} training mistakes; dev edges right {:.1f}% (the rules' {:.1f}%) of {}\n", what, epoch,
                wrong, text::percent(right, held.size()), text::percent(rules, held.size()), held.size());
        }
    }
    return p.averaged_rows(2);
}

// `runs` perceptrons, each over the data in another order (the first logs its epochs), and
// their mean: one run's edges move by about half a point of F1 with the order.
learn::LinearModel train_edge(const std::vector<Instance>& data, const std::vector<Instance>& held, const char* what,
                              std::size_t epochs, std::uint64_t seed, std::size_t runs, std::string* log) {
    learn::LinearModel model = learn::mean_of_runs(1, runs, seed, [&](std::uint64_t s, std::size_t r) {
        return train_run(data, held, what, epochs, s, r == 0 ? log : nullptr);
    });
    if (log && !held.empty() && runs > 1)
        *log += fmt::format("{}: the mean of {} runs, dev edges right {:.1f}%\n", what, runs,
                            text::percent(right_on(model, held), held.size()));
    return model;
}

}  // namespace

TrainedBounds train_bounds(const std::vector<GoldArticle>& train, const std::vector<GoldArticle>& dev,
                           const Options& extraction, std::size_t epochs, std::uint64_t seed, std::size_t runs,
                           std::string* log) {
    const Instances data = collect(train, extraction);
    const Instances held = collect(dev, extraction);
    TrainedBounds out;
    out.starts = train_edge(data.starts, held.starts, "starts", epochs, seed, runs, log);
    out.ends = train_edge(data.ends, held.ends, "ends", epochs, seed + 1, runs, log);
    return out;
}

}  // namespace claimgraph::extract
