// The words of a parse as the extractor's tokens (parse_spans.h): each word's subtree, a
// subject's and a complement's words, whether a subject can speak.
#include "extract/parse_spans.h"

#include <algorithm>

#include "extract/frames.h"
#include "extract/lexicon.h"
#include "extract/speaker_phrase.h"

namespace claimgraph::extract {

namespace {

// Each word's subtree as a word range [first, last] (projective trees: contiguous), in
// one pass after the children: linear in the sentence, however deep its tree.
std::vector<std::pair<std::size_t, std::size_t>> subtrees(const ParsedSentence& p) {
    const std::size_t n = p.sentence.words.size();
    std::vector<std::pair<std::size_t, std::size_t>> out(n);
    for (std::size_t i = 0; i < n; ++i) out[i] = {i, i};
    // children before their parents: a depth-first order from the roots, reversed
    std::vector<std::size_t> order, stack;
    for (std::size_t i = 0; i < n; ++i)
        if (p.sentence.words[i].head <= 0) stack.push_back(i);
    while (!stack.empty()) {
        const std::size_t w = stack.back();
        stack.pop_back();
        order.push_back(w);
        for (std::size_t d : p.children[w]) stack.push_back(d);
    }
    for (auto it = order.rbegin(); it != order.rend(); ++it)
        for (std::size_t d : p.children[*it]) {
            out[*it].first = std::min(out[*it].first, out[d].first);
            out[*it].second = std::max(out[*it].second, out[d].second);
        }
    return out;
}

}  // namespace

bool free_word(const Context& ctx, std::size_t i) {
    return !ctx.used[i] && !ctx.in_quote(i) && ctx.tok(i).kind == TokenKind::word;
}

// The extractor's token holding byte `at` (words are never coarser than tokens).
std::size_t token_at(const Context& ctx, std::size_t at) {
    const auto& toks = ctx.toks.tokens;
    auto t = std::partition_point(toks.begin(), toks.end(), [&](const Token& x) { return x.end <= at; });
    return static_cast<std::size_t>(std::min(t, toks.end() - 1) - toks.begin());
}

// A subject's words without the punctuation the parser hung on its edges (", Groberg")
// and without a possessor's "'s" ("Mr. Obama's support for": Mr. Obama speaks).
Range without_edge_punct(const Context& ctx, Range r) {
    // (and a conjunction the parse hangs on the phrase: ", and sources familiar with …")
    while (!r.empty() && (ctx.tok(r.first).kind == TokenKind::punct ||
                          (!ctx.tok(r.first).cap && (ctx.is(r.first, "and") || ctx.is(r.first, "but")))))
        ++r.first;
    while (!r.empty() && (ctx.tok(r.last - 1).kind == TokenKind::punct || is_possessive(ctx.tok(r.last - 1)))) --r.last;
    return r;
}

// Whether the subject whose head word is `head` and whose words are `source` can speak:
// its head, not its last word, says so ("elected officials from both parties say").
bool speaker_by_head(const Context& ctx, const syntax::Sentence& s, std::size_t head, Range source, bool strong) {
    const auto can = [&](Range r) { return strong ? strong_speaker(ctx, r) : plausible_speaker(ctx, r); };
    if (can(source)) return true;
    const std::size_t h = token_at(ctx, s.words[head].start);
    return h >= source.first && h + 1 < source.last && can(Range{source.first, h + 1});
}

// Each word's subtree as the extractor's tokens it covers.
std::vector<Range> token_ranges(const Context& ctx, const ParsedSentence& p) {
    const auto& words = p.sentence.words;
    const auto sub = subtrees(p);
    std::vector<Range> out(words.size());
    for (std::size_t w = 0; w < words.size(); ++w)
        out[w] = {token_at(ctx, words[sub[w].first].start), token_at(ctx, words[sub[w].second].start) + 1};
    return out;
}

// The subject's words, with a second subject right after it that the parse split off
// ("Port spokeswoman | Dana Vale said").
Range subject_words(const ParsedSentence& p, const std::vector<Range>& range_of, std::size_t verb,
                    std::size_t subject) {
    Range words = range_of[subject];
    for (std::size_t d : p.children[verb])
        if (d > subject && d < verb && p.sentence.words[d].deprel == "nsubj" && range_of[d].first == words.last)
            words.last = range_of[d].last;
    return words;
}

// A complement's words up to another statement's ("said all staffers sign NDAs, though
// she did not discuss their terms", where "she did not discuss their terms" was read
// first): the words before the first used one, less the punctuation and the conjunction
// that led into it; empty when that leaves out the complement's own head word.
Range complement_words(const Context& ctx, const ParsedSentence& p, const std::vector<Range>& range_of,
                       std::size_t complement) {
    const Range r = trim_content(ctx, range_of[complement]);
    const std::size_t head = token_at(ctx, p.sentence.words[complement].start);
    std::size_t end = r.first;
    while (end < r.last && !ctx.used[end]) ++end;
    if (end == r.last) return r;
    while (end > r.first && !ctx.in_quote(end - 1) &&
           (ctx.tok(end - 1).kind == TokenKind::punct || is_subordinator(ctx.tok(end - 1).lower)))
        --end;
    if (head < r.first || head >= end) return Range{};
    return trim_content(ctx, {r.first, end});
}

}  // namespace claimgraph::extract
