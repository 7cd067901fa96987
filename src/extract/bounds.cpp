#include "extract/bounds.h"

#include <algorithm>

#include "extract/frames.h"
#include "extract/lexicon.h"
#include "learn/features.h"

namespace claimgraph::extract {

namespace {

using learn::feature;
using learn::hash_text;

constexpr std::size_t kReach = 40;  // how far an edge may move from the rules' proposal

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

bool has_alnum(const Token& t) { return t.kind == TokenKind::word || t.kind == TokenKind::number; }

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

// Whether token i is a cue verb of the word lists outside quotation marks, as another
// statement's clause has one (", the ministry also said", ", and officials noted").
bool cue_here(const Context& ctx, std::size_t i) {
    const Token& t = ctx.tok(i);
    return t.kind == TokenKind::word && !t.cap && !ctx.in_quote(i) && cue_verb(t.lower);
}

// Cue verbs of the paragraph `para` among tokens [from, to): the window cue_ahead reads.
std::vector<bool> cues_in(const Context& ctx, std::size_t from, std::size_t to, std::size_t para) {
    to = std::min(to, ctx.size());
    std::vector<bool> cue(to > from ? to - from : 0);
    for (std::size_t k = from; k < to; ++k) cue[k - from] = ctx.tok(k).paragraph == para && cue_here(ctx, k);
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

BoundsQuery::Token token_at(const Context& ctx, const std::vector<bool>& cue, std::size_t from, std::size_t i,
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

// The tokens every candidate edge of `q` reads, from lo - 1 to hi + 1.
void fill_tokens(const Context& ctx, BoundsQuery& q) {
    const std::size_t para = ctx.tok(q.outer.first).paragraph;
    q.lemma_hash = hash_text(q.lemma);
    q.tokens_from = q.lo > 0 ? q.lo - 1 : 0;
    const std::size_t to = q.hi + 2;
    const std::vector<bool> cue = cues_in(ctx, q.tokens_from, to + 6, para);
    q.tokens.resize(to - q.tokens_from);
    for (std::size_t i = q.tokens_from; i < to; ++i)
        q.tokens[i - q.tokens_from] = token_at(ctx, cue, q.tokens_from, i, para);
}

// Token i as the features read it: the query's, or read afresh outside them.
BoundsQuery::Token at(const Context& ctx, const BoundsQuery& q, std::size_t i) {
    if (i >= q.tokens_from && i - q.tokens_from < q.tokens.size()) return q.tokens[i - q.tokens_from];
    const std::size_t para = ctx.tok(q.outer.first).paragraph;
    return token_at(ctx, cues_in(ctx, i, i + 6, para), i, i, para);
}

}  // namespace

BoundsQuery bounds_query(const Context& ctx, Range outer, std::optional<Range> cue, std::optional<Range> source,
                         std::optional<Range> via, std::string_view lemma) {
    BoundsQuery q;
    q.outer = outer;
    q.cue = cue;
    q.source = source;
    q.lemma = lemma;
    const std::size_t para = ctx.tok(outer.first).paragraph;
    std::optional<Range> block;
    for (const std::optional<Range>& r : {cue, source, via})
        if (r && !r->empty())
            block = block ? Range{std::min(block->first, r->first), std::max(block->last, r->last)} : *r;
    const auto inside = [](std::optional<Range> r, std::size_t i) { return r && i >= r->first && i < r->last; };
    // a cue verb after a comma, outside quotation marks, opens another statement
    // (", calling the accusation propaganda", ", adding"): an edge stops before it
    const auto other_cue = [&](std::size_t i) {
        const Token& t = ctx.tok(i);
        return i > 0 && ctx.is(i - 1, ",") && t.kind == TokenKind::word && !t.cap && !ctx.in_quote(i) &&
               cue_verb(t.lower).has_value();
    };
    const auto blocked = [&](std::size_t i) {
        return ctx.used[i] || ctx.tok(i).paragraph != para || inside(cue, i) || inside(source, i) || inside(via, i) ||
               other_cue(i);
    };
    // only punctuation between the content and the attribution: it stands right next to it
    const auto adjacent = [&](std::size_t a, std::size_t b) {
        for (std::size_t i = a; i < b; ++i)
            if (ctx.tok(i).kind != TokenKind::punct || ctx.used[i]) return false;
        return true;
    };
    // an edge stays in the content's sentences: "“A,” he said, “B.”" is one statement,
    // "“A,” he said. “B.”" two
    std::size_t floor = 0, ceiling = ctx.size();
    if (const Sentence* s = ctx.sentence_of(outer.first)) floor = std::min(s->first, outer.first);
    if (const Sentence* s = ctx.sentence_of(outer.last - 1)) ceiling = std::max(s->last, outer.last);
    q.lo = outer.first;
    while (q.lo > floor && outer.first - q.lo < kReach) {
        if (block && q.lo == block->last && adjacent(block->last, outer.first) && block->first > 0) {
            q.block = block;
            q.lo = block->first;
            if (const Sentence* s = ctx.sentence_of(block->first)) floor = std::min(s->first, q.lo);
        }
        if (q.lo <= floor || blocked(q.lo - 1)) break;
        --q.lo;
    }
    q.hi = outer.last;
    // past a comma or a clause's conjunction, a cue verb with words before it opens another
    // statement ("the bridge was safe, while the ministry plans to …"): the edge stops at
    // the break
    const auto clause_break = [&](std::size_t i) {
        const std::string& w = ctx.tok(i).lower;
        return !ctx.in_quote(i) && (w == "," || w == ";" || w == "while" || w == "whereas" || w == "but" || w == "and");
    };
    // (not in a relative clause, "…, who has been charged", nor a participle after "was")
    const auto cue_word = [&](std::size_t i) {
        const Token& t = ctx.tok(i);
        if (t.kind != TokenKind::word || t.cap || ctx.in_quote(i) || !cue_verb(t.lower)) return false;
        const std::string& before = ctx.tok(i - 1).lower;
        // nor after a modal ("…, he would hope to heal relations"): still the content's clause
        // clang-format off
        static const char* const kNot[] = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had",
                                           "would", "could", "will", "may", "might", "can", "should", "must"};
        // clang-format on
        for (const char* w : kNot)
            if (before == w) return false;
        return !is_determiner(before) && !is_possessive(ctx.tok(i - 1));
    };
    const auto relative = [&](std::size_t i) {
        const std::string& w = ctx.tok(i).lower;
        return w == "who" || w == "which" || w == "that" || w == "whom" || w == "whose";
    };
    constexpr std::size_t kNoBreak = static_cast<std::size_t>(-1);
    std::size_t last_break = kNoBreak;
    // a content opening on a subordinate clause ("that if he decides to run, he …") goes on
    // past that clause's comma
    std::size_t open = outer.first;
    if (open < outer.last && ctx.is(open, "that")) ++open;
    bool subordinate = false;
    // clang-format off
    static const char* const kOpeners[] = {"if", "when", "though", "although", "because", "since", "unless",
                                           "until", "while", "after", "before", "as", "whereas", "once"};
    // clang-format on
    for (const char* w : kOpeners) subordinate = subordinate || (open < outer.last && ctx.is(open, w));
    while (q.hi < ceiling && q.hi - outer.last < kReach) {
        if (block && q.hi == block->first && adjacent(outer.last, block->first)) {
            q.block = block;
            q.hi = block->last;
            if (const Sentence* s = ctx.sentence_of(block->last - 1)) ceiling = std::max(s->last, q.hi);
        }
        if (q.hi >= ceiling || blocked(q.hi)) break;
        if (clause_break(q.hi)) {
            if (subordinate && ctx.is(q.hi, ","))
                subordinate = false;
            else
                last_break = q.hi;
        } else if (relative(q.hi)) {
            last_break = kNoBreak;
        } else if (last_break != kNoBreak && cue_word(q.hi) &&
                   (last_break + 1 < q.hi || ctx.is(last_break, "and") || ctx.is(last_break, "but"))) {
            // (right after "and": the speaker's second verb, "… and warned …")
            q.hi = last_break;
            break;
        }
        ++q.hi;
    }
    if (q.block && q.lo == q.block->first) q.lo = q.block->last;  // nothing past it after all
    if (q.block && q.hi == q.block->last) q.hi = q.block->first;
    if (q.block && !(q.lo < q.block->first || q.hi > q.block->last)) q.block.reset();
    q.lo = std::min(q.lo, outer.first);
    q.hi = std::max(q.hi, outer.last);
    // (a comma at k counts for the ends after the word that follows it)
    q.clauses.assign(q.hi + 2 - outer.first, 0);
    std::uint8_t held = 0;
    for (std::size_t j = outer.first + 2; j <= q.hi + 1; ++j) {
        const std::size_t k = j - 2;
        if (k + 1 < ctx.size() && ctx.is(k, ",") && !ctx.in_quote(k)) {
            held = static_cast<std::uint8_t>((held & 4) | std::min(3, (held & 3) + 1));
            const std::string& w = ctx.tok(k + 1).lower;
            if (w == "which" || w == "who" || w == "where" || w == "whose" || w == "when") held |= 4;
        }
        q.clauses[j - outer.first] = held;
    }
    fill_tokens(ctx, q);
    return q;
}

void start_features(const Context& ctx, const BoundsQuery& q, std::size_t i, std::vector<std::uint64_t>& f) {
    const BoundsQuery::Token here = at(ctx, q, i);
    const std::uint64_t d = bucket(static_cast<long>(i) - static_cast<long>(q.outer.first));
    const std::uint64_t w = here.word, sh = here.shape;
    std::uint64_t prev = hash_text("$"), prev_sh = hash_text("$"), prev_quoted = 0;
    if (i > 0) {
        const BoundsQuery::Token before = at(ctx, q, i - 1);
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
    const BoundsQuery::Token before = at(ctx, q, j - 1), here = at(ctx, q, j), beyond = at(ctx, q, j + 1);
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

namespace {

// The writer's words after a speaker, not the speaker's: a time or place phrase ("on
// Saturday evening", "in one of the deadliest attacks this year").
bool framing(const Context& ctx, Range r) {
    const std::string& w = ctx.tok(r.first).lower;
    // clang-format off
    static const char* const kOpeners[] = {"on", "in", "at", "during", "late", "early", "earlier", "later", "last",
                                           "this", "after", "before", "from", "to", "with", "for", "by", "while"};
    // clang-format on
    for (const char* o : kOpeners)
        if (w == o) return true;
    return is_time_word(w);
}

}  // namespace

std::vector<Range> content_pieces(const Context& ctx, const BoundsQuery& q, const std::vector<Range>& content,
                                  Range r) {
    std::vector<Range> out = content;
    const auto skip_punct = [&](std::size_t i, std::size_t to) {
        while (i < to && ctx.tok(i).kind == TokenKind::punct) ++i;
        return i;
    };
    if (q.block && r.first < q.block->first && out.front().first >= q.block->last) {
        Range before{r.first, q.block->first};
        while (!before.empty() && ctx.tok(before.last - 1).kind == TokenKind::punct) --before.last;
        out.front().first = skip_punct(out.front().first, out.front().last);
        if (!before.empty() && looks_like_clause(ctx, before)) out.insert(out.begin(), before);
    } else {
        out.front().first = r.first;
    }
    if (q.block && r.last > q.block->last && out.back().last <= q.block->first) {
        const Range after{skip_punct(q.block->last, r.last), r.last};
        // a clause, not the writer's time phrase or framing ("on Saturday", "in one of the
        // deadliest attacks this year")
        if (!after.empty() && looks_like_clause(ctx, after) && !framing(ctx, after)) out.push_back(after);
    } else {
        out.back().last = r.last;
    }
    if (r.last != content.back().last && !out.empty()) out.back() = trim_content(ctx, out.back());
    std::erase_if(out, [](const Range& x) { return x.empty(); });
    if (out.empty()) out = content;
    return out;
}

bool same_words(const Context& ctx, std::size_t a, std::size_t b) {
    if (a > b) std::swap(a, b);
    for (std::size_t i = a; i < b && i < ctx.size(); ++i)
        if (has_alnum(ctx.tok(i))) return false;
    return true;
}

Range BoundsModel::choose(const Context& ctx, const BoundsQuery& q, const std::vector<Range>& content) const {
    thread_local std::vector<std::uint64_t> f;
    const auto best = [&](std::size_t from, std::size_t to, std::size_t keep, const learn::LinearModel& m, bool start) {
        std::size_t pick = keep;
        float top = -1e30f;
        for (std::size_t k = from; k < to; ++k) {
            if (start ? !start_allowed(q, k) : !end_allowed(q, k)) continue;
            if (start)
                start_features(ctx, q, k, f);
            else
                end_features(ctx, q, k, f);
            float s = 0;
            m.score(f, &s);
            if (s > top) {
                top = s;
                pick = k;
            }
        }
        return pick;
    };
    // edges that differ from the rules' only by punctuation keep the rules' (the models
    // learnt words, not where a quote mark goes)
    // a start leaves a word of the content after it (not the closing quotation mark of
    // “the data was clear.”)
    std::size_t start_to = content.front().last;
    while (start_to > content.front().first + 1 && !has_alnum(ctx.tok(start_to - 1))) --start_to;
    std::size_t start = best(q.lo, start_to, content.front().first, m_starts, true);
    if (same_words(ctx, start, content.front().first)) start = content.front().first;
    // a content never opens on a comma or a dash (", there were fatalities")
    while (start + 1 < content.front().last && ctx.tok(start).kind == TokenKind::punct) ++start;
    const std::size_t end_from = std::max(start + 1, content.back().first + 1);
    std::size_t end = best(end_from, q.hi + 1, content.back().last, m_ends, false);
    if (same_words(ctx, end, content.back().last) && content.back().last >= end_from) end = content.back().last;
    return {start, std::max(end, start + 1)};
}

}  // namespace claimgraph::extract
