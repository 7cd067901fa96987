#include "extract/asked.h"

#include <set>
#include <string_view>

#include "extract/frames.h"
#include "extract/lexicon.h"

namespace claimgraph::extract {

namespace {

// "… she said, when asked whether she wanted Cruz to campaign for her.": a question after a
// comma, to the next comma or the sentence's end.
void asked_after_comma(Context& ctx, const Sentence& s) {
    for (std::size_t c = s.first + 2; c + 4 < s.last; ++c) {
        // (or "when" alone: "“You bet I would,” Lund said when asked whether …")
        const bool when = ctx.is(c, "when") && !ctx.tok(c).cap && !ctx.in_quote(c);
        if (!when && (!ctx.is(c, ",") || ctx.in_quote(c))) continue;
        std::size_t a = c + 1;
        if (!when && ctx.is(a, "when") && !ctx.tok(a).cap) ++a;
        if (!ctx.is(a, "asked") || ctx.tok(a).cap || !free_token(ctx, a)) continue;
        std::size_t k = a + 1;
        if (!(ctx.is(k, "whether") || ctx.is(k, "if") || ctx.is(k, "about") || ctx.is(k, "what") ||
              ctx.is(k, "how") || ctx.is(k, "why") || ctx.is(k, "who") || ctx.is(k, "whom")))
            continue;
        Range cue{a, a + 1};
        if (ctx.is(k, "about")) cue.last = ++k;
        std::size_t end = k;
        while (end < s.last && !(ctx.is(end, ",") && !ctx.in_quote(end)) && free_token(ctx, end)) ++end;
        if (end < s.last && !ctx.is(end, ",")) continue;  // into a quotation or a statement
        const Range content = trim_content(ctx, {k, end});
        if (content.size() < 2 || !ctx.free(content)) continue;
        Found f;
        f.cue = cue;
        f.lemma = "ask";
        f.exact = true;
        f.content.push_back(content);
        emit(ctx, f);
        c = end;
    }
}

}  // namespace

void find_asked(Context& ctx, const Sentence& s) {
    // a question put by no one named asserts nothing: not a claim of what was said
    if (ctx.speech_only) return;
    asked_after_comma(ctx, s);
    std::size_t a = free_start(ctx, s);
    if (a + 3 >= s.last) return;
    if (ctx.is(a, "when") && ctx.tok(a).cap) ++a;  // "When asked about …"
    if (!ctx.is(a, "asked") || !(ctx.tok(a).cap || a > s.first) || !free_token(ctx, a)) return;
    Range cue{a, a + 1};
    std::size_t k = a + 1;
    // "Asked specifically what …", "Asked again whether …"
    if (ctx.tok(k).lower.size() > 4 && ctx.tok(k).lower.ends_with("ly")) ++k;
    if (ctx.is(k, "again")) ++k;
    // "Asked Tuesday about …", "Asked on Monday whether …" (the day is when it was asked)
    if (k < s.last && is_time_word(ctx.tok(k).lower)) ++k;
    // clang-format off
    static const std::set<std::string_view> kQuestion{"whether", "if", "what", "how", "why", "who", "whom", "when",
                                                     "where", "which", "about", "to", "for"};
    // clang-format on
    // "Asked by Matt Lauer whether …", "Asked during a January debate why …", "Asked on Fox
    // News who …": the question comes after a short phrase of who asked, when or where (the
    // asker is not made the source: the "she" who answers next would be read as the asker)
    if (k < s.last && !kQuestion.count(ctx.tok(k).lower) && is_preposition(ctx.tok(k).lower) && !ctx.tok(k).cap) {
        // ("to" and "for" there are the phrase's: "Asked by a reporter for the paper")
        const auto opens_question = [&](std::size_t q) {
            return kQuestion.count(ctx.tok(q).lower) && !ctx.is(q, "to") && !ctx.is(q, "for");
        };
        std::size_t q = k + 1;
        while (q < s.last && q <= k + 7 && ctx.tok(q).kind == TokenKind::word && !ctx.in_quote(q) && !opens_question(q))
            ++q;
        if (q >= s.last || q == k + 1 || !opens_question(q)) return;
        k = q;
    }
    if (k >= s.last || !kQuestion.count(ctx.tok(k).lower)) return;
    if (ctx.is(k, "about") || ctx.is(k, "for")) cue.last = ++k;  // "Asked about the plan": the plan is asked
    // the question runs to the comma before the answer (inside a closing quotation mark:
    // "Asked if she is \u201Crealistic enough,\u201D 72 percent said yes")
    std::size_t last_comma = s.first;  // the sentence's last comma outside quotation marks
    for (std::size_t j = s.last; j-- > k;)
        if (ctx.is(j, ",") && !ctx.in_quote(j)) {
            last_comma = j;
            break;
        }
    std::size_t comma = k, end = s.last;
    for (; comma + 2 < s.last; ++comma) {
        if (!ctx.is(comma, ",")) continue;
        if (!ctx.in_quote(comma)) {
            // an apposition or a relative clause inside the question goes on ("whether
            // Donald Trump, the presumptive nominee, who has called …, could be …"); an
            // apposition closes with a comma of its own ("Asked about the case, the board
            // sent …" is answered by the board)
            const std::string& next = ctx.tok(comma + 1).lower;
            const bool closes = last_comma > comma + 1;
            if ((closes && is_determiner(next)) || next == "who" || next == "which" || next == "whose" ||
                (!ctx.tok(comma + 1).cap && is_auxiliary(next)))
                continue;
            end = comma;
            break;
        }
        if (ctx.tok(comma + 1).kind == TokenKind::quote) {
            end = comma + 2;
            break;
        }
    }
    if (end >= s.last) return;
    const Range content = ctx.tok(end - 1).kind == TokenKind::quote ? Range{k, end} : trim_content(ctx, {k, end});
    if (content.size() < 2 || !ctx.free(content)) return;
    Found f;
    f.cue = cue;
    f.lemma = "ask";
    f.exact = true;  // the boundaries model never saw a question: the comma ends it
    f.content.push_back(content);
    emit(ctx, f);
}

}  // namespace claimgraph::extract
