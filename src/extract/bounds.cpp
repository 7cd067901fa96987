#include "extract/bounds.h"

#include <algorithm>

#include "extract/frames.h"
#include "extract/participle.h"
#include "extract/speaker_words.h"
#include "extract/lexicon.h"

namespace claimgraph::extract {

namespace {

constexpr std::size_t kReach = 40;  // how far an edge may move from the rules' proposal

bool has_alnum(const Token& t) { return t.kind == TokenKind::word || t.kind == TokenKind::number; }

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
    // (or a dash, and an adverb may come between: "… last week - only saying", ", falsely claiming")
    const auto other_cue = [&](std::size_t i) {
        if (i == 0 || !sets_off(ctx, i - 1)) return false;
        if (participle_adverb(ctx.tok(i).lower) && i + 1 < ctx.size() && is_ing_form(ctx.tok(i + 1).lower) &&
            free_cue_verb(ctx, i + 1))
            return true;
        return free_cue_verb(ctx, i) && (ctx.is(i - 1, ",") || is_ing_form(ctx.tok(i).lower));
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
        if (!free_cue_verb(ctx, i)) return false;
        const std::string& before = ctx.tok(i - 1).lower;
        // nor after a modal ("…, he would hope to heal relations"): still the content's clause
        // clang-format off
        static const char* const kNot[] = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had",
                                           "would", "could", "will", "may", "might", "can", "should", "must"};
        // clang-format on
        for (const char* w : kNot)
            if (before == w) return false;
        return (!is_determiner(before) || speaker_words::share_ends_at(ctx, i - 1)) && !is_possessive(ctx.tok(i - 1));
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
    bool subordinate = open < outer.last && is_clause_opener(ctx.tok(open).lower);
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
    read_tokens(ctx, q);
    return q;
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
