#include "extract/asked.h"

#include <set>
#include <string_view>

#include "extract/frames.h"
#include "extract/lexicon.h"

namespace claimgraph::extract {

void find_asked(Context& ctx, const Sentence& s) {
    // a question put by no one named asserts nothing: not a claim of what was said
    if (ctx.speech_only) return;
    std::size_t a = free_start(ctx, s);
    if (a + 3 >= s.last) return;
    if (ctx.is(a, "when") && ctx.tok(a).cap) ++a;  // "When asked about …"
    if (!ctx.is(a, "asked") || !(ctx.tok(a).cap || a > s.first) || !free_token(ctx, a)) return;
    Range cue{a, a + 1};
    std::size_t k = a + 1;
    // "Asked specifically what …", "Asked again whether …"
    if (ctx.tok(k).lower.size() > 4 && ctx.tok(k).lower.ends_with("ly")) ++k;
    if (ctx.is(k, "again")) ++k;
    // clang-format off
    static const std::set<std::string_view> kQuestion{"whether", "if", "what", "how", "why", "who", "when", "where",
                                                     "which", "about", "to", "for"};
    // clang-format on
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
