#include "extract/evaluate.h"

#include <algorithm>

#include <fmt/format.h>

#include "extract/extractor.h"
#include "load/loader.h"
#include "util/text.h"
#include "util/utf8.h"

namespace claimgraph::extract {

namespace {

using Chars = std::vector<std::size_t>;  // byte offsets of the letters and digits, sorted

Chars alnum_chars(std::string_view text, const std::vector<Span>& spans) {
    Chars out;
    for (const Span& s : spans) {
        for (std::size_t at = std::min(s.start, text.size()); at < std::min(s.end, text.size());) {
            std::size_t len = 1;
            const char32_t cp = utf8::decode(text, at, len);
            if (utf8::is_letter(cp) || utf8::is_digit(cp)) out.push_back(at);
            at += len;
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::size_t common(const Chars& a, const Chars& b) {
    std::size_t n = 0;
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        if (*i < *j)
            ++i;
        else if (*j < *i)
            ++j;
        else
            ++n, ++i, ++j;
    }
    return n;
}

// The last word of `s`, lower-cased (the scorer's head word).
std::string head_word(std::string_view s) {
    std::size_t end = s.size();
    while (end > 0) {
        std::size_t len = 1;
        const char32_t cp = utf8::decode_before(s, end, len);
        if (utf8::is_word(cp)) break;
        end -= len;
    }
    std::size_t start = end;
    while (start > 0) {
        std::size_t len = 1;
        const char32_t cp = utf8::decode_before(s, start, len);
        if (!utf8::is_word(cp)) break;
        start -= len;
    }
    return text::lower(s.substr(start, end - start));
}

// `word` stands in `words` as a whole word.
bool has_word(std::string_view words, std::string_view word) {
    if (word.empty()) return false;
    for (std::size_t at = words.find(word); at != std::string_view::npos; at = words.find(word, at + 1)) {
        std::size_t len = 1;
        const bool before = at > 0 && utf8::is_word(utf8::decode_before(words, at, len));
        const std::size_t after = at + word.size();
        const bool next = after < words.size() && utf8::is_word(utf8::decode(words, after, len));
        if (!before && !next) return true;
    }
    return false;
}

struct Pair {
    double score;
    std::size_t p, g;
};

// One to one, best first (ties in the order the pairs were made).
std::vector<Pair> greedy(std::vector<Pair> pairs, std::size_t np, std::size_t ng) {
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.score > b.score; });
    std::vector<bool> used_p(np), used_g(ng);
    std::vector<Pair> out;
    for (const Pair& x : pairs) {
        if (used_p[x.p] || used_g[x.g]) continue;
        used_p[x.p] = used_g[x.g] = true;
        out.push_back(x);
    }
    return out;
}

double f1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }
double ratio(std::size_t a, std::size_t b) { return b ? static_cast<double>(a) / static_cast<double>(b) : 0.0; }

}  // namespace

void ExtractionScores::add(const ExtractionScores& o) {
    documents += o.documents;
    gold += o.gold;
    predicted += o.predicted;
    matched += o.matched;
    source_ok += o.source_ok;
    cue_ok += o.cue_ok;
    cue_na += o.cue_na;
    covered += o.covered;
    for (const auto& [k, v] : o.recall) {
        recall[k].first += v.first;
        recall[k].second += v.second;
    }
    if (!o.reliability.empty()) reliability.resize(o.reliability.size());
    for (std::size_t b = 0; b < o.reliability.size(); ++b) {
        reliability[b].statements += o.reliability[b].statements;
        reliability[b].right += o.reliability[b].right;
        reliability[b].confidence_sum += o.reliability[b].confidence_sum;
    }
}

ExtractionScores score_article(const GoldArticle& article, const std::vector<Attribution>& statements,
                               std::vector<bool>* right) {
    const std::string_view text = article.document.text;
    struct Pred {
        Chars content, source, cue;
        std::vector<Span> cue_raw;
        std::string source_words;
    };
    std::vector<Pred> P;
    for (const Attribution& a : statements) {
        Pred p;
        p.content = alnum_chars(text, a.content);
        if (a.source && a.source->span) p.source = alnum_chars(text, {*a.source->span});
        if (a.source) p.source_words = text::lower(a.source->text + " " + a.source->name);
        if (a.cue) {
            p.cue_raw = {a.cue->span};
            p.cue = alnum_chars(text, p.cue_raw);
        }
        P.push_back(std::move(p));
    }
    std::vector<Chars> G, gsource;
    for (const GoldAttribution& g : article.attributions) {
        G.push_back(alnum_chars(text, g.content));
        gsource.push_back(alnum_chars(text, g.source));
    }
    std::vector<Pair> pairs, cover;
    for (std::size_t i = 0; i < P.size(); ++i)
        for (std::size_t j = 0; j < G.size(); ++j) {
            const std::size_t inter = common(P[i].content, G[j]);
            if (!inter) continue;
            pairs.push_back({ratio(inter, P[i].content.size() + G[j].size() - inter), i, j});
            cover.push_back({ratio(inter, std::max<std::size_t>(1, G[j].size())), i, j});
        }
    ExtractionScores s;
    s.documents = 1;
    s.predicted = P.size();
    s.gold = G.size();
    for (const Pair& c : greedy(cover, P.size(), G.size())) s.covered += c.score >= 0.3;
    std::vector<bool> flags(P.size(), false);
    const auto key = [](const char* what, const std::string& v, const char* none) {
        return fmt::format("{}={}", what, v.empty() ? none : v);
    };
    for (const GoldAttribution& g : article.attributions) {
        ++s.recall[key("kind", g.kind, "?")].second;
        ++s.recall[key("cue_class", g.cue_class, "none")].second;
    }
    for (const Pair& m : greedy(pairs, P.size(), G.size())) {
        if (m.score < 0.5) continue;
        const Pred& p = P[m.p];
        const GoldAttribution& g = article.attributions[m.g];
        ++s.matched;
        ++s.recall[key("kind", g.kind, "?")].first;
        ++s.recall[key("cue_class", g.cue_class, "none")].first;
        bool ok = gsource[m.g].empty() ? p.source.empty() && text::trim(p.source_words).empty()
                                       : common(p.source, gsource[m.g]) > 0;
        for (const std::string& h : {head_word(g.source_text), head_word(g.source_reference)})
            ok = ok || has_word(p.source_words, h);
        s.source_ok += ok;
        flags[m.p] = ok;
        const Chars gc = alnum_chars(text, g.cue);
        if (g.cue.empty()) {
            ++s.cue_na;
        } else {
            bool overlap = common(p.cue, gc) > 0;
            for (const Span& a : p.cue_raw)
                for (const Span& b : g.cue) overlap = overlap || (a.start < b.end && b.start < a.end);
            s.cue_ok += overlap;
        }
    }
    for (std::size_t k = 0; k < statements.size(); ++k)
        if (statements[k].confidence >= 0) add_to_reliability(s.reliability, statements[k].confidence, flags[k]);
    if (right) *right = std::move(flags);
    return s;
}

ExtractionScores evaluate(const std::vector<GoldArticle>& gold, const Options& options) {
    ExtractionScores total;
    for (std::size_t n = 0; n < gold.size(); ++n) {
        GoldArticle a = gold[n];
        a.document = load::load_text(fmt::format("{}.txt", n), gold[n].document.text);
        total.add(score_article(a, extract(a.document, options).statements));
    }
    return total;
}

std::string format_scores(const ExtractionScores& s) {
    const double P = ratio(s.matched, s.predicted), R = ratio(s.matched, s.gold);
    const double sP = ratio(s.source_ok, s.predicted), sR = ratio(s.source_ok, s.gold);
    const double cP = ratio(s.covered, s.predicted), cR = ratio(s.covered, s.gold);
    std::string out;
    if (!s.reliability.empty())
        out +=
            "confidence given (calibrated on the training articles) against statements right (content and "
            "source):\n" +
            reliability_table(s.reliability);
    out +=
        fmt::format("documents {}  gold {}  predicted {}  matched {}\n", s.documents, s.gold, s.predicted, s.matched);
    out += fmt::format("content (Jaccard>=0.5): P {:.1f}  R {:.1f}  F1 {:.1f}\n", 100 * P, 100 * R, 100 * f1(P, R));
    out += fmt::format("content+source:         P {:.1f}  R {:.1f}  F1 {:.1f}\n", 100 * sP, 100 * sR, 100 * f1(sP, sR));
    out += fmt::format("source correct on matched: {:.1f}%   cue correct on matched (gold cue present): {:.1f}%\n",
                       100 * ratio(s.source_ok, std::max<std::size_t>(1, s.matched)),
                       100 * ratio(s.cue_ok, std::max<std::size_t>(1, s.matched - s.cue_na)));
    out +=
        fmt::format("coverage>=30% (GGT-style): P {:.1f}  R {:.1f}  F1 {:.1f}\n", 100 * cP, 100 * cR, 100 * f1(cP, cR));
    for (const auto& [k, v] : s.recall)
        out += fmt::format("  recall {:22s} {:5.1f}%  ({}/{})\n", k,
                           100 * ratio(v.first, std::max<std::size_t>(1, v.second)), v.first, v.second);
    out += fmt::format("headline: content F1 {:.1f}; content+source F1 {:.1f}\n", 100 * f1(P, R), 100 * f1(sP, sR));
    return out;
}

}  // namespace claimgraph::extract
