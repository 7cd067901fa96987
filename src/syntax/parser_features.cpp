#include "syntax/parser_features.h"

#include <algorithm>
#include <cstdlib>

#include "learn/features.h"
#include "util/text.h"

namespace claimgraph::syntax::parsing {

namespace {

using learn::feature;
using learn::hash_text;

constexpr std::uint64_t kNone = 0x6e6f6e65ULL;
constexpr std::size_t kMoveFeatures = 64;  ///< room for move_features' own (it writes 53)
constexpr std::size_t kLabelFeatures = 32;  ///< and label_features' (30)

}  // namespace

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

void words_at(Place p, const WordInfo* x, std::vector<std::uint64_t>& f) {
    const std::uint64_t w = x ? x->word : kNone, t = x ? x->tag : kNone, lem = x ? x->lemma : kNone;
    switch (p) {
    case Place::s0:
        f.push_back(feature(1, w));
        f.push_back(feature(2, t));
        f.push_back(feature(3, w, t));
        f.push_back(feature(15, lem));
        break;
    case Place::s1:
        f.push_back(feature(4, w));
        f.push_back(feature(5, t));
        f.push_back(feature(6, w, t));
        break;
    case Place::b0:
        f.push_back(feature(7, w));
        f.push_back(feature(8, t));
        f.push_back(feature(9, w, t));
        f.push_back(feature(16, lem));
        break;
    case Place::b1:
        f.push_back(feature(10, w));
        f.push_back(feature(11, t));
        f.push_back(feature(12, w, t));
        break;
    }
}

void move_features(const State& st, const std::vector<WordInfo>& wi, std::vector<std::uint64_t>& f, bool words) {
    // written to a buffer, then copied: a push per feature was 3% of a parse's instructions
    std::uint64_t buf[kMoveFeatures];
    std::size_t n = 0;
    const auto put = [&](std::uint64_t v) { buf[n++] = v; };
    const auto w = [&](int k) { return k < 0 ? kNone : wi[static_cast<std::size_t>(k)].word; };
    const auto t = [&](int k) { return k < 0 ? kNone : wi[static_cast<std::size_t>(k)].tag; };
    const auto lem = [&](int k) { return k < 0 ? kNone : wi[static_cast<std::size_t>(k)].lemma; };
    const auto l = [&](int k) {
        return k < 0 ? kNone : static_cast<std::uint64_t>(st.label[static_cast<std::size_t>(k)] + 7);
    };
    const auto lc1 = [&](int k) { return k < 0 ? -1 : st.left1[static_cast<std::size_t>(k)]; };
    const auto lc2 = [&](int k) { return k < 0 ? -1 : st.left2[static_cast<std::size_t>(k)]; };
    const auto rc1 = [&](int k) { return k < 0 ? -1 : st.right1[static_cast<std::size_t>(k)]; };
    const auto rc2 = [&](int k) { return k < 0 ? -1 : st.right2[static_cast<std::size_t>(k)]; };
    const int s0 = st.s(0), s1 = st.s(1), s2 = st.s(2), b0 = st.b(0), b1 = st.b(1), b2 = st.b(2);
    const std::uint64_t dist = s0 >= 0 && b0 >= 0 ? static_cast<std::uint64_t>(std::min(b0 - s0, 6)) : kNone;
    const std::uint64_t dist01 = s0 >= 0 && s1 >= 0 ? static_cast<std::uint64_t>(std::min(s0 - s1, 6)) : kNone;
    const std::uint64_t s0l =
        s0 >= 0 ? static_cast<std::uint64_t>(std::min(st.lefts[static_cast<std::size_t>(s0)], 4)) : kNone;
    const std::uint64_t s0r =
        s0 >= 0 ? static_cast<std::uint64_t>(std::min(st.rights[static_cast<std::size_t>(s0)], 4)) : kNone;
    const std::uint64_t b0l =
        b0 >= 0 ? static_cast<std::uint64_t>(std::min(st.lefts[static_cast<std::size_t>(b0)], 4)) : kNone;
    // single words
    const auto at = [&](int k) { return k < 0 ? nullptr : &wi[static_cast<std::size_t>(k)]; };
    f.clear();
    if (words) {
        words_at(Place::s0, at(s0), f);
        words_at(Place::s1, at(s1), f);
        words_at(Place::b0, at(b0), f);
        words_at(Place::b1, at(b1), f);
    }
    put(feature(13, t(b2)));
    put(feature(14, t(s2)));
    // pairs and triples
    put(feature(20, w(s0), w(b0)));
    put(feature(21, t(s0), t(b0)));
    put(feature(22, w(s0), t(s0), t(b0)));
    put(feature(23, t(s0), w(b0), t(b0)));
    put(feature(24, w(s0), t(s0), w(b0)));
    put(feature(25, t(s1), t(s0)));
    put(feature(26, w(s1), w(s0)));
    put(feature(27, t(s1), w(s0)));
    put(feature(28, w(s1), t(s0)));
    put(feature(29, t(s1), t(s0), t(b0)));
    put(feature(30, t(s0), t(b0), t(b1)));
    put(feature(31, t(b0), t(b1), t(b2)));
    put(feature(32, t(s2), t(s1), t(s0)));
    put(feature(33, w(b0), w(b1)));
    put(feature(34, t(s1), t(s0), t(b1)));
    // what the verb below the top takes next: "told reporters | that …" closes the object
    put(feature(35, lem(s1), t(s0), t(b0)));
    put(feature(36, lem(s1), w(b0)));
    // children
    put(feature(40, t(lc1(s0))));
    put(feature(41, t(rc1(s0))));
    put(feature(42, l(lc1(s0))));
    put(feature(43, l(rc1(s0))));
    put(feature(44, t(lc1(b0))));
    put(feature(45, l(lc1(b0))));
    put(feature(46, t(rc1(s1))));
    put(feature(47, l(rc1(s1))));
    put(feature(48, t(lc1(s1))));
    put(feature(49, t(s0), t(lc1(s0)), t(b0)));
    put(feature(50, t(s0), t(rc1(s0)), t(b0)));
    put(feature(51, t(s0), t(b0), t(lc1(b0))));
    put(feature(52, t(s1), t(s0), t(rc1(s1))));
    put(feature(53, t(s1), t(s0), t(lc1(s0))));
    put(feature(54, t(lc2(s0))));
    put(feature(55, t(rc2(s0))));
    put(feature(56, t(lc2(b0))));
    put(feature(57, l(lc1(s0)), l(lc2(s0))));
    put(feature(58, l(rc1(s0)), l(rc2(s0))));
    put(feature(59, l(lc1(b0)), l(lc2(b0))));
    put(feature(60, w(s0), l(lc1(s0)), l(rc1(s0))));
    put(feature(61, w(b0), l(lc1(b0))));
    // distance and valency
    put(feature(70, dist, w(s0)));
    put(feature(71, dist, t(s0), t(b0)));
    put(feature(72, dist, w(b0)));
    put(feature(73, dist01, t(s1), t(s0)));
    put(feature(74, s0l, w(s0)));
    put(feature(75, s0r, w(s0)));
    put(feature(76, b0l, w(b0)));
    put(feature(77, s0l, s0r, t(s0)));
    put(feature(78, b0l, t(b0)));
    // suffixes of the words in play (sparse words)
    put(feature(80, s0 >= 0 ? wi[static_cast<std::size_t>(s0)].suffix : kNone, t(b0)));
    put(feature(81, b0 >= 0 ? wi[static_cast<std::size_t>(b0)].suffix : kNone, t(s0)));
    put(feature(82, st.stack.size() > 3 ? 3 : st.stack.size(), st.buffer_empty()));
    f.insert(f.end(), buf, buf + n);
}

void label_features(const State& st, const std::vector<WordInfo>& wi, int head, int dependent,
                    std::vector<std::uint64_t>& f) {
    std::uint64_t buf[kLabelFeatures];  // as in move_features
    std::size_t n = 0;
    const auto put = [&](std::uint64_t v) { buf[n++] = v; };
    const auto at = [&](int k) -> const WordInfo* {
        return k < 0 || k >= static_cast<int>(wi.size()) ? nullptr : &wi[static_cast<std::size_t>(k)];
    };
    const auto w = [&](int k) {
        const WordInfo* x = at(k);
        return x ? x->word : kNone;
    };
    const auto t = [&](int k) {
        const WordInfo* x = at(k);
        return x ? x->tag : kNone;
    };
    const auto lem = [&](int k) {
        const WordInfo* x = at(k);
        return x ? x->lemma : kNone;
    };
    const auto l = [&](int k) {
        return k < 0 ? kNone : static_cast<std::uint64_t>(st.label[static_cast<std::size_t>(k)] + 7);
    };
    const auto lc1 = [&](int k) { return k < 0 ? -1 : st.left1[static_cast<std::size_t>(k)]; };
    const auto rc1 = [&](int k) { return k < 0 ? -1 : st.right1[static_cast<std::size_t>(k)]; };
    const int h = head, d = dependent;
    const std::uint64_t dir = d < h ? 1 : 2;
    const std::uint64_t dist = static_cast<std::uint64_t>(std::min(std::abs(h - d), 6));
    const std::uint64_t suffix = at(d) ? at(d)->suffix : kNone;
    // the word after the dependent (inside the arc for a left one) and before the head
    const int after = d + 1 <= static_cast<int>(st.size) ? d + 1 : -1;
    put(feature(100, dir));
    put(feature(101, w(d), dir));
    put(feature(102, t(d), dir));
    put(feature(103, w(d), t(d)));
    put(feature(104, w(h), dir));
    put(feature(105, t(h), dir));
    put(feature(106, w(h), t(h)));
    put(feature(107, t(h), t(d), dir));
    put(feature(108, w(h), t(d), dir));
    put(feature(109, t(h), w(d), dir));
    put(feature(110, w(h), w(d)));
    put(feature(111, lem(h), dir));
    put(feature(112, lem(d), t(h)));
    put(feature(113, dist, dir, t(d)));
    put(feature(114, dist, t(h), t(d)));
    put(feature(115, l(lc1(d)), l(rc1(d))));
    put(feature(116, t(lc1(d)), t(d)));
    put(feature(117, t(rc1(d)), t(d)));
    put(feature(118, w(lc1(d)), t(d)));
    put(feature(119, l(lc1(h)), dir, t(d)));
    put(feature(120, l(rc1(h)), dir, t(d)));
    put(feature(121, t(d - 1), t(d), t(after)));
    put(feature(122, t(h), t(d), t(after)));
    put(feature(123, suffix, t(h), dir));
    put(feature(124, static_cast<std::uint64_t>(std::min(st.lefts[static_cast<std::size_t>(h)], 3)),
                static_cast<std::uint64_t>(std::min(st.rights[static_cast<std::size_t>(h)], 3)), dir));
    put(feature(125, t(h), t(d), l(lc1(h))));
    put(feature(126, t(h), t(d), l(rc1(h))));
    put(feature(127, w(d), l(lc1(d))));
    put(feature(128, t(d), l(lc1(d)), l(rc1(d))));
    put(feature(129, t(h - 1), t(h), t(d)));
    f.assign(buf, buf + n);
}

}  // namespace claimgraph::syntax::parsing
