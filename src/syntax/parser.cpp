#include "syntax/parser.h"

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include <fmt/format.h>

#include "learn/features.h"
#include "learn/perceptron.h"
#include "util/error.h"
#include "util/text.h"

namespace claimgraph::syntax {

namespace {

// part of whole, in per cent (0 when whole is 0)
double percent(std::size_t part, std::size_t whole) {
    return whole ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

using learn::feature;
using learn::hash_text;

constexpr std::uint64_t kNone = 0x6e6f6e65ULL;
constexpr int kRoot = 0;

// A parser state: words 1…n (0 is the root), the stack, the next word of the buffer, the
// heads and labels given so far, and each word's outermost children on either side.
struct State {
    explicit State(std::size_t n)
        : head(n + 1, -1), label(n + 1, -1), left1(n + 1, -1), left2(n + 1, -1), right1(n + 1, -1), right2(n + 1, -1),
          lefts(n + 1, 0), rights(n + 1, 0), size(n) {
        stack.push_back(kRoot);
    }
    std::vector<int> stack;
    int next = 1;
    std::vector<int> head, label, left1, left2, right1, right2, lefts, rights;
    std::size_t size;

    bool buffer_empty() const { return next > static_cast<int>(size); }
    bool done() const { return buffer_empty() && stack.size() == 1; }
    int s(std::size_t k) const { return stack.size() > k ? stack[stack.size() - 1 - k] : -1; }
    int b(int k) const { return next + k <= static_cast<int>(size) ? next + k : -1; }

    void attach(int dependent, int to, int rel) {
        head[dependent] = to;
        label[dependent] = rel;
        if (dependent < to) {
            ++lefts[to];
            if (left1[to] == -1 || dependent < left1[to]) {
                left2[to] = left1[to];
                left1[to] = dependent;
            } else if (left2[to] == -1 || dependent < left2[to]) {
                left2[to] = dependent;
            }
        } else {
            ++rights[to];
            if (right1[to] == -1 || dependent > right1[to]) {
                right2[to] = right1[to];
                right1[to] = dependent;
            } else if (right2[to] == -1 || dependent > right2[to]) {
                right2[to] = dependent;
            }
        }
    }
};

// Moves: 0 shift, 1 + l left-arc with label l (s0 ← b0), 1 + L + l right-arc (s1 → s0).
struct Moves {
    std::size_t labels;
    std::size_t count() const { return 1 + 2 * labels; }
    static bool is_shift(std::size_t m) { return m == 0; }
    bool is_left(std::size_t m) const { return m >= 1 && m <= labels; }
    bool is_right(std::size_t m) const { return m > labels; }
    int label(std::size_t m) const { return static_cast<int>(is_left(m) ? m - 1 : m - 1 - labels); }
};

bool valid(const State& st, const Moves& mv, std::size_t m) {
    if (Moves::is_shift(m)) return !st.buffer_empty();
    if (mv.is_left(m)) return st.stack.size() > 1 && !st.buffer_empty();
    // right-arc: onto the root only as the last move, so that a sentence has one root
    if (st.stack.size() < 2) return false;
    return st.s(1) != kRoot || (st.buffer_empty() && st.stack.size() == 2);
}

void apply(State& st, const Moves& mv, std::size_t m) {
    if (Moves::is_shift(m)) {
        st.stack.push_back(st.next++);
    } else if (mv.is_left(m)) {
        const int d = st.s(0);
        st.stack.pop_back();
        st.attach(d, st.next, mv.label(m));
    } else {
        const int d = st.s(0);
        st.stack.pop_back();
        st.attach(d, st.s(0), mv.label(m));
    }
}

// How many gold arcs a move makes unreachable (Goldberg and Nivre 2013, arc-hybrid), and
// one more for the wrong label on a right arc.
int cost(const State& st, const Moves& mv, std::size_t m, const std::vector<int>& gold_head, const std::vector<int>& gold_label) {
    const int n = static_cast<int>(st.size);
    const auto in_buffer_after = [&](int k, int from) { return k >= from && k <= n; };
    int c = 0;
    if (Moves::is_shift(m)) {
        const int b0 = st.next;
        for (std::size_t k = 0; k < st.stack.size(); ++k) {
            const int x = st.stack[k];
            if (gold_head[b0] == x && x != st.s(0)) ++c;  // its head in the stack, below s0
            if (x != kRoot && gold_head[x] == b0) ++c;    // its dependents in the stack
        }
        return c;
    }
    const int s0 = st.s(0);
    if (mv.is_left(m)) {
        const int b0 = st.next;
        if (gold_head[s0] == st.s(1) || in_buffer_after(gold_head[s0], b0 + 1)) ++c;
        for (int d = b0; d <= n; ++d)
            if (gold_head[d] == s0) ++c;
        if (c == 0 && gold_head[s0] == b0 && gold_label[s0] != mv.label(m)) ++c;
        return c;
    }
    if (in_buffer_after(gold_head[s0], st.next)) ++c;
    for (int d = st.next; d <= n; ++d)
        if (gold_head[d] == s0) ++c;
    if (c == 0 && gold_head[s0] == st.s(1) && gold_label[s0] != mv.label(m)) ++c;
    return c;
}

// What the features of one word are made of.
struct WordInfo {
    std::uint64_t word = kNone, tag = kNone, lemma = kNone, suffix = kNone;
};

std::vector<WordInfo> infos(const Sentence& s) {
    std::vector<WordInfo> out(s.words.size() + 1);
    out[0] = {hash_text("<root>"), hash_text("<root>"), hash_text("<root>"), kNone};
    for (std::size_t i = 0; i < s.words.size(); ++i) {
        const Word& w = s.words[i];
        const std::string lower = text::lower(w.form);
        out[i + 1] = {hash_text(lower), hash_text(w.upos + " " + w.xpos), hash_text(w.lemma),
                      hash_text(lower.size() > 3 ? lower.substr(lower.size() - 3) : lower)};
    }
    return out;
}

void features(const State& st, const std::vector<WordInfo>& wi, std::vector<std::uint64_t>& f) {
    f.clear();
    const auto w = [&](int k) { return k < 0 ? kNone : wi[static_cast<std::size_t>(k)].word; };
    const auto t = [&](int k) { return k < 0 ? kNone : wi[static_cast<std::size_t>(k)].tag; };
    const auto lem = [&](int k) { return k < 0 ? kNone : wi[static_cast<std::size_t>(k)].lemma; };
    const auto l = [&](int k) { return k < 0 ? kNone : static_cast<std::uint64_t>(st.label[static_cast<std::size_t>(k)] + 7); };
    const auto lc1 = [&](int k) { return k < 0 ? -1 : st.left1[static_cast<std::size_t>(k)]; };
    const auto lc2 = [&](int k) { return k < 0 ? -1 : st.left2[static_cast<std::size_t>(k)]; };
    const auto rc1 = [&](int k) { return k < 0 ? -1 : st.right1[static_cast<std::size_t>(k)]; };
    const auto rc2 = [&](int k) { return k < 0 ? -1 : st.right2[static_cast<std::size_t>(k)]; };
    const int s0 = st.s(0), s1 = st.s(1), s2 = st.s(2), b0 = st.b(0), b1 = st.b(1), b2 = st.b(2);
    const std::uint64_t dist = s0 >= 0 && b0 >= 0 ? static_cast<std::uint64_t>(std::min(b0 - s0, 6)) : kNone;
    const std::uint64_t dist01 = s0 >= 0 && s1 >= 0 ? static_cast<std::uint64_t>(std::min(s0 - s1, 6)) : kNone;
    const std::uint64_t s0l = s0 >= 0 ? static_cast<std::uint64_t>(std::min(st.lefts[static_cast<std::size_t>(s0)], 4)) : kNone;
    const std::uint64_t s0r = s0 >= 0 ? static_cast<std::uint64_t>(std::min(st.rights[static_cast<std::size_t>(s0)], 4)) : kNone;
    const std::uint64_t b0l = b0 >= 0 ? static_cast<std::uint64_t>(std::min(st.lefts[static_cast<std::size_t>(b0)], 4)) : kNone;
    // single words
    f.push_back(feature(1, w(s0)));
    f.push_back(feature(2, t(s0)));
    f.push_back(feature(3, w(s0), t(s0)));
    f.push_back(feature(4, w(s1)));
    f.push_back(feature(5, t(s1)));
    f.push_back(feature(6, w(s1), t(s1)));
    f.push_back(feature(7, w(b0)));
    f.push_back(feature(8, t(b0)));
    f.push_back(feature(9, w(b0), t(b0)));
    f.push_back(feature(10, w(b1)));
    f.push_back(feature(11, t(b1)));
    f.push_back(feature(12, w(b1), t(b1)));
    f.push_back(feature(13, t(b2)));
    f.push_back(feature(14, t(s2)));
    f.push_back(feature(15, lem(s0)));
    f.push_back(feature(16, lem(b0)));
    // pairs and triples
    f.push_back(feature(20, w(s0), w(b0)));
    f.push_back(feature(21, t(s0), t(b0)));
    f.push_back(feature(22, w(s0), t(s0), t(b0)));
    f.push_back(feature(23, t(s0), w(b0), t(b0)));
    f.push_back(feature(24, w(s0), t(s0), w(b0)));
    f.push_back(feature(25, t(s1), t(s0)));
    f.push_back(feature(26, w(s1), w(s0)));
    f.push_back(feature(27, t(s1), w(s0)));
    f.push_back(feature(28, w(s1), t(s0)));
    f.push_back(feature(29, t(s1), t(s0), t(b0)));
    f.push_back(feature(30, t(s0), t(b0), t(b1)));
    f.push_back(feature(31, t(b0), t(b1), t(b2)));
    f.push_back(feature(32, t(s2), t(s1), t(s0)));
    f.push_back(feature(33, w(b0), w(b1)));
    f.push_back(feature(34, t(s1), t(s0), t(b1)));
    // children
    f.push_back(feature(40, t(lc1(s0))));
    f.push_back(feature(41, t(rc1(s0))));
    f.push_back(feature(42, l(lc1(s0))));
    f.push_back(feature(43, l(rc1(s0))));
    f.push_back(feature(44, t(lc1(b0))));
    f.push_back(feature(45, l(lc1(b0))));
    f.push_back(feature(46, t(rc1(s1))));
    f.push_back(feature(47, l(rc1(s1))));
    f.push_back(feature(48, t(lc1(s1))));
    f.push_back(feature(49, t(s0), t(lc1(s0)), t(b0)));
    f.push_back(feature(50, t(s0), t(rc1(s0)), t(b0)));
    f.push_back(feature(51, t(s0), t(b0), t(lc1(b0))));
    f.push_back(feature(52, t(s1), t(s0), t(rc1(s1))));
    f.push_back(feature(53, t(s1), t(s0), t(lc1(s0))));
    f.push_back(feature(54, t(lc2(s0))));
    f.push_back(feature(55, t(rc2(s0))));
    f.push_back(feature(56, t(lc2(b0))));
    f.push_back(feature(57, l(lc1(s0)), l(lc2(s0))));
    f.push_back(feature(58, l(rc1(s0)), l(rc2(s0))));
    f.push_back(feature(59, l(lc1(b0)), l(lc2(b0))));
    f.push_back(feature(60, w(s0), l(lc1(s0)), l(rc1(s0))));
    f.push_back(feature(61, w(b0), l(lc1(b0))));
    // distance and valency
    f.push_back(feature(70, dist, w(s0)));
    f.push_back(feature(71, dist, t(s0), t(b0)));
    f.push_back(feature(72, dist, w(b0)));
    f.push_back(feature(73, dist01, t(s1), t(s0)));
    f.push_back(feature(74, s0l, w(s0)));
    f.push_back(feature(75, s0r, w(s0)));
    f.push_back(feature(76, b0l, w(b0)));
    f.push_back(feature(77, s0l, s0r, t(s0)));
    f.push_back(feature(78, b0l, t(b0)));
    // suffixes of the words in play (sparse words)
    f.push_back(feature(80, s0 >= 0 ? wi[static_cast<std::size_t>(s0)].suffix : kNone, t(b0)));
    f.push_back(feature(81, b0 >= 0 ? wi[static_cast<std::size_t>(b0)].suffix : kNone, t(s0)));
    f.push_back(feature(82, st.stack.size() > 3 ? 3 : st.stack.size(), st.buffer_empty()));
}

// The best valid move by score (validity is the same for every label of a kind of move).
std::size_t best_move(const State& st, const Moves& mv, const std::vector<float>& scores) {
    const bool shift = valid(st, mv, 0), left = valid(st, mv, 1), right = valid(st, mv, 1 + mv.labels);
    std::size_t best = mv.count();
    const auto consider = [&](std::size_t from, std::size_t to) {
        for (std::size_t m = from; m < to; ++m)
            if (best == mv.count() || scores[m] > scores[best]) best = m;
    };
    if (shift) consider(0, 1);
    if (left) consider(1, 1 + mv.labels);
    if (right) consider(1 + mv.labels, mv.count());
    return best;
}

void write_tree(const State& st, const std::vector<std::string>& labels, Sentence& s) {
    for (std::size_t i = 0; i < s.words.size(); ++i) {
        const int h = st.head[i + 1];
        s.words[i].head = h < 0 ? 0 : h;
        const int l = st.label[i + 1];
        s.words[i].deprel = h == 0 || h < 0 ? "root" : labels[static_cast<std::size_t>(l)];
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
    return {percent(u, total), percent(l, total)};
}

}  // namespace

Parser::Parser(std::string_view bytes, const std::string& name)
    : m_file(learn::read_model(bytes, name, "parser", kParserTemplates)), m_bytes(bytes.size()) {
    try {
        m_model = learn::LinearModel::from_bytes(m_file.sections.at("weights"));
    } catch (const std::out_of_range&) {
        throw Error(fmt::format("{}: damaged (no weights)", name));
    } catch (const std::runtime_error& e) {
        throw Error(fmt::format("{}: damaged ({})", name, e.what()));
    }
    m_labels = m_file.labels;
    if (m_labels.empty() || m_model.classes() != 1 + 2 * m_labels.size())
        throw Error(fmt::format("{}: damaged (labels and weights disagree)", name));
}

void Parser::parse(Sentence& s) const {
    const Moves mv{m_labels.size()};
    const auto wi = infos(s);
    State st(s.words.size());
    std::vector<std::uint64_t> f;
    std::vector<float> scores(mv.count());
    while (!st.done()) {
        features(st, wi, f);
        std::fill(scores.begin(), scores.end(), 0.0f);
        m_model.score(f, scores.data());
        const std::size_t m = best_move(st, mv, scores);
        if (m == mv.count()) break;  // no valid move: cannot happen on a well-formed state
        apply(st, mv, m);
    }
    write_tree(st, m_labels, s);
}

std::string Parser::train(const std::vector<Sentence>& train, const std::vector<Sentence>& dev, const Tagger& tagger,
                          const TrainOptions& o, std::string* log) {
    // the relations, in a stable order
    std::set<std::string> seen;
    for (const Sentence& s : train)
        for (const Word& w : s.words)
            if (w.head > 0) seen.insert(w.deprel);
    const std::vector<std::string> labels(seen.begin(), seen.end());
    if (1 + 2 * labels.size() > 256) throw Error("train: more than 127 relations");
    std::map<std::string, int> index;
    for (std::size_t k = 0; k < labels.size(); ++k) index[labels[k]] = static_cast<int>(k);
    const Moves mv{labels.size()};

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
            if (log) *log += fmt::format("parser: tags of fold {} of {} from a tagger trained on the others\n", fold + 1, o.jackknife);
        }
    } else {
        for (Sentence& s : tagged) tagger.tag(s);
    }
    std::vector<Sentence> dev_tagged = dev;
    for (Sentence& s : dev_tagged) tagger.tag(s);

    // only projective trees can be followed to the end without loss; the others are used
    // too (the dynamic oracle finds the best reachable tree)
    learn::AveragedPerceptron p(mv.count());
    std::mt19937_64 random(o.seed);
    std::uniform_real_distribution<double> coin(0.0, 1.0);
    std::vector<std::size_t> order(tagged.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::vector<std::uint64_t> f;
    std::vector<float> scores(mv.count());
    for (std::size_t epoch = 1; epoch <= o.epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), random);
        std::size_t mistakes = 0, moves = 0;
        for (std::size_t k : order) {
            const Sentence& s = tagged[k];
            const auto wi = infos(s);
            std::vector<int> gold_head(s.words.size() + 1, -1), gold_label(s.words.size() + 1, -1);
            for (std::size_t i = 0; i < s.words.size(); ++i) {
                gold_head[i + 1] = s.words[i].head;
                auto it = index.find(s.words[i].deprel);
                gold_label[i + 1] = it == index.end() ? -1 : it->second;
            }
            State st(s.words.size());
            while (!st.done()) {
                features(st, wi, f);
                std::fill(scores.begin(), scores.end(), 0.0f);
                p.score(f, scores.data());
                const std::size_t guess = best_move(st, mv, scores);
                if (guess == mv.count()) break;
                // the best-scoring move that loses nothing more
                std::size_t right = mv.count();
                int least = 1 << 30;
                for (std::size_t m = 0; m < mv.count(); ++m) {
                    if (!valid(st, mv, m)) continue;
                    const int c = cost(st, mv, m, gold_head, gold_label);
                    if (c < least || (c == least && scores[m] > scores[right])) {
                        least = c;
                        right = m;
                    }
                }
                const bool wrong = cost(st, mv, guess, gold_head, gold_label) > least;
                if (wrong) {
                    p.update(f, right, guess);
                    ++mistakes;
                }
                p.tick();
                ++moves;
                // after the first pass, follow its own mistakes nine times in ten
                apply(st, mv, wrong && !(epoch > 1 && coin(random) < 0.9) ? right : guess);
            }
        }
        if (log) {
            std::string line = fmt::format("parser epoch {}: {:.2f}% moves wrong", epoch, percent(mistakes, moves));
            if (!dev_tagged.empty()) {
                const learn::LinearModel m = p.averaged(1);
                std::vector<Sentence> guess = dev_tagged;
                for (Sentence& s : guess) {
                    const auto wi = infos(s);
                    State st(s.words.size());
                    while (!st.done()) {
                        features(st, wi, f);
                        std::fill(scores.begin(), scores.end(), 0.0f);
                        m.score(f, scores.data());
                        const std::size_t mm = best_move(st, mv, scores);
                        if (mm == mv.count()) break;
                        apply(st, mv, mm);
                    }
                    write_tree(st, labels, s);
                }
                const auto [uas, las] = attachment(dev, guess);
                line += fmt::format(", dev UAS {:.2f}, LAS {:.2f}", uas, las);
            }
            *log += line + "\n";
        }
    }
    const learn::LinearModel model = p.averaged(o.min_updates, o.min_weight);
    learn::ModelFile file;
    file.kind = "parser";
    file.templates = kParserTemplates;
    file.labels = labels;
    file.data = o.data;
    file.revision = o.revision;
    file.created = o.created;
    file.sections["weights"] = model.to_bytes();
    if (log)
        *log += fmt::format("parser: {} relations, {} features kept of {}, {} weights\n", labels.size(), model.features(),
                            p.features(), model.weights());
    return learn::write_model(file);
}

}  // namespace claimgraph::syntax
