// The features of a candidate content edge: the words, shapes and quotation state around
// it, where it stands in its sentence and against the cue and the speaker, and how far it
// is from the rules' edge. What they read of each token is read once per query
// (read_tokens) for all its candidate edges.
#include <algorithm>

#include "extract/bounds.h"
#include "extract/lexicon.h"
#include "learn/features.h"

namespace claimgraph::extract {

namespace {

using learn::feature;
using learn::hash_text;

// A signed distance in a few buckets: exact up to 6, then by powers of two.
std::uint64_t bucket(long d) {
    const long a = d < 0 ? -d : d;
    long b = a;
    if (a > 6) {
        b = 7;
        while ((8L << (b - 7)) <= a && b < 12) ++b;
    }
    return static_cast<std::uint64_t>(d < 0 ? 100 + b : b);
}

// What a token is, coarsely: a word (capitalised or not), a number, a punctuation mark,
// an opening or closing quote mark; "^"/"$" past the paragraph's edges.
std::uint64_t shape(const Context& ctx, std::size_t i, std::size_t para) {
    if (i >= ctx.size() || ctx.tok(i).paragraph != para) return hash_text("$");
    const Token& t = ctx.tok(i);
    switch (t.kind) {
    case TokenKind::word: return t.cap ? hash_text("Aa") : hash_text("a");
    case TokenKind::number: return hash_text("9");
    case TokenKind::punct: return hash_text(t.lower);
    case TokenKind::quote:
        return t.facing == QuoteFacing::open    ? hash_text("q(")
               : t.facing == QuoteFacing::close ? hash_text("q)")
                                                : hash_text("q");
    }
    return 0;
}

std::uint64_t word(const Context& ctx, std::size_t i, std::size_t para) {
    if (i >= ctx.size() || ctx.tok(i).paragraph != para) return hash_text("$");
    return hash_text(ctx.tok(i).lower);
}

// Where token i stands in its sentence: 0 first word, 1 inside, 2 last word.
std::uint64_t sentence_edge(const Context& ctx, std::size_t i) {
    const Sentence* s = ctx.sentence_of(i);
    if (!s || i < s->first) return 3;
    if (i == s->first) return 0;
    return i + 1 == s->last ? 2 : 1;
}

// Where a boundary stands against the cue and the speaker: before or after each, and how
// far from the cue.
std::uint64_t side(const BoundsQuery& q, std::size_t i) {
    std::uint64_t s = 0;
    if (q.cue) s = i < q.cue->first ? 1 : i >= q.cue->last ? 2 : 3;
    if (q.source) s = s * 4 + (i < q.source->first ? 1 : i >= q.source->last ? 2 : 3);
    return s;
}

std::uint64_t cue_distance(const BoundsQuery& q, std::size_t i) {
    if (!q.cue) return 999;
    return bucket(static_cast<long>(i) - static_cast<long>(i < q.cue->first ? q.cue->first : q.cue->last));
}

std::uint64_t quoted(const Context& ctx, std::size_t i) { return i < ctx.size() && ctx.in_quote(i) ? 1 : 0; }

// A word's last three letters ("-ing", "-ed", "ere"), which say more of what it does than
// the word itself does for a rare one.
std::uint64_t suffix(const Context& ctx, std::size_t i, std::size_t para) {
    if (i >= ctx.size() || ctx.tok(i).paragraph != para || ctx.tok(i).kind != TokenKind::word) return hash_text("$");
    const std::string& w = ctx.tok(i).lower;
    return hash_text(w.size() > 3 ? std::string_view(w).substr(w.size() - 3) : std::string_view(w));
}

// Cue verbs of the paragraph `para` among tokens [from, to): the window cue_ahead reads.
std::vector<bool> cues_in(const Context& ctx, std::size_t from, std::size_t to, std::size_t para) {
    to = std::min(to, ctx.size());
    std::vector<bool> cue(to > from ? to - from : 0);
    for (std::size_t k = from; k < to; ++k) cue[k - from] = ctx.tok(k).paragraph == para && free_cue_verb(ctx, k);
    return cue;
}

// Whether such a verb follows token j within a few words of its paragraph: 1 + half the
// distance, or 0 (`cue` from cues_in, from `from` to at least j + 6).
std::uint8_t cue_ahead(const Context& ctx, const std::vector<bool>& cue, std::size_t from, std::size_t j,
                       std::size_t para) {
    if (j >= ctx.size() || ctx.tok(j).paragraph != para) return 0;
    for (std::size_t i = j; i < j + 6 && i - from < cue.size(); ++i)
        if (cue[i - from]) return static_cast<std::uint8_t>(1 + (i - j) / 2);
    return 0;
}

BoundsQuery::Token read_token(const Context& ctx, const std::vector<bool>& cue, std::size_t from, std::size_t i,
                              std::size_t para) {
    BoundsQuery::Token t;
    t.word = word(ctx, i, para);
    t.shape = shape(ctx, i, para);
    t.suffix = suffix(ctx, i, para);
    t.quoted = static_cast<std::uint8_t>(quoted(ctx, i));
    t.edge = static_cast<std::uint8_t>(sentence_edge(ctx, i));
    t.cue_ahead = cue_ahead(ctx, cue, from, i, para);
    return t;
}

// Token i as the features read it: the query's, or read afresh outside them.
BoundsQuery::Token token_of(const Context& ctx, const BoundsQuery& q, std::size_t i) {
    if (i >= q.tokens_from && i - q.tokens_from < q.tokens.size()) return q.tokens[i - q.tokens_from];
    const std::size_t para = ctx.tok(q.outer.first).paragraph;
    return read_token(ctx, cues_in(ctx, i, i + 6, para), i, i, para);
}

}  // namespace

bool free_cue_verb(const Context& ctx, std::size_t i) {
    const Token& t = ctx.tok(i);
    return t.kind == TokenKind::word && !t.cap && !ctx.in_quote(i) && cue_verb(t.lower);
}

void read_tokens(const Context& ctx, BoundsQuery& q) {
    const std::size_t para = ctx.tok(q.outer.first).paragraph;
    q.lemma_hash = hash_text(q.lemma);
    q.tokens_from = q.lo > 0 ? q.lo - 1 : 0;
    const std::size_t to = q.hi + 2;
    const std::vector<bool> cue = cues_in(ctx, q.tokens_from, to + 6, para);
    q.tokens.resize(to - q.tokens_from);
    for (std::size_t i = q.tokens_from; i < to; ++i)
        q.tokens[i - q.tokens_from] = read_token(ctx, cue, q.tokens_from, i, para);
}

void start_features(const Context& ctx, const BoundsQuery& q, std::size_t i, std::vector<std::uint64_t>& f) {
    const BoundsQuery::Token here = token_of(ctx, q, i);
    const std::uint64_t d = bucket(static_cast<long>(i) - static_cast<long>(q.outer.first));
    const std::uint64_t w = here.word, sh = here.shape;
    std::uint64_t prev = hash_text("$"), prev_sh = hash_text("$"), prev_quoted = 0;
    if (i > 0) {
        const BoundsQuery::Token before = token_of(ctx, q, i - 1);
        prev = before.word;
        prev_sh = before.shape;
        prev_quoted = before.quoted;
    }
    const std::uint64_t lemma = q.lemma_hash, edge = here.edge, sd = side(q, i);
    f.resize(16);  // written in place: the candidates are many, and each has these 16
    std::uint64_t* o = f.data();
    *o++ = feature(1, d);
    *o++ = feature(2, w);
    *o++ = feature(3, prev);
    *o++ = feature(4, prev, w);
    *o++ = feature(5, prev_sh, sh);
    *o++ = feature(6, edge, d);
    *o++ = feature(7, here.quoted, prev_quoted, sh);
    *o++ = feature(8, sd, cue_distance(q, i));
    *o++ = feature(9, sd, d);
    *o++ = feature(10, lemma, d);
    *o++ = feature(11, prev, d == 0);
    *o++ = feature(12, w, d == 0);
    *o++ = feature(13, prev_sh, edge, sd);
    *o++ = feature(14, i == q.lo, d);
    *o++ = feature(15, lemma, prev);
    *o++ = feature(16, lemma, w);
}

void end_features(const Context& ctx, const BoundsQuery& q, std::size_t j, std::vector<std::uint64_t>& f) {
    const BoundsQuery::Token before = token_of(ctx, q, j - 1), here = token_of(ctx, q, j),
                             beyond = token_of(ctx, q, j + 1);
    const std::uint64_t d = bucket(static_cast<long>(j) - static_cast<long>(q.outer.last));
    const std::uint64_t last = before.word, next = here.word, after = beyond.word;
    const std::uint64_t last_sh = before.shape, next_sh = here.shape;
    const std::uint64_t lemma = q.lemma_hash, edge = before.edge, sd = side(q, j);
    // what the content holds so far: its commas, and whether a relative clause opened in it
    // ("…, which was reached on Aug. 29"): an edge after one closes that clause or not
    const std::uint8_t held =
        j >= q.outer.first && j - q.outer.first < q.clauses.size() ? q.clauses[j - q.outer.first] : 0;
    f.resize(22);
    std::uint64_t* o = f.data();
    *o++ = feature(31, d);
    *o++ = feature(32, last);
    *o++ = feature(33, next);
    *o++ = feature(34, last, next);
    *o++ = feature(35, next, after);
    *o++ = feature(36, last_sh, next_sh);
    *o++ = feature(37, edge, d);
    *o++ = feature(38, before.quoted, here.quoted, next_sh);
    *o++ = feature(39, sd, cue_distance(q, j));
    *o++ = feature(40, sd, d);
    *o++ = feature(41, lemma, d);
    *o++ = feature(42, next, d == 0);
    *o++ = feature(43, next_sh, edge, sd);
    *o++ = feature(44, j == q.hi, d);
    *o++ = feature(45, next_sh, beyond.shape);
    *o++ = feature(46, next, beyond.suffix);
    *o++ = feature(47, last_sh, next_sh, beyond.suffix);
    *o++ = feature(48, next_sh, bucket(static_cast<long>(j) - static_cast<long>(q.outer.first)));
    *o++ = feature(49, next_sh, here.cue_ahead);
    *o++ = feature(50, next_sh, held & 3);
    *o++ = feature(51, next, held >> 2);
    *o++ = feature(52, lemma, next);
}

}  // namespace claimgraph::extract
