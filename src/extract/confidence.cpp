#include "extract/confidence.h"

#include <algorithm>
#include <cstdio>
#include <random>
#include <sstream>

#include <fmt/format.h>

#include "extract/evaluate.h"
#include "extract/extractor.h"
#include "learn/features.h"
#include "learn/perceptron.h"
#include "load/loader.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::extract {

namespace {

using learn::feature;
using learn::hash_text;

std::uint64_t words_bucket(const std::string& s) {
    std::size_t n = 0;
    bool in = false;
    for (char c : s) {
        const bool w = c != ' ' && c != '\n' && c != '\t';
        n += w && !in;
        in = w;
    }
    return n < 4 ? n : n < 8 ? 4 : n < 16 ? 5 : n < 32 ? 6 : n < 64 ? 7 : 8;
}

void features(const Attribution& a, std::vector<std::uint64_t>& f) {
    f.clear();
    const std::uint64_t ev = hash_text(a.evidence), kind = hash_text(to_string(a.kind));
    const std::uint64_t lemma = a.cue ? hash_text(a.cue->lemma) : 0, cls = a.cue ? hash_text(a.cue->cls) : 0;
    const std::uint64_t type = a.source ? hash_text(to_string(a.source->type)) : 0;
    const std::uint64_t form = !a.source ? 0 : !a.source->span ? 1 : a.source->resolved_from ? 2 : 3;
    const std::string first = a.content_text.substr(0, a.content_text.find(' '));
    const std::uint64_t length = words_bucket(a.content_text);
    f.push_back(feature(1, 0));
    f.push_back(feature(2, ev));
    f.push_back(feature(3, lemma));
    f.push_back(feature(4, cls));
    f.push_back(feature(5, kind));
    f.push_back(feature(6, ev, kind));
    f.push_back(feature(7, type));
    f.push_back(feature(8, form, type));
    f.push_back(feature(9, !a.source || a.source->role.empty(), !a.source || a.source->organization.empty()));
    f.push_back(feature(10, length));
    f.push_back(feature(11, a.content.size()));
    f.push_back(feature(12, !a.via.empty()));
    f.push_back(feature(13, !a.figures.empty()));
    f.push_back(feature(14, ev, lemma));
    f.push_back(feature(15, hash_text(text::lower(first))));
    f.push_back(feature(16, lemma, type));
    f.push_back(feature(17, ev, length));
    f.push_back(feature(18, kind, length));
}

struct Instances {
    std::vector<std::vector<std::uint64_t>> features;
    std::vector<std::uint8_t> right;
    std::vector<std::size_t> article;
};

Instances collect(const std::vector<GoldArticle>& articles, const Options& options) {
    Instances out;
    std::vector<std::uint64_t> f;
    for (std::size_t n = 0; n < articles.size(); ++n) {
        GoldArticle a = articles[n];
        a.document = load::load_text(fmt::format("{}.txt", n), articles[n].document.text);
        const Extraction ex = extract(a.document, options);
        std::vector<bool> right;
        score_article(a, ex.statements, &right);
        for (std::size_t k = 0; k < ex.statements.size(); ++k) {
            features(ex.statements[k], f);
            out.features.push_back(f);
            out.right.push_back(right[k] ? 1 : 0);
            out.article.push_back(n);
        }
    }
    return out;
}

learn::LinearModel fit(const Instances& data, const std::vector<std::size_t>& use, std::size_t epochs,
                       std::uint64_t seed) {
    learn::AveragedPerceptron p(2);
    std::vector<std::size_t> order = use;
    std::mt19937_64 random(seed);
    for (std::size_t e = 0; e < epochs; ++e) {
        std::shuffle(order.begin(), order.end(), random);
        for (std::size_t k : order) {
            const std::size_t guess = p.predict(data.features[k]);
            if (guess != data.right[k]) p.update(data.features[k], data.right[k], guess);
            p.tick();
        }
    }
    return p.averaged(1);
}

float margin(const learn::LinearModel& m, const std::vector<std::uint64_t>& f) {
    float s[2] = {0, 0};
    m.score(f, s);
    return s[1] - s[0];
}

// Isotonic regression by pooling adjacent violators: (score, right) sorted by score →
// steps of non-decreasing probability. Each step's probability is smoothed towards the
// whole set's rate (one pseudo-statement), so a small step never says 0 or 1.
std::vector<std::pair<float, float>> isotonic(std::vector<std::pair<float, int>> points) {
    std::sort(points.begin(), points.end());
    double total = 0;
    for (const auto& p : points) total += p.second;
    const double prior = points.empty() ? 0.5 : total / static_cast<double>(points.size());
    struct Block {
        float from;
        double sum, n;
    };
    std::vector<Block> blocks;
    for (const auto& [score, right] : points) {
        blocks.push_back({score, static_cast<double>(right), 1});
        while (blocks.size() > 1) {
            Block& b = blocks.back();
            Block& a = blocks[blocks.size() - 2];
            if (a.sum / a.n < b.sum / b.n) break;
            a.sum += b.sum;
            a.n += b.n;
            blocks.pop_back();
        }
    }
    std::vector<std::pair<float, float>> steps;
    for (const Block& b : blocks) steps.emplace_back(b.from, static_cast<float>((b.sum + prior) / (b.n + 1)));
    return steps;
}

}  // namespace

ConfidenceModel::ConfidenceModel(learn::LinearModel model, std::vector<std::pair<float, float>> steps)
    : m_model(std::move(model)), m_steps(std::move(steps)) {
    if (m_model.classes() != 2) throw Error("a confidence model of two classes expected");
    if (m_steps.empty()) throw Error("a confidence model without calibration");
}

float ConfidenceModel::score(const Attribution& a) const {
    thread_local std::vector<std::uint64_t> f;
    features(a, f);
    return margin(m_model, f);
}

double ConfidenceModel::confidence(const Attribution& a) const { return probability(score(a)); }

double ConfidenceModel::probability(float score) const {
    auto it = std::upper_bound(m_steps.begin(), m_steps.end(), score,
                               [](float v, const std::pair<float, float>& step) { return v < step.first; });
    return it == m_steps.begin() ? m_steps.front().second : std::prev(it)->second;
}

std::string ConfidenceModel::steps_text() const {
    std::string out;
    for (const auto& [s, p] : m_steps) out += fmt::format("{:.9g} {:.6f}\n", s, p);
    return out;
}

std::vector<std::pair<float, float>> ConfidenceModel::parse_steps(const std::string& text) {
    std::vector<std::pair<float, float>> out;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        float s = 0, p = 0;
        if (std::sscanf(line.c_str(), "%f %f", &s, &p) != 2 || !(p >= 0 && p <= 1) ||
            (!out.empty() && s < out.back().first))
            throw Error("damaged calibration");
        out.emplace_back(s, p);
    }
    return out;
}

ConfidenceModel ConfidenceModel::train(const std::vector<GoldArticle>& train, const std::vector<GoldArticle>& dev,
                                       const Options& extraction, std::size_t epochs, std::uint64_t seed,
                                       std::string* log) {
    const Instances data = collect(train, extraction);
    // out-of-fold scores: each half of the articles scored by a model of the other half
    std::vector<std::size_t> fold[2], all;
    for (std::size_t k = 0; k < data.right.size(); ++k) {
        fold[data.article[k] % 2].push_back(k);
        all.push_back(k);
    }
    std::vector<std::pair<float, int>> points;
    for (int h = 0; h < 2; ++h) {
        const learn::LinearModel m = fit(data, fold[1 - h], epochs, seed + static_cast<std::uint64_t>(h));
        for (std::size_t k : fold[h]) points.emplace_back(margin(m, data.features[k]), data.right[k]);
    }
    ConfidenceModel out(fit(data, all, epochs, seed), isotonic(std::move(points)));
    if (log) {
        *log += fmt::format("confidence: {} training statements ({} right), {} calibration steps\n", data.right.size(),
                            std::count(data.right.begin(), data.right.end(), 1), out.m_steps.size());
        const Instances held = collect(dev, extraction);
        std::vector<ReliabilityBin> bins;
        for (std::size_t k = 0; k < held.right.size(); ++k)
            add_to_reliability(bins, out.probability(margin(out.m_model, held.features[k])), held.right[k] != 0);
        if (!held.right.empty()) *log += "confidence on dev:\n" + reliability_table(bins);
    }
    return out;
}

void add_to_reliability(std::vector<ReliabilityBin>& bins, double confidence, bool right) {
    bins.resize(10);
    ReliabilityBin& b = bins[std::min<std::size_t>(9, static_cast<std::size_t>(confidence * 10))];
    ++b.statements;
    b.right += right;
    b.confidence_sum += confidence;
}

std::string reliability_table(const std::vector<ReliabilityBin>& bins) {
    std::string out = "  confidence   statements   mean given   right\n";
    for (std::size_t b = 0; b < bins.size(); ++b) {
        if (!bins[b].statements) continue;
        const double n = static_cast<double>(bins[b].statements);
        out += fmt::format("  {:.1f}-{:.1f}    {:10}   {:10.2f}   {:5.1f}%\n", static_cast<double>(b) / 10,
                           static_cast<double>(b + 1) / 10, bins[b].statements, bins[b].confidence_sum / n,
                           100.0 * static_cast<double>(bins[b].right) / n);
    }
    return out;
}

}  // namespace claimgraph::extract
