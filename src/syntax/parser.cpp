#include "syntax/parser.h"

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <type_traits>

#include <fmt/format.h>

#include "learn/features.h"
#include "learn/partial_sums.h"
#include "syntax/parser_features.h"
#include "syntax/parser_state.h"
#include "learn/perceptron.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::syntax {

namespace {

using parsing::Move;
using parsing::State;

// The best valid move by score; kMoves when none is valid.
Move best_move(const State& st, const float* scores) {
    Move best = parsing::kMoves;
    for (std::size_t m = 0; m < parsing::kMoves; ++m) {
        const auto move = static_cast<Move>(m);
        if (parsing::valid(st, move) && (best == parsing::kMoves || scores[m] > scores[best])) best = move;
    }
    return best;
}

// The relation of the arc a move makes, by the label model (none for an arc from the root:
// that one is "root").
template <typename Model>
int best_label(const Model& labeller, std::size_t labels, const State& st, const std::vector<parsing::WordInfo>& wi,
               Move m, std::vector<std::uint64_t>& f, std::vector<float>& scores) {
    if (m == parsing::kShift) return -1;
    const auto [head, dependent] = st.arc(m);
    if (head == parsing::kRoot) return -1;
    parsing::label_features(st, wi, head, dependent, f);
    std::fill(scores.begin(), scores.end(), 0.0f);
    labeller.score(f, scores.data());
    return static_cast<int>(std::max_element(scores.begin(), scores.begin() + static_cast<long>(labels)) -
                            scores.begin());
}

// Parses with a move model and a label model (compact or still training).
template <typename Model>
State run(const Model& mover, const Model& labeller, std::size_t labels, const Sentence& s) {
    const auto wi = parsing::infos(s);
    State st(s.words.size());
    std::vector<std::uint64_t> f;
    std::vector<float> scores(parsing::kMoves), label_scores(labels);
    std::vector<std::int32_t> sums;
    while (!st.done()) {
        std::fill(scores.begin(), scores.end(), 0.0f);
        if constexpr (std::is_same_v<Model, learn::LinearModel>) {
            // each word's own features in each place summed once per thread: integer sums, so
            // the scores are those of all the features together
            parsing::move_features(st, wi, f, false);
            sums.assign(mover.stride(), 0);
            const auto add = [&](parsing::Place place, int k) {
                const parsing::WordInfo* w = k < 0 ? nullptr : &wi[static_cast<std::size_t>(k)];
                const std::uint64_t key =
                    learn::mix(static_cast<std::uint64_t>(place) ^
                               (w ? learn::mix(w->word ^ learn::mix(w->tag ^ learn::mix(w->lemma))) : 0));
                const std::int32_t* own = learn::PartialSums::of(
                    mover, key, [&](std::vector<std::uint64_t>& into) { parsing::words_at(place, w, into); });
                for (std::size_t c = 0; c < sums.size(); ++c) sums[c] += own[c];
            };
            add(parsing::Place::s0, st.s(0));
            add(parsing::Place::s1, st.s(1));
            add(parsing::Place::b0, st.b(0));
            add(parsing::Place::b1, st.b(1));
            mover.accumulate(f, sums.data());
            mover.add_scaled(sums.data(), scores.data());
        } else {
            parsing::move_features(st, wi, f);
            mover.score(f, scores.data());
        }
        const Move m = best_move(st, scores.data());
        if (m == parsing::kMoves) break;  // no valid move: cannot happen on a well-formed state
        parsing::apply(st, m, best_label(labeller, labels, st, wi, m, f, label_scores));
    }
    return st;
}

void write_tree(const State& st, const std::vector<std::string>& labels, Sentence& s) {
    for (std::size_t i = 0; i < s.words.size(); ++i) {
        const int h = st.head[i + 1];
        s.words[i].head = h < 0 ? 0 : h;
        const int l = st.label[i + 1];
        s.words[i].deprel = h <= 0 || l < 0 ? "root" : labels[static_cast<std::size_t>(l)];
    }
}

// Labelled and unlabelled attachment over a set of sentences: (UAS, LAS on universal labels).
std::pair<double, double> attachment(const std::vector<Sentence>& gold, const std::vector<Sentence>& guess) {
    std::size_t total = 0, u = 0, l = 0;
    for (std::size_t k = 0; k < gold.size(); ++k)
        for (std::size_t i = 0; i < gold[k].words.size(); ++i) {
            const Word& g = gold[k].words[i];
            const Word& p = guess[k].words[i];
            ++total;
            if (g.head == p.head) {
                ++u;
                if (universal(g.deprel) == universal(p.deprel)) ++l;
            }
        }
    return {text::percent(u, total), text::percent(l, total)};
}

}  // namespace

Parser::Parser(std::string_view bytes, const std::string& name)
    : m_file(learn::read_model(bytes, name, "parser", kParserTemplates)), m_bytes(bytes.size()) {
    try {
        m_mover = learn::LinearModel::from_bytes(m_file.sections.at("moves"));
        m_labeller = learn::LinearModel::from_bytes(m_file.sections.at("labels"));
    } catch (const std::out_of_range&) {
        throw Error(fmt::format("{}: damaged (no weights)", name));
    } catch (const std::runtime_error& e) {
        throw Error(fmt::format("{}: damaged ({})", name, e.what()));
    }
    m_labels = m_file.labels;
    if (m_labels.empty() || m_mover.classes() != parsing::kMoves || m_labeller.classes() != m_labels.size())
        throw Error(fmt::format("{}: damaged (labels and weights disagree)", name));
}

void Parser::parse(Sentence& s) const { write_tree(run(m_mover, m_labeller, m_labels.size(), s), m_labels, s); }

std::string Parser::train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev, const Tagger& tagger,
                          const TrainOptions& o, std::string* log) {
    // the relations, in a stable order
    std::set<std::string> seen;
    for (const Sentence& s : train)
        for (const Word& w : s.words)
            if (w.head > 0) seen.insert(w.deprel);
    const std::vector<std::string> labels(seen.begin(), seen.end());
    if (labels.empty() || labels.size() > 1024) throw Error("train: no relations, or more than 1024");
    std::map<std::string, int> index;
    for (std::size_t k = 0; k < labels.size(); ++k) index[labels[k]] = static_cast<int>(k);

    // the training sentences with predicted tags: from taggers trained on the other folds
    std::vector<Sentence> tagged = train;
    if (o.jackknife > 1) {
        for (std::size_t fold = 0; fold < o.jackknife; ++fold) {
            std::vector<Sentence> rest;
            for (std::size_t k = 0; k < train.size(); ++k)
                if (k % o.jackknife != fold) rest.push_back(train[k]);
            TrainOptions t = o;
            t.epochs = 10;
            const Tagger fold_tagger(Tagger::train(rest, {}, t), fmt::format("fold {} tagger", fold));
            for (std::size_t k = fold; k < tagged.size(); k += o.jackknife) fold_tagger.tag(tagged[k]);
            if (log)
                *log += fmt::format("parser: tags of fold {} of {} from a tagger trained on the others\n", fold + 1,
                                    o.jackknife);
        }
    } else {
        for (Sentence& s : tagged) tagger.tag(s);
    }
    std::vector<Sentence> dev_tagged = dev;
    for (Sentence& s : dev_tagged) tagger.tag(s);

    // Moves by the dynamic oracle: non-projective trees are used too (the oracle finds
    // the best reachable tree). Relations are learnt on the arcs that are right.
    learn::AveragedPerceptron mover(parsing::kMoves), labeller(labels.size());
    std::mt19937_64 random(o.seed);
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    std::vector<std::size_t> order(tagged.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::vector<std::uint64_t> f, lf;
    std::vector<float> scores(parsing::kMoves), label_scores(labels.size());
    for (std::size_t epoch = 1; epoch <= o.epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), random);
        std::size_t mistakes = 0, moves = 0, label_mistakes = 0, arcs = 0;
        for (std::size_t k : order) {
            const Sentence& s = tagged[k];
            const auto wi = parsing::infos(s);
            std::vector<int> gold_head(s.words.size() + 1, -1), gold_label(s.words.size() + 1, -1);
            for (std::size_t i = 0; i < s.words.size(); ++i) {
                gold_head[i + 1] = s.words[i].head;
                auto it = index.find(s.words[i].deprel);
                gold_label[i + 1] = it == index.end() ? -1 : it->second;
            }
            State st(s.words.size());
            while (!st.done()) {
                parsing::move_features(st, wi, f);
                std::fill(scores.begin(), scores.end(), 0.0f);
                mover.score(f, scores.data());
                const Move guess = best_move(st, scores.data());
                if (guess == parsing::kMoves) break;
                // the best-scoring move that loses nothing more
                Move right = parsing::kMoves;
                int least = 1 << 30;
                for (std::size_t m = 0; m < parsing::kMoves; ++m) {
                    const auto move = static_cast<Move>(m);
                    if (!parsing::valid(st, move)) continue;
                    const int c = parsing::cost(st, move, gold_head);
                    if (c < least || (c == least && scores[m] > scores[right])) {
                        least = c;
                        right = move;
                    }
                }
                const bool wrong = parsing::cost(st, guess, gold_head) > least;
                if (wrong) {
                    mover.update(f, right, guess);
                    ++mistakes;
                }
                mover.tick();
                ++moves;
                // after the first pass, follow its own mistakes nine times in ten
                const Move made = wrong && !(epoch > 1 && coin(random) < 0.9) ? right : guess;
                int label = -1;
                if (made != parsing::kShift) {
                    const auto [head, dependent] = st.arc(made);
                    label = best_label(labeller, labels.size(), st, wi, made, lf, label_scores);
                    const int truth = gold_label[static_cast<std::size_t>(dependent)];
                    if (head != parsing::kRoot && gold_head[static_cast<std::size_t>(dependent)] == head &&
                        truth >= 0) {
                        ++arcs;
                        if (label != truth) {
                            labeller.update(lf, static_cast<std::size_t>(truth), static_cast<std::size_t>(label));
                            ++label_mistakes;
                        }
                        labeller.tick();
                        label = truth;
                    }
                }
                parsing::apply(st, made, label);
            }
        }
        if (log) {
            std::string line = fmt::format("parser epoch {}: {:.2f}% moves wrong, {:.2f}% relations wrong", epoch,
                                           text::percent(mistakes, moves), text::percent(label_mistakes, arcs));
            if (!dev_tagged.empty()) {
                const learn::LinearModel m = mover.averaged(1), l = labeller.averaged(1);
                std::vector<Sentence> guess = dev_tagged;
                for (Sentence& s : guess) write_tree(run(m, l, labels.size(), s), labels, s);
                const auto [uas, las] = attachment(dev, guess);
                line += fmt::format(", dev UAS {:.2f}, LAS {:.2f}", uas, las);
            }
            *log += line + "\n";
        }
    }
    const learn::LinearModel moves_model = mover.averaged(o.min_updates, o.min_weight);
    const learn::LinearModel labels_model = labeller.averaged(o.min_updates, o.min_weight);
    learn::ModelFile file;
    file.kind = "parser";
    file.templates = kParserTemplates;
    file.labels = labels;
    file.data = o.data;
    file.revision = o.revision;
    file.created = o.created;
    file.sections["moves"] = moves_model.to_bytes();
    file.sections["labels"] = labels_model.to_bytes();
    if (log)
        *log += fmt::format(
            "parser: {} relations; moves: {} features kept of {}, {} weights; relations: {} of {}, {} "
            "weights\n",
            labels.size(), moves_model.features(), mover.features(), moves_model.weights(), labels_model.features(),
            labeller.features(), labels_model.weights());
    return learn::write_model(file);
}

}  // namespace claimgraph::syntax
